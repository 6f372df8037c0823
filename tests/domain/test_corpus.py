# SPDX-License-Identifier: GPL-3.0-or-later
"""Every case of the comparison corpus (tests/corpus/cases, one case file each) comes out as
expected, in both directions, and the corpus is as large and as varied as the rules need."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus.fidelity import evaluate, load_cases, table

CASES = load_cases()

# Held-out cases (written before they were ever run, never tuned against) that the engine does
# not get right yet: lay names the synonym table does not hold, so it says "different" (never
# "same" on a trap). Strict: when one starts to pass, move it out of this list.
KNOWN_GAPS = frozenset({
    # earlier batches, still not right after the change that followed their run:
    # "culebrilla en el lado derecho del pecho" ("pecho" is chest and breast both); "glue ear
    # in Sam's left ear" (a name of one's own is not known as whose it is)
    "same-in-other-words-f/culebrilla-herpes-zoster",
    # the eleventh batch (50 % at its run, 62.5 % after the second sweep of the table, which it
    # was held out from): lay descriptions rather than names ("left kidney swollen, wee
    # backing up into it", "verruca on the sole of her foot")
    "same-in-other-words-l/swollen-kidney-urine-backup-hydronephrosis",
    "same-in-other-words-l/verruca-plantar-wart",
    # the twelfth batch (33 % at its run, 62.5 % after it was mended): lay descriptions
    # ("bunged up with wax", "la hipófisis … no produce suficientes hormonas", "telescoping
    # bowel", "ringworm on … forearm", "gota … en el dedo gordo del pie") and "¿sarampión? de
    # Lucía" against "Suspected measles (rubeola)"
    "same-in-other-words-m/earwax-right-impacted-cerumen",
    "same-in-other-words-m/gota-dedo-gordo-derecho-podagra",
    "same-in-other-words-m/hipofisis-sin-hormonas-hypopituitarism",
    "same-in-other-words-m/ringworm-left-forearm-tinea-corporis",
    "same-in-other-words-m/sarampion-dudoso-suspected-measles",
    "same-in-other-words-m/telescoping-bowel-intussusception",
    # the thirteenth batch (46 % at its run, 54 % after the third sweep of the table, which it
    # was held out from, 62.5 % after it was mended): "prolactinoma" against a
    # "prolactin-secreting pituitary adenoma", "sudoración excesiva en las axilas"
    "same-in-other-words-n/prolactinoma-hermana",
    "same-in-other-words-n/sudor-axilas-hyperhidrosis",
    # the fourteenth batch (42 % at its run, 6 of 7 traps different and one refined, mended at
    # once: "valley fever" against "Rift Valley fever"; 54 % after the table's kinds): its lay
    # wordings
    "same-in-other-words-o/asbestos-lung-scarring-asbestosis",
    "same-in-other-words-o/body-dysmorphia-bdd",
    "same-in-other-words-o/burst-eardrum-left-tm-perforation",
    "same-in-other-words-o/chicken-skin-both-arms-keratosis-pilaris",
    "same-in-other-words-o/cornea-en-cono-ambos-ojos-keratoconus",
    "same-in-other-words-o/dedo-gatillo-anular-derecho",
    "same-in-other-words-o/diverticulos-inflamados-dudoso-diverticulitis",
    "same-in-other-words-o/nerve-pain-after-shingles-plus-t2dm",
    # the fifteenth batch (33 % at its one run as the held-out one, 7 of 7 traps; mended after
    # it: Chagas, "espolón", jumper's knee, surfer's ear, "TEA" read right): its lay names
    "same-in-other-words-p/pano-embarazo-cara-melasma",
    "same-in-other-words-p/pulled-elbow-right-radial-head-subluxation",
    # the sixteenth batch (30 % at its one run as the held-out one, 6 of 6 traps different, 3 of
    # 4 refinements; 47 % after it was mended): "carnosidad en el ojo derecho" against
    # "Pterigión OD", "HG - really bad morning sickness", "'stone man' disease - muscles turning
    # to bone", "acne inversa under both arms", "kidney reflux - wee goes back up"
    "same-in-other-words-q/carnosidad-ojo-derecho-papa-pterigion",
    "same-in-other-words-q/daughters-hg-severe-morning-sickness",
    "same-in-other-words-q/nephews-stone-man-fop",
    "same-in-other-words-q/sister-acne-inversa-hidradenitis",
    "same-in-other-words-q/sons-kidney-reflux-vur",
    # the eighteenth batch, the held-out one (17 % at its one run, 5 of 5 traps different, 0 of
    # 5 refinements): lay names the table does not hold ("water warts", "school sores",
    # "bilharzia", "Delhi belly", "airplane ear", "mummy thumb", "dropped bladder", "barnacles",
    # "escaras", "pañalitis", "tartamudez", "derrame en el ojo", "rechina los dientes") and
    # long descriptions around a name ("flat spot on the right back of his head", "one-sided
    # tummy pain mid-cycle")
    "held-out/babys-flat-head-right-positional-plagiocephaly",
    "held-out/dads-bilharzia-lake-malawi-schistosomiasis",
    "held-out/daughters-ovulation-pain-mittelschmerz",
    "held-out/daughters-water-warts-molluscum",
    "held-out/derrame-ojo-izquierdo-papa-hemorragia-subconjuntival",
    "held-out/escaras-abuelo-sacro-ulcera-presion",
    "held-out/grans-barnacles-back-seborrhoeic-keratoses",
    "held-out/jakes-school-sores-chin-impetigo",
    "held-out/mums-mortons-neuroma-left-interdigital",
    "held-out/nans-dropped-bladder-cystocele",
    "held-out/panalitis-bebe-dermatitis-panal",
    "held-out/rechina-dientes-marido-bruxismo",
    "held-out/sisters-mummy-thumb-right-de-quervain",
    "held-out/sons-delhi-belly-travellers-diarrhoea",
    "held-out/tartamudez-hijo-disfemia",
    "held-out/toddlers-night-terrors-sleep-terrors",
    "held-out/wifes-airplane-ear-left-otic-barotrauma",
})
# Cases that come out otherwise than expected, in the safe direction, but are not a lay name
# called different: refinements read as different ("the lump in my mum's left breast is
# cancer", "his epilepsy (fits)", "artritis de la abuela en las rodillas"), and names of one's
# own ("our Tom", "Uncle Pete's", "Sophie") or an abbreviation no table holds ("(PTX)") read as
# added detail.
OTHER_KNOWN_GAPS = frozenset({
    "same-in-other-words-g/breast-cancer-left-vs-idc-left",
    "same-in-other-words-g/epilepsy-vs-left-temporal-lobe-epilepsy",
    # "glue ear in Sam's left ear": "(OME)" is known since the sweep of abbreviations of 4
    # December, and "Sam" now reads as added detail (it read as different)
    "same-in-other-words-g/glue-ear-left-ome",
    # "Dad's enlarged prostate (not cancer)": what it rules out is set aside since the
    # seventeenth session; "Dad's" still reads as added detail (it read as different)
    "same-in-other-words-g/enlarged-prostate-bph",
    "same-in-other-words-h/glandular-fever-vs-mononucleosis",
    "same-in-other-words-i/bedwetting-nocturnal-enuresis",
    "same-in-other-words-i/lazy-eye-left-amblyopia",
    "same-in-other-words-i/artritis-rodillas-knee-osteoarthritis",
    "same-in-other-words-j/collapsed-lung-pneumothorax",
    # the eleventh batch: words around a name ("from the pit") read as added detail; "Uncle
    # Mike - scarring of the liver" against "Hepatic cirrhosis", the name known since 5
    # December, reads as more detail on one side ("hepatic")
    "same-in-other-words-l/black-lung-coal-workers-pneumoconiosis",
    "same-in-other-words-l/scarred-liver-cirrhosis",
    # the twelfth batch: a name of one's own after "our" ("our Maisie's": after "my" or "our"
    # alone it cannot be told from a doctor's name, "my Crohn's"), "mamá" (folded it is
    # "mama", the breast), a bracket that adds a word ("(scarring)")
    "same-in-other-words-m/social-phobia-social-anxiety-disorder",
    "same-in-other-words-m/ojo-seco-ambos-ojos-kcs",
    "same-in-other-words-m/lung-fibrosis-ipf",
    # the thirteenth batch: kinds read as different where the family's words add context
    # ("malaria after a trip to Nigeria") or the table holds the kind apart from its family
    # (alopecia areata, IgA nephropathy, tetralogy of Fallot), and lay words around a name read
    # as added detail ("ear-crystal vertigo", "restless legs / RLS")
    "same-in-other-words-n/caida-pelo-alopecia-areata",
    "same-in-other-words-n/ear-crystal-vertigo-bppv",
    "same-in-other-words-n/heart-defect-tetralogy-of-fallot",
    "same-in-other-words-n/malaria-falciparum",
    "same-in-other-words-n/restless-legs-willis-ekbom",
    # the fourteenth batch: kinds the table does not know as kinds (fungal nail against
    # onychomycosis, an MPN against polycythaemia vera) and "cáncer de cuello de útero" read as
    # a refinement of cervical cancer
    "same-in-other-words-o/hongos-una-dedo-gordo-derecho-dlso",
    "same-in-other-words-o/mpn-polycythaemia-vera",
    "same-in-other-words-o/cancer-cuello-utero-hermana-cervical",
    # the fifteenth batch: "MGUS - abnormal protein in his blood" read as more than MGUS (it
    # was different before the sweep of abbreviations of 4 December, written without it)
    "same-in-other-words-p/dads-mgus-monoclonal-gammopathy",
    # and "mal de Pott" against "... (Pott disease of the spine)", "triple A - the bulge in his
    # tummy artery": the words around the name read as more detail
    "same-in-other-words-p/mal-de-pott-abuelo-tuberculous-spondylitis",
    "same-in-other-words-p/triple-a-dad-abdominal-aortic-aneurysm",
    # the fifteenth batch, as it came out of its one run as the held-out one: kinds read as
    # different (a birthmark against a port-wine stain, SVT against AVNRT, polycystic kidneys
    # against ADPKD; "cáncer de estómago" against a gastric adenocarcinoma refined since 5
    # December) and "droopy eyelid" read as more detail than ptosis
    "same-in-other-words-p/birthmark-left-cheek-to-port-wine-stain",
    "same-in-other-words-p/droopy-left-eyelid-ptosis",
    "same-in-other-words-p/moms-svt-to-avnrt", "same-in-other-words-p/polycystic-kidneys-to-adpkd",
    # the sixteenth batch, after it was mended: words around a name read as more detail
    # ("irritable hip (right), age 5" after a child's own name, "tras el funeral de papá",
    # "(cardiologist said 'MR')", "(liver tumour)", "después de la faringitis", "(low-level
    # depression for yrs)", "from the tick bite in the garden", "a la vuelta del viaje",
    # "(ampollas con nada)", "- 'lazy stomach' the GI doc said"), and "mouth cancer" against a
    # tongue's squamous cell carcinoma read as different
    "same-in-other-words-q/baile-san-vito-hijo-sydenham",
    "same-in-other-words-q/corazon-roto-mama-takotsubo",
    "same-in-other-words-q/dads-leaky-mitral-valve-mr",
    "same-in-other-words-q/mums-mouth-cancer-to-tongue-scc",
    "same-in-other-words-q/fiebre-quebrantahuesos-tio-dengue",
    "same-in-other-words-q/grandads-hepatoma-hcc", "same-in-other-words-q/mums-dysthymia-pdd",
    "same-in-other-words-q/mums-lazy-stomach-gastroparesis",
    "same-in-other-words-q/mums-lyme-tick-borreliosis",
    "same-in-other-words-q/piel-mariposa-nena-eb",
    # the seventeenth batch (23 % at its one run as the held-out one; 47 % after it was mended:
    # its lay names, who said it and when, a first name before a name, a name said twice): the
    # words around a name still read as more detail ("sticky since birth", "white patches on
    # the tongue", "head always tilted", "caught the ball wrong", "en las comisuras de la
    # boca", "ring finger pulled into the palm", "por el queso fresco del pueblo", "gums
    # bleeding and sore", "se los pegaron en el cole", "al llegar a Cusco", "from a tsetse fly
    # bite"), and a refinement with words of its own on both sides read as different
    # ("vasculitis - inflamed blood vessels, kidneys affected" against GPA, "hypersensitivity
    # pneumonitis (lung allergy)" against bird fancier's lung)
    "same-in-other-words-r/babys-blocked-tear-duct-left-nldo",
    "same-in-other-words-r/babys-mouth-thrush-oral-candidiasis",
    "same-in-other-words-r/babys-wry-neck-torticollis",
    "same-in-other-words-r/baseball-finger-left-middle-mallet",
    "same-in-other-words-r/boqueras-nino-queilitis-angular",
    "same-in-other-words-r/dads-dupuytrens-right-palmar-fibromatosis",
    "same-in-other-words-r/fiebre-malta-abuelo-brucelosis",
    "same-in-other-words-r/grandads-trench-mouth-anug",
    "same-in-other-words-r/mums-liver-spots-hands-solar-lentigines",
    "same-in-other-words-r/nans-vasculitis-to-gpa",
    "same-in-other-words-r/piojos-nina-pediculosis-capitis",
    "same-in-other-words-r/sabanones-abuela-dedos-pie-perniosis",
    "same-in-other-words-r/soroche-papa-cusco-mal-agudo-montana",
    "same-in-other-words-r/uncles-hp-to-bird-fanciers-lung",
    "same-in-other-words-r/uncles-sleeping-sickness-hat",
    # the eighteenth batch, the held-out one, as it came out of its one run: kinds read as
    # different (rosacea against rhinophyma, a broken hip against an intertrochanteric
    # fracture, colour blindness against deuteranomaly, a tic disorder against Tourette's,
    # leptospirosis against Weil's disease) and words around a name read as more detail
    "held-out/grandads-rosacea-to-rhinophyma",
    "held-out/grandads-students-elbow-left-olecranon-bursitis",
    "held-out/meibomian-cyst-upper-lid-chalazion",
    "held-out/mums-health-anxiety-illness-anxiety-disorder",
    "held-out/nans-broken-hip-left-to-intertrochanteric",
    "held-out/sons-colour-blindness-to-deuteranomaly",
    "held-out/sons-tic-disorder-to-tourette",
    "held-out/uncles-lepto-to-weils-disease",
})


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known gap, see docs/comparison.md")] if (
        case["id"] in KNOWN_GAPS | OTHER_KNOWN_GAPS) else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_corpus_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 80
    kinds = Counter(c["kind"] for c in CASES)
    assert {"trap", "synonym", "refined", "ambiguous", "safety", "plan"} <= set(kinds)
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["source"].strip() for c in CASES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict) -> None:
    forward = evaluate(case)
    assert forward.ok, forward.problems()
    backward = evaluate(case, swapped=True)
    assert backward.ok, "swapped: " + backward.problems()


def test_the_table_never_says_same_on_a_trap() -> None:
    result = table([evaluate(c) for c in CASES])
    assert result.same_on_traps == 0
    assert result.different_on_synonyms == len(KNOWN_GAPS)
    tuned = table([evaluate(c) for c in CASES
                   if not c.get("held_out") and c["id"] not in KNOWN_GAPS | OTHER_KNOWN_GAPS])
    assert tuned.different_on_synonyms == 0 and not tuned.failures
