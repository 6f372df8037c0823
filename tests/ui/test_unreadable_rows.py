# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt model overrides never raise (issue 18.2): a row that cannot be read shows as
"(this entry cannot be read)", and is reported once however often Qt asks."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QListView

from secondop_desktop.store.journal import CaseSummary
from secondop_desktop.ui import item_roles, unreadable
from secondop_desktop.ui.case_list_model import CaseListModel


def test_a_row_that_cannot_be_read_is_shown_as_such_and_reported_once(qtbot, caplog) -> None:
    model = CaseListModel()
    good = CaseSummary("a", "Knee", "comparing", 2, False, None)
    broken = CaseSummary("b", None, None, None, False, None)  # type: ignore[arg-type]
    model.set_cases([good, broken])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.fit_to(view)  # the rows' text fitted to the list, as in the window
    unreadable._reported.clear()
    with caplog.at_level(logging.ERROR):
        view.resize(300, 300)
        view.show()
        qtbot.waitExposed(view)
        view.grab()  # Qt asks rowCount, sizeHint and data, many times: none of them raises
        shown = model.data(model.index(1), item_roles.DISPLAY)
    assert shown == "(this entry cannot be read)"
    assert model.data(model.index(0), item_roles.DISPLAY).startswith("Knee")
    reports = [r for r in caplog.records if "cannot be read" in r.getMessage()]
    assert len(reports) == 1
