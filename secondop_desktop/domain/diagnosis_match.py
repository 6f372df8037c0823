# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether two doctors' diagnoses are the same, a refinement of one another, or different.

The rule everywhere here: never call two medically different things the same because they look
alike. Words decide only in a narrow way:

- **same** — the texts differ only in letter case, punctuation, spacing, filler words ("of the"),
  British/American spelling, a few fixed abbreviations (OA, T2DM …), roman vs arabic numerals
  after "type", "stage", "grade" …, a bone named by its adjective ("femoral" = "femur"), whose
  it is ("my dad's", "de mi hijo"), words in brackets that only repeat the name ("(MI)"), and a
  trivial word order ("osteoarthritis of the knee" = "knee osteoarthritis"; "diabetes type 2" =
  "type 2 diabetes" when no loose numbers or linking words such as "to" or "from" are
  involved; a side inside a name of the table is read apart from it, "stone in my left kidney"
  = "left kidney stone").
- **refined** — every word of one is in the other, the other adds detail, and nothing conflicts.
- **different** — anything else, and always when a conflicting marker is found: left / right /
  bilateral, different numbers, types, grades, stages or spans of the spine ("L4-5" = "L4/L5",
  against "L5-S1"), negation on one side ("no evidence of", "negative for", "without", "ruled
  out"; "non-" only against the word it negates: "non-Hodgkin" against "Hodgkin", while
  "non-small cell lung cancer" refines "lung cancer"), benign / malignant, acute / chronic and
  similar opposite pairs, or a word on one side only that changes what the diagnosis is
  ("history of", "suspected", "metastatic", "pre-", "pulmonary" before "hypertension" …).

With ICD-10-CM codes on both sides the codes decide (``icd10.relation``); two sibling codes in one
category (M17.11 right knee, M17.12 left knee) are checked for conflicting markers in the doctors'
texts and then in the code set's descriptions.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from secondop_desktop.domain import how_soon, icd10, lab_units, number_words, terms, units
from secondop_desktop.domain.code_families import family_relation
from secondop_desktop.domain.dataclass_methods import FieldMethods
from secondop_desktop.domain.given_names import GIVEN_NAMES
from secondop_desktop.domain.hinted import Hinted, words_of
from secondop_desktop.domain.model import Diagnosis
from secondop_desktop.domain.name_index import NameIndex
from secondop_desktop.domain.units import AS_NEEDED

FILLER = frozenset({"of", "the", "a", "an", "in", "on", "at", "and", "either",
                    # Spanish "se descarta"; "no cancer found" says what "no cancer" says
                    "se", "found", "seen", "detected", "identified",
                    # a plan's advice said in words: "Surgery is recommended" = "Surgery"
                    "is", "are", "be", "would", "we", "recommend", "recommends", "recommended",
                    "advise", "advises", "advised", "suggest", "suggests", "suggested", "es",
                    "recomienda", "recomiendo", "recomendamos", "recomendado", "recomendada",
                    "aconseja", "aconsejado", "aconsejada",
                    # whose it is said with a verb: "mi suegra tiene Chagas", "Dad has gout"
                    "tiene", "tienen", "has", "have",
                    # "no se ven metástasis" = "no se observan" = "no metastases seen"
                    "ve", "ven", "vemos", "observa", "observan", "aprecia", "aprecian",
                    "identifica", "identifican", "objetiva", "objetivan",
                    # "just monitor" = "monitor", "solo vigilar" = "vigilar"
                    "just", "simply", "solo", "simplemente",
                    # a blood pressure's unit goes without saying: "<140 mmHg" = "less than 140"
                    "mmhg"})

# A bone named by its adjective is the bone: "femoral neck fracture" = "fracture of the neck of
# the femur", "distal radial fracture" = "distal radius fracture". ("clavicle" is already
# "collarbone" in the table of names.)
BONE_ADJECTIVES = {
    "femoral": "femur", "humeral": "humerus", "tibial": "tibia", "fibular": "fibula",
    "radial": "radius", "ulnar": "ulna", "patellar": "patella", "scapular": "scapula",
    "clavicular": "collarbone", "pelvic": "pelvis", "sacral": "sacrum", "vertebral": "vertebra",
    "calcaneal": "calcaneus", "acetabular": "acetabulum",
}

# An organ's describing word is the organ: "pulmonary nodule" = "lung nodule", "renal
# impairment" = "kidney impairment", "hepatic lesion" = "liver lesion" (a doctor's word against
# a family's had read as two diagnoses). Only words of one organ each: not "cervical" (the neck
# or the cervix), nor "oral" (also a way of taking a medicine).
ORGAN_ADJECTIVES = {
    "renal": "kidney", "hepatic": "liver", "pulmonary": "lung", "cardiac": "heart",
    "cerebral": "brain", "gastric": "stomach", "splenic": "spleen", "ovarian": "ovary",
    "uterine": "uterus", "colonic": "colon", "duodenal": "duodenum", "esophageal": "esophagus",
    "pancreatic": "pancreas", "prostatic": "prostate", "testicular": "testicle",
    "ocular": "eye", "cutaneous": "skin", "nasal": "nose", "aortic": "aorta", "rectal": "rectum",
    "tracheal": "trachea", "laryngeal": "larynx", "retinal": "retina", "corneal": "cornea",
    "vaginal": "vagina", "scrotal": "scrotum",
}

# A bone's or an organ's describing word, as the part it names
_PART_ADJECTIVES = {**BONE_ADJECTIVES, **ORGAN_ADJECTIVES}

# A carcinoma named in one word is a kind of cancer: "adenocarcinoma" reads as "adeno" +
# "cancer", so "prostate adenocarcinoma" refines "prostate cancer" and differs from "squamous
# cell carcinoma of the prostate". (Only a word that starts before "carcinoma"; "carcinoma"
# itself is "cancer" in the table of names.)
# The same for arthritis: "osteoarthritis" is a kind of arthritis, as "rheumatoid arthritis" is.
_ONE_WORD_KIND = re.compile(r"^([a-z]{3,}?)o?(carcinoma|arthritis)s?$")
_KIND_OF = {"carcinoma": "cancer", "arthritis": "arthritis"}

# Words after which a number is that thing's value: "type 2", "stage IIIa", "grade 4".
QUALIFIERS = frozenset({
    "type", "stage", "grade", "class", "level", "phase", "tier", "degree", "category", "cin",
    "interval",  # "in 3 months", as units.intervals_said_once writes it
    "gleason", "nyha", "zone", "score", "birads", "pirads", "tirads", "gold", "figo", "who",
    # named classifications whose grades are letters or numbers: "Weber A" (an ankle fracture),
    # "Child-Pugh C" (cirrhosis), "Garden III", "Schatzker IV", "Salter-Harris II"
    "weber", "pugh", "garden", "schatzker", "harris", "gustilo", "tanner", "bosniak",
    "killip", "hinchey", "wagner", "binet", "mallampati", "forrest", "metavir",
    "lirads", "lurads", "orads", "asa", "ecog", "isup", "breslow", "clark", "karnofsky", "kps",
    "meld", "apgar", "mitotic", "ki67", "depth", "size", "thickness", "tnm", "ctnm", "ptnm",
    "pattern", "acuity",
})

_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12,
}
_ROMAN_RE = re.compile(r"^(i{1,3}|iv|vi{0,3}|ix|xi{0,2})([a-d]?)$")
# Words that look like a numeral with a letter ("VIa", "IIIb"): "via" (by way of, "vía oral")
_NOT_NUMERALS = frozenset({"via", "vid", "vic", "iva"})

# Fixed abbreviations only where they have one meaning in a diagnosis line.
ABBREVIATIONS = {
    "oa": "osteoarthritis", "t1dm": "type 1 diabetes mellitus",
    "t2dm": "type 2 diabetes mellitus", "dm": "diabetes mellitus", "htn": "hypertension",
    "ckd": "chronic kidney disease", "copd": "chronic obstructive pulmonary disease",
    "lt": "left", "rt": "right", "bilat": "bilateral", "ca": "cancer",
    # heart attacks by their ECG finding: kinds of myocardial infarction
    "stemi": "st elevation myocardial infarction",
    "nstemi": "non st elevation myocardial infarction",
    # the lobes of the lungs as a chest X-ray report shortens them
    "rul": "right upper lobe", "rml": "right middle lobe", "rll": "right lower lobe",
    "lul": "left upper lobe", "lll": "left lower lobe",
}

# Each class holds mutually exclusive values: both sides naming different ones is a conflict.
SYNONYMS = {
    # a question mark is how a note says "suspected": "?PE" = "query PE" = "suspected PE"
    "raise": "increase", "uptitrate": "increase", "escalate": "increase",
    "aumentar": "increase", "subir": "increase", "incrementar": "increase",
    "reduce": "decrease", "taper": "decrease", "wean": "decrease", "reducir": "decrease",
    "disminuir": "decrease", "bajar": "decrease",
    # going on at the same dose: against a raised or lowered one, another plan
    "continue": "unchanged", "maintain": "unchanged", "continuar": "unchanged",
    "mantener": "unchanged",
    # "cholelithiasis without cholecystitis" = "gallstones, no cholecystitis" ("sin" is read
    # as "without")
    "without": "no",
    "estenosis": "stenosis", "significativa": "significant", "significativo": "significant",
    "significativas": "significant", "significativos": "significant",
    # a jab is an injection ("jab in the knee" = "knee injection"; "flu jab" is named as the
    # vaccine it is in the table of names first)
    "jab": "injection", "jabs": "injection",
    # a complication in a family's words and a letter's ("haemorrhage" = "bleeding", "nerve
    # damage" = "nerve injury", "scarring" = "scar", "risk of dying" = "risk of death")
    "hemorrhage": "bleeding", "hemorragia": "bleeding", "sangrado": "bleeding",
    "bleed": "bleeding", "bleeds": "bleeding",
    "damage": "injury", "scarring": "scar", "dying": "death",
    # a lump as a family says it, a mass as a letter does ("breast lump" = "breast mass",
    # "lump in the neck" = "neck mass"; NHS "Breast lumps")
    "lump": "mass", "lumps": "mass", "masses": "mass", "bulto": "mass", "bultos": "mass",
    # "until the wound heals" = "until wound healed"
    "heal": "healed", "heals": "healed",
    "query": "suspected", "suspect": "suspected", "suspicion": "suspected",
    # a hedge however said: "possible", "poss", "?" and "query" are one ("probable" is surer)
    "possible": "suspected", "possibly": "suspected", "poss": "suspected", "posible": "suspected",
    "prob": "probable",
    # sure: "definite", "biopsy-proven" (below), "confirmada"
    "definite": "confirmed", "proven": "confirmed", "confirmada": "confirmed",
    "confirmado": "confirmed", "definitely": "confirmed",
    "likely": "probable", "probably": "probable", "probablemente": "probable",
    "sospecha": "suspected", "sospechoso": "suspected", "sospechosa": "suspected",
    "both": "bilateral", "bilaterally": "bilateral", "inner": "medial", "outer": "lateral",
    "lefts": "left",
    "rights": "right", "metastases": "metastatic", "metastasis": "metastatic", "mets": "metastatic",
    "metastasico": "metastatic", "metastasica": "metastatic", "metastasicos": "metastatic",
    "metastasicas": "metastatic",
    "nonmalignant": "benign", "cancerous": "malignant", "malignancy": "malignant",
    "unremarkable": "normal", "elevated": "high", "raised": "high", "increased": "high",
    "decreased": "low", "reduced": "low",
    "quit": "stop", "cease": "stop", "discontinue": "stop", "stopping": "stop",
    # a medicine paused, however said (stopping for good is another plan)
    "withhold": "hold", "withheld": "hold", "pause": "hold", "paused": "hold", "held": "hold",
    "withdraw": "stop",
    "valorar": "consider", "considerar": "consider", "plantear": "consider",
    "refer": "referral", "referred": "referral", "derivacion": "referral",
    "interconsulta": "referral",
    "suspend": "stop", "suspender": "stop", "suspenda": "stop", "retirar": "stop",
    # a medicine taken away on review, as care of older people says it
    "deprescribe": "stop", "deprescribed": "stop", "deprescribing": "stop",
    "retire": "stop", "interrumpir": "stop", "interrumpa": "stop",
    # "Dejar la estatina", "Parar la metformina": stopping it (against "Empezar la estatina"
    # they had read as one plan made more exact)
    "dejar": "stop", "deje": "stop", "parar": "stop", "pare": "stop",
    # put off however said: "postpone physio" = "hold off on physio" = "physio later"
    "avoiding": "avoid", "postpone": "later", "postponed": "later", "defer": "later",
    "deferred": "later", "posponer": "later", "aplazar": "later", "retrasar": "later",
    "delay": "later", "delayed": "later",
    "eyelid": "lid",
    # more or less of a thing is a direction: "eat more fibre and less meat" against the other
    # way round
    "more": "increase", "less": "decrease", "fewer": "decrease",
    # an illness of the past however said: "History of MI" = "Previous MI" = "Old MI" =
    # "Infarto previo" = "Antecedente de infarto" (against a present one they stay a difference)
    "ex": "past", "former": "past", "history": "past", "hx": "past", "previous": "past",
    "prior": "past", "old": "past", "antiguo": "past", "antigua": "past", "previo": "past",
    "previa": "past", "antecedente": "past", "antecedentes": "past",
    # an operation that takes a thing out: "Mole removal" = "Excision of mole"
    "excision": "removal",
    # "remove the stitches" = "removal of sutures"; "stitches out" (below) too
    "remove": "removal", "removed": "removal",
    "adyuvante": "adjuvant", "neoadyuvante": "neoadjuvant",
    # a region scanned however named: "CT thorax" = "CT chest" = "TAC de tórax", "abdominal
    # ultrasound" = "ultrasound of the abdomen"
    "thorax": "chest", "torax": "chest", "abdominal": "abdomen",
}
MARKER_CLASSES: dict[str, frozenset[str]] = {
    "side": frozenset({"left", "right", "bilateral", "unilateral"}),
    "course": frozenset({"acute", "subacute", "chronic"}),
    "behaviour": frozenset({"benign", "malignant", "borderline", "insitu", "invasive"}),
    "severity": frozenset({"mild", "moderate", "moderatelysevere", "severe", "critical"}),
    "level": frozenset({"high", "low", "intermediate"}),
    "origin": frozenset({"primary", "secondary", "recurrent"}),
    "sign": frozenset({"positive", "negative"}),
    # a plan's direction: "increase levothyroxine" against "reduce levothyroxine"
    "direction": frozenset({"increase", "decrease", "unchanged"}),
    # where a changed dose ends against by how much it changes: "cut warfarin to 3 mg" against
    # "cut warfarin by 3 mg" (units.without_facts writes them so)
    "step": frozenset({"doseto", "doseby"}),
    # a treatment before the main one or after it: "neoadjuvant" against "adjuvant chemotherapy"
    "sequence": frozenset({"neoadjuvant", "adjuvant"}),
    # an inhaler's device: "Fostair NEXThaler" against "Fostair MDI" (one medicine, two ways of
    # breathing it in, each taught on its own)
    "device": frozenset({"mdi", "pmdi", "nexthaler", "accuhaler", "evohaler", "turbohaler",
                         "easyhaler", "ellipta", "spiromax", "diskus", "respimat", "handihaler",
                         "breezhaler", "genuair", "clickhaler", "autohaler", "novolizer"}),
    # a bound before a number, in a reading too: "PSA > 10" against "PSA < 10"
    "bound": frozenset({"morethan", "lessthan", "minimum", "maximum"}),
    "extent": frozenset({"partial", "complete", "incomplete", "total"}),
    "skin": frozenset({"open", "closed"}),
    "length": frozenset({"proximal", "distal", "middle", "mid"}),
    "height": frozenset({"upper", "lower"}),
    "depth": frozenset({"anterior", "posterior"}),
    "width": frozenset({"medial", "lateral"}),
    "vertical": frozenset({"superior", "inferior"}),
    "stability": frozenset({"stable", "unstable"}),
    "control": frozenset({"controlled", "uncontrolled"}),
    "phase": frozenset({"early", "late", "advanced", "end"}),
    "spread": frozenset({"focal", "diffuse", "localized", "localised", "generalized",
                         "generalised", "widespread"}),
    "onset": frozenset({"congenital", "acquired"}),
    # the age a syndrome is named for: childhood against juvenile absence epilepsy are two
    # syndromes (one code in ICD-10-CM, G40.A)
    "age": frozenset({"neonatal", "infantile", "childhood", "juvenile", "adolescent", "adult"}),
    # a detached retina with the macula still on or already off; a stutter against cluttering
    # (one ICD-10-CM code, F80.81, two disorders)
    "macula": frozenset({"maculaon", "maculaoff"}),
    "onoff": frozenset({"onperiod", "offperiod"}),
    "fluency": frozenset({"stuttering", "cluttering"}),
    "sex": frozenset({"male", "female"}),
    "activity": frozenset({"active", "inactive", "remission"}),
    "finding": frozenset({"normal", "abnormal"}),
    # a preparation taken in one go or split in two: "single-dose" against "split-dose"
    "portions": frozenset({"single", "split"}),
    # taken with another medicine or apart from it (_said_plainly): "calcium together with
    # alendronate" against "at a different time from alendronate"
    "together": frozenset({"sametime", "anothertime", "anotherday"}),
}
_CLASS_OF = {value: name for name, values in MARKER_CLASSES.items() for value in values}

# A word on one side only that changes what the diagnosis is (not a detail added to it).
ONE_SIDED = frozenset({
    "history", "hx", "suspected", "suspicion", "suspect", "possible", "possibly", "probable",
    "probably", "likely", "unlikely", "query", "rule", "ruled", "risk", "screening", "family",
    "carrier", "resolved", "healed", "previous", "prior", "past", "pre", "post", "pseudo", "or",
    "versus",
    # a past or settled illness against a present one ("old MI", "ex-smoker", "in remission")
    "old", "former", "ex", "cured", "remission", "antiguo", "antigua", "previo", "previa",
    "curado", "curada", "remision", "exfumador", "exfumadora",
    "vs", "differential", "ddx", "latent", "metastatic", "excluded", "presumed", "questionable",
    "borderline",
    "threatened", "impending", "exposure", "contact", "sequela", "sequelae", "mimicking",
    "tentative", "provisional", "presumptive", "uncertain", "unclear", "doubtful", "consider",
    "minimum", "maximum", "morethan", "lessthan",
    "incierto", "incierta", "presuntivo", "presuntiva",
    # what to bring is not what to take: "bring your inhalers" against "take your inhalers"
    "bring", "bringing", "traer", "traiga",
    # an exercise on one leg, or moved with help (terms.canonical): not the plain exercise
    "singleleg", "activeassisted",
    # insulin by the carbohydrate eaten, against a set number of units (terms.canonical)
    "carbratio",
    # (not "non": it makes a kind, "non-small cell lung cancer" is a lung cancer, and conflicts
    # only where the other side says the word it negates, "Hodgkin" against "non-Hodgkin")
    "absent", "no", "not", "without", "free", "denies", "never",
    "descarta", "descartan", "descartado", "descartada", "sin", "niega",
    "ausente", "improbable", "sospecha", "posible", "probablemente",
    # as a family member writes a doctor's Spanish down: "descartaron", "posiblemente",
    # "sospechosa de", "presunta", "dudosa"
    "descartaron", "descartamos", "descartados", "descartadas", "posiblemente", "posibles",
    "probables", "sospechoso", "sospechosa", "presunto", "presunta", "dudoso", "dudosa",
    # a plan turned down or put off ("avoid surgery", "surgery unnecessary", "only if physio
    # fails", "postpone"), which on one side only is another plan, not a more precise one
    "avoid", "avoiding", "stop", "stopping", "discontinue", "cease", "quit", "refuse", "refused",
    "withdrawn",
    "hold", "withhold", "pause", "omit",
    "decline", "declined", "against", "unnecessary", "contraindicated", "stopped",
    "discontinued", "later", "delay", "delayed", "postpone", "postponed", "defer", "deferred",
    "if", "unless", "eventually",
    "evitar", "evite", "suspender", "suspenda", "suspendido", "suspendida", "innecesario",
    "innecesaria", "contraindicado", "contraindicada", "posponer", "aplazar", "retrasar",
    *(_UNDONE_OR_REDONE := frozenset({
        # an operation undone or done again: "vasectomy reversal", "stoma takedown", "hip
        # replacement revision" are other operations than the first, not more exact names of it
        "reversal", "reverse", "reversed", "reversion", "takedown", "revision", "redo",
        # a device taken out again ("gastric band removal", "stent removal"; a part of the body
        # removed has a name of its own in the table: "gallbladder removal" = cholecystectomy)
        "removal", "remove", "removed"})),
    # a complication that changes what must be done (ruptured, perforated, strangulated …)
    "ruptured", "rupture", "perforated", "perforation", "strangulated", "incarcerated",
    "gangrenous", "necrotizing", "necrotising", "complicated", "uncomplicated",
})

# Added words that turn a disease into a different one ("pulmonary hypertension" is not a kind of
# the usual high blood pressure; "diabetes insipidus" is not diabetes mellitus).
DIFFERENT_DISEASE = {
    # and "secondary": ICD-10-CM I15 against I10, "essential (primary)", which "hypertension" is
    "hypertension": frozenset({"pulmonary", "portal", "intracranial", "ocular", "gestational",
                               "secondary", "renovascular", "lung", "eye"}),
    "diabetes": frozenset({"insipidus", "gestational", "bronze"}),
    "fibrosis": frozenset({"cystic"}),
    # interstitial cystitis (bladder pain syndrome) is no bladder infection
    "cystitis": frozenset({"interstitial"}),
    # atypical anorexia nervosa (OSFED, DSM-5): the weight is not low, another diagnosis
    "anorexia": frozenset({"atypical"}),
    # "stomach flu" is a gastroenteritis; "lupus vulgaris" a tuberculosis of the skin; "Ludwig
    # angina" an infection of the mouth's floor; "herpes zoster" is shingles, not the herpes
    # simplex a family means by "herpes"
    "influenza": frozenset({"stomach", "gastric", "estomacal"}),
    "lupus": frozenset({"vulgaris", "pernio"}),
    # eosinophilic granulomatosis with polyangiitis (Churg-Strauss) is another vasculitis than
    # granulomatosis with polyangiitis; foot-and-mouth disease, of cattle, than hand, foot and
    # mouth disease; polycystic ovaries on a scan are not the syndrome (Rotterdam criteria)
    "granulomatosis": frozenset({"eosinophilic"}),
    "mouth": frozenset({"hand"}),
    "polycystic": frozenset({"syndrome"}),
    "angina": frozenset({"ludwig", "vincent"}),
    "herpes": frozenset({"zoster"}),
    # obsessive-compulsive personality disorder is not obsessive-compulsive disorder (DSM-5)
    "compulsive": frozenset({"personality"}),
    # an ECG's ST depression, a breathing slowed by a medicine, a marrow that makes too few
    # cells: no low mood
    "depression": frozenset({"st", "respiratory", "respiratoria", "marrow", "medular"}),
}

# Words that each say "cancer": negating one and asserting another is a contradiction.
MALIGNANT_WORDS = frozenset({
    "cancer", "malignant", "carcinoma", "sarcoma", "lymphoma", "melanoma", "leukemia",
    "myeloma", "neoplasm", "tumor", "metastatic", "adenocarcinoma",
})

# Linking words: when present, word order carries meaning ("lung cancer metastatic to bone").
# ("secondary" alone is the kind, "secondary hypertension", "hipertensión secundaria"; its "to"
# links: "secundaria a" is read as "secondary to", _SECONDARY_TO)
LINKING = frozenset({
    "to", "from", "due", "after", "by", "into", "involving", "with", "without",
    "because", "caused", "following", "than", "over", "under", "versus", "vs", "or",
    # the order of treatments: "surgery then chemo" is not "chemo then surgery"
    "then", "first", "followed", "afterwards", "afterward", "before", "prior", "next",
    "luego", "despues", "antes", "primero", "seguido", "seguida",
})

# Spanish as well: "se descarta fractura", "fractura descartada" (accents are folded first).
# The word every purpose is said with (_PURPOSE_VERB): what follows it is kept away, as a
# denied word is, but turns no plan down (Phrase.kept_away).
_KEEPS_AWAY = "prevent"
_FORWARD_NEGATION = frozenset({"no", "not", "without", "free", "denies", "never", "absence",
                               "descarta", "descartan", "sin", "niega",
                               "descartaron", "descartamos", "nunca",
                               "avoid", "avoiding", "stop", "stopping", "discontinue", "cease",
                               "quit", "refuse", "decline", "against", "evitar", "evite",
                               "withdrawn",  # ("withdraw" is "stop": SYNONYMS)
                               "suspender", "suspenda",
                               # a medicine paused: "hold warfarin before surgery"
                               "hold", "withhold", "pause", "omit",
                               # "skip the biopsy", "forgo chemotherapy"
                               "skip", "skipping", "forgo", "forego",
                               # a purpose, what a treatment keeps away (_said_plainly)
                               _KEEPS_AWAY})
# Where a denial ends: at a word of time or order, "hold metformin before the CT" denies the
# metformin, not the CT ("before the contrast CT" had read as turning the scan down)
# or of a condition or a purpose, once a word is denied: "no treatment for the lymphoma yet"
# denies the treatment, "no surgery unless it grows" the surgery ("not for resuscitation" still
# denies what follows "for")
_NEGATION_ENDS = frozenset({"before", "after", "prior", "until", "till", "following", "then",
                            "followed", "afterwards", "afterward", "antes", "despues", "luego",
                            "hasta", "pre", "post", "for", "para", "if", "unless", "si",
                            "because", "since", "while", "due", "when", "cuando", "porque"})
# ... but "not ready for surgery", "not fit for surgery" deny the surgery (not yet)
_FIT_FOR = frozenset({"ready", "fit", "suitable", "candidate", "eligible", "appropriate",
                      "well", "strong", "listo", "lista", "apto", "apta", "candidato",
                      "candidata"})
_BACKWARD_NEGATION = frozenset({"excluded", "absent", "unlikely", "descartado", "descartada",
                                "descartados", "descartadas", "ausente", "improbable",
                                "unnecessary", "contraindicated", "refused", "declined",
                                "stopped", "discontinued", "innecesario", "innecesaria",
                                "contraindicado", "contraindicada", "suspendido", "suspendida",
                                # "surgery would be a mistake"
                                "mistake"})
_has_digit = re.compile(r"\d").search
_ITEM_RE = re.compile(r"\d+\.\d+|[^\W_]+|[,;:.()\[\]/]")  # "0.8" is one number
_PROTECTED = (FILLER | QUALIFIERS | ONE_SIDED | LINKING | _FORWARD_NEGATION | _BACKWARD_NEGATION
              | frozenset(_CLASS_OF) | frozenset(SYNONYMS) | frozenset(SYNONYMS.values())
              | frozenset(DIFFERENT_DISEASE) | frozenset().union(*DIFFERENT_DISEASE.values())
              | frozenset({"diabetes", "herpes", "rabies", "scabies", "series", "species",
                           "lupus", "mellitus", "insipidus", "analysis", "diagnosis",
                           "always", "has", "was", "this", "plus", "minus"}))
_PUNCT = frozenset(",;:.()[]/")
_BREAK_WORDS = frozenset({"but", "however", "with"})


@dataclass(eq=False, repr=False)
class Phrase(FieldMethods):
    """A diagnosis-like text reduced to what the rules above compare."""

    text: str
    variants: list[tuple[str, ...]] = field(default_factory=list)
    """Content tokens in order, one tuple per allowed word order (first: as written)."""
    positive: Counter[str] = field(default_factory=Counter)
    negated: set[str] = field(default_factory=set)
    markers: dict[str, set[str]] = field(default_factory=dict)
    numbers: dict[str, set[str]] = field(default_factory=dict)
    """Numbers by the word they belong to ("type" -> {"2"}; "" for loose numbers)."""
    qualifiers: set[str] = field(default_factory=set)
    kept_away: set[str] = field(default_factory=set)
    """Of the denied words, those a purpose keeps away ("to prevent a stroke"): a condition
    kept away, not a plan turned down."""
    linking: bool = False
    loose_numbers: bool = False

    @property
    def empty(self) -> bool:
        return not self.variants or not self.variants[0]

    @property
    def tokens(self) -> Counter[str]:
        return Counter(self.variants[0]) if self.variants else Counter()


unify_spelling = terms.unify_spelling


_GREEK_PLURALS = frozenset({"crises", "metastases", "emphases"})


def _singular(word: str) -> str:
    """A plural read as its singular ("stones" -> "stone", "arteries" -> "artery"), leaving the
    words the rules themselves look for as they are."""
    if word in _PROTECTED or _has_digit(word) or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    # the Greek plurals: "crises", "metastases", "stenoses", "prostheses", "analyses" (not
    # "doses", "noses", "cases": a long "-oses" only)
    if word in _GREEK_PLURALS or word.endswith(("yses", "theses")) or (
            word.endswith("oses") and len(word) >= 8):
        return word[:-2] + "is"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def _word_forms(word: str) -> tuple[tuple[str, ...], str | None]:
    """One word's fixed forms (spelling, abbreviation, synonym) and, if it could be a roman
    numeral, its arabic value. Cached: a vocabulary is small."""
    word = unify_spelling(word)
    expanded = ABBREVIATIONS.get(word)
    if expanded:
        return tuple(expanded.split()), None
    kind = _ONE_WORD_KIND.match(word)
    if kind:
        return (kind.group(1), _KIND_OF[kind.group(2)]), None
    word = _PART_ADJECTIVES.get(word, word)  # "femoral": femur, "renal": kidney
    roman = _ROMAN_RE.match(word) if word not in _NOT_NUMERALS else None
    arabic = f"{_ROMAN[roman.group(1)]}{roman.group(2)}" if roman else None
    if arabic and len(roman.group(1)) > 1:  # type: ignore[union-attr]
        return (arabic,), None  # "ii", "iv", "iiia" are numerals wherever they stand
    return (_singular(SYNONYMS.get(word, word)),), arabic


# Names whose kinds are letters: "hepatitis A" against "hepatitis B", "vitamin A" against
# "vitamin D", "group A strep", "haemophilia A" (where "a" is never the article).
_LETTER_NOUNS = frozenset({"hepatitis", "vitamin", "group", "hemophilia", "haemophilia",
                           "influenza", "flu", "strep", "streptococcus", "streptococcal",
                           "protein"})


def _bind_numbers(words: list[str]) -> list[str]:
    """Join a number to the qualifier before it: ["type", "2"] -> ["type:2"]; and a letter to
    a name whose kinds are letters: ["hepatitis", "a"] -> ["hepatitis:a"]."""
    out: list[str] = []
    for word in words:
        if out and word in ("positive", "negative") and _SIGN_MARKER.match(out[-1]):
            out[-1] = f"{out[-1]}:{word}"  # "her2:positive"
            continue
        if out and ((out[-1] in QUALIFIERS and (_has_digit(word) or word in _TYPE_LETTERS))
                    or (out[-1] in _LETTER_NOUNS and (_has_digit(word) or (
                        len(word) == 1 and word.isalpha())))):
            out[-1] = f"{out[-1]}:{word}"
        else:
            out.append(word)
    return out


def _content(words: list[str]) -> list[str]:
    return [w for w in _bind_numbers(words) if w not in FILLER]


# Every way of saying that something is not there, as one word for comparing ("No cancer" =
# "Cancer ruled out" = "Cancer excluded" = "Se descarta cáncer"): which way a negation points is
# read from the words as written first (parse), then only that it is a negation counts.
_SAID_NO = {word: "no" for word in (
    "not", "never", "absence", "absent", "excluded", "ruled", "denies", "descarta", "descartan",
    "descartado", "descartada", "descartados", "descartadas", "descartaron", "descartamos",
    "sin", "niega", "nunca", "ausente")}


# "type A" against "type B", "class C": a letter after a qualifier is its value, not an article.
_TYPE_LETTERS = frozenset("abcde")

_BREAK = object()  # a clause break in the scanned token stream

# A number written as a word, read as one after a word that takes a number: "type one" =
# "type 1", "estadio dos" = "stage 2" (before the table of names, which knows "type 1 diabetes").
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11", "doce": "12",
}
# A degree by its ordinal: "second-degree burn" = "2nd degree burn" = "quemadura de segundo
# grado" ("degree 2").
_ORDINALS = {"first": "1", "1st": "1", "primer": "1", "primero": "1", "second": "2", "2nd": "2",
             "segundo": "2", "third": "3", "3rd": "3", "tercer": "3", "tercero": "3",
             "fourth": "4", "4th": "4", "cuarto": "4"}
_SPANISH_QUALIFIERS = ("tipo", "estadio", "etapa", "grado", "clase", "nivel", "fase")
_NUMBER_WORD = re.compile(rf"\b({'|'.join(sorted(QUALIFIERS) + list(_SPANISH_QUALIFIERS))})"
                          rf"\s+({'|'.join(_NUMBER_WORDS)})\b")
# ... and before a unit of time or a count of doses: "six weeks" = "6 weeks", "tres meses" =
# "3 meses", "one tablet" = "1 tablet".
_NUMBER_BEFORE_TIME = re.compile(
    rf"\b({'|'.join(_NUMBER_WORDS)})\s+(?=(?:days?|weeks?|months?|years?|hours?|dias?|"
    r"semanas?|mes|meses|anos?|horas?|tablets?|capsules?|pills?|puffs?|drops?|comprimidos?|"
    r"pastillas?|capsulas?|gotas?|inhalaciones?)\b)")
# ... and before things counted, a plural a word or two on: "carry two adrenaline pens" =
# "carry 2 adrenaline pens", "dos ciclos" = "2 ciclos" (not "one", nor "once", which English
# uses for "one time")
_COUNTED_WORDS = frozenset(_NUMBER_WORDS) - {"one", "uno", "una", "once"}
_COUNT_BEFORE_PLURAL = re.compile(
    rf"\b({'|'.join(w for w in _NUMBER_WORDS if w in _COUNTED_WORDS)})\s+"
    r"(?=(?:[a-z]+\s+)?[a-z]{2,}(?<![iosu])s\b)")
# "half full" is one measure, not "full" made more exact ("empty the bag when half full")
_PART_FULL = re.compile(r"\b(half|three quarters?|two thirds?|a third|a quarter)[\s-]+full\b")
_THE_DAY_BEFORE = re.compile(r"\bthe (day|night|week) before\b")
_PER_LITRE = re.compile(r"\bper (?=(?:litre|liter)\b)")
_POINT_NOUGHT = re.compile(r"(?<![\d.])(\d+)\.0+(?![\d.])")
_PER_CENT = re.compile(r"(\d)\s*(?:%|percent\b|per cent\b|por ciento\b)")
_TIMES_SPACED = re.compile(r"(?<![\w.])x\s+(\d{1,2})\b")
# An exercise's sets and repetitions however written ("3 sets of 10 reps", "3 x 10", "3x10"):
# not a count of doses ("2 x 500 mg")
_SETS_OF = Hinted(r"(?<![\w.])(\d{1,2})\s*(?:x|×|sets?\s+of)\s*(\d{1,3})\b"
                  r"(?!\s*(?:mg|mcg|g|ml|units?|micrograms?|milligrams?|tablets?|caps?|"
                  r"capsules?|puffs?|drops?|sprays?|sachets?|doses?|days?|weeks?|d|w)\b)"
                  r"(?:\s*(?:reps?|repetitions?|times))?", "x", "×", "set")
_ONE_SPAN = re.compile(r"\b(for|in|within|after|over|durante|por|en)\s+(?:a|an|one|un|una)\s+"
                       r"(?=(?:day|week|month|year|hour|dia|semana|mes|ano|hora)\b)")
_ORDINAL_DEGREE = Hinted(rf"\b({'|'.join(_ORDINALS)})[\s-]+(?:degree|grado)\b", "degree", "grado")
# A burn's depth, by its layers or its degree: "superficial partial thickness" = "superficial
# dermal" = degree 2a, "deep partial thickness" = degree 2b, "partial thickness" = degree 2
# (refined by 2a or 2b), "full thickness" = degree 3, a "superficial" or "epidermal" burn
# degree 1 (a superficial burn against a superficial partial thickness one had read as the
# broader note of it). Only where a burn or a scald is named: a "full thickness" tear is not.
_BURN_WORDS = Hinted(r"\b(?:burns?|burnt|burned|scalds?|scalded|quemaduras?|quemad[oa]s?)\b",
                     "burn", "quemad", "scald")
_BURN_DEPTHS = (
    (re.compile(r"\bsuperficial[\s-]+(?:partial[\s-]+thickness|dermal)\b|"
                r"\bespesor[\s-]+parcial[\s-]+superficial\b|\bdermica[\s-]+superficial\b"),
     " degree 2a "),
    (re.compile(r"\bdeep[\s-]+(?:partial[\s-]+thickness|dermal)\b|"
                r"\bespesor[\s-]+parcial[\s-]+profund[oa]\b|\bdermica[\s-]+profunda\b"),
     " degree 2b "),
    (re.compile(r"\bpartial[\s-]+thickness\b|\bespesor[\s-]+parcial\b"), " degree 2 "),
    (re.compile(r"\bfull[\s-]+thickness\b|\bespesor[\s-]+total\b"), " degree 3 "),
    (re.compile(r"\b(?:superficial|epidermal)(?=[\s-]+(?:burns?|scalds?)\b)|"
                r"(?<=quemadura )(?:superficial|epidermica)\b"), " degree 1 "),
)
# A size in millimetres or centimetres, however written ("2cm", "2 cm", "20 mm", "1,5 cm"), is
# one value: "size:20mm" (a decimal point as "p", so that it stays one word).
_SIZE = Hinted(r"(?:\bsize\s+(?:of\s+)?)?(?<![\w.,])(\d+(?:[.,]\d+)?)\s*"
               r"(mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|milimetros?|centimetros?)\b",
               "mm", "cm", "millimet", "centimet", "milimetro", "centimetro")


# A TNM stage written together or apart: "T2N0M0" = "T2 N0 M0" = "T2, N0, M0".
_TNM = re.compile(r"\b([cpyr]?t(?:[0-4x]|is)[a-d]?\d?)\s*,?\s*(n[0-3x][a-c]?)\s*,?\s*"
                  r"(m[01x][a-c]?)\b")


# A range after a word that takes a number is either value, not a more precise one: "stage 2-3",
# "stage II/III", "grade 1 to 2", "stage 2 or 3" -> "stage 2 or stage 3" ("or" is a word of one
# side), and a tumour's T category the same ("T2-3", "T2/T3"); "at least stage 3", "stage 3 or
# higher" say the same of one value ("minimum").
_RANGE = Hinted(
    r"\b(stage|grade|class|type|estadio|grado|tipo|clase)\s+(\d{1,2}[a-d]?|[ivx]{1,4}[a-d]?)"
    r"\s*(?:-|–|/|\bto\b|\bor\b|\bo\b|\ba\b)\s*(\d{1,2}[a-d]?|[ivx]{1,4}[a-d]?)\b",
    "clase", "class", "estadio", "grade", "grado", "stage", "tipo", "type")
_T_RANGE = re.compile(r"\b([cpy]?t)([0-4][a-d]?)\s*(?:-|–|/)\s*t?([0-4][a-d]?)\b")  # "T2-3"
_QUALIFIER_OF = Hinted(
    rf"\b({'|'.join(sorted(QUALIFIERS) + list(_SPANISH_QUALIFIERS))})\s+(?:of|de)\s+(?=[-+−]?\d)",
    "of", "de")
_AT_LEAST_AFTER = Hinted(
    rf"\b({'|'.join(sorted(QUALIFIERS) + list(_SPANISH_QUALIFIERS))})\s+(?:at least|como minimo|"
    r"al menos)\s+(\w+)", "least", "minimo", "menos")
_AT_LEAST = Hinted(r"\b(?:at least|or (?:higher|more|worse|above)|como minimo|al menos|"
                   r"o (?:mas|superior))\b",
                   "least", "higher", "more", "worse", "above", "minimo", "menos", "mas",
                   "superior")


# A Gleason score however written ("Gleason 3+4=7" = "Gleason score 7 (3+4)" = "Gleason 3 + 4"):
# its sum, and its two patterns in their order, as 3+4 and 4+3 are both 7 and not alike.
_GLEASON = Hinted(
    r"\bgleason(?:\s+(?:score|sum))?\s*:?\s*(?:(\d{1,2})\s*\(\s*([1-5])\s*\+\s*([1-5])\s*\)"
    r"|([1-5])\s*\+\s*([1-5])(?:\s*=\s*(\d{1,2}))?|(\d{1,2})\b)", "gleason")


# A prostate cancer's grade group (ISUP 2014, WHO 2016) is a Gleason score: group 1 is 3+3=6,
# 2 is 3+4=7, 3 is 4+3=7, 4 is 8 (4+4, 3+5 or 5+3), 5 is 9 or 10. A score says its group too,
# so that a score of 9 or 10 is group 5 said more exactly (and the two still differ), and group
# 5 against a score of 8 differs. Read only beside a prostate's words ("ISUP grade" also grades
# a kidney cancer).
_GRADE_GROUP = re.compile(r"\b(?:(?:isup\s+)?grade\s+group|isup\s+grade|isup\s+gg|gg|"
                          r"grupo\s+de\s+grado(?:\s+isup)?|grado\s+isup)\s*:?\s*([1-5])\b")
_GRADE_GROUP_SCORES = {"1": "gleason 6 pattern 33 isupgroup 1",
                       "2": "gleason 7 pattern 34 isupgroup 2",
                       "3": "gleason 7 pattern 43 isupgroup 3", "4": "gleason 8 isupgroup 4",
                       "5": "isupgroup 5"}
# (7 alone is group 2 or 3: no group said)
_GROUP_OF_SCORE = {"6": "1", "8": "4", "9": "5", "10": "5", "7 pattern 34": "2",
                   "7 pattern 43": "3"}
_PROSTATE_WORDS = ("prostat", "gleason", "psa")


def _gleason(match: re.Match[str]) -> str:
    total, first, second, first_, second_, written, alone = match.groups()
    if alone:
        score = alone
    else:
        first, second = first or first_, second or second_
        total = total or written or str(int(first) + int(second))
        score = f"{total} pattern {first}{second}"
    group = _GROUP_OF_SCORE.get(score) or _GROUP_OF_SCORE.get(score.split()[0], "")
    return f"gleason {score} isupgroup {group}" if group else f"gleason {score}"


# A marker's result however written: "HER2+" = "HER2 positive" = "HER2 +ve" = "HER2 positivo";
# "ER-" = "ER negative". It is bound to its marker (``_bind_numbers``), so "ER+/PR-" and
# "ER-/PR+" are two results, not the same two words.
_MARKER = (r"(?:her-?2|erbb2|er|pr|re|rp|pgr|rh|egfr|alk|ros1|kras|nras|braf|hpv|hiv|hcv|hbv|hbsag|"
           r"cmv|ebv|mrsa|gbs|ana|rf|msi|mmr|covid|covid-19|[a-z]{1,4}\d{1,3})")
_SIGN_MARKER = re.compile(rf"^{_MARKER}$")
# A sign on its own: "Biopsy -ve", "ANA (+)", "Hepatitis C +" at the end or before a comma.
_SIGN_ALONE = Hinted(r"(?<![\w-])(?:\(\s*([+]|[-−–])\s*\)|([+]|[-−–])ve\b)"
                     r"|(?<=\w)\s+(\+{1,3}|[-−–])\s*(?=$|[,;)])", "+", "-", "−", "–")
# A bound before a number ("PSA > 10", "less than 2 cm", "EF ≤ 40%") and an arrow for a level:
# "> 10" and "< 10" are opposite findings, not the same words.
_BOUNDS = (
    (Hinted(r"(?:>=|≥|=>)\s*(?=\d)", ">", "≥"), " minimum "),
    (Hinted(r"(?:<=|≤|=<)\s*(?=\d)", "<", "≤"), " maximum "),
    # a blood pressure said aloud first: "160 over 100" = "160/100"
    (Hinted(r"(?<![\w.])(\d{2,3})\s+(?:over|sobre)\s+(?=\d{2,3}(?![\w.]))", "over", "sobre"),
     r"\1/"),
    (Hinted(r"(?:>|\b(?:more|greater|higher|larger|bigger|heavier) than|\babove|\bover|\bmas de|"
            r"\bmayor (?:de|que)|\bsuperior a|\bpor encima de)\s*(?=\d)",
            ">", " than", "above", "over", "mas de", "mayor", "superior a", "encima de"),
     " morethan "),
    (Hinted(r"(?:<|\b(?:less|fewer|lower|smaller) than|\bbelow|\bunder|\bmenos de|"
            r"\bmenor (?:de|que)|\binferior a|\bpor debajo de)\s*(?=\d)",
            "<", " than", "below", "under", "menos de", "menor", "inferior a", "debajo de"),
     " lessthan "),
    (Hinted(r"↑", "↑"), " high "), (Hinted(r"↓", "↓"), " low "),
)
_SIGN_AFTER = Hinted(rf"(?<![\w-])({_MARKER})(?:\s?(\+{{1,3}}|[-−–])(?=[\s,;./)]|$)"
                     rf"|\s?([+]|[-−–])ve\b|\s+(positiv|negativ)[oa]s?\b"
                     # "ER neg, PR pos", as a letter shortens them
                     rf"|\s+(pos|neg)\b)", "+", "-", "−", "–", "pos", "neg")
# "L knee", "R. breast", "Knee OA, L": a side shortened to its letter, before a word or at the
# end (not "2 L" of a volume, nor "r/o").
_SIDE_LETTER = re.compile(r"(?<![\w./])([lr])\.?(?:\s+(?=[a-z]{3,})|\s*(?=[,;)]|$))")


def _sign(match: re.Match[str]) -> str:
    sign = match.group(2) or match.group(3) or match.group(4) or match.group(5)
    said = "positive" if sign.startswith(("+", "pos")) else "negative"
    return f"{match.group(1)} {said} "


# A marker's name however written: "Ki-67" = "Ki67", "HER-2" = "HER2", "BRCA 1" = "BRCA1",
# "CA-125" = "CA125".
_MARKER_NAME = Hinted(r"\b(ki|her|brca|cd)[\s-](\d{1,3})\b|\b(ca)-(\d{1,3})\b",
                      "ki", "her", "brca", "cd", "ca")


# A number's own sign ("T-score -2.5", "Z-score +2", "base excess -5"): kept after the number
# as a word, so -2.5 and +2.5 are opposite; only a sign written onto the number, after a space,
# a bracket or a colon (not a range, "2-3", nor a dash between words).
_SIGNED_NUMBER = Hinted(r"(?:(?<=\s)(?<!\d\s)|^|(?<=[(:]))([-−–+])(\d+(?:[.,]\d+)?)"
                        r"(?![\d.,]*\s*[-–/]\s*\d)", "+", "-", "−", "–")


def _signs_and_sides(text: str) -> str:
    text = _MARKER_NAME.sub(lambda m: "".join(g for g in m.groups() if g), text)
    text = _SIGN_AFTER.sub(_sign, text)
    text = _SIGNED_NUMBER.sub(
        lambda m: f"{m.group(2)} {'positive' if m.group(1) == '+' else 'negative'}", text)
    text = _SIGN_ALONE.sub(lambda m: " positive " if "+" in m.group() else " negative ", text)
    for pattern, word in _BOUNDS:
        text = pattern.sub(word, text)
    if "spine" in text:  # "L-spine", "C spine": a region of the spine, not a side
        text = _SPINE_LETTER.sub(lambda m: _SPINE_REGIONS[m.group(1)], text)
    text = _SIDE_LETTER.sub(lambda m: "left " if m.group(1) == "l" else "right ", text)
    return _INJURY_TO_A_SIDE.sub(r"\1 ", text) if " to " in text else text


_SPINE_LETTER = re.compile(r"(?<![\w./])([lct])[\s-]?spine\b")
_SPINE_REGIONS = {"l": "lumbar spine", "c": "cervical spine", "t": "thoracic spine"}


# An injury "to" a side is on it: "burn to right hand" = "burn right hand" = "burn of the right
# hand" (the linking "to" had made it a narrower note); only after an injury's name, as "spread
# to the left lung" says where a cancer went.
_INJURY_TO_A_SIDE = re.compile(
    r"\b(burns?|scalds?|lacerations?|wounds?|injury|injuries|fractures?|bruis(?:e|es|ing)|"
    r"contusions?|abrasions?|cuts?|bites?|trauma|blow)\s+to\s+(?:the\s+)?"
    r"(?=(?:left|right|both|bilateral)\b)")


# A power of ten as a culture report writes it ("10^5", "10⁵", "1 x 10^5", "1e5"), as the
# number written out ("100,000", "100000"), so the two notations are one count.
_POWER_OF_TEN = re.compile(r"(?<![\w.,])(?:(\d{1,3})\s*[x×*]\s*)?10\s*(?:\^\s*|\*\*)(\d{1,2})\b"
                           r"|(?<![\w.,])(\d{1,3})e(\d{1,2})\b")
# Superscript digits as a power ("10⁵"), before the text's letters are made plain (which
# would make "10⁵" the number 105).
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_POWER = re.compile(r"10([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})")


def _power_of_ten(match: re.Match[str]) -> str:
    factor, power = (match.group(1), match.group(2)) if match.group(2) else (
        match.group(3), match.group(4))
    return str(int(factor or 1) * 10 ** int(power))


# A ratio of the lungs' volumes as a decimal or a per cent ("FEV1/FVC 0.62" = "FEV1/FVC 62%").
_RATIO_AS_DECIMAL = Hinted(r"\b(fev1\s*/\s*fvc(?: ratio)?|tiffeneau)\s*(?:of\s+|=\s*|:\s*)?"
                           r"0?\.(\d{1,2})(?!\d)", "fev1", "tiffeneau")


def _ratio_as_per_cent(match: re.Match[str]) -> str:
    return f"{match.group(1)} {int(match.group(2).ljust(2, '0'))}%"


# Visual acuity in feet (the United States, "20/40") or in metres (Britain, Spain: "6/12"), in
# a text about sight: one value, the chart's decimal acuity ("acuity 0.5"), so a line of the
# chart in either notation is one reading and two lines are two values.
_SNELLEN = re.compile(r"(?<![\w./])(6|20)\s*/\s*(\d{1,3}(?:\.\d)?)(?![\w./])")
_SIGHT = re.compile(r"\b(?:va|vision|visual|acuity|sight|eyes?|ojos?|agudeza|snellen)\b")


def _acuity(match: re.Match[str]) -> str:
    decimal = float(match.group(1)) / float(match.group(2)) if float(match.group(2)) else 0.0
    return f" acuity {decimal:.2f} ".replace(".", "p")


# A result said in words after its test: "TSH of twelve", "BMI thirty-two"
_RESULT_NAMES = ("bmi|body mass index|tsh|psa|hb|hgb|haemoglobin|hemoglobin|hba1c|a1c|egfr|"
                 "potassium|sodium|glucose|creatinine|cholesterol|ldl|hdl|inr|crp|esr|"
                 "ferritin|b12|folate|calcium|vitamin d|imc|potasio|sodio|glucosa")
_RESULT_IN_WORDS = re.compile(rf"\b({_RESULT_NAMES})\s+(?:of\s+|is\s+|at\s+|de\s+)?"
                              rf"({number_words.NUMBER_IN_WORDS})")
# "anaemia with Hb 9.5" = "anaemia, Hb 9.5": a result after "with" (or "at") adds no condition
_WITH_RESULT = re.compile(r"\s+(?:with|con)\s+(?=(?:[a-z][\w-]*\s+){1,3}?(?:of\s+|at\s+|de\s+)?"
                          r"\d)")


def _result_in_words(match: re.Match[str]) -> str:
    value = number_words.number_in_words(match.group(2))
    return match.group() if value is None else f"{match.group(1)} {value:g}"


def _numbers_in_one_form(text: str) -> str:
    """Numbers written as words, degrees by their ordinal, TNM stages apart and sizes in one
    unit, as above (``text`` already folded)."""
    if not number_words.WORDS.isdisjoint(text.replace("-", " ").split()):
        text = _RESULT_IN_WORDS.sub(_result_in_words, text)
    if " with " in text or " con " in text:
        text = _WITH_RESULT.sub(", ", text)
    text = _POWER_OF_TEN.sub(_power_of_ten, text)
    text = _RATIO_AS_DECIMAL.sub(_ratio_as_per_cent, text)
    if "/" in text and _SIGHT.search(text):
        text = _SNELLEN.sub(_acuity, text)
    text = terms.without_thousands_commas(text)
    text = _QUALIFIER_OF.sub(r"\1 ", text)  # "Gleason score of 7" = "Gleason score 7"
    text = _ORDINAL_DEGREE.sub(lambda m: f" degree {_ORDINALS[m.group(1)]} ", text)
    if _BURN_WORDS.search(text):
        for depth, degree in _BURN_DEPTHS:
            text = depth.sub(degree, text)
    text = _NUMBER_WORD.sub(lambda m: f"{m.group(1)} {_NUMBER_WORDS[m.group(2)]}", text)
    text = _NUMBER_BEFORE_TIME.sub(lambda m: f"{_NUMBER_WORDS[m.group(1)]} ", text)
    if not _COUNTED_WORDS.isdisjoint(text.split()):
        text = _COUNT_BEFORE_PLURAL.sub(lambda m: f"{_NUMBER_WORDS[m.group(1)]} ", text)
    if "x " in text:
        text = _TIMES_SPACED.sub(r"x\1", text)  # "EpiPen x 2" = "EpiPen x2"
    text = _SETS_OF.sub(r"\1x\2", text)  # "3 sets of 10 reps" = "3 x 10" = "3x10"
    # "for a week" is one week ("a" had gone as a filler word, so "for a fortnight", 2 weeks,
    # read as the same made more exact)
    text = _ONE_SPAN.sub(r"\1 1 ", text)
    text = _TNM.sub(r"\1 \2 \3", text)
    text = _GLEASON.sub(_gleason, text)
    if any(word in text for word in _PROSTATE_WORDS) and ("gr" in text or "gg" in text):
        text = _GRADE_GROUP.sub(lambda m: _GRADE_GROUP_SCORES[m.group(1)], text)
    text = _AT_LEAST_AFTER.sub(r"\1 \2 minimum", text)  # "stage at least 3" = "stage 3 or higher"
    text = _RANGE.sub(r"\1 \2 or \1 \3", _AT_LEAST.sub(" minimum ", text))
    text = _T_RANGE.sub(r"\1\2 or \1\3", text)
    if ".0" in text:
        text = _POINT_NOUGHT.sub(r"\1", text)  # "INR 2.0-3.0" = "INR 2-3"
    if "before" in text:
        text = _THE_DAY_BEFORE.sub(r"1 \1 before", text)  # "the day before" is 1 day before
    if "full" in text:
        text = _PART_FULL.sub(lambda m: m.group(1).replace(" ", "") + "full", text)
    if "per l" in text:
        text = _PER_LITRE.sub("per 1 ", text)  # "per litre" against "per 3 litres"
    if "%" in text or "cent" in text or "ciento" in text:
        text = _PER_CENT.sub(r"\1 percent ", text)  # "20%" is no "20 kg"
    if "kg" in text or "lb" in text or "km" in text:
        text = _WEIGHT_GLUED.sub(r"\1 \2", text)  # "no lifting >5kg" = "... more than 5 kg"
    return _SIZE.sub(_size_in_mm, text)


# A weight or a distance typed against its number: "5kg", "10lbs", "2km"
_WEIGHT_GLUED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(kgs?|lbs?|km)\b")


def _size_in_mm(match: re.Match[str]) -> str:
    value = float(match.group(1).replace(",", "."))
    if match.group(2).startswith("c"):
        value *= 10
    return f" size {value:g}mm ".replace(".", "p")


def _scan(cleaned: str) -> tuple[list[str | object], int | None]:
    """One pass over the text: its words (abbreviations expanded, roman numerals arabic) with
    clause breaks (punctuation, "but", "however", "with") marked, and where its only comma is."""
    items = _ITEM_RE.findall(cleaned)
    n_words = sum(1 for t in items if t not in _PUNCT)
    seq: list[str | object] = []
    commas: list[int] = []
    prev = ""
    index = 0
    for item in items:
        if item in _PUNCT:
            if item == ",":
                commas.append(len(seq))
            seq.append(_BREAK)
            continue
        forms, arabic = _word_forms(item)
        if arabic is not None and (prev in QUALIFIERS or n_words == 1 or
                                   (index == 0 and n_words <= 2)):
            forms = (arabic,)  # "i", "v", "x" only after "type", "stage" … or standing alone
        index += 1
        for form in forms:
            if form in _BREAK_WORDS:
                seq.append(_BREAK)
            seq.append(form)
            if form in _BREAK_WORDS:
                seq.append(_BREAK)
        prev = forms[-1]
    return seq, (commas[0] if len(commas) == 1 else None)


def _words_of(seq: list[str | object]) -> list[str]:
    return [t for t in seq if t is not _BREAK]  # type: ignore[misc]


def _orders(seq: list[str | object], comma: int | None) -> list[tuple[str, ...]]:
    """The text as written, plus its trivial reorderings: "X of Y" -> "Y X", "X, Y" -> "Y X"."""
    words = _words_of(seq)
    variants = [words]
    if words.count("of") == 1:
        at = words.index("of")
        if 0 < at < len(words) - 1:
            variants.append(words[at + 1:] + words[:at])
    if comma is not None:
        before, after = _words_of(seq[:comma]), _words_of(seq[comma:])
        if before and after:
            variants.append(after + before)
    # a name that reads only once reordered ("stenosis, aortic") brings its broader names then,
    # to the text as written too ("cancer of the sigmoid colon" is a colorectal cancer, and so
    # more than "colon cancer", which is one)
    variants[1:] = [_with_broader_names(" ".join(v)).split() for v in variants[1:]]
    for variant in variants[1:]:
        variants[0] = variants[0] + [w for w in variant if w not in variants[0]]
    out: list[tuple[str, ...]] = []
    for variant in variants:
        tokens = tuple(_SAID_NO.get(w, w) for w in _content(variant))
        if tokens[:1] == ("without",):
            tokens = ("no", *tokens[1:])  # "without pneumonia" ("sin neumonía") says "no"
        if tokens not in out:
            out.append(tokens)
    return out


def _clauses(seq: list[str | object]) -> list[list[str]]:
    """Content words of each clause (breaks and the break words themselves left out)."""
    out: list[list[str]] = []
    current: list[str] = []
    for token in seq:
        if token is _BREAK:
            if current:
                out.append(current)
            current = []
        elif token not in _BREAK_WORDS:
            current.append(token)  # type: ignore[arg-type]
    if current:
        out.append(current)
    return [_content(c) for c in out]


# (Spanish after terms.canonical, which may already have made "de" "of" and "para" "for".)
# ("avoid alcohol" = "no alcohol" = "nada de alcohol"; "at all" says it no more strongly)
# "Surgery can wait", "la cirugía puede esperar": put off, as "later" says
_CAN_WAIT = re.compile(r"\b(?:can|could|may|should) wait\b|\bpuede esperar\b")
# ("physio instead of surgery", "ecografía en lugar de biopsia": what the doctor would not do)
_NEGATION_PHRASES = Hinted(r"\b(?:negative for|absence of|free of|(?:all )?clear(?:ed)? of|"
                           r"instead of|rather than|in place of|(?:en|in) lugar (?:de|of)|"
                           r"(?:en|in) vez (?:de|of)|"
                           r"avoid(?: all| any)?|evit(?:ar|e)(?: todo| toda)?|nada de|"
                           r"no (?:trace|sign) of|no longer (?:has|have|had)|"
                           r"negativ[oa]s? (?:para|for)|"
                           r"ausencia (?:de|of)|libre (?:de|of)|no (?:evidence|signs?) of|"
                           # "nothing on the ultrasound to suggest", "no sign on the scan of"
                           r"nothing(?: \w+){0,4}? to suggest|"
                           r"no (?:evidence|signs?|trace)(?: \w+){1,4}? of|"
                           r"nothing to suggest|no (?:hay )?(?:evidencia|signos) (?:de|of)|"
                           r"(?:sin|no|without) (?:evidencia|signos?|datos)(?: (?:de|of))?|"
                           r"sin (?:evidencia|signos) (?:de|of))\b", " lugar ", " to suggest",
                           " vez ", "absence of", "ausencia ", "avoid", "clear", "datos",
                           "evidence", "evidencia", "evit", "free of", "in place of", "instead of",
                           "libre ", "nada de", "negativ", "no longer ha", "rather than", "sign",
                           "trace")
_AT_ALL = re.compile(r"\b(?:at all|en absoluto|para nada)\b")
_RULED_OUT = Hinted(r"\b(?:ruled|rules) out\b", "rule")
# Advice against a thing said after it: "Surgery not recommended", "cirugía no indicada" deny
# the surgery, where "not" alone would deny only the word after it.
_NOT_ADVISED = Hinted(
    r"\b(?:not|no)\s+(?:(?:be|been|es|esta|son|estan)\s+)?(?:recommended|needed|necessary|"
    r"indicated|advised|required|warranted|advisable|suggested|recomendad[oa]s?|"
    r"indicad[oa]s?|necesari[oa]s?|aconsejad[oa]s?|aconsejable)\b", "no")
# Doubt written in the ways a note taker writes it. Each becomes one of the words above, so
# that it is compared like them (on one side only: "different", never "refined" as if the
# unsure doctor were the more specific one):
# - still possible: "can't rule out", "not excluded", "no se descarta", "maybe", "could be",
#   "quizás", "por confirmar", "en estudio" -> "possible";
# - still to be ruled out: "rule out", "r/o", "a descartar" -> "rule" (not a negation:
#   "ruled out" is one);
# - a question mark: "Pneumonia?", "?PE", "¿Neumonía?" -> "query" (read as "suspected"), once;
# - the short forms "w/", "w/o", "h/o" -> "with", "without", "history of".
_STILL_POSSIBLE = Hinted(
    r"\b(?:can ?not|can['’]?t|could ?not|couldn['’]?t|unable to|not able to)"
    r" (?:be )?(?:rule[sd]? out|exclude[sd]?)\b"
    r"|\bnot (?:yet )?(?:been )?(?:ruled out|excluded)\b"
    r"|\bno se (?:puede |pudo |ha )?(?:descartar|descarta|descartan|descartado)\b"
    r"|\bno (?:descartad[oa]s?|excluid[oa]s?)\b|\bsin descartar\b"
    r"|\b(?:could|might|may) (?:be|have)\b|\bmaybe\b|\bperhaps\b|\bin question\b"
    r"|\bdoubt(?:ful)?\b|\bdudos[oa]\b"
    # a plan one doctor is not sure of: "might need surgery", "could try an injection"
    r"|\b(?:could|might|may) (?:need|require|want|try|benefit from|go on to)\b"
    r"|\b(?:quizas?|tal vez|puede ser|podria ser)\b"
    r"|\b(?:not (?:yet )?confirmed|unconfirmed|to be confirmed|awaiting confirmation"
    r"|pending confirmation|under investigation|(?:a|por) confirmar|pendiente de confirma(?:r|cion)"
    r"|sin confirmar|en estudio)\b",
    " confirmar", "awaiting confirmation", "confirmed", "could", "descarta", "doubt", "dudos",
    "en estudio", "exclude", "excluid", "in question", "may", "might", "pendiente de confirma",
    "pending confirmation", "perhaps", "podria ser", "puede ser", "quiza", "rule", "tal vez",
    "under investigation")
# Who thinks a thing might be, and the "it" it might be, said before the doubt: "they think it
# might be gout", "the doctor thinks this could be" (the doubt is "possible" as said alone)
# Reassurance as doctors and families say it: "nothing sinister" says no cancer; "nothing
# serious", "nothing to worry about" that what was found is harmless (benign)
_NOTHING_MALIGNANT = re.compile(
    r"\b(?:it(?:s| is|'s|’s)\s+|(?:there|theres|there's|there’s)\s+(?:is\s+)?)?"
    r"(?:nothing|no es nada|nada|no(?=\s+sinister\s+(?:features?|findings?|signs?|pathology|"
    r"cause)\b))\s+(?:(?P<cancer>sinister|malignant|cancerous|maligno|canceroso)"
    r"|serious|nasty|worrying|concerning|of concern|to worry about|grave|serio|preocupante"
    r"|de (?:que )?preocupar(?:se)?)\b"
    # ("no sinister features": the features go with it)
    r"(?:(?<=sinister)\s+(?:features?|findings?|signs?|pathology|cause))?")


def _nothing_malignant(match: re.Match[str]) -> str:
    return " not cancer " if match.group("cancer") else " benign "


# Next steps as a family notes them (fourteenth session): "review next week" = "in 1 week";
# "no follow-up needed" = "discharged"; results "sent by post", "they will write" = "by
# letter"; "discuss at MDT" = "MDT meeting to discuss" (each had read as another step)
_NEXT_STEPS = (
    (re.compile(r"\bnext (week|month|year)\b"), lambda m: f" in 1 {m.group(1)} "),
    # ... and in Spanish: "control la semana que viene", "la próxima semana", "el mes que viene"
    (re.compile(r"\b(?:(?:la|el) )?(?:(semana|mes|ano) (?:que viene|proxim[oa])|"
                r"proxim[oa] (semana|mes|ano))\b"),
     lambda m: f"en 1 {m.group(1) or m.group(2)} "),
    (re.compile(r"\bno (?:further |more |other )?(?:follow[\s-]?ups?|reviews?|appointments?|"
                r"clinic appointments?)(?: (?:is |are )?(?:needed|required|necessary|planned))?\b"
                r"|\bno (?:need|requirement) (?:for|of) (?:further |more )?(?:follow[\s-]?up|"
                r"review)\b"), " discharged "),
    (re.compile(r"\b(?:will be |to be )?(?:sent|posted|mailed)(?: out)?(?: to (?:us|you|me|"
                r"him|her|them))? by (?:post|mail|letter)\b|\b(?:by|in the) (?:post|mail)\b"
                r"|\b(?:(?:they|he|she|we|the team|the hospital) )?will (?:write|send a letter)"
                r"(?: to (?:us|you|me|him|her|them|the gp))?\b|\bletter to follow\b"),
     " by letter "),
    (re.compile(r"\b(?:to )?discuss(?:ed|ion)? (?:at|in) (?:the )?mdt(?: meeting)?\b"
                r"|\bmdt (?:meeting )?(?:to discuss|discussion)\b|\bmdt meeting\b"),
     " mdt discussion "),
    # (sixteenth session) "no need to come back" is discharged; "back to the clinic",
    # "outpatient review" a clinic review; "ring for results" results by telephone; "see the
    # surgeon" a surgical review; "re-attend" is coming back
    (re.compile(r"\bno need (?:for (?:him|her|you|them|us) )?to (?:come back|return|be seen "
                r"again|come again)\b|\bdoes(?:n['’]?t| not) need to (?:come back|return|be "
                r"seen again)\b"), " discharged "),
    (re.compile(r"\b(?:come |coming |be |go )?(?:back|return) to (?:the )?(?:clinic|outpatients?)\b"
                r"(?: for (?:a )?review)?|\boutpatients? (?:review|appointment|follow[\s-]?up)\b"
                r"|\bsee (?:him |her |you |them )?(?:again )?in (?:the )?clinic\b"),
     " clinic review "),
    (re.compile(r"\b(?:phone|ring|call)(?: up)? for (?:the |his |her |your )?results\b"),
     " results by telephone "),
    (re.compile(r"\bphone\b"), " telephone "),
    (re.compile(r"\bre[\s-]?attend\b"), " return "),
    (re.compile(r"\b(?:see|seeing|review by|talk to|speak to) (?:the |a )?surgeons?\b"
                r"|\bsurgeon(?:'s)? review\b"), " surgical review "),
)

_ANY_NEXT_STEP = re.compile(r"\bnext (?:week|month|year)\b|\bque viene\b|\bproxim[oa]\b|"
                            r"\bno (?:further |more |other )?"
                            r"(?:follow|review|appoint|clinic|need|requirement)|\bpost\b|"
                            r"\bmail\b|\bwill (?:write|send)|\bletter\b|\bmdt\b|\bsent\b|"
                            r"\bposted\b|\bmailed\b|\bneed to\b|\bclinic\b|\boutpatient|"
                            r"\bphone\b|\bring\b|\bcall\b|attend\b|\bsurgeon")


# A dose set by a test's result, however said: "warfarin as per INR" = "warfarin dose
# according to INR" = "dosed by INR"
_GUIDED_BY = re.compile(r"\b(?:(?:the |its |his |her )?(?:dose|dosing|dosage) )?"
                        r"(?:as per|according to|depending on|guided by|adjusted to|"
                        r"dosed (?:by|to|on)|segun)\b")


# A cancer said not to have spread, as a family says it: "no spread", "has not spread" = "no
# metastases" ("spread to the liver" is read as its metastases by ``_spread_to``; a "no"
# before the cancer's name would deny it all: not here)
_NOT_SPREAD = re.compile(r"\b(?:(?:that |which |it )?(?:has|had|have)(?: not|n['’]?t) spread|"
                         r"not spread|no (?:signs? of |evidence of )?spread|"
                         r"without (?:any )?spread|no se ha (?:extendido|diseminado)|"
                         r"sin (?:extension|diseminacion))\b")


# How sure, as a family notes it: "most likely", "looks like", "fairly sure it's", "almost
# certainly" are "probable" (a likelihood said, no certainty); blood pressure "slightly" or
# "very" high is mild or severe hypertension (NHS "High blood pressure")
_SURE_AS_SAID = (
    (re.compile(r"\bmost (?=likely\b|probabl)|\b(?:it |this )?(?:looks|seems) (?:like|to be) |"
                r"\b(?:they(?:['’]?re| are) |he(?:['’]?s| is) |she(?:['’]?s| is) |"
                r"we(?:['’]?re| are) )?(?:fairly|pretty|quite) (?:sure|confident) "
                r"(?:(?:that )?it(?:['’]?s| is) )?|"
                r"\balmost certainly |\bin all likelihood "), lambda m: "" if m.group().startswith(
                    "most") else " probable "),
    # not sure whether it is a thing is that thing possible ("not sure if it's MS")
    (re.compile(r"\b(?:(?:they|he|she|we|i)(?:['’]?re|['’]?m| are| is| am)?\s+)?"
                r"(?:not|un)\s*sure\s+(?:if|whether)\s+(?:it(?:['’]?s| is)\s+|this is\s+)?"),
     " possible "),
    (re.compile(r"\b(?:slightly|mildly|a (?:little|bit|touch) |marginally )\s*"
                r"(?=(?:high|raised|elevated) (?:blood pressure|bp)\b)"), " mild "),
    (re.compile(r"\b(?:very|dangerously|extremely) (?=high (?:blood pressure|bp)\b)"),
     " severe "),
    # "bad asthma", "a really bad migraine": how bad, as a family says severe; only before a
    # condition that comes mild to severe (not "bad cholesterol", "bad breath", "bad back")
    (re.compile(r"\b(?:really |very )?bad (?=(?:asthma|migraines?|eczema|psoriasis|acne|"
                r"arthritis|depression|anxiety|copd|pneumonia|chest infection|flu|sunburn|"
                r"sprain|burns?|headaches?|allergy|allergic reaction|reflux|heartburn|"
                r"sciatica|tonsillitis|cellulitis|croup|hay fever|sinusitis|gout)\b)"),
     " severe "),
)


# Who ruled a thing out, said before it ("they ruled out cancer", "the doctor has excluded a
# stroke"): the thing ruled out, as "cancer ruled out" says it
_WHO_RULED_OUT = re.compile(
    r"\b(?:they|he|she|we|the doctors?|doctors|the consultant|the specialist)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?=(?:ruled\s+out|excluded|rule\s+out)\b)")
# "It is" before what a family notes ("it's not a stroke", "it is gallstones"): what it is
_IT_IS = re.compile(r"^\s*(?:it|this)(?:['’]?s|\s+is|\s+was)\s+(?!(?:might|may|could)\b)")
# Waiting for a thing, as a family says awaiting it ("waiting for biopsy results")
_WAITING_FOR = re.compile(r"(?<!watchful )\b(?:still\s+)?waiting\s+(?:for|on)\b")
_THINK_IT_MIGHT = re.compile(
    r"(?:\b(?:they|he|she|we|i|the doctors?|doctors|the consultant|the specialist)\s+"
    r"(?:think|thinks|thought|believe|believes|reckon|reckons)\s+(?:that\s+)?)?"
    r"\b(?:it|this|that)\s+(?=(?:might|may|could)\s+be\b)")
_TO_RULE_OUT = Hinted(r"\b(?:to be ruled out|(?:to )?rule out|r/o"
                      r"|(?:a|por|para) descartar|descartar)\b", "descartar", "r/o", "rule out",
                      "to be ruled out")
_QUESTION_MARK = re.compile(r"[?¿]")
# One order of treatments in several words: "followed by", "and then", "y después" -> "then".
_THEN = Hinted(r"\b(?:followed by|and then|after that|y (?:luego|despues)|seguid[oa]s? de|"
               r"luego|despues(?! de))\b", "after that", "and then", "despues", "followed by",
               "luego", "seguid")
# A plan turned down in a phrase ("don't operate", "no need for surgery", "hold off on
# surgery", "nada de cirugía") -> "not" / "later"; "if needed" and the like are "prn", the
# same on both sides, not a condition ("if").
_TURNED_DOWN = Hinted(
    r"\b(?:don['’]?t|do not|does not|doesn['’]?t|should ?not|shouldn['’]?t|won['’]?t|will not"
    # "can't drive for 6 weeks", "mustn't get it wet", as a family notes a ban (not what a
    # doctor cannot do: "they can't find where it started")
    r"|(?:can['’]?t|can ?not)(?! (?:find|see|tell|say|be|exclude|rule|confirm|know|identify|"
    r"detect|feel|work out|explain)\b)(?! (?:have (?:children|kids|a baby|babies)|"
    # nor what a body cannot do: "can't have children" is infertility (terms)
    r"get pregnant|conceive|father (?:a child|children))\b)|must ?not|mustn['’]?t"
    r"|need not|needn['’]?t|no need (?:for|to)|advised? against|advises against"
    r"|recommends? against|recommended against|nada de|no hace falta"
    # "dejar de fumar" is a plan: to stop smoking ("dejar de vapear" vaping); "dejar de beber"
    # (alone) to stop alcohol
    r"|(?:dejar|deje) de(?! fumar\b| vapear\b| beber\s*(?:$|[,.;)]|[ye]\s+(?:dejar|deje)\b))"
    r"|desaconseja[n]?|desaconsejad[oa]s?|no (?:lo )?recomienda[n]?"
    # "forget the antibiotics", as a family notes it
    r"|(?:^|(?<=[,;:]))\s*forget(?: about)?"
    # "stay away from bananas" = "avoid bananas"
    r"|stay away from|keep away from|steer clear of)\b"
    # the empty verb after it: "don't bother with the MRI", "do not take metformin", "doesn't
    # need surgery" turn down the MRI, metformin, surgery ("not" denies the word after it)
    r"(?:\s+(?:bother(?:\s+(?:with|doing|having|getting))?|go ahead with|proceed with|"
    r"go (?:for|on with)|worry about|have|do|take|use|give|start|try|need|want)\b)?",
    " against", "can", "dej", "desaconseja", "do not", "does not", "doesn", "don", "forget",
    "must",
    "keep away from", "nada de", "need not", "needn", "no hace falta", "no need ", "recomienda",
    "recommend", "should", "stay away from", "steer clear of", "will not", "won")
# Not stopping a medicine is going on with it: "don't stop the aspirin", "do not come off
# it", "no deje de tomar la aspirina" = "continue" (they had read as turning down "continue
# aspirin"); not a manner of stopping ("do not stop prednisolone suddenly": taper it)
_NOT_STOPPING = Hinted(
    r"\b(?:(?:don['’]?t|do not|must not|mustn['’]?t|should ?not|shouldn['’]?t|"
    # "no need to stop aspirin", "doesn't need to stop it" (it had differed from "continue")
    r"no need to|(?:there is |theres )?no reason to|(?:does|do) not need to|"
    r"(?:doesn|don)['’]?t need to|not necessary to)\s+"
    r"(?:stop|discontinue|come off|quit)(?:\s+taking|\s+using)?|"
    r"no (?:deje|dejar|dejes|dejen) de(?:\s+tomar|\s+usar)?|"
    r"no (?:suspenda|suspender|suspendas|suspendan))\b"
    r"(?![^.;,]*\b(?:suddenly|abruptly|all at once|straight away|cold turkey|de golpe|"
    r"bruscamente|de repente)\b)",
    "do not", "don", "must", "should", "no dej", "no susp", "no need", "no reason", "need to",
    "necessary")
# Going on with a medicine said as a permission or as a family says it: "aspirin can continue",
# "is fine to continue", "carry on with the tablets" = "continue"
_GO_ON = Hinted(r"\b(?:(?:can|may|should|is (?:fine|ok|okay|safe) to|(?:fine|ok|okay) to) "
                r"(?:continue|carry on)|carry on (?:with|taking|using))\b",
                "continue", "carry on")
# "avoid grapefruit while on simvastatin" = "no grapefruit with simvastatin" (so it denies the
# grapefruit, not the simvastatin)
_WHILE_ON = re.compile(r"\b(?:while|whilst)\s+(?:(?:you are|you're|he is|she is|they are)\s+)?"
                       r"(?:on|taking|using)\b")
# Only if all else fails: a condition, as "only if physio fails" is
_LAST_RESORT = Hinted(r"\b(?:as (?:a|the) )?last resort\b|\bcomo (?:ultimo|ultima) "
                      r"(?:recurso|opcion)\b|\bif all else fails\b", "como ultim",
                      "if all else fails", "last resort")
_PUT_OFF = Hinted(r"\b(?:hold off(?: on)?|wait before|mas adelante|mas tarde)\b", "hold off",
                  "mas adelante", "mas tarde", "wait before")
# A condition in Spanish ("cirugía solo si falla la fisioterapia"), after "si es necesario"
# and the like have become "prn".
# (Not the sacroiliac "SI joint".)
_IF_ES = Hinted(r"\b(?:solo si|si(?! joints?\b)|a menos que|en caso de que|salvo que)\b",
                "a menos que", "en caso de que", "salvo que", "si")
_SHORT_FORMS = {"w/o": " without ", "w/": " with ", "h/o": " history of "}
_SHORT_FORM = Hinted(r"\b(?:w/o|h/o|w/)(?=\s|\w|$)", "h/o", "w/")


# What frames a diagnosis without being part of it: a label ("Dx:", "Diagnosis -", "Impression:",
# "Diagnóstico:") and reported speech ("He said", "Dr Lee says it's", "El médico dice que es").
# A label's own words stay when they say something ("Provisional diagnosis:").
_FRAME = re.compile(
    r"^\s*(?:(?:final|main|primary|principal)\s+)?(?:dx|diagnosis|diagnoses|impression|"
    r"assessment|diagnostico|impresion diagnostica|juicio clinico)\s*[:\-–—]\s*"
    r"|^\s*(?:(?:he|she|they|we|the doctor|doctor|dr\.?(?:\s+[a-z]+)?|the consultant|"
    r"the specialist)\s+(?:said|says|told (?:us|me|him|her)|thinks|believes|reckons)"
    r"(?:\s+(?:that|it['’]?s|it is|it was|that it['’]?s|that it is))*"
    r"|(?:el |la )?(?:medico|medica|doctor|doctora|dr|dra)\.?(?:\s+[a-z]+)?\s+"
    r"(?:dice|dijo|cree|piensa)\s+que(?:\s+(?:es|son|tiene))?"
    r"|dice que(?:\s+(?:es|tiene))?"
    # what a test showed, as a family notes it ("the scan showed arthritis in both knees")
    r"|(?:the\s+|his\s+|her\s+|my\s+|el\s+|la\s+)?(?:scan|x-?ray|mri|ct|ct scan|ultrasound|"
    r"echo|biopsy|bloods|blood tests?|tests|results|escaner|radiografia|resonancia|ecografia|"
    r"analisis|biopsia)\s+(?:showed|shows|found|finds|says|said|muestra|mostro|dice|dijo)"
    r"(?:\s+(?:that|que))?(?:\s+(?:it['’]?s|it is|there is|there['’]?s|hay))?)\s+")


# Seeing the patient again to see how things are, however said: "follow-up", "check again",
# "see him again", "seguimiento" = "review" (in the comparison only: search keeps each word's
# own meaning, "review the scan" being no appointment).
_SEEN_AGAIN = Hinted(r"\b(?:follow[\s-]?ups?|check(?:ed)? again|re-?check|check[\s-]?ups?|r/v|f/u|"
                     r"see (?:(?:him|her|them|you|me|us) )?again|seguimiento|"
                     r"volver a (?:ver|revisar))\b", "again", "check", "f/u", "follow", "r/v",
                     "seguimiento", "volver a ")
# Who or what gets worse, where it is the patient's illness however named: "return if it gets
# worse" = "return if symptoms worsen" = "come back if you get worse" (not "if the pain gets
# worse", which names what to watch).
_WORSE_SUBJECT = Hinted(r"\b(if|when)\s+(?:it|things|(?:the |your |his |her |their )?"
                        r"symptoms|he|she|they|you|i)\s+((?:(?:gets?|getting|is getting|"
                        r"are getting|becomes?|feels?|starts? to get)\s+)?worse\b|"
                        r"worsens?\b|worsening\b)", "wors")
# What is taken out after an operation, said as families say it: "stitches out in 10 days" =
# "removal of sutures in 10 days"
_TAKEN_OUT = Hinted(r"\b(stitch(?:es)?|sutures?|staples|clips|drain|catheter|cast|plaster)\s+"
                    r"(?:taken\s+)?(?:out|off)\b", "stitch", "suture", "staples", "clips",
                    "drain", "catheter", "cast", "plaster")
# An operation said by what it does: "an operation to remove the gallbladder", "surgery to take
# out the appendix", "operar para quitar la vesícula" are the removal the table names
# ("cholecystectomy"), not an operation besides it
_OPERATION_TO = Hinted(r"\b(?:(?:an?|the|una?|la)\s+)?(keyhole\s+|laparoscopic\s+)?(?:operation|"
                       r"surgery|op|operar|operacion|cirugia|intervencion)\s+(?:to|para)\s+"
                       r"(?=(?:remove|take|quitar|extirpar)\b)",
                       "op", "surgery", "cirugia", "intervencion")
# ... or the other way round: "take out the stitches", "take the cast off", "remove the drain"
_TAKE_OUT = Hinted(r"\b(?:take|taking|remove|removing|quitar|retirar)\s+(?:out\s+|off\s+)?"
                   r"(?:the\s+|her\s+|his\s+|my\s+|your\s+|los\s+|las\s+|el\s+|la\s+)?"
                   r"(stitch(?:es)?|sutures?|staples|clips|drain|catheter|cast|plaster|puntos|"
                   r"grapas|drenaje|sonda|yeso|escayola)(?:\s+(?:out|off))?\b",
                   "take", "taking", "remov", "quitar", "retirar")
_TAKEN_OUT_ES = {"puntos": "stitches", "grapas": "staples", "drenaje": "drain",
                 "sonda": "catheter", "yeso": "cast", "escayola": "cast"}
# Seeing a doctor or nurse, and an appointment, are a review too: "see the GP in 2 weeks" = "GP
# appointment in 2 weeks" = "GP review in 2 weeks". Only before one who sees patients ("see if
# it settles" and "wait and see" stay as they are).
_SEEING = Hinted(r"\bsee (?:the |your |a |an |his |her |my |their |our )?"
                 r"(?=(?:(?:family|own|usual|regular|local) )?(?:gp|gps|"
                 r"doctor|doctors|dr|consultant|specialist|nurse|surgeon|team|midwife|"
                 r"physio\w*|[a-z]{3,}(?:ologist|iatrist|ician|ist))\b)|"
                 r"\b(?:appointment|appointments|appt|appts)\b|"
                 # "ver al médico de cabecera", "cita con la enfermera" (a specialist seen is a
                 # referral: "ver al traumatólogo")
                 r"\bver (?:al |a la |a su )(?=(?:medic[oa]|enfermer[oa]|matrona)\b)|"
                 # (not "cita con el cardiólogo": a specialist seen is a referral, below)
                 r"\bcitas?\b(?!\s+con\s+(?:el |la )?\w+(?:ologo|ologa|iatra)\b)",
                 "see ", "appt", "appointment", "ver a", "cita")


# A plan's direction in everyday words, where a plan begins with it: "Come off warfarin" is
# "Stop warfarin", "Cut down bisoprolol" "Reduce bisoprolol", "Go up on the bisoprolol"
# "Increase"; "wean off" and "taper off" are "wean" and "taper".
_KIND_OF_REACTION = {"allerg": "allergy", "alergi": "allergy", "intoleran": "intolerance",
                     "sensitiv": "sensitivity", "hypersen": "allergy"}


def _thing_first(match: re.Match[str]) -> str:
    if match.group(3) and match.group() in terms.known_names():
        return match.group()  # "alergia a los alimentos" is a name of the table as it is
    said, thing = (match.group(1), match.group(2)) if match.group(1) else (match.group(3),
                                                                           match.group(4))
    kind = next(v for k, v in _KIND_OF_REACTION.items() if said.startswith(k))
    return f"{thing} {kind}"


_DEPARTMENTS = {
    "respiratory": "respiratory medicine", "resp": "respiratory medicine",
    "chest": "respiratory medicine", "renal": "nephrology", "cardiac": "cardiology",
    "neuro": "neurology", "gastro": "gastroenterology", "haem": "hematology",
    "derm": "dermatology", "rheum": "rheumatology",
}
_EVERYDAY_DIRECTIONS = (
    # at a visit, not before it: "bloods at the next visit" against "before the next visit"
    # (the "at" had gone as a filler word, so the other read as the same made more exact)
    (re.compile(r"\b(?:at|on|during|in) (?:the |your |his |her )?(?=(?:next|following|"
                r"same) (?:visit|appointment|review|clinic|consultation|check)\b)|"
                r"\ben la (?=proxima (?:visita|cita|consulta|revision)\b)"), " during "),
    # an allergy "to" a thing is that thing's allergy: "allergic to penicillin" = "penicillin
    # allergy" (the linking "to" had made them two), an intolerance and a sensitivity the same
    # (Spanish "alergia a la penicilina" is in the table of names as it is)
    (re.compile(r"\b(allerg(?:y|ies|ic)|intoleran(?:ce|t)|sensitivity|sensitive|"
                r"hypersensitivity) to (?:the )?([a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
                r"(?=\s*(?:$|[,;.()]|\band\b|\bwith\b))"
                r"|\b(alergi(?:a|as)|alergic[oa]s?) a (?:la |el |los |las )?([a-z][\w-]*)"
                r"(?=\s*(?:$|[,;.()]|\by\b|\bcon\b))"), _thing_first),
    # going somewhere for care: "go to A&E" = "attend the ER" = "present to ED" = "acudir a
    # urgencias"
    (re.compile(r"\b(?:go|come|present|presenting) to\b|\b(?:acudir|acuda|ir) a\b"),
     " attend "),
    # a target however said: "aim for", "goal", "target of", "objetivo"
    (re.compile(r"\b(?:aim(?:ing)? (?:for|at|to keep|to get)|(?:the )?goal(?: of| is)?|"
                r"target(?: of| is)?|objetivo(?: de)?|meta(?: de)?)\b"), " target "),
    # a most is no denial: "no more than 14 units of alcohol a week" = "at most 14 units" =
    # "maximum 14 units" (its "no" had turned the advice down; before "no more" = "stop")
    (re.compile(r"\b(?:no|not) more than\b|\bno (?:mas|mayor) (?:de|que)\b|"
                r"\bnot (?:to )?exceed(?:ing)?\b|\bat (?:the )?most\b|\ba maximum of\b|"
                r"\bmaximum\b|\bcomo maximo\b|\bmaximo\b|\bmax\.?(?=\s)"), " max "),
    # a dose dropped is a dose lowered: "drop the dose to 3 mg", "warfarin dose drop to 3 mg"
    (re.compile(r"\bdrop(?:s|ped|ping)? (?:the |his |her )?(?:dose|dosage)(?: of)?\b"),
     " reduce "),
    (re.compile(r"\b(?:dose|dosage) (?:drop(?:s|ped)?|down)(?= to\b| doseto\b)"), " reduce "),
    # "the dose of" after a change says no more: "bajar la dosis de prednisolona" = "reduce
    # prednisolone"
    (re.compile(r"\b(increase|reduce|decrease|lower|raise|subir|bajar|aumentar|reducir|"
                r"disminuir) (?:the |la |el )?(?:dose|dosage|dosis) (?:of|de) "), r"\1 "),
    (re.compile(r"\b(increase|reduce|decrease|lower|raise) (?:the |his |her )?([a-z]{4,}) "
                r"(?:dose|dosage)\b"), r"\1 \2"),  # "increase the ramipril dose"
    # "insulin up by 2 units": raised by so much
    (re.compile(r"\bup by\b"), " increase by "),
    # a department by its describing word where a plan sends the patient to it: "Respiratory
    # referral", "refer to renal", "chest clinic" = the specialty ("lung specialist")
    (re.compile(r"\b(respiratory|resp|renal|cardiac|chest|neuro|gastro|haem|derm|rheum)"
                r"(?=\s+(?:referral|clinic|follow[\s-]?up)\b)"
                r"|(?<=\brefer to )(?:the\s+)?(respiratory|renal|cardiac|neuro|gastro|haem|derm|"
                r"rheum)(?=\s*(?:[,;.]|$|\s+(?:for|in|within|urgently|soon)\b))"),
     lambda m: f" {_DEPARTMENTS[m.group(1) or m.group(2)]} "),
    # the care handed back to the family doctor, however said: "Back to GP", "discharged back
    # to the GP", "discharge to the care of the GP" = "discharge to GP" (not "go back to the
    # GP if it gets worse", a visit)
    (re.compile(r"^\s*(?:sent\s+)?back to\s+(?=(?:the\s+|your\s+)?(?:gp|family doctor)\b)"
                r"|\b(?:discharged?|handed(?: over)?|transferred)(?:\s+back)?\s+to\s+"
                r"(?:the\s+|your\s+)?(?:care\s+of\s+)?(?=(?:the\s+|your\s+)?"
                r"(?:gp|family doctor)\b)"), " discharge to "),
    (re.compile(r"\b(?:dar de )?alta (?:a|al|con) (?:su )?(?=medico de (?:cabecera|familia)\b"
                r"|atencion primaria\b)"), " discharge to "),
    # discharged from a clinic or a screening: no more of it ("discharged from AAA screening" =
    # "no more AAA scans"); not "discharged home"
    (re.compile(r"\bdischarged? from(?: the)?\b|\bdado de alta de(?: la| el)?\b"), " stop "),
    (re.compile(r"^\s*(?:come|coming|get|getting|go|going|be taken) off\b|^\s*no more\b"
                r"|^\s*drop the\b"), " stop "),  # not "drop finger", "drop foot"
    # "Up the ramipril", "Halve the sertraline", "Double the bisoprolol": a plan that begins
    # with them changes a dose (with "the": "double bypass", "double vision" say no change)
    (re.compile(r"^\s*up (?:the |his |her |your )(?!dose|dosage)"), " increase "),
    # ... "up bisoprolol", "titrate up", and going on as it is: "no change to ramipril"
    (re.compile(r"^\s*up (?!(?:to|and|the|his|her|your|dose|dosage)\b)(?=[a-z])"), " increase "),
    (re.compile(r"\btitrate up\b|\bup[\s-]titrate\b"), " increase "),
    (re.compile(r"\bno change (?:to|in|of|with)\b"), " unchanged "),
    # "lower omeprazole" (not "lower back pain", "lower lobe"): a medicine's dose lowered
    (re.compile(r"^\s*lower (?:the |his |her |your )?(?:dose of )?(?=([a-z][\w-]*))"),
     lambda m: " reduce " if terms.canonical(m.group(1)) in terms.MEDICINES else m.group()),
    (re.compile(r"^\s*double (?:the |his |her |your )(?!dose|dosage)"), " increase "),
    (re.compile(r"^\s*(?:halve|half) (?:the |his |her |your )(?!dose|dosage)"), " reduce "),
    (re.compile(r"^\s*(?:(?:slowly|gradually) )?(?:cut|cutting|come|coming|go|going) down"
                r"(?: on)?(?: the)?\b"), " reduce "),
    (re.compile(r"^\s*(?:go|going|put|putting) (?:him |her |them )?up(?: on)?(?: the)?\b"),
     " increase "),
    (re.compile(r"\b(wean|weaning|taper|tapering) off\b"), r" \1 "),
    # stopped a little at a time is tapered: "dejar la sertralina poco a poco" = "wean off
    # sertraline gradually" = "taper sertraline down slowly"; the words of pace then say no more
    (re.compile(r"\b(?:stop|stopping|come off|coming off|dejar|deje|suspender|suspenda|retirar|"
                r"retire|parar|pare)\b(?=.*\b(?:slowly|gradually|poco a poco|progresivamente|"
                r"gradualmente|paulatinamente)\b)"), " taper "),
    # a part kept in an operation is a part not taken out: "hysterectomy, keep the ovaries"
    # against "remove womb and ovaries"
    (re.compile(r"\b(?:keep|keeping|preserve|preserving|conserve|conserving|spare|sparing|leave|"
                r"leaving|conservar|conservando|dejar|sin quitar|sin extirpar)\s+(?:the |her |his |"
                r"both |los |las |el |la |ambos )?(ovaries|ovary|ovarios|ovario|cervix|uterus|"
                r"utero|womb|matriz|nipples?|pezon|testicles?|testiculos?|spleen|bazo|kidneys?|"
                r"rinon|breasts?|mamas?|lymph nodes|ganglios)\b(?: in(?: place)?| intact)?"),
     r" no \1 "),
    # lowered until none is left: "until off" = "till stopped" = "hasta suspender" (an end,
    # not a stop that turns the plan down)
    (re.compile(r"\b(?:until|till|til|hasta)\s+(?:it is |it's |its )?(?:off|stopped|stopping|"
                r"finished|none|zero|suspender(?:lo|la)?|dejar(?:lo|la)?|retirar(?:lo|la)?)\b"),
     " until off "),
    # ... and a step "then stop": "reduce by 5 mg weekly then stop" (it had differed from
    # "taper 5mg every week until off", "why this treatment first?")
    (re.compile(r"\b(dosestep|taper|tapering|wean|weaning)\s*,?\s+(?:and\s+)?(?:then|y luego|"
                r"luego)\s+(?:stop|stopping|discontinue|suspender|parar)\b"), r" \1 until off "),
    (re.compile(r"\b(taper|tapering|wean|weaning) down\b"), r" \1 "),
    (re.compile(r"\b(taper|tapering|wean|weaning|reduce|reducing)((?: the| his| her)? [a-z]+) "
                r"down\b"), r" \1\2 "),  # "taper sertraline down"
    # a referral however asked for: "Refer to ortho", "Referral to cardiology", "Derivar a
    # neurología", "See a dermatologist" = "Orthopaedic referral", ... (the specialties are
    # names of the table)
    (re.compile(r"\b(?:refer|referred|referral|referir|remitir|remitido|derivar|derivado|"
                r"derivada|derivacion|interconsulta)\s+(?:him |her |them |you |me |le |la )?"
                r"(?:to|a|al|con|para)\s+(?:the |a |an |el |la |los |las )?"), " referral "),
    (re.compile(r"\b(?:(?:to )?see|be seen by|seen by|ver|ver a|ver al|que le vea|"
                r"(?:pedir |solicitar )?(?:una )?cita con)\s+"
                r"(?:a |an |the |un |una |el |la )?(?=\w+(?:ist|ian|ologo|ologa|iatra)\b)"),
     " referral "),
    # who reviews, after the review: "review by cardiology", "follow-up with the cardiologist",
    # "revisión por cardiología", "control con el cardiólogo" = "cardiology review" (the "by"
    # had stayed a word, so the two read as two plans)
    (re.compile(r"\b(review|reviewed|follow[\s-]?up|followed up|revision|control|seguimiento)"
                r"\s+(?:by|with|por|con)\s+(?:the |your |his |her |el |la |su )?"
                r"(\w+(?:ology|ologist|ologia|ologo|ologa|iatry|iatrist|iatria|iatra))\b"),
     r" \2 \1 "),
    # ... or by what the specialist sees to: "See a heart specialist", "the eye doctors", "an
    # ear nose and throat specialist", "the heart doctor" (not "see the GP", "see your doctor",
    # "the family doctor", "the same doctor": no specialist)
    (re.compile(r"\b(?:(?:to )?see|be seen by|seen by)\s+(?:a |an |the )"
                r"(?!(?:family|own|usual|regular|gp|same|general|local|duty|other|new|next|"
                r"hospital|ward|on call|treating|first|second|third)\b)"
                r"(?=(?:[a-z]+,? (?:and )?){1,4}(?:specialists?|consultants?|doctors?|team|"
                r"clinic|surgeons?)\b)"), " referral "),
)


# Sure because a sample was looked at: "biopsy-proven", "confirmed on histology",
# "confirmada por biopsia" = "confirmed"
_PROVEN = re.compile(r"\b(?:biopsy|histology|histologically|pathology|histologia)[\s-]+"
                     r"(?:proven|confirmed)\b|\b(?:confirmed|proven) (?:on|by) (?:the )?"
                     r"(?:biopsy|histology|pathology)\b|\bconfirmad[oa] (?:por|en) "
                     r"(?:la )?(?:biopsia|histologia|anatomia patologica)\b")
# What a test shows, however said: "consistent with", "in keeping with", "c/w", "compatible
# con" say no more than the finding ("not consistent with" keeps its "not")
_SHOWN_BY = re.compile(r"\b(?:consistent with|in keeping with|compatible with|c/w|"
                       r"compatible con|compatibles con)\b")
# A word one of them needs: most texts have none, and one search then spares the ~20 rewrites
# (tests/domain/test_plan_wordings.py checks that every rewrite's words are here).
_ANY_EVERYDAY_DIRECTION = re.compile(
    r"\b(?:(?:go|come|present\w*) to|(?:acud\w*|ir) a|next|following|same|proxima|allerg\w*|"
    r"alergi\w*|intoleran\w*|sensitiv\w*|hypersensitiv\w*|off|"
    r"discharged?|handed|transferred|back to|clinic|alta|aim\w*|goal|"
    r"target|objetivo|meta|no more|not more|no mas|no mayor|exceed\w*|most|max\w*|down|up|"
    r"double|halve|half|taper\w*|wean\w*|drop\w*|dose|dosage|dosis|"
    r"stop\w*|dejar|deje|suspend\w*|retir\w*|parar|pare|keep\w*|preserv\w*|conserv\w*|spar\w*|"
    r"leav\w*|sin quitar|sin extirpar|until|till|til|hasta|increase|reduce|decrease|lower|raise|"
    r"subir|bajar|aumentar|reducir|disminuir|refer\w*|remitid?[oa]?|remitir|deriva\w*|"
    r"interconsulta|see|seen|ver|vea|cita|be taken|titrate|change|(?:review\w*|follow[\s-]?up|"
    r"followed up|revision|control|seguimiento)\s+(?:by|with|por|con))\b")
_PACE = re.compile(r"\b(?:slowly|gradually|poco a poco|progresivamente|gradualmente|"
                   r"paulatinamente)\b")
_LESSENED = Hinted(r"\b(?:taper|tapering|wean|weaning|reduce|reducing|decrease|bajar|"
                   r"reducir|disminuir)\b", "bajar", "decrease", "disminuir", "reduce", "reducing",
                   "reducir", "taper", "wean")


# A position or a stretch held for so long ("hold each stretch for 30 seconds", "3 x 30 sec
# holds", "hold 5 seconds at the top"): exercise, not a medicine held back ("hold warfarin for
# 5 days" stays a pause)
_SECONDS = r"\d+\s*(?:s|secs?|seconds?|segundos?|mins?|minutes?)\b"
_HOLD_A_POSITION = Hinted(
    rf"\bhold(?:ing|s)?\b(?=(?:\s+[^\W\d_]+){{0,4}}?\s+(?:for\s+)?{_SECONDS})|"
    rf"\b{_SECONDS}\s+holds?\b|"
    r"\bhold(?:ing)?\s+(?:(?:each|the|this|that|your)\s+)?(?:stretch|position|pose|"
    r"contraction|squeeze)\b", "hold")
# Taken on another day than a medicine ("not on the methotrexate day", "on a different day to
# MTX", "not the same day as the iron"): when to take it, not a medicine turned down
_ANOTHER_DAY = Hinted(
    r"\bnot\s+on\s+(?:the\s+)?same\s+day\s+as\s+(?:the\s+|your\s+)?([a-z]+)|"
    r"\bnot\s+on\s+(?:the\s+|your\s+)?([a-z]+)\s+days?\b|"
    r"\bon\s+(?:a\s+)?(?:different|separate|another|other)\s+days?\s+(?:to|from|than)\s+"
    r"(?:the\s+|your\s+)?([a-z]+)", "day")
# Between moderate and severe, a grade of its own ("moderately severe depression", as PHQ-9
# grades it): not severe made more exact
_MODERATELY_SEVERE = Hinted(r"\b(?:moderately[\s-]+severe|moderadamente\s+(?:grave|severa?))\b",
                            "moderately", "moderadamente")
_ON_OFF_PERIOD = Hinted(r"\b(on|off)[\s-]+(?:periods?|states?|phases?)\b", "period", "state",
                        "phase")
_MACULA_ON_OFF = Hinted(r"\bmac(?:ula)?[\s-]+(on|off)\b", "mac")
_ALL_DAY = Hinted(r"\b(?:all\s+)?(?:day\s+and\s+night|night\s+and\s+day)\b|"
                  r"\b24\s+hours\s+a\s+day\b", "night", "24")
_KEEP_OUT = Hinted(r"\bkeep\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+out\s+of\b", "keep")
# (in English: the Spanish name is the table's, read by terms.canonical, which this would
# break if it rewrote it first)
_MIDRANGE = Hinted(r"\bmildly\s+reduced\b|\bmid[\s-]?range\b", "mild", "mid")
_DRUG_HOLIDAY = Hinted(r"(?:\b(?!(?:a|the|take|have|on)\b)([a-z]+)\s+)?(?:drug|treatment|"
                       r"medication)\s+holiday\b|\bholiday\s+from\b", "holiday")
_IF_TOLERATED = Hinted(r"\b(?:if|when|as)\s+(?:it\s+is\s+|it'?s\s+)?tolerated\b", "tolerated")
# Not fit for work, however a fit note says it ("signed off work for two weeks", "unfit for
# work", "off sick", "de baja", "baja laboral"): no work turned down by one doctor against the
# other's
_SIGNED_OFF = Hinted(r"\b(?:not|un)\s*fit\s+(?:for|to)\s+(?:work|return to work)\b|"
                     r"\bsigned\s+off(?:\s+(?:work|sick))?\b|\boff\s+(?:work|sick)\b|"
                     r"\b(?<!parte )(?:de\s+)?baja\s+(?:laboral|medica)\b|"
                     r"(?<!\bparte )\bde\s+baja\b", "fit", "signed", "off", "baja")
_FIT_NOTE = Hinted(r"\b(?:fit|sick|medical)\s+(?:note|certificate|cert)\b|\bmed\s?3\b|"
                   r"\bparte\s+(?:medico\s+)?de\s+baja\b", "note", "certificate", "cert",
                   "med", "parte")
# ... or at another time than it ("calcium at a different time from alendronate", "separately
# from levothyroxine"), against "together with it"
_ANOTHER_TIME = Hinted(
    r"\bat\s+(?:a\s+)?(?:different|separate|another|other)\s+times?\s+(?:of\s+(?:the\s+)?"
    r"day\s+)?(?:from|to|than)\s+(?:the\s+|your\s+)?([a-z]+)|"
    r"\b(?:separately|apart)\s+from\s+(?:the\s+|your\s+)?([a-z]+)|"
    r"\bnot\s+at\s+the\s+same\s+time\s+as\s+(?:the\s+|your\s+)?([a-z]+)",
    "time", "separately", "apart")
_SAME_TIME = Hinted(r"\b(?:together\s+with|at\s+the\s+same\s+time\s+as)\s+(?:the\s+|your\s+)?"
                    r"([a-z]+)", "together", "same")
# A test done as a screening is that test, for one purpose ("breast screening" is a screening
# mammogram, refining "mammogram"): not the screening for an illness that is no illness found
# (ONE_SIDED: "screening for bowel cancer" against "bowel cancer")
_SCREENED_BY = (r"mammogram|mammography|colonoscopy|sigmoidoscopy|computed tomography|"
                r"magnetic resonance imaging|ultrasound|endoscopy|gastroscopy|"
                r"echocardiogram|electrocardiogram|blood tests?|test")
_SCREENING_TEST = re.compile(rf"\bscreening\s+(?=(?:{_SCREENED_BY})\b)|"
                             rf"\b(?P<test>{_SCREENED_BY})\s+screening\b")
_ABSENCE_SEIZURE = Hinted(r"\babsences?(?=\s+(?:seizures?|epilepsy|epilepsies|spells?|"
                         r"attacks?|fits?|status|type)\b)|(?<=typical )absences?\b|"
                         r"\bcrisis\s+de\s+ausencias?\b|\bausencias?(?=\s+(?:tipicas?|"
                         r"atipicas?)\b)", "absence", "ausencia")
# A decision not to attempt resuscitation, however written: "DNACPR", "DNAR", "DNR", "do not
# attempt cardiopulmonary resuscitation", "not for resus" (not a plan turned down by one side)
_NO_RESUSCITATION = Hinted(
    r"\b(?:dnacpr|dnar|dnr)\b(?:\s+(?:order|form|decision))?|"
    r"\b(?:do\s+not|don'?t|not\s+to)\s+(?:attempt\s+)?(?:cardio\s*pulmonary\s+)?"
    r"(?:resuscitat(?:e|ion)|resus|cpr)\b(?:\s+(?:order|form|decision))?|"
    r"\bnot\s+for\s+(?:resuscitation|resus|cpr)\b|\bno\s+cpr\b",
    "dnacpr", "dnar", "dnr", "resus", "cpr")


# A purpose, however said, is what the treatment keeps away: "to prevent a stroke", "to lower
# the risk of stroke", "so you don't have a stroke", "for stroke prevention", "para evitar un
# ictus" -> "prevent a stroke" (each had read as another plan, and "so you don't" or "to
# avoid" as one doctor turning a treatment of the stroke down). Keeping a treatment away ("to
# avoid surgery", "to prevent an admission") is "to avoid" it: a plan turned down, against
# the other doctor's "surgery".
_INTERVENTION = (r"(?=(?:an?\s+|the\s+|any\s+)?(?:surgery|operation|op|operating|amputation|"
                 r"admission|hospital|hospitali[sz]ation|dialysis|transfusion|intubation|"
                 r"ventilation|transplant|chemo(?:therapy)?|radiotherapy|steroids?|insulin|"
                 r"stent|icu|itu|c-?section|caesarean|cesarean|cirugia|operacion|ingreso|"
                 r"dialisis|trasplante)\b)")
_PURPOSE_VERB = Hinted(
    r"\b(?:(?:in\s+order\s+|so\s+as\s+)?to|para)\s+(?:help\s+)?(?:prevent|avoid|ward\s+off|"
    r"guard\s+against|protect\s+(?:(?:you|him|her|them|the\s+baby)\s+)?(?:against|from)|"
    r"(?:lower|reduce|cut|decrease)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?"
    r"(?:risk|chances?)\s+of|prevenir|evitar|"
    # "to stop another heart attack": what stopping a thing to come means
    r"stop\s+(?=(?:another|a\s+second|a\s+further|further|future|more|recurrent|repeat)\b))",
    "preven", "avoid", "ward", "guard", "protect", "risk", "chance", "evitar", "stop")
# ... and a second one of it: "to stop another heart attack" = "to prevent a second heart
# attack" = "to prevent a further heart attack"
_ANOTHER_ONE = Hinted(r"(?<=prevent )\s*(?:a\s+second|a\s+further|a\s+new|a\s+repeat|"
                      r"further|recurrent|repeat|more|another)\b",
                      "second", "further", "new", "repeat", "recurrent", "more", "another")
_PURPOSE_SO_NOT = Hinted(
    r"\bso\s+(?:that\s+)?(?:you|he|she|they|we|i|it|the\s+baby|baby)\s+"
    r"(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|won['’]?t|will\s+not|wouldn['’]?t|"
    r"would\s+not|never)\s+(?:(?:get|have|develop|catch|suffer(?:\s+from)?|go\s+into|"
    r"end\s+up\s+with)\b)?"
    r"|\bpara\s+que\s+no\s+(?:(?:le|te|se|les)\s+)?(?:(?:de|den|tenga|tengas|tengan|haya|"
    r"sufra|coja|vuelva\s+a\s+tener)\b)?",
    "so", "para")
_PURPOSE_NOUN = Hinted(
    r"\b(?:(?:for|as|como|para)\s+)?(?:prophylaxis|prevention|profilaxis|prevencion)\s+"
    r"(?:of|against|for|de|contra)\b"
    r"|\b(?:for|as)\s+(?!(?:the|a|primary|secondary)\b)([a-z0-9-]+(?:\s+(?!(?:the|a)\b)"
    r"[a-z0-9-]+)?)\s+(?:prophylaxis|prevention)\b"
    r"|\b(?!(?:for|as|the|a|primary|secondary)\b)([a-z0-9-]+)\s+prophylaxis\b"
    # "to lower infection risk", "to cut the stroke risk"
    r"|\bto\s+(?:lower|reduce|cut|decrease)\s+(?:the\s+|your\s+|his\s+|her\s+)?"
    r"(?!(?:the|your|his|her|a)\b)([a-z-]+(?:\s+(?!risk\b)[a-z-]+)?)\s+risk\b",
    "prophylaxis", "prevention", "profilaxis", "prevencion", "risk")


_AN_INTERVENTION = re.compile(r"\s*" + _INTERVENTION)


def _purpose(match: re.Match[str]) -> str:
    thing = next((g for g in match.groups() if g), "")
    if thing:
        return f" {_kept_away(thing)}{thing} "
    return f" {_kept_away(match.string[match.end():])}"


def _kept_away(after: str) -> str:
    """What a purpose is said as, by what it keeps away (the words ``after`` it)."""
    return "to avoid " if _AN_INTERVENTION.match(after) else f"{_KEEPS_AWAY} "


def _said_plainly(text: str) -> str:
    """Doubt, a plan turned down or put off, a condition, "as needed" and an order of
    treatments, however written (above), as the words the rules compare (``text`` already
    folded)."""
    text = _FRAME.sub("", text)
    # (each a Hinted pattern: tried only where a word it needs is, most texts having none)
    text = _PURPOSE_VERB.sub(_purpose, _PURPOSE_NOUN.sub(_purpose, _PURPOSE_SO_NOT.sub(
        _purpose, text)))
    text = _ANOTHER_ONE.sub(" another ", text)
    # a stretch held for so long is kept, not a medicine held back
    text = _HOLD_A_POSITION.sub(lambda m: m.group().replace("hold", "keep"), text)
    # taken apart from another medicine, or together with it, or on another day than it
    text = _ANOTHER_TIME.sub(lambda m: f" anothertime {next(g for g in m.groups() if g)} ", text)
    text = _SAME_TIME.sub(r" sametime \1 ", text)
    text = _ANOTHER_DAY.sub(lambda m: f" anotherday {next(g for g in m.groups() if g)} ", text)
    text = _MIDRANGE.sub(" intermediate ", text)  # an ejection fraction mildly reduced
    text = _MODERATELY_SEVERE.sub(" moderatelysevere ", text)
    text = _ON_OFF_PERIOD.sub(lambda m: f" {m.group(1)}period ", text)  # Parkinson's on, off
    text = _MACULA_ON_OFF.sub(lambda m: f" macula{m.group(1)} ", text)  # "macula-on", "mac off"
    text = _ALL_DAY.sub(" dayandnight ", text)
    text = _KEEP_OUT.sub(r" avoid \1 in ", text)  # "keep water out of the eye" = "avoid water in"
    text = _DRUG_HOLIDAY.sub(lambda m: f" pause {m.group(1) or ''} ", text)  # a pause
    text = _IF_TOLERATED.sub(" as tolerated ", text)  # paces a plan, does not put it off
    text = _SIGNED_OFF.sub(" signedoff ", _FIT_NOTE.sub(" fitnote ", text))  # a fit note's words
    text = _ABSENCE_SEIZURE.sub("absencetype", text)  # a kind of seizure, not a denial
    text = _NO_RESUSCITATION.sub(" dnacpr ", text)  # the decision, one way of saying it
    if "prov" in text or "confirm" in text:
        text = _PROVEN.sub(" confirmed ", text)
    if "with" in text or "c/w" in text or "compatib" in text:
        text = _SHOWN_BY.sub(" ", text)
    if _ANY_EVERYDAY_DIRECTION.search(text):  # one search, where most texts have none of them
        for pattern, plainly in _EVERYDAY_DIRECTIONS:
            text = pattern.sub(plainly, text)
    if _LESSENED.search(text):  # "taper slowly" says no more than "taper"
        text = _PACE.sub(" ", text)
    if "nothing" in text or "nada" in text or "sinister" in text:
        text = _NOTHING_MALIGNANT.sub(_nothing_malignant, text)
    if any(word in text for word in ("as per", "accord", "depending", "guided", "adjusted",
                                      "dosed", "segun")):
        text = _GUIDED_BY.sub(" accordingto ", text)
    if "spread" in text or "extendido" in text or "disemin" in text or "extension" in text:
        text = _NOT_SPREAD.sub(" no metastases ", text)
    if _ANY_NEXT_STEP.search(text):
        for pattern, plainly in _NEXT_STEPS:
            text = pattern.sub(plainly, text)
    if any(word in text for word in ("most likely", "most probabl", "looks ", "seems ", "sure",
                                      "confident", "almost certain", "likelihood",
                                      "high blood", "high bp", "bad ")):
        for pattern, plainly in _SURE_AS_SAID:
            text = pattern.sub(plainly, text)
    if "might" in text or "may" in text or "could" in text:
        text = _THINK_IT_MIGHT.sub(" ", text)  # "they think it might be gout": might be gout
    if "ruled" in text or "excluded" in text or "rule out" in text:
        text = _WHO_RULED_OUT.sub(" ", text)  # "they ruled out cancer": ruled out cancer
    if text.startswith(("it", "this")):
        text = _IT_IS.sub("", text)  # "it's not a stroke": not a stroke
    if "waiting" in text:
        text = _WAITING_FOR.sub(" awaiting ", text)  # "waiting for biopsy results"
    text = _STILL_POSSIBLE.sub(" possible ", text)
    text = _TO_RULE_OUT.sub(" rule ", text)
    if "w/w" in text:  # watchful waiting, before "w/" is read as "with"
        text = text.replace("w/w", " watchful waiting ")
    text = _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group()], text)
    if "whil" in text:
        text = _WHILE_ON.sub(" with ", text)
    text = _GO_ON.sub(" continue ", _NOT_STOPPING.sub(" continue ", text))
    text = AS_NEEDED.sub(" prn ", _PUT_OFF.sub(" later ", _TURNED_DOWN.sub(" not ", text)))
    text = _IF_ES.sub(" if ", _LAST_RESORT.sub(" if ", text))
    text = _WORSE_SUBJECT.sub(r"\1 \2", text)
    text = _THEN.sub(" then ", text)
    text = _SEEN_AGAIN.sub(" review ", text)
    text = _SEEING.sub(" review ", text)
    text = _TAKE_OUT.sub(lambda m: f"removal of {_TAKEN_OUT_ES.get(m[1], m[1])}",
                         _TAKEN_OUT.sub(r"\1 removal", text))
    # (keyhole surgery to remove it is its laparoscopic removal)
    text = _OPERATION_TO.sub(lambda m: "laparoscopic " if m.group(1) else "", text)
    if not _QUESTION_MARK.search(text):
        return text
    # one doubt however many marks ("¿Neumonía?", "sarcoid??"), as "suspected" says it once
    return _QUESTION_MARK.sub(" ", text) + " query "


# A span of the spine written short or long: "L4-5", "L4/L5", "L4–L5", "L5-S1", "C5-6" ("L4 on
# L5", as a slipped vertebra is written),
# "T12-L1" are one value of a level ("level l4l5"), so the ways of writing it agree and two
# spans differ. Only numbers the spine has (C1-8, T1-12, L1-6, S1-5), and a "T" span only past
# TNM's T4 or into another letter ("T11-12", "T12-L1"): "T2-3" is a tumour's size.
_SPINE_SPAN = re.compile(r"\b([clst])(\d{1,2})\s*(?:-|–|—|/|to|on)\s*(?:([clst])\s*)?(\d{1,2})\b")
_SPINE_LEVELS = {"c": 8, "t": 12, "l": 6, "s": 5}
_SPINE_PART_OF_LEVEL = {"c": "cervical", "t": "thoracic", "l": "lumbar"}


# Spanish "secundaria a" (caused by): "to" then says the order matters, as in English.
_SECONDARY_TO = re.compile(r"\bsecundari[oa]s? a\b")

# A condition and its cause, however linked: "heart failure due to a heart attack" = "... secondary
# to MI" = "... caused by ..." = Spanish "por" (read "due"); "from" too ("stroke from a clot"),
# but not "from ... to" (a change, a spread). The cause stays after the link, so "kidney disease
# secondary to anaemia" still differs from the other way round. Not in a cancer's name, where
# "secondary" is a spread ("liver cancer due to hepatitis B" is a primary cancer).
_CAUSE_LINK = Hinted(r"\b(?:due(?: to)?|caused by|because of|as a result of|resulting from|"
                     r"owing to|brought on by|triggered by|secondary to|"
                     r"from(?!(?: \w+){0,5} to\b))\b", "as a result of", "because of",
                     "brought on by", "caused by", "due", "from", "owing to", "secondary to",
                     "triggered by")
_MALIGNANT = re.compile(r"\b(?:" + "|".join(sorted(MALIGNANT_WORDS)) + r"|metasta\w*|cancers?)\b")
# A cause that has its adjective: "pneumonia caused by bacteria" = "bacterial pneumonia",
# "cirrosis por el alcohol" = "alcoholic cirrhosis" (no link word left, so in either order).
_CAUSE_ADJECTIVES = (
    (re.compile(r"\bsecondary to (?:(?:a|an|the|some|el|la|los|las|un|una) )?"
                r"(?:bacteria|bacterium|bacterias|bacterial infection)\b"), " bacterial "),
    (re.compile(r"\bsecondary to (?:(?:a|an|the|some|el|la|los|las|un|una) )?"
                r"(?:virus|viruses|viral infection)\b"), " viral "),
    (re.compile(r"\bsecondary to (?:(?:the|el|drinking|too much) )?"
                r"(?:alcohol|drinking|alcohol use|alcohol abuse|heavy drinking)\b"),
     " alcoholic "),
)


# Diabetes' own complications (ICD-10-CM reads "with" after diabetes as the link): named beside
# diabetes or as caused by it they are the diabetic ones, "type 2 diabetes with neuropathy" =
# "diabetic neuropathy, type 2 diabetes", "retinopathy due to diabetes" = "diabetic retinopathy"
_DIABETIC_OWN = (r"(?:(?:peripheral|painful|autonomic|proliferative|non proliferative|"
                 r"nonproliferative|background)\s+)?"
                 r"(?:neuropathy|polyneuropathy|retinopathy|nephropathy|maculopathy|"
                 r"macular (?:oedema|edema)|gastroparesis|amyotrophy|ketoacidosis|foot ulcers?|"
                 r"(?:chronic )?kidney disease)")
_DIABETES_NAME = r"(?:type \w+ )?diabetes(?: mellitus)?"
_BESIDE_DIABETES = re.compile(rf"\b({_DIABETES_NAME})\s*(,|\bwith\b|\band\b)\s*(?!diabetic\b)"
                              rf"(?=({_DIABETIC_OWN})\b)")
_CAUSED_BY_DIABETES = re.compile(rf"\b({_DIABETIC_OWN})\s+secondary to\s+(type \w+ )?"
                                 r"diabetes(?: mellitus)?\b")


def _diabetes_own(text: str) -> str:
    # (a list, "with" said as a comma: "diabetes with diabetic neuropathy" would read as one
    # diagnosis said more exactly than "diabetes, diabetic neuropathy")
    text = _BESIDE_DIABETES.sub(
        lambda m: f"{m.group(1)}{',' if m.group(2) == 'with' else ' ' + m.group(2)} diabetic ",
        text)
    return _CAUSED_BY_DIABETES.sub(
        lambda m: f"diabetic {m.group(1)}"
        + (f", {m.group(2)}diabetes mellitus" if m.group(2) else ""), text)


def _caused_by(text: str) -> str:
    text = " ".join(_CAUSE_LINK.sub(" secondary to ", text).split())
    for pattern, adjective in _CAUSE_ADJECTIVES:
        text = pattern.sub(adjective, text)
    return text


def _spine_span(match: re.Match[str]) -> str:
    letter, first, second_letter, second = match.groups()
    second_letter = second_letter or letter
    on_the_spine = (0 < int(first) <= _SPINE_LEVELS[letter]
                    and 0 < int(second) <= _SPINE_LEVELS[second_letter])
    tumour_size = letter == "t" == second_letter and int(first) <= 4
    if not on_the_spine or tumour_size:
        return match.group(0)
    # a level says its part of the spine ("L4-L5" is lumbar, as "lumbar disc herniation" says)
    region = _SPINE_PART_OF_LEVEL.get(letter, "") if second_letter in (letter, "s") else ""
    return f" level {letter}{first}{second_letter}{second} {region} "


# Whose body it is says nothing of what is wrong with it: "my dad's heart attack" is a heart
# attack, "(our little boy)" after a diagnosis adds nothing to it.
_FAMILY = ("dad|father|mum|mom|mother|son|daughter|boy|girl|baby|husband|wife|brother|sister|"
           "grandma|grandpa|grandmother|grandfather|child|kid|partner|padre|madre|papa|mama|"
           "hijo|hija|esposo|esposa|marido|mujer|abuelo|abuela|nino|nina|bebe|hermano|hermana|"
           # the wider family, and children by their place among them
           "aunt|auntie|uncle|niece|nephew|cousin|grandson|granddaughter|grandchild|stepson|"
           "stepdaughter|eldest|oldest|youngest|little one|tia|tio|sobrino|sobrina|primo|prima|"
           "nieto|nieta|suegro|suegra|nena|nene")
_OWNERS = "my|his|her|their|your|our"
_OWNERS_ES = "mi|su|tu|nuestro|nuestra"
# What a family calls its own ("Grandad has gout", "Nan: diabetes"), more words for kin in the
# possessive ("Pops' knee", "the toddler's rash") and kin in the plural ("the kids' asthma")
_CALLED = "grandad|granddad|gran|granny|nan|nana|mummy|daddy"
_KIN_POSSESSIVE = (f"{_CALLED}|nanna|pop|pops|gramps|grampa|little one|newborn|infant|toddler|"
                   "teenager|teen")
_KIN_PLURAL = "kids|children|twins|grandchildren|grandkids|boys|girls"
_OWNER_AND_KIN = Hinted(rf"(?:\b(?:{_OWNERS}|{_OWNERS_ES})\s+"
                        rf"(?:(?:little|old|baby|pequen[oa])\s+)?(?:{_FAMILY})(?:['’]s)?\b"
                        # "Dad's", "the baby's", "Grandad's", "the kids'": kin named with the
                        # possessive alone
                        rf"|\b(?:{_FAMILY}|{_KIN_POSSESSIVE})['’]s\b"
                        rf"|\b(?:{_KIN_PLURAL})['’]"
                        # "Dad has gout", "mi padre tiene diabetes": whose it is, then "has"
                        rf"|^\s*(?:(?:{_OWNERS}|{_OWNERS_ES})\s+)?(?:{_FAMILY}|{_CALLED})\s+"
                        r"(?=(?:has|have|tiene|tienen)\b)"
                        # "Dad: Conn's syndrome", "Mum - iritis", "el tío: dengue": whose it is,
                        # then a colon or a dash (not "Mama:", the breast in Spanish)
                        rf"|^\s*(?:(?:{_OWNERS}|{_OWNERS_ES}|the|el|la)\s+)?"
                        rf"(?!mama\b)(?:{_FAMILY}|{_CALLED})\s*(?::|\s[-–—])\s+)",
                        *words_of(_FAMILY, _KIN_POSSESSIVE, _KIN_PLURAL))
# Spanish says whose it is after the name: "las paperas de mi hijo", "la artritis de mi
# abuela", and without "mi" at the end: "las paperas del niño" (not inside a name: "síndrome
# del niño sacudido"). The comma that set it apart goes with it.
_KIN_AFTER = Hinted(rf"\b(?:(?:de|del)\s+(?:{_OWNERS_ES})\s+"
                    rf"(?:(?:pequen[oa])\s+)?(?:{_FAMILY})\b\s*,?"
                    # ("de la mama" is of the breast: "cáncer de la mama")
                    rf"|(?:del|de\s+la)\s+(?!mama\b)(?:{_FAMILY})\s*(?:$|,|(?=\()))"
                    # "de papá", "de mami": the names a child calls them take no article
                    # (not "de mamá", which reads as "de mama", of the breast, once folded)
                    rf"|de\s+(?:papa|papi|mami)\s*(?:$|,|(?=\())", "de")
# A relative's own name after the word for them ("my nephew Nico's", "Uncle Ray's", "baby
# Leo's", "little Alfie's", "de mi prima Marta"): the name says whose it is, as the word does.
# Only after a word for a relative, never after "my" alone ("my Crohn's"), and never a word of
# the table of names ("Down", "Graves").
_KIN_WORDS = rf"(?:{_FAMILY}|grandad|granddad|gran|granny|nan|nana|nanna|pop|little)"
_KIN_AND_NAME = re.compile(
    rf"\b(?i:({_KIN_WORDS}))\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=['’]s?\b|(?<=s)['’])")
_KIN_AND_NAME_ES = re.compile(
    rf"\b(?i:((?:mi|su|tu|nuestr[oa]|del?|de la|el|la)\s+(?:{_KIN_WORDS}|tita|tito)))"
    r"\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?=\s*(?:$|[,;.)]))")


# A person's own name alone, first, with the possessive ("Emma's shin splints", "Jack's
# irritable hip"): whose it is. Only a common first name (``given_names``), never a word or an
# eponym of the table, and only before a name of the table that is more than a kind of thing
# ("fracture", "disease"): "Addison's disease" and "Jones fracture" keep their eponyms.
_NAME_FIRST = re.compile(r"^\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+(?=\w)")


def _own_name_first(match: re.Match[str]) -> str:
    name = terms.fold_letters(match.group(1).casefold())
    if name not in GIVEN_NAMES or name in _table_words() or name in terms.eponyms():
        return match.group(0)
    rest = match.string[match.end():]
    named = terms.names_in(rest) - terms.KIND_WORDS
    return " " if named else match.group(0)


def _without_own_names(text: str) -> str:
    def kin_only(match: re.Match[str]) -> str:
        name = terms.fold_letters(match.group(2))
        if name in _table_words():
            return match.group(0)
        kin = match.group(1)
        return "little one" if kin.casefold() == "little" else kin
    text = _NAME_FIRST.sub(_own_name_first, text, count=1)
    if any(mark in text for mark in _POSSESSIVE_HINTS):  # a name needs its possessive
        text = _KIN_AND_NAME.sub(kin_only, text)
    return _KIN_AND_NAME_ES.sub(kin_only, text)


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """Every word of the table's names, but for a word that only ever follows a single letter
    ("ray" of "x ray", "cell" of "t cell"): "Uncle Ray's" is a man's name."""
    words: set[str] = set()
    for name, others in terms.SYNONYMS.items():
        for one in (name, *others):
            split = one.split()
            words.update(word for before, word in zip(["", *split[:-1]], split, strict=True)
                         if len(before) != 1)
    return frozenset(words)


_OWNER = Hinted(rf"\b(?:{_OWNERS})\b", "my", "his", "her", "their", "your", "our")
_KIN_ONLY = re.compile(rf"^(?:\s|\b(?:the|a|little|old|{_FAMILY})\b)*$")
_BRACKETS = re.compile(r"\(([^()]*)\)")


# Who said the name, inside the brackets after it: "(cardiologist said 'MR')", "(the GP called
# it shingles)", "(así lo llamaban antes)": what is left is the name again, or nothing.
_WHO_SAID = (
    r"\b(?:(?:the|my|her|his|our|their|el|la|su|mi)\s+)?"
    r"(?:doctor|doc|dr|gp|consultant|specialist|surgeon|nurse|physio|[a-z]+ist|[a-z]+ician|"
    r"medico|medica)\s+(?:said|says|called it|calls it|called|calls|wrote|writes|put it|dijo|"
    r"dice|lo llamo)\b")
_REPORTED = re.compile(
    _WHO_SAID +
    r"|\b(?:they|he|she|doctors|lo|la)\s+(?:call|called|calls|llaman|llamaban|llamo)(?:\s+it)?\b"
    r"|\b(?:also called|aka|a k a|so called|the old name|old name)\b"
    r"|\b(?:asi|como)\s+(?:lo|la|le)\s+(?:llamaban|llaman|llamaba|llama|decian|dicen)"
    r"(?:\s+antes)?\b")


def _without_restatements(text: str) -> str:
    """Words in brackets that only say again what the text around them says ("myocardial
    infarction (MI)", "BPH (benign prostatic hyperplasia)") or whose it is ("(our little boy)")
    are left out; anything they add is kept ("(left)", "(no metastases)")."""
    if "(" not in text:
        return text
    around = set(terms.canonical(_BRACKETS.sub(" ", text)).split())

    def kept(match: re.Match[str]) -> str:
        inner = _OWNER.sub(" ", _REPORTED.sub(" ", match.group(1)))
        words = set(terms.canonical(inner).split()) - FILLER
        if not words or words <= around or _KIN_ONLY.match(inner) or _initials_of(
                inner.strip(), text[:match.start()]):
            return " "
        return match.group(0)

    return _BRACKETS.sub(kept, text)


def _initials_of(letters: str, before: str) -> bool:
    """Whether ``letters`` are the first letters of the words just before them: "(IIH)" after
    "idiopathic intracranial hypertension", "(NHL)" after "non-Hodgkin lymphoma"."""
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    words = re.findall(r"[^\W\d_]+", before)
    # with its little words or without them ("intrahepatic cholestasis of pregnancy (ICP)")
    for kept in (words, [w for w in words if w not in _LITTLE]):
        if len(kept) >= len(letters) and "".join(
                w[0] for w in kept[-len(letters):]) == letters:
            return True
    return False


_LITTLE = frozenset({"of", "the", "and", "in", "de", "del", "la", "el", "y", "en"})


_SIDE = Hinted(r"\b(left|right|bilateral)\s+", "bilateral", "left", "right")


# The part of the body a name already says: "otitis externa of the right ear" is "otitis
# externa" on the right, "pink eye in both eyes" conjunctivitis in both, "athlete's foot between
# her toes" athlete's foot. Only outside the name itself ("shoulder adhesive capsulitis").
_IMPLIED_PARTS: dict[str, frozenset[str]] = {
    name: frozenset(parts.split()) for name, parts in (
        ("pneumonia", "lung lungs pulmon pulmones"),
        ("otitis externa", "ear ears oido oidos"),
        ("otitis media", "ear ears oido oidos"),
        ("conjunctivitis", "eye eyes ojo ojos"),
        ("amblyopia", "eye eyes ojo ojos"),
        ("cataract", "eye eyes ojo ojos"),
        ("hordeolum", "eye eyes lid eyelid eyelids ojo ojos parpado"),
        ("tinea pedis", "foot feet toe toes pie pies dedo dedos"),
        ("hallux valgus", "foot feet toe pie pies dedo"),
        ("peritonsillar abscess", "throat garganta"),
        ("tonsillitis", "throat garganta"),
        ("bell palsy", "face facial cara"),
        ("trigeminal neuralgia", "face facial cara"),
        ("hyperopia", "eye eyes ojo ojos"), ("myopia", "eye eyes ojo ojos"),
        ("astigmatism", "eye eyes ojo ojos"), ("presbyopia", "eye eyes ojo ojos"),
        ("invasive ductal breast cancer", "breast breasts mama mamas"),
        ("invasive lobular breast cancer", "breast breasts mama mamas"),
        ("lateral epicondylitis", "elbow arm codo brazo"),
        ("carpal tunnel syndrome", "wrist wrists hand hands muneca munecas mano manos"),
        ("shoulder adhesive capsulitis", "shoulder hombro"),
        ("adhesive capsulitis", "shoulder hombro"),  # a frozen shoulder, however named
        ("anterior uveitis", "eye eyes ojo ojos"), ("pterygium", "eye eyes ojo ojos"),
        ("calcaneal apophysitis", "heel heels talon talones"),
        ("medial tibial stress syndrome", "leg legs shin shins pierna piernas espinilla"),
        ("baker cyst", "knee knees behind rodilla detras"),
        ("nasolacrimal duct obstruction", "eye eyes ojo ojos"),
        ("dupuytren contracture", "hand hands palm mano manos palma"),
        ("anterior cruciate ligament tear", "knee knees rodilla rodillas"),
        ("anterior cruciate ligament", "knee knees rodilla rodillas"),
        # (6 December: "tinnitus in both ears", "hydronephrosis of the left kidney", "right eye
        # retinal detachment" had read as one said more than "bilateral tinnitus", ...)
        ("tinnitus", "ear ears oido oidos"),
        # ("Mild sensorineural hearing loss in both ears" had said more than "Hipoacusia
        # neurosensorial leve bilateral")
        ("hearing loss", "ear ears oido oidos"),
        ("hydronephrosis", "kidney kidneys rinon rinones"),
        ("retinal detachment", "eye eyes ojo ojos"),
        ("macular degeneration", "eye eyes ojo ojos"),
        ("age related macular degeneration", "eye eyes ojo ojos"),
    )
}
_ONE_SIDE = Hinted(r"\b(left|right)\s+one\b", "one")  # "frozen shoulder - the left one"


@lru_cache(maxsize=1)
def _kinds() -> tuple[NameIndex, dict[str, list[str]]]:
    """The table's kinds: every narrower name, and each one's broader names, nearest first."""
    ancestors = {child: terms.broader_names(child)
                 for child in (*terms.KINDS, *terms.ALSO_KIND_OF)}
    # ... and in the words a name is compared in ("aortic stenosis" as "aorta stenosis"), for a
    # name found only once its words are reordered ("stenosis, aortic": _orders)
    for child, broader in list(ancestors.items()):
        if (read := _adjectives_as_parts(child)) != child:
            ancestors.setdefault(read, [_adjectives_as_parts(name) for name in broader])
    return NameIndex(ancestors), ancestors


def _adjectives_as_parts(name: str) -> str:
    """A name with a bone's or an organ's describing word as the part ("renal" as "kidney"),
    as ``_word_forms`` reads each word."""
    return " ".join(_PART_ADJECTIVES.get(word, word) for word in name.split())


_EYES_AND_EARS = frozenset({"eyes", "ears"})


def _with_broader_names(text: str) -> str:
    """The text with the broader conditions a narrower name in it is a kind of ("glioblastoma"
    -> "glioblastoma brain tumor"), each word once, so the broader name is refined by it."""
    names, ancestors = _kinds()
    if not names.holds(text):
        return text
    words = set(re.findall(r"\w+", text))  # "stenosis," is the word "stenosis"
    # (nor an eye or an ear the text names in the plural: "one drop in both eyes" is not to gain
    # "eye" from "glaucoma eye drops" where "... en ambos ojos", read "eye", gains nothing)
    words |= {w[:-1] for w in words & _EYES_AND_EARS}

    def with_kinds(found: str) -> str:
        # beside the name, so they are in its clause: "dejar el ibuprofeno ya, de golpe" stops
        # the anti-inflammatory too, not only the ibuprofen; once for each name that is of the
        # kind, so that the words do not depend on which name comes first ("ramipril,
        # bisoprolol" and "bisoprolol, ramipril" are each an antihypertensive)
        added: list[str] = []
        for broader in ancestors[found]:
            for word in broader.split():
                if word not in words and word not in FILLER and word not in added:
                    added.append(word)
        return " ".join((found, *added))
    return names.sub(with_kinds, text)


def _without_implied_parts(text: str) -> str:
    """The text without the body parts its names already say (``_IMPLIED_PARTS``), and without
    the "between" that led to one ("between her toes")."""
    for name, parts in _IMPLIED_PARTS.items():
        found = re.search(rf"\b{name}\b", text) if name in text else None
        if found is None:
            continue
        outside = text[:found.start()].split() + text[found.end():].split()
        kept = [w for w in outside if w not in parts]
        if len(kept) != len(outside):
            before = [w for w in text[:found.start()].split() if w not in parts]
            after = [w for w in text[found.end():].split()
                     if w not in parts and w not in ("between", "entre")]
            text = " ".join((*before, name, *after))
    return text


_ANY_WORD = re.compile(r"\w+")


def _named_once(text: str) -> str:
    """A name of the table said twice, its lay name and the doctor's ("runner's knee - physio
    wrote PFPS"), counted once."""
    words = _ANY_WORD.findall(text)
    if len(set(words)) == len(words):
        return text  # (a name said twice has its first word twice: none to look up)
    for name in terms.names_in(text):
        if " " in name and text.count(name) > 1:
            first = re.search(rf"\b{re.escape(name)}\b", text)
            if first is not None:
                text = text[:first.end()] + re.sub(rf"\b{re.escape(name)}\b", " ",
                                                   text[first.end():])
    return text


def _canonical_apart_from_sides(text: str) -> str:
    """The text in the table's terms, a side written inside a name read apart from it: "stone
    in the left kidney" is "nephrolithiasis" on the left, as "left kidney stone" is. Only
    without linking words, where the order of the words carries meaning."""
    whole = terms.canonical(text)
    sides = _SIDE.findall(whole)
    if not sides:
        return whole
    without = _SIDE.sub("", whole)
    if LINKING & set(without.split()):
        return whole
    apart = terms.canonical(without)
    if apart == without:  # no name was hiding behind the side
        return whole
    return " ".join((apart, *sides))


# "Mamá:" (with its accent, or "mami") says whose it is; "mama", the breast, stays.
# An organ as a note's heading, and what was said of it ("Thyroid: underactive", "Kidneys:
# failing"): one name, as "underactive thyroid" is (other headings, "Diagnosis:", "Mum:",
# stay apart from what follows them)
_HEADING_COLON = re.compile(r"^\s*((?:thyroid|heart|kidneys?|liver|lungs?|prostate|bladder|"
                            r"bowels?|stomach|tiroides|corazon|rinon(?:es)?|higado|pulmon(?:es)?|"
                            r"vejiga|estomago)):\s")
_MOTHER_FIRST = Hinted(r"^\s*(?:mamá|mami)\s*(?::|\s[-–—])\s+", "mam")
# Who said it, anywhere in the text ("jock itch, the GP said", "runner's knee - physio wrote
# PFPS"): the name is what was said, not who said it.
_SAID_BY = Hinted(_WHO_SAID,
                  "said", "says", "call", "wrote", "writes", "put it", "dijo", "dice", "llamo")
# When it began, not what it is: "last week", "two weeks ago", "la semana pasada", "hace tres
# dias", "since starting cross-country". Only the past: "this week" and "este invierno" may say
# how soon a plan is to happen ("Surgery this week"), which counts.
_UNIT_EN = r"(?:week|weekend|month|year|winter|summer|spring|autumn|fall|night|term|holiday)s?"
_UNIT_ES = r"(?:semana|fin de semana|mes|ano|invierno|verano|otono|primavera|noche|curso)"
_WHEN = re.compile(
    rf",?\s*\b(?:(?:last|past|previous)\s+{_UNIT_EN}"
    rf"|(?:a|an|one|two|three|four|five|six|few|couple of|\d{{1,2}})\s+"
    rf"(?:days?|weeks?|months?|years?)\s+ago"
    rf"|yesterday|(?:el|la)\s+{_UNIT_ES}\s+pasad[oa]"
    rf"|ayer|hace\s+(?:un|una|unos|unas|dos|tres|\d{{1,2}})\s+(?:dias?|semanas?|meses|mes|anos?))\b"
    r"|,?\s*\bsince\s+(?:starting|beginning|(?:he|she|they)\s+(?:started|began))\b[^,;()]*")
# A heart attack, a stroke or a clot said to have been a year or more ago, or some months ago,
# is one of the past ("Heart attack last year" = "Old MI": ICD-10-CM counts an infarction as
# acute for four weeks, then as old); one days or weeks ago may still be the present one, and
# is read as before (when it began, _WHEN)
_PAST_EVENT = re.compile(
    r"\b(?:heart attacks?|myocardial infarction|mi|stemi|nstemi|infarto(?: de miocardio)?|"
    r"strokes?|cva|tia|mini[ -]?strokes?|ictus|pulmonary embol(?:ism|us)|pe|dvt|"
    r"deep vein thrombosis|trombosis venosa profunda|embolia pulmonar|ataques? al corazon|"
    r"ataques? cardiacos?|derrame cerebral|accidente cerebrovascular)\b"
    r"(?=[^,;.()]{0,40}?\b(?:(?:last|past|previous)\s+years?|(?:(?:a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|few|several|couple of|\d{1,2})\s+years?|(?:two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|few|several|[2-9]|1[01])\s+months?)\s+ago|"
    r"el\s+ano\s+pasado|hace\s+(?:(?:un|unos|dos|tres|cuatro|cinco|\d{1,2})\s+anos?|"
    r"(?:dos|tres|cuatro|cinco|seis|unos|[2-9]|1[01])\s+meses))\b)")
# What every match of _AGE, _WHEN and _KIN_AND_NAME has in it: where none is in a text, the
# pattern (which tries every place of it) is not run (tests/domain/test_plan_wordings.py runs
# them all on every wording of the pair sets, for the same result).
_AGE_HINTS = ("age", "old", "edad")
_WHEN_HINTS = ("last", "past", "previous", "ago", "yesterday", "pasad", "ayer", "hace", "since")
_POSSESSIVE_HINTS = ("'", "’")
# Since birth is what "congenital" says ("blocked tear duct - sticky since birth").
_FROM_BIRTH = Hinted(r"\b(?:since|from|at)\s+birth\b|\bdesde\s+(?:el\s+)?nacimiento\b"
                     r"|\bde\s+nacimiento\b", "birth", "nacimiento")
_AGE = re.compile(r",?\s*\b(?:age|aged|edad)\s+\d{1,3}\b(?:\s*(?:years?|yrs?|anos))?"
                  r"|,?\s*\b\d{1,3}\s*(?:years?|yrs?|y)[\s-]*old\b"
                  r"|,?\s*\b\d{1,3}\s+anos\s+de\s+edad\b")


# Both sides named one by one: "left and right", "right & left", "derecha e izquierda"
_BOTH_SIDES = Hinted(
    r"\b(?:both\s+)?(?:left\s*(?:and|&|\+|/)\s*right|right\s*(?:and|&|\+|/)\s*left)\b"
    r"|\b(?:derech[oa]s?\s*(?:e|y|/)\s*izquierd[oa]s?|izquierd[oa]s?\s*(?:e|y|/)\s*derech[oa]s?)\b",
    "right", "derech")
# A breast cancer "triple negative" (TNBC) is ER-, PR- and HER2-; "triple positive" all three +
_TRIPLE = Hinted(r"\btriple[\s-]+(negative|positive|negativo|negativa|positivo|positiva)\b"
                 r"|\btnbc\b", "triple", "tnbc")


def _triple(match: re.Match[str]) -> str:
    sign = "+" if (match.group(1) or "").startswith("positiv") else "-"
    said = f" er{sign} pr{sign} her2{sign} "
    return said + "breast cancer " if match.group(0) == "tnbc" else said


# Chronic kidney disease with its stage as a bare figure or as the eGFR category ("CKD 3b",
# "CKD G3a", "ERC 4"): the stage
_CKD_STAGE = Hinted(r"\b(ckd|chronic kidney disease|erc|enfermedad renal cronica)\s+"
                    r"(?:stage\s+|estadio\s+)?g?([1-5][ab]?)\b",
                    "ckd", "kidney", "erc", "renal")
# A condition with its kind said after it, as a letter's list does: "sleep apnoea, obstructive
# type", "AMD, dry type" (one word of kind; not "diabetes, type 2")
_KIND_AFTER = re.compile(r"^\s*([^,]+?)\s*,\s*([^\W\d_]+) type\s*$")
_TYPE_AFTER = re.compile(r"^\s*([^,]+?)\s*,\s*(type (?:\d{1,2}[a-z]?|[ivx]{1,4}))\b(?=\s*(?:,|$))")
# A tumour's grade said by how differentiated it is: well G1, moderately G2, poorly G3,
# undifferentiated G4 ("well differentiated SCC" against "moderately differentiated SCC")
_DIFFERENTIATED = re.compile(r"\b(well|moderately|poorly|un)[\s-]*differentiated\b|"
                             r"\b(bien|moderadamente|pobremente|poco|in)[\s-]*diferenciad[oa]s?\b")
_DIFFERENTIATION = {"well": 1, "moderately": 2, "poorly": 3, "un": 4, "bien": 1,
                    "moderadamente": 2, "pobremente": 3, "poco": 3, "in": 4}
# A grade as "G1" to "G4" ("G3 tumour"), not a word or a code that begins so ("G3P2", "G6PD")
_GRADE_LETTER = Hinted(r"(?<![\w/-])g([1-4])(?![\w/+-])", "g")


# A cancer's spread as a family says it: "has spread to the liver", "spread to the bones",
# "which has spread into the lungs" (as "with liver metastases" is read)
_SPREAD_PLACE = r"(?:the\s+)?(?:liver|lungs?|bones?|brain|lymph nodes|peritoneum|adrenals?)"
_SPREAD_TO = re.compile(
    r",?\s*(?:\b(?:that|which)\s+)?(?:\b(?:has|have|had)\s+)?\bspread\s+(?:to|into)\s+"
    rf"({_SPREAD_PLACE}(?:\s*(?:,|and)\s*{_SPREAD_PLACE})*)\b")
_ORGAN = {"lungs": "lung", "bones": "bone", "adrenals": "adrenal"}
# ... and spread, where to not said: "the cancer has spread" is metastatic
_HAS_SPREAD = re.compile(r"\s*(?:\b(?:that|which)\s+)?\b(?:has|have|had)\s+spread\b"
                         r"(?!\s+(?:to|into)\b)")


def _spread_to(match: re.Match[str]) -> str:
    places = [_ORGAN.get(place, place) for place in re.split(
        r"\s*(?:,|\band\b)\s*", re.sub(r"\bthe\s+", "", match.group(1))) if place]
    return f" with {' and '.join(places)} metastases"


# The cancers whose stage IV is spread to a distant place and nothing else (AJCC 8th edition:
# stage IV = M1): bowel, breast, lung, pancreas, stomach, ovary, melanoma. Not the prostate,
# kidney, bladder, head and neck or cervix, where a stage IV can be a large tumour or nodes
# near it with no spread.
_SPREAD_BY_STAGE = frozenset({"colorectal", "colon", "rectal", "bowel", "breast", "lung",
                              "pancreatic", "pancreas", "stomach", "gastric", "ovarian", "ovary",
                              "melanoma"})
_STAGE_FOUR = frozenset({"stage:4", "stage:4a", "stage:4b", "stage:4c"})


# A condition at its beginning as Spanish says it before the name ("un principio de
# Alzheimer", "fase inicial de Parkinson"): early (not "inicio de", which starts a treatment)
_EARLY_ES = Hinted(r"\b(?:(?:un|el)\s+)?(?:principio|fase inicial|estadio inicial)\s+"
                   r"(?:del?|de la|de las|de los|de una?)\b", "principio", "inicial")


# A cancer as a family describes it, in the words a letter uses: how fast it grows is its
# grade (NHS "Prostate cancer - diagnosis": a slow-growing cancer is a low-grade one), kept in
# the organ is localised, spread to the glands is node-positive, come back is recurrent,
# terminal is end-stage, inoperable is unresectable
_CANCER_NAME = r"cancers?|tumou?rs?|\w*(?:carcinoma|sarcoma|lymphoma|melanoma|myeloma)|leuka?emia"
_CANCER_WORD = re.compile(rf"\b(?:{_CANCER_NAME}|malignan\w*)\b")
_ORGANS = (r"prostate|breast|bowel|colon|kidney|bladder|lung|liver|womb|uterus|ovary|testicle|"
           r"testis|skin|thyroid|pancreas|stomach|cervix")
_CANCER_PLAINLY = (
    (re.compile(r"\bslow(?:ly)?[\s-]+growing\b"), " low grade "),
    (re.compile(r"\b(?:fast|quick(?:ly)?|rapid(?:ly)?)[\s-]+growing\b|\baggressive\b"),
     " high grade "),
    (re.compile(r"\borgan[\s-]+confined\b|\b(?:contained|confined|kept)\s+(?:in|to|within)\s+"
                rf"(?:the\s+)?(?:{_ORGANS})\b"), " localized "),
    (re.compile(rf"\b({_CANCER_NAME})\s+"
                r"(?:has\s+|had\s+|have\s+)?(?:return(?:ed)?|come\s+back|came\s+back)\b"),
     r" recurrent \1 "),
    (re.compile(r"\bno\s+(?:spread|metastatic|metastases|metastasis)\s+(?:to|into)\s+"
                r"(?:the\s+)?(lymph nodes?|liver|lungs?|bones?|brain)\b"), r" no \1 metastases "),
    # ... and after it, counted or not ("3 of 15 lymph nodes positive")
    (re.compile(r"\blymph\s+nodes?\s+(?:were\s+|are\s+)?positive\b"),
     " with lymph node metastases "),
    # ... and in Spanish ("que se ha extendido a los ganglios", "con afectación ganglionar")
    (re.compile(r"\b(?:que\s+)?se\s+ha\s+(?:extendido|diseminado|propagado)\s+(?:a|al|hasta)\s+"),
     " has spread to "),
    (re.compile(r"(?<=spread to )(?:(?:the|los)\s+)?ganglios\b(?:\s+linfaticos)?"), "lymph nodes"),
    (re.compile(r"\b(?:with|con)\s+afectacion\s+ganglionar\b|\bganglios\s+positivos\b"),
     " with lymph node metastases "),
    (re.compile(r"\bterminal\b(?!\s+ile)"), " end stage "),
    (re.compile(r"\binoperable\b"), " unresectable "),
)


# Whether the lymph nodes hold the cancer, said before its name ("node-positive breast
# cancer"): said after it, as "with lymph node metastases" is (a "no" before the name had
# denied the cancer itself)
_NODES = re.compile(r"\bnode[\s-]+(positive|negative)\b")


def _cancer_said_plainly(text: str) -> str:
    for pattern, plainly in _CANCER_PLAINLY:
        text = pattern.sub(plainly, text)
    if nodes := _NODES.search(text):
        said = (" with lymph node metastases" if nodes.group(1) == "positive"
                else ", no lymph node metastases")
        text = f"{text[:nodes.start()]} {text[nodes.end():]}".rstrip(" .") + said
    return text


# A dementia's or Parkinson's stage is how severe it is (Alzheimer's Society "The stages of
# dementia": early = mild, middle = moderate, later = severe): "Early Alzheimer's" = "Mild
# Alzheimer's disease", "Demencia avanzada" = "Severe dementia" (not "early onset", which says
# at what age it began)
_DEMENTIA_LIKE = re.compile(r"\b(?:dementia|alzheimer|parkinson|lewy)")
_STAGED_AS_SEVERE = Hinted(r"\b(early|middle|mid|late|later|advanced)(?:[\s-]+stage)?\b"
                           r"(?![\s-]+onset)", "early", "mid", "late", "advanced")
_STAGE_SEVERITY = {"early": "mild", "middle": "moderate", "mid": "moderate", "late": "severe",
                   "later": "severe", "advanced": "severe"}


@lru_cache(maxsize=4096)
def parse(text: str | None) -> Phrase:
    """Read a diagnosis (or a stage, or a short finding) into a Phrase.

    Cached (the same texts come back each time the view re-compares): treat the result as
    read-only."""
    raw = text or ""
    if "10" in raw:
        raw = _SUPERSCRIPT_POWER.sub(lambda m: "10^" + m.group(1).translate(_SUPERSCRIPTS), raw)
    cleaned = unicodedata.normalize("NFKC", _without_own_names(
        terms.capital_names(raw))).casefold()
    cleaned = _MOTHER_FIRST.sub("", cleaned)  # "Mamá: ...", told apart before the accent goes
    if ":" in cleaned:
        cleaned = _HEADING_COLON.sub(r"\1 ", cleaned)
    cleaned = _said_plainly(terms.fold_letters(cleaned.replace("end-stage", "end stage")))
    cleaned = _benign_said_after(cleaned)
    cleaned = units.intervals_said_once(cleaned)  # "in 6 weeks" = "in a month and a half"
    if cleaned.endswith(" type"):
        cleaned = _KIND_AFTER.sub(r"\2 \1", cleaned)  # "AMD, dry type" is "dry AMD"
    elif ", type " in cleaned:
        cleaned = _TYPE_AFTER.sub(r"\2 \1", cleaned, count=1)  # "diabetes, type 2": type 2 ...
    if "secundari" in cleaned:
        cleaned = _SECONDARY_TO.sub(" secondary to ", cleaned)
    cleaned = _EARLY_ES.sub(" early ", cleaned)  # "principio de Alzheimer": early Alzheimer's
    # (each looked for only where a word it needs is: they try every place of the text)
    if any(word in cleaned for word in _AGE_HINTS):
        cleaned = _AGE.sub(" ", cleaned)  # "Jack's irritable hip, age 5": how old, not what
    if any(word in cleaned for word in _WHEN_HINTS):
        cleaned = _WHEN.sub(" ", _PAST_EVENT.sub(r" past \g<0>", cleaned))
    cleaned = _FROM_BIRTH.sub(" congenital ", _SAID_BY.sub(" ", cleaned))
    cleaned = _BOTH_SIDES.sub(" bilateral ", cleaned)  # "left and right" = "bilateral"
    cleaned = _TRIPLE.sub(_triple, cleaned)  # "triple negative" says the three signs
    cleaned = _CKD_STAGE.sub(r"\1 stage \2", cleaned)  # "CKD 3b", "CKD G3a": a stage
    if "diferenciad" in cleaned or "differentiated" in cleaned:  # a grade in words
        cleaned = _DIFFERENTIATED.sub(
            lambda m: f" grade {_DIFFERENTIATION[next(g for g in m.groups() if g)]} ", cleaned)
    cleaned = _GRADE_LETTER.sub(r"grade \1", cleaned)  # "G3 tumour": grade 3
    cleaned = _numbers_in_one_form(_signs_and_sides(cleaned))
    cleaned = _OWNER_AND_KIN.sub(" ", _KIN_AFTER.sub(" ", cleaned))
    cleaned = terms.without_possessives(cleaned)  # "Crohn's disease" = "Crohn disease"
    cleaned = _SPINE_SPAN.sub(_spine_span, cleaned)
    cleaned = _without_restatements(cleaned)
    cleaned = _OWNER.sub(" ", cleaned)  # "stone in my kidney" = "stone in kidney"
    cleaned = _canonical_apart_from_sides(cleaned)  # accents, lay words, abbreviations, Spanish
    if "radiation therapy to " in cleaned:  # "radiotherapy to the breast": breast radiotherapy
        cleaned = _RADIATION_TO.sub("radiation therapy ", cleaned)
    if _CANCER_WORD.search(cleaned):
        cleaned = _cancer_said_plainly(cleaned)
    if _STAGED_AS_SEVERE.may_match(cleaned) and _DEMENTIA_LIKE.search(cleaned):
        cleaned = _STAGED_AS_SEVERE.sub(lambda m: _STAGE_SEVERITY[m.group(1)], cleaned)
    if "spread" in cleaned:  # "bowel cancer that has spread to the liver": liver metastases
        cleaned = _HAS_SPREAD.sub(" metastatic", _SPREAD_TO.sub(_spread_to, cleaned))
    cleaned = _MIDRANGE.sub(" intermediate ", cleaned)  # as a name written out says it (HFmrEF)
    if "screening" in cleaned:
        cleaned = _SCREENING_TEST.sub(lambda m: f" {m['test'] or ''} screeningtest ", cleaned)
    if _CAUSE_LINK.search(cleaned) and not _MALIGNANT.search(cleaned):
        cleaned = _caused_by(cleaned)
    if "diabetes" in cleaned:
        cleaned = _diabetes_own(cleaned)
    cleaned = _with_broader_names(_without_implied_parts(_ONE_SIDE.sub(r"\1", cleaned)))
    cleaned = _named_once(cleaned)
    cleaned = _NEGATION_PHRASES.sub("no", cleaned)
    if "wait" in cleaned or "esperar" in cleaned:
        cleaned = _CAN_WAIT.sub(" later ", cleaned)  # "surgery can wait": put off
    if " all" in cleaned or "absoluto" in cleaned:
        cleaned = _AT_ALL.sub(" ", cleaned)
    cleaned = _RULED_OUT.sub("ruled", cleaned)
    cleaned = _NOT_ADVISED.sub("excluded", cleaned)  # read as "no": "No surgery"
    phrase = Phrase(text=text or "")
    seq, comma = _scan(cleaned)
    phrase.variants = _orders(seq, comma)
    for words in _clauses(seq):
        negate_rest, denied_since, keeping = False, 0, False
        # "Stroke excluded on CT", "PE ruled out by CTPA": what comes before the word is denied,
        # not the test after it; "Ruled out PE", "Unlikely appendicitis": all of it
        back_at = next((i for i, w in enumerate(words)
                        if w in _BACKWARD_NEGATION or w == "ruled"), None)
        for i, word in enumerate(words):
            backward = back_at is not None and (back_at == 0 or i <= back_at)
            if (negate_rest and word in _NEGATION_ENDS and denied_since
                    and not (word in ("for", "para") and words[i - 1] in _FIT_FOR)):
                negate_rest = False
            if word in _FORWARD_NEGATION:
                negate_rest, denied_since, keeping = True, 0, word == _KEEPS_AWAY
                continue
            if word == "non":
                if i + 1 < len(words):
                    phrase.negated.add(words[i + 1])
                continue
            if i > 0 and words[i - 1] == "non":
                continue
            if word in ONE_SIDED:
                phrase.qualifiers.add(_SAID_NO.get(word, word))
                if (negate_rest or backward) and word not in (
                        _FORWARD_NEGATION | _BACKWARD_NEGATION | {"ruled"}):
                    phrase.negated.add(word)  # "no metastases" denies "metastases"
                continue
            if negate_rest or backward:
                phrase.negated.add(word)
                if keeping and negate_rest:
                    phrase.kept_away.add(word)
                denied_since += 1
            else:
                phrase.positive[word] += 1
    if len(phrase.variants) > 1 and not phrase.negated:
        # the broader names a reordering found (_orders), said as the rest is
        written = set(_words_of(seq))
        for word in phrase.variants[0]:
            if word not in written and word not in phrase.positive:
                phrase.positive[word] += 1
    if phrase.kept_away or _KEEPS_AWAY in phrase.tokens:
        # kept away is avoided ("no", as _NEGATION_PHRASES says "avoid"), in the words
        # compared ("to avoid mosquito bites" against "avoid mosquito bites"); only turns_down
        # tells the two apart
        phrase.variants = [tuple("no" if t == _KEEPS_AWAY else t for t in variant)
                           for variant in phrase.variants]
    for token in phrase.variants[0] if phrase.variants else ():
        if token in ONE_SIDED:
            phrase.qualifiers.add(token)
        if token in LINKING:
            phrase.linking = True
        cls = _CLASS_OF.get(token)
        if cls:
            phrase.markers.setdefault(cls, set()).add(token)
        if ":" in token or _has_digit(token):
            qualifier, _, value = token.rpartition(":")
            phrase.numbers.setdefault(qualifier, set()).add(value)
            if not qualifier:
                phrase.loose_numbers = True
    side = phrase.markers.get("side")
    if side and {"left", "right"} & side:
        side.add("unilateral")
    if side and {"left", "right"} <= side:
        side.add("bilateral")
    if (phrase.negated and phrase.negated <= _CANCER_ITSELF and not phrase.positive
            and set(phrase.tokens) <= phrase.negated | {"no"}):
        # a cancer denied and nothing else said is benign ("Not cancer", "No evidence of
        # malignancy", "Cancer ruled out" = "Benign"; "not malignant" had even read as
        # malignant against benign), and still the denial it is ("cancer ruled out" is made
        # more exact by "breast cancer ruled out on biopsy"). Not a tumour or a spread
        # denied: no growth at all.
        phrase.variants.append(("benign",))
        phrase.markers["behaviour"] = {"benign"}
    return phrase


# A finding said not to be a cancer after it: "pulmonary nodule, not cancer", "breast lump -
# not malignant", "thyroid nodule, cancer ruled out" = "benign pulmonary nodule" (parse)
_NOT_CANCER_AFTER = re.compile(
    r"^\s*(?P<what>[^,;:()]+?)\s*(?:[,;:]|\s-)\s*(?:(?:it\s+is|its|but)\s+)?"
    r"(?:(?:not|no)\s+(?:a\s+)?(?:cancer|cancerous|malignant|malignancy)"
    r"|(?:cancer|malignancy)\s+(?:ruled out|excluded))\s*[.!]?\s*$", re.IGNORECASE)


def _benign_said_after(text: str) -> str:
    """``text`` with a cancer denied after the finding said as the finding benign."""
    if "ancer" not in text and "alignan" not in text:
        return text
    return _NOT_CANCER_AFTER.sub(r"benign \g<what>", text)


# The words for a cancer as such, denied alone: benign (parse)
_CANCER_ITSELF = frozenset({"cancer", "malignant", "carcinoma"})


def _denies_cancer_only(phrase: Phrase) -> bool:
    """Whether the phrase only denies a cancer ("Not cancer"), read as benign too (parse)."""
    return bool(phrase.negated) and ("benign",) in phrase.variants[1:]


def _covered(small: set[str], large: set[str]) -> bool:
    """Each value of ``small`` is in ``large`` or is the start of one with a letter after it ("3"
    covers "3a"; "2" does not cover "25" nor "2.5")."""
    return all(any(big == s or (big.startswith(s) and big[len(s)].isalpha()) for big in large)
               for s in small)


# A differential ranked: "likely gallstones, less likely ulcer", "probable asma, menos
# probable EPOC", "IBS more likely than coeliac". The same names in another rank are two
# opinions: which one the doctor thinks it most likely is.
_LESS_LIKELY = re.compile(r"\b(?:less likely|unlikely|less probable|menos probables?|"
                          r"poco probables?|improbables?)\b")
_MORE_LIKELY_THAN = re.compile(r"\bmore likely than\b|\bmas probable que\b")
_CLAUSE_BREAK = re.compile(r"[,;]|\bbut\b|\bpero\b|\bwith\b")
_CERTAINTY_WORDS = frozenset({"probable", "possible", "suspected", "query", "confirmed",
                              "definite", "likely", "most", "more", "mas"})


@lru_cache(maxsize=4096)
def _most_likely(text: str) -> frozenset[str]:
    """The words of the diagnosis a ranked differential puts first (above); empty when the text
    ranks nothing."""
    folded = terms.fold(text)
    than = _MORE_LIKELY_THAN.search(folded)
    if than:
        first = folded[:than.start()]
    elif _LESS_LIKELY.search(folded):
        kept = [part for part in _CLAUSE_BREAK.split(folded)
                if part.strip() and not _LESS_LIKELY.search(part)]
        if not kept:
            return frozenset()
        first = kept[0]
    else:
        return frozenset()
    return frozenset(set(parse(first).positive) - _CERTAINTY_WORDS - ONE_SIDED)


# Two treatments given at once, against one after the other: "chemo and radiotherapy together"
# against "chemo then radiotherapy" (concurrent or sequential, a choice doctors make)
_TOGETHER = Hinted(r"\b(?:together|at the same time|concurrent(?:ly)?|simultaneous(?:ly)?|"
                   r"alongside|juntos|juntas|a la vez|al mismo tiempo|concomitante(?:s)?|"
                   r"simultane[oa]s?|simultaneamente)\b", "a la vez", "al mismo tiempo",
                   "alongside", "at the same time", "concomitante", "concurrent", "juntas",
                   "juntos", "simultane", "together")
_ONE_AFTER = Hinted(r"\bthen\b|\bfollowed by\b|\bafter(?:wards)?\b|\bluego\b|"
                    r"\bdespues\b|\bseguid[oa]s? de\b|\bfirst\b|\bprimero\b", "after", "despues",
                    "first", "followed by", "luego", "primero", "seguid", "then")


def at_once_against_in_turn(a: str | None, b: str | None) -> bool:
    """Whether one text gives its treatments at once and the other one after the other
    ("chemo and radiotherapy together" against "chemo then radiotherapy")."""
    return {_together_or_after(a or ""), _together_or_after(b or "")} == {"together", "after"}


@lru_cache(maxsize=4096)
def _together_or_after(text: str) -> str:
    folded = terms.fold(text)
    together, after = bool(_TOGETHER.search(folded)), bool(_ONE_AFTER.search(folded))
    return "together" if together and not after else "after" if after and not together else ""


def another_first(a: str | None, b: str | None) -> bool:
    """Whether two ranked differentials put another diagnosis first ("likely gallstones, less
    likely ulcer" against "likely ulcer, less likely gallstones")."""
    first_a, first_b = _most_likely(a or ""), _most_likely(b or "")
    return bool(first_a and first_b and not first_a & first_b)


def conflicts(a: Phrase, b: Phrase, qualifiers: bool = True) -> bool:
    """Whether the two say opposite things: side, numbers, negation, opposite markers, or (with
    ``qualifiers``) a word on one side only that changes what the diagnosis is."""
    if _markers_clash(a, b, set(MARKER_CLASSES)):
        return True
    if another_first(a.text, b.text):
        return True  # the same differential, another diagnosis first
    for qualifier in set(a.numbers) & set(b.numbers):
        va, vb = a.numbers[qualifier], b.numbers[qualifier]
        if not (_covered(va, vb) or _covered(vb, va)):
            return True
    if a.negated & (set(b.positive) | (b.qualifiers - b.negated)) or b.negated & (
            set(a.positive) | (a.qualifiers - a.negated)):
        return True
    # "no malignancy" against "carcinoma": any word for a cancer, negated on one side only.
    if (a.negated & MALIGNANT_WORDS and set(b.positive) & MALIGNANT_WORDS) or (
            b.negated & MALIGNANT_WORDS and set(a.positive) & MALIGNANT_WORDS):
        return True
    # "benign" against any word for a cancer ("Benign" against "Cancer cells found").
    if _benign_only(a) and set(b.positive) & MALIGNANT_WORDS - {"tumor", "neoplasm"} or (
            _benign_only(b) and set(a.positive) & MALIGNANT_WORDS - {"tumor", "neoplasm"}):
        return True
    if qualifiers and a.qualifiers != b.qualifiers:
        return True
    for base, changers in DIFFERENT_DISEASE.items():
        if base in a.positive and base in b.positive:
            ca, cb = changers & set(a.positive), changers & set(b.positive)
            if ca != cb:
                return True
    return False


# The markers of a plan's direction and order ("increase" against "reduce", "neoadjuvant"
# against "adjuvant"): what the comparison and the options grid read as going opposite ways
DIRECTION_MARKERS = frozenset({"direction", "sequence"})


def markers_conflict(a: str | None, b: str | None, kinds: frozenset[str] | None = None) -> bool:
    """Whether two texts name opposite values of one kind of marker (of ``kinds``, or any):
    left against right, increase against decrease (not numbers, negation or one-sided
    words)."""
    return _markers_clash(parse(a), parse(b), kinds or set(MARKER_CLASSES))


def undone_or_redone(a: str | None, b: str | None) -> bool:
    """Whether one text names the other's operation undone or done again ("Vasectomy" against
    "Vasectomy reversal", "Hip replacement" against "Revision hip replacement")."""
    return bool((parse(a).qualifiers ^ parse(b).qualifiers) & _UNDONE_OR_REDONE)


def _markers_clash(a: Phrase, b: Phrase, kinds: Set[str]) -> bool:
    """One kind of marker (of ``kinds``) with values on both sides, neither within the other."""
    for name in set(a.markers) & set(b.markers) & kinds:
        va, vb = a.markers[name], b.markers[name]
        if not (va <= vb or vb <= va):
            return True
    return False


def _benign_only(phrase: Phrase) -> bool:
    # (not "not benign": a benign denied is no benign, it had read as one)
    return phrase.markers.get("behaviour") == {"benign"} and "benign" not in phrase.negated


def is_benign_only(text: str) -> bool:
    """Whether ``text`` says benign and nothing of its kind else ("Benign", "a benign lump")."""
    return _benign_only(parse(text))


# A kind named as surely as the thing it is a kind of: "metastatic" names a kind of cancer,
# the rest of these words say a doubt, a past or a risk ("borderline diabetes" is no diabetes)
UNSURE_OF_A_KIND = ONE_SIDED - {"metastatic"}


def a_kind_of(narrow: str, broad: str) -> bool:
    """Whether ``narrow`` names a kind of ``broad``, said as surely: "Type 2 diabetes" of
    "diabetes", "breast cancer" of "cancer", "knee replacement" of "surgery"; not "suspected
    breast cancer", "pre-diabetes", nor the same thing in other words."""
    pn, pb = parse(narrow), parse(broad)
    if pn.empty or pb.empty or pn.negated or pb.negated:
        return False
    if (pn.tokens.keys() - pb.tokens.keys()) & UNSURE_OF_A_KIND or pn.qualifiers - pb.qualifiers:
        return False
    return _contained(pb.tokens, pn.tokens) and text_relation(narrow, broad) == "refined"


def _subsequence(small: tuple[str, ...], large: tuple[str, ...]) -> bool:
    it = iter(large)
    return all(token in it for token in small)


def _contained(small: Counter[str], large: Counter[str]) -> bool:
    """Every word of ``small`` is in ``large``; a numbered word may be refined ("stage:3" in
    "stage:3a")."""
    for token, count in small.items():
        if large.get(token, 0) >= count:
            continue
        if any(t.startswith(token + ":") for t in large):
            continue  # "hepatitis" is refined by "hepatitis:b", "stage" by "stage:3"
        if ":" in token and any(t.startswith(token) and t[len(token):][:1].isalpha()
                                for t in large):
            continue  # "stage:3" in "stage:3a", not "grade:2" in "grade:25"
        return False
    return True


def values_swapped(a: str | None, b: str | None) -> bool:
    """Whether two texts say the same words with two values of one kind the other way round
    ("increase ramipril, reduce bisoprolol" against "reduce ramipril, increase bisoprolol")."""
    pa, pb = parse(a), parse(b)
    return (not pa.empty and not pb.empty and pa.tokens == pb.tokens
            and not set(pa.variants) & set(pb.variants) and _values_placed_by_order(pa))


def _values_placed_by_order(phrase: Phrase) -> bool:
    """Whether the phrase names two values of one kind (two sides, two directions), so that
    which thing each belongs to is said by the order of the words."""
    return any(len(values - {"unilateral"}) >= 2 for values in phrase.markers.values())


def phrase_relation(a: Phrase, b: Phrase) -> str:
    """"same", "refined" or "different" for two non-empty phrases (see the module notes)."""
    a, b = _spread_by_stage(a, b), _spread_by_stage(b, a)
    if set(a.variants) & set(b.variants):
        return "same"
    if said := _stage_in_words(a, b) or _stage_in_words(b, a):
        return said
    for denial, other in ((a, b), (b, a)):
        if _denies_cancer_only(denial) and not other.negated and _benign_only(other):
            # "Not cancer" against "Benign tumour": as "Benign" against it
            return phrase_relation(parse("benign"), other)
    if conflicts(a, b):
        return "different"
    ta, tb = a.tokens, b.tokens
    if ta == tb:
        # Same words, another order: trivial only without loose numbers or linking words, and
        # without two values of one kind that the order gives to two things ("increase
        # ramipril, reduce bisoprolol" against "reduce ramipril, increase bisoprolol"; "right
        # knee replacement, left knee physio" against the sides the other way round)
        if not (a.linking or b.linking or _values_placed_by_order(a)) and (
                not (a.loose_numbers or b.loose_numbers)
                or _numbers_in_order(a) == _numbers_in_order(b)):
            # loose numbers in the same order say the same ("BP target below 130/80" = "aim
            # for blood pressure under 130 over 80")
            return "same"
        if _spread_moved(a, b):
            return "same"  # "metastatic pancreatic cancer", "pancreatic cancer with metastases"
        return "different"
    if _contained(ta, tb):
        small, large = a, b
    elif _contained(tb, ta):
        small, large = b, a
    else:
        return "refined" if _details_each_way(a, b) or _stage_and_site(a, b) else "different"
    if not (_contained(small.positive, large.positive) and small.negated <= large.negated):
        return "different"
    if small.tokens & _REGIONS and (large.tokens & _REGIONS).keys() != (
            small.tokens & _REGIONS).keys():
        return "different"  # "CT chest abdomen" against "CT chest abdomen pelvis": more scanned
    if large.linking and not any(
        _subsequence(_spread_said_after(vs, vl), vl) for vs in small.variants
        for vl in large.variants
    ):
        return "different"
    if "metastatic" in small.tokens and set(large.tokens - small.tokens) <= {"with", "con"}:
        return "same"  # "metastatic pancreatic cancer", "pancreatic cancer with metastases"
    return "refined"


def _stage_and_site(a: Phrase, b: Phrase) -> bool:
    """A stage IV that is the cancer's spread (``_spread_by_stage``) against where it has
    spread: each more exact about the spread ("stage 4 lung cancer" against "lung cancer with
    brain metastases" had differed, where against "metastatic lung cancer" each was refined)."""
    for staged, sited in ((a.tokens, b.tokens), (b.tokens, a.tokens)):
        if "metastatic" not in staged or "metastatic" not in sited:
            continue
        extra_staged, extra_site = staged - sited, sited - staged
        if (extra_staged and extra_site and all(t in _STAGE_FOUR for t in extra_staged)
                and not any(w in _CONDITION_WORDS or _CONDITION_ENDING.search(w)
                            or _has_digit(w) for w in extra_site)):
            return True
    return False


def _spread_by_stage(staged: Phrase, other: Phrase) -> Phrase:
    """A stage IV cancer whose stage IV is its spread (``_SPREAD_BY_STAGE``), set against one
    the other doctor calls metastatic, as saying so too: "stage 4 bowel cancer" against
    "metastatic colorectal cancer" is that and its stage (it had read as two diagnoses).
    Against "lung cancer" alone it stays a stage said more exactly."""
    tokens = staged.tokens
    if ("metastatic" not in other.tokens or "metastatic" in tokens
            or not _STAGE_FOUR & tokens.keys() or not _SPREAD_BY_STAGE & tokens.keys()):
        return staged
    return replace(staged, variants=[(*v, "metastatic") for v in staged.variants],
                   positive=staged.positive + Counter({"metastatic": 1}),
                   qualifiers=staged.qualifiers | ({"metastatic"} & other.qualifiers))


# A cancer's stage said in words, and the stages each word covers (Cancer Research UK "Stages
# of cancer": early cancers are stages 0 to 2; a locally advanced one, stage 3; an advanced
# one has grown or spread further, stage 3 or 4): "early breast cancer" against "stage 1
# breast cancer" is that stage said more exactly, against "stage 4" another diagnosis.
_STAGES_IN_WORDS = {"early": frozenset("012"), "advanced": frozenset("34"),
                    "late": frozenset("34")}
_STAGE_WORDS = frozenset({"stage", "locally", *_STAGES_IN_WORDS})


def _stage_in_words(words: Phrase, staged: Phrase) -> str | None:
    """"refined" when ``words`` says a cancer's stage in words and ``staged`` gives the same
    cancer a stage those words cover, "different" when they do not; None when either is not
    so (see ``_STAGES_IN_WORDS``)."""
    said = [word for word in _STAGES_IN_WORDS if word in words.tokens]
    stages = staged.numbers.get("stage")
    if (len(said) != 1 or not stages or "stage" in words.numbers
            or not words.positive.keys() & MALIGNANT_WORDS):
        return None
    rest_words = Counter({t: n for t, n in words.tokens.items() if t not in _STAGE_WORDS})
    rest_staged = Counter({t: n for t, n in staged.tokens.items() if not t.startswith("stage:")})
    if rest_words - rest_staged:  # (the staged one may name the cancer more exactly: "early
        return None  # bowel cancer" against "stage 1 colon cancer")
    covered = frozenset("3") if "locally" in words.tokens else _STAGES_IN_WORDS[said[0]]
    return "refined" if all(stage[:1] in covered for stage in stages) else "different"


_BARE_STAGE = re.compile(r"^\s*(?:[ivx]{1,4}|[0-4])[abc]?\s*$", re.IGNORECASE)


def stage_relation(a: str, b: str) -> str:
    """``text_relation`` for what two doctors wrote in a diagnosis's stage field: a numeral
    alone is a stage ("II" = "Stage 2"), and a stage in words is made more exact by a stage it
    covers ("Early" against "Stage 1"; both had been a major difference)."""
    a, b = (f"stage {x}" if _BARE_STAGE.match(x) else x for x in (a, b))
    relation = text_relation(a, b)
    if relation != "different":
        return relation
    # (read as a cancer's, the field's own illness: the words' stages are a cancer's)
    words_a, words_b = parse(f"{a} cancer"), parse(f"{b} cancer")
    return _stage_in_words(words_a, words_b) or _stage_in_words(words_b, words_a) or relation


_STAGED = ("stage:", "grade:", "gleason:")


def _without_stage(phrase: Phrase) -> Counter[str]:
    # (a Gleason score is read with its ISUP grade group: "isupgroup", "1")
    group = "isupgroup" in phrase.tokens
    return Counter({t: n for t, n in phrase.tokens.items()
                    if t not in _STAGE_WORDS and t != "isupgroup"
                    and not t.startswith(_STAGED) and not (group and t.isdigit())})


def _says_a_stage(phrase: Phrase) -> bool:
    return any(t.startswith(_STAGED) for t in phrase.tokens) or bool(
        phrase.tokens.keys() & _STAGES_IN_WORDS.keys() and phrase.positive.keys() & MALIGNANT_WORDS)


def only_the_stage_apart(a: str, b: str) -> bool:
    """Whether two diagnoses name one illness at another stage or grade, and differ in
    nothing else ("Stage 1 breast cancer" against "Stage 4 breast cancer", "Early breast
    cancer" against "Stage 4 breast cancer", "CKD stage 3" against "Stage 4 CKD")."""
    pa, pb = parse(a), parse(b)
    return (not pa.empty and not pb.empty and _says_a_stage(pa) and _says_a_stage(pb)
            and _without_stage(pa) == _without_stage(pb) and pa.tokens != pb.tokens)


def _spread_moved(a: Phrase, b: Phrase) -> bool:
    """Whether two phrases of the same words differ only in where they say "metastatic", each
    naming the cancer that spread in the same order."""
    return "metastatic" in a.tokens and not _values_placed_by_order(a) and all(
        any(_subsequence(_spread_said_after(vx, vy), vy) for vx in x.variants
            for vy in y.variants) for x, y in ((a, b), (b, a)))


def _spread_said_after(small: tuple[str, ...], large: tuple[str, ...]) -> tuple[str, ...]:
    """``small`` without "metastatic" where ``large`` says the spread after the cancer with a
    linking word ("metastatic breast cancer" in "breast cancer metastatic to bone", "... with
    bone metastases"): which cancer spread is still said by the order of the rest."""
    if "metastatic" in small and "metastatic" in large:
        return tuple(token for token in small if token != "metastatic")
    return small


# Words that only say on which side a condition is or how well it is controlled: one doctor
# may give these while the other names its kind, and neither contradicts the other ("Eczema
# on both arms" against "Atopic eczema, arms", "Asthma, well controlled" against "Allergic
# asthma"). Not a place (knee against hip, the neck of the femur against its shaft), nor how
# severe (a concussion is a mild brain injury): those say which condition it is.
_DETAIL_WORDS = (MARKER_CLASSES["side"] | MARKER_CLASSES["control"]
                 | frozenset({"both", "well", "poorly", "side", "ambos", "ambas", "lado"}))


def _details_each_way(a: Phrase, b: Phrase) -> bool:
    """Whether two phrases name one thing, each with words the other lacks, and the words of
    one of them say only which side or how well controlled (``_DETAIL_WORDS``): the other may
    add a kind. Never with a negation, numbers, linking
    words or loose numbers on either side."""
    if (a.negated or b.negated or a.linking or b.linking or a.loose_numbers
            or b.loose_numbers or a.numbers or b.numbers):
        return False
    ta, tb = a.tokens, b.tokens
    common = ta & tb
    if not any(w in _CONDITION_WORDS or _CONDITION_ENDING.search(w) for w in common):
        return False  # no condition named by both: nothing shared to be more exact about
    def details(extra: Counter[str]) -> bool:
        return all(w.rstrip("s") in _DETAIL_WORDS or w in _DETAIL_WORDS for w in extra)
    only_a, only_b = ta - tb, tb - ta
    if only_a and only_b and details(only_a) and details(only_b):
        return False  # a detail each, and not the same one: "well" against "poorly controlled"
    return details(only_a) or details(only_b)


# The body's regions a scan or a treatment covers: a note with a region more covers more, it
# is not the same thing said more exactly ("CT chest abdomen pelvis" against "CT chest
# abdomen", "CT head and neck" against "CT head")
_REGIONS = Counter({w: 1 for w in ("chest", "thorax", "abdomen", "abdominal", "pelvis", "pelvic",
                                   "head", "neck", "brain", "torax", "abdomen", "pelvis",
                                   "cabeza", "cuello")})


def _numbers_in_order(phrase: Phrase) -> list[str]:
    return [t for t in (phrase.variants[0] if phrase.variants else ()) if t[:1].isdigit()]


def _same_words(a: str, b: str) -> bool:
    return " ".join(terms.fold(a).split()) == " ".join(terms.fold(b).split())


# --- a line that names two things ------------------------------------------------------------
# "Pneumonia and bronchitis", "Surgery, then chemotherapy", "HTN/HLD": two conditions or two
# treatments in one line are compared one by one, so the one only one doctor names is a
# difference, never detail added to the other. A list word inside a name ("head and neck
# cancer", "hand, foot and mouth disease", "wait and see") makes no list: every part must name
# a condition, a treatment or a medicine on its own.
_LIST_WORD = re.compile(
    r"\s*;\s*"
    r"|,?\s+(?P<then>and then|then|followed by|after that|afterwards|y luego|y despu[eé]s|luego|"
    r"despu[eé]s(?!\s+del?\b)|seguid[oa]s? de)\s+"  # not "después de la gripe": after it
    r"|,?\s+(?P<either>and/or|y/o|or|o|u|vs\.?|versus)\s+"
    r"|,?\s+(?:and|y|e|plus|as well as|along with|together with|junto con|adem[aá]s de|m[aá]s)\s+"
    r"|\s+[&+]\s+"  # not "HER2+ breast cancer"
    r"|(?<=[^\W\d_]{2})\s*(?P<slash>/)\s*(?=[^\W\d_]{2})"  # not "w/o", "L4/L5", "T2/T3"
    r"|\s*(?P<comma>,)\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
# Words and endings that name a condition, an operation or a treatment by themselves.
# Words that name a treatment or a plan by themselves ("rest and injections" lists two).
_TREATMENT_WORDS = frozenset({
    "surgery", "operation", "replacement", "repair", "transplant", "injection", "infusion",
    "radiation", "medication", "tablets", "painkillers", "painkiller", "antibiotics",
    "antibiotic", "steroids", "steroid", "inhaler", "cream", "drops",
    # plans in a family's words, which a list can hold beside a treatment
    "rest", "exercise", "exercises", "diet", "ice", "splint", "brace", "sling", "crutches",
    "reposo", "ejercicio", "ejercicios", "dieta", "hielo", "ferula", "cabestrillo", "muletas",
    "injections", "inyecciones", "infiltracion", "infiltraciones", "patch", "patches", "parche",
    "parches", "cirugia", "operacion", "trasplante", "inyeccion", "analgesicos", "antibioticos",
    "corticoides", "inhalador", "crema", "gotas",
    # what self-care advice is about ("stop smoking, no alcohol, more exercise")
    "alcohol", "smoking", "drinking", "caffeine", "salt", "sugar", "sleep", "weight", "walking",
    "swimming", "walk", "walks", "tabaco", "fumar", "sal", "azucar", "cafe", "cafeina", "peso",
    "sueno", "caminar", "caminatas", "fibre", "fiber", "meat", "fruit", "vegetables", "fluids",
    "water", "fat", "fish", "fibra", "carne", "fruta", "verduras", "liquidos", "agua", "grasa"})
# Words that name a condition by themselves; with the treatments, what names something.
_CONDITION_WORDS = frozenset({
    "disease", "syndrome", "disorder", "cancer", "tumor", "infection", "fracture", "tear",
    "failure", "stone", "ulcer", "hernia", "injury", "attack", "stroke", "deficiency",
    "insufficiency", "embolism", "thrombosis", "aneurysm", "infarction", "palsy",
    # conditions by a word the table and the endings below miss ("asthma and vertigo" names two)
    "cataract", "cataracts", "coeliac", "celiac", "diarrhea", "diarrhoea", "incontinence",
    "infertility", "vertigo", "vitiligo", "obesity", "insomnia", "tinnitus", "constipation",
    "dementia", "epilepsy", "migraine", "glaucoma", "pneumonia", "hypertension", "asthma",
    "emphysema", "bronchiectasis", "arrhythmia", "fibrillation", "alopecia", "chickenpox",
    "fibroids", "fibromyalgia", "goitre", "goiter", "hemorrhoids", "haemorrhoids",
    "prediabetes", "pregnancy", "rosacea", "scabies", "sciatica", "degeneration", "apnoea",
    "menopause", "hyperthyroidism", "hypothyroidism", "autism",
    "diabetes", "depression", "anxiety", "allergy", "apnea", "angina", "eczema", "acne",
    "sepsis", "shingles", "measles", "mumps", "flu", "influenza", "covid", "hiv",
    "lupus", "gout", "cyst", "abscess", "hemorrhage", "clot", "nodule",
    "polyp", "sprain", "strain", "dislocation", "rupture", "obstruction", "prolapse", "reflux",
    "enfermedad", "sindrome", "trastorno", "infeccion", "fractura", "rotura", "insuficiencia",
    "alergia", "quiste", "hemorragia", "coagulo", "ansiedad", "depresion"})
# a symptom names something in a list ("pain and swelling") but is no second condition of its
# own after "with" ("knee pain with bleeding"): adds_a_condition leaves these out
_SYMPTOM_WORDS = frozenset({"pain", "bleeding", "fever", "dolor"})
_NAMING_WORDS = _TREATMENT_WORDS | _CONDITION_WORDS | _SYMPTOM_WORDS
_NAMING_ENDING = re.compile(r"(?:itis|osis|iasis|omas?|emia|pathy|patia|plasia|ectomy|ectomia|"
                            r"otomy|otomia|ostomy|plasty|plastia|scopy|scopia|therapy|terapia)$")
# Keys of the table of names that are a part of the body or a word about a disease, not a name.
_NOT_A_NAME = frozenset({
    "hip", "knee", "shoulder", "wrist", "ankle", "spine", "arm", "leg", "elbow", "hand",
    "uterus", "rib", "collarbone", "jaw", "nose", "prostate", "lung", "kidney", "liver",
    "bladder", "stomach", "thyroid", "anterior cruciate ligament", "benign", "malignant", "left",
    "right", "lumbar", "bilateral", "acute", "chronic", "primary", "severe", "mild", "moderate",
    "gestational", "stage", "grade", "type", "suspected", "possible", "history"})
@lru_cache(maxsize=1)
def _table_names() -> NameIndex:
    """Every name of the table that names a condition or treatment."""
    return NameIndex(k for k in terms.SYNONYMS if k not in _NOT_A_NAME)


# A medicine's name by the stem of its international name (WHO INN stems: "-olol" a beta
# blocker, "-pril", "-sartan", "-gliflozin", "-mab", "-xaban", ...; Spanish forms too): a
# medicine the table of names does not hold is still a medicine, so "metformin plus sotalol"
# names two and "aspirin" against it lacks one (it had read as more detail).
MEDICINE_STEM = re.compile(
    r"(?:[aio]lol|(?<!a)pril|darone|siran|natide|amide|purine|thyronine|sorbide|azine|terone|"
    r"relix|(?<!les)terol|niazid[ae]?|omide|oxifen[eo]?|stigmin[ae]|butalin[ae]|paratid[ae]|"
    r"phyllin[ae]|dronic|arbos[ae]|orandil|atonin[a]?|sartan|dipin[eo]?|statina?|gliptina?|gliflozina?|glutida?|glutide|"
    r"[mx]ab|tinib|parina?|xaban|gatran|grel|afil|azosina?|prazol[e]?|tidina?|tidine|setron|"
    r"triptan|oxacin[o]?|cilin[a]?|cillin|ciclina|cycline|micina|mycin|conazol[e]?|ciclovir|"
    r"[^\W\d_]vir|dronat[eo]|lukast|tropi[ou]m?|parib|ciclib|platin[oa]?|taxel|rubicin[a]?|"
    r"tecan|semid[ae]|thiazid[ae]|tiazida|azepam|azolam|oxetin[ae]|apin[ae]|peridol|"
    r"triptylin[ae]|profen[o]?|coxib|codon[ae]|gabalin[a]?|iracetam|otrigin[ae]|lutamid[ae]|"
    r"relin[a]?|rozol[e]?|olon[ae]|ason[ae]|ison[ae]|orphin[ae]|glinid[ae]|gliflozin)$")


@lru_cache(maxsize=4096)
def stem_medicines(text: str) -> frozenset[str]:
    """The words of ``text`` (in the table's words) that are medicines by their stem."""
    return frozenset(w for w in terms.canonical(text).split()
                     if len(w) >= 6 and MEDICINE_STEM.search(w))


# Radiotherapy given to a place, where "to" says where, not what it becomes nor what follows
_RADIATION_TO = re.compile(r"\bradiation therapy to (?:the |both )?(?=[a-z])")


# A place on the body alone names no condition of its own: "acne on face and back" is acne in
# two places, not a list of acne and a back
_BODY_PLACES = frozenset(terms.BONES) | {"back", "neck", "head", "face", "chest", "scalp",
                                         "throat", "ear", "ears", "eye", "eyes"}


# A clause that says why the thing before it is advised ("..., it makes rheumatoid arthritis
# worse", "..., as it worsens thyroid eye disease", "..., because ..."): no thing named besides
_A_REASON = re.compile(r"(?:it|as it|because|since|which|ya que|porque|pues)\s+(?:makes|worsens|"
                       r"will|can|may|helps|is|causes|increases|raises|lowers|reduces|empeora|"
                       r"ayuda|aumenta|reduce|\w+s\b)")


def _names_something(part: str) -> bool:
    part = _BRACKETED.sub(" ", part)  # "left ear (AOM)" names no more than "left ear"
    named = terms.canonical(part)
    if named in _BODY_PLACES:
        return False
    if any(ch.isdigit() for ch in part) and not units.without_facts(part) and not (
            units.read(part).doses):
        return False  # "six cycles every 21 days": the facts of the item before it
    if _A_REASON.match(part.strip().lower()):
        return False  # "stop smoking, it makes RA worse": why, no thing of its own
    if any(w in _NAMING_WORDS or w in units.ITEM_TOKENS or _NAMING_ENDING.search(w) or (
            len(w) >= 6 and MEDICINE_STEM.search(w)) for w in named.split()):
        return True
    return _table_names().holds(named) or bool(units.read(part).doses)


def _cut(text: str, matches: list[re.Match[str]]) -> list[str]:
    """``text`` cut at its list words, the pieces as written."""
    edges = [0, *(x for m in matches for x in (m.start(), m.end())), len(text)]
    return [text[edges[i]:edges[i + 1]].strip() for i in range(0, len(edges), 2)]


def _own_qualifiers(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether the "no" or "possible" of a line belongs to its items rather than to the whole
    list: the first item says none ("more exercise and no alcohol"), or every item says its
    own ("no smoking, no alcohol"); "no pneumonia or effusion" says it once for both. Not in
    turn ("biopsy then avoid exercise" is what follows a biopsy, not a list)."""
    if any(m.lastgroup == "then" for m in matches):
        return False
    cut = _cut(text, matches)
    if len(cut) > 1 and all(map(terms.SAID_EACH.match, cut)):
        return True  # each says its own ("stop drinking and stop smoking")
    pieces = [parse(piece) for piece in cut]
    def qualified(piece: Phrase) -> bool:
        return bool(piece.negated or piece.qualifiers - {"or", "versus", "vs"})
    return len(pieces) > 1 and (not qualified(pieces[0]) or all(map(qualified, pieces)))


# Words of a treatment, a test or advice, for a list cut by commas alone to name plans
_PLAN_WORDS = _TREATMENT_WORDS | units.ITEM_TOKENS | frozenset({
    "test", "tests", "count", "scan", "scans", "xray", "mri", "ct", "ultrasound", "echo",
    "ecg", "ekg", "bloods", "electrolytes", "biopsy", "culture", "swab", "panel", "profile",
    "level", "levels", "screen", "screening", "referral", "review", "radiograph", "a1c",
    "lipid", "lipids", "ferritin", "urine", "analitica", "analisis",
    "prueba", "pruebas", "ecografia", "radiografia", "resonancia", "derivacion", "cessation"})
_PLAN_ENDING = terms.PROCEDURE_ENDING


def _numbers_only_as_a_dose(piece: str) -> bool:
    """Whether a piece of a line cut by commas has a number only as a medicine's dose: "6
    cycles every 21 days", "INR 2-3", "2 puffs PRN" say more about the thing before the
    comma."""
    return not any(ch.isdigit() for ch in piece) or bool(
        terms.names_in(piece) & terms.NAMED_MEDICINES or stem_medicines(piece))


def _comma_list(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether a line cut by commas alone lists things of their own: each piece names
    something, no two are one thing or one a kind of the other, and either no piece names a
    condition (tests, medicines, advice: "FBC, U&E, LFT", "stop smoking, no alcohol, more
    exercise") or there are three or more and no two name a cancer (its name and its kind:
    "Breast cancer, invasive ductal carcinoma, grade 2")."""
    pieces = _cut(text, matches)
    # each piece a thing of its own: the quick test for every piece first ("Walking aid, 3
    # weeks" is one thing and how long, told without reading the pieces' doses)
    if (len(pieces) < 2 or not all(map(_numbers_only_as_a_dose, pieces))
            or not all(map(_names_something, pieces))):
        return False
    said = [set(terms.canonical(piece).split()) | set(terms.fold(piece).split())
            for piece in pieces]
    if any(w in _CONDITION_WORDS or _CONDITION_ENDING.search(w) or w in MALIGNANT_WORDS
           for words in said for w in words):
        if len(pieces) < 3 or sum(bool(w & MALIGNANT_WORDS) for w in said) > 1:
            return False
    elif not all(words & _PLAN_WORDS or any(_PLAN_ENDING.search(w) for w in words)
                 or terms.names_in(piece) & terms.NAMED_MEDICINES or stem_medicines(piece)
                 for piece, words in zip(pieces, said, strict=True)):
        return False  # "Salmon patch (naevus simplex), nape of neck": a place, not a plan
    return all(text_relation(x, y) == "different"
               for i, x in enumerate(pieces) for y in pieces[i + 1:])


@dataclass(frozen=True)
class Listed:
    """A line read as a list: how its parts are joined ("and", "then", "or", "/") and the parts
    as written. A line that names one thing has one part and no joining word."""

    joined: frozenset[str]
    parts: tuple[str, ...]


@lru_cache(maxsize=4096)
def listed(text: str) -> Listed:
    """The things one line names, when it names several (see above); else the line itself."""
    text = (text or "").strip()
    one = Listed(frozenset(), (text,))
    if not _LIST_WORD.search(text):
        return one
    text = terms.verb_for_each(text)  # "stop drinking and smoking": a stop for each
    phrase = parse(text)
    matches = list(_LIST_WORD.finditer(text))
    lowered = text.lower()
    ranges = []
    if units.RANGE_BETWEEN.may_match(lowered):  # "between 2 and 3 litres": a range, no list
        ranges = [m.span() for m in units.RANGE_BETWEEN.pattern.finditer(lowered)]
    if "altern" in lowered or "other day" in lowered or "second day" in lowered or (
            "one day" in lowered or "un día" in lowered or "un dia" in lowered):
        # "10 mg and 5 mg on alternate days": one dose, each amount in its turn
        ranges += [m.span() for m in units.ALTERNATING_DOSES.finditer(lowered)]
    if ranges:
        matches = [m for m in matches if not any(a < m.start() < b for a, b in ranges)]
        if not matches:
            return one
    if (phrase.negated or phrase.qualifiers - {"or", "versus", "vs"}) and not _own_qualifiers(
            text, matches):
        return one  # "no pneumonia or effusion", "?PE/pneumonia": read as one line, as before
    joined: set[str] = set()
    parts: list[str] = []
    start = 0
    if all(match.lastgroup == "comma" for match in matches) and not (
            len(matches) == 1 and _a_second_condition(text[:matches[0].start()],
                                                      text[matches[0].end():])
            or _comma_list(text, matches)):
        # A comma alone may add detail to a name ("Breast cancer, ductal carcinoma in situ"); a
        # list has a word such as "and" too ("Diabetes, asthma and eczema"), or two conditions
        # of their own ("Asthma, eczema", adds_a_condition), or names things of another kind
        # each (_comma_list: "FBC, U&E, LFT")
        return one
    for match in matches:
        parts.append(text[start:match.start()])
        start = match.end()
        kind = match.lastgroup
        joined.add({"then": "then", "either": "or", "slash": "/"}.get(kind or "", "and"))
    parts.append(text[start:])
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < 2 or len(parts) > 6 or not all(map(_names_something, parts)):
        return one
    # A list word that belongs to a name ("wear and tear arthritis") is gone once the names are
    # read: then the line is not split where a name was (a sign, "+" or ";" never is; a slash
    # only inside a product of two medicines, "codeine/paracetamol" being co-codamol).
    def worded(found: list[re.Match[str]]) -> int:
        return sum(1 for match in found
                   if match.lastgroup == "slash" or any(ch.isalpha() for ch in match.group()))
    canonical = terms.canonical(text)
    if canonical in terms.SYNONYMS or worded(list(_LIST_WORD.finditer(canonical))) < worded(
            matches):
        return one  # (or the whole line one name with "and" in it: "hand foot and mouth")
    # the same thing said twice ("Restless legs / RLS", "Heart attack / MI") is one thing
    distinct: list[str] = []
    for part in parts:
        if not any(text_relation(part, seen) == "same" for seen in distinct):
            distinct.append(part)
    if len(distinct) < 2:
        return Listed(frozenset(), (distinct[0],))
    return Listed(frozenset(joined), tuple(distinct))


# "with" joining two named conditions: "Primary aldosteronism with hypokalaemia" names what
# "Conn's syndrome + low potassium" lists.
_WITH = re.compile(r"\s+(?:with|w/|con)\s+", re.IGNORECASE)


def _with_parts(one: Listed, other: Listed) -> Listed:
    """``one`` (a line naming one thing) read as a list at its "with", when ``other`` lists as
    many things joined by "and" and each side of the "with" names something; else ``one``."""
    if len(one.parts) != 1 or not other.joined <= {"and"}:
        return one
    parts = tuple(p.strip() for p in _WITH.split(one.parts[0]))
    if len(parts) != len(other.parts) or not all(map(_names_something, parts)):
        return one
    return Listed(frozenset({"and"}), parts)


def _list_relation(la: Listed, lb: Listed) -> str:
    """Two lines of which at least one names several things, compared thing by thing: each of one
    must be paired with one of the other, else one doctor names something the other does not."""
    la, lb = _with_parts(la, lb), _with_parts(lb, la)
    if len(la.parts) != len(lb.parts):
        return _each_a_kind(la, lb)
    if la.joined != lb.joined and not la.joined | lb.joined <= {"and", "then"}:
        return "different"  # "pneumonia or bronchitis" is not "pneumonia and bronchitis"
    length_a, length_b = _whole_course(la), _whole_course(lb)
    if length_a and length_b and length_a != length_b:
        return "different"  # "omeprazole and amoxicillin for 7 days" against "... 14 days"
    if _spans_at_the_end_differ(la.parts[-1], lb.parts[-1]):
        return "different"  # "lifting or driving after 6 weeks" against "... after 2 weeks"
    parts_a, parts_b = la.parts, lb.parts
    if length_a and length_b:  # the course given to each item, as it is to the whole list
        parts_a = tuple(f"{part} for {length_a} days" for part in parts_a[:-1]) + parts_a[-1:]
        parts_b = tuple(f"{part} for {length_b} days" for part in parts_b[:-1]) + parts_b[-1:]
    relations = [[text_relation(x, y) for y in parts_b] for x in parts_a]
    if la.joined == lb.joined == {"then"}:  # the order is part of the plan
        orders = [tuple(range(len(lb.parts)))]
    else:
        orders = list(itertools.permutations(range(len(lb.parts))))
    best = "different"
    for order in orders:
        found = {relations[i][j] for i, j in enumerate(order)}
        if found <= {"same"}:
            best = "same"
            break
        if found <= {"same", "refined", "maybe_same"}:
            best = "maybe_same" if "maybe_same" in found or best == "maybe_same" else "refined"
    if best == "same" and la.joined != lb.joined:
        return "refined"  # "surgery then chemo" says the order "surgery and chemo" leaves open
    return best


def _each_a_kind(la: Listed, lb: Listed) -> str:
    """"refined" when one line names one thing and the other a list of that thing's kinds
    ("bloods" against "FBC, U&E and LFT", "chemo" against "carboplatin and paclitaxel"); else
    "different" (one names something more)."""
    one, many = (la, lb) if len(la.parts) < len(lb.parts) else (lb, la)
    if len(one.parts) != 1 or not many.joined <= {"and"}:
        return "different"
    if all(text_relation(one.parts[0], part) == "refined" for part in many.parts):
        return "refined"
    return "different"


def _whole_course(listed_: Listed) -> int:
    """How long, in days, a course at the end of a list lasts, when nothing before it gives
    one: "omeprazole 20 mg and amoxicillin 1 g for 7 days" is a week of both; else 0."""
    *first, last = (units.course_days(part) for part in listed_.parts)
    return last[0] if len(last) == 1 and not any(first) else 0


# How sure a diagnosis is said to be, as parse writes it ("possible", "might be", "?" are
# "suspected"; "likely", "probably" are "probable")
HEDGES = ("suspected", "probable")


def hedged_apart(a: str | None, b: str | None) -> tuple[str, str] | None:
    """How sure each of two diagnoses is said to be ("suspected", "probable", or "" where no
    doubt is written), where that is all that sets them apart but for one naming the condition
    more exactly ("Possible heart failure" against "Heart failure"); else None."""
    pa, pb = parse(a), parse(b)
    if pa.empty or pb.empty or pa.negated or pb.negated:
        return None
    said_a = [h for h in HEDGES if h in pa.qualifiers]
    said_b = [h for h in HEDGES if h in pb.qualifiers]
    if said_a == said_b or len(said_a) > 1 or len(said_b) > 1:
        return None
    rest_a = {t for t in pa.variants[0] if t not in HEDGES} if pa.variants else set()
    rest_b = {t for t in pb.variants[0] if t not in HEDGES} if pb.variants else set()
    # the same condition, or one said more exactly ("possible heart failure" against "heart
    # failure with reduced ejection fraction")
    if not rest_a or not rest_b or not (rest_a <= rest_b or rest_b <= rest_a):
        return None
    return (said_a[0] if said_a else "", said_b[0] if said_b else "")


def named_by_one(a: str | None, b: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What each of two lines names that the other does not, when everything else pairs up
    ("Surgery" against "Surgery and chemotherapy": ((), ("chemotherapy",))), as written; two
    empty tuples when that is not so."""
    la, lb = listed(a or ""), listed(b or "")
    if len(la.parts) == len(lb.parts):
        return (), ()
    small, large = (la, lb) if len(la.parts) < len(lb.parts) else (lb, la)
    if "or" in large.joined or "/" in large.joined:
        return (), ()
    left = list(large.parts)
    for part in small.parts:
        match = next((x for x in left if text_relation(part, x) in ("same", "refined")), None)
        if match is None:
            return (), ()
        left.remove(match)
    extra = tuple(left)
    return ((), extra) if large is lb else (extra, ())


# (the table's names of a change to the one named: "then reduce by 5 mg weekly" is a step)
_STEP_NAMES = frozenset({"taper", "reduce", "stop", "continue"})


def part_both_name(a: str, b: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]] | None:
    """Where one line names one treatment and the other that one and more, each with its
    own facts ("aspirin 75 mg daily" against "aspirin 300 mg and clopidogrel 75 mg"): each
    side's words for the one both name, and what each names besides; else None. (Read
    together, the second's doses had been summed: "300 mg + 75 mg" against 75 mg.)"""
    la, lb = listed(a), listed(b)
    if min(len(la.parts), len(lb.parts)) != 1 or max(len(la.parts), len(lb.parts)) < 2:
        return None
    (one,), many = (la.parts, lb) if len(la.parts) == 1 else (lb.parts, la)
    if "or" in many.joined or "/" in many.joined:
        return None
    bare = units.without_course(one)
    matched = [part for part in many.parts if bare and text_relation(
        bare, units.without_course(part)) in ("same", "refined")]
    extra = tuple(part for part in many.parts if part not in matched)
    # each besides a treatment the table names: not a dose named besides ("... then 250 mg
    # daily", "1 and a half tabs of 10 mg"), nor a step of the one ("40 mg then taper")
    if len(matched) != 1 or not all(terms.names_in(part) - _STEP_NAMES for part in extra):
        return None
    return (one, matched[0], (), extra) if many is lb else (matched[0], one, extra, ())


def text_relation(a: str | None, b: str | None, code_a: str = "", code_b: str = "") -> str:
    """"same", "refined", "different", "maybe_same", or "unknown" when either text is empty.

    An abbreviation with two meanings ("MS", "RA") is read each way its own text and code leave
    open; when one reading agrees and another does not, the answer is "maybe_same", never a
    guess."""
    a, b = lab_units.results_in_one_unit(a or "", b or "")
    a, b = terms.organs_out(a), terms.organs_out(b)  # "take out the womb and ovaries"
    # "pulmonary nodule, not cancer" is one finding said benign, no list of two
    a, b = _benign_said_after(a), _benign_said_after(b)
    pa, pb = parse(a), parse(b)
    if pa.empty or pb.empty:
        return "unknown"
    if at_once_against_in_turn(a, b) or brands_differ(a, b) or _times_ago_differ(a, b):
        return "different"
    if _markers_clash(pa, pb, {"together"}):  # together with a medicine, against apart from it
        return "different"
    if _listed_in_any_order(a, b):
        return "same"
    la, lb = listed(a), listed(b)
    if len(la.parts) > 1 or len(lb.parts) > 1:
        if (len(la.parts) > 1) != (len(lb.parts) > 1) and set(pa.variants) & set(pb.variants):
            # one side's words cut into a list, the other's read as one with the same words
            # ("type 2 diabetes with neuropathy", read as a list of diabetes and its diabetic
            # neuropathy, against "type 2 diabetes and diabetic neuropathy")
            return "same"
        return _list_relation(la, lb)
    if (la.parts[0], lb.parts[0]) != (a.strip(), b.strip()):  # a thing said twice, said once
        a, b = la.parts[0], lb.parts[0]
        pa, pb = parse(a), parse(b)
    if _same_words(a, b):
        return _not_another_medicine(a, b, phrase_relation(pa, pb))
    readings_a, readings_b = terms.readings(a, code_a), terms.readings(b, code_b)
    if len(readings_a) == 1 and len(readings_b) == 1:
        relation = _not_another_medicine(a, b, phrase_relation(parse(readings_a[0]),
                                                               parse(readings_b[0])))
        return "refined" if relation == "different" and _halves_refined(a, b) else relation
    found = {phrase_relation(parse(x), parse(y)) for x in readings_a for y in readings_b}
    if len(found) == 1:
        return found.pop()
    if found & {"same", "refined"}:
        return "maybe_same"
    return "different"


# Things said in a list, each in another order on the other side, with what is said of them
# all at either end: "no lifting or driving for 6 weeks" against "no driving or lifting for 6
# weeks", "lifting or driving after 6 weeks" (read as one line each, "no" or the time saying it
# for both, the order of their words had set them apart)
_FOR_ALL = re.compile(r"\s*(?:(no|avoid|without|sin|nada de|evitar|evite)\s+)?(.+?)\s*$",
                      re.IGNORECASE)
_ITEM_CUT = re.compile(r"\s*(,|\b(?:or|nor|and|ni|o|y)\b|&)\s*", re.IGNORECASE)
_SPAN_AT_THE_END = re.compile(r"\s+(?:for|after|until|durante|tras|hasta)\s+"
                              r"(?:the\s+next\s+|los\s+proximos\s+)?\S+\s+\S+$", re.IGNORECASE)
_OR_WORDS = frozenset({"or", "nor", "ni", "o"})


_SPAN_IN_DAYS = re.compile(r"(\d+(?:\.\d+)?)\s*(day|dia|week|semana|month|mes|year|ano)",
                           re.IGNORECASE)
_DAYS_IN = {"day": 1.0, "dia": 1.0, "week": 7.0, "semana": 7.0, "month": 30.4, "mes": 30.4,
            "year": 365.0, "ano": 365.0}


def _spans_at_the_end_differ(a: str, b: str) -> bool:
    """Whether two lists' last things each end with a time said of the list ("after 6 weeks",
    "for 14 days", as units writes them too), and the two are not as long ("driving for 6
    weeks" against "lifting for 2 weeks")."""
    days_a, days_b = (_span_days(terms.fold(text)[-40:]) for text in (a, b))
    if days_a is None or days_b is None or not all(
            _SPAN_AT_THE_END.search(text) or "interval" in text for text in (a, b)):
        return False
    return abs(days_a - days_b) > 0.5


def _span_days(text: str) -> float | None:
    """The first span of time in ``text`` (folded), in days; None without one."""
    found = _SPAN_IN_DAYS.search(text)
    return float(found[1]) * _DAYS_IN[found[2].lower()] if found else None


def _may_list(text: str) -> bool:
    text = text.lower()
    return ("," in text or " or " in text or " and " in text or " y " in text or " o " in text
            or " ni " in text or " nor " in text or "&" in text)


def _same_span(a: str, b: str) -> bool:
    """Whether two times said at the end of a list are one: in the same words, or as long in
    another unit after the same word ("for 6 weeks" and "for 42 days"; "after ...", as
    ``waits`` writes a wait)."""
    if terms.canonical(a) == terms.canonical(b):
        return True
    days_a, days_b = (_span_days(terms.fold(text)) for text in (a, b))
    if days_a is None or days_b is None or a.split()[0].casefold() != b.split()[0].casefold():
        return False
    return abs(days_a - days_b) <= 0.5


def _listed_in_any_order(a: str, b: str) -> bool:
    """Whether two lines say the same two or more things in another order, joined alike, with
    the same said of them all (above)."""
    if not (_may_list(a) and _may_list(b)):  # most lines list nothing
        return False
    said_a, said_b = _FOR_ALL.match(a), _FOR_ALL.match(b)
    if not (said_a and said_b) or (terms.canonical(said_a[1] or "")
                                   != terms.canonical(said_b[1] or "")):
        return False
    rest_a, rest_b = said_a[2], said_b[2]
    span_a, span_b = _SPAN_AT_THE_END.search(rest_a), _SPAN_AT_THE_END.search(rest_b)
    if span_a or span_b:
        if not (span_a and span_b) or not _same_span(span_a.group(), span_b.group()):
            return False
        rest_a, rest_b = rest_a[:span_a.start()], rest_b[:span_b.start()]
    cut_a, cut_b = _ITEM_CUT.split(rest_a), _ITEM_CUT.split(rest_b)
    if len(cut_a) < 3 or len(cut_a) != len(cut_b):
        return False

    def joined(cut: list[str]) -> set[bool]:
        return {word.lower() in _OR_WORDS for word in cut[1::2]}

    def items(cut: list[str]) -> list[str]:
        return sorted(terms.canonical(item) for item in cut[::2])
    return joined(cut_a) == joined(cut_b) and all(cut_a[::2]) and items(cut_a) == items(cut_b)


def _halves_refined(a: str, b: str) -> bool:
    """Whether two plans each one thing "with" another are the same thing first, and what goes
    with it said more exactly on one side: "radiotherapy with hormone therapy" against
    "radiotherapy with ADT" (a kind of hormone therapy), "radioterapia con hormonoterapia" too.
    (Not where the first things differ: "MDI with spacer preferred over nebuliser" against
    "nebuliser preferred over MDI with spacer" is the other way round.)"""
    halves_a, halves_b = _WITH.split(a), _WITH.split(b)
    return (len(halves_a) == len(halves_b) == 2
            and text_relation(halves_a[0], halves_b[0]) == "same"
            and text_relation(halves_a[1], halves_b[1]) == "refined")


# Brands of one kind of product that are not one product: each adrenaline pen is used its own
# way (NHS "Adrenaline auto-injectors": EpiPen, Jext, Emerade), each hormonal coil holds its own
# dose for its own years (Mirena and Levosert 52 mg, Kyleena 19.5 mg, Jaydess 13.5 mg). One
# of them against the kind ("an adrenaline auto-injector", "the IUS") is the same thing; one
# against another is not.
_BRAND_FAMILIES = (
    re.compile(r"\b(?:epi[\s-]?pens?|jext|emerade)\b"),
    re.compile(r"\b(?:mirena|kyleena|jaydess|levosert|benilexa|skyla|liletta)\b"),
)
_ANY_BRAND = re.compile(r"pen|jext|emerade|mirena|kyleena|jaydess|levosert|benilexa|skyla|"
                        r"liletta", re.IGNORECASE)


def brands_differ(a: str, b: str) -> bool:
    """Whether two texts name two brands of one family ("EpiPen" against "Jext", "Mirena"
    against "Kyleena")."""
    if not (_ANY_BRAND.search(a) and _ANY_BRAND.search(b)):  # most texts name none: cheap first
        return False
    fa, fb = terms.fold(a), terms.fold(b)

    def brands(found: list[str]) -> set[str]:
        return {re.sub(r"[\s-]|s$", "", m) for m in found}
    for family in _BRAND_FAMILIES:
        in_a, in_b = brands(family.findall(fa)), brands(family.findall(fb))
        if in_a and in_b and not in_a & in_b:
            return True
    return False


# How long ago, as days: "placed 3 months ago" against "3 years ago", "hace 2 semanas"
_AGO = re.compile(r"\b(\d{1,3}|a|an|one|two|three|four|five|six|ten|twelve)\s+"
                  r"(day|week|month|year)s?\s+ago\b|\bhace\s+(\d{1,3}|un|una|dos|tres|cuatro|"
                  r"cinco|seis)\s+(dia|semana|mes|ano)(?:s|es)?\b")
_AGO_COUNTS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "two": 2, "dos": 2, "three": 3,
               "tres": 3, "four": 4, "cuatro": 4, "five": 5, "cinco": 5, "six": 6, "seis": 6,
               "ten": 10, "twelve": 12}
_AGO_DAYS = {"day": 1, "dia": 1, "week": 7, "semana": 7, "month": 30, "mes": 30, "year": 365,
             "ano": 365}


def _ago(text: str) -> frozenset[int]:
    found = set()
    for m in _AGO.finditer(terms.fold(text)):
        count, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.add((int(count) if count.isdigit() else _AGO_COUNTS[count]) * _AGO_DAYS[unit])
    return frozenset(found)


def _times_ago_differ(a: str, b: str) -> bool:
    """Whether both texts say how long ago, and not the same ("stent placed 3 months ago"
    against "3 years ago": parse sets when aside, as "gastroenteritis last week" is
    gastroenteritis)."""
    if not (("ago" in a or "hace" in a) and ("ago" in b or "hace" in b)):
        return False
    ago_a, ago_b = _ago(a), _ago(b)
    return bool(ago_a and ago_b and ago_a != ago_b)


def _not_another_medicine(a: str, b: str, relation: str) -> str:
    """"refined" unless one text names another medicine than the other (``names_another_
    medicine``) or another condition after "with" or a comma (``adds_a_condition``): then
    "different"."""
    if relation != "refined":
        return relation
    return "different" if names_another_medicine(a, b) or adds_a_condition(a, b) else relation


# Words and endings that name a condition (not a treatment, a test or a plan), for a second
# condition joined by "with" or a comma.
_CONDITION_ENDING = re.compile(r"(?:itis|osis|iasis|omas?|emia|pathy|patia|plasia)$")
# what a treatment is for: "fluticasone salmeterol, for asthma"
_WHAT_FOR = frozenset({"for", "para", "against", "contra"})
_KIND_WORDS = frozenset({"subtype", "type", "variant", "form", "kind", "subtipo", "tipo",
                         "variante", "forma"})
_JOINED = re.compile(r"\s+(?:with|con)\s+|\s*[,;]\s+")


def adds_a_condition(a: str, b: str) -> bool:
    """Whether one text is the other's condition, then "with" or a comma and a second
    condition of its own: "asthma" against "asthma with eczema" or "asthma, eczema" (read as
    the first made more exact). Not a stage, side, site or grade ("pneumonia, left lower
    lobe", "colon cancer, stage III"), nor a kind or complication that shares the first's
    word or its malignancy ("type 2 diabetes with diabetic kidney disease", "breast cancer,
    ductal carcinoma in situ")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    joined = _JOINED.search(long)
    if joined is None:
        return False
    head, tail = long[:joined.start()], long[joined.end():]
    return text_relation(short, head) == "same" and _a_second_condition(head, tail)


def _a_second_condition(head: str, tail: str) -> bool:
    """Whether ``tail``, after "with" or a comma, names a condition of its own beside
    ``head``'s (not its stage, site, kind, cause, complication or what it is for)."""
    tail = _BRACKETED.sub(" ", tail)
    head_words = set(terms.canonical(head).split())
    tail_words = set(terms.canonical(tail).split())
    said = tail_words | set(terms.fold(tail).split())  # "stroke" as said, not only as named
    if not any(w in _CONDITION_WORDS or _CONDITION_ENDING.search(w) for w in said):
        return False
    said_in_order = terms.canonical(tail).split() or [""]
    first = said_in_order[0]
    # a kind's word, unless it starts a name of its own with its number ("type 2 diabetes")
    kind = any(w in _KIND_WORDS and not (i + 1 < len(said_in_order)
                                         and said_in_order[i + 1].isdigit())
               for i, w in enumerate(said_in_order))
    if first in LINKING or first in _WHAT_FOR or kind:
        return False  # "neumonía, después de la gripe", "..., AIDP subtype", "..., for asthma"
    if head_words & MALIGNANT_WORDS and tail_words & MALIGNANT_WORDS:
        return False  # one cancer named two ways, or its kind
    stems = {w[:5] for w in head_words if len(w) >= 5}
    if any(w[:5] in stems for w in tail_words if len(w) >= 5):
        return False  # "diabetes with diabetic kidney disease": of the first
    return text_relation(head, tail) == "different"


def names_another_medicine(a: str, b: str) -> bool:
    """Whether one text names a medicine that is neither the other's nor a kind of it: a
    medicine or class whose name only contains the other's words ("Calcium" against "Calcium
    channel blocker", "Fluticasone" against "fluticasone salmeterol", a product of two; not a
    kind of it, its broader names, ``_kinds``), or a medicine more, one that is no kind of what
    the other names ("Enalapril, one a day" against "Enalapril and hydrochlorothiazide, one a
    day": a second medicine, not more detail)."""
    named_a, named_b = terms.names_in(a), terms.names_in(b)
    broader = _kinds()[1]
    for small, large in ((named_a, named_b), (named_b, named_a)):
        # a medicine only the larger side names ("fluticasone salmeterol" on both sides, with
        # its two inner names, is no medicine more on either)
        for medicine in (large - small) & terms.MEDICINES:
            words = set(medicine.split())
            kinds = broader.get(medicine, ())
            for name in small - {medicine}:
                # (not a name inside one of its broader names: "eye" in "glaucoma eye drops",
                # inside "eye drops")
                if set(name.split()) < words and name not in kinds and not any(
                        set(name.split()) < set(kind.split()) for kind in kinds):
                    return True
        # (a medicine named with the form the other side names it by is no medicine more:
        # "eye drops" against "chloramphenicol eye drops")
        forms = small & large & terms.FORM_KINDS
        if small & terms.MEDICINES and any(
                not any(_kin(name, extra, broader) or name in forms for name in small)
                for extra in _outermost((large - small) & terms.MEDICINES)):
            return True
    # a medicine the table does not hold (what it holds is read above, kinds and all), known
    # by its stem, that one side names more
    stems = stem_medicines(a) ^ stem_medicines(b)
    held = {w for name in named_a | named_b for w in name.split()}
    if any(w not in terms.MEDICINES and w not in held for w in stems):
        return True
    # a treatment by its way of giving, as an item of a list ("rest, fluids and ear drops"):
    # one more on one side
    return _items(a) != _items(b)


@lru_cache(maxsize=4096)
def _items(text: str) -> frozenset[str]:
    """The treatments ``text`` names by their way of giving, as items of a list
    (units.ITEM_TOKENS: "physio and injection")."""
    return frozenset(units.without_facts(text).split()) & units.ITEM_TOKENS


def _outermost(names: set[str] | frozenset[str]) -> list[str]:
    """The names not inside a longer one of them ("alendronate" is inside "alendronate
    cholecalciferol", a product of two, and is not named on its own there)."""
    return [name for name in names
            if not any(name != other and set(name.split()) < set(other.split())
                       for other in names)]


def _kin(one: str, other: str, broader: dict[str, list[str]]) -> bool:
    """Whether one name is a kind of the other, either way (atorvastatin and statin)."""
    return one in broader.get(other, ()) or other in broader.get(one, ())


def texts_conflict(a: str | None, b: str | None, qualifiers: bool = True) -> bool:
    """Whether two short texts (findings, readings) say opposite things by the markers above.

    Readings of a test pass ``qualifiers=False``: there "possible" or "no" on one side only is
    wording, and only opposite sides, numbers, grades and markers count as a conflict."""
    pa, pb = parse(a), parse(b)
    if pa.empty or pb.empty:
        return False
    return conflicts(pa, pb, qualifiers)


# A test read as showing nothing: the whole reading says so ("Normal", "All clear", "Nothing
# abnormal found", "MRI was unremarkable", "Sin hallazgos", "Negativo", "Normal for age").
_TEST_NOUN = (r"(?:mri|ct|x ?rays?|scan|test|tests|result|results|study|ultrasound|biopsy|ecg|"
              r"(?:chest )?films?|"
              r"ekg|bloods?|blood tests?|labs?|smear|rx|radiografia|resonancia|ecografia|"
              r"analitica|analisis|prueba|pruebas|estudio|biopsia)")
_ALL_CLEAR = re.compile(
    rf"^(?:(?:the|a|an|el|la|los|las)\s+)?(?:{_TEST_NOUN}\s*(?:is|was|were|are|came back|"
    r"showed|shows|:|-|salio|salieron|es)?\s*)?"
    r"(?:completely |totally |all |entirely |todo )?"
    r"(?:normal|unremarkable|negative|clear|clean|fine|ok|okay|"
    r"nothing(?: (?:wrong|found|abnormal|significant|seen|of note|to worry about|showed up|"
    r"detected|identified|noted))*|"
    r"no abnormalit(?:y|ies)(?: (?:seen|found|detected))?|nad|wnl|within normal limits|"
    r"not detected|none detected|undetected|undetectable|no se detecta|no detectad[oa]|"
    r"sin hallazgos(?: (?:patologicos|significativos|relevantes))?|sin alteraciones|"
    r"negativ[oa]s?|limpi[oa]s?|bien|nada(?: (?:raro|malo|anormal))?)"
    rf"(?:\s+(?:{_TEST_NOUN}|for (?:age|his age|her age|their age)|para (?:la|su) edad))?"
    r"\s*[.!]*$")
_CLEAR_WORDS = re.compile(r"\b(?:normal|unremarkable|negative|negativ[oa]s?|sin hallazgos|"
                          r"no abnormalit(?:y|ies)|within normal limits)\b")


# A test's result said as one word or two, positive ("Detected", "Positivo") or, for a biopsy,
# not cancer ("Benign", "No evidence of malignancy"): two such readings say the same thing
_SAYS = (
    ("positive", re.compile(r"^(?:positive|detected|present|reactive|positiv[oa]|"
                            r"detectad[oa]|reactiv[oa])\s*[.!]*$")),
    ("not cancer", re.compile(
        r"^(?:benign|no (?:evidence of )?malignancy(?: (?:seen|found|identified|detected))?|"
        r"negative for malignancy|no (?:cancer|malignant cells)(?: (?:seen|found|detected))?|"
        r"not (?:cancer|cancerous|malignant)|benign[oa]|sin (?:signos de )?malignidad|"
        r"negativ[oa] para malignidad)\s*[.!]*$")),
)


def _says(reading: str | None) -> str:
    text = " ".join(terms.fold_letters(reading or "").split())
    return next((name for name, pattern in _SAYS if pattern.match(text)), "")


def readings_alike(a: str | None, b: str | None) -> bool:
    """Two readings of one test that say the same in other words: both show nothing, both are
    positive ("Positive", "Detected"), or both say a biopsy found no cancer ("Benign", "No
    evidence of malignancy")."""
    if finds_nothing(a) and finds_nothing(b):
        return True
    said = _says(a)
    return bool(said) and said == _says(b)


# One clause of a reading that says nothing was found, beyond the whole-reading ones: "no
# abnormal rhythms", "no significant growth", "no epileptiform activity", "normal sinus
# rhythm", "CSF normal", "all normal". Only findings a normal report denies: never "no change",
# "no flow" or "no response", which can be the finding.
_NO_FINDING = re.compile(
    r"^(?:no|nil|without|sin|ningun[oa]?)\s+(?:significant |acute |focal |obvious |evidence of |"
    r"signs? of |signos de |evidencia de )?(?:abnormal(?:ity|ities)?(?: rhythms?)?|"
    r"arrhythmias?|arritmias?|growth|crecimiento|infection|infeccion|fractures?|fracturas?|"
    r"seizure activity|epileptiform (?:activity|discharges?)|actividad epileptiforme|"
    r"malignancy|malignidad|masse?s?|masas?|bleed(?:ing)?|sangrado|hemorragia|"
    r"(?:abnormal |acute )?findings?|hallazgos(?: patologicos| significativos)?|"
    # (an ECG's or a head scan's "no acute changes", "no ischaemic changes": nothing new and
    # nothing wrong; never "no change" alone, which can be the finding)
    r"(?:acute|ischa?emic) (?:st )?changes?|"
    r"alteraciones|lesions?|lesiones|disease|enfermedad|stones?|calculos?|pathology|"
    # (a cancer's spread, however said: "no spread" = "no evidence of metastases")
    r"spread|metastas[ie]s|metastatic (?:disease|deposits?)|secondaries|secondary deposits|"
    r"metastasis|diseminacion|"
    r"patologia)(?: (?:seen|found|detected|identified|noted|shown|present|visto|vista|"
    r"detectad[oa]s?|encontrad[oa]s?))?$"
    r"|^normal(?: (?!except|but|apart|other|save|however|although|excepto|salvo|pero)[a-z]+){1,3}$"
    r"|^(?:[a-z]+ ){1,2}(?:normal|clear|unremarkable|normales?|limpi[oa]s?)$"
    r"|^(?:all|todo) (?:normal|clear|bien)$|^nothing (?:seen|found|abnormal)$"
    # the heart's normal rhythm, said alone (an ECG read as "sinus rhythm" is a normal one)
    r"|^(?:regular |normal )?sinus rhythm$|^nsr$|^ritmo sinusal$"
    # ... and with nothing else on it in one clause ("sinus rhythm with no acute changes",
    # "ritmo sinusal sin alteraciones agudas")
    r"|^(?:(?:regular |normal )?sinus rhythm|ritmo sinusal(?: normal)?) (?:with no|without|sin) "
    r"(?:acute |significant )?(?:changes|abnormalit(?:y|ies)|alteraciones(?: agudas| "
    r"significativas)?|cambios agudos)$|^sin (?:alteraciones|cambios) agud[oa]s$"
    # a smear and a mammogram read as negative (NILM; ACR BI-RADS 1)
    r"|^negative for (?:intraepithelial lesion|malignancy)(?: or malignancy)?$"
    r"|^(?:high risk |hr ?)?hpv (?:not detected|negative)$"
    r"|^bi[ -]?rads 1$")


def finds_nothing(reading: str | None) -> bool:
    """Whether a test's reading says, as a whole, that it showed nothing ("Normal"), in one
    clause or in several that each say so ("Clear, nothing abnormal"; "Normal sinus rhythm, no
    abnormality")."""
    text = " ".join(terms.fold_letters(reading or "").split())
    if _ALL_CLEAR.match(text):
        return True
    clauses = [c.strip(" .!") for c in re.split(r"[,;]|\s+(?:and|y|[-–])\s+", text)]
    # (or in the table's words: "heart pumping well" is "normal left ventricular function")
    return all(c and (_ALL_CLEAR.match(c) or _NO_FINDING.match(c)
                      or _NO_FINDING.match(terms.canonical(c))) for c in clauses)


def finds_something(reading: str | None) -> bool:
    """Whether a reading names something found ("Torn meniscus", "Shadow on the lung"), with
    no word that calls the test normal ("mild changes, normal for age" is not counted)."""
    text = terms.fold_letters(reading or "")
    if finds_nothing(text) or _CLEAR_WORDS.search(text):
        return False
    return bool(parse(text).positive)


def readings_contradict(a: str | None, b: str | None) -> bool:
    """Two readings of one test that contradict each other: opposite sides, numbers or markers,
    a negation, one read as showing nothing and the other naming something found, a part read
    as whole against it read as torn or broken, or two rhythms of the heart."""
    clear_a, clear_b = finds_nothing(a), finds_nothing(b)
    if clear_a and clear_b:
        return False  # "Normal" and "Nothing abnormal found" (whose "abnormal" is denied)
    if (clear_a or clear_b) and all("sinus" in terms.fold_letters(x or "") for x in (a, b)):
        # "Sinus rhythm" (a normal one) against "Sinus tachycardia": the same rhythm at another
        # rate, a difference, not a contradiction (against "Atrial fibrillation" it is one)
        clear_a = clear_b = False
    return (texts_conflict(a, b, qualifiers=False) or (clear_a and finds_something(b))
            or (clear_b and finds_something(a)) or _whole_against_damaged(a, b)
            or _two_rhythms(a, b)
            # "Not detected" against "Detected", "Negative" against "Positive"
            or (clear_a and _says(b) == "positive") or (clear_b and _says(a) == "positive"))


# A part read as whole ("ACL intact", "ligamento íntegro") against the same test read as
# damaged ("ACL tear"): one says there is nothing wrong with what the other finds broken.
_WHOLE = re.compile(r"\b(?:intact|integr[oa]s?|intact[oa]s?|preserved|preservad[oa]s?)\b")
_DAMAGED = re.compile(r"\b(?:tears?|torn|ruptur(?:e|ed)|fractur(?:e|ed)|broken|disrupt(?:ed|ion)|"
                      r"perforat(?:ed|ion)|rot[oa]s?|rotura|desgarro|desgarrad[oa])\b")


def _whole_against_damaged(a: str | None, b: str | None) -> bool:
    fa, fb = terms.fold_letters(a or ""), terms.fold_letters(b or "")
    whole_a, whole_b = bool(_WHOLE.search(fa)), bool(_WHOLE.search(fb))
    damaged_a, damaged_b = bool(_DAMAGED.search(fa)), bool(_DAMAGED.search(fb))
    return (whole_a and not damaged_a and damaged_b and not whole_b) or (
        whole_b and not damaged_b and damaged_a and not whole_a)


# The heart's rhythm as an ECG reading names it: two different ones are two findings that
# cannot both be right at one time ("Sinus rhythm" against "Atrial fibrillation").
_RHYTHMS = (
    ("sinus", re.compile(r"\bsinus (?:rhythm|tachycardia|bradycardia)\b|\bnormal sinus\b|"
                         r"\britmo sinusal\b")),
    ("af", re.compile(r"\batrial fibrillation\b")),
    ("flutter", re.compile(r"\batrial flutter\b|\baleteo auricular\b|\bflutter auricular\b")),
    ("svt", re.compile(r"\bsupraventricular tachycardia\b|\bsvt\b")),
    ("vt", re.compile(r"(?<!supra)\bventricular tachycardia\b|\bvt\b")),
    ("block", re.compile(r"\bcomplete heart block\b|\bthird degree (?:heart |av )?block\b")),
    ("paced", re.compile(r"\bpaced rhythm\b|\bpacemaker rhythm\b")),
)


def _rhythms(text: str | None) -> set[str]:
    said = terms.canonical(text or "")
    return {name for name, pattern in _RHYTHMS if pattern.search(said)}


def _two_rhythms(a: str | None, b: str | None) -> bool:
    ra, rb = _rhythms(a), _rhythms(b)
    return len(ra) == len(rb) == 1 and ra != rb


def in_another_order(a: str | None, b: str | None) -> bool:
    """Whether two texts say the same things in an order that matters ("Surgery then chemo"
    against "Chemo then surgery")."""
    pa, pb = parse(a), parse(b)
    if pa.empty or pb.empty or not (pa.linking or pb.linking):
        return False
    said_a = Counter({w: n for w, n in pa.tokens.items() if w not in _ORDER_ONLY})
    said_b = Counter({w: n for w, n in pb.tokens.items() if w not in _ORDER_ONLY})
    return said_a == said_b and not set(pa.variants) & set(pb.variants)


_ORDER_ONLY = frozenset({"first", "next", "primero"})  # "surgery first, then …"


# The words of ONE_SIDED that put a plan off or make it wait on something.
_PUTTING_OFF = frozenset({"later", "delay", "if", "unless", "eventually", "posponer", "aplazar",
                          "retrasar"})


def turns_down(a: str | None, b: str | None) -> bool:
    """Whether one text turns down or puts off what the other says: a word negated on one side
    and said on the other ("Avoid surgery" against "Surgery"), or a word that puts it off on one
    side only ("Surgery only if physio fails", "Surgery later")."""
    pa, pb = parse(a), parse(b)
    if pa.empty or pb.empty:
        return False
    # a word denied and said on one side is not turned down there ("no surgery for now,
    # operate if it starts hurting")
    denied_a, denied_b = pa.negated - set(pa.positive), pb.negated - set(pb.positive)
    # what a purpose keeps away is no plan turned down ("statin to prevent a stroke" against
    # "statin to treat the stroke"; a treatment kept away is said "to avoid" it)
    denied_a, denied_b = denied_a - pa.kept_away, denied_b - pb.kept_away
    # "don't operate unless it grows" is "operate only if it grows": put off, not turned down
    if "unless" in pa.qualifiers:
        denied_a = set()
    if "unless" in pb.qualifiers:
        denied_b = set()
    # a "not" only in the condition denies nothing of the plan ("dial 999 if the fit has not
    # stopped")
    if denied_a and _NOT_ONLY_IN_CONDITION.match(terms.fold(a or "")):
        denied_a = set()
    if denied_b and _NOT_ONLY_IN_CONDITION.match(terms.fold(b or "")):
        denied_b = set()
    a_turns, b_turns = denied_a & set(pb.positive), denied_b & set(pa.positive)
    if denied_a and denied_b:
        # both deny something: only each turning down what the other recommends ("no surgery,
        # physio" against "surgery, no physio") is a contradiction; "stop the cholesterol
        # tablet (simvastatin)" against "discontinue simvastatin" both stop it
        if a_turns and b_turns:
            return True
    elif a_turns or b_turns:
        return True
    # put off on one side only (each in its own words: "later" and "delay" both put it off),
    # against a plan the other does not deny ("stop metformin if vomiting" against "hold
    # metformin while vomiting" puts nothing off)
    off_a, off_b = _puts_off(a or "", pa, b or ""), _puts_off(b or "", pb, a or "")
    return (off_a and not off_b and not denied_b) or (off_b and not off_a and not denied_a)


_IF = re.compile(r"\b(?:if|si)\b")
_NOT_ONLY_IN_CONDITION = re.compile(
    r"(?:(?!\b(?:no|not|never|avoid|stop|don'?t|dont|sin|nunca)\b).)*\b(?:if|unless|si)\b"
    r"[^.;]*\b(?:no|not|never|n't|dont|isnt|doesnt|hasnt|havent|wont|sin)\b")
# Safety-netting: when to come back or call for help ("return if", "call 911 if", "volver si")
_SAFETY_NET = re.compile(
    r"\b(?:return|come back|come bak|call|phone|ring|dial|seek|get (?:help|advice|seen)|"
    r"be seen|make an? (?:gp |doctors? )?(?:appt|appointment)|go (?:to|back)|attend|contact|"
    r"see (?:a |your |the )?(?:gp|doctor)|volver|vuelva|llamar|llame|acudir|acuda|consultar|"
    r"consulte)\b[^.;]*?\b(?:if|si)\b")


# A level that calls for the plan: "if Hb below 7", "if plt < 10", "si la glucosa es mayor de 250"
_IF_A_LEVEL = re.compile(
    r"\b(?:if|si|when|cuando)\s+(?:the\s+|his\s+|her\s+|la\s+|el\s+)?[a-z0-9]+"
    r"(?:\s+[a-z0-9]+)?\s+(?:level\s+|count\s+)?(?:is\s+|es\s+|gets\s+|falls\s+|drops\s+)?"
    r"(?:below|under|above|over|less than|more than|greater than|lower than|higher than|"
    r"menor de|mayor de|por debajo de|por encima de|<|>|≤|≥)\s*=?\s*\d")


def _puts_off(text: str, phrase: Phrase, other: str) -> bool:
    """Whether ``text`` puts its plan off: a word of putting off, but not the "if" of a
    medicine when needed ("EpiPen if anaphylaxis"), nor "later" against a time the other
    gives ("repeat the scan later" against "repeat MRI in 6 months")."""
    words = phrase.qualifiers & _PUTTING_OFF
    folded = terms.fold(text)
    if words == {"if"} and _IF.search(folded) and not _IF.search(
            units.AS_NEEDED.sub(" ", folded)):
        return False  # every "if" is the medicine's trigger ("last resort" is an "if" too)
    if words == {"if"} and (_SAFETY_NET.search(folded) or "if affected" in folded):
        return False  # "come back if the fever lasts": when to seek help, nothing put off
    if words == {"if"} and _IF_A_LEVEL.search(folded):
        return False  # "transfuse if Hb below 7": the level to give it at, nothing put off
    if words and words <= {"later", "eventually"} and (
            (days := how_soon.how_soon(other)) is not None and days > how_soon.NOW_DAYS):
        return False
    return bool(words)


# "Glaucoma suspect", a person suspected of it, not "(suspected) fetal abnormality" (O35), whose
# every code says it
_A_SUSPECT = re.compile(r"\bsuspect\b", re.IGNORECASE)
# Filed under a disease they are not a kind of: adenomyosis (N80.03, under N80.0 "Endometriosis
# of the uterus", after the old name "internal endometriosis") is another condition than
# endometriosis, with other treatments (ACOG and NHS describe them apart)
_FILED_APART = frozenset({"N80.03"})


@lru_cache(maxsize=1024)
def only_suspected(code_a: str, code_b: str) -> bool:
    """Whether one of two codes of a category sits in its branch of suspects (or of a condition
    filed there apart, ``_FILED_APART``) and the other not: H40.05 "Ocular hypertension" is
    under H40.0 "Glaucoma suspect", raised pressure and no glaucoma, so it is no kind of H40
    "Glaucoma" (nor of H40.9) though the code set files it there. Cached: each answer reads
    the code set, and the view compares the same codes again on every edit."""
    lines = [[icd10.normalize(code), *icd10.ancestors(code)] for code in (code_a, code_b)]
    common = set(lines[0]) & set(lines[1])
    if not common:
        return False
    depth = max(len(code.replace(".", "")) for code in common)

    def suspect(line: list[str]) -> bool:
        return any(code in _FILED_APART or _A_SUSPECT.search(icd10.describe(code) or "")
                   for code in line if len(code.replace(".", "")) > depth)

    return suspect(lines[0]) != suspect(lines[1])


def code_relation(code_a: str, code_b: str, text_a: str = "", text_b: str = "") -> str:
    """Two codes: the code rule, with sibling codes checked for conflicts in the doctors' texts
    and then in the code set's descriptions (the only case that opens the code set)."""
    rel = icd10.relation(code_a, code_b)
    if rel == "refined" and only_suspected(code_a, code_b):
        return "different"
    if rel != "refined" or icd10.is_ancestor_by_prefix(code_a, code_b):
        return rel
    # Same category, neither the other's ancestor: M17.11 (right) and M17.12 (left) are siblings.
    # Only opposite markers count here (side, numbers, negation, benign/malignant …): the codes
    # already say both are kinds of one category.
    if texts_conflict(text_a, text_b, qualifiers=False):
        return "different"
    desc_a, desc_b = icd10.describe(code_a), icd10.describe(code_b)
    if desc_a and desc_b and texts_conflict(desc_a, desc_b, qualifiers=False):
        return "different"
    return "refined"


def _words_contradict(text_a: str, text_b: str, code_a: str, code_b: str) -> bool:
    """Whether the doctors' words contradict each other by any rule the text comparison knows
    (numbers, grades, stages, scores, side, negation, type, benign/malignant, acute/chronic, in
    situ/invasive, suspected/confirmed, history of/active), in every way they can be read."""
    if not text_a.strip() or not text_b.strip():
        return False
    if conflicts(parse(text_a), parse(text_b)):
        return True  # as written (a two-meaning abbreviation left as it is)
    return all(
        conflicts(parse(x), parse(y))
        for x in terms.readings(text_a, code_a) for y in terms.readings(text_b, code_b)
    )


def diagnosis_relation(a: Diagnosis, b: Diagnosis) -> str:
    """"same", "refined", "different", "maybe_same", or "unknown" when either side has no
    diagnosis.

    Codes on both sides decide which family the diagnoses are in, but the words are always read
    too: a contradiction in the words beats an equal code. Without two codes the words decide.
    """
    # A code field holding something that is not a code at all does not count as a code.
    code_a = icd10.normalize(a.icd10) if icd10.looks_like_code(a.icd10 or "") else ""
    code_b = icd10.normalize(b.icd10) if icd10.looks_like_code(b.icd10 or "") else ""
    text_a, text_b = (a.text or "").strip(), (b.text or "").strip()
    if code_a and code_b:
        rel = code_relation(code_a, code_b, text_a, text_b)
        if rel == "different" and family_relation(code_a, code_b) == "refined":
            rel = "refined"  # a named type and its block's unspecified family
        if rel != "different" and _words_contradict(text_a, text_b, code_a, code_b):
            return "different"
        return rel
    if not text_a and code_a:
        text_a = icd10.describe(code_a) or ""
    if not text_b and code_b:
        text_b = icd10.describe(code_b) or ""
    rel = text_relation(text_a, text_b, code_a, code_b)
    if rel == "different" and text_a and text_b:
        rel = ruled_out_besides(text_a, text_b) or rel
    if rel == "different" and bool(code_a) != bool(code_b) and text_a and text_b:
        rel = _by_code_names(text_a, code_a, text_b) if code_a else _by_code_names(
            text_b, code_b, text_a)
    elif rel == "different" and not code_a and not code_b and text_a and text_b:
        rel = _by_names_of_codes(text_a, text_b)
    return rel


def ruled_out_besides(a: str, b: str) -> str:
    """"refined" where one of two diagnoses adds only what it rules out, a thing the other
    never names ("Pneumonia" against "Pneumonia, no effusion", "Asthma" against "Asthma, no
    COPD", "Breast cancer" against "Breast cancer without metastases"), the rest one thing
    said alike or more exactly; else "". (Each had differed: asked about as two doctors who
    disagree, or as a thing one of them found, "what showed it".) A diagnosis's words only:
    in a plan "physio, no surgery" turns something down."""
    la, lb = listed(a), listed(b)
    if len(la.parts) > 1 or len(lb.parts) > 1:
        kept_a, kept_b = _not_ruled_out(la, lb), _not_ruled_out(lb, la)
        if (kept_a != la.parts) == (kept_b != lb.parts) or len(kept_a) != 1 or len(kept_b) != 1:
            return ""  # neither, or each, rules something out besides
        rest, other = (kept_a[0], kept_b[0]) if kept_a != la.parts else (kept_b[0], kept_a[0])
        return "refined" if (_contained(parse(other).tokens, parse(rest).tokens)
                             and text_relation(rest, other) in ("same", "refined")) else ""
    pa, pb = parse(a), parse(b)
    for denies, other in ((pa, pb), (pb, pa)):
        if (denies.negated and not other.negated and not _named_in(denies.negated, other)
                and not denies.negated & _HOW_SURE  # "not sure yet" is a doubt, no finding
                # (what is denied may be a qualifier itself: "no spread" denies "metastatic")
                and (denies.qualifiers ^ other.qualifiers) - denies.negated == {"no"}):
            rest = _without_denials(denies)
            # the other says no more than the rest: what it adds might be what is ruled out
            # ("due to fibroids" against "no structural cause found")
            return "refined" if not rest.empty and _contained(other.tokens, rest.tokens) and (
                phrase_relation(rest, other) in ("same", "refined")) else ""
    return ""


# Words of how sure a doctor is: "not sure", "not yet confirmed" doubt, they rule nothing out
_HOW_SURE = frozenset({*HEDGES, "sure", "certain", "yet", "confirmed", "definite", "clear",
                       "seguro", "segura", "claro", "confirmado", "confirmada"})


def _not_ruled_out(listed_: Listed, other: Listed) -> tuple[str, ...]:
    """The parts of ``listed_`` but those that only rule out what ``other`` never names."""
    named = [parse(part) for part in other.parts]
    return tuple(part for part in listed_.parts
                 if not ((denied := parse(part)).negated and not denied.positive
                         and not denied.negated & _HOW_SURE
                         and not any(_named_in(denied.negated, phrase) for phrase in named)))


def _named_in(words: set[str], phrase: Phrase) -> bool:
    """Whether ``phrase`` names any of ``words``, or a word of the same stem ("infected" for
    "infection")."""
    stems = {token[:6] for token in phrase.tokens}
    return any(word[:6] in stems for word in words)


def _without_denials(phrase: Phrase) -> Phrase:
    """``phrase`` without what it denies, nor the denial ("pneumonia, no effusion": pneumonia)."""
    gone = phrase.negated | {"no"}
    return replace(
        phrase, variants=[tuple(t for t in v if t not in gone) for v in phrase.variants],
        negated=set(), kept_away=set(), qualifiers=phrase.qualifiers - gone,
        markers={kind: values - gone for kind, values in phrase.markers.items()
                 if values - gone})


def _by_names_of_codes(text_a: str, text_b: str) -> str:
    """Two diagnoses in words the table does not relate, each the whole name of a code of the
    code set (its description or an inclusion term: "Tourette syndrome" F95.2, "Tic disorder"
    F95): "same" for one code, "refined" when one code is the other's ancestor, unless the
    words contradict each other; else "different" (two codes side by side in a category are
    not taken as one kind of the other here, as the doctors gave no code)."""
    named_a, named_b = icd10.code_named(text_a), icd10.code_named(text_b)
    if not named_a or not named_b or _words_contradict(text_a, text_b, named_a, named_b):
        return "different"
    if named_a == named_b:
        return "same"
    return "refined" if (icd10.is_ancestor_by_prefix(named_a, named_b)
                         and not only_suspected(named_a, named_b)) else "different"


def _by_code_names(coded_text: str, code: str, other: str) -> str:
    """One doctor gave a code, the other only words: when the other's words are the code's own
    name or one of its inclusion terms ("Renal calculus" for N20.0), the two name the same
    thing: "same" when the coded doctor's words are the code's name too, else "refined" (their
    words may add detail the code does not carry); "different" otherwise."""
    if _words_contradict(coded_text, other, code, ""):
        return "different"
    # "not otherwise specified", "unspecified": say nothing to compare
    names = [_UNSAID.sub("", n).strip(" ,")
             for n in [icd10.describe(code) or "", *icd10.inclusion_terms(code)]]
    names = [n for n in names if n]
    if any(text_relation(name, other) == "same" for name in names):
        coded_is_a_name = any(text_relation(coded_text, name) == "same" for name in names)
        return "same" if coded_is_a_name else "refined"
    return "different"


_UNSAID = re.compile(r",?\s*\b(?:NOS|unspecified(?: (?:site|side|ear|eye|organism))?)\b",
                     re.IGNORECASE)


def has_diagnosis(d: Diagnosis | None) -> bool:
    return bool(d and ((d.text or "").strip() or (d.icd10 or "").strip()))
