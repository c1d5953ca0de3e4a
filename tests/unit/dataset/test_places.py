"""Error messages name a listed entry by its index and its id, so it can be found either way."""

from __future__ import annotations

from explainer.dataset.places import place

DOC = {"metrics": [{"id": "a"}, {"id": "shared-courts", "value": "abc"}, {"value": 1}, "text"],
       "charts": [{"id": "c", "metrics": ["x", "y"]}]}


def test_entries_are_named_by_index_and_id():
    assert place(DOC, ("metrics", 1, "value")) == "metrics[1] (shared-courts).value"
    assert place(DOC, ("charts", 0, "metrics", 1)) == "charts[0] (c).metrics[1]"


def test_entries_without_an_id_are_named_by_index_only():
    assert place(DOC, ("metrics", 2, "value")) == "metrics[2].value"
    assert place(DOC, ("metrics", 3)) == "metrics[3]"
    assert place(DOC, ("metrics", 9)) == "metrics[9]"  # beyond the list: nothing to look up


def test_the_document_itself():
    assert place(DOC, ()) == "(top level)"
    assert place(DOC, ("metrics",)) == "metrics"
