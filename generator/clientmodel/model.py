"""The client model: everything the templates need, already decided.

Frozen dataclasses lowered from the patched OpenAPI document; `Field` and `Param`,
made by the ten thousand, are slotted instead (a frozen dataclass sets each attribute
through ``object.__setattr__``, which made their construction a tenth of the
lowering), and nothing changes them once made. Names are safe Python identifiers,
types are `TypeNode`s (their annotation text is the ``type`` properties, or
``render(shadowed)`` in a class body that hides builtins), every string from the
spec is still raw text (templates escape it with explicit filters). Templates hold
no logic beyond loops and conditionals over these objects.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from generator.clientmodel.typenode import SHADOWABLE, TypeNode, builtin, cast_expression
from generator.imports import name_order

ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(slots=True)
class Field:
    """A model field or a flattened body argument."""

    name: str
    alias: str
    annotation: TypeNode
    required: bool
    description: str = ""
    default: str | None = None  # Python source of the default, when the spec gives one
    read_only: bool = False
    deprecated: bool = False
    fixed: str | None = (
        None  # Python source that fills it (a path argument, a constant): no argument
    )
    container: str | None = None  # the body property holding it (a flattened JSON:API `attributes`)
    nullable: bool = False  # the schema allows null (not merely: the field may be left out)
    only: str | None = None  # Python source of the one value the schema allows (a JSON:API type)
    example: str | None = None  # Python source of the spec's example, when it fits the type

    @property
    def type(self) -> str:
        return self.annotation.text


@dataclass(frozen=True)
class ModelDef:
    """A pydantic model (``fields``), a type alias (``alias``), or with ``typed_dict`` a
    TypedDict of the fields keyed by wire name (a model passed as a plain dict)."""

    name: str
    description: str
    fields: tuple[Field, ...] = ()
    alias: TypeNode | None = None
    pointer: str = ""
    # An alias in a cycle of aliases: rendered as a named `TypeAliasType` read lazily.
    recursive: bool = False
    typed_dict: bool = False

    @property
    def alias_of(self) -> str | None:
        return None if self.alias is None else self.alias.text

    @property
    def keys_are_names(self) -> bool:
        """Whether every wire name can be a class attribute (a TypedDict written as a
        class); otherwise it is written in the functional form, keys as strings."""
        return all(f.alias.isidentifier() and not keyword.iskeyword(f.alias) for f in self.fields)


@dataclass(slots=True)
class Param:
    name: str
    wire: str
    location: ParamLocation
    annotation: TypeNode  # in the method signature
    required: bool
    description: str = ""
    default: str | None = None
    deprecated: bool = False
    explode: bool = True
    # OpenAPI serialization style: form, spaceDelimited, pipeDelimited, deepObject
    # (query, cookie), simple (path, header), label, matrix (path).
    style: str = "form"
    nullable: bool = False  # the schema allows null: None is a value to send
    given: TypeNode | None = None  # the annotation without `NotGiven`, which stands for "left out"
    example: str | None = None  # Python source of the spec's example, when it fits the type

    @property
    def type(self) -> str:
        return self.annotation.text

    @property
    def given_type(self) -> str:
        return "" if self.given is None else self.given.text

    @property
    def omittable(self) -> bool:
        """Optional without a default: typed ``X | NotGiven = NOT_GIVEN`` (None only
        when `nullable`), not ``X | None = None``."""
        return not self.required and self.default is None


@dataclass(frozen=True)
class Body:
    media_type: str
    required: bool
    # Flattened: each property of an object body is a keyword argument, and the
    # request is validated as ``model`` before sending.
    fields: tuple[Field, ...] = ()
    model: str | None = None
    # Not flattened: one ``body`` argument of this type.
    annotation: TypeNode | None = None
    envelope: str | None = None
    variable: str = "payload"  # the local holding the validated request, clear of argument names

    @property
    def type(self) -> str | None:
        return None if self.annotation is None else self.annotation.text


@dataclass(frozen=True)
class Pagination:
    """How a list pages: the runtime class (``OffsetPagination``, ``CursorPagination``,
    ``LinkPagination``) and its keyword arguments as Python source, in order."""

    runtime_class: str
    arguments: tuple[tuple[str, str], ...]
    item: TypeNode
    item_static: TypeNode | None  # what to `cast` the item type to for mypy, when needed

    @property
    def item_type(self) -> str:
        return self.item.text

    def item_cast(self, shadowed: frozenset[str] = frozenset()) -> str:
        """The expression passed as the item type."""
        return cast_expression(self.item_static, self.item, shadowed)


@dataclass(frozen=True)
class Operation:
    name: str
    http_method: str
    path: str  # Python expression (an f-string or a plain string literal)
    path_template: str  # the wire path, for docs
    params: tuple[Param, ...]
    body: Body | None
    response: TypeNode  # what the method returns (before paging)
    response_static: TypeNode | None  # what to `cast` the response type to for mypy, when needed
    response_envelope: str | None
    pagination: Pagination | None
    summary: str
    description: str
    deprecated: bool
    authenticated: bool
    operation_id: str
    tags: tuple[str, ...] = ()
    example_args: str = ""  # Python source of a call's arguments, for the README
    example_imports: tuple[tuple[str, str], ...] = ()  # (module, name) pairs those arguments use
    # The requirements that let this operation through, each the schemes it needs
    # together, in the spec's order (its own, else the document's; empty: none needed).
    security: tuple[tuple[str, ...], ...] = ()

    @property
    def response_type(self) -> str:
        return self.response.text

    def cast_to(self, shadowed: frozenset[str] = frozenset()) -> str:
        """The expression passed as ``cast_to``."""
        return cast_expression(self.response_static, self.response, shadowed)

    def return_annotation(self, aio: bool, shadowed: frozenset[str] = frozenset()) -> str:
        """The annotation the method returns: a page of items, or the response type."""
        if self.pagination is None:
            return self.response.render(shadowed)
        page = "AsyncOffsetPage" if aio else "SyncOffsetPage"
        return f"{page}[{self.pagination.item.render(shadowed)}]"

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def keyword_params(self) -> tuple[Param, ...]:
        required = tuple(p for p in self.params if p.location != "path" and p.required)
        optional = tuple(p for p in self.params if p.location != "path" and not p.required)
        return required + optional

    def params_in(self, location: ParamLocation) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == location)


@dataclass(frozen=True)
class Resource:
    attr: str
    class_name: str
    module: str
    description: str
    operations: tuple[Operation, ...]

    @cached_property
    def shadowed(self) -> frozenset[str]:
        """Builtins its classes hide by naming a method after them (``list``)."""
        return SHADOWABLE.intersection(op.name for op in self.operations)

    def builtin(self, name: str) -> str:
        """A builtin's name as its class bodies must write it."""
        return builtin(name, self.shadowed)

    @property
    def class_names(self) -> tuple[str, ...]:
        """The four classes its module exports, sorted as an import lists them."""
        names = (self.class_name, f"{self.class_name}WithRawResponse")
        return tuple(sorted(names + tuple(f"Async{n}" for n in names), key=name_order))


@dataclass(frozen=True)
class Credential:
    """A constructor argument that carries a secret (or a setting of the auth flow)."""

    name: str
    env: str
    description: str
    secret: bool = True


@dataclass(frozen=True)
class AuthScheme:
    """One way to authenticate. ``factory`` is the runtime class; ``options`` its fixed args."""

    scheme: str
    kind: Literal["bearer", "api_key", "basic", "oauth2_client_credentials", "token_exchange"]
    credentials: tuple[Credential, ...]
    factory: str
    options: tuple[tuple[str, str], ...] = ()  # keyword -> Python source
    credential_args: tuple[tuple[str, str], ...] = ()  # runtime keyword -> credential name
    description: str = ""
    module: str = "_auth"


@dataclass(frozen=True)
class AuthRequirement:
    """One way to satisfy the API's security: these schemes (by `AuthScheme.scheme`),
    all at once. A client uses the first requirement whose credentials it has, and
    sends every credential of it (an API key and an app id together, say)."""

    schemes: tuple[str, ...]


@dataclass(frozen=True)
class ServerVariable:
    name: str
    wire: str
    default: str
    description: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientModel:
    api_name: str
    package: str
    distribution: str
    version: str
    title: str
    description: str
    api_version: str
    base_url: str | None  # template with {wire} variables, or None when the spec has no server
    server_variables: tuple[ServerVariable, ...]
    auth: tuple[AuthScheme, ...]
    auth_required: bool
    resources: tuple[Resource, ...]
    models: tuple[ModelDef, ...]
    runtime_modules: tuple[str, ...]
    env_prefix: str
    rebuild_models: tuple[str, ...] = field(default=())
    auth_requirements: tuple[AuthRequirement, ...] = field(default=())
    generator_version: str = ""  # clientgen's; ``version`` is the package's own

    def schemes_of(self, requirement: AuthRequirement) -> tuple[AuthScheme, ...]:
        """The schemes a requirement needs, in its order."""
        by_name = {s.scheme: s for s in self.auth}
        return tuple(by_name[name] for name in requirement.schemes)

    @property
    def auth_options(self) -> tuple[tuple[AuthScheme, ...], ...]:
        """The ways the client can authenticate, in the spec's order: each is the schemes
        sent together. A token flow makes requests of its own, so it is never combined."""
        flows = ("oauth2_client_credentials", "token_exchange")
        options = (self.schemes_of(r) for r in self.auth_requirements)
        return tuple(o for o in options if len(o) == 1 or not any(s.kind in flows for s in o))

    @property
    def has_pagination(self) -> bool:
        return any(op.pagination for r in self.resources for op in r.operations)
