"""Pagination: page objects that walk every following page lazily.

Three styles decide what the next page is. By offset (`OffsetPagination`):
the next offset is this offset plus the number of items received (servers cap
pages silently, so the limit asked for says nothing), and where the API says
how far to go it decides: a total, a ``has_more`` flag, a ``next`` link
(JSON:API ``links.next``, or a ``Link: <...>; rel="next"`` header); without
any of these the pages end at the first empty page. By cursor
(`CursorPagination`): the body names the next cursor. By ``Link`` header
(`LinkPagination`): the ``next`` link is the next page. In every style an
empty page ends the walk, and a page cap and a no-progress check (a page
repeating the previous one) stop runaway paging.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Final, Generic, TypeAlias, TypeVar, cast

import httpx

from ._models import parse_json
from ._types import RequestOptions
from ._utils import clean_params, resolve_optional, resolve_pointer

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncOffsetPage",
    "CursorPagination",
    "LinkPagination",
    "OffsetPagination",
    "PageQuery",
    "Pagination",
    "SyncOffsetPage",
    "next_link",
]

T = TypeVar("T")

log = logging.getLogger(__package__)

# Where APIs that do not declare their signals usually put them.
_HAS_MORE_POINTERS: Final = ("/has_more", "/hasMore", "/meta/has_more")
_NEXT_POINTERS: Final = ("/links/next", "/next", "/meta/next")


class _Pagination:
    """What every pagination style shares: the items, a limit, the runaway bounds.

    Not a dataclass itself: each style declares every field, in its own order.
    """

    items_pointer: str
    limit_param: str | None
    max_limit: int | None
    max_pages: int
    total_pointer: str | None

    def first_params(self, params: Mapping[str, object]) -> dict[str, object]:
        """Clean the caller's parameters, refusing a limit the API would reject."""
        cleaned = clean_params(params)
        limit = cleaned.get(self.limit_param) if self.limit_param else None
        if self.max_limit is not None and limit is not None and int(str(limit)) > self.max_limit:
            raise ValueError(
                f"{self.limit_param}={limit} is above the maximum of {self.max_limit} "
                "this API accepts; pass a smaller limit (iteration fetches the rest)"
            )
        return cleaned

    def following(self, options: RequestOptions, page: _PageData) -> RequestOptions | None:
        """The request for the page after ``page`` (asked with ``options``), or ``None``."""
        raise NotImplementedError


@dataclasses.dataclass(frozen=True)
class _PageData:
    """One page as the pagination styles see it."""

    body: object
    headers: httpx.Headers
    raw_items: list[object]


@dataclasses.dataclass(frozen=True)
class OffsetPagination(_Pagination):
    """Pages by ``limit``/``offset`` query parameters.

    ``items_pointer``, ``total_pointer``, ``has_more_pointer`` and
    ``next_pointer`` are JSON pointers into the body (``""`` when the body
    itself is the list). Without a declared signal, the common ones are
    recognised (``has_more``, ``links.next``, ``next``, a ``Link`` header) and
    then the first empty page ends the walk. ``max_pages`` stops runaway paging.
    """

    limit_param: str
    offset_param: str
    items_pointer: str
    total_pointer: str | None = None
    max_limit: int | None = None
    has_more_pointer: str | None = None
    next_pointer: str | None = None
    max_pages: int = 10_000

    def following(self, options: RequestOptions, page: _PageData) -> RequestOptions | None:
        """The next offset is this one plus the items received, if more may come."""
        params = options.params or {}
        offset = int(str(params.get(self.offset_param) or 0)) + len(page.raw_items)
        total = _read_total(page.body, self.total_pointer)
        if total is not None:
            more: bool | None = offset < total
        else:
            more = self.more_signalled(page.body, page.headers)
        if more is False:
            return None
        return options.with_params({**params, self.offset_param: offset})

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
            return next_link(headers) is not None
        return None


@dataclasses.dataclass(frozen=True)
class CursorPagination(_Pagination):
    """Pages by a cursor: the body names the next one (``cursor_pointer``), sent back
    as ``cursor_param``; no cursor (absent, ``null`` or ``""``) ends the walk."""

    cursor_param: str
    items_pointer: str
    cursor_pointer: str
    limit_param: str | None = None
    max_limit: int | None = None
    total_pointer: str | None = None
    max_pages: int = 10_000

    def following(self, options: RequestOptions, page: _PageData) -> RequestOptions | None:
        """The same request with the cursor the page gave."""
        cursor = resolve_optional(page.body, self.cursor_pointer)
        if cursor is None or cursor == "" or isinstance(cursor, bool):
            return None
        return options.with_params({**(options.params or {}), self.cursor_param: cursor})


@dataclasses.dataclass(frozen=True)
class LinkPagination(_Pagination):
    """Pages by the ``Link: <url>; rel="next"`` response header (GitHub's REST API);
    the last page has no ``next`` link. The link is followed as given (query
    included); credentials go with it only on the API's own origin."""

    items_pointer: str
    limit_param: str | None = None
    max_limit: int | None = None
    total_pointer: str | None = None
    max_pages: int = 10_000

    def following(self, options: RequestOptions, page: _PageData) -> RequestOptions | None:
        """A GET of the ``next`` link, without parameters of its own."""
        url = next_link(page.headers)
        if url is None:
            return None
        return dataclasses.replace(options, path=url, params=None, extra_query=None)


Pagination: TypeAlias = OffsetPagination | CursorPagination | LinkPagination
"""Any pagination style."""

_LINK: Final = re.compile(r"<([^>]*)>([^<]*)")
_REL: Final = re.compile(r"""\brel\s*=\s*"?([^";]*)""", re.IGNORECASE)


def next_link(headers: httpx.Headers) -> str | None:
    """The URL of ``rel="next"`` in a ``Link`` header (RFC 8288), if any."""
    for url, params in _LINK.findall(headers.get("link", "")):
        rel = _REL.search(params)
        if rel and "next" in rel.group(1).lower().split():
            return str(url)
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
    """Everything needed to ask for a page: the request, the item type, the style."""

    options: RequestOptions
    item_type: type[T]
    pagination: Pagination
    number: int = 1
    """1 for the first page fetched, 2 for the next..."""
    previous_items: object = None
    """The raw items of the page before, to notice a server that ignores the offset."""

    @classmethod
    def first(
        cls, options: RequestOptions, item_type: type[T], pagination: Pagination
    ) -> PageQuery[T]:
        """The query for the first page, as the caller asked for it."""
        params = pagination.first_params(options.params or {})
        return cls(options.with_params(params), item_type, pagination)

    @property
    def offset(self) -> int:
        """The offset asked for (0 when not given or not paging by offset)."""
        pagination = self.pagination
        if not isinstance(pagination, OffsetPagination):
            return 0
        return int(str((self.options.params or {}).get(pagination.offset_param) or 0))

    def after(self, options: RequestOptions, raw_items: object) -> PageQuery[T]:
        """The query for the following page, asked with ``options``."""
        return dataclasses.replace(
            self, options=options, number=self.number + 1, previous_items=raw_items
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
        self._data = _PageData(body, headers, raw_items)
        self.body = body
        """The decoded JSON of the response, untouched."""
        self.items: list[T] = parse_json(list_type, raw_items, strict=strict)
        """This page's items."""
        self.total: int | None = _read_total(body, pagination.total_pointer)
        """How many items all pages hold together, when the API says."""

    def has_next_page(self) -> bool:
        """Whether another page may hold items.

        Not after an empty page, when the API says there is no more (a total
        reached, ``has_more`` false, no ``next`` link or cursor), after
        ``max_pages`` pages, or when this page repeats the one before (a
        server ignoring the offset).
        """
        if not self._data.raw_items:
            return False
        following = self._query.pagination.following(self._query.options, self._data)
        return following is not None and not self._runaway()

    def _runaway(self) -> bool:
        query = self._query
        if query.number >= query.pagination.max_pages:
            log.warning("stopped paging after %d pages (max_pages)", query.number)
            return True
        if self._data.raw_items == query.previous_items:
            log.warning("stopped paging: page %d repeats the page before it", query.number)
            return True
        return False

    def _next_query(self) -> PageQuery[T]:
        following = self._query.pagination.following(self._query.options, self._data)
        if following is None or not self.has_next_page():
            raise ValueError("this is the last page; check has_next_page() first")
        return self._query.after(following, self._data.raw_items)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} page={self._query.number} "
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
