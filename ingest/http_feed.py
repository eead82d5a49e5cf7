"""Read every page of an Open Referral API over HTTP.

Understands the HSDS 3.0 / ORUK 3.0 page shape (`total_items, total_pages, page_number,
contents`) and the older ORUK v1 shape (`totalElements, totalPages, number, content`), whose
pages count from 0 or from 1 depending on the software behind it: the first page's own number
says which, so the last page is read whether or not the feed sends a `last` flag. Positions in
messages use the feed's own page numbers. Retries connection errors and 5xx answers with
backoff; a page that stays broken fails the whole source, so a half-read feed is never
imported. A feed that answers with a web page (a sign-in or error page) instead of JSON is
told apart from broken JSON.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

from ingest.json_source import SourceError, SourceRecord

PER_PAGE = 100
#: Keys that only a full service record has (HSDS 3.0, then ORUK v1); a list item with none
#: of them is fetched whole.
FULL_RECORD_KEYS = (
    "organization",
    "service_at_locations",
    "attributes",
    "organisation",
    "locations",
    "service_taxonomys",
    "taxonomies",
    "contacts",
    "regular_schedules",
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    max_pages: int = 100_000


def services_url(url: str) -> str:
    """The `/services` endpoint of an API given by its root or by that endpoint."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path.endswith("/services"):
        path = f"{path}/services"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query)) | {k: str(v) for k, v in params.items()}
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class FeedReader:
    """Reads feeds with one HTTP client; `sleep` is passed in so tests need not wait."""

    def __init__(
        self,
        client: httpx.Client,
        policy: FetchPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._client = client
        self._policy = policy or FetchPolicy()
        self._sleep = sleep

    def _get_json(self, url: str, what: str) -> Any:
        last = ""
        for attempt in range(self._policy.retries + 1):
            if attempt:
                self._sleep(self._policy.backoff * 2 ** (attempt - 1))
            try:
                response = self._client.get(url, timeout=self._policy.timeout)
            except httpx.TimeoutException:
                last = f"no answer within {self._policy.timeout:g} s"
                continue
            except httpx.TransportError as error:
                last = f"connection failed ({error})"
                continue
            if response.status_code >= 500:
                last = f"the server answered {response.status_code}"
                continue
            if response.is_redirect:
                place = response.headers.get("location", "another address")
                raise SourceError(
                    f"{url}: {what}: the server sent us on to {place} (a sign-in page?) "
                    "instead of answering; give the API's own address"
                )
            if response.status_code != 200:
                raise SourceError(f"{url}: {what}: the server answered {response.status_code}")
            web_page = _web_page(response)
            if web_page is not None:
                raise SourceError(f"{url}: {what}: {web_page}")
            try:
                return response.json()
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                raise SourceError(f"{url}: {what} is not valid JSON ({error})") from None
        tries = self._policy.retries + 1
        raise SourceError(f"{url}: {what} failed after {tries} tries: {last}")

    def read(self, url: str, query: dict[str, str] | None = None) -> list[SourceRecord]:
        """Every service of the feed (those matching `query`, such as `modified_after`, when
        given); SourceError if any page cannot be read."""
        base = services_url(url)
        return [
            self._full(base, item, position) for item, position in self._items(base, query or {})
        ]

    def list_ids(self, url: str) -> list[str]:
        """The id of every service the feed lists now, asking for the minimal listing (ids
        and modified dates) that HSDS 3.0 APIs offer; a feed that ignores it gives full
        records, which serve as well. SourceError if any page cannot be read."""
        ids: list[str] = []
        for item, position in self._items(services_url(url), {"minimal": "true"}):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str | int):
                raise SourceError(f"{services_url(url)}: {position} has no id")
            ids.append(str(item["id"]).strip())
        return ids

    def read_one(self, url: str, service_id: str, position: str | None = None) -> SourceRecord:
        """One whole service, from `/services/{id}` (the id quoted, so one holding `/`, `?`
        or a space names only itself); SourceError if it cannot be read. `position` is where
        the feed listed it (by default "fetched ID")."""
        base = services_url(url)
        data = self._get_json(f"{base}/{quote(service_id, safe='')}", f"service {service_id}")
        return SourceRecord(base, position or f"fetched {service_id}", data)

    def _items(self, base: str, query: dict[str, str]) -> Iterator[tuple[Any, str]]:
        asked: int | None = None  # the page asked for; None: the feed's first page
        first: int | None = None  # the number the feed gives its first page (0 or 1)
        for _ in range(self._policy.max_pages):
            page_url = (
                _with_query(base, **query, per_page=PER_PAGE)
                if asked is None
                else _with_query(base, **query, page=asked, per_page=PER_PAGE)
            )
            document = self._get_json(
                page_url, "the first page" if asked is None else f"page {asked}"
            )
            page = _page_shape(document, page_url, asked)
            if first is None:
                first = page.number
            elif asked is not None and page.number != asked:
                raise SourceError(
                    f"{page_url}: asked for page {asked} but the feed answered with page "
                    f"{page.number}; it does not seem to page, so it cannot be read whole"
                )
            for position, item in enumerate(page.items, start=1):
                yield item, f"page {page.number} record {position}"
            if not page.items or page.is_last(first):
                return
            asked = page.number + 1
        raise SourceError(f"{base}: more than {self._policy.max_pages} pages")

    def _full(self, base: str, item: Any, position: str) -> SourceRecord:
        """A page's item: fetched whole when it has none of a full record's keys; otherwise
        as listed, which may still be a list endpoint's short version (`listed`: the importer
        keeps the stored values of the fields it lacks)."""
        partial = isinstance(item, dict) and not any(key in item for key in FULL_RECORD_KEYS)
        if partial and isinstance(item.get("id"), str | int) and not isinstance(item["id"], bool):
            return self.read_one(base, str(item["id"]).strip(), position)
        return SourceRecord(base, position, item, listed=True)


def _web_page(response: httpx.Response) -> str | None:
    """What to say when an answer is a web page rather than JSON, or None when it is not."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    start = response.content[:512].lstrip().lower()
    if kind not in ("text/html", "application/xhtml+xml") and not start.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body")
    ):
        return None
    found = _TITLE.search(response.text[:20_000])
    title = " ".join(found.group(1).split())[:80] if found else ""
    named = f" titled {title!r}" if title else ""
    return (
        f"the feed answered with a web page{named} (HTML), not JSON: perhaps a sign-in or "
        "error page, or the address of the council's website rather than of its Open "
        "Referral API"
    )


@dataclass(frozen=True)
class _Page:
    """One page of a feed: its services, its own number, how many pages the feed says it
    has (None when it does not say) and its `last` flag (None when it sends none)."""

    items: list[Any]
    number: int
    total_pages: int | None
    last: bool | None

    def is_last(self, first: int) -> bool:
        """Whether no page follows, counting pages from `first` (0 or 1)."""
        if self.last is not None:
            return self.last
        if self.total_pages is not None:
            return self.number >= first + self.total_pages - 1
        return False  # read on until an empty page


_WHOLE = re.compile(r"[0-9]{1,9}")


def _whole(value: Any) -> int | None:
    """A page count or number as a feed sends it (1, 1.0 or "1"), or None when it is not a
    whole number from 0 to 999,999,999 (text, a fraction, a negative, NaN or Infinity)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < 1_000_000_000 else None
    if isinstance(value, float):
        return _whole(int(value)) if value.is_integer() else None  # False for NaN, Infinity
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        return int(value.strip())
    return None


def _page_shape(document: Any, url: str, asked: int | None) -> _Page:
    """The page a feed answered; `asked` is the page number asked for (None for the first)."""
    if not isinstance(document, dict):
        raise SourceError(f"{url}: expected a page of services, got {type(document).__name__}")
    if isinstance(document.get("contents"), list):
        items, number_key, pages_key, last_key, default_first = (
            document["contents"],
            "page_number",
            "total_pages",
            "last_page",
            1,
        )
    elif isinstance(document.get("content"), list):
        items, number_key, pages_key, last_key, default_first = (
            document["content"],
            "number",
            "totalPages",
            "last",
            0,
        )
    else:
        raise SourceError(f"{url}: not an Open Referral page (no 'contents' or 'content' array)")
    given = document.get(number_key)
    number = _whole(given) if given is not None else default_first if asked is None else asked
    if number is None:
        raise SourceError(
            f"{url}: the page's number ({number_key!r}: {json.dumps(given)[:40]}) is not a "
            "whole number, so the pages after it cannot be found; the feed needs mending"
        )
    # A page count that is not a whole number is not trusted: pages are read until one is empty.
    total = _whole(document.get(pages_key))
    flag = document.get(last_key)
    return _Page(items, number, total, flag if isinstance(flag, bool) else None)
