# SPDX-License-Identifier: GPL-3.0-or-later
"""The model's shared __eq__ and __repr__ behave as the ones dataclasses would generate."""

from __future__ import annotations

import dataclasses

import pytest

from secondop_desktop.domain import model

CLASSES = [c for c in vars(model).values()
           if isinstance(c, type) and issubclass(c, model.Model) and c is not model.Model]


def _generated(obj: model.Model) -> object:
    """The same values in a class dataclasses made with its own __eq__ and __repr__."""
    fields = dataclasses.fields(obj)  # type: ignore[arg-type]
    reference = dataclasses.make_dataclass(type(obj).__name__, [(f.name, object) for f in fields])
    return reference(**{f.name: getattr(obj, f.name) for f in fields})


def test_every_model_class_is_covered():
    assert len(CLASSES) == 18


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_repr_is_the_dataclass_repr(cls):
    obj = cls()
    assert repr(obj) == repr(_generated(obj))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_equal_when_every_field_is_equal(cls):
    obj = cls()
    twin = cls.from_dict(obj.to_dict())
    assert obj == twin
    assert (obj != twin) is False
    first = dataclasses.fields(obj)[0].name
    other = dataclasses.replace(obj, **{first: "something else"})
    assert obj != other
    assert obj != _generated(obj)  # another class with the same values is not equal
    with pytest.raises(TypeError):
        hash(obj)  # mutable, so unhashable, as a dataclass with eq is


def test_nested_objects_compare_by_value():
    case = model.Case(id="c", title="Knee", opinions=[model.Opinion(id="o", label="Dr A")])
    same = model.Case.from_dict(case.to_dict())
    assert case == same
    same.opinions[0].physician.name = "Dr B"
    assert case != same
    assert case.opinions.index(model.Opinion.from_dict(case.opinions[0].to_dict())) == 0
