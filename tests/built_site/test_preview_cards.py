"""Every page of every edition names its own preview card, and the card says what the page is.

The words a card drew are read from the card itself (the PNG's ``explainer:text`` chunk, written with
the picture): the page's title and the site's name in the page's edition and script, in the edition's
font; the chart of the numbers page with the data's own values.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.built_site.test_traditional_usage import not_traditional
from tests.conftest import LANG_PREFIX
from tests.support.site_build import ROOT

from explainer.cards.png import size, text_of  # noqa: E402
from explainer.dataset.site_data import load_site_data  # noqa: E402

MAX_BYTES = 150_000
FONT = {"zh": "Noto Sans CJK SC", "zh-hant": "Noto Sans CJK TC", "en": "Noto Sans CJK SC"}


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.in_title = False
        self.lang = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(attrs.get("property") or attrs.get("name"), attrs.get("content", ""))
        self.in_title = tag == "title"

    def handle_endtag(self, tag):
        self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def edition_of(site_dir: Path, page: Path) -> str:
    rel = page.relative_to(site_dir).as_posix()
    return next((lang for lang, prefix in sorted(LANG_PREFIX.items(), key=lambda e: -len(e[1]))
                 if prefix and rel.startswith(prefix)), "zh")


def pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("index.html") if "assets" not in p.parts and "downloads" not in p.parts)


def head(page: Path) -> Head:
    parser = Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_page_names_its_own_card_absolutely_with_its_size_type_and_alt(site):
    found = pages(site.dir)
    assert len(found) >= 36
    seen = set()
    for page in found:
        meta = head(page).meta
        where = page.relative_to(site.dir)
        image = meta.get("og:image", "")
        assert image.startswith(site.url + "assets/cards/"), where
        assert meta["twitter:card"] == "summary_large_image" and meta["twitter:image"] == image, where
        assert meta["og:image:type"] == "image/png" and meta["og:image:alt"].strip(), where
        png = (site.dir / image[len(site.url):]).read_bytes()
        assert size(png) == (int(meta["og:image:width"]), int(meta["og:image:height"])) == (1200, 630), where
        assert len(png) <= MAX_BYTES, f"{where}: card of {len(png)} bytes"
        assert image not in seen, f"{where} shares its card"
        seen.add(image)
    published = {site.url + p.relative_to(site.dir).as_posix() for p in (site.dir / "assets" / "cards").iterdir()}
    assert published == seen  # no card without a page


def test_a_card_draws_the_pages_title_and_the_sites_name_in_its_editions_script_and_font(site):
    for page in pages(site.dir):
        parsed = head(page)
        lang = edition_of(site.dir, page)
        site_name, _, title = parsed.meta["og:site_name"], None, parsed.title.rsplit(" - ", 1)[0]
        drawn = text_of((site.dir / parsed.meta["og:image"][len(site.url):]).read_bytes())
        where = page.relative_to(site.dir)
        assert drawn["lang"] == lang and drawn["font"] == FONT[lang], where
        words = squeeze("".join(drawn["text"]))
        assert squeeze(title) in words and squeeze(site_name) in words, f"{where}: {drawn['text']}"
        assert squeeze(title) in squeeze(parsed.meta["og:image:alt"]), where
        if lang == "zh-hant":
            assert not_traditional(drawn["text"]) == [], f"{where}: Simplified characters on its card"


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_live_data_the_numbers_pages_card_shows_its_first_chart_with_the_datas_values(site, lang):
    view = load_site_data(ROOT).charts["five-year-changes", lang].view
    page = site.dir / LANG_PREFIX[lang] / "numbers" / "index.html"
    drawn = text_of((site.dir / head(page).meta["og:image"][len(site.url):]).read_bytes())["text"]
    assert all(text in drawn for text in view.texts) and squeeze(view.title) in squeeze("".join(drawn))


def test_no_page_view_loads_a_card(site):
    for page in pages(site.dir):
        html = page.read_text(encoding="utf-8")
        image = head(page).meta["og:image"]
        # Named twice (og:image, twitter:image), both in <meta content>; no <img>, <link> or CSS url().
        assert html.count("assets/cards/") == 2 and html.count(f'content="{image}"') == 2, page


def test_without_its_fonts_a_local_build_goes_on_without_cards_and_a_deploy_build_stops(tmp_path):
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if key not in ("CI", "EXPLAINER_CARDS")}
    env.update(EXPLAINER_FONT_DIRS=str(tmp_path / "no-fonts"), NO_MKDOCS_2_WARNING="1")

    def build(**extra):
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                              cwd=ROOT, env={**env, **extra}, capture_output=True, text=True, timeout=300)

    local = build()
    assert local.returncode == 0, local.stderr
    assert local.stderr.count("preview cards: off") == 1  # three editions, said once
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "og:image" not in home and '<meta name="twitter:card" content="summary">' in home
    deploy = build(CI="true")
    errors = [line for line in deploy.stderr.splitlines() if line.startswith("ERROR")]
    assert deploy.returncode == 1 and len(errors) == 1 and "fonts-noto-cjk" in errors[0], deploy.stderr
