# SPDX-License-Identifier: GPL-3.0-or-later
"""The compare model and its presentation helpers, without a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from secondop_desktop.domain.model import Case, Review
from secondop_desktop.ui import theme
from secondop_desktop.ui.compare_delegate import FOLD_LINES, CompareDelegate
from secondop_desktop.ui.compare_model import COL_FIRST, COL_MARK, COL_SECOND, CompareModel, Role
from secondop_desktop.ui.compare_style import colours_from, contrast
from tests.ui.test_compare_model_fakes import (
    FakeEngine,
    crossed_three,
    fixed_points,
    mri_key,
    with_third_opinion,
)


def _model(case: Case) -> CompareModel:
    a, b = case.opinions[0].id, case.opinions[1].id
    model = CompareModel()
    model.set_result(FakeEngine().compare_opinions(case, a, b),
                     {o.id: o.doctor for o in case.opinions})
    return model


def _row(model: CompareModel, key: str) -> int:
    row = model.row_of_key(key)
    assert row >= 0, key
    return row


def test_two_doctors_rows_columns_and_header(qapp, demo_case: Case) -> None:
    model = _model(demo_case)
    assert model.rowCount() == len(fixed_points("a", "b"))
    assert model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(COL_FIRST, horizontal) == "Dr Robert Hale"
    assert model.headerData(COL_SECOND, horizontal) == "Dr Mei Tanaka"


def test_roles_carry_the_engines_findings(qapp, demo_case: Case) -> None:
    model = _model(demo_case)
    stage = _row(model, "stage")
    mark = model.index(stage, COL_MARK)
    assert model.data(mark) == "≠ Differs\nmajor"
    assert model.data(mark, Role.KEY) == "stage"
    assert model.data(mark, Role.STATUS) == "different"
    assert model.data(mark, Role.SEVERITY) == "major"
    assert model.data(mark, Role.DIFFERS) is True
    assert model.data(mark, Role.QUESTION).startswith("How did you grade the X-ray")
    assert model.data(mark, Role.REASON) == "Dr Tanaka saw the MRI report; Dr Hale did not."
    assert model.data(mark, Role.LABEL) == "Stage"
    assert model.data(mark, Qt.ItemDataRole.BackgroundRole) is not None
    first = model.index(stage, COL_FIRST)
    assert model.data(first) == "Kellgren-Lawrence grade 4"
    assert model.data(first, Role.SEGMENTS) == [("Kellgren-Lawrence grade ", False), ("4", True)]
    assert model.data(first, Role.PRESENT) is True

    same = model.index(_row(model, "certainty"), COL_MARK)
    assert model.data(same) == "= Same"
    assert model.data(same, Role.DIFFERS) is False
    assert model.data(same, Qt.ItemDataRole.BackgroundRole) is None

    only = _row(model, mri_key(demo_case.opinions[0].id, demo_case.opinions[1].id))
    assert model.data(model.index(only, COL_MARK)).startswith("◐ Only Dr Tanaka")
    assert model.data(model.index(only, COL_FIRST), Role.PRESENT) is False
    assert model.data(model.index(only, COL_FIRST)) == ""
    assert model.data(model.index(99, 0)) is None
    assert model.data(QModelIndex()) is None


def test_a_same_verdict_takes_the_row_out_of_the_differences(qapp, demo_case: Case) -> None:
    a, b = demo_case.opinions[0].id, demo_case.opinions[1].id
    before = _model(demo_case)
    assert _row(before, "stage") in before.difference_rows()
    demo_case.reviews.append(Review(opinions=[a, b], point="stage", verdict="same",
                                    state="explained", note="Grade 3 or 4 matters little"))
    model = _model(demo_case)
    stage = model.index(_row(model, "stage"), COL_MARK)
    assert model.data(stage, Role.STATUS) == "different"  # the program's finding is kept
    assert model.data(stage, Role.VERDICT) == "same"
    assert model.data(stage, Role.DIFFERS) is False
    assert model.data(stage, Role.STATE) == "explained"
    assert model.data(stage, Role.NOTE) == "Grade 3 or 4 matters little"
    assert _row(model, "stage") not in model.difference_rows()
    assert len(model.difference_rows()) == len(before.difference_rows()) - 1


def test_three_doctors_share_rows_and_say_who_differs(qapp, demo_case: Case) -> None:
    case = with_third_opinion(demo_case)
    ids = [o.id for o in case.opinions]
    model = CompareModel()
    model.set_result(FakeEngine().compare_three(case, ids), {o.id: o.doctor for o in case.opinions})
    # The three pairwise comparisons' points fold into one row per thing compared.
    assert model.rowCount() == len(fixed_points("a", "b"))
    assert model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Dr Amara Okafor"
    stage = model.index(_row(model, "stage"), COL_MARK)
    assert model.data(stage).splitlines() == [
        "= Dr Tanaka and Dr Okafor agree", "≠ Dr Hale differs", "major"]
    assert model.data(stage, Role.STATUS) == ["different", "different", "same"]
    certainty = model.index(_row(model, "certainty"), COL_MARK)
    assert model.data(certainty) == "= All the same"
    only = model.index(_row(model, mri_key(ids[0], ids[1])), COL_MARK)
    assert model.data(only).splitlines()[0] == "◐ Not mentioned by Dr Hale"
    assert [model.data(model.index(only.row(), c), Role.PRESENT) for c in (1, 2, 3)] == [
        False, True, True]


def test_an_empty_model(qapp) -> None:
    model = CompareModel()
    model.set_result(None, {})
    assert model.rowCount() == 0
    assert model.columnCount() == 0
    assert model.difference_rows() == []


@pytest.mark.parametrize(("dark", "high_contrast"), [(False, False), (True, False), (False, True)],
                         ids=["light", "dark", "high contrast"])
def test_colours_keep_text_readable(qapp, dark, high_contrast) -> None:
    colours = colours_from(theme.build(QPalette(), dark, high_contrast))
    for background in (colours.base, colours.diff_tint, colours.word_tint):
        assert contrast(colours.text, background) >= 4.5, background
    for background in (colours.base, colours.diff_tint):
        for fg in (colours.muted, colours.same, colours.refined, colours.differs, colours.only):
            assert contrast(fg, background) >= 4.5, (fg, background)


# The light theme's compare colours (ui/theme.py derives them from Qt's own palette).
LIGHT = colours_from(theme.build(QPalette(), dark=False))


def _cell(label: str, text: str, segments: tuple[tuple[str, bool], ...], differs: bool = True,
          expanded: bool = False, present: bool = True) -> tuple[object, ...]:
    """A doctor's cell as the model hands it to the delegate (``Role.CELL``)."""
    return ("cell", label, text, present, differs, segments, expanded,
            "Dr Hale did not mention this")


def test_changed_words_are_marked_and_text_is_never_read_as_markup(qapp) -> None:
    delegate = CompareDelegate(lambda _index: None)
    font = QFont()
    found = delegate._make(_cell("Stage <i>", "grade <4> & more", (
        ("grade ", False), ("<4>", True), (" & more", False))), font, 400, LIGHT)
    text = found.layout.text()
    assert text == "Stage <i>\u2028grade <4> & more"  # as typed, nothing taken for markup
    marked = [r for r in found.layout.formats() if r.format.fontUnderline()]
    assert [text[r.start:r.start + r.length] for r in marked] == ["<4>"]
    assert marked[0].format.background().color().name() == LIGHT.word_tint
    # Where the doctors do not differ, no word is marked.
    plain = delegate._make(_cell("Stage", "grade 4", (("grade ", False), ("4", True)),
                                 differs=False), font, 400, LIGHT)
    assert not [r for r in plain.layout.formats() if r.format.fontUnderline()]
    missing = delegate._make(_cell("Evidence", "", (), present=False), font, 400, LIGHT)
    assert "Dr Hale did not mention this" in missing.layout.text()


def test_a_long_text_is_folded_to_a_few_lines_until_shown_in_full(qapp) -> None:
    delegate = CompareDelegate(lambda _index: None)
    font = QFont()
    long_text = " ".join(f"word{i}" for i in range(3000))
    folded = delegate._make(_cell("Why", long_text, ()), font, 300, LIGHT)
    assert folded.folded and not folded.can_fold
    assert folded.layout.lineCount() == FOLD_LINES + 1  # the label, then five lines
    assert folded.link_height > 0  # room for "Show all"
    full = delegate._make(_cell("Why", long_text, (), expanded=True), font, 300, LIGHT)
    assert not full.folded and full.can_fold
    assert full.layout.lineCount() > 10 * FOLD_LINES
    assert full.height > 10 * folded.height
    short = delegate._make(_cell("Why", "A few words", ()), font, 300, LIGHT)
    assert not short.folded and not short.can_fold and short.link_height == 0


def test_three_doctors_two_items_matched_with_one_are_both_shown(qapp) -> None:
    """Dr Okafor's two recommendations were each matched, in different pairs, with the same one
    of Dr Tanaka's: both of Dr Okafor's get a row, none is hidden behind the other."""
    a, b, c = "hale", "tanaka", "okafor"
    three = crossed_three(a, b, c)
    model = CompareModel()
    model.set_result(three, {a: "Dr Robert Hale", b: "Dr Mei Tanaka", c: "Dr Amara Okafor"})
    assert model.rowCount() == 2
    texts = [[model.data(model.index(r, col)) for col in (1, 2, 3)] for r in range(2)]
    assert texts[0] == ["Knee replacement", "Physiotherapy", "Knee replacement"]
    # The extra row: Dr Okafor's second item beside the Tanaka item it was matched with, marked
    # as one Dr Hale did not mention.
    assert texts[1] == ["", "Physiotherapy", "Physiotherapy twice a week"]
    assert model.data(model.index(1, 1), Role.PRESENT) is False
    assert model.data(model.index(1, COL_MARK)).splitlines()[:2] == [
        "◐ Not mentioned by Dr Hale", "= Dr Tanaka and Dr Okafor agree"]
    # Every point of the three pairs is in exactly one row.
    keys = sorted(p.point.key for r in model.rows() for p in r.pairs)
    assert keys == sorted(p.key for pair in three.pairs for p in pair.points)
    assert [r.key for r in model.rows()] == ["recommendation:a1:b1", "recommendation:-:c2"]
