"""Words and numbers as each language writes them: number notation, unit words, interface words, and
where code sits in Markdown (never converted or replaced)."""
