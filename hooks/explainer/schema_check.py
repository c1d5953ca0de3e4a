"""JSON Schema (2020-12) validation, with messages a maintainer can act on."""

from __future__ import annotations

from jsonschema import Draft202012Validator

TYPE_NAMES = {"number": "a number", "integer": "a whole number", "string": "text",
              "object": "an object", "array": "a list", "boolean": "true or false"}


def schema_problems(instance, schema: dict) -> list[str]:
    validator = Draft202012Validator(schema)
    return [f"{json_place(e.json_path)}: {message(e)}" for e in validator.iter_errors(instance)]


def json_place(json_path: str) -> str:
    """``$.metrics[3].value`` → ``metrics[3].value``; the document itself → ``(top level)``."""
    place = json_path.removeprefix("$").removeprefix(".")
    return place or "(top level)"


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
