"""Documents 34-37: anticoagulation agreement; care-home HF agreement; two letters."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, MSL_CV, RWE,
                             COMPL, GM, MED_DIR, code, fill, hvg_agreement)

STM = "Stourmouth Medical Practice"
ORH = "Orwell Reach Health Innovation Network Ltd"
LHC = "Lowfield Healthcare CIC"


def d34():
    d = Doc(34, "anticoag-review-agreement", "docx", "agreement",
            "Joint Working Agreement - Anticoagulation Review Service",
            header="Halvergate JWA v4 | ARS", footer="ARS agreement - execution copy")
    d.p("JOINT WORKING AGREEMENT - ANTICOAGULATION REVIEW SERVICE")
    hvg_agreement(
        d, project="Anticoagulation Review Service",
        parties=[(CO + ", " + CO_REG, CO_SHORT),
                 ("Dr Amara Okafor, GP partner at %s, 1 Quay Street, Stourmouth ST4 6AA" % STM,
                  "the Clinical Lead")],
        recitals=["The Clinical Lead leads anticoagulation care for the Stour Valley PCN.",
                  "The parties wish to provide structured, product-neutral reviews for people "
                  "with atrial fibrillation whose warfarin control is poor, in line with NICE "
                  "NG196."],
        term="This Agreement runs from 1 March 2025 to 28 February 2026.",
        benefits=["Patients: a clinical review of their anticoagulation, better stroke "
                  "protection and fewer INR clinic visits where a change is clinically "
                  "appropriate.",
                  "The practices: nurse time released from INR clinics.",
                  "%s: insight into anticoagulation pathways in primary care." % CO_SHORT],
        gov=["A Steering Group chaired by the Clinical Lead with the PCN pharmacist lead and "
             "the %s %s and %s meets monthly. Treatment choices are made by NHS prescribers "
             "using the local formulary; no promotional %s staff take part." % (
                 CO_SHORT, PM_SOUTH[1], MSL_CV[1], CO_SHORT)],
        outcomes=["Success measures will be developed by the parties during the Project."],
        over={"dp": ["%s is data controller for patient records, which are processed under "
                     "UK GDPR and the Data Protection Act 2018 and do not leave practice "
                     "systems. %s receives only anonymised totals." % (STM, CO_SHORT)]},
        schedules=[("Schedule 1 - Contributions", ("tbl", [
            ["Party", "Contribution"],
            ["the Clinical Lead / PCN", "PCN pharmacist 0.4 WTE; GP supervision 1 session a "
             "week; INR data; rooms"],
            [CO_SHORT, "GBP 32,000 for a pharmacist technician 0.6 WTE; 0.1 WTE project "
             "manager; evaluation"]]))],
        signers=[(CO, HEAD_PART[0], HEAD_PART[1]),
                 ("Dr Amara Okafor", "Dr Amara Okafor", "GP Partner (personal capacity)")])
    d.flag("legal-entities", "fail",
           "the NHS-side party is an individual GP (Dr Amara Okafor) signing in a personal "
           "capacity, not the practice or PCN vehicle", "GP Partner (personal capacity)")
    d.flag("measurable-outcomes", "fail",
           "measurement clause says only that success measures 'will be developed during the "
           "Project'; none exist", "Success measures will be developed by the parties")
    return d


def d35():
    d = Doc(35, "hf-care-homes-agreement", "pdf", "agreement",
            "Collaborative Working Agreement - Heart Failure in Care Homes",
            header="ORHIN Contracts | CW-2025-004 | Commercial in confidence",
            footer="Heart Failure in Care Homes CWA v2.2", tstyle="lines", font="Times-Roman")
    d.cover("COLLABORATIVE WORKING AGREEMENT", [
        "Heart Failure in Care Homes (HFiCH)", "Dated 14 February 2025", "between",
        ORH, "the Wexcombe and Ridley Heart Failure Clinical Network", "and", CO])
    d.h("1. Parties", 2)
    d.num_list([
        "%s (company number 10554321), Innovation House, Orwell Quay, Wexcombe WX2 7PP "
        "(\"the HIN\");" % ORH,
        "the Wexcombe and Ridley Heart Failure Clinical Network, the clinical network of "
        "cardiology, community heart failure and primary care clinicians across Wexcombe and "
        "Ridley (\"the Network\"); and",
        "%s, %s (\"Halvergate\")." % (CO, CO_REG)])
    cl = [
        ("2", "Purpose", ["The parties will train care home staff in 30 homes to recognise "
                          "early signs of worsening heart failure (weight gain, breathlessness, "
                          "ankle swelling) and set up a direct line to the community HF team."]),
        ("3", "Term", ["1 April 2025 to 31 March 2026."]),
        ("4", "Contributions", [
            "The HIN: programme manager 0.4 WTE, training design and venue hire, care home "
            "engagement (about GBP 38,000).",
            "The Network: community HF nurse time for training (40 sessions) and clinical "
            "advice line cover (about GBP 27,000).",
            "Halvergate: GBP 55,000 paid to the HIN for training delivery, digital scales for "
            "each home and evaluation; 0.1 WTE project manager."]),
        ("5", "Benefits", ["Residents: earlier action when heart failure worsens, fewer "
                           "emergency admissions and less time in hospital. Care homes and the "
                           "NHS: more confident staff and fewer 999 calls. Halvergate: insight "
                           "into care home pathways."]),
        ("6", "Governance", ["A Programme Board (HIN Director of Programmes - chair; Network "
                             "clinical lead; two care home managers; Halvergate Medical Science "
                             "Liaison) meets every two months. No Halvergate staff in sales or "
                             "marketing roles will take part."]),
        ("7", "Evaluation", ["The HIN will evaluate using: HF-related emergency admissions "
                             "from participating homes; staff confidence scores; calls to the "
                             "advice line. Targets for each measure will be set by the "
                             "Programme Board at its first meeting."]),
        ("8", "Data protection", ["Residents' personal data are held only by the care homes "
                                  "and NHS providers as controllers under UK GDPR and the Data "
                                  "Protection Act 2018. Admissions data reach the HIN and "
                                  "Halvergate only as anonymised aggregates from the ICB."]),
        ("9", "Confidentiality", ["Each party keeps the others' confidential information "
                                  "(including commercial terms and unpublished results) "
                                  "confidential during the Term and for three years after, "
                                  "save as required by law."]),
        ("10", "Publicity and publication", [
            "No party may publish or announce anything about the Project, including any "
            "summary of this Agreement or of the Project's outcomes, without Halvergate's "
            "prior written approval, which Halvergate may give or withhold at its discretion."]),
        ("11", "Termination and exit", [
            "Any party may withdraw on 60 days' notice. At the end of the Term or on "
            "termination, the advice line reverts to the community HF team's normal hours, the "
            "scales remain with the homes, and training materials pass to the HIN to continue "
            "to offer to homes."]),
        ("12", "General", ["Bribery Act 2010 applies. Disputes: escalation to the Programme "
                           "Board chair, then mediation. English law."]),
    ]
    for n, t, items in cl:
        d.clauses(n, t, items)
    d.sig([(ORH, "Dr Neil Ashworth", "Chief Executive"),
           ("the Wexcombe and Ridley Heart Failure Clinical Network", "Dr Priya Sandhu",
            "Network Clinical Lead"),
           (CO, HEAD_PART[0], HEAD_PART[1])])
    d.flag("legal-entities", "fail",
           "one contracting party is a clinical network (no legal personality) with no named "
           "host organisation contracting for it", "the clinical network of cardiology")
    d.flag("transparency", "fail",
           "all publication, including the summary and outcomes, is subject to Halvergate's "
           "prior approval at its discretion; no commitment to publish",
           "without Halvergate's prior written approval")
    d.flag("measurable-outcomes", "warn",
           "measures are named but the targets are left to the Programme Board",
           "Targets for each measure will be set by the")
    return d


def d36():
    d = Doc(36, "covering-letter-countersigned", "docx", "unknown",
            "Covering letter - countersigned agreement",
            header="Halvergate Pharmaceuticals UK Limited | NHS Partnerships",
            footer="Registered in England and Wales No. 04417729")
    d.p("Unit 4, Tenterden Park, Basingstoke Road, Reading RG2 0QX", "22 May 2024",
        "Dr Anya Sorensen\nMedical Director\nLowfield Healthcare CIC\nLowfield House, 2 Dyer "
        "Street\nLowfield LW3 1JD", "Dear Dr Sorensen,",
        "Community Headache Pathway - collaborative working agreement",
        "Thank you for returning the agreement signed on behalf of Lowfield Healthcare CIC. I "
        "enclose a fully executed copy, now signed by the University of Wexcombe and by "
        "Halvergate, for your records.",
        "As agreed, the public summary of the agreement will go onto our collaborative working "
        "web page in June, before the clinic opens on 1 July. I will send you the final text "
        "once it has been certified so that Lowfield can link to it as well. The first "
        "payment will be raised against the milestone in Schedule 2 once you confirm the "
        "nurse specialist's training is complete.",
        "Your day-to-day contact remains %s, our %s, who will attend the Joint Project Group "
        "with our Medical Science Liaison. If anything in the agreement needs to change "
        "during the project, please let %s know so that we can record it through the amendment "
        "process." % (PM_SOUTH[0], PM_SOUTH[1], PM_SOUTH[0].split()[0]),
        "With best wishes for the launch,", "Yours sincerely,", "%s\n%s" % HEAD_PART,
        "Enc. Executed agreement (3 pages plus schedules)")
    d.key("fully executed copy", "amendment process")
    return d


def d37():
    d = Doc(37, "kam-invitation-letter", "pdf", "unknown",
            "Letter - invitation to join the Partnerships in Care programme",
            header="Halvergate Pharmaceuticals UK Limited",
            footer="Registered in England and Wales No. 04417729")
    d.p("3 October 2024", "Dr Alasdair Penhaligon\nClinical Director, Respiratory\n"
        "Castlebridge Teaching Hospitals NHS Trust", "Dear Alasdair,",
        "Partnerships in Care - COPD discharge bundle",
        "It was good to catch up at the respiratory network meeting last week. As promised, I "
        "am writing to follow up on the idea of a joint project to improve your COPD "
        "discharge bundle, building on the work you are already doing on severe asthma.",
        "As you know, Respivair is now the UK's fastest-growing triple therapy and has been "
        "added to your formulary. A discharge project would be a great way to make sure "
        "eligible patients leave hospital on optimal triple therapy, and we could share the "
        "discharge audit results with the team each month.",
        "I would be delighted to sit on the project board alongside our partnerships manager "
        "and to help with the day-to-day running of the project, including engagement with "
        "the ward teams. Halvergate can offer funding for a discharge nurse for 12 months.",
        "Could we find 30 minutes in the next fortnight to talk through next steps?",
        "Kind regards,", "Craig Fenwick\nKey Account Manager - Respiratory & Immunology, "
        "Castlebridge and Pennock\nHalvergate Pharmaceuticals UK Limited")
    d.flag("promotional-language", "fail",
           "promotes Respivair ('fastest-growing triple therapy') and links the proposed "
           "project to patients leaving hospital on it", "fastest-growing triple therapy")
    d.flag("sales-roles", "fail",
           "the Key Account Manager proposes to sit on the project board and run the project "
           "day to day", "I would be delighted to sit on the project board")
    return d


DOCS = [d34, d35, d36, d37]
