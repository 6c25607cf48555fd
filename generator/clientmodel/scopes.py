"""Every name the generated code uses itself, by scope, so no spec name hides one.

A generated package has three scopes where spec names and the code's own names
meet: module level (model classes and resource classes live beside the runtime
names and typing names every module imports), the client object (resource
attributes beside the base client's methods and attributes), and the client
constructor (server variables and credentials beside ``base_url=``,
``timeout=``...). Each scope gets one `NameAllocator` seeded with what the code
uses there; a spec name that would clash is renamed by a fixed rule (the same
every run) and reported, so `Mapping`, `Timeout`, a tag `request` or a server
variable `token` can never break a package.

The runtime's names are read from the runtime itself (its exports as the
renderer imports them, the base client's attributes parsed from its source), so
a name added to the runtime is reserved without anyone listing it here.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Set
from functools import cache

from generator.diagnostics import Diagnostic, info

# Names the templates write literally at module level (beyond the runtime's exports).
_TEMPLATE_MODULE_NAMES = frozenset(
    {
        "Client",
        "AsyncClient",
        "ClientWithRawResponse",
        "AsyncClientWithRawResponse",
        "DEFAULT_TIMEOUT",
        "DEFAULT_MAX_RETRIES",
        "BaseModel",
        "Field",
        "TypeAlias",
        "TypeAliasType",
        # typing names a reader expects to mean typing's, used or not
        "Any",
        "Annotated",
        "Dict",
        "List",
        "Literal",
        "Mapping",
        "Optional",
        "Sequence",
        "Union",
    }
)
# Client attributes the templates set or the API promises (CLIENT_API.md).
_CLIENT_ATTRIBUTES = frozenset({"with_raw_response", "with_options", "copy"})
# Keyword arguments every generated method takes (CLIENT_API.md), beside its own.
METHOD_ARGUMENTS = frozenset(
    {"self", "timeout", "extra_headers", "extra_query", "extra_body", "max_retries"}
)
# Constructor arguments of every client, and the locals of `_base_url()`/`_auth()`.
CONSTRUCTOR_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "max_retries",
        "http_client",
        "default_headers",
        "strict_response_validation",
        "max_retry_wait",
        "max_response_size",
        "url",
    }
)


@cache
def module_names() -> frozenset[str]:
    """Names any generated module may import or define at top level."""
    from generator.imports import KNOWN
    from generator.render import _RUNTIME_EXPORTS

    runtime = {name for names in _RUNTIME_EXPORTS.values() for name in names}
    return frozenset(runtime | set(KNOWN) | _TEMPLATE_MODULE_NAMES)


@cache
def client_attributes() -> frozenset[str]:
    """Attributes and methods of the runtime's client classes, parsed from its source."""
    from generator.templates_dir import templates_dir

    source = (templates_dir() / "runtime" / "_base_client.py").read_text(encoding="utf-8")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    found.add(item.target.id)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and isinstance(node.ctx, ast.Store)
        ):
            found.add(node.attr)
    return frozenset(found | _CLIENT_ATTRIBUTES)


class Scope:
    """Unique names for one scope of the generated code.

    A wanted name that the code itself uses there (``reserved``), or that
    another spec name already took when ``rename_taken`` is set, is renamed by
    ``rename`` (`Timeout` -> `TimeoutModel`, a server variable `token` ->
    `server_token`) and the rename reported; any clash left is numbered
    (`Pet2`, `pet_2`), as the same input always gives the same names.
    ``clear`` lists names derived from the result (``"Async{}"``), which must
    be free as well.
    """

    def __init__(
        self,
        what: str,
        reserved: Iterable[str],
        diagnostics: list[Diagnostic],
        source: str,
        rename: Callable[[str], str],
        *,
        rename_taken: bool = False,
    ) -> None:
        self.what = what
        self.reserved = frozenset(reserved)
        self.taken: set[str] = set()
        self.diagnostics = diagnostics
        self.source = source
        self.rename = rename
        self.rename_taken = rename_taken

    def allocate(self, wanted: str, where: str = "", clear: Iterable[str] = ()) -> str:
        derived = ("{}", *clear)
        base = wanted
        clash = self._clash(base, derived, self.reserved) or (
            self._clash(base, derived, self.taken) if self.rename_taken else None
        )
        if clash is not None:
            base = self.rename(wanted)
            self.diagnostics.append(
                info(
                    f"{self.what} {wanted!r} would clash with {clash!r} in the generated code; "
                    f"named {base!r}",
                    f"{self.source}#{where}" if where else self.source,
                )
            )
        name, counter = base, 2
        while self._clash(name, derived, self.reserved) or self._clash(name, derived, self.taken):
            name = f"{base}_{counter}" if base.islower() else f"{base}{counter}"
            counter += 1
        self.taken.update(pattern.format(name) for pattern in derived)
        return name

    def sharing(
        self, what: str, rename: Callable[[str], str], *, rename_taken: bool = False
    ) -> Scope:
        """The same scope (names taken in one are taken in both), renaming by another rule."""
        view = Scope(
            what, self.reserved, self.diagnostics, self.source, rename, rename_taken=rename_taken
        )
        view.taken = self.taken
        return view

    @staticmethod
    def _clash(name: str, derived: tuple[str, ...], names: Set[str]) -> str | None:
        """The first name derived from ``name`` that ``names`` holds, if any."""
        return next((n for p in derived if (n := p.format(name)) in names), None)

    def __contains__(self, name: str) -> bool:
        return name in self.taken or name in self.reserved
