"""The floor to measure against: bare Material pages holding the same words as ours.

For every built page of ours, the words of its article (headings, paragraphs, list items, table
cells, figure text; not the script-drawn chart, not the buttons) are written as plain Markdown into
a Material site with nothing added (a chart's embeddable view has no ``<article>``: the words of its
``<main>``): no hooks, no custom CSS or JavaScript, no charts, the theme's
own defaults except ``font: false`` (the default asks Google Fonts, which readers in mainland China
cannot reach and this benchmark has no network for; our site makes the same choice). Each language
is its own bare build, at the same paths as ours, so one server serves both sites alike.
"""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "p": "", "li": "- ", "dt": "", "dd": "",
          "td": "", "th": "", "figcaption": "", "summary": "", "blockquote": ""}
SKIPPED = {"script", "style", "svg", "button", "select", "noscript", "template"}


VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base", "embed", "track"}


class ArticleWords(HTMLParser):
    """The text of ``<article>`` (or of another ``root`` element), one Markdown block per block element,
    in document order."""

    def __init__(self, root: str = "article"):
        super().__init__(convert_charrefs=True)
        self.root = root
        self.stack: list[tuple[str, bool]] = []  # open elements inside the article: (tag, skipped)
        self.blocks: list[str] = []
        self.current: list[str] | None = None
        self.prefix = ""

    @property
    def skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        if tag == self.root or self.stack:
            skipped = tag in SKIPPED or attrs.get("aria-hidden") == "true" or "headerlink" in (attrs.get("class") or "")
            self.stack.append((tag, skipped))
            if tag in BLOCKS and not self.skipping:
                self.flush()
                self.current, self.prefix = [], BLOCKS[tag]

    def handle_endtag(self, tag):
        if not self.stack or tag in VOID:
            return
        while self.stack:  # close up to the matching element (tolerates unclosed <p> and <li>)
            open_tag, _ = self.stack.pop()
            if open_tag in BLOCKS:
                self.flush()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack and not self.skipping and self.current is not None:
            self.current.append(data)

    def flush(self):
        if self.current:
            text = " ".join("".join(self.current).split())
            if text:
                self.blocks.append(self.prefix + escape_markdown(text))
        self.current = None

    def markdown(self) -> str:
        self.flush()
        return "\n\n".join(self.blocks) + "\n"


def escape_markdown(text: str) -> str:
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")


def page_words(html: str) -> str:
    """The article's words; for a page without ``<article>`` (a chart's embeddable view, a bare template
    with no Material frame), the words of its ``<main>``."""
    for root in ("article", "main"):
        parser = ArticleWords(root)
        parser.feed(html)
        if parser.blocks or parser.current:
            return parser.markdown()
    return parser.markdown()


def material_language(code: str) -> str:
    """Material's own name for an edition's language (zh-hant → zh-Hant; the site adds its own partial)."""
    import material

    languages = Path(material.__file__).parent / "templates" / "partials" / "languages"
    if (languages / f"{code}.html").exists():
        return code
    from explainer.editions import hreflang  # noqa: PLC0415  (hooks/ is on the path of run.py's imports)

    return hreflang(code)


def make_floor_site(site_dir: Path, floor_dir: Path, pages: list[str], languages: dict[str, str],
                    site_url: str) -> None:
    """Build the floor into ``floor_dir``: ``pages`` are URL paths below a language root ("" is home);
    ``languages`` maps each language code to its folder below the root ("" for the default)."""
    for lang, prefix in languages.items():
        project = floor_dir.parent / f"floor-project-{lang}"
        docs = project / "docs"
        for path in pages:
            html = (site_dir / prefix / path / "index.html").read_text(encoding="utf-8")
            target = docs / (path.rstrip("/") + ".md" if path else "index.md")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page_words(html), encoding="utf-8")
        (project / "mkdocs.yml").write_text(
            "site_name: Floor\n"
            f"site_url: {site_url}{prefix}\n"
            "theme:\n  name: material\n  font: false\n"
            f"  language: {material_language(lang)}\n", encoding="utf-8")
        out = floor_dir / prefix
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=project,
                                capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})
        if result.returncode:
            sys.exit(f"floor build ({lang}) failed: {result.stderr}")
