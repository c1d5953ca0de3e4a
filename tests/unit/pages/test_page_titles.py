"""Front-matter titles and descriptions are text; the theme prints them as HTML, so they are escaped
once as the page is read, and read back as the same text."""

from explainer.pages.page_titles import as_html, as_text


def test_a_title_and_description_become_html_that_reads_as_written():
    meta = {"title": 'About "x" <img src=x onerror=alert(1)> & more', "description": "It's <b>",
            "subtitle": "<script>alert(1)</script>", "search": {"exclude": True}}
    as_html(meta)
    assert meta["title"] == "About &quot;x&quot; &lt;img src=x onerror=alert(1)&gt; &amp; more"
    assert meta["description"] == "It&#x27;s &lt;b&gt;"
    assert meta["subtitle"] == "&lt;script&gt;alert(1)&lt;/script&gt;"  # Material prints it raw in the nav
    assert meta["search"] == {"exclude": True}
    assert as_text(meta["title"]) == 'About "x" <img src=x onerror=alert(1)> & more'


def test_a_plain_title_is_unchanged_and_missing_keys_stay_missing():
    meta = {"title": "平安杭州 · 法治杭州"}
    as_html(meta)
    assert meta == {"title": "平安杭州 · 法治杭州"}
    assert as_text(None) is None
