"""Data is text everywhere (issue 16). A copy of the project has a hostile string in every data field a
page shows (figure labels, notes and source sentences, chart titles and axes, glossary terms and
definitions, page titles and descriptions); built, it is opened in Chromium and each context is proved
inert: HTML text, attributes, the tooltip after a hover, inline JSON, the SVG, Plotly's hover label,
search results, the citation copied to the clipboard — no dialog, no request for the injected image, no
element with an event handler, and the text shown as written. CSV, BibTeX and CSL-JSON are read as files.

Most pages are opened with the Content-Security-Policy bypassed: the escaping itself is under test there,
not the policy that would stop a script anyway. test_every_context_with_the_policy_in_force opens the
same pages as published, policy in force: the text is shown, nothing runs, nothing is blocked (a
violation would mean the page carried something the build let through). What the build refuses instead
of escaping (scripts in Markdown, unknown front-matter keys, …) is in tests/built_site/test_hostile_markup.py.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.support.pages_server import PagesServer, free_port
from tests.support.project_copy import copy_project, edit_metrics
from tests.support.site_build import BASE_PATH, build_site
from tests.support.watch import PageWatch, origin_of

# Short enough for a label (80 Chinese characters with the label); each piece breaks a different context.
SHORT = "\"'><img src=x onerror=alert(1)></script>"
LONG = SHORT + "<script>alert(2)</script><svg onload=alert(3)><a href=\"javascript:alert(4)\">j</a>&lt;b&gt;}, title = {x"
SUBTITLE = "Subtitle"
UNPUBLISHED = SHORT + "never-published-7f3a"  # in fields the build reads and never writes out
RECORD = """
window.__dialogs = [];
for (const name of ['alert', 'confirm', 'prompt']) window[name] = (...args) => { window.__dialogs.push(name + args); };
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
"""
HANDLERS = """() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))
    || (e.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript:')).map(e => e.outerHTML.slice(0, 80))"""


def poison(project: Path) -> None:
    def metrics(data):
        for item in data["metrics"] + data["derived"]:
            for lang in ("zh", "en"):
                item["label"][lang] += SHORT
                if item.get("note"):
                    item["note"][lang] += LONG
            if item.get("source"):
                item["source"]["quote_en"] += LONG
            for lang in ("zh", "en"):
                if item.get("period"):
                    item["period"][lang] += SHORT
        for key in ("headline", "interviewee", "speaker"):
            for lang in ("zh", "en"):
                data["source"][key][lang] += SHORT
        data["source"]["headline_sentence_case"] += SHORT
        data["metrics"][1]["label"]["en"] = "=1+2" + SHORT  # a formula for the CSV
        data["metrics"][2]["label"]["en"] = "@SUM(1)" + SHORT
        for chart in data["charts"]:
            for lang in ("zh", "en"):
                chart["title"][lang] += SHORT
                if chart.get("axis"):
                    chart["axis"][lang] += SHORT
    edit_metrics(project, metrics)
    path = project / "data" / "glossary.json"
    glossary = json.loads(path.read_text(encoding="utf-8"))
    for term in glossary["terms"]:
        for lang in ("zh", "en"):
            term[lang]["definition"] += LONG
    glossary["terms"][0]["en"]["term"] += SHORT
    glossary["terms"][1]["zh"]["term"] += SHORT
    for term in glossary["terms"][:3]:
        for lang in ("zh", "en"):
            term[lang]["search_aliases"] = term[lang].get("search_aliases", []) + [SHORT]
            term[lang]["aliases"] = term[lang].get("aliases", []) + [SHORT + " alias"]
    for term in glossary["terms"]:
        for lang, aliases in term.get("search_aliases", {}).items():  # the generated editions' own spellings
            aliases.append(SHORT)
    path.write_text(json.dumps(glossary, ensure_ascii=False), encoding="utf-8")
    # Text the build reads but never publishes: the reasons of the OpenCC corrections, the schema's notes.
    path = project / "data" / "opencc-overrides.json"
    overrides = json.loads(path.read_text(encoding="utf-8"))
    overrides["$comment"] += UNPUBLISHED
    for entries in (v for k, v in overrides.items() if not k.startswith("$")):
        for entry in entries:
            entry["why"] += UNPUBLISHED
    path.write_text(json.dumps(overrides, ensure_ascii=False), encoding="utf-8")
    path = project / "data" / "metrics.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    for key in ("$schema", "$id", "title"):
        schema[key] += UNPUBLISHED
    for node in _objects(schema):
        if isinstance(node.get("$comment"), str):
            node["$comment"] += UNPUBLISHED
        if isinstance(node.get("enum"), list) and all(isinstance(v, str) for v in node["enum"]):
            node["enum"].append(UNPUBLISHED)  # a value no entry uses
    path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    for page in ("about.en.md", "about.zh.md"):
        source = project / "docs" / page
        text = source.read_text(encoding="utf-8")
        head, rest = text.split("\n---\n", 1)
        lines = [f"{key}: {json.dumps(value + LONG, ensure_ascii=False)}" if key in ("title", "description") else line
                 for line in head.splitlines()
                 for key, _, value in [line.partition(": ")]]
        lines.append(f"subtitle: {json.dumps(SUBTITLE + LONG)}")  # Material prints it raw in every page's nav
        source.write_text("\n".join(lines) + "\n---\n" + rest, encoding="utf-8")


def _objects(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    poison(project)
    port = free_port()
    url = f"http://127.0.0.1:{port}{BASE_PATH}"
    result = build_site(project / "site", url, project_dir=project)
    if result.returncode:
        pytest.fail(f"the poisoned copy does not build:\n{result.stdout}\n{result.stderr}", pytrace=False)
    with PagesServer(project / "site", BASE_PATH, port):
        yield project / "site", url


@pytest.fixture
def open_page(browser, hostile):
    site_dir, url = hostile
    contexts = []

    def make(path: str, page_of_the_site: bool = True, bypass_csp: bool = True, **options):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp,
                                      service_workers="block", **options)
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(RECORD)
        watch = PageWatch(origin_of(url)).attach(page)
        page.on("dialog", lambda dialog: (watch.console_errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.goto(url + path, wait_until="networkidle")
        if page_of_the_site:  # Material's bundle, requested after first paint, has come
            page.wait_for_function("() => !!document.querySelector('script[src*=\"bundle.\"]')")
        return page, watch

    yield make
    for context in contexts:
        context.close()


def assert_inert(page, watch, expected_problems=()) -> None:
    assert page.evaluate("window.__dialogs") == []
    assert page.evaluate("window.__violations") == []
    assert page.evaluate(HANDLERS) == []
    injected = [u for u in watch.requested if u.rstrip("/").endswith("/x") or "alert" in u]
    assert injected == [], injected
    assert sorted(watch.problems()) == sorted(expected_problems)


def test_figures_charts_and_their_hover_labels(open_page):
    page, watch = open_page("en/numbers/")
    text = page.locator("article").inner_text()
    assert "=1+2" + SHORT in text and LONG in text  # labels, notes and source sentences shown as written
    chart = page.locator("figure.ex-chart").first
    assert chart.locator(".ex-chart__title").inner_text().startswith(page.evaluate(
        "document.querySelector('figure.ex-chart .ex-chart__title').firstChild.textContent").strip())
    assert SHORT in chart.locator(".ex-chart__title").inner_text()
    assert SHORT in chart.locator(".ex-chart__canvas").get_attribute("aria-label")
    chart.locator(".ex-chart__interactive").click()
    chart.locator(".ex-chart__plotly svg.main-svg").first.wait_for(timeout=15000)
    box = chart.locator(".ex-chart__plotly .barlayer .point path").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2 + 1, box["y"] + box["height"] / 2)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    label = page.locator(".hoverlayer .hovertext").first
    label.wait_for(timeout=5000)
    assert SHORT.replace(" ", "") in label.text_content().replace(" ", "").replace("\u00a0", "")
    assert SHORT in chart.locator(".ex-chart__plotly").text_content()  # the annotations
    assert_inert(page, watch)


POLICY_PAGES = ("en/numbers/", "en/glossary/", "en/about/", "en/interview/rule-of-law/", "about/", "zh-hant/numbers/",
                "404.html")


@pytest.mark.parametrize("path", POLICY_PAGES)
def test_every_context_with_the_policy_in_force(open_page, path):
    page, watch = open_page(path, bypass_csp=False)
    policy = page.evaluate("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert "script-src 'self' 'sha256-" in policy and "unsafe-inline" not in policy.split("; ")[1]
    # The subtitle, which Material prints unescaped in every page's navigation, reads as written.
    assert SUBTITLE + LONG in page.locator("nav.md-nav--primary small").first.text_content()
    if path.startswith("en/"):
        assert LONG in page.locator("head meta[name=description]").get_attribute("content") or path != "en/about/"
    assert page.evaluate("document.documentElement.classList.contains('js')")  # the site's own scripts ran
    assert_inert(page, watch)


def test_the_footer_link_labels_a_title_as_written(open_page):
    page, watch = open_page("en/glossary/", bypass_csp=False)  # About comes next
    label = page.locator("a.md-footer__link--next").get_attribute("aria-label")
    assert label == "Next: About" + LONG  # escaped once: not "&lt;" read aloud
    assert_inert(page, watch)


def test_a_glossary_tooltip_after_hover(open_page):
    page, watch = open_page("en/interview/rule-of-law/")
    term = page.locator("article abbr").first
    term.hover()
    tooltip = page.locator(".md-tooltip2--active, .md-tooltip--active").first
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.inner_text().strip().endswith(LONG)
    assert_inert(page, watch)


def test_the_glossary_page_and_its_terms(open_page):
    page, watch = open_page("en/glossary/")
    text = page.locator("article").inner_text()
    assert SHORT in text and LONG in text
    assert_inert(page, watch)


def test_page_title_description_and_inline_json(open_page):
    page, watch = open_page("en/about/")
    assert page.title().startswith("About" + LONG)
    assert page.evaluate("document.querySelector('meta[name=description]').content").endswith(LONG)
    assert page.evaluate("document.querySelector('meta[property=\"og:title\"]').content").startswith("About" + LONG)
    data = page.evaluate("JSON.parse(document.querySelector('.ex-cite-data').textContent)")
    # The title, parsed back as written (Chicago title-cases it, so GB/T 7714 and APA are compared).
    assert LONG in data["styles"]["gbt7714"]["page"] and LONG in data["styles"]["apa"]["page"]
    assert_inert(page, watch)


def test_a_citation_copied_to_the_clipboard(open_page):
    page, watch = open_page("en/about/", permissions=["clipboard-read", "clipboard-write"])
    page.locator("button.ex-cite-copy[data-cite=page]").click()
    page.wait_for_function("() => (document.querySelector('.ex-cite-live')?.textContent || '').length > 0")
    assert LONG in page.evaluate("navigator.clipboard.readText()")
    assert_inert(page, watch)


def test_search_results(open_page):
    page, watch = open_page("en/")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("onerror", delay=30)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    assert "onerror" in page.locator(".md-search-result").inner_text()
    assert_inert(page, watch)


def test_the_chart_image_in_the_browser_and_as_xml(open_page, hostile):
    site_dir, _ = hostile
    svg = next((site_dir / "downloads" / "charts").glob("*.en.svg"))
    root = ElementTree.fromstring(svg.read_text(encoding="utf-8"))  # still XML
    assert any(SHORT in "".join(e.itertext()) for e in root.iter())
    assert not [e for e in root.iter() if e.tag.endswith(("script", "img", "foreignObject"))]
    page, watch = open_page(svg.relative_to(site_dir).as_posix(), page_of_the_site=False)
    assert SHORT in page.locator("svg").text_content()
    # A bare SVG has no favicon link: Chromium asks for /favicon.ico (outside the site, so a 404 that only
    # the console reports; the browser's own request is not one of the page's).
    assert_inert(page, watch, ["error: Failed to load resource: the server responded with a status of 404 (Not Found)"])


def test_csv_bibtex_and_csl_json_as_files(hostile):
    site_dir, _ = hostile
    rows = list(csv.reader(io.StringIO((site_dir / "downloads" / "metrics-en.csv").read_text(encoding="utf-8").lstrip("\ufeff"))))
    labels = {row[0]: row[1] for row in rows[1:]}
    assert labels["townships-covered"] == "'=1+2" + SHORT
    assert labels["non-police-matters-daily"] == "'@SUM(1)" + SHORT
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for i, cell in enumerate(row) if i != 2)
    bib = (site_dir / "downloads" / "cite" / "en" / "about.bib").read_text(encoding="utf-8")
    depth, names, token = 0, [], ""
    for char in bib[bib.index(",") + 1:]:  # the field names BibTeX sees: it counts braces, ignores "\"
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char == "=":
            names.append(token.strip())
        elif depth == 0:
            token = "" if char == "," else token + char
    assert depth == -1 and names.count("title") == 1, (names, bib)  # -1: the entry's own closing brace
    [item] = json.loads((site_dir / "downloads" / "cite" / "en" / "about.json").read_text(encoding="utf-8"))
    assert item["title"] == "About" + LONG


def test_a_chart_page_its_embed_and_the_embed_snippet(open_page, hostile):
    """A chart's title reaches its own page (title, <h1>, caption), the <iframe> snippet the Embed action
    copies (one iframe, the title an attribute) and the embed view, as text."""
    chart_id = json.loads((hostile[0].parent / "data" / "metrics.json").read_text(encoding="utf-8"))["charts"][0]["id"]
    page, watch = open_page(f"en/charts/{chart_id}/")
    assert SHORT in page.locator("article h1").inner_text() and SHORT in page.title()
    snippet = page.locator(".ex-embed-copy").get_attribute("data-text")
    parsed = page.evaluate("""s => { const t = document.createElement('template'); t.innerHTML = s;
        return [...t.content.querySelectorAll('*')].map(e => [e.tagName, e.getAttribute('title')]); }""", snippet)
    assert len(parsed) == 1 and parsed[0][0] == "IFRAME" and SHORT in parsed[0][1], parsed
    assert page.locator(".ex-embed-code code").text_content() == snippet
    assert_inert(page, watch)
    page, watch = open_page(f"en/charts/{chart_id}/embed/", page_of_the_site=False)
    assert SHORT in page.locator(".ex-chart__title").inner_text() and SHORT in page.title()
    assert_inert(page, watch)


def test_schema_notes_and_correction_reasons_are_never_published(hostile):
    site_dir, _ = hostile
    marker = b"never-published-7f3a"
    assert [p for p in site_dir.rglob("*") if p.is_file() and marker in p.read_bytes()] == []
