"""Non-evidence padding shared by tuning8b documents: background, glossary, references,
risk registers, milestone charts, equality impact assessments, organograms, minutes, templates.

Nothing in here commits any party to anything; the commitments live in the per-document modules.
All organisations, people, journals and products are invented.
"""

BACKGROUND = {
    "hf": [
        "Heart failure affects an estimated 1.9% of the adult population served by the partnership, "
        "rising to around 9% in people aged over 80. Local Hospital Episode Statistics show 1,140 "
        "emergency admissions with a primary diagnosis of heart failure in 2023/24, with a median "
        "length of stay of 8 days and a 30-day readmission rate of 19%.",
        "Optimisation of guideline-directed medical therapy is frequently incomplete. A 2023 audit "
        "across four practices found that only 41% of patients with reduced ejection fraction were "
        "on all recommended drug classes at target dose, largely because titration requires repeated "
        "appointments and blood monitoring that primary care struggles to provide.",
        "Nationally, prescribing of the newer heart failure drug classes has grown quickly; published "
        "prescription cost analysis figures show sales of the class rising by roughly a fifth each year "
        "since 2021. These market figures are cited for context only and say nothing about which "
        "treatment an individual patient should receive.",
    ],
    "copd": [
        "Chronic obstructive pulmonary disease (COPD) is the second most common cause of emergency "
        "admission locally. The recorded prevalence of 2.3% is below the modelled prevalence of 3.4%, "
        "suggesting that around 6,800 people are living with undiagnosed disease.",
        "Quality-assured spirometry was suspended during the pandemic and the backlog has not cleared: "
        "in March 2024, 2,950 patients were waiting for a diagnostic test, the longest for 61 weeks.",
        "Industry analysts report that the inhaled therapy market in England is worth more than one "
        "billion pounds a year, with triple-therapy devices taking an increasing market share. This is "
        "background only; the service described here is diagnostic and product-neutral.",
    ],
    "af": [
        "Atrial fibrillation (AF) is present in about 2.5% of adults but around a third of cases are "
        "undiagnosed. Untreated AF increases the risk of stroke approximately five-fold, and AF-related "
        "strokes are more often fatal or disabling.",
        "Local data show 312 strokes in 2023, of which an estimated 70 occurred in people with AF that "
        "was either unknown or not anticoagulated. Opportunistic pulse checks are recommended at every "
        "contact for people aged 65 and over but are recorded for fewer than one in five.",
        "Anticoagulant sales across the UK have more than doubled over the last decade, and market "
        "share has shifted from vitamin K antagonists to direct oral agents. Those figures are quoted "
        "from a trade publication and are not a project objective.",
    ],
    "t2d": [
        "There are 38,400 people on practice diabetes registers in the area (prevalence 7.9%). Only 36% "
        "meet all three NICE treatment targets for HbA1c, blood pressure and cholesterol, compared with "
        "a national figure of 40%.",
        "Attendance at structured education is low: 9% of people offered a place in 2023 attended. "
        "People from South Asian and Black African and Caribbean communities, and those living in the "
        "most deprived quintile, are least likely to attend.",
        "The incretin-based drug classes now account for a growing share of diabetes drug spend in "
        "England, according to published prescribing statistics. This is included for context about "
        "system pressures and is not linked to any product.",
    ],
    "derm": [
        "Psoriasis affects around 2% of the population; roughly one in five people with psoriasis have "
        "moderate to severe disease and up to 30% develop psoriatic arthritis.",
        "Dermatology outpatient waits at the Trust reached 44 weeks in early 2024. Phototherapy capacity "
        "has fallen after the retirement of two specialist nurses, and patients travel up to 50 miles "
        "for treatment.",
    ],
    "asthma": [
        "Asthma affects about 6.5% of the registered population. Local reviews found that 28% of patients "
        "had been issued six or more reliever inhalers in 12 months, a marker of poor control, and that "
        "annual reviews were completed for 57% of patients.",
        "Three asthma deaths in the area in 2022 were subject to review; all three involved "
        "over-reliance on reliever therapy and no personalised action plan.",
    ],
    "lipid": [
        "Cardiovascular disease remains the leading cause of death in the Trust's catchment. Around "
        "14,000 patients have had a cardiovascular event and only 46% have a recorded LDL-cholesterol "
        "result at the level recommended in national guidance.",
        "Lipid clinics have a waiting list of 19 weeks. Familial hypercholesterolaemia is thought to "
        "affect about 1 in 250 people, but fewer than 10% have been identified locally.",
    ],
    "smoking": [
        "Smoking prevalence in the borough is 14.6%, rising to 24% among routine and manual workers and "
        "to 52% among adults with serious mental illness. Smoking is the largest single cause of the "
        "borough's gap in healthy life expectancy.",
        "The council-commissioned stop smoking service supported 1,310 quit attempts in 2023/24 with a "
        "four-week quit rate of 51%, but referrals from secondary care were very low.",
    ],
    "mh": [
        "Around 4,200 adults in the Trust's area are on the serious mental illness register. People with "
        "SMI die on average 15 to 20 years earlier than the general population, mostly from preventable "
        "physical illness.",
        "Annual physical health checks were completed for 49% of people on the register in 2023/24, "
        "against a national ambition of 60%.",
    ],
    "onc": [
        "The Trust's acute oncology service receives about 3,600 telephone contacts a year from patients "
        "receiving systemic anticancer therapy. A 2023 review found that 31% of emergency attendances "
        "could have been managed through same-day ambulatory assessment.",
        "Sales of oral anticancer medicines in the UK have risen sharply over the past five years, a "
        "trend reported by several market analysts. More patients now take treatment at home and need "
        "rapid access to advice when side effects develop.",
    ],
    "ckd": [
        "Chronic kidney disease stages 3-5 is recorded for 4.1% of adults, below the expected 6.5%. "
        "Urine albumin-creatinine ratio testing was recorded for only 38% of people with diabetes in the "
        "last year.",
        "Late referral to renal services is associated with worse outcomes; 27% of patients starting "
        "dialysis locally in 2023 were first seen by a nephrologist less than 90 days before.",
    ],
}

GLOSSARY = {
    "Exit strategy": "The arrangements by which a project is brought to an end, whether at the planned "
                     "completion date or earlier. Used in this document in its general sense.",
    "Confidential information": "Information that is not in the public domain and which one party "
                                "indicates, or which would reasonably be understood, to be sensitive.",
    "Data controller": "The organisation that determines the purposes and means of processing personal "
                       "data, as defined in data protection legislation.",
    "Data processor": "An organisation that processes personal data on behalf of a data controller.",
    "DPIA": "Data Protection Impact Assessment: a process to identify and minimise the data protection "
            "risks of a project.",
    "KPI": "Key Performance Indicator: a measure used to track progress towards an objective.",
    "ICB": "Integrated Care Board: the statutory NHS body responsible for planning and funding most NHS "
           "services in its area.",
    "PCN": "Primary Care Network: a group of general practices working together with community services.",
    "MSL": "Medical Science Liaison: a scientifically qualified, non-promotional role within a company's "
           "medical affairs function.",
    "Disclosure UK": "The ABPI's public database of payments and benefits in kind made by pharmaceutical "
                     "companies to healthcare professionals and organisations.",
    "Transfer of value": "A direct or indirect payment or benefit in kind provided by a company.",
    "In-kind contribution": "A non-cash resource such as staff time, rooms, equipment or data.",
    "Mainstreaming": "The process by which a pilot activity becomes part of routine commissioned services.",
    "Steering group": "The group with delegated authority to oversee delivery of the project.",
    "Baseline": "The value of a measure before an intervention begins, used for comparison.",
    "SPC": "Summary of Product Characteristics: the regulatory document describing a medicine.",
    "Collaborative working": "Pooling of skills, experience and/or resources by a company and one or more "
                             "organisations for the joint development and implementation of projects.",
    "Caldicott Guardian": "A senior person responsible for protecting the confidentiality of patient "
                          "information and enabling appropriate information-sharing.",
}


def glossary(terms, heading="Glossary of terms", table=True):
    rows = [[t, GLOSSARY[t]] for t in terms]
    if table:
        return [("h1", heading), ("t", ["Term", "Meaning"], rows, [0.27, 0.73])]
    return [("h1", heading)] + [("p", "%s - %s" % (t, d)) for t, d in rows]


GENERIC_REFS = {
    "code": "ABPI. Code of Practice for the Pharmaceutical Industry 2024. London: ABPI; 2024.",
    "conf": "Department of Health. Confidentiality: NHS Code of Practice. London: DH; 2003.",
    "toolkit": "ABPI. Joint Working: a toolkit for industry and the NHS. London: ABPI; 2019.",
    "nhsc": "NHS Confederation and ABPI. Accelerating transformation: how to develop effective "
            "NHS-industry partnerships. 2024.",
    "dpa": "Information Commissioner's Office. Guide to the UK General Data Protection Regulation. "
           "Wilmslow: ICO; 2023.",
    "igguide": "Northern Information Governance Network. Information governance in small projects: "
               "a practical note. 2022.",
    "sponsor": "Department of Health. Commercial sponsorship - ethical standards for the NHS. 2000.",
}

COND_REFS = {
    "hf": ["Hartley J, Osei P. Heart failure admissions in a northern coastal population. Northmoor "
           "Public Health Bulletin 2023;12:4-11.",
           "Blakeney R et al. Nurse-led titration clinics: a service evaluation. Br J Community "
           "Cardiol Pract 2022;7:55-61."],
    "copd": ["Fairclough A, Dunmore S. Spirometry recovery after the pandemic: a regional survey. "
             "Resp Serv Rev 2023;18:102-9."],
    "af": ["Oyelaran T, Pike M. Pulse checks in community pharmacy: a feasibility study. J Pharm "
           "Pract North 2022;4:21-8."],
    "t2d": ["Ghosh N, Whitlock E. Attendance at structured diabetes education in deprived areas. "
            "Diab Prim Care Rev 2023;25:14-20."],
    "derm": ["Castellane L. Access to phototherapy in rural England. Derm Serv Q 2022;9:33-9."],
    "asthma": ["Pritchard H et al. Reliever over-use and asthma deaths: a local review. Resp Serv Rev "
               "2023;18:44-50."],
    "lipid": ["Adeyemi K, Rowntree B. Lipid optimisation after myocardial infarction. Cardio Prev J "
              "2023;11:88-94."],
    "smoking": ["Harcourt P. Opt-out tobacco dependence treatment in hospitals. Tob Serv Bull "
                "2023;6:3-9."],
    "mh": ["Mensah D, Low F. Physical health checks for people with SMI. Ment Health Serv J "
           "2022;15:71-7."],
    "onc": ["Treharne C et al. Ambulatory acute oncology: a two-year evaluation. Onc Nurs Pract "
            "2023;21:12-19."],
    "ckd": ["Vaughan-Lee S. Late referral in CKD. Renal Care North 2022;3:40-6."],
}


def references(cond, keys, heading="References"):
    items = COND_REFS.get(cond, []) + [GENERIC_REFS[k] for k in keys]
    return [("h1", heading), ("n", items)]


def background(cond, heading="Background"):
    return [("h1", heading)] + [("p", t) for t in BACKGROUND[cond]]


def risk_register(rows, heading="Risk register"):
    """rows: (risk, L, I, mitigation, owner, status)."""
    body = [["R%02d" % (i + 1)] + list(r) for i, r in enumerate(rows)]
    return [("h1", heading),
            ("p", "Likelihood (L) and impact (I) are scored 1-5. The register is reviewed at each "
                  "steering group meeting and risks scoring 15 or more are escalated."),
            ("t", ["ID", "Risk", "L", "I", "Mitigation", "Owner", "Status"], body,
             [0.06, 0.26, 0.04, 0.04, 0.32, 0.14, 0.14])]


def gantt(rows, periods, heading="Milestone plan"):
    """rows: (milestone, first_index, last_index, owner)."""
    header = ["Milestone"] + periods + ["Owner"]
    body = []
    for name, a, b, owner in rows:
        body.append([name] + ["X" if a <= i <= b else "" for i in range(len(periods))] + [owner])
    n = len(periods)
    widths = [0.34] + [0.5 / n] * n + [0.16]
    return [("h1", heading), ("t", header, body, widths)]


def eia(notes, heading="Equality impact assessment"):
    chars = ["Age", "Disability", "Gender reassignment", "Marriage and civil partnership",
             "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation",
             "Deprivation / inclusion health"]
    rows = []
    for c in chars:
        impact, note = notes.get(c, ("Neutral", "No differential impact identified."))
        rows.append([c, impact, note])
    return [("h1", heading),
            ("p", "The screening below follows the Public Sector Equality Duty template used by the "
                  "NHS partner. It will be revisited at the mid-point review."),
            ("t", ["Protected characteristic", "Impact", "Notes"], rows, [0.28, 0.14, 0.58])]


def organogram(rows, heading="Governance structure"):
    """rows: (level, body, membership, reports to)."""
    return [("h1", heading),
            ("p", "The structure is shown as a table; arrows in the original diagram run upwards."),
            ("t", ["Level", "Body / role", "Membership", "Reports to"], [list(r) for r in rows],
             [0.08, 0.24, 0.44, 0.24])]


def minutes(title, date, attendees, apologies, items, dist=None):
    blocks = [("h2", "%s - %s" % (title, date)),
              ("p", "Present: " + "; ".join(attendees)),
              ("p", "Apologies: " + ("; ".join(apologies) if apologies else "none"))]
    blocks.append(("t", ["Item", "Discussion", "Action / owner"], [list(r) for r in items],
                   [0.18, 0.58, 0.24]))
    if dist:
        blocks.append(("p", "Distribution: " + "; ".join(dist)))
    return blocks


def revision_table(rows, heading="Document control"):
    return [("h2", heading), ("t", ["Version", "Date", "Author", "Summary of change"],
                              [list(r) for r in rows], [0.12, 0.16, 0.26, 0.46])]


def highlight_template(heading="Appendix - Highlight report template"):
    rows = [["Reporting period", "[dd/mm/yyyy to dd/mm/yyyy]"],
            ["Overall RAG status", "[Red / Amber / Green]"],
            ["Achievements this period", "[free text]"],
            ["Planned for next period", "[free text]"],
            ["Risks and issues", "[reference register IDs]"],
            ["Decisions required", "[free text]"],
            ["Prepared by / date", "[name, role] / [date]"]]
    return [("h1", heading),
            ("p", "To be completed by the project manager and circulated one week before each "
                  "steering group meeting."), ("kv", rows)]


def change_request_template(heading="Appendix - Change request form"):
    rows = [["Change reference", "[CR-nn]"], ["Requested by", "[organisation]"],
            ["Description of change", "[ ]"], ["Reason", "[ ]"],
            ["Impact on scope, cost and timeline", "[ ]"],
            ["Approved by steering group (date)", "[ ]"]]
    return [("h1", heading), ("kv", rows)]


def stakeholder_map(rows, heading="Stakeholder analysis"):
    return [("h1", heading),
            ("t", ["Stakeholder", "Interest", "Influence", "Engagement approach"],
             [list(r) for r in rows], [0.25, 0.3, 0.12, 0.33])]


def comms_plan(rows, heading="Communications plan"):
    return [("h1", heading),
            ("t", ["Audience", "Message", "Channel", "Timing"], [list(r) for r in rows],
             [0.22, 0.38, 0.2, 0.2])]


RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "pid": set(RULES) - {"legal-entities"},
    "agreement": set(RULES),
    "executive-summary": {"data-protection", "resource-contributions", "promotional-language",
                          "sales-roles", "patient-benefit", "transparency"},
    "concept-framework": {"resource-contributions", "promotional-language", "sales-roles",
                          "patient-benefit"},
    "outcomes-summary": {"promotional-language", "sales-roles", "patient-benefit",
                         "measurable-outcomes", "transparency"},
}


def spec(file, dtype, fmt, title, header_left, header_right, footer, cover, blocks, keys,
         defects=None, notes="", author="", toc_title="Contents", es_data=True):
    """Build a document spec. defects: {rule: outcome}; all other applicable rules pass."""
    defects = defects or {}
    outcomes = {}
    for r in RULES:
        if r not in APPLIES[dtype]:
            outcomes[r] = "n/a"
        elif dtype == "executive-summary" and r == "data-protection" and not es_data:
            outcomes[r] = "n/a"
        else:
            outcomes[r] = defects.get(r, "pass")
    for r in defects:
        assert r in APPLIES[dtype], (file, r)
    return {"file": file, "type": dtype, "fmt": fmt, "title": title,
            "header_left": header_left, "header_right": header_right, "footer": footer,
            "cover": cover, "blocks": blocks, "keys": keys, "outcomes": outcomes,
            "notes": notes or "All applicable rules pass.", "author": author,
            "toc_title": toc_title}
