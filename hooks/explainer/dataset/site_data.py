"""Everything the build reads from ``data/``, loaded once and re-read only when a file there changes.

MkDocs runs each event once per language and ``mkdocs serve`` rebuilds on every edit: the cache key
is the files' modification times and sizes, so a saved edit in ``data/`` is always picked up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explainer.charts.drawings import chart_drawings
from explainer.editions import OVERRIDES_FILE, load_overrides, localized, use_overrides
from explainer.dataset.glossary import load_glossary
from explainer.dataset.metrics_file import load_dataset
from explainer.dataset.model import Dataset

from explainer.text import edition_tables

DATA_DIR = "data"
GLOSSARY_FILE = "glossary.json"

_cache: dict = {}


@dataclass(frozen=True)
class SiteData:
    dataset: Dataset
    glossary: list[dict]
    charts: dict = field(default_factory=dict)  # (chart id, language) → ChartDrawing
    overrides: dict = field(default_factory=dict)  # OpenCC config → reviewed corrections (editions.py)
    signature: tuple = ()  # the state of data/ it was read from: a key for caches derived from it


def signature(*paths: Path) -> tuple:
    """The state of the files at ``paths`` (files, or folders and everything in them): a cache key that
    changes when one is edited, added or removed."""
    files = [f for path in map(Path, paths) for f in ([path] if path.is_file() else path.rglob("*")) if f.is_file()]
    return tuple(sorted((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))


def load_site_data(project_root: Path) -> SiteData:
    data_dir = Path(project_root) / DATA_DIR
    edition_tables.check()  # every interface table has every edition's words (hand-written, never converted)
    key = (str(data_dir), signature(data_dir))
    if _cache.get("key") != key:
        overrides = load_overrides(data_dir / OVERRIDES_FILE, shown_as=f"{DATA_DIR}/{OVERRIDES_FILE}")
        # The glossary and chart drawings below are converted for the generated editions: with these
        # corrections, passed to the converter explicitly (the hooks install them again per build).
        use_overrides(overrides)
        dataset = load_dataset(data_dir, shown_as=DATA_DIR)
        _cache["value"] = SiteData(
            dataset=dataset,
            # Its language tables also answer for the generated editions (editions.Localized).
            glossary=localized(load_glossary(data_dir / GLOSSARY_FILE, shown_as=f"{DATA_DIR}/{GLOSSARY_FILE}")),
            charts=chart_drawings(dataset),
            overrides=overrides,
            signature=key,
        )
        _cache["key"] = key
    return _cache["value"]
