# SPDX-License-Identifier: GPL-3.0-or-later
from secondop_desktop.domain.model import QUESTION_TOPICS, RECORD_KINDS, Record
from secondop_desktop.domain.templates import (
    RECORD_CHECKLIST,
    STARTER_QUESTIONS,
    checklist_records,
    starter_question,
)


def test_every_starter_group_maps_to_a_topic_of_the_format() -> None:
    assert {g.key for g in STARTER_QUESTIONS} >= {
        "diagnosis", "tests", "options", "waiting", "timing", "trials", "cost", "your_place",
        "other_doctor"}
    for group in STARTER_QUESTIONS:
        assert group.topic in QUESTION_TOPICS
        assert group.questions
    texts = [q for g in STARTER_QUESTIONS for q in g.questions]
    assert len(texts) == len(set(texts))
    question = starter_question(texts[0], "diagnosis")
    assert question.text == texts[0] and question.created_at and question.id


def test_the_checklist_has_images_as_well_as_the_report_and_adds_only_what_is_missing() -> None:
    assert all(t.kind in RECORD_KINDS for t in RECORD_CHECKLIST)
    assert [t.kind for t in RECORD_CHECKLIST].count("imaging") == 2
    first = checklist_records([])
    assert len(first) == len(RECORD_CHECKLIST)
    assert all(r.status == "needed" for r in first)
    again = checklist_records([*first[:3], Record(title="  lab RESULTS ")])
    assert len(again) == len(RECORD_CHECKLIST) - 4
    # A record of the same kind counts, except for imaging (the images are not the report).
    mine = [Record(kind="medication_list", title="Current pills"),
            Record(kind="imaging", title="MRI report, March")]
    titles = [r.title for r in checklist_records(mine)]
    assert "Medication list" not in titles
    assert "Imaging report" in titles and len(titles) == len(RECORD_CHECKLIST) - 1


def test_the_starters_are_in_the_language_in_force_and_stored_text_stays_as_typed() -> None:
    from secondop_desktop.domain.templates import already_asked, starter_groups
    from secondop_desktop.i18n import using

    with using("es"):
        groups = starter_groups()
        assert groups[0].title == "El diagnóstico y qué tan seguro es"
        assert all(not q.isascii() for g in groups for q in g.questions)
        assert [g.topic for g in groups] == [g.topic for g in STARTER_QUESTIONS]
        titles = [r.title for r in checklist_records([Record(title="Pathology report")])]
        assert titles[0] == "Informe de la operación"  # the English one counts
        assert "Informe de patología" not in titles
    english = STARTER_QUESTIONS[0].questions[0]
    assert already_asked(english, {"¿cuál es exactamente mi diagnóstico y qué significa para mí?"})
    assert not already_asked(english, {"¿cuál es mi diagnóstico?"})
    with using("en"):
        assert checklist_records([Record(title="Informe de patología")])[0].title == (
            "Operative report")
