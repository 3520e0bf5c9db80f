"""Frames and relations on real news, third rule pass (issue 15; GUIDELINES §4, §7 decisions 20-22, 36, 62,
97-99, 118, 119): meetings reported by a verb of starting before the noun, places between the verb of holding and
the noun, dates of a period («أواخر العام الحالي») and of days written as ordinals, a session ranked and chaired
on its own. Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]),
numbers come from the numbers stage."""
from __future__ import annotations



# meeting: a verb of starting or taking place before the noun (decision 36)

def test_a_verb_of_starting_before_a_definite_meeting_reports_it(frames):
    got = frames("انطلق صباح أمس الملتقى الثالث لمديري المدارس، برئاسة [[الوكيل|TITLE]] [[سعد الزهراني|PER]].",
                 "meeting")
    assert got == [("meeting", "الملتقى", {"date": ["صباح أمس"], "chair": ["سعد الزهراني"]})]


def test_place_and_date_between_the_verb_of_starting_and_the_noun(frames):
    got = frames("انطلقت في العاصمة الأردنية [[عمان|LOC]]، مساء أول من أمس، ندوة عن المياه.", "meeting")
    assert got == [("meeting", "ندوة", {"location": ["عمان"], "date": ["مساء أول من أمس"]})]


def test_a_verb_of_starting_with_a_body_between_is_no_report_of_the_noun(frames):
    # the noun is the object of another clause: «بدأت الشركة» … the verb's subject is a body, not the meeting
    assert frames("بدأت [[شركة النور|ORG]] الاستعداد للمؤتمر.", "meeting") == []


def test_place_between_the_verb_of_holding_and_the_noun(frames):
    got = frames("وقال إنه لدى ترؤسه في مكتبه ب[[الخبر|LOC]] أمس الاجتماع الدوري، شكر الحضور.", "meeting")
    assert got == [("meeting", "الاجتماع", {"location": ["الخبر"], "date": ["أمس"]})]


def test_place_right_after_the_body_that_holds_is_the_body_s_place(frames):
    got = frames("عقدت [[لجنة السلامة|ORG]] في [[مدينة الخرج|LOC]] مؤتمرا لمراجعة الخطة.", "meeting")
    assert got == [("meeting", "مؤتمرا", {"organizer": ["لجنة السلامة"]})]


# meeting dates

def test_date_after_a_verb_of_taking_place_after_the_noun(frames):
    got = frames("وأكد خلال جلسة [[مجلس البلدية|ORG]] التي انعقدت يوم أمس أن المشروع تأخر.", "meeting")
    assert got[0][2]["date"] == ["يوم أمس"] and got[0][2]["organizer"] == ["مجلس البلدية"]


def test_part_of_the_current_year_is_a_date(frames):
    got = frames("ينظم [[اتحاد الكتاب|ORG]] مؤتمرا سيعقد في [[تونس|LOC]] أواخر العام الحالي.", "meeting")
    assert got == [("meeting", "مؤتمرا", {"organizer": ["اتحاد الكتاب"], "location": ["تونس"],
                                           "date": ["أواخر العام الحالي"]})]


def test_days_written_as_ordinals_before_the_month(frames):
    got = frames("يعقد [[نادي الأدب|ORG]] ملتقى القصة في الأول والثاني من مارس المقبل.", "meeting")
    assert got[0][2]["date"] == ["الأول والثاني من مارس المقبل"]
    got = frames("يعقد [[نادي الأدب|ORG]] ملتقى القصة في الخامس من مارس.", "meeting")
    assert got[0][2]["date"] == ["الخامس من مارس"]


# meeting: a ranked session with its own chair (decision 119)

def test_a_ranked_session_chaired_by_the_subject_before_the_verb(frames):
    got = frames("عقدت [[هيئة الطرق|ORG]] أمس ندوة عن الصيانة. وقال المتحدث إن [[فهد العمري|PER]]، ترأس الجلسة "
                 "الثانية التي ناقشت الطرق.", "meeting")
    assert got == [("meeting", "ندوة", {"organizer": ["هيئة الطرق"], "date": ["أمس"]}),
                   ("meeting", "الجلسة", {"chair": ["فهد العمري"]})]


def test_a_session_chaired_again_without_rank_is_the_same_session(frames):
    got = frames("عقدت [[المحكمة العليا|ORG]] جلسة علنية أمس. ترأس الجلسة [[سالم النمر|PER]].", "meeting")
    assert got == [("meeting", "جلسة", {"organizer": ["المحكمة العليا"], "date": ["أمس"], "chair": ["سالم النمر"]})]


# meeting: a fronted phrase of time at the meeting places the person of the main clause there

def test_person_after_a_fronted_phrase_at_the_meeting_attends(frames):
    got = frames("وخلال الجلسة التي عقدتها [[لجنة الصحة|ORG]] بالمجلس، عرض [[الوزير|TITLE]] [[هاني سمير|PER]] "
                 "خطة الوزارة.", "meeting")
    assert got == [("meeting", "الجلسة", {"organizer": ["لجنة الصحة"], "attendee": ["هاني سمير"]})]


def test_a_later_fronted_mention_adds_its_person_to_the_meeting_reported(frames):
    got = frames("عقدت [[غرفة التجارة|ORG]] أمس ورشة عمل عن التصدير. وفي مستهل الاجتماع رحب [[المدير|TITLE]] "
                 "[[وليد الحربي|PER]] بالحضور.", "meeting")
    assert got == [("meeting", "ورشة عمل", {"organizer": ["غرفة التجارة"], "date": ["أمس"], "attendee": ["وليد الحربي"]})]


def test_a_person_already_in_the_meeting_is_not_added_twice(frames):
    got = frames("عقدت [[غرفة التجارة|ORG]] ورشة عمل عن التصدير برئاسة [[وليد الحربي|PER]]. وفي الاجتماع، أكد "
                 "[[وليد الحربي|PER]] أهمية التصدير.", "meeting")
    assert got == [("meeting", "ورشة عمل", {"organizer": ["غرفة التجارة"], "chair": ["وليد الحربي"]})]


# meeting: the body a meeting with a singular pronoun belongs to (decision 22)

def test_a_body_before_a_meeting_with_its_pronoun_organizes_it(frames):
    got = frames("ونرى أن [[مجلس الشورى|ORG]]، وعبر اجتماعه القادم، سيناقش النظام.", "meeting")
    assert got == [("meeting", "اجتماعه", {"organizer": ["مجلس الشورى"]})]


def test_a_bare_definite_word_stands_for_the_body_named_before(frames):
    got = frames("أعلنت [[الهيئة الوطنية للإغاثة|ORG]] خطتها. وجاء في بيان الهيئة عقب اجتماعها برئاسة "
                 "[[سالم العلي|PER]] أن العمل بدأ.", "meeting")
    assert got == [("meeting", "اجتماعها", {"organizer": ["الهيئة الوطنية للإغاثة"], "chair": ["سالم العلي"]})]


def test_a_person_before_the_pronoun_meets_no_body(frames):
    got = frames("وقال [[خالد سعيد|PER]] خلال اجتماعه مع [[نادر حسن|PER]] إن العمل بدأ.", "meeting")
    assert got == [("meeting", "اجتماعه", {"attendee": ["خالد سعيد", "نادر حسن"]})]


# meeting: a court session whose court was named earlier in the article (decisions 20, 22)

def test_a_session_the_judge_adjourns_is_held_by_the_court_named_before(frames):
    got = frames("نظرت [[محكمة الاستئناف|ORG]] في قضية الشاب. ورفع القاضي الجلسة للمداولة.", "meeting")
    assert ("meeting", "الجلسة", {"organizer": ["محكمة الاستئناف"]}) in got


def test_a_session_set_for_a_date_is_held_by_the_court_named_before(frames):
    got = frames("أحالت [[محكمة الجنايات|ORG]] أوراق المتهم إلى المفتي. وحددت جلسة 12 أكتوبر للنطق بالحكم.",
                 "meeting")
    assert got == [("meeting", "جلسة", {"organizer": ["محكمة الجنايات"], "date": ["12 أكتوبر"]})]


def test_plural_sessions_of_a_court_named_before_open_none(frames):
    got = frames("أصدرت [[محكمة الجنايات|ORG]] حكمها. وقال إن النيابة نظمت مع المحكمة جلسات استماع متنقلة.",
                 "meeting")
    assert all("organizer" not in slots for _, _, slots in got)


# meeting: an office that stands for the person named before (decision 22), and an office's body convenes nothing

def test_an_office_after_the_verb_of_chairing_stands_for_its_holder(frames):
    got = frames("استقبل [[رئيس|TITLE]] [[الهيئة الملكية|ORG]] [[فهد السالم|PER]] الوفد. وترأس [[رئيس الهيئة|TITLE]]، "
                 "سلسلة من الاجتماعات بحضور المستشارين.", "meeting")
    assert got == [("meeting", "الاجتماعات", {"chair": ["فهد السالم"]})]


def test_a_meeting_chaired_after_its_noun_by_an_office(frames):
    got = frames("افتتح [[أمير|TITLE]] [[منطقة تبوك|LOC]] [[سعود الماجد|PER]] المعرض. وأوضح أن الاجتماع الذي يرأسه "
                 "[[أمير المنطقة|TITLE]] الأسبوع المقبل سيستعرض المشروع.", "meeting")
    assert got == [("meeting", "الاجتماع", {"date": ["الأسبوع المقبل"], "chair": ["سعود الماجد"]})]


def test_the_body_of_an_office_that_holds_a_meeting_is_no_organizer(frames):
    got = frames("وعقد [[رئيس|TITLE]] [[البرلمان|ORG]] أمس اجتماعا مغلقا مع قادة الكتل.", "meeting")
    assert got == [("meeting", "اجتماعا", {"date": ["أمس"]})]


# enforcement: the suspicion or charge after the arrest is the offence (decision 61)

def test_suspicion_of_belonging_after_the_arrest_is_the_offence(frames):
    got = frames("واعتقلت الشرطة خمسة أشخاص في المدينة للاشتباه بانتمائهم إلى خلية تهرب الأسلحة.", "enforcement")
    assert got == [("enforcement", "اعتقلت", {"suspects": ["خمسة"],
                                              "offence": ["انتمائهم إلى خلية تهرب الأسلحة"]})]


def test_belonging_glued_to_lam_is_the_offence(frames):
    got = frames("وأوقفت القوة [[سامر خليل|PER]] لانتمائه إلى جماعة مسلحة وتمويلها.", "enforcement")
    assert got == [("enforcement", "أوقفت", {"suspects": ["سامر خليل"],
                                             "offence": ["انتمائه إلى جماعة مسلحة وتمويلها"]})]


def test_a_charge_ends_before_the_person_it_was_done_to(frames):
    got = frames("وألقت الشرطة القبض على ثلاثة من المتهمين بالابتزاز بالصور في الحي.", "enforcement")
    assert got[0][2]["offence"] == ["الابتزاز"]


def test_a_suspicion_about_an_act_names_no_offence(frames):
    got = frames("واعتقلت الشرطة شخصين للاشتباه في علاقتهما بالحادث.", "enforcement")
    assert got == [("enforcement", "اعتقلت", {"suspects": ["شخصين"]})]


def test_the_arrest_of_a_person_already_reported_caught_opens_none(frames):
    got = frames("واعتقلت الشرطة [[ماهر سليم|PER]] في المطار. وقال محاميه إن [[ماهر سليم|PER]] رفض الكلام عقب اعتقاله.",
                 "enforcement")
    assert got == [("enforcement", "اعتقلت", {"suspects": ["ماهر سليم"]})]


def test_an_arrest_of_a_pronoun_only_aimed_at_names_no_suspect(frames):
    got = frames("وداهمت القوة منزل [[عادل ناصر|PER]] بهدف اعتقاله نجله.", "enforcement")
    assert got == []


# decision: styles before the issuing office, an order of the king, an office standing for its holder

def test_a_style_between_the_instrument_and_the_office_is_skipped(frames):
    got = frames("رحب الأهالي بقرار معالي [[وزير الصحة|TITLE]] بافتتاح المستشفى.", "decision")
    assert got == [("decision", "قرار", {"issuer": ["وزير الصحة"]})]


def test_an_order_of_the_king_opens_a_decision_issued_by_the_office(frames):
    got = frames("وتم ترحيل المخالفين إنفاذاً لأمر [[خادم الحرمين الشريفين|TITLE]] في تصحيح الأوضاع.", "decision")
    assert got == [("decision", "أمر", {"issuer": ["خادم الحرمين الشريفين"]})]


def test_an_office_named_alone_issues_as_its_holder_named_before(frames):
    got = frames("وكان [[ولي العهد|TITLE]] [[نايف الحربي|PER]] قد زار المدينة. وقال المواطن إنه ينتظر تنفيذ "
                 "قرار [[ولي العهد|TITLE]] بعلاجه.", "decision")
    assert got == [("decision", "قرار", {"issuer": ["نايف الحربي"]})]


# meeting: later sittings of the same body (decision 135)

def test_a_later_sitting_of_the_same_body_opens_none(frames):
    got = frames("وقال خلال جلسة [[مجلس الوزراء|ORG]] التي انعقدت أمس إن الموازنة جاهزة. وأضاف أن تأجيل جلسات "
                 "[[مجلس الوزراء|ORG]] يضر بالبلد.", "meeting")
    assert got == [("meeting", "جلسة", {"organizer": ["مجلس الوزراء"], "date": ["أمس"]})]



# meeting: the person who gives a talk attends it (decisions 36, 97)

def test_the_person_who_gives_a_seminar_attends_it(frames):
    got = frames("وفي المساء قدم الشيخ [[صالح المري|PER]] ندوة بعنوان «بر الوالدين» للشباب.", "meeting")
    assert got == [("meeting", "ندوة", {"attendee": ["صالح المري"]})]


def test_the_person_named_after_presented_it_attends(frames):
    got = frames("وأعقب ذلك لقاء بعنوان «صحتك أولا» قدمته [[منى الحربي|PER]] للأمهات.", "meeting")
    assert got == [("meeting", "لقاء", {"attendee": ["منى الحربي"]})]


# relations: the group a spokesman speaks for, named by words that are no entity

def test_spokesman_of_a_group_named_by_plain_words_holds_the_title(rels):
    got = rels("وقال [[المتحدث الرسمي|TITLE]] باسم القبائل المناهضة للتنظيم، [[سالم العبيدي|PER]] إن الوضع هادئ.")
    assert ("holds_title", "سالم العبيدي", "المتحدث الرسمي") in got


def test_a_new_item_after_the_spokesman_s_group_holds_nothing(rels):
    got = rels("وقال [[المتحدث|TITLE]] باسم القبائل والعشائر وأهالي المدينة [[سالم العبيدي|PER]] إن الوضع هادئ.")
    assert ("holds_title", "سالم العبيدي", "المتحدث") not in got


def test_date_and_place_said_right_after_the_person_met(frames):
    got = frames("والتقى [[الوزير|TITLE]] [[حسن البنا|PER]]، أمس بمقر الجامعة ب[[المنصورة|LOC]]، بطلبة الكلية.",
                 "meeting")
    assert got == [("meeting", "التقى", {"location": ["المنصورة"], "date": ["أمس"], "attendee": ["حسن البنا"]})]


def test_the_place_of_other_talks_named_after_the_person_met_is_not_the_meeting_s(frames):
    got = frames("ومن المقرر أن يلتقي الوفد ب[[سامر حداد|PER]] لبحث محادثات جرت في [[جنيف|LOC]] أمس.", "meeting")
    assert ("meeting", "يلتقي", {"attendee": ["سامر حداد"]}) in got


# target: what is no aim or deadline

def test_a_clause_of_purpose_after_the_deadline_is_outside_it(frames):
    got = frames("ويجب إقرار الموازنة بحلول 30 يونيو كي لا تتوقف الرواتب.", "target")
    assert got == [("target", "بحلول", {"deadline": ["30 يونيو"]})]


def test_a_clock_time_after_bihulul_is_no_deadline(frames):
    assert frames("وارتفع سعر الخام 40 سنتا بحلول الساعة 0900 بتوقيت جرينتش.", "target") == []


def test_a_goal_already_named_is_no_target(frames):
    assert frames("وبهذا الهدف رفع اللاعب رصيده إلى 12 هدفا.", "target") == []


def test_an_aim_verb_before_a_verb_of_saying_and_ila_aims_at_nothing(frames):
    got = frames("وكانت السيارة تستهدف مبنى البلدية، مشيرة إلى مقتل 5 عناصر.", "target")
    assert got == []


# decision: a month earlier in the sentence dates only an instrument the mention names; a plan needs its number

def test_a_bare_instrument_takes_no_month_from_earlier_in_its_sentence(frames):
    got = frames("وكان العفو الذي صدر في مارس 2014 من ضمن مرسوم شامل.", "decision")
    assert got == [("decision", "مرسوم", {})]
    got = frames("وفي مارس 2014 صدر قرار [[مجلس الوزراء|ORG]] بتنظيم الأسواق.", "decision")
    assert got == [("decision", "قرار", {"issuer": ["مجلس الوزراء"], "date": ["مارس 2014"]})]


def test_a_plan_without_its_number_opens_none(frames):
    assert frames("وكانت الخطة الأمنية التي انطلقت في مايو الماضي تهدف إلى وقف الخطف.", "decision") == []


def test_the_body_that_passed_the_resolution_after_it_issues_it(frames):
    got = frames("وحذرت المنظمات من تنفيذ قرار أقره [[مجلس الشيوخ|ORG]] يقضي بخفض الدعم.", "decision")
    assert got == [("decision", "قرار", {"issuer": ["مجلس الشيوخ"]})]


def test_the_act_of_the_case_after_the_arrest_is_the_offence(frames):
    got = frames("وأوقفت الشرطة ثلاثة أشخاص في قضية سرقة المصرف المركزي بعد مطاردة.", "enforcement")
    assert got == [("enforcement", "أوقفت", {"suspects": ["ثلاثة"], "offence": ["سرقة المصرف المركزي"]})]
    got = frames("واعتقلت الشرطة شخصين على خلفية إطلاق النار على دورية.", "enforcement")
    assert got == [("enforcement", "اعتقلت", {"suspects": ["شخصين"], "offence": ["إطلاق النار"]})]


def test_those_caught_involved_in_an_act_are_charged_with_it(frames):
    got = frames("وتحدثت الصحف عن اعتقال موظفين متورطين بالاحتيال المصرفي.", "enforcement")
    assert got == [("enforcement", "اعتقال", {"offence": ["الاحتيال المصرفي"]})]


def test_two_titles_joined_by_wa_over_a_nationality_adjective_are_one_person_s(rels):
    got = rels("وعاد [[نائب الرئيس|TITLE]] اليمني و[[رئيس الوزراء|TITLE]] [[سالم بحاح|PER]] إلى عدن.")
    assert {("holds_title", "سالم بحاح", "نائب الرئيس"), ("holds_title", "سالم بحاح", "رئيس الوزراء")} <= got


def test_a_new_person_s_chain_after_wa_is_not_joined(rels):
    got = rels("وحضر [[الوزير|TITLE]] [[خالد سعد|PER]] و[[المحافظ|TITLE]] [[نادر علي|PER]] الحفل.")
    assert ("holds_title", "نادر علي", "الوزير") not in got


def test_a_status_word_between_a_title_and_bi_body_keeps_title_of(rels):
    got = rels("وقال [[الأستاذ|TITLE]] الفخري ب[[جامعة القاهرة|ORG]] [[سمير أمين|PER]] إن البحث مهم.")
    assert ("title_of", "الأستاذ", "جامعة القاهرة") in got


def test_the_place_added_after_wadhalik_is_the_meeting_s(frames):
    got = frames("عقدت [[غرفة التجارة|ORG]] ورشة عمل عن التصدير، بحضور عدد من التجار، وذلك ب[[فندق النخيل|LOC]].",
                 "meeting")
    assert got == [("meeting", "ورشة عمل", {"organizer": ["غرفة التجارة"], "location": ["فندق النخيل"]})]


def test_kashf_opens_enforcement_only_for_cases_uncovered(frames):
    assert frames("وكشفت الكاميرات كذب المتهمين الثلاثة في روايتهم.", "enforcement") == []
    got = frames("وكشفت الشرطة عن 12 قضية سرقة خلال الشهر.", "enforcement")
    assert got == [("enforcement", "كشفت", {"cases": ["12"], "offence": ["سرقة"]})]
