# SPDX-License-Identifier: GPL-3.0-or-later
"""The menu entry, icons and file type SecondOp installs for the user (always under tmp_path)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secondop_desktop import desktop_entry

pytestmark = pytest.mark.skipif(not desktop_entry.supported(),
                                reason="freedesktop.org desktops only")

COMMAND = ["/opt/second op/bin/secondop"]  # a space, as a user's folder may have


def _entry(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(desktop_entry.desktop_file(home), encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_the_menu_entry_icons_and_file_type(tmp_path: Path):
    assert desktop_entry.install(tmp_path, COMMAND)
    entry = _entry(tmp_path)
    assert entry["Name"] == "SecondOp"
    assert entry["Exec"] == '"/opt/second op/bin/secondop" %f'
    assert entry["TryExec"] == "/opt/second op/bin/secondop"
    assert entry["Icon"] == "secondop"
    assert entry["MimeType"] == "application/x-secondop;"
    assert entry["Terminal"] == "false"
    icons = tmp_path / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "secondop.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        png = icons / f"{size}x{size}" / "apps" / "secondop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    mime = (tmp_path / "mime" / "packages" / "secondop.xml").read_text("utf-8")
    assert 'type="application/x-secondop"' in mime and '<glob pattern="*.secondop"/>' in mime


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="needs shared-mime-info")
def test_the_desktop_learns_the_file_type(tmp_path: Path):
    desktop_entry.install(tmp_path, COMMAND)
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert "application/x-secondop:*.secondop" in globs


def test_installing_again_changes_nothing_unless_the_program_moved(tmp_path: Path):
    desktop_entry.install(tmp_path, COMMAND)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    assert not desktop_entry.install(tmp_path, COMMAND)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == before
    assert desktop_entry.install(tmp_path, ["/home/ana/.venv/bin/secondop"])
    assert _entry(tmp_path)["Exec"] == "/home/ana/.venv/bin/secondop %f"


def test_uninstall_removes_what_install_wrote(tmp_path: Path):
    desktop_entry.install(tmp_path, COMMAND)
    assert desktop_entry.is_installed(tmp_path)
    assert desktop_entry.uninstall(tmp_path)
    assert not desktop_entry.is_installed(tmp_path)
    left = [p for p in tmp_path.rglob("*secondop*") if p.is_file()]
    assert left == []
    assert not desktop_entry.uninstall(tmp_path)  # twice is harmless


def test_the_launch_command_is_this_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "argv", ["/nowhere/python-script"])
    command = desktop_entry.launch_command()
    script = Path(sys.executable).with_name("secondop")
    if script.is_file():
        assert command == [str(script)]
    else:
        assert command == [sys.executable, "-m", "secondop_desktop"]
    launcher = tmp_path / "secondop"
    launcher.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(launcher)])
    assert desktop_entry.launch_command() == [str(launcher.resolve())]


def test_the_data_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert desktop_entry.data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


def test_the_gui_starts_for_a_case_file_argument():
    """`secondop knee.secondop` (what the file manager runs) opens the window with the file;
    commands still win."""
    from secondop_desktop.cli import parse

    args = parse(["/home/ana/Downloads/knee.secondop"])
    assert args.command is None and args.open_file == Path("/home/ana/Downloads/knee.secondop")
    args = parse(["--journal", "/tmp/j.secondop-journal", "case.JSON"])
    assert args.open_file == Path("case.JSON")
    args = parse(["import", "knee.secondop"])
    assert args.command == "import" and args.open_file is None
    assert parse(["--demo"]).open_file is None


def test_a_case_file_argument_does_not_load_qt_before_the_window():
    """Parsing it stays on the command line's side (the window loads Qt itself)."""
    code = ("import sys; from secondop_desktop.cli import parse; parse(['x.secondop']); "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "False"
