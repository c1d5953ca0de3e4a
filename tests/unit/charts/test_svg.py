"""Each chart as a slide-sized SVG: 1280 × 720, light palette, the page's layout at slide sizes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from explainer.charts.svg import HEIGHT, LIGHT, WIDTH, chart_svg, fits
from explainer.charts.view import chart_view

NS = {"s": "http://www.w3.org/2000/svg"}


def svg(dataset, chart_id, lang):
    view = chart_view(dataset.charts[chart_id], dataset, lang)
    return view, ET.fromstring(chart_svg(view, "Source line", "https://example.org/numbers/#" + chart_id))


def assert_slide_sized_with_title_and_every_value(dataset, chart_id, lang):
    view, root = svg(dataset, chart_id, lang)
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == (str(WIDTH), str(HEIGHT), f"0 0 {WIDTH} {HEIGHT}")
    assert root.find("s:title", NS).text == view.title
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for value in view.texts:
        assert value in texts
    assert "https://example.org/numbers/#" + chart_id in texts
    assert fits(view)
    for t in root.iter("{http://www.w3.org/2000/svg}text"):
        assert 0 <= float(t.get("y")) <= HEIGHT
    assert LIGHT["bar"] in chart_svg(view, "s", "u") and LIGHT["paper"] in chart_svg(view, "s", "u")  # light, whatever the page


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart_id", ["five-year-changes", "rule-of-law-ranking", "shared-court-outcomes",
                                      "business-reforms"])
def test_slide_size_title_and_every_value(dataset, chart_id, lang):
    assert_slide_sized_with_title_and_every_value(dataset, chart_id, lang)


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "en"])
def test_live_data_every_chart_fits_a_slide_with_its_title_and_every_value(live_dataset, lang):
    for chart_id in live_dataset.charts:
        assert_slide_sized_with_title_and_every_value(live_dataset, chart_id, lang)


def test_bars_are_proportional_to_their_values(dataset):
    view, root = svg(dataset, "five-year-changes", "en")
    widths = [float(r.get("width")) for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("fill") == LIGHT["bar"]]
    values = [abs(v) for v in view.values]
    assert len(widths) == 4
    for w, v in zip(widths, values):
        assert (w / widths[-1]) / (v / values[-1]) == pytest.approx(1, abs=0.002)


def test_text_is_escaped(hostile_dataset, evil):
    view = chart_view(hostile_dataset.charts["bars"], hostile_dataset, "en")
    text = chart_svg(view, evil, "u")
    ET.fromstring(text)  # well-formed
    assert "<script" not in text and "&lt;script&gt;" in text
    assert not re.search(r"<b>", text)


def test_each_edition_names_the_fonts_of_its_own_character_forms(dataset):
    families = {lang: svg(dataset, "business-reforms", lang)[1].get("font-family") for lang in ("zh", "zh-hant", "en")}
    assert '"Noto Sans CJK SC"' in families["zh"]
    # English: Latin fonts first (its quotation marks are Latin glyphs), the Simplified Han forms as fallback.
    assert families["en"].index('"Liberation Sans"') < families["en"].index('"Noto Sans CJK SC"')
    assert "Arial" not in families["zh"] and "Arial" not in families["zh-hant"]
    assert '"Noto Sans CJK TC"' in families["zh-hant"] and "SC" not in families["zh-hant"]
