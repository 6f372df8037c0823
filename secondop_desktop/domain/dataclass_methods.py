# SPDX-License-Identifier: GPL-3.0-or-later
"""``__eq__``, ``__repr__`` (and ``__hash__`` for frozen classes) written once for the dataclasses
on the PDF's and the engine's path, declared ``@dataclass(eq=False, repr=False)``.

dataclasses writes these methods as source text and compiles them for every class on every start
(about 0.25 ms a method, ~10 ms for the ~40 classes a ``secondop export-pdf`` loads); these do the
same: compare the fields in order for objects of the same class, and show them as
``Class(field=value, ...)``. ``tests/domain/test_dataclass_methods.py`` holds them to what
dataclasses generates.
"""

from __future__ import annotations

import dataclasses

_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's field names in order (worked out once per class)."""
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names


class FieldMethods:
    """Equality and repr by the fields; unhashable, as a mutable dataclass with ``eq`` is."""

    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = field_names(type(self))
        return (tuple(getattr(self, n) for n in names)
                == tuple(getattr(other, n) for n in names))

    def __repr__(self) -> str:
        values = ", ".join(f"{n}={getattr(self, n)!r}" for n in field_names(type(self)))
        return f"{type(self).__qualname__}({values})"


class FrozenFieldMethods(FieldMethods):
    """For ``frozen=True`` classes: hashed by their fields, as dataclasses does."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(getattr(self, n) for n in field_names(type(self))))
