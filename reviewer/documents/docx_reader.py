"""Word (.docx) submissions -> Document, using python-docx.

This is the only module that reaches below python-docx's public API into `docx.oxml`: the
public API skips content controls (w:sdt, common in NHS form templates) and does not expose
list numbering, and both matter for finding clauses and quoting their numbers.
"""

from __future__ import annotations

import weakref
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from reviewer.documents.builder import BlockBuilder, clean
from reviewer.documents.limits import Limits
from reviewer.documents.model import LIST_ITEM, PARAGRAPH, Coverage, Document, Unread
from reviewer.documents.package_guard import inspect_package
from reviewer.errors import CorruptDocument, EmptyDocument, NoTextLayer

BULLET_FORMATS = {"bullet", "none"}
EMU_PER_INCH = 914400
# A picture this big (both sides at least PICTURE_MIN_SIDE inches, area at least PICTURE_MIN_AREA
# square inches, about a sixth of an A4 page) may be a pasted page or a scanned table; a logo
# or a signature is far smaller and never counts as unread content.
PICTURE_MIN_SIDE = 2.0
PICTURE_MIN_AREA = 10.0
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
VML = "{urn:schemas-microsoft-com:vml}"


def read_docx(path: Path, limits: Limits) -> Document:
    package = inspect_package(path, limits)
    try:
        word = docx.Document(package.source)
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise CorruptDocument(path, "the Word file is damaged and cannot be opened") from exc

    builder = BlockBuilder()
    page = [1]
    unread: list[Unread] = []
    try:
        numbering = _Numbering(word)
        has_page_marks = _has_page_marks(word)
        for child in _body_children(word.element.body):
            if child.tag == qn("w:p"):
                _add_paragraph(Paragraph(child, word), builder, numbering, page, has_page_marks)
                for inner in _text_box_paragraphs(child):
                    builder.paragraph(Paragraph(inner, word).text, PARAGRAPH,
                                      page[0] if has_page_marks else None)
            elif child.tag == qn("w:tbl"):
                table = Table(child, word)
                builder.table(_table_rows(table), page=page[0] if has_page_marks else None)
            unread.extend(_unread_in(child, len(builder.blocks), page[0] if has_page_marks else None))
    except RecursionError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx parses lazily, so damage shows here
        raise CorruptDocument(
            path, "the Word file is damaged (part of its structure cannot be read)"
        ) from exc

    furniture = _furniture(word)
    title = _core_title(word) or _first_title(builder)
    notes = ()
    if package.has_macros:
        notes = ("the file contains macros; they were not run",)
    elif package.relabelled:
        notes = ("the file is a macro-enabled document or a template; only its text was read",)
    if not builder.blocks:
        if unread:
            raise NoTextLayer(path, "the Word document has no text, only pictures or embedded objects")
        raise EmptyDocument(path, "the Word document has no text")
    return Document(
        path=str(path),
        format="docx",
        blocks=tuple(builder.blocks),
        furniture=furniture,
        title=title,
        pages=page[0] if has_page_marks else None,
        notes=notes,
        coverage=Coverage(blocks=len(builder.blocks), unread=tuple(unread)),
    )


def _in_fallback(node) -> bool:
    """Inside mc:Fallback: Word's second copy of a drawing for old readers, never read twice."""
    node = node.getparent()
    while node is not None:
        if node.tag == MC_FALLBACK:
            return True
        node = node.getparent()
    return False


def _text_box_paragraphs(element) -> list:
    """Paragraphs typed in text boxes anchored in `element`; python-docx's text skips them."""
    return [
        p
        for box in element.iter(qn("w:txbxContent"))
        if not _in_fallback(box)
        for p in box.findall(qn("w:p"))
    ]


def _unread_in(element, blocks_so_far: int, page: int | None) -> list[Unread]:
    """Large pictures, charts and embedded objects in `element`: content with no text to read."""
    where = f"after ¶{blocks_so_far}" if blocks_so_far else "at the start"
    found = []
    for node in element.iter(qn("w:drawing"), qn("w:pict"), qn("w:object")):
        if _in_fallback(node):
            continue
        if node.tag == qn("w:object"):
            reason = "an embedded object (e.g. a spreadsheet); its content was not read"
            found.append(Unread("object", f"object {where}", reason, page))
            continue
        if _inside_object(node):
            continue  # the picture an embedded object shows of itself: counted once, above
        size = _drawing_size(node) if node.tag == qn("w:drawing") else _vml_size(node)
        if size is None:
            continue
        width, height = size
        if min(width, height) >= PICTURE_MIN_SIDE and width * height >= PICTURE_MIN_AREA:
            reason = f"{width:.1f} × {height:.1f} in; any text in it was not read"
            found.append(Unread("picture", f"picture {where}", reason, page))
    return found


def _inside_object(node) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == qn("w:object"):
            return True
        parent = parent.getparent()
    return False


def _drawing_size(drawing) -> tuple[float, float] | None:
    """Width and height in inches of a DrawingML picture or chart; None for a shape or text box."""
    if next(drawing.iter(qn("pic:pic"), qn("c:chart")), None) is None:
        return None
    for frame in drawing:  # wp:inline or wp:anchor
        extent = frame.find(qn("wp:extent"))
        if extent is not None:
            try:
                return int(extent.get("cx", 0)) / EMU_PER_INCH, int(extent.get("cy", 0)) / EMU_PER_INCH
            except ValueError:
                return None
    return None


def _vml_size(pict) -> tuple[float, float] | None:
    """Size in inches of an old-style (VML) picture from its shape's style="width:..;height:.."."""
    for shape in pict.iter(VML + "shape", VML + "rect"):
        if shape.find(VML + "imagedata") is None:
            continue
        style = dict(
            part.split(":", 1) for part in (shape.get("style") or "").split(";") if ":" in part
        )
        sizes = [_inches(style.get(key, "")) for key in ("width", "height")]
        if None not in sizes:
            return sizes[0], sizes[1]
    return None


def _inches(value: str) -> float | None:
    units = {"in": 1.0, "pt": 1 / 72, "cm": 1 / 2.54, "mm": 1 / 25.4, "px": 1 / 96}
    value = value.strip().lower()
    for unit, factor in units.items():
        if value.endswith(unit):
            try:
                return float(value[: -len(unit)]) * factor
            except ValueError:
                return None
    return None


def _body_children(element):
    """Body-level paragraphs and tables in order, looking inside content controls."""
    for child in element.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_children(content)


def _add_paragraph(paragraph: Paragraph, builder, numbering, page: list[int], has_marks: bool):
    element = paragraph._p
    breaks = len(element.findall(".//" + qn("w:lastRenderedPageBreak")))
    breaks += sum(
        1 for br in element.findall(".//" + qn("w:br")) if br.get(qn("w:type")) == "page"
    )
    if has_marks:
        page[0] += breaks
    text = paragraph.text
    if not text.strip():
        return
    style = _style_name(paragraph)
    level = _heading_level(paragraph, style, text)
    number, is_bullet = numbering.label(element)
    current = page[0] if has_marks else None
    if level:
        builder.heading(f"{number} {text}" if number else text, level, current, number)
    elif is_bullet or style.lower().startswith("list"):
        builder.paragraph(text, LIST_ITEM, current, number)
    else:
        builder.paragraph(f"{number} {text}" if number else text, PARAGRAPH, current, number)


def _heading_level(paragraph: Paragraph, style: str, text: str) -> int:
    lowered = style.lower()
    if lowered == "title":
        return 1
    if lowered.startswith("heading"):
        digits = "".join(ch for ch in lowered if ch.isdigit())
        return int(digits) if digits else 1
    outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if outline is not None and outline.get(qn("w:val"), "9").isdigit():
        level = int(outline.get(qn("w:val"))) + 1
        if level <= 6:
            return level
    # Many templates fake headings with bold text; treat a short, fully bold line as one.
    runs = [run for run in paragraph.runs if run.text.strip()]
    words = text.split()
    if (
        runs
        and len(words) <= 10
        and not text.rstrip().endswith((".", ";", ","))
        and all(run.bold for run in runs)
    ):
        return 2
    return 0


def _table_rows(table: Table) -> list[list[str]]:
    return _tbl_rows(table._tbl)


def _tbl_rows(tbl) -> list[list[str]]:
    """The text of each row's cells, a merged cell once per row.

    The cells are those of python-docx's `row.cells` (a cell continuing a vertical merge reads as
    the cell it continues; one spanning several grid columns counts once), taken from the XML
    elements without building a python-docx object per cell, grid column and paragraph, which
    made tables most of the time spent reading a .docx.
    """
    rows = []
    for tr in tbl.tr_lst:
        roots: list = []  # held, so identity tests on lxml proxies stay valid
        for tc in tr.tc_lst:
            while tc.vMerge == "continue":
                tc = tc._tc_above
            tc.grid_span  # noqa: B018 - as python-docx does: a malformed span is damage
            if not any(tc is seen for seen in roots):
                roots.append(tc)
        rows.append([_tc_text(tc) for tc in roots])
    return rows


def _tc_text(tc) -> str:
    parts = [p.text for p in tc.p_lst]
    for inner in tc.tbl_lst:
        parts.extend(" | ".join(row) for row in _tbl_rows(inner))
    return "\n".join(part for part in parts if part.strip())


def _furniture(word) -> tuple[str, ...]:
    seen: list[str] = []
    for section in word.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header, section.even_page_footer):
            try:
                if part.is_linked_to_previous and part is not section.header:
                    continue
                texts = [p.text for p in part.paragraphs]
                for table in part.tables:
                    texts.extend(" ".join(row) for row in _table_rows(table))
            except Exception:  # a damaged header part must not cost the whole review
                continue
            for text in texts:
                text = clean(text)
                if text and text not in seen:
                    seen.append(text)
    return tuple(seen)


def _core_title(word) -> str | None:
    try:
        return clean(word.core_properties.title or "") or None
    except Exception:  # noqa: BLE001 - damaged document properties only cost the title
        return None


def _style_name(paragraph: Paragraph) -> str:
    # `paragraph.style` scans every style in the document to find the id (twice for a paragraph
    # with no style: once more for the default), which made style lookup most of the time spent
    # reading a long .docx. The name depends only on the style id within one document part, so
    # it is looked up once per id and part.
    try:
        names = _STYLE_NAMES.setdefault(paragraph.part, {})
        style_id = paragraph._p.style
        if style_id not in names:
            names[style_id] = (paragraph.style.name if paragraph.style is not None else "") or ""
        return names[style_id]
    except Exception:  # noqa: BLE001 - a missing or damaged styles part: read as body text
        return ""


_STYLE_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _first_title(builder: BlockBuilder) -> str | None:
    for block in builder.blocks[:5]:
        if block.kind == "heading":
            return block.text
    return builder.blocks[0].text[:120] if builder.blocks else None


def _has_page_marks(word) -> bool:
    body = word.element.body
    return body.find(".//" + qn("w:lastRenderedPageBreak")) is not None or any(
        br.get(qn("w:type")) == "page" for br in body.iter(qn("w:br"))
    )


class _Numbering:
    """Reconstructs Word list numbers ("3.2") that python-docx does not expose.

    Only decimal-style levels are counted; bullets are reported as bullets. This is an
    approximation (restart and start-value overrides are honoured, exotic formats are not),
    which is enough to quote a clause as "7.2".
    """

    def __init__(self, word) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.starts: dict[tuple[str, int], int] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = word.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                start = lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, (fmt, start) in abstract.get(ref.get(qn("w:val")), {}).items():
                self.formats[(num.get(qn("w:numId")), ilvl)] = fmt
                self.starts[(num.get(qn("w:numId")), ilvl)] = start

    def label(self, p) -> tuple[str | None, bool]:
        """Return (number text or None, is_bullet) for paragraph element `p`."""
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            return None, False
        num_id_el = num_pr.find(qn("w:numId"))
        ilvl_el = num_pr.find(qn("w:ilvl"))
        if num_id_el is None:
            return None, False
        num_id = num_id_el.get(qn("w:val"))
        ilvl = int(ilvl_el.get(qn("w:val"), "0")) if ilvl_el is not None else 0
        fmt = self.formats.get((num_id, ilvl), "bullet")
        if fmt in BULLET_FORMATS:
            return None, True
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(self.starts.get((num_id, len(counters)), 1) - 1)
        del counters[ilvl + 1 :]
        counters[ilvl] += 1
        if fmt != "decimal":
            return None, True
        return ".".join(str(n) for n in counters), False
