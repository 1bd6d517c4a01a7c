"""holdout9: the forty document specifications. Defect codes per rule; anything omitted is 'pass'."""


def org(name, short, addr, contrib="", val=""):
    return dict(name=name, short=short, addr=addr, contrib=contrib, val=val)


NVT = org("Northmoor Valley NHS Foundation Trust", "Northmoor Valley", "Castle Lane, Northmoor NM4 2QP")
KTH = org("Kelderby Teaching Hospitals NHS Trust", "Kelderby Hospitals", "Infirmary Road, Kelderby KL1 3AB")
DUN = org("NHS Dunmore and Fyne", "NHS Dunmore and Fyne", "Board Headquarters, Strathvane House, Dunmore PA31 8RW")
GLA = org("NHS Glenardle", "NHS Glenardle", "Ardle House, Glenardle Road, Perthmuir PH9 4LN")
SLT = org("Southern Lough Health and Social Care Trust", "Southern Lough Trust", "Lough View Admin Building, Craigavale BT63 9LL")
WIC = org("NHS Wealdmoor Integrated Care Board", "Wealdmoor ICB", "Unit 3, Tannery Court, Wealdmoor TN22 6HF")
HOS = org("St Aldhelm's Hospice Trust Limited", "St Aldhelm's Hospice", "Hospice Lane, Sherwell DT9 2AX",
          "specialist palliative care nurse time (0.3 WTE), day-hospice rooms and volunteer drivers", "£22,000")
RFC = org("Retina Futures UK", "Retina Futures UK", "22 Lantern Yard, Leeds LS2 7FE (registered charity 1187345)",
          "patient volunteers for co-design, peer-support helpline cover and patient information review", "£9,500")
BTU = org("Bae Teifi University Health Board", "Bae Teifi UHB", "Hafan Headquarters, Aberteifi SA43 1PX")
AMH = org("Ashcombe and Ryle Mental Health NHS Foundation Trust", "Ashcombe and Ryle", "Ryle House, Ashcombe AS3 9TT")
HUH = org("Holmebridge University Hospitals NHS Foundation Trust", "Holmebridge Hospitals", "Holme Road, Holmebridge HB2 5DD")
FEN = org("Fenmarsh Community Healthcare CIC", "Fenmarsh Community Healthcare", "Marsh Lane Health Centre, Fenmarsh PE15 0RT",
          "two immunisation nurses' time (1.4 WTE), vaccine storage and cold-chain management", "£58,000")
UOK = org("University of Kelderby", "the University", "School of Health Sciences, Kelderby KL2 9UU",
          "independent evaluation by the School of Health Sciences (research fellow 0.2 WTE)", "£14,000")

D = dict  # shorthand

SPECS = [
    D(n=1, slug="lung-navigator-pid", type="pid", fmt="docx", area="onc", year=2019, style="form", nhs=[NVT]),
    D(n=2, slug="fabry-clinical-lead-agreement", type="agreement", fmt="pdf", area="rare", year=2020, style="legal", nhs=[KTH],
      le="person", conf="warn_standard", layout="plain"),
    D(n=3, slug="housebound-imms-exec-summary", type="executive-summary", fmt="pdf", area="vac", year=2023, style="narrative",
      nhs=[WIC, FEN], dp="pass", layout="ruled"),
    D(n=4, slug="depression-review-pid", type="pid", fmt="docx", area="mh", year=2021, style="narrative", nhs=[AMH],
      exit="fail_enddate", meas="warn_qual"),
    D(n=5, slug="teledermatology-agreement", type="agreement", fmt="docx", area="derm", year=2024, style="legal", nhs=[HUH]),
    D(n=6, slug="virtual-retina-exec-summary", type="executive-summary", fmt="docx", area="oph", year=2022, style="form",
      nhs=[KTH], dp="na", promo="brand", trans="fail_discretion"),
    D(n=7, slug="lung-concept-framework", type="concept-framework", fmt="pdf", area="onc", year=2022, style="form", nhs=[DUN],
      layout="ruled"),
    D(n=8, slug="fabry-case-finding-pid", type="pid", fmt="pdf", area="rare", year=2021, style="narrative", nhs=[NVT],
      dp="fail_company_access", sales="fail_kam", layout="twocol"),
    D(n=9, slug="imms-agreement-fenmarsh", title="Fenmarsh Housebound Vaccination Service", type="agreement", fmt="pdf", area="vac", year=2020, style="legal", nhs=[FEN],
      exit="warn_breach", res="fail_inkind", layout="ruled"),
    D(n=10, slug="depression-clinic-exec-summary", type="executive-summary", fmt="pdf", area="mh", year=2024, style="narrative",
      nhs=[AMH], dp="na", layout="plain"),
    D(n=11, slug="lung-navigator-outcomes", type="outcomes-summary", fmt="docx", area="onc", year=2021, style="narrative", nhs=[NVT]),
    D(n=12, slug="derm-triage-pid-2019", type="pid", fmt="docx", area="derm", year=2019, style="form", nhs=[KTH],
      conf="fail_due", trans="fail_internal", ben="warn_vague"),
    D(n=13, slug="eye-network-charity-agreement", type="agreement", fmt="docx", area="oph", year=2023, style="legal", nhs=[RFC],
      le="network", promo="jargon"),
    D(n=14, slug="amendment-imms-staffing", type="amendment", fmt="pdf", area="vac", year=2023, style="form", nhs=[WIC, FEN],
      layout="ruled"),
    D(n=15, slug="imms-catchup-pid", title="Housebound Immunisation Catch-Up: Wealdmoor and Fenmarsh", type="pid", fmt="pdf", area="vac", year=2022, style="narrative", nhs=[WIC, FEN], layout="ruled"),
    D(n=16, slug="fabry-highland-exec-summary", type="executive-summary", fmt="docx", area="rare", year=2022, style="form",
      nhs=[GLA], dp="warn_gdpr", res="fail_support"),
    D(n=17, slug="perinatal-mh-agreement", title="Depression Medicines Review Service, Bae Teifi", type="agreement", fmt="pdf", area="mh", year=2022, style="legal", nhs=[BTU],
      conf="fail_company_use", meas="fail_tbc", layout="plain"),
    D(n=18, slug="imms-steering-notes", type="unknown", fmt="docx", area="vac", year=2023, style="notes", nhs=[WIC, FEN],
      sales="fail_rbm"),
    D(n=19, slug="retina-virtual-clinic-pid", type="pid", fmt="docx", area="oph", year=2023, style="narrative", nhs=[HUH, RFC]),
    D(n=20, slug="psoriasis-review-concept", type="concept-framework", fmt="docx", area="derm", year=2020, style="form", nhs=[NVT],
      ben="fail_uptake", promo="switch"),
    D(n=21, slug="hospice-oncology-agreement", title="Lung Cancer Navigator and Hospice Liaison Pilot", type="agreement", fmt="docx", area="onc", year=2022, style="legal", nhs=[KTH, HOS]),
    D(n=22, slug="lung-phase2-exec-summary", title="Lung Cancer Rapid Diagnostic Pathway - Phase 2", type="executive-summary", fmt="pdf", area="onc", year=2023, style="narrative",
      nhs=[NVT], dp="pass", trans="fail_pilot", sales="fail_rsm", layout="twocol"),
    D(n=23, slug="mh-pharmacist-pid", title="Specialist Pharmacist Input to Depression Review Clinics", type="pid", fmt="pdf", area="mh", year=2023, style="narrative", nhs=[AMH],
      exit="warn_machinery", dp="fail_dpia_if", res="fail_tbc", layout="plain"),
    D(n=24, slug="imms-outcomes-wealdmoor", type="outcomes-summary", fmt="pdf", area="vac", year=2024, style="form", nhs=[WIC, FEN],
      meas="warn_board", trans="fail_approval", layout="ruled"),
    D(n=25, slug="fabry-ni-agreement", title="Fabry Disease Case-Finding in Southern Lough Renal Clinics", type="agreement", fmt="pdf", area="rare", year=2023, style="legal", nhs=[SLT], layout="plain"),
    D(n=26, slug="teledermatology-exec-summary", type="executive-summary", fmt="docx", area="derm", year=2024, style="narrative",
      nhs=[HUH], dp="pass", sales="warn_contact"),
    D(n=27, slug="lung-dunmore-pid", title="Dunmore and Fyne Lung Diagnostic Navigator", type="pid", fmt="docx", area="onc", year=2022, style="narrative", nhs=[DUN],
      conf="warn_lapse", promo="superlative"),
    D(n=28, slug="pcn-imms-agreement", type="agreement", fmt="docx", area="vac", year=2021, style="legal", nhs=[WIC],
      le="pcn", exit="fail_tbc"),
    D(n=29, slug="retina-exec-summary", type="executive-summary", fmt="pdf", area="oph", year=2023, style="form", nhs=[HUH, RFC],
      dp="pass", layout="ruled"),
    D(n=30, slug="fabry-cardiac-pid", title="Cardiac Clinic Referral Pathway for Suspected Fabry Disease", type="pid", fmt="pdf", area="rare", year=2024, style="form", nhs=[HUH],
      ben="fail_pointer", meas="fail_none", layout="ruled"),
    D(n=31, slug="amendment-derm-steering", type="amendment", fmt="docx", area="derm", year=2024, style="form", nhs=[HUH],
      sales="fail_brand"),
    D(n=32, slug="perinatal-concept", type="concept-framework", fmt="pdf", area="mh", year=2021, style="form", nhs=[BTU],
      res="fail_one", ben="warn_vague", layout="plain"),
    D(n=33, slug="derm-phototherapy-agreement-2019", title="Nurse-Led Phototherapy Review Service", type="agreement", fmt="pdf", area="derm", year=2019, style="legal", nhs=[NVT],
      dp="warn_1998", exit="fail_pointer", trans="none", layout="twocol"),
    D(n=34, slug="imms-glenardle-exec-summary", title="Glenardle Domiciliary Immunisation Project", type="executive-summary", fmt="docx", area="vac", year=2021, style="narrative",
      nhs=[GLA], dp="pass"),
    D(n=35, slug="sightline-home-monitoring-pid", title="Home Vision Monitoring and Virtual Review (SightLine)", type="pid", fmt="docx", area="oph", year=2024, style="narrative", nhs=[KTH],
      dp="fail_app", conf="fail_marking"),
    D(n=36, slug="depression-outcomes", type="outcomes-summary", fmt="docx", area="mh", year=2023, style="narrative", nhs=[AMH],
      meas="warn_qual", trans="fail_internal", ben="warn_vague"),
    D(n=37, slug="medical-affairs-briefing-note", type="unknown", fmt="pdf", area="rare", year=2024, style="notes", nhs=[SLT],
      layout="plain"),
    D(n=38, slug="hospice-lung-pid", title="Hospice-Linked Lung Cancer Navigator Service", type="pid", fmt="pdf", area="onc", year=2022, style="narrative", nhs=[KTH, HOS, UOK],
      layout="twocol"),
    D(n=39, slug="perinatal-team-agreement", type="agreement", fmt="docx", area="mh", year=2021, style="legal", nhs=[BTU],
      le="team", res="fail_one"),
    D(n=40, slug="fabry-screening-exec-summary", title="Renal Clinic Screening for Fabry Disease", type="executive-summary", fmt="pdf", area="rare", year=2024, style="form",
      nhs=[NVT], dp="fail_es_share", promo="start_on", layout="ruled"),
]

PEOPLE = [("Dr Aisling Moran", "Consultant Respiratory Physician"), ("Mr Tomasz Wilk", "Lead Nurse"),
          ("Dr Priya Nandakumar", "Consultant Psychiatrist"), ("Dr Hamish Cairncross", "Associate Medical Director"),
          ("Ms Ruth Okonedo", "Head of Transformation"), ("Dr Siân Prydderch", "Consultant Dermatologist"),
          ("Mrs Claire Hebden", "Service Manager, Ophthalmology"), ("Dr Neil Ashworth", "Clinical Director"),
          ("Ms Bronagh McCann", "Assistant Director of Pharmacy"), ("Dr Elspeth Rae", "Public Health Consultant")]
CO_PEOPLE = [("Dr Joanna Pell", "Medical Affairs Manager"), ("Mr Ravi Sethi", "Partnerships Manager"),
             ("Dr Marcus Odell", "Medical Science Liaison"), ("Ms Lucy Fairclough", "Head of Medical Affairs, UK"),
             ("Mr Daniel Kerr", "NHS Partnerships Lead"), ("Dr Fatima Rashid", "Medical Adviser")]

# special "parties" used where the legal-entities rule is meant to fail
NET = org("Three Rivers Eye Care Network", "the Network", "c/o Eye Department, Riverside Wing, Kelderby KL1 3AB")
PCN = org("Ashby Vale Primary Care Network", "Ashby Vale PCN", "Ashby Vale Surgery, 12 Mill Street, Ashby Vale TN24 1AA")
TEAM = org("the Perinatal Mental Health Team, Bae Teifi", "the Perinatal Team", "Ty Gobaith, Aberteifi SA43 1PX")
PERSON = org("Dr Fiona Leckie, Consultant in Inherited Metabolic Disease", "Dr Leckie",
             "of 7 Orchard Close, Kelderby KL4 2JH")
TEAM["host"] = dict(name="Bae Teifi University Health Board", short="Bae Teifi UHB", addr="")
PERSON["host"] = dict(name="Kelderby Teaching Hospitals NHS Trust", short="Kelderby Hospitals", addr="")
for s in SPECS:
    if s.get("le") == "network":
        s["nhs"] = [NET, RFC]
    elif s.get("le") == "pcn":
        s["nhs"] = [PCN, WIC]
    elif s.get("le") == "team":
        s["nhs"] = [TEAM]
    elif s.get("le") == "person":
        s["nhs"] = [PERSON]
