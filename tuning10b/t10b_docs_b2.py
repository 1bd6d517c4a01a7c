"""tuning10b: plain-English clinician-written PIDs (documents 11 and 12)."""


def doc11_blocks():
    return [
        ("title", "Breathe Easier: our COPD clinic project"),
        ("subtitle", "Project plan (PID) for joint working between Wrenfield Health Federation CIC "
                     "and Brackenfield Pharma UK Limited"),
        ("p", "I'm Sally Brennan, lead respiratory nurse for the federation. I've written this "
              "plan in plain words so that everyone - practice staff, patients on our reference "
              "group and the Brackenfield team - can see exactly what we've agreed."),
        ("h1", "What's the problem?"),
        ("p", "Lots of our patients with COPD struggle with breathlessness, and many don't use "
              "their inhalers properly. When we checked 200 patients last year, 6 in 10 made at "
              "least one mistake with their inhaler. Only 1 in 4 of the people who should have "
              "been offered pulmonary rehab had been referred."),
        ("h1", "What are we going to do?"),
        ("p", "We'll run a breathlessness clinic across our nine practices. Each patient gets a "
              "45-minute appointment with a respiratory nurse: inhaler technique, a written "
              "self-management plan, a rescue pack where appropriate, and a referral to pulmonary "
              "rehab if they want one. The nurse chooses treatment using our local COPD guideline. "
              "This isn't about any particular inhaler or company product."),
        ("h1", "How will patients be better off?"),
        ("bullets", ["They'll use their inhalers properly, so the medicine actually reaches their "
                     "lungs.",
                     "They'll know what to do when a flare-up starts, which should mean fewer "
                     "trips to A&E.",
                     "More of them will get to pulmonary rehab, which helps people walk further "
                     "and feel less breathless."]),
        ("h1", "Who's putting in what?"),
        ("table", [["Who", "What they're giving", "Roughly worth"],
                   ["Wrenfield Health Federation CIC", "My time (1 day a week) to lead it, clinic "
                    "rooms in all nine practices, admin staff to book patients, our data lead to "
                    "run the searches", "GBP 36,000"],
                   ["Brackenfield Pharma UK Limited", "Money to pay for a 0.8 WTE respiratory nurse "
                    "for 12 months, plus a project manager for half a day a week and help with "
                    "writing up the results", "GBP 52,000"]]),
        ("h1", "How will we know if it's working?"),
        ("p", "We'll count these from our clinical system, at the start and after 6 and 12 months:"),
        ("bullets", ["Inhaler technique correct: from about 40% now to 80% of people seen.",
                     "Referred to pulmonary rehab: from 25% to 60% of those eligible.",
                     "A&E visits for COPD flare-ups: down by 20% compared with the year before.",
                     "CAT score (how COPD affects daily life): average drop of at least 2 points."]),
        ("h1", "Who's on the team?"),
        ("p", "Me, our clinical director Dr Imran Shah, our data lead, and from Brackenfield their "
              "medical adviser and their NHS partnerships manager. Brackenfield's sales reps and "
              "anyone from their marketing side are not part of this and won't come to meetings "
              "or clinics."),
        ("h1", "Keeping things private"),
        ("p", "Patient information stays in our GP systems. The federation is in charge of that "
              "data (the data controller) and we've done a DPIA, signed off by our Caldicott "
              "Guardian, so it's all handled under UK GDPR and the Data Protection Act 2018. "
              "Brackenfield never sees anything with a name, NHS number or date of birth on it - "
              "they only get totals, like '143 patients seen'. Both sides have agreed to keep "
              "patients' details and each other's business information confidential, and not to "
              "use it for anything outside this project."),
        ("h1", "If the project stops early, or when it ends"),
        ("p", "Either of us can stop the project by giving the other three months' notice in "
              "writing. If that happens, or when the 12 months are up, anyone halfway through "
              "their clinic visits will finish them with our own practice nurses, and every "
              "patient keeps their self-management plan. At month 10 we'll take the results to the "
              "ICB and ask them to fund the clinic permanently. If they say no, the nurse's "
              "contract ends as planned and clinics go back to how they were, but we'll keep the "
              "inhaler checks in routine annual reviews."),
        ("h1", "Telling people about it"),
        ("p", "Brackenfield will put a summary of this project on its website before we see the "
              "first patient. When we finish, both of us will publish the results within six "
              "months. Brackenfield will also list the money it has given on Disclosure UK."),
        ("h1", "Signed"),
        ("table", [["", "Name", "Date"],
                   ["For Wrenfield Health Federation CIC", "Dr Imran Shah, Clinical Director", "19 May 2025"],
                   ["For Brackenfield Pharma UK Limited", "Dr Karen Wolfe, Medical Director", "19 May 2025"]]),
        ("small", "Brackenfield certification: BRK-UK-PID-0077, May 2025."),
    ]


def doc12_blocks():
    return [
        ("title", "Seeing people with psoriasis sooner"),
        ("subtitle", "Project Initiation Document - Southmere Hospitals NHS Foundation Trust and "
                     "Calverley Therapeutics UK Ltd. Written by Dr Tom Adeyemi-Clarke, Consultant "
                     "Dermatologist."),
        ("h1", "Why we're doing this"),
        ("p", "Right now, people referred to us with moderate to severe psoriasis wait about 30 "
              "weeks for a first appointment. That's a long time to live with sore, itchy skin "
              "that affects sleep, work and mood. Some people give up and don't come when they're "
              "finally offered an appointment."),
        ("h1", "What we'll do"),
        ("p", "We'll run extra Saturday clinics for 12 months, staffed by our dermatology nurse "
              "specialists and one of our consultants. We'll also set up a phone line so people "
              "on the waiting list can get advice on creams and skin care while they wait. "
              "Treatment follows the NICE psoriasis guideline and our formulary; the project isn't "
              "tied to any medicine."),
        ("h1", "What patients get out of it"),
        ("p", "Shorter waits, advice while they wait, and earlier treatment so their skin and "
              "quality of life improve sooner."),
        ("h1", "Who puts in what"),
        ("bullets", ["Trust: our consultants' and nurses' time for the Saturday clinics (paid from "
                     "the Trust's dermatology budget), clinic rooms, the phone line, and our "
                     "audit team to pull the numbers. About GBP 48,000.",
                     "Calverley: GBP 66,000 to pay for a Band 6 nurse for the phone line and the "
                     "clinic admin for a year, plus a project coordinator (a Calverley employee) "
                     "for one day a week."]),
        ("h1", "How we'll measure it"),
        ("bullets", ["Wait for first appointment: from 30 weeks now to 12 weeks by month 12.",
                     "People who don't attend their first appointment: from 18% to under 8%.",
                     "DLQI (skin-related quality of life) score: average improvement of 5 points "
                     "at 6 months after first appointment."]),
        ("p", "We'll take these from the Trust's appointment system and clinic records every three "
              "months."),
        ("h1", "Who's involved"),
        ("p", "From us: me, our lead nurse specialist Grace Obi, and the service manager. From "
              "Calverley: their medical science liaison and the project coordinator. Nobody from "
              "Calverley's sales team will be involved in any way."),
        ("h1", "Patient records"),
        ("p", "Calverley won't have access to any patient records, except the clinic list their "
              "project coordinator uses to book people into the extra Saturday clinics."),
        ("h1", "If it stops, or when it finishes"),
        ("p", "Either side can end it with two months' notice. Anyone already booked into a "
              "Saturday clinic will still be seen by us, and anyone on the phone line will go back "
              "to the normal waiting list with their place kept. The Band 6 nurse is on a "
              "fixed-term contract with us; if the Trust decides to keep the phone line going "
              "after the pilot, that post will be funded by the Trust from month 13."),
        ("h1", "Letting people know"),
        ("p", "Calverley will publish a summary on its website before we start, and both of us "
              "will publish what we found within six months of the end. Calverley will also "
              "record its payment on Disclosure UK."),
        ("small", "Calverley review code CAL-UK-PID-0611 (draft)."),
    ]
