"""Lower a patched OpenAPI 3.1 document into the client model.

This is where every decision about the generated code is made: resource and
method names, argument names and types, how a body is passed, what a call
returns, how it pages and authenticates. The templates only print the result.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from generator import __version__
from generator.clientmodel.auth import authenticated, lower_auth, requirements_of
from generator.clientmodel.examples import with_examples
from generator.clientmodel.model import (
    Body,
    ClientModel,
    Field,
    Operation,
    Pagination,
    Param,
    Resource,
    ServerVariable,
)
from generator.clientmodel.naming import (
    NameAllocator,
    argument_name,
    class_name,
    constant_env,
    pascal,
    snake,
)
from generator.clientmodel.naming_ops import (
    base_method_name,
    full_method_name,
    resolve_clashes,
    resource_name,
)
from generator.clientmodel.order import order_models
from generator.clientmodel.params import add_typed_dicts, body_types, reachable
from generator.clientmodel.pyliteral import py_literal, py_string
from generator.clientmodel.scopes import (
    CONSTRUCTOR_ARGUMENTS,
    METHOD_ARGUMENTS,
    Scope,
    client_attributes,
    module_names,
)
from generator.clientmodel.typenode import (
    ANY,
    NONE,
    OBJECT,
    STR,
    Constrained,
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    TypeNode,
    omittable,
    plain_name,
    union,
    with_none,
    without_none,
)
from generator.clientmodel.types import ObjectShape, TypeMapper
from generator.diagnostics import ClientgenError, Diagnostic, info, warning
from generator.oas import HTTP_METHODS
from generator.refs import escape_token, follow_refs, unescape_token

_SUCCESS = ("200", "201", "202", "203", "2XX", "2xx", "206", "204", "default")
_JSON = re.compile(r"^application/(.+\+)?json\b|^\*/\*$")
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
# Serialization styles each location allows, its default first (OpenAPI 3.1, 4.8.12.4).
_STYLES: dict[str, tuple[str, ...]] = {
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "path": ("simple", "label", "matrix"),
    "header": ("simple",),
    "cookie": ("form",),
}
_INT = Named("int")
_UUID_TEXT = union(Named("UUID"), STR)
_BINARY = union(Named("bytes"), STR, Named("FileLike"))


def lower(
    document: dict[str, Any], api_name: str, package: str, source: str
) -> tuple[ClientModel, list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    mapper = TypeMapper(document, source, diagnostics)
    _register_components(mapper, document)
    operations = _lower_operations(mapper)
    _open_response_enums(mapper, [op for _, op in operations])
    operations = with_examples(add_typed_dicts(mapper, operations), mapper.models, package)
    if not operations:
        webhooks = document.get("webhooks")
        what = (
            f" (only {len(webhooks)} webhooks, which the API calls, not a client)"
            if webhooks
            else ""
        )
        raise ClientgenError(
            f"the document has no operations{what}",
            f"{source}#/paths",
            "a client needs at least one path with an operation",
        )
    constructor = Scope(
        "constructor argument",
        CONSTRUCTOR_ARGUMENTS | {n for n in module_names() if n.islower()},
        diagnostics,
        source,
        lambda name: f"server_{name}",
        rename_taken=True,  # credentials come first and keep their documented names
    )
    auth, requirements, auth_required, auth_modules = lower_auth(
        document, api_name, source, diagnostics, constructor
    )
    models, rebuild = order_models(mapper.models, mapper.deps, source)
    resources = _group(operations, mapper)
    runtime = [
        "_types",
        "_exceptions",
        "_models",
        "_utils",
        "_response",
        "_base_client",
        "_auth",
        "_pagination",
    ]
    runtime.extend(m for m in auth_modules if m not in runtime)
    raw_info = document.get("info")
    info_obj: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    base_url, variables = _server(document, source, diagnostics, constructor)
    model = ClientModel(
        api_name=api_name,
        package=package,
        distribution=package.replace("_", "-"),
        version=__version__,
        title=_text(info_obj.get("title")) or pascal(api_name),
        description=_text(info_obj.get("description")),
        api_version=_text(info_obj.get("version")),
        base_url=base_url,
        server_variables=variables,
        auth=auth,
        auth_required=auth_required,
        resources=resources,
        models=models,
        runtime_modules=tuple(runtime),
        env_prefix=constant_env(api_name),
        rebuild_models=rebuild,
        auth_requirements=requirements,
    )
    return model, diagnostics


def _register_components(mapper: TypeMapper, document: dict[str, Any]) -> None:
    """Every component schema becomes a model, used or not: the package mirrors the API."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in schemas:
        escaped = str(name).replace("~", "~0").replace("/", "~1")
        mapper.annotation(
            {"$ref": f"#/components/schemas/{escaped}"},
            class_name(str(name)),
            "/components/schemas",
        )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


# -- operations ----------------------------------------------------------------


class _Draft:
    """An operation before its final name is known."""

    def __init__(self, resource: str, preferred: str, fallback: str, build: Any) -> None:
        self.resource = resource
        self.preferred = preferred
        self.fallback = fallback
        self.build = build


def _lower_operations(mapper: TypeMapper) -> list[tuple[str, Operation]]:
    drafts: list[_Draft] = []
    paths = mapper.document.get("paths") or {}
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = f"/paths/{escape_token(path)}/{method}"
            for variant in _variants(operation):
                drafts.append(_draft(mapper, path, item, method.upper(), variant, pointer))
    by_resource: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        by_resource[draft.resource].append(draft)
    lowered: list[tuple[str, Operation]] = []
    for resource, group in by_resource.items():
        names = resolve_clashes([(d.preferred, d.fallback) for d in group])
        for draft, name in zip(group, names, strict=True):
            if name != draft.preferred:
                mapper.diagnostics.append(
                    info(
                        f"method name {resource}.{draft.preferred} clashed; using {resource}.{name}",
                        mapper.source,
                    )
                )
            lowered.append((resource, draft.build(name)))
    return lowered


def _variants(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """One operation, or one per declared body shape (``x-clientgen-methods``)."""
    shapes = operation.get("x-clientgen-methods")
    if not isinstance(shapes, list) or not shapes:
        return [operation]
    variants = []
    for shape in shapes:
        if not isinstance(shape, dict):
            continue
        variant = {k: v for k, v in operation.items() if k != "x-clientgen-methods"}
        variant["x-clientgen-name"] = shape.get("name")
        variant["operationId"] = shape.get("name") or operation.get("operationId")
        if shape.get("summary"):
            variant["summary"] = shape["summary"]
        if shape.get("description"):
            variant["description"] = shape["description"]
        if "requestBody" in shape:
            variant["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": shape["requestBody"]}},
            }
        if "response" in shape:
            variant["responses"] = {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": shape["response"]}},
                }
            }
        variants.append(variant)
    return variants or [operation]


def _draft(
    mapper: TypeMapper,
    path: str,
    item: dict[str, Any],
    method: str,
    operation: dict[str, Any],
    pointer: str,
) -> _Draft:
    document = mapper.document
    resource = resource_name(operation, path)
    response_schema, response_media = _success_response(document, operation)
    paging = operation.get("x-clientgen-pagination")
    summary = _text(operation.get("summary")).strip().lower()
    lists = (
        isinstance(paging, dict)
        or (
            isinstance(response_schema, dict)
            and _deref(document, response_schema).get("type") == "array"
        )
        or (method == "GET" and summary.split(" ", 1)[0] == "list")  # "List channel users"
    )
    preferred = base_method_name(operation, method, path, resource, lists)
    fallback = full_method_name(operation, method, path)

    def build(name: str) -> Operation:
        hint = pascal(f"{resource} {name}")
        names = NameAllocator(set(METHOD_ARGUMENTS) | {n for n in module_names() if n.islower()})
        params = _params(mapper, item, operation, pointer, names)
        body = _body(mapper, operation, pointer, hint, names, params)
        envelope = _envelope(operation, "response")
        response_type = _open_enum(
            _response_type(mapper, response_schema, response_media, hint, pointer, envelope),
            mapper,
        )
        pagination = _pagination(mapper, operation, response_schema, params, hint, pointer)
        path_expr = _path_expression(path, params, mapper.source, pointer)
        return Operation(
            name=name,
            http_method=method,
            path=path_expr,
            path_template=path,
            params=params,
            body=body,
            response=response_type,
            response_static=_cast_type(response_type, mapper),
            response_envelope=envelope,
            pagination=pagination,
            summary=_text(operation.get("summary")).strip(),
            description=_text(operation.get("description")).strip(),
            deprecated=bool(operation.get("deprecated")),
            authenticated=authenticated(document, operation),
            security=requirements_of(document, operation),
            operation_id=_text(operation.get("operationId")),
            tags=tuple(str(t) for t in operation.get("tags") or () if isinstance(t, str)),
        )

    return _Draft(resource, preferred, fallback, build)


def _open_response_enums(mapper: TypeMapper, operations: list[Operation]) -> None:
    """Enum fields of models that only responses use accept any string too
    (``Literal["open", "closed"] | str``): a server adds values, and code comparing
    ``state == "merged"`` must type-check. Models a request can carry keep closed
    enums, which `validate_request` enforces before sending."""
    sent = reachable(
        mapper,
        [
            *(t for op in operations if op.body for t in body_types(op.body)),
            *(p.annotation for op in operations for p in op.params),
        ],
    )
    # Fields share their type objects (``str | None`` is one object): each is opened once,
    # and kept here with its result so that no other object can take its id.
    known: dict[int, tuple[TypeNode, TypeNode]] = {}

    def open_enum(annotation: TypeNode) -> TypeNode:
        found = known.get(id(annotation))
        if found is None:
            found = known[id(annotation)] = (annotation, _open_enum(annotation, mapper))
        return found[1]

    for name, model in list(mapper.models.items()):
        if name in sent or model.alias is not None:
            continue
        opened = [  # a one-value tag (JSON:API type) stays exact
            (f, f.annotation if f.only is not None else open_enum(f.annotation))
            for f in model.fields
        ]
        if any(f.annotation is not new for f, new in opened):
            fields = tuple(
                f if f.annotation is new else replace(f, annotation=new) for f, new in opened
            )
            mapper.models[name] = replace(model, fields=fields)


def _open_enum(annotation: TypeNode, mapper: TypeMapper) -> TypeNode:
    """``annotation`` with the type of an unknown value (``str``, or ``int`` for an enum
    of integers) added beside a (tolerant) enum at its top level or as a list's items."""
    if isinstance(annotation, ListOf):
        item = _open_enum(annotation.item, mapper)
        if item is annotation.item:
            return annotation
        return ListOf(item, nullable=annotation.nullable, omittable=annotation.omittable)
    members = annotation.members
    bases = [_enum_base(m, mapper) for m in members if _is_enum(m, mapper)]
    if not bases:  # most types: no enum, nothing to hash
        return annotation
    return union(annotation, *bases) if set(bases) - set(members) else annotation


def _enum_base(enum: TypeNode, mapper: TypeMapper) -> TypeNode:
    """``int`` for an enum (or an alias of enums) of integers only, else ``str``."""
    if isinstance(enum, LiteralOf):
        return STR if any(v.startswith('"') for v in enum.values) else _INT
    model = mapper.models[plain_name(enum) or ""]
    bases = {_enum_base(m, mapper) for m in model.alias.members} if model.alias else {STR}
    return _INT if bases == {_INT} else STR


def _is_enum(member: TypeNode, mapper: TypeMapper) -> bool:
    """Whether ``member`` is a response enum: a tolerant ``Literal``, or an alias of some."""
    if isinstance(member, LiteralOf):
        return member.tolerant and not member.flagged
    name = plain_name(member)
    if name is None:
        return False
    known = mapper.enum_aliases.get(name)
    if known is None:
        known = mapper.enum_aliases[name] = _names_enum(name, mapper)
    return known


def _names_enum(name: str, mapper: TypeMapper) -> bool:
    model = mapper.models.get(name)
    if model is None or model.alias is None or mapper.recursive_alias(name):
        return False
    mapper.enum_aliases[name] = False  # while deciding: an alias cycle is not an enum
    values = model.alias.members
    return bool(values) and all(_is_enum(v, mapper) for v in values)


def _deref(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    found = follow_refs(document, schema)
    return found if isinstance(found, dict) else {}


# -- parameters ----------------------------------------------------------------


def _params(
    mapper: TypeMapper,
    item: dict[str, Any],
    operation: dict[str, Any],
    pointer: str,
    names: NameAllocator,
) -> tuple[Param, ...]:
    document = mapper.document
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for owner, where in ((item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
        for index, raw in enumerate(owner.get("parameters") or []):
            param = _deref(document, raw)
            if "name" in param and "in" in param:
                merged[(str(param["name"]), str(param["in"]))] = (
                    param,
                    f"{where}/parameters/{index}",
                )
    params = []
    for (wire, location), (param, where) in merged.items():
        if location not in ("path", "query", "header", "cookie"):
            continue
        if location == "header" and wire.lower() in ("authorization", "content-type", "accept"):
            continue  # the client sets these itself
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict):
            media: dict[str, Any] = next(iter(param["content"].values()), {})
            schema = media.get("schema") if isinstance(media, dict) else None
        annotation = mapper.annotation(schema or {}, pascal(wire), f"{where}/schema", strict=True)
        required = bool(param.get("required")) or location == "path"
        if location == "path" and annotation == Named("UUID"):
            annotation = _UUID_TEXT  # an id copied from anywhere, as text
        resolved = _deref(document, schema)
        default = mapper.default(resolved, annotation) if not required else None
        example = mapper.example(param if "example" in param else resolved, annotation)
        constraints = mapper.constraints(resolved)
        if constraints:
            annotation = Constrained(annotation, "Field", constraints)
        nullable = annotation.nullable or annotation == ANY
        style = param.get("style")
        if style not in _STYLES.get(location, ()):
            style = _STYLES.get(location, ("form",))[0]  # the location's default
        given = annotation
        if not required and default is None:  # left out: NOT_GIVEN, not None
            annotation = omittable(annotation)
        params.append(
            Param(
                name=names.allocate(argument_name(wire)),
                wire=wire,
                location=location,  # type: ignore[arg-type]
                annotation=annotation,
                required=required,
                description=_text(param.get("description")),
                default=default,
                deprecated=bool(param.get("deprecated")),
                explode=param.get("explode", style == "form") is not False,
                style=style,
                nullable=nullable,
                given=given,
                example=example,
            )
        )
    return tuple(params)


def _path_expression(path: str, params: tuple[Param, ...], source: str, pointer: str) -> str:
    by_wire = {p.wire: p for p in params if p.location == "path"}
    pieces: list[str] = []
    last = 0
    for match in _PATH_PARAM.finditer(path):
        pieces.append(_fstring_text(path[last : match.start()]))
        param = by_wire.get(match.group(1))
        if param is None:
            raise ClientgenError(
                f"path parameter {{{match.group(1)}}} is not declared",
                f"{source}#{pointer}",
                "declare it under 'parameters' with 'in: path' (an override can add it)",
            )
        pieces.append(f"{{quote_path({_path_arguments(param)})}}")
        last = match.end()
    pieces.append(_fstring_text(path[last:]))
    if len(pieces) == 1:
        return py_string(path)
    return "f" + py_string("".join(pieces)).replace("\\{", "{")


def _path_arguments(param: Param) -> str:
    """What `quote_path` is called with: the value, then the style when not ``simple``."""
    if param.style == "simple" and not param.explode:
        return param.name
    return f"{param.name}, '{param.style}', {param.explode}, '{quote(param.wire, safe='')}'"


def _fstring_text(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


# -- bodies --------------------------------------------------------------------


def _body(
    mapper: TypeMapper,
    operation: dict[str, Any],
    pointer: str,
    hint: str,
    names: NameAllocator,
    params: tuple[Param, ...],
) -> Body | None:
    document = mapper.document
    request = _deref(document, operation.get("requestBody"))
    content = request.get("content")
    if not isinstance(content, dict) or not content:
        return None
    media = _pick_media(content)
    schema = (content.get(media) or {}).get("schema") or {}
    where = f"{pointer}/requestBody/content/{escape_token(media)}/schema"
    required = bool(request.get("required"))
    envelope = _envelope(operation, "request")
    if envelope:
        inner = mapper.merged_properties(schema).get(envelope)
        if isinstance(inner, dict):
            schema, where = inner, f"{where}/properties/{escape_token(envelope)}"
        else:
            envelope = None
    if media == "application/octet-stream" or not (
        _JSON.match(media) or media in (_FORM, _MULTIPART)
    ):
        return Body(
            media_type=media,
            required=required,
            annotation=_BINARY,  # a file is read; text goes as UTF-8
            variable=names.allocate("body"),
        )
    shape = mapper.shape_of(schema, where)
    annotation = mapper.annotation(schema, hint + "Request", where)
    model = mapper.models.get(plain_name(annotation) or "")
    sent = mapper.request_shape(annotation)  # without the fields the server sets
    sent_name = plain_name(sent)
    if model is not None and model.alias is None and model.fields and sent_name:
        in_path = {p.wire: p.name for p in params if p.location == "path"}
        flatten = _envelope(operation, "flatten") if envelope else None
        fields = _body_fields(
            mapper, mapper.models[sent_name].fields, shape, in_path, names, flatten
        )
        variable = names.allocate("payload")
        return Body(
            media_type=media,
            required=required,
            fields=fields,
            model=sent_name,
            envelope=envelope,
            variable=variable,
        )
    return Body(
        media_type=media,
        required=required,
        annotation=sent,
        envelope=envelope,
        variable=names.allocate("body"),
    )


def _body_fields(
    mapper: TypeMapper,
    model_fields: tuple[Field, ...],
    shape: ObjectShape,
    in_path: dict[str, str],
    names: NameAllocator,
    flatten: str | None,
) -> tuple[Field, ...]:
    """The keyword arguments of a body. A field the path names (JSON:API ``data.id``)
    takes the path value and a required field with one possible value (a JSON:API
    ``type``) is sent as that value: neither is an argument. The ``flatten`` field's
    own fields (JSON:API ``attributes``) become arguments in its place."""
    nested: list[Field] = []
    nested_model = None
    for field in model_fields:
        if field.alias == flatten:
            nested_model = mapper.models.get(plain_name(without_none(field.annotation)) or "")
    if flatten and nested_model is not None and nested_model.fields:
        declared = shape.properties.get(flatten)
        inner = mapper.shape_of(declared[0], declared[1]) if declared else ObjectShape()
        nested = [
            replace(
                f,
                name=names.allocate(argument_name(f.alias)),
                annotation=_strict_field_type(mapper, f, inner),
                default=None,
                container=flatten,
            )
            for f in nested_model.fields
            if not f.read_only
        ]
    outer = []
    for f in model_fields:
        if f.read_only or (nested and f.alias == flatten):
            continue
        constant = f.only if f.required else None
        fixed = in_path.get(f.alias) or constant
        outer.append(
            Field(
                name=fixed or names.allocate(argument_name(f.alias)),
                alias=f.alias,
                annotation=_strict_field_type(mapper, f, shape),
                required=f.required,
                description=f.description,
                deprecated=f.deprecated,
                fixed=fixed,
                example=f.example,
            )
        )
    return tuple(nested + outer)


def _strict_field_type(mapper: TypeMapper, field: Field, shape: ObjectShape) -> TypeNode:
    """The signature type of a flattened body field: request-strict enums, and None only
    when the schema allows null (an optional argument left out is `NOT_GIVEN`, not None)."""
    declared = shape.properties.get(field.alias)
    annotation = field.annotation
    if declared is not None and _tolerant(annotation):
        # the same schema at the same pointer: any model it names already exists
        strict = mapper.annotation(declared[0], field.name, declared[1], strict=True)
        annotation = mapper.request_shape(strict)
    if field.nullable and annotation != ANY:
        annotation = with_none(annotation)
    elif not field.nullable:
        annotation = without_none(annotation)
    return annotation if field.required else omittable(annotation)


def _tolerant(annotation: TypeNode) -> bool:
    """Whether a response enum is inside: a request argument needs the strict type."""
    return any(isinstance(n, LiteralOf) and n.tolerant for n in annotation.walk())


def _pick_media(content: dict[str, Any]) -> str:
    """JSON first, then forms, then the rest; within a kind, one that gives a schema
    (zuora lists a schema-less ``application/json`` with only examples first)."""
    order = list(content)

    def rank(media: str) -> tuple[int, bool, int]:
        kind = 0 if _JSON.match(media) else 1 if media == _FORM else 2 if media == _MULTIPART else 3
        described = isinstance(content[media], dict) and "schema" in content[media]
        return kind, not described, order.index(media)

    return min(content, key=rank)


def _envelope(operation: dict[str, Any], side: str) -> str | None:
    envelope = operation.get("x-clientgen-envelope")
    if isinstance(envelope, dict) and isinstance(envelope.get(side), str):
        return str(envelope[side])
    return None


# -- responses -----------------------------------------------------------------


def _success_response(
    document: dict[str, Any], operation: dict[str, Any]
) -> tuple[Any, str | None]:
    responses = operation.get("responses") or {}
    for status in _SUCCESS:
        response = _deref(document, responses.get(status))
        if status == "default" and any(str(s).startswith("2") for s in responses):
            continue
        if not response and status not in responses:
            continue
        if status == "204":
            return None, None  # no content, whatever the spec lists (RFC 9110 15.3.5)
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            return None, None
        media = _pick_media(content)
        return (content.get(media) or {}).get("schema") or {}, media
    return None, None


def _response_type(
    mapper: TypeMapper,
    schema: Any,
    media: str | None,
    hint: str,
    pointer: str,
    envelope: str | None,
) -> TypeNode:
    if media is None:
        return NONE
    if not _JSON.match(media):
        return STR if media.startswith("text/") else Named("bytes")
    if envelope and isinstance(schema, dict):
        inner = mapper.merged_properties(schema).get(envelope)
        if isinstance(inner, dict):
            schema = inner
    annotation = mapper.annotation(schema, hint + "Response", f"{pointer}/responses")
    return OBJECT if annotation == ANY else annotation


def _cast_type(annotation: TypeNode, mapper: TypeMapper) -> TypeNode | None:
    """The type to ``cast`` the parsed type to so it type-checks as ``type[T]``, or
    None when the type itself is a class (or a list or dict of classes)."""
    members = annotation.members
    enums = [m for m in members if _is_enum(m, mapper)]
    if enums and all(_enum_base(m, mapper) in members for m in enums):
        # An open enum: its values are of its base type, so the type is the rest
        # (mypy refuses ``type[Literal[...]]``); the runtime still reads the enum.
        rest = (m for m in members if m not in enums)
        return union(*rest, nullable=annotation.nullable)
    expanded = annotation
    for _ in range(8):  # an alias of an alias, bounded
        name = plain_name(expanded)
        model = mapper.models.get(name) if name else None
        if model is None or model.alias is None:
            break
        if mapper.recursive_alias(model.name):  # a TypeAliasType object, not a type
            return annotation
        expanded = model.alias
    if expanded.flagged or not isinstance(expanded, Named | ListOf | DictOf) or expanded == ANY:
        return annotation
    return None


# -- pagination ----------------------------------------------------------------


def _pagination(
    mapper: TypeMapper,
    operation: dict[str, Any],
    response_schema: Any,
    params: tuple[Param, ...],
    hint: str,
    pointer: str,
) -> Pagination | None:
    """The declared ``x-clientgen-pagination``, else a style the operation plainly has."""
    spec = operation.get("x-clientgen-pagination")
    where = f"{mapper.source}#{pointer}/x-clientgen-pagination"
    if not isinstance(spec, dict):
        spec = detect_pagination(mapper, operation, response_schema, params)
        if spec is None:
            return None
    style = spec.get("style", "offset")
    if style not in PAGINATION_STYLES:
        mapper.diagnostics.append(
            warning(f"unsupported pagination style {style!r}; not paged", where)
        )
        return None
    runtime_class, needed = PAGINATION_STYLES[style]
    wires = {p.wire for p in params if p.location == "query"}
    for key in needed:
        if spec.get(key) not in wires:
            raise ClientgenError(
                f"pagination {key} parameter {spec.get(key)!r} is not a query parameter of the operation",
                where,
                f"query parameters: {', '.join(sorted(wires)) or 'none'}",
            )
    items_pointer = str(spec.get("items", ""))
    items_schema = _walk(mapper, response_schema, items_pointer)
    item_schema = (
        _deref(mapper.document, items_schema).get("items") if items_schema is not None else None
    )
    item_type = mapper.annotation(item_schema or {}, hint + "Item", f"{pointer}/items")
    item_type = OBJECT if item_type == ANY else _open_enum(item_type, mapper)
    values = {**spec, "items": items_pointer}
    arguments = tuple(
        (argument, py_literal(values[key]))
        for key, argument in _PAGINATION_ARGUMENTS
        if isinstance(values.get(key), str | int) and not isinstance(values.get(key), bool)
    )
    return Pagination(
        runtime_class=runtime_class,
        arguments=arguments,
        item=item_type,
        item_static=_cast_type(item_type, mapper),
    )


# style -> (runtime class, the query parameters it must name)
PAGINATION_STYLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "offset": ("OffsetPagination", ("limit", "offset")),
    "cursor": ("CursorPagination", ("cursor",)),
    "link": ("LinkPagination", ()),
}
# x-clientgen-pagination key -> the runtime's keyword argument
_PAGINATION_ARGUMENTS = (
    ("items", "items_pointer"),
    ("limit", "limit_param"),
    ("offset", "offset_param"),
    ("cursor", "cursor_param"),
    ("next_cursor", "cursor_pointer"),
    ("total", "total_pointer"),
    ("has_more", "has_more_pointer"),
    ("next", "next_pointer"),
    ("max_limit", "max_limit"),
)
# Words real APIs use, for detecting a style the spec does not declare.
_CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "starting_after", "after", "next_token")
_NEXT_CURSORS = ("next_cursor", "nextCursor", "next_page_token", "nextPageToken", "cursor")
_LIMIT_PARAMS = ("limit", "per_page", "page_size", "pageSize", "page[limit]", "page[size]")
_OFFSET_PARAMS = ("offset", "page[offset]", "skip")


def detect_pagination(
    mapper: TypeMapper, operation: dict[str, Any], response_schema: Any, params: tuple[Param, ...]
) -> dict[str, Any] | None:
    """A pagination the spec plainly says without the extension, or None.

    ``Link`` pagination: a success response declares a ``Link`` header and the
    operation takes a ``page`` query parameter (GitHub's REST API). Cursor: a
    cursor query parameter and a next-cursor field beside an array in the body.
    Offset: limit and offset query parameters and an array in the body.
    """
    query = {p.wire for p in params if p.location == "query"}
    limit = next((name for name in _LIMIT_PARAMS if name in query), None)
    items = _items_pointer(mapper, response_schema)
    if items is None:
        return None
    found: dict[str, Any] = {"items": items, **({"limit": limit} if limit else {})}
    if "page" in query and _declares_link_header(mapper.document, operation):
        return {"style": "link", **found}
    cursor = next((name for name in _CURSOR_PARAMS if name in query), None)
    body = mapper.merged_properties(_deref(mapper.document, response_schema))
    next_cursor = next((name for name in _NEXT_CURSORS if name in body), None)
    if cursor and next_cursor:
        return {"style": "cursor", "cursor": cursor, "next_cursor": f"/{next_cursor}", **found}
    offset = next((name for name in _OFFSET_PARAMS if name in query), None)
    if limit and offset:
        total = next((f"/{n}" for n in ("total", "total_count", "totalCount") if n in body), None)
        return {"style": "offset", "offset": offset, **found, **({"total": total} if total else {})}
    return None


def _items_pointer(mapper: TypeMapper, response_schema: Any) -> str | None:
    """Where the list is: the body itself, or its one array property."""
    schema = _deref(mapper.document, response_schema)
    if schema.get("type") == "array":
        return ""
    arrays = [
        name
        for name, child in mapper.merged_properties(schema).items()
        if _deref(mapper.document, child).get("type") == "array"
    ]
    return f"/{escape_token(arrays[0])}" if len(arrays) == 1 else None


def _declares_link_header(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    return any(
        str(status).startswith("2")
        and isinstance(headers := _deref(document, response).get("headers"), dict)
        and any(str(name).lower() == "link" for name in headers)
        for status, response in (operation.get("responses") or {}).items()
    )


def _walk(mapper: TypeMapper, schema: Any, pointer: str) -> Any:
    node = _deref(mapper.document, schema)
    for token in [t for t in pointer.split("/")[1:]]:
        token = unescape_token(token)
        node = _deref(mapper.document, mapper.merged_properties(node).get(token))
        if not node:
            return None
    return node


# -- auth, servers, grouping ---------------------------------------------------


def _server(
    document: dict[str, Any], source: str, diagnostics: list[Diagnostic], constructor: Scope
) -> tuple[str | None, tuple[ServerVariable, ...]]:
    """The first server's URL and variables; a variable named like a credential or a
    constructor argument is renamed (`server_token`), as credentials keep their names."""
    servers = document.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        diagnostics.append(
            warning(
                "no servers: the client will require base_url",
                f"{source}#/servers",
                "add one with an override",
            )
        )
        return None, ()
    server = servers[0]
    url = _text(server.get("url"))
    if not url.startswith(("http://", "https://")) and "{" not in url.split("/")[0]:
        diagnostics.append(
            info(
                f"server URL {url!r} is relative; the client will require base_url",
                f"{source}#/servers/0",
            )
        )
        return None, ()
    variables = []
    for wire, spec in (server.get("variables") or {}).items():
        spec = spec if isinstance(spec, dict) else {}
        where = f"/servers/0/variables/{escape_token(str(wire))}"
        variables.append(
            ServerVariable(
                name=constructor.allocate(argument_name(str(wire)), where),
                wire=str(wire),
                default=_text(spec.get("default")),
                description=_text(spec.get("description")),
                enum=tuple(str(e) for e in spec.get("enum") or ()),
            )
        )
    return url.rstrip("/") if url != "/" else url, tuple(variables)


def _group(operations: list[tuple[str, Operation]], mapper: TypeMapper) -> tuple[Resource, ...]:
    """Resources by attribute. An attribute the client class has already (`request`,
    `timeout`, `with_raw_response`) gets a trailing underscore; a class name a model
    or the runtime has gets a ``Resource`` suffix (its ``Async``/``WithRawResponse``
    twins must be free too)."""
    tag_text = {
        snake(str(t.get("name"))): _text(t.get("description"))
        for t in mapper.document.get("tags") or []
        if isinstance(t, dict) and t.get("name")
    }
    grouped: dict[str, list[Operation]] = defaultdict(list)
    for resource, op in operations:
        grouped[resource].append(op)
    attributes = Scope(
        "resource", client_attributes(), mapper.diagnostics, mapper.source, lambda n: f"{n}_"
    )
    classes = mapper.module_scope.sharing(
        "resource class", lambda n: f"{n}Resource", rename_taken=True
    )
    resources = []
    for wanted, ops in grouped.items():
        attr = attributes.allocate(wanted, "/tags")
        resources.append(
            Resource(
                attr=attr,
                class_name=classes.allocate(class_name(attr), "/tags", _RESOURCE_CLASSES),
                module=attr,
                description=tag_text.get(wanted, ""),
                operations=tuple(ops),
            )
        )
    return tuple(resources)


_RESOURCE_CLASSES = ("Async{}", "{}WithRawResponse", "Async{}WithRawResponse")
