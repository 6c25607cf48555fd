"""The SDK view: what changes for code that uses the generated package.

Compares two client models, the very objects the templates render, so what is
reported is what a user's call sites and type checker see: method names,
arguments (positional path ids, keyword arguments and flattened body fields),
return types, models and their fields, the constructor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.clientmodel.model import ClientModel, Field, Operation
from generator.clientmodel.typenode import LiteralOf, Named, TypeNode
from generator.diff.findings import Sink

_PARAM = re.compile(r"\{[^{}]*\}")
# What an optional argument's annotation adds for "not given": not a change of type.
_UNSET = frozenset({"None", "NotGiven"})


@dataclass(frozen=True)
class Argument:
    annotation: TypeNode
    required: bool

    @property
    def type(self) -> str:
        return self.annotation.text


def sdk_findings(old: ClientModel, new: ClientModel, sink: Sink) -> None:
    _resources(old, new, sink)
    _methods(old, new, sink)
    _models(old, new, sink)
    _constructor(old, new, sink)


def _resources(old: ClientModel, new: ClientModel, sink: Sink) -> None:
    gone = {r.attr for r in old.resources} - {r.attr for r in new.resources}
    for attr in sorted(gone):
        sink.add("sdk.resource.removed", f"client.{attr}", "removed")


def _methods(old: ClientModel, new: ClientModel, sink: Sink) -> None:
    before, after = _method_map(old), _method_map(new)
    by_route = {_route(op): name for name, op in after.items()}
    renamed_to: dict[str, str] = {}
    for name in sorted(before.keys() - after.keys()):
        target = by_route.get(_route(before[name]))
        if target is not None and target not in before:
            renamed_to[name] = target
            sink.add("sdk.method.renamed", name, f"now {target}")
        else:
            sink.add("sdk.method.removed", name, "removed")
    for name in sorted(after.keys() - before.keys() - set(renamed_to.values())):
        sink.add("sdk.method.added", name, "added")
    for name in sorted(before.keys() & after.keys()):
        _compare_signature(before[name], after[name], name, sink)


def _method_map(model: ClientModel) -> dict[str, Operation]:
    return {
        f"client.{resource.attr}.{op.name}": op
        for resource in model.resources
        for op in resource.operations
    }


def _route(op: Operation) -> tuple[str, str]:
    return op.http_method, _PARAM.sub("{}", op.path_template)


def _arguments(op: Operation) -> dict[str, Argument]:
    found = {p.name: Argument(p.annotation, p.required) for p in op.params if p.location != "path"}
    if op.body and op.body.model:
        found |= {
            f.name: Argument(f.annotation, f.required and f.default is None)
            for f in op.body.fields
            if not f.fixed and not f.read_only
        }
    elif op.body:
        found[op.body.variable] = Argument(op.body.annotation or Named("object"), op.body.required)
    return found


def _compare_signature(before: Operation, after: Operation, name: str, sink: Sink) -> None:
    old_positional = [p.name for p in before.path_params]
    new_positional = [p.name for p in after.path_params]
    if old_positional != new_positional:
        sink.add(
            "sdk.positional.changed",
            name,
            f"({', '.join(old_positional)}) -> ({', '.join(new_positional)})",
        )
    a, b = _arguments(before), _arguments(after)
    for arg in sorted(a.keys() - b.keys()):
        sink.add("sdk.argument.removed", f"{name}({arg}=)", "removed")
    for arg in sorted(b.keys() - a.keys()):
        check = "sdk.argument.added-required" if b[arg].required else "sdk.argument.added"
        sink.add(check, f"{name}({arg}=)", f"added: {b[arg].type}")
    for arg in sorted(a.keys() & b.keys()):
        where = f"{name}({arg}=)"
        if b[arg].required and not a[arg].required:
            sink.add("sdk.argument.became-required", where, "now required")
        elif a[arg].required and not b[arg].required:
            sink.add("sdk.argument.became-optional", where, "now optional")
        old_types = _members(a[arg].annotation) - _UNSET
        new_types = _members(b[arg].annotation) - _UNSET
        if old_types != new_types:
            widened = old_types <= new_types
            check = "sdk.argument.type-widened" if widened else "sdk.argument.type-changed"
            sink.add(check, where, f"{a[arg].type} -> {b[arg].type}")
    if before.response_type != after.response_type:
        sink.add("sdk.return.changed", name, f"{before.response_type} -> {after.response_type}")


def _members(annotation: TypeNode) -> set[str]:
    """The members of a union, a ``Literal``'s values counted one by one."""
    members = {"None"} if annotation.nullable else set()
    if annotation.omittable:
        members.add("NotGiven")
    for member in annotation.members:
        if isinstance(member, LiteralOf):
            members |= {f"Literal[{value}]" for value in member.values}
        else:
            members.add(member.text)
    return members


def _sent_models(model: ClientModel) -> set[str]:
    """Models a user builds to send (request bodies and arguments, and what they hold).

    Only for these does a new required field break a caller; a response model is
    built by the client from what the server sends."""
    models = {m.name: m for m in model.models}
    annotations: list[TypeNode] = [
        node
        for resource in model.resources
        for op in resource.operations
        for node in (
            *(p.annotation for p in op.params),
            *(f.annotation for f in (op.body.fields if op.body else ())),
            *((Named(op.body.model),) if op.body and op.body.model else ()),
            *((op.body.annotation,) if op.body and op.body.annotation else ()),
        )
    ]
    sent: set[str] = set()
    while annotations:
        for name in annotations.pop().names():
            if name in models and name not in sent:
                sent.add(name)
                found = models[name]
                annotations += [f.annotation for f in found.fields]
                annotations += [found.alias] if found.alias is not None else []
    return sent


def _models(old: ClientModel, new: ClientModel, sink: Sink) -> None:
    before = {m.name: m for m in old.models}
    after = {m.name: m for m in new.models}
    sent = _sent_models(new)
    for name in sorted(before.keys() - after.keys()):
        sink.add("sdk.model.removed", name, "removed")
    for name in sorted(after.keys() - before.keys()):
        sink.add("sdk.model.added", name, "added")
    for name in sorted(before.keys() & after.keys()):
        a = {f.name: f for f in before[name].fields}
        b = {f.name: f for f in after[name].fields}
        for field in sorted(a.keys() - b.keys()):
            sink.add("sdk.field.removed", f"{name}.{field}", "removed")
        for field in sorted(b.keys() - a.keys()):
            required = b[field].required and b[field].default is None and name in sent
            check = "sdk.field.added-required" if required else "sdk.field.added"
            sink.add(check, f"{name}.{field}", f"added: {b[field].type}")
        for field in sorted(a.keys() & b.keys()):
            _compare_field(name, field, a[field], b[field], sink)
            if b[field].required and not a[field].required and name in sent:
                sink.add("sdk.field.became-required", f"{name}.{field}", "now required")


def _compare_field(model: str, field: str, old_field: Field, new_field: Field, sink: Sink) -> None:
    old, new = old_field.type, new_field.type
    if old == new:
        return
    a, b = _members(old_field.annotation), _members(new_field.annotation)
    if b <= a:
        check = "sdk.field.type-narrowed"
    elif a <= b:
        check = "sdk.field.type-widened"
    else:
        check = "sdk.field.type-changed"
    sink.add(check, f"{model}.{field}", f"{old} -> {new}")


def _constructor(old: ClientModel, new: ClientModel, sink: Sink) -> None:
    def arguments(model: ClientModel) -> set[str]:
        names = {c.name for scheme in model.auth for c in scheme.credentials}
        return names | {v.name for v in model.server_variables}

    removed, added = arguments(old) - arguments(new), arguments(new) - arguments(old)
    if removed or added:
        text = ", ".join([*(f"-{n}" for n in sorted(removed)), *(f"+{n}" for n in sorted(added))])
        sink.add("sdk.constructor.changed", "Client(...)", text)
