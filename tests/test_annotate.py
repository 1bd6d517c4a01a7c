"""Annotated copies: Word comments on the evidence runs, PDF highlights with pop-up notes."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil

import docx
import pypdf
import pypdfium2 as pdfium
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from report_support import (
    FIXTURES,
    SOFFICE,
    anchored_comments,
    fixture_names,
    reviewed,
    soffice_to_pdf,
    squash,
)

from reviewer.cli import main
from reviewer.documents import load
from reviewer.report.anchors import EVIDENCE, HEADING_ANCHOR, TITLE_ANCHOR, spans_for
from reviewer.report.annotate import CannotAnnotate, annotate
from reviewer.report.annotate_docx import annotate_docx
from reviewer.report.annotate_pdf import annotate_pdf
from reviewer.review import DocumentReview
from reviewer.rules.finding import FAIL, Evidence, Finding

needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="fixtures/documents missing")


def _expected_anchor(review, span) -> str:
    """What the comment should cover: the evidence characters, or the whole heading/title."""
    block = review.document.blocks[span.block]
    return squash(block.text[span.start : span.end])


@needs_fixtures
@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in fixture_names() if n.endswith(".docx")])
def test_every_docx_fixture_gets_one_comment_per_problem_place(name, tmp_path):
    review = reviewed(name)
    if review.error is not None:
        with pytest.raises(CannotAnnotate):
            annotate(review)
        return
    if review.document.format != "docx":  # a PDF named .docx gets an annotated PDF
        assert annotate(review).suffix == ".pdf"
        return
    before = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
    result = annotate_docx(review)
    assert hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest() == before
    copy = tmp_path / f"{name}.reviewed.docx"
    copy.write_bytes(result.data)
    comments = anchored_comments(copy)

    expected = []
    for finding in review.findings:
        for n, span in enumerate(spans_for(finding, review.document)):
            expected.append((finding, span, n))
    assert len(comments) == len(expected) == result.comments
    assert not result.notes
    for (anchored, text, author), (finding, span, n) in zip(comments, expected, strict=True):
        assert author == "jwreview"
        assert text.startswith(f"{finding.rule}: {finding.title} [{finding.severity.upper()}")
        want = _expected_anchor(review, span)
        # a list number docx_reader put in front of a block is not text in the Word file
        assert squash(anchored) and want.endswith(squash(anchored)), (anchored, want)
        if n == 0:
            assert "What is wrong:" in text and "What to do:" in text and "Source:" in text
        if span.kind != EVIDENCE:
            assert "Model clause:" in text


@needs_fixtures
def test_marks_sit_on_the_labelled_evidence(labels, tmp_path):
    """Where a rule quoted the passage labels.json names, the comment/highlight is on it."""
    checked = 0
    for name, label in labels.items():
        for rule, quote in (label.get("evidence") or {}).items():
            review = reviewed(name)
            if review.error is not None:
                continue
            finding = next(f for f in review.findings if f.rule == rule)
            quote = squash(quote).lower()
            if not finding.is_problem or not any(
                quote in squash(e.text).lower() for e in finding.evidence
            ):
                continue  # whether the rule finds it is tested with the rules
            copy = tmp_path / name
            if review.document.format == "docx":
                copy.write_bytes(annotate_docx(review).data)
                marked = [a for a, text, _ in anchored_comments(copy)
                          if text.startswith(f"{rule}:")]
            else:
                copy.write_bytes(annotate_pdf(review).data)
                marked = [under for contents, under, _, _ in _highlighted_text(copy)
                          if contents.startswith(rule)]
            # compared without spaces: a PDF text layer spaces out kerned apostrophes
            assert any(quote.replace(" ", "") in "".join(m.split()).lower() for m in marked), (
                name, rule, marked)
            checked += 1
    assert checked >= 3


@needs_fixtures
def test_missing_clause_is_pinned_on_its_heading_or_the_title(tmp_path):
    cases = {
        "pid-confidentiality-empty-heading.docx": ("confidentiality", "10. Confidentiality"),
        "pid-no-exit.docx": ("exit-strategy", "Project Initiation Document"),
    }
    for name, (rule, where) in cases.items():
        review = reviewed(name)
        finding = next(f for f in review.findings if f.rule == rule)
        assert finding.is_problem
        span = spans_for(finding, review.document)[0]
        assert span.kind in (EVIDENCE, HEADING_ANCHOR, TITLE_ANCHOR)
        copy = tmp_path / name
        copy.write_bytes(annotate_docx(review).data)
        anchored, text, _ = next(c for c in anchored_comments(copy) if c[1].startswith(rule))
        assert anchored == where
        if name == "pid-no-exit.docx":
            assert span.kind == TITLE_ANCHOR
            assert "Model clause: Exit strategy:" in text


def _hand_made_docx(path):
    """Evidence that starts and ends inside runs, crosses formatting, numbering and paragraphs."""
    word = docx.Document()
    word.add_heading("Project Initiation Document", 0)
    p = word.add_paragraph("Our ")
    p.add_run("best-in-class").bold = True
    marked = p.add_run(" medicine will drive uptake")
    marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run(" across the region. Then more text.")
    word.add_paragraph("Exit strategy to be agreed later.", style="List Number")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Role"
    table.cell(1, 0).text = "Daniel Frost"
    cell = table.cell(1, 1)
    cell.paragraphs[0].add_run("Key Account ")
    cell.paragraphs[0].add_run("Manager")
    cell.add_paragraph("North region")
    numbered = word.add_paragraph("Confidentiality: standard terms apply.")
    num_pr = OxmlElement("w:numPr")  # a real Word list number, which the block text shows
    for tag, value in (("w:ilvl", "0"), ("w:numId", _decimal_list(word))):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    numbered._p.get_or_add_pPr().append(num_pr)
    linked = word.add_paragraph("Contact ")
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("w:anchor"), "top")
    hyperlink.append(copy.deepcopy(linked.add_run("the sales team")._r))
    linked._p.remove(linked.runs[-1]._r)
    linked._p.append(hyperlink)
    linked.add_run(" for details.")
    word.save(path)


def _decimal_list(word) -> str:
    from reviewer.documents.docx_reader import _Numbering

    return next(num for (num, level), fmt in _Numbering(word).formats.items()
                if fmt == "decimal" and level == 0)


def _finding(rule, evidence):
    return Finding(rule=rule, title=rule.title(), severity="red", outcome=FAIL, message="m",
                   remediation="fix it", source="CODE-20", evidence=tuple(evidence),
                   model_clause="A model clause.")


def _evidence(document, block_text_part, which=None):
    for i, block in enumerate(document.blocks):
        at = block.text.find(block_text_part)
        if at >= 0 and (which is None or which == i):
            return Evidence(block_text_part, block.location, 1.0, block=i, start=at,
                            end=at + len(block_text_part), supports=FAIL)
    raise AssertionError(f"{block_text_part!r} not in any block")


def test_runs_are_split_exactly_at_the_evidence_and_formatting_survives(tmp_path):
    source = tmp_path / "made.docx"
    _hand_made_docx(source)
    document = load(source)
    assert any(b.text == "1 Confidentiality: standard terms apply." for b in document.blocks)
    quotes = ["best-in-class medicine will drive", "to be agreed",
              "Key Account Manager North", "Frost", "1 Confidentiality: standard",
              "the sales team for"]
    findings = [_finding(f"rule-{n}", [_evidence(document, q)]) for n, q in enumerate(quotes)]
    review = DocumentReview(path=str(source), sha256=None, document=document, findings=findings)
    result = annotate_docx(review)
    copy = tmp_path / "made.reviewed.docx"
    copy.write_bytes(result.data)

    anchored = [a for a, _, _ in anchored_comments(copy)]
    assert anchored == ["best-in-class medicine will drive", "to be agreed",
                        "Key Account Manager\nNorth", "Frost", "Confidentiality: standard",
                        "the sales team for"]
    word = docx.Document(str(copy))
    paragraph = word.paragraphs[1]
    assert paragraph.text == ("Our best-in-class medicine will drive uptake across the region. "
                              "Then more text.")
    assert [r.text for r in paragraph.runs if r.bold] == ["best-in-class"]
    yellow = [r.text for r in paragraph.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "".join(yellow) == " medicine will drive uptake"
    assert word.paragraphs[2].text == "Exit strategy to be agreed later."
    assert word.tables[0].cell(1, 1).text == "Key Account Manager\nNorth region"
    assert word.paragraphs[3].text == "Confidentiality: standard terms apply."
    assert word.paragraphs[4].text == "Contact the sales team for details."
    # the original is untouched
    assert [c for c in docx.Document(str(source)).comments] == []


def test_unplaceable_evidence_falls_back_to_the_first_paragraph_with_a_note(tmp_path):
    source = tmp_path / "made.docx"
    _hand_made_docx(source)
    document = load(source)
    evidence = Evidence("x", document.blocks[1].location, 1.0, block=1, start=0, end=3)
    other = tmp_path / "other.docx"
    word = docx.Document()
    word.add_paragraph("Something else entirely.")
    word.save(other)
    review = DocumentReview(path=str(other), sha256=None, document=document,
                            findings=[_finding("rule-a", [evidence])])
    result = annotate_docx(review)
    assert result.comments == 1 and "could not be found" in result.notes[0]


@needs_fixtures
@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                    "(apt-get install libreoffice-writer-nogui)")
def test_libreoffice_opens_the_annotated_copy_and_sees_the_comments(tmp_path):
    review = reviewed("pid-sales-steering.docx")
    copy = tmp_path / "pid-sales-steering.reviewed.docx"
    copy.write_bytes(annotate_docx(review).data)
    pdf = soffice_to_pdf(copy, tmp_path / "out", tmp_path / "lo-profile")
    assert pdf.is_file()
    notes = [
        annotation.get_object()
        for page in pypdf.PdfReader(pdf).pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Text"
    ]
    problems = [f for f in review.findings if f.is_problem]
    assert len(notes) == sum(len(spans_for(f, review.document)) for f in problems)
    assert all(str(n["/Contents"]).startswith("sales-roles:") for n in notes)
    assert "jwreview" in str(notes[0].get("/T"))


def _highlighted_text(pdf_path):
    """(contents, text under the highlight, has popup) per Highlight annotation."""
    out = []
    reader = pypdf.PdfReader(pdf_path)
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for number, page in enumerate(reader.pages):
            textpage = pdf[number].get_textpage()
            for ref in page.get("/Annots") or []:
                annotation = ref.get_object()
                if annotation.get("/Subtype") != "/Highlight":
                    continue
                quads = [float(v) for v in annotation["/QuadPoints"]]
                under = []
                for i in range(0, len(quads), 8):
                    left, top, right, _, _, bottom = quads[i : i + 6]
                    under.append(textpage.get_text_bounded(left, bottom, right, top))
                popup = annotation.get("/Popup")
                out.append((str(annotation["/Contents"]), squash(" ".join(under)),
                            popup is not None and popup.get_object()["/Subtype"] == "/Popup",
                            str(annotation.get("/T"))))
            textpage.close()
    finally:
        pdf.close()
    return out


@needs_fixtures
@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in fixture_names() if n.endswith(".pdf")])
def test_every_pdf_fixture_gets_a_highlight_per_problem_place(name, tmp_path):
    review = reviewed(name)
    if review.error is not None:
        with pytest.raises(CannotAnnotate):
            annotate(review)
        return
    result = annotate_pdf(review)
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(result.data)
    places = [(f, s) for f in review.findings for s in spans_for(f, review.document)]
    highlights = _highlighted_text(copy)
    assert len(highlights) == result.highlights == len(places)
    assert not result.notes
    for (contents, under, has_popup, author), (finding, span) in zip(highlights, places,
                                                                      strict=True):
        assert contents.startswith(finding.rule) and has_popup and author == "jwreview"
        # letters and digits only: bounded text extraction spaces out or repeats some symbols
        quote = re.sub(r"\W", "", _expected_anchor(review, span))
        under = re.sub(r"\W", "", under)
        # the highlight starts and ends on the quote (its boxes may catch a neighbour's edge)
        assert quote[:12] in under and quote[-12:] in under, (quote, under)


@needs_fixtures
def test_pdf_quote_missing_from_text_layer_gets_a_note(tmp_path):
    review = reviewed("es-promotional.pdf")
    document = review.document
    evidence = Evidence("zzz", document.blocks[0].location, 1.0, block=0, start=0, end=3)
    fake = DocumentReview(path=review.path, sha256=None, document=document,
                          findings=[_finding("rule-x", [evidence])])
    # the block text is real, so point it at text the PDF does not have
    from dataclasses import replace

    blocks = list(document.blocks)
    blocks[0] = replace(blocks[0], text="Text that is nowhere in this PDF at all")
    fake.document = replace(document, blocks=tuple(blocks))
    result = annotate_pdf(fake)
    assert result.highlights == 0 and "could not be highlighted" in result.notes[0]
    reader = pypdf.PdfReader(__import__("io").BytesIO(result.data))
    sticky = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert sticky[0]["/Subtype"] == "/Text" and "Could not be highlighted" in sticky[0]["/Contents"]


@needs_fixtures
def test_cli_annotate_single_file_and_folder(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("pid-sales-steering.docx", "es-promotional.pdf", "pdf-named.docx", "empty.txt"):
        shutil.copy(FIXTURES / name, inputs / name)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}

    out = tmp_path / "single.docx"
    code = main([str(inputs / "pid-sales-steering.docx"), "--annotate", str(out), "-q"])
    assert code == 1 and len(anchored_comments(out)) == 2

    assert main([str(inputs), "--annotate", str(out), "-q"]) == 2  # one file only

    folder = tmp_path / "annotated"
    main([str(inputs), "--annotate-dir", str(folder), "-q", "--format", "json",
          "-o", str(tmp_path / "r.json")])
    made = sorted(p.name for p in folder.iterdir())
    # the real format decides the suffix: pdf-named.docx is a PDF inside
    assert made == ["es-promotional.reviewed.pdf", "pdf-named.reviewed.pdf",
                    "pid-sales-steering.reviewed.docx"]
    assert "no annotated copy of" in capsys.readouterr().err
    assert digests == {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                       for p in inputs.iterdir()}
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["documents"]
