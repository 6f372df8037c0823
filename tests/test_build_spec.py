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
    every: dict[str, list[dict]] = {}

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        _Recorder.calls[self.kind] = {"args": args, "kwargs": kwargs}
        _Recorder.every.setdefault(self.kind, []).append(kwargs)
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])


@pytest.fixture
def spec_globals(monkeypatch: pytest.MonkeyPatch) -> dict:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.calls = {}
    _Recorder.every = {}
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


def test_the_window_program_has_no_console_an_icon_and_version_information(spec_globals: dict):
    import secondop_desktop

    programs = {call["name"]: call for call in _Recorder.every["EXE"]}
    assert set(programs) == {"secondop", "secondop-cli"}
    assert programs["secondop"]["console"] is False  # no console window behind the window
    assert programs["secondop-cli"]["console"] is True  # the command line, on Windows too
    for call in programs.values():
        icon = Path(call["icon"])
        assert icon.is_file() and icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico
        text = Path(call["version"]).read_text("utf-8")
        assert f"StringStruct('ProductVersion', '{secondop_desktop.__version__}')" in text
        assert "StringStruct('ProductName', 'SecondOp')" in text
    numbers = spec_globals["version_numbers"]("1.4.2")
    assert numbers == (1, 4, 2, 0)


def test_the_version_file_is_well_formed(spec_globals: dict):
    """PyInstaller evaluates the file with its version-resource classes (on Windows, where it
    has pefile); here every class just records what it was given."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    made = {name: (lambda *args, _n=name, **kwargs: (_n, args, kwargs)) for name in names}
    text = Path(_Recorder.every["EXE"][0]["version"]).read_text("utf-8")
    kind, _args, fields = eval(text, {"__builtins__": {}}, made)  # noqa: S307 - our own file
    assert kind == "VSVersionInfo"
    major = int(spec_globals["VERSION"].split(".")[0])
    assert fields["ffi"][2]["filevers"][0] == major
