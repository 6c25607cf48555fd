"""Python types as immutable nodes, rendered to annotation text in one place.

The lowering asks structural questions of a type (does it allow None, which
models does it name, is it an enum, what are its alternatives) and rebuilds
types (a request variant renames its models, a response enum gains ``str``).
Text would have to be parsed back for each; these nodes answer directly.
Two flags sit on every node rather than in a union: ``nullable`` (None is a
value) and ``omittable`` (the argument may be left out: `NotGiven`).
`TypeNode.render` is the only place an annotation becomes text; given the
builtins a class body shadows (a method named ``list``), it qualifies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from generator.clientmodel.pyliteral import py_string

# Builtins a generated method may be named after, hiding them in its class body.
SHADOWABLE = frozenset(
    {"list", "dict", "set", "type", "object", "bytes", "str", "int", "float", "bool"}
)
_NONE_SHADOWED: frozenset[str] = frozenset()


def builtin(name: str, shadowed: frozenset[str]) -> str:
    """``name``, qualified as ``builtins.name`` where a method hides it."""
    return f"builtins.{name}" if name in shadowed else name


@dataclass(frozen=True)
class TypeNode:
    """A Python type; subclasses are its kinds."""

    nullable: bool = field(default=False, kw_only=True)
    omittable: bool = field(default=False, kw_only=True)

    @property
    def members(self) -> tuple[TypeNode, ...]:
        """The alternatives, without the flags (a non-union is its one member)."""
        return (self.bare,) if self.nullable or self.omittable else (self,)

    @cached_property
    def bare(self) -> TypeNode:
        """This type without ``None`` and `NotGiven`."""
        return self.flags(nullable=False, omittable=False) if self.flagged else self

    @cached_property
    def or_none(self) -> TypeNode:
        """This type, nullable (kept: most optional fields share a few types)."""
        return self.flags(nullable=True, omittable=self.omittable)

    def flags(self, *, nullable: bool, omittable: bool) -> TypeNode:
        """This type with these flags (about half the cost of ``dataclasses.replace``)."""
        return type(self)(*self._parts(), nullable=nullable, omittable=omittable)

    def _parts(self) -> tuple[Any, ...]:
        raise NotImplementedError

    @property
    def flagged(self) -> bool:
        return self.nullable or self.omittable

    def children(self) -> tuple[TypeNode, ...]:
        return ()

    def walk(self) -> Iterator[TypeNode]:
        """This node and every node inside it, in the order they are written."""
        yield self
        for child in self.children():
            yield from child.walk()

    def names(self) -> set[str]:
        """The names this type mentions (models, aliases, builtins)."""
        return {node.name for node in self.walk() if isinstance(node, Named)}

    def rename(self, renames: Mapping[str, str]) -> TypeNode:
        """This type with the named types in ``renames`` replaced."""
        return self.substitute({old: Named(new) for old, new in renames.items()})

    def substitute(self, types: Mapping[str, TypeNode]) -> TypeNode:
        """This type with each named type in ``types`` replaced by its type there."""
        return self._map(lambda child: child.substitute(types))

    def _map(self, change: Callable[[TypeNode], TypeNode]) -> TypeNode:
        return self

    def _text(self, shadowed: frozenset[str]) -> str:
        raise NotImplementedError

    def render(self, shadowed: frozenset[str] = _NONE_SHADOWED) -> str:
        """The annotation, ``None`` and `NotGiven` last (``str | None | NotGiven``)."""
        if not shadowed:
            return self.text
        return self._joined(self._text(shadowed))

    @cached_property
    def text(self) -> str:
        return self._joined(self._text(_NONE_SHADOWED))

    def _joined(self, text: str) -> str:
        parts = [text] if text else []
        parts += ["None"] * self.nullable + ["NotGiven"] * self.omittable
        return " | ".join(parts) or "Any"

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Named(TypeNode):
    """A type by name: a builtin, a runtime or stdlib type, a model or alias."""

    name: str

    def _parts(self) -> tuple[Any, ...]:
        return (self.name,)

    def substitute(self, types: Mapping[str, TypeNode]) -> TypeNode:
        new = types.get(self.name)
        if new is None:
            return self
        return union(new, nullable=self.nullable, omittable=self.omittable)

    def _text(self, shadowed: frozenset[str]) -> str:
        return builtin(self.name, shadowed)


@dataclass(frozen=True)
class LiteralOf(TypeNode):
    """``Literal[...]`` of Python sources; ``tolerant`` wraps it in the runtime's marker,
    which keeps an unknown value read from a response."""

    values: tuple[str, ...]
    tolerant: bool = False

    def _parts(self) -> tuple[Any, ...]:
        return (self.values, self.tolerant)

    def _text(self, shadowed: frozenset[str]) -> str:
        literal = f"Literal[{', '.join(self.values)}]"
        return f"Annotated[{literal}, tolerant]" if self.tolerant else literal


@dataclass(frozen=True)
class ListOf(TypeNode):
    item: TypeNode

    def _parts(self) -> tuple[Any, ...]:
        return (self.item,)

    def children(self) -> tuple[TypeNode, ...]:
        return (self.item,)

    def _map(self, change: Callable[[TypeNode], TypeNode]) -> TypeNode:
        return replace(self, item=change(self.item))

    def _text(self, shadowed: frozenset[str]) -> str:
        return f"{builtin('list', shadowed)}[{self.item.render(shadowed)}]"


@dataclass(frozen=True)
class DictOf(TypeNode):
    """``dict[str, value]``: JSON object keys are strings."""

    value: TypeNode

    def _parts(self) -> tuple[Any, ...]:
        return (self.value,)

    def children(self) -> tuple[TypeNode, ...]:
        return (self.value,)

    def _map(self, change: Callable[[TypeNode], TypeNode]) -> TypeNode:
        return replace(self, value=change(self.value))

    def _text(self, shadowed: frozenset[str]) -> str:
        key = builtin("str", shadowed)
        return f"{builtin('dict', shadowed)}[{key}, {self.value.render(shadowed)}]"


@dataclass(frozen=True)
class Constrained(TypeNode):
    """``Annotated[base, marker(k=v, ...)]``: the runtime's ``limits`` on a model field,
    pydantic's ``Field`` on a method argument."""

    base: TypeNode
    marker: str
    arguments: tuple[tuple[str, str], ...]

    def _parts(self) -> tuple[Any, ...]:
        return (self.base, self.marker, self.arguments)

    def children(self) -> tuple[TypeNode, ...]:
        return (self.base,)

    def _map(self, change: Callable[[TypeNode], TypeNode]) -> TypeNode:
        return replace(self, base=change(self.base))

    def _text(self, shadowed: frozenset[str]) -> str:
        arguments = ", ".join(f"{k}={v}" for k, v in self.arguments)
        return f"Annotated[{self.base.render(shadowed)}, {self.marker}({arguments})]"


@dataclass(frozen=True)
class Union(TypeNode):
    """Two or more alternatives, none a union or flagged (see `union`); no alternatives
    and ``nullable`` is the type ``None``."""

    options: tuple[TypeNode, ...]

    def _parts(self) -> tuple[Any, ...]:
        return (self.options,)

    @property
    def members(self) -> tuple[TypeNode, ...]:
        return self.options

    def children(self) -> tuple[TypeNode, ...]:
        return self.options

    def _map(self, change: Callable[[TypeNode], TypeNode]) -> TypeNode:
        changed = (change(option) for option in self.options)
        return union(*changed, nullable=self.nullable, omittable=self.omittable)

    def _text(self, shadowed: frozenset[str]) -> str:
        return " | ".join(option.render(shadowed) for option in self.options)


ANY = Named("Any")
OBJECT = Named("object")
STR = Named("str")
NONE: TypeNode = Union((), nullable=True)


def union(*nodes: TypeNode, nullable: bool = False, omittable: bool = False) -> TypeNode:
    """The union of ``nodes``: nested unions flattened, repeats and flags merged;
    ``Any`` absorbs everything, no alternative at all is ``Any`` (or ``None``)."""
    if len(nodes) == 1 and not (nullable or omittable):
        return nodes[0]  # already a union of its own, or not one
    options: list[TypeNode] = []
    for node in nodes:
        nullable |= node.nullable
        omittable |= node.omittable
        for member in node.members:
            if member not in options:
                options.append(member)
    if ANY in options:
        return ANY
    if len(options) == 1:
        only = options[0]
        return only.flags(nullable=nullable, omittable=omittable) if nullable or omittable else only
    if not options and not nullable:
        return ANY
    return Union(tuple(options), nullable=nullable, omittable=omittable)


def without_none(node: TypeNode) -> TypeNode:
    if node.nullable and node.members:
        return node.flags(nullable=False, omittable=node.omittable)
    return node


def with_none(node: TypeNode) -> TypeNode:
    return node if node.nullable else node.or_none


def omittable(node: TypeNode) -> TypeNode:
    """``node`` as an argument that may be left out (`NotGiven`)."""
    return node if node.omittable else node.flags(nullable=node.nullable, omittable=True)


def plain_name(node: TypeNode) -> str | None:
    """The name when ``node`` is just a name (no ``None``, no `NotGiven`)."""
    return node.name if isinstance(node, Named) and not node.flagged else None


def cast_expression(static: TypeNode | None, value: TypeNode, shadowed: frozenset[str]) -> str:
    """What a method passes as the type to parse into: ``value`` itself when it is
    a class (``static`` None), else ``cast("type[static]", value)`` so mypy reads it."""
    if value == NONE:
        return "type(None)"
    if static is None:
        return value.render(shadowed)
    wanted = f"{builtin('type', shadowed)}[{static.render(shadowed)}]"
    return f"cast({py_string(wanted)}, {value.render(shadowed)})"


def first_literal(node: TypeNode) -> LiteralOf | None:
    return next((n for n in node.walk() if isinstance(n, LiteralOf)), None)
