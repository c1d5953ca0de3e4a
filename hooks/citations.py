"""MkDocs hook: a "Cite" block at the end of every page (GB/T 7714, APA, Chicago; explainer/citations/references.py) and
the BibTeX and CSL-JSON files of the site and of each page, per language (explainer/citations/files.py).

Runs after site_data.py. Page events run once per language; the files of a language are written at
the end of that language's build (mkdocs-static-i18n builds every language into the same site_dir).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from explainer.dataset.site_data import load_site_data
from explainer.citations import citeproc_output
from explainer.citations.references import STYLES_LANGUAGE, Work, page_work, site_work, translated
from explainer.citations.files import write_cite_files
from explainer.errors import SiteError
from explainer.text import pinyin_syllables
from explainer.pages.front_matter import twin_title
from explainer.citations.interview import interview_work
from explainer.editions import LANG_PREFIX
from explainer.pages.chart_pages import chart_page_id
from explainer.pages.paragraphs import INTERVIEW_PAGE
from explainer.pages.render import Renderer
from explainer.pages.page_titles import as_text

_works: dict[str, dict[str, Work]] = {}  # language → page URL → the page as cited


def on_pre_build(config: MkDocsConfig) -> None:
    _works.clear()
    root = Path(config.config_file_path).parent
    citeproc_output.use_directory(root / citeproc_output.CACHE_DIR)
    pinyin_syllables.use_directory(root / pinyin_syllables.CACHE_DIR)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    chart = chart_page_id(page.file.src_uri)  # a chart's own page (hooks/chart_pages.py) is cited as itself
    if not page.file.abs_src_path and not chart:  # a generated view (parallel text) cites through the pages it shows
        return markdown
    lang = config.theme["language"]
    root = Path(config.config_file_path).parent
    site_url = (config.site_url or "/").rstrip("/") + "/"
    try:
        if chart:
            title_en = load_site_data(root).dataset.charts[chart].title[STYLES_LANGUAGE] if translated(lang) else None
        else:
            title_en = twin_title(Path(page.file.abs_src_path), STYLES_LANGUAGE) if translated(lang) else None
        site_cited = site_work(config.site_name, site_url + LANG_PREFIX[lang], lang,
                               site_name_in(config, STYLES_LANGUAGE))
        title = as_text(page.meta.get("title") or page.title)  # text again (hooks/page_titles.py)
        # The home page, titled with the site's name, is cited as the site (APA: a title that is the
        # site's name is not repeated as the site's name).
        page_cited = site_cited if page.is_homepage or title == config.site_name else page_work(
            title, site_url + page.url, lang, config.site_name, title_en)
        renderer = Renderer(root / "overrides", load_site_data(root).dataset, lang, page.url, site_url)
        # The site's own reference is shown where readers look for how to cite (About); the home page is the site.
        # A page of the interview: its paragraphs are cited as the interview, with its speaker for an answer.
        interview = interview_work(renderer.dataset, lang, config.site_name) if INTERVIEW_PAGE.match(
            page.file.src_uri) else None
        block = renderer.cite_block(page_cited, site_cited, with_site=page.file.src_uri.startswith("about."),
                                    interview=interview)
    except SiteError as error:
        raise PluginError(str(error)) from None
    _works.setdefault(lang, {})[page.url] = page_cited
    _works[lang]["@site"] = site_cited
    return markdown.rstrip("\n") + "\n\n" + block + "\n"


def on_post_build(config: MkDocsConfig) -> None:
    lang = config.theme["language"]
    works = dict(_works.get(lang, {}))
    site = works.pop("@site", None)
    if site:
        write_cite_files(Path(config.site_dir), lang, site, works)


def site_name_in(config: MkDocsConfig, lang: str) -> str | None:
    """The site's name in ``lang`` as mkdocs.yml gives it (the i18n plugin's per-language site_name)."""
    plugin = config.plugins.get("i18n")
    for language in getattr(plugin, "config", {}).get("languages", []) if plugin else []:
        if language.get("locale") == lang:
            return language.get("site_name") or config.site_name
    return None
