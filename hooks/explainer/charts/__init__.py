"""Charts: one view of the data per language (``view``), one layout (``geometry``), drawn alike as HTML,
a Plotly figure (``plotly_figure``) and a slide SVG (``svg``); ``drawings`` builds them once per data change."""
