# SPDX-License-Identifier: GPL-3.0-or-later
import uuid

from secondop_desktop.domain.ids import new_id
from secondop_desktop.domain.model import Opinion
from secondop_desktop.domain.model import new_id as model_new_id


def test_an_id_reads_back_as_a_random_uuid_in_its_usual_form() -> None:
    for _ in range(2000):
        text = new_id()
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_ids_do_not_repeat() -> None:
    assert len({new_id() for _ in range(10_000)}) == 10_000


def test_new_objects_take_their_ids_from_it() -> None:
    assert model_new_id is new_id
    assert uuid.UUID(Opinion().id).version == 4
    assert Opinion().id != Opinion().id
