# SPDX-License-Identifier: GPL-3.0-or-later
"""`secondop compare` in Spanish: a line that goes on after a label and a colon with a doctor's
name has the article in lower case ("En qué no coinciden: el Dr Hale escribió …"); a name that
starts a line or a sentence keeps it capitalised."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from secondop_desktop.domain.model import CaseFile, new_id
from tests.cli.helpers import secondop

DEMO_ID = "ac713cbf-7c10-5274-b05e-3e3607c01566"


def test_spanish_compare_text_lowercases_the_article_after_a_colon(
        journal_path: Path, demo_file: Path, tmp_path: Path) -> None:
    document = CaseFile.from_dict(json.loads(demo_file.read_text("utf-8")))
    third = copy.deepcopy(document.case.opinions[1])  # the second doctor's words, another doctor
    third.id, third.physician.name = "0f6a4a10-0000-4000-8000-000000000003", "Dr Amara Okafor"
    for item in [*third.recommendations, *third.evidence, *third.answers]:
        item.id = new_id()
    document.case.opinions.append(third)
    # The patient typed the naproxen doses as each doctor wrote them.
    for opinion, said in zip(document.case.opinions[:2], ("Naproxeno 500 mg dos veces al día",
                                                          "naproxeno 250 mg dos veces al día"),
                             strict=True):
        next(r for r in opinion.recommendations
             if r.treatment.startswith("Naproxen")).treatment = said
    path = tmp_path / "rodilla.json"
    path.write_text(json.dumps(document.to_dict(), ensure_ascii=False), "utf-8")
    assert secondop("import", path, "--journal", journal_path).returncode == 0

    result = secondop("compare", DEMO_ID, "--journal", journal_path,
                      env_extra={"LANGUAGE": "es", "LC_ALL": "es_ES.UTF-8"})
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "En qué no coinciden: el Dr Hale escribió 500 mg (miligramos); el Dr Tanaka" in text
    assert "Por qué pueden no coincidir: el Dr Tanaka vio" in text
    assert ": El Dr" not in text and ": La Dra" not in text
    # Three doctors: who agrees with whom, after the topic and its colon.
    ids = ",".join(o.id for o in document.case.opinions)
    three = secondop("compare", DEMO_ID, "--opinions", ids, "--journal", journal_path,
                     env_extra={"LANGUAGE": "es", "LC_ALL": "es_ES.UTF-8"})
    assert three.returncode == 0, three.stderr
    said = " ".join(three.stdout.split())
    assert ("Plan principal: el Dr Mei Tanaka y el Dr Amara Okafor coinciden; el Dr Robert Hale "
            "no coincide") in said
    assert ": El Dr" not in said and ": La Dra" not in said
    # In English nothing changes.
    english = " ".join(secondop("compare", DEMO_ID, "--journal", journal_path,
                                env_extra={"LANGUAGE": "en", "LC_ALL": "C.UTF-8"}).stdout.split())
    assert "What differs: Dr Hale wrote 500 mg (milligrams), Dr Tanaka 250 mg" in english
    assert "Why they may differ: Dr Tanaka saw" in english
