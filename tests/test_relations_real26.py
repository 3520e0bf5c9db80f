"""Titles of the twenty-sixth real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions 35, 46, 53, 69):
a stated age between a name and its title clause («X الذي يبلغ 63 عاما وهو حاكم Y»، «X، 55 عاما، وهو أستاذ»);
a bracketed description of a body between its title and the holder («رئيس ORG (الغرفة … من ORG)، X»); braces
used as quotes («زعيم {ORG} X»); the post of a person's spokesman or aide is not that person's («المتحدث باسم X»،
«نائب X»); «في» + a group's type noun before a bare name («القائد العملاني في تنظيم ORG»).
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, title", [
    ("وأعلن [[سامي الحداد|PER]] الذي يبلغ 58 عاما وهو [[حاكم|TITLE]] [[ولاية نيفادا|LOC]] ترشحه أمس.",
     "سامي الحداد", "حاكم"),
    ("وقال [[كارل مولر|PER]]، 61 عاما، وهو [[أستاذ|TITLE]] في علم المناخ، إن الحرارة ترتفع.",
     "كارل مولر", "أستاذ"),
    ("وبين المرشحين [[ليلى سامر|PER]] التي تبلغ 47 عاما، [[سيناتورة|TITLE]] عن ولاية أوريغون.",
     "ليلى سامر", "سيناتورة"),
    ("وقال [[هدى ناصر|PER]] البالغة من العمر 52 عاما، [[مديرة|TITLE]] [[مدرسة الأمل|ORG]]، إن العام حافل.",
     "هدى ناصر", "مديرة"),
    ("وتحدث [[يوسف عادل|PER]] (39 عاما) [[مدير|TITLE]] [[شركة النور|ORG]] للصحفيين.", "يوسف عادل", "مدير"),
])
def test_age_between_name_and_title(rels, text, person, title):
    # decision 35: the age is a duration, no member of the chain; the title clause after it is the name's
    assert ("holds_title", person, title) in rels(text)


def test_age_then_another_clause_gives_nothing(rels):
    # an age followed by a verb clause: the title later in the sentence is another person's
    got = rels("وقال [[ماهر سعيد|PER]] (25 عاما) الذي يطمح للعودة إلى فريقه إن [[مدرب|TITLE]] الفريق رحب به.")
    assert ("holds_title", "ماهر سعيد", "مدرب") not in got


def test_bracketed_description_of_the_body(rels):
    # §4: the holder's chain runs over the description of the body the title heads
    got = rels("وقال [[رئيس|TITLE]] [[مجلس الشيوخ|ORG]] (الغرفة العليا من [[البرلمان التشادي|ORG]])، "
               "[[أحمد دلو|PER]]، إن الجلسة مهمة.")
    assert ("holds_title", "أحمد دلو", "رئيس") in got


def test_bracketed_role_is_no_description(rels):
    # «(منسقا)» is a role of its own: the title before the place stays another person's
    got = rels("وحضر [[رئيس|TITLE]] [[النادي الثقافي|ORG]] ب[[مكة|LOC]] (منسقا)، [[خالد عمر|PER]] الاجتماع.")
    assert ("holds_title", "خالد عمر", "رئيس") not in got


def test_braces_as_quotes(rels):
    got = rels("ووجهت الحركة رسالة إلى [[زعيم|TITLE]] {[[داعش|ORG]]} [[أبو بكر البغدادي|PER]] أمس.")
    assert ("title_of", "زعيم", "داعش") in got
    assert ("holds_title", "أبو بكر البغدادي", "زعيم") in got


@pytest.mark.parametrize("text, person, title", [
    ("وقال [[المتحدث|TITLE]] باسم [[فيدوروف|PER]] إن الوزير لم يغادر.", "فيدوروف", "المتحدث"),
    ("واعتقلت الشرطة [[سالم حمدي|PER]] [[نائب|TITLE]] [[بدران|PER]] أمس.", "بدران", "نائب"),
    ("وقال إن [[مساعد|TITLE]] الشيخ [[حمدان|PER]] سيتولى القيادة.", "حمدان", "مساعد"),
])
def test_spokesman_or_aide_of_a_person(rels, text, person, title):
    # decision 53: a spokesman or aide of a person holds the post, the person does not
    assert ("holds_title", person, title) not in rels(text)


def test_deputy_with_complement_is_still_held(rels):
    # a deputy's post with its own complement before the name stays the name's
    got = rels("واستقبل [[نائب وزير الخارجية|TITLE]] [[عمر فاضل|PER]] الوفد.")
    assert ("holds_title", "عمر فاضل", "نائب وزير الخارجية") in got


@pytest.mark.parametrize("text", [
    "وقتل [[القائد العملاني|TITLE]] في تنظيم [[القاعدة|ORG]] في غارة.",
    "وقتل [[القائد الميداني|TITLE]] الكبير في جماعة [[أنصار الدين|ORG]] في غارة.",
])
def test_in_a_group_by_its_type_noun(rels, text):
    # decisions 46, 69: the type noun stays outside the name, between the title and its body after «في»
    got = rels(text)
    assert any(r[0] == "title_of" for r in got)
