# SPDX-License-Identifier: GPL-3.0-or-later
"""A PDF's pages as images, for the in-app preview and for printing.

PDFium through ``pypdfium2`` (a few MB) does the rendering, so the app needs no QtPdf (which
PySide6 6.11 ships only inside the 438 MB PySide6-Addons). ``PdfPages(path)`` opens a file;
``page_count()``, ``page_size(index)`` (points) and ``render(index, width_px)`` (a ``QImage``)
are all the preview and the printer need.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage


class PdfPagesError(Exception):
    """The PDF cannot be read (damaged, not a PDF, or the renderer is missing)."""


def renderer_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


# PDFium is not thread-safe: one lock for every call into it, whichever thread makes it.
_PDFIUM = threading.Lock()


class PdfPages:
    def __init__(self, path: Path) -> None:
        try:
            import pypdfium2
        except ImportError as exc:
            raise PdfPagesError("the PDF renderer (pypdfium2) is not installed") from exc
        self.path = Path(path)
        try:
            with _PDFIUM:
                self._document = pypdfium2.PdfDocument(str(self.path))
                self._sizes = [QSizeF(*self._document.get_page_size(i))
                               for i in range(len(self._document))]
        except (pypdfium2.PdfiumError, OSError) as exc:
            raise PdfPagesError(f"{self.path.name} cannot be read as a PDF ({exc})") from exc

    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return QSizeF(self._sizes[index])

    def render(self, index: int, width_px: int) -> QImage:
        """Page ``index`` drawn ``width_px`` pixels wide (its height follows), white paper."""
        size = self._sizes[index]
        scale = max(width_px, 1) / max(size.width(), 1.0)
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                                     may_draw_forms=False)
                try:
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888 if bitmap.mode == "RGBX"
                                   else QImage.Format.Format_RGB888)
                    # The bitmap's memory goes with it: the image keeps a copy of its own.
                    return image.copy()
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
