"""Request models as plain dicts: a ``<Name>Param`` TypedDict beside each.

A caller building a request writes ``client.pets.create(owner={"name": "a"})``
rather than importing and instantiating ``PetOwner``, as openai-python's
params allow. Each model a request body can carry gets a TypedDict keyed by
wire name (``Required`` where the model requires the field, ``None`` only where
the schema allows null), and every body argument typed with such a model takes
``Model | ModelParam``. Nothing changes at run time: `validate_request` builds
the model from either, and `to_wire` sends a dict as given.

A TypedDict whose wire names are all identifiers is written as a class; one with
keys such as ``first-name`` or ``from`` in the functional form, its value types as
strings (forward references, since it is built when the module is imported).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from generator.clientmodel.model import Body, ModelDef, Operation
from generator.clientmodel.typenode import Named, TypeNode, union, without_none
from generator.clientmodel.types import TypeMapper


def body_types(body: Body) -> list[TypeNode]:
    """Every type a body names: its arguments' and, when flattened, its model."""
    return _argument_types(body) + ([Named(body.model)] if body.model else [])


def _argument_types(body: Body) -> list[TypeNode]:
    """The types of a body's arguments: a flattened model's fields, not the model."""
    return [f.annotation for f in body.fields] + ([body.annotation] if body.annotation else [])


def reachable(mapper: TypeMapper, types: Iterable[TypeNode]) -> set[str]:
    """The models these types name, and the models those hold, transitively."""
    found: set[str] = set()
    for annotation in types:
        found |= mapper.model_names_in(annotation)
    stack = list(found)
    while stack:
        for dep in mapper.deps.get(stack.pop(), ()):
            if dep not in found:
                found.add(dep)
                stack.append(dep)
    return found


def add_typed_dicts(
    mapper: TypeMapper, operations: list[tuple[str, Operation]]
) -> list[tuple[str, Operation]]:
    """Define the ``Param`` TypedDicts of the models bodies carry; the operations with
    their body arguments widened to ``Model | ModelParam``."""
    carried = reachable(
        mapper, (t for _, op in operations if op.body for t in _argument_types(op.body))
    )
    originals = {variant: name for name, variant in mapper.request_variants.items()}
    params = {
        name: mapper.module_scope.allocate(f"{originals.get(name, name)}Param", model.pointer)
        for name, model in list(mapper.models.items())
        if name in carried and model.alias is None and model.fields
    }
    widened = {name: union(Named(name), Named(param)) for name, param in params.items()}
    for name, param in params.items():
        model = mapper.models[name]
        mapper.models[param] = ModelDef(
            param,
            f"{originals.get(name, name)} as a plain dict, keyed by wire name.",
            tuple(
                replace(f, annotation=_value_type(f.annotation, f.nullable, widened))
                for f in model.fields
            ),
            pointer=model.pointer,
            typed_dict=True,
        )
    if not params:
        return operations
    return [(resource, _widen(op, widened)) for resource, op in operations]


def _value_type(annotation: TypeNode, nullable: bool, widened: dict[str, TypeNode]) -> TypeNode:
    """A key's type: None only where the schema allows null (a key left out is absent)."""
    value = annotation if nullable else without_none(annotation)
    return value.substitute(widened)


def _widen(op: Operation, widened: dict[str, TypeNode]) -> Operation:
    body = op.body
    if body is None:
        return op
    fields = tuple(replace(f, annotation=f.annotation.substitute(widened)) for f in body.fields)
    annotation = body.annotation.substitute(widened) if body.annotation else None
    return replace(op, body=replace(body, fields=fields, annotation=annotation))
