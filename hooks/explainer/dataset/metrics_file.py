"""Read ``data/metrics.json``, check it, and turn it into a :class:`Dataset`.

Every problem is reported at once, on one line, with the file and the JSON path of each
(``data/metrics.json: metrics[3].value: 'abc' is not a number``).
"""

from __future__ import annotations

from pathlib import Path

from explainer.dataset.derive import compute_derived
from explainer.errors import SiteError, problems_line
from explainer.dataset.model import Chart, Dataset, Derivation, Metric
from explainer.dataset.schema_check import schema_problems
from explainer.dataset.semantic_check import semantic_problems
from explainer.editions import QUOTED, hreflang, localized, punctuated
from explainer.dataset.json_file import read_json_file

METRICS_FILE = "metrics.json"
SCHEMA_FILE = "metrics.schema.json"
SOURCE_FILE = "source/interview.zh.txt"
LISTED = 5  # problems a usual mistake makes, all named
MULTILINE = {"note", "quote_en", "description"}  # fields whose text may run over lines


def load_dataset(data_dir: Path, shown_as: str = "data") -> Dataset:
    """Load, validate and derive. ``shown_as`` is how the folder is named in messages."""
    data_dir = Path(data_dir)
    where = f"{shown_as}/{METRICS_FILE}"
    raw = read_json(data_dir / METRICS_FILE, where)
    schema = read_json(data_dir / SCHEMA_FILE, f"{shown_as}/{SCHEMA_FILE}")
    problems = schema_problems(raw, schema, f"{shown_as}/{SCHEMA_FILE}")
    if not problems:
        try:
            source_text = (data_dir / SOURCE_FILE).read_text(encoding="utf-8")
        except OSError as error:
            raise SiteError(f"{shown_as}/{SOURCE_FILE}", f"cannot be read ({error.strerror})") from None
        except UnicodeDecodeError as error:
            raise SiteError(f"{shown_as}/{SOURCE_FILE}", f"byte {error.start}: not UTF-8 text; save the file as UTF-8") from None
        problems = semantic_problems(raw, source_text)
    if problems:
        raise SiteError(where, summarize(problems, where))
    return build_dataset(raw)


def read_json(path: Path, where: str):
    return read_json_file(path, where, multiline=MULTILINE)


def summarize(problems: list[str], where: str = "data/metrics.json") -> str:
    """All problems of a usual mistake (up to LISTED), sorted; more than that (a changed schema, a
    wholesale edit): as many as fit in one line of explainer.errors.MAX_LINE, the rest counted."""
    problems = sorted(set(problems))
    if len(problems) == 1:
        return problems[0]
    if len(problems) > LISTED:
        return problems_line(where, problems)
    return f"{len(problems)} problems: " + "; ".join(problems)


def build_dataset(raw: dict) -> Dataset:
    raw = localized(raw)  # every {"zh": …, "en": …} also answers for the generated editions
    metrics: dict[str, Metric] = {}
    for item in raw["metrics"]:
        metrics[item["id"]] = Metric(
            id=item["id"],
            value=item["value"],
            unit=item["unit"],
            label=item["label"],
            period=item["period"],
            source={**item["source"], "quote": punctuated(item["source"]["quote"], hreflang(QUOTED))},
            note=item.get("note"),
            qualifier=item.get("qualifier"),
            spell=item.get("spell", False),
            wording=item.get("wording"),
        )
    for item in raw["derived"]:
        derivation = Derivation(item["formula"], tuple(item["inputs"]), item["decimals"])
        inputs = [metrics[i] for i in derivation.inputs]
        metrics[item["id"]] = Metric(
            id=item["id"],
            value=compute_derived(derivation, inputs, item["unit"]),
            unit=item["unit"],
            label=item["label"],
            period=inputs[0].period,
            note=item["note"],
            derivation=derivation,
        )
    charts = {
        item["id"]: Chart(
            id=item["id"],
            kind=item["kind"],
            metric_ids=tuple(item["metrics"]),
            title=item["title"],
            category=item.get("category", "label"),
            axis=item.get("axis"),
            index=index,
        )
        for index, item in enumerate(raw["charts"])
    }
    return Dataset(headline=raw["source"]["headline"], interviewee=raw["source"]["interviewee"],
                   metrics=metrics, charts=charts, speaker=raw["source"]["speaker"],
                   headline_sentence_case=raw["source"].get("headline_sentence_case", ""))
