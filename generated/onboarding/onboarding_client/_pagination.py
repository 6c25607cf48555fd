"""Offset/limit pagination: page objects that walk every following page lazily."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from ._models import parse_json
from ._utils import clean_params, resolve_optional, resolve_pointer

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncOffsetPage", "OffsetPagination", "PageQuery", "SyncOffsetPage"]

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class OffsetPagination:
    """How one operation pages: its parameter names and where the body keeps things.

    ``items_pointer`` and ``total_pointer`` are JSON pointers into the body
    (``""`` when the body itself is the list); without a total, the pages end
    at the first empty or short page.
    """

    limit_param: str
    offset_param: str
    items_pointer: str
    total_pointer: str | None = None
    max_limit: int | None = None

    def first_params(self, params: Mapping[str, object]) -> dict[str, object]:
        """Clean the caller's parameters, refusing a limit the API would reject."""
        cleaned = clean_params(params)
        limit = cleaned.get(self.limit_param)
        if self.max_limit is not None and limit is not None and int(str(limit)) > self.max_limit:
            raise ValueError(
                f"{self.limit_param}={limit} is above the maximum of {self.max_limit} "
                "this API accepts; pass a smaller limit (iteration fetches the rest)"
            )
        return cleaned


@dataclasses.dataclass(frozen=True)
class PageQuery(Generic[T]):
    """Everything needed to ask for a page again with another offset."""

    path: str
    item_type: type[T]
    pagination: OffsetPagination
    params: dict[str, object]
    headers: Mapping[str, object] | None

    @classmethod
    def first(
        cls,
        path: str,
        item_type: type[T],
        pagination: OffsetPagination,
        params: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
    ) -> PageQuery[T]:
        """The query for the first page, as the caller asked for it."""
        return cls(path, item_type, pagination, pagination.first_params(params or {}), headers)

    def _int_param(self, name: str) -> int | None:
        value = self.params.get(name)
        return None if value is None else int(str(value))

    @property
    def offset(self) -> int:
        """The offset asked for (0 when not given)."""
        return self._int_param(self.pagination.offset_param) or 0

    @property
    def limit(self) -> int | None:
        """The limit asked for, if any."""
        return self._int_param(self.pagination.limit_param)

    def at(self, offset: int) -> PageQuery[T]:
        """The same query from another offset."""
        params = {**self.params, self.pagination.offset_param: offset}
        return dataclasses.replace(self, params=params)


class _OffsetPage(Generic[T]):
    """What sync and async pages share: reading the body and deciding what follows."""

    def __init__(self, query: PageQuery[T], body: object) -> None:
        pagination = query.pagination
        list_type = cast("type[list[T]]", list.__class_getitem__(query.item_type))
        self._query = query
        self.body = body
        """The decoded JSON of the response, untouched."""
        self.items: list[T] = parse_json(list_type, resolve_pointer(body, pagination.items_pointer))
        """This page's items."""
        self.total: int | None = _read_total(body, pagination.total_pointer)
        """How many items all pages hold together, when the API says."""

    def has_next_page(self) -> bool:
        """Whether another page may hold items: not after an empty or short page,
        nor once the total is reached."""
        count = len(self.items)
        if count == 0:
            return False
        if self._query.limit is not None and count < self._query.limit:
            return False
        return self.total is None or self._query.offset + count < self.total

    def _next_query(self) -> PageQuery[T]:
        if not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() first")
        return self._query.at(self._query.offset + len(self.items))

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} offset={self._query.offset} "
            f"items={len(self.items)} total={self.total}>"
        )


def _read_total(body: object, pointer: str | None) -> int | None:
    total = resolve_optional(body, pointer)
    return None if total is None else int(str(total))


class SyncOffsetPage(_OffsetPage[T]):
    """A page of a list; iterating it yields every item of this and later pages."""

    def __init__(self, client: SyncAPIClient, query: PageQuery[T], body: object) -> None:
        super().__init__(query, body)
        self._client = client

    def next_page(self) -> SyncOffsetPage[T]:
        """Fetch the following page; `ValueError` when there is none."""
        return self._client._fetch_page(self._next_query())

    def iter_pages(self) -> Iterator[SyncOffsetPage[T]]:
        """This page, then each following page as it is fetched."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncOffsetPage(_OffsetPage[T]):
    """A page of a list; ``async for`` yields every item of this and later pages."""

    def __init__(self, client: AsyncAPIClient, query: PageQuery[T], body: object) -> None:
        super().__init__(query, body)
        self._client = client

    async def next_page(self) -> AsyncOffsetPage[T]:
        """Fetch the following page; `ValueError` when there is none."""
        return await self._client._fetch_page(self._next_query())

    async def iter_pages(self) -> AsyncIterator[AsyncOffsetPage[T]]:
        """This page, then each following page as it is fetched."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
