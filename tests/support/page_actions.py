"""What browser tests do to a page as a reader would, written once: choosing an edition from the
language selector, and browsers that cannot copy for the site."""

from __future__ import annotations

# A browser without the asynchronous clipboard API (an old one, or an insecure page); the test can
# still read what was copied through window.__clipboard.
WITHOUT_CLIPBOARD_API = """
    window.__clipboard = navigator.clipboard;
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
"""
# A browser that refuses every way of copying: the site must select the text for the reader to copy.
WITHOUT_ANY_COPY = """
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    document.execCommand = () => false;
"""


def choose_language(page, edition: str) -> None:
    """Open the header's language selector and follow the edition (zh, zh-hant, en), whose link is
    tagged with its BCP 47 tag (zh-Hans, zh-Hant, en)."""
    from explainer.editions import hreflang

    page.locator(".md-select .md-header__button").hover()
    page.locator(f'.md-select a[hreflang="{hreflang(edition)}"]').click()
