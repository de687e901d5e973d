"""Draw the application icon with Qt and write resources/icons/gridbudget.png and gridbudget.ico.

Run once after changing the drawing: ``.venv/bin/python scripts/make_icon.py``. The files are committed,
so neither the build nor the program needs this script.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: TID251 (a build tool, not the package)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: TID251

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw_icon(size: int) -> QImage:
    """A red ledger sheet with a 3x3 grid and a gold total bar: GridBudget's icon at ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    sheet = QRectF(unit, unit, size - 2 * unit, size - 2 * unit)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c0392b"))
    painter.drawRoundedRect(sheet, 2 * unit, 2 * unit)
    inner = sheet.adjusted(2 * unit, 2 * unit, -2 * unit, -2 * unit)
    painter.setBrush(QColor("#fdf6e3"))
    painter.drawRect(inner)
    painter.setPen(QPen(QColor("#c0392b"), max(1.0, unit * 0.75)))
    for step in (1, 2):
        x = inner.left() + inner.width() * step / 3
        y = inner.top() + inner.height() * step / 4
        painter.drawLine(int(x), int(inner.top()), int(x), int(inner.bottom()))
        painter.drawLine(int(inner.left()), int(y), int(inner.right()), int(y))
    total = QRectF(inner.left(), inner.top() + inner.height() * 3 / 4, inner.width(), inner.height() / 4)
    painter.fillRect(total, QColor("#f1c40f"))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # WORKAROUND: PySide6 6.12 stubs say bytes, but the binding accepts only str for the format.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO container holding each image as PNG (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, payload = b"", b""
    offset = len(header) + 16 * len(images)
    for image in images:
        data = png_bytes(image)
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def main() -> int:
    """Write the PNG (256 px) and the multi-size ICO."""
    app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "gridbudget.png").write_bytes(png_bytes(draw_icon(256)))
    (ICONS / "gridbudget.ico").write_bytes(ico_bytes([draw_icon(size) for size in ICO_SIZES]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
