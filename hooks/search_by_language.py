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

from explainer.dataset.site_data import load_site_data, signature
from explainer.dataset.glossary import search_spellings
from explainer.editions import LANGUAGES, LANG_PREFIX, convert, edition, to_source, written
from explainer.search.jieba_dictionary import SOURCES, site_characters, trimmed_dictionary
from explainer.search.aliases import add_search_aliases, resegment
from explainer.text.han import HAN_RUN
from explainer.search.split_index import split_search_index
from explainer.search.analysis import (add_number_forms, compact_aliases, cut_index, dictionary_word, edition_groups,
                                       fold_pairs, index_characters, sections_first, simplified, variants)


CUT_BY_JIEBA = {"zh"}  # the written languages whose text jieba cuts into words
_dictionary: dict = {}  # the cut dictionary's path, and the state of the sources it was cut for


def on_startup(command: str, dirty: bool) -> None:
    """Keep jieba (Material's search uses it to segment Chinese) from printing its dictionary-loading
    chatter into every build and preview rebuild, so a maintainer's errors stand out."""
    try:
        import jieba
    except ImportError:
        return
    jieba.setLogLevel(logging.WARNING)


def on_config(config: MkDocsConfig) -> None:
    """Glossary terms are words to jieba, in every Chinese edition's spelling: 城市大脑 and 共享法庭 are
    cut whole (jieba would cut 城市/大脑). The index then holds their parts in the text and the whole
    term among the entry's hidden words (explainer/search/analysis.py), so a reader finds the entry
    with the term or any of its parts."""
    try:
        import jieba
    except ImportError:
        return
    root = Path(config.config_file_path).parent
    glossary = load_site_data(root).glossary
    use_site_dictionary(jieba, root)  # converts the site's characters: after generated_editions' on_config
    for lang in LANGUAGES:
        if written(lang) in CUT_BY_JIEBA:
            for group in search_spellings(glossary, lang):
                for spelling in group:
                    if HAN_RUN.fullmatch(spelling):
                        jieba.add_word(spelling)


def use_site_dictionary(jieba, root: Path) -> None:
    """jieba's dictionary cut to the characters the site writes, in every edition (explainer/search/jieba_dictionary.py):
    the same cuts, loaded in a fifth of the time. Kept across `mkdocs serve` rebuilds while the characters stay."""
    key = signature(*(root / name for name in SOURCES))  # on_config runs for every edition: cut once
    if _dictionary.get("key") != key:
        chars = site_characters(root)
        for lang in LANGUAGES:
            chars |= set(convert("".join(sorted(chars)), lang))  # a generated edition's own characters
            # and the source forms of what the data writes in it (a 繁體 search alias: 電話 is cut as 电话)
            chars |= set(to_source("".join(sorted(chars)), lang))
        _dictionary.update(key=key, path=str(trimmed_dictionary(chars)))
    path = _dictionary["path"]
    if jieba.dt.dictionary != path:
        jieba.set_dictionary(path)


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    """Split the index, and give each language's entries the glossary spellings of the terms they
    mention (电诈 finds 电信网络诈骗, PLAC finds the Political and Legal Affairs Commission)."""
    glossary = load_site_data(Path(config.config_file_path).parent).glossary  # cached, checked in on_config
    lang_of = {prefix: lang for lang, prefix in LANG_PREFIX.items()}

    def enrich(prefix: str, index: dict) -> None:
        lang = lang_of[prefix]
        if edition(lang).source:
            # A generated edition is cut into words where jieba cuts its original: jieba's dictionary is
            # Simplified, and measured on this site that finds more (ARCHITECTURE.md, "Search").
            for doc in index.get("docs", []):
                for key in ("title", "text"):
                    doc[key] = resegment(doc.get(key, ""), lambda run: to_source(run, lang))
        groups = edition_groups(glossary, lang, edition(lang).counterpart, search_spellings)
        add_search_aliases(index, groups)
        add_number_forms(index)
        # Compounds as their parts, in every edition (English pages quote Chinese): explainer/search/analysis.py
        cut_index(index, dictionary_word, lambda run: to_source(run, lang))
        compact_aliases(index, groups)
        index["config"]["fold"] = fold_pairs(index_characters(index), simplified, variants)
        sections_first(index)

    split_search_index(Path(config.site_dir), [p for p in LANG_PREFIX.values() if p], enrich)
