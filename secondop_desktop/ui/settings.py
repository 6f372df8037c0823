# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's settings, declared once with their types and defaults.

Two INI files in ``paths.config_dir()``: ``preferences.ini`` holds what the user chose (text
size), ``window-state.ini`` what the window remembers by itself (geometry, splitter). Keeping them
apart means "reset the window" never loses a preference, and the other way round.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from secondop_desktop import paths
from secondop_desktop.store import files

T = TypeVar("T")

PREFERENCES_FILE = "preferences.ini"
WINDOW_STATE_FILE = "window-state.ini"

TEXT_SIZE_MIN = 100
TEXT_SIZE_MAX = 200
TEXT_SIZE_STEP = 25


class Setting(Generic[T]):
    """One setting: its key in ``file``, the type it is read as, and its default. (A plain
    class: this module loads before the window shows, and a dataclass costs milliseconds.)"""

    __slots__ = ("default", "file", "key", "kind")

    def __init__(self, key: str, kind: type, default: T, file: str = PREFERENCES_FILE) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.file = file

    def __repr__(self) -> str:
        return f"Setting({self.key!r})"


# -- the registry: every setting the app reads or writes --------------------------------------

TEXT_SIZE: Setting[int] = Setting("appearance/text_size_percent", int, 100)
# 1: View → High contrast (black on white, or white on black on a dark desktop).
HIGH_CONTRAST: Setting[int] = Setting("appearance/high_contrast", int, 0)
LAST_CASE: Setting[str] = Setting("session/last_case_id", str, "", WINDOW_STATE_FILE)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), WINDOW_STATE_FILE)
SPLITTER_STATE: Setting[QByteArray] = Setting(
    "window/splitter", QByteArray, QByteArray(), WINDOW_STATE_FILE)

# 1: SecondOp puts itself in the desktop's applications menu at start; 0: the user took it out
# (Help → About), and it stays out.
IN_APPLICATIONS_MENU: Setting[int] = Setting("desktop/in_applications_menu", int, 1)

# View → Language: "en", "es", or "" to follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
LANGUAGE: Setting[str] = Setting("appearance/language", str, "")

ALL_SETTINGS = (TEXT_SIZE, HIGH_CONTRAST, LAST_CASE, WINDOW_GEOMETRY, SPLITTER_STATE,
                IN_APPLICATIONS_MENU, LANGUAGE)


def settings_path(file: str = PREFERENCES_FILE) -> Path:
    return paths.config_dir() / file


def _store(file: str, writing: bool = False) -> QSettings:
    path = settings_path(file)
    if writing:
        # Private, like the journal: the files name the last case opened. (Reading writes
        # nothing, so a read leaves the folder alone: the window reads ten settings at start.)
        files.private_dir(path.parent)
    return QSettings(str(path), QSettings.Format.IniFormat)


def get(setting: Setting[T]) -> T:
    value = _store(setting.file).value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.kind is int:
        try:
            return int(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return setting.default
    if setting.kind is QByteArray and not isinstance(value, QByteArray):
        return setting.default
    if setting.kind is str:
        return str(value)  # type: ignore[return-value]
    return value  # type: ignore[no-any-return]


def put(setting: Setting[T], value: T) -> None:
    store = _store(setting.file, writing=True)
    store.setValue(setting.key, value)
    store.sync()
    files.private_file(settings_path(setting.file))  # QSettings writes it with the umask


def text_size() -> int:
    return clamp_text_size(get(TEXT_SIZE))


def clamp_text_size(percent: int) -> int:
    return max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, int(percent)))
