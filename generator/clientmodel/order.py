"""Definition order for a models module, and what self-reference needs.

Type aliases are evaluated when the module is imported, so whatever they name
must be defined above them; classes may refer forward (annotations are lazy),
but those that do are rebuilt at the end of the module so pydantic resolves
them before first use.

A cycle through a class needs nothing more (the alias goes after the class).
A cycle of aliases alone (`Tree = list[Tree]`, a JSON value that holds lists
and maps of itself) has no such order: those aliases become
``TypeAliasType("Tree", "list[Tree]")``, whose value is a string that pydantic
and mypy read lazily, as both support named recursive aliases. A cycle in
which every alias is just another alias of it (`A = B`, `B = A | None`) names
no value at all and is an error.

Everything here is iterative: a chain of ten thousand schemas cannot exhaust
the stack.
"""

from __future__ import annotations

import heapq
from dataclasses import replace

from generator.clientmodel.model import ModelDef
from generator.clientmodel.typenode import plain_name
from generator.diagnostics import ClientgenError


def order_models(
    models: dict[str, ModelDef], deps: dict[str, set[str]], source: str = ""
) -> tuple[tuple[ModelDef, ...], tuple[str, ...]]:
    _refuse_empty_cycles(models, source)
    ordered = _aliases_after_values(_depth_first(models, deps), models, deps)
    position = {name: i for i, name in enumerate(ordered)}

    def forward(name: str) -> list[str]:
        return [d for d in deps.get(name, ()) if position.get(d, -1) >= position[name]]

    rebuild = tuple(name for name in ordered if models[name].alias is None and forward(name))
    result = []
    for name in ordered:
        model = models[name]
        if model.alias is not None and forward(name):
            model = replace(model, recursive=True)
        result.append(model)
    return tuple(result), rebuild


def _depth_first(models: dict[str, ModelDef], deps: dict[str, set[str]]) -> list[str]:
    """Dependencies before dependents, in first-visit order (cycles cut where met)."""
    ordered: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for root in models:
        if state.get(root):
            continue
        state[root] = 1
        stack = [(root, iter(sorted(deps.get(root, ()))))]
        while stack:
            name, pending = stack[-1]
            dep = next((d for d in pending if d in models and d != name and not state.get(d)), None)
            if dep is None:
                stack.pop()
                state[name] = 2
                ordered.append(name)
            else:
                state[dep] = 1
                stack.append((dep, iter(sorted(deps.get(dep, ())))))
    return ordered


def _aliases_after_values(
    base: list[str], models: dict[str, ModelDef], deps: dict[str, set[str]]
) -> list[str]:
    """``base`` reordered so every alias follows what it names, changing as little as
    possible; where aliases form a cycle, the earliest goes first."""
    rank = {name: i for i, name in enumerate(base)}
    waits_for = {
        name: {d for d in deps.get(name, ()) if d in models and d != name}
        if models[name].alias is not None
        else set()
        for name in base
    }
    waited_by: dict[str, list[str]] = {}
    for name, needed in waits_for.items():
        for dep in needed:
            waited_by.setdefault(dep, []).append(name)
    ready = [(rank[n], n) for n in base if not waits_for[n]]
    heapq.heapify(ready)
    placed: set[str] = set()
    ordered: list[str] = []
    while len(ordered) < len(base):
        if ready:
            _, name = heapq.heappop(ready)
        else:  # only alias cycles are left: break one at its earliest alias
            name = min((n for n in base if n not in placed), key=rank.__getitem__)
        if name in placed:
            continue
        placed.add(name)
        ordered.append(name)
        for dependent in waited_by.get(name, ()):
            waits_for[dependent].discard(name)
            if not waits_for[dependent] and dependent not in placed:
                heapq.heappush(ready, (rank[dependent], dependent))
    return ordered


def _refuse_empty_cycles(models: dict[str, ModelDef], source: str) -> None:
    """An alias cycle where each alias is only (a union of) other aliases of the cycle
    names no value."""
    aliases = {n: m.alias for n, m in models.items() if m.alias is not None}
    bare = {
        name: members
        for name, value in aliases.items()
        if (members := [plain_name(m) or "" for m in value.members])
        and all(m in aliases for m in members)
    }
    state: dict[str, int] = {}
    for root in bare:
        if state.get(root):
            continue
        path = [root]
        state[root] = 1
        stack = [iter(bare[root])]  # members outside `bare` end a path
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                state[path.pop()] = 2
            elif state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise ClientgenError(
                    f"schemas {' -> '.join(cycle)} are each only the next one: "
                    "they describe no value",
                    f"{source}#{models[nxt].pointer}",
                    "give one of them a type (an override can), or remove the cycle",
                )
            elif not state.get(nxt) and nxt in bare:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(bare[nxt]))
