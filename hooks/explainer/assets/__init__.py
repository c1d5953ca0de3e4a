"""Files served beside the pages: the one stylesheet (``stylesheet``, ``palette_css``, ``compact_css``),
compact HTML and scripts, and the data downloads (CSV, JSON, chart SVGs)."""
