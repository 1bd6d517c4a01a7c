"""Atomic writes: a report is either complete on disk or not there at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = utf8_safe(data).encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def utf8_safe(text: str) -> str:
    """`text` with file-name bytes that are not UTF-8 shown as U+FFFD instead of failing.

    Python keeps such bytes of a file name as lone surrogates, which no UTF-8 writer accepts
    (damaged PDF text can hold them too); a report must still be written, so they become a
    replacement character.
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate from broken text, not from a file name
        return text.encode("utf-8", "replace").decode("utf-8")
