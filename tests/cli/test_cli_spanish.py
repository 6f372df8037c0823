# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line in Spanish (LANGUAGE=es), and the PDF in either language whatever the
system's (`export-pdf --language en|es`), read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.helpers import secondop

DEMO_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"
SPANISH = {"LANGUAGE": "es", "LANG": "es_US.UTF-8", "LC_ALL": ""}
ENGLISH = {"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": ""}

# The headings and fixed words of the comparison PDF, in each language.
ENGLISH_HEADINGS = ("Comparison of medical opinions", "Side by side", "How to read the table",
                    "Questions to ask", "Records, and which doctors have seen them",
                    "Prepared for:", "Page 1 of", "Specialty", "Main recommendation", "Summary",
                    "not medical advice")
SPANISH_HEADINGS = ("Comparación de opiniones médicas", "Uno al lado del otro",
                    "Cómo leer la tabla", "Preguntas para hacer",
                    "Expedientes, y qué médicos los han visto", "Preparado para:", "Página 1 de",
                    "Especialidad", "Recomendación principal", "Resumen",
                    "no es un consejo médico")


@pytest.fixture
def loaded_journal(journal_path: Path, demo_file: Path) -> Path:
    assert secondop("import", demo_file, "--journal", journal_path).returncode == 0
    return journal_path


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_messages_are_spanish_with_language_es(journal_path: Path, tmp_path: Path):
    missing = secondop("list", "--journal", tmp_path / "nowhere.db", env_extra=SPANISH)
    assert missing.returncode == 1
    assert "no hay ningún diario en" in missing.stderr
    assert "Start SecondOp once" not in missing.stderr

    empty = tmp_path / "empty.secondop"
    result = secondop("import", tmp_path / "absent.json", "--journal", journal_path,
                      env_extra=SPANISH)
    assert result.returncode == 1
    assert "ese archivo no existe" in result.stderr
    assert not empty.exists()


def test_language_follows_lc_messages_and_lang_when_language_is_unset(loaded_journal: Path,
                                                                       tmp_path: Path):
    out = tmp_path / "x.pdf"
    by_lang = secondop("export-pdf", DEMO_ID, "-o", out, "--journal", loaded_journal,
                       env_extra={"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
                                  "LANG": "es_MX.UTF-8"})
    assert by_lang.returncode == 0, by_lang.stderr
    assert by_lang.stdout.startswith("Se guardó ")
    by_messages = secondop("export-pdf", DEMO_ID, "-o", out, "--journal", loaded_journal,
                           env_extra={"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "en_GB.UTF-8",
                                      "LANG": "es_MX.UTF-8"})
    assert by_messages.stdout.startswith("Wrote ")


def test_pdf_in_spanish_from_an_english_system_has_no_english_heading(loaded_journal: Path,
                                                                       tmp_path: Path):
    out = tmp_path / "es.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--language", "es",
                      "--journal", loaded_journal, env_extra=ENGLISH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote ")  # the messages stay in the system's language
    text = _text(out)
    for heading in SPANISH_HEADINGS:
        assert heading in text
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    assert " de 2026" in text or " de 20" in text  # the date as "2 de octubre de 2026"
    assert "Pregúnte" in text and "Ask both doctors" not in text  # the suggested questions
    assert _page_size(out) == (612, 792)  # US Spanish: Letter


def test_large_print_pdf_in_spanish_has_no_english_heading(loaded_journal: Path,
                                                           tmp_path: Path):
    """Large print sets the footer's note on a line of its own: that line is Spanish too."""
    out = tmp_path / "es-large.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--language", "es", "--large-print",
                      "--include-decision", "--journal", loaded_journal, env_extra=ENGLISH)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    assert "soon (" not in text and "routine (" not in text  # the urgency words too


def test_pdf_in_english_from_a_spanish_system_has_no_spanish_heading(loaded_journal: Path,
                                                                      tmp_path: Path):
    out = tmp_path / "en.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--language", "en",
                      "--journal", loaded_journal, env_extra=SPANISH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Se guardó ")
    text = _text(out)
    for heading in ENGLISH_HEADINGS:
        assert heading in text
    for heading in SPANISH_HEADINGS:
        assert heading not in text, heading


def test_paper_follows_the_chosen_language_and_country_and_can_be_overridden(
        loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "p.pdf"
    spain = {"LANGUAGE": "es_ES", "LANG": "es_ES.UTF-8", "LC_ALL": "", "LC_PAPER": ""}
    assert secondop("export-pdf", DEMO_ID, "-o", out, "--language", "es",
                    "--journal", loaded_journal, env_extra=spain).returncode == 0
    assert _page_size(out) == (595, 842)  # Spanish of Spain: A4
    assert secondop("export-pdf", DEMO_ID, "-o", out, "--language", "es", "--paper", "letter",
                    "--journal", loaded_journal, env_extra=spain).returncode == 0
    assert _page_size(out) == (612, 792)
    uk = {"LANGUAGE": "", "LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_PAPER": ""}
    assert secondop("export-pdf", DEMO_ID, "-o", out, "--language", "en",
                    "--journal", loaded_journal, env_extra=uk).returncode == 0
    assert _page_size(out) == (595, 842)  # British English: A4
    assert secondop("export-pdf", DEMO_ID, "-o", out, "--language", "en",
                    "--journal", loaded_journal, env_extra=SPANISH).returncode == 0
    assert _page_size(out) == (612, 792)  # English chosen apart from the system: US, Letter


def test_unknown_language_is_refused_with_usage(loaded_journal: Path, tmp_path: Path):
    result = secondop("export-pdf", DEMO_ID, "-o", tmp_path / "x.pdf", "--language", "fr",
                      "--journal", loaded_journal)
    assert result.returncode == 2
    assert not (tmp_path / "x.pdf").exists()
