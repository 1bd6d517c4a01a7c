"""Input limits: each one ends in a clear `too-large` error instead of a crash or a hang."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    # Sum of the uncompressed sizes inside a .docx; guards against zip bombs.
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_ratio: int = 200
    # A .docx has tens of parts, a few thousand with many images; more is an attack.
    max_zip_entries: int = 10_000
    # Text after parsing: a 200,000-character paragraph (about 60 pages) is not a real
    # paragraph, and the language pipeline's memory grows with the length of what it reads.
    max_block_chars: int = 200_000
    max_text_chars: int = 5_000_000

    @classmethod
    def from_megabytes(cls, max_size_mb: float | None = None, max_pages: int | None = None):
        base = cls()
        return cls(
            max_bytes=int(max_size_mb * 1024 * 1024) if max_size_mb else base.max_bytes,
            max_pages=max_pages or base.max_pages,
        )
