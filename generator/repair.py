"""Repairs that let a real or recovered document validate, each one reported.

Real specs are rarely valid to the letter, and recovered documents carry the
scars of their source (a duplicate ``required`` entry, a ``DEFAULT`` response).
Refusing a whole API for one slip helps nobody, so the pipeline repairs the
document between reading and overrides. First the known slips, each converted
so that nothing it says is lost (a Swagger 2.0 parameter gets its schema,
``required: true`` on a property moves to its object); then whatever still
fails validation is dropped at its JSON pointer, the smallest part that makes
the rest valid. Every repair is a located warning and an entry in
``x-clientgen-repairs``, which ``clientgen report`` lists. Only what cannot
yield a client (no operation left) is refused, later, by the lowering.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import Diagnostic, warning
from generator.docindex import DocumentIndex, SchemaWalk
from generator.oas import HTTP_METHODS, SCHEMA_KEYS, iter_schemas, make_nullable, schema_roots
from generator.refs import (
    escape_token,
    follow_refs,
    ref_holders,
    resolve_pointer,
    site_pointer,
    unescape_token,
)
from generator.validate import Problems, documents_only, find_problems, findings

REPAIRS_KEY = "x-clientgen-repairs"
# Top-level keys a client cannot do without: repaired where known, never dropped.
_ESSENTIAL = frozenset({"openapi", "info", "paths"})
# Fallback rounds: each drops what failed; a drop can only expose problems deeper down.
_MAX_ROUNDS = 6
_PARAMETER_PLACES = frozenset({"query", "header", "path", "cookie"})
_JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
# Type words real specs write instead of JSON Schema's -> (type, format).
_TYPE_ALIASES: dict[str, tuple[str, str | None]] = {
    "int": ("integer", None),
    "int32": ("integer", "int32"),
    "int64": ("integer", "int64"),
    "long": ("integer", "int64"),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "decimal": ("number", None),
    "bool": ("boolean", None),
    "str": ("string", None),
    "text": ("string", None),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"),
    "uuid": ("string", "uuid"),
    "file": ("string", "binary"),
    "binary": ("string", "binary"),
    "map": ("object", None),
    "dict": ("object", None),
    "list": ("array", None),
}
# Swagger 2.0 parameter fields that 3.x keeps inside ``schema``.
_SWAGGER_SCHEMA_FIELDS = (
    *("type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum"),
    *("exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems"),
    *("uniqueItems", "multipleOf"),
)
# Swagger 2.0 collectionFormat -> (style, explode) for query, and for path/header.
_COLLECTION_FORMATS: dict[str, tuple[str, bool]] = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "tsv": ("form", False),
}
_STATUS = re.compile(r"^[1-5](?:\d\d|XX)$")
_STATUS_PREFIX = re.compile(r"^\s*([1-5]\d\d)\b")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_COMPONENT_REF = re.compile(
    r"^#/components/(responses|parameters|requestBodies|headers|links|callbacks|pathItems)/"
)

Parts = tuple[Any, ...]
_MISSING = object()
_SCHEMA_REF = "#/components/schemas/"
_DOC_ONLY = frozenset({"description", "title"})
_ONE_SCHEMA_KEYS = frozenset(SCHEMA_KEYS)


@dataclass
class Log:
    source: str
    entries: list[dict[str, str]] = field(default_factory=list)

    def note(self, parts: Parts, did: str, why: str) -> None:
        self.entries.append({"at": pointer(parts), "did": did, "why": why})

    def diagnostics(self) -> list[Diagnostic]:
        return [
            warning(f"repaired: {e['did']} ({e['why']})", f"{self.source}#{e['at']}")
            for e in self.entries
        ]


@dataclass
class Repaired:
    """``notes``: one warning per repair; ``findings``: validation of the repaired document."""

    notes: list[Diagnostic]
    findings: list[Diagnostic]


def pointer(parts: Parts) -> str:
    return "/" + "/".join(escape_token(p) for p in parts) if parts else ""


def repair(document: dict[str, Any], source: str, index: DocumentIndex | None = None) -> Repaired:
    """``index``: what the reader's walks found (generator.docindex), so the repair need
    not walk the whole document again where that still holds."""
    log = Log(source)
    _fix_info(document, log)
    _fix_paths(document, log)
    _fix_refs(document, log, index.ref_holders if index is not None else None)
    _fix_alias_cycles(document, log)
    _fix_parameters(document, log)
    _fix_responses(document, log)
    _fix_operation_ids(document, log)
    _fix_schemas(document, log, index.schemas if index is not None else None)
    problems = _drop_what_fails(document, log)
    if log.entries:
        document[REPAIRS_KEY] = log.entries
    return Repaired(log.diagnostics(), findings(problems, source))


# -- the known slips ------------------------------------------------------------------------


def _fix_info(document: dict[str, Any], log: Log) -> None:
    info = document.get("info")
    if not isinstance(info, dict):
        document["info"] = info = {}
        log.note(("info",), "added an info object", "the document has none")
    if not isinstance(info.get("title"), str):
        info["title"] = str(info.get("title") or "API")
        log.note(("info", "title"), f"set the title to {info['title']!r}", "it was missing")
    if not isinstance(info.get("version"), str):
        info["version"] = str(info.get("version") if info.get("version") is not None else "0")
        log.note(("info", "version"), f"set the version to {info['version']!r}", "not a string")


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, Any]]:
    paths = document.get("paths")
    for path, item in list(paths.items()) if isinstance(paths, dict) else ():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, item, method, item[method]


def _fix_paths(document: dict[str, Any], log: Log) -> None:
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path in list(paths):
        if isinstance(path, str) and not path.startswith("/") and not path.startswith("x-"):
            fixed = "/" + path
            if fixed not in paths:
                paths[fixed] = paths.pop(path)
                log.note(("paths", fixed), f"renamed {path!r} to {fixed!r}", "paths start with /")


def _fix_parameters(document: dict[str, Any], log: Log) -> None:
    components = document.get("components")
    shared = components.get("parameters") if isinstance(components, dict) else None
    for name, parameter in (shared or {}).items():
        if isinstance(parameter, dict):
            _fix_parameter(parameter, ("components", "parameters", name), log)
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if isinstance(item, dict):
            _fix_parameter_list(document, item, None, ("paths", path), log)
    for path, item, method, operation in _operations(document):
        _fix_parameter_list(document, operation, item, ("paths", path, method), log)
        _fix_path_template(document, path, item, operation, ("paths", path, method), log)


def _fix_parameter_list(
    document: dict[str, Any],
    owner: dict[str, Any],
    path_item: dict[str, Any] | None,
    at: Parts,
    log: Log,
) -> None:
    """``path_item`` is the operation's path item; None when ``owner`` is the path item."""
    parameters = owner.get("parameters")
    if parameters is None:
        return
    if not isinstance(parameters, list):
        del owner["parameters"]
        log.note((*at, "parameters"), "dropped parameters", "not a list")
        return
    kept: list[Any] = []
    seen: set[tuple[str, str]] = set()
    for index, parameter in enumerate(parameters):
        where = (*at, "parameters", index)
        resolved = follow_refs(document, parameter)
        if not isinstance(resolved, dict):
            log.note(where, "dropped a parameter", "not an object, or a $ref to nothing")
            continue
        if "$ref" not in parameter:
            _fix_parameter(parameter, where, log)
            if parameter.get("in") in ("body", "formData"):
                if path_item is not None:
                    _move_to_body(owner, parameter, where, log)
                else:
                    log.note(where, "dropped a path-level body parameter", "Swagger 2.0 only")
                continue
        key = (str(resolved.get("name")), str(resolved.get("in")))
        if "name" not in resolved or resolved.get("in") not in _PARAMETER_PLACES:
            log.note(where, "dropped a parameter", "it needs a name and a place (in)")
        elif key in seen:
            log.note(where, f"dropped a second {key[1]} parameter {key[0]!r}", "declared twice")
        else:
            seen.add(key)
            kept.append(parameter)
    owner["parameters"] = kept


def _fix_parameter(parameter: dict[str, Any], at: Parts, log: Log) -> None:
    place = parameter.get("in")
    if "schema" not in parameter and "content" not in parameter and place != "body":
        moved = {k: parameter.pop(k) for k in _SWAGGER_SCHEMA_FIELDS if k in parameter}
        parameter["schema"] = moved or {"type": "string"}
        if moved:
            log.note(at, "moved type fields into schema", "Swagger 2.0 parameter in OpenAPI 3")
    collection = parameter.pop("collectionFormat", None)
    if isinstance(collection, str) and collection in _COLLECTION_FORMATS:
        style, explode = _COLLECTION_FORMATS[collection]
        if place in ("path", "header"):
            style = "simple"
        parameter.setdefault("style", style)
        parameter.setdefault("explode", explode)
        log.note(at, f"collectionFormat {collection} became style {style}", "Swagger 2.0 field")
    if place == "path" and parameter.get("required") is not True:
        parameter["required"] = True
        log.note(at, "made the path parameter required", "path parameters always are")
    for key in ("allowEmptyValue", "allowReserved"):
        if key in parameter and place != "query":
            del parameter[key]
            log.note(at, f"dropped {key}", f"only query parameters take it, not {place}")


def _move_to_body(
    operation: dict[str, Any], parameter: dict[str, Any], at: Parts, log: Log
) -> None:
    if parameter.get("in") == "body":
        schema = parameter.get("schema") if isinstance(parameter.get("schema"), dict) else {}
        if "requestBody" not in operation:
            operation["requestBody"] = {
                "required": parameter.get("required") is True,
                "content": {"application/json": {"schema": schema}},
            }
        log.note(at, "made the body parameter a requestBody", "Swagger 2.0 parameter")
        return
    body = operation.setdefault(
        "requestBody", {"content": {"application/x-www-form-urlencoded": {"schema": {}}}}
    )
    media = next(iter(body.get("content", {}).values()), None)
    schema = media.setdefault("schema", {}) if isinstance(media, dict) else None
    if isinstance(schema, dict) and isinstance(parameter.get("name"), str):
        schema.setdefault("type", "object")
        field_schema = {k: parameter[k] for k in _SWAGGER_SCHEMA_FIELDS if k in parameter}
        schema.setdefault("properties", {})[parameter["name"]] = field_schema or parameter.get(
            "schema", {}
        )
        if parameter.get("required") is True:
            schema.setdefault("required", []).append(parameter["name"])
    log.note(at, "made the formData parameter a form field", "Swagger 2.0 parameter")


def _fix_path_template(
    document: dict[str, Any],
    path: str,
    item: dict[str, Any],
    operation: dict[str, Any],
    at: Parts,
    log: Log,
) -> None:
    """Path parameters and the template agree: undeclared ones are added, stray ones dropped."""
    templated = _TEMPLATE.findall(path)
    declared = set()
    for owner in (item, operation):
        for parameter in owner.get("parameters") or []:
            resolved = follow_refs(document, parameter)
            if isinstance(resolved, dict) and resolved.get("in") == "path":
                declared.add(resolved.get("name"))
    stray = [p for p in operation.get("parameters") or [] if _is_stray(document, p, templated)]
    for parameter in stray:
        name = (follow_refs(document, parameter) or {}).get("name")
        operation["parameters"].remove(parameter)
        log.note((*at, "parameters"), f"dropped path parameter {name!r}", "not in the path")
    for name in templated:
        if name not in declared:
            operation.setdefault("parameters", []).append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
            log.note((*at, "parameters"), f"declared path parameter {name!r}", "only templated")


def _is_stray(document: dict[str, Any], parameter: Any, templated: list[str]) -> bool:
    resolved = follow_refs(document, parameter)
    return (
        isinstance(resolved, dict)
        and resolved.get("in") == "path"
        and resolved.get("name") not in templated
    )


def _fix_responses(document: dict[str, Any], log: Log) -> None:
    for path, _, method, operation in _operations(document):
        responses = operation.get("responses")
        at: Parts = ("paths", path, method, "responses")
        if responses is None:
            continue
        if not isinstance(responses, dict):
            del operation["responses"]
            log.note(at, "dropped responses", "not an object")
            continue
        renamed: dict[str, Any] = {}
        for key, response in responses.items():
            status = _status_key(key)
            if status is None:
                log.note((*at, key), f"dropped response {key!r}", "not a status code or default")
            elif status in renamed or (status != str(key) and status in responses):
                log.note((*at, key), f"dropped response {key!r}", f"{status} is already there")
            else:
                if status != key:
                    log.note((*at, key), f"renamed response {key!r} to {status!r}", "its spelling")
                renamed[status] = response
                if (
                    isinstance(response, dict)
                    and "$ref" not in response
                    and not isinstance(response.get("description"), str)
                ):
                    response["description"] = str(response.get("description") or "")
        operation["responses"] = renamed


def _status_key(key: Any) -> str | None:
    text = str(key).strip()
    if text.lower() == "default" or text.startswith("x-"):
        return text.lower() if not text.startswith("x-") else text
    if _STATUS.match(text.upper()):
        return text.upper()
    match = _STATUS_PREFIX.match(text)
    return match.group(1) if match else None


def _fix_operation_ids(document: dict[str, Any], log: Log) -> None:
    seen: set[str] = set()
    for path, _, method, operation in _operations(document):
        wanted = operation.get("operationId")
        if wanted is None:
            continue
        if not isinstance(wanted, str):
            wanted = str(wanted)
        unique, n = wanted, 2
        while unique in seen:
            unique, n = f"{wanted}{n}", n + 1
        if unique != operation["operationId"]:
            operation["operationId"] = unique
            log.note(("paths", path, method, "operationId"), f"renamed to {unique!r}", "duplicate")
        seen.add(unique)


def _fix_schemas(document: dict[str, Any], log: Log, walked: SchemaWalk | None = None) -> None:
    """``walked``: the upgrade's walk, used when nothing since can have moved a schema:
    no repair was noted (inlining a reference, a form field added to a body schema)
    and every schema slot is the same object at the same place (a parameter may
    get its ``schema`` without a note)."""
    roots = list(schema_roots(document))
    if walked is not None and not log.entries and _same_slots(walked.roots, roots):
        schemas = walked.schemas
    else:
        schemas = list(iter_schemas(document, roots))
    for parts, schema in schemas:
        _fix_schema(schema, parts, log)


def _same_slots(
    before: list[tuple[Parts, dict[str, Any]]], now: list[tuple[Parts, dict[str, Any]]]
) -> bool:
    return len(before) == len(now) and all(
        a[1] is b[1] and a[0] == b[0] for a, b in zip(before, now, strict=True)
    )


def _fix_schema(schema: dict[str, Any], at: Parts, log: Log) -> None:
    kind = schema.get("type")
    if kind is not None and (kind.__class__ is not str or kind not in _JSON_TYPES):
        _fix_type(schema, at, log)
    if "nullable" in schema:
        if schema.pop("nullable") is True:
            make_nullable(schema)
        log.note(at, "turned nullable into a null type", "nullable is OpenAPI 3.0, not 3.1")
    properties = schema.get("properties")
    if "properties" in schema and not isinstance(properties, dict):
        del schema["properties"]
        log.note((*at, "properties"), "dropped properties", "not an object")
        properties = None
    required = schema.get("required")
    if "required" in schema and not isinstance(required, list):
        del schema["required"]
        log.note((*at, "required"), "dropped required", "not a list of names")
    elif isinstance(required, list):
        names = list(dict.fromkeys([r for r in required if isinstance(r, str)]))
        if names != required:
            schema["required"] = names
            log.note((*at, "required"), "removed repeated or non-name entries", "must be unique")
    for name, child in properties.items() if properties else ():
        if isinstance(child, dict) and isinstance(child.get("required"), bool):
            if child.pop("required"):
                schema.setdefault("required", [])
                if name not in schema["required"]:
                    schema["required"].append(name)
            log.note((*at, "properties", name), "moved required to the object", "not a schema flag")
    items = schema.get("items")
    if isinstance(items, list):
        schema["prefixItems"] = schema.pop("items")
        log.note((*at, "items"), "made the items list prefixItems", "items is one schema")
    if not _ONE_SCHEMA_KEYS.isdisjoint(schema):  # most schemas have none of them
        for key in SCHEMA_KEYS:
            if key in schema and not isinstance(schema[key], dict | bool):
                del schema[key]
                log.note((*at, key), f"dropped {key}", "its value must be a schema")
    if "enum" in schema and not isinstance(schema["enum"], list):
        schema["enum"] = [schema["enum"]]
        log.note((*at, "enum"), "made enum a list", "enum lists its values")


def _fix_type(schema: dict[str, Any], at: Parts, log: Log) -> None:
    kind = schema.get("type")
    if kind is None:
        return
    kinds = kind if isinstance(kind, list) else [kind]
    fixed: list[str] = []
    for word in kinds:
        name, fmt = _type_word(word)
        if name is None:
            log.note((*at, "type"), f"dropped type {word!r}", "not a JSON Schema type")
            continue
        if fmt and "format" not in schema:
            schema["format"] = fmt
        if name not in fixed:
            fixed.append(name)
    value: Any = fixed if isinstance(kind, list) or len(fixed) > 1 else fixed[0] if fixed else None
    if value is None:
        del schema["type"]
    elif value != kind:
        schema["type"] = value
        if all(_type_word(w)[0] is not None for w in kinds):
            log.note((*at, "type"), f"read type {kind!r} as {value!r}", "JSON Schema's spelling")


def _type_word(word: Any) -> tuple[str | None, str | None]:
    if not isinstance(word, str):
        return None, None
    lower = word.strip().lower()
    if lower in _JSON_TYPES:
        return lower, None
    return _TYPE_ALIASES.get(lower, (None, None))


def _fix_refs(
    document: dict[str, Any], log: Log, known: list[tuple[str, dict[str, Any]]] | None = None
) -> None:
    """A ``$ref`` to nothing leaves an open slot (any value) rather than a broken document;
    ``headers`` beside a response ``$ref`` are kept by inlining the reference (only
    schemas may say more beside a ``$ref``, though authors plainly mean it elsewhere).

    ``known``: every object holding an internal ``$ref`` (``DocumentIndex.ref_holders``):
    when none needs a repair, the document is not walked."""
    targets: dict[str, Any] = {}
    if known is not None and not any(
        holder.get("$ref") == ref and _ref_repair(document, ref, holder, targets)
        for ref, holder in known
    ):
        return
    targets.clear()  # resolved afresh as the repairs change the document, as they come
    for ref, holder, site in list(ref_holders(document)):
        if not ref.startswith("#") or holder.get("$ref") != ref:
            continue  # external, or an object a YAML anchor shares, repaired where first met
        action = _ref_repair(document, ref, holder, targets)
        if action == "missing":
            del holder["$ref"]
            holder.setdefault("description", f"(was a reference to {ref}, which is missing)")
            log.note(_parts(site_pointer(site)), f"removed the $ref to {ref!r}", "it names nothing")
        elif action == "inline":
            target = targets[ref]
            extra = set(holder) - {"$ref", "summary", "description"}
            if extra:
                merged = {**copy.deepcopy(target), **holder}
                del merged["$ref"]
                holder.clear()
                holder.update(merged)
                log.note(
                    _parts(site_pointer(site)),
                    f"inlined {ref} to keep {', '.join(sorted(extra))}",
                    "$ref sibling",
                )


def _ref_repair(
    document: dict[str, Any], ref: str, holder: dict[str, Any], targets: dict[str, Any]
) -> str:
    """What ``_fix_refs`` does to an internal ``$ref`` in ``holder``: "missing" (it names
    nothing), "inline" (a component it must inline to keep the siblings), or ""."""
    if ref not in targets:
        try:
            targets[ref] = resolve_pointer(document, ref)
        except (KeyError, IndexError, ValueError):
            targets[ref] = _MISSING
    target = targets[ref]
    if target is _MISSING:
        return "missing"
    if _COMPONENT_REF.match(ref) and isinstance(target, dict) and "$ref" not in target:
        return "inline" if set(holder) - {"$ref", "summary", "description"} else ""
    return ""


def _fix_alias_cycles(document: dict[str, Any], log: Log) -> None:
    """``A: {$ref: B}``, ``B: {$ref: A}`` says nothing about any value (a damaged capture
    writes such chains; ``allOf: [{$ref}, {description}]`` counts as a bare reference):
    the reference that closes the loop is removed, leaving any value."""
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    for name in list(schemas):
        seen, holder = {name}, schemas.get(name)
        while (link := _alias_link(holder)) is not None:
            target = unescape_token(link["$ref"][len(_SCHEMA_REF) :])
            if target in seen:
                del link["$ref"]
                log.note(
                    ("components", "schemas", name),
                    f"removed the $ref to {target!r}",
                    "a loop of references that describes no value",
                )
                break
            seen.add(target)
            holder = schemas.get(target)


def _alias_link(node: Any) -> dict[str, Any] | None:
    """The one reference a schema only wraps (bare, or with documentation in an allOf)."""
    if not isinstance(node, dict):
        return None
    if set(node) <= _DOC_ONLY | {"$ref"}:
        candidates = [node]
    elif set(node) <= _DOC_ONLY | {"allOf"} and isinstance(node.get("allOf"), list):
        parts = node["allOf"]
        if not all(isinstance(p, dict) for p in parts):
            return None
        candidates = [p for p in parts if "$ref" in p]
        if any(set(p) - _DOC_ONLY for p in parts if "$ref" not in p):
            return None
    else:
        return None
    if len(candidates) != 1 or set(candidates[0]) - _DOC_ONLY - {"$ref"}:
        return None
    ref = candidates[0].get("$ref")
    return candidates[0] if isinstance(ref, str) and ref.startswith(_SCHEMA_REF) else None


def _parts(where: str) -> Parts:
    return tuple(unescape_token(p) for p in where.split("/")[1:])


# -- the fallback: drop what still fails ------------------------------------------------------


def _drop_what_fails(document: dict[str, Any], log: Log) -> Problems:
    problems = find_problems(document, log.source)
    for _ in range(_MAX_ROUNDS):
        wrong = [p for p in problems.found if p.parts and not documents_only(p.parts)]
        wrong += [p for p in problems.found if not p.parts and p.unexpected]
        if not wrong or not _drop(document, wrong, log):
            break
        problems = find_problems(document, log.source)
    return problems


def _drop(document: dict[str, Any], wrong: list[Any], log: Log) -> bool:
    """Drop each failing value (or only its unexpected keys); deepest and last first."""
    dropped = False
    targets: dict[Parts, str] = {}
    for problem in wrong:
        parts = tuple(problem.parts)
        if problem.unexpected:
            for key in problem.unexpected:
                targets.setdefault((*parts, key), problem.message)
        elif len(parts) >= 2 or (len(parts) == 1 and parts[0] not in _ESSENTIAL):
            targets.setdefault(parts, problem.message)
    for parts in sorted(targets, key=_drop_order, reverse=True):
        if any(parts[: len(p)] == p for p in targets if len(p) < len(parts)):
            continue  # an enclosing value goes anyway
        if _remove(document, parts):
            log.note(parts, "dropped this value", targets[parts][:200])
            dropped = True
    return dropped


def _drop_order(parts: Parts) -> tuple[int, tuple[Any, ...]]:
    return len(parts), tuple((isinstance(p, int), p if isinstance(p, int) else 0) for p in parts)


def _remove(document: dict[str, Any], parts: Parts) -> bool:
    parent: Any = document
    for part in parts[:-1]:
        try:
            parent = parent[_key(parent, part)]
        except (KeyError, IndexError, TypeError):
            return False
    last = _key(parent, parts[-1])
    if isinstance(parent, dict) and last in parent:
        del parent[last]
        return True
    if isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
        del parent[last]
        return True
    return False


def _key(container: Any, part: Any) -> Any:
    """Validators name the map key ``"200"`` as the number 200: find the key that exists."""
    if isinstance(container, dict) and part not in container and str(part) in container:
        return str(part)
    return part
