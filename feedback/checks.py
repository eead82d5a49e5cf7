"""What typed text the feedback forms accept: single-line fields without control characters
(they reach email headers and file names), no lone surrogates (they cannot be stored or shown),
and a referrer's email address that is exactly one plain address."""

from __future__ import annotations

import re
import unicodedata

#: Line breaks and tabs a multi-line field (a textarea) may hold.
LAYOUT = frozenset("\r\n\t")
#: Characters that break a line without being control characters.
LINE_BREAKS = frozenset("\u2028\u2029")
MAX_EMAIL = 254
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")


def sentence(label: str) -> str:
    """A field's label at the start of a sentence: "the reference" -> "The reference"."""
    return label[:1].upper() + label[1:]


def text_problem(text: str, label: str, multi_line: bool = False) -> str | None:
    """What is wrong with the characters of a field's text, as a message naming the field;
    None when they are all acceptable. A single-line field takes no control characters at
    all (CR, LF, tab, NUL, escape...), nor line or paragraph separators; a multi-line one
    takes line breaks and tabs. Lone surrogates are refused everywhere."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            return f"{sentence(label)} has a character that cannot be read: type it again"
        if multi_line and char in LAYOUT:
            continue
        if category == "Cc" or char in LINE_BREAKS:
            if multi_line:
                return f"{sentence(label)} must not contain control characters"
            return (
                f"{sentence(label)} must be on one line, without tabs or other control characters"
            )
    return None


def email_problem(text: str) -> str | None:
    """What is wrong with a referrer's email address, or None when it is exactly one plain
    address (name@example.org): no second address, no display name or angle brackets, no
    spaces or line breaks, ASCII only (the letter is sent without SMTPUTF8)."""
    if not text:
        return "Enter the referrer's email address, like name@example.com"
    if text.count("@") > 1 or any(c in ",;" for c in text):
        return "The referrer's email address must be one address only, like name@example.com"
    if any(c in '<>"()[]:\\' for c in text):
        return (
            "Enter only the referrer's email address, without a name, quotes or angle "
            "brackets, like name@example.com"
        )
    if any(c.isspace() or unicodedata.category(c)[0] == "C" for c in text):
        return "The referrer's email address must not contain spaces or line breaks"
    if len(text) > MAX_EMAIL or len(text.partition("@")[0]) > 64 or not _EMAIL.fullmatch(text):
        return "Enter the referrer's email address, like name@example.com"
    return None


def one_line(text: str) -> str:
    """`text` with each run of control characters and line breaks made one space, for places
    that must stay on one line (an email's subject, a file name) whatever was stored."""
    out: list[str] = []
    for char in text:
        breaking = unicodedata.category(char) in ("Cc", "Cs") or char in LINE_BREAKS
        if not breaking:
            out.append(char)
        elif out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()


def displayable(text: str) -> str:
    """`text` with any lone surrogate replaced by U+FFFD, so that a form can show back what
    was typed (a page cannot be encoded with a lone surrogate in it)."""
    return "".join("\ufffd" if unicodedata.category(c) == "Cs" else c for c in text)
