# SPDX-License-Identifier: GPL-3.0-or-later
"""Every command's words in the language of the system, as a person runs them: with LANGUAGE=es
the output, the help and the errors are Spanish and hold none of the English headings and words;
with English (or the C locale) none of the Spanish ones. Ids, tab-separated columns, JSON and exit
codes are the same in both."""

from __future__ import annotations

import argparse
import inspect
import json
import re
from pathlib import Path

import pytest

from secondop_desktop import argparse_words
from secondop_desktop.cli import _HANDLERS
from secondop_desktop.resources import resource_path
from tests.cli.helpers import secondop

SPANISH = {"LANGUAGE": "es", "LANG": "es_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH = {"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
C_LOCALE = {"LANGUAGE": "", "LANG": "", "LC_ALL": "C", "LC_MESSAGES": ""}

ES_DEMO = resource_path("demo", "knee-case-es.json")
EN_DEMO = resource_path("demo", "knee-case.json")
ES_ID = json.loads(ES_DEMO.read_text("utf-8"))["case"]["id"]
EN_ID = json.loads(EN_DEMO.read_text("utf-8"))["case"]["id"]

# Words and headings the program itself writes in English (the cases' own texts are the
# patient's, so the Spanish runs use the Spanish worked example).
ENGLISH_WORDS = (
    "Case:", "compared with", "Diagnosis", "points differ", "agree", "Where the doctors differ",
    "Where they agree", "differs", "major", "minor", "Benefits", "Risks", "Side effects",
    "Main recommendation", "Ask both doctors", "not medical advice", "usage:", "options",
    "positional arguments", "show this help", "error: argument", "invalid choice",
    "the following arguments", "comparing", "opinions", "Added", "nothing else changed",
    "questions", "notes", "records", "medications", "journal", "The bin", "History:", "Bin:",
    "earlier version", "import of", "typed in the window", "Health concern", "answer", "case",
    "note", "healthy", "No case", "There is no", "damaged", "no such file", "Moved",
    "Brought", "Restored", "Backed up", "Exported", "Wrote", "the file", "deleted",
)
SPANISH_WORDS = (
    "Caso:", "frente a", "Diagnóstico", "puntos son diferentes", "coinciden",
    "En qué no coinciden", "diferente", "importante", "Beneficios", "Riesgos",
    "Efectos secundarios", "Recomendación principal", "Pregúnte", "consejo médico", "uso:",
    "opciones", "argumentos", "mostrar esta ayuda", "opción no válida", "comparando",
    "opiniones", "Agregado", "no cambió nada", "preguntas", "diario", "papelera", "Historial",
    "versiones anteriores", "importación", "Problema de salud", "respuesta", "caso", "nota",
    "buen estado", "Ningún caso", "No hay", "dañado", "ese archivo no existe", "Se movió",
    "Se recuperó", "Se restauró", "Se hizo una copia", "Se exportó", "Se guardó", "borrado",
)


def _found(words: tuple[str, ...], text: str) -> list[str]:
    return [w for w in words if re.search(rf"(?<![\w\-./]){re.escape(w)}(?![\w])", text)]


def _changed_copy(source: Path, folder: Path, concern: str) -> Path:
    """The case file as it comes back from another computer: the concern retyped later."""
    data = json.loads(source.read_text("utf-8"))
    data["case"]["concern"] = concern
    data["case"]["updated_at"] = "2026-11-30T09:00:00+00:00"
    out = folder / "again.json"
    out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return out


def _session(tmp_path: Path, env: dict[str, str], demo: Path, case_id: str) -> dict[str, tuple]:
    """Each command a person would run, in order, with its exit code and its whole output
    (the temporary folder's path, which holds the test's name, left out)."""
    journal = tmp_path / "diario.db"
    work = tmp_path / "w"
    work.mkdir()
    damaged = work / "roto.json"
    damaged.write_text("{ esto no es un caso", "utf-8")
    broken_journal = work / "danado.db"
    broken_journal.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 400)
    runs: dict[str, tuple] = {}

    def run(name: str, *args: str | Path) -> None:
        result = secondop(*args, env_extra=env)
        text = (result.stdout + "\n" + result.stderr).replace(str(tmp_path), "<tmp>")
        runs[name] = (result.returncode, text, result.stdout)

    run("import", "--journal", journal, "import", demo)
    run("import again", "--journal", journal, "import",
        _changed_copy(demo, work, "Otra manera de decirlo / Said another way"))
    run("list", "--journal", journal, "list")
    run("compare", "--journal", journal, "compare", case_id)
    run("search", "--journal", journal, "search", "Hale")
    run("history", "--journal", journal, "history", case_id)
    run("check", "--journal", journal, "check")
    run("export", "--journal", journal, "export", case_id, "-o", work / "c.secondop")
    run("backup", "--journal", journal, "backup", "-o", work / "b.db")
    run("delete", "--journal", journal, "delete", case_id)
    run("list empty", "--journal", journal, "list")
    run("bin", "--journal", journal, "bin")
    run("undelete", "--journal", journal, "undelete", case_id)
    run("restore", "--journal", journal, "restore", work / "b.db")
    run("help", "--help")
    run("compare help", "compare", "--help")
    run("missing case", "--journal", journal, "compare", "ninguno-0000")
    run("damaged file", "--journal", journal, "import", damaged)
    run("absent file", "--journal", journal, "import", work / "nada.json")
    run("damaged journal", "--journal", broken_journal, "list")
    run("no journal", "--journal", work / "ninguno.db", "list")
    run("bad command", "--journal", journal, "lisst")
    run("missing argument", "--journal", journal, "export")
    run("bin empty", "--journal", journal, "bin")
    return runs


EXIT_CODES = {
    "import": 0, "import again": 0, "list": 0, "compare": 0, "search": 0, "history": 0,
    "check": 0, "export": 0, "backup": 0, "delete": 0, "list empty": 0, "bin": 0,
    "undelete": 0, "restore": 0, "help": 0, "compare help": 0, "missing case": 1,
    "damaged file": 1, "absent file": 1, "damaged journal": 1, "no journal": 1,
    "bad command": 2, "missing argument": 2, "bin empty": 0,
}


@pytest.fixture(scope="module")
def spanish_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    return _session(tmp_path_factory.mktemp("es"), SPANISH, ES_DEMO, ES_ID)


@pytest.fixture(scope="module")
def english_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    return _session(tmp_path_factory.mktemp("en"), ENGLISH, EN_DEMO, EN_ID)


@pytest.mark.parametrize("name", list(EXIT_CODES))
def test_with_language_es_every_command_speaks_spanish(spanish_runs, name):
    code, text, _stdout = spanish_runs[name]
    assert code == EXIT_CODES[name], text
    assert _found(SPANISH_WORDS, text) or name == "search", text  # search prints the cases' text
    assert _found(ENGLISH_WORDS, text) == [], text


@pytest.mark.parametrize("name", list(EXIT_CODES))
def test_in_english_no_command_says_a_spanish_word(english_runs, name):
    code, text, _stdout = english_runs[name]
    assert code == EXIT_CODES[name], text
    assert _found(SPANISH_WORDS, text) == [], text


def test_the_spanish_words_are_the_ones_a_patient_reads(spanish_runs):
    assert "Agregado: los datos del caso, 2 opiniones" in spanish_runs["import"][1]
    compare = spanish_runs["compare"][1]
    assert compare.startswith("Caso: ")
    assert "En qué no coinciden los médicos\n" in compare
    assert "Diagnóstico: más preciso" in compare
    assert "Beneficios\n" in compare and "Efectos secundarios\n" in compare
    assert "Problema de salud\timportación de again.json" in spanish_runs["history"][1]
    assert "uso: secondop compare [-h] [--journal RUTA]" in spanish_runs["compare help"][1]
    assert "opción no válida: 'lisst'" in spanish_runs["bad command"][1]
    assert "faltan estos argumentos: CASO, -o/--output" in spanish_runs["missing argument"][1]
    assert "está dañado" in spanish_runs["damaged journal"][1]
    assert "este no es un archivo de caso de SecondOp" in spanish_runs["damaged file"][1]
    assert "Ningún caso de este diario tiene el título o el id «ninguno-0000»" in (
        spanish_runs["missing case"][1])


def test_machine_readable_output_keeps_its_shape_in_both_languages(spanish_runs, english_runs):
    es_line = spanish_runs["list"][2].splitlines()[0].split("\t")
    en_line = english_runs["list"][2].splitlines()[0].split("\t")
    assert es_line[0] == ES_ID and en_line[0] == EN_ID
    assert (es_line[2], es_line[3]) == ("comparando", "2 opiniones")
    assert (en_line[2], en_line[3]) == ("comparing", "2 opinions")
    for runs in (spanish_runs, english_runs):
        for line in runs["search"][2].splitlines():
            assert len(line.split("\t")) == 3


def test_json_output_is_the_same_whatever_the_language(tmp_path: Path):
    journal = tmp_path / "j.db"
    assert secondop("import", ES_DEMO, "--journal", journal).returncode == 0
    es = secondop("compare", ES_ID, "--json", "--journal", journal, env_extra=SPANISH)
    en = secondop("compare", ES_ID, "--json", "--journal", journal, env_extra=ENGLISH)
    assert json.loads(es.stdout).keys() == json.loads(en.stdout).keys()
    assert [p["key"] for p in json.loads(es.stdout)["points"]] == [
        p["key"] for p in json.loads(en.stdout)["points"]]


def test_the_c_locale_speaks_english(tmp_path: Path):
    result = secondop("--journal", tmp_path / "none.db", "list", env_extra=C_LOCALE)
    assert result.returncode == 1
    assert "there is no journal at" in result.stderr
    assert _found(SPANISH_WORDS, result.stderr) == []
    usage = secondop("lisst", env_extra=C_LOCALE)
    assert usage.returncode == 2 and "usage: secondop" in usage.stderr


def test_argparse_still_asks_for_the_messages_we_translate():
    """A newer Python rewording one of argparse's messages would leave it English: noticed here."""
    source = inspect.getsource(argparse)
    for message in argparse_words.MESSAGES:
        assert message.replace("\n", "\\n") in source, message


def test_the_help_of_every_command_is_spanish():
    for command in _HANDLERS:
        result = secondop(command, "--help", env_extra=SPANISH)
        assert result.returncode == 0
        assert result.stdout.startswith(f"uso: secondop {command}")
        assert _found(("usage:", "options", "show this help", "the case's id",
                       "the journal file to use"), result.stdout) == [], result.stdout


def test_the_patients_own_view_of_a_difference_is_said_in_spanish(tmp_path: Path):
    """A difference the patient marked the same, asked about and noted: the comparison says so,
    and says what the program found before, in Spanish."""
    journal = tmp_path / "j.db"
    assert secondop("import", ES_DEMO, "--journal", journal).returncode == 0
    found = json.loads(secondop("compare", ES_ID, "--json", "--journal", journal).stdout)
    point = next(p for p in found["points"] if p["status"] == "different" and not p.get("parent"))
    data = json.loads(ES_DEMO.read_text("utf-8"))
    data["case"]["updated_at"] = "2026-11-30T09:00:00+00:00"
    data["case"]["reviews"] = [{
        "id": "7d1f0f57-6d5e-4a39-9d0c-1c1f3a6b2e01", "opinions": [found["a"], found["b"]],
        "point": point["key"], "verdict": "same", "state": "asked", "note": "Lo hablamos",
        "updated_at": "2026-11-30T09:00:00+00:00",
    }]
    marked = tmp_path / "marcado.json"
    marked.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert secondop("import", marked, "--journal", journal).returncode == 0
    result = secondop("compare", ES_ID, "--journal", journal, env_extra=SPANISH)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert ("Lo que usted piensa: usted lo marcó como igual; en qué va: preguntado; "
            "nota: Lo hablamos") in text
    assert "(Antes de lo que usted decidió, el programa encontró: Diagnóstico:" in text
    assert _found(ENGLISH_WORDS + ("Your view", "you marked", "Before your own"), text) == []
