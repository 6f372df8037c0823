# SPDX-License-Identifier: GPL-3.0-or-later
"""Text size and the style sheet, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from secondop_desktop.ui import settings, theme

# The system size plus a notch: people reading about their health deserve roomy text.
NOTCH_POINTS = 1.0
_BASE_PROPERTY = "secondop_base_point_size"


def base_point_size() -> float:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.property(_BASE_PROPERTY)
    if not base:
        size = app.font().pointSizeF()
        base = (size if size > 0 else 10.0) + NOTCH_POINTS
        app.setProperty(_BASE_PROPERTY, base)
    return float(base)


def apply_text_size(percent: int) -> float:
    """Scale the application font to ``percent`` of the default; returns the point size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = round(base_point_size() * settings.clamp_text_size(percent) / 100.0, 1)
    font = QFont(app.font())
    if abs(font.pointSizeF() - size) > 0.01:
        font.setPointSizeF(size)
        if app.styleSheet():
            _let_the_font_through_the_sheet(app)
        app.setFont(font)
    return size


def _let_the_font_through_the_sheet(app: QApplication) -> None:
    """A new application font reaches widgets styled by the sheet without polishing them
    again. (Setting the sheet again did, by polishing every widget of every page at once: the
    window froze for 0.4-1 s at each text size step, 7-10 s once every page was built.)"""
    from PySide6.QtCore import Qt  # the Qt namespace (~40 ms): never before the first paint

    # By default a style sheet stops the font from passing from the application to widgets.
    app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
    # The sheet's lengths in em (check boxes, group box titles) were worked out at the old
    # size: forgotten here, each widget works them out again when it is next laid out or
    # drawn, so the widgets on hidden pages cost nothing now.
    app.style().unpolish(app)


def apply_style_sheet() -> None:
    """The theme (colours from the desktop's palette, high contrast if chosen) and the style
    sheet made from it (``ui/theme.py``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, high_contrast=bool(settings.get(settings.HIGH_CONTRAST)))
