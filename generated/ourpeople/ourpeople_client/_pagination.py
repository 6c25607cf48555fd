"""Offset/limit pagination: page objects that walk every following page lazily.

The next page starts where this one ended: its offset is this offset plus the
number of items received (servers cap pages silently, so the limit asked for
says nothing). Where the API says how far to go, it decides: a total, a
``has_more`` flag, a ``next`` link (JSON:API ``links.next``, or a
``Link: <...>; rel="next"`` header). Without any of these the pages end at the
first empty page. A page cap and a no-progress check (a page repeating the
previous one: a server ignoring the offset) stop runaway paging.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Final, Generic, TypeVar, cast

import httpx

from ._models import parse_json
from ._types import RequestOptions
from ._utils import clean_params, resolve_optional, resolve_pointer

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncOffsetPage", "OffsetPagination", "PageQuery", "SyncOffsetPage"]

T = TypeVar("T")

log = logging.getLogger(__package__)

# Where APIs that do not declare their signals usually put them.
_HAS_MORE_POINTERS: Final = ("/has_more", "/hasMore", "/meta/has_more")
_NEXT_POINTERS: Final = ("/links/next", "/next", "/meta/next")


@dataclasses.dataclass(frozen=True)
class OffsetPagination:
    """How one operation pages: its parameter names and where the body keeps things.

    ``items_pointer``, ``total_pointer``, ``has_more_pointer`` and
    ``next_pointer`` are JSON pointers into the body (``""`` when the body
    itself is the list). Without a declared signal, the common ones are
    recognised (``has_more``, ``links.next``, ``next``) and then the first
    empty page ends the walk. ``max_pages`` stops runaway paging.
    """

    limit_param: str
    offset_param: str
    items_pointer: str
    total_pointer: str | None = None
    max_limit: int | None = None
    has_more_pointer: str | None = None
    next_pointer: str | None = None
    max_pages: int = 10_000

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

    def more_signalled(self, body: object, headers: httpx.Headers) -> bool | None:
        """What the API says about a following page: ``None`` when it says nothing."""
        more_pointers = (self.has_more_pointer,) if self.has_more_pointer else _HAS_MORE_POINTERS
        more = _lookup(body, more_pointers)[1]
        if isinstance(more, bool):
            return more
        pointers = (self.next_pointer,) if self.next_pointer else _NEXT_POINTERS
        found, link = _lookup(body, pointers)
        if found and (link is None or isinstance(link, str | Mapping)):
            return bool(link)
        if "link" in headers:
            return 'rel="next"' in headers["link"] or "rel=next" in headers["link"]
        return None


def _lookup(body: object, pointers: tuple[str, ...]) -> tuple[bool, object]:
    """Whether any pointer finds something in ``body`` (``null`` included), and what."""
    for pointer in pointers:
        try:
            return True, resolve_pointer(body, pointer)
        except LookupError:
            continue
    return False, None


@dataclasses.dataclass(frozen=True)
class PageQuery(Generic[T]):
    """Everything needed to ask for a page again with another offset."""

    options: RequestOptions
    item_type: type[T]
    pagination: OffsetPagination
    number: int = 1
    """1 for the first page fetched, 2 for the next..."""
    previous_items: object = None
    """The raw items of the page before, to notice a server that ignores the offset."""

    @classmethod
    def first(
        cls, options: RequestOptions, item_type: type[T], pagination: OffsetPagination
    ) -> PageQuery[T]:
        """The query for the first page, as the caller asked for it."""
        params = pagination.first_params(options.params or {})
        return cls(options.with_params(params), item_type, pagination)

    def _int_param(self, name: str) -> int | None:
        value = (self.options.params or {}).get(name)
        return None if value is None else int(str(value))

    @property
    def offset(self) -> int:
        """The offset asked for (0 when not given)."""
        return self._int_param(self.pagination.offset_param) or 0

    @property
    def limit(self) -> int | None:
        """The limit asked for, if any."""
        return self._int_param(self.pagination.limit_param)

    def after(self, received: int, raw_items: object) -> PageQuery[T]:
        """The query for the page after one that held ``received`` items."""
        params = {
            **(self.options.params or {}),
            self.pagination.offset_param: self.offset + received,
        }
        return dataclasses.replace(
            self,
            options=self.options.with_params(params),
            number=self.number + 1,
            previous_items=raw_items,
        )


class _OffsetPage(Generic[T]):
    """What sync and async pages share: reading the body and deciding what follows."""

    def __init__(
        self, query: PageQuery[T], body: object, headers: httpx.Headers, *, strict: bool = False
    ) -> None:
        pagination = query.pagination
        list_type = cast("type[list[T]]", list.__class_getitem__(query.item_type))
        raw_items = resolve_pointer(body, pagination.items_pointer)
        if not isinstance(raw_items, list):
            raise ValueError(f"the items at {pagination.items_pointer!r} are not a list")
        self._query = query
        self._raw_items: list[object] = raw_items
        self.body = body
        """The decoded JSON of the response, untouched."""
        self.items: list[T] = parse_json(list_type, raw_items, strict=strict)
        """This page's items."""
        self.total: int | None = _read_total(body, pagination.total_pointer)
        """How many items all pages hold together, when the API says."""
        self._more = pagination.more_signalled(body, headers)

    def has_next_page(self) -> bool:
        """Whether another page may hold items.

        Not after an empty page, once the total is reached, when the API says
        there is no more, after ``max_pages`` pages, or when this page repeats
        the one before (a server ignoring the offset).
        """
        if not self._raw_items:
            return False
        if self.total is not None:
            more = self._query.offset + len(self._raw_items) < self.total
        else:
            more = True if self._more is None else self._more
        return more and not self._runaway()

    def _runaway(self) -> bool:
        query = self._query
        if query.number >= query.pagination.max_pages:
            log.warning("stopped paging after %d pages (max_pages)", query.number)
            return True
        if self._raw_items == query.previous_items:
            log.warning("stopped paging: page %d repeats the page before it", query.number)
            return True
        return False

    def _next_query(self) -> PageQuery[T]:
        if not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() first")
        return self._query.after(len(self._raw_items), self._raw_items)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} offset={self._query.offset} "
            f"items={len(self.items)} total={self.total}>"
        )


def _read_total(body: object, pointer: str | None) -> int | None:
    total = resolve_optional(body, pointer)
    try:
        return None if total is None else int(str(total))
    except ValueError:
        return None  # an unreadable total is no total


class SyncOffsetPage(_OffsetPage[T]):
    """A page of a list; iterating it yields every item of this and later pages."""

    def __init__(
        self,
        client: SyncAPIClient,
        query: PageQuery[T],
        body: object,
        headers: httpx.Headers,
        *,
        strict: bool = False,
    ) -> None:
        super().__init__(query, body, headers, strict=strict)
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

    def __init__(
        self,
        client: AsyncAPIClient,
        query: PageQuery[T],
        body: object,
        headers: httpx.Headers,
        *,
        strict: bool = False,
    ) -> None:
        super().__init__(query, body, headers, strict=strict)
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
