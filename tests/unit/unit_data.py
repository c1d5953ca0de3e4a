"""Shared values of the unit tests (imported by name: this folder has no __init__.py)."""

from __future__ import annotations

from pathlib import Path

from explainer.model import Chart, Dataset, Derivation, Metric

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
EVIL = "</script><script>alert(1)</script> & <b>bold</b>"


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
