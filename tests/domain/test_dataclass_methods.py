# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared __eq__, __repr__ and __hash__ (``domain.dataclass_methods``) behave as the ones
dataclasses would generate, for every class on the engine's and the PDF's path that uses them."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from secondop_desktop.domain.dataclass_methods import FieldMethods, FrozenFieldMethods

MODULES = [
    "secondop_desktop.domain.comparison", "secondop_desktop.domain.units",
    "secondop_desktop.domain.options", "secondop_desktop.domain.diagnosis_match",
    "secondop_desktop.domain.compare", "secondop_desktop.domain.followups",
    "secondop_desktop.report.document", "secondop_desktop.report.rows",
    "secondop_desktop.report.marks", "secondop_desktop.report.options",
]
CLASSES = sorted({c for name in MODULES for c in vars(importlib.import_module(name)).values()
                  if isinstance(c, type) and issubclass(c, FieldMethods)
                  and c.__module__ == name}, key=lambda c: c.__qualname__)


def _filled(cls: type, offset: int = 0) -> object:
    """An object whose every field holds a distinct value (the classes check nothing on init)."""
    return cls(**{f.name: (f.name, offset) for f in dataclasses.fields(cls)})


def _generated(obj: object) -> object:
    """The same values in a class dataclasses made with its own methods."""
    fields = dataclasses.fields(obj)  # type: ignore[arg-type]
    reference = dataclasses.make_dataclass(
        type(obj).__qualname__, [(f.name, object) for f in fields],
        frozen=isinstance(obj, FrozenFieldMethods))
    return reference(**{f.name: getattr(obj, f.name) for f in fields})


def test_the_classes_are_found():
    assert len(CLASSES) >= 20
    for cls in CLASSES:
        assert "__eq__" not in vars(cls) and "__repr__" not in vars(cls), cls


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__qualname__)
def test_repr_is_the_dataclass_repr(cls):
    obj = _filled(cls)
    assert repr(obj) == repr(_generated(obj))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__qualname__)
def test_equal_when_every_field_is_equal(cls):
    obj, twin = _filled(cls), _filled(cls)
    assert obj == twin and (obj != twin) is False
    last = dataclasses.fields(cls)[-1].name
    other = cls(**{**{f.name: getattr(obj, f.name) for f in dataclasses.fields(cls)},
                   last: "something else"})
    assert obj != other
    assert obj != _generated(obj)  # another class with the same values is not equal
    if issubclass(cls, FrozenFieldMethods):
        assert hash(obj) == hash(twin) == hash(_generated(obj))
        assert len({obj, twin, other}) == 2
    else:
        with pytest.raises(TypeError):
            hash(obj)  # mutable, so unhashable, as a dataclass with eq is
