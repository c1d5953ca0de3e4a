"""Helpers shared by the tests and the benchmark: building the site and serving it like GitHub Pages."""
