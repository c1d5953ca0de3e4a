"""The data as files a reader can download: JSON (every field) and CSV with headers in each edition's language.

The CSV files start with a UTF-8 byte-order mark so that Excel opens the Chinese text correctly.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from explainer.dataset.site_data import SiteData
from explainer.charts.drawings import figures_json, figures_path
from explainer.charts.svg import chart_image_path, chart_svg
from explainer.citations.figure_lead import source_in_sentence
from explainer.editions import LANGUAGES, quote_in
from explainer.pages.relative_links import in_language
from explainer.text.numbers import format_quantity, plain
from explainer.assets.csv_cells import text_cell

from explainer.text.edition_tables import per_edition

DOWNLOADS_DIR = "downloads"
# Interface words, written by hand for every edition (explainer/text/edition_tables.py).
CSV_HEADERS = per_edition("hooks/explainer/assets/downloads.py: CSV_HEADERS", {
    "zh": ["编号", "指标", "数值", "单位", "显示", "时期", "类型", "出处原文", "说明", "出处原文英译"],
    "zh-hant": ["編號", "指標", "數值", "單位", "顯示", "時期", "類型", "出處原文", "說明", "出處原文英譯"],
    "en": ["id", "figure", "value", "unit", "as shown", "period", "kind", "source sentence (Chinese)", "note",
           "source sentence (English)"],
})
SOURCE_LINE = per_edition("hooks/explainer/assets/downloads.py: SOURCE_LINE", {
    "zh": "来源:《{headline}——{interviewee}》;数据与图表:本站据访谈整理",
    "zh-hant": "來源:《{headline}——{interviewee}》;資料與圖表:本站依訪談整理",
    "en": "Source: “{headline},” {interviewee}. Data and chart: compiled by this site from the interview",
})
KIND = per_edition("hooks/explainer/assets/downloads.py: KIND",
                   {"zh": ("访谈原文", "推算"), "zh-hant": ("訪談原文", "推算"), "en": ("reported", "derived")})


def metrics_json(data: SiteData) -> str:
    dataset = data.dataset
    items = []
    for m in dataset.metrics.values():
        item = {"id": m.id, "value": m.value, "unit": m.unit, "label": m.label, "period": m.period,
                "kind": "derived" if m.derived else "reported"}
        if m.source:
            item["source"] = m.source
        if m.derivation:
            item["formula"] = {"kind": m.derivation.formula, "inputs": list(m.derivation.inputs),
                               "decimals": m.derivation.decimals}
        if m.note:
            item["note"] = m.note
        items.append(item)
    payload = {"headline": dataset.headline, "interviewee": dataset.interviewee, "metrics": items}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def metrics_csv(data: SiteData, lang: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS[lang])
    for m in data.dataset.metrics.values():
        # Text cells never start a formula (explainer/assets/csv_cells.py); the value stays a number.
        writer.writerow([text_cell(m.id), text_cell(m.label[lang]), plain(m.value), *map(text_cell, [
            m.unit, format_quantity(m, lang), m.period[lang],
            # The quote in the edition's script (converted character by character), the Chinese original elsewhere.
            KIND[lang][m.derived], quote_in(m.source["quote"], lang) if m.source else "", m.note[lang] if m.note else "",
            m.source.get("quote_en", "") if m.source else "",
        ])])
    return "\ufeff" + out.getvalue()


def write_downloads(data: SiteData, site_dir: Path, site_url: str = "/") -> None:
    folder = Path(site_dir) / DOWNLOADS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "metrics.json").write_text(metrics_json(data), encoding="utf-8")
    for lang in LANGUAGES:
        (folder / f"metrics-{lang}.csv").write_text(metrics_csv(data, lang), encoding="utf-8", newline="")
    write_chart_images(data, Path(site_dir), site_url)


def write_chart_images(data: SiteData, site_dir: Path, site_url: str) -> None:
    """Every chart's Plotly figure (fetched when a reader opens the interactive chart) and its
    slide-sized SVG, in every language, next to the data they are drawn from."""
    for (chart_id, lang), drawing in data.charts.items():
        url = site_url.rstrip("/") + "/" + in_language("numbers/", lang) + "#" + chart_id
        svg = site_dir / chart_image_path(chart_id, lang)
        svg.parent.mkdir(parents=True, exist_ok=True)
        svg.write_text(chart_svg(drawing.view, SOURCE_LINE[lang].format(**source_in_sentence(data.dataset, lang)), url),
                       encoding="utf-8")
    for lang in LANGUAGES:
        path = site_dir / figures_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(figures_json(data.charts, lang), encoding="utf-8")
