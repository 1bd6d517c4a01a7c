"""Generate the jwreview HELD-OUT evaluation set (documents + labels.json).

Run from /work/main:
    /work/venv/bin/python holdout/make_holdout.py          # write documents and labels
    /work/venv/bin/python holdout/make_holdout.py --check  # re-open every file and verify text, print counts

Labels follow docs/RULES-SEMANTICS.md and are derived from the defects written into each
document (never from running jwreview). Everything is fictional.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import builders as B  # noqa: E402
import render as R  # noqa: E402
from content import P  # noqa: E402

OUT_DIR = os.path.join(HERE, "documents")
RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions", "legal-entities",
         "promotional-language", "sales-roles", "patient-benefit", "measurable-outcomes", "transparency"]
APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework", "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}

# variant -> (outcome, explanation)
VARIANTS = {
    "exit-strategy": {
        "enddate": ("fail", "exit section gives only an end date; nothing on patients, staff or early termination"),
        "negation": ("fail", "exit section says no exit strategy has been agreed"),
        "placeholder": ("fail", "exit clause is an unfilled placeholder '[To be agreed ... insert exit arrangements]'"),
        "discuss": ("fail", "exit clause only says the parties will discuss next steps"),
        "empty": ("fail", "'Exit strategy and early termination' heading is present with an empty body"),
    },
    "confidentiality": {
        "standard": ("warn", "confidentiality is only 'Confidentiality: standard terms.'"),
        "tbc": ("fail", "confidentiality section reads 'Confidentiality: TBC'"),
        "absent": ("fail", "no confidentiality provision anywhere"),
    },
    "data-protection": {
        "gdpr": ("warn", "data protection is only a bare 'GDPR compliant' statement"),
        "dpa1998": ("warn", "cites the outdated Data Protection Act 1998 only"),
        "identifiable": ("fail", "company receives patient-level identifiable data (NHS number etc.)"),
        "controller": ("fail", "the company is made data controller of the patient dataset"),
        "absent": ("fail", "no data-protection provision"),
        "ok": ("pass", ""),
        "n/a": ("n/a", ""),
    },
    "resource-contributions": {
        "onlyco": ("fail", "only the company's contribution is stated; NHS contribution TBC/absent"),
        "asrequired": ("fail", "NHS party's contribution is only 'staff time and facilities as required' with no value"),
        "tbc": ("fail", "NHS contribution 'to be confirmed' in the financial arrangements"),
    },
    "legal-entities": {
        "individual": ("fail", "NHS-side party is a named individual consultant, not the Trust"),
        "pcn": ("fail", "NHS-side party is 'the Ribbleside PCN' with no lead practice or federation as contracting vehicle"),
        "team": ("fail", "NHS-side party is a clinical team (the Diabetes Specialist Nursing Team), not the Trust"),
        "ics": ("fail", "NHS-side party is 'the Lowther Bay Integrated Care System' (a partnership, not the ICB)"),
        "gp": ("fail", "NHS-side party is an individual lead GP signing in a personal capacity"),
    },
    "promotional-language": {
        "brandclaim": ("fail", "brand name with superlative claims (best-in-class / breakthrough / market-leading)"),
        "uptake": ("fail", "aim to increase uptake of a named brand"),
        "jargon": ("fail", "commercial jargon: pull-through, brand plan, share of voice"),
        "switch": ("fail", "amendment adds identifying patients to switch to a named brand with a superiority claim"),
    },
    "sales-roles": {
        "kam": ("fail", "Key Account Manager on the steering group / recruiting sites"),
        "rbm": ("fail", "Regional Business Manager delivers practice briefings and attends reviews"),
        "brandmgr": ("fail", "Brand Manager designs patient materials and the review template"),
        "asm": ("fail", "email asks the Area Sales Manager to join the project group and help deliver GP training"),
        "contact": ("warn", "a sales role (Territory Manager / Key Account Manager) is named only as a contact"),
    },
    "patient-benefit": {
        "nhsonly": ("fail", "benefits stated only for the NHS and the company; no patient benefit"),
        "na": ("fail", "patient benefit field reads 'N/A'"),
        "uptake": ("fail", "the only 'patient' benefit reported is uptake of the company's product"),
    },
    "measurable-outcomes": {
        "qual": ("warn", "outcomes are qualitative only (monitored / feedback), no numbers or targets"),
        "tbc": ("fail", "KPIs / outcome figures are 'TBC'"),
    },
    "transparency": {
        "absent": ("fail", "no commitment to publish the summary or outcomes"),
        "internal": ("fail", "marked internal / not for publication"),
        "discretion": ("fail", "results 'may be published at the Company's discretion' only"),
    },
}

# (file name, type, project, style, format, issues, extras, where-notes)
DOCS = [
    # ---------------- PIDs (12)
    ("Calderbrook_SMI_Physical_Health_PID_v1.0.docx", "pid", "smi", "narr", {}, ("health_promotion",),
     "Fully compliant; 'health promotion' sentence is a near-miss for promotional-language."),
    ("NHF COPD early review - PID (final).docx", "pid", "copd", "form", {"exit-strategy": "enddate", "measurable-outcomes": "qual"}, (),
     "Exit in '12. Exit arrangements'; outcomes in '8. Outcome measures'."),
    ("NHS-Strathmoray_HF-optimisation_PID_v1-0.pdf", "pid", "hf", "scot", {}, (), "Fully compliant (Scottish legal style, FOISA)."),
    ("MER-UK-CW-0412 AF Detection PID.pdf", "pid", "af", "legal", {"sales-roles": "kam", "promotional-language": "brandclaim"}, (),
     "KAM in section 5 team table; brand claim at end of section 1."),
    ("AVCHT Safer Insulin at Home PID v1.0.docx", "pid", "dm", "raci", {"data-protection": "gdpr", "confidentiality": "standard"}, (),
     "Sections 10 and 11."),
    ("Prosiect Anadlu - Project Initiation Document.pdf", "pid", "asthma", "form", {"resource-contributions": "onlyco", "transparency": "absent"}, ("twocol",),
     "Body set in two columns; resources table in section 7 has NHS row 'TBC'; no publication section."),
    ("KVH_FLS_extension_PID_final.docx", "pid", "osteo", "legal", {}, ("termination_unrelated", "sales_exclusion"),
     "Fully compliant; near-misses: unrelated courier-contract 'termination' beside real exit clause, and sentence excluding sales staff."),
    ("EHIN Kidney Health Check PID draft v0.9.pdf", "pid", "ckd", "narr", {"patient-benefit": "nhsonly", "measurable-outcomes": "tbc"}, (),
     "'Who benefits and how' lists only NHS and company; 'How we will know it has worked' says KPIs TBC."),
    ("lowther-bay-headache-pathway-pid.md", "pid", "mig", "form", {"confidentiality": "absent", "data-protection": "identifiable"}, (),
     "No confidentiality section; section 11 sends patient-level extract to the company analyst."),
    ("BP checks closer to home - PID.docx", "pid", "htn", "form", {"exit-strategy": "negation", "sales-roles": "contact"}, (),
     "Section 12 negated; Territory Manager named as contact only under section 5."),
    ("Calderbrook HBHM PID v2 draft.pdf", "pid", "smi", "narr", {"transparency": "internal", "confidentiality": "tbc"}, (),
     "'Openness and publication' says internal/not for publication; confidentiality TBC."),
    ("Care_Home_Polypharmacy_PID_v0.4.docx", "pid", "care", "scot", {"exit-strategy": "empty", "patient-benefit": "na"}, (),
     "Section 12 heading with no text; patient benefit 'N/A' in section 3 (no brand mentioned)."),
    # ---------------- Agreements (11)
    ("CWA - NHS Severnside ICB and Meridale - AF (executed).docx", "agreement", "af", "legal", {}, (),
     "Fully compliant corporate template with definitions and schedules; Clause 'Withdrawal and Wind-down'."),
    ("Meridale_KVH_FLS_Collaborative_Working_Agreement.pdf", "agreement", "osteo", "legal", {"legal-entities": "individual", "confidentiality": "standard"}, (),
     "Party (1) is Dr Helen Okafor personally; confidentiality clause is 'standard terms'."),
    ("Minute of Agreement - NHS Strathmoray and Ardent Biosciences.pdf", "agreement", "hf", "scot", {}, ("sales_exclusion",),
     "Fully compliant Scots minute of agreement; sales exclusion sentence is a near-miss."),
    ("Joint Working Agreement - COPD - Ribbleside.docx", "agreement", "copd", "form", {"legal-entities": "pcn", "data-protection": "dpa1998"}, (),
     "Party is 'the Ribbleside PCN'; DP clause cites DPA 1998 only."),
    ("Safer Insulin at Home - Joint Working Agreement v2.docx", "agreement", "dm", "raci", {"legal-entities": "team", "exit-strategy": "placeholder"}, (),
     "Party is the DSN team; 'Exit and handover' clause is a placeholder."),
    ("BUHB-Corvane Anadlu agreement.pdf", "agreement", "asthma", "form", {"measurable-outcomes": "qual", "transparency": "discretion"}, (),
     "'Measuring success' is qualitative; publication only at company's discretion."),
    ("Ardent CW Agreement - Headache Pathway - Lowther Bay.pdf", "agreement", "mig", "legal", {"legal-entities": "ics", "sales-roles": "rbm"}, (),
     "Party is 'the Lowther Bay Integrated Care System'; Regional Business Manager in roles table."),
    ("Kidney Health Check tripartite agreement.docx", "agreement", "ckd", "narr", {}, ("termination_unrelated",),
     "Fully compliant three-party agreement (HIN via host FT, ICB, company); unrelated 'termination' of an earlier NDA is a near-miss."),
    ("Calderbrook-Halvorsen collaborative working agreement.pdf", "agreement", "smi", "narr", {"data-protection": "controller", "resource-contributions": "asrequired"}, (),
     "Company is data controller; Trust contribution 'as required'."),
    ("Care Home Polypharmacy - Minute of Agreement.docx", "agreement", "care", "scot", {"exit-strategy": "discuss", "confidentiality": "standard"}, (),
     "Withdrawal clause only 'discuss next steps'; confidentiality 'standard terms'."),
    ("Pellam JW agreement - BP checks (draft).pdf", "agreement", "htn", "form", {"legal-entities": "gp", "promotional-language": "jargon"}, (),
     "Party is the lead GP personally; background uses pull-through / brand plan / share of voice."),
    # ---------------- Executive summaries (8)
    ("Executive Summary - AF Detection (Meridale).pdf", "executive-summary", "af", "legal", {"data-protection": "ok"}, (),
     "Fully compliant; mentions patient records so data-protection applies and passes."),
    ("ehin-kidney-health-check-executive-summary.docx", "executive-summary", "ckd", "narr", {"data-protection": "n/a"}, (),
     "Fully compliant; no mention of patient data so data-protection n/a."),
    ("Strathmoray HF clinics - summary of agreement.pdf", "executive-summary", "hf", "scot", {"data-protection": "n/a", "resource-contributions": "onlyco"}, (),
     "Financial arrangements state only the company's funding."),
    ("copd-early-review-executive-summary.md", "executive-summary", "copd", "form", {"promotional-language": "brandclaim", "data-protection": "gdpr"}, (),
     "Brand claim in rationale; 'Use of patient data' says only GDPR compliant."),
    ("Safer Insulin at Home - Executive Summary.docx", "executive-summary", "dm", "raci", {"data-protection": "n/a", "transparency": "absent", "patient-benefit": "nhsonly"}, (),
     "Benefits table has only NHS and industry rows; no publication section."),
    ("Anadlu executive summary EN.pdf", "executive-summary", "asthma", "form", {"sales-roles": "contact", "data-protection": "identifiable"}, (),
     "KAM listed under Contacts; clinic records shared with company at patient level."),
    ("FLS extension - executive summary - Meridale.docx", "executive-summary", "osteo", "legal", {"data-protection": "n/a"}, (),
     "Fully compliant; no patient-data mention so data-protection n/a."),
    ("HBHM executive summary (Halvorsen).pdf", "executive-summary", "smi", "narr", {"data-protection": "ok", "resource-contributions": "tbc"}, (),
     "Trust contribution 'to be confirmed'."),
    # ---------------- Concept frameworks (5)
    ("Kidney Health Check - concept framework.docx", "concept-framework", "ckd", "narr", {}, ("health_promotion",),
     "Fully compliant; 'health promotion' near-miss."),
    ("bp_checks_concept_framework.txt", "concept-framework", "htn", "form", {"resource-contributions": "onlyco"}, (),
     "Resource table: Federation contribution TBC."),
    ("Headache pathway - Project Concept Framework.pdf", "concept-framework", "mig", "legal", {"promotional-language": "uptake", "sales-roles": "brandmgr"}, (),
     "Purpose aims to increase uptake of Migrelon; Brand Manager in project group designing materials."),
    ("Safer Insulin concept framework v0.2.docx", "concept-framework", "dm", "raci", {"patient-benefit": "na"}, (),
     "Patients row in benefits table is 'N/A'."),
    ("HBHM concept framework.pdf", "concept-framework", "smi", "narr", {}, (), "Fully compliant."),
    # ---------------- Outcomes summaries (6)
    ("NHS Strathmoray HF clinics - Summary of Project Outcomes.pdf", "outcomes-summary", "hf", "scot", {}, (), "Fully compliant."),
    ("COPD Early Review - outcomes summary.docx", "outcomes-summary", "copd", "form", {"measurable-outcomes": "qual"}, (),
     "Results are narrative only."),
    ("kidney-health-check-outcomes.txt", "outcomes-summary", "ckd", "narr", {"transparency": "internal"}, (),
     "Marked INTERNAL - not for publication."),
    ("AF project outcomes report - Meridale.docx", "outcomes-summary", "af", "legal", {"promotional-language": "brandclaim", "patient-benefit": "uptake"}, (),
     "Benefits = uptake of Veltrano; 'Looking ahead' makes market-leading/breakthrough claims."),
    ("Safer Insulin at Home - Summary of Outcomes.docx", "outcomes-summary", "dm", "raci", {"sales-roles": "contact"}, (),
     "Key Account Manager listed under Contacts only."),
    ("Anadlu outcomes summary (draft).pdf", "outcomes-summary", "asthma", "form", {"measurable-outcomes": "tbc"}, (),
     "Outcome figures TBC."),
    # ---------------- Amendments (4)
    ("AF project - Amendment 1.docx", "amendment", "af", "legal", {}, ("n1",), "Fully compliant."),
    ("COPD project amendment 2 - new sites.pdf", "amendment", "copd", "form", {"sales-roles": "kam"}, ("n2",),
     "KAM joins steering group and recruits sites."),
    ("Strathmoray HF - Project Amendment 3.docx", "amendment", "hf", "scot", {}, ("n3",), "Fully compliant."),
    ("HBHM amendment form 1.pdf", "amendment", "smi", "narr", {"promotional-language": "switch"}, ("n1",),
     "Switch to Quetrisol with superiority claim."),
    # ---------------- Unknown (2)
    ("RE_ Headache pathway - next steps (email thread).pdf", "unknown", "mig", "form", {"sales-roles": "asm"}, (),
     "Email thread printed to PDF; Area Sales Manager asked to join project group and deliver training."),
    ("Steering Group Agenda - 14 May 2026.docx", "unknown", "ckd", "narr", {}, (),
     "Steering group agenda; attendees non-promotional and a note that no sales staff attend."),
]


def email_thread(p, iss):
    return [
        ("p", "From: Naomi Sterling <naomi.sterling@nhs.net>"),
        ("p", "Sent: 21 October 2025 16:42"),
        ("p", "To: Dr Leon Fairbrother <leon.fairbrother@ardentbio.example>"),
        ("p", "Cc: Dr Rachel Iqbal <rachel.iqbal1@nhs.net>; Medicines Optimisation Team <lbicb.medsopt@nhs.net>"),
        ("p", "Subject: RE: Headache pathway - next steps"),
        ("p", "Hi Leon,"),
        ("p", "Thanks for this. The ICB executive was supportive in principle on Tuesday, but they were clear that the concept framework needs to show our contribution properly (GPwER sessions, pharmacist time and BI) before we start on the PID. Rachel will pull the costs together."),
        ("p", "On training: we would like the sessions to be ICB-led and built around the NICE headache guidance, with our GPwER presenting. Can you confirm the company would fund venue and facilitator time only?"),
        ("p", "Also - could you send me a short note on how your compliance team wants to handle certification of the PID? Our joint working panel next meets on 12 November."),
        ("p", "Best wishes, Naomi"),
        ("p", "Naomi Sterling | Deputy Director of Medicines Optimisation | NHS Lowther Bay Integrated Care Board"),
        ("p", "-----Original Message-----"),
        ("p", "From: Dr Leon Fairbrother <leon.fairbrother@ardentbio.example>"),
        ("p", "Sent: 20 October 2025 09:15"),
        ("p", "To: Naomi Sterling <naomi.sterling@nhs.net>"),
        ("p", "Subject: Headache pathway - next steps"),
        ("p", "Dear Naomi,"),
        ("p", "Good to speak last week. As promised, a summary of where we have got to:"),
        ("bullets", ["Draft concept framework attached (v0.2) - we still need the ICB resource figures.",
                     "Proposed start Q2 2026, 12 months.",
                     "Training for around 30 GPs and practice pharmacists, two evening sessions per locality."]),
        ("p", "I have also asked Gemma Rowe, our Area Sales Manager for the North West, to join the project group so she can help organise and deliver the GP training evenings - she knows most of the practices well."),
        ("p", "Happy to pick up on a call next week."),
        ("p", "Kind regards, Leon"),
        ("p", "Dr Leon Fairbrother | Medical Advisor, Neuroscience | Ardent Biosciences UK Limited"),
        ("pagebreak",),
        ("p", "-----Original Message-----"),
        ("p", "From: Naomi Sterling <naomi.sterling@nhs.net>"),
        ("p", "Sent: 9 October 2025 11:03"),
        ("p", "To: Dr Leon Fairbrother <leon.fairbrother@ardentbio.example>"),
        ("p", "Subject: Headache referrals - possible joint working"),
        ("p", "Leon, following the regional medicines optimisation network meeting, I'd be keen to explore whether a collaborative working project on the primary care headache pathway could work for us. Referrals to neurology for primary headache have risen to about 140 a month and many could be managed in primary care with the right support. Are you free on the 15th?"),
        ("p", "Naomi"),
        ("p", "This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error please notify the sender and delete it. NHS Lowther Bay ICB may be required to disclose this email under the Freedom of Information Act 2000."),
    ]


def agenda(p, iss):
    return [
        ("h1", "Kidney Health Check - Joint Steering Group"),
        ("p", "Date: Thursday 14 May 2026, 14:00-15:30. Venue: Innovation House, Room 2, and Microsoft Teams."),
        ("p", "Chair: Priya Nandakumar, Programme Director, Long-Term Conditions (Eastmere Health Innovation Network)"),
        ("h2", "Members invited"),
        ("table", [["Name", "Organisation", "Role"],
                   ["Priya Nandakumar", "Eastmere Health Innovation Network", "Chair"],
                   ["Dr Colin Ashdown", "NHS Eastmere and Wold ICB", "Clinical Lead for Renal Health"],
                   ["Hannah Greaves", "Halvorsen Pharma UK Limited", "NHS Partnerships Manager"],
                   ["Dr Amit Chauhan", "Halvorsen Pharma UK Limited", "Medical Science Liaison (observer)"],
                   ["Lena Moss", "Eastmere Health Innovation Network", "Evaluation analyst"],
                   ["Two patient representatives", "Kidney Patients' Forum", "Lay members"]], {"widths": [0.3, 0.4, 0.3]}),
        ("p", "As agreed in the terms of reference, no member of the company's sales or marketing teams attends the steering group or receives its papers."),
        ("h2", "Agenda"),
        ("table", [["Item", "Subject", "Lead", "Paper"],
                   ["1", "Welcome, apologies, declarations of interest", "Chair", "-"],
                   ["2", "Minutes of 9 April and action log", "Chair", "A"],
                   ["3", ["Progress report, month 5:", "- practices live (target 30)", "- urine test kits issued and returned"], "QI facilitator", "B"],
                   ["4", "Evaluation: first quarterly uACR figures (aggregated)", "Lena Moss", "C"],
                   ["5", "Risk log review", "Chair", "D"],
                   ["6", "Patient invitation letter - feedback from patient representatives", "Patient reps", "Verbal"],
                   ["7", "Draft amendment: add two practices from Wold South", "Dr Ashdown", "E"],
                   ["8", "Any other business", "All", "-"]], {"widths": [0.08, 0.52, 0.22, 0.18]}),
        ("pagebreak",),
        ("h2", "Action log (from 9 April)"),
        ("table", [["No.", "Action", "Owner", "Status"],
                   ["14", "Circulate revised invitation letter to patient reps", "QI facilitator", "Done"],
                   ["15", "Confirm DPIA covers home testing kit returns", "Lena Moss", "Done - IG lead confirmed 22 April"],
                   ["16", "Check publication date of executive summary on both websites", "Hannah Greaves", "Done - published 12 December 2025"],
                   ["17", "Agree reporting template for month 6", "Chair", "Open"]], {"widths": [0.08, 0.5, 0.2, 0.22]}),
        ("h2", "Notes for members"),
        ("bullets", ["Papers are circulated one week in advance. Please declare any new interests at item 1.",
                     "Figures in Paper C are aggregated at practice-group level; no patient-level information is shared with members.",
                     "Next meeting: 11 June 2026."]),
    ]


def build(spec):
    fname, typ, proj, style, iss, extras, _ = spec
    p = P[proj]
    iss = {k: v for k, v in iss.items()}
    if typ == "pid":
        blocks, hdr, ftr = B.pid(p, iss, style, extras, twocol="twocol" in extras)
    elif typ == "agreement":
        blocks, hdr, ftr = B.agreement(p, iss, style, extras)
    elif typ == "executive-summary":
        blocks, hdr, ftr = B.exec_summary(p, iss, style, extras)
    elif typ == "concept-framework":
        blocks, hdr, ftr = B.concept(p, iss, style, extras)
    elif typ == "outcomes-summary":
        blocks, hdr, ftr = B.outcomes_summary(p, iss, style, extras)
    elif typ == "amendment":
        n = int([e for e in extras if e.startswith("n")][0][1:])
        blocks, hdr, ftr = B.amendment(p, iss, style, n, extras)
    elif fname.startswith("RE_"):
        blocks, hdr, ftr = email_thread(p, iss), "Outlook - printed 23 October 2025", ""
    else:
        blocks, hdr, ftr = agenda(p, iss), "Kidney Health Check steering group", "OFFICIAL"
    return blocks, hdr, ftr


def label(spec):
    fname, typ, proj, style, iss, extras, where = spec
    outcomes, notes = {}, []
    for r in RULES:
        if typ not in APPLIES[r]:
            outcomes[r] = "n/a"
            continue
        v = iss.get(r)
        if v is None:
            outcomes[r] = "n/a" if (r == "data-protection" and typ == "executive-summary") else "pass"
            continue
        o, why = VARIANTS[r][v]
        outcomes[r] = o
        if o in ("fail", "warn"):
            notes.append(f"{r}={o}: {why}")
        if r == "data-protection" and typ == "executive-summary" and o == "n/a":
            notes.append("data-protection n/a: summary does not mention patient data/records/data sharing")
    return {"type": typ, "error": None, "split": "eval", "outcomes": outcomes,
            "notes": ("; ".join(notes) + ". " if notes else "") + where}


def generate():
    os.makedirs(OUT_DIR, exist_ok=True)
    for f in os.listdir(OUT_DIR):
        os.remove(os.path.join(OUT_DIR, f))
    labels = {}
    for spec in DOCS:
        fname = spec[0]
        blocks, hdr, ftr = build(spec)
        path = os.path.join(OUT_DIR, fname)
        if fname.endswith(".docx"):
            R.render_docx(blocks, path, hdr, ftr)
        elif fname.endswith(".pdf"):
            R.render_pdf(blocks, path, hdr, ftr)
        else:
            R.render_text(blocks, path, md=fname.endswith(".md"), header=hdr, footer=ftr)
        labels[fname] = label(spec)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} documents to {OUT_DIR}")


def _norm(s):
    return re.sub(r"\s+", "", s).replace("\u2019", "'")


def check():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    problems = 0
    by_type, by_fmt = collections.Counter(), collections.Counter()
    by_rule = {r: collections.Counter() for r in RULES}
    for spec in DOCS:
        fname, typ = spec[0], spec[1]
        path = os.path.join(OUT_DIR, fname)
        text, pages = R.extract_text(path)
        nt = _norm(text)
        blocks, _, _ = build(spec)
        missing = [t for t in R.iter_texts(blocks) if t and _norm(t)[:40] not in nt]
        if missing:
            problems += 1
            print(f"MISSING in {fname}: {missing[:3]}")
        if pages is not None and pages < 2:
            print(f"SHORT: {fname} has {pages} page(s)")
        lab = labels[fname]
        assert lab["type"] == typ and lab["split"] == "eval"
        for r in RULES:
            o = lab["outcomes"][r]
            if (o == "n/a") != (typ not in APPLIES[r] or (r == "data-protection" and typ == "executive-summary" and spec[4].get(r) in (None, "n/a"))):
                print(f"N/A MISMATCH {fname} {r}")
                problems += 1
            by_rule[r][o] += 1
        by_type[typ] += 1
        by_fmt[os.path.splitext(fname)[1]] += 1
    print("documents:", len(DOCS), "| text problems:", problems)
    print("per type:", dict(by_type))
    print("per format:", dict(by_fmt))
    for r in RULES:
        c = by_rule[r]
        print(f"  {r:24s} pass={c['pass']:2d} fail={c['fail']:2d} warn={c['warn']:2d} n/a={c['n/a']:2d}")
    clean = sum(1 for v in labels.values() if all(o in ("pass", "n/a") for o in v["outcomes"].values()))
    print("fully compliant documents:", clean)
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
