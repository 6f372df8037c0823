# SPDX-License-Identifier: GPL-3.0-or-later
"""Words that can be said again after View → Language: an undo step's name ("Undo Add record"
in the Edit menu) is made when the step is, and must follow the window into the new language
(``CaseDocument.reword``, called by ``language_switch.switch``).

The widgets that name steps take ``RewordableTr`` first among their bases: their ``self.tr()``
then gives an ``i18n.Rewordable`` that keeps its source words, context and count, and
``i18n.fill`` keeps the values it was filled with. Module helpers use ``translate``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from secondop_desktop.i18n import Rewordable

_NO_CONTEXT = "\x00"  # a context no catalog has: the source with its count filled in


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> Rewordable:
    """``QCoreApplication.translate``, said again in the language in force on ``again()``."""
    again = partial(QCoreApplication.translate, context, source, disambiguation, n)
    return Rewordable(again(), again)


def _first_found(contexts: tuple[str, ...], source: str, disambiguation: str | None,
                 n: int) -> str:
    """As PySide's ``tr()``: the translation in the first class of the object's lineage whose
    context has one, else the source words."""
    plain = QCoreApplication.translate(_NO_CONTEXT, source, disambiguation, n)
    for context in contexts:
        text = QCoreApplication.translate(context, source, disambiguation, n)
        if text != plain:
            return text
    return plain


class RewordableTr:
    """For a widget that names undo steps, first among its bases: ``self.tr()`` keeps how to
    say its words again (the widget itself may be gone by then, rebuilt in the new language)."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        contexts = tuple(c.__name__ for c in type(self).__mro__)
        again = partial(_first_found, contexts, source, disambiguation, n)
        return Rewordable(super().tr(source, disambiguation, n), again)  # type: ignore[misc]
