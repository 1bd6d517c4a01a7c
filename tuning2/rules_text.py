"""Rule-variant wording for the tuning2 generator. Each function returns text for one rule in one
variant; `ev` collects snippets that --check must find, `forbid` words that must be absent."""


class Ctx:
    def __init__(self, spec, A, CO, NH, idx):
        self.s = spec; self.A = A; self.idx = idx
        self.co_full, self.co, self.co_reg = CO
        self.nhs_full, self.nhs_short, self.nhs_addr = NH
        self.v = spec['v']; self.ev = []; self.forbid = []
        self.region = spec.get('region', 'eng')

    def var(self, rule):
        return self.v.get(rule, 'pass')

    def E(self, t):
        self.ev.append(t); return t

    @property
    def Nhs(self):  # sentence-initial short name
        return self.nhs_short[0].upper() + self.nhs_short[1:]


def exit_text(c, legal=False):
    v = c.var('exit-strategy'); N = c.Nhs; n = c.nhs_short
    if v == 'tbc':
        return c.E('[to be confirmed]')
    if v == 'na':
        return c.E('N/A')
    if v == 'empty':
        c.forbid += ['notice', 'wind-down', 'handover', 'revert to', 'mainstream']
        return ''
    if v == 'neg':
        c.forbid += ['days\' notice', 'months\' notice', 'wind-down', 'handover']
        return c.E('No exit arrangements have been agreed at this stage; the partners will consider this once the service has been running for six months.')
    if v == 'enddate':
        c.forbid += ['notice', 'wind-down', 'handover', 'revert', 'terminat', 'mainstream']
        return c.E('This Agreement starts on the Effective Date and ends on 31 March 2027.')
    if v == 'discuss':
        c.forbid += ['notice', 'wind-down', 'handover', 'revert', 'terminat']
        return c.E('Towards the end of the project the parties will discuss next steps.')
    k = c.idx % 4
    near = ''
    if v == 'nearmiss':
        near = c.E('This Agreement follows the termination of the previous contract between the Board and an unrelated supplier for outsourced clinic administration; that termination does not affect the arrangements below. ')
    if legal or k == 0:
        return near + ('Either Party may end this Agreement by giving the other not less than three months\' written notice. On expiry or early termination %s will make sure that every patient enrolled in the service continues to receive care through standard pathways, with a named clinician, and the post funded by %s will either be absorbed into %s\'s establishment or end in line with its fixed-term contract policy. The Parties acknowledge that the project may be amended or stopped if the PMCPA rules that it breaches the ABPI Code.' % (n, c.co, n))
    if k == 1:
        return near + ('On completion the service transfers into %s\'s core commissioning, subject to the evaluation at month 15. Either organisation may withdraw with 90 days\' written notice; if that happens, %s will continue to see any patient already booked and patients under active review are handed back to their GP practice with a written plan.' % (n, n))
    if k == 2:
        return near + ('Wind-down begins three months before the end date, when the steering group agrees a handover plan. Industry-funded sessions revert to %s\'s establishment or cease; patients remain under the care of their usual clinicians. Either party may terminate on 60 days\' notice, or immediately following an adverse PMCPA ruling.' % n)
    return near + ('If the agreed targets are met the clinics are mainstreamed into %s\'s commissioned services from the following financial year; otherwise patients return to usual care with their practice. Either partner may give 60 days\' notice to leave the project, and %s keeps responsibility for continuity of care throughout.' % (n, n))


def conf_text(c):
    v = c.var('confidentiality')
    if v == 'std':
        c.forbid += ['freedom of information']
        return c.E('Standard confidentiality applies.') if c.idx % 2 else c.E('Confidentiality: standard terms.')
    if v == 'tbc':
        c.forbid += ['freedom of information']
        return c.E('[to be confirmed]')
    if v == 'neg':
        c.forbid += ['freedom of information', 'duty of confidentiality']
        return c.E('No specific confidentiality obligations are needed for this project and none have been agreed.')
    if c.var('data-protection') != 'pass':
        foi = 'the Freedom of Information (Scotland) Act 2002' if c.region == 'scot' else 'the Freedom of Information Act 2000'
        return ('Project and commercially sensitive information exchanged between the partners is treated as confidential and is not passed to third parties without written consent, except where %s must release it under %s. These obligations continue for five years after the project ends.' % (c.nhs_short, foi))
    foi = 'the Freedom of Information (Scotland) Act 2002' if c.region == 'scot' else 'the Freedom of Information Act 2000'
    return ('Patient information stays within %s\'s clinical systems and is handled under the common law duty of confidentiality. '
            'Project and commercially sensitive information exchanged between the partners is treated as confidential and is not passed to third parties without written consent, except where %s must release it under %s.' % (c.nhs_short, c.nhs_short, foi))


def dp_text(c):
    v = c.var('data-protection')
    if v == 'gdpr':
        c.forbid += ['data protection act 2018', 'dpia', 'data controller', 'anonymised']
        return c.E('The project will be GDPR compliant.')
    if v == '1998':
        c.forbid += ['data protection act 2018', 'dpia', 'uk gdpr']
        return c.E('Each Party shall comply with the Data Protection Act 1998 in respect of any personal data processed under this Agreement.')
    if v == 'pid':
        return c.E('To support the evaluation, %s will send %s a monthly extract containing patient NHS numbers, dates of birth and review outcomes.' % (c.nhs_short, c.co))
    if v == 'controller':
        return c.E('%s shall act as data controller for the project dataset and shall host the patient-level data on its evaluation platform.' % c.co)
    if v == 'tbc':
        return c.E('Data protection arrangements: TBC')
    if v == 'absent':
        c.forbid += ['gdpr', 'data protection', 'dpia', 'data controller', 'anonymised', 'caldicott']
        return None
    return ('%s is the data controller for all patient data used in the project, which is processed under UK GDPR and the Data Protection Act 2018. A DPIA has been completed and signed off by the Caldicott Guardian. %s receives anonymised, aggregated figures only and no %s employee has access to patient-identifiable information.' % (c.Nhs, c.co, c.co))


def res_rows(c):
    """Return list of (party, contribution, value) rows."""
    v = c.var('resource-contributions'); amt = 48000 + 7300 * (c.idx % 7)
    co_row = (c.co_full, 'Funding for 0.6 WTE band 8a specialist pharmacist for 18 months; project management support (about 20 days); design of the evaluation framework', '£%s cash; in kind approx. £9,000' % format(amt, ','))
    nhs_row = (c.nhs_full, 'Clinic space in community hubs; clinical oversight from the clinical lead (one session per week); data analyst time (0.1 WTE); IT and clinical system access', 'In kind, approx. £%s' % format(amt - 6000, ','))
    if v == 'onlyco':
        c.forbid += ['clinic space in community hubs']
        return [co_row]
    if v == 'asreq':
        return [co_row, (c.nhs_full, 'Staff and facilities as required', '')]
    if v == 'tbc':
        return [co_row, (c.nhs_full, 'TBC', 'TBC')]
    return [co_row, nhs_row]


def res_prose(c):
    rows = res_rows(c)
    if len(rows) == 1:
        return '%s will fund 0.6 WTE band 8a specialist pharmacist for 18 months (%s) and provide project management support.' % (c.co, rows[0][2].split(';')[0])
    co = '%s will fund 0.6 WTE band 8a specialist pharmacist for 18 months (%s) and provide project management support and evaluation design.' % (c.co, rows[0][2].split(';')[0])
    if c.var('resource-contributions') == 'asreq':
        return co + ' ' + c.E('%s will provide staff and facilities as required.' % c.Nhs)
    if c.var('resource-contributions') == 'tbc':
        return co + ' ' + c.E('%s contribution: TBC.' % c.Nhs)
    return co + ' %s provides clinic space, clinical oversight and data analyst time, valued in kind at about %s.' % (c.Nhs, rows[1][2].split('approx. ')[1])


def benefits(c):
    """(patients, nhs, company) -- patients None when patient benefit fails."""
    v = c.var('patient-benefit'); A = c.A
    if v in ('nhsonly', 'uptake', 'na'):
        c.forbid.append(A['pt'][:40])
    if v == 'nhsonly':
        return None, A['nhs'], A['co']
    if v == 'na':
        return c.E('N/A'), A['nhs'], A['co']
    if v == 'uptake':
        return None, c.E('The main benefit of the project is increased uptake of %s among eligible patients across the area.' % A['brand']), A['co']
    return A['pt'], A['nhs'], A['co']


def promo_text(c):
    v = c.var('promotional-language'); b = c.A['brand']
    if v == 'uptake':
        return c.E('A secondary aim is to support uptake of %s, so that more eligible people are started on it at their review.' % b)
    if v == 'superlative':
        return c.E('%s, the best-in-class once-daily inhaler, will be offered to every patient reviewed in the programme.' % b)
    if v == 'pullthrough':
        return c.E('The project is expected to deliver pull-through for the %s brand across participating services.' % b)
    if v == 'share':
        return c.E(b + "'s share of new anticoagulant prescriptions in the participating practices rose from 18% to 34%, demonstrating the value of the programme.")
    if v == 'brandplan':
        return c.E('Align the project timeline with the 2025 %s brand plan to maximise share of voice with dermatologists.' % b)
    if v == 'switch':
        return c.E('extend the review clinics to switch patients from warfarin to %s where they are eligible' % b)
    if v == 'nice':
        return c.E(c.A['neutral'])
    return None


def sales_member(c):
    """Extra company member row for governance, or None."""
    v = c.var('sales-roles')
    if v == 'kam':
        return (c.E('Mark Fenton'), c.E('Key Account Manager, %s' % c.co), 'Steering group member')
    if v == 'tm':
        return ('Lucy Harker', c.E('Territory Manager, %s' % c.co), 'Practice engagement and scheduling')
    return None


def measures(c, nhs_only=False):
    v = c.var('measurable-outcomes'); A = c.A
    if v == 'qual':
        c.forbid += ['baseline']
        return [c.E(A['qual'])]
    if v == 'tbc':
        c.forbid += ['baseline']
        return [c.E('Key performance indicators: TBC')]
    if v == 'agree':
        c.forbid += ['baseline']
        return [c.E('Success measures: to be agreed by the steering group after mobilisation.')]
    return list(A['kpis_nhs'] if nhs_only else A['kpis'])


def transparency_text(c, kind='plan'):
    v = c.var('transparency'); co = c.co
    if v == 'internal':
        c.forbid += ['disclosure uk', 'within six months', 'will be published', 'will publish']
        return c.E('INTERNAL - NOT FOR PUBLICATION')
    if v == 'discretion':
        c.forbid += ['disclosure uk', 'within six months', 'will be published', 'will publish']
        return c.E('Results may be published at %s\'s discretion.' % co)
    if v == 'tbc':
        c.forbid += ['disclosure uk', 'within six months', 'will be published', 'will publish']
        return c.E('Publication plans: TBC')
    if v == 'absent':
        c.forbid += ['disclosure uk', 'within six months', 'publish', 'publication']
        return None
    if kind == 'out':
        return 'This summary is published on the websites of %s and %s within six months of the project end date, as agreed at the outset.' % (c.co_full, c.nhs_full)
    if c.idx % 2 or c.var('data-protection') != 'pass':
        return 'A summary of the agreement will be published on %s\'s collaborative working web page before the project starts, and both partners will publish a summary of outcomes within six months of completion. %s\'s contribution will be disclosed on Disclosure UK as a transfer of value.' % (co, co)
    return '%s will publish an executive summary of this collaboration on its website before any project activity begins. The partners will publish the outcomes, using anonymised aggregate figures only, as soon as possible and in any case within six months of the end of the project.' % co
