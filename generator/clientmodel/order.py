"""Definition order for a models module.

Type aliases are evaluated when the module is imported, so whatever they name
must be defined above them; classes may refer forward (annotations are lazy),
but those that do are rebuilt at the end of the module so pydantic resolves
them before first use.
"""

from __future__ import annotations

from generator.clientmodel.model import ModelDef


def order_models(
    models: dict[str, ModelDef], deps: dict[str, set[str]]
) -> tuple[tuple[ModelDef, ...], tuple[str, ...]]:
    ordered: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str) -> None:
        if state.get(name):
            return
        state[name] = 1
        for dep in sorted(deps.get(name, ())):
            if dep in models and dep != name:
                visit(dep)
        state[name] = 2
        ordered.append(name)

    for name in models:
        visit(name)
    position = {name: i for i, name in enumerate(ordered)}
    rebuild = tuple(
        name
        for name in ordered
        if models[name].alias_of is None
        and any(position.get(dep, -1) >= position[name] for dep in deps.get(name, ()))
    )
    return tuple(models[n] for n in ordered), rebuild
