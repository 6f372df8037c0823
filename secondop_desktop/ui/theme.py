# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place colours come from: derived from the desktop's palette and its light or dark
scheme, with a "High contrast" choice, and applied to the whole application (its palette and
the style sheet ``resources/style.qss``, whose ``@name`` words are this theme's colours).

Every colour is made to reach its contrast against what it is drawn on: text 4.5:1, marks,
outlines and the focus ring 3:1 (WCAG 2.2 AA). The desktop's own colours are kept where they
already do; where they do not, they are darkened (light) or lightened (dark) until they do.
``Theme.pairs()`` names every colour with its background, and the tests measure them all.

(No ``from __future__ import annotations`` here: with it, ``NamedTuple`` compiles each of
``Theme``'s 27 field annotations from its text, ~1 ms before the window shows.)
"""

import atexit
import os
import re
import shutil
import tempfile
import zlib
from functools import cache
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame

from secondop_desktop import paths
from secondop_desktop.resources import resource_path
from secondop_desktop.store import files

TEXT_RATIO = 4.5
MARK_RATIO = 3.0
# A little over the line, so rounding in a screenshot never drops a colour below it.
_MARGIN = 0.15

LIGHT, DARK = "light", "dark"


def _rgb(colour: str) -> tuple[int, int, int]:
    """``"#rrggbb"`` as its three channels, read in Python (a theme mixes and weighs colours a
    few hundred times at start, and a QColor each time cost most of a millisecond); any other
    way of naming a colour goes through QColor."""
    if len(colour) == 7 and colour[0] == "#":
        try:
            return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
        except ValueError:
            pass
    c = QColor(colour)
    return c.red(), c.green(), c.blue()


@cache  # a theme asks again and again about the same few colours
def relative_luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (value / 255 for value in _rgb(colour))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(fg: str, bg: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lf, lb = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(lf, lb), min(lf, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, share_of_b: float) -> str:
    (ra, ga, ba), (rb, gb, bb) = _rgb(a), _rgb(b)
    t = max(0.0, min(1.0, share_of_b))
    red, green, blue = (round(x + (y - x) * t) for x, y in ((ra, rb), (ga, gb), (ba, bb)))
    return f"#{red:02x}{green:02x}{blue:02x}"


def reach(colour: str, backgrounds: tuple[str, ...], ratio: float, towards: str) -> str:
    """``colour``, moved step by step towards ``towards`` (black on a light theme, white on a
    dark one) until it has ``ratio`` against every one of ``backgrounds``."""
    want = ratio + _MARGIN
    for step in range(21):
        candidate = mix(colour, towards, step / 20)
        if all(contrast(candidate, bg) >= want for bg in backgrounds):
            return candidate
    return towards


def settle(background: str, texts: tuple[str, ...], ratio: float, towards: str) -> str:
    """A tinted ``background``, moved towards ``towards`` (the page colour) until every one of
    ``texts`` reads on it at ``ratio``."""
    return reach(background, texts, ratio, towards)


class Theme(NamedTuple):
    """Every colour the window uses, by what it is for (names as in the style sheet). (A named
    tuple: this module loads before the window shows, and a frozen dataclass of 27 fields, with
    the ``dataclasses`` module, costs it ~5 ms.)"""

    dark: bool
    high_contrast: bool
    window: str
    base: str
    text: str
    muted: str
    """Hints, placeholders, disabled text, empty cells."""
    accent: str
    """Links, the primary button, the selected item, the current row's outline."""
    on_accent: str
    border: str
    """The outline of fields, buttons, check boxes and radio buttons."""
    focus: str
    """The 2 px ring around the control with the keyboard focus."""
    panel: str
    """Group boxes: a shade off the window."""
    hover: str
    selection_quiet: str
    """A selected item in a list without the focus."""
    saved: str
    """The status bar's "Saved" words."""
    warning_bg: str
    warning_border: str
    warning_text: str
    diff_tint: str
    """Background of a compare row where the doctors differ."""
    word_tint: str
    """Background of the words that differ inside a text (underlined too)."""
    same: str
    refined: str
    differs: str
    only: str
    chart: tuple[str, ...]
    """The values picture's bars (each named beside it: never colour alone)."""

    @property
    def name(self) -> str:
        if self.high_contrast:
            return "high contrast " + (DARK if self.dark else LIGHT)
        return DARK if self.dark else LIGHT

    def pairs(self) -> list[tuple[str, str, str, float]]:
        """(what, colour, background, least ratio) for every colour this theme hands out."""
        t = self
        out: list[tuple[str, str, str, float]] = []
        for bg_name in ("window", "base", "panel", "hover"):
            bg = getattr(t, bg_name)
            out += [(f"text on {bg_name}", t.text, bg, TEXT_RATIO),
                    (f"muted on {bg_name}", t.muted, bg, TEXT_RATIO),
                    (f"accent on {bg_name}", t.accent, bg, TEXT_RATIO),
                    (f"border on {bg_name}", t.border, bg, MARK_RATIO),
                    (f"focus on {bg_name}", t.focus, bg, MARK_RATIO)]
        out += [("text on the accent", t.on_accent, t.accent, TEXT_RATIO),
                ("focus ring around the primary button", t.focus, t.window, MARK_RATIO),
                ("text on a quiet selection", t.text, t.selection_quiet, TEXT_RATIO),
                ("saved on window", t.saved, t.window, TEXT_RATIO),
                ("warning text", t.warning_text, t.warning_bg, TEXT_RATIO),
                ("warning outline on its band", t.warning_border, t.warning_bg, MARK_RATIO),
                ("warning outline on window", t.warning_border, t.window, MARK_RATIO),
                ("button text on warning", t.text, t.base, TEXT_RATIO)]
        for bg_name in ("base", "diff_tint"):
            bg = getattr(t, bg_name)
            out += [(f"text on {bg_name}", t.text, bg, TEXT_RATIO),
                    (f"muted on {bg_name}", t.muted, bg, TEXT_RATIO),
                    (f"accent outline on {bg_name}", t.accent, bg, MARK_RATIO)]
            out += [(f"{mark} mark on {bg_name}", getattr(t, mark), bg, TEXT_RATIO)
                    for mark in ("same", "refined", "differs", "only")]
        out.append(("text on differing words", t.text, t.word_tint, TEXT_RATIO))
        out += [(f"chart bar {i + 1}", c, t.base, MARK_RATIO) for i, c in enumerate(t.chart)]
        return out

    def colour_names(self) -> list[str]:
        return [name for name in self._fields if name not in ("dark", "high_contrast")]

    def style_sheet(self, template: str, images: dict[str, str] | None = None) -> str:
        """``template`` with every ``@name`` replaced by this theme's colour, or by the path of
        one of ``images`` (``image_files``)."""
        images = images or {}

        def colour(match: re.Match[str]) -> str:
            if match.group(1) in images:
                return images[match.group(1)]
            value = getattr(self, match.group(1), None)
            if not isinstance(value, str) or not value.startswith("#"):
                raise KeyError(f"style.qss names an unknown colour @{match.group(1)}")
            return value
        without_comments = re.sub(r"/\*.*?\*/", "", template, flags=re.S)
        return re.sub(r"@([a-z_]+)", colour, without_comments)

    def image_files(self) -> dict[str, str]:
        """The style sheet's images (``resources/check-mark.svg`` as ``@check_mark``, …) drawn in
        this theme's colours: a sheet takes images from files only, so they are kept in a
        private folder of the user's cache, named by their content, and written only when a
        colouring is new there (writing them on every start cost ~1.7 ms before the first
        paint); in a private temporary folder, removed when the program ends, where the cache
        cannot be written. One file per colouring: Qt keeps images by their path, and must not
        show an earlier theme's."""
        drawn = {name: self.style_sheet(resource_path(name).read_text(encoding="utf-8"))
                 .encode("utf-8") for name in IMAGES}
        try:
            return _write_images(_cache_image_folder(), drawn)
        except OSError:
            return _write_images(_temporary_image_folder(), drawn)


IMAGES = ("check-mark.svg", "radio-off.svg", "radio-on.svg", "down-arrow.svg")
"""The images the style sheet draws with: templates in resources/, with ``@colour`` names."""


def _write_images(folder: Path, drawn: dict[str, bytes]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, data in drawn.items():
        stem = name.removesuffix(".svg")
        path = folder / f"{stem}-{zlib.crc32(data):08x}.svg"
        try:
            whole = path.stat().st_size == len(data)
        except FileNotFoundError:
            whole = False
        if not whole:
            # Whole or not at all: another SecondOp may be reading it.
            part = path.with_name(f"{path.name}.{os.getpid()}.part")
            part.write_bytes(data)
            os.replace(part, path)
        found[stem.replace("-", "_")] = path.as_posix()
    return found


def _cache_image_folder() -> Path:
    folder = paths.cache_dir() / "style-images"
    if not folder.is_dir():
        files.private_dir(folder)  # 0700: the user's alone
    return folder


def _temporary_image_folder() -> Path:
    if _State.image_folder is None:
        folder = Path(tempfile.mkdtemp(prefix="secondop-style-"))  # 0700: the user's alone
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _State.image_folder = folder
    return _State.image_folder


# Starting colours where the desktop's own cannot serve (a light palette on a dark desktop).
_FALLBACK = {
    LIGHT: {"window": "#f7f7f5", "base": "#ffffff", "text": "#1b1b1b", "accent": "#1f4e9c"},
    DARK: {"window": "#1f1f1f", "base": "#2a2a2a", "text": "#ededed", "accent": "#8ab4f8"},
}
# Hues the marks start from (each then reaches its contrast).
_SEEDS = {
    LIGHT: {"same": "#2c6a38", "refined": "#1f5f7a", "differs": "#8a4300", "only": "#5b3f8f",
            "diff_tint": "#fdf0d5", "word_tint": "#f7dca4", "saved": "#2f5d32",
            "warning_bg": "#fff3cd", "warning_border": "#b58100"},
    DARK: {"same": "#9ad6a8", "refined": "#8fcbe6", "differs": "#ffc37d", "only": "#cdb8f7",
           "diff_tint": "#3b3322", "word_tint": "#6a5220", "saved": "#9ad6a8",
           "warning_bg": "#3d3214", "warning_border": "#e0b040"},
}
_CHART = ("#4e79a7", "#59a14f", "#b07aa1", "#f28e2b", "#76b7b2", "#9c755f", "#edc948")


def _is_dark(colour: str) -> bool:
    return QColor(colour).lightnessF() < 0.5


def palette_is_dark(palette: QPalette) -> bool:
    return _is_dark(palette.color(QPalette.ColorRole.Window).name())


def build(palette: QPalette, dark: bool, high_contrast: bool = False) -> Theme:
    """The theme for ``palette`` on a light or ``dark`` desktop."""
    scheme = DARK if dark else LIGHT
    fallback = _FALLBACK[scheme]
    seeds = _SEEDS[scheme]
    ink = "#ffffff" if dark else "#000000"
    paper = "#000000" if dark else "#ffffff"

    def role(r: QPalette.ColorRole) -> str:
        return palette.color(QPalette.ColorGroup.Active, r).name()

    window, base = role(QPalette.ColorRole.Window), role(QPalette.ColorRole.Base)
    if _is_dark(window) != dark or _is_dark(base) != dark:
        # The palette does not match the scheme (Qt's own light palette on a dark desktop).
        window, base = fallback["window"], fallback["base"]
    text = role(QPalette.ColorRole.Text)
    if contrast(text, base) < 7 or contrast(text, window) < 7:
        text = fallback["text"]
    accent_seed = role(QPalette.ColorRole.Highlight)
    if _is_dark(accent_seed) == dark:  # a highlight as dark as the page cannot be text on it
        accent_seed = fallback["accent"]
    if high_contrast:
        window = base = paper
        text = ink
    panel = mix(window, text, 0.03) if not high_contrast else paper
    hover = mix(base, accent_seed, 0.08) if not high_contrast else paper
    grounds4 = (window, base, panel, hover)
    strong = 7.0 if high_contrast else TEXT_RATIO
    accent = reach(accent_seed, grounds4, strong, ink)
    muted = reach(mix(text, base, 0.45), grounds4, strong, ink)
    border = reach(mix(text, base, 0.55), grounds4, 4.5 if high_contrast else MARK_RATIO, ink)
    diff_tint = settle(seeds["diff_tint"] if not high_contrast else mix(paper, ink, 0.12),
                       (text,), strong, paper)
    # The marks, hints and outline must read on the tinted rows as on the page.
    marks = {name: reach(seeds[name], (base, diff_tint), strong, ink)
             for name in ("same", "refined", "differs", "only")}
    muted = reach(muted, (*grounds4, diff_tint), strong, ink)
    accent = reach(accent, (*grounds4, diff_tint), strong, ink)
    focus = accent
    word_tint = settle(seeds["word_tint"] if not high_contrast else mix(paper, ink, 0.25),
                       (text,), strong, paper)
    selection_quiet = settle(mix(base, accent, 0.2), (text,), strong, paper)
    warning_bg = settle(seeds["warning_bg"], (text,), strong, paper)
    warning_border = reach(seeds["warning_border"], (warning_bg, window), MARK_RATIO, ink)
    chart = tuple(reach(c, (base,), MARK_RATIO, ink) for c in _CHART)
    return Theme(
        dark=dark, high_contrast=high_contrast, window=window, base=base, text=text,
        muted=muted, accent=accent, on_accent=base, border=border, focus=focus, panel=panel,
        hover=hover, selection_quiet=selection_quiet,
        saved=reach(seeds["saved"], (window,), strong, ink),
        warning_bg=warning_bg, warning_border=warning_border, warning_text=text,
        diff_tint=diff_tint, word_tint=word_tint, chart=chart, **marks,
    )


def palette_for(theme: Theme, start: QPalette) -> QPalette:
    """``start`` (changed in place: pass a copy) with every role the widgets draw from set to
    the theme's colours."""
    palette = start
    roles = QPalette.ColorRole
    active = {
        roles.Window: theme.window, roles.WindowText: theme.text, roles.Base: theme.base,
        roles.AlternateBase: theme.panel, roles.Text: theme.text, roles.Button: theme.base,
        roles.ButtonText: theme.text, roles.Highlight: theme.accent,
        roles.HighlightedText: theme.on_accent, roles.PlaceholderText: theme.muted,
        roles.ToolTipBase: theme.base, roles.ToolTipText: theme.text, roles.Link: theme.accent,
        roles.LinkVisited: theme.accent, roles.BrightText: theme.text,
        roles.Light: theme.base, roles.Midlight: theme.panel, roles.Mid: theme.border,
        roles.Dark: theme.border, roles.Shadow: theme.text,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, colour in active.items():
            palette.setColor(group, r, QColor(colour))
    for r, colour in active.items():
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(colour))
    for r in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(theme.muted))
    palette.setColor(QPalette.ColorGroup.Inactive, roles.Highlight, QColor(theme.selection_quiet))
    palette.setColor(QPalette.ColorGroup.Inactive, roles.HighlightedText, QColor(theme.text))
    return palette


# -- the theme the application shows now -----------------------------------------------------

class _State:
    current: Theme | None = None
    desktop_palette: QPalette | None = None
    dark: bool | None = None
    """The desktop's scheme once known (read after the first paint); None: from the palette."""
    high_contrast = False
    following = False
    image_folder: Path | None = None


class ThemeNotifier(QObject):
    changed = Signal()


notifier: ThemeNotifier | None = None


def current() -> Theme:
    """The theme in use (the light one derived from Qt's palette when none was applied)."""
    if _State.current is None:
        app = QGuiApplication.instance()
        palette = QGuiApplication.palette() if app is not None else QPalette()
        dark = _is_dark(palette.color(QPalette.ColorRole.Window).name())
        _State.current = build(palette, dark, _State.high_contrast)
    return _State.current


def apply(app: QApplication, *, high_contrast: bool | None = None,
          dark: bool | None = None) -> Theme:
    """Work the theme out again and give it to the whole application (palette and sheet).
    ``dark`` says the desktop's scheme when known; else the desktop's palette tells."""
    global notifier
    if high_contrast is not None:
        _State.high_contrast = high_contrast
    if dark is not None:
        _State.dark = dark
    if _State.desktop_palette is None:
        # app.palette() hands out a copy. (Not QPalette(other): that overload loads Qt's
        # namespace, which must wait for the first paint.)
        _State.desktop_palette = app.palette()
    desktop = _State.desktop_palette
    is_dark = _State.dark if _State.dark is not None else _is_dark(
        desktop.color(QPalette.ColorRole.Window).name())
    theme = build(desktop, is_dark, _State.high_contrast)
    if theme == _State.current and app.styleSheet():
        return theme
    _State.current = theme
    app.setPalette(palette_for(theme, app.palette()))
    path = resource_path("style.qss")
    if path.is_file():
        app.setStyleSheet(theme.style_sheet(path.read_text(encoding="utf-8"),
                                            theme.image_files()))
    if notifier is None:
        notifier = ThemeNotifier()
    notifier.changed.emit()
    return theme


def ring_when_focused(area: QAbstractScrollArea) -> None:
    """A scrolling page that is a keyboard stop of its own gets the focus ring too: style
    sheets draw no border on a frameless area, so it gets a frame the sheet then draws
    (a 2 px transparent one, the ring's colour with the focus)."""
    area.setFrameShape(QFrame.Shape.StyledPanel)
    area.setProperty("page", True)
    area.style().unpolish(area)  # a property the sheet selects on counts from the next polish
    area.style().polish(area)


def desktop_is_dark() -> bool | None:
    """The desktop's scheme (QStyleHints.colorScheme), or None where it does not say."""
    from PySide6.QtCore import Qt  # the Qt namespace: only after the first paint

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def follow_desktop(app: QApplication) -> None:
    """Read the desktop's light or dark scheme and follow its changes live (called after the
    first paint: reading the scheme builds Qt's namespace)."""
    if _State.following:
        return
    _State.following = True
    hints = QGuiApplication.styleHints()

    def changed(*_args: object) -> None:
        # A new scheme brings the desktop's new palette: take it as the one to derive from.
        _State.desktop_palette = None
        _State.dark = desktop_is_dark()
        app.setPalette(QPalette())  # let the platform's palette through before reading it
        _State.desktop_palette = app.palette()
        apply(app)

    hints.colorSchemeChanged.connect(changed)
    known = desktop_is_dark()
    if known is not None and known != _State.dark:
        apply(app, dark=known)


def forget() -> None:
    """Forget the applied theme: the next ``apply`` starts from the desktop again."""
    _State.current = None
    _State.desktop_palette = None
    _State.dark = None
    _State.high_contrast = False


