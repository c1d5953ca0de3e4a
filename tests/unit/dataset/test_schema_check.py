"""The JSON Schema is read as data: a reference outside the file stops the build in one line, and nothing
is ever retrieved (no network, no other file)."""

from __future__ import annotations

import json

import pytest
import referencing

from explainer.dataset.metrics_file import load_dataset
from explainer.dataset.schema_check import schema_problems
from explainer.errors import SiteError


def schema_error(data_copy, edit) -> str:
    path = data_copy / "metrics.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    edit(schema)
    path.write_text(json.dumps(schema), encoding="utf-8")
    with pytest.raises(SiteError) as caught:
        load_dataset(data_copy)
    return str(caught.value)


@pytest.mark.parametrize("reference", ["https://example.com/s.json", "http://127.0.0.1:9/x#/a",
                                        "other.json#/$defs/id", "file:///etc/passwd", "//example.com/x"])
def test_a_reference_outside_the_file_stops_the_build(data_copy, monkeypatch, reference):
    def no_retrieval(*args, **kwargs):
        raise AssertionError("a schema was retrieved")

    monkeypatch.setattr(referencing.Registry, "get_or_retrieve", no_retrieval)
    message = schema_error(data_copy, lambda s: s["properties"]["metrics"]["items"].__setitem__("$ref", reference))
    assert message == (f"data/metrics.schema.json: properties.metrics.items.$ref: {reference!r} points outside this "
                       "file; define it under $defs and write '#/$defs/…' (the build reads no other file or host)")
    assert len(message) <= 200


def test_a_dynamic_reference_too(data_copy):
    message = schema_error(data_copy, lambda s: s["$defs"]["id"].__setitem__("$dynamicRef", "https://x/y"))
    assert message.startswith("data/metrics.schema.json: $defs.id.$dynamicRef: 'https://x/y' points outside")


def test_an_invalid_schema_is_one_line(data_copy):
    message = schema_error(data_copy, lambda s: s["$defs"]["id"].__setitem__("type", 5))
    assert message.startswith("data/metrics.schema.json: $defs.id.type: not valid JSON Schema: ")
    assert "\n" not in message and len(message) <= 200


def test_an_unresolvable_local_reference_is_one_line(data_copy):
    message = schema_error(data_copy, lambda s: s["properties"]["metrics"]["items"].__setitem__("$ref", "#/$defs/nope"))
    assert message.startswith("data/metrics.schema.json: a reference cannot be resolved inside this file: ")


def test_local_references_resolve_without_retrieving():
    schema = {"$id": "https://example.com/root.json", "$defs": {"n": {"type": "integer"}},
              "properties": {"a": {"$ref": "#/$defs/n"}}}
    assert schema_problems({"a": "x"}, schema) == ["a: 'x' is not a whole number"]


def test_a_long_value_is_named_by_its_kind_not_printed():
    [problem] = schema_problems({"a": list(range(5000))}, {"properties": {"a": {"type": "object"}}})
    assert problem == "a: a list is not an object"
