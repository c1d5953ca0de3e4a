"""Front matter: valid YAML with a title and a description, or one line naming the page."""

from explainer.pages.front_matter import front_matter_problems


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_valid_front_matter_passes(tmp_path):
    write(tmp_path, "a.en.md", '---\ntitle: A\ndescription: "One: two"\n---\n# A {#a}\n')
    assert front_matter_problems(tmp_path) == []


def test_unquoted_colon_is_reported_with_its_line(tmp_path):
    write(tmp_path, "x/a.en.md", "---\ntitle: A\ndescription: One: two\n---\n")
    [problem] = front_matter_problems(tmp_path)
    assert problem.startswith("docs/x/a.en.md: front matter is not valid YAML (line 3:")
    assert "\n" not in problem


def test_missing_front_matter_and_missing_keys(tmp_path):
    write(tmp_path, "a.zh.md", "# 标题 {#a}\n")
    write(tmp_path, "b.zh.md", "---\ntitle: B\n---\n")
    assert front_matter_problems(tmp_path) == [
        "docs/a.zh.md: no front matter (--- title: … description: … ---) at the top",
        "docs/b.zh.md: front matter has no description",
    ]


def test_a_title_or_description_must_be_one_line_of_text(tmp_path):
    write(tmp_path, "a.en.md", '---\ntitle: "One\\nTwo"\ndescription: D\n---\n')
    write(tmp_path, "b.en.md", "---\ntitle: B\ndescription: |\n  one\n  two\n---\n")
    write(tmp_path, "c.en.md", '---\ntitle: "C\\u202e"\ndescription: "D\\0"\n---\n')
    write(tmp_path, "d.en.md", "---\ntitle: >\n  folded into one line\ndescription: D\n---\n")
    assert front_matter_problems(tmp_path) == [
        "docs/a.en.md: front matter title contains a line break (U+000A); write it on one line",
        "docs/b.en.md: front matter description contains a line break (U+000A); write it on one line",
        "docs/c.en.md: front matter title contains a bidirectional control character U+202E",
        "docs/c.en.md: front matter description contains a control character U+0000",
    ]


def test_only_known_keys_each_of_its_kind(tmp_path):
    write(tmp_path, "ok.en.md", "---\ntitle: T\ndescription: D\nsubtitle: <b>S</b>\nstatus: new\nicon: material/home\n"
                                "hide: [toc, footer]\nsearch: {boost: 0.5}\ntemplate: chart.html\nchart: cases-by-year\n---\n")
    write(tmp_path, "bad.en.md", "---\ntitle: T\ndescription: D\nextra_css: x\nstatus: '\"><script>'\n"
                                 "icon: ../../etc/passwd\nhide: toc\nsearch: {boost: .inf}\ntemplate: ../x.html\n"
                                 "chart: 7\nsubtitle: \"a\\u2028b\"\n---\n")
    problems = front_matter_problems(tmp_path)
    assert problems == [
        "docs/bad.en.md: front matter key 'extra_css' is unknown (known: title, description, subtitle, status, "
        "icon, hide, search, template, chart; hooks/explainer/pages/front_matter_keys.py)",
        "docs/bad.en.md: front matter status must look like 'new' (lower-case letters, digits and hyphens)",
        "docs/bad.en.md: front matter icon must look like 'material/home' (lower-case letters, digits and hyphens)",
        "docs/bad.en.md: front matter hide must be a list of: navigation, toc, footer, path, tags, feedback",
        "docs/bad.en.md: front matter search boost must be a number above 0 and at most 100",
        "docs/bad.en.md: front matter template must look like 'chart.html' (lower-case letters, digits and hyphens)",
        "docs/bad.en.md: front matter chart must look like 'cases-by-year' (lower-case letters, digits and hyphens)",
        "docs/bad.en.md: front matter subtitle contains an invisible character U+2028",
    ]
    assert all(len(p) <= 200 for p in problems)


def test_front_matter_that_is_not_a_mapping(tmp_path):
    write(tmp_path, "a.en.md", "---\n- title\n- description\n---\n")
    write(tmp_path, "b.en.md", "---\ntitle: [1, 2]\ndescription: 3\n---\n")
    assert front_matter_problems(tmp_path) == [
        "docs/a.en.md: front matter must be lines of key: value",
        "docs/b.en.md: front matter title must be text",
        "docs/b.en.md: front matter description must be text",
    ]


def test_an_icon_or_template_the_theme_does_not_have(tmp_path):
    theme = tmp_path / "theme"
    (theme / ".icons" / "material").mkdir(parents=True)
    (theme / ".icons" / "material" / "home.svg").write_text("<svg/>", encoding="utf-8")
    (theme / "chart.html").write_text("x", encoding="utf-8")
    docs = tmp_path / "docs"
    write(docs, "a.en.md", "---\ntitle: T\ndescription: D\nicon: material/home\ntemplate: chart.html\n---\n")
    write(docs, "b.en.md", "---\ntitle: T\ndescription: D\nicon: material/no-such\ntemplate: nope.html\n---\n")
    assert front_matter_problems(docs, [theme]) == [
        "docs/b.en.md: front matter icon 'material/no-such' is not in the theme (no .icons/material/no-such.svg "
        "in overrides/ or Material)",
        "docs/b.en.md: front matter template 'nope.html' is not in the theme (no nope.html in overrides/ or Material)",
    ]
