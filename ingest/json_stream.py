"""Read the records of a JSON document one at a time, without holding the whole document.

A top-level array, or the `contents`/`content` array of a page object, is read item by item
with `json.JSONDecoder.raw_decode` over a buffer refilled from the file, so memory holds one
record and one read chunk at a time, whatever the file's size. Positions of syntax errors and
of bytes that are not UTF-8 are given as line and column (and byte, for a bad byte).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

CHUNK = 1 << 20
#: A record longer than this (in characters) is taken for broken JSON rather than read on.
MAX_RECORD_CHARS = 256 << 20
PAGE_KEYS = ("contents", "content")
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonSyntaxError(Exception):
    """The document is not JSON: what is wrong, at which line and column."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"{message} at line {line}, column {column}")
        self.message, self.line, self.column = message, line, column


class NotRecordsError(Exception):
    """The document is JSON but holds no records (a string, a page whose contents is not an
    array)."""


class BadByteError(Exception):
    """A byte that is not UTF-8, at `offset` bytes from the start of the file."""

    def __init__(self, offset: int, value: int, reason: str) -> None:
        super().__init__(f"byte 0x{value:02x} at byte {offset} ({reason})")
        self.offset, self.value, self.reason = offset, value, reason


@dataclass(frozen=True)
class Item:
    """One record of the document; `listed` when it came from a page's `contents` (a list
    endpoint's answer, which may give short records)."""

    data: Any
    listed: bool = False


class TextCursor:
    """The decoded text of a binary file, read in chunks as the reader asks for more; text
    already read past is let go, keeping count of its lines for positions."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._bytes = 0
        self._started = False
        self._line = 1  # the line of text[0]
        self._column = 0  # characters of that line before text[0]
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self, at_least: int = 0) -> bool:
        """Read more text; False when the file has ended."""
        if self.eof:
            return False
        data = self._handle.read(max(at_least, CHUNK))
        pending = self._decoder.getstate()[0]
        try:
            piece = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            whole = pending + data
            raise BadByteError(
                self._bytes - len(pending) + error.start, whole[error.start], error.reason
            ) from None
        self._bytes += len(data)
        if not self._started and piece:
            self._started = True
            piece = piece.removeprefix("\ufeff")
        self._let_go()
        self.text += piece
        if not data:
            self.eof = True
        return bool(data)

    def _let_go(self) -> None:
        if not self.pos:
            return
        gone = self.text[: self.pos]
        lines = gone.count("\n")
        if lines:
            self._line += lines
            self._column = len(gone) - gone.rfind("\n") - 1
        else:
            self._column += len(gone)
        self.text = self.text[self.pos :]
        self.pos = 0

    def where(self, pos: int) -> tuple[int, int]:
        """The line and column (from 1) of a position in `text`."""
        lines = self.text.count("\n", 0, pos)
        if lines:
            return self._line + lines, pos - self.text.rfind("\n", 0, pos)
        return self._line, self._column + pos + 1

    def fail(self, message: str, pos: int | None = None) -> JsonSyntaxError:
        return JsonSyntaxError(message, *self.where(self.pos if pos is None else pos))

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end of the file."""
        while True:
            self.pos = _WS.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def value(self) -> Any:
        """The next JSON value, read whole."""
        self.peek()
        while True:
            try:
                found, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                place = self.where(error.pos)  # before more() lets go of text read past
                if self._maybe_cut(error) and self.more(len(self.text) - self.pos):
                    continue
                raise JsonSyntaxError(error.msg, *place) from None
            if end == len(self.text) and self.more():
                continue  # a number or word may go on in the next chunk
            self.pos = end
            return found

    def _maybe_cut(self, error: json.JSONDecodeError) -> bool:
        """Whether the error may only mean the buffer ends inside the value."""
        if len(self.text) - self.pos > MAX_RECORD_CHARS:
            return False
        return len(self.text) - error.pos < 16 or error.msg.startswith("Unterminated string")


def _array(cursor: TextCursor, listed: bool) -> Iterator[Item]:
    cursor.pos += 1  # past "["
    if cursor.peek() == "]":
        cursor.pos += 1
        return
    while True:
        yield Item(cursor.value(), listed)
        following = cursor.peek()
        cursor.pos += 1
        if following == "]":
            return
        if following != ",":
            raise cursor.fail(
                "Expecting ',' delimiter" if following else "the file ends inside an array",
                cursor.pos - 1,
            )


def _object(cursor: TextCursor) -> Iterator[Item]:
    cursor.pos += 1  # past "{"
    members: dict[str, Any] = {}
    page_key: str | None = None
    if cursor.peek() == "}":
        cursor.pos += 1
        yield Item(members)
        return
    while True:
        if cursor.peek() != '"':
            raise cursor.fail("Expecting property name enclosed in double quotes")
        key = cursor.value()
        if cursor.peek() != ":":
            raise cursor.fail("Expecting ':' delimiter")
        cursor.pos += 1
        if key in PAGE_KEYS and page_key is None and cursor.peek() == "[":
            page_key = key
            yield from _array(cursor, listed=True)
        else:
            members[key] = cursor.value()
        following = cursor.peek()
        cursor.pos += 1
        if following == "}":
            break
        if following != ",":
            raise cursor.fail(
                "Expecting ',' delimiter" if following else "the file ends inside an object",
                cursor.pos - 1,
            )
    if page_key is not None:
        return
    for key in PAGE_KEYS:
        if key in members:
            raise NotRecordsError(f"'{key}' must be an array of services")
    yield Item(members)


def read_items(handle: BinaryIO) -> Iterator[Item]:
    """Every record of a JSON document: the items of a top-level array or of a page's
    `contents`/`content`, or the one object. Raises JsonSyntaxError (with its position) when
    the text is not one JSON document, NotRecordsError when it holds no records, and
    BadByteError at a byte that is not UTF-8."""
    cursor = TextCursor(handle)
    first = cursor.peek()
    if first == "[":
        yield from _array(cursor, listed=False)
    elif first == "{":
        yield from _object(cursor)
    elif first == "":
        raise cursor.fail("the file is empty")
    else:
        cursor.value()
        if cursor.peek() == "":
            raise NotRecordsError("expected a service, an array or a page of services")
    if cursor.peek() != "":
        raise cursor.fail("Extra data")


def read_lines(handle: BinaryIO) -> Iterator[tuple[int, str]]:
    """Each line of the file that is not blank, with its number, decoded as UTF-8. Raises
    BadByteError at a byte that is not UTF-8."""
    offset = 0
    for number, raw in enumerate(handle, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BadByteError(offset + error.start, raw[error.start], error.reason) from None
        if number == 1:
            line = line.removeprefix("\ufeff")
        offset += len(raw)
        if line.strip():
            yield number, line
