"""JSON Schema -> Python type (a `TypeNode`), and the models that needs.

The one place where schema kinds map to Python types: a table for the
scalar (type, format) pairs, and one method per structural keyword. Objects
with properties become pydantic models (named from components, or hoisted from
inline schemas with a name derived from where they sit); other components
become type aliases. Enums are ``Literal`` types, wrapped in the runtime's
``tolerant`` marker inside models so an unknown value from a newer server does
not break a response, and left strict in request arguments.

``allOf`` is flattened into one model (see `TypeMapper.object_shape` for why
not subclasses); a model requiring a field the server sets gets a request-only
shape (`TypeMapper.request_shape`); class names come from the module scope
(generator/clientmodel/scopes.py), so none hides a name the code uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any

from generator.clientmodel.model import Field, ModelDef
from generator.clientmodel.naming import NameAllocator, class_name, field_name
from generator.clientmodel.pyliteral import py_literal
from generator.clientmodel.scopes import Scope, module_names
from generator.clientmodel.typenode import (
    ANY,
    NONE,
    Constrained,
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    TypeNode,
    plain_name,
    union,
    with_none,
)
from generator.diagnostics import Diagnostic, warning
from generator.refs import escape_token, resolve_pointer, unescape_token

# (type, format) -> Python type; format None is the type's default.
SCALARS: dict[tuple[str, str | None], TypeNode] = {
    ("string", None): Named("str"),
    ("string", "date-time"): Named("datetime"),
    ("string", "date"): Named("date"),
    ("string", "uuid"): Named("UUID"),
    ("string", "binary"): Named("bytes"),
    ("integer", None): Named("int"),
    ("number", None): Named("float"),
    ("boolean", None): Named("bool"),
    ("null", None): NONE,
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
_MAX_ALL_OF_DEPTH = 64
# Schemas nested (or $ref chains) deeper than this are typed Any: no real API
# nests so deep, and Python's stack would not survive a hostile one.
MAX_NESTING = 64


class TypeMapper:
    """Maps schemas to annotations, collecting the models they need as it goes."""

    def __init__(self, document: dict[str, Any], source: str, diagnostics: list[Diagnostic]):
        self.document = document
        self.source = source
        self.diagnostics = diagnostics
        self.models: dict[str, ModelDef] = {}
        self.deps: dict[str, set[str]] = {}
        # Model and resource classes share module scope with the runtime's names.
        self.module_scope = Scope(
            "schema name", module_names(), diagnostics, source, lambda name: f"{name}Model"
        )
        self._by_ref: dict[str, str] = {}
        self._named: dict[str, TypeNode] = {}  # one node per model name, shared
        self.enum_aliases: dict[str, bool] = {}  # alias -> names an enum (lower.py asks)
        self._enum_refs: dict[str, TypeNode] = {}  # ref -> strict Literal, for request arguments
        self._building: list[str] = []
        self._request_variants: dict[str, str] = {}  # model -> its request-only shape
        self._depth = 0  # nesting of `annotation` calls, bounded by MAX_NESTING
        self._inline_shapes: dict[str, list[tuple[Any, str]]] = {}  # wanted name -> classes

    # -- public -------------------------------------------------------------

    def annotation(self, schema: Any, hint: str, pointer: str, *, strict: bool = False) -> TypeNode:
        if not isinstance(schema, dict):
            return ANY
        if self._depth >= MAX_NESTING:
            self.diagnostics.append(
                warning(
                    f"schemas nest deeper than {MAX_NESTING} levels here; typed as Any",
                    f"{self.source}#{pointer}",
                )
            )
            return ANY
        self._depth += 1
        try:
            return self._annotation(schema, hint, pointer, strict)
        finally:
            self._depth -= 1

    def _annotation(
        self, schema: dict[str, Any], hint: str, pointer: str, strict: bool
    ) -> TypeNode:
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
                return union(*members, nullable=_nullable(schema))
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, hint, pointer, strict)
        return self._typed(schema, hint, pointer, strict)

    def request_shape(self, annotation: TypeNode) -> TypeNode:
        """``annotation`` as a request sends it: every model that requires a field the
        server sets (``readOnly``), itself or through the models it holds, replaced by
        its request variant, ``<Name>Input``, which leaves the server's fields out.

        A response keeps ``id: int`` required; a request cannot send it at all. One
        model cannot be both, so such models get a second, request-only shape
        (as pydantic names the two sides of one model ``-Input`` and ``-Output``).
        Models without such fields are shared by both sides.
        """
        names = self.model_names_in(annotation)
        reachable: set[str] = set()
        stack = list(names)
        while stack:
            name = stack.pop()
            if name not in reachable and name in self.models:
                reachable.add(name)
                stack.extend(self.deps.get(name, ()))
        needing = {
            name
            for name in reachable
            if any(f.read_only and f.required for f in self.models[name].fields)
        }
        changed = True
        while changed:  # whatever holds a model that needs a variant needs one too
            grown = {n for n in reachable - needing if self.deps.get(n, set()) & needing}
            changed = bool(grown)
            needing |= grown
        order = {name: index for index, name in enumerate(self.models)} if needing else {}
        needing_in_order = sorted(needing, key=order.__getitem__)
        for name in needing_in_order:
            if name not in self._request_variants:
                self._request_variants[name] = self.module_scope.allocate(
                    f"{name}Input", self.models[name].pointer
                )
        for name in needing_in_order:
            self._define_request_variant(name)
        return annotation.rename(self._request_variants) if needing else annotation

    @property
    def request_variants(self) -> dict[str, str]:
        """Model -> its request-only shape, for the models that have one."""
        return self._request_variants

    def _define_request_variant(self, name: str) -> None:
        variant = self._request_variants[name]
        if variant in self.models:
            return
        model = self.models[name]
        renames = self._request_variants
        sent = "as sent: without the fields the server sets (readOnly)."
        description = (
            f"{model.description}\n\n{sent.capitalize()}" if model.description else f"{name} {sent}"
        )
        self.models[variant] = ModelDef(
            variant,
            description,
            tuple(
                replace(f, annotation=f.annotation.rename(renames))
                for f in model.fields
                if not f.read_only
            ),
            None if model.alias is None else model.alias.rename(renames),
            model.pointer,
        )
        self.deps[variant] = {renames.get(d, d) for d in self.deps.get(name, ())}

    def recursive_alias(self, name: str) -> bool:
        """Whether an alias refers back to itself through aliases only (see order.py)."""
        if self.models.get(name, ModelDef(name, "")).alias is None:
            return False
        seen: set[str] = set()
        stack = list(self.deps.get(name, ()))
        while stack:
            dep = stack.pop()
            if dep == name:
                return True
            if dep not in seen and self.models.get(dep, ModelDef(dep, "")).alias is not None:
                seen.add(dep)
                stack.extend(self.deps.get(dep, ()))
        return False

    def model_names_in(self, annotation: TypeNode) -> set[str]:
        return {name for name in annotation.names() if name in self.models}

    def constraints(self, schema: Any) -> tuple[tuple[str, str], ...]:
        if not isinstance(schema, dict) or schema.keys().isdisjoint(CONSTRAINTS):
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

    def _ref(self, ref: str, pointer: str, strict: bool) -> TypeNode:
        if strict and ref in self._enum_refs:
            return self._enum_refs[ref]
        if ref in self._by_ref:
            self._depend(self._by_ref[ref])
            return self._name(self._by_ref[ref])
        try:
            target = resolve_pointer(self.document, ref)
        except (KeyError, IndexError, ValueError):
            self.diagnostics.append(
                warning(f"broken $ref {ref!r}; typed as Any", f"{self.source}#{pointer}")
            )
            return ANY
        if not ref.startswith("#/components/schemas/") or not isinstance(target, dict):
            return self.annotation(
                target, class_name(ref.rsplit("/", 1)[-1]), ref[1:], strict=strict
            )
        name = self.module_scope.allocate(
            class_name(unescape_token(ref.rsplit("/", 1)[-1])), ref[1:]
        )
        self._by_ref[ref] = name
        self._define(name, target, ref[1:])
        if isinstance(target.get("enum"), list) and "$ref" not in target:
            self._enum_refs[ref] = self._enum(target, strict=True)
        self._depend(name)
        return self._enum_refs[ref] if strict and ref in self._enum_refs else self._name(name)

    def _define(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        """Define ``name`` as a model (object schemas) or an alias (everything else)."""
        self._building.append(name)
        self.deps[name] = set()
        self.models[name] = ModelDef(name, "", pointer=pointer)  # placeholder for cycles
        try:
            shape = self.object_shape(schema, pointer) if _composes(schema) else None
            if shape is not None and shape.properties:
                fields = self._fields(shape, name)
                description = _description(schema) or shape.description
                self.models[name] = ModelDef(name, description, fields, pointer=pointer)
            else:
                alias = (
                    self._all_of_alias(schema, name + "Item", pointer)
                    if "allOf" in schema
                    else self.annotation(schema, name + "Item", pointer)
                )
                itself = Named(name)
                if itself in alias.members and (len(alias.members) > 1 or alias.nullable):
                    rest = (m for m in alias.members if m != itself)  # A = A | B is B
                    alias = union(*rest, nullable=alias.nullable)
                    self.deps[name].discard(name)
                self.models[name] = ModelDef(
                    name, _description(schema), alias=alias, pointer=pointer
                )
        finally:
            self._building.pop()

    def _all_of(self, schema: dict[str, Any], hint: str, pointer: str, strict: bool) -> TypeNode:
        shape = self.object_shape(schema, pointer)
        if shape.properties and (len(schema["allOf"]) > 1 or schema.get("properties")):
            return self._inline_model(schema, hint, pointer)
        return self._all_of_alias(schema, hint, pointer, strict)

    def _all_of_alias(
        self, schema: dict[str, Any], hint: str, pointer: str, strict: bool = False
    ) -> TypeNode:
        """An ``allOf`` that adds no properties: the type of its one typed part (the
        common ``allOf: [$ref]`` beside a description), else any JSON object."""
        parts = [p for p in schema.get("allOf") or () if isinstance(p, dict) and _typed_part(p)]
        if len(parts) == 1:
            index = schema["allOf"].index(parts[0])
            member = self.annotation(parts[0], hint, f"{pointer}/allOf/{index}", strict=strict)
            return union(member, nullable=_nullable(schema))
        return DictOf(ANY) if parts else ANY

    def object_shape(self, schema: Any, pointer: str) -> ObjectShape:
        """The properties and requirements of an object schema, ``allOf`` parts merged in.

        Composition is flattened: a model composed of ``allOf`` parts gets every
        field of every part, rather than subclassing a model per part. ``allOf``
        is an intersection, not inheritance: a part may narrow a property another
        part declares (a type, an enum, optional made required), which a pydantic
        subclass can only express by overriding the field, and mypy --strict
        rejects such overrides; several ``$ref`` parts would need multiple
        inheritance of models whose fields conflict. Flattening is correct for
        every shape and keeps each model readable on its own. Each property keeps
        the pointer where it is declared, so a nested object declared in a part
        is one class however many schemas compose that part.
        """
        shape = ObjectShape()
        if isinstance(schema, dict):
            self._collect(schema, pointer, shape, frozenset({f"#{pointer}"}), 0, None)
        return shape

    def shape_of(self, schema: Any, pointer: str) -> ObjectShape:
        """`object_shape` of a schema or of the schema its ``$ref`` names."""
        for _ in range(_MAX_ALL_OF_DEPTH):
            if not (isinstance(schema, dict) and "$ref" in schema):
                break
            ref = str(schema["$ref"])
            try:
                schema, pointer = resolve_pointer(self.document, ref), ref[1:]
            except (KeyError, IndexError, ValueError):
                return ObjectShape()
        return self.object_shape(schema, pointer)

    def merged_properties(self, schema: Any) -> dict[str, Any]:
        """Wire name -> property schema of an object schema, ``allOf`` parts merged in."""
        return {wire: p[0] for wire, p in self.shape_of(schema, "").properties.items()}

    def _collect(
        self,
        schema: dict[str, Any],
        pointer: str,
        shape: ObjectShape,
        seen: frozenset[str],
        depth: int,
        owner: str | None,
    ) -> None:
        """Merge ``schema`` into ``shape``; ``owner`` is the component ref declaring it."""
        if depth > _MAX_ALL_OF_DEPTH:
            self.diagnostics.append(
                warning(
                    f"allOf nested deeper than {_MAX_ALL_OF_DEPTH} levels; the rest is ignored",
                    f"{self.source}#{pointer}",
                )
            )
            return
        for index, part in enumerate(schema.get("allOf") or ()):
            where = f"{pointer}/allOf/{index}"
            if not isinstance(part, dict):
                continue
            if "$ref" in part:
                ref = str(part["$ref"])
                if ref in seen:
                    self.diagnostics.append(
                        warning(
                            f"allOf cycle: {ref!r} includes this schema again; ignored here",
                            f"{self.source}#{where}",
                        )
                    )
                    continue
                try:
                    target = resolve_pointer(self.document, ref)
                except (KeyError, IndexError, ValueError):
                    self.diagnostics.append(
                        warning(f"broken $ref {ref!r} in allOf; skipped", f"{self.source}#{where}")
                    )
                    continue
                if isinstance(target, dict):
                    named = ref if ref.startswith("#/components/schemas/") else owner
                    self._collect(target, ref[1:], shape, seen | {ref}, depth + 1, named)
            else:
                self._collect(part, where, shape, seen, depth + 1, owner)
        properties = schema.get("properties")
        for wire, prop in (properties if isinstance(properties, dict) else {}).items():
            where = f"{pointer}/properties/{escape_token(str(wire))}"
            shape.add(str(wire), prop if isinstance(prop, dict) else {}, where, owner)
        required = schema.get("required")
        for wire in required if isinstance(required, list) else ():
            if isinstance(wire, str) and wire not in shape.required:
                shape.required.append(wire)
        if not shape.description:
            shape.description = _description(schema)

    def _typed(self, schema: dict[str, Any], hint: str, pointer: str, strict: bool) -> TypeNode:
        kinds = _types(schema)
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema:
                kinds = ["object"]
            elif "items" in schema:
                kinds = ["array"]
            else:
                return ANY
        if len(kinds) == 1:  # most schemas: the union of one type is that type
            return self._one_type(kinds[0], schema, hint, pointer, strict)
        return union(*(self._one_type(kind, schema, hint, pointer, strict) for kind in kinds))

    def _one_type(
        self, kind: str, schema: dict[str, Any], hint: str, pointer: str, strict: bool
    ) -> TypeNode:
        if kind == "array":
            items = schema.get("items")
            item = (
                self.annotation(items, hint + "Item", f"{pointer}/items", strict=strict)
                if items is not None
                else ANY
            )
            return ListOf(item)
        if kind == "object":
            if _is_object_model(schema):
                return self._inline_model(schema, hint, pointer)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(
                    extra, hint + "Value", f"{pointer}/additionalProperties", strict=strict
                )
                return DictOf(value)
            return DictOf(ANY)
        fmt = schema.get("format")
        return SCALARS.get((kind, fmt)) or SCALARS.get((kind, None)) or ANY

    def _inline_model(self, schema: dict[str, Any], hint: str, pointer: str) -> TypeNode:
        key = f"#inline{pointer}"
        if key in self._by_ref:
            self._depend(self._by_ref[key])
            return self._name(self._by_ref[key])
        # The same inline schema under the same name (a body and its response both
        # declaring `voice_options`) is one class, not Name and Name2.
        wanted = class_name(hint)
        earlier = self._inline_shapes.setdefault(wanted, [])
        for other, name in earlier:
            if _same_schema(schema, other):
                self._by_ref[key] = name
                self._depend(name)
                return self._name(name)
        name = self.module_scope.allocate(wanted, pointer)
        self._by_ref[key] = name
        earlier.append((schema, name))
        self._define(name, schema, pointer)
        self._depend(name)
        return self._name(name)

    def _name(self, name: str) -> TypeNode:
        node = self._named.get(name)
        if node is None:
            node = self._named[name] = Named(name)
        return node

    def _fields(self, shape: ObjectShape, owner: str) -> tuple[Field, ...]:
        required = set(shape.required)
        names = NameAllocator()
        fields = []
        for wire, (prop, where, declared_by) in shape.properties.items():
            python = names.allocate(field_name(wire))
            # A nested object is named after the schema declaring it (NewPetOwner,
            # also inside Pet = allOf[NewPet, ...]).
            prefix = str(self._ref(declared_by, where, False)) if declared_by else owner
            annotation = self.annotation(prop, prefix + class_name(wire), where)
            is_required = wire in required
            default = self.default(prop, annotation)
            example = self.example(prop, annotation)
            annotation = _limited(annotation, self.constraints(prop))
            nullable = annotation.nullable or annotation is ANY
            if not is_required and not nullable:
                annotation = with_none(annotation)  # absent from a response reads as None
            fields.append(
                Field(
                    name=python,
                    alias=wire,
                    annotation=annotation,
                    required=is_required,
                    description=_description(prop),
                    default=default,
                    read_only=bool(prop.get("readOnly")),
                    deprecated=bool(prop.get("deprecated")),
                    nullable=nullable,
                    only=_only_value(prop),
                    example=example,
                )
            )
        return tuple(fields)

    def default(self, schema: dict[str, Any], annotation: TypeNode) -> str | None:
        """The Python source of a scalar default that fits the annotation, else None."""
        return self.scalar(schema, "default", annotation)

    def example(self, schema: dict[str, Any], annotation: TypeNode) -> str | None:
        """The Python source of the schema's scalar example, when it fits the annotation."""
        return self.scalar(schema, "example", annotation)

    def scalar(self, schema: dict[str, Any], key: str, annotation: TypeNode) -> str | None:
        if key not in schema or not annotation.members:
            return None
        value = schema[key]
        first = annotation.members[0]
        if isinstance(first, LiteralOf):
            return py_literal(value) if py_literal(value) in first.values else None
        base = plain_name(first)
        fits = (
            (isinstance(value, str) and base == "str")
            or (isinstance(value, bool) and base == "bool")
            or (isinstance(value, int) and not isinstance(value, bool) and base in ("int", "float"))
            or (isinstance(value, float) and base == "float")
        )
        return py_literal(value) if fits else None

    # -- small helpers ------------------------------------------------------

    def _enum(self, schema: dict[str, Any], strict: bool) -> TypeNode:
        values = list(schema["enum"])
        return self._literal(values + ([None] if _nullable(schema) else []), strict)

    def _literal(self, values: list[Any], strict: bool) -> TypeNode:
        plain = [v for v in values if v is not None]
        if not plain or not all(
            isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool)) for v in plain
        ):
            kinds = {type(v) for v in plain}
            base = (
                Named("bool")
                if kinds == {bool}
                else Named("float")
                if kinds <= {int, float}
                else ANY
            )
            return union(base, nullable=None in values)
        unique = tuple(dict.fromkeys(py_literal(v) for v in plain))
        return LiteralOf(unique, tolerant=not strict, nullable=None in values)

    def _depend(self, name: str) -> None:
        if self._building:
            self.deps[self._building[-1]].add(name)


def _limited(annotation: TypeNode, constraints: tuple[tuple[str, str], ...]) -> TypeNode:
    """Wrap in the runtime's ``limits``: checked when sending, not when reading a response."""
    if not constraints:
        return annotation
    base = union(*annotation.members)
    return Constrained(base, "limits", constraints, nullable=annotation.nullable)


def _nullable(schema: dict[str, Any]) -> bool:
    return "null" in _types(schema)


def _only_value(schema: dict[str, Any]) -> str | None:
    """The one string or integer a schema allows (``const``, or a one-value ``enum``)."""
    values = [schema["const"]] if "const" in schema else schema.get("enum")
    if not isinstance(values, list) or len(values) != 1:
        return None
    value = values[0]
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return py_literal(value)
    return None


def _same_schema(schema: dict[str, Any], other: dict[str, Any]) -> bool:
    """Equal schemas; a schema nesting too deep to compare (== recurses) is not
    worth deduplicating."""
    try:
        return schema == other
    except RecursionError:
        return False


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
    )


def _composes(schema: dict[str, Any]) -> bool:
    """Whether a schema is an object model candidate: own properties or ``allOf`` parts."""
    return _is_object_model(schema) or (
        isinstance(schema.get("allOf"), list) and bool(schema["allOf"])
    )


def _typed_part(part: dict[str, Any]) -> bool:
    """Whether an ``allOf`` part says what the value is (not only describes it)."""
    return any(k in part for k in ("$ref", "type", "enum", "const", "oneOf", "anyOf", "items"))


# Keywords that only describe a property: a part that repeats a property with
# only these refines the earlier declaration instead of replacing it.
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "readOnly",
        "writeOnly",
        "deprecated",
        "example",
        "examples",
        "default",
        "nullable",
        "externalDocs",
    }
)


@dataclass
class ObjectShape:
    """The merged view of an object schema: properties in declaration order, each with
    the pointer where it is declared, and the wire names that are required."""

    properties: dict[str, tuple[dict[str, Any], str, str | None]] = dataclass_field(
        default_factory=dict
    )
    required: list[str] = dataclass_field(default_factory=list)
    description: str = ""

    def add(self, wire: str, prop: dict[str, Any], pointer: str, owner: str | None) -> None:
        earlier = self.properties.get(wire)
        if earlier is not None and set(prop) <= _ANNOTATIONS:
            self.properties[wire] = ({**earlier[0], **prop}, earlier[1], earlier[2])
        else:
            self.properties[wire] = (prop, pointer, owner)


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
