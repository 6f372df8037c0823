# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``secondop`` command line. A contract: see DESIGN.md, "The command line".

Nothing on this path imports Qt; the GUI is loaded only when no sub-command is given.
Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.

Commands that write (import, restore, delete, undelete) take the journal's instance lock, so they
are refused while a window has the journal open; commands that only read take none and work
beside the window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop import APP_NAME, __version__
from secondop_desktop.domain.words import (
    CASE_STATUS_WORDS,
    SEARCH_KIND_WORDS,
    mid_sentence,
    word,
)
from secondop_desktop.i18n import _, fill, ngettext, number, using

if TYPE_CHECKING:
    import argparse

    from secondop_desktop.domain.model import Case
    from secondop_desktop.store.journal import Journal


class UserError(Exception):
    """An expected problem the user can fix: printed as one line, exit code 1."""


def _journal_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    import argparse

    # Sub-parsers use SUPPRESS so a --journal given before the sub-command is not reset.
    parser.add_argument(
        "--journal",
        metavar=_("PATH"),
        type=Path,
        default=None if top_level else argparse.SUPPRESS,
        help=_("the journal file to use (default: the journal in your data folder)"),
    )


def build_parser(with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The command line, its help and its errors in the language in force.
    ``with_commands=False``: only the options the window takes (no --help either), for starting
    the window without building every command's parser (~10 ms). ``only``: of the commands, only
    that one (what ``parse`` builds when the command is plain to see: the others' parsers, their
    options and help, would be built for nothing)."""
    import argparse  # only with arguments: the desktop launcher starts with none

    from secondop_desktop import argparse_words

    argparse_words.install()
    parser = argparse.ArgumentParser(
        prog="secondop",
        description=fill(_("{app}: keep what each doctor said, see where they differ, print a "
                           "comparison. With no command, opens the window."), app=APP_NAME),
        add_help=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=_("show the program's version and exit"))
    parser.add_argument("--demo", action="store_true",
                        help=_("open the window on the worked example"))
    _journal_option(parser, top_level=True)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name, help_text, add_arguments in _COMMANDS:
        if only is None or name == only:
            sub = commands.add_parser(name, help=help_text(), description=help_text())
            _journal_option(sub, top_level=False)
            add_arguments(sub)
    return parser


def _case_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("case", metavar=_("CASE"), help=_("the case's id or its exact title"))


def _opinions_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--opinions", metavar="A,B[,C]",
                     help=_("opinion ids, numbers or doctor names"))


def _no_arguments(sub: argparse.ArgumentParser) -> None:
    pass


def _import_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", metavar=_("FILE"), type=Path, help=_("the case file to read"))


def _export_arguments(sub: argparse.ArgumentParser) -> None:
    _case_argument(sub)
    sub.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE"),
                     help=_("the case file to write (.secondop or .json)"))
    sub.add_argument(
        "--include-private", action="store_true",
        help=_("also write notes marked private (left out by default: whoever gets the file "
               "reads them)"),
    )


def _compare_arguments(sub: argparse.ArgumentParser) -> None:
    _case_argument(sub)
    _opinions_option(sub)
    sub.add_argument("--json", action="store_true", help=_("print the comparison as JSON"))


def _export_pdf_arguments(sub: argparse.ArgumentParser) -> None:
    _case_argument(sub)
    sub.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE.pdf"),
                     help=_("the PDF file to write"))
    _opinions_option(sub)
    sub.add_argument("--paper", choices=("letter", "a4"),
                     help=_("paper size (default: by the PDF's language and country)"))
    sub.add_argument("--language", choices=("en", "es"),
                     help=_("the PDF's language, whatever the window's (default: the system's)"))
    sub.add_argument("--large-print", action="store_true",
                     help=_("body text at 14 pt or more"))
    sub.add_argument(
        "--include-private", action="store_true", help=_("also print notes marked private")
    )
    sub.add_argument(
        "--include-decision", action="store_true",
        help=_("also print the decision and what matters to the patient"),
    )


def _search_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("text", metavar=_("TEXT"), help=_("the words to look for"))


def _backup_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE"),
                     help=_("the new backup file (it must not exist yet)"))


def _restore_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", metavar=_("FILE"), type=Path, help=_("the backup to restore"))


def _bin_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--empty", action="store_true",
                     help=_("delete the cases in the bin for good (this cannot be undone)"))


def _history_arguments(sub: argparse.ArgumentParser) -> None:
    _case_argument(sub)
    sub.add_argument("--json", action="store_true", help=_("print the history as a JSON list"))


# The commands in the order ``secondop --help`` lists them: name, help (in the language in force
# when the parser is built), the command's own arguments.
_COMMANDS: tuple[tuple[str, Callable[[], str],
                       Callable[[argparse.ArgumentParser], None]], ...] = (
    ("list", lambda: _("list the cases: id, title, status, number of opinions"), _no_arguments),
    ("import", lambda: _("import a .secondop or .json case file (merged if already known)"),
     _import_arguments),
    ("export", lambda: _("export a case to a .secondop (or .json) case file"), _export_arguments),
    ("compare", lambda: _("show where two (or three) doctors' opinions differ"),
     _compare_arguments),
    ("export-pdf", lambda: _("write the comparison PDF to discuss with a doctor"),
     _export_pdf_arguments),
    ("search", lambda: _("find text in every case, opinion, question, note, record, "
                         "medicine and decision"), _search_arguments),
    ("backup", lambda: _("copy the whole journal safely to a file"), _backup_arguments),
    ("restore", lambda: _("replace the journal with a backup (the current one is kept aside)"),
     _restore_arguments),
    ("check", lambda: _("check the journal for damage"), _no_arguments),
    ("delete", lambda: _("move a case to the bin (it can be brought back with undelete)"),
     _case_argument),
    ("bin", lambda: _("the deleted cases: id, title, when deleted"), _bin_arguments),
    ("undelete", lambda: _("bring a case back from the bin"), _case_argument),
    ("history", lambda: _("earlier versions of a case's texts, newest first"),
     _history_arguments),
)


def parse(arguments: Sequence[str]) -> argparse.Namespace:
    """The command line read; ``command`` is None for the window."""
    import argparse

    named = command_named(arguments)
    if named is not None:
        # The usual case (`secondop export-pdf ...`): one parser, with that command's options.
        args = build_parser(only=named).parse_args(list(arguments))
        args.open_file = None
        return args
    args: argparse.Namespace | None = None
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(list(arguments))
    except argparse.ArgumentError:
        rest = list(arguments)
    else:
        args.open_file = None
    if args is not None and len(rest) == 1 and _is_case_file_argument(rest[0]):
        # `secondop knee.secondop`: what the file manager runs when a case file is opened.
        args.open_file = Path(rest[0]).expanduser()
        rest = []
    if rest:  # --help, --version, or a mistake: the whole parser reads it (or explains)
        args = build_parser().parse_args(list(arguments))
        args.open_file = None
    assert args is not None
    return args


def command_named(arguments: Sequence[str]) -> str | None:
    """The command the arguments name, when nothing before it is anything but ``--demo`` and
    ``--journal PATH`` (abbreviated as argparse allows, or ``--journal=PATH``); None otherwise,
    and the whole parser reads them (help, the version, a mistake, the window's options)."""
    waiting_for_value = False
    for argument in arguments:
        if waiting_for_value:
            waiting_for_value = False
        elif argument.startswith("--") and len(argument) > 2:
            option, has_value, _value = argument.partition("=")
            if "--journal".startswith(option) and len(option) >= 3:
                waiting_for_value = not has_value
            elif option != "--demo" or has_value:
                return None
        elif argument.startswith("-"):
            return None
        else:
            return argument if argument in _HANDLERS else None
    return None


def _is_case_file_argument(argument: str) -> bool:
    return (not argument.startswith("-") and argument not in _HANDLERS
            and argument.lower().endswith((".secondop", ".json")))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        # How the desktop launcher starts it: the window on the user's journal, at once.
        from secondop_desktop.app import run_gui

        return run_gui(None)
    args = parse(arguments)
    if args.command is None:
        from secondop_desktop.app import run_gui

        return run_gui(args.journal, demo=args.demo, open_file=args.open_file)
    handler = _HANDLERS[args.command]
    from secondop_desktop.store import instance_lock

    # Who holds the journal, for the message another SecondOp shows meanwhile.
    instance_lock.holder_name = f"secondop {args.command}"
    try:
        # The language is settled once for the command, so the words looked up meanwhile do not
        # read the environment again each (30,000 times for `list` of 10,000 cases).
        with using(None):
            return handler(args)
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as other tools do.
        sys.stderr.close()
        return 0
    except UserError as error:
        return _fail(str(error))
    except Exception as error:  # noqa: BLE001 - the known user errors of the lower layers
        if _is_user_error(error):
            return _fail(str(error))
        raise


def _fail(message: str) -> int:
    print(f"secondop: {message}", file=sys.stderr)
    return 1


def _is_user_error(error: Exception) -> bool:
    from secondop_desktop.store.casefile import CaseFileError
    from secondop_desktop.store.journal import JournalError

    return isinstance(error, (JournalError, CaseFileError))


def _open_journal(
    args: argparse.Namespace, *, exclusive: bool = False, whole_file_check: bool = True
) -> Journal:
    from secondop_desktop.store.journal import Journal, needs_upgrade

    path: Path | None = args.journal
    if path is not None and path.is_dir():
        raise UserError(fill(_("{path} is a folder; give the path of a journal file."), path=path))
    if needs_upgrade(path):
        # The upgrade of a big journal takes a minute or two: say why the terminal is quiet.
        print(_("Updating the journal to this version of SecondOp (once)…"), file=sys.stderr,
              flush=True)
    return Journal.open(path, exclusive=exclusive, quick_check=whole_file_check)


def _existing_journal(args: argparse.Namespace, *, whole_file_check: bool = False) -> Journal:
    """Commands that only read must not create an empty journal by mistake.

    They answer at once: the journal's header and table of contents are looked at, not every
    page (``whole_file_check``: SQLite's quick check, for ``backup``). Damage met while reading
    is still said in one line (the store's reads are total); ``check`` reads everything."""
    from secondop_desktop.paths import default_journal_path

    path: Path = args.journal or default_journal_path()
    if not path.exists():
        raise UserError(fill(
            _("there is no journal at {path}. Start SecondOp once, or give --journal PATH."),
            path=path))
    return _open_journal(args, whole_file_check=whole_file_check)


def _cmd_list(args: argparse.Namespace) -> int:
    with _existing_journal(args) as journal:
        cases = journal.list_cases()
        binned = len(journal.bin()) if not cases else 0
    if not cases:
        # After deleting the wrong case, "no cases yet" would frighten: say where it went.
        print(_("The journal has no cases yet.") if not binned else
              fill(ngettext("No cases open; {n} in the bin (secondop bin lists it, "
                            "secondop undelete CASE brings it back).",
                            "No cases open; {n} in the bin (secondop bin lists them, "
                            "secondop undelete CASE brings one back).", binned), n=binned),
              file=sys.stderr)
    for case in cases:
        doctors = fill(ngettext("{n} opinion", "{n} opinions", case.opinion_count),
                       n=case.opinion_count)
        status = mid_sentence(word(CASE_STATUS_WORDS, case.status))
        print(f"{case.id}\t{case.title}\t{status}\t{doctors}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from secondop_desktop.store.casefile import read_case_file

    if not args.file.is_file():
        raise UserError(fill(_("{path}: no such file."), path=args.file))
    loaded = read_case_file(args.file)
    with _open_journal(args, exclusive=True) as journal:
        report = journal.import_case(loaded, source=args.file.name)
        case = journal.load_case(loaded.casefile.case.id)
    print(f"{case.title}: {report.describe()}")
    if report.from_bin:
        print(_("The case was in the bin; it is back in your case list."))
    for line in report.replaced_lines(case, args.file.name):
        print(f"  {line}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from secondop_desktop.store.casefile import private_note_count, write_case_file

    if args.output.suffix.lower() not in (".secondop", ".json"):
        raise UserError(fill(_("{path}: the file name must end in .secondop or .json."),
                             path=args.output))
    with _existing_journal(args) as journal:
        case = journal.find_case(args.case)
        not_held = write_case_file(case, args.output, journal.read_attachment,
                                   include_private=args.include_private)
    message = fill(_("Exported “{title}” to {path}"), title=case.title, path=args.output)
    left_out = 0 if args.include_private else private_note_count(case)
    if left_out:
        message += " " + fill(ngettext(
            "({n} private note left out; add --include-private to write it too)",
            "({n} private notes left out; add --include-private to write them too)",
            left_out), n=left_out)
    print(message)
    if not_held:
        print(fill(_("Not in this journal, so not in the file: {names}. Attach them on the "
                     "Records tab and export again to send them too."),
                   names=", ".join(not_held)))
    return 0


def _cmd_compare(args: argparse.Namespace) -> int:
    from secondop_desktop.domain.compare import (
        compare_opinions,
        compare_three,
        format_comparison_text,
    )

    with _existing_journal(args) as journal:
        case = journal.find_case(args.case)
    ids = _pick_opinions(case, args.opinions)
    result = compare_opinions(case, *ids) if len(ids) == 2 else compare_three(case, ids)
    if args.json:
        import json  # only here: the window's start goes through this module too

        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print(format_comparison_text(case, result))
    return 0


def _cmd_export_pdf(args: argparse.Namespace) -> int:
    from secondop_desktop.report.pdf import PdfExportError, PdfOptions, export_comparison_pdf

    if args.output.suffix.lower() != ".pdf":
        raise UserError(fill(_("{path}: the file name must end in .pdf."), path=args.output))
    with _existing_journal(args) as journal:
        case = journal.find_case(args.case)
    options = PdfOptions(
        opinion_ids=_pick_opinions(case, args.opinions),
        paper=args.paper,
        large_print=args.large_print,
        include_private=args.include_private,
        include_decision=args.include_decision,
        language=args.language,
    )
    try:
        export_comparison_pdf(case, args.output, options)
    except PdfExportError as error:
        raise UserError(str(error)) from error
    print(fill(_("Wrote {path}"), path=args.output))
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UserError(_("give some words to search for."))
    with _existing_journal(args) as journal:
        hits = journal.search(args.text)
    if not hits:
        print(fill(_("Nothing found for “{text}”."), text=args.text), file=sys.stderr)
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        if hit.found_as:  # say why a text without the typed words is there
            found = "; ".join(fill(_("found as “{word}”"), word=found) for found in hit.found_as)
            snippet += f" ({found})"
        where = word(SEARCH_KIND_WORDS, hit.kind)
        if hit.label:  # a record or medicine by its name: "record: MRI right knee"
            where = f"{where}: {hit.label}"
        print(f"{hit.case_title}\t{where}\t{snippet}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise UserError(fill(_("{path} already exists; choose a new file name."),
                             path=args.output))
    # A backup of a damaged file would pass for a good one later: the whole file is checked.
    with _existing_journal(args, whole_file_check=True) as journal:
        journal.backup_to(args.output)
    print(fill(_("Backed up the journal to {path}"), path=args.output))
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from secondop_desktop.paths import default_journal_path
    from secondop_desktop.store.journal import restore_from

    if not args.file.is_file():
        raise UserError(fill(_("{path}: no such file."), path=args.file))
    target: Path = args.journal or default_journal_path()
    # restore_from holds the journal's instance lock while it replaces the file.
    kept = restore_from(args.file, target)
    message = fill(_("Restored the journal from {path}"), path=args.file)
    if kept is not None:
        message += fill(_("; the journal it replaced is kept as {path}"), path=kept)
    print(message)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    with _existing_journal(args) as journal:
        problems = journal.check()
        sizes = None if problems else (*journal.history_size(), len(journal.bin()))
    if problems or sizes is None:
        for problem in problems:
            print(fill(_("problem: {problem}"), problem=problem))
        return _fail(fill(
            ngettext("the journal has {n} problem. Restore the latest backup with "
                     "'secondop restore FILE'.",
                     "the journal has {n} problems. Restore the latest backup with "
                     "'secondop restore FILE'.", len(problems)), n=len(problems)))
    print(_("The journal is healthy."))
    kept, size, cases, binned = sizes
    print(fill(_("History: {versions} of texts in {cases}, {size}. Bin: {binned}."),
               versions=fill(ngettext("{n} earlier version", "{n} earlier versions", kept),
                             n=kept),
               cases=_cases_words(cases), size=_size_words(size),
               binned=_cases_words(binned)))
    return 0


def _cases_words(n: int) -> str:
    return fill(ngettext("{n} case", "{n} cases", n), n=n)


def _size_words(size: int) -> str:
    if size < 1024:
        return fill(ngettext("{n} byte", "{n} bytes", size), n=size)
    if size < 1024 * 1024:
        return fill(_("{n} KB"), n=number(size / 1024, 1))
    return fill(_("{n} MB"), n=number(size / 1024 / 1024, 1))


def _local_time(stamp: str) -> str:
    """A stored UTC time as this computer's local time, to the minute."""
    from secondop_desktop.domain.times import parse_time

    moment = parse_time(stamp)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else stamp


def _cmd_delete(args: argparse.Namespace) -> int:
    with _open_journal(args, exclusive=True) as journal:
        case = journal.find_case(args.case)
        journal.delete_case(case.id)
    print(fill(_("Moved “{title}” to the bin. Bring it back with: secondop undelete {id}"),
               title=case.title, id=case.id))
    return 0


def _cmd_bin(args: argparse.Namespace) -> int:
    if args.empty:
        with _open_journal(args, exclusive=True) as journal:
            count = journal.empty_bin()
        print(fill(ngettext("Deleted {n} case in the bin for good.",
                             "Deleted {n} cases in the bin for good.", count), n=count)
              if count else _("The bin is empty."))
        return 0
    with _existing_journal(args) as journal:
        binned = journal.bin()
    if not binned:
        print(_("The bin is empty."), file=sys.stderr)
    for case in binned:
        deleted = fill(_("deleted {when}"), when=_local_time(case.deleted_at))
        print(f"{case.id}\t{case.title}\t{deleted}")
    return 0


def _cmd_undelete(args: argparse.Namespace) -> int:
    with _open_journal(args, exclusive=True) as journal:
        case = journal.find_in_bin(args.case)
        journal.undelete_case(case.id)
    print(fill(_("Brought “{title}” back from the bin."), title=case.title))
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    import json

    from secondop_desktop.domain.history import (
        decode_path,
        describe_field,
        reason_words,
        value_text,
    )
    from secondop_desktop.store.errors import CaseNotFound

    with _existing_journal(args) as journal:
        try:
            case = journal.find_case(args.case)
        except CaseNotFound:
            case = journal.load_case(journal.find_in_bin(args.case).id)
        entries = journal.history(case.id)
    rows = []
    for entry in entries:
        path = decode_path(entry.path)
        old = json.loads(entry.old)
        rows.append({
            "when": entry.changed_at,
            "field": describe_field(case, entry.kind, entry.object_id, path, old),
            "text": value_text(old),
            "why": reason_words(entry.reason, entry.source),
            "reason": entry.reason,
            "source": entry.source or None,
            "kind": entry.kind,
            "object_id": entry.object_id,
            "path": json.loads(entry.path),
            "value": old,
            "session": entry.session,
        })
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(fill(_("“{title}” has no earlier versions yet."), title=case.title), file=sys.stderr)
    for row in rows:
        print(f"{_local_time(row['when'])}\t{row['field']}\t{row['why']}")
        for line in (row["text"] or _("(empty)")).splitlines() or [""]:
            print(f"    {line}")
    return 0


def _pick_opinions(case: Case, spec: str | None) -> list[str]:
    """Opinion ids from ``A,B[,C]``: ids, 1-based numbers, or doctor names; default: first two."""
    if len(case.opinions) < 2:
        raise UserError(fill(ngettext("“{title}” has {n} opinion; two are needed.",
                                      "“{title}” has {n} opinions; two are needed.",
                                      len(case.opinions)), title=case.title, n=len(case.opinions)))
    if not spec:
        return [case.opinions[0].id, case.opinions[1].id]
    parts = [part.strip() for part in spec.split(",") if part.strip()]
    if len(parts) not in (2, 3):
        raise UserError(_("--opinions takes two or three opinions, separated by commas."))
    ids = [_find_opinion(case, part) for part in parts]
    if len(set(ids)) != len(ids):
        raise UserError(_("--opinions names the same opinion twice."))
    return ids


def _find_opinion(case: Case, ref: str) -> str:
    for opinion in case.opinions:
        if opinion.id == ref:
            return opinion.id
    if ref.isdigit() and 1 <= int(ref) <= len(case.opinions):
        return case.opinions[int(ref) - 1].id
    wanted = ref.casefold()
    matches = [
        o
        for o in case.opinions
        if wanted in (o.physician.name.casefold(), o.label.casefold()) or o.id.startswith(ref)
    ]
    if not matches:
        # People name a doctor as they speak of them: "Hale", "dr tanaka", "Müller" as "muller".
        from secondop_desktop.domain.terms import fold

        words = set(fold(ref).replace(".", " ").split())
        matches = [o for o in case.opinions
                   if words and words <= set(fold(o.physician.name).replace(".", " ").split())]
    if len(matches) == 1:
        return matches[0].id
    known = ", ".join(f"{i}: {o.doctor}" for i, o in enumerate(case.opinions, 1))
    if not matches:
        raise UserError(fill(_("no opinion “{ref}” in “{title}”. Its opinions are {known}."),
                             ref=ref, title=case.title, known=known))
    raise UserError(fill(_("“{ref}” matches several opinions; use a number: {known}."),
                         ref=ref, known=known))


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _cmd_list,
    "import": _cmd_import,
    "export": _cmd_export,
    "compare": _cmd_compare,
    "export-pdf": _cmd_export_pdf,
    "search": _cmd_search,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "delete": _cmd_delete,
    "bin": _cmd_bin,
    "undelete": _cmd_undelete,
    "history": _cmd_history,
}
