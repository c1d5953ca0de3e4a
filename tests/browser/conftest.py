"""Browser fixtures: a fresh page per test, watched for errors and off-site requests."""

from __future__ import annotations

import pytest

from tests.support.watch import PageWatch, origin_of


@pytest.fixture
def new_page(browser, server):
    """``new_page(width=375, scheme="light")`` → (page, watch); contexts close after the test."""
    contexts = []

    def make(width: int = 1280, height: int = 900, scheme: str = "light", **options):
        context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                      service_workers="block", **options)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(origin_of(server.url)).attach(page)
        return page, watch

    yield make
    for context in contexts:
        context.close()
