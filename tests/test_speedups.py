"""Optimisations made for the batch benchmark give exactly the answers of the plain versions."""

import random

import docx
import pytest
from docx.text.paragraph import Paragraph

from reviewer.documents import docx_reader, pdf_reader


def _segments(rng, count, width):
    segs = []
    for _ in range(count):
        x0 = rng.choice([rng.uniform(0, width), float(rng.randint(0, int(width)))])
        x1 = x0 + rng.choice([rng.uniform(1, width / 2), float(rng.randint(1, 60))])
        segs.append(pdf_reader._Seg("text", x0, 0.0, x1, 10.0, 10.0, False))
    return segs


def test_gutter_search_matches_the_plain_scan():
    rng = random.Random(7)
    width = 595.0
    found = 0
    for _ in range(400):
        # Two columns with a little noise, or text scattered anywhere.
        if rng.random() < 0.5:
            segs = [pdf_reader._Seg("t", rng.uniform(50, 60), 0, rng.uniform(280, 290), 1, 10, False)
                    for _ in range(rng.randint(4, 40))]
            segs += [pdf_reader._Seg("t", rng.uniform(305, 315), 0, rng.uniform(530, 545), 1, 10,
                                     False) for _ in range(rng.randint(4, 40))]
            segs += _segments(rng, rng.randint(0, 4), width)
        else:
            segs = _segments(rng, rng.randint(0, 60), width)
        fast, slow = pdf_reader._gutter(segs, width), pdf_reader._gutter_slow(segs, width)
        assert fast == slow
        found += fast is not None
    assert found > 50  # the two-column cases really exercise the search


def test_zero_width_segments_take_the_plain_path():
    segs = [pdf_reader._Seg("t", 200.0, 0, 200.0, 1, 10, False)] * 3 + _segments(
        random.Random(1), 20, 595.0
    )
    assert pdf_reader._gutter(segs, 595.0) == pdf_reader._gutter_slow(segs, 595.0)


def test_cached_style_names_match_python_docx(fixtures_dir):
    word = docx.Document(str(fixtures_dir / "pid-compliant.docx"))
    paragraphs = [Paragraph(p, word) for p in word.element.body.iter(docx.oxml.ns.qn("w:p"))]
    assert paragraphs
    for paragraph in paragraphs:
        expected = (paragraph.style.name if paragraph.style is not None else "") or ""
        assert docx_reader._style_name(paragraph) == expected


# --- ruled tables from pypdfium2, one-call bounded text, XML table rows, joined patterns ------


def test_grid_tables_match_pdfplumber_on_the_pdf_fixtures(fixtures_dir):
    from collections import Counter

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    compared = 0
    for path in sorted(fixtures_dir.glob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:  # the damaged and encrypted fixtures
            continue
        with pdfplumber.open(str(path)) as plumber:
            for index in range(len(pdf)):
                page = pdf[index]
                width, height = page.get_size()
                kinds = Counter(obj.type for obj in page.get_objects(max_depth=1))
                segs = pdf_reader._segments(page)
                edges = None
                if kinds.get(pdfium_c.FPDF_PAGEOBJ_PATH, 0) >= pdf_reader.MIN_TABLE_PATHS:
                    edges = pdf_reader._grid_edges(page, height, kinds)
                page.close()
                if edges is None:
                    continue
                fast = pdf_reader._grid_tables(edges, segs, width, height, segs)
                assert fast is not None, f"{path.name} p.{index + 1} fell back to pdfplumber"
                slow = pdf_reader._tables(plumber.pages[index], height, segs)
                assert [t.rows for t in fast[0]] == [t.rows for t in slow[0]]
                assert fast[1] == slow[1]  # the same text is left outside the tables
                compared += bool(fast[0])
        pdf.close()
    assert compared >= 3  # pages that really hold ruled tables were compared


def test_bounded_text_in_one_call_matches_pypdfium2(fixtures_dir):
    import pypdfium2 as pdfium

    checked = 0
    for path in sorted(fixtures_dir.glob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:  # the damaged and encrypted fixtures
            continue
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            bounded = pdf_reader._BoundedText(textpage)
            for i in range(textpage.count_rects()):
                rect = textpage.get_rect(i)
                assert bounded(*rect) == textpage.get_text_bounded(*rect)
                checked += 1
            textpage.close()
            page.close()
        pdf.close()
    assert checked > 200


def _rows_via_python_docx(table):
    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            parts = [p.text for p in cell.paragraphs]
            for inner in cell.tables:
                parts.extend(" | ".join(r) for r in _rows_via_python_docx(inner))
            cells.append("\n".join(p for p in parts if p.strip()))
        rows.append(cells)
    return rows


def test_table_rows_from_xml_match_python_docx_with_merged_and_nested_cells(tmp_path):
    word = docx.Document()
    table = word.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # spans two grid columns
    table.cell(1, 2).merge(table.cell(3, 2))  # a vertical merge over three rows
    inner = table.cell(2, 0).add_table(rows=2, cols=2)
    inner.cell(1, 1).text = "nested"
    path = tmp_path / "merged.docx"
    word.save(str(path))
    table = docx.Document(str(path)).tables[0]
    expected = _rows_via_python_docx(table)
    assert docx_reader._table_rows(table) == expected
    assert expected[0][0] == "r0c0\nr0c1" and len(expected[0]) == 2
    assert expected[3][-1] == expected[1][-1]  # the continued cell reads as its origin


def test_table_rows_from_xml_match_python_docx_on_the_fixtures(fixtures_dir):
    tables = 0
    for path in sorted(fixtures_dir.glob("*.docx")):
        try:
            word = docx.Document(str(path))
        except Exception:  # noqa: BLE001 - the damaged fixtures
            continue
        for table in word.tables:
            assert docx_reader._table_rows(table) == _rows_via_python_docx(table)
            tables += 1
    assert tables > 10


def test_joined_patterns_match_exactly_when_one_pattern_does(fixtures_dir):
    import re

    from reviewer.analysis import analyse
    from reviewer.documents import load
    from reviewer.rules.catalogue import builtin_rules
    from reviewer.rules.checks.common import any_matcher, first_match

    sentences = [s.text for s in analyse(load(fixtures_dir / "pid-compliant.docx")).sentences]
    sentences += [s.text for s in analyse(load(fixtures_dir / "es-promotional.pdf")).sentences]
    hits = 0
    for rule in builtin_rules():
        for patterns in rule.patterns.values():
            joined = any_matcher(tuple(patterns))
            assert joined is not None
            for text in sentences:
                found = first_match(patterns, text) is not None
                assert (joined.search(text) is not None) == found
                hits += found
    assert hits > 100
    assert any_matcher((re.compile(r"(a)\1"), re.compile("b"))) is None  # back-reference
    assert any_matcher((re.compile("a", re.I), re.compile("b"))) is None  # different flags


def test_largest_files_are_scheduled_first(tmp_path):
    from reviewer import batch

    files = []
    for name, size in (("a.txt", 10), ("b.txt", 300), ("c.txt", 10), ("d.txt", 50)):
        (tmp_path / name).write_text("x" * size)
        files.append(tmp_path / name)
    files.append(tmp_path / "missing.txt")
    assert batch._largest_first(files, [0, 1, 2, 3, 4]) == [1, 3, 0, 2, 4]



# --- second round: term and pattern screens, distinct texts, sentences without an ending ------

SCREEN_FIXTURES = (
    "pid-compliant.docx", "es-promotional.pdf", "es-sales-contact.pdf", "pid-sales-steering.docx",
    "pid-sales-excluded.docx", "agreement-compliant.docx", "pid-exit-tbc.docx", "pid-dp-tbc.pdf",
    "pid-two-column.pdf", "concept-framework.docx",
)
# Text where lower-casing, case-insensitive matching or spaCy's whitespace tokens are unusual.
ODD_TEXTS = (
    "Our KEY  ACCOUNT\nMANAGER will attend. The key-account manager too.",
    "The \u017fales repre\u017fentative (KAM) leads; a kam does not.",
    "\u0130NDICATION: market share; the \u0131ncrease in \u015eales. Best-in-class!",
    "\u03a3ALES TEAM: \u03a3 of the budget is for sales representatives.",
    "Exit   strategy\u00a0and handover: TBC. Data\tprotection: none.",
    "  leading spaces and no full stop", "trailing space ", "A\nB", "e.g. no; approx. \u00a337,000",
    "Brand\u2122 and Product\u00ae are the market leader in sales uplift; NRx targets",
)


@pytest.fixture(scope="module")
def analyses():
    from pathlib import Path

    from reviewer.analysis import analyse
    from reviewer.documents import load
    from reviewer.documents.text_reader import parse_text

    fixtures_dir = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
    result = [analyse(load(fixtures_dir / name)) for name in SCREEN_FIXTURES]
    markdown = "# Project Initiation Document\n\n" + "\n\n".join(ODD_TEXTS)
    result.append(analyse(parse_text(markdown), "pid"))
    return result


def _rules(check=None):
    from reviewer.rules.catalogue import builtin_rules

    return [r for r in builtin_rules() if check is None or r.check == check]


def test_term_screen_keeps_every_sentence_the_phrase_matcher_matches(analyses):
    from reviewer.analysis import nlp
    from reviewer.rules.checks import terms

    tokenizer, matched = nlp.blank().tokenizer, 0
    for rule in _rules("terms_absent"):
        matcher = terms._matcher(rule.terms)
        for analysis in analyses:
            candidates = terms._term_candidates(rule.terms, analysis)
            for index, sentence in enumerate(analysis.sentences):
                found = bool(matcher(tokenizer(sentence.context)))
                assert not found or index in candidates, sentence.context
                matched += found
            assert len(candidates) < len(analysis.sentences) or len(analysis.sentences) < 5
    assert matched > 10


def test_required_literals_are_in_every_sentence_a_pattern_matches(analyses):
    from reviewer.rules.checks.common import required_literals

    screened = matched = 0
    for rule in _rules():
        for key, patterns in rule.patterns.items():
            for pattern in patterns:
                literals = required_literals((pattern,))
                if literals is None:
                    continue
                screened += 1
                for analysis in analyses:
                    for field in ("text", "context"):
                        rows = analysis.sentences_containing(literals, field)
                        for index, sentence in enumerate(analysis.sentences):
                            if pattern.search(getattr(sentence, field)):
                                matched += 1
                                assert index in rows, (rule.id, key, pattern.pattern, sentence)
    assert screened > 150 and matched > 500


def test_required_literals_read_the_pattern_right():
    import re

    from reviewer.rules.checks.common import required_literals

    def literals(pattern):
        return required_literals((re.compile(pattern, re.I),))

    assert literals(r"data\s+protection") == {"dataprotection"}  # whitespace is squashed away
    assert literals(r"\b(exit|handover)\b") == {"exit", "handover"}
    assert literals(r"\b(exit|handover) plan") == {"plan"}  # the longest, fewest literals win
    assert literals(r"no\s+(?:further\s+)?funding") == {"funding"}  # optional parts say nothing
    assert literals(r"[\u00ae\u2122]") == {"\u00ae", "\u2122"}
    assert literals(r"\d+\s*(?:k|\w)") is None  # nothing literal is required
    assert literals(r"(?:exit|\d+)") is None  # one branch without a literal


def test_screened_rules_give_the_plain_verdicts(analyses, monkeypatch):
    from reviewer.rules.checks import clause, contributions, terms
    from reviewer.rules.checks.common import first_match

    checks = {"terms_absent": terms.terms_absent, "clause_present": clause.clause_present}

    def verdicts():
        return [
            (rule.id, checks[rule.check](rule, analysis))
            for analysis in analyses for rule in _rules() if rule.check in checks
        ]

    checks["every_party_contributes"] = contributions.every_party_contributes
    fast = verdicts()
    plain_quiet = clause._quiet_test
    monkeypatch.setattr(clause, "_quiet_test", lambda rule, analysis=None: plain_quiet(rule))
    monkeypatch.setattr(terms, "_term_candidates", lambda t, a: set(range(len(a.sentences))))
    monkeypatch.setattr(terms, "_screen_rows", lambda a, p: range(len(a.sentences)))
    monkeypatch.setattr(contributions, "_strong_cue", lambda rule, analysis: lambda text: bool(
        first_match(rule.pattern("strong"), text)))
    assert verdicts() == fast
    assert len(fast) > 50


def test_distinct_texts_are_scored_to_the_same_bits(analyses):
    import numpy as np

    from reviewer.analysis import classifier

    model = classifier.default()
    if model is None:
        pytest.skip("no clause model installed")
    texts = [s.context for a in analyses for s in a.sentences]
    assert len(set(texts)) < len(texts)  # repeats really occur
    assert np.array_equal(model.predict_proba_distinct(texts), model.predict_proba(texts))
    analysis = analyses[0]
    for label in model.labels:
        assert analysis.clause_probabilities(label) == [
            analysis.clause_probability(s, label) for s in analysis.sentences
        ]


def test_sentences_split_as_spacy_splits_them(analyses):
    from reviewer.analysis import sentences

    texts = [b.text for a in analyses for b in a.document.blocks] + list(ODD_TEXTS)
    texts += ["", " ", "one\ntwo", "No ending at all", "Ends with a stop.", "\u0589 Armenian"]
    plain = sentences._sentence_spans_each(texts)
    assert sentences._sentence_spans(texts) == plain
    assert sum(len(s) == 1 and s[0] == (t, 0) for s, t in zip(plain, texts, strict=True)) > 100


def test_ignorecase_matches_what_the_squashed_search_finds():
    import re
    import sys

    from reviewer.analysis import _squash
    from reviewer.rules.checks.common import _plain

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    # (_plain accepts only symbols and punctuation, none of which is \w or whitespace.)
    plain = [c for c in re.findall(r"[^\w\s]", every[128:]) if _plain(c)]
    # No other character matches a caseless symbol under IGNORECASE ...
    # (A character without case, c.lower() == c.upper() == c, matches only itself.)
    symbols = re.compile("[" + "".join(map(re.escape, plain)) + "]", re.I)
    cased = "".join(c for c in every if not c.lower() == c == c.upper())
    assert symbols.findall(cased) == []
    # ... and whatever matches an ASCII letter squashes to one letter that it matches.
    letters = re.compile("[a-z]", re.I).findall(every)
    assert len(letters) > 52  # 'ı', 'ſ', 'İ' and the Kelvin sign besides a-z and A-Z
    for c in letters:
        assert len(_squash(c)) == 1 and re.fullmatch(re.escape(_squash(c)), c, re.I), c
