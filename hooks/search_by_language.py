"""MkDocs hook: split the search index by language after mkdocs-static-i18n has written it.

The priority puts this after the i18n plugin's own on_post_build (-100), which builds the other
languages and then rewrites the combined index. It also runs inside each extra language's build,
where it moves that language's entries early; the last run, on the combined index, is the one that counts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.build_data import load_site_data
from explainer.glossary import search_spellings
from explainer.links import LANG_PREFIX
from explainer.search_aliases import add_search_aliases
from explainer.search_split import split_search_index


def on_startup(command: str, dirty: bool) -> None:
    """Keep jieba (Material's search uses it to segment Chinese) from printing its dictionary-loading
    chatter into every build and preview rebuild, so a maintainer's errors stand out."""
    try:
        import jieba
    except ImportError:
        return
    jieba.setLogLevel(logging.WARNING)


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    """Split the index, and give each language's entries the glossary spellings of the terms they
    mention (电诈 finds 电信网络诈骗, PLAC finds the Political and Legal Affairs Commission)."""
    glossary = load_site_data(Path(config.config_file_path).parent).glossary  # cached, checked in on_config
    lang_of = {prefix: lang for lang, prefix in LANG_PREFIX.items()}

    def enrich(prefix: str, index: dict) -> None:
        add_search_aliases(index, search_spellings(glossary, lang_of[prefix]))

    split_search_index(Path(config.site_dir), [p for p in LANG_PREFIX.values() if p], enrich)
