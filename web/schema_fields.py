"""A request body's fields in words, read from the OpenAPI document's own JSON Schema, for the
API documentation page. So the page states each field's type, limits and default as the
request model checks them (`matching/request.py`), never a second copy of them.

A field whose value is an object (or a list of objects) is followed by that object's fields,
named as the API's error messages name them: `needs[].about`, `children[].age`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class SchemaField:
    """One field of a request body: its name, whether it must be given, and in words what it
    takes (type, limits, allowed values, default, an example)."""

    name: str
    required: bool
    takes: str


class SchemaError(ValueError):
    """The document's schema is not one this page can describe (a missing or outside `$ref`)."""


def body_fields(document: dict[str, Any], operation: dict[str, Any]) -> list[SchemaField]:
    """The fields of an operation's JSON request body, in the schema's order; none when the
    operation takes no JSON body."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = (content.get("application/json") or {}).get("schema")
    if schema is None:
        return []
    return _Describer(document.get("components", {}).get("schemas", {})).fields(schema, "")


class _Describer:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self._schemas = schemas

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref")
        if ref is None:
            return schema
        name = str(ref).removeprefix(_REF_PREFIX)
        if not str(ref).startswith(_REF_PREFIX) or name not in self._schemas:
            raise SchemaError(f"$ref {ref!r} names no schema of the document's components")
        resolved: dict[str, Any] = self._schemas[name]
        return resolved

    def fields(self, schema: dict[str, Any], prefix: str) -> list[SchemaField]:
        """The fields of an object schema, each followed by the fields of any object it holds."""
        schema = self.resolve(schema)
        required = set(schema.get("required", ()))
        found: list[SchemaField] = []
        for name, field in (schema.get("properties") or {}).items():
            path = f"{prefix}{name}"
            found.append(SchemaField(path, name in required, self.takes(field)))
            for inner, suffix in self._objects(field, path):
                found.extend(self.fields(inner, suffix))
        return found

    def _objects(self, schema: dict[str, Any], path: str) -> list[tuple[dict[str, Any], str]]:
        """The object schemas a field's value can be or hold, with the prefix of their fields."""
        schema = self.resolve(schema)
        found: list[tuple[dict[str, Any], str]] = []
        for option in schema.get("anyOf", []) + schema.get("oneOf", []):
            found.extend(self._objects(option, path))
        if schema.get("type") == "array" and "items" in schema:
            found.extend(self._objects(schema["items"], f"{path}[]"))
        if schema.get("properties"):
            found.append((schema, f"{path}."))
        return found

    def takes(self, schema: dict[str, Any]) -> str:
        """What a field takes, as a sentence or two."""
        words = [_sentence(self.kind(schema))]
        if schema.get("default") is not None:
            words.append(f"Default: {_json(schema['default'])}.")
        examples = schema.get("examples") or _first(schema, "examples")
        if examples:
            words.append(f"For example: {_json(examples[0])}.")
        return " ".join(words)

    def kind(self, schema: dict[str, Any], within: bool = False) -> str:
        """The type of a value and its limits, in words; `within` a list's "each ...", the
        choices read "either A or B" so they cannot be taken for the list's own."""
        ref = schema.get("$ref")
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            kinds = [self.kind(option, within) for option in options]
            return "either " + " or ".join(kinds) if within else "; or ".join(kinds)
        if "enum" in schema:
            return "one of: " + ", ".join(_json(value) for value in schema["enum"])
        kind = schema.get("type")
        if kind == "array":
            items = schema.get("items")
            each = f", each {self.kind(items, within=True)}" if items else ""
            return f"a list of {_count(schema, 'minItems', 'maxItems', 'item')}{each}"
        if kind == "object" or schema.get("properties"):
            described = schema.get("description")
            return f"an object ({described.rstrip('.')})" if described and ref else "an object"
        if kind == "string":
            length = _count(schema, "minLength", "maxLength", "character")
            return "text" if length == "any number of characters" else f"text of {length}"
        if kind == "integer":
            return "a whole number" + _range(schema)
        if kind == "number":
            return "a number" + _range(schema)
        if kind == "boolean":
            return "true or false"
        if kind == "null":
            return "null"
        if isinstance(kind, list):
            kinds = [self.kind({**schema, "type": one}, within) for one in kind]
            return "either " + " or ".join(kinds) if within else "; or ".join(kinds)
        return "any value"


def _first(schema: dict[str, Any], key: str) -> Any:
    """A key's value in the first of a schema's options that has it."""
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        if option.get(key):
            return option[key]
    return None


def _count(schema: dict[str, Any], low_key: str, high_key: str, noun: str) -> str:
    low, high = schema.get(low_key, 0), schema.get(high_key)
    if high is None:
        return f"at least {low} {noun}s" if low else f"any number of {noun}s"
    if low == high:
        return f"exactly {high} {noun}{'' if high == 1 else 's'}"
    plural = f"{noun}{'' if high == 1 else 's'}"
    return f"{low} to {high} {plural}" if low else f"up to {high} {plural}"


def _range(schema: dict[str, Any]) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def _json(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."
