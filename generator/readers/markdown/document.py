"""The OpenAPI 3.1 document of prose API docs, from their outline.

Sections with the same METHOD and path are one operation whose body has several
shapes; each shape becomes a client method through ``x-clientgen-methods``. The
OAuth2 token endpoint becomes the security scheme, not an operation.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import yaml

from generator.readers.base import Document
from generator.readers.common.samples import finalize, infer_schema, merge_schemas
from generator.readers.markdown.call_sections import fold_call_sections
from generator.readers.markdown.lines import Reference
from generator.readers.markdown.names import (
    method_name,
    nouns,
    object_key,
    openapi_path,
    operation_id,
    pascal,
    title,
    verb,
)
from generator.readers.markdown.outline import ObjectDef, Outline, Section, Shape
from generator.readers.markdown.path_items import add_path_item_parameters
from generator.readers.markdown.schemas import Schema, SchemaMaker
from generator.readers.markdown.tables import Notes, Row, Table
from generator.readers.markdown.typescript import NAMELESS_MEMBERS
from generator.yamlsource import FastLoader

JSON = "application/json"
AUTH_SCHEME = "oauth2"
# grant_type value the docs name -> OpenAPI OAuth flow (both need only a token URL).
GRANT_FLOWS: dict[str, str] = {"client_credentials": "clientCredentials", "password": "password"}
PARAMETER_ROLES = ("path", "query", "header", "cookie")
SCHEMA_REF = "#/components/schemas/"
_SCHEMA_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
# Where a token endpoint's grant_type may be documented.
REQUEST_ROLES = ("body", "query")

_BASIC_AUTH = re.compile(r"\bbasic auth|\bhttp basic\b", re.IGNORECASE)


def build_document(
    outline: Outline,
    notes: Notes,
    title: str,
    servers: list[str],
    schemes: dict[str, Schema] | None = None,
    shown: dict[str, Schema] | None = None,
) -> Document:
    """``schemes``: security schemes the docs state outside endpoint sections; ``shown``:
    what their examples send, used only when nothing is stated (a token endpoint is)."""
    names = _schema_names(outline.objects)
    exact = {obj.name: names[key] for key, obj in outline.objects.items() if obj.name}
    maker = SchemaMaker(names, notes, exact)
    schemas = {names[key]: _object(maker, obj) for key, obj in outline.objects.items()}
    tokens = [section for section in outline.sections if _is_token_endpoint(section)]
    operations = _Operations(maker, notes, outline.objects)
    paths = operations.paths([s for s in outline.sections if not _is_token_endpoint(s)])
    add_path_item_parameters(paths, outline.parameters, notes)
    document: Document = {"openapi": "3.1.0", "info": _info(title, outline)}
    if servers:
        document["servers"] = [{"url": url} for url in servers]
    components: dict[str, Any] = {"schemas": schemas} if schemas else {}
    security = dict(schemes or {})
    if not security and not tokens:
        security = dict(shown or {})
    if tokens:
        security = {AUTH_SCHEME: _security_scheme(tokens[0]), **security}
    if security:
        components["securitySchemes"] = security
        document["security"] = [{name: []} for name in security]
    for extra in tokens[1:]:
        notes.warn(extra.line, "a second token endpoint is ignored")
    tags = [{"name": tag, **_described(outline.groups.get(tag, []))} for tag in operations.tags]
    if tags:
        document["tags"] = tags
    document["paths"] = paths
    if components:
        document["components"] = components
    _drop_dangling_refs(document, set(schemas), notes)
    return document


def _schema_names(objects: dict[str, ObjectDef]) -> dict[str, str]:
    """Object key -> component name: the name a schema chapter gives, else from the key."""
    names: dict[str, str] = {}
    for key, obj in objects.items():
        base = _SCHEMA_NAME_CHARS.sub("_", obj.name) if obj.name else pascal(key)
        name, counter = base or "Object", 2
        while name in names.values():
            name, counter = f"{base}{counter}", counter + 1
        names[key] = name
    return names


def _with_enums(schema: Schema, enums: dict[str, list[str]]) -> Schema:
    """Listed values become ``enum`` on the string or number fields they name (any depth)."""
    if not enums:
        return schema
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if name in enums and isinstance(prop, dict):
                    _set_enum(prop, enums[name])
            stack.extend(v for k, v in node.items() if k != "enum")
    return schema


def _set_enum(schema: Schema, values: list[str]) -> None:
    target = schema.get("items") if schema.get("type") == "array" else schema
    if not isinstance(target, dict) or "enum" in target or "$ref" in target:
        return
    kind = target.get("type")
    if kind in ("integer", "number"):
        try:
            target["enum"] = [float(v) if kind == "number" else int(v) for v in values]
        except ValueError:
            return
    elif kind == "string" or kind is None:
        target["enum"] = list(dict.fromkeys(values))


def _object(maker: SchemaMaker, obj: ObjectDef) -> Schema:
    return _with_enums(_object_schema(maker, obj), obj.enums)


def _object_schema(maker: SchemaMaker, obj: ObjectDef) -> Schema:
    if obj.schema is not None and not obj.rows:
        schema = dict(obj.schema)
        if obj.description:
            schema.setdefault("description", obj.description)
        return schema
    if obj.root_type:
        return maker.rooted(obj.rows, obj.root_type, obj.description)
    inferred = _from_samples(obj.samples) if obj.samples else None
    if not obj.rows and inferred is not None:
        return {**inferred, **_described([obj.description] if obj.description else [])}
    schema = maker.object_schema(obj.rows, obj.description)
    if inferred is not None:
        _add_sampled_fields(schema, inferred, "the schema's example")
    return schema


def _add_sampled_fields(schema: Schema, sampled: Schema, source: str) -> None:
    """Fields the example shows and the stated schema does not list: widdershins lists only
    a schema's own fields when it composes others, openapi-to-md prints only an object's
    own properties beside its ``allOf``; the example has them all."""
    listed = schema.setdefault("properties", {})
    for name, prop in sampled.get("properties", {}).items():
        if name not in listed and not _PLACEHOLDER_KEY.match(name):
            kind = prop.get("type", "any")
            value = " or ".join(kind) if isinstance(kind, list) else str(kind)
            evidence = {"value": value, "confidence": 0.6, "evidence": [source]}
            listed[name] = {**prop, "x-clientgen-inferred": {"type": evidence}}
    if not listed:
        del schema["properties"]


def _add_example_fields(schema: Schema, sampled: Schema, source: str) -> None:
    """A stated object with fields (or array of them) gains the fields its example adds;
    so do array items stated as nothing (openapi-to-md prints ``[]`` for an array of
    objects without a ``type``) and an object whose members lost their names (``{ [] }``).
    An object stated without fields is free-form: its example's keys are values."""
    if schema.get("type") == "array" and sampled.get("type") == "array":
        if not isinstance(schema.get("items"), dict):
            return
        schema, sampled = schema["items"], sampled.get("items") or {}
    nameless = schema.get("additionalProperties") == NAMELESS_MEMBERS
    if schema and not schema.get("properties") and not nameless:
        return
    if isinstance(sampled.get("properties"), dict) and sampled["properties"]:
        schema.setdefault("type", "object")
        _add_sampled_fields(schema, sampled, source)


def _from_samples(samples: list[str]) -> Schema | None:
    """One schema for example payloads (JSON, else YAML); None when none parses."""
    values = [value for text in samples if (value := parse_sample(text)) is not _NOTHING]
    if not values:
        return None
    schema = infer_schema(values[0])
    for value in values[1:]:
        schema = merge_schemas(schema, infer_schema(value))
    return _maps(finalize(schema), 0)


def _maps(schema: Schema, depth: int) -> Schema:
    """Objects whose keys are all ``property1``, ``property2``... are maps (widdershins'
    way of showing additionalProperties in examples)."""
    if depth > 32 or not isinstance(schema, dict):
        return schema
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        if all(_PLACEHOLDER_KEY.match(name) for name in properties):
            rest = {k: v for k, v in schema.items() if k not in ("properties", "required")}
            return {
                **rest,
                "additionalProperties": _maps(next(iter(properties.values())), depth + 1),
            }
        schema["properties"] = {n: _maps(p, depth + 1) for n, p in properties.items()}
    if isinstance(schema.get("items"), dict):
        schema["items"] = _maps(schema["items"], depth + 1)
    return schema


_NOTHING = object()
MAX_SAMPLE_DEPTH = 64
MAX_SAMPLE_CHARS = 2_000_000
# widdershins shows a map's entries as property1, property2.
_PLACEHOLDER_KEY = re.compile(r"^property\d+$")


def parse_sample(text: str) -> Any:
    """An example's value (JSON, else YAML), or ``_NOTHING``; an example nested deeper
    than any schema is read as nothing (no parser recursion on hostile input)."""
    if len(text) > MAX_SAMPLE_CHARS or _nesting(text) > MAX_SAMPLE_DEPTH:
        return _NOTHING
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        value = yaml.load(text, Loader=FastLoader)  # limited: an example may be an alias bomb
    except (yaml.YAMLError, RecursionError):
        return _NOTHING
    return value if isinstance(value, (dict, list)) else _NOTHING


def _nesting(text: str) -> int:
    """The deepest bracket or indentation nesting of a sample, roughly (strings counted)."""
    depth = deepest = 0
    for char in text:
        if char in "{[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "}]":
            depth -= 1
    indents = (len(line) - len(line.lstrip(" ")) for line in text.splitlines())
    return max(deepest, max(indents, default=0) // 2)


def _drop_dangling_refs(document: Document, defined: set[str], notes: Notes) -> None:
    """A reference to a schema the docs never define becomes an open schema (a warning)."""
    stack: list[Any] = [document.get("paths"), document.get("components")]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.removeprefix(SCHEMA_REF) not in defined:
                node.pop("$ref")
                notes.warn(1, f"reference to an undefined schema {ref!r} left open")
            stack.extend(node.values())


def _info(title: str, outline: Outline) -> dict[str, Any]:
    return {"title": title, "version": "0.0.0", **_described(outline.intro)}


def _described(lines: list[str]) -> dict[str, str]:
    return {"description": " ".join(lines)} if lines else {}


def _is_token_endpoint(section: Section) -> bool:
    return any(row.name == "grant_type" for row in section.rows(*REQUEST_ROLES))


def _security_scheme(section: Section) -> Schema:
    rows = section.rows(*REQUEST_ROLES)
    text = " ".join([*section.description, *(row.description for row in rows)])
    flow = next((GRANT_FLOWS[grant] for grant in GRANT_FLOWS if grant in text), "clientCredentials")
    names = {row.name for row in rows}
    client_auth = "basic" if _BASIC_AUTH.search(text) or "client_id" not in names else "body"
    server, path = openapi_path(section.raw_path)[:2]
    scheme: Schema = {"type": "oauth2"}
    scheme.update(
        _described(
            [section.summary + ".", *section.description]
            if section.summary
            else section.description
        )
    )
    scheme["flows"] = {flow: {"tokenUrl": server + path, "scopes": {}}}
    scheme["x-clientgen-client-auth"] = client_auth
    return scheme


def _one(schemas: list[Schema], keyword: str) -> Schema:
    distinct = [s for index, s in enumerate(schemas) if s not in schemas[:index]]
    return distinct[0] if len(distinct) == 1 else {keyword: distinct}


class _Operations:
    def __init__(self, maker: SchemaMaker, notes: Notes, objects: dict[str, ObjectDef]) -> None:
        self.maker = maker
        self.notes = notes
        self.objects = objects
        self.taken: set[str] = set()
        self.tags: list[str] = []

    def paths(self, sections: list[Section]) -> dict[str, Any]:
        grouped: dict[tuple[str, str], list[Section]] = {}
        for section in fold_call_sections(sections):
            key = (openapi_path(section.raw_path)[1], section.method)
            grouped.setdefault(key, []).append(section)
        paths: dict[str, Any] = {}
        for (path, method), shapes in grouped.items():
            for keyed, group in _dispatched(path, shapes).items():
                paths.setdefault(keyed, {})[method.lower()] = self._operation(keyed, group)
        return paths

    def _operation(self, path: str, shapes: list[Section]) -> Schema:
        first = shapes[0]
        tag = first.tag or (title(nouns(path)[-1]) if nouns(path) else "Default")
        if tag not in self.tags:
            self.tags.append(tag)
        action = verb(first.summary, first.method, path)
        operation: Schema = {"tags": [tag], "operationId": operation_id(action, path, self.taken)}
        if first.summary:
            operation["summary"] = first.summary
        description = "\n\n".join(" ".join(s.description) for s in shapes if s.description)
        if description:
            operation["description"] = description
        parameters = self._parameters(path, shapes)
        if parameters:
            operation["parameters"] = parameters
        bodies = [self._part_schema(shape, "body", "") for shape in shapes]
        present = [body for body in bodies if body is not None]
        if present:
            content = {JSON: {"schema": _one(present, "oneOf")}}
            operation["requestBody"] = {"required": True, "content": content}
        answers = [self._responses(shape) for shape in shapes]
        operation["responses"] = _merged_responses(answers)
        if len(shapes) > 1:
            operation["x-clientgen-methods"] = self._methods(path, shapes, bodies, answers)
        operation["x-clientgen-source"] = {"file": self.notes.source, "line": first.line}
        return operation

    def _part_schema(self, shape: Section, role: str, status: str) -> Schema | None:
        schema = self._stated_schema(shape, role, status)
        return _with_enums(schema, shape.enums) if schema is not None else None

    def _stated_schema(self, shape: Section, role: str, status: str) -> Schema | None:
        schemas = [self._item_schema(item) for item in shape.parts.get((role, status), [])]
        if not any(_says_something(schema) for schema in schemas):
            pointed = shape.pointed.get((role, status))
            return (
                self._sample_schema(shape, role, status)
                or (self._item_schema(pointed) if pointed else None)
                or (schemas[0] if schemas else None)
            )
        schema = schemas[0] if len(schemas) == 1 else {"allOf": schemas}
        samples = shape.samples.get((role, status))
        sampled = _from_samples(samples) if samples else None
        if sampled is not None:
            _add_example_fields(schema, sampled, f"the {role}'s example")
        return schema

    def _sample_schema(self, shape: Section, role: str, status: str) -> Schema | None:
        """Example payloads when the docs state no schema (the sample of a call too)."""
        samples = list(shape.samples.get((role, status), []))
        if role == "body" and not samples and shape.method not in ("GET", "HEAD"):
            samples = [call.body for call in shape.calls if call.body]
        schema = _from_samples(samples) if samples else None
        if schema is not None:
            self.notes.note(
                shape.line, f"{role} {status} schema inferred from its example".replace("  ", " ")
            )
        return schema

    def _item_schema(self, item: Table | Reference | Shape) -> Schema:
        if isinstance(item, Reference):
            return self.maker.reference(item.name, item.many, item.line)
        if isinstance(item, Shape):
            return copy.deepcopy(item.schema)
        if item.root_type:
            return self.maker.rooted(item.rows, item.root_type)
        return self.maker.object_schema(item.rows)

    def _responses(self, shape: Section) -> dict[str, Schema | None]:
        statuses = [status for role, status in shape.parts if role == "response"]
        statuses += [s for role, s in shape.samples if role == "response" and s not in statuses]
        statuses = [status for status in statuses if status] or statuses
        if not statuses:
            self.notes.note(shape.line, "no response documented; 200 without a body assumed")
            return {"200": None}
        return {
            status or "200": self._part_schema(shape, "response", status) for status in statuses
        }

    def _methods(
        self,
        path: str,
        shapes: list[Section],
        bodies: list[Schema | None],
        answers: list[dict[str, Schema | None]],
    ) -> list[Schema]:
        methods: list[Schema] = []
        for shape, body, answer in zip(shapes, bodies, answers, strict=True):
            used = {str(method["name"]) for method in methods}
            method: Schema = {"name": self._method_name(shape, body, path, used)}
            if shape.summary:
                method["summary"] = shape.summary
            # Copies: one node per place, so an override of one does not change both.
            if body is not None:
                method["requestBody"] = copy.deepcopy(body)
            response = next((schema for schema in answer.values() if schema is not None), None)
            if response is not None:
                method["response"] = copy.deepcopy(response)
            methods.append(method)
        return methods

    def _method_name(self, shape: Section, body: Schema | None, path: str, used: set[str]) -> str:
        """The heading's verb; a clash goes to the shape whose body wraps an array (a batch)."""
        name = method_name(shape.summary, shape.method, path)
        if name not in used:
            return name
        wraps_array = any(
            prop.get("type") == "array" for prop in (body or {}).get("properties", {}).values()
        )
        if wraps_array and f"batch_{name}" not in used:
            return f"batch_{name}"
        self.notes.warn(
            shape.line,
            f"two body shapes would both be '{name}'",
            "set x-clientgen-methods names in overrides",
        )
        return f"{name}_{len(used) + 1}"

    def _parameters(self, path: str, shapes: list[Section]) -> list[Schema]:
        _, _, path_names, query_names = openapi_path(shapes[0].raw_path)
        fixed = openapi_path(path)[3]  # "/rest?method=a": fixed by the path, no parameter
        query_names = [name for name in query_names if name not in fixed]
        found: dict[tuple[str, str], Schema] = {}
        for shape in shapes:
            for role in PARAMETER_ROLES:
                for row in shape.rows(role):
                    # an In column is believed: a query parameter may share a path name
                    place = "path" if row.name in path_names and not row.place else role
                    found.setdefault((place, row.name), self._parameter(row, place))
                for name, schema, required in _shape_members(shape, role):
                    # openapi-to-md's "Parameters(Query)" blocks never hold path parameters
                    found.setdefault((role, name), _shape_parameter(name, role, schema, required))
        for name in path_names:
            if ("path", name) not in found:
                found[("path", name)] = self._path_parameter(name, shapes)
        for name in query_names:
            found.setdefault(
                ("query", name), {"name": name, "in": "query", "schema": {"type": "string"}}
            )
        for shape in shapes:
            for (_, name), parameter in found.items():
                if name in shape.enums:
                    _set_enum(parameter["schema"], shape.enums[name])
        in_path = [found.pop(("path", name)) for name in path_names]
        return in_path + list(found.values())

    def _parameter(self, row: Row, place: str) -> Schema:
        schema = self.maker.field(row)
        description = schema.pop("description", "")
        schema.pop("readOnly", None)
        parameter: Schema = {
            "name": row.name,
            "in": place,
            "required": place == "path" or bool(row.required),
        }
        if description:
            parameter["description"] = description
        parameter["schema"] = schema
        return parameter

    def _path_parameter(self, name: str, shapes: list[Section]) -> Schema:
        """A path parameter the docs describe only as a body field of the same name."""
        row = next(
            (row for shape in shapes for row in self._body_rows(shape) if row.name == name), None
        )
        if row is not None:
            return self._parameter(row, "path")
        self.notes.note(shapes[0].line, f"path parameter '{name}' is undocumented: a string")
        return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}

    def _body_rows(self, shape: Section) -> Iterator[Row]:
        for item in shape.parts.get(("body", ""), []):
            if isinstance(item, Table):
                yield from item.rows
            elif isinstance(item, Reference) and object_key(item.name) in self.objects:
                yield from self.objects[object_key(item.name)].rows


def _dispatched(path: str, shapes: list[Section]) -> dict[str, list[Section]]:
    """Endpoint lines of one method and path that differ in a fixed query value
    (``/rest?method=flickr.a``, ``/rest?method=flickr.b``) are distinct operations, keyed
    by the path with that query as the docs write it; otherwise the shapes of one."""
    fixed = [_fixed_query(shape.raw_path) for shape in shapes]
    if len(set(fixed)) < 2:
        return {path: shapes}
    keyed: dict[str, list[Section]] = {}
    for shape, query in zip(shapes, fixed, strict=True):
        keyed.setdefault(f"{path}?{query}" if query else path, []).append(shape)
    return keyed


def _fixed_query(raw_path: str) -> str:
    """The ``name=value`` pairs of a path's query whose value is no template."""
    query = raw_path.partition("?")[2]
    pairs = [pair for pair in query.split("&") if "=" in pair]
    return "&".join(pair for pair in pairs if pair.partition("=")[2] and "{" not in pair)


def _merged_responses(answers: list[dict[str, Schema | None]]) -> dict[str, Any]:
    statuses = [status for answer in answers for status in answer]
    responses: dict[str, Any] = {}
    for status in dict.fromkeys(statuses):
        schemas = [s for answer in answers if (s := answer.get(status)) is not None]
        response: Schema = {"description": _phrase(status)}
        if schemas:
            response["content"] = {JSON: {"schema": _one(schemas, "anyOf")}}
        responses[status] = response
    return responses


def _phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Response"


def _shape_members(shape: Section, role: str) -> Iterator[tuple[str, Schema, bool]]:
    """(name, schema, required) of the parameters a code block lists for ``role``."""
    for (kind, _), items in shape.parts.items():
        if kind != role:
            continue
        for item in items:
            if isinstance(item, Shape):
                required = set(item.schema.get("required", []))
                for name, schema in item.schema.get("properties", {}).items():
                    yield name, schema, name in required


def _shape_parameter(name: str, place: str, schema: Schema, required: bool) -> Schema:
    schema = copy.deepcopy(schema)
    description = schema.pop("description", "")
    parameter: Schema = {"name": name, "in": place, "required": place == "path" or required}
    if description:
        parameter["description"] = description
    parameter["schema"] = schema
    return parameter


def _says_something(schema: Schema) -> bool:
    """Whether a schema states more than a description (openapi-to-md prints an
    empty block, or a pointer into another schema, where it cannot render one)."""
    return any(
        key in schema
        for key in ("type", "properties", "items", "$ref", "allOf", "anyOf", "oneOf", "enum")
    )
