"""Generate the tuning3b labelled document set (deterministic).

Run from /work/main:
    /work/venv/bin/python tuning3b/make_tuning3b.py          # write documents + labels.json
    /work/venv/bin/python tuning3b/make_tuning3b.py --check  # re-open every file and verify
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from t3b_build import Spec, build, RULES  # noqa: E402
from t3b_render import write_docx, write_pdf, write_text, extract, norm  # noqa: E402

OUT = os.path.join(HERE, "documents")
F, W, P = "fail", "warn", "pass"


def o(outcome, blocks=None, at="slot", n="", h=None):
    d = dict(o=outcome, b=blocks, at=at, n=n)
    if h:
        d["h"] = h
    return d


SPECS = []
NOTES = {}


def add(spec, note="compliant: all applicable rules pass"):
    spec.idx = len(SPECS)
    SPECS.append(spec)
    NOTES[spec.fn] = note


# ----------------------------------------------------------------------------- PIDs
add(Spec("Kestrel Valley PCN - T2D LTC review PID v1.0.md", "pid", "pcn", "t2d", "halver", "kestrel", amt=42000,
         extra={"after_team": [("Fit with PCN priorities", [("bullets", [
             "Supports QOF diabetes indicators and the PCN's LTC recall work.",
             "Uses ARRS clinical pharmacist and care co-ordinator time already in post.",
             "Halvergate has no role in choosing, recommending or reviewing any patient's medicines."])])]}))
add(Spec("CTUHB_HF_Optimisation_PID_v2.docx", "pid", "hb", "hf", "halver", "cwm", amt=68000,
         ov={"exit-strategy": o(F, ["TBA – to be confirmed by the Project Board."],
                                n="'Sustainability and handover' heading whose body is only 'TBA'")}),
     "exit-strategy=fail: 'Sustainability and handover' section contains only 'TBA – to be confirmed'.")
add(Spec("Northbridge-Westmere CKD evaluation - project initiation document.pdf", "pid", "acad", "ckd", "corvane",
         "westmere", uni=True, amt=55000,
         extra={"after_team": [("Separation from commercial activity", [
             "No member of the Company's sales or marketing teams will take part in the evaluation, attend steering "
             "group meetings or receive any project information."])]},
         ov={"confidentiality": o(F, ["xx"], n="placeholder"),
             "transparency": o(F, ["Results may be published at the Company's discretion following internal review."])}),
     "confidentiality=fail: 'Confidentiality of project materials' body is the placeholder 'xx'. transparency=fail: "
     "'Dissemination' says only that results may be published at the Company's discretion. Near-miss: sales staff "
     "explicitly excluded (sales-roles pass).")
add(Spec("Delmont_Harrowdale_HF_Program_PID_FINAL.docx", "pid", "us", "hf", "delmont", "harrow", amt=90000,
         ov={"sales-roles": o(F, [("table", [["Name", "Organisation", "Role"],
                                             ["Dr Priya Nandakumar", "{nhs}", "Chair; ICB clinical lead for cardiovascular disease"],
                                             ["Mr Declan Quinn", "{nhs}", "Senior medicines optimisation pharmacist"],
                                             ["Marcus Bell", "{co}", "NHS Partnerships Manager"],
                                             ["Tyler Brandt", "{co}", "Territory Manager, Yorkshire North – committee member"]]),
                                  "The committee meets every six weeks and approves all deliverables."]),
             "promotional-language": o(F, ["The Program is also expected to support pull-through of Cardexa® (the "
                                           "Company's heart failure medicine) across the ICB's primary care footprint."],
                                       at="background")}),
     "sales-roles=fail: a Territory Manager sits on the Governance committee table. promotional-language=fail: "
     "background paragraph says the Program will 'support pull-through of Cardexa®'.")
add(Spec("Kestrel Valley asthma reviews - PID.pdf", "pid", "pcn", "resp", "bright", "kestrel", amt=45000,
         ov={"resource-contributions": o(F, ["Cash vs in-kind:", ("table", [["Who", "Cash", "In-kind"],
                                                                            ["{co}", "£45,000 for a 0.6 WTE respiratory nurse (12 months)", "Project support, 20 days"],
                                                                            ["Member practices", "-", "Support as required"]])]),
             "confidentiality": o(W, ["Confidentiality: standard terms."])}),
     "resource-contributions=fail: practices' contribution is only 'Support as required' in the 'Who puts in what' table. "
     "confidentiality=warn: bare 'Confidentiality: standard terms.'")
add(Spec("NGHSCT Lipid Optimisation PID (Sponsor copy).docx", "pid", "hb", "lipid", "corvane", "glens", amt=61000,
         ov={"data-protection": o(F, ["To make booking easier, participating practices will send the Sponsor a list of "
                                      "eligible patients (name, date of birth, telephone number and latest cholesterol "
                                      "result). The Sponsor's project co-ordinator will telephone patients to arrange "
                                      "appointments. All processing will comply with the UK GDPR."]),
             "exit-strategy": o(F, ["Appropriate arrangements for the continuation or otherwise of the service will be "
                                    "made in due course."]),
             "measurable-outcomes": o(W, ["Outcomes will be monitored by the Project Board throughout the Project and "
                                          "reported at its conclusion. Success will be judged on improvements in patient "
                                          "care and the experience of staff."])}),
     "data-protection=fail: company receives patient names, DOB and phone numbers (UK GDPR mentioned but identifiable data go to Sponsor). "
     "exit-strategy=fail: vague 'appropriate arrangements ... in due course'. measurable-outcomes=warn: qualitative only.")
add(Spec("Calder Ashby FLS expansion - PID - University evaluation partner.docx", "pid", "acad", "fls", "halver", "calder",
         uni=True, amt=58000))
add(Spec("Ostrander_Westmere_AF_Detection_PID.pdf", "pid", "us", "af", "ostr", "westmere", amt=74000,
         ov={"exit-strategy": o(F, ["The Program will run from April 1, 2026 through September 30, 2027."], h="Program term"),
             "data-protection": o(W, ["All Program activities will be conducted in compliance with HIPAA and applicable "
                                      "privacy regulations."]),
             "legal-entities": None},
         extra={"bg_extra": ["The previous ambulatory ECG monitoring arrangement was terminated in 2024 when the "
                             "supplier's contract ended; this Program is unrelated to that contract."]}),
     "exit-strategy=fail: only a start/end date under 'Program term'; the word 'terminated' appears only in background about an "
     "unrelated ECG supplier contract (near-miss). data-protection=warn: only 'compliance with HIPAA and applicable privacy "
     "regulations' (wrong jurisdiction, no UK GDPR/controller/DPIA) – treated like a bare/outdated statement.")
add(Spec("KV PCN CKD case-finding PID draft 3.docx", "pid", "pcn", "ckd", "ostr", "kestrel", amt=36000,
         ov={"confidentiality": o(F, None),
             "measurable-outcomes": o(F, ["KPIs TBC – to be agreed with the ICB analytics team once the project starts."])}),
     "confidentiality=fail: no confidentiality section or wording anywhere. measurable-outcomes=fail: 'KPIs TBC'.")
add(Spec("BTUHB Psoriasis Community Triage - PID.pdf", "pid", "hb", "derm", "bright", "teifi", amt=52000))

# ----------------------------------------------------------------------------- Agreements
add(Spec("CTUHB-Brightmoor Collaborative Working Agreement (Dermatology).docx", "agreement", "hb", "derm", "bright", "cwm",
         amt=64000))
add(Spec("Delmont_Carver_Services_Agreement_AF.pdf", "agreement", "us", "af", "delmont", "forge", amt=30000,
         ov={"legal-entities": o(F, ["This Agreement is entered into by and between:", ("bullets", [
             "Dr Rhys Carver, General Practitioner, of The Old Forge Surgery, Heol Fawr, Pentrebach CF48 4AA (the \"Practitioner\"); and",
             "Delmont Pharma UK Limited, company number 04417720, registered office 3 Meridian Place, Reading RG2 6GE (the \"Company\")."])]),
             "confidentiality": o(W, ["The Parties' standard confidentiality terms apply."]),
             "transparency": o(F, ["This Agreement and its results are internal to the Parties and are not for publication."])},
         extra={"sign": ["Signed by Dr Rhys Carver, in his personal capacity", "Signed for {co}: VP & General Manager, UK & Ireland"]}),
     "legal-entities=fail: contracting party is an individual GP (Dr Rhys Carver). confidentiality=warn: only 'standard "
     "confidentiality terms apply'. transparency=fail: 'internal ... not for publication'.")
add(Spec("SLHSCT Ostrander agreement - community dermatology.pdf", "agreement", "hb", "derm", "ostr", "loughs", amt=72000,
         ov={"data-protection": o(W, ["The parties confirm that the Project is GDPR compliant."]),
             "resource-contributions": o(F, [("table", [["Party", "Contribution"],
                                                        ["{co}", "£72,000 towards a dermatology nurse specialist (18 months)"],
                                                        ["{nhs}", "TBC"]])]),
             "exit-strategy": o(F, ["See Appendix C."])},
         extra={"end": [("Appendix C – Exit and handover arrangements", [])]}),
     "data-protection=warn: bare 'GDPR compliant'. resource-contributions=fail: Trust contribution 'TBC'. exit-strategy=fail: "
     "'See Appendix C' and Appendix C is an empty heading at the end.")
add(Spec("Corvane - Westmere Diabetes Team - University of Northbridge tripartite agreement.docx", "agreement", "acad", "t2d",
         "corvane", "diabteam", uni=True, amt=47000,
         ov={"legal-entities": o(F, at="default")}),
     "legal-entities=fail: the NHS party is 'the Diabetes Team, Westmere General Hospital' (a team, not the Trust) in 'Partner organisations'.")
add(Spec("kv_pcn_brightmoor_af_agreement.txt", "agreement", "pcn", "af", "bright", "kvpcn", amt=33000,
         ov={"legal-entities": o(F, at="default"),
             "exit-strategy": o(F, ["At the end of the 12 months the PCN and Brightmoor will discuss next steps."])}),
     "legal-entities=fail: 'Kestrel Valley Primary Care Network' is the party with no lead practice/federation as contracting vehicle. "
     "exit-strategy=fail: only 'will discuss next steps'.")
add(Spec("Delmont_Westmere_CKD_Collaboration_Agreement_executed.docx", "agreement", "us", "ckd", "delmont", "westmere",
         amt=88000,
         extra={"end": [("Field force exclusion", [
             "No sales representative, key account manager or other member of the Company's commercial field force will "
             "take part in the Project, attend governance meetings or receive any Project information."])]}),
     "compliant. Near-miss: sales roles named only in an exclusion clause (sales-roles pass); exit via 'Termination for convenience' with 90 days' notice.")
add(Spec("BTUHB Corvane Asthma Agreement (signed).pdf", "agreement", "hb", "resp", "corvane", "teifi", amt=54000,
         ov={"promotional-language": o(F, ["Respiquin® is the only once-daily inhaler proven to give superior control "
                                           "compared with older therapies, and the Sponsor regards it as the gold standard "
                                           "for this patient group."], at="background"),
             "resource-contributions": o(F, ["The Sponsor will provide £54,000 to fund a respiratory nurse for 12 months, "
                                             "together with 20 days of project support."]),
             "measurable-outcomes": o(W, ["The Project Board will keep the progress of the Project under review and will "
                                          "consider the outcomes at the end of the Project."])}),
     "promotional-language=fail: Recitals claim Respiquin® is 'proven ... superior' and 'the gold standard'. "
     "resource-contributions=fail: only the Sponsor's contribution is stated. measurable-outcomes=warn: qualitative review only.")
add(Spec("ICS NI - Halvergate FLS memorandum of agreement.docx", "agreement", "hb", "fls", "halver", "icsni", amt=50000,
         ov={"legal-entities": o(F, at="default"),
             "sales-roles": o(W, at="end")},
         extra={"end": [("Contacts", ["Operational queries: the Project Manager, {nhs}. Meeting room bookings at the "
                                      "Sponsor's Belfast office: Mark Doherty, Area Sales Manager (contact only; not a "
                                      "member of the Project Board)."])]}),
     "legal-entities=fail: the NHS-side party is 'the Integrated Care System (Northern Ireland)' – a partnership, not a "
     "contracting body. sales-roles=warn: an Area Sales Manager named only as a room-booking contact in 'Contacts'.")
add(Spec("Ostrander_Harrowdale_Lipid_Program_Agreement.pdf", "agreement", "us", "lipid", "ostr", "harrow", amt=95000,
         ov={"data-protection": o(F, ["The Company will act as data controller for the Program dataset, which will include "
                                      "patient-level records extracted from participating practices. The Company will "
                                      "process such data in accordance with the UK GDPR."]),
             "patient-benefit": o(F, ["The principal benefit of the Program is increased uptake of Lipraxa® among "
                                      "eligible patients, supporting the Company's growth objectives in the ICB area."]),
             "promotional-language": o(F, at="default")}),
     "data-protection=fail: Company is data controller and receives patient-level records. patient-benefit=fail and "
     "promotional-language=fail: the only stated benefit is 'increased uptake of Lipraxa®'.")
add(Spec("Northbridge_Calder_Headache_Pathway_Agreement.pdf", "agreement", "acad", "mig", "bright", "calder", uni=True,
         amt=40000,
         ov={"confidentiality": o(F, ["Not applicable."]),
             "transparency": o(F, ["Publication: N/A."])}),
     "confidentiality=fail: section reads 'Not applicable.' transparency=fail: 'Publication: N/A.'")

# ----------------------------------------------------------------------------- Executive summaries
add(Spec("BTUHB-Halvergate T2D Education - Executive Summary (Welsh and English).docx", "executive-summary", "hb", "t2d",
         "halver", "teifi", amt=39000),
     "compliant; data-protection n/a (summary does not mention patient data). Neutral SGLT2 class mention passes.")
add(Spec("Delmont_Calder_HF_Executive_Summary.pdf", "executive-summary", "us", "hf", "delmont", "calder", amt=70000,
         es_data=True,
         ov={"transparency": o(F, ["Outcomes may be shared publicly at the Company's discretion."])}),
     "transparency=fail: only 'may be shared publicly at the Company's discretion'. data-protection applies (patient data mentioned) and passes.")
add(Spec("kestrel-valley-asthma-exec-summary.md", "executive-summary", "pcn", "resp", "bright", "kestrel", amt=38000,
         ov={"resource-contributions": o(F, ["Brightmoor is funding the project (£38,000)."], h="Money")},
         extra={"roles": "Brightmoor will fund the project and organise the review clinics."}),
     "resource-contributions=fail: 'Money' section states only Brightmoor's funding; no NHS contribution. data-protection n/a.")
add(Spec("Westmere CKD evaluation - public summary (University of Northbridge).pdf", "executive-summary", "acad", "ckd",
         "corvane", "westmere", uni=True, amt=55000, es_data=True,
         ov={"data-protection": o(F, ["To support the evaluation, patient-level records including NHS number, date of "
                                      "birth and test results will be transferred to Corvane's analytics team, who will "
                                      "link them with hospital activity."])}),
     "data-protection=fail: identifiable patient records (NHS number, DOB) transferred to the company.")
add(Spec("NGHSCT Ostrander Lipid Executive Summary.docx", "executive-summary", "hb", "lipid", "ostr", "glens", amt=48000,
         ov={"sales-roles": o(F, [("table", [["Name", "Organisation", "Role"],
                                             ["Dr Ciaran McAleese", "{nhs}", "Chair; consultant cardiologist"],
                                             ["Ms Orla Devlin", "{nhs}", "Lead pharmacist"],
                                             ["Peter Gallagher", "{co}", "Key Account Manager, Northern Ireland – Sponsor lead and Project Board member"]])])},
         extra={"co_contact": ["Peter Gallagher", "Key Account Manager, Northern Ireland"]}),
     "sales-roles=fail: the Sponsor's lead on the Project Board is a Key Account Manager. data-protection n/a.")
add(Spec("Ostrander_Harrowdale_Headache_ExecSummary_v3.docx", "executive-summary", "us", "mig", "ostr", "harrow",
         amt=66000, es_data=True,
         ov={"promotional-language": o(F, ["Migrelle® is a breakthrough, market-leading preventive therapy, and the "
                                           "Program will help ensure more eligible patients benefit from it."],
                                       at="background"),
             "data-protection": o(W, ["All patient data handled in the Program will be GDPR compliant."])}),
     "promotional-language=fail: rationale calls Migrelle® 'breakthrough, market-leading'. data-protection=warn: "
     "mentions patient data, protection is only 'GDPR compliant'.")
add(Spec("CTUHB Corvane Headache Executive Summary.pdf", "executive-summary", "hb", "mig", "corvane", "cwm", amt=44000,
         ov={"patient-benefit": o(F, ["Benefits to patients: N/A.",
                                      "Benefits to the Health Board: fewer neurology referrals and release of consultant capacity.",
                                      "Benefits to Corvane: insight into the headache pathway in Wales."])}),
     "patient-benefit=fail: 'Benefits to patients: N/A.' data-protection n/a.")

# ----------------------------------------------------------------------------- Concept frameworks
add(Spec("KV PCN AF detection - concept framework.docx", "concept-framework", "pcn", "af", "halver", "kestrel", amt=30000))
add(Spec("Delmont_Harrowdale_Lipid_Concept.pdf", "concept-framework", "us", "lipid", "delmont", "harrow", amt=80000,
         ov={"resource-contributions": o(F, [("table", [["Party", "Contribution"],
                                                        ["{co}", "£80,000 cash plus project management"],
                                                        ["{nhs}", "TBC"]]),
                                             "NHS contribution: TBC pending ICB discussion."]),
             "promotional-language": o(F, ["The initiative is aligned with the Lipraxa brand plan for 2026 and will "
                                           "increase our share of voice with ICB decision-makers."], at="background")}),
     "resource-contributions=fail: ICB contribution 'TBC'. promotional-language=fail: 'Lipraxa brand plan', 'share of voice' in Purpose.")
add(Spec("Northbridge Calder T2D education concept note.docx", "concept-framework", "acad", "t2d", "corvane", "calder",
         uni=True, amt=35000),
     "compliant; neutral mention of the SGLT2 inhibitor class (promotional-language pass).")
add(Spec("SLHSCT Halvergate headache concept framework.pdf", "concept-framework", "hb", "mig", "halver", "loughs", amt=41000,
         ov={"patient-benefit": o(F, ["Benefits: for the Trust, fewer neurology referrals and release of consultant "
                                      "capacity; for the Sponsor, insight into the headache pathway. Benefit to patients: "
                                      "not applicable at this stage."]),
             "sales-roles": o(F, [("table", [["Name", "Organisation", "Role"],
                                             ["Dr Aoife Hegarty", "{nhs}", "Clinical lead"],
                                             ["Simon Achebe", "{co}", "Regional Business Manager – Sponsor project lead"]])])}),
     "patient-benefit=fail: patient benefit 'not applicable at this stage'. sales-roles=fail: a Regional Business Manager is the Sponsor project lead.")

# ----------------------------------------------------------------------------- Outcomes summaries
add(Spec("BTUHB Delmont FLS - Summary of Project Outcomes.pdf", "outcomes-summary", "hb", "fls", "delmont", "teifi"))
add(Spec("Westmere dermatology triage evaluation - outcomes report.docx", "outcomes-summary", "acad", "derm", "corvane",
         "westmere", uni=True,
         ov={"measurable-outcomes": o(W, ["Patients and staff described the community clinics positively, and the steering "
                                          "group considered that waiting times had improved. Outcomes were monitored "
                                          "throughout the project."]),
             "transparency": o(F, ["This summary is for internal use by the partners and is not for onward distribution."])}),
     "measurable-outcomes=warn: only qualitative results. transparency=fail: 'internal use ... not for onward distribution'.")
add(Spec("Ostrander_Calder_HF_Outcomes_Summary.pdf", "outcomes-summary", "us", "hf", "ostr", "calder",
         ov={"promotional-language": o(F, ["Headline result: Cardexa® prescribing across participating practices rose by "
                                           "34%, confirming Cardexa as the market-leading choice for these patients."],
                                       at="background")}),
     "promotional-language=fail: overview headline is Cardexa® prescribing growth and 'market-leading'. Patient results still reported (patient-benefit pass).")
add(Spec("kestrel_valley_asthma_outcomes_2025.txt", "outcomes-summary", "pcn", "resp", "bright", "kestrel",
         ov={"sales-roles": o(W, at="end")},
         extra={"end": [("Contacts", ["PCN side: the clinical director, Kestrel Valley Health Federation CIC.",
                                      "Questions about the Brightmoor side: Jodie Lamb, Key Account Manager "
                                      "(jodie.lamb@brightmoor-health.example)."])]}),
     "sales-roles=warn: a Key Account Manager appears only as a contact at the end; project team has no sales roles.")
add(Spec("NGHSCT Halvergate T2D Outcomes Summary.docx", "outcomes-summary", "hb", "t2d", "halver", "glens",
         ov={"measurable-outcomes": o(F, ["Results: to follow."]),
             "patient-benefit": o(F, ["Benefit to patients: not assessed."])}),
     "measurable-outcomes=fail: 'Results: to follow.' patient-benefit=fail: 'not assessed'.")

# ----------------------------------------------------------------------------- Amendments and unknown
from t3b_amend import AMENDMENTS, UNKNOWN  # noqa: E402
for a in AMENDMENTS + UNKNOWN:
    add(Spec(a["fn"], a["type"], a["voice"], a["topic"], a["co"], a["nhs"], ov=a["ov"], title=a["title"],
             extra={"sections": a["sections"], "sub": a.get("sub", "")}), a["note"])


def fmt_of(fn):
    return fn.rsplit(".", 1)[1]


def generate():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    labels = {}
    for s in SPECS:
        # rules with an entry of None in ov are ignored (kept only for readability)
        s.ov = {k: v for k, v in s.ov.items() if v is not None}
        title, sub, secs, outcomes = build(s)
        path = os.path.join(OUT, s.fn)
        ext = fmt_of(s.fn)
        if ext == "docx":
            write_docx(path, title, sub, secs)
        elif ext == "pdf":
            write_pdf(path, title, sub, secs)
        else:
            write_text(path, title, sub, secs, md=(ext == "md"))
        labels[s.fn] = {"type": s.typ, "error": None, "split": "dev", "outcomes": outcomes, "notes": NOTES[s.fn]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(labels)} documents")


def check():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    bad = 0
    by_type, by_fmt, per_rule = Counter(), Counter(), {r: Counter() for r in RULES}
    for s in SPECS:
        s.ov = {k: v for k, v in s.ov.items() if v is not None}
        title, sub, secs, outcomes = build(s)
        path = os.path.join(OUT, s.fn)
        text, pages = extract(path)
        nt = norm(text)
        want = [title] + [h for h, _ in secs if h]
        for _, blocks in secs:
            for b in blocks:
                if isinstance(b, str):
                    want.append(b)
                elif b[0] == "bullets":
                    want += b[1]
                elif b[0] == "table" and not s.fn.endswith(".pdf"):
                    want += [c for r in b[1] for c in r]
        missing = [w for w in want if norm(w)[:60] not in nt]
        words = len(text.split())
        if missing:
            bad += 1
            print(f"MISSING in {s.fn}: {missing[:3]}")
        if labels[s.fn]["outcomes"] != outcomes:
            bad += 1
            print(f"LABEL MISMATCH {s.fn}")
        by_type[s.typ] += 1
        by_fmt[fmt_of(s.fn)] += 1
        for r, v in outcomes.items():
            per_rule[r][v] += 1
        print(f"  ok {s.typ:18s} words={words:5d} pages={pages if pages else '-'}  {s.fn}")
    assert len(labels) == len(SPECS)
    print("types:", dict(by_type))
    print("formats:", dict(by_fmt))
    for r in RULES:
        print(f"{r:24s}", dict(sorted(per_rule[r].items())))
    clean = sum(1 for v in labels.values() if all(x in ("pass", "n/a") for x in v["outcomes"].values()))
    print("fully compliant:", clean)
    print("PROBLEMS:", bad)
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    generate()
