"""Shared invented names and the company's template helpers for holdout7.

Every organisation, person and product here is invented.
"""

CO = "Halvergate Pharmaceuticals UK Limited"
CO_SHORT = "Halvergate"
CO_REG = ("a company incorporated in England and Wales (company number 04417729) whose "
          "registered office is at Unit 4, Tenterden Park, Basingstoke Road, Reading RG2 0QX")
PROG = "Halvergate Partnerships in Care programme"

# company people (non-promotional unless noted)
MED_DIR = ("Dr Miriam Castell", "UK Medical Director")
HEAD_PART = ("Owen Pryce", "Head of NHS Partnerships")
PM_NORTH = ("Sunita Varma", "NHS Partnerships Manager (North)")
PM_WALES = ("Gareth Lowe", "NHS Partnerships Manager (Wales & West)")
PM_SOUTH = ("Abigail Thorne", "NHS Partnerships Manager (South & East)")
PM_SCOT = ("Helen Strachan", "Market Access & Partnerships Manager, Scotland")
MA_RESP = ("Dr Fiona Abernethy", "Medical Affairs Lead, Respiratory")
MSL_CV = ("Tomasz Nowicki", "Medical Science Liaison, Cardiometabolic")
MA_IMM = ("Dr Kwame Asante", "Medical Affairs Manager, Immunology")
RWE = ("Rachel Imrie", "Health Outcomes & RWE Analyst")
COMPL = ("Daniel Osei", "Compliance Manager, UK & Ireland")
GM = ("Philippa Drummond", "General Manager, UK & Ireland")
FIN = ("Marcus Yeo", "Finance Business Partner")


def code(n, month="02/2025"):
    return "UK-HVG-CW-%04d | Date of preparation: %s" % (n, month)


def cap(s):
    return s[:1].upper() + s[1:]


def add(d, content):
    """Add str (paragraph), list (bullets) or tagged tuples to Doc d."""
    if content is None:
        return
    if isinstance(content, str):
        d.p(content)
    elif isinstance(content, list):
        d.bul(content)
    elif isinstance(content, tuple) and content and content[0] in ("tbl", "kv", "num", "small",
                                                                      "p"):
        tag = content[0]
        if tag == "tbl":
            d.tbl(content[1], header=content[2] if len(content) > 2 else True)
        elif tag == "kv":
            d.kv(content[1])
        elif tag == "num":
            d.num_list(content[1])
        elif tag == "small":
            d.small(content[1])
        else:
            d.p(*content[1:])
    elif isinstance(content, tuple):
        for c in content:
            add(d, c)
    else:
        raise TypeError(content)


def fill(d, sections, level=1):
    for heading, content in sections:
        d.h(heading, level)
        add(d, content)


# --- Halvergate standard Joint Working Agreement (template JWA v4) -----------------------

def hvg_agreement(d, *, project, parties, recitals, term, benefits, outcomes,
                  gov, over=None, extra=None, schedules=None, signers=None, defs_extra=None):
    """Write the company's long-form agreement with numbered clauses.

    parties: list of (full name with description, short name).
    over: dict of clause key -> list of sub-clause texts replacing the default.
    """
    over = over or {}
    nhs_short = [s for (_, s) in parties if s != CO_SHORT]
    nhs = " and ".join(nhs_short)
    d.p("THIS AGREEMENT is dated the date of the last signature below.")
    d.h("PARTIES", 2)
    d.num_list([full + ' ("%s")' % short for full, short in parties])
    d.h("BACKGROUND", 2)
    d.num_list(recitals)
    default = {
        "defs": [
            '"Project" means the %s described in Schedule 1.' % project,
            '"Project Data" means the aggregated, anonymised information produced by the '
            'Project for evaluation.',
            '"Steering Group" means the joint group established under the governance clause.',
            '"Term" means the period set out in clause 2.1.'] + (defs_extra or []),
        "term": [term, "No activity under the Project will start until this Agreement has "
                 "been signed by all parties and the executive summary referred to in the "
                 "transparency clause has been published."],
        "contrib": ["Each party shall provide the resources set out against its name in "
                    "Schedule 2. Funding from %s is paid to the organisation, never to an "
                    "individual, and is not conditional on the prescription, supply, "
                    "recommendation or formulary position of any medicine." % CO_SHORT],
        "gov": gov,
        "outcomes": outcomes,
        "conf": [
            "Each party shall keep confidential any information of the other marked or "
            "reasonably understood to be confidential, including commercially sensitive "
            "information, and shall use it only for the Project.",
            "Nothing in this clause prevents disclosure required by law, including under the "
            "Freedom of Information Act 2000, provided the NHS party consults %s where "
            "reasonably practicable before disclosure." % CO_SHORT,
            "This clause continues for five years after the end of the Term."],
        "dp": [
            cap("%s is the data controller for all personal data processed in the Project, "
                "which shall be processed in accordance with the UK GDPR and the Data "
                "Protection Act 2018. A DPIA shall be completed and approved by the Data "
                "Protection Officer of %s before any patient record is accessed." % (
                    nhs_short[0], nhs_short[0])),
            "%s and its staff shall not have access to any information that identifies, or "
            "could reasonably be linked to, an individual patient. Only Project Data shall be "
            "shared with %s." % (CO_SHORT, CO_SHORT)],
        "exit": [
            "Either party may terminate this Agreement on ninety (90) days' written notice, or "
            "immediately on written notice if the other commits a material breach that is not "
            "remedied within thirty (30) days, or if the PMCPA rules that the Project breaches "
            "the ABPI Code of Practice and the breach cannot be remedied by amendment.",
            "On expiry or early termination the Steering Group shall agree a transition plan "
            "within thirty (30) days so that no patient is left without a clinical pathway; "
            "patients under review shall be returned to usual care under their NHS clinician.",
            "Any post funded by %s shall be funded to the end of the notice period, and the "
            "NHS party decides whether to retain it from its own budget." % CO_SHORT],
        "pub": [
            "%s shall publish a summary of this Agreement on its collaborative working web "
            "page before the Project starts." % CO_SHORT,
            "The parties shall publish a summary of the Project outcomes within six months "
            "of its completion; no party may unreasonably withhold agreement to its content.",
            "%s shall disclose payments made under this Agreement on Disclosure UK." % CO_SHORT],
        "ab": ["Each party shall comply with the Bribery Act 2010. Nothing in this Agreement "
               "is an inducement to prescribe, supply, recommend, buy or sell any medicine."],
        "gen": ["Disputes shall be escalated to the signatories and, failing resolution within "
                "thirty (30) days, referred to mediation.",
                "This Agreement is governed by the law of England and Wales.",
                "Variations are valid only if recorded in writing and signed by all parties."],
    }
    titles = [("defs", "Definitions"), ("term", "Commencement and duration"),
              ("contrib", "Contributions of the parties"), ("ben", "Expected benefits"),
              ("gov", "Governance"), ("outcomes", "Measurement of outcomes"),
              ("conf", "Confidentiality"), ("dp", "Data protection"),
              ("exit", "Termination and exit"), ("ab", "Anti-bribery and independence"),
              ("pub", "Transparency and publication"), ("gen", "General")]
    n = 0
    for key, title in titles:
        if key == "ben":
            items = benefits
        else:
            items = over.get(key, default.get(key))
        if items is None:
            continue
        n += 1
        if isinstance(items, str):
            d.h("%d. %s" % (n, title), 2)
            d.p(items)
        else:
            d.clauses(n, title, items)
        if extra and key in extra:
            for t, txt in extra[key]:
                n += 1
                d.clauses(n, t, txt)
    if schedules:
        for stitle, content in schedules:
            d.h(stitle, 2)
            add(d, content)
    if signers:
        d.p("Signed by the authorised representatives of the parties:")
        d.sig(signers)
