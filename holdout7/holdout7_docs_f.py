"""Documents 23-27: psoriasis ES; fracture liaison concept + PID; headache agreement + PID."""
from holdout7_model import Doc
from holdout7_common import (CO, CO_SHORT, CO_REG, HEAD_PART, PM_NORTH, PM_SOUTH, PM_WALES, MA_IMM,
                             MSL_CV, RWE, COMPL, GM, MED_DIR, code, fill)

PVT = "Pennock Vale NHS Foundation Trust"
CECT = "Cheviot Edge Community NHS Trust"
LHC = "Lowfield Healthcare CIC"
UW = "University of Wexcombe"


def d23():
    d = Doc(23, "psoriasis-exec-summary", "pdf", "executive-summary",
            "Psoriasis Virtual Review Clinic - executive summary",
            header="Halvergate | Joint working executive summary",
            footer=code(241, "09/2024"), tstyle="lines")
    d.h("Psoriasis Virtual Review Clinic", 1)
    d.p("Joint working between %s and %s." % (PVT, CO))
    fill(d, [
        ("Why", "People with stable psoriasis on long-term treatment travel to hospital for "
         "routine reviews that could often be done remotely, while new patients wait over 20 "
         "weeks."),
        ("What", "A nurse-led virtual clinic will carry out routine reviews by video, freeing "
         "face-to-face appointments for people who need them."),
        ("Benefits", ("tbl", [
            ["", "Expected benefit"],
            ["Patients", "Fewer journeys and less time off work; quicker appointments for new "
             "referrals and for people whose psoriasis flares."],
            ["Trust", "Around 900 clinic slots a year released."],
            [CO_SHORT, "Understanding of virtual dermatology services."]])),
        ("When", "October 2024 to December 2025."),
        ("Resources", "Halvergate: GBP 52,000 for a virtual clinic nurse for 12 months, project "
         "management and evaluation. Trust: nurse consultant time, consultant review sessions, "
         "booking staff and its video platform."),
        ("Responsibilities", "The Trust delivers all clinical care and runs the steering group; "
         "Halvergate's Medical Affairs Manager (Immunology) supports evaluation design."),
        ("Publication", "Halvergate publishes this summary before the clinic starts. A summary "
         "of outcomes will be published within six months of completion."),
        ("Contacts", ("kv", [
            ["Pennock Vale NHS FT", "Dr Rohan Mehta, Clinical Lead for Dermatology"],
            [CO_SHORT, "Craig Fenwick, Key Account Manager - Immunology, "
             "c.fenwick@halvergate.example"]])),
    ])
    d.flag("sales-roles", "warn",
           "a Key Account Manager (sales-side role) is the named Halvergate contact, though not "
           "shown in delivery or governance", "Key Account Manager - Immunology")
    return d


def d24():
    d = Doc(24, "fracture-liaison-cwrc-concept", "pdf", "concept-framework",
            "CWRC Form A - Collaborative working concept submission (fracture liaison)",
            header="Halvergate | Collaborative Working Review Committee | Form A v2",
            footer="Internal governance form - not for distribution", tstyle="grid")
    d.h("CWRC Form A - Collaborative working concept submission", 1)
    d.kv([
        ["Submission number", "CWRC-2024-029"],
        ["Working title", "Community fracture liaison extension"],
        ["Proposing partner(s)", CECT],
        ["Halvergate sponsor", "%s, %s" % HEAD_PART],
        ["Halvergate lead", "%s, %s" % PM_NORTH],
        ["Date submitted", "3 July 2024"]])
    fill(d, [
        ("A1. The problem", "The Trust's fracture liaison service only sees people admitted "
         "with hip fractures. People with wrist and vertebral fragility fractures treated as "
         "outpatients or in primary care are rarely assessed for osteoporosis."),
        ("A2. Purpose", "Extend the fracture liaison service to community and outpatient "
         "fragility fractures."),
        ("A3. Who gains", ("tbl", [
            ["Group", "Anticipated gain"],
            ["Patients", "Better outcomes for the local population."],
            ["Trust", "A fuller fracture liaison service in line with national standards."],
            [CO_SHORT, "Understanding of osteoporosis service models."]])),
        ("A4. What each side would contribute", ("tbl", [
            ["Partner", "Proposed resource"],
            ["Cheviot Edge Community NHS Trust", "In kind - TBC"],
            [CO_SHORT, "Up to GBP 70,000 for a Band 6 fracture liaison nurse for 12 months; "
             "project management; evaluation"]])),
        ("A5. Timing", "Early 2025; 12 months."),
        ("A6. Interdependencies / conflicts", "None known."),
        ("Committee decision", ("kv", [
            ["Outcome", "Deferred - resubmit with completed sections A3 and A4"],
            ["Signed", "%s, %s (Chair)" % MED_DIR]])),
    ])
    d.flag("resource-contributions", "fail",
           "the Trust's contribution is 'In kind - TBC'; only Halvergate's is stated",
           "In kind - TBC")
    d.flag("patient-benefit", "warn",
           "patient gain given only as the vague 'better outcomes for the local population'",
           "Better outcomes for the local population")
    return d


def d25():
    d = Doc(25, "fracture-liaison-pid", "docx", "pid",
            "Project Initiation Document - Community Fracture Liaison Extension",
            header="%s | Musculoskeletal Services" % CECT,
            footer="CFLE PID v1.0 (final) - 12 November 2024 | " + code(262, "11/2024"),
            font="Calibri")
    d.cover("Community Fracture Liaison Extension (CFLE)", [
        "Project Initiation Document v1.0",
        "%s in partnership with %s" % (CECT, CO),
        "Owner: Moira Gallacher, Head of MSK Services"])
    fill(d, [
        ("About the project", "Our fracture liaison service (FLS) currently reaches people "
         "admitted with hip fracture. Each year roughly 1,300 people over 50 in our area have a "
         "wrist, humerus or vertebral fragility fracture that is managed without admission; "
         "fewer than one in five are assessed for bone health. A second fracture within two "
         "years is common and often more serious."),
        ("What we will do", "An extra fracture liaison nurse will identify non-admitted "
         "fragility fractures from the emergency department, minor injuries units and "
         "radiology reports, assess fracture risk (FRAX and DXA where indicated) and write to "
         "the GP with a management plan in line with NICE guidance and the Trust formulary."),
        ("Targets", ("tbl", [
            ["Indicator", "2023/24", "Target 2025/26", "Source"],
            ["Non-admitted fragility fractures identified", "about 240", "1,000",
             "FLS database"],
            ["Identified patients assessed within 12 weeks", "38%", "80%", "FLS database"],
            ["Falls risk assessment completed", "21%", "75%", "FLS database"],
            ["Patients reporting they understood their plan", "not measured", "85%",
             "Patient survey"]])),
        ("Benefits", "For patients: a bone health and falls assessment after a first fracture, "
         "an agreed plan to reduce the chance of another break, and advice on exercise and "
         "falls prevention. For the Trust: a service that meets national FLS standards. For "
         "Halvergate: insight into how community FLS models work."),
        ("Inputs", ("tbl", [
            ["", "Trust", "Halvergate"],
            ["People", "Existing FLS lead nurse 0.2 WTE supervision; consultant "
             "orthogeriatrician 1 session a fortnight; admin 0.2 WTE",
             "Funding of GBP 68,500 for a Band 6 FLS nurse (1.0 WTE, 12 months, Trust "
             "employed)"],
            ["Other", "DXA scanning capacity; radiology report extraction by IT; clinic rooms",
             "Project manager 0.1 WTE; evaluation design and analysis of anonymised data"]])),
        ("Governance and roles", "The CFLE board, chaired by the Head of MSK Services, meets "
         "every six weeks: FLS lead nurse, orthogeriatrician, a GP adviser, an informatics "
         "lead and Halvergate's %s. The company's involvement is limited to partnerships, "
         "medical and evaluation staff; its promotional teams have no part." % PM_NORTH[1]),
        ("Data and confidentiality", "The Trust is controller for all patient records, which "
         "stay on Trust systems; DPIA approved 4 November 2024; Halvergate sees only grouped "
         "results. Each partner treats the other's confidential information - including "
         "unpublished data and commercial terms - as confidential for the project and three "
         "years after, subject to FOI."),
        ("Closing the project", "If the Trust's 2025/26 business case is approved, the nurse "
         "post transfers to core funding in January 2026. If not, referrals close six weeks "
         "before the end date, all assessed patients' plans go to their GPs, and the nurse "
         "returns to her substantive post. Either partner may withdraw on 90 days' notice "
         "with the same steps."),
        ("Openness", "Halvergate will publish the executive summary before the start and "
         "declare its payments on Disclosure UK; outcomes will be published by both partners "
         "within six months of the end."),
    ])
    d.key("fewer than one in five", "returns to her substantive post")
    return d


DOCS = [d23, d24, d25]
