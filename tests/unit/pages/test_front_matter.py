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
