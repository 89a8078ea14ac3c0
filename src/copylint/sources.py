"""Reading articles from disk or stdin: decoding, BOMs, clear errors."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class InputError(Exception):
    """An input that could not be read; the message is one line for the user."""


class BinaryInput(InputError):
    """Not text at all: skipped with a notice rather than an error."""


@dataclass(frozen=True)
class Source:
    path: str
    text: str  # decoded, BOM removed; line endings as in the file
    encoding: str = "utf-8"  # codec of the bytes after the BOM
    bom: bytes = b""
    notice: str | None = None

    def encode(self, text: str) -> bytes:
        """Bytes as the file had them: the same BOM and encoding."""
        return self.bom + text.encode(self.encoding)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Text from bytes: a BOM decides; then `encoding` (the user's), else UTF-8."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Source(path, data[len(bom) :].decode(enc), enc, bom)
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: invalid {enc.upper()} at byte {e.start + len(bom)}") from None
    wide = bool(encoding) and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if b"\x00" in data[:8192] and not wide:
        raise BinaryInput(f"{path}: binary file, skipped")
    if encoding:
        try:
            return Source(path, data.decode(encoding), encoding)
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: not valid {encoding} (byte {e.start}: 0x{data[e.start]:02x})") from None
    try:
        return Source(path, data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start}: 0x{data[e.start]:02x}); for an archive in "
                         "Windows-1252 or Latin-1, use --encoding cp1252 (or `encoding:` in the config)") from None


def read(path: str, encoding: str | None = None) -> Source:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    return decode(data, path, encoding)
