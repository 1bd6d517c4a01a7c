"""Shared by test_report_formats.py and test_annotate.py: each fixture is reviewed once per run."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import docx
from docx.oxml.ns import qn

from reviewer.review import review_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SOFFICE = shutil.which("soffice")


def fixture_names() -> list[str]:
    if not FIXTURES.is_dir():
        return []
    return sorted(p.name for p in FIXTURES.iterdir() if p.is_file() and p.suffix != ".json")


@functools.cache
def reviewed(name: str):
    return review_file(FIXTURES / name)


def anchored_comments(path) -> list[tuple[str, str, str]]:
    """(anchored text, comment text, author) for every comment in a .docx, in id order."""
    word = docx.Document(str(path))
    open_ids: set[str] = set()
    texts: dict[str, str] = {}
    for element in word.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts.setdefault(element.get(qn("w:id")), "")
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for cid in open_ids:
                texts[cid] += element.text or ""
        elif element.tag == qn("w:p"):
            for cid in open_ids:  # a range running over two paragraphs
                if texts[cid]:
                    texts[cid] += "\n"
    return [
        (texts.get(str(c.comment_id), "").strip(), c.text, c.author)
        for c in sorted(word.comments, key=lambda c: c.comment_id)
    ]


def squash(text: str) -> str:
    return " ".join(text.split())


def chromium(args: list[str], timeout: int = 60) -> subprocess.CompletedProcess:
    """Run headless Chromium with no network, no GPU and a throwaway profile."""
    base = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--no-first-run",
        "--disable-sync", "--metrics-recording-only", "--mute-audio", "--hide-scrollbars",
    ]
    return subprocess.run(base + args, capture_output=True, text=True, timeout=timeout)


def soffice_to_pdf(source: Path, outdir: Path, profile: Path) -> Path:
    """Convert with LibreOffice headless, exporting Word comments as PDF notes."""
    filter_options = (
        'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    )
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", filter_options, "--outdir", str(outdir), str(source)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    return outdir / (source.stem + ".pdf")
