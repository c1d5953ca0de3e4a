"""MkDocs hook: split the search index by language after mkdocs-static-i18n has written it.

The priority puts this after the i18n plugin's own on_post_build (-100), which builds the other
languages and then rewrites the combined index. It also runs inside each extra language's build, where
the index holds that language only and every file a split would write is written again by the last run, on
the combined index: there it does nothing (0.15 s of a build saved).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from explainer.dataset.site_data import load_site_data, signature
from explainer.dataset.glossary import search_spellings
from explainer.editions import LANGUAGES, LANG_PREFIX, characters_only, convert, edition, to_source, written
from explainer.errors import SiteError
from explainer.search.jieba_dictionary import SOURCES, site_characters, trimmed_dictionary
from explainer.search.aliases import add_search_aliases, own_spellings_only, resegment
from explainer.text.han import HAN_RUN
from explainer.search.split_index import split_search_index
from explainer.search.analysis import (add_number_forms, add_term_pinyin, compact_aliases, cut_index,
                                       dictionary_word, edition_groups, fold_pairs, index_characters, sections_first, simplified, variants)
from explainer.search.question_numbers import add_question_words, read_question_numbers
from explainer.search.sections import (GLOSSARY_PAGE, add_single_character_pairs, add_twin_words, captured_separator,
                                       drop_empty_sections, glossary_terms, split_glossary)
from explainer.search.pinyin_words import write_pinyin_words
from explainer.search.analysis_script import with_constants
from explainer.search.definitions import definition_words, definitions, write_definitions
from explainer.search.stop_words import stop_words
from explainer.search.synonyms import edition_synonyms, load_synonyms, unwritten_site_words

SYNONYMS_FILE = "data/search_synonyms.json"


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
    synonyms(root)  # a bad entry stops the build here, before anything is written
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


def synonyms(root: Path) -> list[dict]:
    """``data/search_synonyms.json``, checked (explainer/search/synonyms.py), each site word against the
    sources of its language's pages; re-read when they change."""
    path = root / SYNONYMS_FILE
    key = signature(path, root / "docs", root / "data")
    if _synonyms.get("key") != key:
        try:
            entries = load_synonyms(path, SYNONYMS_FILE)
            problems = list(unwritten_site_words(entries, source_texts(root)))
            if problems:
                raise SiteError(SYNONYMS_FILE, problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        except SiteError as error:
            raise PluginError(str(error)) from None
        _synonyms.update(key=key, value=entries)
    return _synonyms["value"]


def source_texts(root: Path) -> dict[str, str]:
    """What each written language's pages are made of: its pages' Markdown and every text of data/ (the
    glossary, the figures' labels and sentences), read before anything is built."""
    data = " ".join(path.read_text(encoding="utf-8") for path in sorted((root / "data").rglob("*"))
                    if path.is_file() and path.suffix in (".json", ".txt") and path != root / SYNONYMS_FILE)
    return {lang: " ".join([data, *(page.read_text(encoding="utf-8") for page in sorted((root / "docs").rglob(f"*.{lang}.md")))])
            for lang in ("zh", "en")}


_synonyms: dict = {}


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    """Split the index; give each language's entries the glossary spellings of the terms they mention
    (电诈 finds 电信网络诈骗, PLAC finds the Political and Legal Affairs Commission), their twins' words in
    the other language, and each glossary term an entry of its own (explainer/search/sections.py)."""
    if building_other_editions(config):
        return
    root = Path(config.config_file_path).parent
    glossary = load_site_data(root).glossary  # cached, checked in on_config
    entries = synonyms(root)
    numbers = read_question_numbers(root / "docs")
    site_dir = Path(config.site_dir)
    lang_of = {prefix: lang for lang, prefix in LANG_PREFIX.items()}

    def prepare(prefix: str, index: dict) -> None:
        lang = lang_of[prefix]
        glossary_page = site_dir / prefix / "glossary" / "index.html"
        if glossary_page.is_file():
            split_glossary(index, glossary_terms(glossary_page.read_text(encoding="utf-8")), jieba_cut_all)
        if edition(lang).source:
            # A generated edition is cut into words where jieba cuts its original: jieba's dictionary is
            # Simplified, and measured on this site that finds more (ARCHITECTURE.md, "Search").
            for doc in index.get("docs", []):
                for key in ("title", "text"):
                    doc[key] = resegment(doc.get(key, ""), lambda run: to_source(run, lang))
        drop_empty_sections(index)

    def enrich(prefix: str, index: dict, prepared: dict) -> None:
        lang = lang_of[prefix]
        counterpart = edition(lang).counterpart
        groups = edition_groups(glossary, lang, counterpart, search_spellings)
        add_search_aliases(index, groups)
        entry_of = lambda term: f"{GLOSSARY_PAGE}#{term['id']}"  # noqa: E731 (a term's own entry)
        own_spellings_only(index, glossary, groups, entry_of)
        add_term_pinyin(index, glossary, groups, entry_of)
        add_number_forms(index)
        twins, chinese_twins = prepared[LANG_PREFIX[counterpart]], written(counterpart) == "zh"
        add_twin_words(index, twins, chinese=chinese_twins)
        # The glossary's definitions in the other language, beside the index: explainer/search/definitions.py
        write_definitions(site_dir / prefix / "search", index, definitions(index, twins, chinese_twins, captured_separator(index)), chinese_twins)
        # Compounds as their parts, in every edition (English pages quote Chinese): explainer/search/analysis.py
        cut_index(index, dictionary_word, lambda run: to_source(run, lang))
        add_single_character_pairs(index, captured_separator(index))
        add_question_words(index, numbers)  # q1 … q4 (explainer/search/question_numbers.py)
        compact_aliases(index, groups)
        words = lambda text: characters_only(text, lang)  # noqa: E731 (Chinese words as the edition writes them)
        index["config"]["synonyms"] = edition_synonyms(entries, lang, words)
        configured = " ".join([*stop_words(words), *(word for pair in index["config"]["synonyms"] for word in pair)])
        fold_characters.update(index_characters(index) | set(configured))
        sections_first(index)
        # Pinyin of every word, beside the index, read by the worker for a pinyin query (search/pinyin_words.py)
        write_pinyin_words(site_dir / prefix / "search", index, lambda word: to_source(word, lang),
                           also=definition_words(twins, captured_separator(index)) if chinese_twins else ())
        index["config"]["pinyin"] = prefix

    fold_characters: set[str] = set()  # every edition's: one table of variant pairs serves them all
    split_search_index(site_dir, [p for p in LANG_PREFIX.values() if p], enrich, prepare)
    write_analysis_constants(site_dir / ANALYSIS_SCRIPT, fold_pairs(fold_characters, simplified, variants))


ANALYSIS_SCRIPT = "assets/javascripts/search-analysis.js"


def write_analysis_constants(path: Path, fold: str) -> None:
    """The stop words and the variant pairs (``fold``: explainer/search/analysis.py, fold_pairs) into the
    worker's analysis script, one copy for every edition (explainer/search/analysis_script.py)."""
    where = f"docs/{ANALYSIS_SCRIPT}"
    try:
        if not path.is_file():
            raise SiteError(where, "not in the built site: search has no analysis script")
        script = with_constants(path.read_text(encoding="utf-8"), where,
                                {"STOP_WORDS": " ".join(stop_words()), "FOLD": fold})
        path.write_text(script, encoding="utf-8")
    except SiteError as error:
        raise PluginError(str(error)) from None


def building_other_editions(config: MkDocsConfig) -> bool:
    """Whether this is one of the builds mkdocs-static-i18n runs inside the default edition's on_post_build
    (its ``building`` flag; explainer/upstream.py "i18n-search-index")."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))


def jieba_cut_all(text: str) -> list[str]:
    import jieba

    return list(jieba.cut(text))
