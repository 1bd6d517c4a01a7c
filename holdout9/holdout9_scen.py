"""holdout9: organisations, therapy-area scenarios and per-document specs (all names invented)."""

CO = "Marlowe Arden Pharmaceuticals UK Ltd"
CO_SHORT = "Marlowe Arden"
CO_ADDR = "4 Kingsmead Place, Reading RG1 7QT (company no. 07741902)"

AREAS = {
    "onc": dict(
        area="oncology", cond="suspected lung cancer", pop="patients referred on the urgent suspected lung cancer pathway",
        title="Lung Cancer Rapid Diagnostic Pathway Navigator Project",
        what="a band 6 pathway navigator post and a weekly straight-to-test clinic so that patients referred with suspected lung cancer move from referral to diagnosis with fewer handoffs",
        benefit="patients receive a diagnosis or the all-clear sooner, with one named navigator as their point of contact, fewer wasted appointments and earlier access to a clinical nurse specialist",
        kpis=[("Median days from referral to diagnosis", "41 days (last full-year audit)", "28 days by month 12", "Trust cancer waiting times system"),
              ("Patients seen by a CNS within 48 hours of diagnosis", "52%", "85%", "Lung CNS team log"),
              ("Patient experience score (navigator survey, 1-5)", "not measured", "4.2 or above", "Anonymous post-discharge survey")],
        product="Zelvoria", measure_words="days to diagnosis"),
    "rare": dict(
        area="rare disease", cond="Fabry disease", pop="adults attending renal and cardiology clinics with unexplained left ventricular hypertrophy or proteinuria",
        title="Renal and Cardiac Clinic Case-Finding for Fabry Disease",
        what="a clinician-led review of clinic cohorts against agreed criteria, with dried blood spot testing and a fast-track referral into the regional lysosomal storage disorders service",
        benefit="patients with an undiagnosed inherited condition are identified years earlier, receive genetic counselling for their families and are referred to specialist care before irreversible organ damage",
        kpis=[("Clinic records reviewed against criteria", "0", "2,400 by month 9", "Trust clinic systems (NHS staff only)"),
              ("Eligible patients offered testing", "n/a", "90% of those meeting criteria", "Project database held by Trust"),
              ("Median time from positive screen to specialist review", "approx. 26 weeks", "8 weeks", "Specialist centre records")],
        product="Nefrantis", measure_words="records reviewed"),
    "vac": dict(
        area="vaccines and immunisation", cond="shingles and pneumococcal disease", pop="housebound adults aged 65 and over registered with participating practices",
        title="Housebound Adult Immunisation Catch-Up Programme",
        what="a domiciliary immunisation team of two nurses and an administrator who identify housebound patients missed by the routine programme and offer home vaccination in line with the national schedule",
        benefit="housebound older people are protected against vaccine-preventable illness they would otherwise miss, avoiding hospital admissions, and receive a holistic check at the same visit",
        kpis=[("Shingles vaccine coverage, housebound 70-79 cohort", "38%", "60% by March", "GP clinical systems via ICB dashboard"),
              ("PPV coverage, housebound 65+", "61%", "75%", "ImmForm aggregate return"),
              ("Home visits completed per month", "0", "220", "Team activity log")],
        product="Imvecta", measure_words="coverage"),
    "mh": dict(
        area="mental health", cond="treatment-resistant depression", pop="adults with depression who have not responded to two or more treatments and are under community mental health teams",
        title="Community Treatment Review Clinic for Depression",
        what="a consultant-led treatment review clinic with a specialist mental health pharmacist, offering structured medication and psychological therapy review to people whose depression has not responded to treatment",
        benefit="people with long-standing depression get a structured, timely review of all treatment options, shorter waits for specialist input and a clear care plan agreed with them",
        kpis=[("Wait from referral to review clinic", "19 weeks", "6 weeks", "Trust patient administration system"),
              ("Mean PHQ-9 change at 12 weeks", "baseline taken at first appointment", "reduction of 5 points or more", "Clinic outcome forms"),
              ("Patients with a co-produced care plan", "34%", "90%", "Care plan audit")],
        product="Quellix", measure_words="waits"),
    "derm": dict(
        area="dermatology", cond="moderate to severe psoriasis and atopic eczema", pop="adults referred by GPs with inflammatory skin disease",
        title="Teledermatology Triage and Nurse-Led Phototherapy Review",
        what="a teledermatology triage hub in which consultants review GP images within five working days, with a nurse-led review clinic for patients needing phototherapy or systemic treatment assessment",
        benefit="patients with severe skin disease are seen and started on an appropriate treatment plan far sooner, with fewer unnecessary hospital visits and better quality of life",
        kpis=[("Wait from GP referral to first specialist decision", "17 weeks", "2 weeks", "e-Referral Service"),
              ("Referrals managed without face-to-face appointment", "0%", "35%", "Hub activity report"),
              ("Mean DLQI improvement at 16 weeks", "baseline at triage", "4 points or more", "Clinic questionnaires")],
        product="Dermaven", measure_words="waits"),
    "oph": dict(
        area="ophthalmology", cond="neovascular age-related macular degeneration", pop="patients receiving intravitreal injections for wet AMD and diabetic macular oedema",
        title="Medical Retina Virtual Clinic Capacity Project",
        what="an optometrist-led virtual clinic, with imaging technicians and a consultant reporting session, that moves stable patients out of face-to-face follow-up so that injections are given on time",
        benefit="patients at risk of sight loss receive their injections on schedule, spend less time in clinic and are less likely to lose vision through treatment delays",
        kpis=[("Injections delivered within 14 days of due date", "63%", "90%", "Medisoft-style EPR report"),
              ("Follow-up backlog (patients overdue)", "1,140", "under 300 by month 12", "Trust PTL"),
              ("Patients losing 15+ letters in 12 months", "audit baseline", "reduce by a third", "Clinical audit")],
        product="Oculmera", measure_words="backlog"),
}
