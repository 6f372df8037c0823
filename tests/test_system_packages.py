# SPDX-License-Identifier: GPL-3.0-or-later
"""The README's install command names every Debian package Qt's window needs.

Offscreen tests never load the xcb platform plugin, so a missing system library shows only on a
user's fresh machine ("Could not load the Qt platform plugin xcb"). This test asks the installed
Qt itself: ``ldd`` on the xcb plugin, its helpers and the Qt modules SecondOp imports gives every
shared library they load; ``dpkg -S`` names the Debian package of each. Every such package must be
installed by the README's command, directly or as a dependency of what it names, or be part of a
minimal Debian system (priority "required"). Runs wherever dpkg is (Debian, Ubuntu, CI).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    shutil.which("dpkg-query") is None or shutil.which("ldd") is None,
    reason="needs a Debian-like system (dpkg, ldd)")

# What the window loads: the modules the program imports, the xcb platform plugin with its GL
# integrations, and the plugins Qt picks up by itself (input methods, image formats, icons).
# Left out on purpose: platformthemes/ (the GTK theme loads only where GTK is installed, and Qt
# falls back without it) and plugins of PySide6-Addons that Essentials carries (libqpdf,
# the virtual keyboard), whose Qt libraries are not installed and which SecondOp never uses.
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")
PLUGIN_GLOBS = ("platforms/libqxcb.so", "xcbglintegrations/*.so",
                "platforminputcontexts/libcompose*.so", "platforminputcontexts/libibus*.so",
                "imageformats/*.so", "iconengines/*.so")
NOT_USED = ("libqpdf.so", "libqtvirtualkeyboardplugin.so")


def readme_packages(section: str) -> list[str]:
    """The packages of the ``apt-get install`` in the README section ``section``."""
    readme = (ROOT / "README.md").read_text("utf-8")
    text = readme.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"apt-get install -y ([^&\n]+)", text)
    assert match, f"no apt-get install in the README's {section!r}"
    return match.group(1).split()


def qt_files() -> list[Path]:
    import PySide6

    base = Path(PySide6.__file__).parent
    files = [next(base.glob(f"{name}.*so")) for name in MODULES]
    for pattern in PLUGIN_GLOBS:
        files += [p for p in sorted((base / "Qt" / "plugins").glob(pattern))
                  if p.name not in NOT_USED]
    assert any(p.name == "libqxcb.so" for p in files), "the xcb platform plugin is missing"
    return files


def linked_libraries(files: list[Path]) -> tuple[set[Path], set[str]]:
    """Every system library the files load (ldd resolves the whole tree), and those not found."""
    import PySide6

    # PySide6's own libraries, shiboken6 and Python itself are not the system's to provide.
    ours = (Path(PySide6.__file__).parent.parent.resolve(), Path(sys.base_prefix).resolve())
    found: set[Path] = set()
    missing: set[str] = set()
    for file in files:
        out = subprocess.run(["ldd", str(file)], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("not found"):
                missing.add(name)
            elif where.startswith("/"):
                path = Path(where.split(" (")[0]).resolve()
                if not any(path.is_relative_to(p) for p in ours if p != Path("/usr")):
                    found.add(path)
    return found, missing


def packages_of(paths: set[Path]) -> set[str]:
    """The Debian packages the library files belong to (merged /usr: each is looked up under
    /lib and /usr/lib both), in one dpkg query."""
    variants: dict[str, Path] = {}
    for path in paths:
        text = str(path)
        variants[text] = path
        if text.startswith("/usr/lib/"):
            variants[text[len("/usr"):]] = path
        elif text.startswith("/lib/"):
            variants["/usr" + text] = path
    out = subprocess.run(["dpkg-query", "-S", *sorted(variants)], capture_output=True,
                         text=True).stdout
    packages: set[str] = set()
    owned: set[Path] = set()
    for line in out.splitlines():
        owners, _, file = line.partition(": ")
        if file in variants:
            owned.add(variants[file])
            packages |= {o.strip().split(":")[0] for o in owners.split(",")}
    unowned = sorted(str(p) for p in paths - owned)
    assert not unowned, f"libraries that belong to no Debian package: {unowned}"
    return packages


@cache
def _installed() -> dict[str, tuple[str, str, str]]:
    """Installed packages: name -> (priority, depends, provides)."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Priority}\t${Pre-Depends}, ${Depends}\t"
         "${Provides}\t${db:Status-Abbrev}\n"],
        capture_output=True, text=True, check=True).stdout
    packages = {}
    for line in out.splitlines():
        name, priority, depends, provides, status = line.split("\t")
        if status.startswith("ii"):
            packages[name] = (priority, depends, provides)
    return packages


def _names(field: str) -> list[list[str]]:
    """A Depends field as alternatives: "a (>= 1) | b, c:any" -> [["a", "b"], ["c"]]."""
    groups = []
    for group in field.split(","):
        names = [re.split(r"[\s(:]", alt.strip(), maxsplit=1)[0] for alt in group.split("|")]
        names = [n for n in names if n]
        if names:
            groups.append(names)
    return groups


def closure(names: list[str]) -> set[str]:
    """The packages and everything they depend on, among the installed ones (what apt would
    install with them on a fresh system)."""
    installed = _installed()
    providers: dict[str, list[str]] = {}
    for name, (_p, _d, provides) in installed.items():
        for group in _names(provides):
            providers.setdefault(group[0], []).append(name)
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        real = [name] if name in installed else providers.get(name, [])
        for package in real:
            if package in seen:
                continue
            seen.add(package)
            for group in _names(installed[package][1]):
                choice = next((n for n in group if n in installed or n in providers), None)
                if choice is not None:
                    todo.append(choice)
    return seen


def base_system() -> set[str]:
    """A minimal Debian: the packages of priority "required" and what they depend on."""
    return closure([n for n, (priority, _d, _p) in _installed().items()
                    if priority == "required"])


def test_the_install_command_names_every_package_the_window_needs():
    found, missing = linked_libraries(qt_files())
    assert not missing, (
        f"Qt's window needs libraries that are not installed here: {sorted(missing)}; install "
        "their Debian packages and add them to the README's install command")
    needed = packages_of(found)
    readme = readme_packages("Install and start")
    covered = closure(readme) | base_system()
    absent = sorted(needed - covered)
    assert not absent, (
        "the README's install command (## Install and start) leaves out Debian packages the "
        f"Qt window needs: {' '.join(absent)}")
    # The ones the field notes found missing on a fresh machine are named, not left to chance.
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xkb1",
                    "libxkbcommon-x11-0", "libxcb-cursor0"):
        assert package in readme


def test_the_dependency_closure_follows_alternatives_and_provides():
    assert "libc6" in closure(["libxcb1"])
    assert _names("a (>= 1) | b, c:any") == [["a", "b"], ["c"]]
