# SPDX-License-Identifier: GPL-3.0-or-later
"""How the doctor of one opinion groups the thousands of an amount ("1.000 mg" or "1,000 mg"),
from what the opinion and the case say: the opinion's own amounts first, then the language the
opinion is written in, then the language of the case (its title, concern, questions, notes and
medicines). The rules are in ``domain/amounts.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from secondop_desktop.domain.amounts import grouping_marks
from secondop_desktop.domain.language_guess import guess_language
from secondop_desktop.domain.model import Case, Opinion
from secondop_desktop.domain.units import written_amounts


def opinion_texts(opinion: Opinion) -> Iterator[str]:
    """Everything the doctor said in ``opinion``, as text."""
    yield opinion.diagnosis.text or ""
    yield opinion.diagnosis.stage or ""
    yield opinion.rationale
    yield opinion.follow_up
    for rec in opinion.recommendations:
        yield from (rec.treatment, rec.benefits, rec.risks, rec.side_effects)
    for item in opinion.evidence:
        yield from (item.title, item.interpretation)
    for answer in opinion.answers:
        yield answer.text


def _case_texts(case: Case) -> Iterator[str]:
    yield from (case.title, case.concern)
    for question in case.questions:
        yield question.text
    for note in case.notes:
        yield note.text
    for medicine in case.medications:
        yield from (medicine.name, medicine.dose, medicine.schedule, medicine.notes)


# A lone point or comma before three digits ("1.000", "1,000"): the only writing whose reading
# depends on the writer's habits.
_UNSURE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}[.,]\d{3}(?![\d.,])")


def grouping(case: Case, opinion: Opinion) -> frozenset[str]:
    """The marks ("." and/or ",") the doctor of ``opinion`` groups thousands with, as far as the
    opinion and the case say; empty when nothing says, or when no treatment of the opinion has
    an amount whose reading depends on it (most: then nothing else is read)."""
    if not any(_UNSURE.search(rec.treatment or "") for rec in opinion.recommendations):
        return frozenset()
    texts = [text for text in opinion_texts(opinion) if text]
    written = [amount for text in texts for amount in written_amounts(text)]
    language = guess_language(texts) or guess_language(_case_texts(case))
    return grouping_marks(written, language)
