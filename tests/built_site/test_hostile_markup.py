"""What the build refuses rather than escapes (issue 23): each stops the real build with ONE line naming
the file (or the page) and the entry, at most 200 characters for data and front matter, no traceback and
no half-built site. Payloads are batched so that each build proves several (the line counts the rest).

- Markdown may hold HTML, but no script of any kind: an inline script, an event handler, a script URL (with
  tabs and entities), an srcdoc document, a meta refresh — found in the final page by parsing it;
- front matter may hold only the keys the site knows, each of its kind;
- data/ files: the OpenCC corrections hold only Han and Chinese punctuation, the schema refers to nothing
  outside itself, numbers are in range, nesting is shallow, the top level is an object, and no label
  holds an invisible character.

What the build accepts and escapes (every data field, titles, subtitles, descriptions) is proved inert in
Chromium with the policy in force: tests/browser/test_hostile_data.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.built_site.test_bad_input import build_errors
from tests.support.project_copy import copy_project, edit_metrics

MARKDOWN_SCRIPTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<p><svg onload="alert(1)"></svg></p>',
    '<a href="java&#9;script:alert(1)">tab</a>',  # a raw tab would become spaces in Markdown: inert
    '<a href="&#x6a;avascript:alert(1)">entity</a>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data</a>',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://example.com/">',
    '<script type="module">alert(1)</script>',
]


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def one_line(project: Path) -> str:
    code, errors, output = build_errors(project)
    assert code == 1, output[-2000:]
    assert "Traceback" not in output and len(errors) == 1, output[-2000:]
    assert not (project / "site" / "index.html").exists(), "a half-built site was left behind"
    return errors[0].removeprefix("ERROR").lstrip(" -")


def append(project: Path, page: str, text: str) -> None:
    path = project / "docs" / page
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + text + "\n", encoding="utf-8")


def test_every_kind_of_script_in_markdown_stops_the_build(project):
    # Each payload its own paragraph; the first one found is named, every other counted.
    append(project, "about.en.md", "\n\n".join(MARKDOWN_SCRIPTS))
    line = one_line(project)
    assert line == ("en/about/index.html: an inline event handler (img onerror=) <img> in "
                    f"<article.md-content__inner> (the page's Markdown or data) (and {len(MARKDOWN_SCRIPTS)} more)"), line
    # 10 payloads, 11 findings: the form holds an action and a formaction
    assert f"(and {len(MARKDOWN_SCRIPTS)} more)" in line, line


def test_a_script_alone_says_how_to_register_a_legitimate_one(project):
    append(project, "numbers.zh.md", "<script>alert(1)</script>")
    line = one_line(project)
    assert line == ("numbers/index.html: an inline script <script> in <article.md-content__inner> (the page's Markdown "
                    "or data) is not the site's own (to add one: hooks/explainer/assets/site_scripts.py)"), line
    assert len(line) <= 200


def test_an_event_handler_alone_is_named_with_its_page(project):
    append(project, "interview/rule-of-law.zh.md", '<p><img/src="x"/onerror=alert(1)></p>')
    line = one_line(project)
    assert line.startswith("interview/rule-of-law/index.html: an inline event handler (img onerror=) <img> in "
                           "<article.md-content__inner>"), line


def test_front_matter_keys_the_site_does_not_know_or_of_the_wrong_kind(project):
    path = project / "docs" / "about.en.md"
    text = path.read_text(encoding="utf-8").replace(
        "\n---\n", '\nextra_js: "x"\nstatus: "\\"><script>alert(1)</script>"\nicon: "../../../etc/passwd"\n'
                   'template: "../../x.html"\nsubtitle: "a\\u2028b"\n---\n', 1)
    path.write_text(text, encoding="utf-8")
    line = one_line(project)
    assert line == ("docs/about.en.md: front matter key 'extra_js' is unknown (known: title, description, subtitle, "
                    "status, icon, hide, search, template, chart; hooks/explainer/pages/front_matter_keys.py) "
                    "(and 4 more)"), line
    assert len(line) <= 200


def test_an_opencc_correction_that_is_markup(project):
    path = project / "data" / "opencc-overrides.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["s2tw"][0]["to"] = "<b>"  # the length of 被发明
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    line = one_line(project)
    assert line == ("data/opencc-overrides.json: s2tw[0].to '<' (U+003C): not a Han character or Chinese punctuation "
                    "(OpenCC converts characters only)"), line


def test_a_schema_reference_to_the_network(project):
    path = project / "data" / "metrics.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["properties"]["metrics"]["items"] = {"$ref": "http://127.0.0.1:9/metric.json"}
    path.write_text(json.dumps(schema), encoding="utf-8")
    line = one_line(project)
    assert line.startswith("data/metrics.schema.json: properties.metrics.items.$ref: 'http://127.0.0.1:9/metric.json' "
                           "points outside this file"), line
    assert len(line) <= 200


@pytest.mark.parametrize("raw, expected", [
    ('"value": 1e309', "metrics[0] (urban-population).value: 1e309 is too large for any figure here"),
    ('"value": ' + "7" * 5000, "metrics[0] (urban-population).value: 777777777777… has 5000 digits"),
])
def test_numbers_no_figure_can_be(project, raw, expected):
    path = project / "data" / "metrics.json"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    old = f'"value": {json.dumps(data["metrics"][0]["value"])}'
    assert old in text
    path.write_text(text.replace(old, raw, 1), encoding="utf-8")
    line = one_line(project)
    assert line.startswith("data/metrics.json: " + expected) and len(line) <= 200, line


def test_a_count_out_of_range_for_its_unit(project):
    edit_metrics(project, lambda d: d["metrics"][0].__setitem__("value", 10.0 ** 200))
    line = one_line(project)
    assert "metrics[0] (urban-population).value: 1e+200 is beyond the 1e+12 any figure in person can be" in line, line


def test_nesting_deeper_than_the_data_needs(project):
    (project / "data" / "glossary.json").write_text('{"terms": ' + "[" * 10000 + "]" * 10000 + "}", encoding="utf-8")
    line = one_line(project)
    assert line == "data/glossary.json: nested deeper than the 12 levels any file here needs", line


def test_a_top_level_list_is_named_not_printed(project):
    path = project / "data" / "metrics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data["metrics"], ensure_ascii=False), encoding="utf-8")
    line = one_line(project)
    assert line == "data/metrics.json: the top level is a list; it must be an object ({ … })", line


def test_invisible_characters_in_labels_and_titles(project):
    def edit(data):
        data["metrics"][0]["label"]["en"] += "\u2028"
        data["charts"][0]["title"]["zh"] += "\u200b"
        data["metrics"][1]["label"]["zh"] = "\ufeff" + data["metrics"][1]["label"]["zh"]
        data["metrics"][2]["period"]["en"] += "\u2029"

    edit_metrics(project, edit)
    line = one_line(project)
    assert line == ("data/metrics.json: 4 problems: metrics[0] (urban-population).label.en: contains an invisible "
                    "character U+2028 (and 3 more)"), line


def test_an_svg_with_a_script_among_the_site_files(project):
    # Opened on its own, an SVG runs its scripts on the site's origin under no policy: none may hold one.
    (project / "docs" / "assets" / "images" / "figure.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', encoding="utf-8")
    line = one_line(project)
    assert line == "assets/images/figure.svg: an inline script <script> in a standalone SVG", line
