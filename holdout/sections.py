"""Section writers. Each returns a list of blocks. `v` is the issue variant (None = compliant)."""


def lead(p, who):
    n, t, e = p[who]
    return f"{n}, {t}, {e}"


# ------------------------------------------------------------------ background / promotion
def background(p, v, style):
    g = p["guidance"]
    if style == "legal":
        base = [f"The Partner and the Company have identified that {p['people']} in the area served by the Partner do not consistently receive care in line with {g}. The Project is intended to close that gap by redesigning part of the pathway, with both organisations contributing skills and resources."]
    elif style == "scot":
        base = [f"The Board's clinical services plan notes that {p['people']} across Strathmoray wait longer than the national average for specialist input, and that care is not always delivered in accordance with {g}. The Board and the Company have therefore agreed to work together, each contributing resources, on a time-limited project to redesign the relevant part of the pathway."]
    elif style == "form":
        base = [f"Local audit shows {p['people']} are not consistently managed in line with {g}. Capacity in practices is the main barrier. This project puts extra clinical time and a structured recall into the pathway for a fixed period."]
    elif style == "raci":
        base = [f"Our caseload review in 2025 found that {p['people']} are a group where care is often reactive. The project is a partnership between {p['nhs']} and {p['co']} to change that for a defined period and learn what works."]
    else:
        base = [f"We started talking about this project after a run of incidents involving {p['people']}. Staff told us the problem was not knowledge but time and organisation: the checks and reviews that {g} expects were happening late, or in pieces. We wanted to test whether a dedicated, jointly planned approach could change that."]
    if v == "brandclaim":
        base.append(f"The project will also raise awareness of {p['brand']}, the best-in-class option in {p['drug_class']}, which offers clinicians a breakthrough in convenience and outcomes compared with older treatments.")
    elif v == "uptake":
        base.append(f"A key aim is to increase uptake of {p['brand']} among eligible patients identified through the reviews, supporting appropriate use of this market-leading treatment.")
    elif v == "jargon":
        base.append(f"For the Company, the project supports pull-through of the {p['brand']} brand plan in the region and improves share of voice with local prescribers.")
    elif v == "switch":
        base.append(f"Reviews will identify patients suitable to switch to {p['brand']} so that more people benefit from its superior once-daily profile.")
    else:
        if p["drug_class"]:
            base.append(f"Any medicines used will be chosen by the treating clinician in line with {g} and the local formulary; the project does not favour any particular product, including any medicine of " + ("the Company" if style in ("legal", "scot") else p["co"]) + ".")
    return [("p", t) for t in base]


# ------------------------------------------------------------------ patient benefit
def benefits(p, v, style, table=False):
    pat = p["pt_benefit"]
    if v == "nhsonly":
        pat = None
        nhs = f"{p['nhs_benefit'][0].upper()}{p['nhs_benefit'][1:]}; release of clinical capacity; a tested model for the business case."
    else:
        nhs = f"{p['nhs_benefit'][0].upper()}{p['nhs_benefit'][1:]}."
    co = f"{p['co_benefit'][0].upper()}{p['co_benefit'][1:]}."
    if v == "na":
        pat = "N/A"
    if v == "uptake":
        pat = f"Patients will benefit from increased uptake of {p['brand']}."
    if table:
        rows = [["Who benefits", "Expected benefit"]]
        if pat is not None:
            rows.append(["Patients", pat])
        rows += [["NHS", nhs], ["Industry partner", co]]
        return [("table", rows, {"widths": [0.25, 0.75]})]
    out = []
    if pat is not None:
        out.append(("p", ("For patients: " if style != "legal" else "Benefits to patients: ") + pat))
    out.append(("p", ("For the NHS: " if style != "legal" else "Benefits to the Partner: ") + nhs))
    out.append(("p", ("For the company: " if style != "legal" else "Benefits to the Company: ") + co))
    return out


# ------------------------------------------------------------------ resources
def resources(p, v, style):
    nhs_row = [p["nhs"], p["nhs_inkind"], p["nhs_value"] + " (in kind)"]
    co_row = [p["co"], p["co_funds"], p["co_money"] + " (cash)"]
    if v == "onlyco":
        nhs_row = [p["nhs"], "TBC", "TBC"]
    if v == "asrequired":
        nhs_row = [p["nhs"], "Staff time and facilities as required", "-"]
    rows = [["Party", "Contribution", "Value"], co_row, nhs_row]
    if p.get("third"):
        rows.append([p["third"], "Clinical leadership (0.1 WTE), governance and dissemination through the medicines optimisation network", "£14,000 (in kind)"])
    out = [("table", rows, {"widths": [0.3, 0.5, 0.2]})]
    if v == "absent_nhs":
        out = [("p", f"{p['co']} will provide {p['co_money']} to fund {p['co_funds']}. Payment will be made to {p['nhs']} in two instalments on receipt of invoice.")]
    elif v is None and style in ("legal", "scot"):
        out.append(("p", f"All payments by {p['co_short'] if style=='legal' else 'the Company'} are made to the organisation on invoice and never to any individual. No payment is conditional on the prescription, supply, recommendation or purchase of any medicine."))
    return out


# ------------------------------------------------------------------ governance / sales roles
def team(p, v, style, sales_exclusion=False):
    nl, cl = p["nhs_lead"], p["co_lead"]
    rows = [["Name", "Organisation", "Role on project"],
            [nl[0], p["nhs"], f"{nl[1]} - accountable lead and chair of steering group"],
            [cl[0], p["co"], f"{cl[1]} - company accountable lead"]]
    if p.get("third_lead"):
        rows.append([p["third_lead"][0], p["third"], p["third_lead"][1]])
    if v == "kam":
        rows.append(["Lucy Pembridge", p["co"], "Key Account Manager - steering group member, supports practice recruitment"])
    elif v == "rbm":
        rows.append(["Craig Donnelly", p["co"], "Regional Business Manager - delivers practice briefings and attends monthly reviews"])
    elif v == "brandmgr":
        rows.append(["Sophie Lang", p["co"], "Brand Manager - will design the patient materials and the review template"])
    out = [("table", rows, {"widths": [0.22, 0.38, 0.40]})]
    if v == "contact":
        out.append(("p", f"Local contact for general enquiries about {p['co']}: Martin Kaye, Territory Manager, martin.kaye@{p['co_lead'][2].split('@')[1]} (contact only; not a member of the project group)."))
    if sales_exclusion:
        out.append(("p", f"No member of {p['co_short'] if not p['co_short'].startswith('the ') else 'the Company'}'s sales or marketing teams will be involved in the design, delivery, governance or evaluation of the project, or have access to any project information."))
    return out


# ------------------------------------------------------------------ exit
def exit_(p, v, style):
    if v == "enddate":
        return [("p", f"The project will finish at the end of {p['end']}.")]
    if v == "negation":
        return [("p", "No exit strategy has been agreed at this stage. The group will come back to this once the service is up and running.")]
    if v == "placeholder":
        return [("p", "[To be agreed between the parties - insert exit arrangements]")]
    if v == "discuss":
        return [("p", "As the end of the Project approaches, the parties will discuss next steps and whether any further collaboration would be appropriate.")]
    if v == "empty":
        return []
    if style == "legal":
        return [("p", f"Either party may terminate this Agreement on ninety (90) days' written notice, or immediately if the other party is in material breach which is not remedied within thirty (30) days, or if a ruling of the PMCPA finds the Project to be in breach of the ABPI Code."),
                ("p", f"On expiry or termination the Partner shall remain responsible for the care of all patients in the Project, who shall continue to be managed under the Partner's usual services; any post funded by the Company shall revert to the Partner's establishment or end at the close of its fixed term, and the Company shall fund any notice period already committed. The steering group shall agree a wind-down plan within 30 days of notice.")]
    if style == "scot":
        return [("p", "Either party may withdraw from the Project by giving not less than three months' notice in writing to the other. In that event, or on expiry of the Project period, the Board shall retain full clinical responsibility for every patient then receiving care through the Project and shall ensure that each such patient is transferred to the Board's routine cardiology or primary care services without any interruption in care. The funded post is a fixed-term Board post and shall end, or be absorbed into the Board's establishment, in accordance with the Board's workforce policies."),
                ("p", "The Board will decide by month 15 whether to continue the service from its own resources on the basis of the interim evaluation.")]
    if style == "form":
        return [("p", f"If the project ends early or at its planned end: patients stay under the care of their own practice and are returned to routine recall; the funded post is a fixed-term contract held by {p['nhs']} and ends with the project unless the ICB commissions the service; either party can end the project with 60 days' written notice; a handover summary will be given to each practice within 30 days.")]
    return [("p", f"What happens at the end of the project: by month {p['months']-4} the steering group will recommend whether the service is mainstreamed into core funding. If it is not, the clinics will close in a planned way over eight weeks and everyone on the caseload will be handed back to their usual team with a written summary. Either organisation can end the collaboration early with three months' notice; patient care is protected in the same way if that happens.")]


# ------------------------------------------------------------------ confidentiality
def conf(p, v, style):
    if v == "standard":
        return [("p", "Confidentiality: standard terms.")]
    if v == "tbc":
        return [("p", "Confidentiality: TBC")]
    if v == "absent":
        return []
    foi = "the Freedom of Information (Scotland) Act 2002" if style == "scot" else "the Freedom of Information Act 2000"
    if style in ("legal", "scot"):
        return [("p", f"Each party shall keep confidential all Confidential Information of the other party disclosed in connection with the Project, shall use it only for the purposes of the Project and shall not disclose it to any third party without consent, save as required by law. The parties acknowledge that the NHS party is subject to {foi} and may be required to disclose information under it; it will consult the other party before doing so where reasonably practicable. Patient information is subject to the NHS duty of confidentiality and is never Confidential Information of the Company.")]
    return [("p", f"Patient information stays within NHS systems and is covered by the common law duty of confidentiality. Project papers, costs and any commercially sensitive information shared by either partner will be kept confidential and used only for this project, subject to {foi}.")]


# ------------------------------------------------------------------ data protection
def dp(p, v, style):
    if v == "gdpr":
        return [("p", "All data processing will be GDPR compliant.")]
    if v == "dpa1998":
        return [("p", "The parties shall comply with the Data Protection Act 1998 in relation to any personal data processed under this agreement.")]
    if v == "identifiable":
        return [("p", f"To support the evaluation, the practice searches will produce a patient-level extract (NHS number, date of birth, postcode and results) which will be sent securely to the {p['co']} data analyst each quarter for analysis.")]
    if v == "controller":
        return [("p", f"{p['co']} shall act as data controller for the Project dataset and shall determine the purposes for which patient data collected in the clinics are processed.")]
    if v == "absent":
        return []
    return [("p", f"{p['nhs']} is the data controller for all patient information used in the project, which is processed under UK GDPR and the Data Protection Act 2018. A DPIA has been completed and signed off by the Caldicott Guardian. {p['co']} and its staff will not have access to any patient-identifiable information and will receive only anonymised, aggregated figures (no cell below 10).")]


# ------------------------------------------------------------------ outcomes
def outcomes(p, v, style):
    if v == "qual":
        return [("p", "Outcomes will be monitored by the steering group throughout the project, with the aim of improving the quality and consistency of care. Feedback from patients and staff will be gathered and reflected on at the end.")]
    if v == "tbc":
        return [("p", "KPIs: TBC - to be confirmed by the steering group after go-live.")]
    rows = [["Measure", "Baseline", "Target", "Source and frequency"]] + [list(k) for k in p["kpis"]]
    return [("table", rows, {"widths": [0.4, 0.15, 0.15, 0.3]}),
            ("p", f"Only anonymised, aggregated figures will be reported. The evaluation will be led by {p['nhs_lead'][0]} and reported to the steering group quarterly and at month {p['months']}.")]


# ------------------------------------------------------------------ transparency
def transp(p, v, style):
    if v == "absent":
        return []
    if v == "internal":
        return [("p", "This document is internal to the partners and not for publication.")]
    if v == "discretion":
        return [("p", f"Results of the Project may be published at the Company's discretion.")]
    if style in ("legal", "scot"):
        return [("p", f"The Company shall publish an executive summary of this Agreement on the collaborative working section of its UK website before the Project starts, and the parties shall publish a summary of the outcomes within six months of completion. The Company shall disclose the value of its contribution on Disclosure UK as a transfer of value to {p['nhs']}.")]
    return [("p", "Both organisations will make a summary of the project publicly available on their websites before work starts, and will publish what the project achieved within six months of it finishing.")]
