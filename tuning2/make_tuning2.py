#!/usr/bin/env python
"""Generate the jwreview 'tuning2' labelled document set (48 documents, split dev).

Run from /work/main:  /work/venv/bin/python tuning2/make_tuning2.py          (writes documents + labels.json)
                      /work/venv/bin/python tuning2/make_tuning2.py --check  (re-opens every file and verifies)
Deterministic: fixed seeds/dates, docx zip timestamps fixed, reportlab invariant mode.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import AREAS, COMPANIES, NHS
from rules_text import Ctx
from builders import build_pid, build_agr, build_es, build_cf, build_out, build_amd, build_unknown
from render import render_docx, render_pdf, render_text

OUT = os.path.join(HERE, 'documents')
RULES = ['exit-strategy', 'confidentiality', 'data-protection', 'resource-contributions', 'legal-entities',
         'promotional-language', 'sales-roles', 'patient-benefit', 'measurable-outcomes', 'transparency']
APPLIES = {
    'exit-strategy': {'pid', 'agreement'}, 'confidentiality': {'pid', 'agreement'},
    'data-protection': {'pid', 'agreement', 'executive-summary'},
    'resource-contributions': {'pid', 'agreement', 'executive-summary', 'concept-framework'},
    'legal-entities': {'agreement'}, 'promotional-language': None, 'sales-roles': None,
    'patient-benefit': {'pid', 'agreement', 'executive-summary', 'concept-framework', 'outcomes-summary'},
    'measurable-outcomes': {'pid', 'agreement', 'outcomes-summary'},
    'transparency': {'pid', 'agreement', 'executive-summary', 'outcomes-summary'},
}
WARN = {('confidentiality', 'std'), ('data-protection', 'gdpr'), ('data-protection', '1998'),
        ('measurable-outcomes', 'qual'), ('sales-roles', 'contact')}
PASSV = {'pass', 'nearmiss', 'nice', 'excl'}
WHY = {
    ('exit-strategy', 'tbc'): 'exit field is a placeholder "[to be confirmed]"',
    ('exit-strategy', 'na'): 'exit field reads "N/A"',
    ('exit-strategy', 'empty'): 'exit heading/row present but its body is empty',
    ('exit-strategy', 'neg'): 'negation: "No exit arrangements have been agreed at this stage"',
    ('exit-strategy', 'enddate'): 'only an end date in the Term clause; no termination/exit clause anywhere',
    ('exit-strategy', 'discuss'): 'only "the parties will discuss next steps"',
    ('exit-strategy', 'nearmiss'): 'PASS near-miss: "termination of the previous contract" sits beside a real notice/continuity clause',
    ('confidentiality', 'std'): 'bare "standard confidentiality" wording only',
    ('confidentiality', 'tbc'): 'Confidentiality clause body is "[to be confirmed]"',
    ('confidentiality', 'neg'): 'negation: no confidentiality obligations agreed',
    ('data-protection', 'gdpr'): 'only "GDPR compliant"',
    ('data-protection', '1998'): 'cites the outdated Data Protection Act 1998 only',
    ('data-protection', 'pid'): 'company receives a monthly extract with NHS numbers and dates of birth (identifiable data)',
    ('data-protection', 'controller'): 'company is data controller and hosts patient-level data',
    ('data-protection', 'tbc'): 'ES mentions searching records/sharing patient data; "Data protection arrangements: TBC"',
    ('data-protection', 'absent'): 'no data-protection content at all',
    ('resource-contributions', 'onlyco'): 'only the company contribution is stated; NHS contribution absent',
    ('resource-contributions', 'asreq'): 'NHS contribution is only "as required"',
    ('resource-contributions', 'tbc'): 'NHS contribution row is "TBC"',
    ('legal-entities', 'individual'): 'second party is a named consultant, not the Trust',
    ('legal-entities', 'team'): 'second party is a department/team, not a legal entity',
    ('legal-entities', 'ics'): 'party is "the ... Integrated Care System" (not a contracting body)',
    ('legal-entities', 'pcn'): 'party is a Primary Care Network with no lead practice/federation vehicle',
    ('promotional-language', 'uptake'): 'aim/benefit to support/increase uptake of a named brand',
    ('promotional-language', 'superlative'): 'brand name with "best-in-class" claim, offered to every patient',
    ('promotional-language', 'pullthrough'): '"pull-through for the ... brand"',
    ('promotional-language', 'share'): 'reports brand share of prescriptions as a result',
    ('promotional-language', 'brandplan'): 'action to align with the brand plan / share of voice',
    ('promotional-language', 'switch'): 'amendment extends clinics to switch patients to the brand',
    ('promotional-language', 'nice'): 'PASS near-miss: neutral product-agnostic mention in line with NICE',
    ('sales-roles', 'kam'): 'Key Account Manager is a steering group member',
    ('sales-roles', 'rbm'): 'Regional Business Manager recruits practices and presents findings',
    ('sales-roles', 'tm'): 'Territory Manager is on the proposed project team',
    ('sales-roles', 'asm'): 'Area Sales Manager coordinated delivery (clinic bookings)',
    ('sales-roles', 'contact'): 'company contact listed is a Key Account Manager (contact only)',
    ('sales-roles', 'excl'): 'PASS near-miss: sentence excluding sales/marketing staff',
    ('patient-benefit', 'nhsonly'): 'benefits/objectives are NHS (and company) only; no patient benefit stated',
    ('patient-benefit', 'na'): 'patient benefit stated as "N/A"',
    ('patient-benefit', 'uptake'): 'only "benefit" is increased uptake of a product',
    ('measurable-outcomes', 'qual'): 'outcomes only qualitative/monitored, no numbers or targets',
    ('measurable-outcomes', 'tbc'): '"Key performance indicators: TBC"',
    ('measurable-outcomes', 'agree'): 'success measures "to be agreed" (placeholder)',
    ('transparency', 'internal'): 'marked internal / not for publication; no publication commitment',
    ('transparency', 'discretion'): 'publication only "at the company\'s discretion"',
    ('transparency', 'tbc'): '"Publication plans: TBC"',
    ('transparency', 'absent'): 'no publication/disclosure commitment anywhere',
}

LOC = {'exit-strategy': 'exit / termination / ending section', 'confidentiality': 'confidentiality or information governance section',
       'data-protection': 'information governance / data protection text', 'resource-contributions': 'resources / contributions table or financial arrangements',
       'legal-entities': 'parties clause at the top (and signature block)', 'promotional-language': 'aims, objectives, results or actions',
       'sales-roles': 'governance/team table, roles clause, amendment or contacts', 'patient-benefit': 'expected benefits / objectives / results',
       'measurable-outcomes': 'outcome measures / results', 'transparency': 'communications / publication section or document marking'}

# name, type, format, style, area, company, nhs, variants, extras
SPECS = [
 ('PID - HF Medicines Optimisation v0.3.docx', 'pid', 'docx', 'form', 'hf', 'halvora', 'northmoor', {'resource-contributions': 'onlyco', 'transparency': 'internal'}, {'ver': '0.3'}),
 ('Northmoor_COPD_PID_v1.2_FINAL.pdf', 'pid', 'pdf', 'prose', 'copd', 'brindle', 'kelsham', {'exit-strategy': 'tbc'}, {'ver': '1.2', 'title_page': 1}),
 ('pid-fracture-liaison-draft2.docx', 'pid', 'docx', 'bullets', 'frac', 'ashcombe', 'calderholm', {'data-protection': 'gdpr', 'measurable-outcomes': 'qual'}, {'ver': '0.2'}),
 ('PID Lipid Optimisation (ICB) v2.pdf', 'pid', 'pdf', 'prose', 'lipid', 'pellanor', 'ashdown', {'confidentiality': 'std', 'patient-benefit': 'nhsonly'}, {'ver': '2.0', 'columns': 2}),
 ('T2D_structured_care_PID.md', 'pid', 'md', 'bullets', 't2d', 'tessaly', 'tanrith', {'promotional-language': 'uptake', 'data-protection': 'absent'}, {'ver': '0.4'}),
 ('Project Initiation Document - AF Detection rev4.docx', 'pid', 'docx', 'form', 'af', 'ostrey', 'strathmorven', {'exit-strategy': 'neg', 'sales-roles': 'kam'}, {'ver': '4', 'region': 'scot'}),
 ('CKD case finding PID v0.9.pdf', 'pid', 'pdf', 'form', 'ckd', 'corrivan', 'hollinsdale', {'exit-strategy': 'na', 'confidentiality': 'neg'}, {'ver': '0.9'}),
 ('Psoriasis Virtual Triage - Project Initiation Document.docx', 'pid', 'docx', 'prose', 'pso', 'meridale', 'calderholm', {'data-protection': 'pid', 'transparency': 'absent'}, {'title_page': 1}),
 ('PID_T2D_Fenbridge_v1.0.pdf', 'pid', 'pdf', 'form', 't2d', 'tessaly', 'fenbridge', {'resource-contributions': 'tbc', 'measurable-outcomes': 'qual', 'sales-roles': 'excl'}, {'title_page': 1}),
 ('Dogfen Cychwyn Prosiect - PID HF Caerwen v1.1.docx', 'pid', 'docx', 'welsh', 'hf', 'halvora', 'caerwen', {'exit-strategy': 'empty', 'measurable-outcomes': 'tbc'}, {'ver': '1.1', 'region': 'wales'}),
 ('PID COPD Bryn Aled v3 (final).pdf', 'pid', 'pdf', 'welsh', 'copd', 'brindle', 'bryn', {'promotional-language': 'nice'}, {'ver': '3.0', 'region': 'wales', 'font': 'Times'}),
 ('PID - Lipid clinic Hollinsdale v1.docx', 'pid', 'docx', 'scot', 'lipid', 'pellanor', 'hollinsdale', {}, {}),

 ('Joint Working Agreement - Northmoor HF (signed).docx', 'agreement', 'docx', 'legal', 'hf', 'halvora', 'northmoor', {'legal-entities': 'individual', 'measurable-outcomes': 'qual'}, {'jw': 1, 'title_page': 1}),
 ('CWA_Kelsham_COPD_v2.pdf', 'agreement', 'pdf', 'legal', 'copd', 'brindle', 'kelsham', {'confidentiality': 'std', 'resource-contributions': 'asreq'}, {'ver': '2', 'party2': 'the Trust'}),
 ('Collaborative Working Agreement Calderholm FLS.docx', 'agreement', 'docx', 'plain', 'frac', 'ashcombe', 'calderholm', {'exit-strategy': 'enddate', 'transparency': 'discretion'}, {}),
 ('Agreement_RespiratoryTeam_Kelsham_2025.pdf', 'agreement', 'pdf', 'plain', 'copd', 'brindle', 'kelsham', {'legal-entities': 'team', 'data-protection': '1998'}, {'team': 'the Respiratory Team, Kelsham General Hospital', 'nhs_as': 'the Respiratory Team, Kelsham General Hospital', 'nhs_short': 'the Respiratory Team', 'party2': 'the Respiratory Team'}),
 ('JWA Strathmorven AF - execution version.docx', 'agreement', 'docx', 'legal', 'af', 'ostrey', 'strathmorven', {'exit-strategy': 'nearmiss'}, {'jw': 1, 'region': 'scot', 'party2': 'the Board', 'title_page': 1}),
 ('ICS Lipid Collaboration Agreement v0.4.pdf', 'agreement', 'pdf', 'plain', 'lipid', 'pellanor', 'ashdown', {'legal-entities': 'ics', 'confidentiality': 'std'}, {'ver': '0.4', 'columns': 2, 'nhs_as': 'the Ashdown and Wyre Integrated Care System', 'nhs_short': 'the ICS', 'party2': 'the ICS'}),
 ('collaborative-working-agreement-ckd.txt', 'agreement', 'txt', 'plain', 'ckd', 'corrivan', 'hollinsdale', {'exit-strategy': 'discuss', 'measurable-outcomes': 'agree'}, {}),
 ('Agreement - Brookfield PCN diabetes.docx', 'agreement', 'docx', 'plain', 't2d', 'tessaly', 'tanrith', {'legal-entities': 'pcn', 'transparency': 'absent', 'promotional-language': 'nice'}, {'nhs_as': 'Brookfield and Laneside Primary Care Network', 'nhs_short': 'the PCN', 'party2': 'the PCN'}),
 ('Caerwen Joint Working Agreement HF v1.pdf', 'agreement', 'pdf', 'legal', 'hf', 'halvora', 'caerwen', {'confidentiality': 'tbc', 'patient-benefit': 'na'}, {'jw': 1, 'region': 'wales', 'party2': 'the Health Board', 'title_page': 1}),
 ('CWA CKD Hollinsdale v3 clean.docx', 'agreement', 'docx', 'legal', 'ckd', 'corrivan', 'hollinsdale', {'data-protection': 'controller', 'sales-roles': 'rbm'}, {'ver': '3', 'party2': 'the ICB'}),
 ('Dermatology JWA Calderholm - v1.3.pdf', 'agreement', 'pdf', 'legal', 'pso', 'meridale', 'calderholm', {'legal-entities': 'team'}, {'jw': 1, 'ver': '1.3', 'team': 'the Dermatology Department, Calderholm Hospital', 'nhs_as': 'the Dermatology Department, Calderholm Hospital', 'nhs_short': 'the Department', 'party2': 'the Department'}),

 ('Executive Summary - HF Optimisation Northmoor.pdf', 'executive-summary', 'pdf', 'web', 'hf', 'halvora', 'northmoor', {}, {}),
 ('Exec summary T2D Tanrith v2.docx', 'executive-summary', 'docx', 'table', 't2d', 'tessaly', 'tanrith', {'resource-contributions': 'onlyco', 'transparency': 'tbc'}, {}),
 ('ES_CKD_casefinding_Hollinsdale.pdf', 'executive-summary', 'pdf', 'table', 'ckd', 'corrivan', 'hollinsdale', {'data-protection': 'tbc', 'resource-contributions': 'asreq'}, {}),
 ('Summary of Collaborative Working - COPD Kelsham.docx', 'executive-summary', 'docx', 'web', 'copd', 'brindle', 'kelsham', {'promotional-language': 'superlative'}, {}),
 ('Executive Summary AF Strathmorven FINAL.pdf', 'executive-summary', 'pdf', 'web', 'af', 'ostrey', 'strathmorven', {'data-protection': 'gdpr'}, {'region': 'scot'}),
 ('executive_summary_fls.md', 'executive-summary', 'md', 'web', 'frac', 'ashcombe', 'calderholm', {'data-protection': 'pass'}, {}),
 ('Exec Summary - Psoriasis virtual triage (for website).docx', 'executive-summary', 'docx', 'table', 'pso', 'meridale', 'calderholm', {'sales-roles': 'contact'}, {}),
 ('Lipid programme executive summary v1.pdf', 'executive-summary', 'pdf', 'table', 'lipid', 'pellanor', 'ashdown', {'patient-benefit': 'uptake', 'promotional-language': 'uptake_es'}, {}),

 ('Concept Framework - COPD reviews.docx', 'concept-framework', 'docx', 'form', 'copd', 'brindle', 'fenbridge', {'sales-roles': 'tm'}, {}),
 ('Project Concept Framework CKD v0.1.pdf', 'concept-framework', 'pdf', 'form', 'ckd', 'corrivan', 'kelsham', {'resource-contributions': 'tbc'}, {}),
 ('concept framework - psoriasis (draft).docx', 'concept-framework', 'docx', 'bullets', 'pso', 'meridale', 'northmoor', {'promotional-language': 'pullthrough'}, {}),
 ('PCF_Lipids_Calderholm.pdf', 'concept-framework', 'pdf', 'form', 'lipid', 'pellanor', 'calderholm', {}, {}),
 ('Concept - Frac Liaison Kelsham.docx', 'concept-framework', 'docx', 'bullets', 'frac', 'ashcombe', 'kelsham', {'patient-benefit': 'nhsonly'}, {}),

 ('Outcomes Summary HF Northmoor 2026.pdf', 'outcomes-summary', 'pdf', 'prose', 'hf', 'halvora', 'northmoor', {'transparency': 'internal'}, {}),
 ('Summary of Project Outcomes - FLS Calderholm.docx', 'outcomes-summary', 'docx', 'table', 'frac', 'ashcombe', 'calderholm', {'measurable-outcomes': 'qual'}, {}),
 ('AF Programme Outcomes Report v1.pdf', 'outcomes-summary', 'pdf', 'prose', 'af', 'ostrey', 'strathmorven', {'promotional-language': 'share'}, {'region': 'scot', 'font': 'Times'}),
 ('Project outcomes - COPD Kelsham.docx', 'outcomes-summary', 'docx', 'table', 'copd', 'brindle', 'kelsham', {'sales-roles': 'asm'}, {}),
 ('Outcomes_Lipid_Ashdown_final.pdf', 'outcomes-summary', 'pdf', 'twocol', 'lipid', 'pellanor', 'ashdown', {'patient-benefit': 'nhsonly'}, {'columns': 2}),
 ('Summary of outcomes T2D Fenbridge.pdf', 'outcomes-summary', 'pdf', 'table', 't2d', 'tessaly', 'fenbridge', {}, {}),

 ('PID Amendment 1 - HF Northmoor.docx', 'amendment', 'docx', 'form', 'hf', 'halvora', 'northmoor', {}, {'ver': '01'}),
 ('Amendment form AF v2.pdf', 'amendment', 'pdf', 'form', 'af', 'ostrey', 'strathmorven', {'promotional-language': 'switch'}, {'ver': '02', 'region': 'scot'}),
 ('Project Amendment 02 - CKD Hollinsdale.docx', 'amendment', 'docx', 'form', 'ckd', 'corrivan', 'hollinsdale', {'sales-roles': 'kam'}, {'ver': '02'}),
 ('Amendment_PSO_Calderholm_03.pdf', 'amendment', 'pdf', 'form', 'pso', 'meridale', 'calderholm', {}, {'ver': '03'}),

 ('Steering group notes 14-05-2025.docx', 'unknown', 'docx', 'minutes', 'pso', 'meridale', 'calderholm', {'promotional-language': 'brandplan'}, {}),
 ('cover letter - PID submission.txt', 'unknown', 'txt', 'letter', 'copd', 'brindle', 'kelsham', {'sales-roles': 'excl'}, {}),
]
BUILD = {'pid': build_pid, 'agreement': build_agr, 'executive-summary': build_es, 'concept-framework': build_cf,
         'outcomes-summary': build_out, 'amendment': build_amd, 'unknown': build_unknown}


def outcome(rule, typ, v):
    ap = APPLIES[rule]
    if ap is not None and typ not in ap:
        return 'n/a'
    if typ == 'unknown' and rule not in ('promotional-language', 'sales-roles'):
        return 'n/a'
    if rule == 'data-protection' and typ == 'executive-summary' and v == 'na':
        return 'n/a'
    if v in PASSV:
        return 'pass'
    return 'warn' if (rule, v) in WARN else 'fail'


def make_ctx(i, spec):
    name, typ, fmt, style, area, co, nhs, v, ex = spec
    v = dict(v)
    if v.get('promotional-language') == 'uptake_es':
        v['promotional-language'] = 'uptake_es'
    if typ == 'executive-summary':
        v.setdefault('data-protection', 'na')
    d = dict(ex); d.update(name=name, type=typ, fmt=fmt, style=style, v=v)
    nh = NHS[nhs]
    if 'nhs_as' in ex:  # the bad 'party' is used consistently through the document
        nh = (ex['nhs_as'], ex['nhs_short'], nh[2])
    return Ctx(d, AREAS[area], COMPANIES[co], nh, i)


def generate():
    os.makedirs(OUT, exist_ok=True)
    labels, checks = {}, {}
    for i, spec in enumerate(SPECS):
        c = make_ctx(i, spec)
        name, typ, fmt = spec[0], spec[1], spec[2]
        if c.var('promotional-language') == 'uptake_es':  # ES uptake: handled by patient-benefit text
            c.v['promotional-language'] = 'pass_uptake_es'
        blocks, opts = BUILD[typ](c)
        rv = c.v.get('resource-contributions')
        if typ in ('pid', 'agreement', 'concept-framework') and rv in ('asreq', 'tbc'):
            c.ev.append('Staff and facilities as required' if rv == 'asreq' else c.nhs_full + ' TBC')
        for k in ('columns', 'font'):
            if k in c.s: opts[k] = c.s[k]
        path = os.path.join(OUT, name)
        if fmt == 'docx': render_docx(blocks, opts, path)
        elif fmt == 'pdf': render_pdf(blocks, opts, path)
        else: render_text(blocks, opts, path, md=(fmt == 'md'))
        outs, notes = {}, []
        for r in RULES:
            v = c.v.get(r, 'pass')
            if v == 'pass_uptake_es': v = 'uptake'
            o = outcome(r, typ, v); outs[r] = o
            if (r, v) in WHY and o != 'n/a':
                notes.append('%s=%s: %s [where: %s]' % (r, o, WHY[(r, v)], LOC[r]))
        if spec[4] == 'frac':
            notes.append('promotional-language near-miss: "health promotion" appears in the activities list (pass)')
        if typ == 'executive-summary' and outs['data-protection'] == 'n/a':
            notes.append('data-protection=n/a: ES never mentions patient data, records or data sharing')
        labels[name] = {'type': typ, 'error': None, 'split': 'dev', 'outcomes': outs,
                        'notes': '; '.join(notes) if notes else 'fully compliant for every applicable rule'}
        checks[name] = {'ev': c.ev, 'forbid': c.forbid, 'es_no_dp': typ == 'executive-summary' and outs['data-protection'] == 'n/a'}
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, sort_keys=True)
    with open(os.path.join(HERE, '.checks.json'), 'w') as f:
        json.dump(checks, f, indent=1, sort_keys=True)
    print('wrote %d documents' % len(labels))


def extract(path):
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen: continue
                    seen.add(id(cell._tc)); parts.append(cell.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return '\n'.join(parts), None
    if path.endswith('.pdf'):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join((p.extract_text() or '') for p in pdf.pages), len(pdf.pages)
    return open(path, encoding='utf-8').read(), None


def toks(t):
    return re.findall(r"[a-z0-9£%]+", t.lower().replace('\u2019', "'"))


def subseq(needle, hay):
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def check():
    from collections import Counter
    labels = json.load(open(os.path.join(HERE, 'labels.json')))
    checks = json.load(open(os.path.join(HERE, '.checks.json')))
    bad = 0; per_type = Counter(); per_fmt = Counter(); per_rule = {r: Counter() for r in RULES}; clean = 0
    for name, lab in sorted(labels.items()):
        path = os.path.join(OUT, name); text, pages = extract(path)
        low = ' '.join(text.lower().split()); T = toks(text)
        probs = []
        for e in checks[name]['ev']:
            if not subseq(toks(e), T): probs.append('missing evidence: %r' % e[:70])
        for f in checks[name]['forbid']:
            if f.lower() in low: probs.append('forbidden text present: %r' % f)
        if checks[name]['es_no_dp']:
            for f in ('patient data', 'record', 'data shar', 'personal data', 'gdpr', 'data protection'):
                if f in low: probs.append('ES labelled dp n/a mentions %r' % f)
        words = len(T)
        if pages is not None and not (2 <= pages <= 8): probs.append('pdf has %d pages' % pages)
        if pages is None and words < (300 if lab['type'] == 'unknown' else 450): probs.append('only %d words' % words)
        per_type[lab['type']] += 1; per_fmt[name.rsplit('.', 1)[1]] += 1
        for r, o in lab['outcomes'].items(): per_rule[r][o] += 1
        if all(o in ('pass', 'n/a') for o in lab['outcomes'].values()): clean += 1
        print('%-62s %-18s %5d words %s %s' % (name[:62], lab['type'], words, ('%dp' % pages) if pages else '  ', 'OK' if not probs else 'PROBLEM'))
        for p in probs: print('      ' + p); bad += 1
    print('\nper type:', dict(per_type)); print('per format:', dict(per_fmt)); print('fully compliant:', clean)
    for r in RULES: print('  %-24s %s' % (r, dict(sorted(per_rule[r].items()))))
    print('problems:', bad)
    return bad


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
