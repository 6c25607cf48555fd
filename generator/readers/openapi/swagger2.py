"""Swagger 2.0 -> OpenAPI 3.0.3, converted on read.

The openapi reader calls :func:`convert` when a document says ``swagger: "2.0"``
and upgrades the result to 3.1 itself. The conversion is pure (the input is not
touched) and total: anything that has no OpenAPI 3.0 equivalent becomes a
diagnostic naming the construct and its JSON pointer, never an exception.

What moves where:

- ``definitions`` -> ``components/schemas``; every ``#/definitions/`` reference
  is rewritten, and schema dialect differences are lowered (``type: file`` ->
  binary string, ``x-nullable`` -> ``nullable``, string ``discriminator`` ->
  ``{propertyName}``).
- ``parameters``: ``body`` -> ``requestBody`` with one media type per
  ``consumes`` entry; ``formData`` -> a form or multipart ``requestBody`` whose
  schema holds one property per field; ``path``/``query``/``header`` keep their
  place with ``type``/``format``/``items``/constraints moved into ``schema`` and
  ``collectionFormat`` expressed as ``style``/``explode``.
- ``responses``: ``schema`` -> ``content`` per ``produces`` entry, ``examples``
  -> the media type's ``example``, ``headers`` -> header objects with schemas.
- ``securityDefinitions`` -> ``components/securitySchemes`` (oauth2 flows
  renamed: ``application`` -> ``clientCredentials``, ``accessCode`` ->
  ``authorizationCode``).
- ``host``/``basePath``/``schemes`` -> ``servers``.
- Global ``parameters`` and ``responses`` -> ``components/parameters``,
  ``components/requestBodies`` (body parameters) and ``components/responses``;
  global ``formData`` parameters are inlined where they are used, as OpenAPI 3
  has no component for a single form field.
- ``x-`` extensions are kept wherever they stand.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import Diagnostic, error, info, warning
from generator.oas import HTTP_METHODS

__all__ = ["convert"]

Json = dict[str, Any]
# A resolved 2.0 parameter: (object, the $ref it came from or None, JSON pointer).
_Param = tuple[Mapping[str, Any], str | None, str]

TARGET_VERSION = "3.0.3"
SWAGGER2_METHODS = tuple(m for m in HTTP_METHODS if m != "trace")  # 2.0 has no trace
DEFAULT_MEDIA_TYPE = "application/json"
FORM_URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

# Reference prefixes of 2.0 -> 3.0. Parameters are decided per target (a body
# parameter becomes a request body, a form field is inlined), see _Converter.
_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/responses/": "#/components/responses/",
}

# Fields a 2.0 non-body parameter, header or items object shares with JSON Schema.
_SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
)

# collectionFormat -> (style, explode) per parameter location. Missing entries
# have no OpenAPI 3.0 equivalent.
_COLLECTION_STYLES: dict[str, dict[str, tuple[str, bool]]] = {
    "query": {
        "csv": ("form", False),
        "ssv": ("spaceDelimited", False),
        "pipes": ("pipeDelimited", False),
        "multi": ("form", True),
    },
    "path": {"csv": ("simple", False)},
    "header": {"csv": ("simple", False)},
    "formData": {
        "csv": ("form", False),
        "ssv": ("spaceDelimited", False),
        "pipes": ("pipeDelimited", False),
        "multi": ("form", True),
    },
}

_OAUTH2_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


def convert(doc: Mapping[str, Any], source: str) -> tuple[Json, list[Diagnostic]]:
    """Convert a Swagger 2.0 document to OpenAPI 3.0.3.

    ``source`` names the document in diagnostic locations
    (``source#/json/pointer``). The input is left untouched.
    """
    converter = _Converter(doc, source)
    return converter.run(), converter.diagnostics


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(*tokens: object) -> str:
    return "/" + "/".join(_escape(str(t)) for t in tokens)


def _extensions(obj: Mapping[str, Any]) -> Json:
    return {
        k: copy.deepcopy(v) for k, v in obj.items() if isinstance(k, str) and k.startswith("x-")
    }


def _copy_fields(obj: Mapping[str, Any], fields: Iterable[str]) -> Json:
    return {f: copy.deepcopy(obj[f]) for f in fields if f in obj}


class _Converter:
    """One conversion run: the source document, its diagnostics, its components."""

    def __init__(self, doc: Mapping[str, Any], source: str) -> None:
        self.doc = doc
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        global_consumes = doc.get("consumes")
        global_produces = doc.get("produces")
        self.consumes = self._media_types(global_consumes, "/consumes")
        self.produces = self._media_types(global_produces, "/produces")
        global_params = doc.get("parameters")
        self.global_params: Mapping[str, Any] = (
            global_params if isinstance(global_params, Mapping) else {}
        )

    # -- diagnostics -------------------------------------------------------

    def _loc(self, pointer: str) -> str:
        return f"{self.source}#{pointer}"

    def _error(self, message: str, pointer: str, hint: str = "") -> None:
        self.diagnostics.append(error(message, self._loc(pointer), hint))

    def _warn(self, message: str, pointer: str, hint: str = "") -> None:
        self.diagnostics.append(warning(message, self._loc(pointer), hint))

    def _info(self, message: str, pointer: str) -> None:
        self.diagnostics.append(info(message, self._loc(pointer)))

    # -- document ----------------------------------------------------------

    def run(self) -> Json:
        doc = self.doc
        out: Json = {"openapi": TARGET_VERSION, "info": self._info_object(doc.get("info"))}
        servers = self._servers()
        if servers:
            out["servers"] = servers
        for key in ("tags", "externalDocs", "security"):
            if key in doc:
                out[key] = copy.deepcopy(doc[key])
        out["paths"] = self._paths(doc.get("paths"))
        components = self._components()
        if components:
            out["components"] = components
        out.update(_extensions(doc))
        return out

    def _info_object(self, value: Any) -> Json:
        result: Json = copy.deepcopy(dict(value)) if isinstance(value, Mapping) else {}
        for field, default in (("title", "Untitled API"), ("version", "0")):
            if not isinstance(result.get(field), str):
                if field in result:
                    result[field] = str(result[field])
                else:
                    self._warn(
                        f"info.{field} is missing; using {default!r}",
                        f"/info/{field}",
                        "OpenAPI requires it",
                    )
                    result[field] = default
        return result

    def _media_types(self, value: Any, pointer: str) -> list[str] | None:
        if value is None:
            return None
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        self._error("a list of media types was expected", pointer)
        return None

    def _servers(self) -> list[Json]:
        host = self.doc.get("host")
        base_path = self.doc.get("basePath") or ""
        if not isinstance(base_path, str):
            self._error("basePath must be a string", "/basePath")
            base_path = ""
        if base_path and not base_path.startswith("/"):
            base_path = "/" + base_path
        base_path = base_path.rstrip("/")
        if not host:
            return [{"url": base_path or "/"}] if base_path else []
        schemes = self.doc.get("schemes")
        if not isinstance(schemes, list) or not schemes:
            self._info("no schemes given; assuming https", "/schemes")
            schemes = ["https"]
        return [{"url": f"{scheme}://{host}{base_path}"} for scheme in schemes]

    # -- references --------------------------------------------------------

    def _resolve_local(self, ref: str) -> Any:
        """The target of a local ``#/...`` reference in the 2.0 document, or None."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    def _rewrite_ref(self, ref: Any, pointer: str) -> Any:
        if not isinstance(ref, str):
            self._error("$ref must be a string", pointer)
            return ref
        head, hash_, fragment = ref.partition("#")
        if head:
            self._warn(
                f"external reference {ref!r} is kept as is; the referenced file is not converted",
                pointer,
                "bundle the document into one file first",
            )
        if not hash_:
            return ref
        local = "#" + fragment
        target = None if head else self._resolve_local(local)
        if not head and target is None:
            self._error(f"reference {ref!r} points at nothing", pointer)
            return ref
        for old, new in _REF_PREFIXES.items():
            if local.startswith(old):
                return head + new + local[len(old) :]
        if local.startswith("#/parameters/"):
            kind = "requestBodies" if _param_in(target) == "body" else "parameters"
            return f"{head}#/components/{kind}/{local[len('#/parameters/') :]}"
        if not head:
            self._warn(
                f"reference {ref!r} points into a part of the document whose layout "
                "changes in OpenAPI 3; it is kept as is",
                pointer,
            )
        return ref

    # -- schemas -----------------------------------------------------------

    def schema(self, value: Any, pointer: str) -> Any:
        """Convert one Schema Object (recursively)."""
        if isinstance(value, bool):
            return value
        if not isinstance(value, Mapping):
            self._error("a schema object was expected", pointer)
            return {}
        out: Json = {}
        for key, item in value.items():
            sub = f"{pointer}/{_escape(str(key))}"
            if key == "$ref":
                out[key] = self._rewrite_ref(item, sub)
            elif key in ("properties", "patternProperties", "definitions") and isinstance(
                item, Mapping
            ):
                out[key] = {
                    name: self.schema(s, f"{sub}/{_escape(str(name))}") for name, s in item.items()
                }
            elif key in ("additionalProperties", "not") or (
                key == "items" and not isinstance(item, list)
            ):
                out[key] = self.schema(item, sub)
            elif key == "items":
                self._error(
                    "tuple-style items (a list of schemas) are not supported by OpenAPI 3.0",
                    sub,
                    "use a single items schema",
                )
                out[key] = {}
            elif key in ("allOf", "anyOf", "oneOf") and isinstance(item, list):
                out[key] = [self.schema(s, f"{sub}/{i}") for i, s in enumerate(item)]
            elif key == "discriminator" and isinstance(item, str):
                out[key] = {"propertyName": item}
            elif key == "x-nullable":
                out[key] = item
                if item is True:
                    out["nullable"] = True
            elif key == "type":
                out.update(self._schema_type(item, sub))
            elif key == "required" and item == []:
                continue  # allowed in 2.0, must be non-empty in 3.0
            else:
                out[key] = copy.deepcopy(item)
        if out.get("type") == "file":
            out["type"] = "string"
            out["format"] = "binary"
        return out

    def _schema_type(self, value: Any, pointer: str) -> Json:
        if isinstance(value, str):
            return {"type": value}
        if isinstance(value, list):
            types = [t for t in value if t != "null"]
            if len(types) == 1 and isinstance(types[0], str):
                result: Json = {"type": types[0]}
                if len(value) > 1:
                    result["nullable"] = True
                return result
        self._error(
            f"type {value!r} has no OpenAPI 3.0 form; the schema accepts any type",
            pointer,
            "use a single type name",
        )
        return {}

    # -- parameters --------------------------------------------------------

    def _deref_param(self, param: Any, pointer: str) -> tuple[Any, str | None]:
        """The parameter object behind a local ``$ref`` (and the ref), else itself.

        An external reference comes back unresolved (a ``$ref`` object); a local
        one that points at nothing is reported and comes back as None.
        """
        if not (isinstance(param, Mapping) and "$ref" in param):
            return param, None
        ref = param["$ref"]
        if not isinstance(ref, str):
            self._error("$ref must be a string", f"{pointer}/$ref")
            return None, None
        if not ref.startswith("#"):
            return param, ref
        target = self._resolve_local(ref)
        if target is None:
            self._error(f"parameter reference {ref!r} points at nothing", pointer)
        return target, ref

    def simple_parameter(self, param: Mapping[str, Any], pointer: str) -> Json:
        """A path/query/header parameter (2.0 fields -> schema + style/explode)."""
        location = param.get("in")
        out: Json = _copy_fields(param, ("name", "in", "description", "required", "deprecated"))
        if location == "query" and "allowEmptyValue" in param:
            out["allowEmptyValue"] = param["allowEmptyValue"]
        if location == "path" and out.get("required") is not True:
            self._warn("path parameter is not marked required; it is now", pointer)
            out["required"] = True
        schema = self._items_schema(param, pointer)
        if schema.get("type") == "string" and schema.get("format") == "binary":
            self._error(
                f"type: file is only allowed in formData parameters, not in {location}",
                f"{pointer}/type",
            )
        out["schema"] = schema
        style = self._style(param, str(location), pointer)
        if style is not None:
            out["style"], out["explode"] = style
        if "x-example" in param and "example" not in param:
            out["example"] = copy.deepcopy(param["x-example"])
        out.update(_extensions(param))
        return out

    def _items_schema(self, obj: Mapping[str, Any], pointer: str) -> Json:
        """JSON Schema from a 2.0 parameter, header or items object."""
        schema: Json = {}
        for field in _SCHEMA_FIELDS:
            if field not in obj:
                continue
            if field == "items":
                items = obj["items"]
                sub = f"{pointer}/items"
                if isinstance(items, Mapping):
                    if "$ref" in items:
                        schema["items"] = self.schema(items, sub)
                    else:
                        fmt = items.get("collectionFormat", "csv")
                        if fmt != "csv":
                            self._warn(
                                f"collectionFormat {fmt!r} of nested array items has no "
                                "OpenAPI 3.0 equivalent; it is dropped",
                                f"{sub}/collectionFormat",
                            )
                        schema["items"] = self._items_schema(items, sub)
                else:
                    self._error("items must be an object", sub)
            else:
                schema[field] = copy.deepcopy(obj[field])
        if schema.get("type") == "file":
            schema["type"] = "string"
            schema["format"] = "binary"
        if "x-nullable" in obj and obj["x-nullable"] is True:
            schema["nullable"] = True
        if "type" not in schema and "$ref" not in obj:
            self._warn("parameter has no type; string assumed", pointer)
            schema["type"] = "string"
        return schema

    def _style(
        self, param: Mapping[str, Any], location: str, pointer: str
    ) -> tuple[str, bool] | None:
        """(style, explode) for an array parameter; None when defaults fit."""
        if param.get("type") != "array":
            return None
        fmt = param.get("collectionFormat", "csv")
        style = _COLLECTION_STYLES.get(location, {}).get(fmt)
        if style is None:
            default = _COLLECTION_STYLES.get(location, {}).get("csv", ("form", False))
            self._error(
                f"collectionFormat {fmt!r} has no OpenAPI 3.0 equivalent for a {location} "
                f"parameter; comma-separated is used instead",
                f"{pointer}/collectionFormat",
                "only csv, ssv, pipes and multi (query/formData) convert",
            )
            return default
        return style

    def _parameter_list(self, params: Any, base: str) -> list[_Param]:
        """Resolve a 2.0 parameter list: (object, ref or None, JSON pointer) each."""
        if params is None:
            return []
        if not isinstance(params, list):
            self._error("parameters must be a list", f"{base}/parameters")
            return []
        entries = []
        for i, param in enumerate(params):
            pointer = f"{base}/parameters/{i}"
            resolved, ref = self._deref_param(param, pointer)
            if isinstance(resolved, Mapping):
                entries.append((resolved, ref, pointer))
            elif resolved is not None:
                self._error("a parameter object was expected", pointer)
        return entries

    def _simple_or_ref(self, resolved: Mapping[str, Any], ref: str | None, pointer: str) -> Json:
        """A path/query/header parameter, or the rewritten reference it came from."""
        if ref is not None:  # a component parameter, or an external one
            return {"$ref": self._rewrite_ref(ref, f"{pointer}/$ref")}
        return self.simple_parameter(resolved, pointer)

    # -- request bodies ----------------------------------------------------

    def body_request(self, param: Mapping[str, Any], consumes: list[str], pointer: str) -> Json:
        """A ``requestBody`` from an ``in: body`` parameter."""
        schema = self.schema(param.get("schema", {}), f"{pointer}/schema")
        body: Json = {"content": {mt: {"schema": copy.deepcopy(schema)} for mt in consumes}}
        if "description" in param:
            body["description"] = param["description"]
        if param.get("required") is True:
            body["required"] = True
        if "name" in param:
            body["x-codegen-request-body-name"] = param["name"]
        body.update(_extensions(param))
        return body

    def form_request(
        self, fields: list[tuple[Mapping[str, Any], str]], consumes: list[str] | None
    ) -> Json:
        """A ``requestBody`` from ``in: formData`` parameters."""
        properties: Json = {}
        required: list[str] = []
        encoding: Json = {}
        has_file = False
        for param, pointer in fields:
            name = str(param.get("name", ""))
            schema = self._items_schema(param, pointer)
            if "description" in param:
                schema["description"] = param["description"]
            schema.update(_extensions(param))
            has_file = has_file or schema.get("format") == "binary"
            properties[name] = schema
            if param.get("required") is True:
                required.append(name)
            style = self._style(param, "formData", pointer)
            if style is not None:
                encoding[name] = {"style": style[0], "explode": style[1]}
        media_types = [mt for mt in consumes or [] if mt in (FORM_URLENCODED, MULTIPART)]
        if not media_types:
            media_types = [MULTIPART if has_file else FORM_URLENCODED]
        elif has_file and MULTIPART not in media_types:
            self._warn(
                "a file field is sent as application/x-www-form-urlencoded; "
                "multipart/form-data is used instead",
                fields[0][1],
            )
            media_types = [MULTIPART]
        schema_obj: Json = {"type": "object", "properties": properties}
        if required:
            schema_obj["required"] = required
        content: Json = {}
        for mt in media_types:
            media: Json = {"schema": copy.deepcopy(schema_obj)}
            if encoding and mt == FORM_URLENCODED:
                media["encoding"] = copy.deepcopy(encoding)
            content[mt] = media
        body: Json = {"content": content}
        if required:
            body["required"] = True
        return body

    # -- responses ---------------------------------------------------------

    def response(self, value: Any, produces: list[str], pointer: str) -> Json:
        if not isinstance(value, Mapping):
            self._error("a response object was expected", pointer)
            return {"description": ""}
        if "$ref" in value:
            return {"$ref": self._rewrite_ref(value["$ref"], f"{pointer}/$ref")}
        out: Json = {"description": value.get("description", "")}
        if not isinstance(out["description"], str):
            out["description"] = str(out["description"])
        examples = value.get("examples")
        if "schema" in value:
            schema = self.schema(value["schema"], f"{pointer}/schema")
            content: Json = {}
            for mt in produces:
                media: Json = {"schema": copy.deepcopy(schema)}
                if isinstance(examples, Mapping) and mt in examples:
                    media["example"] = copy.deepcopy(examples[mt])
                content[mt] = media
            out["content"] = content
        elif isinstance(examples, Mapping) and examples:
            out["content"] = {mt: {"example": copy.deepcopy(ex)} for mt, ex in examples.items()}
        headers = value.get("headers")
        if isinstance(headers, Mapping):
            out["headers"] = {
                name: self._header(h, f"{pointer}/headers/{_escape(str(name))}")
                for name, h in headers.items()
            }
        out.update(_extensions(value))
        return out

    def _header(self, value: Any, pointer: str) -> Json:
        if not isinstance(value, Mapping):
            self._error("a header object was expected", pointer)
            return {"schema": {"type": "string"}}
        out: Json = _copy_fields(value, ("description",))
        out["schema"] = self._items_schema(value, pointer)
        style = self._style(value, "header", pointer)
        if style is not None:
            out["style"], out["explode"] = style
        out.update(_extensions(value))
        return out

    def _responses(self, value: Any, produces: list[str], pointer: str) -> Json:
        if not isinstance(value, Mapping) or not value:
            self._warn(
                "operation declares no responses; a default response was added",
                pointer,
                "OpenAPI requires at least one response",
            )
            return {"default": {"description": ""}}
        out: Json = {}
        for code, resp in value.items():
            key = str(code)
            sub = f"{pointer}/{_escape(key)}"
            out[key] = (
                copy.deepcopy(resp) if key.startswith("x-") else self.response(resp, produces, sub)
            )
        return out

    # -- paths and operations ----------------------------------------------

    def _paths(self, value: Any) -> Json:
        if not isinstance(value, Mapping):
            self._error("paths must be an object", "/paths")
            return {}
        out: Json = {}
        for path, item in value.items():
            pointer = _pointer("paths", path)
            if str(path).startswith("x-"):
                out[path] = copy.deepcopy(item)
            elif not isinstance(item, Mapping):
                self._error("a path item object was expected", pointer)
            else:
                out[path] = self._path_item(item, pointer)
        return out

    def _path_item(self, item: Mapping[str, Any], pointer: str) -> Json:
        out: Json = {}
        if "$ref" in item:
            out["$ref"] = self._rewrite_ref(item["$ref"], f"{pointer}/$ref")
        shared = self._parameter_list(item.get("parameters"), pointer)
        for method in SWAGGER2_METHODS:
            op = item.get(method)
            if op is None:
                continue
            sub = f"{pointer}/{method}"
            if not isinstance(op, Mapping):
                self._error("an operation object was expected", sub)
                continue
            out[method] = self._operation(op, shared, sub)
        # Body and form parameters move into each operation's request body.
        params = [
            self._simple_or_ref(resolved, ref, sub)
            for resolved, ref, sub in shared
            if resolved.get("in") not in ("body", "formData")
        ]
        if params:
            out["parameters"] = params
        out.update(_extensions(item))
        return out

    def _operation(self, op: Mapping[str, Any], shared: list[_Param], pointer: str) -> Json:
        """One operation; ``shared`` holds the path item's resolved parameters."""
        out: Json = _copy_fields(
            op, ("tags", "summary", "description", "externalDocs", "operationId")
        )
        consumes = self._media_types(op.get("consumes"), f"{pointer}/consumes")
        produces = self._media_types(op.get("produces"), f"{pointer}/produces")
        consumes = consumes if consumes is not None else self.consumes
        produces = produces if produces is not None else self.produces
        params: list[Json] = []
        body: Json | None = None
        form_fields: list[tuple[Mapping[str, Any], str]] = []
        own = self._parameter_list(op.get("parameters"), pointer)
        own_keys = {(p.get("name"), p.get("in")) for p, _, _ in own}
        # Path-level body and form parameters move into each operation's request
        # body (unless the operation overrides them); the others stay on the path.
        inherited = [
            entry
            for entry in shared
            if (entry[0].get("name"), entry[0].get("in")) not in own_keys
            and entry[0].get("in") in ("body", "formData")
        ]
        for resolved, ref, sub in own + inherited:
            location = resolved.get("in")
            if location == "body":
                if body is not None:
                    self._error("more than one body parameter; only the first is used", sub)
                elif ref is not None and ref.startswith("#/parameters/"):
                    body = {"$ref": self._rewrite_ref(ref, f"{sub}/$ref")}
                else:
                    body = self.body_request(resolved, consumes or [DEFAULT_MEDIA_TYPE], sub)
            elif location == "formData":
                form_fields.append((resolved, sub))
            elif location in ("path", "query", "header") or "$ref" in resolved:
                params.append(self._simple_or_ref(resolved, ref, sub))
            else:
                self._error(
                    f"parameter location {location!r} is not supported",
                    f"{sub}/in",
                    "use path, query, header, body or formData",
                )
        if form_fields:
            if body is not None:
                self._error(
                    "an operation cannot have both body and formData parameters; "
                    "the form fields are dropped",
                    form_fields[0][1],
                )
            else:
                body = self.form_request(form_fields, consumes)
        if params:
            out["parameters"] = params
        if body is not None:
            out["requestBody"] = body
        out["responses"] = self._responses(
            op.get("responses"), produces or [DEFAULT_MEDIA_TYPE], f"{pointer}/responses"
        )
        for key in ("deprecated", "security"):
            if key in op:
                out[key] = copy.deepcopy(op[key])
        if "schemes" in op:
            self._info(
                "operation-level schemes are ignored; servers apply to every operation",
                f"{pointer}/schemes",
            )
        out.update(_extensions(op))
        return out

    # -- components --------------------------------------------------------

    def _components(self) -> Json:
        doc = self.doc
        components: Json = {}
        definitions = doc.get("definitions")
        if isinstance(definitions, Mapping):
            components["schemas"] = {
                name: self.schema(s, _pointer("definitions", name))
                for name, s in definitions.items()
            }
        parameters: Json = {}
        bodies: Json = {}
        for name, param in self.global_params.items():
            pointer = _pointer("parameters", name)
            if not isinstance(param, Mapping):
                self._error("a parameter object was expected", pointer)
                continue
            location = param.get("in")
            if location == "body":
                bodies[name] = self.body_request(
                    param, self.consumes or [DEFAULT_MEDIA_TYPE], pointer
                )
            elif location in ("path", "query", "header"):
                parameters[name] = self.simple_parameter(param, pointer)
            elif location != "formData":  # form fields are inlined where used
                self._error(f"parameter location {location!r} is not supported", f"{pointer}/in")
        if parameters:
            components["parameters"] = parameters
        if bodies:
            components["requestBodies"] = bodies
        responses = doc.get("responses")
        if isinstance(responses, Mapping):
            components["responses"] = {
                name: self.response(
                    r, self.produces or [DEFAULT_MEDIA_TYPE], _pointer("responses", name)
                )
                for name, r in responses.items()
            }
        schemes = self._security_schemes(doc.get("securityDefinitions"))
        if schemes:
            components["securitySchemes"] = schemes
        return components

    def _security_schemes(self, value: Any) -> Json:
        if not isinstance(value, Mapping):
            return {}
        out: Json = {}
        for name, scheme in value.items():
            pointer = _pointer("securityDefinitions", name)
            if not isinstance(scheme, Mapping):
                self._error("a security scheme object was expected", pointer)
                continue
            converted = self._security_scheme(scheme, pointer)
            if converted is not None:
                converted.update(_copy_fields(scheme, ("description",)))
                converted.update(_extensions(scheme))
                out[name] = converted
        return out

    def _security_scheme(self, scheme: Mapping[str, Any], pointer: str) -> Json | None:
        kind = scheme.get("type")
        if kind == "basic":
            return {"type": "http", "scheme": "basic"}
        if kind == "apiKey":
            return {"type": "apiKey", **_copy_fields(scheme, ("name", "in"))}
        if kind == "oauth2":
            flow_name = scheme.get("flow")
            if flow_name not in _OAUTH2_FLOWS:
                self._error(f"unknown oauth2 flow {flow_name!r}", f"{pointer}/flow")
                return None
            target, urls = _OAUTH2_FLOWS[flow_name]
            flow: Json = _copy_fields(scheme, urls)
            for url in urls:
                if url not in flow:
                    self._error(f"oauth2 {flow_name} flow needs {url}", pointer)
                    flow[url] = ""
            scopes = scheme.get("scopes")
            flow["scopes"] = copy.deepcopy(scopes) if isinstance(scopes, Mapping) else {}
            return {"type": "oauth2", "flows": {target: flow}}
        self._error(
            f"security scheme type {kind!r} is not supported",
            f"{pointer}/type",
            "use basic, apiKey or oauth2",
        )
        return None


def _param_in(param: Any) -> Any:
    return param.get("in") if isinstance(param, Mapping) else None
