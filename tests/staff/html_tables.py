"""The tables of a page by id, read with the standard library's HTML parser: each row's cells
as text, and the links in each table."""

from __future__ import annotations

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, list[list[str]]] = {}
        self.links: dict[str, list[str]] = {}
        self._table: str | None = None
        self._depth = 0
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self._depth += 1
            if self._table is None and found.get("id"):
                self._table = str(found["id"])
                self._depth = 1
                self.rows[self._table] = []
                self.links[self._table] = []
        if self._table is None:
            return
        if tag == "tr":
            self.rows[self._table].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "a" and found.get("href"):
            self.links[self._table].append(str(found["href"]))

    def handle_endtag(self, tag: str) -> None:
        if self._table is None:
            return
        if tag in ("td", "th") and self._cell is not None:
            self.rows[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._depth -= 1
            if self._depth == 0:
                self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(page: str) -> _Tables:
    parser = _Tables()
    parser.feed(page)
    return parser


def table(page: str, table_id: str) -> list[list[str]]:
    """The rows of the table with this id (header cells included), each cell as its text."""
    found = tables(page).rows.get(table_id)
    assert found is not None, f"no table #{table_id} on the page"
    return found


def table_links(page: str, table_id: str) -> list[str]:
    """The addresses the table's links go to, in order."""
    return tables(page).links.get(table_id, [])


class _Form(HTMLParser):
    """The values a browser would send with the form that has `method="post"` and no
    action (the page's own form): text inputs, hidden inputs, checked boxes, text areas and
    selected options."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._inside = False
        self._done = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._text: list[str] = []

    def _add(self, name: str | None, value: str) -> None:
        if name:
            self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "form" and not self._done and found.get("method") == "post":
            self._inside = "action" not in found
            return
        if not self._inside:
            return
        name = found.get("name")
        if tag == "input":
            kind = found.get("type") or "text"
            if kind in ("checkbox", "radio"):
                if "checked" in found:
                    self._add(name, found.get("value") or "on")
            elif kind not in ("submit", "button"):
                self._add(name, found.get("value") or "")
        elif tag == "textarea":
            self._textarea, self._text = name, []
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in found:
            self._add(self._select, found.get("value") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._inside:
            self._inside, self._done = False, True
        elif tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            self._add(self._textarea, text[1:] if text.startswith("\n") else text)
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)


def page_form(page: str) -> dict[str, list[str]]:
    """What the page's own form (posting to the page) would send as it stands."""
    parser = _Form()
    parser.feed(page)
    return parser.values
