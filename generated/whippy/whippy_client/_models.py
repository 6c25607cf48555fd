"""Model base and the validation rules that differ between requests and responses.

Responses are read tolerantly: a server that adds a field or an enum value must
not break a client already deployed. Requests are checked strictly, before
anything is sent, so a typo fails here and not as a 422 from the server.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Final, TypeVar, Union, cast, get_args, get_origin

import pydantic
import pydantic_core
from pydantic import (
    ConfigDict,
    GetCoreSchemaHandler,
    TypeAdapter,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
)
from pydantic_core import core_schema

from ._types import NotGiven

__all__ = [
    "ARGUMENTS_CONFIG",
    "BaseModel",
    "form_fields",
    "limits",
    "multipart",
    "parse_json",
    "parse_json_bytes",
    "to_wire",
    "tolerant",
    "validate_request",
]

T = TypeVar("T")
BaseModelT = TypeVar("BaseModelT", bound="BaseModel")

_RESPONSE_CONTEXT: Final = {"clientgen_response": True}
_REQUEST_CONTEXT: Final = {"clientgen_request": True}


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Unknown fields are kept (readable as attributes and in ``model_extra``);
    fields accept their Python name as well as their wire alias.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        use_enum_values=True,
        # Specs write ECMA-262 patterns; Python's engine accepts lookarounds and
        # backreferences that the default Rust engine refuses at import time.
        regex_engine="python-re",
    )


def _accept_unknown_in_responses(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError:
        from_response = bool(info.context and info.context.get("clientgen_response"))
        if from_response and isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
        raise


tolerant: Final = pydantic.WrapValidator(_accept_unknown_in_responses)
"""Marker for enum-like types: ``Annotated[Literal["a", "b"], tolerant]``.

A value outside the enum is kept as is when parsing a response (`parse_json`)
and rejected everywhere else: in `validate_request` and when a model is built
directly in code.
"""


class limits:
    """Marker for documented limits: ``Annotated[str, limits(max_length=1000)]``.

    Checked like `tolerant` checks enums: whenever data is validated, except
    when a response is parsed, because a server exceeding its own documented
    limits must not break a client that only reads.
    """

    def __init__(self, **bounds: Any) -> None:
        self.bounds = bounds
        self._pattern = re.compile(bounds["pattern"]) if "pattern" in bounds else None

    def __call__(self, value: Any, info: ValidationInfo) -> Any:
        if info.context and info.context.get("clientgen_response"):
            return value
        for name, bound in self.bounds.items():
            problem = _BOUND_CHECKS[name](value, bound, self._pattern)
            if problem:
                raise ValueError(f"must be {problem}")
        return value

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.with_info_after_validator_function(self, handler(source))

    def __repr__(self) -> str:
        return f"limits({', '.join(f'{k}={v!r}' for k, v in self.bounds.items())})"


def _sized(value: Any) -> int | None:
    return len(value) if isinstance(value, str | bytes | list | tuple | set | dict) else None


def _multiple(value: float, step: float) -> bool:
    quotient = value / step
    return abs(quotient - round(quotient)) < 1e-9


_BOUND_CHECKS: Final[dict[str, Callable[[Any, Any, re.Pattern[str] | None], str | None]]] = {
    "max_length": lambda v, b, _: f"at most {b} long" if (_sized(v) or 0) > b else None,
    "min_length": lambda v, b, _: (
        f"at least {b} long" if (n := _sized(v)) is not None and n < b else None
    ),
    "le": lambda v, b, _: f"at most {b}" if v > b else None,
    "ge": lambda v, b, _: f"at least {b}" if v < b else None,
    "lt": lambda v, b, _: f"less than {b}" if v >= b else None,
    "gt": lambda v, b, _: f"more than {b}" if v <= b else None,
    "multiple_of": lambda v, b, _: f"a multiple of {b}" if not _multiple(v, b) else None,
    "pattern": lambda v, b, p: (
        f"matching {b!r}" if isinstance(v, str) and p and not p.search(v) else None
    ),
}


# Building a TypeAdapter compiles a validator; do it once per type.
_adapters: dict[Any, TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> TypeAdapter[Any]:
    adapter = _adapters.get(type_)
    if adapter is None:
        adapter = _adapters[type_] = TypeAdapter(type_)
    return adapter


def parse_json(type_: type[T], data: object, *, strict: bool = False) -> T:
    """Validate decoded JSON from a response into ``type_``.

    Tolerant of unknown fields and enum values always. Unless ``strict``, a
    value that does not fit is kept as received and the rest is typed (see
    `_lenient`); with ``strict`` the mismatch raises `pydantic.ValidationError`.
    """
    try:
        result: T = _adapter(type_).validate_python(data, context=_RESPONSE_CONTEXT)
    except pydantic.ValidationError:
        if strict:
            raise
        return cast(T, _lenient(type_, data))
    return result


def parse_json_bytes(type_: type[T], content: bytes, *, strict: bool = False) -> T:
    """`parse_json` straight from the response bytes: pydantic-core parses and
    validates in one pass, about 40 % faster than ``json.loads`` then validating.

    Raises `ValueError` when ``content`` is not JSON at all.
    """
    try:
        result: T = _adapter(type_).validate_json(content, context=_RESPONSE_CONTEXT)
    except pydantic.ValidationError as error:
        first = error.errors(include_url=False)[0]
        if first["type"] == "json_invalid":
            raise ValueError(f"the body is not JSON ({first['msg']})") from None
        if strict:
            raise
        return cast(T, _lenient(type_, pydantic_core.from_json(content)))
    return result


def _lenient(type_: Any, data: object, adapter: TypeAdapter[Any] | None = None) -> object:
    """``data`` typed as far as it fits ``type_``; what does not fit is kept as received.

    The slow path, taken only after validation failed: a model keeps every
    field that validates (a missing required field is ``None``), a list keeps
    every item, each recursively; any other value that does not fit stays as
    it came. So one off-spec value never loses a whole response or page.
    """
    try:
        return (adapter or _adapter(type_)).validate_python(data, context=_RESPONSE_CONTEXT)
    except pydantic.ValidationError:
        pass
    for option in _options(type_):
        if isinstance(option, type) and issubclass(option, BaseModel) and isinstance(data, dict):
            return _salvaged(option, data)
        if get_origin(option) is list and isinstance(data, list):
            (item,) = get_args(option) or (Any,)
            item_adapter = _adapter(item)
            return [_lenient(item, element, item_adapter) for element in data]
    return data


def _options(type_: Any) -> tuple[Any, ...]:
    """The alternatives of a union (``Model | None``), unwrapping ``Annotated``."""
    if get_origin(type_) is Annotated:
        return _options(get_args(type_)[0])
    if get_origin(type_) in (Union, types.UnionType):
        return tuple(option for arg in get_args(type_) for option in _options(arg))
    return (type_,)


def _salvaged(model: type[BaseModelT], data: dict[str, Any]) -> BaseModelT:
    values: dict[str, Any] = {}
    unused = dict(data)
    for name, field in model.model_fields.items():
        key = field.alias if field.alias in unused else name
        if key not in unused:
            if field.is_required():
                values[name] = None
            continue
        values[name] = _lenient(field.annotation, unused.pop(key), _field_adapter(model, name))
    return model.model_construct(**values, **unused)


_field_adapters: dict[tuple[type[BaseModel], str], TypeAdapter[Any]] = {}


def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """A validator for one field of ``model``, constraints included (lenient reads only)."""
    adapter = _field_adapters.get((model, name))
    if adapter is None:
        field = model.model_fields[name]
        annotation: Any = field.annotation
        if field.metadata:
            annotation = Annotated[(annotation, *field.metadata)]
        adapter = _field_adapters[model, name] = TypeAdapter(annotation)
    return adapter


def validate_request(type_: type[T], data: object) -> T:
    """Validate request data strictly; raises `pydantic.ValidationError` before sending.

    `NOT_GIVEN` values in mappings are dropped first, so arguments
    the caller left out stay unset (and `to_wire` leaves them out).
    """
    result: T = _adapter(type_).validate_python(_given(data), context=_REQUEST_CONTEXT)
    return result


def _given(data: object) -> object:
    """``data`` without `NOT_GIVEN` entries, in nested mappings too."""
    if isinstance(data, Mapping):
        return {k: _given(v) for k, v in data.items() if not isinstance(v, NotGiven)}
    return data


def to_wire(value: object) -> Any:
    """JSON-ready data for a request body: aliases, only the fields that were set.

    Models nested in mappings and lists are converted too; `NOT_GIVEN` entries
    of mappings are dropped.
    """
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    if isinstance(value, Mapping):
        return {k: to_wire(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, list | tuple):
        return [to_wire(item) for item in value]
    return pydantic_core.to_jsonable_python(value)


def form_fields(value: object) -> dict[str, Any]:
    """Fields of a form body (url-encoded or multipart), by wire name, only those set;
    none for an optional body left out."""
    if value is None or isinstance(value, NotGiven):
        return {}
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if not isinstance(v, NotGiven)}
    raise TypeError(f"a form body must be a model or a mapping, not {type(value).__name__}")


def multipart(value: object) -> dict[str, Any]:
    """``data=`` and ``files=`` arguments for a multipart body: bytes and files are parts."""
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for name, field in form_fields(value).items():
        is_file = isinstance(field, bytes | bytearray | tuple) or hasattr(field, "read")
        (files if is_file else data)[name] = field
    return {"data": data, "files": files}


ARGUMENTS_CONFIG: Final = ConfigDict(arbitrary_types_allowed=True, regex_engine="python-re")
"""Config for ``validate_call`` on generated methods whose arguments carry enums or limits.

Arguments are checked before anything is sent; ``arbitrary_types_allowed`` lets
the signature keep runtime types such as `NotGiven` and `httpx.Timeout`.
"""
