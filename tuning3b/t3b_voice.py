"""Voice-specific default (compliant) clause text and headings for the tuning3b set.

Voices: hb (Welsh / Northern Irish health-body contracts team), pcn (PCN clinical director),
acad (university evaluation partner), us (US-headquartered company's UK affiliate).
Placeholders: {co} company, {cs} company short, {nhs} NHS body, {ns} NHS short, {service}, {amt}.
"""

HEAD = {
    "hb": dict(exit="Sustainability and handover", conf="Confidentiality", dp="Information governance",
               res="Contributions of the parties", legal="Parties", promo="Clinical governance and guidance",
               sales="Project Board", pb="Benefits", meas="Performance measures", transp="Publication and disclosure",
               bg="Background", obj="Aims and objectives", time="Timetable"),
    "pcn": dict(exit="Ending the project", conf="Keeping things confidential", dp="IG",
                res="Who puts in what", legal="Who is involved", promo="Clinical approach",
                sales="Project team", pb="What patients get out of it", meas="How we will know it worked",
                transp="Publishing", bg="Why we are doing this", obj="What we want to achieve", time="Timeline"),
    "acad": dict(exit="Exit and sustainability", conf="Confidentiality of project materials", dp="Ethics and information governance approvals",
                 res="Resources and contributions", legal="Partner organisations", promo="Clinical framework",
                 sales="Evaluation steering group", pb="Anticipated benefits", meas="Evaluation framework and outcome measures",
                 transp="Dissemination", bg="Background and rationale", obj="Aims", time="Work plan"),
    "us": dict(exit="Termination for convenience; wind-down", conf="Confidential Information", dp="Data privacy",
               res="Funding and in-kind support", legal="Parties", promo="Medical independence",
               sales="Governance committee", pb="Expected value for patients", meas="Key performance indicators",
               transp="Disclosure", bg="Program background", obj="Program objectives", time="Milestones"),
}

EXIT = {
    "hb": ["From month 18 {ns_l} will decide, through its Executive Team, whether the {service} become part of the core "
           "service. If they do, the posts funded under this Agreement transfer to {ns_l}'s establishment from the end date. "
           "If they do not, patients under active review will be handed back to their general practice with a written "
           "management plan within 30 days, so that no patient is left without a named clinician.",
           "Either party may bring the project to an early close on three months' written notice, and the handover steps "
           "above apply in the same way. The project may also be stopped or changed if a breach of the ABPI Code is ruled."],
    "pcn": [("bullets", ["Month 10: PCN board decides whether to keep the {service} going using ARRS pharmacist time.",
                         "If kept: the clinics move into the normal LTC rota from month 13.",
                         "If not: anyone mid-review finishes their current episode; follow-up goes back to their own practice.",
                         "Either side can stop early with 8 weeks' written notice. Same handover applies.",
                         "No posts are funded by the company, so no one loses a job when it ends."])],
    "acad": ["The evaluation is time-limited. At the close of the project period the NHS partner will determine, on the "
             "basis of the interim evaluation report at month 12, whether to commission the {service} recurrently.",
             "Should the project end early, by agreement or by any partner giving 60 days' written notice, the NHS partner "
             "will ensure continuity of care for enrolled patients by transferring them to the standard pathway, and the "
             "University will complete analysis of the information already collected."],
    "us": ["Either Party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the "
           "other Party. Upon any termination or expiry the Parties shall carry out the following wind-down: (a) {nhs} "
           "retains clinical responsibility for all patients, who return to usual care without interruption; (b) the "
           "Company has no further funding obligation beyond costs committed before the notice date; (c) the funded "
           "nurse post, which is employed by {nhs}, is either absorbed into its establishment or ends under its HR policies."],
}

CONF = {
    "hb": ["Each party shall keep confidential all information received from the other under this Agreement, including any "
           "patient information, and shall use it only for the purposes of the Project. This does not prevent {ns_l} from "
           "complying with the Freedom of Information Act 2000 or from publishing the summary required by the ABPI Code."],
    "pcn": [("bullets", ["Patient information stays inside the practices.",
                         "Project papers (budgets, draft reports) are shared only within the project team.",
                         "FOI requests go through the lead organisation's normal process."])],
    "acad": ["All project materials are held in confidence by the partners and used solely for the purposes of the "
             "evaluation. Patient information is subject to the common law duty of confidentiality and is not disclosed "
             "outside the clinical team. Commercially sensitive information is ring-fenced, subject to the Freedom of "
             "Information Act 2000."],
    "us": ["Each Party shall hold the other Party's Confidential Information in strict confidence, shall not disclose it to "
           "any third party without prior written consent, and shall use it solely to perform this Agreement. Patient "
           "information remains confidential to {nhs} at all times. Nothing in this clause prevents {nhs} from meeting its "
           "obligations under the Freedom of Information Act 2000."],
}

DP = {
    "hb": ["{Ns} is the data controller for all personal data processed in the Project. Processing complies with the UK "
           "GDPR and the Data Protection Act 2018, and a Data Protection Impact Assessment has been approved by {ns_l}'s "
           "Information Governance lead. The Sponsor receives only anonymised, aggregated reports with counts below 5 "
           "suppressed; no Sponsor employee has access to patient-identifiable information."],
    "pcn": [("bullets", ["The Practice remains controller for its patients' records.",
                         "Searches are run by practice staff on the clinical system, never by company staff.",
                         "Only aggregated, small-number-suppressed outputs leave the practice (nothing under 5).",
                         "DPIA signed off by the practices' Data Protection Officer; UK GDPR and DPA 2018 apply."])],
    "acad": ["The evaluation uses routinely collected information under a DPIA approved by the NHS partner's Caldicott "
             "Guardian. Records are pseudonymised within the NHS environment and analysed by University staff on an NHS "
             "server under honorary contracts; the lawful basis is UK GDPR Article 6(1)(e) with Article 9(2)(h). The "
             "Company receives aggregate results only. The HRA decision tool confirmed this is service evaluation, so "
             "research ethics committee review is not required."],
    "us": ["{nhs} is the controller of all patient personal data. The Company shall not receive or have access to any "
           "patient-identifiable information and will receive de-identified, aggregated metrics only. The Parties shall "
           "comply with the UK GDPR and the Data Protection Act 2018."],
}

TRANSP = {
    "hb": ["The Sponsor will publish a summary of this Agreement on its website before the Project starts, and both "
           "parties will publish a summary of outcomes within six months of completion. The Sponsor will disclose the "
           "value of its contribution on Disclosure UK."],
    "pcn": [("bullets", ["Exec summary on {cs}'s website before go-live.",
                         "Outcomes summary published by both of us within 6 months of the end.",
                         "{cs} declares the funding on Disclosure UK."])],
    "acad": ["An executive summary will be published before commencement. Findings will be submitted for open-access "
             "publication and summarised on all partners' websites within six months of completion."],
    "us": ["The Company will post an executive summary of this Agreement on its UK collaborative working webpage prior to "
           "the Effective Date and will report the transfer of value on Disclosure UK. The Parties will publish a summary "
           "of outcomes within six (6) months following completion."],
}

NHS_BEN = "Better use of specialist time, a tested service model and a shorter waiting list for {ns_l}."
CO_BEN = "A better understanding of how the pathway works locally and experience of partnership working with the NHS."
