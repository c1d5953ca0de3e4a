"""Every use of another package's internals (explainer/upstream.py) holds for the installed packages; each
entry's check fails on a changed upstream (a temporary copy with one thing changed); the registry keeps up
with requirements.txt's pins and with the overrides, patches and hashed names in the repository."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from explainer import upstream
from explainer.upstream import BY_NAME, DEPENDENCIES, UpstreamChanged

ROOT = Path(__file__).resolve().parents[2]


# --- the installed packages --------------------------------------------------------------------------

@pytest.mark.parametrize("dependency", DEPENDENCIES, ids=lambda d: d.name)
def test_the_installed_package_still_provides_what_we_rely_on(dependency):
    try:
        dependency.verify()
    except UpstreamChanged as error:
        pytest.fail(str(error), pytrace=False)


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9_.-]+)==([^\s#]+)", line)
        if match:
            found[match[1].lower()] = match[2]
    return found


@pytest.mark.parametrize("dependency", DEPENDENCIES, ids=lambda d: d.name)
def test_each_entry_was_checked_against_the_pinned_version(dependency):
    pinned = pins().get(dependency.package.lower())
    assert pinned, f"{dependency.name}: {dependency.package} is not pinned in requirements.txt"
    assert dependency.written_for == pinned, (
        f"{dependency.name}: requirements.txt now pins {dependency.package} {pinned}, the entry was written "
        f"against {dependency.written_for}: re-check {dependency.recheck}, then set written_for")


def test_entries_have_unique_names_and_say_where_they_are_used():
    assert len(BY_NAME) == len(DEPENDENCIES)
    for dependency in DEPENDENCIES:
        assert dependency.relies_on and dependency.recheck and dependency.used_in, dependency.name
        for place in dependency.used_in:
            path = place.split(" (")[0]
            assert (ROOT / path).exists(), f"{dependency.name}: {path} does not exist"


# --- the registry keeps up with the repository -------------------------------------------------------

def listed(path: str) -> bool:
    """Whether an entry names the file ``path`` itself (a folder named does not count)."""
    return any(place.split(" (")[0] == path for d in DEPENDENCIES for place in d.used_in)


def test_every_override_of_a_package_file_is_listed():
    own = ROOT / "overrides" / "partials" / "explainer"  # the site's own partials, named by no package
    overrides = [p for p in (ROOT / "overrides").rglob("*") if p.is_file() and own not in p.parents]
    assert overrides
    unlisted = [str(p.relative_to(ROOT)) for p in overrides if not listed(str(p.relative_to(ROOT)))]
    assert not unlisted, f"overrides of another package's files not in explainer/upstream.py: {unlisted}"


def test_every_block_main_html_replaces_is_listed():
    blocks = upstream.template_blocks((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert blocks
    theirs = upstream.template_blocks((upstream.material_templates() / "base.html").read_text(encoding="utf-8"))
    to_add = [f'_block("{name}", "{upstream.digest(theirs.get(name, ""))}", "what ours changes"),'
              for name in blocks if f"material-block-{name}" not in BY_NAME]
    assert not to_add, ("blocks of Material's base.html replaced in overrides/main.html, not in "
                        "explainer/upstream.py; add: " + " ".join(to_add))


PATCH = re.compile(r"\b[A-Z]\w*\.prototype\.\w+\s*=(?!=)")


def test_every_patched_browser_class_is_in_a_listed_file():
    files = [*(ROOT / "docs" / "assets" / "javascripts").glob("*.js"), *(ROOT / "overrides").rglob("*.html")]
    patching = [str(p.relative_to(ROOT)) for p in files if PATCH.search(p.read_text(encoding="utf-8"))]
    assert patching, "the XMLHttpRequest patch is expected (defer-search-index.html)"
    assert all(listed(path) for path in patching), patching


HASHED = re.compile(r"(bundle|search|main|palette)\.[0-9a-f]{8}\.min\.(js|css)")


def test_no_hashed_name_of_material_s_files_is_written_in_the_code():
    """They are derived from the installed Material's base.html (explainer/material_files.py)."""
    files = [*(ROOT / "overrides").rglob("*.html"), *(ROOT / "hooks").rglob("*.py"),
             *(ROOT / "docs" / "assets" / "javascripts").glob("*.js")]
    written = {str(p.relative_to(ROOT)): HASHED.findall(p.read_text(encoding="utf-8")) for p in files}
    assert not {path: found for path, found in written.items() if found}


# --- each check can fail -------------------------------------------------------------------------------

def material_copy(tmp_path: Path) -> Path:
    """The installed Material's templates, partials and hashed assets (no icons), to change one thing in."""
    real, copy = upstream.material_templates(), tmp_path / "templates"
    for name in ("base.html", "404.html", "main.html"):
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(real / name, copy / name)
    shutil.copytree(real / "partials", copy / "partials")
    for pattern in ("assets/stylesheets/*.min.css", "assets/javascripts/bundle.*.min.js",
                    "assets/javascripts/workers/search.*.min.js"):
        for path in real.glob(pattern):
            target = copy / path.relative_to(real)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return copy


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def changed_block(block: str):
    def fake(tmp_path):
        copy = material_copy(tmp_path)
        edit(copy / "base.html", f"{{% block {block} %}}", f"{{% block {block} %}}<!-- changed upstream -->")
        return {"upstream": copy}
    return fake


def renamed_bundle(tmp_path):
    copy = material_copy(tmp_path)
    text = (copy / "base.html").read_text(encoding="utf-8")
    (copy / "base.html").write_text(re.sub(r"bundle\.[0-9a-f]+\.min\.js", "bundle.js", text), encoding="utf-8")
    return {"upstream": copy}


def without_icons(tmp_path):
    return {"upstream": material_copy(tmp_path)}  # the copy has no .icons/


def reworded_taiwan(tmp_path):
    copy = material_copy(tmp_path)
    edit(copy / "partials" / "languages" / "zh-TW.html", '"clipboard.copy": "複製"', '"clipboard.copy": "拷貝"')
    return {"upstream": copy}


def renamed_palette_attribute(tmp_path):
    copy = material_copy(tmp_path)
    palette = next((copy / "assets" / "stylesheets").glob("palette.*.min.css"))
    text = palette.read_text(encoding="utf-8")
    palette.write_text(text.replace("data-md-color-primary", "data-md-primary"), encoding="utf-8")
    return {"upstream": copy}


def bundle_with_fetch(tmp_path):
    copy = material_copy(tmp_path)
    bundle = next((copy / "assets" / "javascripts").glob("bundle.*.min.js"))
    edit(bundle, "new XMLHttpRequest", "new FetchRequest", count=-1)
    return {"upstream": copy}


def worker_without_han_cut(tmp_path):
    copy = material_copy(tmp_path)
    worker = next((copy / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    edit(worker, "this.index.invertedIndex)]", "this.index.tokenSet)]")
    return {"upstream": copy}


def renamed_typeset(tmp_path):
    copy = material_copy(tmp_path)
    for path in [*copy.rglob("*.html"), *copy.rglob("*.min.css"), *copy.rglob("*.min.js")]:
        path.write_text(path.read_text(encoding="utf-8").replace("md-typeset", "md-prose"), encoding="utf-8")
    return {"upstream": copy}


def index_with_urls(tmp_path):
    import json

    from material.plugins.search.plugin import SearchIndex

    class Renamed(SearchIndex):
        def generate_search_index(self, prev):
            data = json.loads(super().generate_search_index(prev))
            data["docs"] = [{"url" if key == "location" else key: value for key, value in doc.items()}
                            for doc in data["docs"]]
            return json.dumps(data)

    return {"upstream": SimpleNamespace(SearchIndex=Renamed)}


def mkdocs_sitemap_elsewhere(tmp_path):
    import mkdocs

    real, copy = Path(mkdocs.__file__).parent, tmp_path / "mkdocs"
    (copy / "commands").mkdir(parents=True)
    shutil.copytree(real / "templates", copy / "templates")
    shutil.copy(real / "theme.py", copy / "theme.py")
    shutil.copy(real / "commands" / "build.py", copy / "commands" / "build.py")
    edit(copy / "commands" / "build.py", "if template_name == 'sitemap.xml':", "if template_name in ('sitemap.xml',):")
    return {"upstream": copy}


def i18n_files_earlier(tmp_path):
    from mkdocs.plugins import event_priority
    from mkdocs_static_i18n.plugin import I18n

    class Earlier(I18n):
        @event_priority(-90)
        def on_files(self, files, config):
            return super().on_files(files, config)

    return {"upstream": Earlier}


def i18n_renamed_attribute(tmp_path):
    copy = tmp_path / "mkdocs_static_i18n"
    shutil.copytree(upstream.i18n_package(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    edit(copy / "suffix.py", "file.norm_src_uri =", "file.normalised_uri =", count=-1)
    return {"upstream": copy}


def i18n_search_changed(tmp_path):
    from mkdocs_static_i18n.plugin import I18n

    class Changed(I18n):
        def extend_search_entries(self, config):
            pass  # keeps no entries of the other languages

    return {"upstream": Changed}


def other_placeholder(tmp_path):
    import markdown

    class OtherStash(markdown.Markdown):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            stash = self.htmlStash

            def store(html):
                stash.rawHtmlBlocks.append(html)
                return f"\x02klzzwxh:{len(stash.rawHtmlBlocks) - 1}\x03"

            stash.store = store

    return {"upstream": SimpleNamespace(Markdown=OtherStash)}


def attr_list_last(tmp_path):
    import markdown

    def build(extensions):
        md = markdown.Markdown(extensions=extensions)
        md.treeprocessors.register(md.treeprocessors["attr_list"], "attr_list", 1)
        return md

    return {"upstream": build}


def single_quotes(tmp_path):
    import markdown

    return {"upstream": lambda text, **options: markdown.markdown(text, **options).replace('"', "'")}


def content_elsewhere(tmp_path):
    from mkdocs.structure.files import File

    class Elsewhere(File):
        @property
        def content_string(self):
            return self._text

        @content_string.setter
        def content_string(self, value):
            self._text = value

    return {"upstream": Elsewhere}


def impure_group(tmp_path):
    from citeproc import model

    class Group(model.Group):
        def calls_variable(self):
            return bool(self.getparent())

    return {"upstream": SimpleNamespace(**{**vars(model), "Group": Group})}


def citeproc_fixed(tmp_path):
    """A citeproc-py that no longer numbers a single reference (the GB/T correction finds nothing to do)."""
    return {"upstream": lambda work, style: f"{work.title}[EB/OL]. [2099-12-31]. {work.url}."}


def style_gone(tmp_path):
    return {"upstream": lambda name: str(tmp_path / f"{name}.csl")}


def tab_dictionary(tmp_path):
    import jieba

    (tmp_path / "jieba").mkdir()
    (tmp_path / "jieba" / "dict.txt").write_text("".join(f"词{i}\t{i}\n" for i in range(60)), encoding="utf-8")
    return {"upstream": SimpleNamespace(__file__=str(tmp_path / "jieba" / "__init__.py"),
                                        Tokenizer=jieba.Tokenizer, dt=jieba.dt)}


def reweighed(tmp_path):
    import math

    import jieba

    class Reweighed(jieba.Tokenizer):
        def calc(self, sentence, DAG, route):
            route[len(sentence)] = (0, 0)
            for idx in range(len(sentence) - 1, -1, -1):
                route[idx] = max((math.log(self.FREQ.get(sentence[idx:x + 1]) or 1) + route[x + 1][0], x)
                                 for x in DAG[idx])

    return {"upstream": Reweighed}


FAKES = {
    "material-hashed-files": renamed_bundle,
    **{f"material-block-{block}": changed_block(block)
       for block in ("site_meta", "htmltitle", "styles", "extrahead", "config", "scripts", "content")},
    "material-language-partial": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "language.html", "or fallback.t(key)", "or fallback.t(key) or ''"),
        {"upstream": tmp_path / "templates"})[1],
    "material-alternate-partial": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "alternate.html", 'hreflang="{{ alt.lang }}"',
             'hreflang="{{ alt.lang }}" lang="{{ alt.lang }}"'),
        {"upstream": tmp_path / "templates"})[1],
    "material-invalid-html": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "nav-item.html", '"0" if not is_section %}',
             '"0" if not is_section else "-1" %}', count=2),
        {"upstream": tmp_path / "templates"})[1],
    "material-search-partial": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "search.html", 'role="dialog"', 'role="dialog" aria-modal="true"'),
        {"upstream": tmp_path / "templates"})[1],
    "material-footer-partial": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "footer.html", '{{ direction }}: ', '{{ direction }} – '),
        {"upstream": tmp_path / "templates"})[1],
    "material-copyright-partial": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "copyright.html", "Made with", "Built with"),
        {"upstream": tmp_path / "templates"})[1],
    "material-base-script": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "javascripts" / "base.html", "__md_scope=new URL(",
             "__md_scope=new window.URL("),
        {"upstream": tmp_path / "templates"})[1],
    "material-palette-script": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "javascripts" / "palette.html", '__md_get("__palette")',
             '__md_get("__palette_v2")'),
        {"upstream": tmp_path / "templates"})[1],
    "material-content-script": lambda tmp_path: (
        edit(material_copy(tmp_path) / "partials" / "javascripts" / "content.html", '"__tabbed_"', '"__tab_"'),
        {"upstream": tmp_path / "templates"})[1],
    "material-404": lambda tmp_path: (
        edit(material_copy(tmp_path) / "404.html", "404 - Not found", "404 – Page not found"),
        {"upstream": tmp_path / "templates"})[1],
    "material-partials": without_icons,
    "material-language-partials": reworded_taiwan,
    "material-palette-css": renamed_palette_attribute,
    "material-bundle-behaviour": bundle_with_fetch,
    "material-dom-names": renamed_typeset,
    "material-search-index": index_with_urls,
    "material-search-worker": worker_without_han_cut,
    "mkdocs-sitemap-template": mkdocs_sitemap_elsewhere,
    "i18n-priorities": i18n_files_earlier,
    "i18n-files-and-languages": i18n_renamed_attribute,
    "i18n-search-index": i18n_search_changed,
    "markdown-stash-placeholder": other_placeholder,
    "markdown-treeprocessor-order": attr_list_last,
    "markdown-html-shape": single_quotes,
    "mkdocs-file-content": content_elsewhere,
    "citeproc-memo": impure_group,
    "citeproc-output": citeproc_fixed,
    "csl-styles": style_gone,
    "jieba-dictionary": tab_dictionary,
    "jieba-weighing": reweighed,
}


def test_every_entry_has_a_changed_upstream_to_fail_on():
    assert set(FAKES) == set(BY_NAME)


@pytest.mark.parametrize("name", sorted(FAKES))
def test_the_check_fails_on_a_changed_upstream_and_says_what_to_recheck(name, tmp_path):
    dependency = BY_NAME[name]
    with pytest.raises(UpstreamChanged) as failure:
        dependency.verify(**FAKES[name](tmp_path))
    message = str(failure.value)
    assert message.startswith(f"{name}: ")
    assert not re.match(rf"{name}: \w+(Error|Exception): ", message), "failed by accident, not by the check"
    assert f"written against {dependency.package} {dependency.written_for}" in message
    assert f"re-check {dependency.recheck}" in message
    assert "\n" not in message


def test_a_copied_block_s_digest_ignores_only_hashed_names_and_the_version():
    block = '<script src="{{ \'assets/javascripts/bundle.1234abcd.min.js\' | url }}"></script> mkdocs-material-9.8.2'
    assert upstream.digest(block) == upstream.digest(block.replace("1234abcd", "0123abcd").replace("9.8.2", "9.9.0"))
    assert upstream.digest(block) != upstream.digest(block.replace("<script", "<script defer"))


def test_template_blocks_finds_nested_blocks():
    text = "{% block a %}x{% block b %}y{% endblock %}z{% endblock %}{% block c %}{% endblock %}"
    assert upstream.template_blocks(text) == {
        "a": "{% block a %}x{% block b %}y{% endblock %}z{% endblock %}",
        "b": "{% block b %}y{% endblock %}", "c": "{% block c %}{% endblock %}"}


@pytest.mark.parametrize("pattern, fact", upstream.BUNDLE_FACTS, ids=lambda value: value[:24])
def test_each_fact_about_material_s_script_is_checked(pattern, fact, tmp_path):
    copy = material_copy(tmp_path)
    bundle = next((copy / "assets" / "javascripts").glob("bundle.*.min.js"))
    text = bundle.read_text(encoding="utf-8")
    assert re.search(pattern, text)
    bundle.write_text(re.sub(pattern, "", text), encoding="utf-8")
    with pytest.raises(UpstreamChanged, match=re.escape(fact)):
        upstream.check_bundle_behaviour(upstream=copy)


def test_a_check_that_meets_a_missing_class_fails_with_the_entry_s_message():
    with pytest.raises(UpstreamChanged, match=r"^material-search-index: AttributeError: .*re-check explainer/search/"):
        BY_NAME["material-search-index"].verify(upstream=SimpleNamespace())


def test_a_locale_material_no_longer_ships_fails(tmp_path):
    copy = material_copy(tmp_path)
    (copy / "partials" / "languages" / "en.html").unlink()
    with pytest.raises(UpstreamChanged, match=r"material-language-partials: Material has no "
                                              r"partials/languages/en\.html for the locale en"):
        BY_NAME["material-language-partials"].verify(upstream=copy)
