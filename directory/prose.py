"""Free text of a listing as the paragraphs and lists a page shows.

Cleaned text (ingest/cleaning.py) keeps a feed's paragraphs as blocks separated by a blank
line, its list items as lines beginning `- ` (or `* `, `• `, as people type them), and its
other line breaks as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

LIST_MARKS = ("- ", "* ", "• ")


@dataclass(frozen=True)
class Block:
    """A paragraph (`kind` "p", its lines shown with line breaks) or a list ("ul", its items)."""

    kind: str
    lines: tuple[str, ...]


def prose_blocks(text: object) -> list[Block]:
    """The paragraphs and lists of a text; nothing for anything that is not text."""
    if not isinstance(text, str):
        return []
    blocks: list[Block] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        kind, lines = "", list[str]()
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            item = line.startswith(LIST_MARKS) and len(line) > 2
            wanted = "ul" if item else "p"
            if wanted != kind and lines:
                blocks.append(Block(kind, tuple(lines)))
                lines = []
            kind = wanted
            lines.append(line[2:].strip() if item else line)
        if lines:
            blocks.append(Block(kind, tuple(lines)))
    return blocks
