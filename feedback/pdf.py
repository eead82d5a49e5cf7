"""The letter as a PDF, by WeasyPrint (which needs the system's Pango library)."""

from __future__ import annotations


class PdfError(Exception):
    """No PDF could be made on this machine."""


def render_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML  # loaded on first use: it needs the Pango library
    except (ImportError, OSError) as error:
        raise PdfError(
            f"PDF letters need WeasyPrint and the Pango library ({error}); print the letter "
            "page to PDF instead"
        ) from None
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf
