"""What a 繁體 reader meets, in every output of the edition: pages, parallel views, tooltips, the data in
the pages' scripts, the 404 paragraph, SVG drawings, Plotly figures, the CSV, the citation files and the
search index. No Simplified character, no mainland interface word, and every element that switches
language tagged zh-Hans, zh-Hant or en (never the plugin's locale codes zh, zh-hant)."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import opencc
import pytest

from tests.conftest import LANG_PREFIX, page_paths
from tests.support.site_build import ROOT

from explainer.editions import (OVERRIDES_FILE, characters_only, convert, load_overrides, source_marks,  # noqa: E402
                                use_overrides)  # noqa: E402  (hooks/ on the path)

HANT = "zh-hant"
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
PARALLEL = [path + "parallel/" for path in page_paths() if path.startswith("interview/")]
PAGES = page_paths() + PARALLEL
TAGS = {"zh-Hans", "zh-Hant", "en"}

# Mainland interface words in Traditional characters (what OpenCC's s2tw makes of the mainland words),
# with the Taiwan word a reader expects: the site's interface must never show the left-hand form.
MAINLAND = {
    "鏈接": "連結", "交互": "互動", "點擊": "點選", "字段": "欄位", "搜索": "搜尋", "信息": "資訊", "默認": "預設",
    "視頻": "影片", "打印": "列印", "菜單": "選單", "鼠標": "滑鼠", "軟件": "軟體", "屏幕": "螢幕", "加載": "載入",
    "登錄": "登入", "用戶": "使用者", "界面": "介面", "窗口": "視窗", "粘貼": "貼上", "選中": "選取", "剪貼板": "剪貼簿",
    "條形圖": "長條圖", "數據表": "資料表", "表頭": "欄位名稱", "打開": "開啟", "文件夾": "資料夾", "設置": "設定",
    "頁腳": "頁尾", "跳轉": "跳至",  # Material's zh-TW words for its footer and skip link
    # Variant forms OpenCC writes where Taiwan's standard differs (data/opencc-overrides.json)
    "佈": "布", "標杆": "標竿",
}


@pytest.fixture(autouse=True, scope="module")
def reviewed_overrides():
    use_overrides(load_overrides(ROOT / "data" / OVERRIDES_FILE, OVERRIDES_FILE))  # as the build does


@pytest.fixture(scope="module")
def quoted_words() -> set[str]:
    """Mainland words the edition may show because the interview or the data says them (converted
    character by character on purpose): those that occur in the converted sources. None today."""
    sources = [ROOT / "data/source/interview.zh.txt", ROOT / "data/glossary.json", ROOT / "data/metrics.json"]
    text = convert("\n".join(path.read_text(encoding="utf-8") for path in sources), HANT)
    return {word for word in MAINLAND if word in text}


class EditionText(HTMLParser):
    """The text a reader of a 繁體 page meets: text, the attributes that are read or shown (title
    tooltips, aria-label, alt, meta content, placeholder, the data-* words scripts show) and the JSON
    data scripts give to cite.js,
    outside code and outside elements in Simplified Chinese (the language switch's 简体中文). English
    elements are read too: the Chinese they quote must be in the edition's script. Also every lang
    and hreflang value seen."""

    SKIP = {"script", "style", "code", "pre", "svg"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.runs, self.langs, self.hreflangs = [], [], [], []

    def current(self):
        lang = next((lang for _, lang, _ in reversed(self.stack) if lang), None)
        return lang, any(skip for _, _, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("lang") is not None:
            self.langs.append(attrs["lang"])
        if attrs.get("hreflang") is not None:
            self.hreflangs.append(attrs["hreflang"])
        lang = attrs.get("lang") or (attrs.get("hreflang") if tag == "a" else None)
        data = tag == "script" and attrs.get("type") == "application/json"
        if tag not in self.VOID:
            self.stack.append((tag, lang, tag in self.SKIP and not data))
        own, skipped = self.current()
        if not skipped and own != "zh-Hans":
            for name, value in attrs.items():
                if value and (name in ("title", "aria-label", "alt", "content", "placeholder") or name.startswith("data-")):
                    self.runs.append(value)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        lang, skipped = self.current()
        if not skipped and lang != "zh-Hans":
            self.runs.append(data)


def page_text(html: str) -> EditionText:
    parser = EditionText()
    parser.feed(html)
    return parser


def not_traditional(texts: list[str]) -> list[str]:
    """Han runs that are not Traditional: OpenCC's way back (tw2s) and forth again (with the reviewed
    corrections) does not give them back."""
    reverse = opencc.OpenCC("tw2s")
    runs = {run for text in texts for run in HAN.findall(text)}
    return sorted(run for run in runs if convert(reverse.convert(run), HANT) != run)


def mainland_words(texts: list[str], allowed: set[str]) -> list[str]:
    return sorted({word for text in texts for word in MAINLAND if word in text and word not in allowed})


def strings(value) -> list[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in [key] + strings(item)]
    return []


def edition_files(site) -> dict[str, list[str]]:
    """Every file of the edition outside its pages, as the texts a reader or a program reads in it."""
    downloads = site.dir / "downloads"
    files = {"metrics-zh-hant.csv": [(downloads / "metrics-zh-hant.csv").read_text(encoding="utf-8-sig")]}
    for svg in sorted((downloads / "charts").glob("*.zh-hant.svg")):
        files[svg.name] = [svg.read_text(encoding="utf-8")]
    figures = downloads / "charts" / "figures.zh-hant.json"
    files[figures.name] = strings(json.loads(figures.read_text(encoding="utf-8")))
    for cite in sorted((downloads / "cite" / HANT).iterdir()):
        text = cite.read_text(encoding="utf-8")
        files[f"cite/{cite.name}"] = strings(json.loads(text)) if cite.suffix == ".json" else [text]
    index = json.loads((site.dir / LANG_PREFIX[HANT] / "search/search_index.json").read_text(encoding="utf-8"))
    # The index's text is cut into words by U+200B; joined again, a word OpenCC's corrections keep as one
    # (非法占有, the legal 占) is checked as the page shows it, not as its cut-off part (占有 alone is 佔有).
    # Aliases are a list of spellings, each checked alone; the config (the variant pairs, code points
    # only) and every other string of the index are read too.
    files["search_index.json"] = ([doc.get(key, "").replace("\u200b", "") for doc in index["docs"]
                                   for key in ("title", "text")]
                                  + [word for doc in index["docs"] for word in doc.get("aliases", "").split("\u200b")]
                                  + [text for doc in index["docs"] for key, value in doc.items()
                                     if key not in ("title", "text", "aliases") for text in strings(value)]
                                  + strings(index["config"]))
    return files


@pytest.mark.parametrize("path", PAGES)
def test_a_traditional_page_shows_no_simplified_character_and_no_mainland_interface_word(site, path, quoted_words):
    text = page_text(site.html(path, HANT))
    assert any(HAN.search(run) for run in text.runs)
    assert not_traditional(text.runs) == []
    assert mainland_words(text.runs, quoted_words) == []


def test_the_editions_files_and_its_404_paragraph_likewise(site, quoted_words):
    files = edition_files(site)
    assert len(files) > 20  # CSV, 4 SVG drawings, Plotly figures, 18 citation files, search index
    for name, texts in files.items():
        # the CSV's last column, the JSON's and BibTeX's English fields are English: they hold no Han
        assert not_traditional(texts) == [], name
        assert mainland_words(texts, quoted_words) == [], name
    not_found = page_text((site.dir / "404.html").read_text(encoding="utf-8"))
    # Its <title> names the page in every edition at once, " / " between them (it cannot hold lang spans).
    hant = [part for run in not_found.runs for part in run.split(" / ") if "頁面不存在" in part or "請從" in part]
    assert hant and not_traditional(hant) == [] and mainland_words(not_found.runs, quoted_words) == []


def test_the_interface_words_a_taiwan_reader_expects(site):
    html = site.html("numbers/", HANT)
    for word in ("此處的永久連結", "複製連結", "開啟互動式圖表", "JSON（全部欄位）", "資料表", "長條圖"):
        assert word in html, word
    assert "開始瀏覽，或使用搜尋。" in (site.dir / "404.html").read_text(encoding="utf-8")
    assert "切換至深色模式" in html and "切換至淺色模式" in html  # the palette toggle, from mkdocs.yml by hand
    assert re.search(r">\s*首頁\s*<", html) and re.search(r">\s*訪談\s*<", html)  # navigation titles


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_every_element_that_switches_language_says_zh_hans_zh_hant_or_en(site, lang):
    seen = set()
    for path in PAGES:
        html = site.html(path, lang)
        parser = page_text(html)
        seen |= set(parser.langs)
        assert set(parser.langs) <= TAGS, (path, set(parser.langs) - TAGS)
        assert set(parser.hreflangs) <= TAGS | {"x-default"}, (path, set(parser.hreflangs) - TAGS)
        article = re.search(r"<article.*?</article>", html, re.S).group(0)
        # Inside a Chinese edition's article, Chinese is in the edition's own script (the English
        # column's quotations of the parallel view included).
        other = {"zh": ' lang="zh-Hant"', HANT: ' lang="zh-Hans"'}.get(lang)
        assert other is None or other not in article, path
    assert {"zh-Hans", "zh-Hant", "en"} <= seen
    for svg in (site.dir / "downloads" / "charts").glob("*.svg"):
        assert set(re.findall(r'\slang="([^"]*)"', svg.read_text(encoding="utf-8"))) <= TAGS, svg.name


def test_the_checks_can_fail():
    # A page with OpenCC's own interface words, and one with a Simplified term in the English column.
    converted = page_text('<html lang="zh-Hant"><p title="此處的永久鏈接">點擊<a>打開交互式圖表</a></p></html>')
    assert mainland_words(converted.runs, set()) == sorted(["交互", "打開", "點擊", "鏈接"])
    left = page_text('<html lang="zh-Hant"><p>數說五年</p><div lang="en">x <span lang="zh">源头治理</span></div></html>')
    assert not_traditional(left.runs) == ["源头治理"]
    assert set(left.langs) - TAGS == {"zh"}
    switch = page_text('<html lang="zh-Hant"><p>數說五年 <a hreflang="zh-Hans" lang="zh-Hans">简体中文</a></p></html>')
    assert switch.runs and not_traditional(switch.runs) == []  # a Simplified name, tagged as such


NOTE = re.compile(r'<aside class="ex-edition-note"><p>本頁由<a href="([^"]+)" hreflang="zh-Hans">簡體中文原文</a>'
                  r'以 OpenCC 逐字轉換為繁體字，保留中國大陸用語；網站介面文字則依臺灣用語另行撰寫。</p></aside>')


@pytest.mark.parametrize("path", PAGES)
def test_every_traditional_page_says_it_is_converted_and_links_to_its_original(site, path):
    notes = NOTE.findall(site.html(path, HANT))
    assert notes == [f"{site.url}{path}"]
    for lang in ("zh", "en"):
        assert "ex-edition-note" not in site.html(path, lang)


def test_the_about_page_says_the_traditional_pages_are_not_the_original(site):
    hant, zh, en = (site.html("about/", lang) for lang in (HANT, "zh", "en"))
    assert "簡體中文頁面逐字呈現訪談原文" in hant and "中文頁面逐字呈現" not in hant.replace("簡體中文頁面逐字呈現", "")
    assert "繁體中文頁面則不是原文本身，而是由簡體原文以 OpenCC 逐字轉換而成" in hant
    assert "中文页面逐字呈现访谈原文" in zh and "OpenCC" not in zh  # the Simplified About page is unchanged
    assert "converted from the Simplified pages with OpenCC, character by character" in en


PARAGRAPH = re.compile(r'<p id="(q\d+(?:-p\d+)?)">(.*?)</p>', re.S)
MARKS = "「」『』“”‘’"


def paragraph_texts(html: str) -> dict[str, str]:
    """Each interview paragraph's text, without its ¶ link and menu button."""
    html = re.sub(r'<a [^>]*class="headerlink".*?</a>|<button .*?</button>', "", html, flags=re.S)
    return {pid: unescape(re.sub(r"<[^>]+>", "", body)).strip() for pid, body in PARAGRAPH.findall(html)}


@pytest.mark.parametrize("path", [p for p in page_paths() if p.startswith("interview/")])
def test_traditional_quotation_marks_change_nothing_but_the_marks(site, path):
    zh, hant = paragraph_texts(site.html(path, "zh")), paragraph_texts(site.html(path, HANT))
    assert zh.keys() == hant.keys() and len(zh) >= 2
    marked = 0
    for pid, text in hant.items():
        assert not set("“”‘’") & set(text), pid  # Taiwan's marks only
        # Put the Simplified original's marks back: the text is the character conversion, exactly.
        assert source_marks(text, HANT) == characters_only(zh[pid], HANT), pid
        assert [c for c in text if c in MARKS] == [c.translate(str.maketrans("“”‘’", "「」『』")) for c in zh[pid] if c in MARKS]
        marked += "「" in text
    assert marked or path == "interview/resilient-city/"


@pytest.mark.parametrize("path", PAGES)
def test_english_text_in_a_traditional_page_keeps_its_own_quotation_marks(site, path):
    html = site.html(path, HANT)
    parser = page_text(html)
    assert not set("“”‘’") & set("".join(run for run in parser.runs if HAN.search(run) and not re.search("[A-Za-z]{4}", run)))
    # The English column of the parallel view: 「」 only inside its converted Chinese quotations.
    for cell in re.findall(r'<div class="ex-parallel__cell" lang="en">(.*?)\n</div>', html, re.S):
        english = re.sub(r'<span lang="zh-Hant">.*?</span>', "", cell, flags=re.S)
        english = re.sub(r'\stitle="[^"]*"', "", english)
        assert not set("「」『』") & set(english), english[:200]


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_the_footers_words_in_another_language_are_tagged(site, lang):
    html = site.html("numbers/", lang)
    footer = re.search(r'<div class="md-copyright">.*?</div>\s*</div>', html, re.S).group(0)
    other = {"zh": ("en", "An independent explainer"), "zh-hant": ("en", "An independent explainer"),
             "en": ("zh-Hans", "独立解读网站")}[lang]
    assert f'<span lang="{other[0]}">{other[1]}</span>' in footer
    assert re.search(r'<span lang="en">\s*Made with', footer)
