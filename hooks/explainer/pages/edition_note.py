"""The note a generated edition shows on every page: what it is (converted from its source with OpenCC,
character by character, keeping the source's vocabulary) and a link to the same page in the original.
Its words are the interface table's (text/interface_words.WORDS, written by hand); a written edition shows none."""

from __future__ import annotations

from explainer.editions import BY_CODE, hreflang
from explainer.text.interface_words import words


def edition_note(lang: str, alternates: list[dict]) -> dict | None:
    """The note's words and the original page's address (from the page's hreflang ``alternates``), or
    None for an edition written by hand."""
    source = BY_CODE[lang].source
    if source is None:
        return None
    tag = hreflang(source)
    href = next(alt["href"] for alt in alternates if alt["hreflang"] == tag)
    said = words(lang)
    return {"before": said["edition_note_before"], "link": said["edition_note_link"],
            "after": said["edition_note_after"], "href": href, "hreflang": tag}
