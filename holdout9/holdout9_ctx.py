"""holdout9: build per-document context and shared helpers."""
from holdout9_scen import AREAS, CO, CO_SHORT, CO_ADDR
from holdout9_specs import PEOPLE, CO_PEOPLE

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

NEUTRAL_BG = {
    "onc": "The respiratory service has seen referral numbers rise by a quarter in three years, and clinic templates and "
           "diagnostic slots are no longer aligned. Managers want a standard way of booking tests and clinics.",
    "rare": "Renal and cardiology clinics carry large follow-up lists, and there is no agreed process for deciding which patients "
            "should be referred to the regional metabolic service. Consultant time is stretched and referral letters vary.",
    "vac": "The practices do not have a consistent process for recording housebound status, and vaccination activity for this group is "
           "planned practice by practice.",
    "mh": "Community teams hold growing caseloads, and medication reviews for people with long-standing depression are scheduled "
          "ad hoc. Managers want a single clinic model that makes better use of specialist time.",
    "derm": "The dermatology department receives more referrals than its clinic capacity allows, and triage is done in batches "
            "by whichever consultant is available. A hub would spread the workload more evenly.",
    "oph": "Medical retina clinics are over-booked, and imaging and review are done in the same visit, which limits throughput. "
           "The service wants to separate imaging from decision-making.",
}
BG = {
    "onc": "Patients referred with suspected lung cancer currently wait a median of 41 days for a diagnosis, and many attend four "
           "or five separate appointments. Delays cause distress and can narrow the treatment options open to them.",
    "rare": "People with Fabry disease typically wait more than a decade for a diagnosis. Many attend renal or cardiology clinics for "
            "years with organ involvement that is never linked to the underlying condition, and family members go untested.",
    "vac": "Housebound older adults are the group least likely to be vaccinated under the routine programme. Local coverage for "
           "shingles in this group is 38%, against more than 60% in ambulant adults of the same age.",
    "mh": "Around a third of adults treated for depression do not respond to first and second treatments. Locally these patients "
          "wait 19 weeks for specialist review and many have no documented plan for what to try next.",
    "derm": "Waits for a first dermatology appointment have reached 17 weeks. People with severe psoriasis or eczema often "
            "suffer sleep loss, time off work and infection while waiting.",
    "oph": "Demand for intravitreal injections has doubled in five years. Only 63% of injections are given within 14 days of the "
           "due date, and delays of this kind are linked to permanent loss of vision.",
}


LEAD_ROLE = {"onc": "Consultant Respiratory Physician", "rare": "Consultant Nephrologist",
             "vac": "Immunisation Programme Lead", "mh": "Consultant Psychiatrist", "derm": "Consultant Dermatologist",
             "oph": "Consultant Ophthalmologist"}


def ctx(s):
    n = s["n"]
    a = dict(AREAS[s["area"]])
    a.update(s.get("a_over", {}))
    months = 12 if n % 3 else 18
    sm = (n * 5) % 12
    start = f"1 {MONTHS[sm]} {s['year']}"
    em = (sm + months - 1) % 12
    ey = s["year"] + (sm + months - 1) // 12
    end = f"{[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][em]} {MONTHS[em]} {ey}"
    p = PEOPLE[n % len(PEOPLE)]
    q = CO_PEOPLE[n % len(CO_PEOPLE)]
    r = CO_PEOPLE[(n + 3) % len(CO_PEOPLE)]
    g = s.get
    c = dict(n=n, co=CO, cs=CO_SHORT, co_addr=CO_ADDR, a=a, nhs=s["nhs"], year=s["year"], months=months, start=start, end=end,
             value=40000 + (n * 7919) % 90000 // 500 * 500, nhs_value=25000 + (n * 3571) % 60000 // 500 * 500,
             lead_nhs=p[0], lead_nhs_role=LEAD_ROLE[s["area"]], lead_co=q[0], lead_co_role=q[1],
             extra_team=[(r[0], r[1], CO_SHORT), (PEOPLE[(n + 4) % len(PEOPLE)][0].split(" ", 1)[1], "Project Manager", (s["nhs"][0].get("host") or s["nhs"][0])["short"])],
             style=s["style"], ref=f"MA-UK-{s['area'].upper()}-{s['year']}-{100 + n:03d}",
             job=f"UK-MA-{2300 + n * 17}", title=a["title"] if not g("title") else g("title"),
             exit=g("exit", "pass"), conf=g("conf", "pass"), dp=g("dp", "pass"), res=g("res", "pass"),
             le=g("le", "pass"), promo=g("promo", "pass"), sales=g("sales", "pass"), ben=g("ben", "pass"),
             meas=g("meas", "pass"), trans=g("trans", "pass"))
    c["a_key"] = s["area"]
    c["bg"] = BG[s["area"]] if c["ben"] == "pass" else NEUTRAL_BG[s["area"]]
    if c["ben"] != "pass":
        c["a"]["what"] = {"rare": "a structured review of clinic lists against agreed criteria and a standard operating procedure for onward referral",
                          "derm": "a teledermatology triage hub staffed by consultants on a rota, with a nurse-led review clinic",
                          "mh": "a consultant-led review clinic supported by a specialist mental health pharmacist",
                          }.get(s["area"], a["what"])
    for o in c["nhs"][1:]:
        o.setdefault("contrib", "")
        if not o["contrib"]:
            o["contrib"] = "commissioning oversight, analyst time for the dashboard (0.1 WTE) and GP practice liaison"
            o["val"] = "£12,000"
    return c


def flat(blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "b":
            out.extend("• " + x for x in b[1])
        elif b[0] == "t":
            out.extend("; ".join(x for x in r if x) for r in b[1])
    return " ".join(out)


def party_line(o):
    return f"{o['name']}, {o['addr']}"
