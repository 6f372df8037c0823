# SPDX-License-Identifier: GPL-3.0-or-later
"""build.spec bundles every file under resources/, takes its name from pyproject.toml and its
version from the one place pyproject.toml takes it too (``secondop_desktop.__version__``)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


class _Recorder:
    calls: dict[str, dict] = {}

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        _Recorder.calls[self.kind] = {"args": args, "kwargs": kwargs}
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])


@pytest.fixture
def spec_globals(monkeypatch: pytest.MonkeyPatch) -> dict:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.calls = {}
    namespace = {kind: _Recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace["SPECPATH"] = str(ROOT)
    namespace["__file__"] = str(ROOT / "build.spec")
    exec(compile((ROOT / "build.spec").read_text("utf-8"), "build.spec", "exec"), namespace)
    return namespace


def test_every_resource_file_is_bundled_at_its_relative_path(spec_globals: dict):
    datas = _Recorder.calls["Analysis"]["kwargs"]["datas"]
    bundled = {(Path(src).resolve(), dest) for src, dest in datas}
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert resources, "resources/ should not be empty"
    for path in resources:
        expected = (path.resolve(), str(path.parent.relative_to(ROOT)))
        assert expected in bundled, f"{path} is not bundled by build.spec"


def test_name_and_version_come_from_the_project_metadata(spec_globals: dict):
    import tomllib

    import secondop_desktop

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    project = pyproject["project"]
    assert spec_globals["NAME"] == project["name"]
    assert _Recorder.calls["COLLECT"]["kwargs"]["name"] == project["name"]
    # pyproject.toml takes its version from the package's __version__; so does the spec.
    assert "version" in project["dynamic"] and "version" not in project
    attr = pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "secondop_desktop.__version__"
    assert spec_globals["VERSION"] == secondop_desktop.__version__
    assert spec_globals["VERSION"].count(".") >= 2


def test_the_spec_reads_the_version_without_importing_the_package(spec_globals: dict,
                                                                   tmp_path: Path):
    (tmp_path / "secondop_desktop").mkdir()
    (tmp_path / "secondop_desktop" / "__init__.py").write_text(
        'raise ImportError("must not be imported")\n__version__ = "9.8.7"\n', "utf-8")
    spec_globals["ROOT"] = tmp_path
    assert spec_globals["package_version"]() == "9.8.7"
