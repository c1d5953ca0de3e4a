"""JSON Schema (2020-12) validation, with messages a maintainer can act on.

The schema is read as data, never as a pointer to the network: a ``$ref`` (or ``$dynamicRef``) that does
not point inside the schema file (``#/$defs/…``) stops the build with one line naming it, and the validator
is given a registry that refuses to retrieve anything, so no reference can reach another file or host.
A schema that is not valid JSON Schema stops the build too (a traceback otherwise).
"""

from __future__ import annotations

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing import Registry
from referencing.exceptions import Unresolvable

from explainer.dataset.places import place
from explainer.errors import SiteError

TYPE_NAMES = {"number": "a number", "integer": "a whole number", "string": "text",
              "object": "an object", "array": "a list", "boolean": "true or false"}
REFERENCES = ("$ref", "$dynamicRef")


def schema_problems(instance, schema, where: str = "data/metrics.schema.json") -> list[str]:
    """Every place where ``instance`` breaks ``schema`` (read from ``where``), as ``place: problem``."""
    if not isinstance(schema, dict):
        raise SiteError(where, "the top level must be a JSON Schema object")
    for path, reference in references(schema):
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise SiteError(where, f"{place(schema, path)}: {str(reference)[:80]!r} points outside this file; "
                                   "define it under $defs and write '#/$defs/…' (the build reads no other file or host)")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        raise SiteError(where, f"{place(schema, error.absolute_path)}: not valid JSON Schema: {error.message[:80]}") from None
    validator = Draft202012Validator(schema, registry=Registry(retrieve=_refuse))
    try:
        return [f"{place(instance, e.absolute_path)}: {message(e)}" for e in validator.iter_errors(instance)]
    except Unresolvable as error:
        raise SiteError(where, f"a reference cannot be resolved inside this file: {str(error.ref)[:80]!r}") from None


def references(schema, path=()):
    """``(path, value)`` of every ``$ref`` and ``$dynamicRef`` in ``schema``."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key in REFERENCES:
                yield (*path, key), value
            else:
                yield from references(value, (*path, key))
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from references(value, (*path, index))


def _refuse(uri: str):
    raise LookupError(f"{uri}: the build retrieves no schema")


def message(error) -> str:
    if error.validator == "type":
        expected = error.validator_value
        names = [TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)]
        return f"{_short(error.instance)} is not {' or '.join(names)}"
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        allowed = allowed if len(allowed) <= 60 else allowed[:59] + "…"
        return f"{_short(error.instance)} is not one of: {allowed}"
    if error.validator == "pattern":
        return f"{_short(error.instance)} is not a lower-case kebab-case id"
    if error.validator == "maxLength":
        return f"{len(error.instance)} characters, longer than the {error.validator_value} allowed here"
    return error.message[:160]


def _short(value) -> str:
    """A value as a message shows it: a list or object by its kind, text and numbers cut to 40 characters."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 30 else text[:29] + "…"
