"""Fixtures of the unit tests.

The unit tests test the code, so they read a small frozen data set, ``tests/unit/fixtures/data/``: an
excerpt of the site's data (19 of its figures, the 3 derived ones, the 4 charts) with the interview
sentences they quote. Adding, editing or removing a figure or a term in ``data/`` cannot break them.
Only tests named ``test_live_data_…`` read the site's own ``data/`` and ``docs/`` (``live_dataset``,
``ROOT``, ``DATA``), and they assert what must hold for any valid data ("every metric …").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explainer.errors import SiteError
from explainer.dataset.metrics_file import load_dataset
from explainer.dataset.model import Chart, Dataset, Derivation, Metric

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"  # the live data: for test_live_data_… tests only
FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "data"
SCHEMA = "metrics.schema.json"  # the format's contract: read from data/, as code
EVIL = "</script><script>alert(1)</script> & <b>bold</b>"


def fixture_data(folder: Path) -> Path:
    """A writable ``data/`` at ``folder``: the fixture files, with the site's schema beside them (the
    schema is the format's contract, part of the code under test, not content)."""
    shutil.copytree(FIXTURE_DATA, folder)
    shutil.copy(DATA / SCHEMA, folder / SCHEMA)
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def dataset(tmp_path_factory):
    """The fixture data (``tests/unit/fixtures/data``), loaded and checked as the build does."""
    return load_dataset(fixture_data(tmp_path_factory.mktemp("fixture") / "data"))


@pytest.fixture(scope="session")
def live_dataset():
    """The site's own ``data/``: only for ``test_live_data_…`` tests."""
    return load_dataset(DATA)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the fixture data, to break."""
    return fixture_data(tmp_path / "data")


@pytest.fixture
def load_error(data_copy):
    """``load_error(edit)``: apply ``edit(raw)`` to the fixture copy's metrics.json (or write the string it
    returns as the file), load it, and return the message of the SiteError that must follow."""

    def run(edit) -> str:
        path = data_copy / "metrics.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
        replaced = edit(raw)
        text = replaced if isinstance(replaced, str) else json.dumps(raw, ensure_ascii=False, indent=2)
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SiteError) as caught:
            load_dataset(data_copy)
        message = str(caught.value)
        assert "\n" not in message, message
        assert message.startswith("data/metrics.json: "), message
        return message

    return run


@pytest.fixture(scope="session")
def evil() -> str:
    """Text that tries to end a <script> and to be read as markup."""
    return EVIL


@pytest.fixture
def hostile_dataset() -> Dataset:
    """A small dataset whose every text tries to break out of its HTML or its ``<script>``."""

    def text(zh, en):
        return {"zh": zh + EVIL, "en": en + EVIL}

    period = {"zh": "五年来", "en": "past five years"}
    a = Metric(id="a-cases", value=477000, unit="case", label=text("调解", "Mediations "), period=period,
               source={"section": "sidebar-interview", "quote": "累计指导调解47.7万件" + EVIL},
               note=text("说明", "Note "))
    b = Metric(id="b-cases", value=316000, unit="case", label=text("化解", "Resolved "), period=period,
               source={"section": "rule-of-law", "quote": "成功化解纠纷31.6万件"})
    share = Metric(id="share", value=66.2, unit="percent", label=text("比例", "Share "), period=period,
                   note=text("推算", "Derived "), derivation=Derivation("ratio", ("b-cases", "a-cases"), 1))
    r1 = Metric(id="rank-1", value=2, unit="rank", label=text("排名", "Rank "), period=text("2022年", "2022 "),
                source={"section": "rule-of-law", "quote": "第二"})
    r2 = Metric(id="rank-2", value=4, unit="rank", label=text("排名", "Rank "), period=text("2023年", "2023 "),
                source={"section": "rule-of-law", "quote": "第四"})
    charts = {
        "bars": Chart(id="bars", kind="bar", metric_ids=("a-cases", "b-cases"), title=text("图", "Chart ")),
        "ranks": Chart(id="ranks", kind="rank", metric_ids=("rank-1", "rank-2"), title=text("排名", "Ranks "),
                       category="period"),
    }
    return Dataset(headline=text("标题", "Headline "), interviewee=text("访谈", "Interview "),
                   metrics={m.id: m for m in (a, b, share, r1, r2)}, charts=charts)
