"""Markdown and HTML reports: produced for every fixture, self-contained, linked, and rendered
in a real headless browser."""

from __future__ import annotations

import re
import struct
from html.parser import HTMLParser

import pypdfium2 as pdfium
import pytest
from report_support import CHROMIUM, FIXTURES, chromium, fixture_names, reviewed

from reviewer.cli import main
from reviewer.report import FORMATS, render
from reviewer.report.anchors import spans_for
from reviewer.report.html import render_html
from reviewer.report.markdown import render_markdown

needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="fixtures/documents missing")


class _Links(HTMLParser):
    """Collects ids, in-page links, <mark> links, external references and heading levels."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.mark_links: list[str] = []
        self.external: list[str] = []
        self.headings: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("h1", "h2", "h3", "h4"):
            self.headings.append(tag)
        if tag == "mark":
            self._in_mark += 1
        for key in ("href", "src"):
            value = attrs.get(key)
            if value is None:
                continue
            if value.startswith("#"):
                self.links.append(value[1:])
                if tag == "a" and self._in_mark:
                    self.mark_links.append(value[1:])
            else:
                self.external.append(value)
        if tag == "link":
            self.external.append(attrs.get("href", "<link>"))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def test_markdown_and_html_are_registered_formats():
    assert {"markdown", "html"} <= set(FORMATS)


@needs_fixtures
@pytest.mark.slow
@pytest.mark.parametrize("name", fixture_names())
def test_every_fixture_renders_in_every_format(name):
    review = reviewed(name)
    for fmt in FORMATS:
        assert render([review], fmt).strip(), fmt
    markdown = render_markdown([review])
    html = render_html([review])
    assert name in markdown and name in html
    if review.error is not None:
        assert review.error.code in markdown and "Could not be reviewed" in html
        return
    links = _parse(html)
    assert not links.external, links.external
    assert set(links.links) <= links.ids, set(links.links) - links.ids
    for finding in review.findings:
        assert f"`{finding.rule}`" in markdown and f"<code>{finding.rule}</code>" in html
        spans = spans_for(finding, review.document)
        if finding.is_problem:
            assert f"doc-1-{finding.rule}" in links.ids
            # every place the finding points at is a highlight linking to the finding
            assert links.mark_links.count(f"doc-1-{finding.rule}") >= len(spans) > 0
        else:
            assert not spans


@needs_fixtures
def test_markdown_quotes_evidence_with_locations():
    markdown = render_markdown([reviewed("pid-sales-steering.docx")])
    assert "❌ FAIL" in markdown
    assert "“Daniel Frost / Role: Key Account Manager, Kestrel Valley”" in markdown
    assert re.search(r"table \d+ row \d+ col \d+, in \"7\. Steering group\"", markdown)
    assert "**What to do:**" in markdown and "*Source: " in markdown
    # a checklist row for every rule, outcome as a word as well as an icon
    assert markdown.count("\n| `") == len(reviewed("pid-sales-steering.docx").findings)


@needs_fixtures
def test_markdown_gives_model_clause_for_missing_text():
    markdown = render_markdown([reviewed("pid-no-exit.docx")])
    assert "**Model clause:** Exit strategy:" in markdown


@needs_fixtures
def test_html_batch_index_links_to_each_document_with_counts():
    names = ["pid-sales-steering.docx", "pid-no-exit.docx", "es-promotional.pdf", "corrupt.docx"]
    html = render_html([reviewed(n) for n in names])
    links = _parse(html)
    assert {f"doc-{n}" for n in range(1, 5)} <= links.ids
    assert {f"doc-{n}" for n in range(1, 5)} <= set(links.links)
    index = html.split('<table class="index sortable">')[1].split("</table>")[0]
    assert index.count("<tr>") == 5  # header + one row per document
    assert "✖</span> Fail" in index and "Could not be reviewed" in index
    # semantic structure: one h1, then h2 per document section (plus the index)
    assert links.headings.count("h1") == 1 and links.headings.count("h2") == 5
    assert "<style>" in html and "http" not in html.split("<main>")[0]


@needs_fixtures
def test_html_highlight_sits_on_the_evidence_text():
    review = reviewed("pid-sales-steering.docx")
    html = render_html([review])
    link = '<mark class="sev-red problem"><a href="#doc-1-sales-roles">'
    marked = re.findall(re.escape(link) + "(.*?)</a>", html)
    assert "Key Account Manager, Kestrel Valley" in marked
    assert "Regional Sales Manager (North)" in marked


@needs_fixtures
def test_cli_writes_html_and_markdown(tmp_path, capsys):
    source = str(FIXTURES / "pid-no-exit.docx")
    out = tmp_path / "report.html"
    assert main([source, "--format", "html", "-o", str(out), "-q"]) == 1
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    capsys.readouterr()
    assert main([source, "--format", "markdown", "-q"]) == 1
    assert "# jwreview report" in capsys.readouterr().out


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@needs_fixtures
@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_html_report_in_headless_chromium(tmp_path):
    names = ["pid-sales-steering.docx", "es-promotional.pdf", "pid-no-exit.docx"]
    page = tmp_path / "report.html"
    page.write_text(render_html([reviewed(n) for n in names]), "utf-8")
    url = page.as_uri()

    dom = chromium(["--dump-dom", url]).stdout
    assert "<h1>jwreview report</h1>" in dom
    assert 'id="index"' in dom and 'id="doc-1"' in dom and 'id="doc-3"' in dom
    assert 'href="#doc-1-sales-roles">Key Account Manager, Kestrel Valley</a></mark>' in dom

    shot = tmp_path / "report.png"
    chromium(["--window-size=1200,1600", f"--screenshot={shot}", url])
    width, height = _png_size(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB

    # Visible and readable printed: what the browser prints holds the key elements' text.
    printed = tmp_path / "report.pdf"
    chromium([f"--print-to-pdf={printed}", "--no-pdf-header-footer", url])
    pdf = pdfium.PdfDocument(str(printed))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    text = " ".join(text.split())
    for expected in ("jwreview report", "Verdict: Fail", "Checklist", "Findings",
                     "Document text", "Key Account Manager, Kestrel Valley",
                     "sales-roles (red)", "missing: exit-strategy (red)"):
        assert expected in text, expected



def test_document_text_is_escaped_in_html_and_markdown():
    from reviewer.documents.text_reader import parse_text
    from reviewer.review import DocumentReview, review_text

    text = ("# Project Initiation Document\n"
            "Call <script>alert(1)</script> our *best* | drug [now](http://x).\n")
    analysis, findings = review_text(text, "pid")
    review = DocumentReview(path="<b>odd</b>.md", sha256=None, type="pid", type_confidence=1.0,
                            document=parse_text(text, "odd.md"), findings=findings)
    html = render_html([review])
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>odd</b>" not in html
    assert not _parse(html).external
    markdown = render_markdown([review])
    assert "<b>" not in markdown and "\\<b\\>odd\\</b\\>.md" in markdown
