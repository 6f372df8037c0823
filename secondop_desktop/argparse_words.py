# SPDX-License-Identifier: GPL-3.0-or-later
"""argparse's own words ("usage:", "options", "error:", its error messages) in the language in
force, from SecondOp's catalog.

argparse asks the ``gettext`` module's default domain for these words, where nothing of ours is
installed; ``install()`` points its two lookup functions at :mod:`secondop_desktop.i18n`, so the
command line's help and errors speak the same language as the rest of its messages. The messages
are argparse's own source texts (with their ``%`` placeholders), listed here so the catalog test
sees any that lack a translation.
"""

from __future__ import annotations

import argparse

from secondop_desktop import i18n
from secondop_desktop.i18n import N_

MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("unexpected option string: %s"),
)


def install() -> None:
    """From now on argparse takes its words from our catalog (idempotent)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
