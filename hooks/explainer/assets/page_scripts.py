"""What in a finished page can run script, found by parsing its HTML as a browser would (html.parser).

- each inline script a browser would run (no ``src``, a JavaScript type or none), with its text as the
  policy hashes it and its mark (assets/site_scripts.py), if any;
- every other way markup runs script, each a problem naming where it is: an inline event handler
  (``onerror=``, ``<svg onload>``, however it is spelled), a ``javascript:``, ``vbscript:`` or ``data:``
  URL in any attribute that takes a URL (entities decoded, tabs and line breaks removed, as the browser
  does), a ``<meta http-equiv>`` other than the policy's own (a refresh sends the reader elsewhere), a
  link's ``href`` animated by SVG ``<animate>``/``<set>``, a ``<style>`` element (the policy takes
  stylesheets from the site's files only: it would be blocked), and anything of these inside an
  ``srcdoc`` (a document of its own, parsed the same way);
- a resource from another host (``src``, ``srcset``, ``poster``, ``data``, a ``<link>`` that loads, SVG
  ``<use>``/``<image>``): the policy would block it, and the site promises nothing is loaded from elsewhere.
  Links to other sites (``<a href>``, canonical and alternate ``<link>``) load nothing and are fine; a
  ``style`` attribute that loads or hides what it loads (``url(``, ``image-set(``, ``expression(``, a CSS
  escape, a backslash): the site's own style attributes hold numbers only.

Where Python's parser and a browser read markup differently, the browser's reading is taken or the markup
refused: a comment ends as a browser ends it (``<!-->``, ``<!--->``, ``--!>``; Python 3.11 reads on to the
next ``-->``, and would miss a script in between); ``<![CDATA[`` is refused (a comment to the first ``>`` in
HTML, CDATA to ``]]>`` in SVG: two readings); markup the parser cannot read at all is a problem, never a
traceback. Either way the policy stays safe: it allows only marked scripts' hashes, so a script this
check missed would still be blocked in the browser — this check makes the build say so.

"Where" is the nearest landmark around it — ``<article>`` (the page's text: Markdown and the data placed
in it), ``<nav>`` (page titles, front-matter subtitle and status), ``<header>``, ``<footer>``, ``<head>`` —
so that the one-line error points the editor at the file that wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from explainer.assets.site_scripts import ATTRIBUTE

# Types a browser runs as script (and importmap, which the policy also governs); any other type
# (application/json, …) is a data block, never run.
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
                "application/ecmascript", "text/jscript", "text/livescript", "application/x-javascript",
                "text/x-javascript", "importmap", "speculationrules"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite",
                  "codebase", "longdesc", "lowsrc", "dynsrc", "manifest", "ping", "icon", "usemap", "srcset",
                  "imagesrcset", "archive", "classid", "profile", "itemtype"}
SCRIPT_SCHEMES = ("javascript", "vbscript", "data")
# The browser removes tabs and line breaks anywhere in a URL, and C0 controls and spaces around it.
URL_NOISE = re.compile(r"[\t\n\r]")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
LANDMARKS = {"article": "the page's Markdown or data", "nav": "titles; front matter subtitle, status",
             "header": "the page title", "footer": "previous/next titles", "head": "title, description"}
ALLOWED_HTTP_EQUIV = {"content-security-policy"}
COMMENT_END = re.compile(r"--!?>")
LOADING = {"src", "srcset", "imagesrcset", "poster", "data", "background", "lowsrc", "dynsrc"}
LOADING_LINKS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon",
                 "import", "dns-prefetch", "preconnect", "mask-icon"}
SVG_LOADING = {"use", "image", "feimage", "script"}  # their href (or xlink:href) is fetched
STYLE_LOADS = re.compile(r"url\s*\(|image-set\s*\(|expression\s*\(|\\|@import", re.I)
OTHER_HOST = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|[\\/]{2})")  # a scheme, or // (\\ to browsers)


@dataclass
class InlineScript:
    text: str
    mark: str | None
    where: str


@dataclass
class PageScripts:
    scripts: list[InlineScript] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def page_scripts(html: str, inside: str = "") -> PageScripts:
    parser = _Parser(inside)
    try:
        parser.feed(html)
        parser.close()
    except Exception as error:  # html.parser asserts on some malformed declarations
        parser.found.problems.append(f"markup the build cannot read ({type(error).__name__}){inside}")
    return parser.found


def script_scheme(url: str) -> str | None:
    """``javascript``, ``vbscript`` or ``data`` if ``url`` (entities already decoded) is one, else None."""
    match = SCHEME.match(URL_NOISE.sub("", url).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                                       "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c"
                                                       "\x1d\x1e\x1f "))
    scheme = match.group(1).lower() if match else None
    return scheme if scheme in SCRIPT_SCHEMES else None


class _Parser(HTMLParser):
    def __init__(self, inside: str):
        super().__init__(convert_charrefs=True)
        self.found = PageScripts()
        self.inside = inside  # "in iframe srcdoc" when parsing an attribute's document
        self.stack: list[tuple[str, str]] = []  # (tag, class) of open elements
        self.script: dict | None = None

    def parse_comment(self, i, report=1):
        """A comment as a browser ends it (the HTML standard's comment states)."""
        start = i + 4
        if self.rawdata.startswith(">", start) or self.rawdata.startswith("->", start):
            end, text = self.rawdata.index(">", start) + 1, ""
        else:
            match = COMMENT_END.search(self.rawdata, start)
            if not match:
                return -1
            end, text = match.end(), self.rawdata[start:match.start()]
        if report:
            self.handle_comment(text)
        return end

    def parse_marked_section(self, i, report=1):
        self.found.problems.append(f"a <![…[ section (read one way in HTML, another in SVG) {self.where('![')}")
        end = self.rawdata.find(">", i)
        return end + 1 if end >= 0 else -1

    def where(self, tag: str) -> str:
        for open_tag, cls in reversed(self.stack):
            if open_tag in LANDMARKS:
                first = f".{cls.split()[0]}" if cls.split() else ""
                return f"<{tag}> in <{open_tag}{first}> ({LANDMARKS[open_tag]}){self.inside}"
        return f"<{tag}>{self.inside}" if self.inside else f"<{tag}> in the page body outside its text"

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and "src" not in values and values.get("type", "").strip().lower() in SCRIPT_TYPES:
            self.script = {"mark": values.get(ATTRIBUTE), "where": self.where(tag), "text": []}
        elif tag == "script" and "src" in values and self._in_content():
            self.found.problems.append(f"a script file loaded by the page's content {self.where(tag)}")
        if tag not in VOID:
            self.stack.append((tag, values.get("class", "")))

    def handle_startendtag(self, tag, attrs):
        if tag in ("script", "style"):  # "/>" does not end them in HTML: their text runs to </script>
            self.handle_starttag(tag, attrs)
            self.set_cdata_mode(tag)
            return
        self._check(tag, attrs)

    def _in_content(self) -> bool:
        """Inside what Markdown, data or front matter writes: the article, the navigation."""
        return any(tag in ("article", "nav") for tag, _ in self.stack)

    def handle_endtag(self, tag):
        if tag == "script" and self.script is not None:
            self.found.scripts.append(InlineScript("".join(self.script["text"]), self.script["mark"],
                                                   self.script["where"]))
            self.script = None
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.script is not None:
            self.script["text"].append(data)

    def _check(self, tag, attrs):
        problems = self.found.problems
        if tag == "style":
            problems.append(f"a <style> element {self.where(tag)}")
        values = {name: (value or "").strip().lower() for name, value in attrs}
        if tag in ("animate", "set") and values.get("attributename") in ("href", "xlink:href"):
            problems.append(f"an SVG <{tag}> of a link's href {self.where(tag)}")  # can write a script URL
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                problems.append(f"an inline event handler ({tag} {name}=) {self.where(tag)}")
            elif name in URL_ATTRIBUTES:
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name.endswith("srcset") else [value]
                for scheme in filter(None, map(script_scheme, urls)):
                    problems.append(f"a {scheme}: URL ({tag} {name}=) {self.where(tag)}")
            elif name == "srcdoc":
                inner = page_scripts(value, f", inside the srcdoc of {self.where(tag)}")
                problems.extend(inner.problems)
                problems.extend(f"an inline script {s.where}" for s in inner.scripts)
            elif name == "http-equiv" and tag == "meta" and (value.strip().lower() not in ALLOWED_HTTP_EQUIV
                                                               or "head" not in (t for t, _ in self.stack)):
                problems.append(f"a <meta http-equiv={value.strip()[:20]!r}> {self.where(tag)}")
        if STYLE_LOADS.search(values.get("style", "")):
            problems.append(f"a style attribute that loads a resource ({tag} style=) {self.where(tag)}")
        for name, value in attrs:
            if self._loads(tag, name, values) and _elsewhere(value or "", name.endswith("srcset")):
                problems.append(f"a resource from another host ({tag} {name}=) {self.where(tag)}")
                break

    @staticmethod
    def _loads(tag: str, name: str, values: dict) -> bool:
        if name in LOADING:
            return True
        if tag == "link" and name == "href":
            return bool(set(values.get("rel", "").split()) & LOADING_LINKS)
        return tag in SVG_LOADING and name in ("href", "xlink:href")


def _elsewhere(value: str, is_srcset: bool) -> bool:
    """Whether a URL (or any URL of a srcset) names a host: ``https://…``, ``//…``; script and data URLs
    are reported as such."""
    urls = [part.strip().split(" ")[0] for part in value.split(",")] if is_srcset else [value]
    return any(OTHER_HOST.match(URL_NOISE.sub("", url).strip()) and not script_scheme(url)
               and not URL_NOISE.sub("", url).strip().lower().startswith(("about:", "blob:")) for url in urls)
