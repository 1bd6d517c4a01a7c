"""tuning12b documents 09-12."""
from tuning12b_common import outcomes


def d09():
    co, tr = "Soren Medica UK Limited", "Ambleford Teaching Hospitals NHS Foundation Trust"
    blocks = [
        ("title", "Collaborative Working Agreement"),
        ("sub", "Pre-operative Anaemia Optimisation Clinic"),
        ("t", [["Party", "Legal form and number", "Address", "Short name"],
               [tr, "NHS foundation trust (authorised under the NHS Act 2006)",
                "Ambleford General Hospital, Tanner Lane, Ambleford AB4 2XT", "the Trust"],
               [co, "Private limited company, England and Wales no. 04122937",
                "1 Riverside Court, Reading RG1 8BE", "Soren"]]),
        ("p", "Agreement reference SM-CW-2025-011. Effective date: the date of the last signature "
              "below."),
        ("h", "1. Interpretation"),
        ("p", "1.1 The Schedules form part of this Agreement. Headings do not affect meaning."),
        ("h", "2. Purpose"),
        ("p", "2.1 About one in three patients listed for major elective surgery at the Trust is "
              "anaemic at pre-assessment, and most are not treated before their operation. "
              "Untreated anaemia increases transfusion, complications and length of stay. The "
              "parties will set up a nurse-led clinic to screen, investigate and treat anaemia in "
              "line with national patient blood management guidance at least four weeks before "
              "surgery."),
        ("h", "3. Contributions"),
        ("p", "3.1 Each party will provide the resources set out in Schedule 3 (Contributions and "
              "Payment). Payment of any sum due from Soren is conditional on receipt of a valid "
              "Trust invoice."),
        ("h", "4. Governance"),
        ("p", "4.1 The Joint Oversight Group described in Schedule 2 will oversee delivery. Soren's "
              "members will be drawn from its medical and NHS partnerships functions only; no sales "
              "or marketing employee of Soren may be a member."),
        ("h", "5. Data protection"),
        ("p", "5.1 The Trust is the controller of all patient data processed in the clinic and will "
              "process it under UK GDPR and the Data Protection Act 2018. A DPIA was approved by the "
              "Trust's Information Governance Group on 12 December 2024."),
        ("p", "5.2 Soren will not have access to any patient-identifiable information. Reports to "
              "Soren will contain aggregated figures only, with counts under 5 suppressed."),
        ("h", "6. Confidentiality"),
        ("p", "6.1 Each party will protect the other's confidential information with the same care "
              "it uses for its own, and will not disclose it except to staff who need it for the "
              "project or as required by law, including the Freedom of Information Act 2000."),
        ("h", "7. Publication and disclosure"),
        ("p", "7.1 Soren will publish a summary of this Agreement on the collaborative working "
              "section of its UK website before the clinic opens. The parties will publish an "
              "outcomes report within six months after the end of the project. Soren will disclose "
              "all payments on Disclosure UK."),
        ("h", "8. Term and termination"),
        ("p", "8.1 The project runs for 24 months from the effective date. Either party may end "
              "this Agreement on three months' notice, or at once for material breach."),
        ("p", "8.2 On expiry or termination, patients already in treatment will complete their "
              "course under the Trust's pre-assessment service. The fixed-term clinic nurse post "
              "is funded to the end of the notice period only; the Trust will decide by month 20 "
              "whether to make it substantive based on the evaluation."),
        ("h", "9. General"),
        ("p", "9.1 Nothing in this Agreement obliges the Trust to buy, prescribe or recommend any "
              "Soren product; iron preparations are chosen from the Trust formulary. The Bribery "
              "Act 2010 applies."),
        ("h", "Schedule 1 - Objectives and key performance indicators"),
        ("t", [["KPI", "Baseline", "Target", "Source"],
               ["Anaemic patients treated 4+ weeks pre-op", "18%", "70% by month 18",
                "Pre-assessment database"],
               ["Red cell units transfused per 100 major ops", "31", "22 by month 24",
                "Blood bank LIMS"],
               ["Median length of stay, major colorectal", "7.5 days", "6.5 days", "PAS"]]),
        ("h", "Schedule 2 - Joint Oversight Group"),
        ("p", "Membership: Consultant Anaesthetist (chair), Transfusion Practitioner, Pre-assessment "
              "Matron, Finance Manager, Soren Medical Affairs Lead, Soren NHS Partnerships Manager. "
              "Quorum: four including two Trust members. Meets every two months."),
        ("h", "Signatures"),
        ("sig", [(tr, "Michael Oduya", "Chief Medical Officer"),
                 (co, "Dr Ingrid Vale", "Medical Director")]),
    ]
    return {
        "file": "t12b_09_cwa_preop_anaemia.docx", "type": "agreement",
        "header": "SM-CW-2025-011", "footer": "Soren Medica / ATH - Collaborative Working Agreement",
        "blocks": blocks,
        "outcomes": outcomes("agreement", resource_contributions="fail"),
        "notes": ("resource-contributions FAIL: clause 3.1 puts every contribution in 'Schedule 3 "
                  "(Contributions and Payment)', but the document contains only Schedules 1 and 2 - "
                  "no party's contribution (money, staff, facilities) is stated anywhere. "
                  "legal-entities pass via the cover table (foundation trust, company number)."),
        "keys": ["set out in Schedule 3", "Schedule 2 - Joint Oversight Group"],
    }


def d10():
    co, tr = "Brightwater Pharmaceuticals Ltd", "Coldharbour and Reeth Mental Health NHS Foundation Trust"
    blocks = [
        ("title", "Project Initiation Document"),
        ("sub", "Physical Health Checks for People with Severe Mental Illness"),
        ("t", [["Version", "Date", "Author", "Change"],
               ["0.3", "11/11/2024", "K. Bamford", "First draft"],
               ["0.7", "09/12/2024", "K. Bamford / L. Osei", "Resources and IG added"],
               ["1.0", "20/01/2025", "K. Bamford", "Approved by Physical Health Committee"]]),
        ("h", "Background"),
        ("p", "People living with schizophrenia, bipolar disorder or other psychoses die on average "
              "15 to 20 years earlier than the general population, mostly from preventable physical "
              "illness. In the Trust's community mental health teams, fewer than half of patients "
              "had all six elements of the annual physical health check last year."),
        ("h", "Aims"),
        ("p", "To set up a physical health check clinic in each of the four community mental health "
              "hubs, run by a health care assistant and supervised by a physical health nurse, with "
              "clear onward referral for smoking cessation, weight management, diabetes and "
              "cardiovascular care."),
        ("h", "Outcomes"),
        ("p", "The project will improve uptake of physical health checks and support earlier "
              "identification of physical illness. Outcomes will be monitored by the Project Board "
              "and reported through the Trust's physical health governance."),
        ("h", "Patient benefit"),
        ("p", "Patients will have their physical health checked in a setting they already know, "
              "with quicker treatment for problems such as raised blood pressure, diabetes or "
              "high cholesterol, and support to stop smoking."),
        ("h", "Resources"),
        ("t", [["Organisation", "Funding", "Staff", "Other"],
               [co, "£57,000", "Medical affairs project support (0.1 WTE)",
                "Point-of-care HbA1c and lipid analysers (loan for 18 months)"],
               [tr, "—", "—", "—"]]),
        ("h", "Roles"),
        ("b", ["Trust Physical Health Lead: clinical lead and chair of the Project Board.",
               "Community Services Manager: operational delivery in the hubs.",
               "Brightwater Medical Affairs Manager: project support and evaluation design.",
               "No Brightwater sales or marketing staff will take part."]),
        ("h", "Information governance"),
        ("p", "Checks are recorded in the Trust's electronic patient record. The Trust is data "
              "controller and the project has been screened by the Trust's Data Protection Officer; "
              "a DPIA was signed off on 16 January 2025. Brightwater receives only aggregated, "
              "anonymised totals by hub and quarter and has no access to the patient record."),
        ("h", "Confidentiality"),
        ("p", "Both parties will keep confidential any non-public information about the other "
              "obtained through the project. All patient information is protected by the Trust's "
              "confidentiality policy."),
        ("h", "Ending the project"),
        ("p", "The project closes after 18 months. The analysers are returned at close unless the "
              "Trust buys them. From month 12 the Trust will build the HCA role into the community "
              "teams' establishment; if this is not approved, checks revert to care coordinators "
              "and GP practices. Either party may end the project early on 60 days' notice."),
        ("h", "Publication"),
        ("p", "Brightwater will publish an executive summary before the start and both parties "
              "will publish a summary of outcomes within six months of close. Brightwater's "
              "funding will be disclosed on Disclosure UK."),
    ]
    return {
        "file": "t12b_10_pid_smi_health_checks.docx", "type": "pid",
        "header": "OFFICIAL", "footer": "CRMH / Brightwater PID v1.0",
        "blocks": blocks,
        "outcomes": outcomes("pid", resource_contributions="fail", measurable_outcomes="warn"),
        "notes": ("resource-contributions FAIL: the resources table has the Trust's row as '—' in "
                  "every column; only Brightwater's contribution is stated (HCA/nurse roles in "
                  "'Aims' are not described as Trust-provided resources). measurable-outcomes WARN: "
                  "outcomes only qualitative ('improve uptake', 'will be monitored'); the baseline "
                  "in Background ('fewer than half') has no target or date."),
        "keys": ["Outcomes will be monitored by the Project Board", "Point-of-care HbA1c"],
    }


def d11():
    co, tr = "Pelham Ridge Pharma Ltd", "Millbrook Valley NHS Trust"
    blocks = [
        ("title", "Summary of Collaborative Working Project"),
        ("sub", "Fracture Liaison Service Extension - Millbrook Valley"),
        ("h", "Project title"),
        ("p", "Extending the Fracture Liaison Service to patients with vertebral fractures."),
        ("h", "Partners"),
        ("p", "%s and %s" % (tr, co)),
        ("h", "Rationale"),
        ("p", "Most vertebral fractures found on X-ray or CT are never followed up, although a "
              "person with one fragility fracture is at high risk of another, including hip "
              "fracture. The Trust's Fracture Liaison Service (FLS) currently sees patients with "
              "wrist and hip fractures only."),
        ("h", "Objectives"),
        ("b", ["Identify people over 50 with a vertebral fracture reported on imaging.",
               "Offer every identified person a fracture risk assessment, falls advice and, "
               "where appropriate, bone health treatment chosen according to national guidance.",
               "Reduce repeat fractures in this group."]),
        ("h", "Expected benefits"),
        ("p", "Patients: a bone health assessment and treatment plan after a vertebral fracture, "
              "fewer further fractures, pain and loss of independence. NHS: fewer hip fracture "
              "admissions. Pelham Ridge: understanding of how secondary fracture prevention "
              "services can be extended."),
        ("h", "Project period"),
        ("p", "May 2025 - October 2026 (18 months)."),
        ("h", "Financial arrangements and roles"),
        ("p", "Pelham Ridge will fund a fixed-term FLS coordinator (Band 5, 1.0 WTE, employed by "
              "the Trust) for 18 months and a radiology reporting prompt, a total of £63,500. The "
              "Trust will provide access to patients and clinical engagement."),
        ("h", "Publication"),
        ("p", "This summary is published on the Pelham Ridge UK website before the project begins. "
              "Both partners intend to publish the outcomes within six months of completion. "
              "Pelham Ridge's payments will be disclosed on Disclosure UK."),
        ("h", "Contacts"),
        ("t", [["", "Name", "Job title", "Email"],
               [tr, "Dr Niamh Corrigan", "Consultant Rheumatologist, FLS Lead",
                "niamh.corrigan@mvnt.example.nhs.uk"],
               [co, "Tom Ashby", "Partnerships Manager", "t.ashby@pelhamridge.example.com"]]),
    ]
    return {
        "file": "t12b_11_es_fracture_liaison.pdf", "type": "executive-summary", "layout": "plain",
        "header": "Pelham Ridge UK | Collaborative working", "footer": "PR-UK-2025-0088 | March 2025",
        "blocks": blocks,
        "outcomes": outcomes("executive-summary", resource_contributions="fail"),
        "notes": ("resource-contributions FAIL: company contribution is costed, but the Trust's is "
                  "'access to patients and clinical engagement' - access to patients is not a "
                  "resource the NHS pools (it is what the company gains access to), and "
                  "'engagement' names no staff time, skills or facilities. data-protection n/a: the "
                  "summary does not mention patient data, records or data sharing."),
        "keys": ["access to patients and clinical engagement", "PR-UK-2025-0088"],
    }


def d12():
    co, hb = "Ferrandine Pharma UK Ltd", "NHS Strathleven"
    blocks = [
        ("title", "Project Concept Framework"),
        ("sub", "Hepatitis C test-and-treat in community drug services"),
        ("t", [["Field", "Response"],
               ["Proposed partners", "%s (Health Board) and %s" % (hb, co)],
               ["Proposer", "Blood Borne Virus Clinical Nurse Manager, NHS Strathleven"],
               ["Purpose", "Bring hepatitis C testing and treatment into the four community drug "
                           "and alcohol services, so that people who inject drugs can be tested "
                           "with a finger-prick and start treatment at the same service without a "
                           "hospital referral."],
               ["Objectives", "Test 1,500 service users in 12 months; start treatment within 4 "
                              "weeks for 85% of those diagnosed; cure confirmed in 90% of those "
                              "who complete treatment."],
               ["Benefit to patients", "Faster diagnosis and cure of hepatitis C, fewer missed "
                                       "hospital appointments, lower risk of liver disease and of "
                                       "passing the virus on."],
               ["Benefit to the Board", "Progress towards the national elimination goal; fewer "
                                        "late presentations with liver disease."],
               ["Benefit to the company", "Insight into community models of viral hepatitis care."],
               ["Resource impact - Ferrandine", "£46,000: point-of-care testing equipment (£18,000); "
                                                "peer-support worker sessions via a third-sector "
                                                "partner (£21,000); evaluation (£7,000)."],
               ["Resource impact - NHS Strathleven", "In-kind (not yet costed)."],
               ["Proposed start / length", "September 2025, 12 months"],
               ["Sales involvement", "None. The project will be managed by Ferrandine's Medical "
                                     "Affairs team; account managers are excluded."],
               ["Decision", "Proceed to PID - subject to Board Medicines Governance review"]]),
        ("p", "Treatment choice will follow Scottish national guidance and the Board formulary; "
              "the project is not linked to any particular medicine."),
    ]
    return {
        "file": "t12b_12_cf_hepc_test_treat.docx", "type": "concept-framework",
        "header": "NHS Strathleven - Concept Framework", "footer": "Draft for discussion",
        "blocks": blocks,
        "outcomes": outcomes("concept-framework", resource_contributions="fail"),
        "notes": ("resource-contributions FAIL: figures and content only for Ferrandine; the Health "
                  "Board's resource impact is 'In-kind (not yet costed)' with no description of what "
                  "it puts in (staff, rooms, testing) - effectively absent/placeholder."),
        "keys": ["In-kind (not yet costed).", "Resource impact - Ferrandine"],
    }
