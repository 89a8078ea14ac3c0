"""Text -> Document, by format."""

from __future__ import annotations

from pathlib import PurePath

from copylint.document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})


def format_of(path: str) -> str:
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def parse(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Parse an article; `fmt` is "text" or "markdown" (default: by the path's suffix)."""
    fmt = fmt or format_of(path)
    if fmt == "markdown":
        from copylint.parsing import markdown

        return markdown.parse(text, path)
    from copylint.parsing import plaintext

    return plaintext.parse(text, path)
