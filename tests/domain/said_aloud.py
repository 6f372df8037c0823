# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers as a person says them, English and Spanish (accents folded): what the tests of
numbers in words feed the engine."""

from __future__ import annotations

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english(n: int, joined_by: str) -> str:
    """``n`` (1-9,999) as an English speaker says it, "and" after the hundreds or not."""
    parts = []
    if n >= 1000:
        parts.append(f"{english(n // 1000, joined_by)} thousand")
        n %= 1000
    if n >= 100:
        parts.append(f"{ONES[n // 100]} hundred")
        n %= 100
        if n and joined_by:
            parts.append(joined_by)
    if n >= 20:
        parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n >= 10:
        parts.append(TEENS[n - 10])
    elif n:
        parts.append(ONES[n])
    return " ".join(parts)


UNOS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
DIECES = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
          "dieciocho", "diecinueve"]
VEINTIS = ["veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
           "veintiseis", "veintisiete", "veintiocho", "veintinueve"]
DECENAS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa"]
CIENTOS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos",
           "seiscientos", "setecientos", "ochocientos", "novecientos"]


def spanish(n: int) -> str:
    """``n`` (1-999,999) as a Spanish speaker says it, accents folded."""
    parts = []
    if n >= 1000:
        parts.append("mil" if n // 1000 == 1 else f"{spanish(n // 1000)} mil")
        n %= 1000
    if n == 100:
        return " ".join([*parts, "cien"])
    if n >= 100:
        parts.append(CIENTOS[n // 100])
        n %= 100
    if n >= 30:
        parts.append(DECENAS[n // 10] + (f" y {UNOS[n % 10]}" if n % 10 else ""))
    elif n >= 20:
        parts.append(VEINTIS[n - 20])
    elif n >= 10:
        parts.append(DIECES[n - 10])
    elif n:
        parts.append(UNOS[n])
    return " ".join(parts)
