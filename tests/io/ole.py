"""A minimal OLE compound file writer, to make an "encrypted workbook" the way Excel stores one.

Excel saves a password-protected .xlsx as an OLE container holding the streams EncryptionInfo and
EncryptedPackage. The streams' contents do not matter to the reader, which must only recognise them.
"""

from __future__ import annotations

import struct

SECTOR = 512
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB3I", len(encoded), kind, 1, left, right, child)
        + b"\0" * 16
        + struct.pack("<I", 0)
        + b"\0" * 16
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3) with the given streams, each padded to at least 4096 bytes."""
    bodies = [data.ljust(4096, b"\0") for data in streams.values()]
    fat = [FATSECT, END]
    starts = []
    for body in bodies:
        count = -(-len(body) // SECTOR)
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [END]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    names = list(streams)
    directory = _entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1, END, 0)
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else NOSTREAM
        directory += _entry(name, 2, NOSTREAM, right, NOSTREAM, starts[index - 1], len(streams[name]))
    directory = directory.ljust(SECTOR, b"\0")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<108I", *([FREE] * 108))
    )
    assert len(header) == SECTOR
    body = b"".join(b.ljust(-(-len(b) // SECTOR) * SECTOR, b"\0") for b in bodies)
    return header + struct.pack(f"<{SECTOR // 4}I", *fat) + directory + body
