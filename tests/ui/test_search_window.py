# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's search box with the words people type: the hit, its highlight in one piece,
what a result was found as, and records and medicines opened where they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QListView, QStyleOptionViewItem

from secondop_desktop.domain.model import Case, Medication, Note, Record
from secondop_desktop.store.journal import Journal
from secondop_desktop.ui.search_model import HitRole
from tests.ui.app_helpers import child, opened, type_text

__all__ = ["opened"]

LEFT = Qt.MouseButton.LeftButton

NOTE_XRAY = "Chest X-ray next week, then we decide."
NOTE_MI = "Dad had a myocardial infarction in 2019."


def _case() -> Case:
    return Case(
        title="Dad's heart",
        notes=[Note(text=NOTE_XRAY), Note(text=NOTE_MI)],
        records=[Record(kind="imaging", title="MRI right knee", notes="On a CD")],
        medications=[Medication(name="Naproxen", dose="500", unit="mg")],
    )


def _window(opened, journal_path: Path):
    with Journal.open(journal_path) as journal:
        journal.save_case(_case())
    return opened.window()


def _search(qtbot, window, text: str) -> QListView:
    box = child(window, QLineEdit, "search_box")
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.waitUntil(child(window, QListView, "case_list").isVisible)  # the last results gone
    type_text(qtbot, box, text)
    results = child(window, QListView, "search_results")
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    return results


def _bold_pieces(view: QListView, row: int) -> list[str]:
    """The runs of text the list draws in bold in a row (what the user sees highlighted)."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    doc = view.itemDelegate().document(option, index)
    pieces: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                pieces.append(fragment.text())
            it += 1
        block = block.next()
    return pieces


def test_typing_xray_finds_x_ray_marked_in_one_piece(opened, qtbot, journal_path: Path) -> None:
    window = _window(opened, journal_path)
    results = _search(qtbot, window, "xray")
    assert results.model().rowCount() == 1
    shown = results.model().index(0, 0).data()
    assert shown == f"Dad's heart — in a note\n{NOTE_XRAY}"
    assert _bold_pieces(results, 0) == ["X-ray"]
    assert results.visualRect(results.model().index(0, 0)).height() > 30  # two lines shown
    window.grab().save("/tmp/search-shot.png")


def test_lay_words_say_what_they_found(opened, qtbot, journal_path: Path) -> None:
    window = _window(opened, journal_path)
    results = _search(qtbot, window, "heart attack")
    rows = [results.model().index(r, 0).data() for r in range(results.model().rowCount())]
    assert rows == [f"Dad's heart — in a note\n{NOTE_MI} — found as “myocardial infarction”"]
    assert _bold_pieces(results, 0) == ["myocardial infarction"]


def test_records_and_medicines_are_found_and_opened(opened, qtbot, journal_path: Path) -> None:
    window = _window(opened, journal_path)
    results = _search(qtbot, window, "mri")
    index = results.model().index(0, 0)
    assert index.data().startswith("Dad's heart — in the record “MRI right knee”\n")
    qtbot.mouseClick(results.viewport(), LEFT, pos=results.visualRect(index).center())
    page = window.case_page
    assert page.tabs.currentWidget() is page.records
    assert page.records.selected_record().title == "MRI right knee"

    results = _search(qtbot, window, "naproxen")
    index = results.model().index(0, 0)
    assert index.data(HitRole.Kind) == "medication"
    assert index.data().startswith("Dad's heart — in the medicine “Naproxen”\n")
    qtbot.keyClick(child(window, QLineEdit, "search_box"), Qt.Key.Key_Return)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.records
    assert page.medicines.selected_medicine().name == "Naproxen"



def test_results_read_in_spanish(spanish, opened, qtbot, journal_path: Path) -> None:
    window = _window(opened, journal_path)
    results = _search(qtbot, window, "mri")
    assert results.model().index(0, 0).data().startswith(
        "Dad's heart — en el expediente «MRI right knee»\n")
    results = _search(qtbot, window, "ataque al corazon")
    assert results.model().index(0, 0).data() == (
        f"Dad's heart — en una nota\n{NOTE_MI} — aparece como «myocardial infarction»")


def _decided_case() -> tuple[Case, tuple[str, str, str]]:
    """The worked example, decided, with a note and a doctor's reply on a difference further
    down the list (not the row chosen when a list opens)."""
    from secondop_desktop.domain import followups
    from secondop_desktop.domain.demo import demo_case
    from secondop_desktop.domain.model import Decision, Review

    case = demo_case()
    first = followups.collect(case)[3]
    a_id, b_id, point = first.key
    case.reviews = [r for r in case.reviews if (r.opinions, r.point) != [a_id, b_id, point]]
    case.reviews.append(Review(opinions=[a_id, b_id], point=point, state="explained",
                               note="Ask about the haemorrhage risk at my age.",
                               asked_to=a_id, reply="The bleeding risk is small, she said."))
    case.decision = Decision(chosen="Physiotherapy first",
                             reasons="I want to keep gardening through the summer.")
    return case, first.key


def _click_first(qtbot, results: QListView) -> None:
    index = results.model().index(0, 0)
    qtbot.mouseClick(results.viewport(), LEFT, pos=results.visualRect(index).center())


def test_decision_and_differences_followed_up_are_found_and_opened(
        opened, qtbot, journal_path: Path) -> None:
    case, key = _decided_case()
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    page = window.case_page

    results = _search(qtbot, window, "gardening")
    assert [results.model().index(r, 0).data() for r in range(results.model().rowCount())] == [
        f"{case.title} — in your decision\nPhysiotherapy first "
        "I want to keep gardening through the summer."]
    assert _bold_pieces(results, 0) == ["gardening"]
    _click_first(qtbot, results)
    assert page.tabs.currentWidget() is page.decision
    assert page.decision.reasons.toPlainText().startswith("I want to keep gardening")

    results = _search(qtbot, window, "hemorrhage")  # typed the American way
    assert results.model().index(0, 0).data().startswith(
        f"{case.title} — in your note on a difference\n")
    assert _bold_pieces(results, 0) == ["haemorrhage"]
    _click_first(qtbot, results)
    assert page.tabs.currentWidget() is page.compare_tab
    qtbot.waitUntil(lambda: page.compare is not None and page.compare.current_key() == key[2]
                    and page.compare.table.currentIndex().isValid())
    # The row looked at is that difference, with the user's note on it in sight.
    qtbot.waitUntil(lambda: any("haemorrhage risk" in edit.text() and edit.isVisible()
                                for edit in page.compare.findChildren(QLineEdit)))
    window.grab().save("/tmp/search2-compare-shot.png")

    results = _search(qtbot, window, "bleeding")
    assert results.model().index(0, 0).data().startswith(
        f"{case.title} — in what a doctor said about a difference\n")
    _click_first(qtbot, results)
    assert page.tabs.currentWidget() is page.followups
    qtbot.waitUntil(lambda: page.followups.current_item() is not None
                    and page.followups.current_item().key == key)
    assert page.followups.reply.toPlainText() == "The bleeding risk is small, she said."
    window.grab().save("/tmp/search2-followup-shot.png")

    # With "Only open ones" ticked the answered difference is hidden: the result shows it all.
    qtbot.mouseClick(page.followups.open_only, LEFT)
    assert page.followups.open_only.isChecked() and page.followups.current_item().key != key
    _click_first(qtbot, _search(qtbot, window, "bleeding"))
    qtbot.waitUntil(lambda: page.followups.current_item() is not None
                    and page.followups.current_item().key == key)
    assert not page.followups.open_only.isChecked()


def test_decision_results_read_in_spanish(spanish, opened, qtbot, journal_path: Path) -> None:
    case, _key = _decided_case()
    with Journal.open(journal_path) as journal:
        journal.save_case(case)
    window = opened.window()
    results = _search(qtbot, window, "gardening")
    assert results.model().index(0, 0).data().startswith(f"{case.title} — en su decisión\n")
    results = _search(qtbot, window, "bleeding")
    assert results.model().index(0, 0).data().startswith(
        f"{case.title} — en lo que dijo un médico sobre una diferencia\n")
    results = _search(qtbot, window, "haemorrhage")
    assert results.model().index(0, 0).data().startswith(
        f"{case.title} — en su nota sobre una diferencia\n")


def test_words_typed_one_way_find_them_written_another(opened, qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Mum", notes=[
            Note(text="Book the follow up with the paediatric team."),
            Note(text="Started an anticoagulant in May.")]))
    window = opened.window()
    results = _search(qtbot, window, "followup")
    assert [results.model().index(r, 0).data() for r in range(results.model().rowCount())] == [
        "Mum — in a note\nBook the follow up with the paediatric team."]
    assert _bold_pieces(results, 0) == ["follow up"]
    results = _search(qtbot, window, "pediatric")
    assert _bold_pieces(results, 0) == ["paediatric"]
    results = _search(qtbot, window, "blood thinner")
    assert [results.model().index(r, 0).data() for r in range(results.model().rowCount())] == [
        "Mum — in a note\nStarted an anticoagulant in May. — found as “anticoagulant”"]
    assert _bold_pieces(results, 0) == ["anticoagulant"]


def test_a_search_never_finds_what_the_typed_word_does_not_say(opened, qtbot,
                                                               journal_path: Path) -> None:
    """'therapist' does not list 'the rapist'; 'fracture' lists 'broke my arm' (found as) and
    not 'broken sleep' nor 'take a break'."""
    with Journal.open(journal_path) as journal:
        journal.save_case(Case(title="Mum", notes=[
            Note(text="My therapist said to rest."),
            Note(text="A film about the rapist upset me."),
            Note(text="Gran slipped on the ice and broke her arm in May."),
            Note(text="Broken sleep since the fall."),
            Note(text="Need to take a break from the forms.")]))
    window = opened.window()

    def rows(view: QListView) -> list[str]:
        return [view.model().index(r, 0).data() for r in range(view.model().rowCount())]

    results = _search(qtbot, window, "therapist")
    qtbot.waitUntil(lambda: rows(results) == ["Mum — in a note\nMy therapist said to rest."])
    results = _search(qtbot, window, "fracture")
    qtbot.waitUntil(lambda: len(rows(results)) == 1)
    assert rows(results) == [
        "Mum — in a note\nGran slipped on the ice and broke her arm in May."
        " — found as “broke her arm”"]
    assert _bold_pieces(results, 0) == ["broke her arm"]


def test_a_chosen_result_in_a_window_in_the_background_keeps_readable_words(qapp) -> None:
    # With the window behind another one, the style draws the chosen row with the selection's
    # quiet (inactive) colour: the words must take that group's colour too (they were the
    # active group's white, on pale blue).
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyle

    from secondop_desktop.ui.search_delegate import text_colour

    palette = QPalette()  # as the style sheet leaves it: the selected text white in every group
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#1a1a1a"))
    option = QStyleOptionViewItem()
    option.palette = palette
    flags = QStyle.StateFlag
    option.state = flags.State_Enabled | flags.State_Selected
    assert text_colour(option).name() == "#1a1a1a"  # the quiet selection: plain words
    option.state |= flags.State_Active
    assert text_colour(option).name() == "#ffffff"  # the selection: its own text colour
    option.state &= ~flags.State_Selected
    assert text_colour(option).name() == "#1a1a1a"
