# SPDX-License-Identifier: GPL-3.0-or-later
"""`secondop compare` and `secondop export-pdf` through a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondop_desktop.domain.model import CaseFile, Opinion, Physician
from tests.cli.helpers import secondop

DEMO_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"


@pytest.fixture
def loaded_journal(journal_path: Path, demo_file: Path) -> Path:
    assert secondop("import", demo_file, "--journal", journal_path).returncode == 0
    return journal_path


@pytest.fixture
def three_doctor_journal(journal_path: Path, demo_file: Path, tmp_path: Path) -> Path:
    document = CaseFile.from_dict(json.loads(demo_file.read_text("utf-8")))
    third = Opinion(
        label="Third opinion",
        physician=Physician(name="Dr Νίκος Παπαδόπουλος", specialty="Rheumatology"),
    )
    third.diagnosis.text = "Primary osteoarthritis of the right knee"
    third.diagnosis.icd10 = "M17.11"
    document.case.opinions.append(third)
    path = tmp_path / "three.json"
    path.write_text(json.dumps(document.to_dict(), ensure_ascii=False), "utf-8")
    assert secondop("import", path, "--journal", journal_path).returncode == 0
    return journal_path


def test_compare_json_follows_the_contract(loaded_journal: Path):
    result = secondop("compare", DEMO_ID, "--json", "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # the contract's keys, plus the additive ones of the comparison rules (docs/comparison.md)
    assert set(data) == {"case", "a", "b", "summary", "points", "reasons"}
    assert data["case"] == DEMO_ID
    assert data["summary"]["diagnosis"] == "refined"
    assert data["summary"]["plan"] == "different"
    # (a benefit, risk or side effect of one treatment that differs is counted: it asks)
    assert data["summary"]["differ"] == sum(
        1 for p in data["points"] if p["status"] != "same" and (
            not p["parent"] or p["question"])
    )
    for point in data["points"]:
        assert set(point) == {
            "key", "topic", "status", "severity", "a", "b", "question", "verdict", "state",
            "label", "label_in_full", "rank", "order", "main", "wording_only", "detail", "reason",
            "parent", "spelling",
        }


def test_compare_text_puts_the_summary_first_and_names_the_doctors(loaded_journal: Path):
    result = secondop("compare", DEMO_ID, "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Dr Robert Hale" in text and "Dr Mei Tanaka" in text
    assert text.index("Diagnosis:") < text.index("Where the doctors differ")


def test_compare_swapped_opinions_by_number(loaded_journal: Path):
    forward = json.loads(secondop("compare", DEMO_ID, "--json", "--journal",
                                  loaded_journal).stdout)
    result = secondop("compare", DEMO_ID, "--opinions", "2,1", "--json",
                      "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    backward = json.loads(result.stdout)
    assert (backward["a"], backward["b"]) == (forward["b"], forward["a"])
    assert backward["summary"] == forward["summary"]


def test_compare_three_opinions_gives_three_pairs(three_doctor_journal: Path):
    result = secondop("compare", DEMO_ID, "--opinions", "1,2,3", "--json",
                      "--journal", three_doctor_journal)
    assert result.returncode == 0, result.stderr
    pairs = json.loads(result.stdout)
    assert isinstance(pairs, list) and len(pairs) == 3


def test_compare_opinions_named_as_people_say_them(loaded_journal: Path):
    forward = json.loads(secondop("compare", DEMO_ID, "--json", "--journal",
                                  loaded_journal).stdout)
    result = secondop("compare", DEMO_ID, "--opinions", "Tanaka, dr hale", "--json",
                      "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    backward = json.loads(result.stdout)
    assert (backward["a"], backward["b"]) == (forward["b"], forward["a"])
    both = secondop("compare", DEMO_ID, "--opinions", "Dr,2", "--journal", loaded_journal)
    assert both.returncode == 1 and "several opinions" in both.stderr


def test_compare_unknown_opinion_is_one_clear_line(loaded_journal: Path):
    result = secondop("compare", DEMO_ID, "--opinions", "1,Dr Nobody",
                      "--journal", loaded_journal)
    assert result.returncode == 1
    assert "Dr Nobody" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_pdf_writes_the_comparison(loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "for-dr-hale.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--paper", "a4",
                      "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Dr Robert Hale" in text and "Dr Mei Tanaka" in text
    assert "not medical advice" in text
    assert "Worried about the cost" not in text  # the private note stays out
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595.28) < 1 and abs(height - 841.89) < 1


def test_export_pdf_includes_private_notes_only_when_asked(loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "all.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--include-private",
                      "--journal", loaded_journal)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Worried about the cost" in text


def test_export_pdf_three_opinions(three_doctor_journal: Path, tmp_path: Path):
    out = tmp_path / "three.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--opinions", "1,2,3",
                      "--journal", three_doctor_journal)
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Παπαδόπουλος" in text


def test_export_pdf_into_a_missing_folder_fails_cleanly(loaded_journal: Path, tmp_path: Path):
    out = tmp_path / "no" / "such" / "folder" / "x.pdf"
    result = secondop("export-pdf", DEMO_ID, "-o", out, "--journal", loaded_journal)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.fixture
def dose_journal(journal_path: Path, demo_file: Path, tmp_path: Path) -> Path:
    """The worked example with both doctors' naproxen at another dose, and a diagnosis one of
    them wrote as a two-meaning abbreviation."""
    document = CaseFile.from_dict(json.loads(demo_file.read_text("utf-8")))
    hale, tanaka = document.case.opinions[:2]
    hale.recommendations[1].treatment = "Naproxen 500 mg twice daily"
    tanaka.recommendations[2].treatment = "Naproxen 50 mg twice daily"
    hale.diagnosis.text, hale.diagnosis.icd10 = "RA", None
    tanaka.diagnosis.text, tanaka.diagnosis.icd10 = "Rheumatoid arthritis", None
    path = tmp_path / "dose.json"
    path.write_text(json.dumps(document.to_dict(), ensure_ascii=False), "utf-8")
    assert secondop("import", path, "--journal", journal_path).returncode == 0
    return journal_path


def test_compare_names_a_dose_difference_and_says_may_be_the_same(dose_journal: Path):
    result = secondop("compare", DEMO_ID, "--journal", dose_journal)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Diagnosis: may be the same (a word in it can be read two ways)." in text
    assert "Other recommendation: differs (major)" in text
    assert "What differs: Dr Hale wrote 500 mg (milligrams), Dr Tanaka 50 mg (milligrams)" in text
    data = json.loads(secondop("compare", DEMO_ID, "--json", "--journal",
                               dose_journal).stdout)
    assert data["summary"]["diagnosis"] == "maybe_same"
    naproxen = next(p for p in data["points"] if p["topic"] == "recommendation"
                    and "Naproxen" in p["a"])
    assert (naproxen["status"], naproxen["severity"]) == ("different", "major")
    assert "10 times" in naproxen["detail"] and "500 mg" in naproxen["question"]
    orders = sorted(p["order"] for p in data["points"])
    assert orders == list(range(len(data["points"])))
