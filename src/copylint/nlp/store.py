"""Prebuilt tables in src/copylint/data/: one marshalled, zlib-compressed Python value per file, read
in milliseconds (no text parsing at start-up). Written by the scripts/build_*.py scripts."""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def load(name: str):
    return marshal.loads(zlib.decompress((DATA / name).read_bytes()))


def dump(value, name: str) -> Path:
    path = DATA / name
    path.write_bytes(zlib.compress(marshal.dumps(value, 4), 9))  # format 4: read by every Python 3.4+
    return path
