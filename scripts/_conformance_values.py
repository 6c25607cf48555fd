"""Minimal valid values synthesised from OpenAPI schemas (scripts/conformance).

``Synth(document).value(schema)`` builds a request-side value: only required
properties (readOnly ones left out, as a client must), at least one array item,
numbers inside their bounds, strings meeting format, length and pattern; an
``enum``/``const`` wins, then an ``example``/``default`` that fits, then a
value built from the schema. ``check`` validates a value with the OpenAPI
schema validators (openapi-schema-validator), so a miss can be told apart from
a value the synthesiser got wrong.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any

from generator.refs import unescape_token

FORMATS: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "https://example.com/x",
    "iri": "https://example.com/x",
    "email": "someone@example.com",
    "idn-email": "someone@example.com",
    "byte": base64.b64encode(b"conformance").decode(),
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "hostname": "example.com",
    "duration": "P1D",
    "int32": "1",
    "int64": "1",
}


class Unbuildable(Exception):
    """The schema cannot be satisfied by the synthesiser (external refs, contradictions)."""


class Synth:
    """Values for one document's schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.doc = document
        version = str(document.get("openapi", "3.0"))
        self.is31 = version.startswith("3.1") or version.startswith("3.2")

    # -- references ---------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#"):
                raise Unbuildable(f"external reference {ref}")
            target: Any = self.doc
            for token in ref[1:].lstrip("/").split("/") if ref != "#" else []:
                token = unescape_token(token)
                if isinstance(target, list):
                    target = target[int(token)]
                elif isinstance(target, Mapping) and token in target:
                    target = target[token]
                else:
                    raise Unbuildable(f"broken reference {ref}")
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, Mapping) else target
            seen += 1
            if seen > 64:
                raise Unbuildable(f"reference loop at {ref}")
        return node

    # -- schema facts -------------------------------------------------------------

    def types(self, schema: Mapping[str, Any]) -> list[str]:
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
        kinds = [k for k in kinds if k != "null"]
        if not kinds:
            if "properties" in schema or "additionalProperties" in schema:
                kinds = ["object"]
            elif "items" in schema:
                kinds = ["array"]
        return kinds

    def merged(self, schema: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
        """``schema`` with its ``allOf`` parts folded in (properties and required united)."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return {}
        out = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            if depth > 16:
                break
            sub = self.merged(part, depth + 1)
            props = {**(sub.get("properties") or {}), **(out.get("properties") or {})}
            required = list(
                dict.fromkeys([*(sub.get("required") or []), *(out.get("required") or [])])
            )
            for key, value in sub.items():
                out.setdefault(key, value)
            if props:
                out["properties"] = props
            if required:
                out["required"] = required
        return out

    # -- values -------------------------------------------------------------------

    def value(self, schema: Any, depth: int = 0, variant: int = 0, write: bool = True) -> Any:
        if depth > 24:
            raise Unbuildable("schema nests deeper than 24 levels")
        schema = self.merged(schema, depth)
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            non_null = [v for v in enum if v is not None]
            if non_null:
                return non_null[variant % len(non_null)]
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                return self.branch(schema, branches, depth, variant, write)
        kinds = self.types(schema)
        kind = kinds[0] if kinds else None
        for candidate in self.candidates(schema):
            if kind in ("string", "integer", "number", "boolean") and self.fits(schema, candidate):
                return candidate
        if kind == "object":
            return self.object(schema, depth, write)
        if kind == "array":
            return self.array(schema, depth, write)
        if kind == "integer":
            return self.integer(schema, variant)
        if kind == "number":
            return self.number(schema, variant)
        if kind == "boolean":
            return True
        if kind == "string" or kind is None:
            return self.string(schema, variant)
        raise Unbuildable(f"type {kind!r}")

    def candidates(self, schema: Mapping[str, Any]) -> list[Any]:
        found = []
        if "example" in schema:
            found.append(schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            found.append(examples[0])
        if "default" in schema:
            found.append(schema["default"])
        return [c for c in found if c is not None]

    def branch(
        self, schema: Mapping[str, Any], branches: list[Any], depth: int, variant: int, write: bool
    ) -> Any:
        own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        chosen = branches[0]
        value = self.value(chosen, depth + 1, variant, write)
        if isinstance(value, dict) and own.get("properties"):
            value = {**self.object(own, depth, write), **value}
        disc = schema.get("discriminator")
        if isinstance(value, dict) and isinstance(disc, Mapping) and disc.get("propertyName"):
            name = disc["propertyName"]
            ref = chosen.get("$ref") if isinstance(chosen, Mapping) else None
            mapping = {v: k for k, v in (disc.get("mapping") or {}).items()}
            if ref in mapping:
                value[name] = mapping[ref]
            elif name not in value and isinstance(ref, str):
                value[name] = ref.rsplit("/", 1)[-1]
        return value

    def object(self, schema: Mapping[str, Any], depth: int, write: bool) -> dict[str, Any]:
        props = schema.get("properties") or {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        out: dict[str, Any] = {}
        for name in required:
            prop = self.resolve(props.get(name, {}))
            prop = self.merged(prop) if isinstance(prop, Mapping) else {}
            if write and prop.get("readOnly"):
                continue  # a client must not send it (OpenAPI: required applies to responses)
            if not write and prop.get("writeOnly"):
                continue
            out[name] = self.value(props.get(name, {}), depth + 1, write=write)
        want = int(schema.get("minProperties") or 0)
        for name, prop in props.items():
            if len(out) >= want:
                break
            resolved = self.merged(prop)
            if name not in out and not (write and resolved.get("readOnly")):
                out[name] = self.value(prop, depth + 1, write=write)
        extra = schema.get("additionalProperties")
        index = 0
        while len(out) < want and isinstance(extra, Mapping | bool) and extra is not False:
            out[f"key{index}"] = self.value(extra if isinstance(extra, Mapping) else {}, depth + 1)
            index += 1
        return out

    def array(self, schema: Mapping[str, Any], depth: int, write: bool) -> list[Any]:
        count = max(int(schema.get("minItems") or 0), 1)
        if schema.get("maxItems") is not None:
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items")
        if isinstance(items, list):  # tuple form (Swagger leftovers)
            items = items[0] if items else {}
        return [self.value(items or {}, depth + 1, i, write) for i in range(count)]

    def bounds(self, schema: Mapping[str, Any]) -> tuple[float | None, float | None, bool, bool]:
        low, high = schema.get("minimum"), schema.get("maximum")
        ex_low = ex_high = False
        exmin, exmax = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if isinstance(exmin, bool):
            ex_low = exmin
        elif isinstance(exmin, int | float):
            low, ex_low = exmin, True
        if isinstance(exmax, bool):
            ex_high = exmax
        elif isinstance(exmax, int | float):
            high, ex_high = exmax, True
        return low, high, ex_low, ex_high

    def integer(self, schema: Mapping[str, Any], variant: int) -> int:
        low, high, ex_low, ex_high = self.bounds(schema)
        start = 1 + variant
        if low is not None:
            start = int(low) + (1 if ex_low or int(low) < low else 0) + variant
        if high is not None:
            top = int(high) - (1 if ex_high and int(high) == high else 0)
            start = min(start, top)
        step = schema.get("multipleOf")
        if isinstance(step, int) and step > 0 and start % step:
            start += step - start % step
        return start

    def number(self, schema: Mapping[str, Any], variant: int) -> float | int:
        low, high, ex_low, ex_high = self.bounds(schema)
        value: float = 1.5 + variant
        if low is not None and (value < low or (ex_low and value == low)):
            value = low + (0.5 if ex_low else 0)
        if high is not None and (value > high or (ex_high and value == high)):
            value = high - (0.5 if ex_high else 0)
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and step > 0:
            value = step * max(1, round(value / step))
        return value

    def string(self, schema: Mapping[str, Any], variant: int) -> Any:
        fmt = str(schema.get("format") or "")
        if fmt == "binary":
            return b"conformance"
        low, high = int(schema.get("minLength") or 0), schema.get("maxLength")
        high = int(high) if high is not None else 10**6
        try:
            pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
        except (re.error, TypeError):
            pattern = None
        tries: list[Any] = [*self.candidates(schema), FORMATS.get(fmt)]
        base = ["x", "abc", "ABC", "123", "a1", "2024-01-02", "a-b"]
        tries += [f"{b}{variant}" if variant else b for b in base]
        tries.append("x" * max(low, 1))
        for value in tries:
            fits = isinstance(value, str) and low <= len(value) <= high
            if fits and (pattern is None or pattern.search(value)):
                return value
        if pattern is not None:
            found = minimal_match(pattern.pattern, low, high)
            if found is not None:
                return found
        return "x" * max(low, 1)

    def fits(self, schema: Mapping[str, Any], value: Any) -> bool:
        """Whether a scalar ``example``/``default`` meets the schema's type and limits."""
        kinds = self.types(schema)
        kind = kinds[0] if kinds else None
        if kind == "boolean":
            return isinstance(value, bool)
        if kind in ("integer", "number"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return False
            if kind == "integer" and not float(value).is_integer():
                return False
            low, high, ex_low, ex_high = self.bounds(schema)
            if low is not None and (value < low or (ex_low and value == low)):
                return False
            return not (high is not None and (value > high or (ex_high and value == high)))
        if kind == "string":
            if not isinstance(value, str) or schema.get("format") in ("binary",):
                return False
            fmt = str(schema.get("format") or "")
            if fmt in ("date-time", "date", "uuid", "email", "uri", "byte"):
                return False  # examples of formats are often loose; use a known-good value
            low, high = int(schema.get("minLength") or 0), schema.get("maxLength")
            if len(value) < low or (high is not None and len(value) > int(high)):
                return False
            try:
                return "pattern" not in schema or bool(re.search(schema["pattern"], value))
            except (re.error, TypeError):
                return False
        return False

    # -- checking -----------------------------------------------------------------

    def check(self, schema: Any, value: Any, write: bool = True) -> str | None:
        """None when ``value`` validates against ``schema`` (OpenAPI flavour), else why not."""
        from openapi_schema_validator import (
            OAS30ReadValidator,
            OAS30WriteValidator,
            OAS31Validator,
        )

        if isinstance(value, bytes):
            return None
        wrapper = {k: self.doc[k] for k in ("components", "paths", "definitions") if k in self.doc}
        wrapper["allOf"] = [schema]
        if self.is31:
            cls: Any = OAS31Validator
        else:
            cls = OAS30WriteValidator if write else OAS30ReadValidator
        try:
            error = next(iter(cls(wrapper).iter_errors(value)), None)
        except Exception as exc:  # a schema the validator cannot read
            return f"validator: {type(exc).__name__}: {str(exc)[:120]}"
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path)
        return f"{where or '(root)'}: {error.message[:160]}"


def minimal_match(pattern: str, low: int, high: int) -> str | None:
    """A short string matching ``pattern`` within the length bounds (hypothesis), or None."""
    try:
        from hypothesis import HealthCheck, find, settings
        from hypothesis import strategies as st

        quiet = settings(database=None, suppress_health_check=list(HealthCheck), max_examples=300)
        found: str = find(st.from_regex(pattern), lambda s: low <= len(s) <= high, settings=quiet)
    except Exception:
        return None
    return found


def to_xml(name: str, value: Any) -> str:
    """A plain XML rendering of a JSON value (elements named after properties)."""
    if isinstance(value, Mapping):
        inner = "".join(to_xml(str(k), v) for k, v in value.items())
    elif isinstance(value, list):
        return "".join(to_xml(name, v) for v in value)
    else:
        inner = str(value).lower() if isinstance(value, bool) else str(value)
    return f"<{name}>{inner}</{name}>"
