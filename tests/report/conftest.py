# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for reading the PDFs back."""

from __future__ import annotations

import io

import pypdf
import pytest


class ReadPdf:
    def __init__(self, data: bytes) -> None:
        self.reader = pypdf.PdfReader(io.BytesIO(data))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text with runs of whitespace made one space (lines wrap anywhere)."""
        return " ".join(self.text.split())


@pytest.fixture
def read_pdf():
    return ReadPdf
