# SPDX-License-Identifier: GPL-3.0-or-later
"""Operations, scopes and therapies as Spain's letters name them. A Spanish name ending in "-ía"
is its English one ("microdiscectomía" = "microdiscectomy", "vertebroplastia" =
"vertebroplasty", "inmunoterapia" = "immunotherapy", "nefrectomía" = "nephrectomy") where the
table has no Spanish name of its own; and the operations of a second opinion on the spine, the
shoulder, the knee, the bowel, the heart and the breast had each read as another plan."""

from __future__ import annotations

import pytest

from secondop_desktop.domain import terms
from tests.domain.two_doctors import both_ways, main_plans


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Microdiscectomía", "Microdiscectomy"),
    ("Laminectomía", "Laminectomy"),
    ("Vertebroplastia", "Vertebroplasty"),
    ("Ileostomía", "Ileostomy"),
    ("Inmunoterapia", "Immunotherapy"),
    ("Meniscectomía parcial", "Partial meniscectomy"),
    ("Mastectomía con reconstrucción inmediata", "Mastectomy with immediate reconstruction"),
    ("Radioterapia hipofraccionada", "Hypofractionated radiotherapy"),
    ("Artrodesis lumbar", "Lumbar spinal fusion"),
    ("Descompresión subacromial", "Subacromial decompression"),
    ("Reparación del manguito rotador", "Rotator cuff repair"),
    ("Ligamentoplastia de LCA", "ACL reconstruction"),
    ("Prótesis de hombro", "Shoulder replacement"),
    ("Colectomía derecha", "Right hemicolectomy"),
    ("Ablación de fibrilación auricular", "AF ablation"),
    ("Tiroidectomía total", "Total thyroidectomy"),
    ("Lobectomía pulmonar", "Pulmonary lobectomy"),
    ("Esplenectomía", "Splenectomy"),
    ("Cistoscopia", "Cystoscopy"),
    ("Broncoscopia", "Bronchoscopy"),
    ("Traqueostomía", "Tracheostomy"),
    ("Nefrectomía parcial", "Partial nephrectomy"),
]))
def test_one_operation_in_two_languages(a: str, b: str) -> None:
    assert main_plans(a, b).status == "same"


@pytest.mark.parametrize(("a", "b"), both_ways([
    ("Laminectomía", "Microdiscectomía"),
    ("Artroscopia de rodilla", "Artroplastia de rodilla"),
    ("Colostomía", "Ileostomía"),
    ("Lobectomía", "Neumonectomía"),
    ("Tiroidectomía total", "Hemitiroidectomía"),
    ("Nefrectomía parcial", "Radical nephrectomy"),
    ("Meniscectomía parcial", "Meniscectomía total"),
    ("Colectomía derecha", "Colectomía izquierda"),
    ("Letrozole", "Anastrozole"),
    ("Aromatase inhibitor", "Tamoxifen"),
]))
def test_two_operations_or_medicines_stay_two(a: str, b: str) -> None:
    assert main_plans(a, b, "medication").status == "different"


def test_an_aromatase_inhibitor_is_refined_by_the_one_named() -> None:
    assert main_plans("Inhibidor de la aromatasa", "Letrozole 2.5 mg",
                      "medication").status == "refined"


def test_the_table_s_own_spanish_names_come_first() -> None:
    # a name of the table is never rewritten by its ending
    assert terms.canonical("fisioterapia") == "physical therapy"
    assert terms.canonical("colecistectomía") == "cholecystectomy"
    assert terms.canonical("familia") == "familia"  # no operation's ending
