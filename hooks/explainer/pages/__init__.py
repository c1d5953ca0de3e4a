"""What a page says: data markers, paragraph ids and links, the parallel view, the <head>, front matter,
language twins, and the Jinja rendering of figures, charts and the glossary."""
