"""Relations of the fourteenth real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions 2, 32, 71, 206, 239,
242, 256, 267, 324): located_in over a comma before «وسط»/«التابع ل», a bracketed name, a quoted name with its unit noun
outside, «مركز/حاضرة» (a unit's seat), a chain of units with nothing between, a dual or plural unit noun before two
names, a relative clause «الذي يضم», a mission «لدى» its host country; none for a bracketed alias, a bracketed «ريف»,
nor for a place named after a road or junction; holds_title over «هو»/«الذي كان»/«يشغل منصب» and a status word before
«و». Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, head, tail", [
    # an apposition's comma before a word that states containment (decision 32)
    ("وانفجرت قذيفة في منزل ب[[مخيم النور|LOC]]، وسط [[مدينة خان يونس|LOC]] أمس.", "مخيم النور", "مدينة خان يونس"),
    ("وعثر على الجثتين في [[قضاء بيرة جك|LOC]]، التابع ل[[ولاية ماردين|LOC]] صباحا.", "قضاء بيرة جك", "ولاية ماردين"),
    # a bracketed name before «في»
    ("وفاز الفريق على ملعب ([[سان سيرو|LOC]]) في [[ميلانو|LOC]] مساء السبت.", "سان سيرو", "ميلانو"),
    # a quoted name with its unit noun outside (decision 206)
    ("وهاجم مسلحون حافلة في قضاء «[[قاغزمان|LOC]]» بولاية «[[قارص|LOC]]» شرقي البلاد.", "قاغزمان", "قارص"),
    # the seat of a unit (decision 242)
    ("وتقدمت القوات نحو [[مدينة بعقوبة|LOC]] مركز [[محافظة ديالى|LOC]] فجر اليوم.", "مدينة بعقوبة", "محافظة ديالى"),
    # a chain of units with nothing between, after a preposition (decision 206)
    ("وقتل مزارع في [[قرية المنشية|LOC]] [[مركز دكرنس|LOC]] أمس.", "قرية المنشية", "مركز دكرنس"),
    # a comma before a unit of the chain
    ("وانفجرت عبوة في [[قضاء سلوبي|LOC]]، ب[[ولاية شرناق|LOC]] ليلا.", "قضاء سلوبي", "ولاية شرناق"),
    # a dual head noun before two names, the second no entity or an entity
    ("وسيطرت القوات على بلدتي [[العسيلة|LOC]] والحمراء في [[محافظة حماة|LOC]] أمس.", "العسيلة", "محافظة حماة"),
    ("ودفن الضحايا في مقبرتي [[النسيم|LOC]] و[[الفيصلية|LOC]] ب[[مدينة تبوك|LOC]] عصرا.", "النسيم", "مدينة تبوك"),
    # a relative clause of containment right after the place, and the place joined to its object (decision 267)
    ("وتظاهر المئات في [[إقليم سبأ|LOC]] الذي يضم [[مأرب|LOC]] و[[الجوف|LOC]] أمس.", "مأرب", "إقليم سبأ"),
    ("وتظاهر المئات في [[إقليم سبأ|LOC]] الذي يضم [[مأرب|LOC]] و[[الجوف|LOC]] أمس.", "الجوف", "إقليم سبأ"),
    ("وتجول الزوار في [[البلدة القديمة|LOC]] التي تضم [[سوق العطارين|LOC]] مساء.", "سوق العطارين", "البلدة القديمة"),
    # a bracketed container, «في» inside the bracket
    ("وزار الوفد دهوك و[[زاخو|LOC]] (في [[إقليم كردستان|LOC]]) الأسبوع الماضي.", "زاخو", "إقليم كردستان"),
    # a mission in its host country (decision 71)
    ("وأعلنت [[السفارة الكويتية|ORG]] لدى [[المغرب|LOC]] إغلاق أبوابها يوم الأحد.", "السفارة الكويتية", "المغرب"),
])
def test_located_in_stated(rels, text, head, tail):
    assert ("located_in", head, tail) in rels(text)


@pytest.mark.parametrize("text", [
    # a bracketed alias: the adjective after the bracket is the first name's, or the two share a word or head noun
    "ودخلت القوات [[مدينة منبج|LOC]] ([[منبيج|LOC]]) السورية فجرا.",
    "واحتشد المتظاهرون في [[ساحة الشهداء|LOC]] ([[ساحة الحرية|LOC]]) مساء أمس.",
    "وتحركت القوات من [[محافظة مأرب|LOC]] ([[مأرب الوادي|LOC]]) باتجاه الجوف.",
    # more than the name inside the bracket
    "وعاد النازحون إلى [[حي البستان|LOC]] ([[حي الورود|LOC]] حاليا) أمس.",
    # a bracketed «ريف» states a direction (decision 256)
    "وسبقت [[منبج|LOC]] (ريف [[حلب|LOC]] الشرقي) مدن أخرى.",
    # a place named after a road, junction or bridge (decision 324)
    "ووقع الحادث عند مفرق [[الخضراء|LOC]] ب[[محافظة الكرك|LOC]] مساء.",
    "وأغلقت الشرطة طريق [[السلي|LOC]] في [[مدينة الرياض|LOC]] مؤقتا.",
    # nothing between two places of one rank, or no unit noun: a tag line or a list
    "سمات [[مصر|LOC]] [[السودان|LOC]] [[ليبيا|LOC]]",
])
def test_no_located_in(rels, text):
    assert not {r for r in rels(text) if r[0] == "located_in"}


@pytest.mark.parametrize("text, holder, title", [
    # a copula or a relative clause of holding after the name
    ("وقال [[مارك ستون|PER]] هو [[سيناتور|TITLE]] سابق عن ولاية أوهايو إن القرار خاطئ.", "مارك ستون", "سيناتور"),
    ("وقال [[لي وانغ|PER]] الذي كان [[نائب رئيس|TITLE]] [[الاتحاد الآسيوي|ORG]] إن التحقيق مستمر.",
     "لي وانغ", "نائب رئيس"),
    ("وأكد [[سعيد الغامدي|PER]]، والذي يشغل أيضا منصب [[مدير|TITLE]] [[جامعة الباحة|ORG]]، أن الخطة جاهزة.",
     "سعيد الغامدي", "مدير"),
    ("وأضاف [[خالد العتيبي|PER]] وهو أيضا [[المتحدث الرسمي|TITLE]] باسم اللجنة أن الموعد ثابت.",
     "خالد العتيبي", "المتحدث الرسمي"),
    # a status word of the first title before the «و» of the second (decision 2)
    ("وكان [[روبرتو سانشيز|PER]]، [[المدير العام|TITLE]] السابق و[[رئيس|TITLE]] [[اللجنة المالية|ORG]] قد استقال.",
     "روبرتو سانشيز", "رئيس"),
])
def test_title_after_a_clause(rels, text, holder, title):
    assert ("holds_title", holder, title) in rels(text)


def test_new_list_item_after_a_comma_is_another_persons(rels):
    # «X ملحق الدفاع، والقائم بالأعمال Y»: a comma and «و» with no status word start another item of the list
    got = rels("وحضر الحفل [[سعد الحربي|PER]] [[ملحق الدفاع|TITLE]]، و[[القائم بالأعمال|TITLE]] "
               "المستشار [[فهد الزهراني|PER]] أمس.")
    assert ("holds_title", "سعد الحربي", "القائم بالأعمال") not in got
    assert ("holds_title", "فهد الزهراني", "القائم بالأعمال") in got
