# SPDX-License-Identifier: GPL-3.0-or-later
"""Render resources/icons/secondop.svg to the PNG sizes desktops look for.

Run after changing the SVG: ``python scripts/make_icons.py``. Writes
resources/icons/hicolor/<N>x<N>/apps/secondop.png (the freedesktop icon theme layout, copied as is
into ~/.local/share/icons by the desktop integration) and resources/icons/secondop.ico (Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "secondop.svg"))
    if not renderer.isValid():
        print("resources/icons/secondop.svg cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(folder / "secondop.png"))
    # Windows takes one .ico with several sizes; Qt writes one image per file, so the largest
    # that Windows shows in Explorer's big views.
    render(renderer, 256).save(str(ICONS / "secondop.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
