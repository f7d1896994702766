"""File names and texts made safe for a one-line message on a terminal.

A file name may hold a line break, a terminal escape sequence (ESC [ 2 J clears the screen), a
bidirectional override or bytes that are not UTF-8: printed raw, it splits the message, rewrites
the screen or fails to print. Such a name is shown as Python's repr shows it (quoted, escaped);
any other name as it is.
"""
from __future__ import annotations

import os


def shown(path: str | os.PathLike) -> str:
    """`path` as it is when every character prints, else its repr: one line, no escape reaching the terminal."""
    text = os.fspath(path)
    text = text if isinstance(text, str) else os.fsdecode(text)
    return text if text.isprintable() else repr(text)


def one_line(text: str) -> str:
    """A message with every character that does not print (line breaks, escapes) written as an escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
