# SPDX-License-Identifier: GPL-3.0-or-later
"""The curated table of words that name the same thing: lay term, clinical term, abbreviation,
in English and Spanish.

Every diagnosis, stage or treatment text is rewritten with this table before the engine compares
it, so "kidney stone", "nephrolithiasis" and "cálculo renal" all read as one term. Only names of
one and the same condition are joined here; a broader or narrower term is never a synonym (that
is "refined", decided elsewhere). An abbreviation with two meanings is not in the table of
synonyms at all but in ``AMBIGUOUS``, where the other words of the text or the ICD-10-CM code
decide, and where nothing decides the engine says "may be the same" instead of guessing.

Sources (named per group below): the ICD-10-CM tabular list's inclusion terms and index
("ICD-10-CM"), MedlinePlus health topics in English and Spanish ("MedlinePlus", "MedlinePlus en
español"), the US National Cancer Institute dictionary ("NCI"), the Joint Commission "Do Not Use"
list and ISMP's list of error-prone abbreviations ("ISMP") for abbreviations that are unsafe to
guess, and common clinical abbreviation lists (e.g. Stedman's, "Stedman"). The entries are the
project's own selection; each is a plain fact of naming, not a medical judgement.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from secondop_desktop.domain.hinted import Hinted

# canonical form (the clinical term, in English) -> the other names of that one thing.
# Written in lower case without accents; hyphens as spaces.
SYNONYMS: dict[str, tuple[str, ...]] = {
    # --- heart and vessels (MedlinePlus; ICD-10-CM I21 inclusion terms; Stedman) ---
    "myocardial infarction": ("heart attack", "mi", "infarto de miocardio", "ataque cardiaco",
                              "ataque al corazon", "ataque del corazon", "infarto"),
    "acute myocardial infarction": ("ami", "acute mi", "infarto agudo de miocardio", "iam"),
    "heart failure": ("congestive heart failure", "chf", "hf", "cardiac failure",
                      "insuficiencia cardiaca", "insuficiencia cardiaca congestiva", "icc",
                      "falla cardiaca", "fallo cardiaco", "cardiac insufficiency"),
    # ICD-10-CM I50.2 "Systolic (congestive) heart failure" includes "heart failure with
    # reduced ejection fraction [HFrEF]", I50.3 "Diastolic ..." "heart failure with preserved
    # ejection fraction [HFpEF]"; both are kinds of heart failure (KINDS)
    "heart failure with reduced ejection fraction": (
        "hfref", "systolic heart failure", "heart failure with reduced ef",
        "systolic congestive heart failure",
        "insuficiencia cardiaca con fraccion de eyeccion reducida",
        "insuficiencia cardiaca sistolica"),
    # (mildly reduced, 41-49 %, is a third category: not the reduced one made more exact)
    "heart failure with mildly reduced ejection fraction": (
        "hfmref", "heart failure with mildly reduced ef",
        "heart failure with mid range ejection fraction", "heart failure with mid range ef",
        "insuficiencia cardiaca con fraccion de eyeccion levemente reducida"),
    "heart failure with preserved ejection fraction": (
        "hfpef", "diastolic heart failure", "heart failure with preserved ef",
        "heart failure with normal ejection fraction", "diastolic congestive heart failure",
        "insuficiencia cardiaca con fraccion de eyeccion preservada",
        "insuficiencia cardiaca diastolica"),
    "atrial fibrillation": ("af", "afib", "a fib", "fibrilacion auricular", "fa",
                            "fibrilacion atrial"),
    "hypertension": ("high blood pressure", "htn", "hipertension", "hipertension arterial",
                     "presion arterial alta", "hta", "essential hypertension", "presion alta",
                     "alta presion", "tension alta", "tension arterial alta",
                     "systemic hypertension", "primary hypertension", "hipertension esencial",
                     "hipertension primaria", "hipertension arterial sistemica",
                     "presion sanguinea alta"),
    "coronary artery disease": ("cad", "coronary heart disease", "chd",
                                "enfermedad coronaria", "enfermedad arterial coronaria",
                                "enfermedad de las arterias coronarias", "arteriopatia coronaria"),
    "deep vein thrombosis": ("dvt", "deep venous thrombosis", "trombosis venosa profunda",
                             "tvp"),
    "cerebral infarction": ("ischemic stroke", "ischaemic stroke", "infarto cerebral",
                            "ictus isquemico", "ischemic cerebrovascular accident"),
    # a stroke from a clot carried to the brain (ICD-10-CM I63.4, cerebral infarction due to
    # embolism): a kind of ischaemic stroke (KINDS)
    "cerebral embolism": ("embolic stroke", "embolia cerebral", "ictus embolico",
                          "cardioembolic stroke", "ictus cardioembolico"),
    "cerebrovascular accident": ("stroke", "cva", "brain attack", "accidente cerebrovascular",
                                 "acv", "ictus", "derrame cerebral", "accidente vascular cerebral"),
    "transient ischemic attack": ("tia", "mini stroke", "ataque isquemico transitorio", "ait",
                                  "accidente isquemico transitorio", "ministroke",
                                  "mini ictus", "miniictus"),
    "aortic aneurysm": ("aneurisma aortico", "aneurisma de aorta", "aneurisma de la aorta"),
    # --- lungs (MedlinePlus; ICD-10-CM J44, J45) ---
    "chronic obstructive pulmonary disease": ("copd", "epoc",
                                              "enfermedad pulmonar obstructiva cronica",
                                              "chronic obstructive lung disease",
                                              "chronic obstructive airway disease",
                                              "chronic obstructive airways disease"),
    "pneumonia": ("neumonia", "lung infection", "pulmonia"),
    # MedlinePlus "Collapsed Lung" / "Neumotórax (pulmón colapsado)"
    "pneumothorax": ("collapsed lung", "neumotorax", "pulmon colapsado"),
    "asthma": ("asma", "bronchial asthma", "asma bronquial"),
    "lung cancer": ("cancer of the lung", "cancer de pulmon", "lung carcinoma",
                    "carcinoma of the lung", "bronchogenic carcinoma", "cancer pulmonar"),
    # --- kidney, bladder (MedlinePlus; ICD-10-CM N20 inclusion terms) ---
    "nephrolithiasis": ("kidney stone", "kidney stones", "renal calculus", "renal calculi",
                        "calculus of kidney", "renal stone", "calculo renal",
                        "calculos renales", "litiasis renal", "piedra en el rinon",
                        "piedras en el rinon", "piedras en los rinones",
                        "piedra en los rinones", "calculos en el rinon",
                        "calculos en los rinones", "stone in the kidney",
                        "stones in the kidney", "stone in kidney", "stones in the kidneys",
                        "nefrolitiasis", "renal lithiasis"),
    "urinary tract infection": ("uti", "water infection", "infeccion urinaria",
                                "infeccion de vias urinarias",
                                "infeccion del tracto urinario", "itu",
                                "urinary infection", "urine infection", "infeccion de orina",
                                "infeccion de las vias urinarias"),
    "chronic kidney disease": ("ckd", "enfermedad renal cronica", "erc",
                               "chronic renal disease", "chronic renal failure",
                               "chronic renal insufficiency", "insuficiencia renal cronica"),
    "acute kidney injury": ("aki", "acute renal failure", "arf", "lesion renal aguda",
                            "insuficiencia renal aguda", "acute kidney failure",
                            "fracaso renal agudo"),
    "benign prostatic hyperplasia": ("bph", "enlarged prostate", "benign prostatic hypertrophy",
                                     "hiperplasia prostatica benigna", "hpb",
                                     "agrandamiento de la prostata", "prostata agrandada",
                                     "benign prostate enlargement", "benign prostatic enlargement",
                                     "hipertrofia benigna de prostata",
                                     "hiperplasia benigna de prostata",
                                     "hipertrofia prostatica benigna"),
    # --- digestion (MedlinePlus; ICD-10-CM K21, K80) ---
    "gastroesophageal reflux disease": ("gerd", "gord", "acid reflux", "reflux disease",
                                        "enfermedad por reflujo gastroesofagico", "erge",
                                        "reflujo gastroesofagico", "reflujo acido",
                                        "enfermedad de reflujo gastroesofagico"),
    "cholelithiasis": ("gallstone", "gallstones", "gall stones", "colelitiasis", "calculo biliar",
                       "calculos biliares", "litiasis biliar", "piedras en la vesicula",
                       "calculos en la vesicula", "litiasis vesicular", "gallbladder stones",
                       "piedras en la vesicula biliar", "calculos en la vesicula biliar",
                       "piedra en la vesicula", "calculo en la vesicula"),
    "appendicitis": ("apendicitis",),
    "irritable bowel syndrome": ("ibs", "sindrome del intestino irritable", "sii", "spastic colon",
                                 "irritable colon", "colon irritable",
                                 "sindrome de colon irritable"),
    "inflammatory bowel disease": ("ibd", "enfermedad inflamatoria intestinal"),
    "peptic ulcer": ("ulcera peptica", "peptic ulcer disease", "enfermedad ulcerosa peptica"),
    # the two kinds of peptic ulcer, each refining it (NHS "Stomach ulcer": also called gastric
    # ulcer; MedlinePlus "Peptic Ulcer": in the stomach or the duodenum)
    "gastric peptic ulcer": ("stomach ulcer", "gastric ulcer", "ulcera gastrica",
                             "ulcera de estomago", "ulcera en el estomago", "ulcera del estomago"),
    # --- hormones and metabolism (MedlinePlus; ICD-10-CM E11) ---
    "type 2 diabetes mellitus": ("t2dm", "type 2 diabetes", "type ii diabetes",
                                 "type ii diabetes mellitus", "diabetes mellitus type ii",
                                 "diabetes mellitus type 2", "diabetes type 2",
                                 "diabetes mellitus tipo 2", "diabetes tipo 2", "dm2",
                                 "adult onset diabetes", "non insulin dependent diabetes", "niddm",
                                 "diabetes tipo ii", "diabetes mellitus no insulinodependiente",
                                 "t2 diabetes", "t2 diabetes mellitus"),
    "type 1 diabetes mellitus": ("t1dm", "type 1 diabetes", "type i diabetes",
                                 "type i diabetes mellitus", "diabetes mellitus type i",
                                 "diabetes mellitus type 1", "diabetes type 1",
                                 "diabetes mellitus tipo 1", "diabetes tipo 1", "dm1",
                                 "juvenile diabetes", "insulin dependent diabetes", "iddm",
                                 "diabetes tipo i", "diabetes mellitus insulinodependiente",
                                 "diabetes juvenil", "t1 diabetes", "t1 diabetes mellitus"),
    # (and as a family's list of conditions puts them, the organ first: "Thyroid: underactive")
    "hypothyroidism": ("underactive thyroid", "underactive thyroid gland", "hipotiroidismo",
                       "tiroides hipoactiva", "thyroid underactive", "thyroid is underactive"),
    "hyperthyroidism": ("overactive thyroid", "overactive thyroid gland", "hipertiroidismo",
                        "tiroides hiperactiva", "thyroid overactive", "thyroid is overactive"),
    # --- bones, joints, muscles (MedlinePlus; ICD-10-CM M17, M75.1, M51.2) ---
    "osteoarthritis": ("oa", "degenerative joint disease", "djd", "wear and tear arthritis",
                       "wear and tear",
                       "artrosis", "osteoartritis", "osteoartrosis", "degenerative arthritis",
                       "osteoarthrosis", "arthrosis", "artritis degenerativa",
                       "enfermedad articular degenerativa"),
    "rotator cuff tear": ("torn rotator cuff", "desgarro del manguito rotador",
                          "rotura del manguito rotador", "desgarro de manguito rotador"),
    "disc herniation": ("herniated disc", "herniated disk", "disk herniation", "slipped disc",
                        "prolapsed disc", "hernia discal", "hernia de disco",
                        "herniated nucleus pulposus", "slipped disk", "prolapsed disk",
                        "prolapsed intervertebral disc", "disco herniado", "hernia del disco",
                        "disc prolapse", "disk prolapse", "intervertebral disc prolapse"),
    "osteoporosis": ("brittle bones", "huesos fragiles"),
    # The neck's spine by its letters' name, "cervical" (not made a describing word as
    # "lumbar" is: "cervical" is the cervix's too, and "cervical cancer" is no cancer of the
    # neck). NHS "Neck pain" (cervical spondylosis: the neck's wear and tear, its
    # osteoarthritis; a trapped nerve, cervical radiculopathy); MedlinePlus "Swollen lymph
    # nodes" (swollen glands; ICD-10-CM R59, enlarged lymph nodes)
    "osteoarthritis in the neck": ("cervical spondylosis", "cervical osteoarthritis",
                                   "osteoarthritis of the neck", "neck osteoarthritis",
                                   "espondilosis cervical", "artrosis cervical",
                                   "cervical spondylotic disease"),
    "radiculopathy in the neck": ("cervical radiculopathy", "radiculopatia cervical",
                                  "cervical nerve root compression"),
    "disc herniation in the neck": ("cervical disc herniation", "cervical disc prolapse",
                                    "prolapsed cervical disc", "herniated cervical disc",
                                    "cervical herniated disc", "hernia discal cervical",
                                    "hernia de disco cervical"),
    "lymphadenopathy": ("swollen glands", "swollen lymph nodes", "swollen lymph glands",
                        "enlarged lymph nodes", "enlarged glands", "ganglios inflamados",
                        "ganglios linfaticos inflamados", "adenopatias", "adenopatia",
                        "linfadenopatia"),
    # Pains families name by where it hurts (MedlinePlus "Abdominal pain": the stomach region
    # or belly; "Earache"; "Sore throat": pain in the throat; "Toothaches"), in Spanish too
    "abdominal pain": ("stomach ache", "stomachache", "tummy ache", "tummyache", "belly ache",
                       "bellyache", "stomach pain", "tummy pain", "belly pain", "dolor abdominal",
                       "dolor de estomago", "dolor de barriga", "dolor de tripa",
                       "dolor de panza", "dolor de vientre", "pain in the stomach",
                       "pain in the tummy", "pain in the abdomen", "pain in the belly"),
    "earache": ("ear pain", "pain in the ear", "otalgia", "dolor de oido", "dolor de oidos",
                "dolor en el oido"),
    "sore throat": ("throat pain", "pain in the throat", "dolor de garganta",
                    "garganta irritada"),
    "toothache": ("tooth pain", "dental pain", "dolor de muelas", "dolor de dientes",
                  "dolor dental", "odontalgia"),
    "chest pain": ("dolor de pecho", "dolor en el pecho", "dolor toracico"),
    "back pain": ("dolor de espalda", "dolor en la espalda", "backache"),
    "lymphadenopathy in the neck": ("cervical lymphadenopathy", "adenopatias cervicales",
                                    "adenopatia cervical", "linfadenopatia cervical"),
    "carpal tunnel syndrome": ("cts", "carpal tunnel", "sindrome del tunel carpiano",
                               "tunel carpiano"),
    "anterior cruciate ligament tear": ("acl tear", "torn acl",
                                        "rotura del ligamento cruzado anterior"),
    "anterior cruciate ligament": ("acl", "ligamento cruzado anterior", "lca"),
    # the knee's side ligaments as Spain names them: the inner one "lateral interno" (AAOS
    # "Collateral ligament injuries"; "MCL" is also mantle cell lymphoma: AMBIGUOUS)
    "medial collateral ligament": ("ligamento colateral medial", "ligamento lateral interno",
                                   "ligamento colateral interno"),
    "lateral collateral ligament": ("lcl", "ligamento colateral lateral",
                                    "ligamento lateral externo", "ligamento colateral externo"),
    # "rotura" alone is not here: Spanish also names a torn tendon or ligament so ("rotura del
    # manguito rotador"); with the bone named it is a fracture. Nor are "break" and "broken":
    # alone they are everyday words ("broken sleep", "take a break", "a broken heart"); with a
    # bone or joint of BONES beside them ("broken wrist", "broke my arm", "muñeca rota", "se
    # rompió la cadera") they are read as a fracture of it (``broken_bones``).
    "fracture": ("broken bone", "fractura", "broken bones", "fractures", "fx",
                 "fractured", "fracturas", "fracturado", "fracturada", "hueso roto",
                 "huesos rotos", "rotura de hueso", "rotura osea"),
    # ... but denied, as an X-ray is read to a family ("no break", "nothing broken"), no
    # everyday word is left: no fracture ("X-ray: no break" against "no fracture" had differed)
    "no fracture": ("no break", "no breaks", "nothing broken", "not broken", "no broken bone",
                    "no bones broken", "nada roto", "no hay rotura", "no esta roto"),
    "hip": ("cadera", "caderas"),
    "knee": ("rodilla", "rodillas"),
    "shoulder": ("hombro", "hombros"),
    "wrist": ("muneca", "munecas"),
    "ankle": ("tobillo", "tobillos"),
    "spine": ("columna",),
    "arm": ("brazo", "brazos"),
    "leg": ("pierna", "piernas"),
    "elbow": ("codo", "codos"),
    "hand": ("mano", "manos"),
    "uterus": ("womb", "utero"),
    # the tummy and the belly, as a family says the abdomen ("scan of the tummy")
    "abdomen": ("tummy", "belly", "barriga"),
    "rib": ("costilla", "costillas"),
    "collarbone": ("clavicle", "clavicula"),
    "jaw": ("mandibula",),
    "nose": ("nariz",),
    "neck": ("cuello",),
    "throat": ("garganta",),
    "ear": ("oido", "oidos", "oreja", "orejas"),
    "eye": ("ojo", "ojos"),
    "foot": ("pie", "pies"),
    # diabetes' own complications word by word ("diabetes tipo 2 con neuropatía", "úlcera de
    # pie diabético"; the whole names are in the table below)
    "diabetic": ("diabetico", "diabetica", "diabeticos", "diabeticas"),
    "neuropathy": ("neuropatia",),
    "retinopathy": ("retinopatia",),
    "nephropathy": ("nefropatia",),
    "ulcer": ("ulcera", "ulceras"),
    "heart": ("corazon",),
    "back": ("espalda",),
    "head": ("cabeza",),
    # (not "pecho", which is the chest and a breast both, nor "dedo", a finger or a toe)
    # pain in Spanish, "dolor de rodilla" as "knee pain" (it had read as another condition)
    "pain": ("dolor", "dolores"),
    # symptoms and their everyday words in Spanish ("fiebre" against "fever", "tos seca"
    # against "dry cough", "infección bacteriana", "ojo rojo": each had read as two conditions)
    "fever": ("fiebre", "pyrexia"),
    "cough": ("tos",),
    "infection": ("infeccion", "infecciones"),
    "red": ("rojo", "roja", "rojos", "rojas"),
    "dry": ("seco", "seca", "secos", "secas"),
    "skin": ("piel",),
    # organs by their Spanish names, so that a kind of a disease written in Spanish
    # ("adenocarcinoma de próstata") is read against the disease's name in the table
    "prostate": ("prostata",),
    "lung": ("pulmon", "pulmones"),
    "kidney": ("rinon", "rinones"),
    "liver": ("higado",),
    "bladder": ("vejiga",),
    "stomach": ("estomago",),
    "thyroid": ("tiroides",),
    # parts and devices an operation names, in Spanish ("cirugía de válvula aórtica", "estoma
    # temporal", "implante de DAI" had each read as another plan than the English)
    "valve": ("valvula", "valvulas"),
    "aortic": ("aortico", "aortica"),
    "mitral": ("mitrales",),
    "stoma": ("estoma", "estomas", "stoma bag", "a bag on the tummy", "bag on the tummy",
              "bag on his tummy", "bag on her tummy", "bag on my tummy", "bolsa de ostomia"),
    # NHS "Hysterectomy": the ovaries and fallopian tubes removed with the womb (a bilateral
    # salpingo-oophorectomy, "BSO")
    "bilateral salpingo oophorectomy": ("bso", "salpingooforectomia bilateral",
                                        "doble anexectomia", "anexectomia bilateral"),
    # NHS "Colostomy", "Ileostomy": the two kinds of stoma (KINDS)
    "colostomy": ("colostomia",),
    "ileostomy": ("ileostomia",),
    # ("temporal" alone is also the temple's, "arteritis temporal": only with the stoma)
    "temporary stoma": ("estoma temporal", "estoma provisional"),
    "permanent stoma": ("estoma permanente", "estoma definitivo"),
    "implantation": ("implante", "implantacion"),
    "tobacco": ("tabaco",),
    "sugar": ("azucar",),
    # --- brain and nerves (MedlinePlus; NCI) ---
    "migraine": ("migrana", "jaqueca", "migraine headache", "migraine headaches", "migranas"),
    "epilepsy": ("seizure disorder", "epilepsia", "trastorno convulsivo"),
    "parkinson disease": ("parkinsons", "parkinson", "enfermedad de parkinson", "paralysis agitans",
                          "shaking palsy", "mal de parkinson"),
    "alzheimer disease": ("alzheimers", "alzheimer", "enfermedad de alzheimer", "mal de alzheimer"),
    "multiple sclerosis": ("esclerosis multiple", "disseminated sclerosis", "esclerosis en placas"),
    "mitral stenosis": ("estenosis mitral", "mitral valve stenosis", "narrowed mitral valve",
                        "narrowing of the mitral valve", "estenosis de la valvula mitral",
                        "estenosis valvular mitral"),
    "rheumatoid arthritis": ("artritis reumatoide", "artritis reumatoidea"),
    "arthritis": ("artritis",),
    # --- cancer and tissue (NCI; MedlinePlus en español) ---
    "breast cancer": ("cancer of the breast", "breast carcinoma", "carcinoma of the breast",
                      "cancer de mama", "cancer de seno", "carcinoma de mama", "cancer de la mama",
                      "cancer del seno", "cancer mamario", "carcinoma mamario"),
    "prostate cancer": ("cancer of the prostate", "prostate carcinoma", "cancer de prostata",
                        "carcinoma de prostata", "cancer prostatico", "carcinoma prostatico"),
    "colorectal cancer": ("bowel cancer", "cancer colorrectal", "crc", "cancer of the bowel"),
    "ductal carcinoma insitu": ("dcis", "carcinoma ductal insitu", "intraductal carcinoma"),
    # the two common invasive breast cancers, as a pathology report shortens them (NCI
    # dictionary "invasive ductal carcinoma", "invasive lobular carcinoma"; NCI en español
    # "carcinoma ductal infiltrante", "carcinoma lobulillar infiltrante"): each a kind of breast
    # cancer, so "breast" is in its name
    "invasive ductal breast carcinoma": ("invasive ductal carcinoma", "idc",
                                         "infiltrating ductal carcinoma",
                                         "carcinoma ductal infiltrante",
                                         "carcinoma ductal invasivo"),
    "invasive lobular breast carcinoma": ("invasive lobular carcinoma", "ilc",
                                          "infiltrating lobular carcinoma",
                                          "carcinoma lobulillar infiltrante",
                                          "carcinoma lobulillar invasivo"),
    "melanoma": ("melanoma maligno", "malignant melanoma"),
    "lymphoma": ("linfoma",),
    # the kinds by their names in English and Spanish (NCI dictionary; MedlinePlus en español
    # "Linfoma no Hodgkin", "Enfermedad de Hodgkin"): "no" there names a kind, not a negation
    "non hodgkin lymphoma": ("nhl", "linfoma no hodgkin", "linfoma no hodgkiniano"),
    "hodgkin lymphoma": ("hodgkin disease", "linfoma de hodgkin", "enfermedad de hodgkin"),
    "non small cell lung cancer": ("nsclc", "cancer de pulmon de celulas no pequenas",
                                   "cancer de pulmon de celula no pequena",
                                   "cancer de pulmon no microcitico"),
    "small cell lung cancer": ("sclc", "cancer de pulmon de celulas pequenas",
                               "cancer de pulmon de celula pequena",
                               "cancer de pulmon microcitico"),
    "cancer": ("malignant neoplasm", "ca", "carcinoma", "neoplasia maligna"),
    "benign": ("benigno", "benigna", "non cancerous", "noncancerous"),
    "malignant": ("maligno", "maligna", "cancerous"),
    # --- added after the first held-out batch (MedlinePlus English/Spanish; ICD-10-CM B02,
    #     I61, K56, I26, M75.0, M77.1 inclusion terms) ---
    "herpes zoster": ("shingles", "culebrilla", "zoster"),
    "knee effusion": ("water on the knee", "derrame de rodilla", "effusion of the knee",
                      "fluid on the knee", "fluid in the knee"),
    "intracerebral hemorrhage": ("brain bleed", "bleeding in the brain", "hemorragia cerebral",
                                 "hemorragia intracerebral", "cerebral hemorrhage"),
    "intestinal obstruction": ("bowel obstruction", "blocked bowel", "obstruccion intestinal",
                               "oclusion intestinal"),
    "pulmonary embolism": ("blood clot in the lung", "blood clot in the lungs",
                           "blood clot on the lung", "blood clot on the lungs",
                           "embolia pulmonar", "tromboembolismo pulmonar",
                           "pulmonary thromboembolism", "tromboembolia pulmonar",
                           "embolismo pulmonar", "clot in the lung", "clot in the lungs",
                           "coagulo en el pulmon", "coagulo en los pulmones",
                           "coagulo de sangre en el pulmon", "coagulo de sangre en los pulmones"),
    "shoulder adhesive capsulitis": ("frozen shoulder", "adhesive capsulitis of the shoulder",
                                     "adhesive capsulitis of shoulder", "hombro congelado",
                                     "capsulitis adhesiva del hombro"),
    "lateral epicondylitis": ("tennis elbow", "codo de tenista", "epicondilitis lateral"),
    # --- added after the second held-out batch (MedlinePlus and MedlinePlus en español topic
    #     names and their "also called"; ICD-10-CM B01, H10, J30, H53.0, R04.0, N20) ---
    "varicella": ("chickenpox", "chicken pox", "varicela"),
    "conjunctivitis": ("pink eye", "pinkeye", "conjuntivitis", "ojo rosado"),
    "allergic rhinitis": ("hay fever", "rinitis alergica", "fiebre del heno", "hayfever"),
    "amblyopia": ("lazy eye", "ambliopia", "ojo vago", "ojo perezoso"),
    "epistaxis": ("nosebleed", "nosebleeds", "nose bleed", "sangrado nasal",
                  "sangrado de nariz", "hemorragia nasal"),
    # --- common conditions by the names patients use, English and Spanish (MedlinePlus and
    #     MedlinePlus en español topic names and their "also called"; ICD-10-CM inclusion
    #     terms). Left out on purpose: a name that is also an everyday word or another
    #     abbreviation ("mono", "cold", "gota" = a drop, "tea", "its", "ed", "gad", "asd",
    #     "pad"), a name that is broader or narrower ("ear infection", "gum disease", "sleep
    #     apnea", "eczema", "heartburn", "stomach flu", "blood clot in the leg"), and a name
    #     that means another thing in the other language ("rubeola": measles in English,
    #     German measles in Spanish; "varices": veins of the gullet in English) ---
    # infections and childhood illnesses
    "pertussis": ("whooping cough", "tos ferina", "tos convulsa", "tosferina", "tos convulsiva",
                  "coqueluche"),
    "tetanus": ("lockjaw", "tetanos"),
    "osteogenesis imperfecta": ("brittle bone disease", "huesos de cristal",
                                "enfermedad de los huesos de cristal"),
    "vulvovaginal candidiasis": ("vaginal yeast infection", "vaginal thrush",
                                 "candidiasis vaginal", "infeccion vaginal por hongos",
                                 "vaginal candidiasis", "infeccion vaginal por levaduras"),
    "infectious mononucleosis": ("glandular fever", "mononucleosis", "kissing disease",
                                 "mononucleosis infecciosa"),
    "measles": ("sarampion", "rubeola"),  # MedlinePlus "Measles" (rubeola)
    "rubella": ("german measles",),
    "mumps": ("paperas", "parotiditis epidemica", "epidemic parotitis", "parotiditis infecciosa"),
    "scarlet fever": ("escarlatina", "scarlatina"),
    "streptococcal pharyngitis": ("strep throat", "faringitis estreptococica", "strep pharyngitis",
                                  "faringitis por estreptococo"),
    "tinea pedis": ("athlete foot", "athletes foot", "pie de atleta", "tina de los pies",
                    "tina podal"),
    "tinea cruris": ("jock itch", "ringworm of the groin", "groin ringworm", "tina inguinal",
                     "tina crural"),
    "herpes labialis": ("cold sore", "cold sores", "fever blister", "fever blisters",
                        "herpes labial"),
    "otitis externa": ("swimmer ear", "swimmers ear", "oido de nadador"),
    "otitis media": ("middle ear infection", "infeccion del oido medio"),
    # NHS "Glue ear"; "with" is left out of the term, as it links words elsewhere
    "secretory otitis media": ("otitis media with effusion", "glue ear", "serous otitis media",
                               "otitis media serosa", "otitis media con derrame",
                               "otitis media con efusion"),
    "sinusitis": ("sinus infection", "infeccion de los senos paranasales", "infeccion sinusal"),
    # "anginas" is how Spain names sore tonsils; "angina" (of the heart) is another thing
    "tonsillitis": ("amigdalitis", "anginas"),
    "peritonsillar abscess": ("quinsy", "absceso periamigdalino"),
    "laryngitis": ("laringitis",),
    "common cold": ("resfriado comun", "resfriado", "head cold", "acute nasopharyngitis",
                    "rinofaringitis aguda", "resfrio"),
    "pyelonephritis": ("kidney infection", "pielonefritis", "infeccion renal", "infeccion de rinon",
                       "infeccion del rinon"),
    "sexually transmitted infection": ("sexually transmitted disease", "sti", "std",
                                       "venereal disease", "infeccion de transmision sexual",
                                       "enfermedad de transmision sexual",
                                       "sexually transmitted diseases",
                                       "infecciones de transmision sexual",
                                       "enfermedades de transmision sexual"),
    "lyme disease": ("enfermedad de lyme", "lyme borreliosis", "borreliosis de lyme"),
    "pediculosis capitis": ("head lice", "piojos de la cabeza", "piojos en la cabeza"),
    "scabies": ("sarna",),
    "hordeolum": ("stye", "sty", "orzuelo"),
    # ear, nose, throat, eyes, mouth
    "tinnitus": ("ringing in the ears", "ringing in the ear", "zumbido en los oidos",
                 "acufeno", "acufenos", "zumbido de oidos", "pitido en los oidos",
                 "pitidos en los oidos"),
    # (ICD-10-CM H91.9: "Deafness NOS" is hearing loss; "sordera" is its Spanish)
    "hearing loss": ("perdida de audicion", "perdida auditiva", "hipoacusia", "sordera",
                     "deafness", "deaf", "hard of hearing"),
    "cerumen impaction": ("impacted cerumen", "impacted earwax", "earwax blockage",
                          "tapon de cera", "tapon de cerumen", "earwax impaction",
                          "impacted ear wax", "ear wax blockage"),
    "strabismus": ("crossed eyes", "cross eyed", "estrabismo", "bizquera", "ojos cruzados",
                   "crossed eye"),
    "myopia": ("nearsightedness", "near sightedness", "shortsightedness",
               "short sightedness", "miopia", "short sighted", "shortsighted", "short sight",
               "near sighted", "nearsighted"),
    "hyperopia": ("farsightedness", "far sightedness", "longsightedness",
                  "long sightedness", "hipermetropia", "hypermetropia", "long sighted",
                  "longsighted", "long sight", "far sighted", "farsighted"),
    "presbyopia": ("presbicia", "vista cansada", "age related long sightedness",
                   "age related farsightedness"),
    "cataract": ("catarata", "cataratas"),
    "macular degeneration": ("degeneracion macular",),
    "dry eye syndrome": ("dry eye", "dry eyes", "dry eye disease", "keratoconjunctivitis sicca",
                         "ojo seco", "ojos secos",
                         "sindrome de ojo seco", "sindrome del ojo seco"),
    "halitosis": ("bad breath", "mal aliento"),
    "dental caries": ("tooth decay", "caries", "caries dental", "caries dentales", "dental decay"),
    "aphthous ulcer": ("canker sore", "canker sores", "afta", "aftas", "ulcera aftosa",
                       "ulceras aftosas"),
    "motion sickness": ("mareo por movimiento", "cinetosis", "travel sickness", "kinetosis"),
    # heart, vessels, blood
    "cardiomegaly": ("enlarged heart", "cardiomegalia", "corazon agrandado",
                     "agrandamiento del corazon"),
    "hypercholesterolemia": ("high cholesterol", "high blood cholesterol", "colesterol alto",
                             "hipercolesterolemia", "elevated cholesterol", "colesterol elevado"),
    "hypotension": ("low blood pressure", "hipotension", "presion arterial baja",
                    "presion baja", "tension baja", "tension arterial baja",
                    "presion sanguinea baja"),
    "arrhythmia": ("irregular heartbeat", "arritmia", "cardiac arrhythmia", "heart arrhythmia",
                   "arritmia cardiaca"),
    "heart murmur": ("soplo cardiaco", "soplo en el corazon"),
    "angina pectoris": ("angina de pecho",),
    "varicose veins": ("venas varicosas", "varices", "varices en las piernas"),
    # veins swollen in the gullet from liver disease, no varicose veins of the legs
    "esophageal varices": ("oesophageal varices", "varices esofagicas", "varices de esofago",
                           "varices gastroesofagicas"),
    "aortic stenosis": ("estenosis aortica", "aortic valve stenosis", "valvular aortic stenosis",
                        "narrowed aortic valve", "narrowing of the aortic valve",
                        "estenosis de la valvula aortica", "estenosis valvular aortica"),
    "thrombocytopenia": ("low platelet count", "low platelets", "trombocitopenia",
                         "plaquetas bajas", "plaquetopenia", "trombopenia"),
    "iron deficiency anemia": ("anemia ferropenica", "anemia por deficiencia de hierro",
                               "low iron anemia", "anemia from low iron",
                               "anemia due to low iron", "anemia por falta de hierro",
                               "anemia sideropenica", "anemia por deficit de hierro"),
    # iron low with no anaemia said: iron deficiency anaemia is one kind of it
    "iron deficiency": ("low iron", "low iron levels", "ferropenia", "deficit de hierro",
                        "falta de hierro", "hierro bajo", "deficiencia de hierro"),
    "leukemia": ("leucemia",),
    # sickle cell anaemia is the HbSS form of sickle cell disease (MedlinePlus), so the wider
    # "sickle cell disease" and the Spanish "drepanocitosis" are not joined with it
    "sickle cell anemia": ("anemia falciforme", "anemia de celulas falciformes", "hbss",
                           "hb ss"),
    # lungs
    "pleural effusion": ("derrame pleural",),
    "pulmonary edema": ("edema pulmonar",),
    "bronchitis": ("bronquitis",),
    "chronic bronchitis": ("bronquitis cronica",),
    "emphysema": ("enfisema", "pulmonary emphysema", "enfisema pulmonar"),
    "obstructive sleep apnea": ("apnea obstructiva del sueno", "saos", "sahs", "sahos",
                                "sindrome de apnea obstructiva del sueno"),
    "pulmonary fibrosis": ("fibrosis pulmonar",),
    # digestion
    "hemorrhoids": ("piles", "hemorroides", "almorranas"),
    "constipation": ("estrenimiento",),
    "celiac disease": ("coeliac disease", "celiac sprue", "gluten sensitive enteropathy",
                       "enfermedad celiaca", "celiaquia", "gluten enteropathy", "nontropical sprue",
                       "non tropical sprue"),
    "lactose intolerance": ("intolerancia a la lactosa",),
    "hiatal hernia": ("hiatus hernia", "hernia de hiato", "hernia hiatal"),
    "cirrhosis": ("cirrosis", "cirrhosis of the liver", "liver cirrhosis", "hepatic cirrhosis",
                  "cirrosis hepatica"),
    "hepatic steatosis": ("fatty liver", "fatty liver disease", "higado graso",
                          "esteatosis hepatica"),
    "jaundice": ("ictericia", "icterus"),
    "neonatal jaundice": ("newborn jaundice", "jaundice in newborns", "ictericia neonatal",
                          "ictericia del recien nacido", "jaundice of the newborn"),
    "hydrocephalus": ("water on the brain", "hidrocefalia"),
    # MedlinePlus "Preeclampsia": once called toxemia (only with the pregnancy named: alone,
    # "toxemia" is also blood poisoning)
    "preeclampsia": ("pre eclampsia", "toxemia of pregnancy", "toxemia in pregnancy",
                     "pregnancy toxemia", "toxemia del embarazo"),
    "ulcerative colitis": ("colitis ulcerosa", "colitis ulcerativa"),
    "crohn disease": ("enfermedad de crohn", "regional enteritis", "enteritis regional"),
    "anal fissure": ("fisura anal", "fissure in ano", "fisura de ano"),
    "food poisoning": ("intoxicacion alimentaria", "intoxicacion alimenticia",
                       "intoxicacion por alimentos"),
    # kidney, bladder, women's and men's health
    # (NHS "Urinary incontinence": the loss of bladder control)
    "urinary incontinence": ("incontinencia urinaria", "bladder incontinence",
                             "loss of bladder control"),
    "erectile dysfunction": ("impotence", "disfuncion erectil"),
    "kidney cyst": ("renal cyst", "quiste renal", "quiste en el rinon", "quiste de rinon"),
    "uterine fibroids": ("fibroids", "uterine leiomyoma", "uterine leiomyomas",
                         "fibroids in the womb", "fibroids in womb", "womb fibroids",
                         "miomas uterinos", "mioma uterino",
                         "fibromas uterinos", "miomas en la matriz", "mioma en la matriz",
                         "miomas en el utero", "mioma en el utero", "uterine myoma",
                         "uterine myomas", "leiomyoma of the uterus", "miomatosis uterina"),
    "polycystic ovary syndrome": ("pcos", "polycystic ovarian syndrome",
                                  "sindrome de ovario poliquistico", "stein leventhal syndrome",
                                  "sindrome de stein leventhal",
                                  "sindrome de ovarios poliquisticos"),
    "menopause": ("menopausia",),
    "ectopic pregnancy": ("embarazo ectopico", "extrauterine pregnancy", "embarazo extrauterino"),
    "miscarriage": ("spontaneous abortion", "aborto espontaneo", "aborto natural"),
    # hormones and metabolism
    # NIDDK and MedlinePlus: Cushing's syndrome is too much cortisol, also called hypercortisolism
    "cushing syndrome": ("cushings syndrome", "hypercortisolism", "sindrome de cushing",
                         "hipercortisolismo"),
    "primary adrenal insufficiency": ("addison disease", "addisons disease",
                                      "enfermedad de addison",
                                      "insuficiencia suprarrenal primaria"),
    "hypoglycemia": ("low blood sugar", "hipoglucemia", "azucar baja en la sangre",
                     "nivel bajo de azucar en la sangre"),
    "hyperglycemia": ("high blood sugar", "hiperglucemia", "azucar alta en la sangre",
                      "nivel alto de azucar en la sangre"),
    "goiter": ("goitre", "bocio"),
    "obesity": ("obesidad",),
    "gestational diabetes": ("diabetes gestacional", "diabetes del embarazo",
                             "gestational diabetes mellitus", "gdm"),
    # mind and brain
    "major depressive disorder": ("clinical depression", "major depression", "depresion mayor",
                                  "trastorno depresivo mayor", "depresion clinica"),
    "bipolar disorder": ("manic depression", "manic depressive illness", "trastorno bipolar",
                         "bipolar affective disorder", "manic depressive disorder",
                         "trastorno afectivo bipolar", "enfermedad maniaco depresiva"),
    "attention deficit hyperactivity disorder": (
        "adhd", "tdah", "trastorno por deficit de atencion e hiperactividad",
        "trastorno por deficit de atencion con hiperactividad",
        "deficit de atencion con hiperactividad", "deficit de atencion e hiperactividad"),
    "post traumatic stress disorder": ("ptsd", "posttraumatic stress disorder",
                                       "trastorno de estres postraumatico",
                                       "trastorno por estres postraumatico",
                                       "estres postraumatico", "tept"),
    "obsessive compulsive disorder": ("ocd", "trastorno obsesivo compulsivo"),
    "anorexia nervosa": ("anorexia nerviosa",),
    "insomnia": ("insomnio",),
    # sleep trouble of any kind (sleep apnoea is one, KINDS; not insomnia, whose own kinds,
    # "sleep-maintenance insomnia", would then read apart from it)
    "sleep disorder": ("sleep disorders", "sleep disturbance", "sleep problems",
                       "trastorno del sueno", "trastornos del sueno", "problemas de sueno"),
    "dementia": ("demencia",),
    "cerebral palsy": ("paralisis cerebral",),
    # Bell's palsy is the facial nerve palsy without a known cause (MedlinePlus, NHS)
    "bell palsy": ("paralisis de bell", "idiopathic facial nerve palsy", "idiopathic facial palsy",
                   "paralisis facial idiopatica", "paralisis facial de bell",
                   "bells palsy"),  # (as typed with no apostrophe)
    "concussion": ("conmocion cerebral",),
    "restless legs syndrome": ("rls", "willis ekbom disease",
                               "sindrome de piernas inquietas", "sindrome de las piernas inquietas",
                               "enfermedad de willis ekbom"),
    # MedlinePlus "Thalassemia": beta thalassemia major, also called Cooley's anemia;
    # MedlinePlus en español "Talasemia"
    # ("thalassemia major" alone stays out: it can be said of the alpha kind too)
    "beta thalassemia major": ("cooley anemia", "talasemia beta mayor", "anemia de cooley",
                               "cooleys anemia", "beta talasemia mayor"),
    # (ICD-10-CM G50.0 includes "tic douloureux"; MedlinePlus "Trigeminal neuralgia")
    "trigeminal neuralgia": ("neuralgia del trigemino", "tic douloureux"),
    "tension headache": ("tension type headache", "cefalea tensional", "cefalea de tipo tensional",
                         "dolor de cabeza tensional"),
    "headache": ("dolor de cabeza", "cefalea"),
    # skin, hair
    "urticaria": ("hives", "nettle rash"),
    "alopecia": ("hair loss", "caida del cabello", "perdida de cabello"),
    "hyperhidrosis": ("excessive sweating", "hiperhidrosis", "excessive perspiration",
                      "sudoracion excesiva", "sudor excesivo", "transpiracion excesiva"),
    "nocturnal enuresis": ("bedwetting", "bed wetting", "enuresis nocturna"),
    "postpartum depression": ("postnatal depression", "post natal depression",
                              "depresion posparto", "depresion postparto",
                              "depresion postnatal", "depresion post parto"),
    "cryptorchidism": ("undescended testicle", "undescended testicles", "undescended testis",
                       "testiculo no descendido", "criptorquidia", "undescended testes",
                       "testiculos no descendidos"),
    "infantile seborrheic dermatitis": ("cradle cap", "costra lactea",
                                        "dermatitis seborreica infantil"),
    # bones, joints, muscles
    "scoliosis": ("escoliosis",),
    "plantar fasciitis": ("fascitis plantar",),
    "hallux valgus": ("bunion", "bunions", "juanete", "juanetes"),
    # with low back pain, "lumbociática" (a kind of sciatica, KINDS)
    "sciatica": ("ciatica",),
    "lumbosciatica": ("lumbociatica", "lumbociatalgia", "lumbosciatalgia",
                      "sciatica with low back pain", "low back pain with sciatica"),
    "fibromyalgia": ("fibromialgia", "fibromyalgia syndrome", "sindrome de fibromialgia"),
    "ankle sprain": ("sprained ankle", "esguince de tobillo", "torcedura de tobillo",
                     "twisted ankle", "esguince del tobillo"),
    "whiplash": ("latigazo cervical", "whiplash injury", "lesion por latigazo cervical"),
    "trigger finger": ("dedo en gatillo", "dedo en resorte"),
    # cancers by the organ, in words (a kind, such as "adenocarcinoma", refines them)
    "colon cancer": ("cancer of the colon", "cancer de colon"),
    "pancreatic cancer": ("cancer of the pancreas", "cancer de pancreas", "cancer del pancreas",
                          "cancer pancreatico"),
    "ovarian cancer": ("cancer of the ovary", "cancer de ovario", "cancer de ovarios",
                       "cancer de los ovarios", "cancer ovarico"),
    "cervical cancer": ("cancer of the cervix", "cancer de cuello uterino",
                        "cancer cervicouterino", "cancer de cervix", "cancer del cuello uterino",
                        "cancer de cuello de utero", "cancer del cuello del utero"),
    "bladder cancer": ("cancer of the bladder", "cancer de vejiga"),
    "kidney cancer": ("cancer of the kidney", "cancer de rinon", "cancer renal", "renal cancer"),
    "stomach cancer": ("gastric cancer", "cancer of the stomach", "cancer de estomago",
                       "cancer gastrico"),
    "liver cancer": ("cancer of the liver", "cancer de higado"),
    "thyroid cancer": ("cancer of the thyroid", "cancer de tiroides"),
    # kinds of skin cancer (NCI: "a type of skin cancer"), so that "skin cancer" on one side
    # and the kind on the other read as the same thing made more exact
    "basal cell skin cancer": ("basal cell carcinoma", "carcinoma basocelular",
                               "carcinoma de celulas basales", "rodent ulcer", "rodent ulcers",
                               "basalioma"),
    "squamous cell skin cancer": ("cutaneous squamous cell carcinoma",
                                  "squamous cell carcinoma of the skin"),
    "brain tumor": ("tumor cerebral", "tumor del cerebro", "tumor en el cerebro"),
    # injuries and the body's state
    "dehydration": ("deshidratacion",),
    "heat stroke": ("heatstroke", "sunstroke", "golpe de calor"),
    "hypothermia": ("hipotermia",),
    # --- medicines by their everyday names (MedlinePlus drug classes, English and Spanish) ---
    # "blood thinner" is how patients and leaflets name anticoagulants (MedlinePlus "Blood
    # Thinners"); an antiplatelet such as aspirin is named by itself, never joined here
    "diuretic": ("diuretics", "water tablet", "water tablets", "water pill", "water pills",
                 "diuretico", "diureticos", "pastilla para orinar", "pastillas para orinar"),
    "anticoagulant": ("anticoagulants", "blood thinner", "blood thinners", "anticoagulante",
                      "anticoagulantes", "blood thinning", "blood thinning medicine",
                      "blood thinning medication", "blood thinning tablets",
                      "blood thinning injection", "blood thinning injections",
                      "injections to thin the blood", "tablets to thin the blood",
                      # as a Spanish family writes them ("para diluir la sangre")
                      "para diluir la sangre", "pastillas para diluir la sangre",
                      "inyecciones para diluir la sangre", "medicina para diluir la sangre",
                      "medicamento para diluir la sangre"),
    # --- one medicine, two official names: the WHO's international name against the United
    # States' adopted name (and the Spanish spelling where it differs) ---
    "acetaminophen": ("paracetamol", "acetaminofen", "tylenol", "panadol", "gelocatil",
                      "termalgin", "efferalgan", "dafalgan", "apiretal"),
    "albuterol": ("salbutamol",),
    "epinephrine": ("adrenaline", "adrenalina", "epinefrina"),
    "norepinephrine": ("noradrenaline", "noradrenalina", "norepinefrina"),
    "furosemide": ("frusemide", "furosemida", "lasix"),
    "lidocaine": ("lignocaine", "lidocaina"),
    "meperidine": ("pethidine", "petidina", "meperidina"),
    "rifampin": ("rifampicin", "rifampicina"),
    "cyclosporine": ("ciclosporin", "ciclosporina"),
    "acyclovir": ("aciclovir",),
    "nitroglycerin": ("glyceryl trinitrate", "nitroglicerina"),
    "aspirin": ("acetylsalicylic acid", "acido acetilsalicilico"),
    # --- one medicine and the brand names it is most often sold under, one ingredient each
    # (the brand names MedlinePlus's and the NHS's medicine pages list); a brand that mixes two
    # medicines is never here ---
    "ibuprofen": ("advil", "motrin", "nurofen"),
    "naproxen": ("aleve", "naprosyn", "naproxeno"),
    "atorvastatin": ("lipitor", "atorvastatina"),
    "simvastatin": ("zocor", "simvastatina"),
    "warfarin": ("coumadin", "jantoven", "warfarina"),
    "apixaban": ("eliquis",),
    "rivaroxaban": ("xarelto",),
    "clopidogrel": ("plavix",),
    "metformin": ("glucophage", "metformina"),
    "levothyroxine": ("synthroid", "levoxyl", "levotiroxina"),
    "lisinopril": ("zestril", "prinivil"),
    "amlodipine": ("norvasc", "istin", "amlodipino"),
    "omeprazole": ("prilosec", "omeprazol"),
    "sertraline": ("zoloft", "sertralina"),
    "fluoxetine": ("prozac", "fluoxetina"),
    "gabapentin": ("neurontin", "gabapentina"),
    # --- treatments by the names patients use (MedlinePlus "Knee Replacement", "Hip
    # Replacement", "Physical Therapy", "Cancer Chemotherapy", "Radiation Therapy", and their
    # pages in Spanish); a total or partial replacement stays a more exact name of one ---
    "knee arthroplasty": ("knee replacement", "knee joint replacement", "reemplazo de rodilla",
                          "artroplastia de rodilla"),
    "hip arthroplasty": ("hip replacement", "hip joint replacement", "reemplazo de cadera",
                         "artroplastia de cadera"),
    "physical therapy": ("physiotherapy", "physio", "fisioterapia", "terapia fisica"),
    "chemotherapy": ("chemo", "quimioterapia", "quimio"),
    # waiting while watching how things go (NHS "watchful waiting"; kept apart from "active
    # surveillance", the cancer programme of regular tests, which doctors contrast with it)
    # NHS "Steroid injections"; MedlinePlus "Cortisone shot" (Mayo's and patients' name)
    "corticosteroid injection": ("steroid injection", "steroid injections", "steroid shot",
                                 "cortisone injection", "cortisone shot",
                                 "inyeccion de corticoides", "infiltracion de corticoides",
                                 "infiltracion con corticoides", "inyeccion de corticoide",
                                 "infiltracion de corticoide", "infiltracion de cortisona",
                                 "inyeccion de cortisona", "infiltracion con cortisona"),
    "watchful waiting": ("wait and see", "wait and watch", "esperar y ver", "espera vigilante",
                         "actitud expectante"),
    "surgery": ("operation", "an operation", "cirugia", "operacion", "una operacion",
                "intervencion quirurgica"),
    # (and the letters of its other names, "DXT" for deep X-ray therapy, "XRT"; not "RT",
    # which is also "right": radiotherapy_doses reads it where a course in Gy is given)
    "radiation therapy": ("radiotherapy", "radiation treatment", "radioterapia", "dxt", "xrt"),
    # --- tests and measurements, for a test cited by two doctors under two names to be paired
    # and its readings compared (MedlinePlus "Lab Tests" and "Medical Tests" pages and their
    # Spanish pages; RadiologyInfo.org). Not here, having another meaning in a doctor's note:
    # "hr" (hours), "na" (not applicable), "us", "rx" (a prescription), "egfr" (also a gene
    # tested in lung cancer), "k" ---
    "blood pressure": ("bp", "presion arterial", "tension arterial", "presion sanguinea"),
    "hemoglobin": ("hb", "hgb", "hemoglobina"),
    "hemoglobin a1c": ("hba1c", "a1c", "glycated hemoglobin", "glycosylated hemoglobin",
                       "glycohemoglobin", "hemoglobina glicosilada", "hemoglobina glicada",
                       "hemoglobina glucosilada", "hemoglobina a1c",
                       # NHS "HbA1c": the blood test of how well sugar has been controlled
                       "blood test for sugar control", "sugar control blood test",
                       "blood test for blood sugar control", "three month sugar test",
                       "3 month sugar test"),
    "ejection fraction": ("ef", "fraccion de eyeccion"),
    "left ventricular ejection fraction": ("lvef", "fevi",
                                           "fraccion de eyeccion del ventriculo izquierdo"),
    "prostate specific antigen": ("psa", "antigeno prostatico especifico",
                                  "antigeno especifico de prostata",
                                  "antigeno especifico prostatico"),
    "thyroid stimulating hormone": ("tsh", "thyrotropin", "tirotropina",
                                    "hormona estimulante de la tiroides",
                                    "hormona estimulante del tiroides"),
    "electrocardiogram": ("ecg", "ekg", "electrocardiograma", "electrocardiography",
                          "electrocardiografia"),
    "echocardiogram": ("echo", "echocardiography", "ecocardiograma", "ecocardiografia"),
    "magnetic resonance imaging": ("mri", "mri scan", "mr scan", "mr imaging",
                                   "resonancia magnetica", "resonancia magnetica nuclear",
                                   "rmn", "resonancia"),
    "computed tomography": ("ct", "ct scan", "cat scan", "computerized tomography",
                            "computerised tomography", "computed tomography scan", "tac",
                            "tomografia computarizada", "tomografia axial computarizada"),
    "positron emission tomography": ("pet scan", "tomografia por emision de positrones"),
    "complete blood count": ("cbc", "fbc", "full blood count", "blood count", "hemograma",
                             "hemograma completo", "biometria hematica"),
    # (its long name, "dual-energy X-ray absorptiometry", is left out: "Ray" in it would stop
    # "Uncle Ray's" being read as a relative's name)
    "bone densitometry": ("dexa", "dxa", "dexa scan", "dxa scan", "bone density scan",
                          "bone density test", "densitometria osea", "densitometria"),
    "mammogram": ("mammography", "mamografia", "mastografia"),
    # ("USS", the ultrasound scan as British letters write it)
    "ultrasound": ("ultrasonography", "sonogram", "sonography", "ultrasound scan", "ecografia",
                   "ultrasonido", "uss"),
    "normal sinus rhythm": ("nsr", "ritmo sinusal normal"),
    "ki67": ("ki 67",),
    "low density lipoprotein": ("ldl", "ldl cholesterol", "ldl c", "bad cholesterol",
                                "colesterol ldl"),
    "high density lipoprotein": ("hdl", "hdl cholesterol", "hdl c", "good cholesterol",
                                 "colesterol hdl"),
    "international normalized ratio": ("inr",),
    "potassium": ("potasio", "serum potassium"),
    "sodium": ("sodio", "serum sodium"),
    "creatinine": ("creatinina", "serum creatinine"),
    # --- treatments, operations and procedures by their abbreviations, British and American
    # names, lay names and Spanish names (a sweep of 4 December: MedlinePlus "Other names" of
    # each procedure and its Spanish page, NHS, NCI dictionary, NICE). Left out for another
    # meaning in a note: PT (prothrombin time), HD and PD (Huntington's, Parkinson's), CRT
    # (chemoradiotherapy), CEA (a tumour marker), OT (the operating theatre), ART, D&C ---
    "coronary artery bypass graft": ("cabg", "coronary artery bypass grafting",
                                     "coronary artery bypass surgery", "heart bypass surgery",
                                     "heart bypass", "coronary bypass surgery",
                                     "cirugia de bypass coronario", "bypass coronario",
                                     "revascularizacion coronaria quirurgica",
                                     "bypass surgery on the heart", "heart bypass operation",
                                     "bypass cardiaco", "bypass del corazon"),
    "percutaneous coronary intervention": ("pci", "coronary angioplasty",
                                           "angioplasty and stent", "angioplasty and stenting",
                                           "angioplasty with stent", "angioplastia con stent",
                                           "angioplastia coronaria con stent",
                                           "percutaneous transluminal coronary angioplasty",
                                           "ptca", "angioplastia coronaria",
                                           "intervencion coronaria percutanea",
                                           # a stent as a family says it
                                           "coronary stent", "coronary stenting",
                                           "stent in the heart", "heart stent",
                                           "stent coronario", "stent en el corazon",
                                           "muelle en el corazon"),
    "transcatheter aortic valve implantation": ("tavi", "tavr",
                                                "transcatheter aortic valve replacement",
                                                "implante percutaneo de valvula aortica"),
    "aortic valve replacement": ("avr", "reemplazo de valvula aortica",
                                 "sustitucion valvular aortica"),
    "surgical aortic valve replacement": ("savr",),
    "mitral valve replacement": ("mvr", "reemplazo de valvula mitral"),
    "cardiac resynchronization therapy": ("biventricular pacing",
                                          "cardiac resynchronisation therapy",
                                          "terapia de resincronizacion cardiaca"),
    "pulmonary vein isolation": ("pvi", "aislamiento de venas pulmonares"),
    "transesophageal echocardiogram": ("tee", "transesophageal echocardiography",
                                       "ecocardiograma transesofagico"),
    "endovascular aneurysm repair": ("evar", "reparacion endovascular de aneurisma"),
    "carotid endarterectomy": ("endarterectomia carotidea",),
    "carotid artery stenting": ("carotid stenting", "stent carotideo"),
    "cardiac catheterization": ("cardiac cath", "heart catheterization", "cateterismo cardiaco",
                                # (sixteenth session) as a family names it
                                "heart catheter", "heart catheter test", "cardiac catheter",
                                "cardiac catheter test", "heart cath"),
    "cardiac rehabilitation": ("cardiac rehab", "rehabilitacion cardiaca"),
    "pulmonary rehabilitation": ("pulmonary rehab", "rehabilitacion pulmonar"),
    "electrical cardioversion": ("dc cardioversion", "cardioversion electrica"),
    "ambulatory electrocardiogram": ("holter monitor", "holter", "holter monitoring",
                                     "24 hour ecg", "ambulatory ecg", "holter ecg"),
    "exercise stress test": ("exercise tolerance test", "treadmill test",
                             "prueba de esfuerzo", "ergometria"),
    # a family's "heart stress test": an exercise test, a stress echo or a stress MRI
    "cardiac stress test": ("heart stress test", "stress test for the heart",
                            "stress test of the heart"),
    "ace inhibitor": ("acei", "ace inhibitors", "angiotensin converting enzyme inhibitor",
                      "angiotensin converting enzyme inhibitors", "ieca", "iecas"),
    "angiotensin receptor blocker": ("arb", "arbs", "angiotensin receptor blockers",
                                     "angiotensin ii receptor blocker", "ara ii", "ara 2"),
    "calcium channel blocker": ("ccb", "calcium channel blockers", "calcium antagonist",
                                "calcium antagonists"),
    "direct oral anticoagulant": ("doac", "doacs", "noac", "noacs",
                                  "direct oral anticoagulants", "novel oral anticoagulant",
                                  "anticoagulante oral directo", "aod", "acod"),
    "low molecular weight heparin": ("lmwh", "heparina de bajo peso molecular", "hbpm"),
    "dual antiplatelet therapy": ("dapt", "doble antiagregacion", "doble terapia antiplaquetaria"),
    "selective serotonin reuptake inhibitor": ("ssri", "ssris",
                                               "selective serotonin reuptake inhibitors",
                                               "isrs"),
    "serotonin norepinephrine reuptake inhibitor": (
        "snri", "snris", "serotonin and norepinephrine reuptake inhibitor",
        "serotonin noradrenaline reuptake inhibitor",
        "serotonin and noradrenaline reuptake inhibitor", "irsn"),
    "tricyclic antidepressant": ("tca", "tcas", "tricyclic antidepressants",
                                 "antidepresivo triciclico", "antidepresivos triciclicos"),
    "proton pump inhibitor": ("ppi", "ppis", "proton pump inhibitors",
                              "inhibidor de la bomba de protones", "ibp"),
    "nonsteroidal anti inflammatory drug": ("nsaid", "nsaids", "non steroidal anti inflammatory",
                                            "nonsteroidal anti inflammatory drugs",
                                            "non steroidal anti inflammatory drugs",
                                            "non steroidal anti inflammatory drug", "aine",
                                            "aines", "antiinflamatorio no esteroideo",
                                            "antiinflamatorios no esteroideos"),
    "disease modifying antirheumatic drug": ("dmard", "dmards",
                                             "disease modifying anti rheumatic drug",
                                             "disease modifying antirheumatic drugs"),
    "statin": ("statins", "hmg coa reductase inhibitor", "hmg coa reductase inhibitors",
               "estatina", "estatinas"),
    "glyceryl trinitrate spray": ("gtn spray", "nitroglycerin spray",
                                  "nitroglicerina en spray"),
    "esophagogastroduodenoscopy": ("ogd", "egd", "gastroscopy", "upper endoscopy",
                                   "upper gi endoscopy",
                                   "endoscopia digestiva alta", "gastroscopia"),
    "endoscopic retrograde cholangiopancreatography": (
        "ercp", "cpre", "colangiopancreatografia retrograda endoscopica"),
    "magnetic resonance cholangiopancreatography": ("mrcp", "colangiorresonancia",
                                                    "colangio resonancia"),
    "endoscopic ultrasound": ("eus", "ecoendoscopia", "ultrasonido endoscopico"),
    "percutaneous endoscopic gastrostomy": ("peg tube", "gastrostomia endoscopica "
                                            "percutanea"),
    "nasogastric tube": ("ng tube", "sonda nasogastrica"),
    "total parenteral nutrition": ("tpn", "nutricion parenteral total", "npt"),
    "roux en y gastric bypass": ("rygb", "bypass gastrico en y de roux"),
    "gastric bypass": ("bypass gastrico",),
    "sleeve gastrectomy": ("gastric sleeve", "gastrectomia en manga", "manga gastrica",
                           "gastrectomia vertical"),
    "bariatric surgery": ("weight loss surgery", "cirugia bariatrica",
                          "cirugia de la obesidad"),
    "transarterial chemoembolization": ("tace", "transarterial chemoembolisation",
                                        "quimioembolizacion transarterial",
                                        "quimioembolizacion"),
    "transjugular intrahepatic portosystemic shunt": ("tips procedure", "tipss"),
    "fecal microbiota transplant": ("fmt", "fecal transplant", "faecal microbiota transplant",
                                    "faecal transplant", "trasplante de microbiota fecal"),
    "fecal immunochemical test": ("fit test", "faecal immunochemical test",
                                 "test de sangre oculta en heces"),
    "transurethral resection of the prostate": ("turp", "rtu de prostata", "rtup",
                                                "reseccion transuretral de prostata"),
    "transurethral resection of bladder tumor": ("turbt", "rtu de vejiga",
                                                 "reseccion transuretral de tumor vesical"),
    "holmium laser enucleation of the prostate": ("holep",),
    "robot assisted radical prostatectomy": ("rarp", "robotic radical prostatectomy",
                                             "prostatectomia radical robotica"),
    "percutaneous nephrolithotomy": ("pcnl", "nefrolitotomia percutanea"),
    "extracorporeal shock wave lithotripsy": ("eswl", "swl", "shock wave lithotripsy",
                                              "litotricia extracorporea",
                                              "litotricia extracorporea por ondas de choque"),
    "hemodialysis": ("hemodialisis",),
    "peritoneal dialysis": ("dialisis peritoneal",),
    "continuous ambulatory peritoneal dialysis": ("capd",),
    "kidney transplant": ("renal transplant", "kidney transplantation", "renal transplantation",
                          "trasplante renal", "trasplante de rinon"),
    "liver transplant": ("liver transplantation", "hepatic transplant", "trasplante hepatico",
                         "trasplante de higado"),
    "heart transplant": ("heart transplantation", "cardiac transplant",
                         "cardiac transplantation", "trasplante cardiaco",
                         "trasplante de corazon"),
    "in vitro fertilization": ("ivf", "in vitro fertilisation", "fecundacion in vitro", "fiv"),
    "intracytoplasmic sperm injection": ("icsi", "inyeccion intracitoplasmatica de "
                                         "espermatozoides"),
    "intrauterine insemination": ("iui", "inseminacion intrauterina",
                                  "inseminacion artificial"),
    "hormone replacement therapy": ("hrt", "menopausal hormone therapy", "mht",
                                    "terapia hormonal sustitutiva", "ths",
                                    "terapia de reemplazo hormonal"),
    "total abdominal hysterectomy": ("tah", "histerectomia abdominal total"),
    "large loop excision of the transformation zone": ("lletz", "leep",
                                                       "loop electrosurgical excision procedure",
                                                       "conizacion con asa"),
    "intrauterine device": ("iud", "diu", "dispositivo intrauterino"),
    "copper intrauterine device": ("copper coil", "copper iud", "diu de cobre"),
    "levonorgestrel intrauterine system": ("ius", "hormonal coil", "mirena",
                                           "diu hormonal", "diu de levonorgestrel"),
    "cesarean section": ("c section", "cesarean", "cesarean delivery",
                         "cesarea", "seccion cesarea", "parto por cesarea"),
    "tubal ligation": ("tubal sterilization", "tubes tied",
                       "ligadura de trompas"),
    "cervical screening test": ("smear test", "pap smear", "pap test", "cervical smear",
                                "citologia", "citologia cervical", "papanicolaou"),
    "lumpectomy": ("wide local excision", "wle", "breast conserving surgery",
                   "partial mastectomy", "segmental mastectomy",
                   "tumorectomia", "cirugia conservadora de mama"),
    "sentinel lymph node biopsy": ("slnb", "sentinel node biopsy", "biopsia del ganglio "
                                   "centinela", "biopsia de ganglio centinela"),
    "axillary lymph node dissection": ("alnd", "axillary clearance",
                                       "linfadenectomia axilar", "vaciamiento axilar"),
    "anterior cruciate ligament reconstruction": ("aclr", "acl reconstruction",
                                                  "reconstruccion del ligamento cruzado "
                                                  "anterior", "reconstruccion del lca"),
    "open reduction and internal fixation": ("orif", "open reduction internal fixation",
                                             "reduccion abierta y fijacion interna"),
    "anterior cervical discectomy and fusion": ("acdf", "anterior cervical discectomy "
                                                "with fusion"),
    "discectomy": ("diskectomy", "discectomia"),
    "below knee amputation": ("bka", "transtibial amputation", "amputacion infrarrotuliana",
                              "amputacion por debajo de la rodilla"),
    "occupational therapy": ("terapia ocupacional",),
    "speech and language therapy": ("speech therapy", "speech language therapy",
                                    "logopedia", "terapia del lenguaje"),
    "transcutaneous electrical nerve stimulation": ("tens machine",
                                                    "estimulacion nerviosa electrica "
                                                    "transcutanea"),
    "deep brain stimulation": ("dbs", "estimulacion cerebral profunda"),
    "vagus nerve stimulation": ("vns", "estimulacion del nervio vago"),
    "electroconvulsive therapy": ("ect", "shock therapy", "electroshock",
                                  "terapia electroconvulsiva", "tec"),
    "transcranial magnetic stimulation": ("tms", "estimulacion magnetica transcraneal"),
    "cognitive behavioral therapy": ("cbt",
                                     "terapia cognitivo conductual"),
    "dialectical behavior therapy": ("terapia dialectica conductual",),
    "lumbar puncture": ("spinal tap", "puncion lumbar"),
    "stereotactic body radiotherapy": ("sbrt", "sabr", "stereotactic ablative radiotherapy",
                                       "radioterapia estereotactica corporal"),
    "intensity modulated radiotherapy": ("imrt", "intensity modulated radiation therapy",
                                         "radioterapia de intensidad modulada"),
    "stereotactic radiosurgery": ("srs", "radiocirugia estereotactica", "radiocirugia"),
    "external beam radiotherapy": ("ebrt", "external beam radiation therapy",
                                   "radioterapia externa"),
    "androgen deprivation therapy": ("adt", "androgen suppression therapy",
                                     "terapia de privacion de androgenos",
                                     "bloqueo hormonal"),
    "radioactive iodine therapy": ("radioiodine therapy", "radioactive iodine treatment",
                                   "radioiodine", "yodo radiactivo",
                                   "tratamiento con yodo radiactivo"),
    "bone marrow transplant": ("bmt", "trasplante de medula osea"),
    "radiofrequency ablation": ("rfa", "ablacion por radiofrecuencia"),
    "video assisted thoracoscopic surgery": ("vats", "cirugia toracoscopica videoasistida"),
    "fine needle aspiration": ("fna", "fnac", "fine needle aspiration biopsy",
                               "puncion aspiracion con aguja fina", "paaf"),
    "pulmonary function test": ("pft", "pfts", "pulmonary function tests", "lung function test",
                                "lung function tests", "pruebas de funcion pulmonar"),
    # (spirometry is one lung function test, "espirometría" its Spanish name)
    "spirometry": ("espirometria",),
    # (NHS "Sleep apnoea": a CPAP machine, the "sleep apnoea machine" families name it by)
    "continuous positive airway pressure": ("cpap", "presion positiva continua en la via "
                                            "aerea", "cpap machine", "sleep apnoea machine",
                                            "sleep apnea machine", "maquina de cpap"),
    "noninvasive ventilation": ("niv", "non invasive ventilation", "ventilacion no invasiva",
                                "vmni"),
    "bilevel positive airway pressure": ("bipap", "bilevel"),
    "long term oxygen therapy": ("ltot", "oxigenoterapia domiciliaria"),
    "functional endoscopic sinus surgery": ("fess", "cirugia endoscopica nasosinusal"),
    "tympanostomy tubes": ("grommets", "grommet", "ear tubes", "ear tube",
                           "ventilation tubes", "tympanostomy tube",
                           "tubos de timpanostomia", "drenajes transtimpanicos"),
    "appendectomy": ("appendicectomy", "appendix removal", "apendicectomia"),
    "orchiectomy": ("orchidectomy", "orquiectomia"),
    "cholecystectomy": ("gallbladder removal", "removal of the gallbladder", "colecistectomia"),
    # their Spanish names (MedlinePlus en español)
    "mastectomy": ("mastectomia",),
    "colonoscopy": ("colonoscopia",),
    "pacemaker": ("marcapasos", "cardiac pacemaker"),
    "dialysis": ("dialisis",),
    "active surveillance": ("vigilancia activa",),
    # MedlinePlus "Cataract removal" (cataract extraction; cirugía de cataratas)
    "cataract surgery": ("cataract removal", "cataract extraction", "cataract operation",
                         "cirugia de cataratas", "operacion de cataratas"),
    "laparoscopic cholecystectomy": ("lap chole", "keyhole gallbladder removal",
                                     "colecistectomia laparoscopica",
                                     "keyhole surgery to remove the gallbladder",
                                     "keyhole surgery to take out the gallbladder",
                                     "keyhole gallbladder surgery",
                                     "keyhole gallbladder operation"),
    "laparoscopic surgery": ("keyhole surgery", "laparoscopy", "cirugia laparoscopica",
                             "laparoscopia"),
    "thoracentesis": ("pleural aspiration", "toracocentesis"),
    "paracentesis": ("abdominal tap", "paracentesis abdominal"),
    "rhinoplasty": ("nose job", "rinoplastia"),
    "abdominoplasty": ("tummy tuck", "abdominoplastia"),
    "rhytidectomy": ("facelift", "face lift", "ritidectomia", "estiramiento facial"),
    "blepharoplasty": ("eyelid surgery", "eyelid lift", "blefaroplastia"),
    "liposuction": ("lipoplasty", "liposuccion"),
    "bunionectomy": ("bunion removal", "bunion surgery", "cirugia de juanete"),
    "nephrectomy": ("kidney removal", "nefrectomia"),
    "tonsillectomy": ("tonsil removal", "amigdalectomia"),
    "hysterectomy": ("removal of the womb", "womb removal", "histerectomia"),
    "vasectomy": ("male sterilization", "male sterilisation", "vasectomia"),
    "capsule endoscopy": ("pill camera", "capsula endoscopica", "endoscopia con capsula"),
    "thrombolysis": ("clot busting treatment", "clot busting drugs", "trombolisis"),
    "hernia repair": ("herniorrhaphy", "hernioplasty", "herniorrafia", "hernioplastia"),
    "pancreaticoduodenectomy": ("whipple procedure", "whipple operation",
                                "whipple surgery", "duodenopancreatectomia cefalica"),
    "esophagram": ("barium swallow", "esofagograma", "transito esofagico"),
    "polysomnography": ("sleep study", "polisomnografia", "sleep test", "overnight sleep test",
                        "overnight sleep study"),
    "angiography": ("angiogram", "angiografia"),
    "flexible sigmoidoscopy": ("flexi sig", "sigmoidoscopia flexible"),
    "phacoemulsification": ("phaco", "facoemulsificacion"),
    "hemorrhoid banding": ("rubber band ligation", "banding of piles",
                           "ligadura con banda elastica"),
    "chemoradiotherapy": ("chemoradiation", "quimiorradioterapia", "quimioradioterapia"),
    "analgesic": ("painkiller", "painkillers", "analgesics", "analgesico", "analgesicos",
                  "calmante", "calmantes",
                  # a family's "pain relief (as needed)" for the doctor's painkiller
                  "pain relief", "pain relief tablets", "pain relief medicine",
                  "something for the pain", "algo para el dolor"),
    # a painkiller worn as a patch, as a family writes it (buprenorphine, fentanyl patches)
    "analgesic patch": ("pain patch", "pain patches", "patch for the pain", "patch for pain",
                        "pain relief patch", "parche para el dolor", "parches para el dolor"),
    "dpp 4 inhibitor": ("gliptin", "gliptins", "dpp 4 inhibitors", "dipeptidyl peptidase 4 "
                        "inhibitor"),
    "sglt2 inhibitor": ("sglt2 inhibitors", "sglt2i", "sodium glucose cotransporter 2 "
                        "inhibitor", "gliflozin", "gliflozins", "isglt2"),
    "glp 1 receptor agonist": ("glp 1 agonist", "glp 1 agonists",
                               "agonista del receptor de glp 1", "arglp1"),
    "antiepileptic drug": ("antiepileptic drugs", "anti seizure medication",
                           "anti seizure medications", "antiseizure medication",
                           "antiepileptico", "antiepilepticos"),
    "antipsychotic": ("antipsychotics", "neuroleptic", "neuroleptics", "antipsicotico",
                      "antipsicoticos", "neuroleptico"),
    "mineralocorticoid receptor antagonist": ("aldosterone antagonist",
                                              "aldosterone antagonists",
                                              "antagonista de la aldosterona"),
    "tnf inhibitor": ("anti tnf", "tnf inhibitors", "tnf alpha inhibitor", "anti tnf alpha",
                      "anti tnf therapy"),
    "beta blocker": ("beta blockers", "beta adrenergic blocking agent", "betabloqueante",
                     "betabloqueantes", "betabloqueador"),
    "platelet rich plasma injection": ("prp injection", "prp", "inyeccion de plasma rico en "
                                       "plaquetas"),
    "botulinum toxin injection": ("botox injection", "botox injections", "botox",
                                  "botulinum toxin injections", "toxina botulinica"),
    "mmr vaccine": ("mmr", "measles mumps and rubella vaccine", "measles mumps rubella vaccine",
                    "vacuna triple virica"),
    "breast augmentation": ("breast enlargement", "aumento de mamas", "aumento mamario"),
    "reduction mammaplasty": ("breast reduction", "reduccion de mamas", "mamoplastia de "
                              "reduccion"),
    "progestogen only pill": ("mini pill", "minipill", "pildora de solo progestageno"),
    "emergency contraceptive pill": ("morning after pill", "anticonceptivo de emergencia",
                                     "pildora anticonceptiva de emergencia"),
    "influenza vaccine": ("flu jab", "flu shot", "flu vaccine", "vacuna de la gripe",
                          "vacuna antigripal"),
    "chest tube insertion": ("chest drain insertion", "chest drain", "chest tube",
                             "tubo de torax", "drenaje toracico"),
    "carpal tunnel release": ("carpal tunnel decompression", "liberacion del tunel carpiano"),
    "tooth extraction": ("tooth removal", "extraccion dental"),
    "root canal treatment": ("root canal", "endodontics", "endodoncia"),
    "proton beam therapy": ("proton therapy", "protonterapia"),
    "car t cell therapy": ("car t", "car t therapy", "terapia car t", "terapia con celulas car t"),
    "mohs micrographic surgery": ("mohs surgery", "cirugia de mohs", "cirugia micrografica de "
                                  "mohs"),
    "patent foramen ovale": ("pfo", "foramen oval permeable"),
    "arteriovenous fistula": ("avf", "fistula arteriovenosa"),
    "laparoscopic appendectomy": ("lap appendectomy", "keyhole appendectomy",
                                  "apendicectomia laparoscopica"),
    "gastric band": ("gastric banding", "lap band", "banda gastrica"),
    "total knee arthroplasty": ("protesis total de rodilla", "artroplastia total de rodilla",
                                "reemplazo total de rodilla", "tkr", "tka"),
    "knee arthroscopy": ("knee scope", "artroscopia de rodilla"),
    "aquatic therapy": ("hydrotherapy", "aquatherapy", "hidroterapia"),
    "laser assisted insitu keratomileusis": ("lasik",),
    "allergen immunotherapy": ("desensitisation", "desensitization", "allergy desensitization",
                               "inmunoterapia con alergenos"),
    "subcutaneous immunotherapy": ("allergy shots", "allergy injections", "scit"),
    "continuous subcutaneous insulin infusion": ("csii", "insulin pump", "insulin pump therapy",
                                                 "bomba de insulina"),
    "h2 receptor antagonist": ("h2 blocker", "h2 blockers", "h2 receptor antagonists", "h2ra",
                               "antagonista h2", "antihistaminico h2"),
    "oral corticosteroid": ("oral corticosteroids", "steroid tablets", "oral steroids",
                            "corticoides orales"),
    "chest radiograph": ("cxr", "radiografia de torax", "rx de torax", "placa de torax"),
    # NCI dictionary "hormone therapy": also called endocrine therapy, hormonal therapy
    "hormone therapy": ("endocrine therapy", "hormonal therapy", "hormone treatment",
                        "hormonoterapia", "anti hormone therapy", "anti hormone tablets",
                        "anti hormone treatment", "hormone blocking treatment",
                        "tratamiento hormonal",
                        # (sixteenth session) as a family names it
                        "hormone tablets", "hormone pills", "hormone injections",
                        "hormone jabs", "pastillas hormonales", "inyecciones hormonales"),
    # NHS "Arthroscopy": a type of keyhole surgery
    "arthroscopy": ("arthroscopic surgery", "artroscopia"),
    "excisional biopsy": ("excision biopsy", "biopsia excisional", "biopsia escisional"),
    # --- a sweep of abbreviations and Spanish names of conditions (4 December): 359 pairs of
    # names of one condition, 272 of which read as different; each a naming fact of Stedman's
    # and the specialties' abbreviation lists, ICD-10-CM inclusion terms, MedlinePlus and
    # MedlinePlus en espanol, NCI, NHS. Left out, having a second meaning in a note or being a
    # word: MG and MM (units), ALL, CAP, NET, TEN, CUP, HIT, PAD, POTS, AIDS (words: read in
    # capitals only, CAPITAL_NAMES), PD, ET, PV, HS, SCD, CRS, RP, PCP, AML, BPD, PID, DI, ICH,
    # DCM, AK, SK, TGA, SMA, MPA, NPH, PVD, VF, HL, AVN, RTA, PROM, IDA, DISH ---
    "acute coronary syndrome": ("acs", "sindrome coronario agudo"),
    "venous thromboembolism": ("vte", "tromboembolismo venoso"),
    "ventricular tachycardia": ("vt", "taquicardia ventricular"),
    "ventricular fibrillation": ("fibrilacion ventricular",),
    "left bundle branch block": ("lbbb", "bloqueo de rama izquierda"),
    "right bundle branch block": ("rbbb", "bloqueo de rama derecha"),
    "left ventricular hypertrophy": ("lvh", "hipertrofia ventricular izquierda"),
    "hypertrophic obstructive cardiomyopathy": ("hocm",),
    "subdural hematoma": ("sdh", "hematoma subdural"),
    "epidural hematoma": ("extradural hematoma", "hematoma epidural"),
    "chronic inflammatory demyelinating polyneuropathy": ("cidp",),
    "complex regional pain syndrome": ("crps", "reflex sympathetic dystrophy",
                                       "sindrome de dolor regional complejo"),
    "idiopathic intracranial hypertension": ("iih", "pseudotumor cerebri",
                                             "hipertension intracraneal idiopatica"),
    "migraine with aura": ("classical migraine", "classic migraine", "migrana con aura"),
    "migraine without aura": ("common migraine", "migrana sin aura"),
    "traumatic brain injury": ("tbi", "traumatismo craneoencefalico"),
    "creutzfeldt jakob disease": ("cjd",),
    "frontotemporal dementia": ("ftd", "demencia frontotemporal"),
    "mild cognitive impairment": ("mci", "deterioro cognitivo leve"),
    "duchenne muscular dystrophy": ("dmd", "distrofia muscular de duchenne"),
    "neurofibromatosis type 1": ("nf1", "von recklinghausen disease"),
    "functional neurological disorder": ("conversion disorder",
                                         "functional neurological symptom disorder", "fnd"),
    "axial spondyloarthritis": ("axspa", "espondiloartritis axial"),
    "juvenile idiopathic arthritis": ("jia", "artritis idiopatica juvenil"),
    "systemic sclerosis": ("ssc", "esclerosis sistemica"),
    "scleroderma": ("esclerodermia",),
    "granulomatosis with polyangiitis": ("gpa", "wegener granulomatosis"),
    "eosinophilic granulomatosis with polyangiitis": ("egpa", "churg strauss syndrome"),
    "antiphospholipid syndrome": ("aps", "sindrome antifosfolipido"),
    # ("gota" alone is gout; a drop of a medicine is counted, "una gota", and read as a dose)
    "gout": ("gouty arthritis", "artritis gotosa", "gota", "ataque de gota", "crisis de gota"),
    # a sample of stool sent to be tested, as families say it (NHS "Stool sample")
    "stool test": ("stool sample", "stool samples", "poo sample", "poo test", "muestra de heces",
                   "analisis de heces"),
    # gout of the big toe by its old name
    "gout in the hallux": ("podagra", "gout of the hallux"),
    # a family's word for feeling dizzy in Spain ("mareo" is also feeling sick in a car: the
    # doctor's "vertigo" stays apart)
    "dizziness": ("mareo", "mareos", "dizzy", "feeling dizzy", "dizzy spells"),
    "calcium pyrophosphate deposition disease": ("cppd", "pseudogout"),
    "reactive arthritis": ("reiter syndrome", "artritis reactiva"),
    "adult onset still disease": ("aosd",),
    "hepatocellular carcinoma": ("hcc", "carcinoma hepatocelular"),
    "renal cell carcinoma": ("rcc", "carcinoma de celulas renales"),
    "glioblastoma": ("gbm", "glioblastoma multiforme"),
    "diffuse large b cell lymphoma": ("dlbcl", "linfoma difuso de celulas b grandes"),
    "lobular carcinoma insitu": ("lcis",),
    "squamous cell carcinoma": ("carcinoma espinocelular",),
    "gastrointestinal stromal tumor": ("gist",),
    "triple negative breast cancer": ("tnbc", "cancer de mama triple negativo"),
    "monoclonal gammopathy of undetermined significance": (
        "mgus", "gammapatia monoclonal de significado incierto"),
    "primary myelofibrosis": ("pmf", "mielofibrosis primaria"),
    "waldenstrom macroglobulinemia": ("macroglobulinemia de waldenstrom",),
    "irritable bowel syndrome with diarrhea": ("ibs d",),
    "irritable bowel syndrome with constipation": ("ibs c",),
    "nonalcoholic fatty liver disease": ("nafld", "masld",
                                         "metabolic dysfunction associated steatotic liver disease",
                                         "non alcoholic fatty liver disease",
                                         "enfermedad del higado graso no alcoholico"),
    "nonalcoholic steatohepatitis": ("nash", "mash", "non alcoholic steatohepatitis",
                                     "metabolic dysfunction associated steatohepatitis"),
    "primary sclerosing cholangitis": ("psc", "colangitis esclerosante primaria"),
    "autoimmune hepatitis": ("aih", "hepatitis autoinmune"),
    "small bowel obstruction": ("sbo", "obstruccion del intestino delgado"),
    "upper gastrointestinal bleeding": ("ugib", "upper gi bleed"),
    "gastrointestinal hemorrhage": ("gi bleed", "gastrointestinal bleeding"),
    "eosinophilic esophagitis": ("eoe", "esofagitis eosinofilica"),
    "small intestinal bacterial overgrowth": ("sibo",),
    "wilson disease": ("hepatolenticular degeneration", "enfermedad de wilson"),
    "gilbert syndrome": ("sindrome de gilbert",),
    "achalasia": ("achalasia of the cardia",),
    "fecal incontinence": ("faecal incontinence",),
    "amebic dysentery": ("amoebic dysentery",),
    "hepatitis a": ("hep a", "hav infection"),
    "diabetic ketoacidosis": ("dka", "cetoacidosis diabetica"),
    "hyperosmolar hyperglycemic state": ("hhs", "estado hiperosmolar hiperglucemico"),
    "syndrome of inappropriate antidiuretic hormone secretion": ("siadh",),
    "maturity onset diabetes of the young": ("mody",),
    "latent autoimmune diabetes in adults": ("lada",),
    "congenital adrenal hyperplasia": ("cah", "hiperplasia suprarrenal congenita"),
    "multiple endocrine neoplasia type 1": ("men1",),
    "primary hyperparathyroidism": ("phpt", "hiperparatiroidismo primario"),
    "hypogonadism": ("hipogonadismo",),
    "klinefelter syndrome": ("sindrome de klinefelter",),
    "interstitial lung disease": ("ild", "enfermedad pulmonar intersticial"),
    "community acquired pneumonia": ("neumonia adquirida en la comunidad",),
    "hospital acquired pneumonia": ("hap", "neumonia nosocomial"),
    "pulmonary arterial hypertension": ("pah", "hipertension arterial pulmonar"),
    "sarcoidosis": ("sarcoid",),
    "allergic bronchopulmonary aspergillosis": ("abpa",),
    "upper respiratory tract infection": ("urti",),
    "autosomal dominant polycystic kidney disease": ("adpkd",),
    "acute tubular necrosis": ("atn", "necrosis tubular aguda"),
    "rapidly progressive glomerulonephritis": ("rpgn",),
    "renal failure": ("kidney failure",),
    "neuropathic bladder": ("neurogenic bladder", "vejiga neurogena"),
    "thrombotic thrombocytopenic purpura": ("ttp", "purpura trombocitopenica trombotica"),
    "hemolytic uremic syndrome": ("hus", "sindrome hemolitico uremico"),
    "disseminated intravascular coagulation": ("dic", "coagulacion intravascular diseminada"),
    "glucose 6 phosphate dehydrogenase deficiency": ("g6pd deficiency", "deficit de g6pd"),
    "vitamin b12 deficiency anemia": ("b12 deficiency anemia",),
    "hemophagocytic lymphohistiocytosis": ("hlh",),
    "paroxysmal nocturnal hemoglobinuria": ("pnh",),
    "autoimmune hemolytic anemia": ("aiha",),
    "leukopenia": ("leucopenia",),
    "nongonococcal urethritis": ("ngu", "non gonococcal urethritis"),
    "kaposi varicelliform eruption": ("eczema herpeticum",),
    "medial collateral ligament tear": ("mcl tear",),
    "posterior cruciate ligament tear": ("pcl tear",),
    "iliotibial band syndrome": ("itb syndrome", "it band syndrome"),
    "patellofemoral pain syndrome": ("pfps", "runner knee"),
    "medial tibial stress syndrome": ("shin splints",),
    "low back pain": ("lumbago", "lumbalgia"),
    "diffuse idiopathic skeletal hyperostosis": ("forestier disease",),
    "triangular fibrocartilage complex tear": ("tfcc tear",),
    "rotator cuff tendinitis": ("rotator cuff tendonitis", "tendinitis del manguito rotador"),
    "temporomandibular joint disorder": ("tmj disorder", "tmd"),
    "knee osteoarthritis": ("gonartrosis",),
    "hip osteoarthritis": ("coxartrosis",),
    "kyphosis": ("cifosis",),
    "cubital tunnel syndrome": ("sindrome del tunel cubital",),
    "psoriasis": ("pso",),
    "acne": ("acne vulgaris",),
    "stevens johnson syndrome": ("sjs", "sindrome de stevens johnson"),
    "lichen sclerosus": ("lichen sclerosus et atrophicus",),
    "discoid lupus erythematosus": ("dle",),
    "primary open angle glaucoma": ("poag",),
    "central retinal vein occlusion": ("crvo", "oclusion de la vena central de la retina"),
    "central retinal artery occlusion": ("crao",),
    "branch retinal vein occlusion": ("brvo",),
    "chalazion": ("meibomian cyst",),
    "anterior uveitis": ("iritis",),
    "graves ophthalmopathy": ("thyroid eye disease", "graves orbitopathy"),
    "optic neuritis": ("neuritis optica",),
    "sudden sensorineural hearing loss": ("ssnhl",),
    "sensorineural hearing loss": ("snhl", "hipoacusia neurosensorial"),
    "laryngopharyngeal reflux": ("lpr",),
    "cholesteatoma": ("colesteatoma",),
    "otosclerosis": ("otoesclerosis",),
    "vocal cord nodules": ("singers nodes", "singer nodes"),
    "premenstrual dysphoric disorder": ("pmdd",),
    "preterm premature rupture of membranes": ("pprom",),
    "premature ovarian insufficiency": ("poi", "premature ovarian failure",
                                        "insuficiencia ovarica prematura"),
    "postmenopausal bleeding": ("pmb",),
    "bartholin gland cyst": ("bartholin cyst",),
    "ovarian hyperstimulation syndrome": ("ohss",),
    "multisystem inflammatory syndrome in children": ("mis c", "pims ts"),
    "infantile hypertrophic pyloric stenosis": ("ihps", "estenosis hipertrofica del piloro"),
    "faltering growth": ("failure to thrive",),
    "kaposi sarcoma": ("sarcoma de kaposi",),
    "burkitt lymphoma": ("linfoma de burkitt",),
    "behcet disease": ("enfermedad de behcet",),
    "dengue": ("dengue fever", "fiebre del dengue"),
    # the fifteenth batch's names, after its run: MedlinePlus "Heel spur" / "Espolón calcáneo";
    # "Tuberculous spondylitis" (Pott disease); "Melasma" (chloasma, the mask of pregnancy;
    # in Spain "paño"); AAOS and NHS "Surfer's ear" (exostoses of the ear canal)
    "calcaneal spur": ("heel spur", "espolon calcaneo", "espolon en el talon",
                       "espolon del talon"),
    "tuberculous spondylitis": ("pott disease", "mal de pott", "spinal tuberculosis",
                                "tuberculosis vertebral", "enfermedad de pott",
                                "tuberculosis espinal"),
    "melasma": ("chloasma", "mask of pregnancy", "pano", "manchas del embarazo", "cloasma"),
    "external auditory canal exostosis": ("surfer ear", "ear canal exostosis",
                                          "external auditory canal exostoses",
                                          "ear canal exostoses",
                                          "exostosis del conducto auditivo externo",
                                          "oido de surfista"),
    "asherman syndrome": ("sindrome de asherman",),
    "human papillomavirus infection": ("hpv", "hpv infection", "virus del papiloma humano",
                                       "infeccion por vph", "vph"),
    "cytomegalovirus infection": ("cmv", "cmv infection", "infeccion por citomegalovirus"),
    "herpes simplex virus infection": ("hsv", "hsv infection", "herpes simplex infection",
                                       "infeccion por herpes simple"),
    "methicillin resistant staphylococcus aureus infection": (
        "mrsa", "mrsa infection", "infeccion por sarm", "sarm"),
    "pneumocystis pneumonia": ("pneumocystis jirovecii pneumonia", "pjp",
                               "neumonia por pneumocystis"),
    "neuroendocrine tumor": ("tumor neuroendocrino",),
    "heparin induced thrombocytopenia": ("trombocitopenia inducida por heparina",),
    "toxic epidermal necrolysis": ("necrolisis epidermica toxica",),
    "cancer of unknown primary": ("cancer de origen desconocido",
                                  "cancer of unknown primary origin"),
    "postural orthostatic tachycardia syndrome": (
        "sindrome de taquicardia postural ortostatica",),
    # --- infections (MedlinePlus) ---
    "influenza": ("flu", "gripe"),
    "tuberculosis": ("tb",),
    # the lungs' kind, not joined with tuberculosis as a whole (it was: a narrower name)
    "pulmonary tuberculosis": ("tuberculosis pulmonar",),
    "covid 19": ("covid", "covid19", "sars cov 2 infection", "coronavirus disease 2019"),
    # what stays after the infection (WHO "post COVID-19 condition"; NHS "long COVID"; MedlinePlus
    # en español "COVID persistente"): not a kind of COVID-19, an after-effect of it
    "post covid 19 condition": ("long covid", "post covid syndrome", "post covid 19 syndrome",
                                "post covid", "covid persistente", "covid prolongado"),
    # --- children, skin, everyday conditions, women's health, eyes and ears, mind and
    # development (NHS, MedlinePlus and MedlinePlus en español, CDC, AAP; per entry) ---
    # children's illnesses
    # NHS "Threadworms" (also called pinworms); MedlinePlus "Pinworms" (encyclopedia also gives
    # enterobiasis, oxyuriasis); MedlinePlus en espanol "Oxiuros" (oxiuriasis, infeccion por
    # oxiuros)
    "enterobiasis": ("threadworms", "threadworm", "threadworm infection", "pinworms", "pinworm",
                     "pinworm infection", "oxyuriasis", "oxiuros", "oxiuriasis",
                     "infeccion por oxiuros"),
    # NHS "Slapped cheek syndrome"; MedlinePlus "Fifth disease" (erythema infectiosum);
    # MedlinePlus en espanol "Quinta enfermedad" (eritema infeccioso)
    "erythema infectiosum": ("fifth disease", "slapped cheek syndrome", "slapped cheek disease",
                             "slapped cheek",
                             "quinta enfermedad", "eritema infeccioso"),
    # MedlinePlus "Roseola" (encyclopedia: exanthem subitum, sixth disease); MedlinePlus en
    # espanol "Roseola" (exantema subito, sexta enfermedad); NHS "Roseola" (roseola infantum)
    "roseola infantum": ("sixth disease", "exanthem subitum", "exanthema subitum",
                         "sexta enfermedad", "exantema subito", "roseola infantil"),
    # CDC "Hand, Foot, and Mouth Disease" (HFMD); NHS "Hand, foot and mouth disease";
    # MedlinePlus en espanol "Enfermedad de manos, pies y boca"; Spain's health services write
    # "enfermedad mano-pie-boca", often clipped to the three words alone
    "hand foot and mouth disease": ("hand foot mouth disease", "hfmd",
                                    "enfermedad de manos pies y boca", "enfermedad mano pie boca",
                                    "enfermedad boca mano pie",
                                    "enfermedad de mano pie y boca", "mano pie boca",
                                    "boca mano pie"),
    # NHS "Tongue-tie" (ankyloglossia); MedlinePlus en espanol encyclopedia "Anquiloglosia"
    "ankyloglossia": ("tongue tie", "anquiloglosia"),
    # NHS "Club foot" (congenital talipes equinovarus, CTEV); MedlinePlus "Clubfoot";
    # MedlinePlus en espanol encyclopedia "Pie zambo"
    "talipes equinovarus": ("club foot", "clubfoot", "club feet", "congenital talipes equinovarus",
                            "ctev", "pie zambo"),
    # MedlinePlus "Croup"; MedlinePlus en espanol "Crup"
    "croup": ("crup",),
    # NHS "Colic"; MedlinePlus encyclopedia "Colic and crying" / en espanol "Colicos y llanto del
    # bebe" (alternative name: colico infantil); Spanish primary-care paediatrics (AEPap) "Colico
    # del lactante"
    "infantile colic": ("infant colic", "baby colic", "colico del lactante",
                        "colicos del lactante", "colico infantil"),
    # NHS "Nappy rash"; MedlinePlus "Diaper rash"; MedlinePlus en espanol encyclopedia
    # "Dermatitis del panal"
    "diaper dermatitis": ("diaper rash", "nappy rash", "dermatitis del panal"),
    # NHS and MedlinePlus "Molluscum contagiosum"; MedlinePlus en espanol "Molusco contagioso"
    "molluscum contagiosum": ("molluscum", "molusco contagioso"),
    # NHS "Developmental dysplasia of the hip" (DDH, also called hip dysplasia); MedlinePlus en
    # espanol "Displasia del desarrollo de la cadera"; Spain's paediatric services "displasia
    # evolutiva de (la) cadera"
    "developmental dysplasia of the hip": ("ddh", "developmental hip dysplasia", "hip dysplasia",
                                           "displasia del desarrollo de la cadera",
                                           "displasia de cadera", "displasia de la cadera",
                                           "displasia evolutiva de cadera",
                                           "displasia evolutiva de la cadera"),
    # NHS "Febrile seizures"; MedlinePlus "Febrile seizures" / en espanol "Convulsiones febriles"
    "febrile seizure": ("febrile seizures", "febrile convulsion", "febrile convulsions",
                        "convulsion febril", "convulsiones febriles"),
    # MedlinePlus "Bronchiolitis" / en espanol "Bronquiolitis"; NHS "Bronchiolitis"
    "bronchiolitis": ("bronquiolitis",),
    # NHS "Birthmarks" (strawberry marks are infantile haemangiomas); MedlinePlus en espanol
    # "Hemangioma" pages speak of the infantile kind as "hemangioma infantil"
    "infantile hemangioma": ("strawberry mark", "strawberry marks", "strawberry birthmark",
                             "strawberry hemangioma", "hemangioma infantil"),
    # MedlinePlus "Port-wine stain" / en espanol "Mancha en vino de oporto"; NHS "Birthmarks"
    # (port wine stains)
    "port wine stain": ("port wine stains", "port wine birthmark", "port wine mark",
                        "mancha en vino de oporto", "mancha de vino de oporto"),
    # NHS "Oral thrush in adults" / "Oral thrush in babies"; MedlinePlus encyclopedia "Thrush"
    # (oral candidiasis) / en espanol "Candidiasis bucal"; "muguet" is the Spanish services' name
    "oral candidiasis": ("oral thrush", "candidiasis oral", "candidiasis bucal", "muguet",
                         "algodoncillo"),
    # MedlinePlus "Umbilical hernia" / en espanol "Hernia umbilical"
    "umbilical hernia": ("hernia umbilical",),
    # MedlinePlus "Nursemaid's elbow" (pulled elbow, radial head subluxation) / en espanol "Codo
    # de ninera"; Spain's paediatric services also "pronacion dolorosa"
    "nursemaid elbow": ("nursemaids elbow", "pulled elbow", "radial head subluxation",
                        "subluxation of the radial head", "codo de ninera",
                        "subluxacion de la cabeza del radio", "pronacion dolorosa"),
    # MedlinePlus "Osgood-Schlatter disease" / en espanol "Enfermedad de Osgood-Schlatter"
    "osgood schlatter disease": ("osgood schlatter", "enfermedad de osgood schlatter"),
    # MedlinePlus "Legg-Calve-Perthes disease" / en espanol "Enfermedad de Legg-Calve-Perthes";
    # NHS "Perthes' disease"
    "legg calve perthes disease": ("perthes disease", "enfermedad de perthes",
                                   "enfermedad de legg calve perthes"),
    # MedlinePlus "Bowlegs" (genu varum) / en espanol "Piernas arqueadas"
    "genu varum": ("bowlegs", "bow legs", "bowlegged", "bow legged", "piernas arqueadas"),
    # MedlinePlus "Flat feet" (pes planus) / en espanol "Pie plano"; NHS "Flat feet" (fallen
    # arches)
    "pes planus": ("flat feet", "flat foot", "flatfoot", "fallen arches", "pie plano",
                   "pies planos"),
    # MedlinePlus "Torticollis" (wryneck) / en espanol "Torticolis"
    "torticollis": ("wryneck", "wry neck", "torticolis"),
    # MedlinePlus "Down syndrome" (trisomy 21) / en espanol "Sindrome de Down" (trisomia 21)
    "down syndrome": ("downs syndrome", "trisomy 21", "sindrome de down", "trisomia 21"),
    # MedlinePlus "Growing pains" / en espanol "Dolores de crecimiento"; NHS "Growing pains"
    "growing pains": ("dolores de crecimiento",),
    # NHS "Cows' milk allergy"; Spanish paediatric services "alergia a las proteinas de la leche
    # de vaca" (APLV)
    "cow milk allergy": ("cows milk allergy", "cow milk protein allergy",
                         "cows milk protein allergy", "cmpa", "alergia a la leche de vaca",
                         "alergia a la proteina de la leche de vaca",
                         "alergia a las proteinas de la leche de vaca", "aplv"),
    # skin
    # NHS "Atopic eczema"; MedlinePlus "Atopic dermatitis" / en espanol "Dermatitis atopica"
    # (Spanish writes the eczema both "eczema" and "eccema")
    "atopic dermatitis": ("atopic eczema", "dermatitis atopica", "eczema atopico",
                          "eccema atopico"),
    # NHS "Ringworm"; MedlinePlus encyclopedia "Tinea capitis" / en espanol "Tina de la cabeza"
    # (tina del cuero cabelludo)
    "tinea capitis": ("scalp ringworm", "ringworm of the scalp", "tina de la cabeza",
                      "tina del cuero cabelludo"),
    # NHS "Ringworm"; MedlinePlus encyclopedia "Tinea corporis" / en espanol "Tina corporal"
    "tinea corporis": ("body ringworm", "ringworm of the body", "tina corporal",
                       "tina del cuerpo"),
    # NHS "Fungal nail infection"; MedlinePlus encyclopedia "Fungal nail infection"
    # (onychomycosis) / en espanol "Infeccion de las unas por hongos" (onicomicosis)
    "onychomycosis": ("fungal nail infection", "fungal nail infections", "nail fungus",
                      "onicomicosis", "infeccion de las unas por hongos", "hongos en las unas"),
    # NHS "Pityriasis versicolor"; MedlinePlus "Tinea versicolor" / en espanol "Tina versicolor"
    "pityriasis versicolor": ("tinea versicolor", "pitiriasis versicolor", "tina versicolor"),
    # MedlinePlus "Warts" / en espanol "Verrugas"; NHS "Warts and verrucas"
    "wart": ("warts", "verruga", "verrugas"),
    # MedlinePlus encyclopedia "Plantar warts" / en espanol "Verrugas plantares"; NHS "Warts and
    # verrucas" (a verruca is a wart on the sole)
    "plantar wart": ("plantar warts", "verruca plantaris", "verruga plantar",
                     "verrugas plantares", "plantar verruca", "plantar verrucas",
                     "plantar verrucae"),
    # MedlinePlus "Genital warts" (condylomata acuminata) / en espanol "Verrugas genitales"
    # (condilomas acuminados); NHS "Genital warts"
    "genital wart": ("genital warts", "condylomata acuminata", "condyloma acuminatum",
                     "verrugas genitales", "verruga genital", "condilomas acuminados",
                     "condiloma acuminado"),
    # MedlinePlus "Rosacea" (encyclopedia also gives acne rosacea) / en espanol "Rosacea"
    "rosacea": ("acne rosacea",),
    # NHS "Seborrhoeic dermatitis"; MedlinePlus "Seborrheic dermatitis" / en espanol "Dermatitis
    # seborreica"
    "seborrheic dermatitis": ("dermatitis seborreica",),
    # MedlinePlus "Contact dermatitis" / en espanol "Dermatitis de contacto"; NHS "Contact
    # dermatitis"
    "contact dermatitis": ("dermatitis de contacto", "contact eczema", "eczema de contacto",
                           "eccema de contacto"),
    # MedlinePlus "Sunburn" / en espanol "Quemaduras solares"; NHS "Sunburn"
    "sunburn": ("quemadura solar", "quemaduras solares", "quemadura de sol",
                "quemaduras de sol"),
    # NHS "Ingrown toenail"; MedlinePlus "Ingrown toenail" / en espanol "Una encarnada"
    # (onychocryptosis is the clinical name)
    "ingrown toenail": ("ingrowing toenail", "ingrown toe nail", "onychocryptosis",
                        "onicocriptosis", "una encarnada", "unas encarnadas", "una enterrada",
                        "unas enterradas"),
    # NHS "Seborrhoeic keratosis" (seborrhoeic warts); MedlinePlus "Seborrheic keratosis" / en
    # espanol "Queratosis seborreica"
    "seborrheic keratosis": ("seborrheic wart", "seborrheic warts", "queratosis seborreica"),
    # NHS "Heat rash (prickly heat)"; MedlinePlus encyclopedia "Heat rash" (miliaria)
    "miliaria": ("heat rash", "prickly heat", "sarpullido por calor", "salpullido por calor"),
    # MedlinePlus "Boils" (furuncles) / en espanol "Forunculos"
    "furuncle": ("forunculo", "forunculos", "furunculo", "furunculos"),
    # MedlinePlus "Pubic lice" / en espanol "Piojos pubicos"; CDC "Pubic 'crab' lice"
    "pediculosis pubis": ("pubic lice", "crab lice", "piojos pubicos"),
    # infections and everyday conditions
    # NHS "Cystitis"; MedlinePlus encyclopedia "Cystitis - acute" / en espanol "Cistitis aguda"
    # (and a bladder infection, MedlinePlus "Cystitis - acute": it is the bladder's, where a
    # kidney infection is another urinary tract infection, KINDS)
    "cystitis": ("cistitis", "bladder infection", "bladder infections", "infeccion de vejiga",
                 "infeccion de la vejiga"),
    # CDC "Conjunctivitis (pink eye)" and MedlinePlus en espanol "Conjuntivitis" name its kinds
    "allergic conjunctivitis": ("conjuntivitis alergica",),
    "bacterial conjunctivitis": ("conjuntivitis bacteriana",),
    "viral conjunctivitis": ("conjuntivitis viral", "conjuntivitis virica"),
    # AAP guideline on acute otitis media (AOM); MedlinePlus en espanol "Otitis media aguda"
    "acute otitis media": ("aom", "otitis media aguda"),
    # MedlinePlus encyclopedia "Pharyngitis" / en espanol "Faringitis"
    "pharyngitis": ("faringitis",),
    # MedlinePlus "Viral gastroenteritis" / en espanol "Gastroenteritis viral"
    "viral gastroenteritis": ("gastroenteritis viral",),
    # CDC "RSV"; MedlinePlus "Respiratory syncytial virus infections" / en espanol "Infecciones por
    # virus sincitial respiratorio" (VSR)
    "respiratory syncytial virus infection": ("rsv infection",
                                              "infeccion por virus sincitial respiratorio",
                                              "infeccion por vsr"),
    # CDC "Bacterial Vaginosis (BV)"; MedlinePlus en espanol "Vaginosis bacteriana"
    "bacterial vaginosis": ("bv", "vaginosis bacteriana"),
    # NHS "Dental abscess"; MedlinePlus encyclopedia "Tooth abscess" / en espanol "Absceso dental"
    "dental abscess": ("tooth abscess", "abscessed tooth", "absceso dental"),
    # NHS "Teeth grinding (bruxism)"; MedlinePlus "Bruxism" / en espanol "Bruxismo"
    "bruxism": ("teeth grinding", "tooth grinding", "bruxismo"),
    # MedlinePlus "Food allergy" / en espanol "Alergia alimentaria"
    "food allergy": ("food allergies", "alergia alimentaria", "alergia a los alimentos"),
    # MedlinePlus "Anaphylaxis" / en espanol "Anafilaxia"
    "anaphylaxis": ("anafilaxia", "anafilaxis", "anaphylactic reaction", "reaccion anafilactica"),
    # MedlinePlus "Heat exhaustion" / en espanol "Agotamiento por calor"; CDC heat illness pages
    "heat exhaustion": ("agotamiento por calor",),
    # MedlinePlus "Indigestion" (dyspepsia) / en espanol "Indigestion" (dispepsia)
    "dyspepsia": ("indigestion", "dispepsia"),
    # NHS "Fainting"; MedlinePlus "Fainting" (syncope) / en espanol "Desmayos" (sincope)
    "syncope": ("fainting", "sincope", "desmayo"),
    # MedlinePlus "Vitamin D deficiency" / en espanol "Deficiencia de vitamina D"
    "vitamin d deficiency": ("low vitamin d", "deficiencia de vitamina d",
                             "deficit de vitamina d", "hypovitaminosis d", "hipovitaminosis d"),
    # MedlinePlus "Neck pain" / en espanol "Dolor de cuello" (cervicalgia)
    "neck pain": ("dolor de cuello", "cervicalgia"),
    # MedlinePlus "Baker cyst" (popliteal cyst) / en espanol "Quiste de Baker"
    "baker cyst": ("bakers cyst", "popliteal cyst", "quiste de baker", "quiste popliteo"),
    # MedlinePlus "Ganglion cyst" / en espanol "Quiste ganglionar"
    "ganglion cyst": ("quiste ganglionar",),
    # MedlinePlus encyclopedia "Medial epicondylitis" (golfer's elbow) / en espanol "Codo de
    # golfista" (epicondilitis medial, epitrocleitis)
    "medial epicondylitis": ("golfer elbow", "golfers elbow", "epicondilitis medial",
                             "epitrocleitis", "codo de golfista"),
    # MedlinePlus "Hashimoto's disease" (chronic lymphocytic thyroiditis) / en espanol
    # "Enfermedad de Hashimoto" (tiroiditis de Hashimoto)
    "hashimoto thyroiditis": ("hashimoto disease", "hashimotos disease",
                              "chronic lymphocytic thyroiditis", "tiroiditis de hashimoto",
                              "enfermedad de hashimoto", "tiroiditis linfocitica cronica",
                              "struma lymphomatosa"),
    # MedlinePlus "Premenstrual syndrome" / en espanol "Sindrome premenstrual"; NHS "PMS" (also
    # premenstrual tension, PMT)
    "premenstrual syndrome": ("pms", "premenstrual tension", "pmt", "sindrome premenstrual"),
    # NHS "Period pain"; MedlinePlus "Period pain" / en espanol "Dolor menstrual" (dismenorrea,
    # colicos menstruales)
    "dysmenorrhea": ("period pain", "period pains", "painful periods", "menstrual cramps",
                     "dismenorrea", "dolor menstrual", "colicos menstruales", "dolor de regla",
                     "menstruacion dolorosa"),
    # NHS "Heavy periods"; CDC "Heavy menstrual bleeding"; MedlinePlus en espanol "Sangrado
    # menstrual abundante" (menorragia)
    "menorrhagia": ("heavy periods", "heavy menstrual bleeding", "menorragia",
                    "sangrado menstrual abundante", "reglas abundantes", "menstruacion abundante"),
    # MedlinePlus "Amenorrhea" / en espanol "Amenorrea"
    "amenorrhea": ("amenorrea",),
    # MedlinePlus "Ovarian cysts" / en espanol "Quistes ovaricos"; NHS "Ovarian cyst"
    "ovarian cyst": ("ovarian cysts", "quiste ovarico", "quistes ovaricos", "quiste de ovario",
                     "quistes de ovario"),
    # MedlinePlus "Morning sickness" / en espanol "Nauseas matutinas"; NHS "Vomiting and morning
    # sickness" in pregnancy
    "morning sickness": ("nausea and vomiting of pregnancy", "nauseas matutinas",
                         "nauseas del embarazo", "nauseas y vomitos del embarazo"),
    # eyes and ears
    # MedlinePlus "Blepharitis" / en espanol "Blefaritis"
    "blepharitis": ("blefaritis",),
    # MedlinePlus "Astigmatism" / en espanol "Astigmatismo"
    "astigmatism": ("astigmatismo",),
    # MedlinePlus "Color blindness" (color vision deficiency) / en espanol "Daltonismo"
    "color blindness": ("color vision deficiency", "daltonismo", "ceguera al color",
                        "ceguera de colores"),
    # MedlinePlus "Retinal detachment" / en espanol "Desprendimiento de retina"
    "retinal detachment": ("detached retina", "desprendimiento de retina",
                           "desprendimiento de la retina"),
    # MedlinePlus encyclopedia "Blocked tear duct" (nasolacrimal duct obstruction,
    # dacryostenosis) / en espanol "Conducto lagrimal obstruido"; NHS "Blocked tear duct"
    "nasolacrimal duct obstruction": ("blocked tear duct", "blocked tear ducts", "dacryostenosis",
                                      "conducto lagrimal obstruido",
                                      "obstruccion del conducto lagrimal",
                                      "obstruccion del conducto nasolagrimal"),
    # MedlinePlus encyclopedia "Eyelid drooping" (ptosis) / en espanol "Parpado caido"
    "blepharoptosis": ("drooping eyelid", "droopy eyelid", "eyelid ptosis",
                       "ptosis of the eyelid", "ptosis palpebral", "parpado caido"),
    # NHS "Perforated eardrum"; MedlinePlus encyclopedia "Ruptured eardrum" / en espanol "Ruptura
    # o perforacion del timpano" (timpano perforado)
    "tympanic membrane perforation": ("perforated eardrum", "perforated ear drum",
                                      "ruptured eardrum", "burst eardrum",
                                      "perforacion del timpano", "ruptura del timpano",
                                      "timpano perforado",
                                      "perforacion de la membrana timpanica"),
    # NHS "Benign paroxysmal positional vertigo (BPPV)"; MedlinePlus "Benign positional vertigo" /
    # en espanol "Vertigo posicional benigno"; Spanish services "VPPB"
    "benign paroxysmal positional vertigo": ("bppv", "benign positional vertigo",
                                             "vertigo posicional paroxistico benigno",
                                             "vertigo posicional benigno", "vppb"),
    # MedlinePlus "Meniere's disease" / en espanol "Enfermedad de Meniere"
    "meniere disease": ("menieres disease", "enfermedad de meniere"),
    # MedlinePlus encyclopedia "Enlarged adenoids" / en espanol "Adenoides agrandadas"; Spanish
    # clinical "hipertrofia adenoidea"
    "adenoid hypertrophy": ("enlarged adenoids", "adenoides agrandadas",
                            "hipertrofia adenoidea", "hipertrofia de adenoides"),
    # MedlinePlus encyclopedia "Deviated septum" / en espanol "Tabique desviado"
    "deviated septum": ("deviated nasal septum", "nasal septal deviation", "tabique desviado",
                        "tabique nasal desviado", "desviacion del tabique nasal"),
    # mental health and development
    # NHS "Generalised anxiety disorder"; MedlinePlus "Generalized anxiety disorder" / en espanol
    # "Trastorno de ansiedad generalizada"
    "generalized anxiety disorder": ("generalised anxiety disorder",
                                     "trastorno de ansiedad generalizada",
                                     "ansiedad generalizada"),
    # MedlinePlus "Panic disorder" / en espanol "Trastorno de panico"
    "panic disorder": ("trastorno de panico",),
    # NHS "Social anxiety (social phobia)"; MedlinePlus "Social anxiety disorder" / en espanol
    # "Trastorno de ansiedad social" (fobia social)
    "social anxiety disorder": ("social phobia", "trastorno de ansiedad social", "fobia social"),
    # MedlinePlus "Autism spectrum disorder" / en espanol "Trastorno del espectro autista"; NHS
    # "Autism"
    "autism spectrum disorder": ("autism", "autism spectrum condition", "autismo",
                                 "trastorno del espectro autista",
                                 "trastorno del espectro del autismo", "espectro autista"),
    # MedlinePlus "Dyslexia" / en espanol "Dislexia"
    "dyslexia": ("dislexia",),
    # NHS "Developmental co-ordination disorder (dyspraxia) in children"; Spanish services
    # "trastorno del desarrollo de la coordinacion" (dispraxia)
    "developmental coordination disorder": ("developmental co ordination disorder", "dyspraxia",
                                            "dispraxia",
                                            "trastorno del desarrollo de la coordinacion"),
    # MedlinePlus "Schizophrenia" / en espanol "Esquizofrenia"
    "schizophrenia": ("esquizofrenia",),
    # MedlinePlus "Bulimia nervosa" / en espanol "Bulimia nerviosa"; NHS "Bulimia"
    "bulimia nervosa": ("bulimia", "bulimia nerviosa"),
    # MedlinePlus "Binge eating disorder" / en espanol "Trastorno por atracon"
    "binge eating disorder": ("trastorno por atracon", "trastorno por atracones",
                              "trastorno de atracones"),
    # MedlinePlus "Seasonal affective disorder" / en espanol "Trastorno afectivo estacional"
    "seasonal affective disorder": ("seasonal depression", "trastorno afectivo estacional",
                                    "depresion estacional"),
    # MedlinePlus "Tourette syndrome" / en espanol "Sindrome de Tourette"; NHS "Tourette's
    # syndrome"
    "tourette syndrome": ("tourettes syndrome", "tourette", "tourettes", "tourette disorder",
                          "sindrome de tourette", "trastorno de tourette"),
    # NHS "Stammering"; MedlinePlus "Stuttering" / en espanol "Tartamudez"
    "stuttering": ("stammering", "childhood onset fluency disorder", "tartamudez", "tartamudeo"),
    # MedlinePlus encyclopedia "Sleepwalking" (somnambulism) / en espanol "Sonambulismo"
    "sleepwalking": ("sleep walking", "somnambulism", "sonambulismo"),
    # NHS "Night terrors and nightmares"; MedlinePlus encyclopedia "Night terrors" / en espanol
    # "Terrores nocturnos"
    "sleep terrors": ("night terrors", "terrores nocturnos", "pavor nocturno"),
    # MedlinePlus encyclopedia "Illness anxiety disorder" (hypochondria) / en espanol "Trastorno de
    # ansiedad por enfermedad"; NHS "Health anxiety"
    "illness anxiety disorder": ("hypochondria", "hypochondriasis", "health anxiety",
                                 "hipocondria", "trastorno de ansiedad por enfermedad"),
    # NHS "Self-harm"; MedlinePlus "Self-harm" (self-injury) / en espanol "Autolesion"
    "self harm": ("self injury", "autolesion", "autolesiones"),
    # --- a second sweep of common conditions by the names families use: what the first sweep
    # left for later (children, sexually transmitted infections, glands), cancers and
    # leukaemias by their everyday and Spanish names, heart, lungs (work-related too), liver,
    # kidneys and bladder, bowel, brain and nerves, bursitis and tendons, pregnancy, eyes and
    # ears, skin; sources beside each entry. Left out on purpose, each with its reason, as
    # before: everyday words, broader or narrower names, abbreviations with two meanings
    # ("aml", "all", "pid", "svt"), names that change meaning between the languages. ---
    # ----- left for this batch by the first sweep -----
    # MedlinePlus encyclopedia "Hypospadias" / en espanol "Hipospadias"
    "hypospadias": ("hipospadias",),
    # MedlinePlus encyclopedia "Phimosis" / en espanol "Fimosis"; NHS "Phimosis"
    "phimosis": ("fimosis",),
    # MedlinePlus encyclopedia "Pyloric stenosis" / en espanol "Estenosis pilorica" (the infant
    # "hypertrophic" form is a narrower name and stays out)
    "pyloric stenosis": ("estenosis pilorica", "estenosis del piloro"),
    # MedlinePlus encyclopedia "Intussusception - children" / en espanol "Intususcepcion (ninos)";
    # Spanish paediatric services name it "invaginacion intestinal"
    "intussusception": ("intususcepcion", "invaginacion intestinal"),
    # MedlinePlus "Inguinal hernia" / en espanol "Hernia inguinal"; NHS "Inguinal hernia repair"
    "inguinal hernia": ("hernia inguinal",),
    # MedlinePlus "Cystic fibrosis" / en espanol "Fibrosis quistica"; ICD-10-CM E84 index
    # (mucoviscidosis)
    "cystic fibrosis": ("fibrosis quistica", "mucoviscidosis"),
    # MedlinePlus encyclopedia "Kawasaki disease" (mucocutaneous lymph node syndrome) / en espanol
    # "Enfermedad de Kawasaki"; ICD-10-CM M30.3 (mucocutaneous lymph node syndrome)
    "kawasaki disease": ("kawasaki syndrome", "mucocutaneous lymph node syndrome",
                         "enfermedad de kawasaki", "sindrome de kawasaki",
                         "sindrome mucocutaneo ganglionar",
                         "sindrome de los ganglios linfaticos mucocutaneos"),
    # MedlinePlus "Sudden infant death syndrome" (SIDS, crib death) / en espanol "Sindrome de
    # muerte subita del lactante" (SMSL); NHS "Sudden infant death syndrome" (cot death); "muerte
    # de cuna" is the lay Spanish name, as "crib death" is the English one
    "sudden infant death syndrome": ("sids", "cot death", "crib death",
                                     "sindrome de muerte subita del lactante",
                                     "muerte subita del lactante", "smsl", "muerte de cuna"),
    # MedlinePlus encyclopedia "Knock knees" (genu valgum); Spanish orthopaedic and paediatric
    # pages: "genu valgo", "rodillas valgas", lay "piernas en X"
    "genu valgum": ("knock knees", "knock knee", "knock kneed", "genu valgo", "rodillas valgas",
                    "piernas en x"),
    # MedlinePlus encyclopedia "Pityriasis rosea" / en espanol "Pitiriasis rosada"
    "pityriasis rosea": ("pitiriasis rosada", "pitiriasis rosea"),
    # NHS "Hidradenitis suppurativa (HS)"; MedlinePlus "Hidradenitis suppurativa" (acne inversa) /
    # en espanol "Hidradenitis supurativa"; Spain's dermatology "hidrosadenitis supurativa"
    "hidradenitis suppurativa": ("acne inversa", "hidradenitis supurativa",
                                 "hidrosadenitis supurativa"),
    # NHS "Chilblains"; ICD-10-CM T69.1 "Chilblains"; pernio and perniosis are the clinical
    # names; Spanish "sabanones"
    "chilblains": ("chilblain", "pernio", "perniosis", "sabanones", "sabanon"),
    # CDC "Chlamydia"; MedlinePlus "Chlamydia infections" / en espanol "Infecciones por clamidia"
    "chlamydia": ("chlamydia infection", "clamidia", "clamidiasis", "infeccion por clamidia"),
    # CDC "Gonorrhea"; MedlinePlus en espanol "Gonorrea" (the British "gonorrhoea" is rewritten)
    "gonorrhea": ("gonorrea",),
    # CDC "Syphilis"; MedlinePlus en espanol "Sifilis"; ICD-10-CM index "Lues (venereal), see
    # Syphilis"
    "syphilis": ("sifilis", "lues"),
    # CDC and MedlinePlus "Genital herpes" / en espanol "Herpes genital"
    "genital herpes": ("herpes genital", "herpes genitalis"),
    # CDC "Trichomoniasis"; MedlinePlus en espanol "Tricomoniasis"
    "trichomoniasis": ("tricomoniasis",),
    # MedlinePlus "HIV" / en espanol "VIH"; NCI dictionary "HIV infection"; AIDS is the late
    # stage and has its own entry (never joined here)
    "hiv infection": ("human immunodeficiency virus infection", "infeccion por vih",
                      "infeccion por el vih",
                      "infeccion por el virus de la inmunodeficiencia humana"),
    # CDC and NCI "acquired immunodeficiency syndrome"; MedlinePlus en espanol "SIDA" (sindrome de
    # inmunodeficiencia adquirida)
    "acquired immunodeficiency syndrome": ("acquired immune deficiency syndrome", "sida",
                                           "sindrome de inmunodeficiencia adquirida"),
    # MedlinePlus "Helicobacter pylori infections" / en espanol "Infecciones por Helicobacter
    # pylori"; NHS "Helicobacter pylori (H. pylori)"
    "helicobacter pylori infection": ("h pylori infection",
                                      "infeccion por helicobacter pylori",
                                      "infeccion por h pylori"),
    # MedlinePlus encyclopedia "Rickets" / en espanol "Raquitismo"; NHS "Rickets and osteomalacia"
    "rickets": ("raquitismo",),
    # MedlinePlus "Graves disease" / en espanol "Enfermedad de Graves"; Basedow is the other
    # eponym (Spain's services "enfermedad de Graves-Basedow")
    "graves disease": ("basedow disease", "graves basedow disease", "enfermedad de graves",
                       "enfermedad de graves basedow", "enfermedad de basedow"),
    # MedlinePlus encyclopedia "Testicular torsion" / en espanol "Torsion testicular"; ICD-10-CM
    # N44.0 "Torsion of testis"
    "testicular torsion": ("torsion of the testis", "torsion of the testicle", "twisted testicle",
                           "torsion testicular", "torsion del testiculo"),
    # MedlinePlus encyclopedia "Labyrinthitis" / en espanol "Laberintitis"
    "labyrinthitis": ("laberintitis",),
    # MedlinePlus encyclopedia "Epiglottitis" / en espanol "Epiglotitis"
    "epiglottitis": ("epiglotitis",),
    # MedlinePlus encyclopedia "Night blindness" (nyctalopia) / en espanol "Ceguera nocturna"
    "night blindness": ("nyctalopia", "nictalopia", "ceguera nocturna"),
    # MedlinePlus encyclopedia "Nasal polyps" / en espanol "Polipos nasales"; NHS "Nasal polyps"
    "nasal polyps": ("nasal polyp", "polipos nasales", "polipo nasal"),

    # ----- cancers by the names families use -----
    # MedlinePlus "Uterine cancer" / en espanol "Cancer de utero"; NHS "Womb (uterus) cancer"
    # (endometrial cancer, the commonest kind, is a narrower name with its own entry)
    "uterine cancer": ("womb cancer", "cancer of the womb", "cancer of the uterus",
                       "uterus cancer", "cancer de utero", "cancer del utero", "cancer uterino"),
    # NCI dictionary "endometrial cancer" / NCI en espanol "cancer de endometrio"
    "endometrial cancer": ("endometrial carcinoma", "cancer of the endometrium",
                           "cancer de endometrio", "cancer del endometrio", "cancer endometrial",
                           "carcinoma de endometrio", "carcinoma endometrial"),
    # NCI "Esophageal cancer" / en espanol "Cancer de esofago"; NHS "Oesophageal cancer"
    # (NHS "Oesophageal cancer": the oesophagus, or gullet)
    "esophageal cancer": ("cancer of the gullet", "gullet cancer", "cancer of the esophagus",
                          "esophagus cancer", "cancer de esofago",
                          "cancer del esofago", "cancer esofagico"),
    # NHS "Mouth cancer" (also called oral cancer); MedlinePlus "Oral cancer" / en espanol
    # "Cancer oral" (cancer de boca)
    "oral cancer": ("mouth cancer", "cancer of the mouth", "cancer oral", "cancer de boca",
                    "cancer bucal"),
    # NCI "Testicular cancer" / en espanol "Cancer de testiculo"; NHS "Testicular cancer"
    "testicular cancer": ("cancer of the testicle", "cancer of the testis", "testis cancer",
                          "cancer testicular", "cancer de testiculo"),
    # NCI "Rectal cancer" / en espanol "Cancer de recto" (colorectal cancer is the wider name)
    "rectal cancer": ("cancer of the rectum", "rectum cancer", "cancer de recto",
                      "cancer rectal"),
    # NCI "Bile duct cancer (cholangiocarcinoma)" / en espanol "Cancer de las vias biliares
    # (colangiocarcinoma)"; NHS "Bile duct cancer (cholangiocarcinoma)"
    "bile duct cancer": ("cholangiocarcinoma", "colangiocarcinoma",
                         "cancer de las vias biliares", "cancer de vias biliares",
                         "cancer de los conductos biliares"),
    # NCI "Malignant mesothelioma" / en espanol "Mesotelioma maligno"; CDC/NIOSH asbestos pages
    "mesothelioma": ("mesotelioma",),
    # NCI dictionary "multiple myeloma" (also Kahler disease, myelomatosis, plasma cell
    # myeloma) / en espanol "mieloma multiple"
    "multiple myeloma": ("plasma cell myeloma", "myelomatosis", "kahler disease",
                         "mieloma multiple", "enfermedad de kahler"),
    # NCI dictionary "acute myeloid leukemia" (also acute myeloblastic, acute myelogenous, acute
    # nonlymphocytic leukemia) / en espanol "leucemia mieloide aguda"
    "acute myeloid leukemia": ("acute myelogenous leukemia", "acute myeloblastic leukemia",
                               "acute nonlymphocytic leukemia", "acute non lymphocytic leukemia",
                               "leucemia mieloide aguda", "leucemia mieloblastica aguda",
                               "leucemia mielogena aguda"),
    # NCI dictionary "acute lymphoblastic leukemia" (also acute lymphocytic leukemia) / en espanol
    # "leucemia linfoblastica aguda" (LLA)
    "acute lymphoblastic leukemia": ("acute lymphocytic leukemia", "acute lymphoid leukemia",
                                     "leucemia linfoblastica aguda", "leucemia linfocitica aguda",
                                     "leucemia linfoide aguda", "lla"),
    # NCI dictionary "chronic lymphocytic leukemia" (CLL) / en espanol "leucemia linfocitica
    # cronica" (LLC)
    "chronic lymphocytic leukemia": ("cll", "chronic lymphoid leukemia",
                                     "leucemia linfocitica cronica", "leucemia linfoide cronica",
                                     "llc"),
    # NCI dictionary "chronic myelogenous leukemia" (also chronic granulocytic, chronic myeloid
    # leukemia, CML) / en espanol "leucemia mieloide cronica" (LMC)
    "chronic myeloid leukemia": ("cml", "chronic myelogenous leukemia",
                                 "chronic granulocytic leukemia", "leucemia mieloide cronica",
                                 "leucemia mielogena cronica", "leucemia granulocitica cronica",
                                 "lmc"),

    # ----- blood -----
    # NCI "Myelodysplastic syndromes" (MDS) / en espanol "Sindromes mielodisplasicos"
    "myelodysplastic syndromes": ("myelodysplastic syndrome", "mds", "sindromes mielodisplasicos",
                                  "sindrome mielodisplasico"),
    # NCI dictionary "polycythemia vera" (also polycythemia rubra vera) / en espanol "policitemia
    # vera"
    "polycythemia vera": ("polycythemia rubra vera", "policitemia vera",
                          "policitemia rubra vera"),
    # MedlinePlus "Immune thrombocytopenia (ITP)" (once idiopathic thrombocytopenic purpura) / en
    # espanol "Purpura trombocitopenica inmunitaria (PTI)"
    "immune thrombocytopenia": ("itp", "immune thrombocytopenic purpura",
                                "idiopathic thrombocytopenic purpura",
                                "trombocitopenia inmunitaria",
                                "purpura trombocitopenica inmunitaria",
                                "purpura trombocitopenica idiopatica", "pti"),

    # ----- heart and circulation -----
    # MedlinePlus "Peripheral arterial disease" / en espanol "Enfermedad arterial periferica";
    # NHS "Peripheral arterial disease (PAD)"; Spain's services "arteriopatia periferica"
    "peripheral artery disease": ("peripheral arterial disease",
                                  "enfermedad arterial periferica", "arteriopatia periferica"),
    # MedlinePlus encyclopedia "Abdominal aortic aneurysm" / en espanol "Aneurisma aortico
    # abdominal"; NHS "Abdominal aortic aneurysm" (AAA)
    "abdominal aortic aneurysm": ("aaa", "aneurisma aortico abdominal",
                                  "aneurisma de aorta abdominal",
                                  "aneurisma de la aorta abdominal"),
    # MedlinePlus encyclopedia "Aortic dissection" / en espanol "Diseccion aortica"
    "aortic dissection": ("diseccion aortica", "diseccion de aorta", "diseccion de la aorta"),
    # MedlinePlus encyclopedia "Mitral valve prolapse" (floppy mitral valve) / en espanol
    # "Prolapso de la valvula mitral"
    "mitral valve prolapse": ("mvp", "floppy mitral valve", "prolapso de la valvula mitral",
                              "prolapso valvular mitral", "prolapso mitral"),
    # MedlinePlus encyclopedia "Mitral regurgitation" (mitral insufficiency) / en espanol
    # "Regurgitacion mitral" (insuficiencia mitral)
    "mitral regurgitation": ("mitral insufficiency", "mitral incompetence",
                             "leaky mitral valve", "leaking mitral valve",
                             "regurgitacion mitral", "insuficiencia mitral",
                             "insuficiencia valvular mitral", "mitral valve regurgitation",
                             "mitral valve insufficiency", "insuficiencia de la valvula mitral"),
    # MedlinePlus encyclopedia "Aortic insufficiency" (aortic regurgitation) / en espanol
    # "Insuficiencia aortica"
    "aortic regurgitation": ("aortic insufficiency", "aortic incompetence",
                             "insuficiencia aortica", "regurgitacion aortica",
                             # (NHS "Aortic valve regurgitation": a leaking valve)
                             "leaky aortic valve", "leaking aortic valve",
                             "aortic valve regurgitation", "aortic valve insufficiency",
                             "insuficiencia de la valvula aortica"),
    # MedlinePlus encyclopedia "Raynaud phenomenon" / en espanol "Fenomeno de Raynaud" ("Raynaud
    # disease" is the primary form only, and stays out)
    "raynaud phenomenon": ("raynauds phenomenon", "fenomeno de raynaud"),
    # MedlinePlus "Pulmonary hypertension" / en espanol "Hipertension pulmonar" (not the usual
    # high blood pressure)
    "pulmonary hypertension": ("hipertension pulmonar",),

    # ----- lungs, including occupational lung disease -----
    # CDC/NIOSH "Coal workers' pneumoconiosis" (black lung disease); MedlinePlus encyclopedia
    # "Coal worker's pneumoconiosis" / en espanol "Neumoconiosis de los mineros del carbon"
    # (enfermedad del pulmon negro); "pneumoconiosis" alone is the wider group
    "coal workers pneumoconiosis": ("coal worker pneumoconiosis", "black lung disease",
                                    "black lung", "neumoconiosis de los mineros del carbon",
                                    "neumoconiosis del minero del carbon",
                                    "neumoconiosis de los trabajadores del carbon",
                                    "enfermedad del pulmon negro"),
    # MedlinePlus encyclopedia "Hypersensitivity pneumonitis" (extrinsic allergic alveolitis) /
    # en espanol "Neumonitis por hipersensibilidad"
    "hypersensitivity pneumonitis": ("extrinsic allergic alveolitis",
                                     "neumonitis por hipersensibilidad",
                                     "alveolitis alergica extrinseca"),
    # MedlinePlus encyclopedia "Occupational asthma" / en espanol "Asma ocupacional"; CDC/NIOSH
    # "occupational asthma"; Spain's services "asma laboral"
    "occupational asthma": ("asma ocupacional", "asma laboral"),
    # MedlinePlus "Bronchiectasis" / en espanol "Bronquiectasia"
    "bronchiectasis": ("bronquiectasia", "bronquiectasias"),
    # MedlinePlus encyclopedia "Idiopathic pulmonary fibrosis" / en espanol "Fibrosis pulmonar
    # idiopatica"; NHS "Idiopathic pulmonary fibrosis" (IPF; once cryptogenic fibrosing
    # alveolitis)
    "idiopathic pulmonary fibrosis": ("ipf", "cryptogenic fibrosing alveolitis",
                                      "fibrosis pulmonar idiopatica"),

    # ----- liver and bile ducts -----
    # MedlinePlus "Hepatitis B" / en espanol "Hepatitis B" (the same string in both languages);
    # CDC "Hepatitis B" (HBV infection)
    "hepatitis b": ("hep b", "hepatitis b infection", "hepatitis b virus infection",
                    "hbv infection", "infeccion por hepatitis b",
                    "infeccion por el virus de la hepatitis b"),
    # MedlinePlus "Hepatitis C" / en espanol "Hepatitis C"; CDC "Hepatitis C" (HCV infection)
    "hepatitis c": ("hep c", "hepatitis c infection", "hepatitis c virus infection",
                    "hcv infection", "infeccion por hepatitis c",
                    "infeccion por el virus de la hepatitis c"),
    # MedlinePlus "Primary biliary cholangitis" (formerly primary biliary cirrhosis) / en espanol
    # "Colangitis biliar primaria"; NHS "Primary biliary cholangitis (PBC)"
    "primary biliary cholangitis": ("primary biliary cirrhosis", "pbc",
                                    "colangitis biliar primaria", "cirrosis biliar primaria"),
    # NHS "Alcohol-related liver disease (ARLD)"; MedlinePlus encyclopedia "Alcoholic liver
    # disease"; Spanish "enfermedad hepatica alcoholica" / "hepatopatia alcoholica"
    "alcoholic liver disease": ("alcohol related liver disease", "arld",
                                "enfermedad hepatica alcoholica", "hepatopatia alcoholica"),

    # ----- kidneys, bladder and urinary tract -----
    # MedlinePlus "Overactive bladder" / en espanol "Vejiga hiperactiva" (OAB)
    "overactive bladder": ("oab", "overactive bladder syndrome", "vejiga hiperactiva",
                           "sindrome de vejiga hiperactiva"),
    # MedlinePlus encyclopedia "Stress urinary incontinence" / en espanol "Incontinencia urinaria
    # de esfuerzo"; NHS "Urinary incontinence" (stress incontinence)
    "stress urinary incontinence": ("stress incontinence", "incontinencia urinaria de esfuerzo",
                                    "incontinencia de esfuerzo"),
    # MedlinePlus encyclopedia "Urge incontinence" / en espanol "Incontinencia de urgencia"
    "urge urinary incontinence": ("urge incontinence", "incontinencia de urgencia",
                                  "incontinencia urinaria de urgencia"),
    # MedlinePlus "Polycystic kidney disease" / en espanol "Enfermedad renal poliquistica"; Spain's
    # services "poliquistosis renal"
    "polycystic kidney disease": ("polycystic kidneys", "enfermedad renal poliquistica",
                                  "enfermedad poliquistica renal", "poliquistosis renal",
                                  "rinones poliquisticos"),
    # MedlinePlus "Interstitial cystitis" (painful bladder syndrome) / en espanol "Cistitis
    # intersticial"; NHS "Interstitial cystitis" (bladder pain syndrome)
    "interstitial cystitis": ("painful bladder syndrome", "bladder pain syndrome",
                              "cistitis intersticial", "sindrome de vejiga dolorosa"),
    # MedlinePlus encyclopedia "End-stage kidney disease" (ESRD, ESKD) / en espanol "Enfermedad
    # renal terminal"
    "end stage renal disease": ("esrd", "end stage kidney disease", "eskd",
                                "enfermedad renal terminal", "enfermedad renal en etapa terminal",
                                "insuficiencia renal terminal"),
    # MedlinePlus encyclopedia "Bladder stones" (vesical calculi) / en espanol "Calculos en la
    # vejiga"; NHS "Bladder stones"
    "bladder stone": ("bladder stones", "bladder calculus", "bladder calculi", "vesical calculus",
                      "cystolithiasis", "calculo vesical", "calculos vesicales",
                      "litiasis vesical", "calculos en la vejiga", "piedras en la vejiga"),

    # ----- stomach and bowel -----
    # MedlinePlus encyclopedia "Barrett esophagus" / en espanol "Esofago de Barrett"; NHS
    # "Barrett's oesophagus"
    "barrett esophagus": ("barretts esophagus", "esofago de barrett"),
    # NHS "Anal fistula"; ICD-10-CM K60.3 "Anal fistula" ("fistula in ano" is the surgeons' Latin);
    # Spanish "fistula anal"
    "anal fistula": ("fistula in ano", "fistula anal"),
    # MedlinePlus "Clostridioides difficile infections" / en espanol "Infecciones por
    # Clostridioides difficile"; CDC "C. diff"
    "clostridioides difficile infection": ("clostridium difficile infection",
                                           "c difficile infection", "c diff infection", "c diff",
                                           "infeccion por clostridioides difficile",
                                           "infeccion por clostridium difficile",
                                           "infeccion por c difficile"),
    # ICD-10-CM K26 "Duodenal ulcer"; Spanish "ulcera duodenal" (peptic ulcer is the wider name,
    # a gastric ulcer another place)
    "duodenal peptic ulcer": ("duodenal ulcer", "ulcera duodenal", "ulcera de duodeno",
                              "ulcera del duodeno"),
    # NCI dictionary "colon polyp"; Spanish "polipos de colon" (NHS "Bowel polyps" and
    # "colorectal polyps" also take in the rectum, so they stay out)
    "colon polyps": ("colon polyp", "colonic polyp", "colonic polyps", "polipo de colon",
                     "polipos de colon", "polipos en el colon", "polipos colonicos"),

    # ----- hormones and glands -----
    # MedlinePlus "Hyperparathyroidism" / en espanol "Hiperparatiroidismo"
    # (NHS "Primary hyperparathyroidism": overactive parathyroid glands, as the table's
    # "overactive thyroid" is hyperthyroidism)
    "hyperparathyroidism": ("hiperparatiroidismo", "overactive parathyroid",
                            "overactive parathyroid gland", "overactive parathyroid glands"),
    # MedlinePlus encyclopedia "Thyroid nodule" / en espanol "Nodulo tiroideo"
    "thyroid nodule": ("thyroid nodules", "nodulo tiroideo", "nodulos tiroideos",
                       "nodulo de tiroides", "nodulo en la tiroides"),
    # MedlinePlus encyclopedia "Pheochromocytoma" / en espanol "Feocromocitoma"; NHS
    # "Phaeochromocytoma" (the British spelling is not rewritten by the engine)
    "pheochromocytoma": ("phaeochromocytoma", "feocromocitoma"),
    # MedlinePlus encyclopedia "Primary hyperaldosteronism" / en espanol "Hiperaldosteronismo
    # primario"; "primary aldosteronism" is the endocrinologists' name
    "primary aldosteronism": ("primary hyperaldosteronism", "aldosteronismo primario",
                              "hiperaldosteronismo primario"),
    # NCI "pituitary adenoma" / en espanol "adenoma hipofisario" (a "pituitary tumor" is wider)
    "pituitary adenoma": ("adenoma hipofisario", "adenoma de hipofisis", "adenoma pituitario"),
    # MedlinePlus "Diabetes insipidus" / en espanol "Diabetes insipida" (not diabetes mellitus)
    "diabetes insipidus": ("diabetes insipida",),
    # MedlinePlus "Prediabetes" / en espanol "Prediabetes" (also written "pre-diabetes"); NHS
    # "Type 2 diabetes" pages: prediabetes, also called borderline diabetes
    "prediabetes": ("pre diabetes", "borderline diabetes"),

    # ----- brain and nerves -----
    # NHS "Motor neurone disease (MND)"; MedlinePlus "Motor neuron diseases" / en espanol
    # "Enfermedades de las neuronas motoras"; the group of diseases, ALS is one of them
    "motor neuron disease": ("motor neurone disease", "mnd", "motor neuron diseases",
                             "motor neurone diseases", "enfermedad de la motoneurona",
                             "enfermedad de motoneurona", "enfermedad de la neurona motora",
                             "enfermedades de las neuronas motoras"),
    # MedlinePlus "Amyotrophic lateral sclerosis" (Lou Gehrig's disease) / en espanol "Esclerosis
    # lateral amiotrofica" (ELA)
    "amyotrophic lateral sclerosis": ("als", "lou gehrig disease", "lou gehrigs disease",
                                      "esclerosis lateral amiotrofica", "ela",
                                      "enfermedad de lou gehrig"),
    # MedlinePlus "Guillain-Barre syndrome" / en espanol "Sindrome de Guillain-Barre"
    "guillain barre syndrome": ("guillain barre", "sindrome de guillain barre"),
    # MedlinePlus "Myasthenia gravis" / en espanol "Miastenia gravis"
    "myasthenia gravis": ("miastenia gravis", "miastenia grave"),
    # MedlinePlus "Brain aneurysm" (cerebral, intracranial aneurysm) / en espanol "Aneurisma
    # cerebral"; NHS "Brain aneurysm"
    "cerebral aneurysm": ("brain aneurysm", "intracranial aneurysm", "aneurisma cerebral",
                          "aneurisma intracraneal"),
    # MedlinePlus "Spinal stenosis" / en espanol "Estenosis espinal"
    "spinal stenosis": ("estenosis espinal", "estenosis del canal espinal",
                        "estenosis del canal vertebral", "estenosis de canal vertebral"),
    # MedlinePlus "Giant cell arteritis" (temporal, cranial arteritis) / en espanol "Arteritis de
    # celulas gigantes" (arteritis temporal)
    "giant cell arteritis": ("temporal arteritis", "cranial arteritis",
                             "arteritis de celulas gigantes", "arteritis temporal"),
    # MedlinePlus "Polymyalgia rheumatica" / en espanol "Polimialgia reumatica"
    "polymyalgia rheumatica": ("polimialgia reumatica",),

    # ----- bones, joints and soft tissue -----
    # ICD-10-CM M70.4 "Prepatellar bursitis"; "housemaid's knee" is its everyday name (from
    # kneeling); Spanish orthopaedics "bursitis prerrotuliana" / "prepatelar"
    "prepatellar bursitis": ("housemaid knee", "housemaids knee", "bursitis prerrotuliana",
                             "bursitis prepatelar"),
    # ICD-10-CM M70.2 "Olecranon bursitis"; "student's elbow" is its everyday name (from leaning
    # on desks); Spanish orthopaedics "bursitis olecraniana"
    "olecranon bursitis": ("student elbow", "students elbow", "bursitis olecraniana",
                           "bursitis del olecranon"),
    # ICD-10-CM M70.6 "Trochanteric bursitis"; Spanish "bursitis trocanterea" (trocanterica)
    "trochanteric bursitis": ("bursitis trocanterea", "bursitis trocanterica"),
    # MedlinePlus encyclopedia "Achilles tendinitis" / en espanol "Tendinitis de Aquiles"; Spanish
    # sports medicine "tendinitis aquilea"
    "achilles tendinitis": ("achilles tendonitis", "tendinitis aquilea",
                            "tendinitis de aquiles", "tendinitis del tendon de aquiles"),
    # MedlinePlus encyclopedia "Achilles tendon rupture" / en espanol "Ruptura del tendon de
    # Aquiles"; NHS "Achilles tendon rupture"
    "achilles tendon rupture": ("ruptured achilles tendon", "achilles rupture",
                                "ruptura del tendon de aquiles", "rotura del tendon de aquiles"),
    # NHS "De Quervain's tenosynovitis"; Spanish "tenosinovitis / tendinitis de De Quervain" (never
    # "de Quervain" alone: the same eponym names a thyroiditis)
    "de quervain tenosynovitis": ("de quervains tenosynovitis", "de quervain tendinitis",
                                  "de quervains tendinitis", "tenosinovitis de de quervain",
                                  "tenosinovitis de quervain", "tendinitis de de quervain",
                                  "tendinitis de quervain"),
    # MedlinePlus "Ankylosing spondylitis" / en espanol "Espondilitis anquilosante"; ICD-10-CM
    # index "Bechterew's disease (ankylosing spondylitis)"
    "ankylosing spondylitis": ("espondilitis anquilosante", "bechterew disease",
                               "enfermedad de bechterew"),
    # MedlinePlus "Psoriatic arthritis" / en espanol "Artritis psoriasica"
    "psoriatic arthritis": ("artritis psoriasica", "artritis psoriatica"),
    # MedlinePlus encyclopedia "Dupuytren contracture" / en espanol "Contractura de Dupuytren";
    # NHS "Dupuytren's contracture"
    "dupuytren contracture": ("dupuytrens contracture", "contractura de dupuytren"),
    # ICD-10-CM M20.4 "Other hammer toe(s) (acquired)"; written as one word too (Spanish "dedo en
    # martillo" also means mallet finger, so it stays out)
    "hammer toe": ("hammertoe", "hammer toes", "hammertoes"),
    # MedlinePlus encyclopedia "Meniscus tears" / en espanol "Desgarros de menisco"; Spanish
    # orthopaedics "rotura de menisco"
    "meniscus tear": ("meniscal tear", "torn meniscus", "desgarro de menisco",
                      "desgarro del menisco", "desgarro meniscal", "rotura de menisco",
                      "rotura del menisco", "rotura meniscal",
                      # the knee's "cartilage", as families and sports pages name the meniscus
                      # ("a torn cartilage" is the everyday name of a torn meniscus)
                      "torn cartilage in the knee", "torn knee cartilage",
                      "cartilage tear in the knee", "torn cartilage in his knee",
                      "torn cartilage in her knee", "torn cartilage in my knee"),
    # ICD-10-CM M76.5 "Patellar tendinitis"; "jumper's knee" is its everyday name in sports
    # medicine; Spanish sports medicine "tendinitis rotuliana", "rodilla de saltador"
    "patellar tendinitis": ("patellar tendonitis", "jumper knee", "jumpers knee",
                            "tendinitis rotuliana", "rodilla de saltador"),
    # ICD-10-CM M75.4 "Impingement syndrome of shoulder"; NHS "Shoulder impingement"; Spanish
    # "sindrome de pinzamiento subacromial"
    "shoulder impingement syndrome": ("shoulder impingement", "subacromial impingement",
                                      "subacromial impingement syndrome",
                                      "impingement syndrome of the shoulder",
                                      "sindrome de pinzamiento subacromial",
                                      "pinzamiento subacromial"),
    # MedlinePlus encyclopedia "Morton neuroma" (interdigital, intermetatarsal neuroma) / en
    # espanol "Neuroma de Morton"; NHS "Morton's neuroma"
    "morton neuroma": ("mortons neuroma", "interdigital neuroma", "intermetatarsal neuroma",
                       "neuroma de morton"),

    # ----- pregnancy and women's health -----
    # MedlinePlus encyclopedia "Hyperemesis gravidarum" / en espanol "Hiperemesis gravidica"
    "hyperemesis gravidarum": ("hiperemesis gravidica", "hiperemesis gravidarum"),
    # MedlinePlus encyclopedia "Placenta previa" (Spanish: the same string); NHS "Placenta
    # praevia" (placental abruption is a different emergency and has its own entry)
    "placenta previa": ("placenta praevia",),
    # MedlinePlus encyclopedia "Placental abruption" (abruptio placentae) / en espanol
    # "Desprendimiento prematuro de placenta"; families drop "prematuro" (the normal separation
    # after birth is never written as a diagnosis)
    "placental abruption": ("abruptio placentae", "desprendimiento de placenta",
                            "desprendimiento de la placenta",
                            "desprendimiento prematuro de placenta",
                            "desprendimiento prematuro de la placenta",
                            "abrupcion placentaria"),
    # ACOG / MedlinePlus "High blood pressure in pregnancy" (gestational hypertension); Spanish
    # "hipertension gestacional" (the wider "del embarazo" names stay out)
    "gestational hypertension": ("hipertension gestacional",),
    # MedlinePlus "Pelvic inflammatory disease" / en espanol "Enfermedad inflamatoria pelvica"
    "pelvic inflammatory disease": ("enfermedad inflamatoria pelvica",),
    # MedlinePlus encyclopedia "Uterine prolapse" / en espanol "Prolapso uterino"; NHS "Pelvic
    # organ prolapse" names the womb's kind "womb (uterine) prolapse"
    "uterine prolapse": ("prolapsed uterus", "prolapsed womb", "womb prolapse",
                         "prolapse of the uterus", "prolapso uterino", "prolapso de utero",
                         "prolapso del utero"),
    # NHS "Cervical ectropion"; Spanish gynaecology "ectropion cervical" (the NHS's other name,
    # "cervical erosion", also names wear at the neck of a tooth and stays out)
    "cervical ectropion": ("ectropion cervical", "ectropion del cuello uterino"),
    # MedlinePlus encyclopedia "Hydatidiform mole" (molar pregnancy) / en espanol "Mola
    # hidatiforme" (embarazo molar)
    "molar pregnancy": ("hydatidiform mole", "embarazo molar", "mola hidatiforme",
                        "mola hidatidiforme"),
    # NHS "Intrahepatic cholestasis of pregnancy" (formerly obstetric cholestasis); Spanish
    # obstetrics "colestasis intrahepatica del embarazo" / "colestasis gravidica"
    "intrahepatic cholestasis of pregnancy": ("obstetric cholestasis", "cholestasis of pregnancy",
                                              "colestasis intrahepatica del embarazo",
                                              "colestasis del embarazo", "colestasis gravidica",
                                              "colestasis intrahepatica gestacional"),

    # ----- eyes and ears -----
    # MedlinePlus "Glaucoma" (open-angle) / en espanol "Glaucoma de angulo abierto"
    "open angle glaucoma": ("glaucoma de angulo abierto",),
    # MedlinePlus "Glaucoma" (angle-closure, closed-angle) / en espanol "Glaucoma de angulo
    # cerrado"
    "angle closure glaucoma": ("closed angle glaucoma", "glaucoma de angulo cerrado",
                               "glaucoma por cierre angular"),
    # NEI and MedlinePlus "Floaters" (eye floaters); lay Spanish "moscas volantes", Spain's
    # ophthalmology "miodesopsias"
    "vitreous floaters": ("eye floaters", "floaters", "moscas volantes", "miodesopsias"),
    # MedlinePlus encyclopedia "Acoustic neuroma" (vestibular schwannoma) / en espanol "Neuroma
    # acustico"; NHS "Acoustic neuroma (vestibular schwannoma)"
    "acoustic neuroma": ("vestibular schwannoma", "neuroma acustico", "schwannoma vestibular",
                         "neurinoma del acustico", "neurinoma acustico"),
    # MedlinePlus encyclopedia "Age-related hearing loss" (presbycusis) / en espanol "Perdida de
    # audicion relacionada con la edad" (presbiacusia); keyed by the MedlinePlus name so that it
    # still reads as a kind of the table's "hearing loss"
    "age related hearing loss": ("presbycusis", "presbiacusia",
                                 "perdida de audicion relacionada con la edad"),
    # CDC/NIOSH and NIDCD "Noise-induced hearing loss" / en espanol "Perdida de audicion inducida
    # por el ruido"
    "noise induced hearing loss": ("perdida de audicion inducida por el ruido",
                                   "perdida de audicion inducida por ruido",
                                   "perdida auditiva inducida por ruido",
                                   "hipoacusia inducida por ruido"),

    # ----- skin and feet -----
    # MedlinePlus encyclopedia "Actinic keratosis" / en espanol "Queratosis actinica"; NHS
    # "Actinic keratoses (solar keratoses)"
    "actinic keratosis": ("actinic keratoses", "solar keratosis", "solar keratoses",
                          "queratosis actinica", "queratosis solar"),
    # MedlinePlus "Pressure sores" / en espanol "Ulceras por presion"; NHS "Pressure ulcers
    # (pressure sores)" (bedsores)
    "pressure ulcer": ("pressure ulcers", "pressure sore", "pressure sores", "bedsore",
                       "bedsores", "bed sore", "bed sores", "decubitus ulcer",
                       "ulcera por presion", "ulceras por presion", "ulcera por decubito",
                       "ulceras por decubito", "ulcera de decubito"),
    # MedlinePlus "Lupus" (systemic lupus erythematosus) / en espanol "Lupus eritematoso
    # sistemico"
    "systemic lupus erythematosus": ("systemic lupus", "lupus eritematoso sistemico", "sle"),
    # MedlinePlus "Group B strep" / en espanol "Estreptococo del grupo B"
    "group b streptococcus": ("group b strep", "group b streptococcal", "strep b",
                              "estreptococo del grupo b", "estreptococo grupo b"),
    # MedlinePlus "Sjogren syndrome" / en espanol "Sindrome de Sjogren"
    "sjogren syndrome": ("sjogren disease", "sindrome de sjogren", "enfermedad de sjogren"),
    # --- a third sweep (4 December): what families seek second opinions for and the first
    # two sweeps did not take — heart valves, defects present at birth and heart muscle by
    # their lay names, the pleura, kinds of glomerulonephritis, glands, bones, skin, nerves,
    # blood (thalassaemias, haemophilias, von Willebrand), infections (typhoid and typhus kept
    # apart), pregnancy, eyes, children; sources beside each entry, written by a helper that
    # did not see the held-out batch. ---
    # ===== heart: valves, defects present at birth, heart muscle, pericardium, rhythm =====
    # MedlinePlus encyclopedia "Tricuspid regurgitation" (tricuspid insufficiency) / en espanol
    # "Regurgitacion tricuspidea"; NHS speaks of a leaking valve for the regurgitant valves
    "tricuspid regurgitation": ("tricuspid insufficiency", "tricuspid incompetence",
                                "tricuspid valve regurgitation", "leaky tricuspid valve",
                                "leaking tricuspid valve", "insuficiencia tricuspidea",
                                "regurgitacion tricuspidea",
                                "insuficiencia de la valvula tricuspide"),
    # MedlinePlus encyclopedia "Pulmonary valve stenosis" (valvular pulmonary stenosis) / en
    # espanol "Estenosis de la valvula pulmonar" (plain "pulmonary stenosis" also takes in the
    # narrowing below or above the valve, so it stays out)
    "pulmonary valve stenosis": ("valvular pulmonary stenosis", "pulmonic valve stenosis",
                                 "estenosis de la valvula pulmonar",
                                 "estenosis valvular pulmonar"),
    # MedlinePlus encyclopedia "Atrial septal defect (ASD)" / en espanol "Comunicacion
    # interauricular"; NHS "Congenital heart disease" types (the abbreviation ASD also means
    # autism spectrum disorder and stays out)
    "atrial septal defect": ("defecto del tabique auricular", "defecto del tabique interauricular",
                             "defecto septal auricular", "comunicacion interauricular"),
    # MedlinePlus encyclopedia "Ventricular septal defect" (VSD) / en espanol "Comunicacion
    # interventricular"
    "ventricular septal defect": ("vsd", "defecto del tabique ventricular",
                                  "defecto del tabique interventricular",
                                  "defecto septal ventricular", "comunicacion interventricular"),
    # MedlinePlus encyclopedia "Patent ductus arteriosus" (PDA) / en espanol "Conducto arterial
    # persistente"; Spain's paediatric cardiology "ductus arterioso persistente"
    "patent ductus arteriosus": ("persistent ductus arteriosus", "ductus arterioso persistente",
                                 "conducto arterioso persistente", "conducto arterial persistente",
                                 "persistencia del conducto arterioso"),
    # MedlinePlus encyclopedia "Tetralogy of Fallot" / en espanol "Tetralogia de Fallot"
    "tetralogy of fallot": ("tetralogia de fallot",),
    # MedlinePlus encyclopedia "Coarctation of the aorta" (aortic coarctation) / en espanol
    # "Coartacion de la aorta"
    "coarctation of the aorta": ("aortic coarctation", "coartacion de la aorta",
                                 "coartacion de aorta", "coartacion aortica"),
    # MedlinePlus encyclopedia "Transposition of the great arteries" / en espanol
    # "Transposicion de los grandes vasos"; ICD-10-CM Q20.3 index "Transposition, great vessels"
    "transposition of the great arteries": ("transposition of the great vessels",
                                            "transposicion de las grandes arterias",
                                            "transposicion de grandes arterias",
                                            "transposicion de los grandes vasos"),
    # MedlinePlus encyclopedia "Hypoplastic left heart syndrome" (HLHS) / en espanol "Sindrome del
    # corazon izquierdo hipoplasico"
    "hypoplastic left heart syndrome": ("hlhs", "sindrome del corazon izquierdo hipoplasico",
                                        "sindrome de hipoplasia del corazon izquierdo"),
    # MedlinePlus "Congenital heart defects" (congenital heart disease) / en espanol
    # "Cardiopatias congenitas"; NHS "Congenital heart disease"
    "congenital heart disease": ("congenital heart defect", "congenital heart defects",
                                 "cardiopatia congenita", "cardiopatias congenitas",
                                 "enfermedad cardiaca congenita"),
    # MedlinePlus "Cardiomyopathy" / en espanol "Miocardiopatia" (Spanish writes "cardiomiopatia"
    # as well)
    "cardiomyopathy": ("miocardiopatia", "cardiomiopatia"),
    # MedlinePlus encyclopedia "Hypertrophic cardiomyopathy" (HCM) / en espanol "Miocardiopatia
    # hipertrofica" (the obstructive form, HOCM, is narrower and stays out)
    "hypertrophic cardiomyopathy": ("hcm", "miocardiopatia hipertrofica",
                                    "cardiomiopatia hipertrofica"),
    # MedlinePlus encyclopedia "Dilated cardiomyopathy" / en espanol "Miocardiopatia dilatada";
    # ICD-10-CM I42.0 also lists congestive cardiomyopathy
    "dilated cardiomyopathy": ("congestive cardiomyopathy", "miocardiopatia dilatada",
                               "cardiomiopatia dilatada"),
    # ICD-10-CM I51.81 "Takotsubo syndrome" (stress induced cardiomyopathy, apical ballooning);
    # American Heart Association and British Heart Foundation "broken heart syndrome"; Spanish
    # cardiology "sindrome de takotsubo"
    "takotsubo cardiomyopathy": ("takotsubo syndrome", "broken heart syndrome",
                                 "stress cardiomyopathy", "stress induced cardiomyopathy",
                                 "apical ballooning syndrome", "miocardiopatia de takotsubo",
                                 "sindrome de takotsubo", "sindrome del corazon roto",
                                 "miocardiopatia por estres"),
    # MedlinePlus encyclopedia "Pericardial effusion" / en espanol "Derrame pericardico" (fluid
    # in the sac around the heart)
    "pericardial effusion": ("fluid around the heart", "derrame pericardico"),
    # MedlinePlus encyclopedia "Myocarditis" / en espanol "Miocarditis"
    "myocarditis": ("miocarditis",),
    # MedlinePlus encyclopedia "Endocarditis" (infective endocarditis) / en espanol
    # "Endocarditis infecciosa" ("bacterial endocarditis" is one kind and stays out)
    "infective endocarditis": ("infectious endocarditis", "endocarditis infecciosa"),
    # MedlinePlus encyclopedia "Paroxysmal supraventricular tachycardia" / en espanol
    # "Taquicardia supraventricular" ("svt" also means superficial vein thrombosis: out)
    "supraventricular tachycardia": ("taquicardia supraventricular",),
    # MedlinePlus encyclopedia "Atrial fibrillation or flutter"; Spanish cardiology "aleteo
    # auricular" / "flutter auricular" (never joined with fibrillation)
    "atrial flutter": ("aleteo auricular", "flutter auricular", "aflutter", "a flutter"),
    # MedlinePlus encyclopedia "Heart block" (complete); ICD-10-CM I44.2 "Atrioventricular block,
    # complete"; Spanish "bloqueo AV completo" (the "third degree" names are left out: the
    # engine reads their number as a grade on one side only)
    "complete heart block": ("complete atrioventricular block",
                             "bloqueo auriculoventricular completo", "bloqueo av completo",
                             "bloqueo cardiaco completo"),
    # MedlinePlus encyclopedia "Wolff-Parkinson-White syndrome" (WPW) / en espanol "Sindrome de
    # Wolff-Parkinson-White" (today the table reads the "parkinson" inside as Parkinson disease)
    "wolff parkinson white syndrome": ("wpw syndrome", "wpw",
                                       "sindrome de wolff parkinson white"),

    # ===== lungs and pleura =====
    # NHS "Pleurisy"; MedlinePlus encyclopedia "Pleurisy" (pleuritis) / en espanol "Pleuritis"
    # (pleuresia)
    "pleurisy": ("pleuritis", "pleuresia"),
    # MedlinePlus encyclopedia "Empyema" of the pleural space; ICD-10-CM J86 "Pyothorax"
    # (empyema of the chest); Spanish "empiema pleural" ("empyema" alone can be of the
    # gallbladder or under the skull, so only the pleural names are here)
    "pleural empyema": ("empyema thoracis", "thoracic empyema", "empyema of the pleura",
                        "pyothorax", "empiema pleural", "piotorax"),
    # MedlinePlus encyclopedia "Acute respiratory distress syndrome" (ARDS, once adult RDS) / en
    # espanol "Sindrome de dificultad respiratoria aguda"; Spain's intensive care "SDRA"
    "acute respiratory distress syndrome": ("ards", "adult respiratory distress syndrome",
                                            "sindrome de dificultad respiratoria aguda",
                                            "sindrome de distres respiratorio agudo", "sdra"),
    # MedlinePlus encyclopedia "Neonatal respiratory distress syndrome" (hyaline membrane
    # disease) / en espanol "Sindrome de dificultad respiratoria neonatal"
    "neonatal respiratory distress syndrome": ("hyaline membrane disease",
                                               "respiratory distress syndrome of the newborn",
                                               "infant respiratory distress syndrome",
                                               "sindrome de dificultad respiratoria neonatal",
                                               ("sindrome de dificultad respiratoria del recien"
                                                " nacido"),
                                               "enfermedad de membrana hialina",
                                               "enfermedad de la membrana hialina"),
    # MedlinePlus "Alpha-1 antitrypsin deficiency" / en espanol "Deficiencia de
    # alfa-1 antitripsina" (AATD); ICD-10-CM E88.01 (AAT deficiency)
    "alpha 1 antitrypsin deficiency": ("aatd", "aat deficiency", "alpha one antitrypsin deficiency",
                                       "deficiencia de alfa 1 antitripsina",
                                       "deficit de alfa 1 antitripsina"),

    # ===== kidneys =====
    # MedlinePlus encyclopedia "Glomerulonephritis" / en espanol "Glomerulonefritis"
    "glomerulonephritis": ("glomerulonefritis",),
    # MedlinePlus encyclopedia "Nephrotic syndrome" / en espanol "Sindrome nefrotico"
    "nephrotic syndrome": ("sindrome nefrotico",),
    # MedlinePlus encyclopedia "IgA nephropathy" (Berger disease) / en espanol "Nefropatia por
    # IgA" (enfermedad de Berger)
    "iga nephropathy": ("berger disease", "bergers disease", "iga glomerulonephritis",
                        "nefropatia por iga", "nefropatia iga", "enfermedad de berger",
                        "glomerulonefritis por iga"),
    # MedlinePlus encyclopedia "Poststreptococcal glomerulonephritis (GN)" / en espanol
    # "Glomerulonefritis postestreptococica"
    "post streptococcal glomerulonephritis": ("poststreptococcal glomerulonephritis",
                                              "glomerulonefritis postestreptococica",
                                              "glomerulonefritis post estreptococica"),
    # MedlinePlus encyclopedia "Membranous nephropathy" (membranous glomerulonephritis) / en
    # espanol "Nefropatia membranosa"
    "membranous nephropathy": ("membranous glomerulonephritis", "nefropatia membranosa",
                               "glomerulonefritis membranosa"),
    # MedlinePlus encyclopedia "Minimal change disease" (nil disease, lipoid nephrosis) / en
    # espanol "Enfermedad de cambios minimos"
    "minimal change disease": ("minimal change nephropathy", "nil disease", "lipoid nephrosis",
                               "enfermedad de cambios minimos",
                               "nefropatia de cambios minimos"),
    # MedlinePlus encyclopedia "Focal segmental glomerulosclerosis" (FSGS) / en espanol
    # "Glomeruloesclerosis focal y segmentaria"
    "focal segmental glomerulosclerosis": ("fsgs", "glomeruloesclerosis focal y segmentaria",
                                           "glomeruloesclerosis segmentaria y focal",
                                           "glomerulosclerosis focal y segmentaria"),
    # MedlinePlus encyclopedia "Hydronephrosis" / en espanol "Hidronefrosis"
    "hydronephrosis": ("hidronefrosis",),
    # MedlinePlus encyclopedia "Vesicoureteral reflux" (VUR) / en espanol "Reflujo
    # vesicoureteral"; NICE and the NHS write "vesicoureteric reflux"
    "vesicoureteral reflux": ("vesicoureteric reflux", "vur", "reflujo vesicoureteral"),

    # ===== glands =====
    # MedlinePlus encyclopedia "Prolactinoma" / en espanol "Prolactinoma" (the same string: only
    # the descriptive names are joined)
    "prolactinoma": ("prolactin secreting adenoma",
                     "lactotroph adenoma", "adenoma productor de prolactina",
                     "adenoma secretor de prolactina"),
    # MedlinePlus encyclopedia "Acromegaly" / en espanol "Acromegalia"; NHS "Acromegaly"
    "acromegaly": ("acromegalia",),
    # NIDDK and MedlinePlus "Cushing disease" (the pituitary cause of Cushing syndrome) / en
    # espanol "Enfermedad de Cushing": never joined with "cushing syndrome", the wider name
    "cushing disease": ("enfermedad de cushing",),
    # MedlinePlus "Adrenal insufficiency" / en espanol "Insuficiencia suprarrenal" (primary and
    # secondary; Addison disease, the primary kind, keeps its own entry)
    "adrenal insufficiency": ("adrenocortical insufficiency", "insuficiencia suprarrenal",
                              "insuficiencia adrenal", "insuficiencia corticosuprarrenal"),
    # MedlinePlus encyclopedia "Hypopituitarism" / en espanol "Hipopituitarismo"; NHS
    # "Hypopituitarism" (an underactive pituitary gland)
    "hypopituitarism": ("hipopituitarismo", "underactive pituitary",
                        "underactive pituitary gland"),
    # MedlinePlus encyclopedia "Hypoparathyroidism" / en espanol "Hipoparatiroidismo" (as the
    # table's "overactive parathyroid" is hyperparathyroidism)
    "hypoparathyroidism": ("hipoparatiroidismo", "underactive parathyroid",
                           "underactive parathyroid gland", "underactive parathyroid glands"),
    # MedlinePlus encyclopedia "Subacute thyroiditis" (De Quervain, granulomatous, giant cell
    # thyroiditis) / en espanol "Tiroiditis subaguda" (never "de Quervain" alone: the eponym also
    # names a tenosynovitis)
    "subacute thyroiditis": ("de quervain thyroiditis", "de quervains thyroiditis",
                             "subacute granulomatous thyroiditis", "granulomatous thyroiditis",
                             "giant cell thyroiditis", "tiroiditis subaguda",
                             "tiroiditis de de quervain", "tiroiditis de quervain",
                             "tiroiditis granulomatosa subaguda"),
    # MedlinePlus encyclopedia "Thyroid storm" (thyrotoxic crisis) / en espanol "Tormenta
    # tiroidea" (crisis tirotoxica)
    "thyroid storm": ("thyrotoxic crisis", "tormenta tiroidea", "crisis tirotoxica"),

    # ===== bones and spine =====
    # MedlinePlus encyclopedia "Paget disease of the bone" (osteitis deformans) / en espanol
    # "Enfermedad de Paget de los huesos"; NHS "Paget's disease of bone" (never "Paget disease"
    # alone: the eponym also names diseases of the nipple and of the skin)
    "paget disease of bone": ("osteitis deformans", "enfermedad de paget osea",
                              "enfermedad osea de paget",
                              "enfermedad de paget del hueso",
                              "enfermedad de paget de los huesos", "osteitis deformante"),
    # MedlinePlus "Bone infections" (osteomyelitis) / en espanol "Osteomielitis"; NHS
    # "Osteomyelitis" (a bone infection)
    "osteomyelitis": ("bone infection", "osteomielitis", "infeccion osea",
                      "infeccion del hueso", "infeccion de los huesos"),
    # MedlinePlus "Osteonecrosis" (avascular necrosis, aseptic necrosis, ischemic bone necrosis) /
    # en espanol "Osteonecrosis" (necrosis avascular)
    "avascular necrosis": ("osteonecrosis", "aseptic necrosis", "ischemic bone necrosis",
                           "necrosis avascular osea", "necrosis aseptica"),
    # MedlinePlus encyclopedia "Spondylolisthesis" / en espanol "Espondilolistesis"
    "spondylolisthesis": ("espondilolistesis",),
    # MedlinePlus encyclopedia "Scheuermann disease" / Spanish "Enfermedad de Scheuermann"
    # (cifosis de Scheuermann)
    "scheuermann disease": ("scheuermann kyphosis",
                            "enfermedad de scheuermann", "cifosis de scheuermann"),
    # kinds of scoliosis, each refining the table's "scoliosis" (MedlinePlus "Scoliosis" / en
    # espanol "Escoliosis" name them; Spanish paediatric orthopaedics)
    "adolescent idiopathic scoliosis": ("escoliosis idiopatica del adolescente",
                                        "escoliosis idiopatica adolescente"),
    "congenital scoliosis": ("escoliosis congenita",),
    # MedlinePlus encyclopedia "Slipped capital femoral epiphysis" (SCFE) / en espanol
    # "Epifisiolisis de la cabeza femoral"; NHS "Slipped upper femoral epiphysis" (SUFE)
    "slipped capital femoral epiphysis": ("scfe", "slipped upper femoral epiphysis", "sufe",
                                          "epifisiolisis de la cabeza femoral",
                                          "epifisiolisis femoral proximal",
                                          "deslizamiento de la epifisis capital femoral"),
    # NHS "Irritable hip" (transient synovitis); MedlinePlus encyclopedia "Transient synovitis
    # of the hip" (toxic synovitis) / en espanol "Sinovitis transitoria de la cadera"
    "transient synovitis of the hip": ("irritable hip", "toxic synovitis of the hip",
                                       "sinovitis transitoria de cadera",
                                       "sinovitis transitoria de la cadera"),
    # MedlinePlus encyclopedia "Pectus excavatum" (funnel chest, sunken chest) / en espanol
    # "Pectus excavatum" (torax en embudo)
    "pectus excavatum": ("funnel chest", "sunken chest", "torax en embudo", "pecho excavado",
                         "pecho hundido"),

    # ===== skin and hair =====
    # NHS "Male-pattern baldness" / "female-pattern hair loss" are the two sexes' forms (each
    # narrower); MedlinePlus en espanol "Alopecia androgenetica"
    "androgenetic alopecia": ("androgenic alopecia", "alopecia androgenetica",
                              "alopecia androgenica"),
    # kinds of psoriasis (NHS "Psoriasis" types; AAD; MedlinePlus en espanol "Psoriasis" and
    # Spanish dermatology); "psoriasis" itself is the same string in both languages
    "plaque psoriasis": ("psoriasis vulgaris", "psoriasis en placas",
                         "psoriasis vulgar"),
    "guttate psoriasis": ("psoriasis guttata", "psoriasis gutata", "psoriasis en gotas"),
    "inverse psoriasis": ("flexural psoriasis", "intertriginous psoriasis", "psoriasis invertida",
                          "psoriasis inversa", "psoriasis flexural"),
    "nail psoriasis": ("psoriatic nail disease", "psoriasis ungueal", "psoriasis de las unas"),
    # MedlinePlus encyclopedia "Keloids" / en espanol "Queloides"; NHS "Keloid scars"
    "keloid": ("keloid scar", "keloid scars", "queloide", "queloides",
               "cicatriz queloide"),
    # MedlinePlus encyclopedia "Lichen planus" / en espanol "Liquen plano"
    "lichen planus": ("liquen plano",),
    # MedlinePlus encyclopedia "Erysipelas" / en espanol "Erisipela"
    "erysipelas": ("erisipela",),
    # NHS "Pilonidal sinus"; MedlinePlus encyclopedia "Pilonidal sinus" (pilonidal cyst) / en
    # espanol "Quiste pilonidal"
    "pilonidal sinus": ("pilonidal cyst", "pilonidal disease", "quiste pilonidal",
                        "seno pilonidal", "enfermedad pilonidal"),

    # ===== nerves, brain =====
    # MedlinePlus "Peripheral nerve disorders" (peripheral neuropathy) / en espanol "Neuropatia
    # periferica"
    "peripheral neuropathy": ("neuropatia periferica",),
    # MedlinePlus "Diabetic nerve problems" (diabetic neuropathy) / en espanol "Neuropatia
    # diabetica"
    "diabetic neuropathy": ("neuropatia diabetica",),
    # MedlinePlus "Charcot-Marie-Tooth disease" (peroneal muscular atrophy) / en espanol
    # "Enfermedad de Charcot-Marie-Tooth" ("Charcot disease" alone names other things; ICD-10-CM
    # G60.0 puts it inside the wider "hereditary motor and sensory neuropathy", kept out)
    "charcot marie tooth disease": ("charcot marie tooth",
                                    "peroneal muscular atrophy",
                                    "enfermedad de charcot marie tooth"),
    # MedlinePlus encyclopedia "Postherpetic neuralgia" / en espanol "Neuralgia posherpetica"
    "postherpetic neuralgia": ("post herpetic neuralgia", "neuralgia posherpetica",
                               "neuralgia postherpetica", "nerve pain after shingles",
                               "pain after shingles", "dolor despues del herpes zoster"),
    # MedlinePlus encyclopedia "Essential tremor" (benign essential tremor) / en espanol "Temblor
    # esencial"
    "essential tremor": ("temblor esencial",),
    # MedlinePlus encyclopedia "Cluster headache" / en espanol "Cefalea en racimos"; Spain's
    # neurology also "cefalea en brotes" (not "Horton": it also names giant cell arteritis)
    "cluster headache": ("cefalea en racimos", "cefalea en brotes",
                         "cefalea en salvas"),
    # MedlinePlus "Huntington's disease" (Huntington chorea) / en espanol "Enfermedad de
    # Huntington" (corea de Huntington)
    "huntington disease": ("huntington chorea", "huntingtons chorea",
                           "enfermedad de huntington", "corea de huntington"),
    # MedlinePlus encyclopedia "Dementia with Lewy bodies" / en espanol "Demencia con cuerpos de
    # Lewy" ("Lewy body dementia" is the wider US umbrella with Parkinson's dementia)
    "dementia with lewy bodies": ("demencia con cuerpos de lewy", "demencia por cuerpos de lewy"),
    # MedlinePlus encyclopedia "Subarachnoid hemorrhage" / en espanol "Hemorragia subaracnoidea"
    "subarachnoid hemorrhage": ("hemorragia subaracnoidea",),
    # NHS "Labyrinthitis and vestibular neuritis"; MedlinePlus en espanol "Neuritis vestibular"
    # (labyrinthitis, which takes the hearing too, has its own entry)
    "vestibular neuritis": ("vestibular neuronitis", "neuronitis vestibular"),
    # NHS "Myalgic encephalomyelitis or chronic fatigue syndrome (ME/CFS)"; MedlinePlus "ME/CFS" /
    # en espanol "Encefalomielitis mialgica/sindrome de fatiga cronica"; ICD-10-CM G93.32
    "chronic fatigue syndrome": ("myalgic encephalomyelitis", "me cfs",
                                 "sindrome de fatiga cronica",
                                 "encefalomielitis mialgica"),

    # ===== blood =====
    # MedlinePlus "Thalassemia" / en espanol "Talasemia" (the kinds below refine it)
    "thalassemia": ("talasemia",),
    # MedlinePlus encyclopedia "Thalassemia" (alpha, beta) / en espanol "Talasemia"
    "alpha thalassemia": ("alfa talasemia", "talasemia alfa"),
    "beta thalassemia": ("beta talasemia", "talasemia beta"),
    # MedlinePlus encyclopedia "Thalassemia" (beta thalassemia minor, also beta thalassemia
    # trait); never joined with beta thalassemia major, the table's "cooley anemia"
    "beta thalassemia minor": ("beta thalassemia trait", "talasemia beta menor",
                               "beta talasemia menor", "rasgo talasemico beta"),
    # MedlinePlus "Hemophilia" / en espanol "Hemofilia" (the A and B kinds below refine it)
    "hemophilia": ("hemofilia",),
    # MedlinePlus encyclopedia "Hemophilia A" (classic hemophilia) / en espanol "Hemofilia A"
    "hemophilia a": ("classic hemophilia", "classical hemophilia", "hemofilia a",
                     "hemofilia clasica"),
    # MedlinePlus encyclopedia "Hemophilia B" (Christmas disease) / en espanol "Hemofilia B"
    "hemophilia b": ("christmas disease", "hemofilia b", "enfermedad de christmas"),
    # MedlinePlus "von Willebrand disease" (VWD) / en espanol "Enfermedad de von Willebrand"
    "von willebrand disease": ("vwd", "enfermedad de von willebrand"),
    # MedlinePlus "Sickle cell disease" / en espanol "Enfermedad de celulas falciformes"
    # (drepanocitosis); sickle cell anaemia (HbSS) is one kind and keeps its own entry
    "sickle cell disease": ("enfermedad de celulas falciformes", "enfermedad drepanocitica",
                            "drepanocitosis"),
    # MedlinePlus encyclopedia "Pernicious anemia" / en espanol "Anemia perniciosa"
    "pernicious anemia": ("anemia perniciosa",),
    # MedlinePlus encyclopedia "Aplastic anemia" / en espanol "Anemia aplasica"
    "aplastic anemia": ("anemia aplasica", "anemia aplastica"),
    # MedlinePlus encyclopedia "Hemochromatosis" / en espanol "Hemocromatosis"
    "hemochromatosis": ("hemocromatosis",),

    # ===== infections: malaria, typhoid and typhus kept apart, others =====
    # MedlinePlus "Malaria" / en espanol "Malaria" (paludismo)
    "malaria": ("paludismo",),
    # CDC "Malaria" (Plasmodium species); Spanish "paludismo por P. falciparum"
    "falciparum malaria": ("plasmodium falciparum malaria", "malaria por falciparum",
                           "malaria por plasmodium falciparum", "paludismo por falciparum",
                           "paludismo por plasmodium falciparum"),
    "vivax malaria": ("plasmodium vivax malaria", "malaria por vivax",
                      "malaria por plasmodium vivax", "paludismo por vivax",
                      "paludismo por plasmodium vivax"),
    # MedlinePlus encyclopedia "Typhoid fever" / en espanol "Fiebre tifoidea"; CDC "Typhoid
    # fever"; the RAE gives "tifus abdominal" as the old Spanish name of typhoid ("enteric fever"
    # also takes in paratyphoid: out)
    "typhoid fever": ("typhoid", "fiebre tifoidea", "tifoidea", "tifus abdominal"),
    # CDC "Typhus fevers" (the rickettsial group: epidemic, murine, scrub typhus); MedlinePlus
    # encyclopedia "Typhus" / en espanol "Tifus" -- never joined with typhoid
    "typhus": ("typhus fever", "tifus"),
    # CDC "Chagas disease" (American trypanosomiasis); MedlinePlus en espanol "Enfermedad de
    # Chagas"
    "chagas disease": ("american trypanosomiasis", "enfermedad de chagas", "mal de chagas",
                       "tripanosomiasis americana"),
    # CDC "Brucellosis" (undulant fever, Malta fever); Spanish "fiebre de Malta"
    "brucellosis": ("brucelosis", "undulant fever", "malta fever", "fiebre de malta",
                    "fiebre ondulante"),
    # CDC "Latent TB infection" (LTBI); Spanish "infeccion tuberculosa latente"
    "latent tuberculosis infection": ("latent tuberculosis", "latent tb", "ltbi",
                                      "tuberculosis latente",
                                      "infeccion tuberculosa latente"),
    # CDC and MedlinePlus "Bacterial meningitis" / en espanol "Meningitis bacteriana"
    "bacterial meningitis": ("meningitis bacteriana",),
    # CDC "Viral meningitis"; MedlinePlus en espanol "Meningitis viral" ("aseptic meningitis" is
    # wider: out)
    "viral meningitis": ("meningitis virica",),
    # MedlinePlus "Encephalitis" / en espanol "Encefalitis"
    "encephalitis": ("encefalitis",),

    # ===== pregnancy and birth =====
    # MedlinePlus encyclopedia "HELLP syndrome" / en espanol "Sindrome HELLP"
    "hellp syndrome": ("sindrome hellp", "sindrome de hellp"),
    # MedlinePlus "Preterm labor" (premature labor) / en espanol "Trabajo de parto prematuro"
    # ("parto prematuro" is the birth itself: out)
    "preterm labor": ("premature labor", "trabajo de parto prematuro",
                      "trabajo de parto pretermino"),
    # MedlinePlus encyclopedia "Postpartum hemorrhage" / Spanish obstetrics "Hemorragia
    # posparto" ("pph" also primary pulmonary hypertension: out)
    "postpartum hemorrhage": ("post partum hemorrhage", "hemorragia posparto",
                              "hemorragia postparto"),
    # MedlinePlus encyclopedia "Oligohydramnios" (low amniotic fluid) / en espanol
    # "Oligohidramnios"
    "oligohydramnios": ("oligohidramnios", "low amniotic fluid"),
    # MedlinePlus encyclopedia "Polyhydramnios" (hydramnios) / en espanol "Polihidramnios"
    "polyhydramnios": ("hydramnios", "polihidramnios", "hidramnios"),
    # MedlinePlus encyclopedia "Incompetent cervix" (cervical insufficiency) / en espanol
    # "Insuficiencia cervical"
    "cervical insufficiency": ("incompetent cervix", "cervical incompetence",
                               "insuficiencia cervical", "incompetencia cervical",
                               "cuello uterino incompetente"),
    # MedlinePlus encyclopedia "Intrauterine growth restriction" / en espanol "Restriccion del
    # crecimiento intrauterino" (RCIU); RCOG "fetal growth restriction" (FGR) (small for
    # gestational age is another thing: out)
    "fetal growth restriction": ("intrauterine growth restriction",
                                 "intrauterine growth retardation", "iugr", "fgr",
                                 "restriccion del crecimiento intrauterino",
                                 "restriccion del crecimiento fetal",
                                 "retraso del crecimiento intrauterino", "rciu",
                                 "crecimiento intrauterino retardado"),

    # ===== eyes =====
    # NEI and MedlinePlus "Age-related macular degeneration" (AMD) / en espanol "Degeneracion
    # macular relacionada con la edad"; Spain's ophthalmology "DMAE"; keyed by its full name so it
    # still reads as a kind of the table's "macular degeneration"
    "age related macular degeneration": ("amd", "armd",
                                         "degeneracion macular relacionada con la edad",
                                         "degeneracion macular asociada a la edad", "dmae",
                                         "dmre"),
    # MedlinePlus encyclopedia "Keratoconus" / en espanol "Queratocono"
    "keratoconus": ("queratocono",),
    # NEI "Posterior vitreous detachment"; Spanish ophthalmology "desprendimiento de vitreo
    # posterior" ("pvd" also peripheral vascular disease: out)
    "posterior vitreous detachment": ("desprendimiento de vitreo posterior",
                                      "desprendimiento del vitreo posterior",
                                      "desprendimiento posterior del vitreo"),
    # MedlinePlus "Diabetic eye problems" (diabetic retinopathy) / en espanol "Retinopatia
    # diabetica"
    "diabetic retinopathy": ("retinopatia diabetica",),
    # MedlinePlus encyclopedia "Retinitis pigmentosa" / en espanol "Retinitis pigmentaria";
    # Spain's "retinosis pigmentaria"
    "retinitis pigmentosa": ("retinitis pigmentaria", "retinosis pigmentaria"),
    # MedlinePlus encyclopedia "Retinopathy of prematurity" (retrolental fibroplasia) / en
    # espanol "Retinopatia del prematuro"
    "retinopathy of prematurity": ("retrolental fibroplasia", "retinopatia del prematuro",
                                   "retinopatia de la prematuridad"),
    # kinds of strabismus (MedlinePlus encyclopedia "Strabismus": esotropia turns in, exotropia
    # out); Spanish "estrabismo convergente / divergente"
    # (keyed by the "strabismus" names, so each still reads as a kind of the table's
    # "strabismus")
    "convergent strabismus": ("esotropia", "estrabismo convergente", "endotropia"),
    "divergent strabismus": ("exotropia", "estrabismo divergente"),

    # ===== children =====
    # MedlinePlus "Cleft lip and palate" / en espanol "Labio leporino y paladar hendido"; ICD-10-CM
    # Q35 cleft palate, Q36 cleft lip, Q37 both: three conditions, three entries
    "cleft lip": ("labio leporino", "fisura labial", "labio hendido"),
    "cleft palate": ("paladar hendido", "fisura palatina", "palatosquisis"),
    "cleft lip and palate": ("labio y paladar hendido", "fisura labiopalatina",
                             "fisura labio palatina"),
    # MedlinePlus encyclopedia "Hirschsprung disease" (congenital aganglionic megacolon) / en
    # espanol "Enfermedad de Hirschsprung"; ICD-10-CM Q43.1
    "hirschsprung disease": ("congenital aganglionic megacolon",
                             "aganglionic megacolon", "enfermedad de hirschsprung",
                             "megacolon aganglionico congenito", "megacolon aganglionico"),
    # MedlinePlus encyclopedia "Necrotizing enterocolitis" / en espanol "Enterocolitis
    # necrosante"; NHS writes "necrotising" ("nec" also "not elsewhere classified": out)
    "necrotizing enterocolitis": ("necrotising enterocolitis", "enterocolitis necrosante",
                                  "enterocolitis necrotizante"),
    # MedlinePlus encyclopedia "Biliary atresia" / en espanol "Atresia biliar"
    "biliary atresia": ("atresia biliar", "atresia de vias biliares",
                        "atresia de las vias biliares"),
    # MedlinePlus "Phenylketonuria" (PKU) / en espanol "Fenilcetonuria"
    "phenylketonuria": ("pku", "fenilcetonuria"),
    # NCI "Wilms tumor" (nephroblastoma) / en espanol "Tumor de Wilms"
    "wilms tumor": ("nephroblastoma", "nefroblastoma"),
    # NHS "Henoch-Schonlein purpura (HSP)"; MedlinePlus encyclopedia "Henoch-Schonlein purpura"
    # (IgA vasculitis, anaphylactoid purpura) / en espanol "Purpura de Henoch-Schonlein" ("hsp"
    # has other meanings: out)
    "henoch schonlein purpura": ("iga vasculitis", "immunoglobulin a vasculitis",
                                 "anaphylactoid purpura", "vasculitis por iga",
                                 "purpura anafilactoide"),
    # two fevers named after a valley, and not one disease (the fourteenth held-out batch's one
    # trap read as a refinement): CDC "Valley fever (coccidioidomycosis)", a fungal infection of
    # the Americas; CDC "Rift Valley fever", a viral fever of Africa. Each longer name is matched
    # before the shorter one inside it.
    "coccidioidomycosis": ("valley fever", "san joaquin valley fever", "coccidioidomicosis",
                           "fiebre del valle", "fiebre del valle de san joaquin"),
    "rift valley fever": ("fiebre del valle del rift",),
    # NHS "Congenital heart disease": septal defects, "a hole in the heart" (the atrial and
    # ventricular kinds are in KINDS below)
    "heart septal defect": ("hole in the heart", "holes in the heart", "agujero en el corazon",
                            "agujeros en el corazon"),
    # --- common describing words (Spanish ↔ English; MedlinePlus en español) ---
    "left": ("izquierdo", "izquierda", "izq", "izqda", "izqdo", "izda", "izdo", "lt",
             "sinistral", "left sided", "left side", "lado izquierdo"),
    "right": ("derecho", "derecha", "der", "dcha", "dcho", "dch", "rt", "dextral",
              "right sided", "right side", "lado derecho"),
    # the part of the spine by the back's name for it
    "lumbar": ("lower back", "low back", "zona lumbar"),
    "bilateral": ("both sides", "bilat", "ambos lados", "los dos lados", "ambos", "ambas",
                  "los dos", "las dos"),
    "acute": ("agudo", "aguda"),
    # "long term lower back pain", "long-standing asthma": chronic as families say it
    "chronic": ("cronico", "cronica", "long term", "longstanding", "long standing",
                "de larga evolucion"),
    "primary": ("primario", "primaria"),
    "secondary": ("secundario", "secundaria"),
    "bacterial": ("bacteriano", "bacteriana"),
    "viral": ("virico", "virica", "virical"),
    "alcoholic": ("alcoholico", "alcoholica"),
    "severe": ("grave", "severo", "severa"),
    "poorly controlled": ("mal controlado", "mal controlada", "mal controlados",
                          "mal controladas"),
    "well controlled": ("bien controlado", "bien controlada", "bien controlados",
                        "bien controladas"),
    "sprain": ("esguince", "esguinces"),
    "mild": ("leve",),
    "moderate": ("moderado", "moderada"),
    "gestational": ("gestacional",),
    # not "rupture": a rupture is a complete tear, and partial against complete matters
    "tear": ("torn", "tears", "desgarro"),
    "stage": ("estadio", "etapa"),
    "grade": ("grado",),
    "type": ("tipo",),
    "suspected": ("sospecha de",),
    "possible": ("posible", "posiblemente"),
    "history": ("antecedente de", "antecedentes de"),
}

# Names the sweep of 4 December added to entries the table already had (above).
_MORE_NAMES: dict[str, tuple[str, ...]] = {
    "hip arthroplasty": ("protesis de cadera", "replace the hip", "replace hip"),
    "knee arthroplasty": ("protesis de rodilla", "replace the knee", "replace knee"),
    # the fifteenth batch's names, after its run (MedlinePlus, NHS, AAOS)
    "chagas disease": ("chagas",),
    "patellar tendinitis": ("patellar tendinopathy", "tendinopatia rotuliana",
                            "rodilla del saltador"),
    "abdominal aortic aneurysm": ("triple a",),
    "angina pectoris": ("angina",),
    "aortic aneurysm": ("aneurysm of the aorta",),
    "preterm premature rupture of membranes": ("preterm prelabor rupture of membranes",),
    "coronary artery disease": ("ihd", "ischemic heart disease", "cardiopatia isquemica",
                                "enfermedad cardiaca isquemica"),
    "patent ductus arteriosus": ("pda",),
    "tetralogy of fallot": ("tof",),
    "subarachnoid hemorrhage": ("sah",),
    "postherpetic neuralgia": ("phn",),
    "dementia with lewy bodies": ("dlb", "lewy body dementia"),
    "tension headache": ("tth",),
    "giant cell arteritis": ("gca",),
    "polymyalgia rheumatica": ("pmr",),
    "psoriatic arthritis": ("psa arthritis",),
    "basal cell skin cancer": ("bcc",),
    "peptic ulcer": ("pud",),
    "helicobacter pylori infection": ("h pylori",),
    "type 2 diabetes mellitus": ("t2d",),
    "type 1 diabetes mellitus": ("t1d",),
    "primary aldosteronism": ("conn syndrome",),
    "chronic obstructive pulmonary disease": ("coad",),
    "obstructive sleep apnea": ("osa",),
    "cystic fibrosis": ("cf",),
    "croup": ("laryngotracheobronchitis", "laringotraqueobronquitis"),
    "polycystic kidney disease": ("pkd",),
    "iga nephropathy": ("igan",),
    "glomerulonephritis": ("gn",),
    "hiv infection": ("hiv", "vih"),
    "hepatitis b": ("hbv",),
    "hepatitis c": ("hcv",),
    "scabies": ("escabiosis",),
    "strabismus": ("squint",),
    "retinopathy of prematurity": ("rop",),
    "secretory otitis media": ("ome",),
    "major depressive disorder": ("mdd",),
    "bipolar disorder": ("bpad",),
}


def _add_names(names: dict[str, tuple[str, ...]]) -> None:
    """More names for entries of the table (or new entries), after the ones it has."""
    for key, more in names.items():
        SYNONYMS[key] = (*SYNONYMS.get(key, ()), *more)


_add_names(_MORE_NAMES)

# The sixteenth batch's names, after its one run as the held-out batch (4 December): old, lay and
# Spanish names of conditions, each a naming fact of the source given.
_SIXTEENTH_BATCH_NAMES: dict[str, tuple[str, ...]] = {
    # MedlinePlus "Sydenham chorea": St. Vitus dance, rheumatic chorea
    "sydenham chorea": ("st vitus dance", "saint vitus dance", "rheumatic chorea",
                        "corea de sydenham", "baile de san vito", "corea reumatica"),
    # National Eye Institute "Pterygium" ("surfer's eye"); the Spanish lay "carnosidad en el ojo"
    "pterygium": ("surfers eye", "pterigion", "pterigium",
                  "carnosidad en el ojo", "carnosidad del ojo"),
    # NHS "Atherosclerosis (arteriosclerosis)": hardening of the arteries
    "atherosclerosis": ("hardening of the arteries", "hardened arteries", "aterosclerosis",
                        "endurecimiento de las arterias"),
    # NCI dictionary "hepatoma": hepatocellular carcinoma
    "hepatocellular carcinoma": ("hepatoma", "hepatocarcinoma", "liver cell carcinoma"),
    # MedlinePlus "Persistent depressive disorder" (dysthymia, its former name)
    "persistent depressive disorder": ("dysthymia", "dysthymic disorder", "distimia",
                                       "trastorno depresivo persistente"),
    # NIDDK "Gastroparesis": delayed gastric emptying
    "gastroparesis": ("delayed gastric emptying", "delayed stomach emptying", "lazy stomach",
                      "gastroparesia", "vaciamiento gastrico retardado"),
    # NORD "Fibrodysplasia ossificans progressiva": stone man syndrome, myositis ossificans
    # progressiva (ICD-10-CM M61.1)
    "fibrodysplasia ossificans progressiva": ("stone man syndrome", "stone man disease",
                                              "myositis ossificans progressiva",
                                              "fibrodisplasia osificante progresiva"),
    # MedlinePlus "Dissociative disorders": dissociative identity disorder, formerly multiple
    # personality disorder
    "dissociative identity disorder": ("multiple personality disorder", "multiple personality",
                                       "split personality", "trastorno de identidad disociativo",
                                       "personalidad multiple",
                                       "trastorno de personalidad multiple"),
    # DEBRA "What is EB": butterfly skin
    "epidermolysis bullosa": ("butterfly skin", "piel de mariposa", "epidermolisis bullosa",
                              "epidermolisis ampollosa"),
    # AAOS OrthoInfo "Sever's disease (calcaneal apophysitis)"
    "calcaneal apophysitis": ("sever disease", "enfermedad de sever", "apofisitis calcanea"),
    # MedlinePlus "Low potassium level" (hypokalemia)
    "hypokalemia": ("low potassium", "low potassium level", "low blood potassium",
                    "hipopotasemia", "hipokalemia", "potasio bajo"),
    # MedlinePlus "Armpit lump": the armpit (axilla), in English and Spanish
    "axilla": ("armpit", "armpits", "underarm", "underarms", "axillae", "axila", "axilas"),
    # the seventeenth batch's trap, mended at once: a tailor's bunion (bunionette, at the little
    # toe; AAOS OrthoInfo "Bunionette (Tailor's Bunion)") is not a bunion (hallux valgus, at
    # the big toe)
    "bunionette": ("tailor bunion", "tailors bunion", "tailor bunions", "juanete de sastre",
                   "quintus varus"),
    # CDC "Dengue" (breakbone fever, its old name)
    "dengue": ("breakbone fever", "fiebre quebrantahuesos"),
    # ICD-10-CM A69.2 Lyme disease: infection with Borrelia burgdorferi
    "lyme disease": ("borrelia burgdorferi infection",),
}
_add_names(_SIXTEENTH_BATCH_NAMES)

# The seventeenth batch's names, after its one run as the held-out batch (4 December): lay, old and
# Spanish names, each a naming fact of the source given.
_SEVENTEENTH_BATCH_NAMES: dict[str, tuple[str, ...]] = {
    # MedlinePlus "Trench mouth" (acute necrotizing ulcerative gingivitis, Vincent's infection;
    # ICD-10-CM A69.1)
    "acute necrotizing ulcerative gingivitis": ("trench mouth", "anug", "vincent infection",
                                                "necrotizing ulcerative gingivitis",
                                                "gingivitis ulcerosa necrotizante",
                                                "gingivitis ulcerativa necrotizante"),
    # AAOS OrthoInfo "Mallet finger (baseball finger)"; not "dedo en martillo" (also a toe's)
    "mallet finger": ("baseball finger", "drop finger"),
    # MedlinePlus en espanol "Queilitis angular" (boqueras, perleche)
    "angular cheilitis": ("angular stomatitis", "perleche", "queilitis angular", "boqueras",
                          "boquera"),
    # ICD-10-CM M72.0 "Palmar fascial fibromatosis [Dupuytren]"
    "dupuytren contracture": ("palmar fascial fibromatosis", "palmar fibromatosis",
                              "enfermedad de dupuytren", "fibromatosis palmar"),
    # AAD "Age spots": liver spots, sun spots, solar lentigines
    "solar lentigo": ("solar lentigines", "liver spots", "liver spot", "age spots", "age spot",
                      "lentigo solar", "lentigos solares", "lentigo senil",
                      "manchas de la edad"),
    # AAD "Birthmarks" (salmon patch, stork bite, angel kiss: naevus simplex)
    "nevus simplex": ("naevus simplex", "salmon patch", "stork bite", "stork bites",
                      "angel kiss", "nevo simple", "mancha salmon"),
    # MedlinePlus en espanol "Piojos en la cabeza": the lice of the head are what "piojos" means
    "pediculosis capitis": ("piojos",),
    # MedlinePlus "Chilblains" (pernio); eritema pernio in Spanish
    "chilblains": ("eritema pernio", "perniones"),
    # CDC Yellow Book "High-elevation travel & altitude illness": acute mountain sickness;
    # "soroche" and "mal de altura" its names in the Andes
    "acute mountain sickness": ("altitude sickness", "mountain sickness", "soroche",
                                "mal de altura", "mal de montana", "mal agudo de montana",
                                "apunamiento"),
    # WHO "Trypanosomiasis, human African (sleeping sickness)"
    "african trypanosomiasis": ("sleeping sickness", "human african trypanosomiasis",
                                "tripanosomiasis africana", "enfermedad del sueno"),
    # MedlinePlus "Thrush - children and adults": a yeast infection of the mouth (oral
    # candidiasis), written the way families say where it is
    "oral candidiasis": ("thrush in mouth", "thrush in the mouth", "mouth thrush",
                         "thrush of mouth", "thrush on tongue"),
    # NHS "Diarrhoea and vomiting" (gastroenteritis, the "stomach bug"); "stomach flu" is the
    # viral kind's name (NIDDK "Viral gastroenteritis ('stomach flu')"), with it below
    "gastroenteritis": ("tummy bug", "stomach bug", "gastroenteritis aguda"),
    # the big toe is the hallux (MeSH "Hallux": the great toe)
    "hallux": ("big toe", "great toe", "dedo gordo del pie", "dedo gordo"),
    # MedlinePlus "Hypersensitivity pneumonitis": bird fancier's and farmer's lung are its kinds
    "bird fancier lung": ("bird fanciers lung", "pigeon fancier lung", "pigeon fanciers lung",
                          "bird breeder lung", "pulmon del cuidador de aves"),
    "farmer lung": ("farmers lung", "pulmon del granjero"),
    # where on the body, as families say it: the back of the hand is its dorsum, the back of
    # the neck its nape (MeSH "Neck": the nape, nucha)
    "dorsum of hand": ("back of the hand", "back of hand", "backs of the hands",
                       "backs of hands", "back of the hands", "dorso de la mano",
                       "dorso de las manos"),
    "nape of neck": ("nape", "back of the neck", "back of neck", "nucha", "nuca"),
}
_add_names(_SEVENTEENTH_BATCH_NAMES)

# The specialties by the part of the body their doctors treat, as a family says it, and in the
# plural ("see the kidney doctors" against "nephrology referral" had differed)
_add_names({
    "cardiology": ("heart doctors", "heart specialists"),
    "nephrology": ("kidney doctors", "kidney specialists"),
    "orthopedics": ("bone doctors",),
    "dermatology": ("skin doctors", "skin specialists"),
    "ophthalmology": ("eye doctors", "eye specialists"),
    "oncology": ("cancer doctors", "cancer specialists"),
    "neurology": ("brain doctor", "brain doctors", "brain specialist", "nerve doctor"),
    "gastroenterology": ("stomach doctor", "stomach specialist", "gut doctor"),
    "hematology": ("blood doctor", "blood doctors", "blood specialist"),
    "respiratory medicine": ("lung doctor", "lung doctors", "lung specialists"),
})

# The specialties a plan refers a patient to, by the department, the doctor and the lay name
# (NHS "Referrals to specialist services"; Spanish as hospitals name their services), so that
# "Refer to ortho" = "Orthopaedic referral" = "Ver al traumatólogo"
_add_names({
    "orthopedics": ("orthopaedics", "orthopaedic", "orthopedic", "ortho", "orthopaedic surgeon",
                    "orthopedic surgeon", "orthopaedic team", "orthopedic team",
                    "traumatologia", "traumatologo", "traumatologa", "bone doctor"),
    "cardiology": ("cardiologist", "cardiologia", "cardiologo", "cardiologa", "heart doctor",
                   "heart specialist"),
    "neurology": ("neurologist", "neurologia", "neurologo", "neurologa", "nerve specialist"),
    "dermatology": ("dermatologist", "dermatologia", "dermatologo", "dermatologa",
                    "skin doctor", "skin specialist"),
    "rheumatology": ("rheumatologist", "reumatologia", "reumatologo", "reumatologa"),
    "oncology": ("oncologist", "oncologia", "oncologo", "oncologa", "cancer doctor",
                 "cancer specialist"),
    "urology": ("urologist", "urologia", "urologo", "urologa"),
    "ophthalmology": ("ophthalmologist", "oftalmologia", "oftalmologo", "oftalmologa",
                      "eye doctor", "eye specialist", "eye clinic"),
    "gynecology": ("gynaecology", "gynecologist", "gynaecologist", "ginecologia",
                   "ginecologo", "ginecologa"),
    "endocrinology": ("endocrinologist", "endocrinologia", "endocrinologo", "endocrinologa",
                      "endocrine team"),
    "nephrology": ("nephrologist", "nefrologia", "nefrologo", "nefrologa", "kidney doctor",
                   "kidney specialist", "renal team"),
    "hematology": ("haematology", "hematologist", "haematologist", "hematologia",
                   "hematologo", "hematologa"),
    "gastroenterology": ("gastroenterologist", "gastroenterologia", "gastroenterologo",
                         "gastroenterologa"),
    "otolaryngology": ("ent", "ear nose and throat", "otorrinolaringologia",
                       "otorrinolaringologo", "otorrino"),
    "psychiatry": ("psychiatrist", "psiquiatria", "psiquiatra"),
    "pediatrics": ("paediatrics", "pediatrician", "paediatrician", "pediatria", "pediatra"),
    # tests in families' words (NHS "Mammogram": an X-ray of the breast; "Electrocardiogram
    # (ECG)": a tracing of the heart's rhythm; "Colonoscopy": a camera test of the bowel)
    "mammogram": ("breast x ray", "breast xray", "x ray of the breast", "breast x rays"),
    # NHS "Breast screening": a mammogram offered to women from 50; a scan of the kidneys is
    # an ultrasound of them (NHS "Ultrasound scan"); "kidney bloods" are the urea and
    # electrolytes (NHS "Kidney function tests": U&Es, creatinine, eGFR)
    "screening mammogram": ("breast screening", "breast cancer screening", "breast screen",
                            "cribado de mama", "cribado de cancer de mama",
                            "mamografia de cribado"),
    "kidney ultrasound": ("renal ultrasound", "ultrasound of the kidneys",
                          "ultrasound of the kidney", "renal ultrasound scan", "renal us",
                          "renal tract ultrasound", "ecografia renal", "ecografia de rinon",
                          "ecografia de los rinones"),
    # ("kidney blood test" stays a blood test: a reading cited under it pairs with one under
    # "análisis de sangre")
    "urea and electrolytes": ("kidney bloods", "kidney function bloods", "analitica renal"),
    "chest radiograph": ("chest x ray", "chest xray", "x ray of the chest", "chest film"),
    "electrocardiogram": ("heart tracing", "tracing of the heart", "heart trace",
                          "electro del corazon"),
    "colonoscopy": ("camera test of the bowel", "bowel camera test", "camera into the bowel",
                    "bowel camera", "camera in the bowel", "camara en el intestino",
                    # (NHS "Colonoscopy": a tube with a camera passed into the bottom)
                    "camera up the bottom", "camera up your bottom", "camera test up the bottom",
                    "camera into the back passage", "camera up the back passage"),
    "cardiac ablation": ("heart ablation", "ablation of the heart", "ablacion cardiaca"),
    "respiratory medicine": ("pulmonology", "pulmonologist", "chest physician",
                             "respiratory team", "neumologia", "neumologo", "neumologa",
                             "lung specialist"),
})

# Medicines the classes above are made of, by their generic names (brand names and Spanish names
# below, one ingredient each). Each is in the class MedlinePlus's drug information page names for
# it ("... is in a class of medications called ..."); NHS medicines A-Z says the same.
_MEDICINE_NAMES: dict[str, tuple[str, ...]] = {
    "rosuvastatin": ("crestor", "rosuvastatina"),
    "pravastatin": ("pravachol", "pravastatina"),
    "citalopram": ("celexa", "cipramil"),
    "escitalopram": ("lexapro", "cipralex"),
    "paroxetine": ("paxil", "seroxat", "paroxetina"),
    "duloxetine": ("cymbalta", "duloxetina"),
    "venlafaxine": ("effexor", "efexor", "venlafaxina"),
    "amitriptyline": ("amitriptilina", "tryptizol"),
    "nortriptyline": ("pamelor", "nortriptilina"),
    "esomeprazole": ("nexium", "esomeprazol"),
    "lansoprazole": ("prevacid", "zoton", "lansoprazol"),
    "pantoprazole": ("protonix", "pantoprazol", "pantecta", "anagastra"),
    "famotidine": ("pepcid", "famotidina"),
    "ramipril": ("altace", "tritace"),
    "enalapril": ("vasotec",),
    "losartan": ("cozaar",),
    "candesartan": ("atacand", "amias"),
    "valsartan": ("diovan",),
    "nifedipine": ("adalat", "procardia", "nifedipino"),
    "diltiazem": ("cardizem", "masdil"),
    "verapamil": ("calan", "isoptin"),
    "metoprolol": ("lopressor", "toprol"),
    "propranolol": ("inderal",),
    "carvedilol": ("coreg", "coropres"),
    "spironolactone": ("aldactone", "espironolactona"),
    "eplerenone": ("inspra", "eplerenona"),
    "dabigatran": ("pradaxa",),
    "edoxaban": ("savaysa", "lixiana"),
    "enoxaparin": ("lovenox", "clexane", "enoxaparina"),
    "diclofenac": ("voltaren", "voltarol", "diclofenaco"),
    "celecoxib": ("celebrex",),
    "meloxicam": ("mobic",),
    "empagliflozin": ("jardiance", "empagliflozina"),
    "dapagliflozin": ("farxiga", "forxiga", "dapagliflozina"),
    "canagliflozin": ("invokana", "canagliflozina"),
    "semaglutide": ("ozempic", "wegovy", "rybelsus", "semaglutida"),
    "liraglutide": ("victoza", "saxenda", "liraglutida"),
    "dulaglutide": ("trulicity", "dulaglutida"),
    "sitagliptin": ("januvia", "sitagliptina"),
    "linagliptin": ("tradjenta", "trajenta", "linagliptina"),
    "adalimumab": ("humira",),
    "infliximab": ("remicade",),
    "etanercept": ("enbrel",),
    "methotrexate": ("trexall", "metotrexato"),
    "hydroxychloroquine": ("plaquenil", "hidroxicloroquina"),
    "sulfasalazine": ("azulfidine", "salazopyrin", "sulfasalazina"),
    "quetiapine": ("seroquel", "quetiapina"),
    "olanzapine": ("zyprexa", "olanzapina"),
    "risperidone": ("risperdal", "risperidona"),
    "aripiprazole": ("abilify", "aripiprazol"),
    "levetiracetam": ("keppra",),
    "lamotrigine": ("lamictal", "lamotrigina"),
    "carbamazepine": ("tegretol", "carbamazepina"),
    "pregabalin": ("lyrica", "pregabalina"),
    "prednisone": ("prednisona", "dacortin"),
    "prednisolone": ("prednisolona",),
    "hydrochlorothiazide": ("hctz", "hidroclorotiazida"),
    "indapamide": ("indapamida",),
    "bumetanide": ("bumex", "bumetanida"),
    # treatment with an anticoagulant (MedlinePlus "Blood Thinners")
    "anticoagulant": ("anticoagulation", "anticoagulacion"),
    # classes by the names families write them down with (MedlinePlus "High Blood Pressure
    # Medicines", "Antidepressants", "Antibiotics", "Cholesterol Medicines", "Antihistamines",
    # "Opioids", "Bisphosphonates"; NHS medicines A-Z), and their members
    "antihypertensive": ("antihypertensives", "blood pressure tablets", "blood pressure pills",
                         "blood pressure medication", "blood pressure medicine",
                         "blood pressure medicines", "blood pressure meds",
                         "antihipertensivo", "antihipertensivos", "pastillas para la tension",
                         "pastillas para la presion", "pastilla para la tension",
                         "pastilla para la presion"),
    "antidepressant": ("antidepressants", "antidepressant medication", "antidepresivo",
                       "antidepresivos"),
    "antibiotic": ("antibiotics", "antibiotico", "antibioticos"),
    "cholesterol medicine": ("cholesterol medicines", "cholesterol tablets", "cholesterol pills",
                             "cholesterol medication", "lipid lowering drug",
                             "lipid lowering medication", "pastillas para el colesterol"),
    "antihistamine": ("antihistamines", "antihistaminico", "antihistaminicos"),
    "opioid": ("opioids", "opiate", "opiates", "opioid painkiller", "opioid painkillers",
               "opioide", "opioides", "opiaceo", "opiaceos"),
    "bisphosphonate": ("bisphosphonates", "bifosfonato", "bifosfonatos"),
    # NHS "Osteoporosis - treatment": bisphosphonates and denosumab strengthen the bones (not
    # "bone tablets" alone, which a family also writes for calcium and vitamin D)
    "bone strengthening medicine": ("bone strengthening tablets", "bone strengthening tablet",
                                    "bone strengthening injection",
                                    "bone strengthening injections",
                                    "bone strengthening medication", "medicine to strengthen "
                                    "the bones", "medicamento para fortalecer los huesos"),
    # NHS "Gout - treatment": allopurinol or febuxostat to lower uric acid, colchicine for an
    # attack
    "gout medicine": ("gout tablets", "gout tablet", "gout pills", "gout medication",
                      "tablets for gout", "tablets for the gout", "pastillas para la gota",
                      "medicamento para la gota"),
    "amoxicillin": ("amoxil", "amoxicilina"),
    "penicillin": ("penicilina",),
    "flucloxacillin": ("floxacillin", "flucloxacilina"),
    "doxycycline": ("vibramycin", "doxiciclina"),
    "azithromycin": ("zithromax", "azitromicina"),
    "clarithromycin": ("biaxin", "klaricid", "klacid", "claritromicina"),
    "ciprofloxacin": ("cipro", "ciprofloxacino"),
    "cephalexin": ("cefalexin", "keflex", "cefalexina"),
    "nitrofurantoin": ("macrobid", "nitrofurantoina"),
    "metronidazole": ("flagyl", "metronidazol"),
    "ezetimibe": ("zetia", "ezetrol", "ezetimiba"),
    "cetirizine": ("zyrtec", "cetirizina"),
    "loratadine": ("claritin", "clarityn", "loratadina"),
    "fexofenadine": ("telfast", "fexofenadina"),  # not "Allegra", also a given name
    "morphine": ("morfina", "oramorph", "sevredol"),  # (the oral liquid and tablets, not MR)
    "oxycodone": ("oxycontin", "oxicodona", "oxynorm"),
    "codeine": ("codeina",),
    "tramadol": ("ultram", "zydol"),
    "fentanyl": ("fentanilo",),
    "alendronate": ("alendronic acid", "fosamax", "alendronato", "acido alendronico",
                    "alendronico"),
    "risedronate": ("risedronic acid", "actonel", "risedronato"),
    "zoledronic acid": ("zoledronate", "reclast", "aclasta", "acido zoledronico"),
    # the sweep of plan wordings (4 December): brand names a family copies from the box, in
    # Spain and the United States (AEMPS CIMA and MedlinePlus medicine pages), one ingredient
    # each, and Spanish generic names
    "ibuprofen": ("ibuprofeno",),
    "aspirin": ("aspirina", "adiro"),
    "levothyroxine": ("eutirox", "levothroid"),
    "atenolol": ("tenormin",),
    "metamizole": ("dipyrone", "nolotil", "metamizol"),
    "lorazepam": ("ativan", "orfidal"),
    "alprazolam": ("xanax", "trankimazin"),
    "acenocoumarol": ("sintrom", "acenocumarol"),
    "dexketoprofen": ("enantyum", "dexketoprofeno"),
    # more of Spain's boxes (6 December, fourth session): paracetamol as Gelocatil, Termalgin,
    # Efferalgan, Dafalgan and Apiretal; bromazepam as Lexatin; almagate as Almax; pantoprazole
    # as Pantecta and Anagastra
    "bromazepam": ("lexatin",),
    "calcifediol": ("hidroferol",),
    "almagate": ("almax", "almagato"),
    "insulin glargine": ("lantus", "insulina glargina"),
    "dalteparin": ("fragmin", "dalteparina"),
    "tinzaparin": ("innohep", "tinzaparina"),
    # and more (6 December, fifth session): doxylamine as Dormidina, ebastine as Ebastel,
    # atorvastatin as Cardyl and Zarator (and, above, diltiazem as Masdil, prednisone as
    # Dacortin, amitriptyline as Tryptizol, carvedilol as Coropres)
    "doxylamine": ("dormidina", "doxilamina"),
    "ebastine": ("ebastel", "ebastina"),
    "atorvastatin": ("cardyl", "zarator"),
    # MedlinePlus "Vitamin D" (cholecalciferol, vitamin D3) and "Iron supplements" (ferrous
    # sulfate, ferrous fumarate), as families write them
    "vitamin d": ("vitamina d",),
    "cholecalciferol": ("colecalciferol", "vitamin d3", "vitamina d3"),
    "oral iron": ("iron tablets", "iron pills", "iron supplements", "iron supplement",
                  "pastillas de hierro", "hierro oral"),
    "ferrous sulfate": ("ferrous sulphate", "sulfato ferroso"),
    "ferrous fumarate": ("fumarato ferroso",),
}
_add_names(_MEDICINE_NAMES)

# Names on the box in the UK and Spain that the table lacked (a probe of 4 December: each read
# as another medicine); NHS medicines A-Z gives each brand's generic name
_add_names({
    "acetaminophen": ("calpol", "calpol six plus"),
    "albuterol": ("ventolin", "salamol", "airomir"),
    "calcium": ("calcio",), "magnesium": ("magnesio",),
    # a mineral's salt as Spain writes it, the mineral as an adjective ("carbonato cálcico")
    "calcium carbonate": ("carbonato calcico", "carbonato de calcio"),
    "potassium chloride": ("cloruro potasico", "cloruro de potasio"),
    "sodium bicarbonate": ("bicarbonato sodico", "bicarbonato de sodio"),
    "sodium chloride": ("cloruro sodico", "cloruro de sodio"),
    "magnesium hydroxide": ("hidroxido de magnesio", "hidroxido magnesico"),
    # the Spanish generic names (DCI) of common medicines the table held only in English
    "heparin": ("heparina",), "insulin": ("insulina",), "amiodarone": ("amiodarona",),
    "allopurinol": ("alopurinol",), "colchicine": ("colchicina",),
    "hydrocortisone": ("hidrocortisona",), "dexamethasone": ("dexametasona",),
    "budesonide": ("budesonida",), "levofloxacin": ("levofloxacino",),
    "fluconazole": ("fluconazol",), "metoclopramide": ("metoclopramida",),
    "loperamide": ("loperamida",), "lactulose": ("lactulosa",),
    "mirtazapine": ("mirtazapina",), "lithium": ("litio",),
    "valproic acid": ("acido valproico",), "donepezil": ("donepezilo",),
    "memantine": ("memantina",), "gliclazide": ("gliclazida",),
    "folic acid": ("acido folico",), "cyanocobalamin": ("cianocobalamina",),
    "tamsulosin": ("tamsulosina",), "finasteride": ("finasterida",),
    "sildenafil": ("sildenafilo",), "iron": ("hierro",),
    "levothyroxine": ("eltroxin", "thyroxine", "levothyroxine sodium"),
    "digoxin": ("lanoxin", "digoxina"),
    "diazepam": ("valium",),
    "omeprazole": ("losec",),
    "ranitidine": ("zantac", "ranitidina"),
    "chlorphenamine": ("chlorpheniramine", "piriton", "clorfenamina"),
    "sodium valproate": ("epilim", "valproate", "valproato sodico", "depakine"),
    "trastuzumab": ("herceptin",),
    "tamoxifen": ("nolvadex", "tamoxifeno"),
})

# Commonly prescribed medicines the table did not know (a probe of 4 December: "Zofran" against
# "ondansetron" read as two medicines, a major difference). Each entry: the generic name, then
# other names of that one ingredient only: the British or American generic name, the brand
# names on the box in the US, the UK and Spain, and the Spanish generic name (DCI) written
# without accents. Naming facts from MedlinePlus drug information (US names and brands), NHS
# medicines A-Z and the BNF (UK names and brands), and AEMPS CIMA (Spanish names and brands).
# Left out on purpose: a brand whose name also covers another ingredient or a product of two
# (Imodium, Lamisil, Zovirax, Clarinex, Phenergan, Micardis, Benicar, Olmetec, Coversyl,
# Buscopan; Dacortin, as Dacortin H is prednisolone), a brand that is also a word (Actos), a
# brand sold in two salts or esters that are not dosed alike (Priadel: lithium carbonate and
# citrate; Flonase and Avamys: fluticasone furoate), and products of two medicines with no
# class of the table to hold them (Seretide, Symbicort, Entresto).
_MORE_MEDICINE_NAMES: dict[str, tuple[str, ...]] = {
    # sickness, the gut
    "ondansetron": ("zofran",),
    "metoclopramide": ("reglan", "maxolon", "primperan"),
    "domperidone": ("motilium", "domperidona"),
    "prochlorperazine": ("stemetil", "buccastem", "compazine", "proclorperazina"),
    "cyclizine": ("valoid", "ciclizina"),
    "promethazine": ("prometazina",),
    "loperamide": ("fortasec",),
    "lactulose": ("duphalac",),
    "senna": ("sennosides", "senosidos"),
    "polyethylene glycol": ("macrogol", "macrogols", "miralax", "polietilenglicol"),
    "mesalamine": ("mesalazine", "asacol", "pentasa", "lialda", "salofalk", "octasa",
                   "mezavant", "claversal", "mesalazina"),
    "rabeprazole": ("aciphex", "pariet", "rabeprazol"),
    "mebeverine": ("colofac", "duspatalin", "mebeverina"),
    # the bladder and the prostate
    "tamsulosin": ("flomax", "omnic"),
    "finasteride": ("proscar", "propecia"),
    "dutasteride": ("avodart", "dutasterida"),
    "oxybutynin": ("ditropan", "oxibutinina"),
    "solifenacin": ("vesicare", "solifenacina"),
    "mirabegron": ("myrbetriq", "betmiga"),
    "tolterodine": ("detrol", "detrusitol", "tolterodina"),
    "sildenafil": ("viagra", "revatio"),
    "tadalafil": ("cialis", "adcirca", "tadalafilo"),
    # the lungs (one ingredient each)
    "montelukast": ("singulair",),
    # (brands that fix a route are left out, each its own name: Entocort is taken by mouth for
    # the gut, Rhinocort and Flixonase sprayed in the nose)
    "budesonide": ("pulmicort",),
    "fluticasone": ("flixotide", "flovent", "fluticasona"),
    "tiotropium": ("tiotropium bromide", "spiriva", "tiotropio", "bromuro de tiotropio"),
    "ipratropium": ("ipratropium bromide", "atrovent", "ipratropio", "bromuro de ipratropio"),
    # (Qvar left out: an extra-fine beclometasone about twice as strong as Clenil, prescribed
    # by brand, MHRA)
    "beclomethasone": ("beclometasone", "beclomethasone dipropionate",
                       "beclometasone dipropionate", "clenil", "beclometasona"),
    "salmeterol": ("serevent",),
    # the heart and blood pressure
    "ticagrelor": ("brilinta", "brilique"),
    "prasugrel": ("effient", "efient"),
    "isosorbide mononitrate": ("imdur", "elantan", "mononitrato de isosorbida",
                               "isosorbida mononitrato"),
    "isosorbide dinitrate": ("isordil", "dinitrato de isosorbida", "isosorbida dinitrato"),
    "ivabradine": ("procoralan", "corlanor", "ivabradina"),
    "hydralazine": ("apresoline", "hidralazina"),
    "doxazosin": ("cardura", "carduran", "doxazosina"),
    "amiodarone": ("cordarone", "pacerone", "trangorex"),
    "flecainide": ("tambocor", "apocard", "flecainida"),
    "bisoprolol": ("zebeta", "cardicor", "emconcor"),
    "nebivolol": ("bystolic", "nebilet"),
    "captopril": ("capoten",),
    "irbesartan": ("avapro", "aprovel"),
    "olmesartan": ("olmesartan medoxomil", "olmesartan medoxomilo"),
    "felodipine": ("plendil", "felodipino"),
    "lercanidipine": ("zanidip", "lercanidipino"),
    "chlorthalidone": ("chlortalidone", "hygroton", "clortalidona"),
    "bendroflumethiazide": ("bendrofluazide",),
    "torsemide": ("torasemide", "demadex", "torasemida"),
    "fenofibrate": ("tricor", "lipantil", "fenofibrato"),
    "tranexamic acid": ("cyklokapron", "lysteda", "amchafibrin", "acido tranexamico"),
    # diabetes, the thyroid, gout
    "gliclazide": ("diamicron",),
    "glipizide": ("glucotrol", "minodiab", "glipizida"),
    "glimepiride": ("amaryl", "glimepirida"),
    "glyburide": ("glibenclamide", "diabeta", "daonil", "euglucon", "glibenclamida"),
    "pioglitazone": ("pioglitazona",),
    "vildagliptin": ("galvus", "vildagliptina"),
    "tirzepatide": ("mounjaro", "zepbound", "tirzepatida"),
    "insulin glargine": ("abasaglar", "basaglar"),
    "insulin aspart": ("novorapid", "novolog", "insulina aspart"),
    "insulin lispro": ("humalog", "admelog", "insulina lispro"),
    "insulin detemir": ("levemir", "insulina detemir"),
    "insulin degludec": ("tresiba", "insulina degludec"),
    "insulin glulisine": ("apidra", "insulina glulisina", "glulisine"),
    # insulins by how they act, as families and diabetes teams name them (NHS "Insulin"; Diabetes
    # UK: long-acting or background, rapid-acting or mealtime): the kinds MEDICINE_CLASSES gives
    "long acting insulin": ("basal insulin", "background insulin", "slow acting insulin",
                            "slow insulin", "insulina lenta", "insulina basal",
                            "insulina de accion prolongada", "insulina de accion lenta"),
    "rapid acting insulin": ("quick acting insulin", "fast acting insulin", "mealtime insulin",
                             "bolus insulin", "insulina rapida", "insulina ultrarrapida",
                             "insulina de accion rapida"),
    # laxatives and a stool softener (NHS "Laxatives"; docusate softens the stool)
    "laxative": ("laxatives", "laxante", "laxantes"),
    "stool softener": ("stool softeners", "ablandador de heces"),
    "ispaghula": ("fybogel", "ispaghula husk", "psyllium", "plantago ovata"),
    "sodium picosulfate": ("picosulfate", "picosulfato sodico", "picolax"),
    "alginate": ("gaviscon", "sodium alginate", "alginato"),
    "antacid": ("antacids", "antiacido", "antiacidos"),
    "methimazole": ("thiamazole", "tapazole", "tiamazol", "tirodril"),
    "carbimazole": ("neo mercazole", "carbimazol"),
    "propylthiouracil": ("propiltiouracilo",),
    "allopurinol": ("zyloprim", "zyloric"),
    "colchicine": ("colcrys",),
    "febuxostat": ("uloric", "adenuric"),
    # the mind, sleep, the nerves
    "mirtazapine": ("remeron", "zispin", "rexer"),
    "trazodone": ("desyrel", "molipaxin", "deprax", "trazodona"),
    "bupropion": ("wellbutrin", "zyban", "elontril"),
    "zolpidem": ("ambien", "stilnox", "stilnoct"),
    "zopiclone": ("zimovane", "datolan", "limovan", "zopiclona"),
    "clonazepam": ("klonopin", "rivotril"),
    "clonidine": ("catapres", "catapresan", "clonidina"),
    "haloperidol": ("haldol",),
    "clozapine": ("clozaril", "leponex", "clozapina"),
    "lithium carbonate": ("camcolit", "lithobid", "plenur", "carbonato de litio"),
    "topiramate": ("topamax", "topiramato"),
    "phenytoin": ("dilantin", "epanutin", "fenitoina"),
    "oxcarbazepine": ("trileptal", "oxcarbazepina"),
    "sumatriptan": ("imitrex", "imigran"),
    "rizatriptan": ("maxalt",),
    "zolmitriptan": ("zomig",),
    "donepezil": ("aricept",),
    "memantine": ("namenda", "ebixa"),
    "methylphenidate": ("ritalin", "concerta", "medikinet", "equasym", "rubifen",
                        "metilfenidato"),
    "lisdexamfetamine": ("vyvanse", "elvanse", "lisdexanfetamina"),
    "varenicline": ("chantix", "champix", "vareniclina"),
    "betahistine": ("serc", "betahistina"),
    # allergy
    "hydroxyzine": ("atarax", "vistaril", "ucerax", "hidroxizina"),
    "diphenhydramine": ("difenhidramina",),
    "desloratadine": ("aerius", "desloratadina"),
    "levocetirizine": ("xyzal", "xazal", "levocetirizina"),
    "bilastine": ("bilaxten", "bilastina"),
    # muscles
    "baclofen": ("lioresal", "baclofeno"),
    "tizanidine": ("zanaflex", "sirdalud", "tizanidina"),
    "cyclobenzaprine": ("flexeril", "amrix", "yurelax", "ciclobenzaprina"),
    "methocarbamol": ("robaxin", "metocarbamol"),
    # pain
    "ketorolac": ("toradol", "ketorolaco"),
    "indomethacin": ("indometacin", "indocin", "indometacina"),
    "etoricoxib": ("arcoxia",),
    "dihydrocodeine": ("dihidrocodeina",),
    "tapentadol": ("nucynta", "palexia"),
    "hydromorphone": ("dilaudid", "palladone", "hidromorfona"),
    "buprenorphine": ("butrans", "transtec", "subutex", "buprenorfina"),
    "methadone": ("dolophine", "methadose", "physeptone", "metadona"),
    "naloxone": ("narcan", "naloxona"),
    # steroids, bones
    "methylprednisolone": ("medrol", "urbason", "metilprednisolona"),
    "ibandronate": ("ibandronic acid", "boniva", "bonviva", "ibandronato",
                    "acido ibandronico"),
    "denosumab": ("prolia", "xgeva"),
    # the immune system, cancer
    "azathioprine": ("imuran", "imurel", "azatioprina"),
    "mycophenolate mofetil": ("cellcept", "micofenolato de mofetilo", "micofenolato mofetilo"),
    "tacrolimus": ("prograf",),
    "hydroxyurea": ("hydroxycarbamide", "hydrea", "droxia", "siklos", "hidroxiurea",
                    "hidroxicarbamida"),
    "letrozole": ("femara", "letrozol"),
    "anastrozole": ("arimidex", "anastrozol"),
    "exemestane": ("aromasin", "exemestano"),
    "bicalutamide": ("casodex", "bicalutamida"),
    # infections: one medicine each
    "trimethoprim": ("trimetoprima",),
    "piperacillin": ("piperacilina",),
    "ceftriaxone": ("rocephin", "rocefalin", "ceftriaxona"),
    "cefuroxime": ("zinacef", "zinnat", "ceftin", "cefuroxima"),
    "clindamycin": ("cleocin", "dalacin", "clindamicina"),
    "vancomycin": ("vancocin", "vancomicina"),
    "gentamicin": ("gentamicina",),
    "erythromycin": ("erythrocin", "pantomicina", "eritromicina"),
    "fosfomycin": ("monurol", "fosfomicina"),
    "levofloxacin": ("levaquin", "tavanic"),
    "nitrofurantoin": ("macrodantin",),
    "fluconazole": ("diflucan",),
    "nystatin": ("mycostatin", "nystan", "nistatina"),
    "valacyclovir": ("valaciclovir", "valtrex"),
    "oseltamivir": ("tamiflu",),
}
_add_names(_MORE_MEDICINE_NAMES)

# Products of two medicines (4 December), each under its own name: the BNF's "co-" name where it
# has one (co-amoxiclav: amoxicillin with clavulanic acid; co-trimoxazole: trimethoprim with
# sulfamethoxazole; co-codamol: codeine with paracetamol; co-dydramol: dihydrocodeine with
# paracetamol), the US name (MedlinePlus "Amoxicillin and Clavulanic Acid", "Sulfamethoxazole and
# Trimethoprim", "Acetaminophen and Codeine", "Piperacillin and Tazobactam Injection"), the two
# names as families and letters join them, the brands (NHS medicines A-Z, MedlinePlus) and the
# Spanish names (AEMPS CIMA). None is one of its two medicines: the "co-" name shares no word
# with either, and each product is in a class of MEDICINE_CLASSES, which keeps "piperacillin
# tazobactam" apart from "piperacillin" (diagnosis_match._not_another_medicine).
_COMBINATION_NAMES: dict[str, tuple[str, ...]] = {
    "co amoxiclav": (
        "coamoxiclav", "amoxiclav", "amox clav", "amoxicillin clavulanate",
        "amoxicillin clavulanic acid", "amoxicillin clavulanate potassium",
        "amoxicillin and clavulanate", "amoxicillin and clavulanate potassium",
        "amoxicillin and clavulanic acid", "amoxicillin with clavulanate",
        "amoxicillin with clavulanic acid", "augmentin", "augmentine", "amoxicilina clavulanico",
        "amoxicilina acido clavulanico", "amoxicilina clavulanato",
        "amoxicilina y acido clavulanico", "amoxicilina con acido clavulanico",
        "amoxicilina y clavulanico", "amoxicilina con clavulanico", "amoxiclavulanico",
        "amoxi clavulanico"),
    "co trimoxazole": (
        "cotrimoxazole", "trimethoprim sulfamethoxazole", "sulfamethoxazole trimethoprim",
        "sulfamethoxazole and trimethoprim", "trimethoprim and sulfamethoxazole",
        "sulfamethoxazole with trimethoprim", "trimethoprim with sulfamethoxazole", "tmp smx",
        "smx tmp", "bactrim", "bactrim ds", "septrin", "septrin forte", "septra", "septra ds",
        "cotrimoxazol", "sulfametoxazol trimetoprima", "trimetoprima sulfametoxazol",
        "sulfametoxazol y trimetoprima", "trimetoprima y sulfametoxazol",
        "sulfametoxazol con trimetoprima", "trimetoprima con sulfametoxazol"),
    "piperacillin tazobactam": (
        "piperacillin and tazobactam", "piperacillin with tazobactam", "pip tazo", "piptazo",
        "tazocin", "zosyn", "tazocel", "piperacilina tazobactam", "piperacilina y tazobactam",
        "piperacilina con tazobactam"),
    # NHS medicines A-Z "Atovaquone/proguanil": a medicine of two to prevent malaria, sold as
    # Malarone
    "atovaquone proguanil": (
        "malarone", "atovaquone and proguanil", "atovaquone with proguanil",
        "atovacuona proguanil", "atovacuona y proguanil", "atovacuona con proguanil"),
    "co codamol": (
        "cocodamol", "acetaminophen codeine", "codeine acetaminophen", "codeine paracetamol",
        "paracetamol codeine", "acetaminophen and codeine", "acetaminophen with codeine",
        "codeine and acetaminophen", "paracetamol and codeine", "paracetamol with codeine",
        "codeine and paracetamol", "codeine with paracetamol", "tylenol with codeine",
        # (not Solpadol, Kapake, Zapain: brands of the 30/500 strength only, which against
        # "co-codamol 8/500" would read as one medicine made more exact)
        "paracetamol codeina", "codeina paracetamol",
        "paracetamol y codeina", "paracetamol con codeina", "codeina y paracetamol",
        "codeina con paracetamol"),
    "co dydramol": (
        "codydramol", "dihydrocodeine paracetamol", "paracetamol dihydrocodeine",
        "paracetamol and dihydrocodeine", "paracetamol with dihydrocodeine",
        "dihydrocodeine and paracetamol", "dihydrocodeine with paracetamol"),
}
_add_names(_COMBINATION_NAMES)
# tramadol with paracetamol (MedlinePlus "Acetaminophen and Tramadol"; AEMPS: Zaldiar; NHS:
# Tramacet), a product of two as co-codamol is
_TRAMADOL_PARACETAMOL = {"tramadol acetaminophen": (
    "tramadol paracetamol", "paracetamol tramadol", "tramadol and paracetamol",
    "paracetamol and tramadol", "tramadol with paracetamol", "acetaminophen and tramadol",
    "tramadol and acetaminophen", "acetaminophen tramadol", "zaldiar", "tramacet", "ultracet",
    "tramadol y paracetamol", "paracetamol y tramadol", "tramadol con paracetamol")}
_COMBINATION_NAMES.update(_TRAMADOL_PARACETAMOL)
_add_names(_TRAMADOL_PARACETAMOL)

# After a held-out set of 120 pairs of medicine names (4 December, late afternoon; written
# without sight of the table): 24 of its 70 pairs naming one medicine two ways read as two.
# Added from that run, each a naming fact of MedlinePlus drug information, NHS medicines A-Z or
# AEMPS CIMA: single-ingredient brands and a Spanish generic name the table lacked, two
# abbreviations used on prescriptions for one medicine only (ISMN, MTX; not "AAS", in Spanish
# aspirin but in English anabolic steroids), and products of two medicines under their own
# names, each in a class of MEDICINE_CLASSES below (so that none reads as a kind of one of its
# two: "Seretide" is not "fluticasone", "Entresto" not "valsartan").
_add_names({
    "isotretinoin": ("roaccutane", "accutane", "isotretinoina"),
    "desogestrel": ("cerazette",),
    "pegfilgrastim": ("neulasta",),
    # BNF "Filgrastim": a recombinant granulocyte-colony stimulating factor (G-CSF), as is
    # pegfilgrastim, given to bring the white cells back after chemotherapy
    "filgrastim": ("neupogen", "zarzio", "nivestim"),
    "granulocyte colony stimulating factor": ("g csf", "gcsf"),
    "furosemide": ("seguril",),
    "ibuprofen": ("dalsy",),
    "methimazole": ("tapazol", "metimazol"),
    "levonorgestrel": ("norlevo",),
    "calcipotriol": ("calcipotriene", "daivonex", "dovonex"),
    "isosorbide mononitrate": ("ismn",),
    "methotrexate": ("mtx",),
    # the two of Cosopt, each on its own (eye drops for glaucoma)
    "timolol": ("timolol maleate", "timoptol", "timoptic"),
    "dorzolamide": ("trusopt", "dorzolamida"),
})
_HELD_OUT_COMBINATIONS: dict[str, tuple[str, ...]] = {
    "co careldopa": (
        "carbidopa levodopa", "levodopa carbidopa", "carbidopa and levodopa",
        "levodopa and carbidopa", "carbidopa with levodopa", "levodopa with carbidopa",
        "sinemet", "carbidopa y levodopa", "levodopa y carbidopa", "levodopa con carbidopa"),
    "sacubitril valsartan": (
        "sacubitril and valsartan", "valsartan sacubitril", "entresto", "sacubitrilo valsartan",
        "sacubitrilo y valsartan"),
    "sitagliptin metformin": (
        "sitagliptin and metformin", "metformin sitagliptin", "janumet",
        "sitagliptina metformina", "sitagliptina y metformina"),
    "fluticasone salmeterol": (
        "fluticasone and salmeterol", "salmeterol fluticasone", "salmeterol and fluticasone",
        "advair", "seretide", "fluticasona salmeterol", "salmeterol fluticasona",
        "fluticasona y salmeterol"),
    "budesonide formoterol": (
        "budesonide and formoterol", "formoterol budesonide", "symbicort",
        "budesonida formoterol", "budesonida y formoterol"),
    "dorzolamide timolol": (
        "dorzolamide and timolol", "timolol dorzolamide", "cosopt", "dorzolamida timolol",
        "dorzolamida y timolol"),
    "calcipotriol betamethasone": (
        "calcipotriol and betamethasone", "calcipotriene betamethasone",
        "calcipotriol betamethasone dipropionate", "calcipotriene and betamethasone dipropionate",
        "dovobet", "daivobet", "enstilar", "calcipotriol betametasona"),
    "emtricitabine tenofovir disoproxil": (
        "emtricitabine and tenofovir disoproxil", "tenofovir disoproxil emtricitabine",
        "emtricitabine tenofovir disoproxil fumarate", "truvada",
        "emtricitabina tenofovir disoproxilo"),
    "bictegravir emtricitabine tenofovir alafenamide": ("biktarvy",),
    "sofosbuvir velpatasvir": ("sofosbuvir and velpatasvir", "epclusa"),
    "glecaprevir pibrentasvir": ("glecaprevir and pibrentasvir", "maviret", "mavyret"),
    "alendronate cholecalciferol": (
        "alendronate and cholecalciferol", "alendronic acid colecalciferol",
        "alendronic acid and colecalciferol", "fosamax plus d", "fosavance",
        "alendronato colecalciferol"),
}
_COMBINATION_NAMES.update(_HELD_OUT_COMBINATIONS)
_add_names(_HELD_OUT_COMBINATIONS)

# Plans, and words of reports, as families and doctors write them: the sweep of plan wordings
# and of test readings (4 December), each a naming fact of the source given.
_PLAN_AND_REPORT_NAMES: dict[str, tuple[str, ...]] = {
    # plans in everyday words (NHS "Stop smoking", "Lose weight"; MedlinePlus "Appendectomy",
    # "Tonsillectomy", "Gallbladder removal")
    "smoking cessation": ("stop smoking", "stopping smoking", "quit smoking", "quitting smoking",
                          "quit cigarettes", "stop cigarettes", "give up cigarettes",
                          "quit the cigarettes", "stop the cigarettes", "give up the cigarettes",
                          "quit tobacco", "stop tobacco", "give up tobacco",
                          "give up smoking", "giving up smoking", "dejar de fumar",
                          "abandono del tabaco", "deshabituacion tabaquica",
                          "dejar el tabaco", "dejar los cigarrillos", "dejar el cigarro"),
    "vegetables": ("veg", "veggies", "verduras"),
    "annual": ("anual",),  # "revisión anual" = "annual review"
    "bland diet": ("dieta blanda", "dieta suave"),
    "weight loss": ("lose weight", "losing weight", "weight reduction", "perder peso",
                    "bajar de peso", "perdida de peso",
                    # a family's softer words (seventh session)
                    "lose some weight", "lose a bit of weight", "lose a little weight",
                    "try to lose weight", "bajar algo de peso", "perder algo de peso"),
    # as stopping smoking is its cessation (NHS "Vaping to quit smoking")
    "vaping cessation": ("stop vaping", "quit vaping", "give up vaping", "stopping vaping",
                         "quitting vaping", "giving up vaping", "dejar de vapear",
                         "dejar el vapeo", "dejar el vaper"),
    "salt restriction": ("cut down on salt", "cut down salt", "reduce salt", "less salt",
                         "low salt diet", "dietary salt restriction", "menos sal",
                         "dieta baja en sal", "dieta sin sal"),
    "appendectomy": ("appendix out", "take the appendix out", "remove the appendix",
                     "quitar el apendice", "take out the appendix"),
    "cholecystectomy": ("gallbladder out", "take the gallbladder out", "remove the gallbladder",
                        "quitar la vesicula", "extirpar la vesicula", "take out the gallbladder"),
    "tonsillectomy": ("tonsils out", "take the tonsils out", "remove the tonsils",
                      "quitar las amigdalas", "take out the tonsils"),
    # NHS "Mastectomy" (surgery to remove a breast), "Pacemaker implantation" (having one
    # fitted), "Grommets" (small tubes put in the ear)
    "mastectomy": ("breast removal", "remove the breast", "removal of the breast",
                   "quitar el pecho", "quitar la mama"),
    "pacemaker": ("pacemaker fitted", "pacemaker insertion", "pacemaker implantation",
                  "fit a pacemaker", "pacemaker fitting", "implantar un marcapasos",
                  "implante de marcapasos"),
    "tympanostomy tubes": ("tube in the ear", "tubes in the ear", "tubes in the ears",
                           "tube in the ears", "tubos en los oidos"),
    "watchful waiting": ("watch and wait",),
    # taken with a meal (BNF's "with or just after food"; Spanish "con las comidas")
    "with food": ("with meals", "with a meal", "with your meals", "con las comidas",
                  "con alimentos"),
    # NHS "Compression stockings" (graduated: tightest at the ankle), as letters and boxes
    # name them
    "compression stockings": ("compression hosiery", "graduated compression stockings",
                              "graduated compression hosiery", "medias de compresion"),
    # words of a report in Spanish, as a Spanish radiologist or pathologist writes them
    # (MedlinePlus en español; the lungs' lobes, a joint's compartment, a polyp's dysplasia)
    "upper lobe": ("lobulo superior",),
    "lower lobe": ("lobulo inferior",),
    "middle lobe": ("lobulo medio",),
    "nodule": ("nodulo",),
    "compartment": ("compartimento",),
    "dysplasia": ("displasia",),
    "low grade": ("bajo grado",),
    "high grade": ("alto grado",),
    "tubular adenoma": ("adenoma tubular",),
    "distal radius": ("radio distal",),
    # going on with a treatment already taken, however said (a direction of its own:
    # diagnosis_match reads "continue" as "unchanged")
    "continue": ("keep taking", "keep on taking", "carry on taking", "keep using", "stay on",
                 "seguir tomando", "continuar tomando", "continuar con", "seguir con"),
    # A dose doubled or halved is a dose raised or lowered, so "Double the dose" against
    # "Halve the dose" go opposite ways (the plan's direction, diagnosis_match.MARKER_CLASSES).
    # Only with "dose": a "double mastectomy" or "double vision" says nothing of a direction.
    "increase dose": ("double the dose", "double dose", "double the dosage", "double his dose",
                      "double her dose", "double your dose", "duplicar la dosis",
                      "doblar la dosis"),
    "decrease dose": ("halve the dose", "half the dose", "halve the dosage", "halve his dose",
                      "halve her dose", "halve your dose", "cut the dose in half",
                      "reduce the dose by half", "reducir la dosis a la mitad",
                      "bajar la dosis a la mitad"),
    # the plan sweep's misses of 4 December, by the names families and letters use:
    # NHS "Adrenaline auto-injectors" (EpiPen, Jext, Emerade)
    # (its brands, one against another, differ: diagnosis_match.brands_differ)
    "epinephrine auto injector": ("adrenaline auto injector", "adrenaline autoinjector",
                                  "epinephrine autoinjector", "autoinyector de adrenalina",
                                  "auto inyector de adrenalina", "adrenaline pen",
                                  "epinephrine pen", "adrenaline injector",
                                  "epinephrine injector", "adrenaline auto injectors",
                                  "adrenaline autoinjectors", "adrenaline pens",
                                  "epinephrine pens", "epinephrine auto injectors",
                                  "autoinyectores de adrenalina", "epipen", "epi pen",
                                  "epipens", "epi pens", "jext", "emerade"),
    # BNF "Glyceryl trinitrate": a spray under the tongue (sublingual)
    "glyceryl trinitrate spray": ("glyceryl trinitrate sublingual spray",
                                  "sublingual glyceryl trinitrate spray", "gtn sublingual spray",
                                  "sublingual gtn spray", "gtn spray under the tongue",
                                  "nitroglycerin sublingual spray"),
    # NHS "Painkillers": the strong ones are the opioids (morphine, oxycodone)
    "opioid": ("strong painkiller", "strong painkillers", "analgesico fuerte",
               "analgesicos fuertes"),
    # NHS "NSAIDs": the anti-inflammatory painkillers (ibuprofen, naproxen); in Spain
    # "un antiinflamatorio" is one of them
    "nonsteroidal anti inflammatory drug": ("anti inflammatory", "anti inflammatories",
                                            "anti inflammatory painkiller",
                                            "anti inflammatory painkillers",
                                            "antiinflamatorio", "antiinflamatorios"),
    # NHS "Steroids" (corticosteroids), by mouth among other ways
    "corticosteroid": ("corticosteroids", "corticoide", "corticoides", "corticosteroide",
                       "corticosteroides"),
    # NHS "Talking therapies": CBT among them
    "talking therapy": ("talking therapies", "talking treatment", "talking treatments",
                        "psychological therapy", "psychological therapies",
                        "terapia psicologica"),
    # chemotherapy is given in cycles, which patients call rounds (NHS "Chemotherapy")
    "cycles": ("rounds", "ciclos"),
}
_add_names(_PLAN_AND_REPORT_NAMES)

# Advice in Spanish, as a Spanish doctor or a family writes what an English letter says (the
# sweep of 6 December, third session: "caminar 30 minutos al día" against "walk 30 minutes a
# day", "dieta baja en grasas" against "low fat diet", "hielo en la rodilla" against "ice the
# knee" read as two plans; MedlinePlus en español for the names of diets and of checks at home)
_SPANISH_ADVICE_NAMES: dict[str, tuple[str, ...]] = {
    "walk": ("caminar", "andar", "pasear", "caminata", "caminatas", "paseo", "paseos"),
    "drink": ("beber",),
    "water": ("agua",),
    "sleep": ("dormir",),
    "rest": ("reposo", "descanso", "descansar"),
    # (bed rest is no relative rest: "reposo absoluto" against "reposo relativo" differs)
    "bed rest": ("reposo absoluto", "reposo en cama", "guardar cama"),
    "relative rest": ("reposo relativo",),
    "crutches": ("muletas", "muleta"),
    # cold and heat on a sore place, however a family writes it (not "cryotherapy", which is
    # also freezing a wart, nor "frio" or "calor" alone: feeling cold, feeling hot)
    "ice": ("hielo", "poner hielo", "aplicar hielo", "frio local", "aplicar frio",
            "ice pack", "ice packs", "cold pack", "cold packs", "cold compress",
            "cold compresses", "apply cold", "bolsa de hielo", "compresa fria",
            "compresas frias", "aplique frio", "poner frio", "aplicar frio local"),
    "heat": ("heat pack", "heat packs", "hot pack", "hot packs", "heat pad", "heating pad",
             "warm compress", "warm compresses", "hot water bottle", "apply heat", "calor local",
             "aplicar calor", "aplicar calor local", "aplique calor", "poner calor",
             "compresa caliente", "compresas calientes", "bolsa de agua caliente"),
    "leg elevation": ("elevate the leg", "raise the leg", "keep the leg raised",
                      "keep the leg up", "elevar la pierna", "pierna en alto",
                      "pierna elevada", "levantar la pierna"),
    # less sugar, however said ("eat less sugar" reads as reducing it)
    "reduce sugar": ("low sugar diet", "dieta baja en azucar", "dieta baja en azucares",
                     "dieta pobre en azucar", "dieta pobre en azucares"),
    "low fat diet": ("dieta baja en grasas", "dieta baja en grasa", "dieta pobre en grasas",
                     "dieta pobre en grasa", "reduce fat"),
    "gluten free diet": ("dieta sin gluten", "dieta libre de gluten"),
    "mediterranean diet": ("dieta mediterranea",),
    "sunscreen": ("sun cream", "suncream", "sunblock", "protector solar", "crema solar",
                  "fotoprotector", "fotoproteccion"),
    "avoid sun exposure": ("avoid the sun", "stay out of the sun", "evitar el sol",
                           "evitar la exposicion solar", "no exponerse al sol",
                           "evitar exponerse al sol"),
    "salt restriction": ("reducir la sal", "reducir sal", "tomar menos sal", "comer menos sal",
                         "reducir el consumo de sal", "restriccion de sal"),
    # checks at home: "control de la tensión en casa", "medir el azúcar en casa"
    "monitor blood pressure": ("controlar la tension", "control de la tension",
                               "control de tension", "medir la tension", "tomar la tension",
                               "tomarse la tension", "control de la presion arterial",
                               "medir la presion arterial", "tomarse la presion"),
    "monitor blood glucose": ("controlar el azucar", "control del azucar", "medir el azucar",
                              "medirse el azucar", "control de glucemia",
                              "control de la glucemia", "autocontrol de glucemia",
                              "medir la glucosa", "control de glucosa"),
    "at home": ("en casa", "en domicilio", "en el domicilio", "en su domicilio"),
}
_add_names(_SPANISH_ADVICE_NAMES)

# Tests as a Spanish report or family names them (6 December, fourth session: "radiografía"
# against "X-ray", "electro" against "ECG", "audiometría" against "hearing test" each read as
# two tests). Not "RX", which is a prescription as often.
_add_names({
    "radiograph": ("x ray", "xray", "radiografia", "radiografias", "radiography",
                   "plain radiograph", "plain film"),
    "electrocardiogram": ("electro",),
    # NHS "Endoscopy": a thin tube with a camera, what families call a "camera test" (which
    # camera test, the bowel's or the stomach's, their longer names above say)
    "endoscopy": ("endoscopia", "camera test", "camera tests"),
    "biochemistry": ("bioquimica", "biochem"),
    "bone scan": ("gammagrafia osea", "bone scintigraphy"),
    "hearing test": ("audiometria", "audiometry", "audiogram", "audiograma"),
    "fundoscopy": ("fondo de ojo", "ophthalmoscopy", "fundus examination", "oftalmoscopia"),
})

# Aids, braces and exercises as a Spanish letter or a family names them (6 December, fourth
# session: "rodillera" against "knee brace", "bastón" against "walking stick", "estiramientos"
# against "stretches" each read as two plans); "infiltración" is an injection into a joint or
# soft tissue (which medicine, the doctor says: "steroid injection" says more), and
# "rehabilitación" the rehabilitation service, which physiotherapy is part of
_add_names({
    "insoles": ("plantillas", "plantillas ortopedicas", "orthotic insoles"),
    "knee brace": ("rodillera", "ortesis de rodilla", "rodillera ortopedica"),
    "splint": ("ferula",),
    "back brace": ("faja lumbar", "faja", "lumbar support belt"),
    "cervical collar": ("neck collar", "collarin", "collarin cervical"),
    "walking stick": ("cane", "baston"),
    "walking frame": ("walker", "zimmer frame", "andador"),
    "wheelchair": ("silla de ruedas",),
    "exercise bike": ("stationary bike", "bicicleta estatica"),
    "strengthening exercises": ("ejercicios de fortalecimiento", "ejercicios de potenciacion",
                                "strength exercises"),
    "stretches": ("stretching", "stretching exercises", "estiramientos",
                  "ejercicios de estiramiento"),
    "injection": ("infiltracion", "infiltraciones", "inyeccion", "inyecciones"),
    "rehabilitation": ("rehabilitacion", "rehab"),
})

# Common conditions' Spanish names the sweep found missing (6 December, third session;
# MedlinePlus en español topic names): each the same condition, no broader or narrower one
_SPANISH_CONDITION_NAMES: dict[str, tuple[str, ...]] = {
    "diarrhea": ("diarrea", "diarreas"),
    "anxiety": ("ansiedad",),
    # (not heartburn, "ardor de estómago": a name in the table, "heartburn / acid reflux" as a
    # family writes it would read as a list of two things)
    "sleep apnea": ("apnea del sueno", "apnea de sueno", "apneas del sueno"),
    "reflux": ("reflujo",),
    # the Spanish of what the table already has in a family's English ("water on the lungs",
    # "enlarged heart", "enlarged prostate", "blood clot in the leg", "pinched nerve")
    "pleural effusion": ("agua en los pulmones", "agua en el pulmon"),
    "cardiomegaly": ("corazon grande",),
    "adhesive capsulitis": ("capsulitis adhesiva",),
    "hypothyroidism": ("tiroides perezoso", "tiroides lento", "tiroides vago", "tiroides vaga",
                       "tiroides perezosa"),
    "deep vein thrombosis": ("trombo en la pierna", "trombosis en la pierna"),
    "benign prostatic hyperplasia": ("prostata grande",),
    "nerve compression": ("nervio pinchado", "nervio comprimido"),
    # tests as Spain's reports and families name them (and the English names for the same
    # test the table lacked: NHS "Newborn blood spot test", the heel prick; a lipid profile)
    "computed tomography": ("escaner",),
    "ct colonography": ("virtual colonoscopy", "colonoscopia virtual", "colonografia por tc"),
    "lipid panel": ("lipid profile", "perfil lipidico", "perfil de lipidos", "lipidograma",
                    "cholesterol test", "cholesterol check", "cholesterol blood test",
                    "analisis de colesterol"),
    "core needle biopsy": ("core biopsy", "biopsia con aguja gruesa"),
    "electromyography": ("emg", "electromiograma", "electromiografia"),
    "newborn blood spot test": ("heel prick test", "newborn heel prick test",
                                "prueba del talon"),
    "oral glucose tolerance test": ("curva de glucosa", "curva de glucemia"),
    "urea and electrolytes": ("funcion renal",),
    # operations and their words as Spain's letters write them (the rest of an operation's
    # Spanish name comes from its ending: "microdiscectomía", see _SPANISH_PROCEDURE)
    "partial": ("parcial", "parciales"),
    # a condition's state, phase or spread as Spanish says it after the name ("angina
    # estable", "cáncer localizado", "Parkinson temprano", "principio de Alzheimer"): the
    # English words the comparison reads (MARKER_CLASSES); "angina estable" against "stable
    # angina" had read as two conditions
    "stable": ("estable", "estables"),
    "unstable": ("inestable", "inestables"),
    "controlled": ("controlado", "controlada", "controlados", "controladas"),
    "well controlled": ("bien controlado", "bien controlada", "bien controlados",
                        "bien controladas"),
    "poorly controlled": ("mal controlado", "mal controlada", "mal controlados",
                          "mal controladas"),
    "uncontrolled": ("no controlado", "no controlada", "no controlados", "no controladas",
                     "descontrolado", "descontrolada"),
    "localized": ("localizado", "localizada", "localizados", "localizadas"),
    "diffuse": ("difuso", "difusa", "difusos", "difusas"),
    "generalized": ("generalizado", "generalizada", "generalizados", "generalizadas"),
    "early": ("temprano", "temprana", "tempranos", "tempranas", "precoz", "precoces",
              "incipiente", "incipientes", "en fase inicial", "en estadio inicial"),
    "advanced": ("avanzado", "avanzada", "avanzados", "avanzadas", "en fase avanzada"),
    "late": ("tardio", "tardia", "tardios", "tardias"),
    "congenital": ("congenito", "congenita", "congenitos", "congenitas"),
    "acquired": ("adquirido", "adquirida", "adquiridos", "adquiridas"),
    "complete": ("completo", "completa", "completos", "completas"),
    "active": ("activo", "activa", "activos", "activas"),
    "inactive": ("inactivo", "inactiva", "inactivos", "inactivas"),
    "remission": ("en remision", "remision"),
    "abnormal": ("anormal", "anormales"),
    "pulmonary": ("pulmonar", "pulmonares"),
    "reconstruction": ("reconstruccion",),
    "immediate": ("inmediata", "inmediato"),
    "hypofractionated": ("hipofraccionada", "hipofraccionado"),
    "decompression": ("descompresion",),
    "ablation": ("ablacion",),
    "spinal fusion": ("artrodesis", "artrodesis vertebral", "fusion vertebral",
                      "fusion espinal"),
    "rotator cuff repair": ("reparacion del manguito rotador",
                            "reparacion de manguito rotador", "sutura del manguito rotador"),
    "anterior cruciate ligament reconstruction": (
        "ligamentoplastia de lca", "ligamentoplastia del lca", "reconstruccion del lca",
        "reconstruccion del ligamento cruzado anterior", "plastia del lca"),
    "shoulder replacement": ("shoulder arthroplasty", "protesis de hombro",
                             "artroplastia de hombro"),
    "right hemicolectomy": ("colectomia derecha", "hemicolectomia derecha"),
    "left hemicolectomy": ("colectomia izquierda", "hemicolectomia izquierda"),
    "implantable cardioverter defibrillator": ("dai", "desfibrilador automatico implantable",
                                               "desfibrilador implantable"),
    "aromatase inhibitor": ("aromatase inhibitors", "inhibidor de la aromatasa",
                            "inhibidores de la aromatasa", "inhibidor de aromatasa"),
    # a prostate cancer's treatments and tests in Spanish (AEMPS CIMA for the medicines' names;
    # BNF: Decapeptyl and Gonapeptyl are triptorelin, Prostap leuprorelin, Firmagon degarelix)
    "radical prostatectomy": ("prostatectomia radical",),
    "brachytherapy": ("braquiterapia",),
    "goserelin": ("goserelina",),
    "triptorelin": ("triptorelina", "decapeptyl", "gonapeptyl"),
    "leuprorelin": ("leuprorelina", "leuprolide", "prostap", "eligard", "lupron"),
    "degarelix": ("firmagon",),
    "multiparametric magnetic resonance imaging": (
        "mpmri", "mp mri", "multiparametric mri", "resonancia multiparametrica",
        "resonancia magnetica multiparametrica", "rm multiparametrica"),
    # and plans and tests: "fisio" as families in Spain say it, a sleep study, thyroid bloods
    "physical therapy": ("fisio",),
    "polysomnography": ("estudio del sueno", "estudio de sueno"),
    "thyroid function tests": ("analisis del tiroides", "analisis de tiroides",
                               "analitica del tiroides", "analisis de la tiroides"),
}
_add_names(_SPANISH_CONDITION_NAMES)

# A dose lowered step by step with no step's size written (units.Facts.step_unsized), however
# said: "then taper", "tapering", "reducing course", "en pauta descendente" (not "wean off",
# which ends at none)
_TAPER_NAMES: dict[str, tuple[str, ...]] = {
    "taper": ("tapering", "tapered", "tapering dose", "tapering course", "reducing dose",
              "reducing course", "reducing regime", "pauta descendente", "en pauta descendente",
              "descenso progresivo", "reduccion progresiva", "disminucion progresiva",
              "pauta decreciente"),
}
_add_names(_TAPER_NAMES)

# Lay, everyday and Spanish names families write for diagnoses a held-out run misread (the
# lay-name pairs of 6 December), each a naming fact of the source given: another name of that
# very condition, never of a broader or narrower one (those are KINDS below). Left out on
# purpose: "mono" (an everyday word and a lab's short name of monocytes, see the note at
# "common conditions by the names patients use" above), "reuma" (Spanish for rheumatism, any
# joint or muscle pain, not rheumatoid arthritis), "constipado" (a cold in Spain, constipated
# in English), "baby blues" (not postpartum depression: NHS "Postnatal depression"), "agua en
# los pulmones" (said of pulmonary oedema as well), "heart attack" as the acute infarction
# (the table reads it as myocardial infarction of any age, "old heart attack" apart).
_LAY_DIAGNOSIS_NAMES: dict[str, tuple[str, ...]] = {
    # ICD-10-CM I10 "Essential (primary) hypertension": hypertension (arterial) (benign)
    # (essential) (primary) (systemic); NHS "High blood pressure" (raised blood pressure)
    "hypertension": ("arterial hypertension", "essential arterial hypertension",
                     "raised blood pressure"),
    # MedlinePlus "Acute bronchitis" and CDC "Chest cold (acute bronchitis)"; MedlinePlus en
    # espanol "Bronquitis aguda" (a chest cold, "catarro de pecho" as Spanish families say)
    "acute bronchitis": ("chest cold", "chest colds", "bronquitis aguda", "catarro de pecho"),
    # MedlinePlus encyclopedia "Pleural effusion": fluid on the lung (alternative names); water
    # on the lung, as families say it; "agua en la pleura" and "liquido en la pleura" in Spanish
    "pleural effusion": ("water on the lung", "water on the lungs", "fluid on the lung",
                         "fluid on the lungs", "fluid around the lung", "fluid around the lungs",
                         "pleural effusions", "derrame pleural", "agua en la pleura",
                         "liquido en la pleura", "liquido pleural"),
    # NIDDK "Viral gastroenteritis ('stomach flu')"; MedlinePlus en espanol "Gastroenteritis
    # viral" (gripe estomacal)
    "viral gastroenteritis": ("stomach flu", "gripe estomacal", "gastroenteritis virica"),
    # NHS "Appendicitis" (a burst appendix); MedlinePlus "Appendicitis" (a ruptured appendix);
    # ICD-10-CM K35.3- "Acute appendicitis with perforation" (perforated appendix)
    "perforated appendicitis": ("burst appendix", "ruptured appendix", "perforated appendix",
                                "appendiceal perforation", "appendicitis with perforation",
                                "apendicitis perforada", "apendice perforado", "apendice roto",
                                "apendice reventado"),
    # AAOS OrthoInfo "Knee effusion (water on the knee)"; in Spanish "agua en la rodilla"
    "knee effusion": ("knee joint effusion", "effusion of the knee joint", "knee effusions",
                      "agua en la rodilla", "liquido en la rodilla", "derrame en la rodilla",
                      "derrame articular de rodilla", "derrame articular en la rodilla"),
    # MedlinePlus "Cataract": a clouding of the lens of the eye; ICD-10-CM index "Opacity, lens
    # - see Cataract"; MedlinePlus en espanol "Catarata": opacidad del cristalino
    "cataract": ("cloudy lens", "clouding of the lens", "clouded lens", "cloudy eye lens",
                 "lens opacity", "lens opacities", "opacidad del cristalino",
                 "opacificacion del cristalino", "cristalino opaco", "cristalino nublado"),
    # MeSH "Bulimia Nervosa" entry terms: binge-purge syndrome; NHS "Bulimia" (cycles of
    # bingeing and purging)
    "bulimia nervosa": ("binge purge syndrome", "binge and purge syndrome",
                        "binge purge eating disorder", "binge and purge eating disorder",
                        "binge purge disorder", "binge and purge disorder"),
    # MedlinePlus en espanol "Mononucleosis" (la enfermedad del beso); CDC "Infectious
    # mononucleosis" (mono, written out)
    "infectious mononucleosis": ("enfermedad del beso", "infectious mono"),
    # AAOS OrthoInfo "Anterior cruciate ligament (ACL) injuries": a torn or ruptured ACL;
    # MedlinePlus en espanol "Lesion del ligamento cruzado anterior" (rotura del LCA)
    "anterior cruciate ligament tear": ("rupture of the anterior cruciate ligament",
                                        "anterior cruciate ligament rupture",
                                        "ruptured anterior cruciate ligament",
                                        "torn anterior cruciate ligament",
                                        "tear of the anterior cruciate ligament",
                                        "acl rupture", "ruptured acl", "acl tears",
                                        "rotura de ligamento cruzado anterior",
                                        "rotura del lca", "rotura de lca",
                                        "desgarro del ligamento cruzado anterior",
                                        "ruptura del ligamento cruzado anterior"),
    # NHS "Hamstring injuries" (a pulled hamstring, a strain); ICD-10-CM S76.31- "Strain of
    # muscle, fascia and tendon of the posterior muscle group at thigh level"
    "hamstring strain": ("pulled hamstring", "hamstring pull", "strain of the hamstring",
                         "strain of the hamstring muscle", "strain of the hamstring muscles",
                         "hamstring muscle strain", "strained hamstring",
                         "distension de los isquiotibiales", "distension del isquiotibial",
                         "distension de isquiotibiales", "tiron de isquiotibiales",
                         "tiron en el isquiotibial"),
    # CDC "Traumatic brain injury and concussion": mild TBI, commonly called concussion;
    # ICD-10-CM S06.0 "Concussion" (commotio cerebri)
    "concussion": ("mild traumatic brain injury", "mild tbi", "mtbi", "commotio cerebri",
                   "traumatismo craneoencefalico leve", "tce leve"),
    # the heart attack in the words Spanish families use (MedlinePlus en espanol "Ataque al
    # corazon": infarto)
    "myocardial infarction": ("infarto al corazon", "infarto del corazon", "infarto de corazon",
                              "infarto cardiaco"),
    # Spanish health services ("catarro comun"); MedlinePlus en espanol "Resfriado comun"
    "common cold": ("catarro", "catarro comun", "catarro nasal"),
    # MedlinePlus en espanol "Urticaria" (ronchas: hives)
    "urticaria": ("ronchas", "ronchas en la piel"),
    # MedlinePlus en espanol "Ulceras de decubito" (escaras); NPIAP: pressure injury, the
    # newer name of a pressure ulcer
    "pressure ulcer": ("escaras", "pressure injury", "pressure injuries", "decubitus ulcers"),
    # ICD-10-CM M17 "Osteoarthritis of knee" (gonarthrosis); Spanish Society of Rheumatology
    # (SER) "Artrosis de rodilla" (the knee's wear, "desgaste de rodilla")
    "knee osteoarthritis": ("osteoarthritis of the knee", "osteoarthritis of knee",
                            "gonarthrosis", "artrosis de rodilla", "artrosis de la rodilla",
                            "desgaste de rodilla", "desgaste de la rodilla",
                            "desgaste en la rodilla", "wear and tear of the knee"),
    "hip osteoarthritis": ("osteoarthritis of the hip", "osteoarthritis of hip", "coxarthrosis",
                           "artrosis de cadera", "artrosis de la cadera"),
    # MedlinePlus encyclopedia "Newborn jaundice" (alternative names: neonatal
    # hyperbilirubinemia, jaundice of the newborn)
    "neonatal jaundice": ("neonatal hyperbilirubinemia", "hyperbilirubinemia of the newborn",
                          "newborn hyperbilirubinemia", "hiperbilirrubinemia neonatal",
                          "ictericia en el recien nacido",
                          "ictericia en recien nacidos", "ictericia del neonato"),
    # MedlinePlus "Ectopic pregnancy": a pregnancy outside the womb (uterus); en espanol
    # "Embarazo ectopico" (fuera del utero)
    "ectopic pregnancy": ("pregnancy outside the womb", "pregnancy outside the uterus",
                          "embarazo fuera del utero", "embarazo fuera de la matriz",
                          "embarazo fuera del utero materno"),
    # MedlinePlus "Hypothyroidism" (underactive thyroid, low thyroid); the Spanish lay "tiroides
    # lenta"
    "hypothyroidism": ("low thyroid", "slow thyroid", "tiroides lenta", "tiroides perezosa",
                       "tiroides baja", "hipofuncion tiroidea", "tiroides poco activa"),
    # MedlinePlus "Bipolar disorder" (once manic depression); the same in Spanish
    "bipolar disorder": ("manic depressive", "maniaco depresivo", "maniaco depresiva",
                         "trastorno maniaco depresivo", "psicosis maniaco depresiva",
                         "enfermedad bipolar"),
    # MedlinePlus "Postpartum depression" (depression after childbirth); en espanol "Depresion
    # posparto" (despues del parto)
    "postpartum depression": ("depression after childbirth", "depression after giving birth",
                              "depression after having a baby", "depresion despues del parto",
                              "depresion tras el parto", "depresion puerperal"),
    # NCI dictionary "skin cancer" (cancer that forms in the tissues of the skin); MedlinePlus en
    # espanol "Cancer de piel"
    "skin cancer": ("cancer of the skin", "cancer de piel", "cancer de la piel",
                    "cancer cutaneo"),
    # NCI dictionary "hematologic cancer" (blood cancer: leukemia, lymphoma, multiple myeloma)
    "hematologic cancer": ("blood cancer", "blood cancers", "hematologic malignancy",
                           "hematological malignancy", "hematological cancer",
                           "cancer de la sangre", "cancer de sangre", "cancer hematologico",
                           "neoplasia hematologica"),
    # MedlinePlus "Heart diseases" / en espanol "Enfermedades del corazon" (cardiopatia)
    "heart disease": ("heart diseases", "cardiac disease", "enfermedad del corazon",
                      "enfermedad cardiaca", "enfermedades del corazon", "cardiopatia"),
    # MedlinePlus "Heart valve diseases" / en espanol "Enfermedades de las valvulas del corazon"
    # (valvulopatia)
    "heart valve disease": ("heart valve diseases", "valvular heart disease",
                            "heart valve problem", "heart valve problems",
                            "enfermedad de las valvulas del corazon", "valvulopatia",
                            "enfermedad valvular cardiaca", "valvulopatia cardiaca"),
    # MedlinePlus "Thyroid diseases" / en espanol "Enfermedades de la tiroides"
    "thyroid disease": ("thyroid diseases", "thyroid disorder", "thyroid problem",
                        "thyroid problems", "enfermedad de la tiroides", "enfermedad tiroidea",
                        "problema de tiroides", "problemas de tiroides", "tiroidopatia"),
    # MedlinePlus "Ear infections" (acute otitis media, otitis media with effusion, among them);
    # NHS "Ear infections" (the middle and the outer ear)
    "ear infection": ("ear infections", "infeccion de oido", "infeccion del oido",
                      "infeccion de oidos", "infeccion en el oido", "otitis"),
    # ICD-10-CM S72.0- "Fracture of head and neck of femur" (index: "Fracture, hip - see
    # Fracture, femur, neck"); S72.01- "intracapsular fracture of femur" includes the
    # subcapital fracture (never "subcapital fracture" alone: the humerus has one too). NHS
    # "Hip fracture"
    "femoral neck fracture": ("fracture of the femoral neck", "fractured neck of femur",
                              "fracture of the neck of femur", "fracture of neck of femur",
                              "neck of femur fracture", "fractured femoral neck",
                              "femoral neck fractures", "fractura del cuello femoral",
                              "fractura de cuello femoral", "fractura del cuello del femur",
                              "fractura de cuello de femur", "fractura del cuello de femur"),
    "subcapital femoral neck fracture": ("subcapital fracture of the femoral neck",
                                         "subcapital fracture of the femur",
                                         "subcapital hip fracture", "subcapital femoral fracture",
                                         "fractura subcapital del cuello femoral",
                                         "fractura subcapital de femur",
                                         "fractura subcapital del femur",
                                         "fractura subcapital de cadera"),
    # AAOS OrthoInfo "Humerus fracture (upper arm fracture)": the shaft one of its kinds
    "humeral shaft fracture": ("fracture of the humeral shaft", "humerus shaft fracture",
                               "fracture of the shaft of the humerus", "humeral shaft fractures",
                               "fractura de la diafisis humeral", "fractura diafisaria de humero",
                               "fractura de diafisis de humero",
                               "fractura de la diafisis del humero"),
}
_add_names(_LAY_DIAGNOSIS_NAMES)

# One finding by an organ's describing word and by the organ (thirteenth session): "renal
# stones" against "kidney stones", "splenic enlargement" against "enlarged spleen" had read as
# two diagnoses (the comparison reads "renal" as "kidney" word by word, diagnosis_match
# ORGAN_ADJECTIVES; these are names the table had in one form only). NHS "Brain haemorrhage"
# covers bleeding inside the skull, as "bleed on the brain" does.
_add_names({
    "nephrolithiasis": ("renal stones", "stones in the kidney", "stone in the kidney"),
    "intracerebral hemorrhage": ("cerebral bleed",),
    "intracranial hemorrhage": ("brain hemorrhage",),
    "splenomegaly": ("enlarged spleen", "splenic enlargement", "enlargement of the spleen",
                     "esplenomegalia", "bazo agrandado"),
    "cardiomegaly": ("cardiac enlargement", "enlargement of the heart"),
    "benign prostatic hyperplasia": ("prostatic enlargement", "prostate enlargement",
                                     "enlargement of the prostate"),
    "renal artery stenosis": ("narrowing of the kidney artery", "narrowing of the renal artery",
                              "narrowed kidney artery", "estenosis de la arteria renal"),
})
# Conditions in a family's words against a letter's (fourteenth session): NHS "Blood in urine
# (haematuria)"; NHS "Heart failure" (the heart not pumping blood round the body properly:
# families say a weak heart); NHS "Atherosclerosis" (arteries clogged with fatty deposits,
# "furred up"); NHS "Thyroid lumps" (most of them thyroid nodules)
_add_names({
    "hematuria": ("blood in the urine", "blood in urine", "blood in the wee", "blood in my urine",
                  "blood in his urine", "blood in her urine", "sangre en la orina"),
    "heart failure": ("weak heart", "weak heart muscle", "heart not pumping well",
                      "heart not pumping properly", "corazon debil"),
    "atherosclerosis": ("furred up arteries", "furred arteries", "furring of the arteries",
                        "clogged arteries"),
    "thyroid nodule": ("thyroid lump", "lump on the thyroid", "lump in the thyroid",
                       "lump in the thyroid gland", "thyroid mass"),
})
# Tests in a family's words (fourteenth session): a scope of the stomach is the gastroscopy
# (NHS "Gastroscopy": a thin tube with a camera down the throat into the stomach); a water or
# wee sample, a urine test; a blood test for cholesterol, the lipid panel (NHS "Cholesterol
# levels": a blood test); a faecal test, the stool test; analgesia, painkillers
_add_names({
    "esophagogastroduodenoscopy": ("scope of the stomach", "stomach scope", "stomach camera",
                                   "camera into my stomach", "scope down the throat"),
    "urine test": ("wee sample", "water sample", "pee sample", "urine specimen"),
    "lipid panel": ("blood test for cholesterol", "cholesterol blood test",
                    "cholesterol blood tests", "cholesterol check", "analisis de colesterol"),
    "stool test": ("faecal test", "fecal test", "faecal sample", "fecal sample"),
    "analgesic": ("analgesia", "pain relief medication"),
})
# Side effects and risks as a family notes them (fourteenth session): NHS "Chemotherapy - side
# effects" (feeling sick is nausea, being sick vomiting, tiredness fatigue); NHS "Urinary
# incontinence" (a leaking bladder); NHS "Infertility" (not being able to get pregnant or to
# father a child); a wound infection after an operation is a surgical site infection (NICE
# "Surgical site infections")
_add_names({
    "nausea": ("feeling sick", "feel sick", "feels sick", "feeling nauseous", "nauseous",
               "ganas de vomitar"),
    "vomiting": ("being sick", "throwing up", "vomitos"),
    "fatigue": ("tiredness", "feeling tired", "cansancio"),
    "infertility": ("loss of fertility", "unable to have children",
                    "not being able to have children", "not able to have children",
                    "cannot have children", "cannot get pregnant", "unable to get pregnant",
                    "not able to get pregnant", "unable to conceive", "cannot conceive",
                    "cannot father children", "no puede tener hijos",
                    "no puede quedarse embarazada"),
    "urinary incontinence": ("leaking bladder", "leaky bladder", "bladder leakage",
                             "leaking urine", "leakage of urine", "perdidas de orina"),
    "surgical site infection": ("wound infection", "infection of the wound",
                                "infected wound", "infeccion de la herida"),
})
# Vaccines as a family says them (fourteenth session): "Covid jab" against "Covid vaccine" had
# read as an injection made more exact. NHS "Vaccinations": the COVID-19, shingles,
# pneumococcal ("pneumonia"), HPV, whooping cough, RSV and tetanus vaccines, each given as a jab.
_add_names({
    "covid 19 vaccine": ("covid jab", "covid shot", "covid booster", "covid booster jab",
                         "covid vaccination", "covid 19 vaccination", "covid 19 jab",
                         "coronavirus vaccine", "vacuna del covid", "vacuna covid",
                         "vacuna contra el covid"),
    "shingles vaccine": ("shingles jab", "shingles shot", "shingles vaccination",
                         "herpes zoster vaccine", "zoster vaccine", "vacuna del herpes zoster"),
    "pneumococcal vaccine": ("pneumonia jab", "pneumonia vaccine", "pneumonia shot",
                             "pneumococcal jab", "pneumococcal vaccination",
                             "vacuna neumococica", "vacuna contra el neumococo"),
    "hpv vaccine": ("hpv jab", "hpv vaccination", "vacuna del papiloma", "vacuna del vph"),
    "whooping cough vaccine": ("whooping cough jab", "pertussis vaccine", "pertussis jab",
                               "vacuna de la tos ferina"),
    "rsv vaccine": ("rsv jab", "rsv vaccination", "vacuna del vrs"),
    "tetanus vaccine": ("tetanus jab", "tetanus shot", "tetanus booster", "tetanus injection",
                        "vacuna del tetanos", "vacuna antitetanica"),
    # a baby's vaccines (NHS "6-in-1 vaccine": diphtheria, hepatitis B, Hib, polio, tetanus and
    # whooping cough in one, at 8, 12 and 16 weeks; NHS "Pneumococcal vaccine": the PCV given
    # to babies, a kind of the pneumococcal vaccine, KINDS)
    "hexavalent vaccine": ("6 in 1 vaccine", "6 in 1 jab", "six in one vaccine",
                           "six in one jab", "infanrix hexa", "vaxelis", "dtap ipv hib hepb",
                           "dtap ipv hib hepb vaccine", "vacuna hexavalente"),
    "pneumococcal conjugate vaccine": ("pcv", "pcv13", "pcv 13", "prevenar", "prevenar 13",
                                       "pneumococcal conjugate jab"),
})
# ... and blood tests by their letters or by what they check, as the other names them ("FBG"
# against "fasting blood glucose", "liver function test" against "LFTs", "renal function"
# against "kidney function tests")
_add_names({
    "fasting glucose": ("fasting blood glucose", "fasting plasma glucose", "fbg", "fpg",
                        "fasting blood sugar", "glucemia en ayunas", "glucosa en ayunas"),
    "liver function tests": ("liver function test", "liver blood test", "liver blood tests"),
    "thyroid function tests": ("thyroid blood test", "thyroid blood tests", "thyroid test"),
    "urea and electrolytes": ("renal function", "kidney function"),
    # a glucose measured after or before a meal (ADA "Standards of Care": postprandial,
    # preprandial), as a family or a chart writes it
    "postprandial glucose": ("post meal glucose", "after meal glucose", "glucose after meals",
                             "glucose after eating", "post prandial glucose"),
    "preprandial glucose": ("pre meal glucose", "before meal glucose", "glucose before meals",
                            "pre prandial glucose"),
})
# ... and complications as a family notes them ("blood clots" against "thrombosis", "loss of
# feeling" against "numbness"); a "bad back" is back pain; cells that may turn into a cancer
# (NHS "Cervical screening": abnormal, pre-cancerous cell changes; dysplasia a kind of them)
_add_names({
    "back pain": ("bad back",),
    # NCI dictionary "cervical intraepithelial neoplasia": abnormal cells on the cervix's
    # surface, graded 1 to 3 by how much of its lining they reach (mild, moderate, severe
    # dysplasia); "CIN" alone in AMBIGUOUS (also contrast-induced nephropathy)
    "cervical dysplasia": ("cervical intraepithelial neoplasia", "displasia cervical",
                           "displasia de cuello uterino", "neoplasia intraepitelial cervical",
                           "abnormal cervical cells", "abnormal cells on the cervix",
                           "abnormal cells in the cervix", "dysplasia of the cervix",
                           "cervix dysplasia"),
    "mild cervical dysplasia": ("cin1", "cervical intraepithelial neoplasia 1",
                                "cervical intraepithelial neoplasia grade 1",
                                "cervical intraepithelial neoplasia i",
                                "displasia cervical leve"),
    "moderate cervical dysplasia": ("cin2", "cervical intraepithelial neoplasia 2",
                                    "cervical intraepithelial neoplasia grade 2",
                                    "cervical intraepithelial neoplasia ii",
                                    "displasia cervical moderada"),
    "severe cervical dysplasia": ("cin3", "cervical intraepithelial neoplasia 3",
                                  "cervical intraepithelial neoplasia grade 3",
                                  "cervical intraepithelial neoplasia iii",
                                  "displasia cervical severa", "displasia cervical grave"),
    "precancerous change": ("precancerous", "pre cancerous", "premalignant", "pre malignant",
                            "precancerous changes", "precancerous cells", "pre cancerous cells",
                            "pre cancerous changes", "pre cancerous change",
                            "premalignant change", "premalignant changes",
                            "cambios precancerosos", "celulas precancerosas"),
    "thrombosis": ("blood clot", "blood clots", "coagulo sanguineo", "coagulos sanguineos",
                   "trombo", "trombos"),
    # (where the clots are, as in one: "blood clots in the lungs" is a pulmonary embolism)
    "pulmonary embolism": ("blood clots in the lungs", "blood clots in the lung",
                           "blood clots on the lungs"),
    "deep vein thrombosis": ("blood clots in the leg", "blood clots in the legs"),
    "numbness": ("loss of feeling", "loss of sensation", "perdida de sensibilidad"),
})

# Everyday names a family writes down where the doctor wrote the clinical one, found probing
# common lay names against their clinical ones (5 December): each a naming fact of the source.
_EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    # NHS "Chest infection": an infection of the lungs or large airways (bronchitis, pneumonia),
    # a lower respiratory tract infection. The everyday name is the table's: the clinical one's
    # "lower" would stand beside "right lower lobe" when a pneumonia is read as its kind.
    "chest infection": ("chest infections", "lrti", "lower respiratory tract infection",
                        "lower respiratory infection", "infeccion respiratoria baja",
                        "infeccion de las vias respiratorias bajas"),
    # NHS "DVT (deep vein thrombosis)": a blood clot in a vein, usually the leg
    "deep vein thrombosis": ("blood clot in the leg", "blood clot in my leg",
                             "blood clot in the legs", "clot in the leg", "blood clot in the calf",
                             "coagulo en la pierna", "coagulo de sangre en la pierna"),
    # NHS "Brain haemorrhage": bleeding in or around the brain; "a bleed on the brain"
    "intracranial hemorrhage": ("bleed on the brain", "bleeding on the brain",
                                "intracranial bleed", "hemorragia intracraneal",
                                "sangrado en la cabeza"),
    # British Heart Foundation "Coronary heart disease": the heart's arteries narrowed or
    # blocked by fatty deposits
    "coronary artery disease": ("blocked arteries in the heart", "blocked heart arteries",
                                "narrowed heart arteries", "narrowing of the heart arteries",
                                "arterias del corazon tapadas"),
    # MedlinePlus "Bradycardia" (a slow heart rate) and "Tachycardia" (a fast one); en espanol
    # "Bradicardia", "Taquicardia"
    "bradycardia": ("slow heart rate", "slow heartbeat", "slow pulse", "bradicardia",
                    "pulso lento", "latido lento"),
    "tachycardia": ("fast heart rate", "fast heartbeat", "rapid heart rate", "rapid heartbeat",
                    "taquicardia", "pulso rapido"),
    # NHS "Pins and needles" (paraesthesia); MedlinePlus en espanol "hormigueo"
    "paresthesia": ("pins and needles", "paraesthesia", "parestesia", "hormigueo"),
    # National Eye Institute "Strabismus (crossed eyes)"
    "strabismus": ("crossed eyes", "cross eyes", "cross eyed", "ojos cruzados"),
    # NHS "Gallstones": a gallstone attack, biliary colic
    "biliary colic": ("gallbladder attack", "gallstone attack", "colico biliar"),
    # NHS "Cirrhosis": scarring of the liver
    "cirrhosis": ("scarring of the liver", "liver scarring"),
    # NHS "Addison's disease": the adrenal glands underactive (adrenal insufficiency)
    "adrenal insufficiency": ("underactive adrenal glands", "underactive adrenal gland"),
    # NHS "Sepsis": also called septicaemia or blood poisoning
    "sepsis": ("blood poisoning", "septicemia", "septicaemia", "septicemia nos"),
    # NHS "Baby blues" (postnatal blues)
    "baby blues": ("postpartum blues", "postnatal blues", "maternity blues",
                   "tristeza posparto"),
    # NHS "Gestational diabetes": diabetes that begins in pregnancy
    "gestational diabetes": ("pregnancy diabetes",),
    # and treatments: NHS "Nausea and vomiting" (anti-sickness medicine, an antiemetic); NHS
    # "Emergency contraception" (the emergency contraceptive pill, or an IUD)
    # the singular of the table's "cholesterol tablets"; "stomach protector" as families from
    # Spain say it in English (see "protector gastrico"); NHS "Epilepsy": treated with
    # medicines (anti-seizure medicines), which families name after the condition
    "cholesterol medicine": ("cholesterol tablet", "cholesterol pill"),
    "proton pump inhibitor": ("stomach protector", "stomach protectors"),
    "antiepileptic drug": ("epilepsy medicine", "epilepsy medicines", "epilepsy medication",
                           "epilepsy tablets", "seizure medicine", "seizure medication",
                           "medicine for epilepsy", "medication for epilepsy",
                           "medicina para la epilepsia", "medicamento para la epilepsia",
                           "medicamentos para la epilepsia", "pastillas para la epilepsia"),
    "medicine for diabetes": ("medicina para la diabetes",),
    "antiemetic": ("antiemetics", "anti emetic", "anti emetics", "anti sickness tablets",
                   "anti sickness medicine", "anti sickness medication", "anti sickness drug",
                   "antiemetico", "antiemeticos", "medicina para las nauseas",
                   "pastillas para las nauseas", "pastillas para los vomitos",
                   "medicacion para las nauseas"),
    "emergency contraception": ("anticoncepcion de emergencia",),
    # and tests: NHS "Gastroscopy" (a camera on a thin tube into the stomach); NHS "Blood
    # tests" (urea and electrolytes, to check the kidneys); NHS "Urine tests"; NHS
    # "Spirometry" (a breathing test, one of the lung function tests); BHF "Echocardiogram" (a
    # scan of the heart)
    "cystoscopy": ("camera test of the bladder", "camera into the bladder",
                   "bladder camera test", "camera test for the bladder"),
    "tonometry": ("eye pressure check", "eye pressure test", "check eye pressure",
                  "eye pressure measurement", "toma de la presion ocular"),
    "esophagogastroduodenoscopy": ("camera test of the stomach", "camera into the stomach",
                                   "stomach camera test", "camera down into the stomach"),
    "urea and electrolytes": ("kidney function test", "kidney function tests",
                              "renal function test", "renal function tests",
                              "blood test to check kidneys", "blood test to check the kidneys",
                              "blood test for the kidneys"),
    "urine test": ("urine tests", "pee test", "wee test", "water test", "analisis de orina",
                   "examen de orina", "urine sample", "sample of urine", "muestra de orina"),
    # tests a family names by what they look at (eighth session), each refined by the kinds a
    # letter names (KINDS): a midstream urine sample, a ferritin, a glucose tolerance test, a
    # BRCA test, a skin prick test, a bone marrow biopsy, a fine needle aspiration
    "midstream urine sample": ("msu", "mid stream urine", "midstream urine",
                               "mid stream urine sample"),
    "iron studies": ("iron levels", "iron test", "iron blood test", "niveles de hierro",
                     "perfil de hierro", "perfil ferrico"),
    "vitamin d test": ("vitamin d level", "vitamin d levels", "vitamin d blood test",
                       "25 oh vitamin d", "25 hydroxyvitamin d", "25 hydroxy vitamin d",
                       "niveles de vitamina d"),
    "blood glucose test": ("blood sugar test", "sugar test", "glucose test",
                           "prueba de glucosa", "prueba de azucar"),
    "genetic test": ("genetic testing", "gene test", "dna test", "prueba genetica",
                     "estudio genetico", "test genetico"),
    "allergy test": ("allergy testing", "allergy tests", "prueba de alergia",
                     "pruebas de alergia"),
    "bone marrow test": ("bone marrow examination", "bone marrow exam",
                         "estudio de medula osea"),
    "needle biopsy": ("needle test", "prueba con aguja"),
    "pulmonary function test": ("breathing test", "breathing tests", "prueba de respiracion"),
    "heart scan": ("scan of the heart", "cardiac scan"),
    # NHS "Type 2 diabetes: diagnosis" (the oral glucose tolerance test, OGTT); NHS "High
    # blood pressure: diagnosis" (24-hour or ambulatory blood pressure monitoring, ABPM)
    "oral glucose tolerance test": ("ogtt", "glucose tolerance test",
                                    "prueba de tolerancia a la glucosa",
                                    "prueba de tolerancia oral a la glucosa",
                                    "sobrecarga oral de glucosa"),
    "ambulatory blood pressure monitoring": ("abpm", "24 hour blood pressure monitoring",
                                             "24 hour blood pressure monitor",
                                             "24 hour bp monitoring", "24 hour bp monitor",
                                             "ambulatory bp monitoring",
                                             "ambulatory blood pressure monitor",
                                             "monitorizacion ambulatoria de la presion arterial"),
    # Latin American Spanish as families say it (MedlinePlus en espanol: "ataque cerebral" for
    # a stroke, "crisis de asma", "triglicéridos altos", "ácido úrico alto"; "gripa" in Mexico
    # and Colombia)
    "cerebrovascular accident": ("ataque cerebral",),
    "asthma attack": ("asthma exacerbation", "exacerbation of asthma",
                      "acute exacerbation of asthma", "acute asthma exacerbation",
                      "acute asthma", "ataque de asma", "crisis de asma",
                      "crisis asmatica", "exacerbacion del asma", "exacerbacion asmatica"),
    "hypertriglyceridemia": ("high triglycerides", "trigliceridos altos",
                             "hipertrigliceridemia"),
    "hyperuricemia": ("high uric acid", "acido urico alto", "hiperuricemia"),
    "influenza": ("gripa",),
    # British Heart Foundation "Heart valve disease": a valve narrowed (stenosis) or leaky
    # (regurgitation); MedlinePlus "Heart valve diseases" the same two
    "heart valve regurgitation": ("leaky heart valve", "leaky heart valves", "leaky valve",
                                  "leaky valves", "valve regurgitation",
                                  "valvular regurgitation", "insuficiencia valvular"),
    "heart valve stenosis": ("narrowed heart valve", "narrowed heart valves", "narrowed valve",
                             "narrowing of a heart valve", "narrowing of the heart valve",
                             "valve stenosis", "valvular stenosis", "estenosis valvular"),
    # BTS/SIGN asthma guideline: an attack graded moderate, acute severe or life-threatening
    "acute severe asthma": ("severe asthma attack", "severe attack of asthma",
                            "crisis de asma grave", "crisis asmatica grave"),
    "life threatening asthma": ("life threatening asthma attack",),
    # NHS "Pulmonary embolism" (a blood clot in the lungs): "clot on the lung" as said
    "pulmonary embolism": ("clot on the lung", "clot on the lungs"),
    # "sugar diabetes", the old everyday name of diabetes mellitus (Merriam-Webster)
    "diabetes mellitus": ("sugar diabetes",),
    # MedlinePlus "Depression" / en espanol "Depresion"
    "depression": ("depresion",),
    # the adenocarcinoma of a site by its names (NCI dictionary; NCI en espanol): each a kind
    # of that site's cancer (KINDS)
    "colon adenocarcinoma": ("adenocarcinoma of the colon", "adenocarcinoma of colon",
                             "colonic adenocarcinoma", "adenocarcinoma de colon",
                             "adenocarcinoma del colon"),
    "rectal adenocarcinoma": ("adenocarcinoma of the rectum", "adenocarcinoma of rectum",
                              "adenocarcinoma de recto", "adenocarcinoma del recto"),
    "gastric adenocarcinoma": ("stomach adenocarcinoma", "adenocarcinoma of the stomach",
                               "adenocarcinoma gastrico", "adenocarcinoma de estomago",
                               "adenocarcinoma del estomago"),
    "endometrial adenocarcinoma": ("adenocarcinoma of the endometrium",
                                   "adenocarcinoma endometrial", "adenocarcinoma de endometrio",
                                   "adenocarcinoma del endometrio"),
    # NHS "Vitamin B12 or folate deficiency anaemia" (B12 injections); NHS "Heart surgery"
    "vitamin b12": ("b12", "vit b12", "vitamin b 12", "cobalamin", "vitamina b12"),
    "cardiac surgery": ("heart surgery", "heart operation", "cirugia cardiaca",
                        "operacion de corazon", "operacion del corazon"),
    # MedlinePlus "Tinea infections" (ringworm): of the body, scalp, groin and feet
    # NHS "Oedema" (swelling from fluid building up: fluid retention); MedlinePlus en
    # espanol "Edema" (retencion de liquidos)
    "edema": ("fluid retention", "water retention", "retencion de liquidos",
              "retencion de agua"),
    # (sixteenth session) NHS "Oedema": swelling of the legs, ankles and feet, the peripheral
    # kind of it, the ankles the most often (KINDS)
    "peripheral edema": ("edema periferico", "swollen legs", "leg swelling",
                         "swelling of the legs", "swollen legs and ankles", "piernas hinchadas"),
    "ankle edema": ("swollen ankles", "ankle swelling", "swelling of the ankles",
                    "swelling in the ankles", "swollen feet and ankles", "puffy ankles",
                    "tobillos hinchados", "hinchazon de tobillos", "edema de tobillos",
                    "edema maleolar"),
    # MedlinePlus "Pinched nerve" (nerve compression: a root in the spine, radiculopathy, or a
    # nerve in the wrist, carpal tunnel syndrome)
    "nerve compression": ("trapped nerve", "pinched nerve", "nerve entrapment",
                          "nervio pinzado", "nervio atrapado", "compresion nerviosa",
                          "compresion de un nervio"),
    "radiculopathy": ("radiculopatia",),
    # a nerve trapped at the wrist: the median nerve in carpal tunnel syndrome, the ulnar in
    # Guyon's canal (NHS "Carpal tunnel syndrome": pressure on a nerve in the wrist)
    "wrist nerve compression": ("trapped nerve in the wrist", "trapped nerve in wrist",
                                "pinched nerve in the wrist", "pinched nerve in wrist",
                                "nerve trapped in the wrist", "trapped nerve at the wrist",
                                "nervio atrapado en la muneca", "nervio pinzado en la muneca"),
    # the sigmoid colon, where colon cancer is commonest: a colon adenocarcinoma by its part
    "sigmoid colon adenocarcinoma": ("adenocarcinoma of the sigmoid colon",
                                     "adenocarcinoma of sigmoid colon", "sigmoid adenocarcinoma",
                                     "adenocarcinoma of the sigmoid", "adenocarcinoma de sigma",
                                     "adenocarcinoma del sigma", "adenocarcinoma de colon sigmoide",
                                     "adenocarcinoma del colon sigmoide"),
    "tinea": ("ringworm", "tinea infection", "tinea infections", "ringworm infection",
              "dermatophytosis", "dermatofitosis"),
    # NHS "Osteoporosis" (bones thinning and weakening) and its bone density scan, where a
    # density lower than normal but not yet osteoporosis is osteopenia: "thinning bones" is
    # either, each a kind of it
    # NHS "Obesity": a BMI of 40 or above is severe obesity, "morbid" in older notes and class
    # III in the WHO's grades
    "severe obesity": ("morbid obesity", "class 3 obesity", "class iii obesity",
                       "obesity class 3", "obesity class iii", "obesidad morbida",
                       "obesidad severa", "obesidad grado 3", "obesidad grado iii"),
    "bone loss": ("thinning bones", "thin bones", "bone thinning", "thinning of the bones",
                  "low bone density", "perdida de masa osea", "perdida osea",
                  "huesos debilitados"),
    "osteopenia": ("osteopenia",),
}
_add_names(_EVERYDAY_NAMES)

# Names of follow-up, tests and operations as families and letters write them, from the
# follow-up and procedures pairs first run as held-out sets (4 December, evening), each a
# naming fact: NHS "Hysterectomy" (removal of the womb), "Vasectomy" ("the snip"), "Hip
# replacement" ("a new hip"), "Echocardiogram" (an ultrasound scan of the heart), "Liver
# function tests" (LFTs), "Gastroscopy" (endoscopia digestiva alta in Spain). Left out: "bypass"
# alone (a gastric bypass too), "stent" alone (a ureteric stent too), "revision" (Spanish for a
# check-up, English for an operation done again).
_FOLLOW_UP_AND_PROCEDURE_NAMES: dict[str, tuple[str, ...]] = {
    "hysterectomy": ("womb removed", "remove the womb", "womb taken out", "take the womb out",
                     "quitar la matriz", "quitar el utero", "extirpar la matriz",
                     "extirpar el utero", "extirpacion del utero"),
    "vasectomy": ("the snip",),
    "hip arthroplasty": ("new hip", "a new hip"),
    "knee arthroplasty": ("new knee", "a new knee"),
    "total hip arthroplasty": ("total hip replacement", "protesis total de cadera",
                               "artroplastia total de cadera", "thr", "tha"),
    "echocardiogram": ("heart ultrasound", "ultrasound of the heart",
                       "ultrasound scan of the heart", "ecografia del corazon",
                       "ecografia cardiaca"),
    "liver function tests": ("lft", "lfts", "liver tests", "liver bloods", "pruebas hepaticas",
                             "perfil hepatico", "pruebas de funcion hepatica"),
    # the UK's kidney bloods and thyroid bloods, by their letters ("FBC, U&E, TFT")
    "urea and electrolytes": ("u and e", "u and es", "urea and electrolyte"),
    "thyroid function tests": ("tft", "tfts", "thyroid tests", "thyroid bloods",
                               "thyroid function test", "pruebas tiroideas",
                               "perfil tiroideo", "pruebas de funcion tiroidea"),
    "esophagogastroduodenoscopy": ("endoscopia alta", "endoscopia digestiva alta"),
    "radiation therapy": ("tratamiento con radiacion", "tratamiento de radiacion",
                          "tratamiento con radioterapia"),
    "ophthalmology": ("eye doctor", "eye doctors", "eye specialist", "eye specialists",
                      "eye clinic", "eye department", "oculista"),
    "urgent": ("urgente", "urgently", "urgentemente"),
    # done again: "heart ultrasound again in a year" = "repeat echo in 12 months" (not
    # "another", which may be another medicine or another scan)
    "repeat": ("repetir", "repeated", "again", "de nuevo", "otra vez"),
    # NHS "GP" (general practitioner), the family doctor; Spanish "médico de cabecera",
    # "médico de familia"
    "general practitioner": ("gp", "family doctor", "family physician", "medico de cabecera",
                             "medico de familia", "own doctor"),
    # "if it gets worse" = "if symptoms worsen" = "si empeora"
    "worse": ("gets worse", "get worse", "getting worse", "worsen", "worsens", "worsening",
              "empeora", "empeoran", "empeoramiento"),
    # tests by their Spanish names (MedlinePlus en español: "Biopsia de piel", "Análisis de
    # sangre"), and the CT of the lungs' arteries as a letter shortens it
    # a biopsy's tissue read under the microscope is its histology: families cite "Biopsy"
    # where a report is headed "Histology" (NHS "Biopsy": the sample is examined in a laboratory)
    "biopsy": ("biopsia", "histology", "histopathology", "histologia", "histopatologia"),
    "skin biopsy": ("biopsia de piel", "biopsia cutanea"),
    "blood test": ("blood tests", "analisis de sangre", "analitica", "analitica de sangre",
                   "examen de sangre", "bloods"),
    "ct pulmonary angiogram": ("ctpa", "ct pulmonary angiography", "angio tc pulmonar",
                               "angiotac pulmonar", "angio tac pulmonar"),
    # "come back" = "return" = "volver" (to the clinic)
    # the operation that takes an organ out, as families name it by the organ ("appendix
    # surgery", "gallbladder op", "cirugía de vesícula"); not a knee or a hip, whose
    # operations are of many kinds
    "appendectomy": ("appendix surgery", "appendix operation", "appendix op",
                     "operacion de apendice", "operar el apendice", "cirugia de apendice"),
    "cholecystectomy": ("gallbladder surgery", "gallbladder operation", "gallbladder op",
                        "cirugia de vesicula", "operacion de vesicula", "operar la vesicula"),
    # NHS "Back pain" (back surgery, an operation on the spine)
    "spinal surgery": ("spine surgery", "back surgery", "cirugia de columna",
                       "cirugia de espalda", "operacion de espalda", "operacion de columna"),
    "hernia repair": ("hernia surgery", "hernia operation", "hernia op", "operar la hernia",
                      "operacion de hernia", "cirugia de hernia"),
    # "knee op", "an op": an operation; "abx" in a note: antibiotics
    "surgery": ("op", "ops", "operar"),
    "antibiotic": ("abx",),
    # NHS "A and E" (the emergency department); "ER" as American notes write it
    "emergency department": ("emergency room", "emergency dept", "a and e", "urgencias",
                             "casualty", "the er"),
    # (not "back to clinic": a review in the clinic, read with the next steps)
    "return": ("come back", "comes back", "volver", "vuelva", "vuelve", "regresar",
               "volver a consulta", "vuelva a consulta", "acudir de nuevo",
               # the doctor's "see you in 6 weeks" is the patient's coming back then
               "see you", "see you back", "see him back", "see them back",
               "back to see me", "back to see us"),
    # a review by telephone, however a family notes it
    "telephone review": ("phone review", "phone call", "telephone call", "phone appointment",
                         "telephone appointment", "phone consultation",
                         "telephone consultation", "phone clinic", "telephone clinic",
                         "consulta telefonica", "llamada telefonica", "revision telefonica"),
    # a letter's "post-op" (after the operation)
    "after surgery": ("post op", "postop", "post operative", "postoperative", "postoperatively",
                      "after the operation", "despues de la cirugia", "tras la cirugia",
                      "despues de la operacion"),
    # ... and "post chemo", after the chemotherapy
    "after chemotherapy": ("post chemotherapy",),
}
_add_names(_FOLLOW_UP_AND_PROCEDURE_NAMES)

# Limits after an operation or an illness, as the lifestyle pairs first run as a held-out set
# (5 December) write them: the activity as a verb or its "-ing" ("don't drive" = "no
# driving"), in Spanish ("manejar", "conducir"), or in everyday words ("get on a plane").
# The English-Spanish held-out pairs (5 December): words a Spanish note uses for an English
# one's ("embarazo de 12 semanas" = "12 weeks pregnant", "hacer ejercicio" = "exercise"). Not
# "cabeza" for "head": "head" as a name of the table splits "Head and neck cancer" as a list.
_add_names({
    "pregnancy": ("pregnant", "embarazo", "embarazada", "gestacion"),
    "exercise": ("hacer ejercicio", "ejercicio", "ejercicios", "exercising",
                 # what guidelines call it ("increase physical activity" = "exercise more")
                 "physical activity", "actividad fisica"),
    # "walking 30 min daily" = "walk 30 minutes a day" (Spanish "caminar" left: "andar" is also
    # to ride, "andar en bici")
    "walk": ("walking", "go for a walk", "go walking", "walks", "go for walks"),
    "abdominal ultrasound": ("ultrasound of abdomen", "ultrasound of the abdomen",
                             "ultrasonido del abdomen", "ultrasonido abdominal",
                             "ecografia abdominal", "ecografia del abdomen", "abdominal us",
                             "us abdomen", "abdominal sonogram"),
})

# Children's medicines as parents name them (the children's doses held-out pairs, 5 December):
# Calpol and Apiretal are paracetamol for children (UK, Spain), Nurofen for Children, Dalsy and
# Children's Motrin ibuprofen; a spacer ("cámara espaciadora") is one however named.
_add_names({
    "acetaminophen": ("calpol infant", "infant calpol", "calpol six plus", "calpol 6 plus",
                      "calpol 6", "apiretal",
                      "childrens tylenol", "infant tylenol", "tylenol infant"),
    "ibuprofen": ("nurofen for children", "childrens nurofen", "childrens motrin",
                  "infant motrin", "childrens advil"),
    "spacer": ("camara", "camara espaciadora", "aerochamber", "volumatic", "spacer device"),
})

# Cancer treatments as the cancer plans' held-out pairs (5 December) name them, each a
# naming fact: Keytruda (pembrolizumab), Opdivo (nivolumab), Perjeta (pertuzumab), Phesgo
# (pertuzumab and trastuzumab, one injection), Taxol (paclitaxel), Zoladex (goserelin), XELOX
# (CAPOX, capecitabine and oxaliplatin), the Whipple operation (pancreaticoduodenectomy).
_add_names({
    "pembrolizumab": ("keytruda",),
    "nivolumab": ("opdivo",),
    "pertuzumab": ("perjeta",),
    "trastuzumab pertuzumab": ("phesgo", "pertuzumab trastuzumab"),
    "paclitaxel": ("taxol",),
    "goserelin": ("zoladex",),
    "capox": ("xelox", "capeox"),
    # regimens by their own names, for the table to know them as medicines
    "folfox": (), "folfiri": (), "folfirinox": (), "chop": (), "r chop": (),
    "bevacizumab": ("avastin",),
    "cetuximab": ("erbitux",),
    "panitumumab": ("vectibix",),
    "rituximab": ("mabthera", "rituxan"),
    "capecitabine": ("xeloda", "capecitabina"),
    # ("carbo" as oncology notes shorten it: "carbo-taxol", "carbo/taxol")
    "carboplatin": ("carboplatino", "carbo"), "cisplatin": ("cisplatino",),
    "oxaliplatin": ("oxaliplatino",), "doxorubicin": ("doxorrubicina",),
    "cyclophosphamide": ("ciclofosfamida",), "gemcitabine": ("gemcitabina",),
    "fluorouracil": ("5 fu", "5fu", "fluorouracilo"),
    "pancreaticoduodenectomy": ("whipple", "whipple procedure", "whipple operation",
                                "whipples", "duodenopancreatectomia cefalica"),
})

# The held-out rounds of 5 December (chemotherapy, skin creams), each a naming fact of the BNF
# or NHS medicines A-Z: trastuzumab emtansine (Kadcyla, T-DM1) and trastuzumab deruxtecan
# (Enhertu, T-DXd) are medicines of their own beside trastuzumab; the skin's brands Canesten
# (clotrimazole), Canesten HC (with hydrocortisone), Daktarin (miconazole), Daktacort (with
# hydrocortisone), Fucidin (fusidic acid), Fucidin H (with hydrocortisone), Fucibet (with
# betamethasone), Lotriderm (clotrimazole with betamethasone), Lamisil (terbinafine), Nizoral
# (ketoconazole), Betnovate (betamethasone valerate), Eumovate (clobetasone butyrate), Locoid
# (hydrocortisone butyrate, a potent steroid, not hydrocortisone); emollients are moisturisers.
_add_names({
    "trastuzumab emtansine": ("kadcyla", "t dm1", "tdm1", "ado trastuzumab emtansine"),
    "trastuzumab deruxtecan": ("enhertu", "t dxd", "tdxd", "fam trastuzumab deruxtecan"),
    "clotrimazole": ("canesten", "clotrimazol"),
    "clotrimazole hydrocortisone": ("canesten hc", "canesten hydrocortisone",
                                    "hydrocortisone clotrimazole"),
    "clotrimazole betamethasone": ("lotriderm", "lotrisone", "betamethasone clotrimazole"),
    "miconazole": ("daktarin", "miconazol"),
    "miconazole hydrocortisone": ("daktacort", "hydrocortisone miconazole"),
    "fusidic acid": ("fucidin", "acido fusidico"),
    # the antibiotic of eye drops and eye ointment (BNF "chloramphenicol"), in Spanish too
    "chloramphenicol": ("cloranfenicol",),
    "fusidic acid hydrocortisone": ("fucidin h", "fucidin hc", "hydrocortisone fusidic acid"),
    "fusidic acid betamethasone": ("fucibet", "betamethasone fusidic acid"),
    "terbinafine": ("lamisil", "terbinafina"),
    "ketoconazole": ("nizoral", "ketoconazol"),
    "betamethasone valerate": ("betnovate", "valerato de betametasona"),
    "clobetasone butyrate": ("eumovate", "clobetasone"),
    "hydrocortisone butyrate": ("locoid", "butirato de hidrocortisona"),
    # weight bearing after a fracture or an operation, as the fracture clinic writes it
    "weight bearing as tolerated": ("wbat", "weightbear as tolerated"),
    "full weight bearing": ("fwb", "fully weight bearing", "fully weightbearing"),
    "partial weight bearing": ("pwb", "partially weight bearing"),
    "non weight bearing": ("nonweight bearing", "no weight bearing", "not weight bearing"),
    "toe touch weight bearing": ("ttwb", "touch weight bearing", "twb",
                                 "toe touch weightbearing"),
    # a target however a letter or a family says it ("aim for", "goal", "objetivo"); the
    # oxygen in the blood by its short names
    "target": ("goal", "aim", "aim for", "aiming", "aiming for", "target range", "objetivo",
               "meta"),
    "oxygen saturation": ("sats", "spo2", "o2 sats", "oxygen sats", "saturations",
                          "saturacion de oxigeno", "saturacion"),
    # safety-netting in everyday words, as families type it ("come bak if")
    "return": ("come bak", "came back"),
    # a catheter's bag is not the catheter ("change the catheter" against "change the bag")
    "drainage bag": ("catheter bag", "cath bag", "catheter drainage bag", "urine drainage bag",
                     "bolsa de sonda", "bolsa colectora"),
    # a PET-CT is a PET scan (today's PET scanners are PET-CT), not a CT made more exact
    "positron emission tomography": ("pet ct", "pet ct scan", "pet tac", "pet tc"),
    # clavulanic acid, which co-amoxiclav adds to amoxicillin
    "clavulanic acid": ("clavulanic", "clavulanate", "acido clavulanico", "clavulanico"),
    # a CT of the vessels (CTA) is a scan of its own, one word, so that "CT head" is not read
    # as a broader "CT angiogram head and neck"
    "ctangiography": ("cta", "ct angio", "ct angiogram", "ct angiography", "ct angiograms",
                      "computed tomography angiography", "computed tomography angiogram",
                      "angio ct", "angio tc", "angiotac", "angio tac"),
    # the supplements' held-out set: names as letters and families shorten them (NHS
    # "Vitamin B12 or folate deficiency anaemia": B12 is cobalamin; MedlinePlus
    # "Hypocalcemia", "Hypomagnesemia": low calcium, low magnesium in the blood)
    "vitamin d": ("vit d",),
    "cholecalciferol": ("vit d3",),
    "vitamin b12 deficiency": ("b12 deficiency", "cobalamin deficiency", "low b12",
                               "vit b12 deficiency", "deficiencia de vitamina b12"),
    "magnesium oxide": ("mag oxide", "mag ox", "oxido de magnesio"),
    "hypocalcemia": ("low calcium", "low blood calcium", "low calcium in the blood",
                     "low calcium level", "hipocalcemia"),
    "hypomagnesemia": ("low magnesium", "low blood magnesium", "low magnesium in the blood",
                       "low magnesium level", "low magnesium level in the blood",
                       "hipomagnesemia"),
    # an emollient "as a soap substitute" is one used instead of soap
    "instead of soap": ("as a soap substitute", "soap substitute", "in place of soap",
                        "en lugar de jabon", "en vez de jabon", "como sustituto del jabon"),
    "emollient": ("emollients", "moisturiser", "moisturisers", "moisturizer", "moisturizers",
                  "emoliente", "emolientes", "crema hidratante"),
    "antifungal": ("antifungals", "anti fungal", "antifungico", "antifungicos"),
})

# The spine and joints held-out pairs (5 December): ESI (epidural steroid injection) and
# "infiltración epidural" as Spanish notes say it; WAD, whiplash-associated disorder; NHS
# "Spinal stenosis": a narrowing of the spinal canal.
_add_names({
    "epidural corticosteroid injection": ("esi", "infiltracion epidural",
                                          "infiltracion epidural de corticoides",
                                          "inyeccion epidural de corticoides"),
    "whiplash": ("wad", "whiplash associated disorder"),
    "spinal stenosis": ("narrowing of the spinal canal", "narrowed spinal canal",
                        "narrow spinal canal"),
})

# Insulins and heart medicines by the short names notes give them (the insulin and heart
# held-out pairs, 5 December): an insulin by its own word alone ("glargine 18 U"), NPH by its
# brands (Insulatard, Humulin I: isophane insulin), NovoMix 30 (biphasic insulin aspart 30),
# GTN (glyceryl trinitrate, nitroglycerin). Toujeo is glargine at three times Lantus's strength,
# not changed for it unit for unit: units.product_strength tells the two products apart.
_add_names({
    "insulin glargine": ("glargine", "toujeo"),
    "insulin aspart": ("aspart",),
    "insulin lispro": ("lispro",),
    "insulin degludec": ("degludec",),
    "insulin detemir": ("detemir",),
    "nph insulin": ("nph", "insulatard", "humulin i", "isophane insulin", "insulina nph",
                    "insulin isophane"),
    "biphasic insulin aspart 30": ("novomix 30", "novomix"),
    # human insulin mixed ready, 30 % soluble and 70 % isophane, under its two UK brands
    "biphasic isophane insulin": ("mixtard 30", "humulin m3"),
    "nitroglycerin": ("gtn",),
})

# Mental health's held-out pairs (5 December): short forms and names as notes write them.
# NHS "Generalised anxiety disorder in adults" (GAD); NHS "EMDR" (eye movement desensitisation
# and reprocessing); NHS "community mental health team" (CMHT); sertraline's UK brand Lustral;
# OCPD, the personality disorder (not OCD: diagnosis_match.DIFFERENT_DISEASE).
_add_names({
    "generalized anxiety disorder": ("gad", "trastorno de ansiedad generalizada",
                                     "ansiedad generalizada"),
    # (its short form the key: the long name's "and" would read as a list of two)
    "emdr": ("emdr therapy", "eye movement desensitization and reprocessing",
             "eye movement desensitisation and reprocessing",
             "eye movement desensitisation and reprocessing therapy",
             "eye movement desensitization and reprocessing therapy"),
    "community mental health team": ("cmht", "equipo de salud mental comunitario"),
    "sertraline": ("lustral",),
    "obsessive compulsive personality disorder": ("ocpd",),
})

# A cause's held-out pairs (5 December): an organ's disease as Spanish and families name it
# ("enfermedad renal", "liver damage"); the chronic and the end-stage kinds keep their names.
_add_names({
    "kidney disease": ("enfermedad renal", "enfermedad del rinon", "enfermedad de los rinones",
                       "renal disease",
                       # (fifteenth session) NHS "Chronic kidney disease": the kidneys not
                       # working as well as they should, in a family's words; made more exact
                       # by the doctor's "CKD stage 3"
                       "kidneys not working well", "kidneys not working properly",
                       "kidney not working properly", "weak kidneys", "kidney problems",
                       "kidney trouble", "poor kidney function", "reduced kidney function",
                       "problemas de rinon", "problemas renales", "rinones debiles"),
    "liver disease": ("liver damage", "damaged liver", "enfermedad hepatica",
                      "enfermedad del higado", "dano hepatico", "dano en el higado"),
})

# More names from the box (6 December), each the one medicine in its usual form (BNF and NHS
# medicines pages): alcohol and opioid dependence (Librium, Campral, Antabuse, ReVia and
# Adepend), acne (Tetralysal, Differin), biologic injections (Dupixent, Xolair, Stelara), ADHD
# (Strattera); thiamine is vitamin B1, Lactaid a lactase. Not brands of another form or
# release (Neoral, Priadel, Mirena, Depo-Provera, Nexplanon, Metoject, Solu-Cortef, Circadin,
# Deltacortril): each is more than the medicine's name.
_add_names({
    "chlordiazepoxide": ("librium", "clordiazepoxido"),
    "acamprosate": ("campral", "acamprosato"),
    "disulfiram": ("antabuse",),
    "naltrexone": ("revia", "adepend", "naltrexona"),
    "lymecycline": ("tetralysal", "limeciclina"),
    "adapalene": ("differin", "adapaleno"),
    "dupilumab": ("dupixent",),
    "omalizumab": ("xolair",),
    "ustekinumab": ("stelara",),
    "atomoxetine": ("strattera", "atomoxetina"),
    "thiamine": ("vitamin b1", "vit b1", "tiamina", "vitamina b1"),
    "lactase": ("lactaid", "lactasa"),
})

# Waiting while watching, as the wait-or-treat pairs first run as a held-out set (5 December)
# write it: "keep an eye on it", "observe", "vigilar" are to monitor; "w/w" is watchful waiting
# (diagnosis_match._said_plainly). "Active surveillance" keeps its own name.
_add_names({
    "monitor": ("monitoring", "keep an eye on", "keep an eye on it", "keep an eye on them",
                "watch", "watch it", "keep watching", "observe", "observation", "vigilar",
                "monitorizar", "observar", "observacion", "vigilarlo", "vigilarla",
                "controlar"),
    # not "no symptoms" nor "sin síntomas": their "no" may deny what follows ("no symptoms of
    # stroke" is no stroke)
    "asymptomatic": ("symptom free", "symptomless", "asintomatico", "asintomatica"),
    "treatment": ("tratamiento", "tratar"),
})

_add_names({
    "drive": ("driving", "manejar", "conducir"),
    "lift": ("lifting", "levantar", "levantar peso", "levantar pesos"),
    "swim": ("swimming", "nadar", "natacion"),
    "fly": ("flying", "get on a plane", "take a flight", "take a plane", "air travel", "volar",
            "viajar en avion", "coger un avion", "tomar un avion"),
    "sexual intercourse": ("sex", "intercourse", "relaciones sexuales"),
    "return to work": ("back to work", "go back to work", "volver al trabajo",
                       "vuelta al trabajo", "reincorporarse al trabajo"),
})

# The everyday names of the medicine classes added with session 15's lay medicine words
# (MEDICINE_CLASSES), English and Spanish; NHS "Steroids": corticosteroids, called steroids.
_add_names({
    "diabetes tablet": ("diabetes tablets", "diabetes pill", "diabetes pills",
                        "tablets for diabetes", "pills for diabetes", "oral antidiabetic",
                        "oral antidiabetics", "oral hypoglycemic", "oral hypoglycemics",
                        "pastillas para la diabetes", "pastilla para la diabetes",
                        "antidiabetico oral", "antidiabeticos orales", "sugar tablets",
                        "tablets for sugar", "tablets for the sugar", "tablets for his sugar",
                        "tablets for her sugar", "pastillas para el azucar",
                        "pastillas del azucar"),
    "medicine for diabetes": ("diabetes medicine", "diabetes medicines", "diabetes medication",
                              "diabetes medications", "diabetes meds", "antidiabetic",
                              "antidiabetics", "medicines for diabetes",
                              "medicamento para la diabetes", "medicamentos para la diabetes",
                              "medicacion para la diabetes", "antidiabetico", "antidiabeticos"),
    "thyroid medicine": ("thyroid medicines", "thyroid medication", "thyroid meds",
                         "thyroid tablet", "thyroid tablets", "thyroid pill", "thyroid pills",
                         "pastillas para el tiroides", "pastillas para la tiroides",
                         "pastilla para el tiroides", "pastilla para la tiroides",
                         "pastillas del tiroides", "pastillas de la tiroides",
                         "medicacion para el tiroides", "medicacion para la tiroides"),
    "neuropathic pain medicine": ("neuropathic pain medicines", "neuropathic pain medication",
                                  "nerve pain tablets", "nerve pain pills",
                                  "nerve pain medicine", "nerve pain medicines",
                                  "nerve pain medication", "nerve pain meds",
                                  "tablets for nerve pain", "medicine for nerve pain",
                                  "pastillas para el dolor neuropatico",
                                  "medicacion para el dolor neuropatico",
                                  "pastillas para el dolor de nervios"),
    "heartburn medicine": ("heartburn medicines", "heartburn medication", "heartburn tablets",
                           "heartburn tablet", "heartburn pills", "heartburn pill",
                           "indigestion tablets", "indigestion medicine", "reflux tablets",
                           "reflux medicine", "acid reflux tablets", "acid reflux medicine",
                           "pastillas para el ardor", "pastillas para la acidez",
                           "pastilla para la acidez", "medicacion para la acidez",
                           "pastillas para el reflujo"),
    "sleeping pill": ("sleeping pills", "sleeping tablet", "sleeping tablets",
                      "sleep medication", "sleep medicine", "sleeping medication",
                      "sleeping medicine", "hypnotic", "hypnotics", "pastillas para dormir",
                      "pastilla para dormir", "somnifero", "somniferos", "hipnotico",
                      "hipnoticos"),
    "inhaled corticosteroid": ("inhaled corticosteroids", "inhaled steroid", "inhaled steroids",
                               "steroid inhaler", "steroid inhalers", "preventer inhaler",
                               "preventer inhalers", "brown inhaler", "inhalador marron",
                               "corticoide inhalado",
                               "corticoides inhalados", "inhalador de corticoides",
                               "inhalador con corticoides"),
    "short acting beta agonist": ("short acting beta agonists", "reliever inhaler",
                                  "reliever inhalers", "blue inhaler", "rescue inhaler",
                                  "inhalador de rescate", "inhalador azul"),
    # what a family calls a medicine by its form (NHS "Asthma": inhalers; NHS "Glaucoma":
    # eye drops); each refined by a medicine of that form, as a kind is by one of its members
    "inhaler": ("inhalers", "puffer", "puffers", "inhalador", "inhaladores"),
    "eye drops": ("eye drop", "eyedrops", "gotas para los ojos", "gotas en los ojos",
                  "gotas oculares", "colirio", "colirios"),
    "glaucoma eye drops": ("glaucoma drops", "glaucoma eye drop", "drops for glaucoma",
                           "eye drops for glaucoma", "gotas para el glaucoma",
                           "colirio para el glaucoma"),
    "corticosteroid": ("steroid", "steroids", "esteroide", "esteroides"),
    "betamethasone": ("betametasona",), "mometasone": ("mometasona",),
    "topical corticosteroid": ("topical corticosteroids", "topical steroid", "topical steroids",
                               "steroid cream", "steroid creams", "steroid ointment",
                               "steroid ointments", "corticoide topico", "corticoides topicos",
                               "crema de corticoides", "pomada de corticoides"),
    # tests in a family's words (session 15's held-out set of cited tests): NHS "Holter
    # monitor" (a 24-hour heart monitor), NHS "HbA1c" (the three-month blood sugar test), NHS
    # "Gastroscopy" (a camera down the throat), NHS "Electroencephalogram" (a brain wave test),
    # and the Spanish "urocultivo" for a urine culture
    "ambulatory electrocardiogram": ("24 hour heart monitor", "24 hour heart tape",
                                     "holter de 24 horas", "heart monitor", "heart rhythm monitor",
                                     "heart tape", "24 hour tape", "24 hour ecg tape"),
    "hemoglobin a1c": ("three month sugar test", "3 month sugar test",
                       "three month blood sugar test", "3 month blood sugar test"),
    "esophagogastroduodenoscopy": ("camera down the throat", "camera test down the throat"),
    "electroencephalogram": ("eeg", "brain wave test", "brainwave test", "electroencefalograma"),
    "urine culture": ("urocultivo", "cultivo de orina"),
    # a urine test by its dipstick (NHS "Urine tests"; the Spanish "tira reactiva de orina",
    # "sistemático de orina"), so that "Wee test" and "Urinalysis" are one cited test
    "urinalysis": ("urine dipstick", "dipstick urinalysis", "urine dip", "urine dipstick test",
                   "tira reactiva de orina", "tira de orina", "sistematico de orina"),
    # what to do with a treatment in a family's words (session 15's held-out plan actions):
    # coming off it is stopping it, carrying on with it continuing it, cutting it down or
    # lowering its dose decreasing it, upping it increasing it
    "stop": ("stop taking", "come off", "coming off"),
    "continue": ("carry on with", "keep on with"),
    "reduce": ("cut down", "cut down on", "cut back", "cut back on"),
    "nicotine": ("nicotina",),
    "decrease dose": ("lower the dose of", "lower the dose", "bajar la dosis de",
                      "bajar la dosis"),
    "increase dose": ("up the dose of", "up the dose", "subir la dosis de", "subir la dosis"),
    # in Spain a "protector de estómago" (gastric protector) is mostly omeprazole or another
    # proton pump inhibitor (AEMPS leaflets: "protector gástrico")
    "proton pump inhibitor": ("protector de estomago", "protector del estomago",
                              "protector gastrico"),
})

# Four held-out sets first run on 5 December (pregnancy, kidneys, breathing, eyes and skin),
# written without sight of the tables: names their pairs used that the tables lacked.
_add_names({
    # MedlinePlus "High potassium level" (hyperkalemia) / en espanol "Nivel alto de potasio"
    "hyperkalemia": ("high potassium", "high potassium level", "high blood potassium",
                     "raised potassium", "hiperpotasemia", "hiperkalemia", "potasio alto"),
    # hydronephrosis as families say it (as "water on the lung" above)
    "hydronephrosis": ("water on the kidney", "water on the kidneys"),
    # NHS "Kidney failure": end-stage renal failure
    "end stage renal disease": ("end stage kidney failure", "end stage renal failure"),
    # NHS "Severe vomiting in pregnancy (hyperemesis gravidarum)"
    "hyperemesis gravidarum": ("severe pregnancy sickness", "severe sickness in pregnancy",
                               "severe vomiting in pregnancy", "severe morning sickness"),
    # NHS "Breech baby at the end of pregnancy" (bottom or feet first); ICD-10-CM O32.1
    # "Maternal care for breech presentation"
    "breech presentation": ("breech baby", "breech position", "baby bottom first",
                            "presentacion de nalgas", "presentacion podalica"),
    # NHS "Waters breaking early" (before 37 weeks: PPROM)
    "preterm premature rupture of membranes": ("waters broke early", "waters breaking early",
                                               "waters broken early"),
    # NEI "Glaucoma": high eye pressure without glaucoma is ocular hypertension; ICD-10-CM
    # H40.05 "Ocular hypertension"
    "ocular hypertension": ("raised intraocular pressure", "raised iop",
                            "high intraocular pressure", "elevated intraocular pressure",
                            "elevated iop", "high eye pressure", "high pressure in the eye",
                            "high pressure in the eyes", "hipertension ocular"),
    # medicines: MedlinePlus drug information (US brands), NHS medicines A-Z (UK brands)
    "aflibercept": ("eylea",),
    "ranibizumab": ("lucentis",),
    "faricimab": ("vabysmo",),
    "latanoprost": ("xalatan",),
    "bimatoprost": ("lumigan",),
    "travoprost": ("travatan",),
    "brimonidine": ("alphagan", "brimonidina"),
    "clobetasol": ("dermovate", "clobex", "temovate", "clobetasol propionate"),
    "mometasone": ("elocon",),
    "progesterone": ("utrogestan", "cyclogest", "prometrium", "crinone", "progesterona"),
    # NHS "Rhesus disease" (anti-D immunoglobulin); MedlinePlus "Rho(D) immune globulin"
    "anti d immunoglobulin": ("anti d", "anti d injection", "rh immunoglobulin",
                              "rho d immune globulin", "rhogam", "rhophylac",
                              "inmunoglobulina anti d"),
    "oxygen": ("o2", "oxigeno"),
})

# Four more held-out sets first run that night (the brain and nerves, the gut and the liver,
# infections, older age): names their pairs used that the tables lacked.
_add_names({
    # ILAE 2017 seizure types (focal onset, once "partial"); MedlinePlus "Generalized
    # tonic-clonic seizure" (grand mal seizure)
    "focal seizure": ("focal seizures", "partial seizure", "partial seizures",
                      "focal onset seizure", "focal onset seizures", "crisis focal",
                      "crisis focales", "crisis parcial", "crisis parciales"),
    "generalized tonic clonic seizure": (
        "generalised tonic clonic seizure", "generalized tonic clonic seizures",
        "generalised tonic clonic seizures", "tonic clonic seizure", "tonic clonic seizures",
        "grand mal seizure", "grand mal seizures", "grand mal", "grand mal fit", "gtcs",
        "crisis tonico clonica generalizada", "crisis tonicoclonica generalizada"),
    # National MS Society "Relapsing-remitting MS" (RRMS)
    "relapsing remitting multiple sclerosis": (
        "rrms", "relapsing remitting ms", "ms relapsing remitting",
        "multiple sclerosis relapsing remitting", "esclerosis multiple remitente recurrente"),
    # MedlinePlus "Delirium" (acute confusional state) / en espanol "Delirio"
    "delirium": ("acute confusion", "acute confusional state", "sudden confusion",
                 "estado confusional agudo", "sindrome confusional agudo"),
    # NHS "Do not attempt cardiopulmonary resuscitation (DNACPR) decisions" (not its long names:
    # their "not" reads as denying what follows)
    "dnacpr": ("dnar", "dnr", "no intentar reanimacion cardiopulmonar"),
    # medicines: MedlinePlus drug information, NHS medicines A-Z, AEMPS CIMA
    "ursodeoxycholic acid": ("ursodiol", "actigall", "ursofalk", "acido ursodesoxicolico"),
    "rifaximin": ("xifaxan", "targaxan", "rifaximina"),
    "flucloxacillin": ("fluclox",),
    "doxycycline": ("doxy",),
})
# ... and the four after them (thyroid and hormones, blood, joints and immune conditions,
# general surgery):
_add_names({
    # MedlinePlus "Cholecystitis" (inflammation of the gallbladder) / en espanol "Colecistitis"
    "cholecystitis": ("gallbladder inflammation", "inflamed gallbladder",
                      "inflammation of the gallbladder", "colecistitis",
                      # (NHS "Acute cholecystitis": the inflamed gallbladder is often infected;
                      # a family notes it as the infection)
                      "gallbladder infection", "infected gallbladder",
                      "infection of the gallbladder"),
    # NHS "Appendicitis" (a swollen, inflamed appendix)
    "appendicitis": ("inflamed appendix", "inflammation of the appendix",
                     "apendice inflamado"),
    # NHS "Umbilical hernia repair": a hernia near the belly button
    "umbilical hernia": ("belly button hernia", "hernia at the belly button",
                         "hernia near the belly button", "hernia del ombligo"),
    # NHS "Sickle cell disease": carriers have sickle cell trait (HbAS); not the disease
    "sickle cell trait": ("hbas", "sickle cell carrier", "carrier of sickle cell",
                          "sickle cell trait carrier", "rasgo falciforme",
                          "rasgo drepanocitico"),
    # NHS "Thalassaemia": carriers of beta thalassaemia (trait, "minor"); ICD-10-CM D56.3
    # "Thalassemia minor"
    "beta thalassemia minor": ("beta thal minor", "beta thalassemia carrier"),
    # NHS "Iron deficiency anaemia" (IDA)
    "iron deficiency anemia": ("ida",),
    # medicines: MedlinePlus drug information, NHS medicines A-Z and the BNF, AEMPS CIMA
    "estradiol": ("oestradiol", "evorel", "estradot", "oestrogel", "estrogel", "sandrena",
                  "climara", "vivelle dot", "estrace", "vagifem"),
    "ferric carboxymaltose": ("ferinject", "injectafer", "carboximaltosa ferrica",
                              "hierro carboximaltosa"),
    "iron sucrose": ("venofer", "hierro sacarosa"),
    "hydroxocobalamin": ("neo cytamen", "cobalin h", "hidroxocobalamina"),
    "hydroxychloroquine": ("hcq",),
})
# ... and the last two of the night (heart failure and valves, children's everyday conditions):
_add_names({
    # NHS "Bedwetting in children" (wetting the bed at night)
    "nocturnal enuresis": ("wetting the bed", "wetting the bed at night", "wets the bed",
                           "mojar la cama"),
    # NHS "Children and young people's mental health services (CYPMHS)", once CAMHS
    "child and adolescent mental health services": ("camhs", "cypmhs"),
    # NHS "Mitral valve regurgitation": a leaking (leaky) mitral valve
    "mitral regurgitation": ("leaky mitral valve", "leaking mitral valve"),
    # NHS medicines A-Z "Phenoxymethylpenicillin" (penicillin V)
    "phenoxymethylpenicillin": ("penicillin v", "pen v", "fenoximetilpenicilina"),
    # ... and of pain and of ears, nose, throat and allergy: NHS medicines A-Z "Cetirizine"
    # (Zirtek); "Fentanyl" (Durogesic, a 72-hour patch only; not BuTrans, Transtec nor the
    # morphine brands, each of one kind of release or patch); NHS "Sensorineural hearing loss"
    # (nerve deafness); "Low back pain" as families write it
    "cetirizine": ("zirtek",),
    "fentanyl": ("durogesic",),
    "sensorineural hearing loss": ("nerve deafness", "nerve hearing loss"),
    "low back pain": ("lower back pain", "dolor lumbar", "pain in the lower back"),
    # ... and of screening: MedlinePlus Genetics "Lynch syndrome" (hereditary nonpolyposis
    # colorectal cancer, HNPCC)
    "lynch syndrome": ("hnpcc", "hereditary nonpolyposis colorectal cancer",
                       "hereditary non polyposis colorectal cancer", "sindrome de lynch"),
    # ... and of palliative care and sexual health: NHS "Gonorrhoea" (once "the clap"); NHS
    # "Premature ejaculation"; NHS "Varicocele" (swollen veins in the scrotum); NHS
    # "Prostatitis" (an inflamed prostate); NICE "Metastatic spinal cord compression" (MSCC);
    # terminal restlessness, as palliative care names terminal agitation; NHS medicines A-Z:
    # ellaOne (ulipristal), Levonelle (levonorgestrel), Nozinan (levomepromazine; Levinan in
    # Spain)
    "gonorrhea": ("the clap",),
    "premature ejaculation": ("eyaculacion precoz",),
    "varicocele": ("varicose veins in the scrotum", "varicose veins of the scrotum",
                   "swollen veins in the scrotum"),
    "prostatitis": ("inflamed prostate", "inflamed prostate gland",
                    "inflammation of the prostate", "prostata inflamada"),
    "malignant spinal cord compression": ("mscc", "metastatic spinal cord compression"),
    "terminal agitation": ("terminal restlessness",),
    "ulipristal": ("ellaone", "ulipristal acetate", "ulipristal acetato"),
    "levonorgestrel": ("levonelle",),
    "levomepromazine": ("nozinan", "levinan", "levomepromazina"),
    # NHS medicines A-Z "Macrogol" (Movicol, Laxido, CosmoCol)
    "polyethylene glycol": ("movicol", "laxido", "cosmocol"),
    # ... and of fractures and injuries: a fracture whose pieces have not moved (AAOS
    # OrthoInfo: "nondisplaced"; UK letters "undisplaced"); the neck of the femur as UK
    # orthopaedic notes shorten it (NOF); non weight bearing (NWB); stitches as sutures; skin
    # glue (tissue adhesive, Dermabond)
    "nondisplaced": ("undisplaced", "non displaced", "no desplazada", "no desplazado"),
    "neck of femur": ("nof",),
    "non weight bearing": ("nwb", "non weightbearing", "sin apoyo", "sin carga"),
    "sutures": ("stitches", "puntos de sutura"),
    "suture": ("stitch",),
    # ... and of the heart and blood pressure: a pressure raised only in the clinic (NICE
    # NG136: "white-coat effect", normal at home) is no kind of hypertension; its own name, so
    # that against "essential hypertension" it is another diagnosis, not a narrower one
    "white coat syndrome": ("white coat hypertension", "white coat effect",
                            "isolated clinic hypertension", "hipertension de bata blanca",
                            "efecto de bata blanca", "efecto bata blanca",
                            "sindrome de bata blanca"),
    # ... and of American and British notes: A&E is the emergency department (NHS); OB-GYN is
    # obstetrics and gynaecology; an intensive care unit is an ITU in British hospitals (and
    # "ITU" alone stays the Spanish urinary tract infection: only "admit to ITU" and the like)
    "emergency department": ("accident and emergency",),
    # the emergency number is the ambulance (UK 999, US 911, Spain and the EU 112): "ring 999
    # if chest pain" against "call an ambulance if chest pain" had read as two plans
    "call an ambulance": ("call 999", "call 911", "call 112", "dial 999", "dial 911",
                          "dial 112", "call for an ambulance", "llamar al 112",
                          "llamar a una ambulancia", "llame al 112", "llamar al 061"),
    "obstetrics and gynecology": ("ob gyn", "obgyn", "obs and gynae", "o and g",
                                  "obstetrics and gynaecology",
                                  "ginecologia y obstetricia", "obstetricia y ginecologia"),
    "intensive care unit": ("icu", "intensive therapy unit", "critical care unit", "uci",
                            "unidad de cuidados intensivos", "intensive care"),
    # ... and of women's health: NHS "Fibroids" (uterine leiomyomata), "Absent periods"
    # (amenorrhoea), "Heavy periods", "Pelvic floor exercises" (Kegel exercises), "Menopause"
    # (hot flushes, US hot flashes), "Transvaginal ultrasound" (an internal scan); NHS
    # medicines A-Z "Mefenamic acid" (Ponstan)
    "uterine fibroids": ("uterine leiomyomata", "leiomyomata", "fibroids in my womb"),
    "amenorrhea": ("no periods", "absent periods", "periods have stopped", "sin regla",
                   "falta de regla"),
    "menorrhagia": ("really heavy periods", "very heavy periods"),
    "periods": ("menses",),
    "cervical screening test": ("cervical screening",),
    "pelvic floor exercises": ("kegel exercises", "kegels", "pelvic floor muscle training",
                               "pelvic floor muscle exercises", "ejercicios de suelo pelvico",
                               "ejercicios de kegel"),
    "hot flushes": ("hot flashes", "hot flush", "hot flash", "sofocos", "bochornos"),
    "transvaginal ultrasound": ("internal scan", "internal ultrasound", "tvus",
                                "transvaginal scan", "ecografia transvaginal"),
    "mefenamic acid": ("ponstan", "acido mefenamico"),
    # ... and of the next held-out sets: before the operation as letters say it; the lumbar,
    # thoracic and cervical spine in Spanish (as "L-spine": diagnosis_match); SOBOE (shortness of
    # breath on exertion); the NHS two-week-wait referral (2WW); "derm" for dermatology; an
    # "appt"; sulfa drugs as sulfonamides (MedlinePlus); Renvela (sevelamer, NHS medicines A-Z)
    "before surgery": ("pre op", "preop", "pre operative", "preoperative", "preoperatively",
                       "before the operation", "antes de la cirugia", "prequirurgico",
                       "prequirurgica"),
    "lumbar spine": ("columna lumbar",),
    "thoracic spine": ("columna dorsal",),
    "cervical spine": ("columna cervical",),
    "shortness of breath on exertion": ("soboe", "sob on exertion", "breathless on exertion",
                                        "exertional dyspnea", "exertional dyspnoea",
                                        "disnea de esfuerzo"),
    "two week wait referral": ("2ww referral", "2ww", "two week wait", "2 week wait",
                               "2 week wait referral", "urgent suspected cancer referral"),
    "dermatology": ("derm", "derms"),
    "appointment": ("appt", "appts"),
    # the outpatient clinic as Spain names it ("cita en consulta", "consultas externas")
    "clinic": ("consulta", "consultas", "consultas externas"),
    "sulfonamide": ("sulfa", "sulpha", "sulphonamide", "sulfonamida", "sulfamidas"),
    "sevelamer": ("renvela", "renagel"),
    # a test for blood hidden in the stool (MedlinePlus "Fecal Occult Blood Test"): in Spanish
    # its words hold "análisis de sangre", a blood test, which had read as a kind of it (so
    # its name here has no "test": it is no kind of blood test)
    "fecal occult blood": ("fobt", "fecal occult blood test", "faecal occult blood test",
                           "stool occult blood test",
                                "sangre oculta en heces", "sangre oculta en las heces",
                                "analisis de sangre oculta en heces",
                                "prueba de sangre oculta en heces"),
    # a scan done without a contrast dye ("non-contrast CT head" = "CT head without contrast")
    # (one word, so that "without" before the scan's name does not deny the scan)
    "noncontrast": ("non contrast", "without contrast", "unenhanced", "sin contraste",
                    "without iv contrast", "no contrast"),
    "tissue adhesive": ("skin glue", "tissue glue", "skin adhesive", "dermabond", "histoacryl",
                        "pegamento cutaneo", "adhesivo tisular"),
    # ... and Spanish everyday words: "placa" is a chest X-ray as Latin American families say
    # it; "dieta hiposódica" is a diet low in salt
    "chest radiograph": ("placa del pecho", "placa de pecho", "una placa del pecho"),
    "salt restriction": ("dieta hiposodica", "comer con poca sal", "low sodium diet",
                         "poca sal"),
})
# a product of two under its own name (MedlinePlus "Nirmatrelvir and Ritonavir"), in a class of
# its own below
# the ones products of two are made of, each a name of its own (MedlinePlus: Norvir, Emtriva,
# Viread, Sovaldi), so that a product against one of its two reads as another medicine
_add_names({
    "nirmatrelvir": (), "ritonavir": ("norvir",), "emtricitabine": ("emtriva", "emtricitabina"),
    "tenofovir": ("viread",), "sofosbuvir": ("sovaldi",), "velpatasvir": (),
})
_PAXLOVID = {"nirmatrelvir ritonavir": ("nirmatrelvir and ritonavir", "ritonavir nirmatrelvir",
                                        "paxlovid", "nirmatrelvir y ritonavir")}
_COMBINATION_NAMES.update(_PAXLOVID)
_add_names(_PAXLOVID)
# A cancer and its neighbours as a family names them (sixteenth session): NCI "hematologic
# cancer" (cancer of the blood), NHS "Lipoma" (a fatty lump), NHS "Cervical screening: what
# your results mean" (abnormal, pre-cancerous cells: CIN), NHS "Bowel polyps" (in the colon
# or the rectum: a colon polyp is one kind), NHS "Lymph nodes" (lymph glands)
_add_names({
    "hematologic cancer": ("cancer of the blood", "cancers of the blood"),
    "lipoma": ("fatty lump", "fatty lumps", "lump of fat", "fat lump", "bulto de grasa"),
    "cervical dysplasia": ("pre cancer of the cervix", "precancer of the cervix",
                           "pre cancerous cells on the cervix", "precancerous cells on the cervix",
                           "pre cancerous changes in the cervix",
                           "precancerous changes in the cervix", "pre cancerous cervical cells",
                           "precancerous cervical cells"),
    "bowel polyps": ("bowel polyp", "polyp in the bowel", "polyps in the bowel",
                     "colorectal polyp", "colorectal polyps", "polipo en el intestino",
                     "polipos en el intestino"),
    "lymph nodes": ("lymph glands", "lymph gland", "lymph node", "ganglios linfaticos",
                    "ganglio linfatico"),
    # NHS "Referral for suspected cancer": an urgent, "fast-track" referral
    "two week wait referral": ("fast track referral", "fast tracked referral",
                               "urgent cancer referral", "fast track cancer referral"),
})
# Procedures a family describes (sixteenth session): NHS "Pleural effusion" (the fluid drained
# with a needle, a pleural tap, or a tube, a chest drain: each a drainage of it, KINDS), NHS
# "Joint aspiration" (fluid drained from a joint with a needle), NHS "Arthroscopy" (a camera
# put into a joint)
_add_names({
    "thoracentesis": ("pleural tap",),
    "pleural fluid drainage": ("drain the fluid from the lungs", "drain fluid from the lungs",
                               "fluid drained from the lungs", "drain the fluid from the lung",
                               "drain the fluid around the lung",
                               "drain the fluid around the lungs",
                               "drain the water on the lungs", "drenar el liquido del pulmon"),
    "joint aspiration": ("drain the fluid from the joint", "fluid drained from the joint",
                         "artrocentesis"),
    "knee aspiration": ("drain the fluid from the knee", "fluid drained from the knee",
                        "drain the knee", "knee drained", "artrocentesis de rodilla"),
    "arthroscopy": ("camera into the joint", "camera in the joint", "camera inside the joint"),
})
# Targeted cancer medicines and their brands (NCI "Targeted therapy to treat cancer"; NHS
# medicines A-Z), each a targeted therapy (MEDICINE_CLASSES), so that "targeted therapy" is
# refined by the one a letter names
_add_names({
    "osimertinib": ("tagrisso",), "erlotinib": ("tarceva",), "gefitinib": ("iressa",),
    "afatinib": ("giotrif", "gilotrif"), "alectinib": ("alecensa",),
    "imatinib": ("glivec", "gleevec"), "olaparib": ("lynparza",),
    "palbociclib": ("ibrance",), "ribociclib": ("kisqali",),
    "abemaciclib": ("verzenios", "verzenio"), "sunitinib": ("sutent",),
    "lenvatinib": ("lenvima",), "sorafenib": ("nexavar",),
    "dexamethasone": ("dexametasona",),
})
# Everyday plans in a family's words (sixteenth session): NHS "Stop smoking" ("fags" and
# "ciggies", British words for cigarettes), NHS "Vaping to quit smoking" (vapes are
# e-cigarettes), "keep active" and "stay active" as NHS "Exercise" says either
_add_names({
    "smoking cessation": ("abandono del habito tabaquico", "cese del habito tabaquico",
                          "abandono tabaquico", "cesacion tabaquica",
                          "dejar el habito tabaquico", "stop the fags", "give up the fags",
                          "quit the fags",
                          "pack in the fags", "stop the ciggies", "give up the ciggies",
                          "pack in smoking", "pack in the cigarettes"),
    "vaping cessation": ("stop e cigarettes", "stop the e cigarettes", "stop using e cigarettes",
                         "quit e cigarettes", "give up e cigarettes", "stop the vape",
                         "give up the vape", "dejar el cigarrillo electronico"),
    "vaping": ("e cigarettes", "e cigarette", "e cigs", "vapes", "using a vape",
               "cigarrillo electronico", "cigarrillos electronicos", "vapeo"),
    "stay active": ("keep active", "remain active", "keep moving", "mantenerse activo",
                    "mantenerse activa", "seguir activo", "seguir activa"),
    # a scan alone, the kind CT, MRI and ultrasound are of (KINDS): "Scan: all clear" is
    # cited beside "CT: no evidence of malignancy", not apart from it
    "scan": ("scans", "the scan", "a scan"),
    # an echo read in a family's words (BHF "Echocardiogram": how well the heart pumps):
    # "heart pumping well" against the letter's "normal LV function" (the heart not pumping
    # well is heart failure, above)
    "normal left ventricular function": (
        "normal lv function", "normal lv systolic function", "good lv function",
        "preserved lv function", "normal left ventricular systolic function",
        "good left ventricular function", "preserved left ventricular function",
        "heart pumping well", "heart pumping normally", "heart is pumping well",
        "heart is pumping normally", "pumping well", "pumping normally", "normal pumping",
        "good pumping", "pumping fine", "heart pumping fine", "funcion ventricular normal",
        "funcion ventricular izquierda normal", "el corazon bombea bien", "bombea bien"),
    # a gene test's reading (NCI dictionary "wild-type": the gene as usually found, with no
    # mutation): "EGFR: wild type" against "EGFR: mutated" is one doctor finding no mutation
    # where the other finds one
    # (said as a sign, which a reading of the other sign contradicts, never with a "no" that
    # would deny the cancer named after it: "EGFR mutation negative lung adenocarcinoma")
    "mutation negative": ("wild type", "wildtype", "wild type status", "no mutation detected",
                          "mutation not detected", "not mutated", "non mutated", "no mutation",
                          "sin mutacion", "no mutado", "no mutada", "tipo salvaje",
                          "mutacion negativa"),
    "mutation positive": ("mutation", "mutations", "mutated", "mutant", "mutation detected",
                          "mutation found", "mutado", "mutada", "mutacion", "mutaciones",
                          "mutacion detectada", "mutacion positiva"),
    # the Spanish fit note (parte de baja) and being signed off on it ("de baja")
    "fit note": ("parte de baja", "parte medico de baja"),
    "signed off work": ("de baja", "baja laboral", "baja medica", "de baja laboral",
                        "de baja medica"),
})
# Contraception and the treatments of an aneurysm as families name them (sixteenth session):
# NHS "Intrauterine system (IUS)" (the hormonal coil: Mirena, Kyleena, Jaydess), "IUD" (the
# copper coil), "Contraceptive injection" (Depo-Provera, Sayana Press: medroxyprogesterone),
# "Contraceptive implant" (Nexplanon: etonogestrel); NHS "Brain aneurysm - treatment":
# endovascular coiling (coils put into the aneurysm through an artery) and neurosurgical
# clipping
_add_names({
    "levonorgestrel intrauterine system": ("hormone coil", "hormonal iud", "hormone iud",
                                           "lng ius", "levonorgestrel coil", "mirena ius",
                                           "mirena iud", "mirena system"),
    "copper intrauterine device": ("non hormonal coil", "copper t"),
    # (not "coil" alone: an aneurysm's coils are coils too)
    "intrauterine device": ("the coil", "a coil", "contraceptive coil", "coil contraception",
                            "coil fitting", "el diu"),
    "medroxyprogesterone": ("depo provera", "sayana press", "medroxiprogesterona"),
    "contraceptive injection": ("contraceptive jab", "the contraceptive jab",
                                "contraceptive shot", "birth control shot",
                                "inyeccion anticonceptiva", "la inyeccion anticonceptiva"),
    "etonogestrel implant": ("contraceptive implant", "nexplanon", "implanon",
                             "implant in the arm", "implante anticonceptivo",
                             "implante subdermico"),
    "endovascular coiling": ("coiling", "coil embolisation", "coil embolization",
                             "endovascular coil embolisation", "endovascular coil embolization",
                             "aneurysm coiling", "coils", "embolizacion con coils",
                             "embolizacion endovascular", "coiling endovascular",
                             "coil the aneurysm", "coil it", "coiled"),
    "surgical clipping": ("clipping", "aneurysm clipping", "neurosurgical clipping",
                          "clipaje", "clipaje quirurgico", "clipado"),
})
# A medicine -> its class (and a class -> a broader one), for a class on one side to be refined
# by one of its members on the other ("Start a statin" by "Atorvastatin 20 mg", "blood thinner"
# by "apixaban"), while two members of one class stay two medicines. Part of KINDS below.
MEDICINE_CLASSES: dict[str, str] = {
    **dict.fromkeys(("filgrastim", "pegfilgrastim"), "granulocyte colony stimulating factor"),
    **dict.fromkeys(("atorvastatin", "simvastatin", "rosuvastatin", "pravastatin"), "statin"),
    **dict.fromkeys(("sertraline", "fluoxetine", "citalopram", "escitalopram", "paroxetine"),
                    "selective serotonin reuptake inhibitor"),
    **dict.fromkeys(("duloxetine", "venlafaxine"), "serotonin norepinephrine reuptake inhibitor"),
    **dict.fromkeys(("amitriptyline", "nortriptyline"), "tricyclic antidepressant"),
    **dict.fromkeys(("omeprazole", "lansoprazole", "pantoprazole", "esomeprazole"),
                    "proton pump inhibitor"),
    **dict.fromkeys(("ondansetron", "metoclopramide", "domperidone", "prochlorperazine",
                     "cyclizine"), "antiemetic"),
    "famotidine": "h2 receptor antagonist",
    **dict.fromkeys(("ramipril", "lisinopril", "enalapril", "perindopril"), "ace inhibitor"),
    **dict.fromkeys(("losartan", "candesartan", "valsartan", "irbesartan"),
                    "angiotensin receptor blocker"),
    **dict.fromkeys(("amlodipine", "nifedipine", "diltiazem", "verapamil"),
                    "calcium channel blocker"),
    **dict.fromkeys(("bisoprolol", "metoprolol", "atenolol", "propranolol", "carvedilol"),
                    "beta blocker"),
    **dict.fromkeys(("spironolactone", "eplerenone"), "mineralocorticoid receptor antagonist"),
    **dict.fromkeys(("apixaban", "rivaroxaban", "edoxaban", "dabigatran"),
                    "direct oral anticoagulant"),
    **dict.fromkeys(("enoxaparin", "dalteparin", "tinzaparin"), "low molecular weight heparin"),
    # MedlinePlus "Blood Thinners": anticoagulants such as warfarin, DOACs and heparins
    "direct oral anticoagulant": "anticoagulant", "low molecular weight heparin": "anticoagulant",
    "warfarin": "anticoagulant",
    **dict.fromkeys(("ibuprofen", "naproxen", "diclofenac", "celecoxib", "meloxicam"),
                    "nonsteroidal anti inflammatory drug"),
    # NHS "Painkillers": paracetamol, NSAIDs such as ibuprofen
    "nonsteroidal anti inflammatory drug": "analgesic", "acetaminophen": "analgesic",
    **dict.fromkeys(("empagliflozin", "dapagliflozin", "canagliflozin"), "sglt2 inhibitor"),
    **dict.fromkeys(("semaglutide", "liraglutide", "dulaglutide"), "glp 1 receptor agonist"),
    **dict.fromkeys(("sitagliptin", "linagliptin"), "dpp 4 inhibitor"),
    **dict.fromkeys(("adalimumab", "infliximab", "etanercept"), "tnf inhibitor"),
    **dict.fromkeys(("methotrexate", "hydroxychloroquine", "sulfasalazine"),
                    "disease modifying antirheumatic drug"),
    **dict.fromkeys(("quetiapine", "olanzapine", "risperidone", "aripiprazole"), "antipsychotic"),
    **dict.fromkeys(("levetiracetam", "lamotrigine", "carbamazepine", "gabapentin",
                     "pregabalin"), "antiepileptic drug"),
    **dict.fromkeys(("prednisone", "prednisolone"), "oral corticosteroid"),
    **dict.fromkeys(("furosemide", "bumetanide", "hydrochlorothiazide", "indapamide"),
                    "diuretic"),
    # MedlinePlus "High Blood Pressure Medicines": ACE inhibitors, ARBs and calcium channel
    # blockers lower blood pressure (beta blockers and thiazide diuretics, which have other uses
    # too, are blood pressure tablets as their second kind: ALSO_KIND_OF)
    **dict.fromkeys(("ace inhibitor", "angiotensin receptor blocker", "calcium channel blocker"),
                    "antihypertensive"),
    # MedlinePlus "Antidepressants": SSRIs, SNRIs, tricyclics
    **dict.fromkeys(("selective serotonin reuptake inhibitor",
                     "serotonin norepinephrine reuptake inhibitor", "tricyclic antidepressant"),
                    "antidepressant"),
    **dict.fromkeys(("amoxicillin", "penicillin", "flucloxacillin", "doxycycline",
                     "azithromycin", "clarithromycin", "ciprofloxacin", "cephalexin",
                     "nitrofurantoin", "metronidazole"), "antibiotic"),
    # NHS medicines A-Z "Phenoxymethylpenicillin": a type of penicillin
    "phenoxymethylpenicillin": "penicillin",
    # MedlinePlus "Cholesterol Medicines": statins, ezetimibe
    "statin": "cholesterol medicine", "ezetimibe": "cholesterol medicine",
    **dict.fromkeys(("cetirizine", "loratadine", "fexofenadine"), "antihistamine"),
    **dict.fromkeys(("morphine", "oxycodone", "codeine", "tramadol", "fentanyl"), "opioid"),
    "opioid": "analgesic",
    **dict.fromkeys(("alendronate", "risedronate", "zoledronic acid"), "bisphosphonate"),
    **dict.fromkeys(("bisphosphonate", "denosumab"), "bone strengthening medicine"),
    **dict.fromkeys(("allopurinol", "febuxostat", "colchicine"), "gout medicine"),
    # NHS "Breast cancer in women - treatment" and "Prostate cancer - treatment": tamoxifen,
    # the aromatase inhibitors, and goserelin, leuprorelin, degarelix, bicalutamide are
    # hormone therapy
    **dict.fromkeys(("aromatase inhibitor", "tamoxifen", "goserelin", "leuprorelin",
                     "degarelix", "bicalutamide"), "hormone therapy"),
    "cholecalciferol": "vitamin d",
    # NHS "Vitamin B12 or folate deficiency anaemia": B12 injections of hydroxocobalamin (or
    # cyanocobalamin tablets)
    **dict.fromkeys(("hydroxocobalamin", "cyanocobalamin"), "vitamin b12"),
    **dict.fromkeys(("ferrous sulfate", "ferrous fumarate"), "oral iron"),
    # members of the classes above among the medicines added on 4 December (_MORE_MEDICINE_NAMES),
    # each in the class its MedlinePlus drug information page or NHS medicines A-Z page names;
    # a product of two medicines is in its class too, so that it is never read as a kind of one
    # of the two (diagnosis_match._not_another_medicine)
    **dict.fromkeys(("trimethoprim", "piperacillin", "ceftriaxone", "cefuroxime", "clindamycin",
                     "vancomycin", "gentamicin", "erythromycin", "fosfomycin", "levofloxacin",
                     "co amoxiclav", "co trimoxazole", "piperacillin tazobactam"), "antibiotic"),
    **dict.fromkeys(("co codamol", "co dydramol", "tramadol acetaminophen"), "analgesic"),
    "atovaquone proguanil": "antimalarial",
    # NHS "Hormone therapy for breast cancer": letrozole, anastrozole and exemestane are its
    # aromatase inhibitors
    **dict.fromkeys(("letrozole", "anastrozole", "exemestane"), "aromatase inhibitor"),
    **dict.fromkeys(("dihydrocodeine", "tapentadol", "hydromorphone", "buprenorphine",
                     "methadone"), "opioid"),
    **dict.fromkeys(("ketorolac", "indomethacin", "etoricoxib"),
                    "nonsteroidal anti inflammatory drug"),
    "nebivolol": "beta blocker", "captopril": "ace inhibitor",
    **dict.fromkeys(("olmesartan", "telmisartan"), "angiotensin receptor blocker"),
    **dict.fromkeys(("felodipine", "lercanidipine"), "calcium channel blocker"),
    **dict.fromkeys(("chlorthalidone", "bendroflumethiazide", "torsemide"), "diuretic"),
    "fenofibrate": "cholesterol medicine", "rabeprazole": "proton pump inhibitor",
    "vildagliptin": "dpp 4 inhibitor",
    # a second medicine against HER2 beside trastuzumab is a medicine more, not more detail
    **dict.fromkeys(("trastuzumab", "pertuzumab", "trastuzumab pertuzumab"),
                    "her2 targeted therapy"),
    "her2 targeted therapy": "targeted therapy",
    **dict.fromkeys(("pembrolizumab", "nivolumab"), "immunotherapy"),
    # chemotherapy medicines and regimens: "FOLFOX chemotherapy" is FOLFOX, and "chemo"
    # against FOLFOX is the same plan said more exactly (two regimens stay two)
    **dict.fromkeys(("folfox", "folfiri", "folfirinox", "capox", "r chop", "cisplatin",
                     "carboplatin", "paclitaxel", "docetaxel", "doxorubicin",
                     "cyclophosphamide", "oxaliplatin", "capecitabine", "fluorouracil",
                     "gemcitabine", "irinotecan", "chop"), "chemotherapy"),
    # antibodies added to a regimen ("FOLFOX + bevacizumab", R-CHOP's rituximab): a medicine
    # more, not more detail
    **dict.fromkeys(("bevacizumab", "cetuximab", "panitumumab", "rituximab", "osimertinib",
                     "erlotinib", "gefitinib", "afatinib", "alectinib", "imatinib", "olaparib",
                     "palbociclib", "ribociclib", "abemaciclib", "sunitinib", "lenvatinib",
                     "sorafenib"), "targeted therapy"),
    # NHS "Steroids": dexamethasone and methylprednisolone are corticosteroids
    **dict.fromkeys(("dexamethasone", "methylprednisolone"), "corticosteroid"),
    **dict.fromkeys(("haloperidol", "clozapine"), "antipsychotic"),
    **dict.fromkeys(("topiramate", "phenytoin", "oxcarbazepine"), "antiepileptic drug"),
    **dict.fromkeys(("hydroxyzine", "diphenhydramine", "desloratadine", "levocetirizine",
                     "bilastine"), "antihistamine"),
    "ibandronate": "bisphosphonate",
    **dict.fromkeys(("mirtazapine", "trazodone"), "antidepressant"),
    # the products of two added after the held-out run, each in the class of what it treats
    "co careldopa": "medicine for parkinson disease",
    "sacubitril valsartan": "angiotensin receptor neprilysin inhibitor",
    "sitagliptin metformin": "diabetes tablet",
    **dict.fromkeys(("fluticasone salmeterol", "budesonide formoterol"),
                    "combination inhaler"),
    "dorzolamide timolol": "glaucoma eye drops",
    **dict.fromkeys(("timolol", "dorzolamide"), "glaucoma eye drops"),
    # NHS "Glaucoma - treatment": its eye drops, prostaglandin analogues (latanoprost,
    # bimatoprost, tafluprost, travoprost) and brimonidine and brinzolamide beside timolol and
    # dorzolamide
    **dict.fromkeys(("latanoprost", "bimatoprost", "tafluprost", "travoprost", "brimonidine",
                     "brinzolamide"), "glaucoma eye drops"),
    "glaucoma eye drops": "eye drops",
    **dict.fromkeys(("short acting beta agonist", "combination inhaler"), "inhaler"),
    "calcipotriol betamethasone": "medicine for psoriasis",
    **dict.fromkeys(("emtricitabine tenofovir disoproxil",
                     "bictegravir emtricitabine tenofovir alafenamide"), "antiretroviral"),
    **dict.fromkeys(("sofosbuvir velpatasvir", "glecaprevir pibrentasvir"),
                    "hepatitis c antiviral"),
    "nirmatrelvir ritonavir": "covid 19 antiviral", "nirmatrelvir": "covid 19 antiviral",
    # the ones products of two are made of, each a medicine of its own (so that "Truvada"
    # against "tenofovir" is no medicine made more exact)
    **dict.fromkeys(("tenofovir", "emtricitabine", "ritonavir"), "antiretroviral"),
    **dict.fromkeys(("sofosbuvir", "velpatasvir"), "hepatitis c antiviral"),
    "alendronate cholecalciferol": "bisphosphonate",
    # the classes families name a doctor's medicine by (session 15's lay medicine words): NHS
    # "Type 2 diabetes" medicines (metformin, sulfonylureas, gliptins, gliflozins and
    # pioglitazone are tablets; GLP-1 medicines and insulin are injections); NHS pages on the
    # thyroid (levothyroxine for an underactive one; carbimazole, propylthiouracil for an
    # overactive one); NHS "Insomnia" (sleeping pills such as zopiclone, zolpidem and short
    # benzodiazepines like temazepam); NHS "Asthma" (a preventer inhaler holds a steroid such as
    # beclometasone, budesonide or fluticasone; a reliever inhaler salbutamol or terbutaline).
    # A medicine given another way than its class says ("steroid inhaler" against budesonide
    # capsules) is told apart by its route (compare._recommendation_point).
    **dict.fromkeys(("metformin", "gliclazide", "glipizide", "glimepiride", "pioglitazone",
                     "dpp 4 inhibitor", "sglt2 inhibitor"), "diabetes tablet"),
    **dict.fromkeys(("diabetes tablet", "insulin", "glp 1 receptor agonist"),
                    "medicine for diabetes"),
    **dict.fromkeys(("levothyroxine", "carbimazole", "methimazole", "propylthiouracil"),
                    "thyroid medicine"),
    **dict.fromkeys(("zopiclone", "zolpidem", "temazepam"), "sleeping pill"),
    # NHS "Heartburn and acid reflux": a pharmacist's antacids, or a GP's PPI such as
    # omeprazole or lansoprazole or an H2 blocker such as famotidine: "heartburn tablets" is
    # refined by any of them
    **dict.fromkeys(("proton pump inhibitor", "h2 receptor antagonist", "alginate", "antacid"),
                    "heartburn medicine"),
    **dict.fromkeys(("insulin glargine", "insulin detemir", "insulin degludec"),
                    "long acting insulin"),
    **dict.fromkeys(("insulin aspart", "insulin lispro", "insulin glulisine"),
                    "rapid acting insulin"),
    **dict.fromkeys(("long acting insulin", "rapid acting insulin"), "insulin"),
    **dict.fromkeys(("lactulose", "senna", "bisacodyl", "polyethylene glycol", "ispaghula",
                     "sodium picosulfate", "stool softener"), "laxative"),
    "docusate": "stool softener",
    **dict.fromkeys(("beclomethasone", "budesonide", "fluticasone"), "inhaled corticosteroid"),
    # NHS "Topical corticosteroids": steroid creams and ointments such as hydrocortisone,
    # betamethasone, clobetasol and mometasone
    **dict.fromkeys(("hydrocortisone", "betamethasone", "clobetasol", "mometasone"),
                    "topical corticosteroid"),
    **dict.fromkeys(("inhaled corticosteroid", "oral corticosteroid", "topical corticosteroid"),
                    "corticosteroid"),
    **dict.fromkeys(("albuterol", "terbutaline"), "short acting beta agonist"),
    # the held-out rounds of 5 December (above)
    **dict.fromkeys(("trastuzumab emtansine", "trastuzumab deruxtecan"),
                    "her2 targeted therapy"),
    **dict.fromkeys(("clotrimazole", "miconazole", "terbinafine", "ketoconazole"),
                    "antifungal"),
    **dict.fromkeys(("clotrimazole hydrocortisone", "clotrimazole betamethasone",
                     "miconazole hydrocortisone", "fusidic acid hydrocortisone",
                     "fusidic acid betamethasone", "hydrocortisone butyrate",
                     "clobetasone butyrate"), "topical corticosteroid"),
    "betamethasone valerate": "betamethasone",
    "fusidic acid": "antibiotic",
    "chloramphenicol": "antibiotic",
    "clavulanic acid": "beta lactamase inhibitor",
    # HRT is no kind of the hormone therapy of a cancer ("hormone therapy after radiotherapy")
    "hormone replacement therapy": "menopause treatment",
}
# A second broader name for a kind that has two (MEDICINE_CLASSES holds one each): MedlinePlus
# "High Blood Pressure Medicines" lists beta blockers and thiazide diuretics beside ACE
# inhibitors, ARBs and calcium channel blockers, so "blood pressure tablets" is refined by
# bisoprolol or indapamide (a loop diuretic such as furosemide stays a water tablet only).
ALSO_KIND_OF: dict[str, tuple[str, ...]] = {
    # NHS "Stroke": a haemorrhagic stroke is a bleed in or around the brain (an intracerebral
    # or a subarachnoid one), each a bleeding in the head as well
    **dict.fromkeys(("intracerebral hemorrhage", "subarachnoid hemorrhage"),
                    ("cerebrovascular accident",)),
    "beta blocker": ("antihypertensive",),
    # a steroid inhaler is an inhaler as well as a steroid
    "inhaled corticosteroid": ("inhaler",),
    # NHS "Neuropathic pain": amitriptyline, duloxetine, pregabalin and gabapentin are its
    # medicines, whatever else each is a kind of
    **dict.fromkeys(("amitriptyline", "nortriptyline", "duloxetine", "pregabalin",
                     "gabapentin"), ("neuropathic pain medicine",)),
    **dict.fromkeys(("hydrochlorothiazide", "indapamide", "chlorthalidone",
                     "bendroflumethiazide"), ("antihypertensive",)),
}
FORM_KINDS = frozenset({"inhaler", "eye drops"})
"""Kinds of medicine named by their form: "chloramphenicol eye drops" is that medicine in that
form, not two medicines."""
MEDICINES = frozenset((*MEDICINE_CLASSES, *MEDICINE_CLASSES.values(),
                       *(kind for kinds in ALSO_KIND_OF.values() for kind in kinds)))
"""Every medicine and class named there, in the table's canonical words."""
NAMED_MEDICINES = MEDICINES | frozenset(
    " ".join(name.split()) for name in (*_MEDICINE_NAMES, *_MORE_MEDICINE_NAMES))
"""... and every medicine of the table's lists of medicines, whether or not a class is known
for it ("ipratropium", "aspirin")."""


# A condition -> the broader condition it is a kind of, for a family's broader word to be refined
# by a doctor's narrower one where the names share no word ("brain tumour" by "glioblastoma",
# "a hole in the heart" by "VSD"). Both sides in the table's canonical words; only kinds the
# sources name as kinds ("types of …"), never a condition merely found with another.
KINDS: dict[str, str] = {
    **dict.fromkeys(("thoracentesis", "chest tube insertion"), "pleural fluid drainage"),
    "knee aspiration": "joint aspiration",
    "pneumococcal conjugate vaccine": "pneumococcal vaccine",
    "ankle edema": "peripheral edema",
    "peripheral edema": "edema",
    **dict.fromkeys(("colostomy", "ileostomy"), "stoma"),
    # NHS "Walking for health": walking is exercise ("Walk every day" against "Daily
    # exercise" is the exercise said more exactly)
    "walk": "exercise",
    "colon polyps": "bowel polyps",
    # NHS "Coronary angiography": one kind of cardiac catheterisation
    "coronary angiography": "cardiac catheterization",
    "emergency contraceptive pill": "emergency contraception",
    # the hormonal and the copper coil are both coils (NHS "Intrauterine system (IUS)": "the
    # hormonal coil"); the contraceptive injection is medroxyprogesterone; HRT is given as
    # estradiol (NHS "Types of hormone replacement therapy (HRT)": oestrogen as patches, gel).
    # (Not medicine classes: a medicine's name there reads a number after it as its dose, and
    # "Oestrogel 2 pumps" had read as a dose of 2.)
    **dict.fromkeys(("levonorgestrel intrauterine system", "copper intrauterine device"),
                    "intrauterine device"),
    "medroxyprogesterone": "contraceptive injection",
    "estradiol": "hormone replacement therapy",
    # kinds of those tests: a urine test (NHS "Urine tests"); spirometry, a lung function test;
    # an echocardiogram or a cardiac MRI, a scan of the heart (BHF)
    **dict.fromkeys(("urinalysis", "urine culture"), "urine test"),
    "spirometry": "pulmonary function test",
    # NHS "Prostate cancer": hormone therapy for it lowers testosterone (androgen deprivation)
    "androgen deprivation therapy": "hormone therapy",
    # NHS "Dialysis": its two main types
    **dict.fromkeys(("hemodialysis", "peritoneal dialysis"), "dialysis"),
    **dict.fromkeys(("echocardiogram", "cardiac magnetic resonance imaging"), "heart scan"),
    # the kinds of scan (NHS "MRI scan", "CT scan", "Ultrasound scan", "PET scan"): "brain
    # scan" is refined by "MRI brain", "scan of the tummy" by "abdominal ultrasound"
    **dict.fromkeys(("magnetic resonance imaging", "computed tomography", "ultrasound",
                     "positron emission tomography"), "scan"),
    # NHS "Chest infection": pneumonia and bronchitis are its kinds; NHS "Brain haemorrhage":
    # bleeding inside the brain (intracerebral), between it and its coverings (subarachnoid,
    # subdural), the kinds of bleeding in the head
    **dict.fromkeys(("pneumonia", "bronchitis", "acute bronchitis"), "chest infection"),
    **dict.fromkeys(("intracerebral hemorrhage", "subarachnoid hemorrhage",
                     "subdural hematoma"), "intracranial hemorrhage"),
    # MedlinePlus "Uterine cancer": endometrial cancer, its commonest kind
    "endometrial cancer": "uterine cancer",
    # blood tests by their panels (NHS "Blood tests": a full blood count, kidney, liver and
    # thyroid function tests; NHS "Cholesterol levels": a lipid profile), so "bloods" is
    # refined by "FBC, U&E and LFT"
    **dict.fromkeys(("complete blood count", "urea and electrolytes", "liver function tests",
                     "thyroid function tests", "lipid panel"), "blood test"),
    # NHS "Congenital heart disease" (types); NHS "Atrial septal defect", "Ventricular septal
    # defect"
    "atrial septal defect": "heart septal defect",
    "ventricular septal defect": "heart septal defect",
    "heart septal defect": "congenital heart disease",
    "tetralogy of fallot": "congenital heart disease",
    "patent ductus arteriosus": "congenital heart disease",
    "coarctation of the aorta": "congenital heart disease",
    "transposition of the great arteries": "congenital heart disease",
    "hypoplastic left heart syndrome": "congenital heart disease",
    # NHS "Brain tumours"; NCI "Adult central nervous system tumors" (types)
    "glioma": "brain tumor", "glioblastoma": "brain tumor", "astrocytoma": "brain tumor",
    "meningioma": "brain tumor", "medulloblastoma": "brain tumor", "ependymoma": "brain tumor",
    # NHS "Inflammatory bowel disease": ulcerative colitis and Crohn's disease
    "ulcerative colitis": "inflammatory bowel disease",
    "crohn disease": "inflammatory bowel disease",
    # NHS "Urinary tract infections (UTIs)": in the bladder (cystitis) or the kidneys (a kidney
    # infection)
    "cystitis": "urinary tract infection",
    "pyelonephritis": "urinary tract infection",
    # National MS Society "Types of MS": relapsing-remitting MS
    "relapsing remitting multiple sclerosis": "multiple sclerosis",
    # NHS "Eczema" (types): atopic eczema, contact dermatitis, discoid eczema
    "atopic dermatitis": "eczema", "contact dermatitis": "eczema", "discoid eczema": "eczema",
    # NHS "Dementia": Alzheimer's disease, the most common type
    "alzheimer disease": "dementia",
    # NHS "COPD": emphysema and chronic bronchitis
    "emphysema": "chronic obstructive pulmonary disease",
    "chronic bronchitis": "chronic obstructive pulmonary disease",
    # MedlinePlus "IgA nephropathy" (a glomerulonephritis); NHS "Pituitary tumours" (prolactinoma)
    "iga nephropathy": "glomerulonephritis",
    "prolactinoma": "pituitary adenoma",
    # ICD-10-CM I50.2, I50.3 under I50 "Heart failure"
    "heart failure with reduced ejection fraction": "heart failure",
    "heart failure with preserved ejection fraction": "heart failure",
    "heart failure with mildly reduced ejection fraction": "heart failure",
    # The disc's kinds of herniation as spine reports name them (North American Spine Society
    # nomenclature: protrusion, extrusion, sequestration)
    "disc protrusion": "disc herniation", "disc extrusion": "disc herniation",
    "disc sequestration": "disc herniation",
    # NHS "Endoscopy" (gastroscopy, colonoscopy among its kinds); NHS "Lumbar decompression
    # surgery" (microdiscectomy, a discectomy through a small cut)
    "esophagogastroduodenoscopy": "endoscopy", "colonoscopy": "endoscopy",
    "microdiscectomy": "discectomy",
    # MedlinePlus "Fatty liver disease": NAFLD one of its kinds; AASLD: NASH (MASH) the
    # inflamed form of NAFLD (MASLD)
    "nonalcoholic fatty liver disease": "hepatic steatosis",
    "nonalcoholic steatohepatitis": "nonalcoholic fatty liver disease",
    **MEDICINE_CLASSES,
    # MedlinePlus "Cushing disease": a form of Cushing syndrome
    "cushing disease": "cushing syndrome",
    # NHS "Allergen immunotherapy": given as injections or under the tongue
    "subcutaneous immunotherapy": "allergen immunotherapy",
    # NHS "Motor neurone disease": ALS, the most common type
    "amyotrophic lateral sclerosis": "motor neuron disease",
    # NHS "Vasculitis" (its types); MedlinePlus "Hypersensitivity pneumonitis" (bird fancier's
    # and farmer's lung); norovirus, the commonest cause of gastroenteritis (CDC "Norovirus")
    "granulomatosis with polyangiitis": "vasculitis",
    "eosinophilic granulomatosis with polyangiitis": "vasculitis",
    "microscopic polyangiitis": "vasculitis", "giant cell arteritis": "vasculitis",
    "takayasu arteritis": "vasculitis", "polyarteritis nodosa": "vasculitis",
    "bird fancier lung": "hypersensitivity pneumonitis",
    "farmer lung": "hypersensitivity pneumonitis",
    "norovirus gastroenteritis": "gastroenteritis",
    # the plan sweep's kinds: CBT a talking therapy (steroid tablets a corticosteroid: in
    # MEDICINE_CLASSES), the usual cataract operation a phacoemulsification (NHS "Cataract
    # surgery")
    "cognitive behavioral therapy": "talking therapy",
    "phacoemulsification": "cataract surgery",
    # an operation on a joint, the spine, the heart or the eye by its kind, against the family's
    # "hip operation", "back surgery", "heart surgery": NHS "Hip replacement", "Knee
    # replacement", "Arthroscopy", "Shoulder replacement", "Lumbar decompression surgery"
    # (discectomy, laminectomy, spinal fusion), "Heart surgery" (coronary bypass, valve
    # surgery), "Cataract surgery" (eye surgery), "Brain surgery" (a craniotomy opens the
    # skull for it)
    **dict.fromkeys(("hip arthroplasty", "hip hemiarthroplasty", "hip resurfacing",
                     "hip arthroscopy"), "hip surgery"),
    **dict.fromkeys(("knee arthroplasty", "knee arthroscopy",
                     "anterior cruciate ligament reconstruction", "meniscectomy"),
                    "knee surgery"),
    **dict.fromkeys(("shoulder replacement", "rotator cuff repair"), "shoulder surgery"),
    # NHS "Benign prostate enlargement" (TURP among its operations), "Prostate cancer" (radical
    # prostatectomy); NHS "Atrial fibrillation": catheter ablation, of the heart
    **dict.fromkeys(("transurethral resection of the prostate", "radical prostatectomy"),
                    "prostate surgery"),
    "catheter ablation": "cardiac ablation",
    "dysplasia": "precancerous change",
    **dict.fromkeys(("discectomy", "laminectomy", "spinal fusion", "lumbar decompression"),
                    "spinal surgery"),
    **dict.fromkeys(("coronary artery bypass graft", "heart valve surgery"), "cardiac surgery"),
    **dict.fromkeys(("aortic valve replacement", "mitral valve repair"), "heart valve surgery"),
    "cataract surgery": "eye surgery",
    "craniotomy": "brain surgery",
    # NHS "Bowel cancer": cancer of the colon or the rectum (colorectal cancer)
    "colon cancer": "colorectal cancer", "rectal cancer": "colorectal cancer",
    # the broad lay names of _LAY_DIAGNOSIS_NAMES and their kinds. MedlinePlus "Melanoma": the
    # most serious type of skin cancer (NCI: basal and squamous cell skin cancers are in the
    # table with "skin cancer" in their names). NCI "hematologic cancer": leukemia, lymphoma,
    # multiple myeloma. MedlinePlus "Stroke": ischemic stroke one of its two types (a TIA is
    # not one). MedlinePlus "Heart diseases": coronary artery disease, heart valve disease,
    # cardiomyopathy. MedlinePlus "Heart valve diseases": stenosis, regurgitation, prolapse.
    # MedlinePlus "Arrhythmia": atrial fibrillation, atrial flutter, supraventricular and
    # ventricular tachycardia, ventricular fibrillation. MedlinePlus "Thyroid diseases":
    # hypo- and hyperthyroidism, Hashimoto's and Graves' disease, goiter, thyroiditis.
    # MedlinePlus "Ear infections": otitis media; NHS "Ear infections": otitis externa too.
    # CDC: a concussion is a type of traumatic brain injury.
    "melanoma": "skin cancer",
    "leukemia": "hematologic cancer", "lymphoma": "hematologic cancer",
    "multiple myeloma": "hematologic cancer",
    "cerebral infarction": "cerebrovascular accident",
    "coronary artery disease": "heart disease", "heart valve disease": "heart disease",
    "cardiomyopathy": "heart disease",
    **dict.fromkeys(("heart valve stenosis", "heart valve regurgitation",
                     "mitral valve prolapse"), "heart valve disease"),
    **dict.fromkeys(("aortic stenosis", "mitral stenosis"), "heart valve stenosis"),
    **dict.fromkeys(("aortic regurgitation", "mitral regurgitation", "tricuspid regurgitation"),
                    "heart valve regurgitation"),
    **dict.fromkeys(("atrial fibrillation", "atrial flutter", "supraventricular tachycardia",
                     "ventricular tachycardia", "ventricular fibrillation"), "arrhythmia"),
    **dict.fromkeys(("hypothyroidism", "hyperthyroidism", "hashimoto thyroiditis",
                     "goiter", "subacute thyroiditis"), "thyroid disease"),
    # ICD-10-CM E05.0: Graves' disease is filed under thyrotoxicosis [hyperthyroidism]
    "graves disease": "hyperthyroidism",
    # Sepsis-3 (JAMA 2016): septic shock is a subset of sepsis; BTS/SIGN: grades of an attack
    "septic shock": "sepsis",
    **dict.fromkeys(("acute severe asthma", "life threatening asthma"), "asthma attack"),
    # NCI: most colorectal, stomach and endometrial cancers are adenocarcinomas; renal cell
    # cancer is the commonest kidney cancer, hepatocellular carcinoma the commonest primary
    # liver cancer
    "colon adenocarcinoma": "colon cancer", "rectal adenocarcinoma": "rectal cancer",
    "sigmoid colon adenocarcinoma": "colon adenocarcinoma",
    # NIDDK "Kidney failure" (end-stage kidney disease); KDIGO: acute kidney injury, the name
    # of what was acute renal failure; MedlinePlus "Pinched nerve"
    "end stage renal disease": "renal failure", "acute kidney injury": "renal failure",
    **dict.fromkeys(("radiculopathy", "cubital tunnel syndrome", "wrist nerve compression"),
                    "nerve compression"),
    "carpal tunnel syndrome": "wrist nerve compression",
    "gastric adenocarcinoma": "stomach cancer",
    **dict.fromkeys(("osteoporosis", "osteopenia"), "bone loss"),
    "severe obesity": "obesity",
    "endometrial adenocarcinoma": "endometrial cancer",
    "renal cell cancer": "kidney cancer", "hepatocellular cancer": "liver cancer",
    # MedlinePlus "Depression" (types): major depression, persistent depressive disorder,
    # perinatal depression, seasonal affective disorder
    **dict.fromkeys(("major depressive disorder", "persistent depressive disorder",
                     "seasonal affective disorder", "postpartum depression"), "depression"),
    # ICD-10 F33 "recurrent depressive disorder" (ICD-10-CM: major depressive disorder,
    # recurrent)
    "recurrent depressive disorder": "major depressive disorder",
    # MedlinePlus "Tinea infections": ringworm of the body, scalp, groin and feet
    **dict.fromkeys(("tinea corporis", "tinea capitis", "tinea cruris", "tinea pedis"), "tinea"),
    "otitis media": "ear infection", "otitis externa": "ear infection",
    # a throat inflamed, or its tonsils: a sore throat named by the doctor (NHS "Sore throat")
    **dict.fromkeys(("pharyngitis", "tonsillitis"), "sore throat"),
    "physical therapy": "rehabilitation",
    "concussion": "traumatic brain injury",
    # a subcapital fracture of the femur's neck is a hip fracture (ICD-10-CM index: "Fracture,
    # hip - see Fracture, femur, neck"; NHS "Hip fracture"); a fracture of the humerus a broken
    # arm (NHS "Broken arm or wrist"), in the words "broken hip" and "broken arm" are read in.
    # Not "femoral neck fracture" itself: written in other words ("Fracture, neck of femur,
    # left") it is read word by word, and the broader name added to one side only would make
    # the two refined instead of the same
    "subcapital femoral neck fracture": "hip fracture",
    # tests a family names by what they are for (seventh session): an exercise test is a kind of
    # heart stress test, a FIT a kind of stool test (NHS "Bowel cancer screening")
    "exercise stress test": "cardiac stress test",
    "fecal immunochemical test": "stool test",
    # a stool sample grown for germs (NHS "Stool sample"), a kind of stool test
    "stool culture": "stool test",
    "lumbosciatica": "sciatica",
    "midstream urine sample": "urine test", "ferritin": "iron studies",
    **dict.fromkeys(("oral glucose tolerance test", "fasting glucose", "hemoglobin a1c"),
                    "blood glucose test"),
    "brca testing": "genetic test", "skin prick test": "allergy test",
    **dict.fromkeys(("bone marrow biopsy", "bone marrow aspiration"), "bone marrow test"),
    **dict.fromkeys(("fine needle aspiration", "core needle biopsy"), "needle biopsy"),
    "sleep apnea": "sleep disorder",
    "obstructive sleep apnea": "sleep apnea",
    "cerebral embolism": "cerebral infarction",
    "humeral shaft fracture": "arm fracture",
}


def broader_names(name: str) -> list[str]:
    """The broader names the table makes ``name`` a kind of (KINDS, and ALSO_KIND_OF for a kind
    with two), nearest first: "glioblastoma" -> ["brain tumor", ...]."""
    chain: list[str] = []
    seen, todo = {name}, [name]
    while todo:
        node = todo.pop(0)
        for parent in (KINDS.get(node), *ALSO_KIND_OF.get(node, ())):
            if parent and parent not in seen:
                chain.append(parent)
                seen.add(parent)
                todo.append(parent)
    return chain


# The bones and joints that make "broken", "broke" (and "roto", "rota", "rompió") a fracture
# when one stands beside them, in the words patients write (folded, English and Spanish). Not
# "back" nor "neck" ("broke my back" is also said of hard work), not "heart".
BONES = (
    "arm", "arms", "wrist", "wrists", "hip", "hips", "leg", "legs", "ankle", "ankles", "elbow",
    "shoulder", "knee", "kneecap", "collarbone", "clavicle", "rib", "ribs", "finger", "fingers",
    "thumb", "toe", "toes", "foot", "feet", "hand", "heel", "nose", "jaw", "cheekbone", "skull",
    "pelvis", "spine", "vertebra", "vertebrae", "femur", "tibia", "fibula", "humerus", "ulna",
    "brazo", "brazos", "muneca", "munecas", "cadera", "pierna", "piernas", "tobillo", "codo",
    "hombro", "rodilla", "rotula", "clavicula", "costilla", "costillas", "dedo", "dedos",
    "pulgar", "pie", "pies", "mano", "talon", "nariz", "mandibula", "craneo", "columna",
    "vertebra", "vertebras", "perone", "humero", "cubito",
)
_BONE = "(?P<bone>" + "|".join(sorted(BONES, key=len, reverse=True)) + ")"
_SIDE_EN = r"(?:(?P<side>left|right|both)\s+)?"
_SIDE_ES = r"(?:\s+(?P<side>izquierd[oa]s?|derech[oa]s?))?"


@cache
def _broken_bone_patterns() -> tuple[re.Pattern[str], ...]:
    """Which words say it broke: "broken (left) wrist", "broke my arm", "broke both ankles";
    "wrist break", "hip broken", "ankle was broken"; "muñeca (izquierda) rota", "se rompió la
    cadera", "me he roto el brazo". "break" only after the bone ("break a leg" wishes luck).
    Compiled the first time a text may say so (~6 ms): most comparisons never need them."""
    return (
        re.compile(r"\b(?P<verb>(?:broken|broke)(?:\s+(?:my|his|her|their|your|our|the|a|an))?)\s+"
                   + _SIDE_EN + _BONE + r"\b"),
        re.compile(r"\b" + _BONE + r"(?:\s+(?P<side>left|right))?"
                   r"\s+(?P<verb>(?:(?:is|was|got|been)\s+)?(?:broken|break))\b"),
        re.compile(r"\b(?P<verb>(?:(?:se|me|te|le)\s+)?(?:(?:ha|he|has|han|habia)\s+)?"
                   r"(?:rompio|rompi|rompe|rompieron|roto|rota|rotos|rotas)"
                   r"(?:\s+(?:el|la|los|las|mi|mis|su|sus|un|una))?)\s+"
                   + _BONE + _SIDE_ES + r"\b"),
        re.compile(r"\b" + _BONE + _SIDE_ES + r"\s+(?P<verb>rot[oa]s?)\b"),
    )


_MAY_SAY_BROKEN = Hinted(r"brok|break|rot|romp", "break", "brok", "romp", "rot")


def may_say_broken(folded: str) -> bool:
    """Whether a folded text may say a bone broke (quick: most texts are done here)."""
    return _MAY_SAY_BROKEN.search(folded) is not None


def broken_bones(folded: str) -> list[tuple[int, int, int, int]]:
    """Where a folded text says a bone or joint of ``BONES`` broke: (start, end) of the whole
    phrase and (start, end) of its words for breaking ("broke my" in "broke my left arm").
    "broken sleep", "take a break" and "broken heart" give none."""
    if not may_say_broken(folded):
        return []
    found: list[tuple[int, int, int, int]] = []
    for pattern in _broken_bone_patterns():
        for m in pattern.finditer(folded):
            span = (m.start(), m.end(), m.start("verb"), m.end("verb"))
            if not any(a < m.end() and m.start() < b for a, b, _, _ in found):
                found.append(span)
    return sorted(found)


def _fracture_words(text: str) -> str:
    """Each broken bone said in everyday words as "fracture" and the bone: "broke my left arm"
    -> "fracture left arm", "muñeca rota" -> "fracture muneca" (named in English after)."""
    spans = broken_bones(text)
    if not spans:
        return text
    out: list[str] = []
    done = 0
    for start, end, verb_start, verb_end in spans:
        rest = text[start:verb_start] + " " + text[verb_end:end]
        out += [text[done:start], "fracture ", " ".join(rest.split())]
        done = end
    out.append(text[done:])
    return "".join(out)


# Abbreviations with more than one meaning in a diagnosis (ISMP; Stedman): never expanded by a
# guess. Each meaning lists the words that decide for it when they stand in the same text, and
# the ICD-10-CM categories (or code prefixes) that decide for it.
AMBIGUOUS: dict[str, tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]] = {
    "mcl": (
        ("medial collateral ligament", frozenset({"knee", "sprain", "tear", "torn", "ligament",
                                                  "injury", "strain", "rupture", "grade"}),
         ("S83.41",)),
        ("mantle cell lymphoma", frozenset({"lymphoma", "lymph", "nodes", "node", "cyclin",
                                            "chemotherapy", "ibrutinib"}), ("C83.1",)),
    ),
    "ms": (
        ("multiple sclerosis", frozenset({"relapsing", "remitting", "demyelinating", "lesions",
                                          "lesion", "optic", "neuritis", "progressive", "brain",
                                          "spinal", "neurology", "mri"}), ("G35",)),
        ("mitral stenosis", frozenset({"valve", "mitral", "rheumatic", "murmur", "valvular",
                                       "echo", "echocardiogram", "atrial"}),
         ("I05.0", "I05.2", "I34.2")),
    ),
    "ra": (
        ("rheumatoid arthritis", frozenset({"joint", "joints", "arthritis", "seropositive",
                                            "seronegative", "synovitis", "hands", "rheumatoid",
                                            "erosive", "polyarthritis"}), ("M05", "M06")),
        ("right atrium", frozenset({"atrium", "atrial", "enlarged", "enlargement", "dilated",
                                    "dilation", "dilatation", "echo"}), ("I51.7",)),
        ("refractory anemia", frozenset({"anemia", "myelodysplastic", "mds", "blasts",
                                         "refractory"}), ("D46",)),
    ),
    "pe": (
        ("pulmonary embolism", frozenset({"embolism", "embolus", "clot", "thrombus",
                                          "saddle", "dvt", "thromboembolism"}), ("I26",)),
        ("pleural effusion", frozenset({"effusion", "fluid", "pleural", "blunting",
                                        "costophrenic", "thoracentesis", "drain", "tap"}),
         ("J90", "J91")),
    ),
    "as": (
        ("aortic stenosis", frozenset({"valve", "aortic", "murmur", "valvular", "tavr",
                                       "tavi", "echo", "echocardiogram", "gradient",
                                       "stenosis"}), ("I35.0", "I06.0")),
        ("ankylosing spondylitis", frozenset({"spine", "spondylitis", "sacroiliitis", "hla",
                                              "b27", "back"}), ("M45",)),
    ),
    # Guillain-Barre syndrome, or group B streptococcus (carried in pregnancy, a newborn's
    # infection): both written "GBS" (Stedman)
    "gbs": (
        ("guillain barre syndrome", frozenset({"weakness", "ascending", "paralysis", "nerve",
                                               "nerves", "neuropathy", "demyelinating", "ivig",
                                               "plasmapheresis", "polyneuropathy"}),
         ("G61.0",)),
        ("group b streptococcus", frozenset({"strep", "streptococcus", "streptococcal",
                                             "pregnancy", "pregnant", "carrier", "swab",
                                             "newborn", "neonatal", "baby", "sepsis",
                                             "colonization", "colonisation", "positive"}),
         ("B95.1", "Z22.330", "P36.0")),
    ),
    # --- from the sweep of abbreviations (4 December): letters with two meanings in a note
    # (Stedman; the specialties' lists). Not "et" (the Latin "and" of "lichen sclerosus et
    # atrophicus") nor "rp" (Spanish for the progesterone receptor, "RE+ RP-") ---
    "pd": (
        ("parkinson disease", frozenset({"tremor", "rigidity", "levodopa", "dopamine",
                                         "bradykinesia", "parkinsonism", "shuffling"}),
         ("G20",)),
        ("peritoneal dialysis", frozenset({"dialysis", "kidney", "renal", "catheter",
                                           "peritonitis", "esrd", "ckd", "dialisis"}),
         ("Z99.2", "Z49")),
        ("personality disorder", frozenset({"personality", "borderline", "antisocial",
                                            "narcissistic"}), ("F60",)),
    ),
    # Huntington's disease to a neurologist, haemodialysis on a kidney unit, and the old name
    # of Hodgkin lymphoma (Hodgkin's disease) on a cancer ward
    "hd": (
        ("huntington disease", frozenset({"huntington", "chorea", "cag", "genetic", "gene",
                                          "movements", "corea"}), ("G10",)),
        ("hemodialysis", frozenset({"dialysis", "kidney", "renal", "fistula", "esrd", "ckd",
                                    "dialisis", "rinon"}), ("Z99.2", "Z49")),
        ("hodgkin lymphoma", frozenset({"lymphoma", "lymph", "node", "nodes", "reed",
                                        "sternberg", "abvd", "linfoma"}), ("C81",)),
    ),
    # cervical intraepithelial neoplasia on a smear's or a biopsy's report, or the kidney
    # injury a scan's contrast dye may cause (Stedman)
    "cin": (
        ("cervical intraepithelial neoplasia", frozenset({"cervical", "cervix", "smear", "hpv",
                                                          "colposcopy", "lletz", "cone",
                                                          "dysplasia", "screening", "grade",
                                                          "cuello", "displasia",
                                                          # its grades: "CIN 2"
                                                          "1", "2", "3", "i", "ii", "iii"}),
         ("N87",)),
        ("contrast induced nephropathy", frozenset({"contrast", "kidney", "renal", "dye",
                                                    "creatinine", "aki", "nephropathy",
                                                    "angiogram", "rinon"}), ("N14.1",)),
    ),
    "uc": (
        ("ulcerative colitis", frozenset({"colitis", "bowel", "colon", "rectum", "proctitis",
                                          "diarrhea", "diarrhoea", "ibd", "mesalazine",
                                          "mesalamine", "flare", "pancolitis"}), ("K51",)),
        ("urothelial carcinoma", frozenset({"bladder", "urothelial", "cancer", "carcinoma",
                                            "tumor", "tumour", "ureter", "hematuria",
                                            "haematuria", "grade", "invasive"}),
         ("C65", "C66", "C67", "C68")),
    ),
    "aml": (
        ("acute myeloid leukemia", frozenset({"leukemia", "leukaemia", "blasts", "marrow",
                                              "flt3", "npm1", "induction", "leucemia"}),
         ("C92.0",)),
        ("angiomyolipoma", frozenset({"kidney", "renal", "tuberous", "fat", "rinon"}),
         ("D30.0",)),
    ),
    "pv": (
        ("polycythemia vera", frozenset({"jak2", "hematocrit", "haematocrit", "venesection",
                                         "phlebotomy", "myeloproliferative", "hemoglobin"}),
         ("D45",)),
        ("pemphigus vulgaris", frozenset({"blisters", "blister", "pemphigus", "mucosal",
                                          "ampollas"}), ("L10.0",)),
    ),
    "dcm": (
        ("dilated cardiomyopathy", frozenset({"heart", "ejection", "cardiomyopathy", "dilated",
                                              "ventricle", "failure"}), ("I42.0",)),
        ("degenerative cervical myelopathy", frozenset({"cervical", "spine", "myelopathy",
                                                        "cord", "neck"}), ("M47.1", "G95")),
    ),
    "hs": (
        ("hidradenitis suppurativa", frozenset({"skin", "abscess", "abscesses", "armpit",
                                                "armpits", "groin", "boils", "axilla"}),
         ("L73.2",)),
        ("hereditary spherocytosis", frozenset({"anemia", "anaemia", "spleen", "hemolysis",
                                                "spherocytes", "jaundice"}), ("D58.0",)),
    ),
    "tga": (
        ("transposition of the great arteries", frozenset({"heart", "baby", "newborn",
                                                           "congenital", "switch",
                                                           "arterial"}), ("Q20.3",)),
        ("transient global amnesia", frozenset({"memory", "amnesia", "confusion",
                                                "forgetful"}), ("G45.4",)),
    ),
    "bpd": (
        ("bronchopulmonary dysplasia", frozenset({"premature", "preterm", "baby", "oxygen",
                                                  "lungs", "lung", "neonatal"}), ("P27.1",)),
        ("borderline personality disorder", frozenset({"personality", "borderline", "self",
                                                       "harm", "emotional", "dbt"}),
         ("F60.3",)),
    ),
    "pid": (
        ("pelvic inflammatory disease", frozenset({"pelvic", "chlamydia", "gonorrhea",
                                                   "gonorrhoea", "tubes", "uterus"}),
         ("N73", "N70", "N71")),
        ("primary immunodeficiency", frozenset({"immune", "immunodeficiency", "antibody",
                                                "antibodies", "immunoglobulin"}),
         ("D80", "D81", "D82", "D83", "D84")),
    ),
    "scd": (
        ("sickle cell disease", frozenset({"sickle", "crisis", "anemia", "anaemia",
                                           "hemoglobin"}), ("D57",)),
        ("sudden cardiac death", frozenset({"cardiac", "arrest", "death", "sudden"}),
         ("I46",)),
    ),
    "crs": (
        ("chronic rhinosinusitis", frozenset({"nose", "nasal", "sinus", "sinuses", "polyps",
                                              "sinusitis", "congestion"}), ("J32",)),
        ("cytokine release syndrome", frozenset({"cytokine", "tocilizumab", "car"}),
         ("D89.83",)),
    ),
    # a defibrillator in the chest, or the International Classification of Diseases
    # "pred": prednisolone in a British letter, prednisone in an American one (two medicines
    # of one kind, one about four-fifths the other's strength); eye drops ("Pred Forte") are
    # prednisolone
    "pred": (
        ("prednisolone", frozenset({"forte", "eye", "eyes", "drops", "soluble", "prednisolona"}),
         ()),
        ("prednisone", frozenset({"prednisona"}), ()),
    ),
    "icd": (
        ("implantable cardioverter defibrillator", frozenset({
            "defibrillator", "implant", "implanted", "shock", "shocks", "cardiac", "heart",
            "arrhythmia", "tachycardia", "fibrillation", "pacemaker", "device", "dai",
            "subcutaneous", "transvenous", "dual", "chamber", "lead", "leads"}),
         ("I47", "I49", "Z95.810")),
        ("international classification of diseases", frozenset({"code", "codes", "cm",
                                                                 "classification"}), ()),
    ),
    "cp": (
        ("cerebral palsy", frozenset({"spastic", "palsy", "childhood", "motor"}), ("G80",)),
        ("chest pain", frozenset({"pain", "angina", "exertional", "exertion", "radiating",
                                  "troponin"}), ("R07",)),
    ),
}

# Function words of Spanish read as their English counterparts, so word order and filler rules
# work the same ("cáncer de mama" -> "cancer of breast").
SPANISH_FUNCTION_WORDS = {
    "de": "of", "del": "of", "la": "the", "el": "the", "los": "the", "las": "the",
    "y": "and", "en": "in", "con": "with", "sin": "without", "un": "a", "una": "a",
    "por": "due", "al": "to", "a": "a", "o": "or", "durante": "for", "para": "for",
    # the words of a plan's course and timing
    "dia": "day", "dias": "days", "semana": "week", "semanas": "weeks", "mes": "month",
    "meses": "months", "hora": "hour", "horas": "hours", "cada": "every", "comida": "food",
    "comidas": "meals",
}

# British -> American spellings (inside words), so "oesophageal" = "esophageal". Search reads
# both through this one rule too (a word is indexed and looked for in its American form), so a
# pair added here finds itself both ways there.
_SPELLING = (
    ("oesophag", "esophag"), ("oedem", "edem"), ("haem", "hem"), ("aemi", "emi"),
    ("paed", "ped"), ("tumour", "tumor"), ("hoea", "hea"), ("oestr", "estr"), ("foet", "fet"),
    ("coeliac", "celiac"), ("leukaem", "leukem"), ("ischaem", "ischem"), ("anaem", "anem"),
    ("orthopaed", "orthoped"), ("caes", "ces"), ("gynaec", "gynec"), ("anaesth", "anesth"),
    ("pnoea", "pnea"), ("aetiol", "etiol"), ("manoeuv", "maneuv"), ("sulph", "sulf"),
    ("labour", "labor"), ("behaviour", "behavior"), ("colour", "color"), ("centre", "center"),
    ("litre", "liter"), ("fibre", "fiber"), ("rrhoe", "rrhe"),
)

_SPELLING_RE = re.compile("|".join(old for old, _ in _SPELLING))
# Verbs and nouns written with -ise/-isation in British English and -ize/-ization in American
# ("localised" = "localized", "immunisation" = "immunization"): the stems doctors use, so that
# "exercise", "advise", "excise" or "bruise" are never rewritten.
_ISE_STEMS = (
    "local", "general", "metastas", "hospital", "immun", "cauter", "stabil", "mobil",
    "immobil", "neutral", "sensit", "desensit", "visual", "character", "categor", "catheter",
    "vascular", "revascular", "crystall", "ion", "oxid", "steril", "pasteur", "minim", "maxim",
    "optim", "organ", "recogn", "special", "summar", "random", "standard", "normal", "util",
    "anesthet", "hypnot", "keratin", "fertil", "emphas", "critic", "apolog", "personal",
    "individual", "internal", "external", "rational", "epithelial", "mineral", "demineral",
    "memor", "symptomat", "trivial", "stigmat",
)
_ISE = Hinted(r"\b(" + "|".join(_ISE_STEMS) + r")is(e|ed|es|ing|ation|ations)\b", *_ISE_STEMS)
# "analyse" = "analyze", "paralysed" = "paralyzed", "dialysed" = "dialyzed"
# (not "-yses": "analyses" is also the plural of "analysis", spelt alike on both sides)
_YSE = Hinted(r"\b(analy|paraly|dialy|cataly|hydroly|electroly)s(e|ed|ing)\b", "analy", "cataly",
              "dialy", "electroly", "hydroly", "paraly")
_WHOLE_WORDS = {"mould": "mold", "moulds": "molds", "mouldy": "moldy", "grey": "gray",
                "ageing": "aging", "programme": "program", "programmes": "programs",
                # the British double l ("sertraline + counselling" against "Zoloft and
                # counseling" had asked whether the two were one word typed two ways)
                "counselling": "counseling", "counsellor": "counselor",
                "counsellors": "counselors", "counselled": "counseled"}
_WHOLE_WORD = re.compile(r"\b(?:" + "|".join(_WHOLE_WORDS) + r")\b")


# Where a -ise, -yse or whole-word rewrite may apply: one quick pattern before the exact ones
# (search runs these on every note it indexes, and most words are none of them).
_MAY_BE_REWRITTEN = re.compile(r"[iy]s(?:e|ed|es|ing|ation|ations)\b|\b(?:"
                               + "|".join(_WHOLE_WORDS) + r")\b")
_ENDINGS = ("ise", "ised", "ises", "ising", "isation", "isations", "yse", "ysed", "ysing")
_ENDINGS_LONGEST_FIRST = sorted(_ENDINGS, key=len, reverse=True)
_ISE_STEM_SET = frozenset(_ISE_STEMS)
_YSE_STEM_SET = frozenset(("anal", "paral", "dial", "catal", "hydrol", "electrol"))


def has_british_spelling(text: str) -> bool:
    """Whether a folded text has a British spelling ``unify_spelling`` rewrites (quick)."""
    if _SPELLING_RE.search(text) is not None:
        return True
    return _MAY_BE_REWRITTEN.search(text) is not None and (
        _ISE.search(text) is not None or _YSE.search(text) is not None
        or _WHOLE_WORD.search(text) is not None)


def unify_spelling(word: str) -> str:
    """British spellings in American form ("oesophageal" -> "esophageal", "localised" ->
    "localized"); also a whole folded text, word by word."""
    if _SPELLING_RE.search(word):
        for old, new in _SPELLING:
            if old in word:
                word = word.replace(old, new)
    if " " not in word:  # one word, the common call: its ending, then its stem, decide
        if word.endswith(_ENDINGS):
            for ending in _ENDINGS_LONGEST_FIRST:
                if word.endswith(ending):
                    stem = word[:-len(ending)]
                    if stem in (_ISE_STEM_SET if ending[0] == "i" else _YSE_STEM_SET):
                        return f"{stem}{ending[0]}z{ending[2:]}"
                    break
        return _WHOLE_WORDS.get(word, word)
    if _MAY_BE_REWRITTEN.search(word):
        word = _ISE.sub(r"\1iz\2", word)
        word = _YSE.sub(r"\1z\2", word)
        word = _WHOLE_WORD.sub(lambda m: _WHOLE_WORDS[m.group(0)], word)
    return word


# Compounds written with a hyphen or apart that are one word ("TI-RADS 5", "Bi RADS 4").
_COMPOUNDS = re.compile(r"\b(ti|bi|pi|li|lu|o)[\s-]?rads\b")
_PGT = re.compile(r"\bpgt\s*(a|m|sr)\b")
_WORKING_DAYS = re.compile(r"\b(?:working|business|work)\s+days?\b")
# A length of time in its short and spoken forms, as one: "150 min" and "150 mins" are "150
# minutes" ("min" before a number is a minimum), "2 hrs" "2 hours"; "half an hour" is "30
# minutes", "media hora" "30 minutos", "an hour and a half" and "hora y media" 90
_SHORT_TIME = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(?:(mins?)|(hrs?)|(wks?)|(mths?|mos)|"
                         r"(yrs?))\b")
_SHORT_UNITS = {2: "minute", 3: "hour", 4: "week", 5: "month", 6: "year"}


def _short_time(match: re.Match[str]) -> str:
    """"30 min" as "30 minutes", "12 wks" as "12 weeks", "1 yr" as "1 year"."""
    unit = _SHORT_UNITS[next(i for i in range(2, 7) if match.group(i))]
    # (minutes and hours always plural, as before: "1.5 hrs" and "1 hr" are hours)
    plural = unit in ("minute", "hour") or match.group(1) != "1"
    return f"{match.group(1)} {unit}{'s' if plural else ''}"
_FOR_MINUTES = Hinted(r"\b(?:for|durante)\s+(\d+(?:[.,]\d+)?\s+minut(?:e|o)s)\b", "minut")
_SPOKEN_TIME = Hinted(r"\b(?:(?:an|one) hour and a half|(?:una )?hora y media|"
                      r"(half an hour|half hour)|(media hora))\b", " hour and a half", "half ",
                      "hora y media", "media hora")


# A Spanish check-up in so long, or every so long: "revisión en 3 meses", "control al cabo de
# un mes", "revisión anual" are a review ("revision" alone is also an operation done again,
# in English): read so where doses are set aside (units.without_facts) and where the timing
# is (how_soon.without_timing).
CHECK_UP_IN = re.compile(r"\b(?:revision|control|consulta de control)(?= (?:en|dentro de|"
                         r"al cabo de|a los|a las) | (?:anual|semestral|trimestral|mensual|"
                         r"cada)\b)")


# A count of tablets with its "x" typed tight, "2x200mg" (or "2×200mg"), to be written "2 x
# 200mg": the words here, and units' reading of the dose (units._short_forms_first).
TIGHT_TIMES = re.compile(r"(?<![\w.,])([2-6])\s*[x×]\s*(?=\d)")


# An hour, or an hour and a half, said in minutes as the other doctor may ("walk 1 hour a day"
# against "walk 60 minutes a day" had read as two plans); not an hour as a rate ("once an hour",
# "50 mg per hour", "cada hora"), which the dose reader reads.
_ONE_HOUR = Hinted(r"\b(?:(an|one|1)|(una|1))\s+(?:hours?|(horas?))\b|\b1\.5\s+(hours|horas)\b",
                   "1.5", "hora", "hour")
_RATE_BEFORE = re.compile(r"\b(?:once|twice|times|per|every|each|a|por|cada|vez|veces|al)\s+$")
# So much an hour: "2 mg an hour", "1 drink an hour" are "per hour" (here and in units, before
# the dose is taken out of a treatment's words)
AN_HOUR = r"\s+an\s+(?:hour|hr)\b"
AN_HOUR_AFTER_AN_AMOUNT = re.compile(r"(\d\s*[a-zµμ]*)" + AN_HOUR)


def _hour_in_minutes(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 20):match.start()]
    if _RATE_BEFORE.search(before):
        return match.group(0)
    if match.group(4):
        return "90 minutos" if match.group(4) == "horas" else "90 minutes"
    spanish = match.group(2) or match.group(3)
    return "60 minutos" if spanish else "60 minutes"


# Measuring something of one's own at home is monitoring it, however the doctor words it:
# "check your blood pressure daily", "measure blood sugar", "record your weight", "take your
# temperature", "medirse la tensión" against "monitor blood pressure" (they had read as two).
_MEASURING_HINTS = ("check", "measur", "record", "take", "track", "medir", "tomar", "control")
_MEASURING = re.compile(
    r"\b(?:check|measure|record|take|track|keep track of|medir|medirse|tomar|tomarse|"
    r"controlar|controlarse)\s+(?:(?:your|the|his|her|their|own|home|la|el|su|tu|sus)\s+)*"
    r"(blood pressures?|bp|blood sugars?|blood glucose|glucose|sugar levels?|weight|temperature|"
    r"peak flow|pulse|heart rate|oxygen levels?|oxygen saturations?|sats|tension(?: arterial)?|"
    r"presion arterial|glucosa|azucar|peso|temperatura|pulso)\b")


# Advice in other words that says the same (6 December): "prior to" is "before"; "completely",
# "altogether" after stopping something add nothing ("quit smoking altogether" = "stop
# smoking"); limiting one's fluids to an amount is a fluid restriction ("limit fluids to 1.5
# litres a day" against "fluid restriction 1500 mL/day"); "for life" and "de por vida" are
# "lifelong"
_PRIOR_TO = re.compile(r"\bprior to\b")
_CHANGED_TO = re.compile(r"\b(?:(increasing|aumentar|aumente|subir|suba)|reducing|reducir|"
                         r"reduzca|bajar|baje|disminuir|disminuya)(?=\s+doseto\b)")
# Each of a pair is both: "1 drop in each eye", "en cada ojo", "2 sprays each nostril", "cada
# oído" (they had read as other words than "both eyes", and no side at all); units reads the
# side from it too
EACH_OF_A_PAIR = re.compile(r"\b(?:each|cada)\s+(eye|ear|nostril|ojo|oido|oreja|fosa nasal|fosa|"
                            r"orificio nasal)s?\b")
_BOTH_OF_A_PAIR = {"eye": "both eyes", "ear": "both ears", "nostril": "both nostrils",
                   "ojo": "ambos ojos", "oido": "ambos oidos", "oreja": "ambas orejas",
                   "fosa nasal": "ambas fosas nasales", "fosa": "ambas fosas",
                   "orificio nasal": "ambos orificios nasales"}
_FOR_LIFE = re.compile(r"\b(?:for life|life[\s-]long|for the rest of (?:your|his|her|their) life|"
                       r"de por vida|para toda la vida|de forma indefinida|indefinitely|"
                       r"para siempre)\b")
_FOR_GOOD = ("completely", "altogether", "entirely", "totally", "for good")
_STOPPED_FOR_GOOD = re.compile(r"\b((?:stop|stopping|quit|quitting|give up|giving up|avoid)\s+"
                               r"\w+(?:\s+\w+)?)\s+(?:completely|altogether|entirely|totally|"
                               r"for good)\b")
_FLUID_LIMIT = re.compile(r"\b(?:(?:limit|restrict)\s+(?:your\s+)?(?:fluids?|fluid intake|"
                          r"liquids?|drinks?)\s+to|fluid limit(?:\s+of)?|restricci[oó]n de "
                          r"l[ií]quidos(?:\s+a)?|limitar (?:los )?l[ií]quidos a)\b")
# A most of alcohol, salt, sugar or caffeine however said: "limit alcohol to 14 units a week",
# "keep your drinking under 14 units", "drink no more than 14 units a week", "no more than 14
# units of alcohol a week", "alcohol max 14 units/week", "keep salt under 6 g a day", "no more
# than 6 g of salt", "limitar el alcohol a 14 unidades", "no más de 14 unidades de alcohol"
# (they had read as other words), as "reduce alcohol 14 units". The amount stays (a limit with
# one is more exact than one without); its period is a fact (units.Facts.limit_per_week).
# Units or drinks without "alcohol" only after "drink": "max 10 units" of insulin is no alcohol.
_LIMITED = {"alcohol": "alcohol", "drinking": "alcohol", "salt": "salt", "sal": "salt",
            "sodium": "sodium", "sodio": "sodium", "sugar": "sugar", "azucar": "sugar",
            "caffeine": "caffeine", "cafeina": "caffeine"}
# ... as the words for less of it read ("cut down on alcohol", "low salt diet")
_KEPT_DOWN = {"alcohol": "reduce alcohol", "salt": "salt restriction", "sugar": "reduce sugar",
              "caffeine": "reduce caffeine"}
# (not a level measured: "blood sugar under 7 mmol/L", "serum sodium below 130")
_THING = r"(?<!blood )(?<!serum )(?<!plasma )(?<!urine )(?:" + "|".join(_LIMITED) + r")"
_THING_IN = re.compile(rf"\b{_THING}\b")
# (and as diagnosis_match.parse has written a bound before a number: "no morethan 14")
_MOST = (r"(?:no more than|not more than|less than|fewer than|under|below|max(?:imum)?|"
         r"a maximum of|at most|up to|no mas de|menos de|como maximo|no morethan|"
         r"not morethan|lessthan)")
_AMOUNT_SAID = (r"[\d.]+\s*(?:units?|drinks?|g|grams?|mg|unidades|bebidas|gramos)\b")
_AMOUNT = rf"(?:\s+{_AMOUNT_SAID})"
_AMOUNT_IN = re.compile(_AMOUNT_SAID)
_A_MOST_SAID = re.compile(rf"{_MOST}|\b(?:to|at|a)\b")
_MOST_OF = re.compile(
    rf"\b(?:(?:limit|restrict)(?:\s+your)?\s+{_THING}(?:\s+(?:intake|consumption))?"
    r"(?:\s+(?:to|under|below|at|lessthan))?"
    rf"|(?:keep|cut down|cut back|reduce)(?:\s+your)?\s+{_THING}"
    r"(?:\s+(?:intake|consumption))?\s+(?:to|under|below|lessthan)"
    rf"|(?:drink|drinking)\s+{_MOST}\s+[\d.]+\s*(?:units?|drinks?|unidades|bebidas)"
    rf"|{_MOST}{_AMOUNT}?\s+(?:of\s+|de\s+)?{_THING}"
    rf"|{_MOST}\s+[\d.]+\s*(?:drinks?|bebidas)\b"  # "no more than 2 drinks a day"
    rf"|{_THING}(?:\s+intake)?\s+{_MOST}(?={_AMOUNT}|\s*$)"
    rf"|limitar\s+(?:el\s+|la\s+)?(?:consumo\s+de\s+)?{_THING}(?:\s+a)?)"
    rf"(?:\s+{_MOST})?{_AMOUNT}?"
    r"(?:\s+(?:a|per|each|a la|al|por|cada)\s+(?:week|semana|day|dia)|\s+(?:weekly|daily)|"
    r"\s+semanales|\s+diari[oa]s|\s*/\s*(?:week|wk|semana|day|dia))?\b")
_AMOUNT_WORDS = {"unidades": "units", "unit": "units", "bebidas": "drinks", "drink": "drinks",
                 "gramos": "g", "grams": "g", "gram": "g"}


def _most_of(match: re.Match[str]) -> str:
    thing = found.group() if (found := _THING_IN.search(match.group())) else "alcohol"
    said = found.group() if (found := _AMOUNT_IN.search(match.group())) else ""
    amount = re.sub(r"[a-z]+", lambda m: _AMOUNT_WORDS.get(m.group(), m.group()),
                    re.sub(r"(?<=\d)(?=[a-z])", " ", said.strip()))
    # a most said ("to", "under", "no more than"), its amount maybe set aside as a fact: more
    # exact than "limit alcohol" alone
    limited = bool(amount) or bool(_A_MOST_SAID.search(match.group()))
    # "limit sodium" is a low salt diet; its amount is sodium's (units.Facts.limit_of_sodium
    # sets 2 g of sodium beside about 5 g of salt)
    kept = "salt" if _LIMITED[thing] == "sodium" else _LIMITED[thing]
    return f"{_KEPT_DOWN[kept]} limit {amount}".rstrip() if limited else _KEPT_DOWN[kept]


# Advice about the body in other words: "lose 10% of body weight" is weight loss said more
# exactly, "avoid lifting anything heavy" is no heavy lifting, "cut out caffeine" is avoiding
# it (not "cut out the mole"), "get 8 hours of sleep" is sleep
_WEIGHT_OF_BODY = re.compile(r"\blose\s+(?:(\S+)\s+)?of\s+(?:your\s+|his\s+|her\s+|their\s+)?"
                             r"(?:body\s*)?weight\b")
_LIFTING_HEAVY = re.compile(
    r"\b(?:(avoid|no|don'?t|do not|evitar)\s+)?(?:lift(?:ing)?\s+(?:anything\s+heavy|heavy\s+"
    r"(?:things|objects|weights|items)|anything\s+heavier)|"
    r"(?:levantar|cargar)\s+(?:objetos\s+pesados|cosas\s+pesadas))\b"
    # ("levantar peso" alone is lifting, as the table has it; not lifting it is no heavy lifting)
    r"|\b(no|evitar)\s+(?:levantar|cargar)\s+pesos?\b")
# A lifting limit by weight says what "heavy" is: "no lifting over 10 kg", "don't lift anything
# heavier than 5 kg", "no levantar más de 5 kg" = "no heavy lifting, 10 kg" (a most that had
# read as another plan than "avoid heavy lifting"; parse has written the bound "morethan", and
# the "nada de" of "no levantar nada de más de 5 kilos" as "not")
_LIFTING_OVER = re.compile(
    r"\b(?:heavy\s+)?lift(?:ing)?\s+(?:(?:anything|any\s+weights?|weights?|objects?|things?|"
    r"items?)\s+)?(?:(?:heavier|more|greater)\s+than|morethan|over|above|>)\s*(?=\d)"
    r"|\b(?:levantar|cargar)\s+(?:(?:objetos|cosas|pesos?|nada(?:\s+de)?|algo(?:\s+de)?|not)\s+)?"
    r"(?:mas\s+de|morethan|>)\s*(?=\d)")
_CUT_OUT = re.compile(r"\bcut(?:ting)? out\s+(?=(?:caffeine|coffee|tea|alcohol|sugar|salt|dairy|"
                      r"gluten|chocolate|fizzy drinks|red meat|processed food)\b)")
# Giving up a thing one eats or drinks is keeping off it: "stop alcohol", "give up sugar",
# "quit drinking", "dejar el alcohol", "dejar de beber" = "avoid alcohol" ("stop" before a
# medicine stays stopping it: a change to what is taken)
_KEPT_OFF = r"(?:caffeine|coffee|alcohol|sugar|salt|dairy|gluten|chocolate|fizzy drinks|red meat|" \
    r"processed food|cafe|azucar|sal)\b"
_GIVE_UP = re.compile(
    r"\b(?:stop(?:ping)?|giv(?:e|ing) up|quit(?:ting)?|dejar|deje)\s+"
    r"(?:(?:drinking|eating|taking|having|de beber|de tomar|de comer|the|el|la|los|las)\s+)?"
    rf"(?={_KEPT_OFF})"
    # ... and drinking alone is alcohol ("stop drinking", not "stop drinking so much water")
    r"|\b(?:(?:stop(?:ping)?|giv(?:e|ing) up|quit(?:ting)?)\s+(?:drinking|the drink|booze)|"
    r"(?:dejar|deje)\s+de\s+beber)(?=\s*(?:$|[,.;)]|completely\b|altogether\b|"
    r"entirely\b|del todo\b|por completo\b|(?:and|&|y|e)\s+(?:stop|quit|giv|dej)))")
# More to drink, however said: "drink more fluids", "drink plenty of fluids", "increase fluid
# intake" = "more fluids" / "increase fluids" (the verb-for-each words read "more" and
# "increase" as one)
_DRINK_MORE = re.compile(r"\b(?:drink\s+(?:more|plenty\s+of|lots\s+of)|(?:beber|tomar|beba|tome)\s+"
                         r"(?:mas|mucha|muchos|abundante|abundantes))\s+(?=(?:fluids?|liquids?|"
                         r"water|agua|liquidos?)\b)")
_FLUID_INTAKE = re.compile(r"\b(?:fluid|liquid|water)\s+intake\b")
# ... and more water is more fluids ("drink plenty of water" against "increase fluid intake");
# not water tablets, a diuretic
_MORE_WATER = re.compile(r"\b(more|increase)\s+(?:water|agua)\b(?!\s+(?:tablets?|pills?))")
# ... and more or less of a food or a drink however said: "eat more fibre" = "increase fibre
# intake" = "more fibre", "eat less salt" = "reduce salt intake" = "less salt" (the eating and
# the intake say nothing more)
_FOODS = (r"(?:fibre|fiber|fruits?|vegetables?|veg|veggies|protein|fish|oily fish|salt|sugar|"
          r"fat|saturated fat|red meat|processed food|calories|carbohydrates?|carbs|alcohol|"
          r"caffeine|dairy|calcium|iron)")
_EAT_MORE_OR_LESS = re.compile(rf"\b(?:eat|eating|drink|drinking)\s+(more|less|plenty\s+of|"
                               rf"lots\s+of|fewer)\s+(?={_FOODS}\b)")
_FOOD_INTAKE = re.compile(rf"\b({_FOODS})\s+(?:intake|consumption)\b")
_FEW_OR_MANY = {"more": "increase", "plenty of": "increase", "lots of": "increase",
                "less": "reduce", "fewer": "reduce"}
# Abstinence from alcohol is keeping off it: "alcohol abstinence" = "avoid alcohol"
_ABSTAIN = re.compile(r"\b(?:(?:total|complete)\s+)?(?:alcohol\s+abstinence|"
                      r"abstinence\s+from\s+alcohol|abstinence\s+from\s+drinking)\b"
                      r"|\babstain(?:ing)?\s+from\s+(?:alcohol|drinking)\b"
                      r"|\babstinencia\s+(?:(?:total|completa)\s+)?(?:de|del)\s+alcohol\b"
                      r"|\babstinencia\s+alcoholica\b")
# One verb said before two things is said for each: "stop drinking and smoking" = "stop drinking
# and stop smoking", "cut down on salt and sugar" = "... and cut down on sugar", "more fibre and
# fluids", "dejar de fumar y beber", "evitar alcohol y tabaco" (the second thing had read alone,
# or the whole as no list at all, against the same advice in another order). Only before the
# things such a verb is said of: "stop metformin and insulin" or "reduce salt and exercise
# more" are left as they are.
_KEPT_OFF_THINGS = (r"smoking|drinking(?:\s+alcohol)?|alcohol|booze|(?:the\s+)?cigarettes|"
                    r"tobacco|vaping|caffeine|coffee|sugar|salt|fizzy drinks|red meat|"
                    r"processed food|takeaways|sweets|chocolate")
_LESS_THINGS = _KEPT_OFF_THINGS + r"|(?:saturated\s+)?fat|fatty food|screen time"
_MORE_THINGS = (r"fluids|fibre|fiber|water|fruit|vegetables|veg|protein|exercise|"
                r"physical activity|walking")
_ARTICLE_ES = r"(?:(?:el|la|los|las|de)\s+)?"
_KEPT_OFF_WORDS_ES = (r"fumar|beber|alcohol|tabaco|cigarrillos?|caf[eé]|az[uú]car|sal|"
                      r"refrescos|dulces")
_KEPT_OFF_THINGS_ES = rf"{_ARTICLE_ES}(?:{_KEPT_OFF_WORDS_ES})"
_LESS_THINGS_ES = rf"{_ARTICLE_ES}(?:{_KEPT_OFF_WORDS_ES}|grasas?)"  # (less fat, not none)
_MORE_THINGS_ES = (r"(?:(?:el|la|los|las|de)\s+)?(?:l[ií]quidos|fibra|agua|fruta|verduras?|"
                   r"prote[ií]nas|ejercicio|actividad f[ií]sica)")
# ... and a referral to two services: "refer to physio and OT" = "refer to physio and refer to
# OT" ("OT" alone had paired with "referral to occupational therapy" as a thing one doctor
# names besides)
_REFERRED_TO = (r"physio(?:therapy)?|physiotherapists?|ot|occupational therapy|"
                r"occupational therapists?|dietitians?|dieticians?|dietetics|podiatry|"
                r"podiatrists?|speech and language therapy|salt|slt|psychology|psychologists?|"
                r"counsell?ing|cardiology|neurology|rheumatology|orthopa?edics|dermatology|"
                r"gastroenterology|urology|ent|respiratory|gynaecology|gynecology|"
                r"(?:the\s+)?(?:falls|pain|memory|diabetes)\s+clinic|social services|"
                r"district nurses?|fisioterapia|fisio|terapia ocupacional|logopedia|"
                r"nutricionista|cardiologia|neurologia|reumatologia|traumatologia")
_EACH_VERBS = (  # (the verbs, the things, a piece of text each verb holds)
    (r"refer(?:red)?\s+to|referrals?\s+to|derivar\s+a|derivaci[oó]n\s+a", _REFERRED_TO,
     ("refer", "deriv")),
    (r"stop(?:ping)?|giv(?:e|ing)\s+up|quit(?:ting)?|avoid(?:ing)?|cut(?:ting)?\s+out",
     _KEPT_OFF_THINGS, ("stop", "giv", "quit", "avoid", "cut")),
    (r"cut(?:ting)?\s+(?:down|back)(?:\s+on)?|reduc(?:e|ing)|less|limit(?:ing)?|lower",
     _LESS_THINGS, ("cut", "reduc", "less", "limit", "lower")),
    (r"increas(?:e|ing)|more", _MORE_THINGS, ("increas", "more")),
    (r"dejar|deje|evitar|evite|nada\s+de", _KEPT_OFF_THINGS_ES, ("dej", "evit", "nada")),
    (r"reducir|reduzca|menos|limitar|limite", _LESS_THINGS_ES, ("reduc", "menos", "limit")),
    (r"aumentar|aumente|m[aá]s", _MORE_THINGS_ES, ("aument", "mas", "más")),
)
# (the second thing ends its item: not "avoid alcohol, caffeine is fine")
_ITEM_ENDS = (r"(?=\s*(?:$|[,.;:)&]|(?:and|or|y|e|o|completely|altogether|entirely|for good|"
              r"del todo|por completo)\b))")
_ONE_VERB_FOR_TWO = [
    (re.compile(rf"\b({verbs})\s+({things})(\s*(?:,|\band\b|&|\b[ye]\b)\s*)"
                rf"(?=(?:{things}){_ITEM_ENDS})", re.IGNORECASE), hints)
    for verbs, things, hints in _EACH_VERBS]
# (a piece of text one of those verbs holds, looked for first: most texts hold none)
_ANY_EACH_VERB = re.compile("|".join(hint for _verbs, _things, hints in _EACH_VERBS
                                     for hint in hints))
SAID_EACH = re.compile("(?:no|" + "|".join(verbs for verbs, _things, _hints in _EACH_VERBS)
                       + r")\b", re.IGNORECASE)
"""One of those verbs, or "no", said first (matched at a text's start): "Stop smoking", "more
fibre", "no alcohol"."""


def verb_for_each(text: str) -> str:
    """``text`` with a verb said once before two or more things said before each (above)."""
    lowered = text.lower()
    if not _ANY_EACH_VERB.search(lowered):
        return text
    for pattern, hints in _ONE_VERB_FOR_TWO:
        if not any(hint in lowered for hint in hints):
            continue
        for _ in range(4):  # "stop smoking, drinking and coffee": one more each time
            said = pattern.sub(_said_again, text)
            if said == text:
                break
            text = said
    return text


def _said_again(match: re.Match[str]) -> str:
    verb, thing, between = match.group(1), match.group(2), match.group(3)
    # ("dejar de fumar y beber": the second takes its "de" too)
    after = match.string[match.end():].lower()
    de = "de " if thing.lower().startswith("de ") and not after.startswith(
        ("de ", "el ", "la ", "los ", "las ")) else ""
    return f"{verb} {thing}{between}{verb} {de}"


# No smoking, said alone, is the advice to stop ("no smoking", "avoid smoking", "evitar el
# tabaco" against "stop smoking" had differed); not where it says where or near whom
# ("no smoking in the car", "avoid smoking near the baby": a place kept free of smoke)
_NO_SMOKING = re.compile(
    r"\b(?:no|avoid(?:ing)?|evitar|evite|nada de)\s+"
    r"(?:smoking|smoke|cigarettes|tobacco|(?:el\s+)?tabaco|fumar)"
    # ... or for so long, or until or before a thing: "no smoking for 6 weeks before surgery"
    # had read as smoking turned down against "stop smoking 6 weeks before the operation"
    r"(?=\s*(?:$|[,.;)]|and\b|y\b|&|completely\b|at all\b|for\b|before\b|prior\b|until\b|"
    r"till\b|durante\b|antes\b|hasta\b|\d))")
# Less drinking, said alone, is less alcohol ("cut down on drinking" against "reduce alcohol"),
# as stopping it is stopping alcohol (_GIVE_UP)
# ... and keeping off drinking, said alone, keeps off alcohol: "avoid drinking", "no drinking
# for 48 hours" (not "no drinking before the operation", a fast, nor drinking and driving)
_NO_DRINKING = re.compile(r"\b(no|avoid(?:ing)?)\s+drinking(?=\s*(?:$|[,.;)]|"
                          r"and\b(?!\s+driv)|&|completely\b|at all\b|for\b))")
# "booze", the everyday word for alcohol ("cut out booze", "no booze")
_BOOZE = re.compile(r"\bbooze\b")
_LESS_DRINKING = re.compile(
    r"\b(?:cut(?:ting)?\s+(?:down|back)(?:\s+on)?|reduc(?:e|ing)|less|limit(?:ing)?)\s+"
    r"(?:the\s+|your\s+)?(?:drinking|booze)(?=\s*(?:$|[,.;)]|and\b|y\b|&))")
# The next visit to the clinic, however said: "before your next appointment", "at the next
# visit" (against "before clinic"), and "next appointment in 3 months" (a review then)
_NEXT_VISIT = re.compile(r"\b(before|at|until|till|by|to|for)\s+"
                         r"(?:(?:your|the|his|her|their)\s+)?next\s+(?:clinic\s+)?"
                         r"(?:visit|appointment|clinic|review)\b")
# (parse has written "in 3 months" as "interval 3 months")
_NEXT_VISIT_IN = re.compile(r"^\s*(?:(?:your|the)\s+)?next\s+(?:clinic\s+)?"
                            r"(?:visit|appointment|clinic|review)\s+(?=in\b|interval\b)")
# A condition said to be there a little: "a touch of arthritis", "a slight touch of asthma"
_A_TOUCH_OF = re.compile(r"\b(?:a\s+)?(?:slight\s+|little\s+|small\s+)?touch\s+of\s+")
# Coming back to the clinic after so long, said alone, is a review then: "come back in 2 weeks",
# "back in 6 months", "vuelva a consulta en 2 semanas" against "review in 2 weeks"
_RETURN_IN = re.compile(r"^\s*(?:return|back)\s+(?=interval\b|(?:in|after|within|en|"
                        r"dentro de|tras)\s+(?:\d|a\b|an\b|one|two|three|four|five|six|a few|un|"
                        r"una|dos|tres|cuatro|seis))|^\s*return\s*$")
# A medicine stopped so long before an operation or a test is paused for it (and taken again
# after): "stop warfarin 5 days before surgery" = "hold warfarin 5 days pre-op" (the table has
# made "pre-op" "before surgery" and "stop smoking" "smoking cessation" by then)
_STOP_BEFORE = re.compile(
    r"\b(?:stop|suspender|suspenda|suspende|dejar|deje|parar|pare|retirar|retire)\b"
    r"(?=(?:\s+(?!and\b|then\b|y\b)[^\s,.;]+){1,6}?\s+(?:before|antes of|antes de)\s+"
    r"(?:[^\s,.;]+\s+){0,2}?"
    r"(?:surgery|operation|procedure|biopsy|colonoscopy|endoscopy|injection|extraction|"
    r"dental work|scan|computed tomography|magnetic resonance imaging|angiogram|angiography|"
    r"contrast)\b)")
# What a dose is taken before in a day's rhythm ("one tablet a day before breakfast"), where
# "a day before" an operation is a time before it (units reads the rhythm and the time before)
MEAL_OR_BED = (r"(?:(?:the|your|his|her|an?|la|el|los|las|su)\s+)?(?:breakfast|food|meals?|"
               r"eating|bed|bedtime|sleep|lunch|dinner|supper|tea|evening|morning|night|midday|"
               r"desayuno|desayunar|comer|comida|comidas|cena|cenar|dormir|acostarse)\b")
# The "a" that counts one of so long before a thing ("stop aspirin a week before surgery" = "7
# days before", "una semana antes"); not "once a week before breakfast", nor the rhythm of "one
# tablet a day before breakfast" (units reads the time before with it too)
ONE_BEFORE = (r"(?<!once )(?<!twice )(?<!times )(?<!vez )(?<!veces )\b(?:a|an|un|una)"
              r"(?=\s+\w+\s+(?:before|prior(?:\s+to)?|antes(?:\s+de)?)\s+(?!" + MEAL_OR_BED
              + r"))")
_A_SPAN_BEFORE = re.compile(ONE_BEFORE + r"\s+(?=(?:day|week|month|hour|dia|semana|mes|hora)s?\b)")
# The verbs that pause a medicine ("hold warfarin 5 days before surgery")
PAUSE_VERBS = r"hold|withhold|held|withheld|pause|paused|omit"
# A pause "for" so long before is the pause that long before: "withhold aspirin for 7 days
# before surgery" = "stop aspirin 7 days before the operation" (the "for" had read as a course)
_PAUSED_FOR = re.compile(
    rf"\b(?P<verb>{PAUSE_VERBS})\b"
    r"(?P<what>(?:\s+(?!and\b|then\b|y\b|for\b|durante\b)[^\s,.;]+){1,4}?)\s+"
    r"(?:for|durante)\s+"
    r"(?=[^\s,.;]+\s+(?:days?|weeks?|hours?|dias?|semanas?|horas?)\s+"
    r"(?:before|antes of|antes de)\b)")
# Keyhole surgery on a joint (NHS "Arthroscopy": keyhole surgery on a joint): "keyhole op on
# the left knee", "knee keyhole surgery" = "left knee arthroscopy", "knee arthroscopy"
_JOINTS = r"knee|shoulder|hip|ankle|wrist|elbow"
_KEYHOLE_JOINT = re.compile(
    r"\bkeyhole\s+(?:surgery|op|operation|procedure)\s+(?:on|of|to|in)\s+"
    rf"(?:the\s+|his\s+|her\s+|my\s+|your\s+)?(?P<side>(?:left|right)\s+)?(?P<joint>{_JOINTS})\b"
    rf"|\b(?P<side2>(?:left|right)\s+)?(?P<joint2>{_JOINTS})\s+keyhole\s+"
    r"(?:surgery|op|operation|procedure)\b"
    # ... and "keyhole knee surgery", "key hole left knee op"
    rf"|\bkey\s?hole\s+(?P<side3>(?:left|right)\s+)?(?P<joint3>{_JOINTS})\s+"
    r"(?:surgery|op|operation|procedure)\b")
# ... and keyhole surgery in the belly, a laparoscopic one (NHS "Laparoscopy (keyhole
# surgery)"): "keyhole gallbladder op" = "laparoscopic cholecystectomy", "keyhole hernia
# repair" = "laparoscopic hernia repair"
_KEYHOLE_BELLY = re.compile(
    r"\bkey\s?hole\s+(?=(?:gallbladder|gall bladder|hernia|appendix|appendicectomy|appendectomy|"
    r"cholecystectomy|bowel|colon|stomach|womb|uterus|hysterectomy|kidney|spleen|tummy|"
    r"abdominal|reflux|anti reflux|ovary|ovarian|endometriosis)\b)")
_BAJAR = re.compile(r"\bbajar\s+(?=\d)")
# So many kilos to lose is a weight loss of them ("lose 5 kg" = "weight loss of 5 kg")
_LOSE_KILOS = re.compile(r"\b(?:lose|losing|perder|pierda)\s+(?=[\d.]+\s*(?:kg|kilos?|"
                         r"kilograms?|pounds|lbs?|stone|st)\b)")
# A weight's unit in words ("5 kilos" = "5 kg"); units reads a weight to lose with them too
KILO_WORDS = r"(?:kilos?|kilograms?|kgs|kilogramos?)"
_KILOS = re.compile(rf"(?<=\d)\s*{KILO_WORDS}\b")
_GET_SLEEP = re.compile(r"\bget\s+((?:\S+\s+hours?\s+)?)(?:of\s+)?sleep\b")
# Ringing in one ear or both is tinnitus there: "ringing in both ears" = "bilateral tinnitus",
# "ringing in her left ear" = "left tinnitus" (the table has "ringing in the ears" alone)
_RINGING = re.compile(r"\bringing\s+(?:in|of)\s+(?=(?:both|his|her|my|their|the\s+left|"
                      r"the\s+right|left|right)\s+ears?\b)")
# Words written short or informally, as a family copies a note: "till 12 wks", "til healed",
# "thru a spacer" (they had read as other words than "until" and "through"); a vaccine's giving
# as the vaccine and rehabilitation short, one word for a plan ("flu vaccination" against "flu
# vaccine", "knee rehab" against "knee rehabilitation")
_INFORMAL = {"till": "until", "til": "until", "untill": "until", "thru": "through",
             "vaccination": "vaccine", "vaccinations": "vaccine", "vacunacion": "vacuna",
             # (a child's immunisations are its vaccines: NHS "NHS vaccinations and when to
             # have them"; "UTD", up to date, as a health visitor notes them)
             "immunisation": "vaccine", "immunisations": "vaccine",
             "immunization": "vaccine", "immunizations": "vaccine", "utd": "up to date",
             "rehab": "rehabilitation"}
_INFORMAL_WORDS = re.compile(r"\b(?:" + "|".join(_INFORMAL) + r")\b")
# An inhaler through a spacer however said: "via spacer", "through a spacer", "with a spacer",
# "using your spacer", as "with spacer"
_SPACER = re.compile(r"\b(?:via|through|with|using|use)\s+(?:(?:a|the|your|his|her)\s+)?"
                     r"spacer\b")
_MEASURED_AS = {"bp": "blood pressure", "tension": "blood pressure",
                "tension arterial": "blood pressure", "presion arterial": "blood pressure",
                "blood sugar": "blood glucose", "blood sugars": "blood glucose",
                "sugar level": "blood glucose", "sugar levels": "blood glucose",
                "glucose": "blood glucose", "glucosa": "blood glucose", "azucar": "blood glucose"}


def _monitored(match: re.Match[str]) -> str:
    return f"monitor {_MEASURED_AS.get(match.group(1), match.group(1))}"


_TIME_HINTS = ("min", "hr", "hour", "hora", "wk", "mth", "mos", "yr")


def _time_in_one_form(text: str) -> str:
    text = _SHORT_TIME.sub(_short_time, text)
    text = _SPOKEN_TIME.sub(lambda m: "30 minutes" if m[1] else "30 minutos" if m[2] else (
        "90 minutos" if "hora y" in m[0] else "90 minutes"), text)
    text = _ONE_HOUR.sub(_hour_in_minutes, AN_HOUR_AFTER_AN_AMOUNT.sub(r"\1 per hour", text))
    # "walk for 30 minutes" = "walk 30 minutes", "caminar durante 30 minutos": so long each time
    return _FOR_MINUTES.sub(r"\1", text)
_CARB_RATIO = re.compile(r"\b(?:insulin\s*(?:to|:|/)\s*)?carb(?:ohydrate)?s?\s+ratio\b|"
                         r"\bi\s*:\s*c\s+ratio\b|\bicr\b|"
                         r"\bratio\s+(?:de\s+)?(?:insulina\s*/\s*)?carbohidratos\b")
_ONE_LEG = re.compile(r"\b(?:single|one)\s+leg(?:ged)?\b|\ba\s+una\s+pierna\b")
_ACTIVE_ASSISTED = re.compile(r"\bactive\s+assist(?:ed|ive)\b|\baa(?=rom\b)|"
                              r"\bactiv[oa]s?\s+asistid[oa]s?\b")
_DASHES = "-‐‑–"
_HYPHEN = re.compile(rf"(?<=\w)[{_DASHES}](?=\w)")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
# What both need, and quick to look for (a comma first): most commas part words ("knee, left")
_COMMA_DIGIT = Hinted(r",\d", ",")
# "1,000 mg" and "12,500 units" as US English and US Spanish write thousands (a leading 1–9, then
# groups of exactly three digits): the commas go, before any other comma is read as a decimal one
# ("0,5 g", "2,5 mg"); "1,000" read as 1.000 was a thousand-fold misreading.
_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")


# "Amlodipine 5 mg ON", "prednisolone 30 mg OM": the prescriber's capitals for at night (omni
# nocte) and in the morning (omni mane), read after a dose before the case is folded away; not
# "on"/"om" in small letters, nor before a word that makes "on" the word ("5 MG ON AN EMPTY
# STOMACH", "2 ON the list"); "OM" for otitis media is no dose's; "ON PRN" is at night when
# needed.
_NIGHT_OR_MORNING_LETTERS = re.compile(
    r"(?<=\d)((?:\s*(?i:mg|mcg|micrograms?|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?|"
    r"puffs?|drops?|sachets?))?\s+)(ON|OM)\b"
    r"(?=\s*(?:$|[,;.)/+&-]|(?:and|or|with|before|after|for|when|if|as|until|prn|PRN)\b))")


def _night_or_morning(match: re.Match[str]) -> str:
    return match.group(1) + ("nocte" if match.group(2) == "ON" else "mane")


def fold_letters(text: str) -> str:
    """Lower case, accents removed (also on capitals: "NEUMONÍA" = "neumonia"), ligatures and
    full-width forms plain, no-break spaces plain; numbers as written (the dose reader reads
    their marks itself, domain/amounts.py); a dose's "ON" and "OM" as "nocte" and "mane"."""
    text = text or ""
    if "ON" in text or "OM" in text:
        text = _NIGHT_OR_MORNING_LETTERS.sub(_night_or_morning, text)
    if text.isascii():  # the common case, and long texts: no accents to take off
        return text.lower()
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")


def fold(text: str) -> str:
    """``fold_letters``, then a decimal comma as a point and thousands without their commas."""
    text = fold_letters(text)
    if not _COMMA_DIGIT.search(text):
        return text
    return _DECIMAL_COMMA.sub(".", without_thousands_commas(text))


def without_thousands_commas(text: str) -> str:
    """"1,000 mg", "100,000 colonies" with their thousands written without commas."""
    if not _COMMA_DIGIT.search(text):
        return text
    return _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)


# One-word names ("carcinoma" -> "cancer"), to write each canonical term in canonical words
# ("ductal carcinoma insitu" -> "ductal cancer insitu"), so a name replaced inside a longer term
# reads the same as the whole term's own entry.
_ONE_WORD = {name: canonical for canonical, names in SYNONYMS.items() for name in names
             if " " not in name and " " not in canonical}


def _in_canonical_words(term: str) -> str:
    return " ".join(_ONE_WORD.get(word, word) for word in term.split())


_TO_CANONICAL: dict[str, str] = {}
for _canonical, _names in SYNONYMS.items():
    _target = _in_canonical_words(_canonical)
    _TO_CANONICAL.setdefault(_canonical, _target)  # a canonical term is never rewritten
    _TO_CANONICAL.setdefault(_target, _target)
    for _name in _names:
        _TO_CANONICAL.setdefault(_name, _target)
# A name with "the" inside is also found without it, as people leave it out ("blood clot in
# lung", "water on brain", and "the" is what remains of "my" in "stone in my kidney" read apart)
for _key, _target in list(_TO_CANONICAL.items()):
    if " the " in _key:
        _TO_CANONICAL.setdefault(_key.replace(" the ", " "), _target)
# A name of tablets or pills is also found for one ("blood pressure tablet", "pastilla para el
# colesterol"), and a name of one for many, as families write either
_ONE_AND_MANY = {"tablet": "tablets", "pill": "pills", "pastilla": "pastillas",
                 "comprimido": "comprimidos", "capsule": "capsules", "capsula": "capsulas"}
_ONE_AND_MANY.update({many: one for one, many in list(_ONE_AND_MANY.items())})
for _key, _target in list(_TO_CANONICAL.items()):
    if " " in _key and not _ONE_AND_MANY.keys().isdisjoint(_words := _key.split()):
        _TO_CANONICAL.setdefault(" ".join(_ONE_AND_MANY.get(w, w) for w in _words), _target)
# A medicine's one-word name is also found in the plural, as families write it ("two
# paracetamols", "the statins"): "paracetamols" had read as some other medicine than
# "paracetamol"
for _key, _target in list(_TO_CANONICAL.items()):
    if (_target in NAMED_MEDICINES and _key.isalpha() and len(_key) >= 5
            and not _key.endswith("s")):
        _TO_CANONICAL.setdefault(f"{_key}s", _target)
# The names are looked up word by word rather than as one regular expression: an alternation
# of ~400 names took ~8 ms to compile on every start (the PDF export pays it in full), and these
# look-ups give the same replacements (tests/domain/test_terms_lookup.py checks them against
# that expression). First word of a name -> the numbers of words its names have, most first.
def _lengths_by_first_word(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The first word of each name -> how many words the names beginning with it have, most
    first (a text's names are then looked for only where a word begins one)."""
    lengths: dict[str, set[int]] = {}
    for name in names:
        said = name.split()
        lengths.setdefault(said[0], set()).add(len(said))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


_NAME_LENGTHS = _lengths_by_first_word(_TO_CANONICAL)
_WORD = re.compile(r"\w+")


_WORDS_APART = re.compile(r"(\W+)")


@lru_cache(maxsize=8192)
def _replace_names(text: str) -> str:
    """Each name of the table (whole words, the longest at a place first, not after a ".")
    replaced by its canonical term."""
    # the words at the even places, what stands between them at the odd ones (a text that
    # begins or ends with no word has an empty one there)
    parts = _WORDS_APART.split(text)
    count_words = (len(parts) + 1) // 2 - (not parts[-1])
    out: list[str] = []
    done = 0  # parts before this index are in ``out``
    i = 0
    while i < count_words:
        step = 1
        lengths = _NAME_LENGTHS.get(parts[2 * i])
        if lengths and (i == 0 or not parts[2 * i - 1].endswith(".")):
            for count in lengths:
                last = i + count - 1
                if last >= count_words or not all(
                        parts[2 * j - 1].isspace() for j in range(i + 1, last + 1)):
                    continue
                target = _TO_CANONICAL.get(" ".join(parts[2 * i:2 * last + 1:2]))
                if target is not None:
                    out.append("".join(parts[done:2 * i]))
                    out.append(target)
                    done = 2 * last + 1
                    step = count
                    break
        i += step
    if not out:
        return text
    out.append("".join(parts[done:]))
    return "".join(out)


@cache
def known_names() -> frozenset[str]:
    """Every name the table knows, folded, in every language it reads: the names it rewrites
    and the ones it rewrites them to."""
    return frozenset((*_TO_CANONICAL, *_TO_CANONICAL.values()))


@cache  # the table's, built once (it was built again for each text: ~0.2 ms each)
def _targets() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """Every canonical term as the table writes it in a text, and by its first word how many
    words those beginning with it have."""
    targets = frozenset(_TO_CANONICAL.values())
    return targets, _lengths_by_first_word(targets)


@lru_cache(maxsize=4096)
def names_in(text: str) -> frozenset[str]:
    """The table's terms a text names, once rewritten in them ("PCI, then DAPT" ->
    percutaneous coronary intervention and dual antiplatelet therapy), each as the table writes
    it; also a term inside a longer one ("laparoscopic cholecystectomy" names cholecystectomy)."""
    targets, lengths = _targets()
    words = _WORD.findall(canonical(text or ""))  # "shin splints, both legs": not "syndrome,"
    return frozenset(
        " ".join(words[i:i + n]) for i, word in enumerate(words) for n in lengths.get(word, ())
        if i + n <= len(words) and " ".join(words[i:i + n]) in targets)


_REPEATED = re.compile(r"\b(\w+)(?:\s+\1\b)+")
_SPANISH_RE = re.compile(r"\b(" + "|".join(SPANISH_FUNCTION_WORDS) + r")\b")
_SPANISH_HINT = re.compile(r"\b(de|del|la|el|los|las|con|sin|y|en|por|una|un|durante|cada)\b")
_AMBIGUOUS_RE = re.compile(r"(?<![\w.])(" + "|".join(AMBIGUOUS) + r")(?![\w])", re.IGNORECASE)
# Also an everyday English word: an abbreviation only when written in capitals.
_CAPITALS_ONLY = frozenset({"as"})
# Abbreviations that are also words ("all", "net", "cap"), or another abbreviation in other
# letters ("PSA", the antigen): read only as written here, in capitals (Stedman; the
# specialties' abbreviation lists). Not MG and MM: a dose or a size written in capitals.
CAPITAL_NAMES = {
    "ALL": "acute lymphoblastic leukemia", "CAP": "community acquired pneumonia",
    "NET": "neuroendocrine tumor", "TEN": "toxic epidermal necrolysis",
    "CUP": "cancer of unknown primary", "HIT": "heparin induced thrombocytopenia",
    "PAD": "peripheral artery disease", "POTS": "postural orthostatic tachycardia syndrome",
    "AIDS": "acquired immunodeficiency syndrome", "PsA": "psoriatic arthritis",
    "cSCC": "cutaneous squamous cell carcinoma",
    # treatments and tests whose letters are also a word ("toe", "peg", "tips", "fit", "salt",
    # "tens") or a name ("Rai", the staging of leukaemia)
    "TOE": "transesophageal echocardiogram", "PEG": "percutaneous endoscopic gastrostomy",
    "TIPS": "transjugular intrahepatic portosystemic shunt", "FIT": "fecal immunochemical test",
    "SALT": "speech and language therapy",
    "TENS": "transcutaneous electrical nerve stimulation", "RAI": "radioactive iodine therapy",
    # Spanish "trastorno del espectro autista" ("tea" is the drink)
    "TEA": "autism spectrum disorder",
    # a report's short name of an ultrasound scan ("US abdomen", "US RUQ"; "us" is a word)
    "US": "ultrasound",
    # rest, ice, compression, elevation ("rice" is a food)
    "RICE": "rest ice compression and elevation",
}
_CAPITAL_RE = Hinted(r"(?<![\w.])(" + "|".join(CAPITAL_NAMES) + r")(?![\w])", *CAPITAL_NAMES)
_H_PYLORI = re.compile(r"\bh\.\s*pylori\b", re.IGNORECASE)


def capital_names(text: str) -> str:
    """The text with the abbreviations of CAPITAL_NAMES, where written so, in full; and
    "H. pylori" as one name."""
    if not text:
        return text
    if text != text.lower():  # each abbreviation has a capital: none in a text without
        text = _CAPITAL_RE.sub(lambda m: CAPITAL_NAMES[m.group(1)], text)
    if ("LA" in text or "MI" in text) and _ON_THE_HEART.search(text):
        # on an echo, "LA" is the left atrium (not the Spanish "la") and "MI" mitral
        # insufficiency ("moderate MI on echo" had read as a heart attack)
        text = _CHAMBER_OR_VALVE.sub(lambda m: _ON_AN_ECHO[m.group()], text)
    return _H_PYLORI.sub("h pylori", text) if "." in text else text


_ON_THE_HEART = re.compile(r"(?i)\b(?:echo\w*|tte|tee|atri(?:um|al)|valves?|valvular|"
                           r"regurgita\w*|murmur|dilated|enlarged)\b")
_ON_AN_ECHO = {"LA": "left atrium", "MI": "mitral insufficiency"}
_CHAMBER_OR_VALVE = re.compile(r"(?<![\w.])(?:LA|MI)(?![\w.])")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|(?<=\ws)['’](?=\s|$)")  # "Crohn's", "Graves'"
# A name in the possessive with nothing after it in its clause: "Crohn's", "Bell's", "Graves'".
_BARE_POSSESSIVE = re.compile(
    r"\b([a-z]+?)(s?)(?:['’]s|(?<=s)['’])(?=\s*(?:$|[,;:.?!)/]|\s(?:and|or|with|vs|versus|plus|"
    r"and/or)\b))")
# What such a name stands for: the second word of the table's names made of an eponym and one
# of these ("Barrett esophagus", "Dupuytren contracture", "Bell palsy").
_EPONYM_HEADS = frozenset({
    "disease", "syndrome", "disorder", "phenomenon", "palsy", "thyroiditis", "lymphoma",
    "esophagus", "contracture", "chorea", "sarcoma", "tumor", "kyphosis", "anomaly", "neuroma",
    "neuralgia", "arteritis", "cyst", "ulcer", "fracture", "sign", "macroglobulinemia"})
# The names of the table that only say what kind of thing it is, with no eponym before them
KIND_WORDS = _EPONYM_HEADS | {"deformity", "lesion", "injury", "infection", "pain", "tear",
                              "mass", "lump", "rash", "arthritis", "arthropathy", "dystrophy",
                              "myopathy", "neuropathy", "cancer", "tumour", "anemia"}
# Words before an eponym in its name: "von Willebrand", "Lou Gehrig"
_EPONYM_PARTICLES = frozenset({"von", "van", "de", "lou"})


@cache
def _eponym_names() -> dict[str, str]:
    """Eponym -> the one name of the table it stands for alone ("bell" -> "bell palsy"). Not a
    word that names two conditions so ("Cushing": the disease and the syndrome), nor one found
    later in a name than its first word (after "von" and the like): a part of the body
    ("kidney cyst", "polycystic kidney disease") or a word of other names ("non Hodgkin")."""
    names: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    later: set[str] = set()
    for key, target in _TO_CANONICAL.items():
        words = key.split()
        start = 0
        while start < len(words) - 1 and words[start] in _EPONYM_PARTICLES:
            start += 1
        # (not after "de": Spanish names the eponym last, "enfermedad de Crohn"; nor after
        # "non", "no": "non-Hodgkin's" is "non" and the bare "Hodgkin's", Hodgkin lymphoma)
        later.update(w for before, w in zip(words[start:-1], words[start + 1:], strict=True)
                     if before not in ("de", "del", "non", "no", *_EPONYM_PARTICLES))
        if len(words) == start + 2 and words[-1] in _EPONYM_HEADS:
            names.setdefault(words[start], set()).add(target)
            written.setdefault(words[start], " ".join(words[start:]))
    alone = {word: written[word] for word, targets in names.items()
             if len(targets) == 1 and word not in later
             and not (word.endswith("s") and word[:-1] in names and len(names[word[:-1]]) > 1)}
    # "Graves'" and "Menieres's" name the same as "Graves" and "Meniere"
    for word, key in list(alone.items()):
        if word.endswith("s") and not word.endswith(("us", "ss")) and word[:-1] not in names:
            alone[word[:-1]] = key
    return alone


@cache
def eponyms() -> frozenset[str]:
    """The eponyms the table's names begin with ("bell", "crohn", "graves")."""
    return frozenset(_eponym_names())


def without_possessives(folded: str) -> str:
    """A folded text without its possessives ("Crohn's disease" = "Crohn disease"), where a
    name in the possessive with nothing after it is the one condition the table names after it
    ("Addison's" is Addison disease, "Barrett's" Barrett's esophagus)."""
    if "'" not in folded and "’" not in folded:
        return folded

    def named(match: re.Match[str]) -> str:
        stem, plural_s = match.groups()
        known = _eponym_names()
        for form in (stem + plural_s, stem):
            if form in known:
                return known[form]
        return match.group(0)

    return _POSSESSIVE.sub("", _BARE_POSSESSIVE.sub(named, folded))
# The one name people write as a list, with commas and in any order: "hand, foot and mouth
# disease", "enfermedad de boca, manos y pies" (a comma elsewhere still parts two things).
_PART = r"(hands?|manos?|foot|feet|pies?|mouth|boca)"
_LISTED_NAME = re.compile(rf"\b(?:enfermedad\s+(?:de\s+)?)?{_PART}(?:,\s*|\s+){_PART},?\s+"
                          rf"(?:and|y)\s+{_PART}(?:\s+disease)?\b")
_PART_OF = {"hand": "hand", "hands": "hand", "mano": "hand", "manos": "hand", "foot": "foot",
            "feet": "foot", "pie": "foot", "pies": "foot", "mouth": "mouth", "boca": "mouth"}


def _listed_name(match: re.Match[str]) -> str:
    if {_PART_OF[w] for w in match.groups()} != {"hand", "foot", "mouth"}:
        return match.group()
    return "hand foot and mouth disease"


# A product of two medicines written with a slash between its two names, as prescriptions and
# letters often write it ("amoxicillin/clavulanate", "TMP/SMX", "amoxicilina/ácido clavulánico"):
# read as its name written with a space (a product of three with two slashes too). Only the
# names of _COMBINATION_NAMES; any other slash stays as written.
@cache
def _slash_pattern() -> re.Pattern[str]:
    variants = set()
    for canonical_name, names in _COMBINATION_NAMES.items():
        for name in (canonical_name, *names):
            words = [re.escape(word) for word in name.split()]
            if len(words) > 1:  # a slash or a space between any two words, a slash at least
                variants.add(r"(?=[^/]*/)" + r"(?:\s*/\s*|\s+)".join(words))
    return re.compile(r"(?<![\w/])(?:" + "|".join(sorted(variants, key=len, reverse=True))
                      + r")(?![\w/])")


def _slashed_combinations(text: str) -> str:
    return _slash_pattern().sub(lambda m: " ".join(re.split(r"[\s/]+", m.group())), text)


# The endings of a procedure's or a test's name ("-ectomy", "-scopy", "-lysis", "-grafía"): a
# word of a plan, not of a condition (diagnosis_match lists, plan_match purposes)
PROCEDURE_ENDING = re.compile(r"(?:ectomy|otomy|ostomy|plasty|scopy|therapy|graphy|gram|"
                              r"ectomia|otomia|ostomia|plastia|scopia|terapia|grafia|grama|"
                              r"(?<!para)lysis|(?<!para)lisis)$")  # not paralysis, a condition
_PET_SLASH = re.compile(r"\bpet\s*/\s*(?:ct|tc|tac)\b")
# the UK's kidney bloods, "U&E", "U+Es", "U & E": one test by its letters
_U_AND_E = re.compile(r"\bu\s*[&+]\s*es?\b")
# ("D&V" keeps its sign: one complaint)
_AMPERSAND = re.compile(r"(?<=\ba)\s*&\s*(?=e\b)|(?<=\bo)\s*&\s*(?=g\b)"
                        r"|(?<=[a-z])\s+&\s+(?=[a-z])")
# A study or test done on or off a breathing machine or oxygen: with it or without it
_ON_OFF_MACHINE = re.compile(r"\b(on|off)(\s+(?:(?:the|his|her|their|your)\s+)?(?:cpap|bipap|niv|"
                             r"nippv|oxygen|o2|ventilator|ventilation|the machine)\b)")
_HOLD_AN_AID = re.compile(r"\bhold(?:ing)?\s+(?:the\s+|a\s+|your\s+|his\s+|her\s+)?"
                          r"((?:walking\s+)?(?:cane|stick)|frame|rail|handrail|banister)\b")
_KEEP_ON = re.compile(r"\b(keep|leave)\s+(?:the\s+|your\s+)?(dressing|plaster|bandage|cast|splint|"
                      r"boot|sling|patch)\s+on\b")
# ... and walking in or out of what is worn on a limb or the neck
_WORN_WORD = re.compile(r"boot|brace|splint|cast|sling|collar|plaster")
_IN_OUT_OF_WORN = re.compile(r"\b(in|out of)(\s+(?:(?:a|the|his|her|their|your)\s+)?(?:moon\s+)?"
                             r"(?:boot|brace|splint|cast|sling|collar|plaster)\b)")
_CALL_FOR_HELP = re.compile(r"\b(?:ring|phone|dial|telephone)\s+(?=(?:999|111|911|112|nhs|an "
                            r"ambulance|the gp|your gp|the surgery|the ward|the hospital|us)\b)")
_MACHINE_WORD = re.compile(r"cpap|bipap|niv|nippv|oxygen|o2|ventilat|machine")
_TO_ED = re.compile(r"\b(to|in|at|from|into|attend)\s+(?:the\s+)?ed\b")
# "PT referral", "PT 2x/week", "refer to OT": physical and occupational therapy (elsewhere PT
# may be a prothrombin time, OT an operating theatre)
_THERAPY_LETTERS = re.compile(
    r"\b(pt|ot)\b(?=\s+(?:referral|assessment|review|input|r/v|sessions?|exercises?|"
    r"\d+\s*x|twice|once|three times|weekly|for\b))"
    r"|(?<=\brefer to )(pt|ot)\b|(?<=\breferral to )(pt|ot)\b|(?<=\breferral )(pt|ot)$")
_THERAPIES = {"pt": "physical therapy", "ot": "occupational therapy"}
# "Radio" is Spanish for radiotherapy as for the radius: radiotherapy beside chemotherapy or a
# cancer ("quimioterapia seguida de radio", "radio y quimio", "sesiones de radio"), never
# beside a fracture
_RADIO_CONTEXT = re.compile(r"\b(?:quimio\w*|oncolog\w*|tumor\w*|cancer|carcinoma|metastasis|"
                            r"radioterapeuta)\b|\bsesiones de radio\b")
_RADIO = re.compile(r"\bradio\b(?!\s+(?:distal|proximal|izquierdo|derecho)\b)")
_TO_ITU = re.compile(r"\b(to|in|on|into|from)\s+(?:the\s+)?itu\b")
# Where a medicine is put: "injection into the knee" is "injection in the knee", "cream onto the
# rash" "cream on the rash" ("into" otherwise links two things whose order counts: "bleeding
# into the brain")
_PUT_INTO = re.compile(r"\b(injections?|injected|inject|infiltrations?|infiltrated|instill(?:ed)?|"
                       r"drops?|ointment|cream|gel|spray|sprays|appl(?:y|ied)|put|rub(?:bed)?|"
                       r"inserted|placed)\s+(in|on)to\b")
_INNER_OUTER = re.compile(r"\b(menisco|meniscos)\s+(intern[oa]s?|extern[oa]s?)\b")
_RADIOTHERAPY_SESSIONS = re.compile(r"(?<![\w.])(\d+)\s+(?:sessions|sesiones)\b")
_COUNTED_DROP = re.compile(r"\b(una|un|media|\d+(?:[.,]\d+)?)\s+gota\b")
# "por la noche" (in Latin America "en la noche"), "por las noches" is "at night", as a rhythm's
# time of day
_PART_OF_THE_DAY = re.compile(r"\b(?:por|en) las? (noche|manana|tarde)s?\b")
_PARTS_OF_THE_DAY = {"noche": "at night", "manana": "in the morning",
                     "tarde": "in the afternoon"}
_BY_LAPAROSCOPY = re.compile(
    r"\s+(?:(?:por|via)\s+(?:via\s+)?laparoscopi(?:a|ca)|laparoscopically)\b")
_HASH_FRACTURE = re.compile(r"(?<![\w#])#\s*(?=[a-z])|(?<=[a-z'])\s*#(?![\w#])")


# Spanish names of operations, scopes and therapies end as their English ones do, in "-ía":
# "-ectomía", "-ostomía", "-otomía", "-plastia", "-scopia", "-grafía", "-pexia", "-rrafia",
# "-terapia"; their stems differ from English in a few letters ("inm-" is "imm-"; "nefr",
# "traque", "histe", "tiroid", "esplen", "cist", "bronco", "neumon" are "nephr", "trache",
# "hyste", "thyroid", "splen", "cyst", "broncho", "pneumon")
_SPANISH_PROCEDURE = re.compile(
    r"\b([a-z]{3,}?)(ectom|ostom|otom|plast|scop|graf|pex|rraf|terap)ias?\b")
_PROCEDURE_ENDINGS = {"ectom": "ectomy", "ostom": "ostomy", "otom": "otomy", "plast": "plasty",
                      "scop": "scopy", "graf": "graphy", "pex": "pexy", "rraf": "rrhaphy",
                      "terap": "therapy"}
_ENGLISH_STEMS = (("nefr", "nephr"), ("traque", "trache"), ("histe", "hyste"),
                  ("tiroid", "thyroid"), ("esplen", "splen"), ("cist", "cyst"),
                  ("bronco", "broncho"), ("neumon", "pneumon"))


def _procedure_in_english(match: re.Match[str]) -> str:
    stem = match.group(1)
    if stem.startswith("inm"):
        stem = "imm" + stem[3:]
    for spanish, english in _ENGLISH_STEMS:
        if spanish in stem:
            stem = stem.replace(spanish, english, 1)
            break
    return stem + _PROCEDURE_ENDINGS[match.group(2)]


# The head a scan looks at is the brain ("CT head" = "CT brain", "head scan" = "brain scan"),
# the back an image looks at the spine ("MRI of the back" = "MRI spine", which "MRI lumbar
# spine" says more exactly); a head X-ray is the skull, and stays. (In the table's words.)
_IMAGING = r"computed tomography|magnetic resonance imaging|scan|radiograph|ultrasound"
_HEAD_OR_BACK = {"head": "brain", "cabeza": "brain", "craneo": "brain", "craneal": "brain",
                 "cerebral": "brain", "cerebro": "brain", "back": "spine", "espalda": "spine",
                 "columna": "spine"}
_IMAGED_HEAD_OR_BACK = Hinted(
    rf"\b(?P<test>{_IMAGING})\s+(?:(?:of|de)\s+(?:the\s+|his\s+|her\s+|my\s+|your\s+|la\s+|"
    rf"el\s+)?)?(?P<part>{'|'.join(_HEAD_OR_BACK)})\b|\b(?P<part2>head|back)\s+"
    rf"(?P<test2>{_IMAGING})\b", *_HEAD_OR_BACK)


def _imaged_region(match: re.Match[str]) -> str:
    test, part = match["test"] or match["test2"], match["part"] or match["part2"]
    if _HEAD_OR_BACK[part] == "brain" and test in ("radiograph", "ultrasound"):
        return match.group()  # (the skull's bones, a baby's head)
    return f"{test} {_HEAD_OR_BACK[part]}"


_CANT = re.compile(r"\bcan(?:['’]t| not)\b")


@lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """The text with every name in the table replaced by its canonical clinical term, accents
    and case folded, hyphens as spaces. Ambiguous abbreviations are left as they are."""
    return _canonical_folded(fold(capital_names(text)))


# An organ taken out is the operation that takes it out, as a family says it (NHS pages of
# each operation): "take out the womb" = "hysterectomy", "remove the left kidney" = "left
# nephrectomy", "womb and ovaries removed" = "hysterectomy and bilateral oophorectomy"; not a
# thing in the organ ("remove the kidney stone", "breast lump removed": its own below), nor a
# part of it ("remove part of the kidney")
_ORGAN_OPERATION = {
    "womb": "hysterectomy", "uterus": "hysterectomy", "matriz": "hysterectomy",
    "utero": "hysterectomy", "kidney": "nephrectomy", "rinon": "nephrectomy",
    "kidneys": "bilateral nephrectomy", "prostate": "prostatectomy",
    "prostata": "prostatectomy", "spleen": "splenectomy", "bazo": "splenectomy",
    "thyroid": "thyroidectomy", "tiroides": "thyroidectomy", "breast": "mastectomy",
    "breasts": "bilateral mastectomy", "mama": "mastectomy", "ovary": "oophorectomy",
    "ovario": "oophorectomy", "ovaries": "bilateral oophorectomy",
    "ovarios": "bilateral oophorectomy", "bladder": "cystectomy", "vejiga": "cystectomy",
    "testicle": "orchiectomy", "testiculo": "orchiectomy", "adenoids": "adenoidectomy",
    "gallbladder": "cholecystectomy", "vesicula": "cholecystectomy",
    "appendix": "appendectomy", "apendice": "appendectomy", "tonsils": "tonsillectomy",
    "amigdalas": "tonsillectomy"}
_OUT_SIDES = {"left": "left", "right": "right", "both": "bilateral", "izquierdo": "left",
              "izquierda": "left", "derecho": "right", "derecha": "right", "ambos": "bilateral",
              "ambas": "bilateral"}
ORGANS_TAKEN_OUT = "|".join(sorted(_ORGAN_OPERATION, key=len, reverse=True))
"""The organs an operation takes out, as a pattern's alternatives ("womb|kidney|...")."""
_ORGAN = ORGANS_TAKEN_OUT
_SIDE = "|".join(_OUT_SIDES)
_DET = r"(?:(?:the|his|her|my|your|their|el|la|los|las|su|sus)\s+)?"
_NOT_IN_IT = (r"(?!\s+(?:lumps?|cysts?|stones?|polyps?|tumou?rs?|cancer|mass|masses|nodules?|"
              r"growths?|implants?|stents?|catheters?|tubes?|drains?|tissue|lesions?|biopsy|"
              r"sample|fluid|piedras?|quistes?|bultos?|nodulos?|polipos?)\b)")
_ONE_ORGAN = (rf"{_DET}(?:(?P<side{{n}}>{_SIDE})\s+)?(?P<organ{{n}}>{_ORGAN})\b"
              rf"(?:\s+(?P<after{{n}}>{_SIDE})\b)?{_NOT_IN_IT}")
# The words that take a thing out, before it ("take out the womb", "removal of the spleen")
_TAKE_OUT = r"(?:take|taking|took|taken|remove|removing|removed|removal of|cut out)"
_ORGANS_OUT = re.compile(
    rf"\b(?:{_TAKE_OUT}|quitar|extirpar|extirpacion de|extirpacion del|sacar)\s+(?:out\s+)?"
    r"(?!part\b|parte\b)"
    + _ONE_ORGAN.format(n=0) + r"(?:\s+(?:and|y)\s+" + _ONE_ORGAN.format(n=1) + r")?"
    + r"(?:\s+out\b)?"
    # ... or named first: "womb and ovaries removed", "left kidney taken out"
    + r"|(?<!part of )(?<!parte de )\b" + _ONE_ORGAN.format(n=2) + r"(?:\s+(?:and|y)\s+"
    + _ONE_ORGAN.format(n=3) + r")?\s+(?:removed|taken out|removal)\b")
_OUT_HINT = re.compile(r"\b(?:take|taking|took|taken|remov\w*|cut out|quitar|extirpa\w*|"
                       r"sacar)\b")


def _one_out(match: re.Match[str], n: int) -> str:
    organ = match[f"organ{n}"]
    if not organ:
        return ""
    operation = _ORGAN_OPERATION[organ]
    side = _OUT_SIDES.get(match[f"side{n}"] or match[f"after{n}"] or "", "")
    if side == "bilateral" and operation.startswith("bilateral "):
        side = ""
    return f"{side} {operation}".strip()


def organs_out(text: str) -> str:
    """``text`` with organs taken out said as their operations (``_organs_out``), folded, where
    it names one; else as it is. For a reader that cuts a text into a list before its names are
    read ("take out the womb and ovaries" is two operations, not the womb and the ovaries)."""
    if not _OUT_HINT.search(text.lower()):
        return text
    folded = fold(text)
    changed = _organs_out(folded)
    return changed if changed != folded else text


def _organs_out(text: str) -> str:
    def named(match: re.Match[str]) -> str:
        first = 0 if match["organ0"] else 2
        return " and ".join(filter(None, (_one_out(match, first), _one_out(match, first + 1))))
    text = _ORGANS_OUT.sub(named, text)
    text = _BREAST_LUMP_OUT.sub(lambda m: f"{m['side'] or m['side2'] or ''} lumpectomy", text)
    text = _PART_OF_BOWEL_OUT.sub("bowel resection", text)
    # "keyhole op to take his appendix out": a laparoscopic appendectomy
    return _KEYHOLE_TO.sub("laparoscopic ", text) if "key" in text else text


_KEYHOLE_TO = re.compile(r"\bkey\s?hole\s+(?:surgery|op|operation|procedure)\s+(?:to\s+)?"
                         r"(?=(?:left |right |bilateral )?[a-z]+ectomy\b)")


# A breast lump taken out is a lumpectomy (NHS "Breast cancer in women - treatment": breast
# conserving surgery, the lump removed)
_BREAST_LUMP_OUT = re.compile(
    r"\b(?:(?P<side>left|right)\s+)?breast\s+lump\s+(?:removed|taken out|removal|excised)\b|"
    rf"\b{_TAKE_OUT}\s+(?:out\s+)?(?:the\s+|her\s+|my\s+)?(?:(?P<side2>left|right)\s+)?"
    r"breast\s+lump\b(?:\s+out\b)?")


# Joints replaced, as a family says it: "both knees replaced" = "bilateral knee replacement"
_JOINTS_REPLACED = re.compile(r"\b(?P<side>both|left|right)\s+(?P<joint>knee|hip|shoulder)s?\s+"
                              r"(?:replaced|replacements?)\b")
# Part of the bowel taken out is a bowel resection (NHS "Colectomy": part of the large bowel)
_PART_OF_BOWEL_OUT = re.compile(
    rf"\b{_TAKE_OUT}\s+(?:out\s+)?part\s+of\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:bowel|intestine|gut)\b|\bpart\s+of\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:bowel|intestine|gut)\s+(?:removed|taken out)\b")


# Another of a test is a repeat of it ("another scan in 6 months" = "repeat CT in 6 months",
# made more exact); not "another opinion", "another drug"
_ANOTHER_TEST = re.compile(
    r"\banother\s+(?=(?:scan|ct|mri|x ray|xray|ultrasound|blood tests?|bloods|biopsy|echo|ecg|"
    r"colonoscopy|endoscopy|mammogram|test|psa|smear|camera test)\b)")
# A check-up, and a check at a rhythm, is a review as a letter says it: "yearly check" =
# "annual review", "6 monthly check-up" (not a check of a thing: "annual check of the
# kidneys", "regular check on his blood pressure", "check bloods")
_CHECK_UP = re.compile(
    r"\b(?P<when>(?:annual|yearly|regular|routine|monthly|weekly)\s+)?check\s?ups?\b"
    r"|\b(?P<when2>(?:annual|yearly|regular|routine|monthly|weekly)\s+)check\b"
    r"(?!\s+(?:of|on|for|the|your|his|her|their|blood|bloods|urine|bp|sugar|levels?)\b)"
    # (a plan of a check alone, once its rhythm is read apart: "yearly check" -> "check")
    r"|^check$")


@lru_cache(maxsize=8192)
def _canonical_folded(text: str) -> str:
    """``canonical`` of a text whose capitals are read and whose case and accents are folded:
    kept apart, as texts that differ only in case ("Walking aid" and the "walking aid" of its
    words without facts) are then read once."""
    # (each rewriting tried only where a word it needs is: a name is looked up in ~400 texts
    # of a long case, and most have none of these)
    text = without_possessives(text)
    if "can" in text:
        # "can't" as "cannot", one word a name can hold ("can't have children" is infertility;
        # the apostrophe parts a name's words)
        text = _CANT.sub("cannot", text)
    if " and " in text or "," in text or " y " in text or "&" in text or " e " in text:
        text = verb_for_each(text)  # "stop drinking and smoking": a stop for each
    if "mouth" in text or "boca" in text:
        text = _LISTED_NAME.sub(_listed_name, text)
    if "situ" in text:
        text = re.sub(r"\bin\s+situ\b", "insitu", text)
    if "menisco" in text:  # the knee's inner and outer meniscus: medial, lateral
        text = _INNER_OUTER.sub(lambda m: m.group(1) + (" medial" if m.group(2).startswith(
            "intern") else " lateral"), text)
    if "gota" in text:  # "una gota" is a drop, "gota" alone gout
        text = _COUNTED_DROP.sub(r"\1 drop", text)
    if _OUT_HINT.search(text):
        text = _organs_out(text)  # "take out the womb and ovaries": the operations' names
    if "replace" in text:  # "both knees replaced": a knee replacement on each side
        text = _JOINTS_REPLACED.sub(lambda m: f"{_OUT_SIDES[m['side']]} {m['joint']} "
                                    "replacement", text)
    if "another" in text:
        text = _ANOTHER_TEST.sub("repeat ", text)  # "another scan in 6 months": a repeat one
    if "check" in text:
        text = _CHECK_UP.sub(lambda m: f"{m['when'] or m['when2'] or ''}review", text)
    if "fx" in text:  # "50 Gy in 25 fx": a number of radiotherapy fractions, not a fracture
        text = re.sub(r"(?<![\w.])(\d+)\s*fx\b", r"\1 fractions", text)
    if "radiot" in text or "radioterap" in text:  # a radiotherapy's sessions are its fractions
        text = _RADIOTHERAPY_SESSIONS.sub(r"\1 fractions", text)
    if "rads" in text:
        text = _COMPOUNDS.sub(lambda m: m.group(1) + "rads", text)
    if _SPANISH_HINT.search(text):
        # Spanish "mi" is "my" ("dolor en mi rodilla"), never the English abbreviation MI
        text = re.sub(r"\bmis?\s+(?=[a-z])", "", text)
    text = unify_spelling(text)
    if "esophag" in text:
        text = re.sub(r"\bgastr(?:o[\s-]+)?esophag", "gastroesophag", text)
    if any(dash in text for dash in _DASHES):
        text = _HYPHEN.sub(" ", text)
    # an exercise on one leg, or moved with help: another exercise than the plain one ("single
    # leg glute bridge" against "glute bridge", "active assisted ROM" against "active ROM")
    if "leg" in text or "pierna" in text:
        text = _ONE_LEG.sub("singleleg", text)
    if "working day" in text or "business day" in text or "work day" in text:
        text = _WORKING_DAYS.sub("workingdays", text)  # "7 working days" is no "7 days"
    if any(hint in text for hint in _TIME_HINTS):
        text = _time_in_one_form(text)
    if any(verb in text for verb in _MEASURING_HINTS):
        text = _MEASURING.sub(_monitored, text)
    if "doseto" in text:
        # a change to a dose in another form of the word or in Spanish: "increasing to 100 mg",
        # "subir a 100 mg", "aumentar a" are "increase to" (units writes "to 100 mg" "doseto");
        # "increasing to 100 mg" against "increase to 100 mg" had read as two plans
        text = _CHANGED_TO.sub(lambda m: "increase" if m.group(1) else "reduce", text)
    if " la" in text and ("noche" in text or "manana" in text or "tarde" in text):
        text = _PART_OF_THE_DAY.sub(lambda m: _PARTS_OF_THE_DAY[m.group(1)], text)
    if "keyhole" in text or "key hole" in text:
        # keyhole surgery on a joint is an arthroscopy, not a laparoscopy
        text = _KEYHOLE_JOINT.sub(lambda m: f"{m['side'] or m['side2'] or m['side3'] or ''}"
                                  f"{m['joint'] or m['joint2'] or m['joint3']} arthroscopy", text)
        text = _KEYHOLE_BELLY.sub("laparoscopic ", text)  # "keyhole gallbladder op"
    if "laparosc" in text:  # "quitar la vesícula por laparoscopia" is a laparoscopic one
        text = _BY_LAPAROSCOPY.sub(" laparoscopic", text)
    if "to " in text and ("into" in text or "onto" in text):
        text = _PUT_INTO.sub(r"\1 \2", text)
    if "each" in text or "cada" in text:
        # "1 drop in each eye" = "... in both eyes"
        text = EACH_OF_A_PAIR.sub(lambda m: _BOTH_OF_A_PAIR[m.group(1)], text)
    if "life" in text or "vida" in text or "indefini" in text or "siempre" in text:
        text = _FOR_LIFE.sub("lifelong", text)  # "aspirin 75 mg for life" = "... lifelong"
    if "prior to" in text:
        text = _PRIOR_TO.sub("before", text)  # "quit smoking prior to IVF"
    if "next" in text:
        text = _NEXT_VISIT_IN.sub("review ", _NEXT_VISIT.sub(r"\1 clinic", text))
    if "touch of" in text:
        text = _A_TOUCH_OF.sub("mild ", text)  # "a touch of arthritis" = "mild arthritis"
    if any(word in text for word in _FOR_GOOD):
        text = _STOPPED_FOR_GOOD.sub(r"\1", text)  # "stop smoking completely" = "stop smoking"
    if "fluid" in text or "liquid" in text:
        text = _FLUID_LIMIT.sub("fluid restriction", text)  # "limit fluids to 1.5 L a day"
    if "ringing" in text:
        text = _RINGING.sub("tinnitus in ", text)
    if "bajar" in text:
        text = _BAJAR.sub("perder ", text)  # "bajar 5 kilos" = "perder 5 kg"
    if "los" in text or "perd" in text or "pierd" in text:  # (lose, losing)
        text = _LOSE_KILOS.sub("weight loss ", text)
    if "lose" in text and "weight" in text:
        text = _WEIGHT_OF_BODY.sub(r"weight loss \1", text)  # "lose 10% of body weight"
    if "lift" in text or "levantar" in text or "cargar" in text:
        text = _LIFTING_OVER.sub("heavy lifting ", text)
        text = _LIFTING_HEAVY.sub(
            lambda m: "no heavy lifting" if m.group(1) or m.group(2) else "heavy lifting", text)
    if "booze" in text:
        text = _BOOZE.sub("alcohol", text)
    if "cut" in text:
        text = _CUT_OUT.sub("avoid ", text)
    if "smok" in text or "tobac" in text or "tabac" in text or "fumar" in text or (
            "cigar" in text):
        text = _NO_SMOKING.sub("smoking cessation", text)
    if "drinking" in text:
        text = _NO_DRINKING.sub(r"\1 alcohol", _LESS_DRINKING.sub("reduce alcohol", text))
    if "drink " in text or "beb" in text or "tom" in text:
        text = _DRINK_MORE.sub("more ", text)
    if "intake" in text or "consumption" in text:
        text = _FOOD_INTAKE.sub(r"\1", _FLUID_INTAKE.sub("fluids", text))
    if "water" in text or "agua" in text:
        text = _MORE_WATER.sub(r"\1 fluids", text)
    if ("eat" in text or "drink" in text) and (
            "more" in text or "less" in text or "plenty" in text or "lots" in text
            or "fewer" in text):
        text = _EAT_MORE_OR_LESS.sub(
            lambda m: f"{_FEW_OR_MANY[' '.join(m.group(1).split())]} ", text)
    if "abstin" in text or "abstain" in text:
        # ("total abstinence" as "stop drinking completely": the emphasis says no more)
        text = _ABSTAIN.sub("avoid alcohol", text)
    if any(word in text for word in ("stop", "give up", "giving up", "quit", "dejar", "deje")):
        text = _GIVE_UP.sub(lambda m: "avoid " if m.group().endswith(" ") else "avoid alcohol",
                            text)
    if "sleep" in text:
        text = _GET_SLEEP.sub(r"sleep \1", text)
    if "kilo" in text or "kgs" in text:
        text = _KILOS.sub(" kg", text)
    if any(thing in text for thing in _LIMITED) or "drink" in text:
        text = _MOST_OF.sub(_most_of, text)  # "limit alcohol to 14 units a week"
    if any(hint in text for hint in ("til", "thru", "vaccinat", "vacunac", "rehab", "immuni",
                                     "utd")):
        text = _INFORMAL_WORDS.sub(lambda m: _INFORMAL[m.group(0)], text)
    if "spacer" in text:
        text = _SPACER.sub("with spacer", text)  # as "con cámara" reads
    if "x" in text or "×" in text:  # "2x200mg" as "2 x 200mg", as units reads its dose
        text = TIGHT_TIMES.sub(r"\1 x ", text)
    if "pgt" in text:  # testing embryos for aneuploidy, a gene, or a rearrangement
        text = _PGT.sub(r"pgt\1", text)
    if "carb" in text or "icr" in text or "i:c" in text:
        # insulin by the carbohydrate eaten, not a set number of units
        text = _CARB_RATIO.sub("carbratio", text)
    if "assist" in text or "aarom" in text or "asistid" in text:
        text = _ACTIVE_ASSISTED.sub(lambda m: "activeassisted " if m.group() == "aa"
                                    else "activeassisted", text)
    if "/" in text:
        if "pet" in text:
            text = _PET_SLASH.sub("pet ct", text)  # "PET/CT" is one scan
        text = _slashed_combinations(text)
    if "#" in text:  # "#NOF", "Colles' #", as UK notes write a fracture (not "#2")
        text = _HASH_FRACTURE.sub(" fracture ", text)
    if "&" in text or "+" in text:  # "A&E", "O&G", "obs & gynae", "U&E"
        text = _U_AND_E.sub("urea and electrolytes", text)
        text = _AMPERSAND.sub(" and ", text)
    if "itu" in text:  # "admit to ITU": a British intensive care unit, not the Spanish UTI
        text = _TO_ITU.sub(r"\1 intensive care unit", text)
    if " ed" in text:  # "go to the ED": the emergency department, not erectile dysfunction
        text = _TO_ED.sub(r"\1 the emergency department", text)
    if "pt" in text or "ot" in text:  # PT and OT where they are therapies
        text = _THERAPY_LETTERS.sub(lambda m: _THERAPIES[next(g for g in m.groups() if g)], text)
    if "radio" in text and "fractur" not in text and _RADIO_CONTEXT.search(text):
        text = _RADIO.sub("radioterapia", text)
    if " on" in text and "keep" in text or "leave" in text:
        text = _KEEP_ON.sub(r"\1 \2 in place", text)  # "keep the dressing on" is in place
    if "hold" in text:  # "hold the cane in the right hand": using it, not holding off
        text = _HOLD_AN_AID.sub(r"use \1", text)
    if ("in " in text or "out of " in text) and _WORN_WORD.search(text):
        # "weight bearing as tolerated out of the boot": without it, not in it
        text = _IN_OUT_OF_WORN.sub(lambda m: ("with" if m.group(1) == "in" else "without")
                                   + m.group(2), text)
    if "ring" in text or "phone" in text or "dial" in text:
        text = _CALL_FOR_HELP.sub("call ", text)  # "ring 999" = "call 999" (not a vaginal ring)
    if ("on " in text or "off " in text) and _MACHINE_WORD.search(text):
        # "sleep study off CPAP": without it, not with it
        text = _ON_OFF_MACHINE.sub(lambda m: ("with" if m.group(1) == "on" else "without")
                                   + m.group(2), text)
    text = _fracture_words(text)
    named = _replace_names(text)
    # a name made of names ("riñón stone" = "kidney stone") is one too; where nothing was
    # replaced, nothing would be the second time
    rounds = 2 if named != text else 0
    text = named
    for _ in range(rounds):
        again = _replace_names(text)
        if again == text:
            break
        text = again
    if "ia" in text and _SPANISH_PROCEDURE.search(text):
        # an operation, a scope or a therapy the table has no Spanish name for, in its English
        # form ("microdiscectomía" = "microdiscectomy", "vertebroplastia" = "vertebroplasty")
        text = _replace_names(_SPANISH_PROCEDURE.sub(_procedure_in_english, text))
    text = _IMAGED_HEAD_OR_BACK.sub(_imaged_region, text)
    if "return" in text or text.startswith("back"):  # "come back in 2 weeks" is the review
        # then, as is "back in 6 months" (not "return to work");
        # so is "come back" said alone
        text = _RETURN_IN.sub(lambda m: "review" if m.end() == len(text) else "review ", text)
    if "before" in text or "antes" in text:  # "stop warfarin 5 days before surgery": a pause
        text = _STOP_BEFORE.sub("hold", _A_SPAN_BEFORE.sub("1 ", text))
        if "for " in text or "durante" in text:
            text = _PAUSED_FOR.sub(r"\g<verb>\g<what> ", text)
    words = _WORD.findall(text)
    if len(set(words)) < len(words):  # a word said twice over: "diabetes mellitus mellitus"
        text = _REPEATED.sub(r"\1", text)
    if _SPANISH_HINT.search(text):
        text = _SPANISH_RE.sub(lambda m: SPANISH_FUNCTION_WORDS[m.group(1)], text)
    return text


def ambiguous_in(text: str) -> list[str]:
    """The ambiguous abbreviations standing as whole words in ``text`` (folded)."""
    found = []
    for match in _AMBIGUOUS_RE.finditer(text or ""):
        word = match.group(1)
        if word.casefold() in _CAPITALS_ONLY and not word.isupper():
            continue
        found.append(word.casefold())
    return list(dict.fromkeys(found))


def _code_fits(code: str, prefixes: tuple[str, ...]) -> bool:
    plain = code.replace(".", "").upper()
    return any(plain.startswith(p.replace(".", "")) for p in prefixes)


def meanings(abbreviation: str, text: str, code: str = "") -> list[str]:
    """The meanings of an ambiguous abbreviation that the rest of ``text`` and ``code`` leave
    open: one when the other words or the code decide, several when nothing does."""
    options = AMBIGUOUS.get(abbreviation, ())
    if code:
        by_code = [m for m, _, prefixes in options if _code_fits(code, prefixes)]
        if len(by_code) == 1:
            return by_code
    words = set(re.findall(r"[^\W_]+", fold(text))) - {abbreviation}
    by_words = [m for m, cues, _ in options if cues & words]
    if len(by_words) == 1:
        return by_words
    return [m for m, _, _ in options]


def readings(text: str, code: str = "") -> list[str]:
    """Each way ``text`` can be read: one, unless an ambiguous abbreviation stays undecided
    (then one reading per meaning left open, at most a few)."""
    found = ambiguous_in(text)
    if not found:
        return [text]
    out = [text]
    for abbreviation in found[:2]:  # two undecided abbreviations in one diagnosis at most
        options = meanings(abbreviation, text, code)
        if abbreviation in _CAPITALS_ONLY:  # "AS", as the text writes it
            pattern = re.compile(rf"(?<![\w.]){abbreviation.upper()}(?![\w])")
        else:
            pattern = re.compile(rf"(?<![\w.]){abbreviation}(?![\w])", re.IGNORECASE)
        out = [pattern.sub(meaning, reading) for reading in out for meaning in options]
    return out
