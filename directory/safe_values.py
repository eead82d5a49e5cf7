"""Values made safe for where a browser or a spreadsheet acts on them, checked in this one place.

Links: a listing's website and the like are followed by browsers, so only `http`/`https`
addresses are kept (`mailto:` and `tel:` only where a field is an email address or a phone
number). A `javascript:` or `data:` address would run script on our pages.

CSV cells: a spreadsheet runs a cell beginning `=`, `+`, `-` or `@` (or a tab or carriage
return, which some strip first) as a formula, so such text is written with a leading `'`, as
OWASP's CSV-injection guidance says. Numbers are left alone: they are safe and must stay
numbers. Our own CSV reader takes the `'` off again.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
#: The schemes each link field of a record may hold; the key is the field's name, anywhere in
#: a record. A `uri` names a thing (an area, a taxonomy), which may also be a URN.
LINK_FIELDS: dict[str, tuple[str, ...]] = {
    "url": WEB_SCHEMES,
    "website": WEB_SCHEMES,
    "logo": WEB_SCHEMES,
    "uri": (*WEB_SCHEMES, "urn"),
    "term_uri": (*WEB_SCHEMES, "urn"),
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: How much of a bad value a report shows.
SHOWN_CHARACTERS = 60

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x20\x7f<>\"`\\]")
_BARE_HOST = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
    r"(?::\d{1,5})?(?:[/?#].*)?$"
)
#: A web address whose `://` was mistyped ("http//", "https:/", "https:///"), mended only
#: when a host name follows. "https:host" is not mended: browsers read it as a path.
_MISTYPED_SCHEME = re.compile(
    r"^(https?)(?::/(?!/)|//|:/{3,})(?=[A-Za-z0-9][A-Za-z0-9-]*\.)", re.IGNORECASE
)
_EMAIL = re.compile(r"^[^@\s:/?#&<>\"']+@[^@\s:/?#&<>\"']+\.[^@\s:/?#&<>\"']+$")
_PHONE = re.compile(r"^\+?[0-9()./-]{3,}$")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def _has_host(text: str) -> bool:
    try:
        return bool(urlsplit(text).hostname)
    except ValueError:
        return False


def checked_link(value: str, schemes: tuple[str, ...] = WEB_SCHEMES) -> str | None:
    """`value` (stripped) when it is a link with one of `schemes`, else None.

    A link may hold no spaces, control characters, double quotes, angle brackets, backticks
    or backslashes. An http(s) address needs a host; a value with no scheme that is a host
    name (`www.example.org`, `example.org/help`) is given `https://` when https is allowed,
    and a mistyped `http//`, `https:/` or `https:///` before a host name is mended.
    `mailto:` needs one email address; `tel:` a phone number (digits, `+`, brackets, dots and
    dashes); `urn:` a name.
    """
    text = value.strip()
    if not text or _UNSAFE_CHARACTERS.search(text):
        return None
    text = _MISTYPED_SCHEME.sub(lambda found: f"{found.group(1).lower()}://", text)
    if _BARE_HOST.match(text):
        text = f"https://{text}"
    found = _SCHEME.match(text)
    if found is None or found.group(1).lower() not in schemes:
        return None
    scheme = found.group(1).lower()
    rest = text[found.end() :]
    if scheme in WEB_SCHEMES:
        return text if rest.startswith("//") and _has_host(text) else None
    if scheme == "mailto":
        return text if _EMAIL.match(rest) else None
    if scheme == "tel":
        return text if _PHONE.match(rest) else None
    return text if rest else None


def safe_link(value: object, *schemes: str) -> str:
    """For templates: `value` when it is a link with one of `schemes` (http and https when
    none is named), otherwise the empty string, so that nothing else is ever made a link."""
    if not isinstance(value, str):
        return ""
    return checked_link(value, schemes or WEB_SCHEMES) or ""


def shown(value: str) -> str:
    """A value as a report quotes it: at most SHOWN_CHARACTERS, control characters escaped."""
    cut = value if len(value) <= SHOWN_CHARACTERS else value[:SHOWN_CHARACTERS] + "…"
    return repr(cut)


def spreadsheet_cell(value: object) -> object:
    """A value as a CSV cell that a spreadsheet will not run as a formula.

    Text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`;
    numbers, and text that is only a number (`-2.36`), are returned unchanged; None is "".
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value


def spreadsheet_row(values: list[object]) -> list[object]:
    """Each value of a CSV row through `spreadsheet_cell`."""
    return [spreadsheet_cell(value) for value in values]


def read_spreadsheet_cell(text: str) -> str:
    """A cell as `spreadsheet_cell` wrote it, back as it was: `'=x` is `=x` again."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
