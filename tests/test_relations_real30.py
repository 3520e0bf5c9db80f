"""located_in and title relations of the thirtieth real-news pass (recent batches from across the Arab press): places
listed with «و» before one «في/ب» + place are each in it; places named as members or examples of a plural place noun
governed by a place («بمدن X: A، B»، «X بينها مدن مثل A وB») are in it (decision 471). Every sentence here is written
for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, places, container", [
    ("وتضررت منازل في [[النخيل|LOC]] و[[حي الصفا|LOC]] و[[حي الورود|LOC]] ب[[مدينة تبوك|LOC]] جراء السيول.",
     ["النخيل", "حي الصفا"], "مدينة تبوك"),
    ("وانتشرت الفرق الطبية في [[الشيخ مسعود|LOC]] و[[الدرين|LOC]] بشمال [[حمص|LOC]] منذ الصباح.",
     ["الشيخ مسعود"], "حمص"),
    ("وتقدمت القوات نحو [[مديرية المحفد|LOC]] و[[مودية|LOC]]، ب[[محافظة شبوة|LOC]] بعد يومين.",
     ["مديرية المحفد"], "محافظة شبوة"),
])
def test_each_place_of_a_list_before_its_container(rels, text, places, container):
    # §4 (the text states it) and decision 348 (each coordinated place): the container after the list is every item's
    got = rels(text)
    assert all(("located_in", p, container) in got for p in places)


@pytest.mark.parametrize("text, place, container", [
    # a new item named by another head noun has its own place
    ("وزار الوفد [[حمص|LOC]] و[[سهل البقيع|LOC]] في [[محافظة درعا|LOC]] الأسبوع الماضي.", "حمص", "محافظة درعا"),
    # the sides of «بين» and the ends a road links are no list of one place's parts
    ("وتدور الحرب بين [[قطر|LOC]] و[[اليمن|LOC]] في [[المنطقة الشرقية|LOC]] كما يقال.", "قطر", "المنطقة الشرقية"),
    ("ويربط الطريق الجديد [[مدينة الحديثة|LOC]] و[[العرين|LOC]] ب[[محافظة الزلفي|LOC]] منذ عام.",
     "مدينة الحديثة", "محافظة الزلفي"),
    # a direction before the list: «جنوب X، وY في Z» places only Y
    ("وهدمت الجرافات منازل جنوب [[نابلس|LOC]]، و[[عين الفوار|LOC]] في [[الخليل|LOC]] أمس.", "نابلس", "الخليل"),
])
def test_no_shared_place_for_other_lists(rels, text, place, container):
    assert ("located_in", place, container) not in rels(text)


@pytest.mark.parametrize("text, places, container", [
    ("وتنتشر مكاتب الجمعية في مدن [[الأردن|LOC]]: [[إربد|LOC]]، [[الزرقاء|LOC]]، [[العقبة|LOC]].",
     ["إربد", "الزرقاء", "العقبة"], "الأردن"),
    ("واجتاحت الأمطار [[ولاية الخرطوم|LOC]] ومنها أحياء كبيرة مثل [[الصحافة|LOC]] و[[الرياض|LOC]] أمس.",
     ["الصحافة", "الرياض"], "ولاية الخرطوم"),
    ("وزار المسؤول بلدات [[ريف حماة|LOC]] مثل [[صوران|LOC]] و[[طيبة الإمام|LOC]] الأحد.",
     ["صوران", "طيبة الإمام"], "ريف حماة"),
])
def test_members_or_examples_of_a_plural_place_noun(rels, text, places, container):
    # decision 471: «the towns of Y such as X» states that X is in Y, for each listed place
    got = rels(text)
    assert all(("located_in", p, container) in got for p in places)


def test_examples_without_a_plural_place_noun(rels):
    # decision 471: «مثل» after a place with no plural place noun names no part of it
    got = rels("وتشارك [[مصر|LOC]] ودول أخرى مثل [[تونس|LOC]] و[[المغرب|LOC]] في القمة.")
    assert ("located_in", "تونس", "مصر") not in got


@pytest.mark.parametrize("text, org, place", [
    ("وافتتح الوزير [[جامعة الحدود|ORG]] في جنوب [[مدينة عرعر|LOC]] أمس.", "جامعة الحدود", "مدينة عرعر"),
    ("ويقع [[مستشفى الملك خالد|ORG]] بشمال [[تبوك|LOC]] قرب الطريق الدائري.", "مستشفى الملك خالد", "تبوك"),
])
def test_seated_body_in_a_compass_phrase(rels, text, org, place):
    # decision 32: «X في/ب + direction + Y» states containment; a university or hospital has a seat of its own
    assert ("located_in", org, place) in rels(text)


def test_movement_in_a_compass_phrase_is_where_it_acts(rels):
    # a movement «في شمال X» is named where it acts, not where it is seated
    got = rels("وتواصل الطائرات قصف [[جبهة التحرير|ORG]] في شمال [[مالي|LOC]] منذ أسابيع.")
    assert ("located_in", "جبهة التحرير", "مالي") not in got


@pytest.mark.parametrize("text, org, place", [
    ("وقال مدير [[شركة الريان|ORG]] الكبرى للصناعات الغذائية في [[الدوحة|LOC]] إن الإنتاج ارتفع.",
     "شركة الريان", "الدوحة"),
    ("ويقيم الآلاف في [[مخيم الوحدات|LOC]] للاجئين في [[عمّان|LOC]] منذ عقود.", "مخيم الوحدات", "عمّان"),
    ("وقال باحث في «[[كارنيغي|ORG]]»، للدراسات في [[بيروت|LOC]] إن الأزمة طويلة.", "كارنيغي", "بيروت"),
])
def test_body_field_in_the_genitive_before_its_place(rels, text, org, place):
    # §4 «ORG في LOC»: the body's field («للصناعات الغذائية») stands between its name and its place, as a title's
    # portfolio does
    assert ("located_in", org, place) in rels(text)


def test_country_with_a_genitive_purpose_is_no_body(rels):
    # a bare country before «لل… في» is an actor with a purpose, not a body with a seat
    got = rels("وتسعى [[تركيا|LOC]] للتوسع في [[آسيا الوسطى|LOC]] منذ سنوات.")
    assert ("located_in", "تركيا", "آسيا الوسطى") not in got


@pytest.mark.parametrize("text, head, place", [
    ("وانتقد البيان سياسة [[روسيا|LOC]] في [[القرم|LOC]] خلال العام الماضي.", "روسيا", "القرم"),
    ("وتحدث الوزير عن دور [[الكويت|LOC]] في [[العراق|LOC]] بعد الحرب.", "الكويت", "العراق"),
    ("ويخشى المراقبون تدخلات [[حلف الأطلسي|ORG]] في [[مالي|LOC]] والنيجر.", "حلف الأطلسي", "مالي"),
    ("وتراجعت الهجمات مع تقدم [[قوات الفجر|ORG]] في [[مدينة سرت|LOC]] الأسبوع الماضي.", "قوات الفجر", "مدينة سرت"),
])
def test_policy_or_advance_of_a_state_or_body(rels, text, head, place):
    # decision 142: the noun before the state or body (its policy, role, interventions, advance) takes the place phrase
    assert ("located_in", head, place) not in rels(text)


def test_verb_before_a_body_keeps_its_place(rels):
    # «تقدم» opening a clause is a verb («submitted»): the body stays in its place (§4 «ORG في LOC»)
    got = rels("وفي السياق ذاته، تقدم [[مكتب العمل|ORG]] في [[محافظة جدة|LOC]] بطلب رسمي.")
    assert ("located_in", "مكتب العمل", "محافظة جدة") in got


@pytest.mark.parametrize("text, head, place", [
    ("وقصفت المقاتلات أهدافا لتنظيم [[بوكو حرام|ORG]] في [[النيجر|LOC]] فجر اليوم.", "بوكو حرام", "النيجر"),
    ("وتعهد الوزراء بتعزيز التعاون لمكافحة تنظيم [[الشباب|ORG]] في [[الصومال|LOC]] خلال العام.", "الشباب", "الصومال"),
    ("ونشطت الجماعات الموالية لـ[[روسيا|LOC]] في [[أوكرانيا|LOC]] منذ سنوات.", "روسيا", "أوكرانيا"),
])
def test_targeting_or_loyalty_takes_the_place_phrase(rels, text, head, place):
    # decision 142: what stands before the body (targets of it, fighting it, groups loyal to it) is in the place
    assert ("located_in", head, place) not in rels(text)


@pytest.mark.parametrize("text, org, place", [
    ("وقالت المصادر إن [[المقاومة الشعبية|ORG]] في جبهة [[كرش|LOC]] صدت هجوما عنيفا.", "المقاومة الشعبية", "كرش"),
    ("وقصفت الطائرات مواقع [[الحوثيين|ORG]] بجبهة [[نهم|LOC]] شرق العاصمة.", "الحوثيين", "نهم"),
])
def test_force_at_a_front(rels, text, org, place):
    # decision 348: «مواقع الحوثيين في جبهة الجفينة» → located_in; the front's noun stays outside the place
    assert ("located_in", org, place) in rels(text)


@pytest.mark.parametrize("text, title, org", [
    ("وقال خالد العمر، [[مدير|TITLE]] معهد «[[الأفق|ORG]]» للدراسات، إن التقرير دقيق.", "مدير", "الأفق"),
    ('وأوضحت [[منسقة|TITLE]] حملة "[[سند|ORG]]" التطوعية أن العمل مستمر.', "منسقة", "سند"),
])
def test_title_over_a_type_noun_before_a_quoted_name(rels, text, title, org):
    # §4 title_of to the body the title heads; its type noun stays outside the quoted name (decisions 46, 69)
    assert ("title_of", title, org) in rels(text)


@pytest.mark.parametrize("text, title, place", [
    ("وحضر الحفل [[مندوب|TITLE]] [[الأردن|LOC]] الدائم لدى [[منظمة اليونسكو|ORG]] أمس.", "مندوب", "منظمة اليونسكو"),
    ("وقال [[سفير|TITLE]] [[كندا|LOC]] السابق لدى [[الرياض|LOC]] إن العلاقات متينة.", "سفير", "الرياض"),
    ("واستقبل الوزير [[سفير|TITLE]] [[الاتحاد الأفريقي|ORG]] في [[القاهرة|LOC]] أمس.", "سفير", "القاهرة"),
])
def test_diplomat_post_after_a_status_word_or_for_a_body(rels, text, title, place):
    # decisions 71, 123, 160: the host of a sending state's (or body's) diplomat, over the post's status word
    assert ("title_of", title, place) in rels(text)


def test_sending_body_is_not_in_the_host(rels):
    # decision 160: the sending side of an ambassador's post is not located in the host
    got = rels("واستقبل الوزير [[سفير|TITLE]] [[الاتحاد الأفريقي|ORG]] في [[القاهرة|LOC]] أمس.")
    assert ("located_in", "الاتحاد الأفريقي", "القاهرة") not in got


def test_definite_title_before_a_quoted_body_and_a_statement(rels):
    # a title with no complement of its own («الرئيس التنفيذي») heads the quoted body after «لـ», statement or not
    got = rels("وقال سامي النجار، [[الرئيس التنفيذي|TITLE]] لـ«[[نماء|ORG]]» إن الأرباح ارتفعت.")
    assert ("title_of", "الرئيس التنفيذي", "نماء") in got


def test_title_with_a_complement_tells_the_outlet(rels):
    # the outlet told after a title that has its complement («حاكم الولاية لـ«X»: …») is no body it heads
    got = rels("وقال [[حاكم الولاية|TITLE]] لـ«[[الحياة|ORG]]»: «الوضع مستقر».")
    assert ("title_of", "حاكم الولاية", "الحياة") not in got


@pytest.mark.parametrize("text, per, title", [
    ("وأوضح [[المشرف العام|TITLE]] على المسابقة [[فهد السالم|PER]] أن التسجيل مفتوح.", "فهد السالم", "المشرف العام"),
    ("وقالت [[المشرفة|TITLE]] على المعرض الدكتورة [[نوال الحربي|PER]] إن الزوار كثر.", "نوال الحربي", "المشرفة"),
])
def test_supervisor_of_an_unnamed_event_before_the_name(rels, text, per, title):
    # §4: what the supervisor heads stands between the title and its holder, as «المتحدث باسم …» does
    assert ("holds_title", per, title) in rels(text)


def test_reply_to_a_person_is_no_supervision(rels):
    # «على» after another title is the verb's complement, not the supervised body
    got = rels("ورد [[الوزير|TITLE]] على المعترض [[سالم العلي|PER]] بهدوء.")
    assert ("holds_title", "سالم العلي", "الوزير") not in got
