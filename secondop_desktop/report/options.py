# SPDX-License-Identifier: GPL-3.0-or-later
"""What the user chooses for a comparison PDF, and the error raised when it cannot be made."""

from __future__ import annotations

import os
from dataclasses import dataclass

from secondop_desktop import i18n
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.i18n import _, fill

PAPERS = ("letter", "a4")

# Paper sizes in PostScript points (1/72 inch), exact by definition.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "letter": (612.0, 792.0),
    "a4": (595.2755905511812, 841.8897637795277),
}

# Territories where Letter is the usual paper (the same list glibc's LC_PAPER uses).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "DO", "BZ"}
)


class PdfExportError(Exception):
    """The PDF could not be made; the message says why in plain words, and what to do."""


@dataclass(eq=False, repr=False)
class PdfOptions(FieldMethods):
    opinion_ids: list[str] | None = None
    """Two or three opinion ids, in the order of the columns; None compares the first two."""
    paper: str | None = None
    """``"letter"`` or ``"a4"``; None picks the usual paper of the user's country."""
    large_print: bool = False
    include_private: bool = False
    for_doctor: str | None = None
    """The doctor the patient will hand this to ("Dr Hale"), shown under the title."""
    include_decision: bool = False
    """Print the decision and what matters to the patient (only when they ask)."""
    include_insurance: bool = False
    """Print the insurance notes (only when the patient asks: they hold reference numbers)."""
    language: str | None = None
    """``"en"`` or ``"es"``: the PDF's language, whatever the window's; None: the one in force.
    Dates, numbers and (unless ``paper`` is given) the paper follow it."""


def territory_of(locale_name: str) -> str:
    """``"en_US.UTF-8"`` → ``"US"``; ``"de-CH"`` → ``"CH"``; empty when there is none."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = base.split("_")
    return parts[-1].upper() if len(parts) > 1 else ""


def default_paper(locale_name: str | None = None) -> str:
    """Letter in the Americas' Letter countries and the Philippines, A4 everywhere else.

    Without a name, the environment's paper setting is used (``LC_PAPER`` wins over ``LANG``, as
    it does for the C library).
    """
    if locale_name is None:
        locale_name = next(
            (os.environ[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if os.environ.get(k)), ""
        )
    return "letter" if territory_of(locale_name) in LETTER_TERRITORIES else "a4"


def resolve_paper(options: PdfOptions) -> str:
    chosen = options.paper
    if not chosen and options.language:
        with i18n.using(options.language):
            chosen = default_paper(i18n.current_locale())
    paper = (chosen or default_paper()).lower()
    if paper not in PAPERS:
        raise PdfExportError(fill(_("Unknown paper size {paper}: choose Letter or A4."),
                                  paper=repr(options.paper)))
    return paper
