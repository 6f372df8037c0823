# SPDX-License-Identifier: GPL-3.0-or-later
"""The gettext catalogs of the layers without Qt: complete, compiled, and consistent; and the
one place that picks the language."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from secondop_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_translations as build  # noqa: E402

PLACEHOLDER = re.compile(r"\{(\w*)\}")
PERCENT = re.compile(r"%(?:\(\w+\))?[sr]")  # argparse's own messages (argparse_words.py)


def test_there_is_a_spanish_catalog():
    assert [p.parent.parent.name for p in build.catalogs()] == ["es"]


@pytest.mark.parametrize("po", build.catalogs(), ids=lambda p: p.parent.parent.name)
def test_every_marked_message_has_a_translation(po: Path):
    assert build.missing(po) == []


def test_a_message_the_catalog_lacks_is_reported(tmp_path: Path):
    code = tmp_path / "code.py"
    code.write_text('_("Known")\nN_("Brand new words")\nngettext("{n} cat", "{n} cats", 2)\n')
    po = tmp_path / "x.po"
    po.write_text('msgid "Known"\nmsgstr "Conocido"\n\n'
                  'msgid "{n} cat"\nmsgid_plural "{n} cats"\nmsgstr[0] "{n} gato"\nmsgstr[1] ""\n')
    marked = build.marked_messages([code])
    assert build.missing(po, marked) == ["Brand new words", "{n} cat"]


@pytest.mark.parametrize("po", build.catalogs(), ids=lambda p: p.parent.parent.name)
def test_the_compiled_catalog_is_up_to_date(po: Path):
    assert po.with_suffix(".mo").read_bytes() == build.mo_bytes(build.read_po(po)), (
        "run: python scripts/build_translations.py")


@pytest.mark.parametrize("po", build.catalogs(), ids=lambda p: p.parent.parent.name)
def test_translations_keep_every_placeholder(po: Path):
    for entry in build.read_po(po):
        if not entry.msgid:
            continue
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        wanted_percent = sorted(PERCENT.findall(entry.msgid))
        texts = list(entry.plurals.values()) if entry.plural else [entry.msgstr]
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) == wanted, (entry.msgid, text)
            assert sorted(PERCENT.findall(text)) == wanted_percent, (entry.msgid, text)


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANGUAGE": "es:en", "LC_ALL": "en_US.UTF-8"}, "es"),
    ({"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}, "es"),
    ({"LANGUAGE": "fr", "LC_ALL": "es_AR.UTF-8"}, "es"),
    ({"LC_ALL": "", "LC_MESSAGES": "es_CO.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({}, "en"),
])
def test_the_system_language_is_read_as_the_c_library_reads_it(monkeypatch, env, expected):
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert i18n.system_language() == expected


def test_a_chosen_language_wins_and_using_is_local(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    try:
        assert i18n.set_language("es") == "es"
        assert i18n._("Side by side") == "Uno al lado del otro"
        with i18n.using("en"):
            assert i18n._("Side by side") == "Side by side"
        assert i18n._("Side by side") == "Uno al lado del otro"
    finally:
        i18n.set_language(None)
    assert i18n.current_language() == "en"


def test_dates_numbers_and_plurals_follow_the_language(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    day = date(2026, 10, 2)
    with i18n.using("es"):
        assert i18n.long_date(day) == "2 de octubre de 2026"
        assert i18n.fill(i18n.ngettext("{n} agrees", "{n} agree", 1), n=1) == "1 coincide"
        assert i18n.fill(i18n.ngettext("{n} agrees", "{n} agree", 3), n=3) == "3 coinciden"
        assert i18n.number(1234.5, 1) == "1,234.5"  # US Spanish writes numbers as US English
    monkeypatch.setenv("LANGUAGE", "es_ES")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    with i18n.using("es"):
        assert i18n.number(1234.5, 1) == "1.234,5"
    with i18n.using("en"):
        assert i18n.long_date(day) == "2 October 2026"


def test_the_window_takes_the_category_words_from_the_engine():
    from secondop_desktop.domain import compare

    source = (ROOT / "secondop_desktop" / "ui" / "words.py").read_text("utf-8")
    assert "CATEGORY_WORDS = ENGINE_CATEGORY_WORDS" in source
    for code in ("surgery", "chemotherapy", "monitoring", "clinical_trial", "referral"):
        english = compare.CATEGORY_WORDS[code]
        assert f'"{english}"' not in source  # no second list of the same words


@pytest.mark.parametrize("po", build.catalogs(), ids=lambda p: p.parent.parent.name)
def test_no_message_is_in_the_catalog_twice(po: Path):
    """Two entries for one message (easy after a merge of two helpers' catalogs): the .mo keeps
    one of them, and which is not said."""
    ids = [e.msgid for e in build.read_po(po)]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
