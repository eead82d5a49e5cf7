"""What a test reads of a PDF letter: its text, and its first page as a picture to look at
(PDFium, from the pypdfium2 wheel)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def pdf_text(data: bytes) -> str:
    """The text of every page, in order, with the lines as PDFium finds them."""
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def save_pages(data: bytes, folder: Path, name: str) -> list[Path]:
    """Each page as a PNG at 100 dpi in `folder`, named `name-1.png`, `name-2.png`..."""
    folder.mkdir(parents=True, exist_ok=True)
    document = pdfium.PdfDocument(data)
    saved = []
    try:
        for number, page in enumerate(document, start=1):
            path = folder / f"{name}-{number}.png"
            page.render(scale=100 / 72).to_pil().save(path)
            saved.append(path)
    finally:
        document.close()
    return saved
