# SPDX-License-Identifier: GPL-3.0-or-later
"""Arabic, Persian and Urdu text in the PDF: letters joined, read right to left, found as text.

pypdf hands Arabic back in reading order but as the presentation forms that were drawn (the
joined shapes); NFKC folds those back into the plain letters a person would type.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

from secondop_desktop.domain.model import Note
from secondop_desktop.report.markup import inline, rtl_line
from secondop_desktop.report.pdf import PdfOptions, export_comparison_pdf
from secondop_desktop.resources import resource_path
from tests.report.fakes import hand_comparisons

NAME = "محمد عبد الله"
AUTHOR = "فاطمة الزهراء"
NOTE = "الألم في الركبة منذ ٣ أشهر. پزشک گفت زانو درد دارد."
# The joined forms drawn for "محمد": initial meem, medial hah, medial meem, final dal. Unshaped
# text would be drawn as four isolated letters (U+FEE1 U+FEA1 U+FEE1 U+FEA9) that do not touch.
MUHAMMAD_JOINED = "\ufee3\ufea4\ufee4\ufeaa"
# "الله" spelled with letters (alef, initial lam, medial lam, final heh): DejaVu Sans has no glyph
# for the one-character ligature U+FDF2, which would print as an empty box.
ALLAH_LETTERS = "\ufe8d\ufedf\ufee0\ufeea"


def export(case, tmp_path, read_pdf):
    ids = [o.id for o in case.opinions[:2]]
    path = tmp_path / "arabic.pdf"
    export_comparison_pdf(case, path, PdfOptions(opinion_ids=ids),
                          comparisons=hand_comparisons(case, ids))
    return read_pdf(path.read_bytes())


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_an_arabic_name_and_note_come_back_joined_and_in_reading_order(
        demo_case, tmp_path, read_pdf):
    demo_case.patient_name = NAME
    demo_case.notes.append(Note(author=AUTHOR, text=NOTE))
    pdf = export(demo_case, tmp_path, read_pdf)
    plain = nfkc(pdf.text)
    # pypdf moves the space beside a right-to-left run ("for:  محمد عبد الله· 23"); the words and
    # their order are exact.
    assert re.search(rf"Prepared for:\s+{NAME}\s*· \d", plain)
    assert AUTHOR in [line.strip() for line in plain.splitlines()]
    assert NOTE in plain
    for reversed_form in (NAME[::-1], AUTHOR[::-1]):
        assert reversed_form not in plain
    # What was drawn are the joined shapes, never the isolated letters.
    assert MUHAMMAD_JOINED in pdf.text and ALLAH_LETTERS in pdf.text
    assert "\ufdf2" not in pdf.text
    assert "\ufee1\ufea1\ufee1\ufea9" not in pdf.text
    # Persian letters are joined too: "پزشک" is initial peh, final zain, initial sheen, final
    # keheh (zain never joins the letter after it).
    assert "\ufb58\ufeb0\ufeb7\ufb8f" in pdf.text


def test_a_mixed_name_keeps_its_latin_words_in_order(demo_case, tmp_path, read_pdf):
    demo_case.opinions[0].physician.name = "Dr سارة Ahmed"
    # Drawn left to right: the Latin words as typed, the Arabic word joined and reversed.
    assert inline("Dr سارة Ahmed") == "Dr \ufe93\ufead\ufe8e\ufeb3 Ahmed"
    flat = " ".join(nfkc(export(demo_case, tmp_path, read_pdf).text).split())
    # pypdf moves the space beside the Arabic word; the words themselves come in reading order.
    assert re.search(r"Dr\s+سارة\s*Ahmed \(Original opinion\)", flat)
    assert "Ahmed سارة" not in flat and "ةراس" not in flat


def test_hebrew_is_reordered_and_left_unshaped():
    assert inline("Dr רחל כהן, MD") == "Dr ןהכ לחר, MD"
    assert rtl_line("שלום עולם") == "םלוע םולש"


def test_arabic_lines_of_a_right_to_left_paragraph_are_shaped():
    # "لا" becomes the lam-alef ligature, which the font has; the word is then reversed.
    assert rtl_line("سلام") == "\ufee1\ufefc\ufeb3"


def test_vowel_marks_are_kept():
    drawn = inline("مُحَمَّد")
    assert drawn.count("\u064e") == 2 and "\u064f" in drawn and "\u0651" in drawn


def test_the_body_font_has_every_form_the_reshaper_makes_for_arabic_and_persian():
    from arabic_reshaper import reshape  # noqa: F401 (the package must be installed)
    from reportlab.pdfbase.ttfonts import TTFont

    from secondop_desktop.report.markup import _reshaper

    letters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي" + "پچژکگی"
    words = [f"{ch}{ch}{ch}" for ch in letters] + [ch for ch in letters] + ["لا", "لأ", "الله"]
    drawn = {c for w in words for c in _reshaper().reshape(w)}
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        cmap = TTFont("probe", str(resource_path("fonts", name))).face.charToGlyph
        missing = sorted(f"U+{ord(c):04X}" for c in drawn if ord(c) not in cmap)
        assert missing == [], name


def test_the_reshaper_is_imported_only_for_arabic_text():
    code = (
        "import sys\n"
        "from secondop_desktop.report.markup import inline\n"
        "inline('Dr רחל כהן'); inline('José 张伟')\n"
        "print('arabic_reshaper' in sys.modules)\n"
        "inline('سارة')\n"
        "print('arabic_reshaper' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]
