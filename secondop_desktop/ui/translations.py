# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's language: SecondOp's own Qt translations (``resources/translations/*.qm``, built
from the ``.ts`` sources by ``scripts/build_translations.py --qt``) and Qt's (``qtbase_es.qm``,
shipped in PySide6-Essentials, for the standard dialogs' buttons), plus the locale whose month
names and numbers the window's dates use. The layers without Qt follow through ``i18n``."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from secondop_desktop import i18n
from secondop_desktop.resources import resource_path

_installed: list[QTranslator] = []


def installed() -> bool:
    """Whether a catalog of the window's words is in force (``install`` has run)."""
    return bool(_installed)


def install(language: str | None) -> str:
    """Speak ``language`` ("en", "es"; None or "" follows the system) from now on: the strings
    looked up after this (new windows, dialogs, menus built later) are in it. Returns the
    language in force."""
    app = QCoreApplication.instance()
    chosen = i18n.set_language(language or None)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(i18n.current_locale()))
    if app is None:
        return chosen
    # English too: its catalog holds the plural forms ("%n opinion(s)" → "1 opinion").
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"secondop_{chosen}.qm"))):
        app.installTranslator(own)
        _installed.append(own)
    if chosen == "en":
        return chosen
    qt = QTranslator(app)
    # QtCore's attribute, not an import: the class (and its 15-member enum) only for a
    # language other than English, whose start then reads Qt's own catalog anyway.
    library = QtCore.QLibraryInfo
    if qt.load(f"qtbase_{chosen}", library.path(library.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return chosen
