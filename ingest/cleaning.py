"""Clean what in a service record would mislead a family, before the record is normalised.

Feeds carry things a family would be misled by: coordinates that are not a place ((0, 0),
latitude and longitude swapped, somewhere outside the UK), which put a service thousands of
kilometres away; made-up email addresses (`email@email.com`, `test@...`, `...@example.org`);
descriptions written as HTML, which would show as tags; and wording that says the service is
closed or suspended while its status says it is running. `clean_service` mends or leaves out
each of these in a record (in place) and returns a warning for each one a directory officer
should look at. The record as the feed sent it is kept elsewhere, unchanged.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from directory.geography import not_a_place
from directory.prose import LIST_MARKS
from ingest.problems import WARNING, FieldIssue

#: Fields of free text, anywhere in a record, that may arrive as HTML.
PROSE_FIELDS = (
    "description",
    "eligibility_description",
    "application_process",
    "fees_description",
    "alert",
)
#: How a list item is written in cleaned text; pages show such lines as a list.
LIST_MARK = LIST_MARKS[0]

_PLACEHOLDER_LOCAL = re.compile(
    r"^(?:e-?mail|test(?:ing)?|none|noemail|no-?e-?mail|n/?a|nobody|x+|abc|someone|name)$",
    re.IGNORECASE,
)
_PLACEHOLDER_DOMAIN = re.compile(
    r"(?:^|\.)(?:example|test|domain|invalid)\.(?:com|org|net|co\.uk|org\.uk|uk)$"
    r"|(?:^|\.)example$|\.(?:example|test|invalid|localhost)$",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"\b(?:(?:this|the) (?:service|group|club|session|project|centre|clinic)s? "
    r"(?:is|are|has been|have been) (?:now |currently |temporarily |permanently )?"
    r"(?:closed|suspended|paused|cancelled|discontinued|not running|no longer running)"
    r"|(?:service|group|sessions?|club|project) (?:temporarily |permanently )?"
    r"(?:closed|suspended|discontinued)\b"
    r"|(?:temporarily|permanently|currently) (?:closed|suspended|unavailable)"
    r"|no longer (?:running|operating|available|taking referrals|accepting referrals)"
    r"|(?:has|have) (?:now )?closed"
    r"|^\s*\W*(?:closed|suspended)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_TAG = re.compile(
    r"</?(?:p|br|div|span|ul|ol|li|strong|b|em|i|u|a|h[1-6]|table|tr|td|th|font|section|"
    r"blockquote|hr)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.IGNORECASE)


def clean_service(record: dict[str, Any]) -> list[FieldIssue]:
    """Mend or leave out, in `record`, what would mislead a family; a warning for each.

    Coordinates that are not a place are left out (the location's postcode then places it,
    where it has one); placeholder email addresses are left out; HTML in free text becomes
    plain paragraphs and `- ` list lines, with the line breaks kept. Text saying the service
    is closed or suspended, in a listing whose status is active, is only reported.
    """
    issues = _coordinates(record)
    issues.extend(_emails(record))
    _prose(record)
    issues.extend(_closed(record))
    return issues


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _coordinates(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    for index, link in enumerate(record.get("service_at_locations") or []):
        location = link.get("location") if isinstance(link, dict) else None
        if not isinstance(location, dict):
            continue
        latitude = _number(location.get("latitude"))
        longitude = _number(location.get("longitude"))
        if latitude is None or longitude is None:
            continue
        why = not_a_place(latitude, longitude)
        if why is None:
            continue
        del location["latitude"], location["longitude"]
        postcode = _postcode(location)
        instead = (
            f"the postcode {postcode} places it instead"
            if postcode
            else "the location has no postcode to place it by, so no distance is given"
        )
        issues.append(
            FieldIssue(
                f"service_at_locations[{index}].location.latitude",
                f"the coordinates ({latitude:g}, {longitude:g}) {why}; left out, and {instead}",
                WARNING,
                kind="coordinates",
            )
        )
    return issues


def _postcode(location: dict[str, Any]) -> str:
    for address in location.get("addresses") or []:
        postcode = address.get("postal_code") if isinstance(address, dict) else None
        if isinstance(postcode, str) and postcode.strip():
            return postcode.strip().upper()
    return ""


def is_placeholder_email(address: str) -> bool:
    """Whether an email address is a made-up one (`email@email.com`, `test@...`,
    `...@example.org`) that no one would answer."""
    local, _, domain = address.strip().removeprefix("mailto:").rpartition("@")
    if not local or not domain:
        return False
    return bool(_PLACEHOLDER_LOCAL.match(local) or _PLACEHOLDER_DOMAIN.search(domain))


def _emails(record: dict[str, Any]) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    for path, holder in _holders(record, "email"):
        value = holder["email"]
        if isinstance(value, str) and value.strip() and is_placeholder_email(value):
            del holder["email"]
            issues.append(
                FieldIssue(
                    path,
                    f"{value.strip()[:60]!r} is a placeholder, not an address anyone answers; "
                    "left out",
                    WARNING,
                    kind="placeholder",
                )
            )
    return issues


def _holders(value: Any, key: str, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every object in a record holding `key`, with the path to that key."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        for name, item in value.items():
            where = f"{path}.{name}" if path else str(name)
            if name == key:
                found.append((where, value))
            elif not name.startswith("earlyhelp_"):
                found.extend(_holders(item, key, where))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_holders(item, key, f"{path}[{index}]"))
    return found


def _prose(record: dict[str, Any]) -> None:
    for name in PROSE_FIELDS:
        for _path, holder in _holders(record, name):
            if isinstance(holder[name], str):
                holder[name] = plain_text(holder[name])


def _closed(record: dict[str, Any]) -> list[FieldIssue]:
    status = record.get("status")
    if isinstance(status, str) and status.strip().lower() not in ("", "active"):
        return []
    for name in ("name", "alert", "description"):
        text = record.get(name)
        found = _CLOSED.search(text) if isinstance(text, str) else None
        if found:
            return [
                FieldIssue(
                    name,
                    f"says {found.group(0).strip()!r} but the listing's status is active; "
                    "check whether the service is running and set its status",
                    WARNING,
                    kind="closed",
                )
            ]
    return []


def plain_text(text: str) -> str:
    """Free text as plain paragraphs (separated by a blank line) and `- ` list lines, with
    its line breaks kept. HTML becomes such text: paragraphs and headings become paragraphs,
    list items `- ` lines, `<br>` a line break, entities characters; other tags, scripts and
    styles are dropped. Text that is not HTML only has its line endings made `\\n`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TAG.search(text):
        reader = _TextReader()
        reader.feed(text)
        reader.close()
        text = reader.text()
    elif _ENTITY.search(text):
        reader = _TextReader(keep_breaks=True)
        reader.feed(text)
        reader.close()
        text = reader.text()
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "table",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "hr",
}
_HIDDEN = {"script", "style", "head", "title", "template"}


class _TextReader(HTMLParser):
    """Collects the text of HTML with its paragraphs, list items and line breaks."""

    def __init__(self, keep_breaks: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden = 0
        self._keep_breaks = keep_breaks
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self._parts.append("\n\n")
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "li":
            self._parts.append(f"\n{LIST_MARK}")
        elif tag in ("td", "th"):
            self._parts.append(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._href = href if href.startswith(("http://", "https://")) else None
            self._link_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._parts.append("\n\n")
        elif tag == "a" and self._href:
            shown = "".join(self._link_text).strip()
            if shown and shown.rstrip("/") != self._href.rstrip("/"):
                self._parts.append(f" ({self._href})")
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._keep_breaks:
            data = re.sub(r"\s+", " ", data)
        if self._href is not None:
            self._link_text.append(data)
        self._parts.append(data)

    def text(self) -> str:
        joined = "".join(self._parts)
        joined = re.sub(r"[ \t]*\n[ \t]*", "\n", joined)
        return re.sub(r"\n{3,}", "\n\n", joined)
