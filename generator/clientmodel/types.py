"""JSON Schema -> Python annotation, and the models that needs.

The one place where schema kinds map to Python types: a table for the
scalar (type, format) pairs, and one method per structural keyword. Objects
with properties become pydantic models (named from components, or hoisted from
inline schemas with a name derived from where they sit); other components
become type aliases. Enums are ``Literal`` types, wrapped in the runtime's
``tolerant`` marker inside models so an unknown value from a newer server does
not break a response, and left strict in request arguments.
"""

from __future__ import annotations

import re
from typing import Any

from generator.clientmodel.model import Field, ModelDef
from generator.clientmodel.naming import NameAllocator, class_name, field_name
from generator.clientmodel.pyliteral import py_literal
from generator.diagnostics import Diagnostic, warning
from generator.refs import escape_token, resolve_pointer, unescape_token

# (type, format) -> annotation; format None is the type's default.
SCALARS: dict[tuple[str, str | None], str] = {
    ("string", None): "str",
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "uuid"): "UUID",
    ("string", "binary"): "bytes",
    ("integer", None): "int",
    ("number", None): "float",
    ("boolean", None): "bool",
    ("null", None): "None",
}
# JSON Schema keyword -> pydantic Field keyword, for constraints worth checking client-side.
CONSTRAINTS: dict[str, str] = {
    "maxLength": "max_length",
    "minLength": "min_length",
    "maxItems": "max_length",
    "minItems": "min_length",
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
    "multipleOf": "multiple_of",
    "pattern": "pattern",
}
_COMBINATORS = ("oneOf", "anyOf")
# Names a models module defines or imports itself.
RESERVED_NAMES = {
    "Annotated",
    "Any",
    "BaseModel",
    "Field",
    "Literal",
    "UUID",
    "date",
    "datetime",
    "tolerant",
    "limits",
}
_NAME_TOKEN = re.compile(r"\b[A-Za-z_]\w*\b")


class TypeMapper:
    """Maps schemas to annotations, collecting the models they need as it goes."""

    def __init__(self, document: dict[str, Any], source: str, diagnostics: list[Diagnostic]):
        self.document = document
        self.source = source
        self.diagnostics = diagnostics
        self.models: dict[str, ModelDef] = {}
        self.deps: dict[str, set[str]] = {}
        self._names = NameAllocator(set(RESERVED_NAMES))
        self._by_ref: dict[str, str] = {}
        self._enum_refs: dict[str, str] = {}  # ref -> strict Literal, for request arguments
        self._building: list[str] = []

    # -- public -------------------------------------------------------------

    def annotation(self, schema: Any, hint: str, pointer: str, *, strict: bool = False) -> str:
        if not isinstance(schema, dict):
            return "Any"
        if "$ref" in schema:
            return self._ref(schema["$ref"], pointer, strict)
        if "const" in schema:
            return self._literal([schema["const"]], strict)
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._enum(schema, strict)
        for key in _COMBINATORS:
            if isinstance(schema.get(key), list) and schema[key]:
                members = [
                    self.annotation(
                        s, f"{hint}{i + 1}" if i else hint, f"{pointer}/{key}/{i}", strict=strict
                    )
                    for i, s in enumerate(schema[key])
                ]
                return self._union(members + self._null_if(schema))
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, hint, pointer, strict)
        return self._typed(schema, hint, pointer, strict)

    def model_names_in(self, annotation: str) -> set[str]:
        return {t for t in _NAME_TOKEN.findall(annotation) if t in self.models}

    def constraints(self, schema: Any) -> tuple[tuple[str, str], ...]:
        if not isinstance(schema, dict):
            return ()
        found = []
        for keyword, argument in CONSTRAINTS.items():
            value = schema.get(keyword)
            if value is None or isinstance(value, bool):
                continue
            if keyword == "pattern" and not _valid_pattern(value):
                continue
            if keyword in ("maxLength", "minLength", "maxItems", "minItems") and not isinstance(
                value, int
            ):
                continue
            if keyword in ("maxItems", "minItems") and schema.get("type") not in (
                "array",
                ["array"],
            ):
                continue
            if keyword in ("maxLength", "minLength", "pattern") and "string" not in _types(schema):
                continue
            if not isinstance(value, int | float | str):
                continue
            found.append((argument, py_literal(value)))
        return tuple(found)

    # -- structural keywords -----------------------------------------------

    def _ref(self, ref: str, pointer: str, strict: bool) -> str:
        if strict and ref in self._enum_refs:
            return self._enum_refs[ref]
        if ref in self._by_ref:
            self._depend(self._by_ref[ref])
            return self._by_ref[ref]
        try:
            target = resolve_pointer(self.document, ref)
        except (KeyError, IndexError, ValueError):
            self.diagnostics.append(
                warning(f"broken $ref {ref!r}; typed as Any", f"{self.source}#{pointer}")
            )
            return "Any"
        if not ref.startswith("#/components/schemas/") or not isinstance(target, dict):
            return self.annotation(
                target, class_name(ref.rsplit("/", 1)[-1]), ref[1:], strict=strict
            )
        name = self._names.allocate(class_name(unescape_token(ref.rsplit("/", 1)[-1])))
        self._by_ref[ref] = name
        self._define(name, target, ref[1:])
        if isinstance(target.get("enum"), list) and "$ref" not in target:
            self._enum_refs[ref] = self._enum(target, strict=True)
        self._depend(name)
        return self._enum_refs[ref] if strict and ref in self._enum_refs else name

    def _define(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        """Define ``name`` as a model (object schemas) or an alias (everything else)."""
        self._building.append(name)
        self.deps[name] = set()
        self.models[name] = ModelDef(name, "", pointer=pointer)  # placeholder for cycles
        try:
            if _is_object_model(schema):
                fields = self._fields(schema, name, pointer)
                self.models[name] = ModelDef(name, _description(schema), fields, pointer=pointer)
            else:
                alias = self.annotation(schema, name + "Item", pointer)
                self.models[name] = ModelDef(
                    name, _description(schema), alias_of=alias, pointer=pointer
                )
        finally:
            self._building.pop()

    def _all_of(self, schema: dict[str, Any], hint: str, pointer: str, strict: bool) -> str:
        parts = schema["allOf"]
        extra = {k: v for k, v in schema.items() if k not in ("allOf", "description", "title")}
        if len(parts) == 1 and not extra.get("properties"):
            return self._union(
                [
                    self.annotation(parts[0], hint, f"{pointer}/allOf/0", strict=strict),
                    *self._null_if(schema),
                ]
            )
        merged = self._merge_all_of(schema)
        if not _is_object_model(merged):
            return "Any"
        return self._inline_model(merged, hint, pointer)

    def _merge_all_of(self, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """One object schema holding the properties and requirements of every part."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        parts = [*schema.get("allOf", []), {k: v for k, v in schema.items() if k != "allOf"}]
        for part in parts:
            if isinstance(part, dict) and "$ref" in part and depth < 32:
                try:
                    part = resolve_pointer(self.document, part["$ref"])
                except (KeyError, IndexError, ValueError):
                    continue
            if not isinstance(part, dict):
                continue
            if "allOf" in part and depth < 32:
                part = self._merge_all_of(part, depth + 1)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += [
                r for r in part.get("required") or [] if r not in merged["required"]
            ]
            if part.get("description") and "description" not in merged:
                merged["description"] = part["description"]
            if "additionalProperties" in part:
                merged["additionalProperties"] = part["additionalProperties"]
        return merged

    def _typed(self, schema: dict[str, Any], hint: str, pointer: str, strict: bool) -> str:
        kinds = _types(schema)
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema:
                kinds = ["object"]
            elif "items" in schema:
                kinds = ["array"]
            else:
                return "Any"
        members = [self._one_type(kind, schema, hint, pointer, strict) for kind in kinds]
        return self._union(members)

    def _one_type(
        self, kind: str, schema: dict[str, Any], hint: str, pointer: str, strict: bool
    ) -> str:
        if kind == "array":
            items = schema.get("items")
            item = (
                self.annotation(items, hint + "Item", f"{pointer}/items", strict=strict)
                if items is not None
                else "Any"
            )
            return f"list[{item}]"
        if kind == "object":
            if _is_object_model(schema):
                return self._inline_model(schema, hint, pointer)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(
                    extra, hint + "Value", f"{pointer}/additionalProperties", strict=strict
                )
                return f"dict[str, {value}]"
            return "dict[str, Any]"
        fmt = schema.get("format")
        return SCALARS.get((kind, fmt)) or SCALARS.get((kind, None)) or "Any"

    def _inline_model(self, schema: dict[str, Any], hint: str, pointer: str) -> str:
        key = f"#inline{pointer}"
        if key in self._by_ref:
            self._depend(self._by_ref[key])
            return self._by_ref[key]
        name = self._names.allocate(class_name(hint))
        self._by_ref[key] = name
        self._define(name, schema, pointer)
        self._depend(name)
        return name

    def _fields(self, schema: dict[str, Any], owner: str, pointer: str) -> tuple[Field, ...]:
        required = set(schema.get("required") or [])
        names = NameAllocator()
        fields = []
        for wire, prop in (schema.get("properties") or {}).items():
            prop = prop if isinstance(prop, dict) else {}
            python = names.allocate(field_name(str(wire)))
            where = f"{pointer}/properties/{escape_token(str(wire))}"
            annotation = self.annotation(prop, owner + class_name(str(wire)), where)
            is_required = wire in required
            default = self.default(prop, annotation)
            annotation = self._limited(annotation, self.constraints(prop))
            if not is_required and "None" not in split_union(annotation) and annotation != "Any":
                annotation = f"{annotation} | None"
            fields.append(
                Field(
                    name=python,
                    alias=str(wire),
                    type=annotation,
                    required=is_required,
                    description=_description(prop),
                    default=default,
                    read_only=bool(prop.get("readOnly")),
                    deprecated=bool(prop.get("deprecated")),
                )
            )
        return tuple(fields)

    @staticmethod
    def _limited(annotation: str, constraints: tuple[tuple[str, str], ...]) -> str:
        """Wrap in the runtime's ``limits``: checked when sending, not when reading a response."""
        if not constraints:
            return annotation
        members = split_union(annotation)
        base = " | ".join(m for m in members if m != "None")
        arguments = ", ".join(f"{k}={v}" for k, v in constraints)
        return f"Annotated[{base}, limits({arguments})]" + (" | None" if "None" in members else "")

    def default(self, schema: dict[str, Any], annotation: str) -> str | None:
        """The Python source of a scalar default that fits the annotation, else None."""
        if "default" not in schema:
            return None
        value = schema["default"]
        base = annotation.split(" | ")[0]
        fits = (
            (
                isinstance(value, str)
                and (
                    base == "str"
                    or (
                        base.startswith(("Literal", "Annotated[Literal"))
                        and repr(value)[1:-1] in base
                    )
                )
            )
            or (isinstance(value, bool) and base == "bool")
            or (isinstance(value, int) and not isinstance(value, bool) and base in ("int", "float"))
            or (isinstance(value, float) and base == "float")
        )
        return py_literal(value) if fits else None

    # -- small helpers ------------------------------------------------------

    def _enum(self, schema: dict[str, Any], strict: bool) -> str:
        values = list(schema["enum"])
        return self._literal(values + ([None] if "null" in _types(schema) else []), strict)

    def _literal(self, values: list[Any], strict: bool) -> str:
        plain = [v for v in values if v is not None]
        if not plain or not all(
            isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)) for v in plain
        ):
            kinds = {type(v) for v in plain}
            base = "bool" if kinds == {bool} else "float" if kinds <= {int, float} else "Any"
            return self._union([base] + (["None"] if None in values else []))
        unique = list(dict.fromkeys(plain))
        literal = f"Literal[{', '.join(py_literal(v) for v in unique)}]"
        if not strict:
            literal = f"Annotated[{literal}, tolerant]"
        return self._union([literal] + (["None"] if None in values else []))

    def _union(self, members: list[str]) -> str:
        flat: list[str] = []
        for member in members:
            for part in split_union(member):
                if part not in flat:
                    flat.append(part)
        if "Any" in flat:
            return "Any"
        if "None" in flat:  # None last reads best: `str | None`
            flat = [m for m in flat if m != "None"] + ["None"]
        return " | ".join(flat) or "Any"

    def _null_if(self, schema: dict[str, Any]) -> list[str]:
        return ["None"] if "null" in _types(schema) else []

    def _depend(self, name: str) -> None:
        if self._building:
            self.deps[self._building[-1]].add(name)


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return [kind]
    if isinstance(kind, list):
        return [k for k in kind if isinstance(k, str)]
    return []


def _is_object_model(schema: dict[str, Any]) -> bool:
    return (
        isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
        and (not _types(schema) or "object" in _types(schema))
    ) or (isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1)


def split_union(annotation: str) -> list[str]:
    """Top-level members of `A | B[C | D] | None`."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return [p for p in parts if p]


def _description(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    return text if isinstance(text, str) else ""


def _valid_pattern(pattern: Any) -> bool:
    if not isinstance(pattern, str):
        return False
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
