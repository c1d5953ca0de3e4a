"""What ``data/`` holds, read and checked: metrics and derived figures (``metrics_file``), the glossary,
and everything the build loads from that folder, cached by a signature of its files (``site_data``)."""
