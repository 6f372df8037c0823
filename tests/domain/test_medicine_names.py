# SPDX-License-Identifier: GPL-3.0-or-later
"""Medicines by the names on the box: each brand, British or American generic and Spanish
generic name of the table's medicines added on 4 December, against its generic name, reads as
the same medicine through the whole comparison; a product of two medicines never reads as one
of them, nor two look-alike or sound-alike medicines, salts or forms as one."""

from __future__ import annotations

import pytest

from tests.domain.two_doctors import main_plans


def _status(lee: str, kim: str) -> str:
    """How the main plans of two doctors compare, one naming ``lee`` and the other ``kim``."""
    return main_plans(lee, kim).status


# generic name -> the other names of that one medicine (MedlinePlus, NHS medicines A-Z, BNF,
# AEMPS CIMA)
ONE_MEDICINE: dict[str, tuple[str, ...]] = {
    # Spain's boxes, 6 December (fourth session)
    "paracetamol": ("Gelocatil", "Termalgin", "Efferalgan", "Dafalgan", "Apiretal"),
    "bromazepam": ("Lexatin",),
    # and the fifth session's: a family copies these from the box
    "diltiazem": ("Masdil",),
    "prednisone": ("Dacortin",),
    "doxylamine": ("Dormidina", "Doxilamina"),
    "amitriptyline": ("Tryptizol",),
    "ebastine": ("Ebastel", "Ebastina"),
    "atorvastatin": ("Cardyl", "Zarator"),
    "carvedilol": ("Coropres",),
    "goserelin": ("Goserelina",),
    "triptorelin": ("Decapeptyl", "Gonapeptyl", "Triptorelina"),
    "leuprorelin": ("Prostap", "Eligard", "Leuprorelina", "Leuprolide"),
    "degarelix": ("Firmagon",),
    "almagate": ("Almax", "Almagato"),
    "pantoprazole": ("Pantecta", "Anagastra"),
    "ondansetron": ("Zofran",),
    "metoclopramide": ("Reglan", "Maxolon", "Primperan"),
    "domperidone": ("Motilium", "Domperidona"),
    "prochlorperazine": ("Stemetil", "Buccastem", "Compazine", "Proclorperazina"),
    "cyclizine": ("Valoid", "Ciclizina"),
    "promethazine": ("Prometazina",),
    "loperamide": ("Fortasec",),
    "lactulose": ("Duphalac",),
    "senna": ("Sennosides", "Senosidos"),
    "polyethylene glycol": ("Macrogol", "Macrogols", "Miralax", "Polietilenglicol"),
    "mesalamine": (
        "Mesalazine", "Asacol", "Pentasa", "Lialda", "Salofalk", "Octasa", "Mezavant", "Claversal",
        "Mesalazina"),
    "rabeprazole": ("Aciphex", "Pariet", "Rabeprazol"),
    "mebeverine": ("Colofac", "Duspatalin", "Mebeverina"),
    "tamsulosin": ("Flomax", "Omnic"),
    "finasteride": ("Proscar", "Propecia"),
    "dutasteride": ("Avodart", "Dutasterida"),
    "oxybutynin": ("Ditropan", "Oxibutinina"),
    # the immediate-release forms by their UK names (6 December: "Oramorph 10 mg 4 hourly prn"
    # against "morphine sulfate 10 mg every 4 hours as needed" read as two medicines)
    "morphine": ("Oramorph", "Sevredol"),
    "oxycodone": ("OxyNorm",),
    # more names from the box (6 December)
    "chlordiazepoxide": ("Librium",), "acamprosate": ("Campral",), "disulfiram": ("Antabuse",),
    "naltrexone": ("ReVia", "Adepend"), "lymecycline": ("Tetralysal",),
    "adapalene": ("Differin",), "dupilumab": ("Dupixent",), "omalizumab": ("Xolair",),
    "ustekinumab": ("Stelara",), "atomoxetine": ("Strattera",),
    "thiamine": ("Vitamin B1", "Vit B1"), "lactase": ("Lactaid",), "ramipril": ("Tritace",),
    "amlodipine": ("Istin",), "candesartan": ("Amias",), "lansoprazole": ("Zoton",),
    "venlafaxine": ("Efexor",), "tramadol": ("Zydol",), "clarithromycin": ("Klacid",),
    "solifenacin": ("Vesicare", "Solifenacina"),
    "mirabegron": ("Myrbetriq", "Betmiga"),
    "tolterodine": ("Detrol", "Detrusitol", "Tolterodina"),
    "sildenafil": ("Viagra", "Revatio"),
    "tadalafil": ("Cialis", "Adcirca", "Tadalafilo"),
    "montelukast": ("Singulair",),
    # (Entocort, Rhinocort and Flixonase fix a route, Qvar a strength: test_brands_of_a_route
    # _or_a_strength_are_their_own_names)
    "budesonide": ("Pulmicort",),
    "fluticasone": ("Flixotide", "Flovent", "Fluticasona"),
    "tiotropium": ("Tiotropium bromide", "Spiriva", "Tiotropio", "Bromuro de tiotropio"),
    "ipratropium": ("Ipratropium bromide", "Atrovent", "Ipratropio", "Bromuro de ipratropio"),
    "beclomethasone": (
        "Beclometasone", "Beclomethasone dipropionate", "Beclometasone dipropionate",
        "Clenil", "Beclometasona"),
    "salmeterol": ("Serevent",),
    "ticagrelor": ("Brilinta", "Brilique"),
    "prasugrel": ("Effient", "Efient"),
    "isosorbide mononitrate": (
        "Imdur", "Elantan", "Mononitrato de isosorbida", "Isosorbida mononitrato"),
    "isosorbide dinitrate": ("Isordil", "Dinitrato de isosorbida", "Isosorbida dinitrato"),
    "ivabradine": ("Procoralan", "Corlanor", "Ivabradina"),
    "hydralazine": ("Apresoline", "Hidralazina"),
    "doxazosin": ("Cardura", "Carduran", "Doxazosina"),
    "amiodarone": ("Cordarone", "Pacerone", "Trangorex"),
    "flecainide": ("Tambocor", "Apocard", "Flecainida"),
    "bisoprolol": ("Zebeta", "Cardicor", "Emconcor"),
    "nebivolol": ("Bystolic", "Nebilet"),
    "captopril": ("Capoten",),
    "irbesartan": ("Avapro", "Aprovel"),
    "olmesartan": ("Olmesartan medoxomil", "Olmesartan medoxomilo"),
    "felodipine": ("Plendil", "Felodipino"),
    "lercanidipine": ("Zanidip", "Lercanidipino"),
    "chlorthalidone": ("Chlortalidone", "Hygroton", "Clortalidona"),
    "bendroflumethiazide": ("Bendrofluazide",),
    "torsemide": ("Torasemide", "Demadex", "Torasemida"),
    "fenofibrate": ("Tricor", "Lipantil", "Fenofibrato"),
    "tranexamic acid": ("Cyklokapron", "Lysteda", "Amchafibrin", "Acido tranexamico"),
    "gliclazide": ("Diamicron",),
    "glipizide": ("Glucotrol", "Minodiab", "Glipizida"),
    "glimepiride": ("Amaryl", "Glimepirida"),
    "glyburide": ("Glibenclamide", "Diabeta", "Daonil", "Euglucon", "Glibenclamida"),
    "pioglitazone": ("Pioglitazona",),
    "vildagliptin": ("Galvus", "Vildagliptina"),
    "tirzepatide": ("Mounjaro", "Zepbound", "Tirzepatida"),
    "insulin glargine": ("Abasaglar", "Basaglar"),
    "insulin aspart": ("Novorapid", "Novolog", "Insulina aspart"),
    "insulin lispro": ("Humalog", "Admelog", "Insulina lispro"),
    "insulin detemir": ("Levemir", "Insulina detemir"),
    "insulin degludec": ("Tresiba", "Insulina degludec"),
    "methimazole": ("Thiamazole", "Tapazole", "Tiamazol", "Tirodril"),
    "carbimazole": ("Neo mercazole", "Carbimazol"),
    "propylthiouracil": ("Propiltiouracilo",),
    "allopurinol": ("Zyloprim", "Zyloric"),
    "colchicine": ("Colcrys",),
    "febuxostat": ("Uloric", "Adenuric"),
    "mirtazapine": ("Remeron", "Zispin", "Rexer"),
    "trazodone": ("Desyrel", "Molipaxin", "Deprax", "Trazodona"),
    "bupropion": ("Wellbutrin", "Zyban", "Elontril"),
    "zolpidem": ("Ambien", "Stilnox", "Stilnoct"),
    "zopiclone": ("Zimovane", "Datolan", "Limovan", "Zopiclona"),
    "clonazepam": ("Klonopin", "Rivotril"),
    "clonidine": ("Catapres", "Catapresan", "Clonidina"),
    "haloperidol": ("Haldol",),
    "clozapine": ("Clozaril", "Leponex", "Clozapina"),
    "lithium carbonate": ("Camcolit", "Lithobid", "Plenur", "Carbonato de litio"),
    "topiramate": ("Topamax", "Topiramato"),
    "phenytoin": ("Dilantin", "Epanutin", "Fenitoina"),
    "oxcarbazepine": ("Trileptal", "Oxcarbazepina"),
    "sumatriptan": ("Imitrex", "Imigran"),
    "rizatriptan": ("Maxalt",),
    "zolmitriptan": ("Zomig",),
    "donepezil": ("Aricept",),
    "memantine": ("Namenda", "Ebixa"),
    "methylphenidate": ("Ritalin", "Concerta", "Medikinet", "Equasym", "Rubifen", "Metilfenidato"),
    "lisdexamfetamine": ("Vyvanse", "Elvanse", "Lisdexanfetamina"),
    "varenicline": ("Chantix", "Champix", "Vareniclina"),
    "betahistine": ("Serc", "Betahistina"),
    "hydroxyzine": ("Atarax", "Vistaril", "Ucerax", "Hidroxizina"),
    "diphenhydramine": ("Difenhidramina",),
    "desloratadine": ("Aerius", "Desloratadina"),
    "levocetirizine": ("Xyzal", "Xazal", "Levocetirizina"),
    "bilastine": ("Bilaxten", "Bilastina"),
    "baclofen": ("Lioresal", "Baclofeno"),
    "tizanidine": ("Zanaflex", "Sirdalud", "Tizanidina"),
    "cyclobenzaprine": ("Flexeril", "Amrix", "Yurelax", "Ciclobenzaprina"),
    "methocarbamol": ("Robaxin", "Metocarbamol"),
    "ketorolac": ("Toradol", "Ketorolaco"),
    "indomethacin": ("Indometacin", "Indocin", "Indometacina"),
    "etoricoxib": ("Arcoxia",),
    "dihydrocodeine": ("Dihidrocodeina",),
    "tapentadol": ("Nucynta", "Palexia"),
    "hydromorphone": ("Dilaudid", "Palladone", "Hidromorfona"),
    "buprenorphine": ("Butrans", "Transtec", "Subutex", "Buprenorfina"),
    "methadone": ("Dolophine", "Methadose", "Physeptone", "Metadona"),
    "naloxone": ("Narcan", "Naloxona"),
    "methylprednisolone": ("Medrol", "Urbason", "Metilprednisolona"),
    "ibandronate": ("Ibandronic acid", "Boniva", "Bonviva", "Ibandronato", "Acido ibandronico"),
    "denosumab": ("Prolia", "Xgeva"),
    "azathioprine": ("Imuran", "Imurel", "Azatioprina"),
    "mycophenolate mofetil": ("Cellcept", "Micofenolato de mofetilo", "Micofenolato mofetilo"),
    "tacrolimus": ("Prograf",),
    "hydroxyurea": (
        "Hydroxycarbamide", "Hydrea", "Droxia", "Siklos", "Hidroxiurea", "Hidroxicarbamida"),
    "letrozole": ("Femara", "Letrozol"),
    "anastrozole": ("Arimidex", "Anastrozol"),
    "exemestane": ("Aromasin", "Exemestano"),
    "bicalutamide": ("Casodex", "Bicalutamida"),
    "trimethoprim": ("Trimetoprima",),
    "piperacillin": ("Piperacilina",),
    "ceftriaxone": ("Rocephin", "Rocefalin", "Ceftriaxona"),
    "cefuroxime": ("Zinacef", "Zinnat", "Ceftin", "Cefuroxima"),
    "clindamycin": ("Cleocin", "Dalacin", "Clindamicina"),
    "vancomycin": ("Vancocin", "Vancomicina"),
    "gentamicin": ("Gentamicina",),
    "erythromycin": ("Erythrocin", "Pantomicina", "Eritromicina"),
    "fosfomycin": ("Monurol", "Fosfomicina"),
    "levofloxacin": ("Levaquin", "Tavanic"),
    "nitrofurantoin": ("Macrodantin",),
    "fluconazole": ("Diflucan",),
    "nystatin": ("Mycostatin", "Nystan", "Nistatina"),
    "valacyclovir": ("Valaciclovir", "Valtrex"),
    "oseltamivir": ("Tamiflu",),
}

# product of two medicines -> its other names
TWO_MEDICINES: dict[str, tuple[str, ...]] = {
    "co-amoxiclav": (
        "Coamoxiclav", "Amoxiclav", "Amox clav", "Amoxicillin clavulanate",
        "Amoxicillin clavulanic acid", "Amoxicillin clavulanate potassium",
        "Amoxicillin and clavulanate", "Amoxicillin and clavulanate potassium",
        "Amoxicillin and clavulanic acid", "Amoxicillin with clavulanate",
        "Amoxicillin with clavulanic acid", "Augmentin", "Augmentine", "Amoxicilina clavulanico",
        "Amoxicilina acido clavulanico", "Amoxicilina clavulanato",
        "Amoxicilina y acido clavulanico", "Amoxicilina con acido clavulanico",
        "Amoxicilina y clavulanico", "Amoxicilina con clavulanico", "Amoxiclavulanico",
        "Amoxi clavulanico"),
    "co-trimoxazole": (
        "Cotrimoxazole", "Trimethoprim sulfamethoxazole", "Sulfamethoxazole trimethoprim",
        "Sulfamethoxazole and trimethoprim", "Trimethoprim and sulfamethoxazole",
        "Sulfamethoxazole with trimethoprim", "Trimethoprim with sulfamethoxazole", "Tmp smx",
        "Smx tmp", "Bactrim", "Bactrim ds", "Septrin", "Septrin forte", "Septra", "Septra ds",
        "Cotrimoxazol", "Sulfametoxazol trimetoprima", "Trimetoprima sulfametoxazol",
        "Sulfametoxazol y trimetoprima", "Trimetoprima y sulfametoxazol",
        "Sulfametoxazol con trimetoprima", "Trimetoprima con sulfametoxazol"),
    "piperacillin tazobactam": (
        "Piperacillin and tazobactam", "Piperacillin with tazobactam", "Pip tazo", "Piptazo",
        "Tazocin", "Zosyn", "Tazocel", "Piperacilina tazobactam", "Piperacilina y tazobactam",
        "Piperacilina con tazobactam"),
    "tramadol and paracetamol": (
        "Zaldiar", "Tramacet", "Ultracet", "Tramadol/paracetamol", "Paracetamol and tramadol",
        "Acetaminophen and tramadol", "Tramadol y paracetamol", "Tramadol con paracetamol"),
    "co-codamol": (
        "Cocodamol", "Acetaminophen codeine", "Codeine acetaminophen", "Codeine paracetamol",
        "Paracetamol codeine", "Acetaminophen and codeine", "Acetaminophen with codeine",
        "Codeine and acetaminophen", "Paracetamol and codeine", "Paracetamol with codeine",
        "Codeine and paracetamol", "Codeine with paracetamol", "Tylenol with codeine",
        "Paracetamol codeina", "Codeina paracetamol", "Paracetamol y codeina",
        "Paracetamol con codeina", "Codeina y paracetamol", "Codeina con paracetamol"),
    "co-dydramol": (
        "Codydramol", "Dihydrocodeine paracetamol", "Paracetamol dihydrocodeine",
        "Paracetamol and dihydrocodeine", "Paracetamol with dihydrocodeine",
        "Dihydrocodeine and paracetamol", "Dihydrocodeine with paracetamol"),
}


NAMED = [(other, generic) for table in (ONE_MEDICINE, TWO_MEDICINES)
         for generic, others in table.items() for other in others]


@pytest.mark.parametrize(("name", "generic"), NAMED)
def test_another_name_of_a_medicine_is_the_same_medicine(name: str, generic: str) -> None:
    assert (_status(name, generic), _status(generic, name)) == ("same", "same")


# as plans are written, with doses, rhythms, accents and slashes
WORDED = [
    ("Zofran 8 mg", "ondansetron 8 mg"),
    ("Augmentin 625 mg three times a day", "Co-amoxiclav 625 mg three times a day"),
    ("Amoxicillin-clavulanate 875 mg twice daily", "Augmentin 875 mg twice daily"),
    ("Amoxicillin/clavulanate 875/125 mg twice daily", "Co-amoxiclav 875/125 mg twice daily"),
    ("Amoxicillin with clavulanic acid 625 mg tds", "Co-amoxiclav 625 mg three times a day"),
    ("Amoxicilina/ácido clavulánico 875 mg cada 8 horas", "Augmentine 875 mg cada 8 horas"),
    ("Amoxicilina clavulánico 875 mg", "co-amoxiclav 875 mg"),
    ("Co-codamol 30/500 two tablets four times a day",
     "Codeine and paracetamol 30/500 two tablets four times a day"),
    ("Paracetamol con codeína", "Co-codamol"),
    # two known medicines with a slash between them, where the two make one product
    ("Codeine/paracetamol 30/500 mg", "Co-codamol 30/500 mg"),
    ("Paracetamol/codeine", "Co-codamol"),
    # after the held-out run
    ("Advair 250/50, one inhalation twice a day", "Seretide 250/50, one inhalation twice a day"),
    ("Fluticasone/salmeterol 250/50", "Seretide 250/50"),
    ("Entresto 49/51 mg twice a day", "Sacubitril/valsartan 49/51 mg twice a day"),
    ("Carbidopa/levodopa 25/100 three times a day", "Co-careldopa 25/100 three times a day"),
    ("Roaccutane 20 mg once a day", "Isotretinoin 20 mg once a day"),
    ("Seguril 40 mg, uno en el desayuno", "Furosemida 40 mg, uno en el desayuno"),
    ("MTX 15 mg once a week", "Methotrexate 15 mg once a week"),
    ("ISMN 30 mg every morning", "Isosorbide mononitrate 30 mg every morning"),
    ("Calcipotriol ointment twice a day", "Calcipotriene ointment twice a day"),
    ("TMP/SMX 960 mg twice daily", "Co-trimoxazole 960 mg twice daily"),
    ("Trimethoprim/sulfamethoxazole", "Bactrim"),
    ("Piperacillin/tazobactam 4.5 g IV every 8 hours", "Tazocin 4.5 g IV every 8 hours"),
    ("Pip-tazo 4.5 g IV", "Zosyn 4.5 g IV"),
    ("NovoRapid 6 units with meals", "Insulin aspart 6 units with meals"),
    ("Hydroxycarbamide 500 mg daily", "Hydroxyurea 500 mg daily"),
    ("Mesalamine 2.4 g daily", "Mesalazine 2.4 g daily"),
    ("Valaciclovir 1 g three times a day", "Valtrex 1 g three times a day"),
    ("Tiamazol 10 mg al día", "Methimazole 10 mg daily"),
    ("Mononitrato de isosorbida 60 mg", "Isosorbide mononitrate 60 mg"),
]


@pytest.mark.parametrize(("lee", "kim"), WORDED)
def test_a_medicine_written_two_ways_in_a_plan_is_the_same(lee: str, kim: str) -> None:
    assert (_status(lee, kim), _status(kim, lee)) == ("same", "same")


# never one medicine: a product of two and one of its two; two salts, esters or forms sold as
# two medicines; look-alike and sound-alike names (ISMP's and the NHS's lists of confused
# names among them)
DIFFERENT = [
    # one doctor names a second medicine beside the first (not more detail of it)
    ("Enalapril, one tablet at breakfast",
     "Enalapril and hydrochlorothiazide, one tablet at breakfast"),
    ("enalapril, un comprimido en el desayuno",
     "enalapril/hidroclorotiazida, un comprimido en el desayuno"),
    # products of two added after the held-out run, against one of their two
    ("Seretide", "Flixotide"), ("Symbicort", "Pulmicort"), ("Entresto", "Valsartan"),
    ("Janumet", "Januvia"), ("Janumet", "Metformin"), ("Truvada", "Descovy"),
    ("Fosamax", "Fosamax Plus D"), ("Cosopt", "Timolol"), ("Sinemet", "Levodopa"),
    # a product of two medicines and one of them
    ("Co-amoxiclav", "Amoxicillin"),
    ("Augmentin 625 mg three times a day", "Amoxicillin 500 mg three times a day"),
    ("Augmentin", "Amoxil"),
    ("Amoxicilina/ácido clavulánico", "Amoxicilina"),
    ("Augmentine 875 mg", "Amoxicilina 875 mg"),
    ("Amoxicillin and clavulanic acid", "Amoxicillin"),
    ("Co-trimoxazole", "Trimethoprim"),
    ("Bactrim DS", "Trimethoprim"),
    ("Septrin", "Trimethoprim"),
    ("Trimethoprim/sulfamethoxazole", "Trimethoprim"),
    ("Tazocin", "Piperacillin"),
    ("Piperacillin-tazobactam", "Piperacillin"),
    ("Co-codamol", "Paracetamol"),
    ("Co-codamol", "Codeine"),
    ("Codeine and paracetamol", "Paracetamol"),
    ("Paracetamol y codeína", "Paracetamol"),
    ("Tylenol with codeine", "Tylenol"),
    ("Solpadol", "Paracetamol"),
    # a brand of one strength (30/500) against another strength of the product
    ("Solpadol 2 tablets QDS", "co-codamol 8/500 2 tabs QDS"),
    ("Co-codamol", "Co-dydramol"),
    ("Co-dydramol", "Paracetamol"),
    ("Co-dydramol", "Dihydrocodeine"),
    ("Dihydrocodeine", "Codeine"),
    ("Co-amoxiclav", "Co-trimoxazole"),
    # insulins
    ("Insulin aspart", "Insulin lispro"),
    ("NovoRapid", "Humalog"),
    ("Insulin detemir", "Insulin degludec"),
    ("Levemir", "Lantus"),
    ("Tresiba", "Lantus"),
    ("NovoRapid", "Lantus"),
    ("Insulin aspart", "Insulin glargine"),
    ("NovoLog", "Novolin"),
    ("Humalog", "Humulin"),
    ("Levemir", "Lovenox"),
    # salts, esters and forms that are two medicines
    ("Isosorbide mononitrate", "Isosorbide dinitrate"),
    ("Imdur", "Isordil"),
    ("Isosorbide mononitrate", "Glyceryl trinitrate"),
    ("Lithium carbonate", "Lithium citrate"),
    ("Mycophenolate mofetil", "Mycophenolic acid"),
    ("Methimazole", "Carbimazole"),
    ("Zopiclone", "Eszopiclone"),
    ("Levocetirizine", "Cetirizine"),
    ("Xyzal", "Zyrtec"),
    ("Desloratadine", "Loratadine"),
    ("Aerius", "Claritin"),
    ("Valaciclovir", "Aciclovir"),
    ("Valtrex", "Aciclovir"),
    ("Valacyclovir", "Acyclovir"),
    ("Valaciclovir", "Valganciclovir"),
    ("Methylprednisolone", "Prednisolone"),
    ("Phenytoin", "Fosphenytoin"),
    # look-alike and sound-alike names
    ("Hydroxyurea", "Hydroxychloroquine"),
    ("Hydrea", "Plaquenil"),
    ("Hydroxycarbamide", "Hydroxychloroquine"),
    ("Mesalazine", "Sulfasalazine"),
    ("Asacol", "Salazopyrin"),
    ("Clonazepam", "Clonidine"),
    ("Klonopin", "Catapres"),
    ("Clonazepam", "Lorazepam"),
    ("Clonazepam", "Clozapine"),
    ("Carbimazole", "Carbamazepine"),
    ("Methimazole", "Metolazone"),
    ("Zopiclone", "Zolpidem"),
    ("Hydroxyzine", "Hydralazine"),
    ("Trazodone", "Tramadol"),
    ("Tapentadol", "Tramadol"),
    ("Mirtazapine", "Mirabegron"),
    ("Bupropion", "Buspirone"),
    ("Zyban", "Diovan"),
    ("Hydromorphone", "Morphine"),
    ("Dilaudid", "Dilantin"),
    ("Methadone", "Methylphenidate"),
    ("Methylprednisolone", "Medroxyprogesterone"),
    ("Azathioprine", "Azithromycin"),
    ("Imuran", "Imdur"),
    ("Imdur", "Inderal"),
    ("Tamsulosin", "Tamoxifen"),
    ("Flomax", "Fosamax"),
    ("Proscar", "Prozac"),
    ("Effient", "Effexor"),
    ("Brilinta", "Brintellix"),
    ("Aricept", "Aciphex"),
    ("Amiodarone", "Amlodipine"),
    ("Cardura", "Coumadin"),
    ("Oxcarbazepine", "Carbamazepine"),
    ("Trileptal", "Tegretol"),
    ("Topamax", "Toprol"),
    ("Topiramate", "Torsemide"),
    ("Glucotrol", "Glucophage"),
    ("Glipizide", "Glyburide"),
    ("Glimepiride", "Glipizide"),
    ("Gliclazide", "Glipizide"),
    ("Salmeterol", "Salbutamol"),
    ("Serevent", "Ventolin"),
    ("Tiotropium", "Ipratropium"),
    ("Spiriva", "Atrovent"),
    ("Levofloxacin", "Levetiracetam"),
    ("Zyvox", "Zovirax"),
    ("Zyloprim", "Zovirax"),
    ("Zofran", "Zantac"),
    ("Arimidex", "Aromasin"),
    ("Naloxone", "Naltrexone"),
    ("Subutex", "Suboxone"),
    ("Tizanidine", "Tiagabine"),
    ("Cyclobenzaprine", "Cyproheptadine"),
    ("Bisoprolol", "Bisacodyl"),
    ("Prograf", "Paxil"),
    ("Nystatin", "Simvastatin"),
    # two medicines of one kind
    ("Finasteride", "Dutasteride"),
    ("Viagra", "Cialis"),
    ("Ticagrelor", "Clopidogrel"),
    ("Prasugrel", "Clopidogrel"),
    ("Tirzepatide", "Semaglutide"),
    ("Mounjaro", "Ozempic"),
    ("Vildagliptin", "Sitagliptin"),
    ("Pioglitazone", "Rosiglitazone"),
    ("Budesonide", "Beclomethasone"),
    ("Ondansetron", "Metoclopramide"),
    ("Domperidone", "Metoclopramide"),
    ("Oxybutynin", "Solifenacin"),
    ("Mirabegron", "Solifenacin"),
    ("Ceftriaxone", "Cefuroxime"),
    ("Cefuroxime", "Cephalexin"),
    ("Clindamycin", "Clarithromycin"),
    ("Erythromycin", "Azithromycin"),
    ("Letrozole", "Anastrozole"),
    ("Ketorolac", "Ketoprofen"),
    ("Etoricoxib", "Celecoxib"),
    ("Torsemide", "Furosemide"),
    ("Chlorthalidone", "Hydrochlorothiazide"),
    ("Nebivolol", "Bisoprolol"),
    ("Olmesartan", "Losartan"),
    ("Rabeprazole", "Omeprazole"),
    ("Febuxostat", "Allopurinol"),
    ("Haloperidol", "Quetiapine"),
    ("Clozapine", "Olanzapine"),
    ("Sumatriptan", "Zolmitriptan"),
    ("Methylphenidate", "Lisdexamfetamine"),
    ("Tacrolimus", "Sirolimus"),
    ("Denosumab", "Zoledronic acid"),
    ("Ibandronate", "Alendronate"),
    ("Nystatin", "Fluconazole"),
    ("Fosfomycin", "Nitrofurantoin"),
    ("Macrogol", "Lactulose"),
    ("Duphalac", "Movicol"),
    # a product of two against one of its two
    ("Zaldiar", "Tramadol"),
    ("Zaldiar", "Paracetamol"),
    ("Zaldiar", "Co-codamol"),
]


@pytest.mark.parametrize(("lee", "kim"), DIFFERENT)
def test_two_medicines_are_never_read_as_one(lee: str, kim: str) -> None:
    assert (_status(lee, kim), _status(kim, lee)) == ("different", "different")


@pytest.mark.parametrize(("lee", "kim"), [
    ("OxyContin 20 mg q12h", "OxyNorm 20 mg q12h"),
    ("OxyContin 10mg BD", "OxyNorm 10mg BD"),
    ("OxyContin 20 mg q12h", "Oxycodone 20 mg twice a day"),
])
def test_a_brand_released_slowly_is_not_the_one_released_at_once(lee: str, kim: str) -> None:
    """OxyContin is oxycodone released over 12 hours, OxyNorm oxycodone released at once."""
    for a, b in ((lee, kim), (kim, lee)):
        assert main_plans(a, b, "medication").status == "different"


def test_a_class_is_made_more_exact_by_a_product_of_two_of_its_kind() -> None:
    assert _status("Antibiotics", "Co-amoxiclav") == "refined"
    assert _status("A painkiller", "Co-codamol") == "refined"


@pytest.mark.parametrize(("lee", "kim"), [
    ("Seretide, two puffs twice a day", "Flixotide, two puffs twice a day"),
    ("Entresto 49/51 mg twice a day", "Valsartan 80 mg twice a day"),
    ("Enalapril", "Enalapril/hidroclorotiazida"),
    ("Ibuprofen 400 mg", "Ibuprofen 400 mg and omeprazole 20 mg"),
])
def test_a_main_plan_that_names_another_medicine_differs_majorly(lee: str, kim: str) -> None:
    """One doctor's main plan names a medicine the other's does not (a product of two against
    one of its two, a second medicine beside the first): a major difference, as another main
    treatment is."""
    for x, y in ((lee, kim), (kim, lee)):
        point = main_plans(x, y)
        assert (point.status, point.severity) == ("different", "major")


@pytest.mark.parametrize(("a", "b"), [
    ("Rhinocort 64 micrograms 2 sprays daily", "Pulmicort 200 micrograms 2 puffs bd"),
    ("Flixonase 50 2 sprays daily", "Flixotide 50 2 puffs bd"),
    ("Entocort 9 mg once daily", "Pulmicort 200 micrograms 2 puffs bd"),
    ("Qvar 100 via spacer", "Clenil 100 via spacer"),
])
def test_brands_of_a_route_or_a_strength_are_their_own_names(a: str, b: str) -> None:
    # one active substance, not one medicine: a nose spray against an inhaler, capsules for
    # the gut, an extra-fine inhaler about twice as strong (each had read as the same)
    assert "same" not in (main_plans(a, b, "medication").status,
                          main_plans(b, a, "medication").status)
