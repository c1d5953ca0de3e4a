"""JSON Schema (2020-12) validation, with messages a maintainer can act on."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from explainer.dataset.places import place

TYPE_NAMES = {"number": "a number", "integer": "a whole number", "string": "text",
              "object": "an object", "array": "a list", "boolean": "true or false"}


def schema_problems(instance, schema: dict) -> list[str]:
    validator = Draft202012Validator(schema)
    return [f"{place(instance, e.absolute_path)}: {message(e)}" for e in validator.iter_errors(instance)]


def message(error) -> str:
    if error.validator == "type":
        expected = error.validator_value
        names = [TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)]
        return f"{error.instance!r} is not {' or '.join(names)}"
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f"{error.instance!r} is not one of: {allowed}"
    if error.validator == "pattern":
        return f"{error.instance!r} is not a lower-case kebab-case id"
    return error.message
