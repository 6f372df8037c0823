# SPDX-License-Identifier: GPL-3.0-or-later
"""Properties of validate_case_document over many generated documents."""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.model import CaseFile
from secondop_desktop.domain.validation import CaseFormatError, validate_case_document
from tests.strategies import CASE_SETTINGS, case_documents, json_values

FAST = settings(max_examples=60, deadline=None)


@CASE_SETTINGS
@given(case_documents())
def test_generated_documents_and_what_the_model_writes_back_are_valid(
    doc: dict[str, Any],
) -> None:
    validate_case_document(doc)
    validate_case_document(CaseFile.from_dict(copy.deepcopy(doc)).to_dict())


@FAST
@given(json_values(max_leaves=20))
def test_arbitrary_json_only_ever_raises_case_format_error(value: Any) -> None:
    with contextlib.suppress(CaseFormatError):
        validate_case_document(value)


@FAST
@given(st.dictionaries(st.sampled_from(["format", "version", "exported_at", "case", "x"]),
                       json_values(12)),
       st.sampled_from(["secondop.case", None]), st.sampled_from([1, 2, None]))
def test_arbitrary_envelopes_only_ever_raise_case_format_error(
    doc: dict[str, Any], fmt: str | None, version: int | None
) -> None:
    if fmt is not None:
        doc["format"] = fmt
    if version is not None:
        doc["version"] = version
    with contextlib.suppress(CaseFormatError):
        validate_case_document(doc)


@CASE_SETTINGS
@given(case_documents(extras=False), st.data())
def test_junk_placed_anywhere_in_a_valid_case_ends_cleanly(doc: dict[str, Any],
                                                            data: st.DataObject) -> None:
    # Pick any object or list in the case and put arbitrary JSON in one of its places.
    holders: list[Any] = []
    stack: list[Any] = [doc["case"]]
    while stack:
        node = stack.pop()
        holders.append(node)
        children = node.values() if isinstance(node, dict) else node
        stack.extend(c for c in children if isinstance(c, (dict, list)))
    holder = data.draw(st.sampled_from(holders))
    junk = data.draw(json_values(6))
    if isinstance(holder, dict) and holder:
        holder[data.draw(st.sampled_from(sorted(holder)))] = junk
    elif isinstance(holder, list) and holder:
        holder[data.draw(st.integers(0, len(holder) - 1))] = junk
    try:
        validate_case_document(doc)
    except CaseFormatError as exc:
        assert str(exc).split(": ", 1)[0]  # always names a place
