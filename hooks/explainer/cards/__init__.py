"""Preview cards: a 1200 × 630 PNG per page and edition, for link previews (Open Graph, X, chat apps)."""
