# SPDX-License-Identifier: GPL-3.0-or-later
"""The plain words the window uses for the case format's coded values."""

from __future__ import annotations

STATUS_WORDS = {
    "preparing": "Preparing",
    "gathering": "Gathering opinions",
    "comparing": "Comparing",
    "decided": "Decided",
}

CERTAINTY_WORDS = {
    None: "Not said",
    "confirmed": "Confirmed",
    "probable": "Probable",
    "uncertain": "Uncertain",
}

EVIDENCE_KIND_WORDS = {
    "guideline": "Guideline",
    "study": "Study",
    "test_result": "Test result",
    "imaging": "Imaging (X-ray, scan)",
    "pathology": "Pathology",
    "exam": "Examination",
    "history": "History",
    "other": "Other",
}

CATEGORY_WORDS = {
    "surgery": "Surgery",
    "medication": "Medication",
    "radiation": "Radiation",
    "chemotherapy": "Chemotherapy",
    "therapy": "Therapy",
    "procedure": "Procedure",
    "monitoring": "Watch and wait",
    "lifestyle": "Lifestyle",
    "clinical_trial": "Clinical trial",
    "test": "More tests",
    "referral": "Referral",
    "other": "Other",
}

URGENCY_WORDS = {
    None: "Not said",
    "emergency": "Emergency",
    "soon": "Soon",
    "routine": "Routine",
    "elective": "When I choose",
}

TOPIC_WORDS = {
    "diagnosis": "Diagnosis",
    "treatment": "Treatment",
    "risks": "Risks",
    "trials": "Clinical trials",
    "logistics": "Practical matters",
    "other": "Other",
}

RECORD_KIND_WORDS = {
    "pathology_report": "Pathology report",
    "operative_report": "Operative report",
    "discharge_summary": "Discharge summary",
    "treatment_plan": "Treatment plan",
    "medication_list": "Medication list",
    "imaging": "Imaging",
    "lab_results": "Lab results",
    "referral_letter": "Referral letter",
    "other": "Other",
}

RECORD_STATUS_WORDS = {
    "needed": "Needed",
    "requested": "Requested",
    "received": "Received",
    "shared": "Shared",
}


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status.capitalize() if status else "")


def doctors_words(count: int) -> str:
    if count == 0:
        return "no doctors yet"
    return "1 doctor" if count == 1 else f"{count} doctors"


# The checklist of reasons for a further opinion (keys stored in Case.reasons; other reasons are
# kept as the user's own words).
REASON_WORDS = {
    "major_surgery_recommended": "A major operation or treatment was recommended",
    "serious_or_rare_diagnosis": "The diagnosis is serious or rare",
    "diagnosis_uncertain": "The diagnosis is uncertain",
    "treatment_not_working": "The treatment is not working",
    "want_to_know_all_options": "I want to know all my options",
    "not_confident": "I do not feel sure about the plan",
    "insurance_requires": "My insurance asks for a second opinion",
}
