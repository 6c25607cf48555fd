"""Example calls for the README: arguments a user could type, that run as printed.

Each value is the spec's own ``example`` where one fits, else a placeholder that
meets the argument's limits (a ``min_length=1`` list gets one item, ``ge=1`` is
1); a model argument is a dict literal of its required keys when it takes its
``Param`` TypedDict, else the model built from its required fields, imported. A
pattern we cannot satisfy without the spec's example stays ``"string"``: the
request then fails its own validation before sending, which the README test
reports rather than hides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from generator.clientmodel.model import Body, Field, ModelDef, Operation, Param
from generator.clientmodel.pyliteral import py_string
from generator.clientmodel.typenode import (
    Constrained,
    DictOf,
    ListOf,
    Named,
    TypeNode,
    first_literal,
    plain_name,
)

_PLACEHOLDERS = {
    "str": '"string"',
    "int": "1",
    "float": "1.0",
    "bool": "True",
    "bytes": 'b""',
    "UUID": 'UUID("00000000-0000-0000-0000-000000000000")',
    "datetime": "datetime.now()",
    "date": "date.today()",
}
_NEEDS = {
    "UUID": ("uuid", "UUID"),
    "datetime": ("datetime", "datetime"),
    "date": ("datetime", "date"),
}
_UUID_STRING = '"00000000-0000-0000-0000-000000000000"'
_MAX_DEPTH = 4  # a model holding models holding models: deep enough to read, never a cycle


def with_examples(
    operations: list[tuple[str, Operation]], models: Mapping[str, ModelDef], package: str
) -> list[tuple[str, Operation]]:
    """The operations, each with its README call arguments and what they import."""
    done = []
    for resource, op in operations:
        writer = _Writer(models, f"{package}.models")
        args = writer.arguments(op.params, op.body)
        done.append(
            (
                resource,
                replace(op, example_args=args, example_imports=tuple(sorted(writer.imports))),
            )
        )
    return done


class _Writer:
    def __init__(self, models: Mapping[str, ModelDef], models_module: str) -> None:
        self.models = models
        self.models_module = models_module
        self.imports: set[tuple[str, str]] = set()

    def arguments(self, params: tuple[Param, ...], body: Body | None) -> str:
        # A path id that fills a UUID body field (a JSON:API id) must be a UUID's text.
        fills = {f.fixed: f.annotation for f in body.fields if f.fixed} if body else {}
        args = [
            _UUID_STRING
            if self._is_uuid(fills.get(p.name))
            else self.value(p.annotation, p.example)
            for p in params
            if p.location == "path"
        ]
        args += [
            f"{p.name}={self.value(p.annotation, p.example)}"
            for p in params
            if p.location != "path" and p.required
        ]
        if body is not None:
            if body.fields:
                args += [
                    f"{f.name}={self.field(f)}" for f in body.fields if f.required and not f.fixed
                ]
            elif body.required and body.annotation is not None:
                args.append(f"body={self.value(body.annotation)}")
            elif body.required:
                args.append("body={}")
        return ", ".join(args)

    def field(self, f: Field, depth: int = 0) -> str:
        return f.only or self.value(f.annotation, f.example, depth)

    def value(self, node: TypeNode, example: str | None = None, depth: int = 0) -> str:
        if example is not None:
            return example
        literal = first_literal(node)
        if literal is not None:
            return literal.values[0]
        names = [plain_name(m) for m in node.members]
        if "UUID" in names and "str" in names:
            return _UUID_STRING  # an id taken as text
        # A plain-dict form, when the argument takes one, reads best.
        dicts = [m for m in node.members if getattr(self._model(m), "typed_dict", False)]
        return self._one(dicts[0] if dicts else (node.members or (node,))[0], depth)

    def _one(self, node: TypeNode, depth: int) -> str:
        if isinstance(node, Constrained):
            return self._limited(node, depth)
        if isinstance(node, ListOf):
            return "[]"
        if isinstance(node, DictOf):
            return "{}"
        name = plain_name(node)
        model = self._model(node)
        if model is not None and name is not None:
            return self._model_value(name, model, depth)
        if name in _NEEDS:
            self.imports.add(_NEEDS[name])
        return _PLACEHOLDERS.get(name or "", "None" if node.nullable else '"string"')

    def _limited(self, node: Constrained, depth: int) -> str:
        limits = dict(node.arguments)
        base = (node.base.members or (node.base,))[0]
        if isinstance(base, ListOf):
            count = int(limits.get("min_length", "0"))
            return "[" + ", ".join([self.value(base.item, None, depth + 1)] * count) + "]"
        name = plain_name(base)
        if name in ("int", "float"):
            for key, step in (("ge", 0), ("gt", 1)):
                if key in limits:
                    bound = limits[key]
                    return bound if step == 0 else f"{bound} + 1"
        if name == "str" and ("min_length" in limits or "max_length" in limits):
            low = int(limits.get("min_length", "1"))
            high = int(limits.get("max_length", str(max(low, 6))))
            if not low <= 6 <= high:
                return repr("x" * max(low, 1))
        return self.value(node.base, None, depth)

    def _model_value(self, name: str, model: ModelDef, depth: int) -> str:
        if model.alias is not None:
            return self.value(model.alias, None, depth + 1)
        required = [f for f in model.fields if f.required] if depth < _MAX_DEPTH else []
        if model.typed_dict:
            items = ", ".join(f"{py_string(f.alias)}: {self.field(f, depth + 1)}" for f in required)
            return "{" + items + "}"
        self.imports.add((self.models_module, name))
        fields = ", ".join(f"{f.name}={self.field(f, depth + 1)}" for f in required)
        return f"{name}({fields})"

    def _model(self, node: TypeNode) -> ModelDef | None:
        return self.models.get(node.name) if isinstance(node, Named) else None

    def _is_uuid(self, node: TypeNode | None) -> bool:
        return node is not None and plain_name((node.members or (node,))[0]) == "UUID"
