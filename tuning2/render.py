"""Renderers for the tuning2 generator: a tiny block model -> .docx / .pdf / .md / .txt.

Block model (list of tuples):
  ('title', text) ('sub', text) ('h1', text) ('h2', text) ('p', text) ('note', text)
  ('bl', [items]) ('nl', [items]) ('kv', [(label, value)])  value may contain '\n' (multi-line cell)
  ('tbl', {'span': optional merged header text, 'head': [..], 'rows': [[..]], 'widths': [fractions]})
  ('sig', [(org, name, title)]) ('pb',)
Doc options: title, header, footer (text; 'Page x of y' appended), font ('Helvetica'|'Times'),
  columns (pdf: 1|2), title_page (list of lines) -- rendered before the body.
"""
import io, re, zipfile

FIXED_ZIP_DATE = (2025, 3, 14, 9, 30, 0)


def _plain(t):
    return re.sub(r'</?[bi]>', '', t)


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, opts, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    import datetime

    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Arial' if opts.get('font', 'Helvetica') == 'Helvetica' else 'Times New Roman'
    st.font.size = Pt(opts.get('size', 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 3, 14, 9, 30, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = opts.get('author', 'Project Office'); cp.last_modified_by = cp.author
    cp.title = opts.get('title', ''); cp.revision = 1

    def field(par, instr):
        r = par.add_run()
        f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
        r2 = par.add_run()
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

    if opts.get('header'):
        hp = sec.header.paragraphs[0]; hp.text = opts['header']
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs: r.font.size = Pt(8)
    if opts.get('footer') is not None:
        fp = sec.footer.paragraphs[0]
        fp.add_run((opts['footer'] + '    ') if opts['footer'] else '').font.size = Pt(8)
        fp.add_run('Page ').font.size = Pt(8); field(fp, 'PAGE')
        fp.add_run(' of ').font.size = Pt(8); field(fp, 'NUMPAGES')

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol)
        tcPr.append(s)

    def set_cell(cell, text, bold=False):
        lines = str(text).split('\n')
        cell.text = ''
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i: p = cell.add_paragraph()
            r = p.add_run(_plain(ln)); r.bold = bold

    if opts.get('title_page'):
        for i, ln in enumerate(opts['title_page']):
            p = d.add_paragraph(); r = p.add_run(ln)
            if i == 0: r.bold = True; r.font.size = Pt(20)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if opts.get('center_title', True) else WD_ALIGN_PARAGRAPH.LEFT
        d.add_page_break()

    for b in blocks:
        k = b[0]
        if k == 'title':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == 'sub':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif k == 'h1':
            d.add_heading(b[1], level=1)
        elif k == 'h2':
            d.add_heading(b[1], level=2)
        elif k == 'p':
            d.add_paragraph(_plain(b[1]))
        elif k == 'note':
            p = d.add_paragraph(); r = p.add_run(_plain(b[1])); r.font.size = Pt(8); r.italic = True
        elif k in ('bl', 'nl'):
            for it in b[1]:
                d.add_paragraph(_plain(it), style='List Bullet' if k == 'bl' else 'List Number')
        elif k == 'kv':
            t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for lab, val in b[1]:
                cells = t.add_row().cells
                set_cell(cells[0], lab, bold=True); shade(cells[0], 'DCE6F1'); set_cell(cells[1], val)
                cells[0].width = Cm(5); cells[1].width = Cm(11.5)
            d.add_paragraph()
        elif k == 'tbl':
            spec = b[1]; ncol = len(spec['head'])
            t = d.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
            if spec.get('span'):
                cells = t.add_row().cells
                m = cells[0].merge(cells[-1]); set_cell(m, spec['span'], bold=True); shade(m, 'B8CCE4')
            cells = t.add_row().cells
            for c, h in zip(cells, spec['head']): set_cell(c, h, bold=True); shade(c, 'DCE6F1')
            for row in spec['rows']:
                cells = t.add_row().cells
                for c, v in zip(cells, row): set_cell(c, v)
            d.add_paragraph()
        elif k == 'sig':
            t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for org, name, title in b[1]:
                cells = t.add_row().cells
                set_cell(cells[0], 'Signed for and on behalf of ' + org, bold=True)
                set_cell(cells[1], 'Signature: ______________________\nName: %s\nPosition: %s\nDate: ____________' % (name, title))
            d.add_paragraph()
        elif k == 'pb':
            d.add_page_break()
    buf = io.BytesIO(); d.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    with open(path, 'wb') as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- PDF
def render_pdf(blocks, opts, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, NextPageTemplate, ListFlowable, ListItem)
    from reportlab.pdfgen import canvas as rl_canvas

    font = opts.get('font', 'Helvetica')
    bold = font + '-Bold' if font == 'Helvetica' else 'Times-Bold'
    base = 'Times-Roman' if font == 'Times' else 'Helvetica'
    ital = 'Times-Italic' if font == 'Times' else 'Helvetica-Oblique'
    ss = getSampleStyleSheet()
    size = opts.get('size', 9.5)
    S = {
        'p': ParagraphStyle('p', parent=ss['Normal'], fontName=base, fontSize=size, leading=size * 1.3, spaceAfter=5),
        'title': ParagraphStyle('t', parent=ss['Title'], fontName=bold, fontSize=17, leading=21, alignment=0),
        'sub': ParagraphStyle('s', parent=ss['Normal'], fontName=ital, fontSize=size, leading=size * 1.3, spaceAfter=8),
        'h1': ParagraphStyle('h1', parent=ss['Heading2'], fontName=bold, fontSize=size + 3, leading=size * 1.6,
                             textColor=colors.HexColor(opts.get('accent', '#1F3864')), spaceBefore=8),
        'h2': ParagraphStyle('h2', parent=ss['Heading3'], fontName=bold, fontSize=size + 1, leading=size * 1.4, spaceBefore=5),
        'note': ParagraphStyle('n', parent=ss['Normal'], fontName=ital, fontSize=size - 2, leading=(size - 2) * 1.3),
        'cell': ParagraphStyle('c', parent=ss['Normal'], fontName=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        'cellb': ParagraphStyle('cb', parent=ss['Normal'], fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        'tp': ParagraphStyle('tp', parent=ss['Title'], fontName=bold, fontSize=22, leading=28),
        'tp2': ParagraphStyle('tp2', parent=ss['Normal'], fontName=base, fontSize=12, leading=17, alignment=1),
    }
    W, H = A4
    lm = rm = 2 * cm; tm = 2.3 * cm; bm = 2.2 * cm
    ncols = opts.get('columns', 1)
    gap = 0.7 * cm
    colw = (W - lm - rm - (gap if ncols == 2 else 0)) / ncols
    header = opts.get('header', ''); footer = opts.get('footer')

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for i, st in enumerate(self._saved):
                self.__dict__.update(st)
                if footer is not None and not (opts.get('title_page') and i == 0):
                    self.setFont(base, 7.5)
                    txt = (footer + '    ' if footer else '') + 'Page %d of %d' % (i + 1, n)
                    self.drawRightString(W - rm, 1.2 * cm, txt)
                if header and not (opts.get('title_page') and i == 0):
                    self.setFont(base, 7.5); self.drawString(lm, H - 1.3 * cm, header)
                    self.setLineWidth(0.4); self.line(lm, H - 1.45 * cm, W - rm, H - 1.45 * cm)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title=opts.get('title', ''), author=opts.get('author', 'Project Office'), creator='tuning2',
                          invariant=1)
    frames1 = [Frame(lm, bm, W - lm - rm, H - tm - bm, id='one')]
    frames2 = [Frame(lm, bm, colw, H - tm - bm, id='c1'), Frame(lm + colw + gap, bm, colw, H - tm - bm, id='c2')]
    templates = [PageTemplate(id='body', frames=frames2 if ncols == 2 else frames1)]
    story = []
    if opts.get('title_page'):
        templates.insert(0, PageTemplate(id='cover', frames=frames1))
        story.append(Spacer(1, 6 * cm))
        for i, ln in enumerate(opts['title_page']):
            story.append(Paragraph(esc(ln), S['tp'] if i == 0 else S['tp2']))
            story.append(Spacer(1, 0.3 * cm))
        story += [NextPageTemplate('body'), PageBreak()]
    doc.addPageTemplates(templates)
    avail = colw if ncols == 2 else (W - lm - rm)

    def P(t, s='cell'):
        return Paragraph(esc(t).replace('\n', '<br/>'), S[s])

    base_ts = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    for b in blocks:
        k = b[0]
        if k in ('title', 'sub', 'h1', 'h2', 'p', 'note'):
            story.append(Paragraph(esc(b[1]), S[k]))
        elif k in ('bl', 'nl'):
            items = [ListItem(Paragraph(esc(it), S['p']), leftIndent=12) for it in b[1]]
            story.append(ListFlowable(items, bulletType='bullet' if k == 'bl' else '1', start=None if k == 'nl' else '-',
                                      leftIndent=12, bulletFontSize=size - 1, bulletFontName=base))
        elif k == 'kv':
            data = [[P(l, 'cellb'), P(v)] for l, v in b[1]]
            t = Table(data, colWidths=[avail * 0.3, avail * 0.7])
            t.setStyle(TableStyle(base_ts + [('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E4ECF5'))]))
            story += [t, Spacer(1, 6)]
        elif k == 'tbl':
            spec = b[1]; ncol = len(spec['head']); data = []; ts = list(base_ts)
            if spec.get('span'):
                data.append([P(spec['span'], 'cellb')] + [''] * (ncol - 1))
                ts += [('SPAN', (0, 0), (-1, 0)), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#C5D5EA'))]
            hr = len(data)
            data.append([P(h, 'cellb') for h in spec['head']])
            ts.append(('BACKGROUND', (0, hr), (-1, hr), colors.HexColor('#E4ECF5')))
            for row in spec['rows']:
                data.append([P(v) for v in row])
            w = spec.get('widths') or [1.0 / ncol] * ncol
            t = Table(data, colWidths=[avail * f for f in w], repeatRows=hr + 1)
            t.setStyle(TableStyle(ts)); story += [t, Spacer(1, 6)]
        elif k == 'sig':
            data = [[P('Signed for and on behalf of ' + o, 'cellb'),
                     P('Signature: ____________________\nName: %s\nPosition: %s\nDate: ____________' % (n, tt))]
                    for o, n, tt in b[1]]
            t = Table(data, colWidths=[avail * 0.45, avail * 0.55]); t.setStyle(TableStyle(base_ts))
            story += [t, Spacer(1, 6)]
        elif k == 'pb':
            story.append(PageBreak())
    doc.build(story, canvasmaker=NumberedCanvas)


def esc(t):
    t = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return re.sub(r'&lt;(/?)([bi])&gt;', r'<\1\2>', t)


# ---------------------------------------------------------------- MD / TXT
def render_text(blocks, opts, path, md=True):
    out = []
    if opts.get('title_page'):
        out += [('# ' if md else '') + opts['title_page'][0]] + opts['title_page'][1:] + ['']
    if opts.get('header') and not md:
        out += [opts['header'], '=' * len(opts['header']), '']
    for b in blocks:
        k = b[0]
        if k == 'title': out += [('# ' if md else '') + b[1], '']
        elif k == 'sub': out += [('_%s_' % b[1]) if md else b[1], '']
        elif k == 'h1': out += [('## ' + b[1]) if md else b[1].upper(), '']
        elif k == 'h2': out += [('### ' + b[1]) if md else b[1], '']
        elif k in ('p', 'note'): out += [_plain(b[1]), '']
        elif k == 'bl': out += [('- ' if md else '  * ') + _plain(i) for i in b[1]] + ['']
        elif k == 'nl': out += ['%d. %s' % (n + 1, _plain(i)) for n, i in enumerate(b[1])] + ['']
        elif k == 'kv':
            if md:
                out += ['| Item | Detail |', '|---|---|'] + ['| %s | %s |' % (l, _plain(v).replace('\n', '<br>')) for l, v in b[1]] + ['']
            else:
                out += ['%s: %s' % (l, _plain(v).replace('\n', '; ')) for l, v in b[1]] + ['']
        elif k == 'tbl':
            spec = b[1]
            if spec.get('span'): out += [('**%s**' % spec['span']) if md else spec['span']]
            if md:
                out += ['| ' + ' | '.join(spec['head']) + ' |', '|' + '---|' * len(spec['head'])]
                out += ['| ' + ' | '.join(_plain(c).replace('\n', '<br>') for c in r) + ' |' for r in spec['rows']] + ['']
            else:
                out += [' | '.join(spec['head'])] + [' | '.join(_plain(c).replace('\n', '; ') for c in r) for r in spec['rows']] + ['']
        elif k == 'sig':
            for o, n, t in b[1]:
                out += ['Signed for and on behalf of %s' % o, 'Name: %s' % n, 'Position: %s' % t, 'Signature: ________  Date: ________', '']
        elif k == 'pb': out += ['', '---' if md else '', '']
    if opts.get('footer') and not md:
        out += ['', opts['footer']]
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out).rstrip() + '\n')
