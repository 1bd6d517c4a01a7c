"""Document builders: turn a Ctx into a block list + render options, per type and house style."""
from content import NHS_PEOPLE, CO_PEOPLE
from rules_text import (exit_text, conf_text, dp_text, res_rows, res_prose, benefits, promo_text,
                        sales_member, measures, transparency_text)


ABOUT_NHS = ("%s provides and plans NHS services for the local population. Its medicines optimisation and clinical teams lead the clinical design of the project, "
             "employ any staff funded through it and remain responsible for all decisions about individual patients' care.")
ABOUT_CO = ("%s is a research-based pharmaceutical company. Its contribution comes from its medical affairs and partnerships functions, which bring project management, "
            "service-evaluation and change-management expertise. The arrangement is not linked to the prescription, supply or purchase of any medicine.")
GOV_ES = ("A joint steering group with members from both organisations oversees delivery, risks and any changes. It meets monthly during mobilisation and every two months after that. "
          "Any change to the scope, timeline or funding is documented through a formal amendment and, where needed, this summary is updated and re-certified.")
CF_EXTRA = [('h1', 'Identified local need'), ('p', 'The proposal responds to priorities agreed by the local system partnership and by the clinical network for long-term conditions. Clinical leads have confirmed that the gap described above is a recurring theme in incident reviews, audit results and feedback from primary care.'),
            ('h1', 'Stakeholders to involve'), ('bl', ['Clinical leads in primary and secondary care', 'Medicines optimisation team', 'Information governance lead', 'Patient and public involvement group', 'Finance business partner for the service']),
            ('h1', 'Dependencies and early risks'), ('tbl', {'head': ['Dependency / risk', 'Comment'], 'rows': [['Recruitment to a fixed-term post', 'Lead time of about three months'], ['Clinical system searches', 'Needs support from the data quality team'], ['Estates', 'Community hub rooms to be confirmed with the estates team']], 'widths': [0.45, 0.55]}),
            ('h1', 'Next steps'), ('nl', ['Develop the Project Initiation Document jointly', 'Complete each organisation\'s internal review', 'Draft the agreement and the public executive summary', 'Confirm evaluation approach and baseline data'])]
OUT_GOV = ("The joint steering group met 14 times. Two amendments were approved: a three-month delay to the evening clinics after late recruitment, and a change of company project lead. "
           "Both were recorded through the amendment process and did not change either partner's total contribution.")
AMD_DISC = ("The steering group reviewed progress against the PID on 9 July 2025. Members agreed that the change is needed to keep the project deliverable, that it does not alter the "
            "objectives agreed at the outset, and that both organisations should confirm approval through their usual routes before it takes effect.")
AMD_RISK = ['Delay to evaluation: low impact, as the evaluation window is extended by the same period', 'Staff availability: rota agreed with the service manager',
            'Communication: practices to be informed through the monthly bulletin', 'No effect on information governance arrangements']
MIN_FIN = ("The finance lead's report showed spend to date in line with the profile in the PID. The first milestone payment has been invoiced. In-kind contributions are being logged monthly "
           "so that both partners can report them at the end of the project.")
MIN_EVAL = ("The evaluation lead presented the draft evaluation framework. Members asked for the referral-to-triage measure to be reported monthly rather than quarterly and for the patient "
            "experience questionnaire to be shortened. The revised framework will come to the June meeting for sign-off.")
LETTER_ANNEX = ['Resources table now shows the in-kind value of clinic space and clinical leadership', 'Outcome measures now include baselines and data sources',
                'Governance section lists the steering group membership and meeting frequency', 'Exit and early-termination wording aligned with the draft agreement',
                'Information governance section updated following advice from the Caldicott Guardian', 'Timeline moved back by one month to allow for recruitment']


def email(name, dom):
    parts = [p for p in name.replace('Dr ', '').split()]
    return '%s.%s@%s' % (parts[0].lower(), parts[-1].lower(), dom)


def people(c):
    nh = NHS_PEOPLE[c.idx % len(NHS_PEOPLE)]; nh2 = NHS_PEOPLE[(c.idx + 3) % len(NHS_PEOPLE)]
    co = CO_PEOPLE[c.idx % len(CO_PEOPLE)]; co2 = CO_PEOPLE[(c.idx + 2) % len(CO_PEOPLE)]
    dom = 'wales.nhs.uk' if c.region == 'wales' else ('nhs.scot' if c.region == 'scot' else 'nhs.net')
    codom = c.co.lower() + '.co.uk'
    return dict(nh=nh, nh2=nh2, co=co, co2=co2, nh_mail=email(nh[0], dom), co_mail=email(co[0], codom), codom=codom)


def job_code(c):
    return 'Job code: %s-CW-%04d | Date of preparation: %s' % (c.co[:3].upper(), 2100 + 37 * c.idx, c.s.get('prep', 'February 2025'))


def version_table(c, n=3):
    rows = [['0.1', '09/12/2024', 'First draft for partner comment', 'Project team'],
            ['0.2', '13/01/2025', 'Resources and governance sections updated', 'Project team'],
            [c.s.get('ver', '1.0'), '17/02/2025', 'Version for approval', 'Steering group']][:n]
    return ('tbl', {'head': ['Version', 'Date', 'Summary of changes', 'Author'], 'rows': rows, 'widths': [0.12, 0.18, 0.45, 0.25]})


def milestones(c, past=False):
    return ('tbl', {'span': 'Milestones and timeline', 'head': ['Milestone', 'Target date', 'Owner'],
                    'rows': [['Approvals complete' + (' and summary published' if c.var('transparency') == 'pass' else ''), 'March 2025', 'Both partners'],
                             ['Funded post recruited and inducted', 'May 2025', c.Nhs],
                             ['First clinics running', 'June 2025', c.Nhs],
                             ['Interim review at steering group', 'December 2025', 'Steering group'],
                             ['Final evaluation report', 'October 2026', 'Evaluation lead']],
                    'widths': [0.55, 0.2, 0.25]})


def risks():
    return ('tbl', {'span': 'Risk log (summary)', 'head': ['Risk', 'Likelihood / impact', 'Mitigation'],
                    'rows': [['Delay in recruiting the funded post', 'Medium / High', 'Early advert; interim cover from existing bank staff'],
                             ['Low attendance at clinics', 'Medium / Medium', 'Text reminders; evening sessions in two hubs'],
                             ['Clinical system access delayed', 'Low / Medium', 'IT requests raised at mobilisation'],
                             ['Winter pressures reduce clinical time', 'High / Medium', 'Clinic schedule front-loaded before December']],
                    'widths': [0.4, 0.2, 0.4]})


def governance_rows(c, P):
    rows = [[P['nh'][0], '%s, %s' % (P['nh'][1], c.nhs_full), 'Chair; clinical lead'],
            [P['nh2'][0], '%s, %s' % (P['nh2'][1], c.nhs_full), 'Operational delivery'],
            [P['co'][0], '%s, %s' % (P['co'][1], c.co_full), 'Project management support'],
            [P['co2'][0], '%s, %s' % (P['co2'][1], c.co_full), 'Evaluation design']]
    sm = sales_member(c)
    if sm:
        rows.append(list(sm))
    return rows


def sales_excl(c):
    if c.var('sales-roles') == 'excl':
        return c.E('No member of %s\'s sales or marketing teams will be involved in the design, delivery or evaluation of the project.' % c.co)
    return None


# ------------------------------------------------------------------ PID
def build_pid(c):
    A = c.A; P = people(c); st = c.s['style']; B = []
    pt, nhsb, cob = benefits(c)
    pr = promo_text(c)
    nhs_only_kpi = c.var('patient-benefit') != 'pass'
    ex = exit_text(c); co = conf_text(c); dp = dp_text(c); tr = transparency_text(c)
    meas = measures(c, nhs_only=nhs_only_kpi)
    aims = (['Reduce pressure on %s services and release clinical capacity' % c.nhs_short, 'Establish a sustainable pathway that %s can commission' % c.nhs_short]
            if nhs_only_kpi else ['Improve care and outcomes for people with %s' % A['cond'], 'Deliver care closer to home through a %s' % A['name'].lower(), 'Build skills in the local workforce'])
    if pr and c.var('promotional-language') != 'nice':
        aims.append(pr)
    title = 'Project Initiation Document: %s' % A['name']
    opts = dict(title=title, header='%s | PID | v%s' % (A['name'], c.s.get('ver', '1.0')), footer=job_code(c) if c.var('transparency') != 'internal' else 'INTERNAL - NOT FOR PUBLICATION')
    if c.var('transparency') == 'internal':
        c.E('INTERNAL - NOT FOR PUBLICATION')
    if c.s.get('title_page'):
        opts['title_page'] = [A['name'], 'Project Initiation Document', '%s and %s' % (c.nhs_full, c.co_full), 'Version %s - February 2025' % c.s.get('ver', '1.0')]
    gov = governance_rows(c, P)
    rrows = res_rows(c)
    ben_rows = ([('Patients', pt)] if pt else []) + [('%s' % c.nhs_full, nhsb), (c.co_full, cob)]
    partners = '%s, %s\n%s, %s' % (c.nhs_full, c.nhs_addr, c.co_full, c.co_reg)
    leads = '%s, %s, %s\n%s, %s, %s' % (P['nh'][0], P['nh'][1], P['nh_mail'], P['co'][0], P['co'][1], P['co_mail'])
    welsh = st == 'welsh'; scot = c.region == 'scot'
    if st in ('form', 'welsh'):
        B += [('title', title), ('sub', 'Joint working between %s and %s' % (c.nhs_full, c.co_full)), version_table(c)]
        sec = 0
        def S(name):
            nonlocal sec; sec += 1; return ('h1', 'Section %d: %s' % (sec, name))
        B += [S('Project details'), ('kv', [('Project title', A['name']), ('Partner organisations', partners), ('Accountable leads', leads),
                                           ('Start date', 'Q2 2025 (April 2025)'), ('Completion date', 'September 2026'),
                                           ('Policy context', 'Aligned with A Healthier Wales and the Health Board\'s Integrated Medium Term Plan' if welsh else 'Aligned with the system cardiovascular, respiratory and long-term conditions priorities')])]
        B += [S('Background and rationale')] + [('p', x) for x in A['bg']]
        B += [S('Aims, objectives and expected benefits'), ('bl', aims), ('kv', ben_rows)]
        B += [S('Resources'), ('tbl', {'span': 'Contributions from each partner', 'head': ['Partner', 'Contribution', 'Value'], 'rows': [list(r) for r in rrows], 'widths': [0.28, 0.5, 0.22]})]
        B += [S('Project structure and governance'), ('p', 'A joint project board meets monthly for the first six months and bi-monthly thereafter. Terms of reference are at Appendix A.'),
              ('tbl', {'head': ['Name', 'Role and organisation', 'Project responsibility'], 'rows': gov, 'widths': [0.22, 0.5, 0.28]})]
        if sales_excl(c): B.append(('p', c.ev[-1]))
        B += [S('Activities'), ('bl', A['act'])]
        if c.var('promotional-language') == 'nice': B.append(('p', pr))
        B += [S('Outcome measures'), ('bl', meas)]
        ig = [('Confidentiality', co)] + ([('Data protection', dp)] if dp else [])
        B += [S('Information governance'), ('kv', ig)]
        B += [S('Exit strategy'), ('kv', [('Exit strategy and early termination', ex)])]
        B += [S('Communications and publication')]
        B += [('p', tr)] if tr else [('p', 'Progress is reported to each partner\'s executive team after every board meeting.')]
        B += [milestones(c), risks()]
        B += [S('Approvals'), ('tbl', {'head': ['Organisation', 'Approved by', 'Date'], 'rows': [[c.nhs_full, 'Executive Management Team', '24/02/2025'], [c.co_full, 'Medical Director (certification)', '26/02/2025']], 'widths': [0.45, 0.35, 0.2]})]
    elif st in ('prose', 'scot'):
        intro = ('This Project Initiation Document sets out how %s and %s will work together on the %s. It has been prepared %s and will be kept on record by both organisations.'
                 % (c.nhs_full, c.co_full, A['name'], 'in line with A Common Understanding 2025' if scot else 'following the ABPI Code of Practice and NHS Confederation guidance'))
        B += [('title', title), ('p', intro), ('h1', '1. Partners and leads'), ('p', 'The partners are %s (%s) and %s (%s). The accountable lead for %s is %s, %s (%s); for %s it is %s, %s (%s).'
               % (c.nhs_full, c.nhs_addr, c.co_full, c.co_reg, c.nhs_short, P['nh'][0], P['nh'][1], P['nh_mail'], c.co, P['co'][0], P['co'][1], P['co_mail'])),
              ('h1', '2. Why the project is needed')] + [('p', x) for x in A['bg']]
        B += [('h1', '3. What the project will do'), ('p', 'The project runs from April 2025 to September 2026. Its aims are: ' + '; '.join(a[0].lower() + a[1:] for a in aims) + '.'), ('bl', A['act'])]
        if c.var('promotional-language') == 'nice': B.append(('p', pr))
        btxt = ' '.join(x for x in [('For patients: ' + pt) if pt else None, 'For %s: %s' % (c.nhs_short, nhsb), 'For %s: %s' % (c.co, cob)] if x)
        B += [('h1', '4. Expected benefits'), ('p', btxt)]
        B += [('h1', '5. Resources'), ('p', res_prose(c))]
        B += [('h1', '6. Governance'), ('p', 'A joint steering group oversees the project, chaired by %s. Membership is shown below; each organisation approves the project through its own scheme of delegation.' % P['nh'][0]),
              ('tbl', {'head': ['Member', 'Role', 'Responsibility'], 'rows': gov, 'widths': [0.22, 0.5, 0.28]})]
        if sales_excl(c): B.append(('p', c.ev[-1]))
        B += [('h1', '7. Measuring success'), ('bl', meas)]
        B += [('h1', '8. Confidentiality and information governance'), ('p', co)] + ([('p', dp)] if dp else [])
        B += [('h1', '9. Ending the project'), ('p', ex)]
        B += [('h1', '10. Communication')] + ([('p', tr)] if tr else [('p', 'Updates are shared with clinical teams through existing newsletters and team meetings.')])
        B += [milestones(c), risks(), ('note', job_code(c))]
    else:  # bullets
        B += [('title', A['name'] + ' - PID'), ('sub', '%s | %s | v%s' % (c.nhs_full, c.co_full, c.s.get('ver', '1.0'))), version_table(c, 2),
              ('h1', 'At a glance'), ('bl', ['Partners: %s; %s' % (c.nhs_full, c.co_full), 'Leads: %s (%s); %s (%s)' % (P['nh'][0], P['nh'][1], P['co'][0], P['co'][1]),
                                            'Contacts: %s, %s' % (P['nh_mail'], P['co_mail']), 'Dates: Q2 2025 to Q3 2026 (18 months)']),
              ('h1', 'The problem')] + [('p', x) for x in A['bg']]
        B += [('h1', 'Aims'), ('bl', aims), ('h1', 'What we will do'), ('bl', A['act']), ('h1', 'Who benefits'),
              ('bl', [x for x in [('Patients - ' + pt) if pt else None, '%s - %s' % (c.Nhs, nhsb), '%s - %s' % (c.co, cob)] if x])]
        B += [('h1', 'Who puts in what'), ('bl', ['%s: %s (%s)' % r for r in res_rows(c)])]
        B += [('h1', 'Team'), ('bl', ['%s - %s (%s)' % tuple(r) for r in gov])]
        if sales_excl(c): B.append(('p', c.ev[-1]))
        B += [('h1', 'How we will know it worked'), ('bl', meas)]
        B += [('h1', 'Information governance'), ('bl', [x for x in ['Confidentiality: ' + co, ('Data: ' + dp) if dp else None] if x])]
        B += [('h1', 'Exit'), ('bl', [ex])]
        B += [('h1', 'Comms')] + ([('bl', [tr])] if tr else [('bl', ['Monthly update to practice managers'])])
        B += [milestones(c), risks(), ('note', job_code(c))]
    return B, opts


# ------------------------------------------------------------------ Agreement
def parties_text(c, P):
    v = c.var('legal-entities')
    second = '%s of %s' % (c.nhs_full, c.nhs_addr)
    if v == 'individual':
        second = c.E('%s, %s, of %s' % (P['nh'][0], P['nh'][1], c.nhs_addr))
    elif v == 'team':
        second = c.E(c.s['team'])
    elif v == 'ics':
        second = c.E('the Ashdown and Wyre Integrated Care System')
    elif v == 'pcn':
        second = c.E('Brookfield and Laneside Primary Care Network')
    return ['%s (%s) ("%s")' % (c.co_full, c.co_reg, c.co), '%s ("%s")' % (second, c.s.get('party2', 'the NHS Partner'))]


def build_agr(c):
    A = c.A; P = people(c); st = c.s['style']; B = []
    pt, nhsb, cob = benefits(c); pr = promo_text(c)
    ex = exit_text(c, legal=(st == 'legal')); co = conf_text(c); dp = dp_text(c); tr = transparency_text(c)
    meas = measures(c, nhs_only=c.var('patient-benefit') != 'pass'); rrows = res_rows(c); parties = parties_text(c, P)
    p2 = c.s.get('party2', 'the NHS Partner')
    kind = 'Joint Working Agreement' if c.s.get('jw') else 'Collaborative Working Agreement'
    title = '%s: %s' % (kind, A['name'])
    opts = dict(title=title, header='%s - %s' % (kind, A['name']), footer='Version %s - commercial in confidence' % c.s.get('ver', '1.0') if c.var('confidentiality') == 'pass' else 'Version %s' % c.s.get('ver', '1.0'), font='Times' if st == 'legal' else 'Helvetica')
    if c.s.get('title_page'):
        opts['title_page'] = ['DATED 3 March 2025', kind.upper(), 'between', parties[0], 'and', parties[1], 'relating to the ' + A['name']]
    sig = [(c.co_full, 'Claire Ashby' if c.idx % 2 else 'Jonathan Pell', 'General Manager'),
           (c.s.get('party2', 'the NHS Partner') if c.var('legal-entities') != 'pass' else c.nhs_full, P['nh2'][0] if c.var('legal-entities') == 'pass' else P['nh'][0], 'Chief Executive' if c.var('legal-entities') == 'pass' else P['nh'][1])]
    ben = [x for x in [('patients: ' + pt) if pt else None, 'the NHS: ' + nhsb, c.co + ': ' + cob] if x]
    fund = rrows[0][2].split(';')[0]
    if st == 'legal':
        B += [('title', kind.upper()), ('p', 'THIS AGREEMENT is dated 3 March 2025'), ('h2', 'PARTIES'), ('nl', parties), ('h2', 'BACKGROUND'),
              ('nl', ['The Parties wish to work together on the %s (the "Project") for the benefit of people with %s.' % (A['name'], A['cond']) if c.var('patient-benefit') == 'pass' else 'The Parties wish to work together on the %s (the "Project").' % A['name'],
                      'The Project is a collaborative working arrangement under Clause 20 of the ABPI Code of Practice and is not linked to the prescription, supply, recommendation, purchase or sale of any medicine.',
                      'The Project Initiation Document approved by both Parties on 24 February 2025 forms Schedule 1.']),
              ('h1', '1. Definitions and interpretation'), ('p', '1.1 "Effective Date" means the date of this Agreement. 1.2 "Project Lead" means the person nominated by each Party in Schedule 3. 1.3 Headings do not affect interpretation.'),
              ('h1', '2. Term'), ('p', '2.1 ' + (ex if c.var('exit-strategy') == 'enddate' else 'This Agreement starts on the Effective Date and continues until 30 September 2026 unless ended earlier under clause 12.')),
              ('h1', '3. Objectives and benefits'), ('p', '3.1 The objectives of the Project are set out in Schedule 1. 3.2 The Parties expect the Project to benefit ' + '; '.join(ben) + '.')]
        if pr: B.append(('p', '3.3 ' + pr))
        B += [('h1', '4. Contributions'), ('p', '4.1 Each Party shall provide the contributions set out in Schedule 2. 4.2 %s shall pay %s to %s in three instalments against the milestones in Schedule 1, on receipt of a valid invoice. 4.3 No payment shall be made to any individual.' % (c.co, fund, p2 if c.var('legal-entities') == 'pass' else 'the NHS Partner')),
              ('h1', '5. Roles and responsibilities'), ('p', '5.1 %s is responsible for clinical delivery, clinical governance and all patient contact. 5.2 %s provides project management support and evaluation design. 5.3 All prescribing decisions remain with NHS clinicians.' % (p2, c.co))]
        if c.var('sales-roles') == 'rbm':
            B.append(('p', '5.4 ' + c.E('%s\'s Regional Business Manager will attend practice meetings to support recruitment of practices and will present the audit findings.' % c.co)))
        B += [('h1', '6. Governance'), ('p', '6.1 A joint steering group with members from both Parties meets monthly; its terms of reference are in Schedule 3.'),
              ('h1', '7. Measuring success'), ('p', '7.1 ' + ' '.join(m if m.endswith('.') else m + '.' for m in meas)),
              ('h1', '8. Confidentiality'), ('p', '8.1 ' + co),
              ('h1', '9. Data protection')] + ([('p', '9.1 ' + dp)] if dp else [])
        B += [('h1', '10. Anti-bribery'), ('p', '10.1 Each Party shall comply with the Bribery Act 2010. Nothing in this Agreement is intended to induce any person to prescribe, supply or recommend any medicine.'),
              ('h1', '11. Publication and transparency')] + ([('p', '11.1 ' + tr)] if tr else [])
        if c.var('exit-strategy') != 'enddate':
            B += [('h1', '12. Termination and exit'), ('p', '12.1 ' + ex)]
        B += [('h1', '13. Contingency'), ('p', '13.1 If the SPC of any relevant medicine or national guidance changes, the steering group will review the Project within 30 days.'),
              ('h1', '14. Disputes'), ('p', '14.1 Disputes are escalated to the Project Leads, then to a senior responsible officer of each Party (for %s, its General Manager), and then to mediation.' % c.co),
              ('h1', '15. Governing law'), ('p', '15.1 This Agreement is governed by the law of %s.' % ('Scotland' if c.region == 'scot' else 'England and Wales')),
              ('pb',), ('h1', 'Schedule 1 - Project summary')] + [('p', x) for x in A['bg']] + [('bl', A['act'])]
        B += [('h1', 'Schedule 2 - Contributions'), ('tbl', {'span': 'Schedule 2: Contributions of the Parties', 'head': ['Party', 'Contribution', 'Value'], 'rows': [list(r) for r in rrows], 'widths': [0.28, 0.5, 0.22]}),
              ('h1', 'Schedule 3 - Steering group and Project Leads'), ('tbl', {'head': ['Name', 'Role', 'Responsibility'], 'rows': governance_rows(c, P), 'widths': [0.22, 0.5, 0.28]}),
              ('h1', 'Signatures'), ('sig', sig)]
    else:  # plain / twocol / txt
        B += [('title', title), ('p', 'This agreement is made on 3 March 2025 between %s and %s.' % (parties[0], parties[1])),
              ('h1', 'Purpose'), ('p', 'The partners will jointly deliver the %s between April 2025 and September 2026.' % A['name'])] + [('p', x) for x in A['bg'][:1]]
        if pr: B.append(('p', pr))
        B += [('h1', 'Expected benefits'), ('kv', [x for x in [('Patients', pt) if pt else None, ('NHS', nhsb), (c.co, cob)] if x]),
              ('h1', 'What each partner contributes'), ('tbl', {'head': ['Partner', 'Contribution', 'Value'], 'rows': [list(r) for r in rrows], 'widths': [0.28, 0.5, 0.22]}),
              ('p', 'Funding is paid to %s against milestones on invoice; no payment is made to any individual.' % ('the NHS partner')),
              ('h1', 'Roles and responsibilities'), ('bl', ['NHS partner: clinical delivery, clinical governance and all patient contact', '%s: project management support, evaluation design and reporting templates' % c.co, 'Joint steering group: oversight, risk and change control']),
              ('h1', 'Activities'), ('bl', A['act']),
              ('h1', 'Measuring success'), ('bl', meas),
              ('h1', 'Confidentiality'), ('p', co)]
        if dp: B += [('h1', 'Data protection'), ('p', dp)]
        B += [('h1', 'Anti-bribery and independence'), ('p', 'Both partners comply with the Bribery Act 2010. This agreement does not depend on the prescription or formulary status of any medicine.')]
        if tr: B += [('h1', 'Publication'), ('p', tr)]
        B += [('h1', 'Ending the agreement'), ('p', ex), ('h1', 'Disputes and contingency'), ('p', 'Disputes go first to the project leads and then to the partners\' directors. If national guidance changes, the steering group reviews the project within 30 days.'),
              ('h1', 'Governance'), ('tbl', {'head': ['Name', 'Role', 'Responsibility'], 'rows': governance_rows(c, P), 'widths': [0.22, 0.5, 0.28]}),
              ('h1', 'Signed'), ('sig', sig)]
    return B, opts


# ------------------------------------------------------------------ Executive summary
def build_es(c):
    A = c.A; P = people(c); st = c.s['style']; B = []
    pt, nhsb, cob = benefits(c); pr = promo_text(c); tr = transparency_text(c)
    dpv = c.var('data-protection')
    rv = c.var('resource-contributions'); rrows = res_rows(c)
    fund = rrows[0][2].split(';')[0]
    if rv == 'onlyco':
        fin = '%s will provide %s to fund a 0.6 WTE specialist pharmacist for 18 months, together with project management support.' % (c.co, fund)
        c.E(fin)
    elif rv == 'asreq':
        fin = '%s will provide %s to fund a 0.6 WTE specialist pharmacist for 18 months. %s' % (c.co, fund, c.E('%s will contribute staff time as required.' % c.Nhs))
    else:
        fin = '%s will provide %s to fund a 0.6 WTE specialist pharmacist for 18 months. %s provides clinic space, clinical leadership and analyst time (in kind, approx. %s).' % (c.co, fund, c.Nhs, rrows[1][2].split('approx. ')[1])
    sr = c.var('sales-roles')
    contact_co = ('Daniel Frost', c.E('Key Account Manager'), 'daniel.frost@' + P['codom']) if sr == 'contact' else (P['co'][0], P['co'][1], P['co_mail'])
    dp_line = None
    if dpv == 'pass':
        dp_line = 'Practice records are searched by NHS staff only. ' + 'Only anonymised, aggregated data are shared with %s; %s remains data controller and processing follows UK GDPR and the Data Protection Act 2018.' % (c.co, c.nhs_short)
    elif dpv == 'gdpr':
        dp_line = 'Patient data will be shared between pharmacies and practices to confirm diagnoses. ' + c.E('The project will be GDPR compliant.')
        c.forbid += ['data protection act 2018', 'data controller', 'anonymised']
    elif dpv == 'tbc':
        dp_line = c.E('Practice records will be searched and patient data shared with the evaluation team.') + ' ' + c.E('Data protection arrangements: TBC')
    obj = [k.split(' (')[0].split(':')[0] for k in A['kpis']] if c.var('patient-benefit') == 'pass' else [k.split(' (')[0] for k in A['kpis_nhs']]
    ben = [x for x in [('Patients: ' + pt) if pt else None, '%s: %s' % (c.nhs_full, nhsb), '%s: %s' % (c.co_full, cob)] if x]
    if c.var('patient-benefit') == 'uptake':
        ben = [nhsb, '%s: %s' % (c.co_full, cob)]
    title = 'Executive Summary: %s' % A['name']
    opts = dict(title=title, footer=job_code(c), header='%s and %s - collaborative working' % (c.co_full, c.nhs_full), size=10.5)
    bg = [A['bg'][0]] + ([A['bg'][1]] if st == 'web' else [])
    if st == 'web':
        B += [('title', title), ('sub', 'A collaborative working project between %s and %s' % (c.nhs_full, c.co_full)), ('h1', 'Project rationale')] + [('p', x) for x in bg]
        B += [('h1', 'Objectives'), ('bl', obj)]
        if pr: B.append(('p', pr))
        B += [('h1', 'Expected benefits'), ('bl', ben), ('h1', 'Project period'), ('p', 'Anticipated start April 2025; anticipated completion September 2026.'),
              ('h1', 'Roles and responsibilities'), ('p', '%s delivers the service, employs the funded post and leads clinical governance. %s supports project management and the design of the evaluation. Both organisations sit on a joint steering group.' % (c.Nhs, c.co))]
        if dp_line: B += [('h1', 'Information governance'), ('p', dp_line)]
        B += [('h1', 'Financial arrangements'), ('p', fin)]
        B += [('h1', 'Publication'), ('p', tr or '')] if tr else []
        B += [('h1', 'How the project will work'), ('bl', A['act']), ('h1', 'Key milestones'),
              ('tbl', {'head': ['Milestone', 'When'], 'rows': [['Agreement signed by both organisations', 'March 2025'], ['Funded post in place', 'May 2025'], ['First clinics', 'June 2025'], ['Interim review by the joint steering group', 'December 2025'], ['Final evaluation', 'Autumn 2026']], 'widths': [0.7, 0.3]}),
              ('h1', 'About the partners'), ('p', ABOUT_NHS % (c.nhs_full,)), ('p', ABOUT_CO % (c.co_full,)),
              ('h1', 'Contacts'), ('bl', ['%s, %s, %s' % (P['nh'][0], P['nh'][1], P['nh_mail']), '%s, %s, %s' % contact_co]), ('note', job_code(c))]
    else:
        rows = [('Project title', A['name']), ('Partner organisations', '%s\n%s' % (c.nhs_full, c.co_full)), ('Project rationale', '\n'.join(bg)),
                ('Objectives', '\n'.join('- ' + o for o in obj) + ('\n' + pr if pr else '')), ('Expected benefits', '\n'.join(ben)),
                ('Project period', 'Start: Q2 2025\nCompletion: Q3 2026 (18 months)'), ('Financial arrangements', fin),
                ('Roles and responsibilities', '%s: service delivery, employment of funded staff, clinical governance.\n%s: project management support and evaluation design.\nJoint steering group: oversight and change control.' % (c.Nhs, c.co))]
        if dp_line: rows.append(('Information governance', dp_line))
        if tr: rows.append(('Plans for publication', tr))
        rows.append(('Contact details', '%s, %s, %s\n%s, %s, %s' % ((P['nh'][0], P['nh'][1], P['nh_mail']) + contact_co)))
        B += [('title', 'Summary of the Collaborative Working Agreement'), ('sub', A['name']), ('kv', rows),
              ('h1', 'Planned activities'), ('bl', A['act']),
              ('h1', 'About the partners'), ('p', ABOUT_NHS % (c.nhs_full,)), ('p', ABOUT_CO % (c.co_full,)),
              ('h1', 'Governance'), ('p', GOV_ES),
              ('h1', 'Milestones'), ('tbl', {'head': ['Milestone', 'When'], 'rows': [['Summary published and agreement signed', 'March 2025'], ['Service live', 'June 2025'], ['Interim review', 'December 2025'], ['Final evaluation', 'Autumn 2026']], 'widths': [0.7, 0.3]}),
              ('note', 'This summary has been certified in accordance with the ABPI Code of Practice. ' + job_code(c))]
    return B, opts


# ------------------------------------------------------------------ Concept framework
def build_cf(c):
    A = c.A; P = people(c); st = c.s['style']; B = []
    pt, nhsb, cob = benefits(c); pr = promo_text(c); rrows = res_rows(c)
    sm = sales_member(c)
    team = ['%s, %s (%s)' % (P['nh'][0], P['nh'][1], c.nhs_full), '%s, %s (%s)' % (P['co'][0], P['co'][1], c.co_full)]
    if sm: team.append('%s, %s - %s' % sm)
    if c.var('patient-benefit') == 'nhsonly':
        obj = ['Deliver recurrent savings of about £140,000 a year for %s' % c.nhs_short, 'Free up specialist clinic capacity', 'Improve %s\'s position in national audit' % c.nhs_short]
        c.E(obj[0])
    else:
        obj = ['Patients: ' + pt, 'NHS: ' + nhsb, c.co + ': ' + cob]
    if pr: obj.append(pr)
    res = ['%s: %s (%s)' % r for r in rrows]
    title = 'Project Concept Framework: %s' % A['name']
    opts = dict(title=title, header='Project Concept Framework - DRAFT for discussion', footer='Concept v%s' % c.s.get('ver', '0.1'))
    if st == 'form':
        B += [('title', title), ('kv', [('Partner organisations and key stakeholders', '%s\n%s\nKey stakeholders: primary care clinical leads, medicines management team, patient representatives' % (c.nhs_full, c.co_full)),
                                       ('Proposed project team', '\n'.join(team)),
                                       ('Purpose of the project', '\n'.join(A['bg'])), ('Objectives', '\n'.join(obj)),
                                       ('Budgetary / resource impact on each partner', '\n'.join(res)),
                                       ('Anticipated start date', 'Q3 2025'), ('Length of project', '18 months'),
                                       ('Similar work elsewhere', 'A comparable model ran in a neighbouring system in 2023; learning has been requested.'),
                                       ('Decision', 'Go-ahead given by the joint review meeting on 21 January 2025, subject to PID development.')]),
              ('h1', 'Preliminary check against red and amber criteria'),
              ('tbl', {'head': ['Criterion', 'Initial view', 'Comment'], 'rows': [['Main benefit focused on patients', 'Yes' if pt else 'To review', ''], ['Significant contribution from each partner', 'Yes' if len(rrows) == 2 and c.var('resource-contributions') == 'pass' else 'To review', ''], ['Outcomes measured using anonymised aggregate data', 'Yes', 'Evaluation to be designed in PID'], ['Exit and contingency planned', 'To develop in PID', ''], ['Treatments follow national guidance', 'Yes', 'Service is product-neutral']], 'widths': [0.5, 0.2, 0.3]}),
              ('h1', 'Outline activities'), ('bl', A['act'])] + CF_EXTRA
    else:
        B += [('title', A['name']), ('sub', 'Concept framework - for go / no-go decision'), ('h1', 'Who'), ('bl', ['%s' % c.nhs_full, '%s' % c.co_full] + team),
              ('h1', 'Why')] + [('bl', A['bg'])] + [('h1', 'What we want to achieve'), ('bl', obj), ('h1', 'Outline activities'), ('bl', A['act']),
              ('h1', 'Resource impact'), ('bl', res), ('h1', 'When'), ('bl', ['Start: Q3 2025', 'Length: 18 months']),
              ('h1', 'Decision'), ('bl', ['Go-ahead agreed at partnership meeting on 21 January 2025', 'PID to be drafted jointly by end of March 2025']),
              ('h1', 'Early check'), ('bl', ['Service is product-neutral and follows national guidance', 'Exit and contingency to be set out in the PID', 'Outcome measures and baseline to be confirmed in the PID'])] + CF_EXTRA
    return B, opts


# ------------------------------------------------------------------ Outcomes summary
def build_out(c):
    A = c.A; P = people(c); st = c.s['style']; B = []
    pbv = c.var('patient-benefit'); mov = c.var('measurable-outcomes'); pr = promo_text(c); tr = transparency_text(c, 'out')
    if pbv == 'nhsonly':
        c.forbid += [A['res'][0][:30]]
        results = list(A['res_nhs']) + ['%s gained a clearer understanding of how such services are commissioned.' % c.co]
        c.E(A['res_nhs'][0])
    elif mov == 'qual':
        results = [c.E(A['res_qual']), 'Patients who attended said the clinics were more convenient than hospital appointments.']
        c.forbid += ['baseline']
    else:
        results = list(A['res']) + list(A['res_nhs'])
    if pr: results.append(pr)
    sr = c.var('sales-roles')
    delivery = 'Delivery was led by %s clinicians, with %s providing project management support and evaluation design through its %s.' % (c.nhs_short, c.co, P['co'][1])
    if sr == 'asm':
        delivery += ' ' + c.E('%s\'s Area Sales Manager coordinated clinic bookings with practices throughout the project.' % c.co)
    title = 'Summary of Project Outcomes: %s' % A['name']
    opts = dict(title=title, header=title, footer=job_code(c) if c.var('transparency') != 'internal' else 'Steering group only')
    learn = ['Start recruitment for funded posts before contracts are signed to avoid delay', 'Agree clinical system searches early with the IT team', 'Involve patient representatives from the design stage']
    exit_ = 'At the end of the project the service was adopted into %s\'s core budget; the funded post was made substantive.' % c.nhs_short
    reflect = [('Did each partner deliver its agreed contribution?', 'Yes. %s provided the agreed funding and project support; %s provided clinic space, clinical leadership and analyst time.' % (c.co, c.Nhs)),
               ('Was the shared vision maintained?', 'Yes; the steering group met 14 times and resolved two variances through the amendment process.'),
               ('Did the project support a business case?', 'Yes; a business case for continued commissioning was approved in %s.' % ('October 2026'))]
    if pbv == 'nhsonly':
        intro = 'The project set out to free capacity for %s and to test a pathway that could be commissioned.' % c.nhs_short
    else:
        intro = 'The project set out to improve care for people with %s through a %s.' % (A['cond'], A['name'].lower())
    if st in ('prose', 'twocol'):
        B += [('title', title), ('p', 'Partners: %s and %s. Actual start: May 2025. Actual end: October 2026.' % (c.nhs_full, c.co_full)),
              ('h1', 'Overview'), ('p', intro + ' ' + A['bg'][0]), ('bl', A['act']), ('p', delivery),
              ('h1', 'Results'), ('bl', results), ('h1', 'Reflections')] + [('h2', q) for q, a in reflect[:0]]
        for q, a in reflect: B += [('h2', q), ('p', a)]
        B += [('h1', 'What happened at the end'), ('p', exit_), ('h1', 'Learning for others'), ('nl', learn)]
        B += [('h1', 'Publication'), ('p', tr)] if c.var('transparency') not in ('internal',) else [('p', tr)]
        B += [('note', 'All figures are anonymised aggregates drawn from NHS systems by NHS analysts.')]
    else:
        B += [('title', 'Summary of Project Outcomes'), ('kv', [('Project name', A['name']), ('Project partners', '%s\n%s' % (c.nhs_full, c.co_full)), ('Duration', 'May 2025 to October 2026 (18 months)'),
                                                              ('Project overview', intro + '\n' + A['bg'][0]), ('Delivery', delivery), ('Project outcomes', '\n'.join(results))]),
              ('tbl', {'span': 'Partner reflections', 'head': ['Question', 'Response'], 'rows': [list(r) for r in reflect], 'widths': [0.4, 0.6]}),
              ('h1', 'Activities delivered'), ('bl', A['act']), ('h1', 'At project end'), ('p', exit_), ('h1', 'Conclusions and learning'), ('nl', learn),
              ('h1', 'Publication'), ('p', tr), ('note', 'Figures are anonymised and aggregated. ' + job_code(c))]
    B += [('h1', 'Timeline as delivered'), ('tbl', {'span': 'Planned against actual', 'head': ['Milestone', 'Planned', 'Actual'],
           'rows': [['Funded post in place', 'May 2025', 'June 2025'], ['First clinics', 'June 2025', 'July 2025'], ['Interim review', 'December 2025', 'December 2025'], ['Service handover', 'September 2026', 'October 2026'], ['Final evaluation signed off', 'October 2026', 'November 2026']], 'widths': [0.5, 0.25, 0.25]}),
          ('h1', 'Financial summary'), ('tbl', {'head': ['Partner', 'Agreed', 'Delivered'], 'rows': [[c.co_full, 'Funding for 0.6 WTE pharmacist and project support', 'Delivered in full; £2,300 underspend returned'], [c.nhs_full, 'Clinic space, clinical leadership, analyst time', 'Delivered in full']], 'widths': [0.3, 0.4, 0.3]}),
          ('h1', 'Governance during the project'), ('p', OUT_GOV)]
    if c.var('transparency') == 'internal':
        B.insert(1, ('p', c.E('This summary is for the steering group\'s internal use only and is not for publication.')))
    return B, opts


# ------------------------------------------------------------------ Amendment
def build_amd(c):
    A = c.A; P = people(c); B = []
    pr = promo_text(c); sr = c.var('sales-roles')
    change = 'Move the start of the evening clinics from June to September 2025 because the funded post was recruited later than planned.'
    impact = 'Timeline: final evaluation moves from October to December 2026. Logistics: two additional sessions a month from September. Finance: no change to the total contribution of either partner.'
    if c.var('promotional-language') == 'switch':
        change = 'Following the interim review, ' + pr + '. Clinic templates will be updated.'
        impact = 'Timeline: unchanged. Finance: %s will fund two extra pharmacist sessions a month (£6,400).' % c.co
    if sr == 'kam':
        change = 'Add %s to the steering group to provide operational liaison with practices, replacing %s who has left %s.' % (c.E('James Corrigan, Key Account Manager, %s' % c.co), P['co2'][0], c.co)
        impact = 'Timeline and finances: no change. Steering group terms of reference to be updated.'
    title = 'Project Amendment Form: %s' % A['name']
    opts = dict(title=title, header='Project Amendment Framework', footer='Amendment %s' % c.s.get('ver', '01'))
    B += [('title', title), ('kv', [('Name of project', A['name']), ('Project owners', '%s, %s (%s)\n%s, %s (%s)' % (P['nh'][0], P['nh'][1], c.nhs_full, P['co'][0], P['co'][1], c.co_full)),
                                   ('Amendment number', c.s.get('ver', '01')), ('Amendment to PID requested', change), ('Reason', 'Agreed at the steering group meeting of 9 July 2025 after the interim progress review.'),
                                   ('Impact of the amendment', impact), ('Submitted date', '14 July 2025'),
                                   ('Public summary / Disclosure UK update needed?', 'Executive summary to be re-certified and republished if the end date changes; Disclosure UK entry unaffected.'),
                                   ('Prospective change', 'The change applies from the date of approval only and does not cover work already carried out.')]),
          ('h1', 'Summary of the approved PID'), ('kv', [('Aim', 'Deliver the %s as set out in the approved PID' % A['name'].lower()), ('Original dates', 'April 2025 to September 2026'), ('Steering group', 'Joint NHS and company membership; meets monthly'), ('Previous amendments', 'None' if c.s.get('ver', '01') == '01' else 'Amendment 01 approved May 2025 (change of meeting frequency)')]),
          ('h1', 'Background to the request')] + [('p', x) for x in A['bg']] + [
          ('h1', 'Current project activities'), ('bl', A['act']),
          ('h1', 'Steering group discussion'), ('p', AMD_DISC), ('h1', 'Revised milestone plan'),
          ('tbl', {'span': 'Milestones after this amendment', 'head': ['Milestone', 'Original date', 'Revised date'], 'rows': [['Evening clinics start', 'June 2025', 'September 2025'], ['Interim review', 'December 2025', 'January 2026'], ['Final evaluation', 'October 2026', 'December 2026']], 'widths': [0.5, 0.25, 0.25]}),
          ('h1', 'Risk assessment of the change'), ('bl', AMD_RISK),
          ('h1', 'Approval'), ('tbl', {'span': 'Approval by each partner', 'head': ['Organisation', 'Name and role', 'Decision', 'Date'],
                                      'rows': [[c.nhs_full, '%s, %s' % P['nh'], 'Approved', '21/07/2025'], [c.co_full, '%s, %s' % P['co'], 'Approved', '22/07/2025']], 'widths': [0.32, 0.38, 0.15, 0.15]}),
          ('note', job_code(c))]
    return B, opts


# ------------------------------------------------------------------ Unknown
def build_unknown(c):
    A = c.A; P = people(c); B = []
    if c.s['style'] == 'minutes':
        pr = promo_text(c)
        title = 'Notes of steering group meeting - %s' % A['name']
        B += [('title', title), ('sub', 'Held 14 May 2025, 14:00-15:30, Microsoft Teams'),
              ('h1', 'Present'), ('bl', ['%s, %s (%s) - chair' % (P['nh'][0], P['nh'][1], c.nhs_full), '%s, %s (%s)' % (P['nh2'][0], P['nh2'][1], c.nhs_full), '%s, %s (%s)' % (P['co'][0], P['co'][1], c.co_full), '%s, %s (%s)' % (P['co2'][0], P['co2'][1], c.co_full)]),
              ('h1', '1. Apologies and declarations'), ('p', 'Apologies from the divisional finance lead. No new declarations of interest.'),
              ('h1', '1a. Matters arising'), ('bl', ['Terms of reference: final version circulated and accepted', 'Clinic room booking at the community hub confirmed until March 2026', 'Patient group representative has joined the evaluation sub-group']),
              ('h1', '2. Progress report'), ('p', A['bg'][1]), ('p', 'Recruitment to the funded nurse post is complete and the first triage sessions ran on 6 May. Forty-one referrals have been triaged so far.'),
              ('h1', '3. Finance'), ('p', MIN_FIN), ('h1', '4. Evaluation'), ('p', MIN_EVAL), ('h1', '5. Risks'), ('p', 'The consultant rota over the summer remains the main risk. Mitigation agreed: two locum sessions booked for August.'),
              ('h1', '5a. Communications'), ('p', 'The clinical lead will brief the GP locality meetings in June. The partners agreed that all project communications go out under the NHS organisation\'s name and are reviewed by both communications teams before use.'),
              ('h1', '6. Any other business'), ('p', 'The patient group asked for a leaflet on self-management; draft to the next meeting.'),
              ('h1', 'Actions'), ('tbl', {'head': ['No.', 'Action', 'Owner', 'Due'], 'rows': [['1', 'Circulate revised clinic schedule', P['nh2'][0], '21/05/2025'], ['2', pr, P['co'][0], '11/06/2025'], ['3', 'Draft self-management leaflet with patient group', P['nh'][0], '11/06/2025']], 'widths': [0.08, 0.57, 0.2, 0.15]}),
              ('p', 'Date of next meeting: 11 June 2025.')]
        return B, dict(title=title, header='Steering group notes - not certified material', footer='')
    # cover letter
    title = 'Cover letter'
    B += [('p', '%s\n' % c.co_full), ('p', c.co_reg), ('p', '3 February 2025'), ('p', 'Dear %s,' % P['nh'][0]),
          ('p', 'Re: %s - draft Project Initiation Document for review' % A['name']),
          ('p', 'Thank you for the productive meeting on 28 January. As agreed, I enclose version 0.3 of the draft Project Initiation Document for the %s, which reflects the changes your team suggested to the resources table and the outcome measures.' % A['name']),
          ('p', 'The draft is now with our medical signatory for certification review. We would be grateful for your comments by 14 February so that the document can go to the joint project board on 20 February. Our compliance team has asked me to confirm that no member of %s\'s sales team has been involved in preparing the proposal, and none will be involved in its delivery.' % c.co),
          ('p', c.E('No member of %s\'s sales team has been involved in preparing the proposal' % c.co) and 'If you have any questions, please contact me on 07700 900412 or at %s.' % P['co_mail']),
          ('p', 'For planning purposes, the proposed timetable is: comments on the draft by 14 February; joint project board on 20 February; approval through your executive management team and our certification process by the end of February; signature of the agreement and publication of the executive summary in March, before any project activity starts.'),
          ('p', 'Yours sincerely,'), ('p', '%s\n%s, %s' % (P['co'][0], P['co'][1], c.co_full)),
          ('p', 'Enc. Draft PID v0.3; project timeline'), ('pb',), ('h1', 'Annex: summary of changes since version 0.2'), ('nl', LETTER_ANNEX)]
    return B, dict(title=title)
