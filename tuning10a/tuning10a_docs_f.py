"""tuning10a documents 22-24."""
from tuning10a_common import doc


def d22():
    b = [
        ("title", "Executive Summary – Collaborative Working Project"),
        ("subtitle", "Migraine: community headache pathway – Lindenford GP Federation CIC and Cardew "
                     "Neurosciences Ltd"),
        ("kv", [("Project period", "January 2026 – December 2026"),
                ("Cardew job bag", "CN-UK-CW-0089 | prepared November 2025"),
                ("Publication", "This summary is posted on Cardew's UK website before the project begins; "
                                "outcomes will be published by both partners within six months of the end.")]),
        ("h1", "Background"),
        ("p", "Neurology waits for headache referrals in Lindenford exceed 40 weeks. Many referrals could be "
              "managed in primary care with a GP with extended role and better support for medication-"
              "overuse headache."),
        ("h1", "Objectives"),
        ("p", "People with frequent migraine will be seen in a community headache clinic within eight weeks, "
              "get a preventive plan and help to stop medication overuse, with fewer days lost to migraine. "
              "The federation develops a commissionable service; Cardew learns about community neurology "
              "models."),
        ("h1", "How patients are identified"),
        ("p", "Practices will search their records for patients with three or more triptan issues a month. "
              "The federation will send a monthly list of identified patients (name, date of birth, "
              "telephone number and practice) to Cardew so that its nurse educators can contact them and "
              "arrange clinic appointments."),
        ("h1", "Financial arrangements"),
        ("p", "Cardew provides £45,000 for GP extended-role sessions and the nurse educator service. The "
              "federation provides clinic rooms in three hubs, administration and clinical governance "
              "(about £30,000)."),
        ("h1", "Roles"),
        ("p", "The federation leads clinical care. Cardew funds sessions, supplies nurse educators and supports "
              "evaluation."),
        ("h1", "Contacts"),
        ("table", [["Organisation", "Contact", "Email"],
                   ["Lindenford GP Federation CIC", "Dr Nia Pritchard, Medical Director",
                    "nia.pritchard@nhs.net"],
                   ["Cardew Neurosciences Ltd", "Ben Hargreaves, Regional Business Manager",
                    "ben.hargreaves@cardew.example"]]),
    ]
    opts = {"header": "Cardew Neurosciences Ltd – Collaborative Working", "footer": "CN-UK-CW-0089",
            "ruled": True, "pdf_accent": "#5B2333"}
    return doc(22, "es_migraine", "executive-summary", "pdf", b, opts, es_data=True,
               overrides={"data-protection": "fail", "sales-roles": "warn"},
               notes="data-protection fail: the ES describes identifiable patient lists (name, DOB, phone) going to "
                     "the company for its nurse educators to contact patients. sales-roles warn: the only company "
                     "contact is a Regional Business Manager (sales-side title), named as contact only.")


def d23():
    b = [
        ("title", "PID – Reducing high-dose opioid use for chronic non-cancer pain"),
        ("subtitle", "Ashby Vale Community Pharmacy Network Ltd, NHS Ashby and Trent Integrated Care Board and "
                     "Tillbrook Pharma UK Ltd"),
        ("table", [["Rev", "Date", "Summary"],
                   ["1.0", "6 Oct 2025", "Issued for approval"],
                   ["1.1", "20 Oct 2025", "Data section reworded after IG review"]]),
        ("p", "Tillbrook certification: TPU-CW-25-310, 17 October 2025."),
        ("h1", "Context"),
        ("p", "Around 2,700 people in Ashby and Trent take opioids at 120 mg morphine-equivalent a day or more "
              "for chronic pain that is not caused by cancer. Many have had no review for over a year."),
        ("h1", "What the project will do"),
        ("p", "Trained community pharmacists will hold structured conversations with people on high-dose "
              "opioids, agree a tapering plan with the prescriber where the person wishes, and follow them "
              "up monthly."),
        ("h1", "What people can expect"),
        ("p", "About one person in every five on high-dose opioids should be on a lower, safer dose a year "
              "from now, up from one in twenty today, with support close to home and no pressure to reduce "
              "faster than they are comfortable with."),
        ("h1", "What the organisations expect"),
        ("p", "ICB: fewer opioid-related harms and admissions. Network: a service specification it can bid "
              "for. Tillbrook: understanding of pharmacy-led deprescribing support."),
        ("h1", "Who contributes what"),
        ("bullets", ["Tillbrook: the cost of pharmacist consultation fees (up to 900 consultations at £28) and "
                     "a two-day training course delivered by an independent pain education provider - "
                     "£37,200 in total.",
                     "Network: 14 pharmacies' consultation rooms, a pharmacist project lead for a day a week "
                     "and follow-up calls (around £24,000 of time).",
                     "ICB: prescribing data analysis, a GP pain lead for 2 sessions a month and governance "
                     "(around £19,000)."]),
        ("h1", "How we will measure it"),
        ("table", [["What", "Now", "By Dec 2026", "From"],
                   ["People on >=120 mg MME/day who reduced dose by 25% or more", "5%", "20%",
                    "ICB prescribing data"],
                   ["Structured consultations completed", "0", "900", "Network records"],
                   ["Opioid-related admissions", "64 a year", "50 a year", "ICB SUS data"]]),
        ("h1", "Project board"),
        ("p", "ICB Head of Medicines Optimisation (chair); Network pharmacist lead; Tillbrook Medical Affairs "
              "Manager. Tillbrook's commercial and sales staff have no part in any aspect of the project."),
        ("h1", "Information"),
        ("p", "Consultation records are kept in the pharmacies' NHS-approved clinical system; each pharmacy "
              "contractor and the ICB are controllers for their data, with a DPIA approved by the ICB's IG "
              "team. Tillbrook receives only totals at ICB level and never sees anything about individuals. "
              "Project documents, budgets and partner business information are shared in confidence and "
              "used only for the project, subject to the ICB's FOI duties."),
        ("h1", "If we stop"),
        ("p", "Planned end: December 2026. The ICB will decide by September 2026 whether to commission the "
              "service. If not, or if any partner gives 60 days' notice to leave early, every person "
              "mid-taper is handed back to their prescriber with their plan and the pharmacy's notes."),
        ("h1", "Being open"),
        ("p", "Tillbrook will post the executive summary before the start date (January 2026); the partners "
              "will publish results within six months of the end; Tillbrook's payments go on Disclosure UK."),
    ]
    opts = {"header": "Ashby Vale CPN / Ashby and Trent ICB / Tillbrook", "footer": "PID v1.1 – OFFICIAL",
            "docx_font": "Arial", "accent": "2F5597"}
    return doc(23, "pid_opioid_taper", "pid", "docx", b, opts,
               notes="Fully compliant. Patient benefit and target phrased as 'one person in every five ... up from "
                     "one in twenty'; contributions as consultation fees, rooms and sessions.")


def d24():
    b = [
        ("title", "Joint Working Agreement"),
        ("subtitle", "Bronchiectasis airway clearance service"),
        ("p", "This Agreement is made between the Respiratory Medicine Department, Kingsreach General "
              "Hospital ('the Department') and Marchmont Respira Ltd, registered in England no. 05512377, "
              "registered office Marchmont House, Guildford GU1 4ZZ ('Marchmont')."),
        ("h1", "1 Scope"),
        ("p", "1.1 A physiotherapy-led airway clearance clinic for adults with bronchiectasis, providing "
              "each patient with a personalised clearance routine, a device where clinically indicated and "
              "a rescue plan, to reduce exacerbations and hospital stays."),
        ("h1", "2 Period"),
        ("p", "2.1 1 May 2026 to 30 April 2027."),
        ("h1", "3 What each party provides"),
        ("p", "3.1 Marchmont: £31,000 towards a 0.5 WTE Band 7 respiratory physiotherapist and clinic "
              "equipment. 3.2 The Department: consultant oversight (1 PA a week), clinic space, physiology "
              "and admin support, approximately £27,000."),
        ("h1", "4 Measurement"),
        ("p", "4.1 Exacerbations requiring antibiotics per patient-year (baseline 3.1; target 2.2), bed days "
              "for bronchiectasis (baseline 410; target 300), and the share of patients with a documented "
              "clearance routine (baseline 28%; target 90%), reported quarterly from Trust data."),
        ("h1", "5 Governance"),
        ("p", "5.1 Consultant Respiratory Physician (chair), Physiotherapy Lead, Marchmont Medical Affairs "
              "Manager. Marchmont sales representatives will have no involvement."),
        ("h1", "6 Data"),
        ("p", "6.1 The parties shall comply with the Data Protection Act 1998 in relation to any personal data."),
        ("h1", "7 Confidentiality"),
        ("p", "7.1 Neither party shall disclose the other's confidential information, including patient "
              "information and commercial terms, except as required by law (including FOIA 2000)."),
        ("h1", "8 Publicity"),
        ("p", "8.1 Neither party shall make any public statement about the project without the prior written "
              "consent of the other. Marchmont may, at its discretion, publish a summary of results."),
        ("h1", "9 Ending"),
        ("p", "9.1 Either party may end the Agreement on three months' notice. Patients keep their routine and "
              "device and are followed up by the respiratory team; the funded post ends at the end of the "
              "notice period unless the hospital chooses to continue it."),
        ("h1", "10 No inducement"),
        ("p", "10.1 Devices and medicines are chosen by clinicians in line with BTS guidance and the hospital "
              "formulary; the Agreement is not linked to any Marchmont product."),
        ("sig", [("For the Department", "Dr Alistair Penrose", "Consultant Respiratory Physician"),
                 ("For Marchmont Respira Ltd", "Joanna Kerr", "Head of Medical Affairs UK")]),
    ]
    opts = {"header": "JWA – Bronchiectasis – Kingsreach / Marchmont", "footer": "Version 1.0",
            "columns": 2, "ruled": False}
    return doc(24, "agr_bronchiectasis", "agreement", "pdf", b, opts,
               overrides={"legal-entities": "fail", "transparency": "fail", "data-protection": "warn"},
               notes="legal-entities fail: the NHS party is a hospital department ('Respiratory Medicine "
                     "Department, Kingsreach General Hospital'), not the trust; signed 'for the Department' by a "
                     "consultant. transparency fail: no publication commitment - publicity needs mutual consent and "
                     "results only 'at Marchmont's discretion'. data-protection warn: only a reference to the "
                     "outdated Data Protection Act 1998.")
