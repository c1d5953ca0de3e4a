"""MkDocs hook: a preview card (1200 × 630 PNG) for every page of every edition, named in its head.

- on_config: find the fonts (explainer/cards/fonts.py) and say which, once; without them a deploy build
  (env ``CI``, or ``EXPLAINER_CARDS=required``) stops with one line, and any other build (``mkdocs serve``
  on a bare machine) goes on without cards and says so once;
- on_page_markdown (before site_data replaces the markers): what the card shows besides the title
  (explainer/cards/subject.py);
- on_page_context: the card's words, file name and alt text, for the head's og:image tags;
- on_post_build: each edition writes its own cards, drawn or taken from ``.cache/cards/``.
The cards are only named in meta tags: no reader's page view loads one.
"""

from __future__ import annotations

import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from explainer.cards.card import CACHE_DIR, Sources, card_key, card_path, card_png, prune
from explainer.cards.fonts import INSTALL_HINT, find_fonts
from explainer.cards.layout import HEIGHT, WIDTH, CardText, FigureText, alt_text
from explainer.cards.subject import card_subject
from explainer.dataset.site_data import load_site_data
from explainer.editions import source_src_uri
from explainer.errors import SiteError
from explainer.pages.head import edition_title, language_neutral_path
from explainer.text.interface_words import words
from explainer.text.numbers import format_quantity

log = logging.getLogger("mkdocs.hooks.preview_cards")
_state: dict = {"said": set()}
_subjects: dict = {}  # (language, page URL) → Subject or None
_pending: dict = {}  # language → {published path: (CardText, Sources)}


def root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def required() -> bool:
    """A deploy build must have every card: CI sets ``CI``; ``EXPLAINER_CARDS=required`` asks anywhere."""
    return (os.environ.get("EXPLAINER_CARDS", "").lower() == "required"
            or os.environ.get("CI", "").lower() not in ("", "0", "false"))


def say_once(message: str) -> None:
    if message not in _state["said"]:
        _state["said"].add(message)
        log.info(message)


def on_config(config: MkDocsConfig) -> None:
    fonts = find_fonts()
    _state["fonts"] = fonts
    if fonts is None:
        if required():
            raise PluginError(f"preview cards: Noto Sans CJK (NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc) not "
                              f"found; {INSTALL_HINT}")
        say_once(f"preview cards: off, pages are built without og:image: Noto Sans CJK not found; {INSTALL_HINT}")
    else:
        say_once(f"preview cards: drawn with resvg in Noto Sans CJK SC and TC, Regular and Bold "
                 f"({fonts.regular}, {fonts.bold})")


@event_priority(10)  # before site_data.py (0) replaces the markers
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files) -> str:
    _subjects[config.theme["language"], page.url] = card_subject(page.meta, markdown)
    return markdown


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    fonts = _state.get("fonts")
    if fonts is None:
        return context
    lang = config.theme["language"]
    site_url = (config.site_url or "/").rstrip("/") + "/"
    generated = source_src_uri(page.file.src_uri)  # a 繁體 page's words come from its zh page
    sources = Sources(title=f"docs/{generated[0] if generated else page.file.src_uri}")
    try:
        card = CardText(lang=lang, site_name=config.site_name, title=page_title(page, config.site_name, lang),
                        subject=subject_text(_subjects.get((lang, page.url)), lang, config, sources))
    except SiteError as error:
        raise PluginError(str(error)) from None
    path = card_path(lang, page.url, card_key(card, fonts))
    _pending.setdefault(lang, {})[path] = (card, sources)
    context["explainer_card"] = {"url": site_url + path, "width": WIDTH, "height": HEIGHT, "type": "image/png",
                                 "alt": alt_text(card)}
    return context


def page_title(page: Page, site_name: str, lang: str) -> str:
    """The page's title as text (MkDocs and page_titles.py hand it over as HTML); the home page's is the
    site's name, as in its <title> (its nav title is only "Home"), naming its edition where the <title> does."""
    if page.is_homepage or not language_neutral_path(page.url):  # i18n's other homes are not "is_homepage"
        return edition_title(site_name, lang, words(lang)["edition_title"])
    return unescape(re.sub(r"<[^>]+>", "", page.title or "")).strip() or site_name


def subject_text(subject, lang: str, config: MkDocsConfig, sources: Sources):
    if subject is None:
        return None
    data = load_site_data(root(config))  # cached: site_data.py has read it for this build
    if subject.kind == "chart":
        if (subject.id, lang) not in data.charts:
            raise SiteError(sources.title, f"chart: unknown chart {subject.id!r}")
        return data.charts[subject.id, lang].view
    metric = data.dataset.metrics[subject.id]
    return FigureText(format_quantity(metric, lang), metric.label[lang], metric.period[lang])


def on_post_build(config: MkDocsConfig) -> None:
    fonts = _state.get("fonts")
    cards = _pending.pop(config.theme["language"], {})
    if fonts is None:
        return
    site_dir, cache_dir = Path(config.site_dir), root(config) / CACHE_DIR

    def publish(item) -> None:
        path, (card, sources) = item
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(card_png(card, fonts, cache_dir, sources))

    # resvg draws outside Python's lock: on a cold cache the cards are drawn side by side.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        try:
            list(pool.map(publish, sorted(cards.items(), key=lambda item: item[0])))
        except SiteError as error:
            raise PluginError(str(error)) from None
    prune(cache_dir)
