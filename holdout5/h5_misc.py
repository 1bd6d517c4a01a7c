"""holdout5 amendments M1-M4 and unknown documents U1-U2."""
from h5_common import mk, outcomes

A = "amendment"
U = "unknown"


def m1():
    b = [
        ("kv", [["Name of project", "Fracture Liaison Service (NHS Ardmuir / Dunmore Pharma UK Ltd)"],
                ["Project owners", "Dr Fiona Laird (NHS Ardmuir); Euan McBride, Partnerships Lead Scotland (Dunmore)"],
                ["Amendment number", "1"],
                ["Change requested", "Start of FLS clinics at the second hospital moved from January 2026 to April 2026 because of estates works."],
                ["Impact - timeline", "Project end date moves from 30 September 2027 to 31 December 2027; milestone 3 moves by one quarter."],
                ["Impact - logistics", "Coordinator for site 2 recruited in February instead of November."],
                ["Impact - finances", "No change to total funding; the second instalment is re-profiled to Q2 2026."],
                ["Public summary", "Executive summary to be updated and re-certified; Disclosure UK timing unchanged."],
                ["Submitted to steering group", "11 November 2025"],
                ["Approved", "NHS Ardmuir AMD (18 Nov 2025); Dunmore Head of Medical (19 Nov 2025)"]]),
    ]
    return mk("h5-m01-ardmuir-fls-amendment.pdf", A, "Project Amendment Form", b,
              "Amendment: only promotional-language and sales-roles apply; both pass.",
              outcomes(A), grid="grid", header="NHS Ardmuir", footer="AMD-FLS-01")


def m2():
    b = [
        ("h", "Amendment to the Project Initiation Document"),
        ("p", "Project: Healthy Minds, Healthy Bodies (Calder Ridge Mental Health NHS Trust and Brackenridge Medical UK Ltd). Amendment 2, submitted 3 March 2026."),
        ("h", "What has changed"),
        ("p", "Brackenridge's Medical Advisor, Dr Lena Hart, has left the company. Her place on the steering group is taken by Dr Farid Nouri, Medical Science Liaison (Mental Health), who has no promotional responsibilities. In addition, a fifth community base (Halworth North) is added to the health check rota from May 2026."),
        ("h", "Impact"),
        ("p", "Timeline: none. Logistics: Trust nurse rota revised to cover the fifth base; point-of-care kit moved from the Westgate base. Finance: no change to Brackenridge's funding; the Trust absorbs the additional room cost within its in-kind contribution."),
        ("h", "Approval"),
        ("p", "Approved by the steering group on 10 March 2026. The PID has been re-certified; the executive summary is not affected."),
    ]
    return mk("h5-m02-calder-smi-amendment.docx", A, "PID Amendment Record", b,
              "Amendment; both applicable rules pass (new company member is an MSL with no promotional duties).",
              outcomes(A), header="Calder Ridge MH NHS Trust", footer="PID amendment 2")


def m3():
    b = [
        ("h", "Project"),
        ("p", "Lipid management optimisation across Tamberley practices - Tamberley Health Ltd and Hartwell Pharma UK Limited."),
        ("h", "Amendment requested"),
        ("p", "Only 6 of the 14 practices have signed up so far. To accelerate practice recruitment, Hartwell's Regional Business Manager (Midlands) will join the steering group and will visit the remaining practices to secure their participation."),
        ("h", "Impact"),
        ("p", "Timeline: recruitment phase extended by 6 weeks. Finances: none. Logistics: steering group membership increases to seven."),
        ("h", "Submitted"),
        ("p", "Submitted to the steering group on 2 June 2026 by the Federation Clinical Lead."),
    ]
    return mk("h5-m03-tamberley-amendment.docx", A, "Project Amendment Form", b,
              "sales-roles FAIL: a Regional Business Manager joins the steering group and recruits practices.",
              outcomes(A, sales_roles="fail"), footer="Tamberley Health Ltd - Amendment 1")


def m4():
    b = [
        ("table", [["Field", "Details"],
                   ["Project", "Children's Community Asthma Service (Linmouth Borough Council, Westerleigh GP Federation CIC, Aldwyn Pharma UK Ltd)"],
                   ["Owners", "Derek Hall (Council); Dr Mina Shah (Federation); Claire Doyle (Aldwyn)"],
                   ["Amendment", "Objective 2 is replaced with: 'Switch children on twice-daily inhalers to Nebravent, the simplest and most effective once-daily option, at their asthma review.'"],
                   ["Impact on timeline", "None"],
                   ["Impact on finances", "Aldwyn to fund an additional 0.2 WTE nurse time (£9,000)"],
                   ["Date submitted", "14 January 2026"]]),
    ]
    return mk("h5-m04-linmouth-asthma-amendment.pdf", A, "Amendment to Project Initiation Document", b,
              "promotional-language FAIL: amendment introduces a switch to the company's brand with superlative claims ('simplest and most effective').",
              outcomes(A, promotional_language="fail"), grid="lines", header="Linmouth / Westerleigh / Aldwyn", footer="Amendment 3")


def u1():
    b = [
        ("p", "Medicines Optimisation Team, NHS Greyfriars and Wold Integrated Care Board, Wold House, Greyfriars GF1 2AB"),
        ("p", "14 March 2025"),
        ("p", "Ms Helen Ibekwe, UK Country Director, Ostrander Biosciences plc, 40 Finsbury Row, London EC2A 1LB"),
        ("p", "Dear Ms Ibekwe,"),
        ("p", "Re: Kidney Health Case-Finding - signed Collaborative Working Agreement"),
        ("p", "Please find enclosed the Collaborative Working Agreement signed on behalf of the ICB by our Chief Medical Officer, together with the signed copy from the University of Eastcombe. I should be grateful if you would countersign and return one copy for our records."),
        ("p", "As agreed at the February project board, the ICB will also place a link to your published executive summary on our partnerships web page. Our Information Governance team has confirmed that the DPIA is complete."),
        ("p", "If you have any questions, please contact me on the number below or by email."),
        ("p", "Yours sincerely,"),
        ("p", "Aisha Rahman, Head of Medicines Optimisation, NHS Greyfriars and Wold ICB"),
        ("p", "Enc. Collaborative Working Agreement (2 copies)"),
    ]
    return mk("h5-u01-greyfriars-covering-letter.docx", U, "Covering letter", b,
              "Unknown type (covering letter). Only promotional-language and sales-roles apply; both pass.",
              outcomes(U), header="NHS Greyfriars and Wold Integrated Care Board", footer=None)


def u2():
    b = [
        ("kv", [["Meeting", "Joint Working Oversight Group - Diabetes and Renal workstream"],
                ["Date", "22 April 2026, 14:00-15:30, MS Teams"],
                ["Present", "Rhian Evans (KBUHB, chair); Dr Gwen Morgan (KBUHB Diabetes Consultant); Mark Lloyd (KBUHB Finance); Sian Bowen (Sefton-Lowe, Medical Affairs Manager); Dylan Hughes (Sefton-Lowe, Area Sales Manager)"],
                ["Apologies", "Lisa Pryce (KBUHB IG Lead)"]]),
        ("h", "1. Minutes of last meeting"),
        ("p", "Agreed as accurate."),
        ("h", "2. Progress report"),
        ("p", "Pharmacist reviews started in four practices; 137 reviews completed to date. Recruitment of further practices has been slower than hoped."),
        ("h", "3. Practice recruitment"),
        ("p", "DH offered to use his existing practice contacts to sign up the remaining practices and will bring the list of interested practices to the next meeting. Agreed."),
        ("h", "4. AOB"),
        ("p", "None. Next meeting 20 May 2026."),
        ("h", "Actions"),
        ("table", [["No.", "Action", "Owner", "Due"],
                   ["1", "Circulate progress dashboard", "RE", "29 April"],
                   ["2", "Contact remaining practices to recruit them to the project", "DH", "20 May"],
                   ["3", "Confirm Q1 invoice", "ML", "6 May"]]),
    ]
    return mk("h5-u02-kestrel-oversight-minutes.pdf", U, "Minutes of Meeting", b,
              "Unknown type (meeting minutes). sales-roles FAIL: the company's Area Sales Manager attends the oversight group and takes an action to recruit practices. promotional-language pass.",
              outcomes(U, sales_roles="fail"), grid="grid", header="Kestrel Bay University Health Board", footer="Draft minutes")
