"""What a page's <head> says about it: its language twins (hreflang) and its link preview."""

from __future__ import annotations

import posixpath

from explainer.editions import BY_CODE, DEFAULT_LANG, EDITIONS, HREFLANG, LANG_PREFIX, other_languages, to_source

OG_LOCALE = {edition.code: edition.og_locale for edition in EDITIONS}


def language_neutral_path(page_url: str) -> str:
    """``en/numbers/`` → ``numbers/``; zh pages are at the root already."""
    for prefix in sorted(LANG_PREFIX.values(), key=len, reverse=True):
        if prefix and page_url.startswith(prefix):
            return page_url[len(prefix):]
    return page_url


def alternates(page_url: str, site_url: str) -> list[dict]:
    """Absolute URLs of the page in every language, plus x-default (the default language)."""
    site_url = site_url.rstrip("/") + "/"
    path = language_neutral_path(page_url)
    links = [{"hreflang": HREFLANG[lang], "href": site_url + prefix + path} for lang, prefix in LANG_PREFIX.items()]
    links.append({"hreflang": "x-default", "href": site_url + LANG_PREFIX[DEFAULT_LANG] + path})
    return links


def document_title(page_title: str, site_name: str, is_homepage: bool) -> str:
    """``Page - Site``; on the home page, whose title is the site's name, the name alone."""
    if is_homepage or not page_title or page_title == site_name:
        return site_name
    return f"{page_title} - {site_name}"


def edition_title(title: str, lang: str, label: str) -> str:
    """A generated edition's title that reads the same in its source's script (the 繁體 home page's
    平安杭州 · 法治杭州, the same characters as the 简体 one) names its edition, ``…（繁體中文版）``, so that no two
    editions share a <title>; any other title is left as it is."""
    if BY_CODE[lang].source is None or not label or to_source(title, lang) != title:
        return title
    return f"{title}（{label}）"


def not_found_title(blocks: list[dict]) -> str:
    """The 404 page's title, its heading's words in every edition: ``404 · 页面不存在 / 頁面不存在 / Page not found``."""
    return "404 · " + " / ".join(block["not_found"] for block in blocks)


def preview(title: str, description: str, canonical_url: str, lang: str) -> dict:
    return {"title": title, "description": description, "url": canonical_url,
            "locale": OG_LOCALE[lang], "other_locales": [OG_LOCALE[other] for other in other_languages(lang)]}


def search_base(base_url: str, lang: str) -> str:
    """The root of ``lang``'s part of the site, relative to the page (Material's ``base``)."""
    prefix = LANG_PREFIX[lang]
    # The trailing slash matters: the browser resolves "search/search_index.json" against it.
    return posixpath.join(base_url, prefix) if prefix else base_url


def edition_homes(site_url: str) -> dict[str, str]:
    """Each edition's home page (absolute), by locale code."""
    site_url = site_url.rstrip("/") + "/"
    return {lang: site_url + prefix for lang, prefix in LANG_PREFIX.items()}


def not_found_blocks(site_url: str) -> list[dict]:
    """The 404 page's words in every edition, each with its home page (absolute: the page is served at
    any missing address)."""
    from explainer.text.interface_words import words

    return [{"lang": HREFLANG[lang], "home": home, **words(lang)} for lang, home in edition_homes(site_url).items()]
