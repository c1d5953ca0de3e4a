"""The build's pipeline in one place: every hook of mkdocs.yml, in its order, with the events it handles,
their priorities and what each step needs to have run before it.

Not a hook itself (MkDocs loads only the files listed under ``hooks:``); plain data that
``tests/unit/hooks/test_pipeline.py`` checks against mkdocs.yml, the hooks' code and the installed
mkdocs-static-i18n, and that the pipeline table of ARCHITECTURE.md ("The build pipeline") is generated
from (``python hooks/pipeline.py`` prints it; paste it there).

How MkDocs orders one event: higher priority first (``@event_priority``; 0 when unset); at equal priority,
plugins before hooks (mkdocs.yml's ``plugins:``, then ``hooks:`` in their order). mkdocs-static-i18n builds
the default edition (zh), then, inside its own ``on_post_build`` (-100), every other edition (zh-hant, en)
into the same ``site_dir`` — and each of those builds runs EVERY event again, ``on_config`` included. So
an ``on_post_build`` above -100 runs before the other editions exist, one below -100 after them (and also
inside each extra build), and module-level state must be keyed by edition or by the content it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_ORDER = ("on_startup", "on_config", "on_pre_build", "on_files", "on_nav", "on_env", "on_page_markdown",
               "on_page_content", "on_page_context", "on_template_context", "on_post_template", "on_post_page",
               "on_post_build")

# mkdocs-static-i18n 1.3.1's own priorities (checked against the installed plugin by the test).
I18N = {"on_config": -100, "on_files": -100, "on_nav": -100, "on_env": 0, "on_page_markdown": 50,
        "on_page_context": 50, "on_template_context": 50, "on_post_page": -100, "on_post_build": -100}


@dataclass(frozen=True)
class Step:
    hook: str  # the file, as listed under ``hooks:`` in mkdocs.yml
    does: str  # one line: what it adds to the build
    events: dict[str, int]  # event → priority (0 unless the hook sets one)
    after: tuple[tuple[str, str], ...] = field(default=())  # (hook or "i18n", event): must have run first
    before: tuple[tuple[str, str], ...] = field(default=())  # (hook or "i18n", event): must not have run yet


PIPELINE: tuple[Step, ...] = (
    Step("hooks/template_cache.py", "compile each Jinja template once per process, not once per edition",
         {"on_env": 0}),
    Step("hooks/content_checks.py", "stop before anything is written: a page without its twin, bad front matter",
         {"on_config": 0}),
    Step("hooks/generated_editions.py", "the 繁體 edition: install the OpenCC corrections, convert config, add and "
         "fill its pages", {"on_config": 0, "on_files": -90, "on_nav": -105},
         # its pages must exist when i18n sorts the files by language, and get their text once i18n has
         # kept this edition's; every conversion after it uses the corrections its on_config installs
         after=(("hooks/content_checks.py", "on_config"), ("i18n", "on_nav")), before=(("i18n", "on_files"),)),
    Step("hooks/chinese_punctuation.py", "full-width punctuation in Chinese text: a Markdown postprocessor over "
         "every page's rendered text and headings; the front matter's title and description",
         {"on_config": 0, "on_page_markdown": 100},
         before=(("hooks/site_data.py", "on_page_markdown"), ("hooks/citations.py", "on_page_markdown"))),
    Step("hooks/page_titles.py", "front-matter titles and descriptions escaped once for the theme, which prints "
         "them unescaped", {"on_page_markdown": 100},
         after=(("hooks/chinese_punctuation.py", "on_page_markdown"),),
         before=(("hooks/citations.py", "on_page_markdown"),)),
    Step("hooks/site_data.py", "load and check data/ and the markers; figures, charts and glossary into pages; "
         "downloads", {"on_config": 0, "on_page_markdown": 0, "on_post_build": 0},
         after=(("hooks/generated_editions.py", "on_config"),)),
    Step("hooks/page_head.py", "each page's title, hreflang alternates, link preview, search root; the 404 words; "
         "Material's hashed file names, read from its base.html",
         {"on_env": 0, "on_page_context": 0, "on_template_context": 0}),
    Step("hooks/site_stylesheet.py", "one hashed stylesheet: Material's, its palette cut, the site's own",
         {"on_config": 0, "on_env": 0, "on_post_build": 0}),
    Step("hooks/paragraph_links.py", "check paragraph ids of twins; the ¶ link and ⋯ button of each paragraph",
         {"on_config": 0, "on_page_markdown": 0},
         after=(("hooks/content_checks.py", "on_config"), ("hooks/site_data.py", "on_config"))),
    Step("hooks/parallel_view.py", "the parallel view of each interview page, filled once every edition is built",
         {"on_files": -110, "on_page_markdown": 0, "on_page_content": 0, "on_post_build": -150},
         after=(("i18n", "on_files"), ("i18n", "on_post_build"))),
    Step("hooks/chart_pages.py", "a page for every chart in data/ and its embeddable view, in every edition",
         {"on_files": -110}, after=(("i18n", "on_files"),)),
    Step("hooks/search_by_language.py", "jieba's dictionary and glossary words; one search index per edition "
         "with glossary spellings", {"on_startup": 0, "on_config": 0, "on_post_build": -200},
         after=(("hooks/generated_editions.py", "on_config"), ("i18n", "on_post_build"))),
    Step("hooks/citations.py", "the Cite block of every page; BibTeX and CSL-JSON files per edition",
         {"on_pre_build": 0, "on_page_markdown": 0, "on_post_build": 0},
         after=(("hooks/site_data.py", "on_page_markdown"),)),
    Step("hooks/preview_cards.py", "a 1200 × 630 PNG preview card per page and edition (title, chart or lead "
         "figure), cached in .cache/cards/; og:image and twitter:card tags", {"on_config": 0, "on_page_markdown": 10,
         "on_page_context": 0, "on_post_build": 0},
         # it reads the markers before site_data replaces them
         before=(("hooks/site_data.py", "on_page_markdown"),)),
    Step("hooks/compact_assets.py", "pages without template indentation or Material's two invalid attributes, "
         "scripts without comments",
         {"on_post_page": -100, "on_post_template": -100, "on_post_build": 0},
         after=(("i18n", "on_post_page"),)),
    Step("hooks/content_security.py", "a Content-Security-Policy and referrer policy in every page, hashing the "
         "site's own inline scripts; any other script stops the build", {"on_startup": 0, "on_env": 0, "on_post_build": -300},
         after=(("hooks/compact_assets.py", "on_post_build"), ("hooks/parallel_view.py", "on_post_build"),
                ("hooks/search_by_language.py", "on_post_build"), ("i18n", "on_post_build"))),
    Step("hooks/sitemap.py", "the sitemap from the built site: every page of every edition (not the 404 page, "
         "not a noindex page) with its twins and x-default; MkDocs renders none",
         {"on_pre_build": 0, "on_post_build": -400},
         after=(("i18n", "on_post_build"), ("hooks/parallel_view.py", "on_post_build"),
                ("hooks/content_security.py", "on_post_build"))),
)


def participants(event: str, hooks: tuple[Step, ...] = PIPELINE) -> list[tuple[str, int]]:
    """Who handles ``event``, in the order MkDocs calls them: (name, priority)."""
    order = [("i18n", I18N[event])] if event in I18N else []
    order += [(step.hook, step.events[event]) for step in hooks if event in step.events]
    # sorted() is stable: at equal priority the plugin (registered first) and the hooks keep their order.
    return sorted(order, key=lambda entry: -entry[1])


def violations(hooks: tuple[Step, ...] = PIPELINE) -> list[str]:
    """Every ``after``/``before`` constraint that the priorities and the list's order do not keep."""
    broken = []
    for step in hooks:
        for wanted, constraints in (("after", step.after), ("before", step.before)):
            for other, event in constraints:
                names = [name for name, _ in participants(event, hooks)]
                if event not in step.events or other not in names:
                    broken.append(f"{step.hook}: {other} does not handle {event}, or this hook does not")
                elif (names.index(other) < names.index(step.hook)) != (wanted == "after"):
                    broken.append(f"{step.hook} {event} must run {wanted} {other}'s")
    return broken


def markdown_table(hooks: tuple[Step, ...] = PIPELINE) -> str:
    """The pipeline table of ARCHITECTURE.md (section "The build pipeline")."""
    def short(name: str) -> str:
        return name.removeprefix("hooks/").removesuffix(".py")

    rows = ["| # | Hook | Events (priority if not 0) | Runs after (→ before) | What it adds |",
            "| --- | --- | --- | --- | --- |"]
    for number, step in enumerate(hooks, 1):
        events = ", ".join(f"{event}" + (f" ({priority})" if priority else "")
                           for event, priority in sorted(step.events.items(), key=lambda e: EVENT_ORDER.index(e[0])))
        needs = [f"{short(other)}.{event}" for other, event in step.after]
        needs += [f"→ {short(other)}.{event}" for other, event in step.before]
        rows.append(f"| {number} | `{short(step.hook)}` | {events} | {'; '.join(needs) or '—'} | {step.does} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
