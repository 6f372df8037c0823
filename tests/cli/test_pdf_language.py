# SPDX-License-Identifier: GPL-3.0-or-later
"""The comparison PDF in one language only (issue 15's "Done means"): the Spanish worked example
printed with ``--language es`` holds none of the English headings and words of the catalog, and
the English one printed with ``--language en`` from a Spanish system holds none of their Spanish.

The list is built from the whole catalog (the PDF prints the engine's, the report's and the
coded values' words), not written out here; the case's own texts are the user's and are left
out of the search."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondop_desktop.resources import resource_path
from tests.cli.helpers import secondop

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations as build  # noqa: E402

SPANISH = {"LANGUAGE": "es", "LANG": "es_US.UTF-8", "LC_ALL": ""}
ENGLISH = {"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": ""}
PLACEHOLDER = re.compile(r"\{\w*\}")


def _headings() -> list[tuple[str, str]]:
    """(English, Spanish) of each heading or word the catalog holds: every message that is a
    heading or a few words, and the words around the placeholders of the others ("since {day}"
    gives "since")."""
    out = []
    for entry in build.read_po(build.catalogs()[0]):
        if not entry.msgid or entry.plural:
            continue
        english = [p.strip(" :.,;—()") for p in PLACEHOLDER.split(entry.msgid)]
        spanish = [p.strip(" :.,;—()«»¿?") for p in PLACEHOLDER.split(entry.msgstr)]
        whole = len(english) == 1
        for e, s in zip(english, spanish, strict=False) if not whole else [(english[0],
                                                                            spanish[0])]:
            if not e or not s or e.casefold() == s.casefold() or not 1 <= len(e.split()) <= 6:
                continue
            if not whole and len(e) < 4:
                continue  # "for", "of": too short to tell outside a sentence
            out.append((e, s))
    return out


def _pattern(phrase: str) -> re.Pattern[str]:
    # A whole word or phrase, in any case, with any run of spaces or a line break between its
    # words.
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])", re.IGNORECASE)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _case_text(demo: str) -> str:
    """Every text of the case file: the patient's and doctors' words, printed as written (an
    institution called "Northside Imaging" is not an untranslated heading)."""
    def strings(node: object) -> list[str]:
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        # Coded values ("shared", "surgery") are one word: the PDF must put them in words.
        return [node] if isinstance(node, str) and " " in node.strip() else []

    return "\n".join(strings(json.loads(resource_path("demo", demo).read_text("utf-8"))))


def _export(journal: Path, demo: str, out: Path, language: str, env: dict[str, str]) -> str:
    assert secondop("import", resource_path("demo", demo), "--journal", journal,
                    env_extra=env).returncode == 0
    listed = secondop("list", "--journal", journal, env_extra=env).stdout.splitlines()
    case_id = listed[-1].split("\t")[0]
    result = secondop("export-pdf", case_id, "-o", out, "--language", language,
                      "--include-decision", "--journal", journal, env_extra=env)
    assert result.returncode == 0, result.stderr
    return _text(out)


def test_the_list_is_long_enough_to_mean_something():
    english = {e for e, _s in _headings()}
    assert len(english) > 80
    assert {"Side by side", "Summary", "Benefits", "Soon", "Surgery"} <= english


@pytest.mark.parametrize("heading", ["Questions to ask", "Side effects", "Who agrees on"])
def test_a_heading_is_found_across_a_line_break(heading):
    assert _pattern(heading).search("x " + heading.replace(" ", "\n", 1) + " y")


def test_the_spanish_pdf_has_no_english_heading_or_word(tmp_path: Path):
    text = _export(tmp_path / "j.db", "knee-case-es.json", tmp_path / "es.pdf", "es", ENGLISH)
    assert "Uno al lado del otro" in text
    data = _case_text("knee-case-es.json")
    found = sorted({english for english, _s in _headings()
                    if _pattern(english).search(text) and not _pattern(english).search(data)})
    assert found == []


def test_the_english_pdf_from_a_spanish_system_has_no_spanish_heading(tmp_path: Path):
    text = _export(tmp_path / "j.db", "knee-case.json", tmp_path / "en.pdf", "en", SPANISH)
    assert "Side by side" in text
    data = _case_text("knee-case.json")
    found = sorted({spanish for _e, spanish in _headings()
                    if _pattern(spanish).search(text) and not _pattern(spanish).search(data)})
    assert found == []


def test_a_longer_spanish_word_is_not_cut_in_a_narrow_column(tmp_path: Path):
    """Large print: the records' status column once broke "Compartido" into "Compart" / "ido"."""
    journal = tmp_path / "j.db"
    _export(journal, "knee-case-es.json", tmp_path / "es.pdf", "es", ENGLISH)
    listed = secondop("list", "--journal", journal).stdout.splitlines()
    out = tmp_path / "large.pdf"
    assert secondop("export-pdf", listed[-1].split("\t")[0], "-o", out, "--language", "es",
                    "--large-print", "--journal", journal).returncode == 0
    text = _text(out)
    assert "Compartido" in text and "Compart\nido" not in text
