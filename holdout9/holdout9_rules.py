"""holdout9: text snippets per rule; each returns a list of blocks. v = 'pass' or a defect code."""


def P(t):
    return ("p", t)


def B(items):
    return ("b", list(items))


def T(rows, header=True):
    return ("t", [list(r) for r in rows], header)


def ps(name):
    return name + ("'" if name.endswith("s") else "'s")


def nhs1(c):
    return c["nhs"][0].get("host") or c["nhs"][0]


def exit_blocks(v, c):
    n, co, cs, a = c["n"], c["co"], c["cs"], c["a"]
    nh = nhs1(c)["short"]
    if v == "pass":
        k = n % 4
        if k == 0:
            return [P(f"Either partner may bring the project to an end early by giving the other 90 days' written notice. "
                      f"Whether the project ends early or on its planned date, patients already under the service finish their episode of care under "
                      f"{ps(nh)} usual protocols and nobody will have care interrupted. The post funded by {cs} has been approved in principle "
                      f"for transfer onto {ps(nh)} substantive establishment from month {c['months'] + 1}, subject to the evaluation.")]
        if k == 1:
            return [T([("Scenario", "What happens"),
                       ("Planned completion", f"Service continues as business as usual, funded by {nh}; the evaluation report informs the commissioning decision."),
                       ("Early termination (either party, 3 months' notice)", f"{nh} resumes standard referral routes; patients in progress are transferred to the existing clinic list with no gap in follow-up."),
                       ("Funded staff", "Fixed-term contracts align to the project end; redeployment through the NHS partner's organisational change policy."),
                       ("Equipment", f"Remains the property of {nh} and stays in clinical use.")])]
        if k == 2:
            return [P(f"Sustainability was designed in from the outset. From month {c['months'] - 3} the project board will take a paper to the commissioning "
                      f"committee setting out the costs of continuing the model. If the model is not commissioned, the service will close to new "
                      f"referrals at month {c['months']} and every patient on the caseload will be handed back to their usual team with a written plan. "
                      f"Either organisation can withdraw with two months' notice, after which the same handover steps apply.")]
        return [P(f"The arrangements can be ended by either party on not less than three months' written notice, or immediately where "
                  f"continuing would breach the ABPI Code or NHS policy. On expiry or earlier termination {nh} will maintain continuity of "
                  f"care for every patient then in the service, {cs} funding will cease at the end of the notice period and any unspent "
                  f"funds will be returned, and the parties will agree a written handover plan within 30 days.")]
    if v == "fail_enddate":
        return [P(f"The project runs for {c['months']} months and will finish on {c['end']}. Towards the end of the project the partners "
                  f"will meet to review progress and discuss next steps.")]
    if v == "fail_tbc":
        return [P("Exit and disengagement arrangements: to be agreed by the joint steering group once the service is operational.")]
    if v == "fail_pointer":
        return [P("Disengagement and exit arrangements are as set out in Schedule 4.")]
    if v == "warn_breach":
        return [P(f"Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material "
                  f"breach which is not remedied within 30 days, or becomes insolvent or has a receiver or administrator appointed.")]
    if v == "warn_machinery":
        return [P("On completion the project board will be stood down, the risk and issues logs closed and the project file archived by "
                  "the PMO. A lessons-learned session will be held with board members.")]
    raise ValueError(v)


def conf_blocks(v, c):
    n, cs = c["n"], c["cs"]
    nh = nhs1(c)["short"]
    if v == "pass":
        k = n % 4
        if k == 0:
            return [P(f"Information about individual patients stays within {nh} and is handled under the common law duty of confidence and "
                      f"the Caldicott principles. Project papers, costings and unpublished findings are shared only among members of the "
                      f"steering group and are not passed to third parties without the other partner's written agreement. These obligations "
                      f"continue for five years after the project ends, subject to {ps(nh)} duties under freedom of information law.")]
        if k == 1:
            return [B([f"Nothing that could identify a patient is disclosed to {cs} staff.",
                       "Commercially sensitive material (pricing, business plans, draft protocols) is marked and kept within the project team.",
                       "Duties of confidence survive completion or termination of the project.",
                       "Disclosures required by law, including freedom of information requests to the NHS partner, are permitted after consultation."])]
        if k == 2:
            return [P("Each party shall hold in confidence all information disclosed to it by the other in connection with the Project, "
                      "shall use it only for the purposes of the Project and shall not disclose it to any third party without prior written "
                      "consent, save as required by law (including the Freedom of Information Act 2000 or the Freedom of Information "
                      "(Scotland) Act 2002). This obligation survives termination for a period of five years; for patient information it is "
                      "indefinite.")]
        return [P(f"Project records and any clinical information are kept within {ps(nh)} secure systems and may be seen only by staff "
                  f"involved in direct care or the evaluation. {cs} undertakes to treat all project and organisational information it receives "
                  f"as confidential and to return or destroy it at the end of the project.")]
    if v == "warn_standard":
        return [P("Confidentiality: standard terms apply.")]
    if v == "warn_lapse":
        return [P("Each partner will treat information received from the other as confidential and will not disclose it to third parties. "
                  "This undertaking applies for 30 days from the date on which the information is disclosed.")]
    if v == "fail_due":
        return [P(f"The partners intend to put a mutual non-disclosure agreement in place in due course, once the detailed "
                  f"project plan has been signed off.")]
    if v == "fail_company_use":
        return [P("Each party shall keep confidential any information received from the other party in connection with the Project and shall "
                  "not disclose it to a third party without consent, save as required by law.")]
    raise ValueError(v)


def company_use_clause(c):
    return P(f"Notwithstanding any other provision of this Agreement, {c['co']} may use any information, data, findings and materials "
             f"generated in the course of the Project for its own commercial, marketing and business development purposes without restriction.")


def dp_blocks(v, c):
    n, cs = c["n"], c["cs"]
    nh = nhs1(c)["short"]
    if v == "pass":
        k = n % 4
        if k == 0:
            return [P(f"{nh} is the data controller for all patient information used in the project, which is processed under UK GDPR and the "
                      f"Data Protection Act 2018. A data protection impact assessment has been approved by the {nh} Information Governance lead. "
                      f"{cs} receives only aggregated, anonymised figures, with counts below five suppressed, and at no point has access to "
                      f"patient-identifiable data.")]
        if k == 1:
            return [B([f"No patient-identifiable information will leave {ps(nh)} clinical systems.",
                       f"Searches and clinical reviews are carried out only by {nh} staff under their existing duty of care.",
                       f"{cs} will see anonymised summary tables only.",
                       "A DPIA has been completed and signed off by the Caldicott Guardian (ref. IG-" + str(2200 + n) + ")."])]
        if k == 2:
            return [P(f"The Parties shall comply with the UK GDPR and the Data Protection Act 2018. {nh} shall be the sole controller of any "
                      f"personal data processed for the Project. {cs} shall not receive, access or process any personal data relating to "
                      f"patients; any information provided to it shall be anonymised in accordance with the ICO's anonymisation guidance.")]
        return [P(f"Any patient information stays with the NHS partner, which acts as data controller under data protection law (UK GDPR). "
                  f"{cs} will receive anonymised, aggregated results only.")]
    if v == "warn_gdpr":
        return [P("All project activity will be GDPR compliant.")]
    if v == "warn_1998":
        return [P("Each party shall comply with its obligations under the Data Protection Act 1998 in relation to any personal data "
                  "processed in connection with this Agreement.")]
    if v == "fail_dpia_if":
        return [P("A data protection impact assessment will be carried out if required.")]
    if v == "fail_company_access":
        return [P(f"To reduce the burden on clinical staff, record searches will be carried out by a nurse auditor supplied by {cs}'s "
                  f"contracted provider, Clinithrive Services Ltd. The auditor will extract NHS number, date of birth and relevant results "
                  f"into a project spreadsheet, which is returned to {cs}'s medical team for analysis and to track follow-up.")]
    if v == "fail_app":
        return [P(f"Patients will register on the SightLine app, hosted and maintained by {cs}, using their name, date of birth, postcode and "
                  f"hospital number, so that appointment reminders and home vision-check results can be recorded.")]
    if v == "fail_es_share":
        return [P(f"Patient-level information, including screening results and NHS numbers, will be shared with {cs}'s medical affairs team "
                  f"to support the evaluation and to follow up positive cases.")]
    raise ValueError(v)
