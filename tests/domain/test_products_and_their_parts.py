# SPDX-License-Identifier: GPL-3.0-or-later
"""A product of two or three medicines against one of its parts is another medicine, never the
same one made more exact; its parts with slashes between them are the product (terms
_COMBINATION_NAMES, MEDICINE_CLASSES)."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans


def _both_ways(a: str, b: str) -> tuple[str, str]:
    return (main_plans(a, b, "medication").status, main_plans(b, a, "medication").status)


@pytest.mark.parametrize(("product", "part"), [
    ("Paxlovid", "nirmatrelvir"),
    ("Paxlovid", "ritonavir"),
    ("Truvada", "tenofovir"),
    ("Epclusa", "sofosbuvir"),
    ("Seretide", "salmeterol"),
])
def test_a_product_against_one_of_its_parts_differs(product: str, part: str) -> None:
    assert _both_ways(product, part) == ("different", "different")


@pytest.mark.parametrize(("a", "b"), [
    ("Paxlovid for 5 days", "nirmatrelvir/ritonavir for five days"),
    ("Biktarvy, one tablet once a day",
     "bictegravir/emtricitabine/tenofovir alafenamide, one tablet once a day"),
    ("Symbicort", "budesonide / formoterol"),
    ("Truvada", "emtricitabine/tenofovir disoproxil"),
])
def test_its_parts_with_slashes_are_the_product(a: str, b: str) -> None:
    assert _both_ways(a, b) == ("same", "same")


def test_a_class_is_refined_by_a_product_of_it() -> None:
    assert _both_ways("antiviral", "Paxlovid") == ("refined", "refined")
