# SPDX-License-Identifier: GPL-3.0-or-later
"""First names families write before a condition ("Emma's shin splints", "Jack's irritable
hip"): common given names of English- and Spanish-speaking families, folded (no accents). A
name here is read as whose it is only where it cannot be an eponym: the table's own words and
eponyms are never read so (``diagnosis_match._own_name_first``)."""

from __future__ import annotations

GIVEN_NAMES = frozenset((
    "aaron", "abby", "abigail", "ada", "adam", "aidan", "aiden", "alan", "albert", "alex",
    "alexander", "alexandra", "alfie", "alice", "alicia", "alison", "amanda", "amelia", "amy",
    "ana", "andrea", "andrew", "andy", "angela", "ann", "anna", "anne", "annie", "anthony",
    "archie", "arthur", "ava", "barbara", "ben", "benjamin", "beth", "bethany", "betty", "bill",
    "billy", "bob", "bobby", "brian", "caleb", "callum", "carl", "carla", "carlos", "carlota",
    "carmen", "carol", "caroline", "catherine", "charlie", "charlotte", "chloe", "chris",
    "christine", "claire", "clara", "colin", "connor", "daisy", "dan", "daniel", "danny", "david",
    "debbie", "diana", "diego", "dolores", "dominic", "dylan", "edward", "eleanor", "elena", "eli",
    "elijah", "eliza", "elizabeth", "ella", "ellie", "emily", "emma", "eric", "ethan", "eva",
    "evie", "felix", "fernando", "finn", "florence", "francisco", "frank", "freddie", "freya",
    "gabriel", "gary", "george", "georgia", "grace", "graham", "hannah", "harriet", "harry",
    "harvey", "hector", "helen", "henry", "holly", "hugo", "ian", "isaac", "isabel", "isabella",
    "isla", "isobel", "ivy", "jack", "jacob", "jake", "james", "jamie", "jane", "jason", "javier",
    "jayden", "jenny", "jessica", "jim", "jimmy", "joan", "joe", "joel", "john", "johnny",
    "jonathan", "jordan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "julia", "julie",
    "kate", "katie", "kevin", "kieran", "laura", "lauren", "leah", "leo", "liam", "lily", "lola",
    "lottie", "louis", "louise", "lucas", "lucia", "lucy", "luis", "luke", "maisie", "manuel",
    "marco", "margaret", "maria", "mario", "mark", "martha", "martin", "mary", "matilda", "matt",
    "matthew", "max", "maya", "megan", "mia", "michael", "molly", "nathan", "nicola", "noah",
    "nora", "oliver", "olivia", "oscar", "pablo", "patrick", "paul", "pedro", "penny", "peter",
    "phoebe", "poppy", "rachel", "raul", "rebecca", "richard", "riley", "rob", "robert", "robyn",
    "rose", "rosie", "ruby", "ruth", "ryan", "sally", "sam", "samuel", "sara", "sarah", "scarlett",
    "sean", "sebastian", "sergio", "sienna", "simon", "sofia", "sophia", "sophie", "stephen",
    "steve", "susan", "teddy", "thomas", "toby", "tom", "tommy", "valentina", "victoria",
    "william", "willow", "zara", "zoe"
))
