"""Read every page of an Open Referral API over HTTP.

Understands the HSDS 3.0 / ORUK 3.0 page shape (`total_items, total_pages, page_number,
contents`) and the older ORUK v1 shape (`totalElements, totalPages, number, content`, pages
from 0). Retries connection errors and 5xx answers with backoff; a page that stays broken
fails the whole source, so a half-read feed is never imported.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

from ingest.json_source import SourceError, SourceRecord

PER_PAGE = 100
#: Keys that only a full service record has; a list item with none of them is fetched whole.
FULL_RECORD_KEYS = ("organization", "service_at_locations", "attributes")


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
            if response.status_code != 200:
                raise SourceError(f"{url}: {what}: the server answered {response.status_code}")
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

    def read_one(self, url: str, service_id: str) -> SourceRecord:
        """One whole service, from `/services/{id}`; SourceError if it cannot be read."""
        base = services_url(url)
        data = self._get_json(f"{base}/{quote(service_id, safe='')}", f"service {service_id}")
        return SourceRecord(base, f"fetched {service_id}", data)

    def _items(self, base: str, query: dict[str, str]) -> Iterator[tuple[Any, str]]:
        page_number: int | None = None
        for _ in range(self._policy.max_pages):
            page_url = (
                _with_query(base, **query, per_page=PER_PAGE)
                if page_number is None
                else _with_query(base, **query, page=page_number, per_page=PER_PAGE)
            )
            label = f"page {page_number if page_number is not None else 'first'}"
            document = self._get_json(page_url, label)
            items, current, last_page, zero_based = _page_shape(document, page_url)
            shown = current + 1 if zero_based else current
            for position, item in enumerate(items, start=1):
                yield item, f"page {shown} record {position}"
            if last_page or not items:
                return
            page_number = current + 1
        raise SourceError(f"{base}: more than {self._policy.max_pages} pages")

    def _full(self, base: str, item: Any, position: str) -> SourceRecord:
        partial = isinstance(item, dict) and not any(key in item for key in FULL_RECORD_KEYS)
        if partial and isinstance(item.get("id"), str):
            full = self._get_json(f"{base}/{item['id']}", f"service {item['id']}")
            return SourceRecord(base, position, full)
        return SourceRecord(base, position, item)


def _page_shape(document: Any, url: str) -> tuple[list[Any], int, bool, bool]:
    """Items, page number, whether it is the last page, whether pages count from 0."""
    if not isinstance(document, dict):
        raise SourceError(f"{url}: expected a page of services, got {type(document).__name__}")
    if isinstance(document.get("contents"), list):
        number = int(document.get("page_number") or 1)
        pages = int(document.get("total_pages") or number)
        last = bool(document.get("last_page", number >= pages))
        return document["contents"], number, last, False
    if isinstance(document.get("content"), list):
        number = int(document.get("number") or 0)
        pages = int(document.get("totalPages") or number + 1)
        last = bool(document.get("last", number + 1 >= pages))
        return document["content"], number, last, True
    raise SourceError(f"{url}: not an Open Referral page (no 'contents' or 'content' array)")
