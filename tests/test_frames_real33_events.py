"""Rules of the 33rd real-news frames pass on award, target, decision and enforcement frames (GUIDELINES §4, §7
decisions 40, 61, 100, 274). Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations


# --- award: the award is the verb's first object (decision 40) ---

def test_award_verb_whose_object_is_something_else_opens_none(frames):
    # «تمنح الفريق قدرا من الثقة»: the thing given is no honour, an award word later in the clause is not its object
    assert frames("وهي نتيجة قد تمنح [[الأهلي|ORG]] قدرا من الثقة قبل أن يحصد لقب البطولة.", "award") == []
    assert frames("وفتحت السلطات تحقيقا بشأن منح استضافة كأس البطولة لدولتين.", "award") == []
    assert frames("وطالب بمنحها قروضا، علما بأن الوضع صعب.", "award") == []


def test_award_after_the_giver_on_behalf_of_another(frames):
    got = frames("ومنح [[العقيد|TITLE]] [[سالم ناصر|PER]]، نيابة عن [[الوزير|TITLE]]، وسام الشجاعة لأربعة ضباط.",
                 "award")
    assert [(t, s.get("award")) for _, t, s in got] == [("منح", ["وسام الشجاعة"])]


def test_present_award_verb_with_no_giver_states_a_rule(frames):
    # «وتمنح جائزة الفئة للجهات التي …»: what a prize is given for, no ceremony
    assert frames("وتمنح جائزة الفئة الثانية للمدارس التي حققت أفضل النتائج في العام.", "award") == []


def test_award_phrase_ends_before_what_it_is_given_for(frames):
    got = frames("وقرر المهرجان منحه جائزة تقدير عن مسيرته الفنية الطويلة.", "award")
    assert [s.get("award") for _, _, s in got] == [["جائزة تقدير"]]


# --- target: the noun «هدف» names a level, not a count of the story's things ---

def test_goal_noun_with_a_small_count_in_words_opens_none(frames):
    assert frames("ولا يجمع الحزبين سوى هدف واحد هو إسقاط الحكومة.", "target") == []
    assert frames("واقتربت المدرعات من الهدف تتبعها ثلاث فرق اقتحام.", "target") == []


def test_goal_noun_takes_the_level_after_to(frames):
    # «الهدف … من 4 مليارات إلى 9 مليارات»: the level aimed at, not the starting point
    got = frames("وقال الوزير إن الهدف هو زيادة الصادرات من 4 مليارات دولار إلى 9 مليارات دولار.", "target")
    assert [(t, s.get("value")) for _, t, s in got] == [("الهدف", ["9 مليارات"])]


def test_deadline_after_a_goal_keeps_its_frame_without_the_starting_figure(frames):
    got = frames("والهدف رفع الإنتاج من 300 ألف طن إلى 500 ألف طن بحلول عام 2030.", "target")
    assert [(t, s.get("value"), s.get("deadline")) for _, t, s in got] == [
        ("الهدف", ["500 ألف"], None), ("بحلول", None, ["عام 2030"])]


# --- decision: the id after the issuer's style, a bracketed or quoted number, «أول أمس» ---

def test_id_and_date_after_the_issuers_style(frames):
    text = "وتأسست الجمعية بقرار [[مجلس الوزراء|ORG]] الموقر رقم (27) بتاريخ 3/5/1430هـ لتخدم الأسر."
    got = frames(text, "decision")
    assert [(s.get("issuer"), s.get("id"), s.get("date")) for _, _, s in got] == [
        (["مجلس الوزراء"], ["27"], ["3/5/1430هـ"])]


def test_bare_id_in_brackets_or_after_the_body_before_a_quote(frames):
    got = frames("وطالب الوزير بتطبيق القرار (2140) الصادر بشأن الأزمة.", "decision")
    assert [s.get("id") for _, _, s in got] == [["2140"]]
    got = frames("وقال: \"نلتزم بقرار [[مجلس الأمن|ORG]] 2140\".", "decision")
    assert [(s.get("issuer"), s.get("id")) for _, _, s in got] == [(["مجلس الأمن"], ["2140"])]


def test_day_before_yesterday_without_min(frames):
    got = frames("وتبنى [[مجلس الأمن|ORG]] اول امس الخميس قرارا يدين الهجوم.", "decision")
    assert [s.get("date") for _, _, s in got] == [["اول امس الخميس"]]


# --- enforcement: the count of those arrested after a time phrase (GUIDELINES §4 suspects, decision 61) ---

def test_arrest_count_after_a_time_phrase_with_a_duration(frames):
    got = frames("وقال المتحدث إن قوات الأمن اعتقلت خلال أقل من 48 ساعة الماضية نحو 35 طالبا في المدينة.",
                 "enforcement")
    assert [s.get("suspects") for _, _, s in got] == [["35"]]


def test_arrest_count_after_a_dawn_phrase_and_a_force_drawn_from_a_body(frames):
    got = frames("واعتقلت قوات من الجيش فجر أمس الأول الأحد سبعة مزارعين في القرية.", "enforcement")
    assert [s.get("suspects") for _, _, s in got] == [["سبعة"]]
    got = frames("واعتقلت الشرطة، صباح اليوم، تسعة متظاهرين قرب الميدان.", "enforcement")
    assert [s.get("suspects") for _, _, s in got] == [["تسعة"]]


def test_regulation_or_circular_reported_passive_with_its_issuer(frames):
    # decisions 80, 191, 262: a passive instrument opens with an issuer that is an entity
    got = frames("ونصت اللائحة التنفيذية للنظام الصادرة من [[وزارة العمل|ORG]] على غرامة للمخالف.", "decision")
    assert [(t, s.get("issuer")) for _, t, s in got] == [("اللائحة", ["وزارة العمل"])]
    got = frames("وكشف المصدر عن تعميم صدر من [[إدارة التعليم|ORG]] إلى المدارس.", "decision")
    assert [(t, s.get("issuer")) for _, t, s in got] == [("تعميم", ["إدارة التعليم"])]


def test_law_passed_by_a_parliament_opens_none(frames):
    assert frames("وقال إن قانون الانتخابات الذي صدر عن [[مجلس النواب|ORG]] يحتاج إلى تعديل.", "decision") == []


def test_count_after_a_killing_is_not_of_those_arrested(frames):
    got = frames("واعتقلت القوات الزعيم [[سامر خليل|PER]] وقتل شقيقه وأكثر من 40 عنصرا في الهجوم.", "enforcement")
    assert [s.get("suspects") for _, _, s in got] == [["سامر خليل"]]


def test_a_grip_with_its_pronoun_is_no_arrest(frames):
    assert frames("ويسعى [[ماهر سليم|PER]] إلى إحكام قبضته على الحزب قبل المؤتمر.", "enforcement") == []


def test_finding_out_that_is_no_detection(frames):
    assert frames("وبعد أسبوع اكتشفت أنها فقدت أوراقها مع 30 شخصا آخرين.", "enforcement") == []


def test_arrest_in_the_answer_of_a_condition_is_not_made(frames):
    assert frames("فإذا رفض المواطنون التصويت يقبض عليهم فورا بتهمة الخيانة.", "enforcement") == []
    assert frames("وقال إن المحامين سيدافعون عنهم لو قبض عليهم بتهمة التحريض.", "enforcement") == []


def test_a_name_with_the_letters_of_if_is_no_condition(frames):
    got = frames("وأعلنت الشرطة أن [[سعيد لو|PER]] فر بعد اعتقال شريكه بتهمة الفساد المالي.", "enforcement")
    assert [s.get("offence") for _, _, s in got] == [["الفساد المالي"]]


# --- target: negated aims, past deadlines, ranks and terms are no levels ---

def test_negated_aim_opens_none(frames):
    assert frames("وأكدت الشركة أنها لا تسعى إلى امتلاك 40 في المائة من الأسهم.", "target") == []


def test_a_past_deadline_tells_an_achievement(frames):
    assert frames("وبحلول العام الماضي، كان يدرس في المركز 1500 طالب.", "target") == []


def test_deadline_level_is_no_term_dual_or_rank(frames):
    got = frames("ويتوقع نمو الطلب خلال الخمس سنوات القادمة بحلول عام 2030، وتملك البلاد ثالث أكبر احتياطي.",
                 "target")
    assert [(s.get("value"), s.get("deadline")) for _, _, s in got] == [(None, ["عام 2030"])]


def test_deadline_in_the_current_year_is_ahead(frames):
    got = frames("وقالت الوزارة إن المنطقتين ستكونان جاهزتين بحلول نهاية العام الجاري.", "target")
    assert [(s.get("value"), s.get("deadline")) for _, _, s in got] == [(None, ["نهاية العام الجاري"])]
