# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged copies of a real journal against every read command and the window (issue 18).

Flipped bytes, zeroed pages, truncation at any offset, random bytes behind a valid header: each
command ends with a clean answer or one line (no traceback), the window opens cleanly or says
"damaged" in one message (no exception inside Qt, no crash), and the damaged file is left byte
for byte as it was. The commands and the window run in a worker process (tests/damage_worker.py)
so a crash is caught as a crash.

The default run tries a few examples; the slow run (``pytest -m slow``, or
``SECONDOP_DAMAGE_EXAMPLES=N``) tries 200.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondop_desktop.domain.demo import demo_case
from tests import damage

ROOT = Path(__file__).resolve().parents[1]
QUICK_EXAMPLES = 6
SLOW_EXAMPLES = 200


class Worker:
    """The worker process, started again after a crash (which fails the example that caused it)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None

    def run(self, path: Path) -> dict[str, object]:
        if self.process is None or self.process.poll() is not None:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path]),
                   "QT_QPA_PLATFORM": "offscreen"}
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.damage_worker"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait()
            stderr = self.process.stderr.read() if self.process.stderr else ""
            pytest.fail(f"the worker died (exit {code}) on {path}: {stderr[-2000:]}")
        return json.loads(line)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def worker():
    running = Worker()
    yield running
    running.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("pristine")
    return damage.real_journal(folder / "journal.secondop-journal", demo_case()).read_bytes()


damages = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 10**9), st.integers(1, 255)),
                                         min_size=1, max_size=12)),
    st.tuples(st.just("zero page"), st.integers(0, 10**9)),
    st.tuples(st.just("truncate"), st.integers(0, 10**9)),
    st.tuples(st.just("random behind header"), st.integers(0, 2**32)),
)


def damaged(data: bytes, how: tuple[str, object]) -> bytes:
    kind, arg = how
    out = bytearray(data)
    page = int.from_bytes(data[16:18], "big")
    if kind == "flip":
        for offset, xor in arg:  # type: ignore[union-attr]
            out[offset % len(out)] ^= xor
    elif kind == "zero page":
        start = (int(arg) % (len(out) // page)) * page  # type: ignore[arg-type]
        out[start:start + page] = bytes(page)
    elif kind == "truncate":
        del out[int(arg) % len(out):]  # type: ignore[arg-type]
    else:
        noise = random.Random(int(arg)).randbytes(len(out) - 100)  # type: ignore[arg-type]
        out[100:] = noise
    return bytes(out)


def check_outcome(result: dict[str, object], path: Path, before: bytes) -> None:
    assert not result["errors"], result["errors"]
    for name, code, _stdout, stderr in result["commands"]:  # type: ignore[union-attr]
        assert code in (0, 1), (name, code, stderr)
        assert "Traceback" not in stderr, (name, stderr)
        if code == 1:
            said = [line for line in stderr.splitlines() if line.strip()]
            assert len(said) == 1 and said[0].startswith("secondop: "), (name, stderr)
    window = result["window"]
    told = window["told"]  # type: ignore[index]
    if told:  # refused or found damaged: said once, in plain words
        assert len(told) == 1, told
        assert any(word in told[0] for word in ("damaged", "not a SecondOp journal",
                                                  "cannot be")), told
    else:
        assert window["opened"], window  # type: ignore[index]
    assert path.read_bytes() == before, "a read command or the window changed the file"


def _examples(config: pytest.Config) -> int:
    wanted = os.environ.get("SECONDOP_DAMAGE_EXAMPLES")
    if wanted:
        return int(wanted)
    return SLOW_EXAMPLES if "slow" in (config.getoption("markexpr") or "") else QUICK_EXAMPLES


@pytest.mark.slow
def test_damaged_journals_never_crash_and_are_never_changed(
    request: pytest.FixtureRequest, worker: Worker, pristine: bytes,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    outcomes: dict[str, int] = {}

    @settings(max_examples=_examples(request.config), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(how=damages)
    def one(how: tuple[str, object]) -> None:
        folder = tmp_path_factory.mktemp("damaged")
        path = folder / "journal.secondop-journal"
        data = damaged(pristine, how)
        path.write_bytes(data)
        started = time.perf_counter()
        result = worker.run(path)
        spent = time.perf_counter() - started
        if spent > 10:  # worth knowing, not a failure: a slow machine is not a fault
            print(f"slow example ({spent:.0f} s): {how[0]}")
        check_outcome(result, path, data)
        told = result["window"]["told"]  # type: ignore[index]
        key = f"{how[0]}: " + ("told" if told else "opened")
        outcomes[key] = outcomes.get(key, 0) + 1
        shutil.rmtree(folder, ignore_errors=True)

    one()
    print("outcomes:", json.dumps(outcomes, sort_keys=True))
