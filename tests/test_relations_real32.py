"""holds_title and located_in of the thirty-second real-news pass (session 30): what stands between a name and the
titles of its chain. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, per, title", [
    # §4: an unlabelled description (a profession, «أحد أبرز …») opens the apposition; the title after «و» is the name's
    ("وقال [[سامي العتيبي|PER]]، المؤسس المشارك و[[الرئيس التنفيذي|TITLE]] ل[[شركة نخيل|ORG]]، إن الطلب ارتفع.",
     "سامي العتيبي", "الرئيس التنفيذي"),
    ("وأكد [[فهد القرني|PER]] طبيب العظام و[[طبيب|TITLE]] [[المنتخب الوطني|ORG]] أن الإصابة بسيطة.",
     "فهد القرني", "طبيب"),
    ("وقال [[حمد المري|PER]]، أحد أبرز وجهاء القبيلة و[[القائد العام|TITLE]] للمقاومة، إن الهجوم فشل.",
     "حمد المري", "القائد العام"),
    ("وأوضح المحقق أن [[لويس غارسيا|PER]] هو رجل أعمال مكسيكي و[[المدير العام|TITLE]] ل[[شركة ألفا|ORG]].",
     "لويس غارسيا", "المدير العام"),
])
def test_title_after_an_untagged_description_and_and(rels, text, per, title):
    assert ("holds_title", per, title) in rels(text)


@pytest.mark.parametrize("text, per, title", [
    # a clause, not a description: a preposition or a time word before «و» + the title of another, unnamed person
    ("وشارك [[سامي العتيبي|PER]] في الاجتماع و[[وزير المالية|TITLE]] بعد الظهر.", "سامي العتيبي", "وزير المالية"),
    ("واعتبرت [[منى الحداد|PER]] قرار الهيئة تهديدا للطيارين و[[رئيس|TITLE]] [[شركة الطيران|ORG]] معا.",
     "منى الحداد", "رئيس"),
    ("والتقى [[سامي العتيبي|PER]] صباح أمس و[[وزير المالية|TITLE]] الوفد الزائر.", "سامي العتيبي", "وزير المالية"),
])
def test_no_title_after_a_clause_and_and(rels, text, per, title):
    assert ("holds_title", per, title) not in rels(text)


@pytest.mark.parametrize("text, per, title", [
    # decision 48: a portfolio in the construct state («لشؤون X», no article) after the body, before the holder
    ("وقال [[مفوض|TITLE]] [[الاتحاد الأفريقي|ORG]] لشؤون اللاجئين [[أمينة سالم|PER]] إن الأزمة تتفاقم.",
     "أمينة سالم", "مفوض"),
    ("وأوضح [[وكيل|TITLE]] [[محافظة شبوة|LOC]] لشئون المديريات الشرقية المهندس [[علي باحميد|PER]] أن العمل بدأ.",
     "علي باحميد", "وكيل"),
])
def test_title_over_a_construct_portfolio_after_its_body(rels, text, per, title):
    assert ("holds_title", per, title) in rels(text)


def test_bracket_after_a_ranked_unit_renames_it(rels):
    # decision 239: «مدينة X (Y)» with no rank in the bracket is another name of the city, no container
    got = rels("وزار الوفد [[مدينة بومباي|LOC]] ([[مومباي|LOC]]) في رحلته الأولى.")
    assert ("located_in", "مدينة بومباي", "مومباي") not in got


@pytest.mark.parametrize("text, head, place", [
    # a bracket that states the container's rank, or a place named without a rank, keeps the containment
    ("ووقع الحادث في [[مدينة دنفر|LOC]] ([[ولاية كولورادو|LOC]]) مساء أمس.", "مدينة دنفر", "ولاية كولورادو"),
    ("ووقع الحادث في [[ليون|LOC]] ([[فرنسا|LOC]]) مساء أمس.", "ليون", "فرنسا"),
])
def test_bracketed_container_after_a_place(rels, text, head, place):
    assert ("located_in", head, place) in rels(text)


@pytest.mark.parametrize("text, title, names", [
    # decision 161: a one-word dual in the construct state before its body is held by both names after it
    ("ووقع البيان [[رئيسا|TITLE]] [[الموساد|ORG]] سابقا [[داني ياتوم|PER]]، و[[شبتاي شافيت|PER]].",
     "رئيسا", ["داني ياتوم", "شبتاي شافيت"]),
    ("وحضرت [[عضوتي|TITLE]] [[لجنة الثقافة|ORG]] [[هند الزهراني|PER]]، و[[ريم العمري|PER]] الحفل.",
     "عضوتي", ["هند الزهراني", "ريم العمري"]),
    ("ورفض [[نائبي|TITLE]] [[الكتلة الديمقراطية|ORG]]، [[سمير خوري|PER]] و[[نبيل حداد|PER]] حضور الجلسة.",
     "نائبي", ["سمير خوري", "نبيل حداد"]),
])
def test_construct_dual_held_by_both_names(rels, text, title, names):
    assert {("holds_title", n, title) for n in names} <= rels(text)


def test_singular_in_the_construct_state_is_held_by_the_first_name_only(rels):
    # «قاضي المحكمة»: a singular office ending in «ي», not a dual
    got = rels("واستمع [[قاضي|TITLE]] [[المحكمة العليا|ORG]] [[سالم الهاجري|PER]] و[[فهد الدوسري|PER]] إلى الشهود.")
    assert ("holds_title", "سالم الهاجري", "قاضي") in got
    assert ("holds_title", "فهد الدوسري", "قاضي") not in got


@pytest.mark.parametrize("clause", ["والذي يشغل أيضا منصب", "، الذي يشغل منصب"])
def test_a_post_clause_after_a_body_continues_the_chain(rels, clause):
    # §4: «الذي يشغل منصب» after the body of the name's first title gives the name a further post
    text = (f"وأوقفت الشرطة [[خوان بيريز|PER]] [[رئيس|TITLE]] [[اتحاد بيرو للتنس|ORG]] {clause} "
            "[[نائب رئيس|TITLE]] [[الاتحاد القاري|ORG]] أمس.")
    assert ("holds_title", "خوان بيريز", "نائب رئيس") in rels(text)


@pytest.mark.parametrize("text, title, org", [
    # decision 2: a status word of the title before «ل» + the body's type noun and its quoted name
    ("وقالت [[المديرة|TITLE]] السابقة لشركة «[[نور للاتصالات|ORG]]» إن السوق تغير.", "المديرة", "نور للاتصالات"),
    ("وتعهد [[الزعيم|TITLE]] الجديد لحركة [[العدالة|ORG]] بمواصلة النهج.", "الزعيم", "العدالة"),
])
def test_title_over_a_status_word_and_a_type_noun(rels, text, title, org):
    assert ("title_of", title, org) in rels(text)


def test_adjective_before_an_outlet_is_no_body(rels):
    # «نائب الوزير الأوكراني لوكالة «X»»: the outlet told, not the body the title heads
    got = rels("ونفى [[نائب وزير المالية|TITLE]] الأوكراني لوكالة «[[نوفوستي|ORG]]» الروسية صحة التقارير.")
    assert ("title_of", "نائب وزير المالية", "نوفوستي") not in got
