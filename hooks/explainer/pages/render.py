"""Turn metrics, charts and glossary terms into HTML through the Jinja partials in ``overrides/``.

Autoescaping is on: labels, notes and quotes are text, never markup. The chart figure JSON is
embedded with ``<``, ``>`` and ``&`` escaped, so no string in the data can close its ``<script>``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from pathlib import Path

import jinja2

from explainer.charts.drawings import ChartDrawing, figures_path
from explainer.charts.geometry import layout_chart
from explainer.charts.view import chart_view
from explainer.charts.svg import chart_image_path
from explainer.pages.chart_pages import chart_url
from explainer.citations.references import STYLE_NAMES, STYLES, Work, italic, template
from explainer.citations.files import file_path, page_slug
from explainer.citations.figure_lead import figure_lead_template
from explainer.dataset.derive import compute_derived, formula_sign
from explainer.editions import (SOURCE_MARKS, edition, hreflang, localized, other_languages, quotation_marks, quote_in,
                                quote_lang, written)
from explainer.pages.relative_links import in_language, relative_url
from explainer.dataset.model import Dataset, Metric
from explainer.text.numbers import format_number, format_quantity
from explainer.text.interface_words import SECTION_PAGES, SECTIONS, words
from explainer.citations.interview import LABEL, Interview, as_question, interview_italic, interview_template
from explainer.pages.tooltip_text import title_attribute

PARTIALS = "partials/explainer"
DEFAULT_STYLE = localized({"zh": "gbt7714", "en": "apa"})  # until the reader picks one (site.js remembers it)
BLANK_LINES = re.compile(r"\n\s*\n")


def script_json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@functools.lru_cache(maxsize=4)
def environment(partials_dir: str) -> jinja2.Environment:
    """One Jinja environment per folder, shared by every page; it reloads a partial edited under serve."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(partials_dir), auto_reload=True,
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["tooltip"] = title_attribute  # every title="…": Material's tooltips read it as HTML
    return env


class Renderer:
    """Renders the blocks of one page: its language, its URL and the site's URL are fixed."""

    def __init__(self, overrides_dir: Path, dataset: Dataset, lang: str, page_url: str, site_url: str):
        self.env = environment(str(Path(overrides_dir) / PARTIALS))
        self.dataset = dataset
        self.lang = lang
        self.page_url = page_url
        self.site_url = site_url.rstrip("/") + "/"

    def href(self, target: str) -> str:
        return relative_url(target, self.page_url)

    def render(self, template: str, **context) -> str:
        html = self.env.get_template(template).render(lang=self.lang, t=words(self.lang), **context)
        # A blank line would end Markdown's raw HTML block and let it parse the rest as text.
        return BLANK_LINES.sub("\n", html).strip()

    def value(self, metric: Metric, with_unit: bool) -> str:
        text = format_quantity(metric, self.lang) if with_unit else format_number(metric, self.lang)
        return self.render("value.html", metric=metric, text=text,
                           href=self.href(in_language("numbers/", self.lang) + "#" + metric.id))

    def figure(self, metric: Metric) -> str:
        source = metric.source
        return self.render(
            "figure.html",
            metric=metric,
            label=metric.label[self.lang],
            quantity=format_quantity(metric, self.lang),
            period=metric.period[self.lang],
            note=metric.note[self.lang] if metric.note else "",
            quote=quote_in(source["quote"], self.lang) if source else "",
            quote_lang=quote_lang(self.lang),
            quote_en=source.get("quote_en", "") if source else "",
            section_name=SECTIONS[source["section"]][self.lang] if source else "",
            source_href=self.href(in_language(SECTION_PAGES[source["section"]], self.lang)) if source else "",
            formula=self.formula(metric),
            styles=self.style_options(),
        )

    def style_options(self) -> list[tuple[str, str, bool]]:
        """(key, name, selected by default) of each citation style, for a chooser."""
        return [(key, STYLE_NAMES[key], key == DEFAULT_STYLE[self.lang]) for key in STYLES]

    def cite_block(self, page: Work, site: Work, with_site: bool, interview: Interview | None = None) -> str:
        """The page's "Cite" block: chooser, the page's and the site's reference, the citation files,
        and the templates site.js fills with the reader's date (also for every figure on the page, and,
        on a page of the interview, for its answers' and questions' paragraphs: ``interview``)."""
        t = words(self.lang)
        quotes = {"answer": interview, "question": as_question(interview)} if interview else {}
        data = {"default": DEFAULT_STYLE[self.lang], "page": page.url, "site": site.url,
                "styles": {key: {"page": template(page, key),
                                 **({"site": template(site, key)} if with_site else {}),
                                 **{kind: interview_template(work, key) for kind, work in quotes.items()}}
                           for key in STYLES},
                # What the copy's text/html sets in italics, per style and kind (none: no entry).
                "italic": {key: {kind: part for kind, part in [
                    ("page", italic(page, key)), *([("site", italic(site, key))] if with_site else []),
                    *[(kind, interview_italic(work, key)) for kind, work in quotes.items()]] if part}
                    for key in STYLES},
                **({"label": LABEL[written(self.lang)]} if interview else {}),
                # The marks a copied paragraph is quoted in, where the edition's are not “ ” ‘ ’ (cite.js).
                **({"quotes": quotation_marks(self.lang)} if quotation_marks(self.lang) != SOURCE_MARKS else {}),
                "lead": {kind: figure_lead_template(self.dataset, self.lang, kind == "derived")
                         for kind in ("reported", "derived")},
                "words": {"copied": t["citation_copied"], "byHand": t["copy_by_hand"], "link": t["copy_link"],
                          "linkCopied": t["link_copied"], "quote": t["copy_paragraph"], "style": t["cite_style"]}}
        style = DEFAULT_STYLE[self.lang]
        placeholder = t["access_date"] if style == "gbt7714" else "[date of access]"
        slug = page_slug(self.page_url)

        def shown(work: Work) -> str:
            return template(work, style).replace("{url}", work.url).replace("{accessed}", placeholder)

        return self.render(
            "cite.html", styles=self.style_options(), page_text=shown(page), site_text=shown(site) if with_site else "",
            data_json=script_json(data),
            files=[(t["this_page"], self.href(file_path(self.lang, slug, "bib")), self.href(file_path(self.lang, slug, "json"))),
                   (t["whole_site"], self.href(file_path(self.lang, "site", "bib")), self.href(file_path(self.lang, "site", "json")))],
        )

    def formula(self, metric: Metric) -> str:
        if not metric.derivation:
            return ""
        inputs = [self.dataset.metrics[i] for i in metric.derivation.inputs]
        sign = formula_sign(metric.derivation)
        names = sign.join(m.label[self.lang] for m in inputs)
        values = sign.join(format_quantity(m, self.lang) for m in inputs)
        scale = " × 100%" if metric.unit == "percent" and metric.derivation.formula == "ratio" else ""
        exact = compute_derived(replace(metric.derivation, decimals=6), inputs, metric.unit) == metric.value
        return f"{names}{scale} = {values}{scale} {'=' if exact else '≈'} {format_quantity(metric, self.lang)}"

    def chart(self, chart_id: str, drawing: ChartDrawing | None = None) -> str:
        chart = self.dataset.charts[chart_id]
        if drawing is None:
            view = chart_view(chart, self.dataset, self.lang)
            geometry = layout_chart(view)
        else:
            view, geometry = drawing.view, drawing.geometry
        return self.render(
            "chart.html",
            view=view,
            g=geometry,
            table=list(zip(view.labels, view.periods, view.texts, view.metric_ids)),
            spec_href=self.href(figures_path(self.lang)),
            numbers_href=self.href(in_language("numbers/", self.lang)),
            downloads=self.download_links(),
            svg_href=self.href(chart_image_path(chart_id, self.lang)),
            image_name=f"{chart_id}.{self.lang}",
            # "Link to this chart": its own page (explainer/pages/chart_pages.py), but not on that page or its embed.
            page_href="" if self.page_url.startswith(chart_url(chart_id, self.lang)) else self.href(chart_url(chart_id, self.lang)),
        )

    def download_links(self) -> list[tuple[str, str]]:
        """The CSV in the page's language first, then the others, then the JSON."""
        t = words(self.lang)
        csvs = [(t[f"csv_{lang}"], self.href(f"downloads/metrics-{lang}.csv"))
                for lang in [self.lang, *other_languages(self.lang)]]
        return csvs + [(t["json"], self.href("downloads/metrics.json"))]

    def downloads(self) -> str:
        return self.render("downloads.html", links=self.download_links())

    def glossary(self, terms: list) -> str:
        other = edition(self.lang).counterpart
        return self.render("glossary.html", terms=terms, other=other, other_lang=hreflang(other))
