"""JSON Schemas from field-table rows: type words, description words, object references.

Prose docs type fields loosely ("String", "Object") or not at all, so the type
word is read through the shared table and then refined from the description:
"A valid contact object" is a ``$ref``, "Whether ..." a boolean, "ISO 8601" a
date-time. Every such guess is recorded in ``x-clientgen-inferred`` and as a
diagnostic, so a report and overrides can see it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.readers.common.type_words import schema_for_type_word
from generator.readers.markdown.names import object_key
from generator.readers.markdown.tables import Notes, Row, is_array_type, linked_type

Schema = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    """A description (or field name) pattern that implies a schema."""

    pattern: re.Pattern[str]
    schema: Schema
    confidence: float
    on_name: bool = False

    def search(self, row: Row) -> re.Match[str] | None:
        return self.pattern.search(row.name if self.on_name else row.description)

    def evidence(self, row: Row) -> str:
        match = self.search(row)
        if match is None or not self.pattern.pattern:
            return "no type given"
        return f"{'name' if self.on_name else 'description'} says {match.group(0)!r}"


def _rule(pattern: str, schema: Schema, confidence: float, on_name: bool = False) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), schema, confidence, on_name)


COUNT_RULE = _rule(
    r"^(?:the )?(?:total )?(?:number|count|amount) of\b|^how many\b", {"type": "integer"}, 0.7
)

# For fields without a (known) type word; the first match wins.
TYPE_RULES: tuple[Rule, ...] = (
    _rule(
        r"^(?:indicates |specifies |determines )?whether\b|^(?:true|false) (?:if|when)\b"
        r"|^if true\b|^flag\b",
        {"type": "boolean"},
        0.8,
    ),
    COUNT_RULE,
    _rule(r"^(?:an? |the )?(?:array|list) of\b", {"type": "array", "items": {}}, 0.8),
    _rule(r"\b(?:json object|dictionary|key[-/ ]value)\b", {"type": "object"}, 0.6),
    _rule(r"^(?:is|has|can|should|allow)_", {"type": "boolean"}, 0.6, on_name=True),
    _rule(r"(?:^|_)(?:count|total)$", {"type": "integer"}, 0.6, on_name=True),
)

# For string fields, typed or not; the first match wins.
FORMAT_RULES: tuple[Rule, ...] = (
    _rule(r"\byyyy-mm-dd\b(?!\s*[t ]\s*hh)", {"type": "string", "format": "date"}, 0.8),
    _rule(
        r"\biso[ -]?8601\b|\brfc[ -]?3339\b|\btimestamp\b",
        {"type": "string", "format": "date-time"},
        0.8,
    ),
    _rule(r"\buuid(?:v\d)?\b", {"type": "string", "format": "uuid"}, 0.8),
    _rule(r"_at$", {"type": "string", "format": "date-time"}, 0.6, on_name=True),
)

# Type cells saying "no schema here" (widdershins: "Inline" is stated below, "None").
NO_TYPE_WORDS = frozenset({"inline", "none"})

NULL_RULE = _rule(
    r"\b(?:will|may|can|might|could) be null\b|\bnullable\b|\bor null\b", {"type": "null"}, 0.8
)
DEFAULT_STRING = Rule(re.compile(""), {"type": "string"}, 0.3)

_MANY_OBJECTS = re.compile(
    r"\b(?:array|list) of (?:valid )?(?P<name>[a-z]\w*(?: [a-z]\w*)?) objects\b", re.IGNORECASE
)
_ONE_OBJECT = re.compile(
    r"(?:\b(?:valid|see(?: the)?)|^an?|^the) (?P<name>[a-z]\w*(?: [a-z]\w*)?) object\b",
    re.IGNORECASE,
)
_ARRAY_ITEM_WORD = re.compile(r"\b(?:array|list) of (\w+)", re.IGNORECASE)


class SchemaMaker:
    """Builds schemas against the objects a document defines (key -> schema name)."""

    def __init__(
        self, objects: Mapping[str, str], notes: Notes, exact: Mapping[str, str] | None = None
    ) -> None:
        self.objects = objects
        self.notes = notes
        # Names a schema chapter gives verbatim ("CompleteUser") -> schema name.
        self.exact = {name.lower(): schema for name, schema in (exact or {}).items()}

    def lookup(self, words: str) -> str | None:
        """The schema name for object words ("contact", "valid contact", "contacts")."""
        if words.strip().lower() in self.exact:
            return self.exact[words.strip().lower()]
        key = object_key(words)
        candidates = (key, key.split(" ")[-1]) if key else ()
        return next((self.objects[c] for c in candidates if c in self.objects), None)

    def ref(self, words: str, line: int) -> Schema | None:
        name = self.lookup(words)
        if name is None:
            self.notes.warn(
                line,
                f"reference to an undefined object '{words}'",
                "define it in the docs or fix the schema in overrides",
            )
            return None
        return {"$ref": f"#/components/schemas/{name}"}

    def reference(self, words: str, many: bool, line: int) -> Schema:
        """The schema of a "See X object" / "An array of X objects" line."""
        target = self.ref(words, line) or {"type": "object"}
        return {"type": "array", "items": target} if many else target

    def object_schema(self, rows: Iterable[Row], description: str = "") -> Schema:
        schema: Schema = {"type": "object"}
        if description:
            schema["description"] = description
        for row in rows:
            self._place(schema, row)
        return schema

    def rooted(self, rows: Sequence[Row], root_type: str, description: str = "") -> Schema:
        """A schema whose own type a row states: its fields (if any) are its items'."""
        if rows:
            schema = self.object_schema(rows, description)
            if is_array_type(root_type):
                return {"type": "array", "items": schema}
            link = linked_type(root_type)
            if link is not None:  # allOf: the linked schema and the fields listed with it
                return {"allOf": [self._link(Row("", root_type, "", None, 0), *link), schema]}
            return schema
        schema = self._typed(Row("", root_type, "", None, 0))
        return {**schema, "description": description} if description else schema

    def field(self, row: Row) -> Schema:
        schema = self._typed(row)
        if NULL_RULE.search(row):
            schema = self._nullable(schema, row)
        inferred = schema.pop("x-clientgen-inferred", None)
        if row.description:
            schema["description"] = row.description
        if row.read_only:
            schema["readOnly"] = True
        if inferred:
            schema["x-clientgen-inferred"] = inferred
        return schema

    def _place(self, schema: Schema, row: Row) -> None:
        """Dotted names (``journey.template_id``) nest; ``items[].name`` nests in array items."""
        *parents, leaf = row.name.split(".")
        container = schema
        for parent in parents:
            name = parent.removesuffix("[]")
            child = container.setdefault("properties", {}).setdefault(name, {"type": "object"})
            if "$ref" in child or "anyOf" in child:
                # Fields listed under a linked schema state it in full.
                child.pop("$ref", None)
                child.pop("anyOf", None)
                child["type"] = "array" if parent.endswith("[]") else "object"
            if parent.endswith("[]"):
                child.update(type="array")
                child = child.setdefault("items", {"type": "object"})
            container = child
        if leaf == "additionalProperties":  # a map's values, as widdershins lists them
            values = self.field(row)
            values.pop("description", None)
            container["additionalProperties"] = values
            return
        properties = container.setdefault("properties", {})
        if leaf in properties and "properties" not in properties[leaf]:
            self.notes.warn(row.line, f"field '{row.name}' is listed twice; the last one is kept")
        nested = properties.get(leaf, {}).get("properties")
        properties[leaf] = self.field(row)
        if nested:
            properties[leaf].update(type="object", properties=nested)
        if row.required:
            container.setdefault("required", []).append(leaf)

    def _typed(self, row: Row) -> Schema:
        link = linked_type(row.type_word)
        if link is not None:
            return self._link(row, *link)
        given = _type_word(row.type_word)
        if row.type_word and given is None and row.type_word.lower() not in NO_TYPE_WORDS:
            self.notes.warn(
                row.line,
                f"unknown type '{row.type_word}' for '{row.name}'",
                "add the word to generator/readers/type_words.py",
            )
        if given is None or given.get("type") in ("object", "array"):
            linked = self._linked(row, given)
            if linked is not None:
                return linked
        if given is None:
            return self._inferred(row, "type", (*TYPE_RULES, *FORMAT_RULES, DEFAULT_STRING))
        if given.get("type") == "string" and "format" not in given:
            return self._inferred(row, "format", FORMAT_RULES, given)
        if given == {"type": "number"}:
            # "Number" is the docs' word for any numeric field; "the number of" counts.
            return self._inferred(row, "type", (COUNT_RULE,), given)
        if given.get("type") == "array" and given.get("items") == {}:
            return self._with_items(given, row)
        return given

    def _link(self, row: Row, name: str, many: bool) -> Schema:
        """A type cell linking a schema by name (``[Pet](#schemapet)``)."""
        target = self.ref(name, row.line) or {"type": "object"}
        schema = {"type": "array", "items": target} if many else target
        if re.search(r"[¦|]\s*null\s*$", row.type_word):
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _linked(self, row: Row, given: Schema | None) -> Schema | None:
        """A ``$ref`` (or array of them) when the description names a defined object."""
        many = _MANY_OBJECTS.search(row.description)
        one = None if many else _ONE_OBJECT.search(row.description)
        match = many or one
        name = self.lookup(match.group("name")) if match else None
        if match is None or name is None:
            return None
        target: Schema = {"$ref": f"#/components/schemas/{name}"}
        linked = {"type": "array", "items": target} if many else target
        if given is None or given.get("type") != linked.get("type", "object"):
            self._record(linked, row, "type", 0.8, f"description says {match.group(0)!r}")
        return linked

    def _inferred(
        self, row: Row, what: str, rules: Iterable[Rule], base: Schema | None = None
    ) -> Schema:
        rule = next((rule for rule in rules if rule.search(row)), None)
        if rule is None:
            return dict(base or {})
        schema = copy.deepcopy({**(base or {}), **rule.schema})  # rules are shared
        if schema.get("type") == "array":
            schema = self._with_items(schema, row)
        self._record(schema, row, what, rule.confidence, rule.evidence(row))
        return schema

    def _with_items(self, schema: Schema, row: Row) -> Schema:
        word = _ARRAY_ITEM_WORD.search(row.description)
        items = schema_for_type_word(f"array of {word.group(1)}") if word else None
        return {**schema, "items": items["items"]} if items else schema

    def _nullable(self, schema: Schema, row: Row) -> Schema:
        if "$ref" in schema:
            nullable: Schema = {"anyOf": [schema, {"type": "null"}]}
        else:
            kind = schema.get("type", "string")
            nullable = {**schema, "type": [*(kind if isinstance(kind, list) else [kind]), "null"]}
        self._record(nullable, row, "nullable", NULL_RULE.confidence, NULL_RULE.evidence(row))
        return nullable

    def _record(
        self, schema: Schema, row: Row, what: str, confidence: float, evidence: str
    ) -> None:
        value = _describe(schema)
        inferred = schema.setdefault("x-clientgen-inferred", {})
        inferred[what] = {"value": value, "confidence": confidence, "evidence": [evidence]}
        self.notes.note(row.line, f"'{row.name}': {what} inferred as {value} ({evidence})")


def _type_word(word: str) -> Schema | None:
    """The schema for a type cell; "String (ISO 8601)" falls back to its first word."""
    if not word:
        return None
    return schema_for_type_word(word) or schema_for_type_word(word.split()[0].strip("(),"))


def _describe(schema: Schema) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_describe(member) for member in schema["anyOf"])
    if schema.get("type") == "array":
        return f"array of {_describe(schema.get('items', {})) or 'any'}"
    kind = schema.get("type", "")
    return str(schema.get("format") or (" or ".join(kind) if isinstance(kind, list) else kind))
