"""The object structure of OpenAPI 3.0/3.1, Swagger 2.0 and JSON Schema, as tables.

A whitespace-collapsed YAML document has lost its indentation, so which mapping
a key belongs to can only be recovered from what each object may contain. These
tables say that, plus a few priors on which of two possible owners a key more
likely has; the parser in ``collapsed_yaml`` holds no OpenAPI knowledge of its
own. One table serves every version: the fields only one version has
(:data:`SWAGGER_ONLY`, :data:`OPENAPI3_ONLY`) are dropped once the document's
``openapi:`` or ``swagger:`` key tells which it is.

Value kinds are small expressions:

- ``str``, ``bool``, ``int``, ``num``: scalars (only used to judge plausibility;
  values are still typed as YAML types them);
- ``any``: free-form YAML (examples, defaults, extension values);
- ``[X]``: a list of X; ``{X}``: a map from arbitrary names to X;
- a capitalised name: an object kind of :data:`KINDS`;
- ``=a,b,c``: a string that must be one of the listed words;
- ``X|Y``: either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from generator.oas import HTTP_METHODS

ROOT: Final = "Root"
STATUS_CODE: Final = r"^(?:[1-5](?:\d\d|XX))$"
MEDIA_TYPE: Final = r"/"
PATH: Final = r"^/"


@dataclass(frozen=True, eq=False)
class Kind:
    """An object kind: fixed fields, and optionally names matching ``pattern``.

    ``names`` is the value kind of patterned or arbitrary names (a map like
    ``paths`` or ``properties``); ``extensions`` says whether ``x-`` keys are
    specification extensions rather than names.
    """

    fields: dict[str, str] = field(default_factory=dict)
    names: str | None = None
    pattern: str | None = None
    extensions: bool = True
    name: str = ""


_DOC = {"summary": "str", "description": "str"}
_REF = {"$ref": "str"}

# Validation keywords shared by JSON Schema, Swagger 2.0 parameters/headers/items.
_TYPES = "=string,number,integer,boolean,array,object,null,file"
_COLLECTION_FORMAT = "=csv,ssv,tsv,pipes,multi"
_STYLE = "=matrix,label,form,simple,spaceDelimited,pipeDelimited,deepObject"

_VALIDATION = {
    "type": f"{_TYPES}|[str]",
    "format": "str",
    "default": "any",
    "enum": "[any]",
    "multipleOf": "num",
    "maximum": "num",
    "exclusiveMaximum": "bool|num",
    "minimum": "num",
    "exclusiveMinimum": "bool|num",
    "maxLength": "int",
    "minLength": "int",
    "pattern": "str",
    "maxItems": "int",
    "minItems": "int",
    "uniqueItems": "bool",
}

_SCHEMA = {
    **_VALIDATION,
    **_REF,
    "title": "str",
    "description": "str",
    "maxProperties": "int",
    "minProperties": "int",
    "required": "[str]",
    "const": "any",
    "allOf": "[Schema]",
    "oneOf": "[Schema]",
    "anyOf": "[Schema]",
    "not": "Schema",
    "items": "Schema|[Schema]|bool",
    "prefixItems": "[Schema]",
    "additionalItems": "Schema|bool",
    "unevaluatedItems": "Schema|bool",
    "contains": "Schema",
    "minContains": "int",
    "maxContains": "int",
    "properties": "{Schema}",
    "patternProperties": "{Schema}",
    "additionalProperties": "Schema|bool",
    "unevaluatedProperties": "Schema|bool",
    "propertyNames": "Schema",
    "dependentRequired": "{[str]}",
    "dependentSchemas": "{Schema}",
    "dependencies": "{Schema|[str]}",
    "if": "Schema",
    "then": "Schema",
    "else": "Schema",
    "$defs": "{Schema}",
    "definitions": "{Schema}",
    "$id": "str",
    "$schema": "str",
    "$anchor": "str",
    "$dynamicAnchor": "str",
    "$dynamicRef": "str",
    "$comment": "str",
    "$vocabulary": "{bool}",
    "contentEncoding": "str",
    "contentMediaType": "str",
    "contentSchema": "Schema",
    "deprecated": "bool",
    "readOnly": "bool",
    "writeOnly": "bool",
    "examples": "[any]",
    "example": "any",
    "nullable": "bool",
    "discriminator": "str|Discriminator",
    "xml": "XML",
    "externalDocs": "ExternalDocs",
}

# Swagger 2.0 non-body parameters, headers and items describe their type inline.
_SWAGGER_TYPED = {**_VALIDATION, "items": "Items", "collectionFormat": _COLLECTION_FORMAT}

_PARAMETER_STYLE = {
    "description": "str",
    "required": "bool",
    "deprecated": "bool",
    "allowEmptyValue": "bool",
    "style": _STYLE,
    "explode": "bool",
    "allowReserved": "bool",
    "schema": "Schema",
    "example": "any",
    "examples": "{Example}",
    "content": "Content",
}

_OPERATION = {
    **_DOC,
    "tags": "[str]",
    "externalDocs": "ExternalDocs",
    "operationId": "str",
    "parameters": "[Parameter]",
    "requestBody": "RequestBody",
    "responses": "Responses",
    "callbacks": "{Callback}",
    "deprecated": "bool",
    "security": "[SecurityRequirement]",
    "servers": "[Server]",
    "consumes": "[str]",
    "produces": "[str]",
    "schemes": "[str]",
}


_OAUTH_FLOW = {
    "authorizationUrl": "str",
    "tokenUrl": "str",
    "refreshUrl": "str",
    "scopes": "{str}",
}

_KINDS: Final[dict[str, Kind]] = {
    "Root": Kind(
        {
            "openapi": "str",
            "swagger": "str",
            "info": "Info",
            "jsonSchemaDialect": "str",
            "servers": "[Server]",
            "paths": "Paths",
            "webhooks": "{PathItem}",
            "components": "Components",
            "security": "[SecurityRequirement]",
            "tags": "[Tag]",
            "externalDocs": "ExternalDocs",
            "host": "str",
            "basePath": "str",
            "schemes": "[str]",
            "consumes": "[str]",
            "produces": "[str]",
            "definitions": "{Schema}",
            "parameters": "{Parameter}",
            "responses": "{Response}",
            "securityDefinitions": "{SecurityScheme}",
        }
    ),
    "Info": Kind(
        {
            **_DOC,
            "title": "str",
            "termsOfService": "str",
            "contact": "Contact",
            "license": "License",
            "version": "str",
        }
    ),
    "Contact": Kind({"name": "str", "url": "str", "email": "str"}),
    "License": Kind({"name": "str", "identifier": "str", "url": "str"}),
    "Server": Kind({"url": "str", "description": "str", "variables": "{ServerVariable}"}),
    "ServerVariable": Kind({"enum": "[str]", "default": "str", "description": "str"}),
    "Components": Kind(
        {
            "schemas": "{Schema}",
            "responses": "{Response}",
            "parameters": "{Parameter}",
            "examples": "{Example}",
            "requestBodies": "{RequestBody}",
            "headers": "{Header}",
            "securitySchemes": "{SecurityScheme}",
            "links": "{Link}",
            "callbacks": "{Callback}",
            "pathItems": "{PathItem}",
        }
    ),
    "Paths": Kind(names="PathItem", pattern=PATH),
    "PathItem": Kind(
        {
            **_REF,
            **_DOC,
            **dict.fromkeys(HTTP_METHODS, "Operation"),
            "servers": "[Server]",
            "parameters": "[Parameter]",
        }
    ),
    "Operation": Kind(_OPERATION),
    "ExternalDocs": Kind({"description": "str", "url": "str"}),
    "Parameter": Kind(
        {
            **_SWAGGER_TYPED,
            **_PARAMETER_STYLE,
            **_REF,
            "name": "str",
            "in": "=query,header,path,cookie,body,formData",
        }
    ),
    "Header": Kind({**_SWAGGER_TYPED, **_PARAMETER_STYLE, **_REF}),
    "Items": Kind(_SWAGGER_TYPED),
    "RequestBody": Kind({**_REF, "description": "str", "content": "Content", "required": "bool"}),
    "Content": Kind(names="MediaType", pattern=MEDIA_TYPE, extensions=False),
    "MediaType": Kind(
        {
            "schema": "Schema",
            "example": "any",
            "examples": "{Example}",
            "encoding": "{Encoding}",
        }
    ),
    "Encoding": Kind(
        {
            "contentType": "str",
            "headers": "{Header}",
            "style": _STYLE,
            "explode": "bool",
            "allowReserved": "bool",
        }
    ),
    "Responses": Kind({"default": "Response"}, names="Response", pattern=STATUS_CODE),
    "Response": Kind(
        {
            **_REF,
            "description": "str",
            "headers": "{Header}",
            "content": "Content",
            "links": "{Link}",
            "schema": "Schema",
            "examples": "{any}",
        }
    ),
    "Callback": Kind(_REF, names="PathItem"),
    "Example": Kind({**_REF, **_DOC, "value": "any", "externalValue": "str"}),
    "Link": Kind(
        {
            **_REF,
            "operationRef": "str",
            "operationId": "str",
            "parameters": "{any}",
            "requestBody": "any",
            "description": "str",
            "server": "Server",
        }
    ),
    "Tag": Kind({"name": "str", "description": "str", "externalDocs": "ExternalDocs"}),
    "Schema": Kind(_SCHEMA),
    "Discriminator": Kind({"propertyName": "str", "mapping": "{str}"}),
    "XML": Kind(
        {
            "name": "str",
            "namespace": "str",
            "prefix": "str",
            "attribute": "bool",
            "wrapped": "bool",
        }
    ),
    "SecurityScheme": Kind(
        {
            **_REF,
            **_OAUTH_FLOW,
            "type": "=apiKey,http,mutualTLS,oauth2,openIdConnect,basic",
            "description": "str",
            "name": "str",
            "in": "=query,header,cookie",
            "scheme": "str",
            "bearerFormat": "str",
            "flows": "OAuthFlows",
            "openIdConnectUrl": "str",
            "flow": "=implicit,password,application,accessCode",
        }
    ),
    "OAuthFlows": Kind(
        dict.fromkeys(
            ("implicit", "password", "clientCredentials", "authorizationCode"), "OAuthFlow"
        )
    ),
    "OAuthFlow": Kind(_OAUTH_FLOW),
    "SecurityRequirement": Kind(names="[str]", extensions=False),
}
KINDS: Final = {name: replace(kind, name=name) for name, kind in _KINDS.items()}

# Fields that exist only in Swagger 2.0: in an OpenAPI 3 document they would
# only add false readings (a 3.x parameter has no `enum`; its schema has). The
# document's version is known from its `openapi:` or `swagger:` key.
SWAGGER_ONLY: Final[dict[str, frozenset[str]]] = {
    ROOT: frozenset(
        {
            "swagger",
            "host",
            "basePath",
            "schemes",
            "consumes",
            "produces",
            "definitions",
            "parameters",
            "responses",
            "securityDefinitions",
        }
    ),
    "Operation": frozenset({"consumes", "produces", "schemes"}),
    "Parameter": frozenset(_SWAGGER_TYPED),
    "Header": frozenset(_SWAGGER_TYPED),
    "Response": frozenset({"schema", "examples"}),
    "SecurityScheme": frozenset({"flow", "authorizationUrl", "tokenUrl", "scopes"}),
}

# And the reverse: OpenAPI 3 fields a Swagger 2.0 document cannot hold.
OPENAPI3_ONLY: Final[dict[str, frozenset[str]]] = {
    ROOT: frozenset({"openapi", "servers", "components", "webhooks", "jsonSchemaDialect"}),
    "Operation": frozenset({"requestBody", "callbacks", "servers"}),
    "Parameter": frozenset(set(_PARAMETER_STYLE) - {"description", "required"}),
    "Header": frozenset(set(_PARAMETER_STYLE) - {"description", "required"}),
    "Response": frozenset({"content", "links"}),
}

# Required fields: an object that has them all may be finished, so a later key
# valid both in it and in its owner more likely belongs to the owner.
REQUIRED: Final[dict[str, tuple[str, ...]]] = {
    "Info": ("title", "version"),
    "License": ("name",),
    "Server": ("url",),
    "ServerVariable": ("default",),
    "Operation": ("responses",),
    "Parameter": ("name", "in"),
    "RequestBody": ("content",),
    "Response": ("description",),
    "Tag": ("name",),
    "ExternalDocs": ("url",),
    "SecurityScheme": ("type",),
    "Discriminator": ("propertyName",),
    "OAuthFlow": ("scopes",),
}

# Keys that document their object: written after a child object, they more often
# describe the owner (a parameter's description after its schema) than the child.
HANDOVER: Final = frozenset({"description", "summary", "deprecated"})

# Valid but seldom written: when another open object also takes the key, it wins.
RARE: Final[dict[str, frozenset[str]]] = {
    "PathItem": frozenset({"summary", "description", "servers"}),
    "Operation": frozenset({"servers"}),
    "Header": frozenset({"content"}),
    "Items": frozenset({"collectionFormat"}),
}

# Keywords that fix a schema's `type`: `items: ..., type: object` is not one schema.
IMPLIED_TYPE: Final = {
    "properties": "object",
    "additionalProperties": "object",
    "items": "array",
    "maxLength": "string",
    "pattern": "string",
}

# Maps of named definitions, whose names are styled unlike property names.
DEFINITIONS: Final = frozenset({"schemas", "definitions", "$defs"})


SCALARS: Final = frozenset({"str", "bool", "int", "num"})


@dataclass(frozen=True, eq=False)
class Expr:
    """A parsed value kind: what may stand after a key or a ``-``."""

    text: str
    scalars: frozenset[str]
    free: bool
    kind: Kind | None
    items: Expr | None
    words: frozenset[str] | None  # the allowed values of an enumerated string


def _alternatives(text: str) -> list[str]:
    """Split ``X|Y`` at the top level (``{Schema|[str]}`` is one alternative)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in "[{") - (char in "]}")
        if char == "|" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


_EXPRS: dict[str, Expr] = {}


def expr(text: str) -> Expr:
    """The :class:`Expr` for a value-kind expression of the tables (memoised)."""
    cached = _EXPRS.get(text)
    if cached is not None:
        return cached
    scalars: set[str] = set()
    free, kind, items, words = False, None, None, None
    for alt in _alternatives(text):
        if alt.startswith("="):
            scalars.add("str")
            words = frozenset(alt[1:].split(","))
        elif alt == "any":
            free = True
        elif alt in SCALARS:
            scalars.add(alt)
        elif alt.startswith("["):
            items = expr(alt[1:-1])
        elif alt.startswith("{"):
            kind = Kind(names=alt[1:-1], extensions=False)
        else:
            kind = KINDS[alt]
    result = _EXPRS[text] = Expr(text, frozenset(scalars), free, kind, items, words)
    return result


ANY: Final = expr("any")


# How a kind accepts a key: a fixed field (or extension), a name matching the
# kind's pattern (`/pets`, `'200'`), or an arbitrary name (a property, a schema).
FIELD: Final = "field"
PATTERNED: Final = "patterned name"
NAME: Final = "name"


def accept(kind: Kind, key: str, swagger: bool) -> tuple[Expr, str] | None:
    """The value kind of ``key`` in ``kind`` and how it is accepted, if it is."""
    if key in (SWAGGER_ONLY if not swagger else OPENAPI3_ONLY).get(kind.name, ()):
        return None
    if key in kind.fields:
        return expr(kind.fields[key]), FIELD
    if kind.extensions and key.startswith("x-"):
        return ANY, FIELD
    if kind.names is None:
        return None
    if kind.pattern is None:
        return expr(kind.names), NAME
    return (expr(kind.names), PATTERNED) if re.search(kind.pattern, key) else None


def kind_at(path: tuple[str, ...], swagger: bool) -> Kind | None:
    """The object kind a JSON pointer into the document designates, if the tables know."""
    current: Expr | None = expr(ROOT)
    for part in path:
        if current is None:
            return None
        if current.kind is not None and (accepted := accept(current.kind, part, swagger)):
            current = accepted[0]
        else:
            current = current.items if part.isdigit() else None
    return None if current is None else current.kind


_LEAVES: dict[Kind, bool] = {}


def is_leaf(kind: Kind) -> bool:
    """True for kinds holding only scalars (License, Contact), rarely extended (memoised:
    kinds are not changed once made)."""
    leaf = _LEAVES.get(kind)
    if leaf is None:
        fields = kind.fields.values()
        leaf = _LEAVES[kind] = kind.names is None and all(expr(v).kind is None for v in fields)
    return leaf


def is_complete(kind: Kind, value: dict[str, object]) -> bool:
    """Whether an object has its required fields (a ``$ref`` stands for all of them)."""
    return "$ref" in value or all(name in value for name in REQUIRED.get(kind.name, ()))
