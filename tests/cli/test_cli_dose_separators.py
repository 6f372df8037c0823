# SPDX-License-Identifier: GPL-3.0-or-later
"""`secondop compare` and `secondop export-pdf` on doses written with thousands separators: a
Spanish thousand ("1.000 mg") against one milligram is a thousand-fold difference, and the same
writing where nothing says how its writer groups thousands is "may be the same", with what to
check (tests/domain/test_dose_separators.py has the rules)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from secondop_desktop.domain.model import (
    Case,
    CaseFile,
    Diagnosis,
    Opinion,
    Physician,
    Recommendation,
)
from tests.cli.helpers import secondop


def _case_file(tmp_path: Path, concern: str, dose_a: str, dose_b: str) -> Path:
    def opinion(name: str, treatment: str) -> Opinion:
        return Opinion(physician=Physician(name=name), diagnosis=Diagnosis(text="DM2"),
                       recommendations=[Recommendation(treatment=treatment, preferred=True,
                                                       category="medication")])

    case = Case(title="Azúcar", concern=concern,
                opinions=[opinion("Dra. Elena Ruiz", f"Metformina {dose_a}"),
                          opinion("Dr Robert Hale", f"Metformina {dose_b}")])
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CaseFile(case=case).to_dict(), ensure_ascii=False), "utf-8")
    return path


def _imported(tmp_path: Path, journal: Path, case_file: Path) -> str:
    assert secondop("import", case_file, "--journal", journal).returncode == 0
    return secondop("list", "--journal", journal).stdout.splitlines()[-1].split("\t")[0]


def _pdf_text(path: Path) -> str:
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True)
    return " ".join(run.stdout.split())


def test_a_spanish_thousand_against_one_milligram_is_said_to_differ(tmp_path: Path,
                                                                     journal_path: Path):
    concern = "Tengo la glucosa alta desde hace un año y no sé qué tratamiento elegir"
    case_id = _imported(tmp_path, journal_path,
                        _case_file(tmp_path, concern, "1.000 mg", "1 mg"))
    said = " ".join(secondop("compare", case_id, "--journal", journal_path).stdout.split())
    assert "* Main recommendation: differs (major)" in said
    assert ("What differs: Dra. Ruiz wrote 1,000 mg (milligrams), Dr Hale 1 mg (milligrams) "
            "(one is 1,000 times the other)") in said
    out = tmp_path / "case.pdf"
    assert secondop("export-pdf", case_id, "-o", out, "--journal", journal_path).returncode == 0
    text = _pdf_text(out)
    assert "≠ differs" in text and "(major)" in text
    assert "one is 1,000 times the other" in text  # in the question to ask


def test_the_same_writing_with_nothing_to_say_how_is_may_be_the_same(tmp_path: Path,
                                                                      journal_path: Path):
    case_id = _imported(tmp_path, journal_path, _case_file(tmp_path, "", "1.000 mg", "1000 mg"))
    result = secondop("compare", case_id, "--journal", journal_path)
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())
    assert "* Main recommendation: may be the same (minor)" in said
    assert "Diagnosis: the same. Plan: partly the same." in said
    assert ("What to check: Dra. Ruiz wrote 1.000 mg (can mean 1,000 mg or 1 mg), Dr Hale "
            "1,000 mg (milligrams)") in said
    data = json.loads(secondop("compare", case_id, "--json", "--journal", journal_path).stdout)
    (point,) = [p for p in data["points"] if p["topic"] == "recommendation"]
    assert point["status"] == "maybe_same"
    out = tmp_path / "case.pdf"
    assert secondop("export-pdf", case_id, "-o", out, "--journal", journal_path).returncode == 0
    text = _pdf_text(out)
    assert "? may be the same" in text
    assert "the program cannot tell whether Dra. Ruiz and Dr Hale mean the same dose" in text
    table = text.split("are the words that differ.", 1)[1].split("Questions to ask", 1)[0]
    assert "≠" not in table and "= same" in table  # the diagnosis agrees, the dose is unsure


def test_the_spanish_terminal_says_what_to_check_with_the_numbers_of_its_place(
        tmp_path: Path, journal_path: Path):
    """A reader in Spain takes "1,000 mg" for 1 mg: the program writes "1.000 mg" for them."""
    case_id = _imported(tmp_path, journal_path, _case_file(tmp_path, "", "1.000 mg", "1000 mg"))
    for place, thousand in (("es_ES", "1.000"), ("es_US", "1,000")):
        said = " ".join(secondop("compare", case_id, "--journal", journal_path, env_extra={
            "LANGUAGE": place, "LANG": f"{place}.UTF-8", "LC_ALL": ""}).stdout.split())
        assert "Recomendación principal: puede que sea lo mismo (menor)" in said
        assert (f"Qué comprobar: la Dra. Ruiz escribió 1.000 mg (puede ser {thousand} mg o "
                f"1 mg); el Dr Hale, {thousand} mg (miligramos)") in said
        assert "el programa no puede saber si la Dra. Ruiz y el Dr Hale" in said
