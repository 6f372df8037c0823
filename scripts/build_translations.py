# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the translations: gettext ``.po`` → ``.mo`` (the layers without Qt) and, with
``--qt``, Qt Linguist ``.ts`` → ``.qm`` (the window) through ``pyside6-lrelease``.

    python scripts/build_translations.py          # compile the .po catalogs
    python scripts/build_translations.py --check  # exit 1 when a catalog misses a message

The compiled files are committed (a fresh clone, ``pip install -e .``, the wheel and the frozen
build all have them with no step to forget); ``tests/test_translations.py`` fails when one is
out of date with its source or a marked message has no translation. Pure Python: no gettext
tools are needed.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "secondop_desktop"
LOCALE = ROOT / "resources" / "locale"
QT_TRANSLATIONS = ROOT / "resources" / "translations"
DOMAIN = "secondop"
# The layers without Qt, and the window's table of coded values' words (ui/words.py): every
# ``_("…")``, ``N_("…")`` and ``ngettext`` in these is a message.
SOURCES = ("cli.py", "argparse_words.py", "i18n.py", "domain", "store", "report",
           "ui/words.py")
MARKERS = {"_", "N_"}


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    plural: str = ""
    plurals: dict[int, str] = field(default_factory=dict)


# --- reading the code ---------------------------------------------------------------------------

def source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def marked_messages(files: list[Path] | None = None) -> dict[str, str]:
    """Every message the code marks: msgid → its plural ("" when it has none)."""
    found: dict[str, str] = {}
    for path in files or source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args]
            if name in MARKERS and args and args[0]:
                found.setdefault(args[0], "")
            elif name == "ngettext" and len(args) >= 2 and args[0] and args[1]:
                found[args[0]] = args[1]
    return found


# --- .po files ----------------------------------------------------------------------------------

def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def read_po(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            current = Entry(_unquote(line[6:]))
            entries.append(current)
            target = ("msgid", 0)
        elif current is None:
            raise ValueError(f"{path}: text before the first msgid: {raw!r}")
        elif line.startswith("msgid_plural "):
            current.plural = _unquote(line[13:])
            target = ("plural", 0)
        elif line.startswith("msgstr["):
            index = int(line[7:line.index("]")])
            current.plurals[index] = _unquote(line[line.index("]") + 1:].strip())
            target = ("plurals", index)
        elif line.startswith("msgstr "):
            current.msgstr = _unquote(line[7:])
            target = ("msgstr", 0)
        elif line.startswith('"') and target:
            kind, index = target
            more = _unquote(line)
            if kind == "msgid":
                current.msgid += more
            elif kind == "plural":
                current.plural += more
            elif kind == "msgstr":
                current.msgstr += more
            else:
                current.plurals[index] += more
        else:
            raise ValueError(f"{path}: cannot read {raw!r}")
    return entries


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU .mo format (what ``gettext.GNUTranslations`` reads), little-endian."""
    pairs: list[tuple[bytes, bytes]] = []
    for e in entries:
        if e.plural:
            if not all(e.plurals.values()):
                continue
            key = e.msgid.encode() + b"\0" + e.plural.encode()
            value = b"\0".join(e.plurals[i].encode() for i in sorted(e.plurals))
        else:
            if not e.msgstr:
                continue
            key, value = e.msgid.encode(), e.msgstr.encode()
        pairs.append((key, value))
    pairs.sort()
    count = len(pairs)
    key_table = 28
    value_table = key_table + count * 8
    data_start = value_table + count * 8
    keys_blob = b""
    key_offsets = []
    for key, _value in pairs:
        key_offsets.append((len(key), data_start + len(keys_blob)))
        keys_blob += key + b"\0"
    values_start = data_start + len(keys_blob)
    values_blob = b""
    value_offsets = []
    for _key, value in pairs:
        value_offsets.append((len(value), values_start + len(values_blob)))
        values_blob += value + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, key_table, value_table, 0, 0)
    tables = b"".join(struct.pack("<2I", *o) for o in key_offsets)
    tables += b"".join(struct.pack("<2I", *o) for o in value_offsets)
    return header + tables + keys_blob + values_blob


def catalogs() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _translated(entry: Entry | None, plural: bool) -> bool:
    if entry is None:
        return False
    if plural:
        return bool(entry.plural and entry.plurals and all(entry.plurals.values()))
    return bool(entry.msgstr)


def missing(po: Path, marked: dict[str, str] | None = None) -> list[str]:
    """The marked messages the catalog lacks or leaves untranslated."""
    marked = marked if marked is not None else marked_messages()
    have = {e.msgid: e for e in read_po(po)}
    out = []
    for msgid, plural in sorted(marked.items()):
        if not _translated(have.get(msgid), bool(plural)):
            out.append(msgid)
    return out


def build_mo() -> list[Path]:
    written = []
    for po in catalogs():
        mo = po.with_suffix(".mo")
        mo.write_bytes(mo_bytes(read_po(po)))
        written.append(mo)
    return written


def _qt_tool(name: str) -> str:
    # PySide6-Essentials ships pyside6-lupdate and pyside6-lrelease (no Addons needed).
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def build_qm() -> list[Path]:
    """Each ``resources/translations/*.ts``: brought up to date with the window's strings
    (pyside6-lupdate: new ones added unfinished, translations kept), then compiled to ``.qm``
    (pyside6-lrelease). The English one holds only the plural forms ("%n opinion(s)" → "1
    opinion", "2 opinions"): the English source text is the rest."""
    sources = sorted(str(p) for p in (PACKAGE / "ui").glob("*.py"))
    written = []
    for ts in sorted(QT_TRANSLATIONS.glob("*.ts")):
        plural_only = _plural_only(ts)
        subprocess.run([_qt_tool("pyside6-lupdate"), "-silent", "-locations", "none",
                        *(["-pluralonly"] if plural_only else []), *sources, "-ts", str(ts)],
                       check=True)
        add_helper_messages(ts, plural_only=plural_only)
        qm = ts.with_suffix(".qm")
        subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        written.append(qm)
    return written


def _plural_only(ts: Path) -> bool:
    return ts.stem.endswith("_en")


def helper_messages() -> dict[str, dict[str, bool]]:
    """The strings lupdate cannot see: ``_tr("…")`` in modules whose ``_tr`` is
    ``QCoreApplication.translate("Context", text…)``, by context: source → whether it is a
    plural (``_tr("%n opinion(s)", count)``)."""
    found: dict[str, dict[str, bool]] = {}
    for path in sorted((PACKAGE / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        context = None
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_tr":
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                            and inner.func.attr == "translate" and inner.args
                            and isinstance(inner.args[0], ast.Constant)):
                        context = inner.args[0].value
        if not context:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "_tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                messages = found.setdefault(context, {})
                plural = len(node.args) > 1 or any(k.arg == "n" for k in node.keywords)
                messages[node.args[0].value] = messages.get(node.args[0].value, False) or plural
    return found


def add_helper_messages(ts: Path, plural_only: bool = False) -> None:
    """Put the helper-translated strings into the .ts (lupdate marks them vanished), and drop
    the messages no code uses any more (vanished after that)."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for name, sources in helper_messages().items():
        context = contexts.get(name)
        messages = {m.findtext("source"): m for m in context.findall("message")} if (
            context is not None) else {}
        for source, plural in sources.items():
            if plural_only and not plural:
                continue
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = name
                contexts[name] = context
            message = messages.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation")
            translation = message.find("translation")
            if plural:
                message.set("numerus", "yes")
                if not len(translation):
                    translation.text = None
                    ET.SubElement(translation, "numerusform")
                done = all((f.text or "").strip() for f in translation.findall("numerusform"))
            else:
                done = bool((translation.text or "").strip())
            if done:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    for context in root.findall("context"):
        for message in context.findall("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list missing messages, write nothing")
    parser.add_argument("--qt", action="store_true", help="also compile the Qt .ts files")
    args = parser.parse_args(argv)
    if args.check:
        marked = marked_messages()
        bad = 0
        for po in catalogs():
            for msgid in missing(po, marked):
                print(f"{po.relative_to(ROOT)}: missing {msgid!r}")
                bad += 1
        return 1 if bad else 0
    for path in build_mo() + (build_qm() if args.qt else []):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
