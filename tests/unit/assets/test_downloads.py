"""The data as files to download: CSV with zh or en headers (Excel-friendly) and JSON with every field."""

from __future__ import annotations

import csv
import io
import json

import pytest

from explainer.dataset.site_data import SiteData
from explainer.charts.drawings import chart_drawings
from explainer.assets.downloads import CSV_HEADERS, metrics_csv, metrics_json, write_downloads


@pytest.fixture(scope="module")
def site_data(dataset):
    return SiteData(dataset=dataset, glossary=[], charts=chart_drawings(dataset))


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_csv_has_bom_headers_and_one_row_per_metric(site_data, lang):
    text = metrics_csv(site_data, lang)
    assert text.startswith("\ufeff")
    table = rows(text)
    assert table[0] == CSV_HEADERS[lang]
    assert table[0][-1] == {"zh": "出处原文英译", "en": "source sentence (English)"}[lang]
    assert len(table) == 1 + 22  # the fixture data: 19 reported and 3 derived figures
    assert [row[0] for row in table[1:]] == list(site_data.dataset.metrics)
    assert all(len(row) == len(CSV_HEADERS[lang]) for row in table)
    assert "\r\n" in text


def test_csv_headers_in_each_language(site_data):
    assert rows(metrics_csv(site_data, "zh"))[0][:3] == ["编号", "指标", "数值"]
    assert rows(metrics_csv(site_data, "en"))[0][:3] == ["id", "figure", "value"]


def test_csv_rows_carry_values_as_shown_and_their_quote(site_data):
    zh = {row[0]: row for row in rows(metrics_csv(site_data, "zh"))[1:]}
    en = {row[0]: row for row in rows(metrics_csv(site_data, "en"))[1:]}
    assert zh["market-disputes-resolved"][2:5] == ["568700", "case", "56.87万件"]
    assert en["market-disputes-resolved"][2:5] == ["568700", "case", "568,700 cases"]
    assert en["market-disputes-resolved"][6] == "reported"
    assert "56.87万件" in en["market-disputes-resolved"][7]  # the source sentence, in Chinese
    assert zh["business-reforms-total"][6] == "推算" and en["business-reforms-total"][6] == "derived"
    assert en["business-reforms-total"][7] == ""
    assert float(en["saving-per-dispute"][2]) == 1565
    assert en["homicides-change"][4] == "down 29.08%"


def test_csv_quotes_fields_with_commas_and_quotes(site_data):
    # a label with a comma, a quote and a line break survives the round trip
    import dataclasses

    metric = site_data.dataset.metrics["shared-courts"]
    odd = dataclasses.replace(metric, label={"zh": '共享,"法庭"\n第二行', "en": 'Shared, "courts"'})
    dataset = dataclasses.replace(site_data.dataset, metrics={"shared-courts": odd})
    table = rows(metrics_csv(SiteData(dataset, []), "zh"))
    assert table[1][1] == '共享,"法庭"\n第二行'


def test_json_lists_every_metric_and_marks_the_derived(site_data):
    payload = json.loads(metrics_json(site_data))
    assert payload["headline"]["zh"].startswith("建设更高水平平安杭州")
    items = {item["id"]: item for item in payload["metrics"]}
    assert len(payload["metrics"]) == 22
    derived = [item for item in payload["metrics"] if item["kind"] == "derived"]
    assert [item["id"] for item in derived] == ["shared-court-resolution-share", "saving-per-dispute",
                                                "business-reforms-total"]
    assert items["shared-court-resolution-share"]["formula"] == {
        "kind": "ratio", "inputs": ["shared-court-resolutions", "shared-court-mediations"], "decimals": 1}
    assert items["business-reforms-total"]["formula"]["kind"] == "sum"
    assert items["shared-court-resolution-share"]["value"] == 66.2
    assert "source" not in items["business-reforms-total"]
    reported = items["shared-courts"]
    assert reported["kind"] == "reported" and "formula" not in reported
    assert reported["source"]["quote"].startswith("五年来，已建成共享法庭3084家")
    assert reported["label"] == {"zh": "已建成的共享法庭", "en": "Shared courts set up"}


def test_json_keeps_chinese_readable(site_data):
    assert "共享法庭" in metrics_json(site_data)


def test_write_downloads(tmp_path, site_data):
    write_downloads(site_data, tmp_path)
    folder = tmp_path / "downloads"
    assert sorted(p.name for p in folder.iterdir()) == ["charts", "metrics-en.csv", "metrics-zh-hant.csv",
                                                        "metrics-zh.csv", "metrics.json"]
    images = sorted(p.name for p in (folder / "charts").iterdir())
    assert images == sorted([f"{chart}.{lang}.svg" for chart in site_data.dataset.charts for lang in ("zh", "zh-hant", "en")]
                            + ["figures.en.json", "figures.zh-hant.json", "figures.zh.json"])
    figures = json.loads((folder / "charts" / "figures.zh.json").read_text(encoding="utf-8"))
    assert set(figures) == set(site_data.dataset.charts)
    assert figures["business-reforms"] == json.loads(json.dumps(site_data.charts["business-reforms", "zh"].figure))
    raw = (folder / "metrics-zh.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\r\n" not in raw  # no doubled line ends on any platform
    with open(folder / "metrics-en.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 22 and table[0]["id"] == "urban-population"
    assert json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["metrics"][0]["id"] == "urban-population"
