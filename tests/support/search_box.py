"""Drive Material's real search box in Chromium: open search once per edition, then type or paste one
query after another into the same box and read the ranked result links.

Material sends each query to its search worker and renders the worker's answer. An init script counts
the queries the page sends and the answers it gets back, so a caller waits for the answer to the last
query it typed (never a fixed sleep), then for the list to be drawn.
"""

from __future__ import annotations

import weakref
from urllib.parse import urlsplit

QUERY, RESULT = 2, 3  # Material's search message types (integrations/search/worker/message)

COUNT_MESSAGES = """(() => {
  const Original = window.Worker;
  window.__searchLog = {sent: [], answered: 0};
  window.Worker = function (url, options) {
    const worker = new Original(url, options);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, ...rest) => {
      if (message && message.type === %d) window.__searchLog.sent.push(message.data);
      return post(message, ...rest);
    };
    worker.addEventListener("message", event => {
      if (event.data && event.data.type === %d) window.__searchLog.answered += 1;
    });
    return worker;
  };
  window.Worker.prototype = Original.prototype;
})()""" % (QUERY, RESULT)

READ_LINKS = """() => [...document.querySelectorAll('.md-search-result__item a')]
  .filter(a => !a.closest('details:not([open])'))
  .map(a => { const url = new URL(a.href); return url.pathname + url.hash; })"""


class SearchBox:
    """One page of one edition with its search open and its worker ready."""

    def __init__(self, page, url: str):
        self.page = page
        count_messages(page)
        page.goto(url, wait_until="networkidle")
        self.box = page.locator("input.md-search__input")
        self.box.click()  # focus releases the index request and opens the search
        placeholder = page.evaluate(
            "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']")
        self.placeholder = placeholder
        page.wait_for_function(
            "text => document.querySelector('.md-search-result__meta').innerText.trim() === text",
            arg=placeholder, timeout=15000)
        self.base = url

    def clear(self) -> None:
        self.box.fill("")
        self.page.wait_for_function(
            "text => document.querySelector('.md-search-result__meta').innerText.trim() === text",
            arg=self.placeholder, timeout=10000)

    def search(self, query: str, how: str = "typed") -> list[str]:
        """Result links in the order shown (paths relative to the edition's root, with #section)."""
        self.clear()
        if how == "typed":
            self.box.press_sequentially(query)
        elif how == "pasted":
            self.box.fill(query)  # one input event, no key: as a paste from a menu
        else:
            raise ValueError(how)
        wait_for_answer(self.page, query)
        return [self.relative(href) for href in self.page.evaluate(READ_LINKS)]

    def relative(self, path: str) -> str:
        base = urlsplit(self.base).path
        return path[len(base):] if path.startswith(base) else path


def rank(links: list[str], answers: list[str]) -> int | None:
    """1-based position of the first link that answers, or None."""
    for position, link in enumerate(links, 1):
        if link in answers:
            return position
    return None


def count_messages(page) -> None:
    """Count the page's search queries and answers from its next navigation on (once per page)."""
    if page not in _COUNTED:
        page.add_init_script(COUNT_MESSAGES)
        _COUNTED.add(page)


_COUNTED: "weakref.WeakSet" = weakref.WeakSet()


def wait_for_answer(page, query: str) -> None:
    """Wait until the worker has answered the last query sent, and that query is this one, then for the
    answer to be drawn (two frames)."""
    page.wait_for_function(
        """query => { const log = window.__searchLog;
             return log.sent.length > 0 && log.sent[log.sent.length - 1] === query
                    && log.answered === log.sent.length; }""",
        arg=query.strip(), timeout=10000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
