# SPDX-License-Identifier: GPL-3.0-or-later
"""Paper by country, and how marks name a point."""

from __future__ import annotations

import pytest

from secondop_desktop.domain.comparison import Point
from secondop_desktop.report.marks import mark_for, short_names
from secondop_desktop.report.options import PdfOptions, default_paper, resolve_paper


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [("en_US.UTF-8", "letter"), ("fr_CA", "letter"), ("es-MX", "letter"), ("fil_PH", "letter"),
     ("en_GB.UTF-8", "a4"), ("de_DE", "a4"), ("ja_JP", "a4"), ("C", "a4"), ("", "a4")],
)
def test_default_paper_by_country(locale_name, paper):
    assert default_paper(locale_name) == paper


def test_paper_from_environment(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert resolve_paper(PdfOptions()) == "letter"
    assert resolve_paper(PdfOptions(paper="A4")) == "a4"


@pytest.mark.parametrize(
    ("status", "verdict", "text", "overruled"),
    [
        ("same", None, "= same", ""),
        ("different", None, "≠ differs", ""),
        ("refined", None, "~ refined", ""),
        ("only_a", None, "◐ only Dr A", ""),
        ("only_b", None, "◐ only Dr B", ""),
        ("different", "same", "= same", "differs"),
        ("same", "different", "≠ differs", "same"),
    ],
)
def test_marks_follow_the_engine_and_the_user(status, verdict, text, overruled):
    point = Point(key="k", topic="stage", status=status, severity="major", verdict=verdict)
    mark = mark_for(point, "Dr A", "Dr B")
    assert mark.text == text
    assert mark.overruled == overruled


def test_short_names_stay_distinct():
    assert short_names(["Dr Robert Hale", "Dr Mei Tanaka"]) == ["Dr Hale", "Dr Tanaka"]
    assert short_names(["José Müller", "山田太郎"]) == ["José Müller", "山田太郎"]
    assert short_names(["Dr Ann Lee", "Dr Bo Lee"]) == ["Dr Ann Lee", "Dr Bo Lee"]


def test_short_names_keep_spanish_titles():
    assert short_names(["Dra. Elena Márquez", "Sra. Ana María López", "Dr Robert Hale"]) == [
        "Dra. Márquez", "Sra. López", "Dr Hale"]
