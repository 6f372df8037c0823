# SPDX-License-Identifier: GPL-3.0-or-later
"""The Spanish PDF: after a label and its colon a doctor's name takes its article in lower case
("Por qué pueden no coincidir: el Dr Tanaka vio …"); where the name starts a line of its own
(what each doctor wrote, under an option of the grid) it keeps the capital."""

from __future__ import annotations

import copy

from secondop_desktop.report.pdf import PdfOptions, render_comparison_pdf


def test_spanish_pdf_lowercases_the_article_after_a_colon(demo_case, read_pdf) -> None:
    for opinion, said in zip(demo_case.opinions, ("Naproxeno 500 mg dos veces al día",
                                                  "naproxeno 250 mg dos veces al día"),
                             strict=True):
        next(r for r in opinion.recommendations
             if r.treatment.startswith("Naproxen")).treatment = said
    flat = read_pdf(render_comparison_pdf(demo_case, PdfOptions(paper="a4", language="es"))).flat
    assert "Por qué pueden no coincidir: el Dr Tanaka vio" in flat
    assert ": El Dr" not in flat and ": La Dra" not in flat
    grid = flat.split("Las opciones, una al lado de la otra", 1)[1]
    assert "≠ Mismo medicamento, distinta dosis" in grid
    assert "El Dr Robert Hale escribió 500 mg (miligramos); el Dr Mei Tanaka, 250 mg" in grid


def test_spanish_pdf_of_three_doctors_says_who_agrees_in_lower_case_after_the_heading(
        demo_case, read_pdf) -> None:
    third = copy.deepcopy(demo_case.opinions[1])  # the second doctor's words, another doctor
    third.id, third.physician.name = "third-opinion-id", "Dr Amara Okafor"
    demo_case.opinions.append(third)
    case = demo_case
    ids = [o.id for o in case.opinions]
    flat = read_pdf(render_comparison_pdf(case, PdfOptions(opinion_ids=ids, paper="a4",
                                                           language="es"))).flat
    assert "Plan principal: el Dr Tanaka y el Dr Okafor coinciden" in flat
    assert ": El Dr" not in flat and ": La Dra" not in flat
