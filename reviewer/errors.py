"""Input failures a user can act on, each with a stable code and one plain sentence.

The codes are part of the report contract (`error.code` in JSON, the CSV error column), so
they never change once published. Nothing here imports the rest of the package.
"""

from __future__ import annotations

from pathlib import Path


class ReviewError(Exception):
    """A file could not be reviewed; `code` is stable, `advice` is for a non-programmer."""

    code = "error"
    advice = ""

    def __init__(self, path: str | Path, reason: str, advice: str | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        if advice is not None:
            self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line naming the file, the cause and what to do."""
        text = f"{self.path}: {self.reason}"
        return f"{text}; {self.advice}" if self.advice else text

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class EmptyDocument(ReviewError):
    code = "empty"
    advice = "check that you submitted the finished document"


class NoTextLayer(ReviewError):
    code = "no-text"
    advice = "it looks scanned; export it from the original program or run OCR first"


class BadFormat(ReviewError):
    code = "bad-format"
    advice = "save it as .docx or .pdf and try again"


class EncryptedDocument(ReviewError):
    code = "encrypted"
    advice = "remove the password (save an unprotected copy) and try again"


class CorruptDocument(ReviewError):
    code = "corrupt"
    advice = "open it in Word or a PDF reader, save a fresh copy and try again"


class TooLarge(ReviewError):
    code = "too-large"
    advice = "split the document, or raise the limit with --max-size-mb / --max-pages"


class UnreadableFile(ReviewError):
    code = "unreadable"
    advice = "check the path and the file's permissions"


class TimedOut(ReviewError):
    code = "timeout"
    advice = "the file took too long to read; raise --timeout or check the file"


class InternalError(ReviewError):
    """A bug in jwreview, reported against the file so the batch can carry on."""

    code = "internal"
    advice = "this is a fault in jwreview; please report it with the file if you can share it"


ERROR_CODES = tuple(
    cls.code
    for cls in (
        EmptyDocument,
        NoTextLayer,
        BadFormat,
        EncryptedDocument,
        CorruptDocument,
        TooLarge,
        UnreadableFile,
        TimedOut,
        InternalError,
    )
)
