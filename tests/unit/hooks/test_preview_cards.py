"""The preview cards' hook without its fonts: a deploy build stops with one line; any other build goes on
without cards and says so once."""

from __future__ import annotations

import importlib.util
import logging

import pytest
from mkdocs.exceptions import PluginError

from tests.unit.conftest import ROOT


@pytest.fixture
def hook(monkeypatch):
    spec = importlib.util.spec_from_file_location("_hook_preview_cards", ROOT / "hooks" / "preview_cards.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "find_fonts", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("EXPLAINER_CARDS", raising=False)
    return module


@pytest.mark.parametrize("variable, value", [("CI", "true"), ("EXPLAINER_CARDS", "required")])
def test_a_deploy_build_without_the_fonts_stops_with_one_line(hook, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(PluginError) as error:
        hook.on_config(object())
    message = str(error.value)
    assert "\n" not in message and "Noto Sans CJK" in message and "fonts-noto-cjk" in message


def test_another_build_goes_on_without_cards_and_says_so_once(hook, caplog, monkeypatch):
    monkeypatch.setenv("CI", "false")
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.preview_cards"):
        for _ in range(3):  # once per edition, and again on every rebuild of `mkdocs serve`
            hook.on_config(object())
    assert [r.getMessage() for r in caplog.records if "preview cards" in r.getMessage()] == [
        "preview cards: off, pages are built without og:image: Noto Sans CJK not found; apt-get install "
        "fonts-noto-cjk (Debian, Ubuntu), or name their folder in EXPLAINER_FONT_DIRS"]
    assert all(r.levelno == logging.INFO for r in caplog.records)  # a warning would fail a --strict build
    context = {"page": "unchanged"}
    assert hook.on_page_context(context, page=None, config=None, nav=None) == {"page": "unchanged"}
