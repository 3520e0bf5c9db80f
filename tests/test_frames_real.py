"""Frames on real-news syntax (GUIDELINES §4, §6, §7 «Frames» and decisions 19–22): enforcement on
اعتقال/إحباط with suspects and offences, decisions named by their issuer, meetings of named people,
relative dates, and what opens no frame on real news («منحها الثقة»، «بهدف»، «سجل 12 هدفا»).
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]]),
numbers come from the numbers stage."""
from __future__ import annotations


# enforcement

def test_arrest_verbs_of_real_news_open_enforcement(frames):
    assert frames("واعتقلت الشرطة شخصين في المدينة أمس.", "enforcement") == [
        ("enforcement", "اعتقلت", {"suspects": ["شخصين"]})]


def test_figure_right_after_an_arrest_counts_suspects(frames):
    # «الشبان» is no suspect word: the figure counts suspects because القبض على takes people only
    assert frames("وألقت الدوريات القبض على 12 من الشبان في الحي.", "enforcement") == [
        ("enforcement", "القبض", {"suspects": ["12"]})]


def test_change_figure_and_bracketed_breakdown_are_not_suspects(frames):
    got = frames("ضبطت الشرطة عصابة من 9 أشخاص (4 رجال و5 نساء) خلال الشهر.", "enforcement")
    assert got == [("enforcement", "ضبطت", {"suspects": ["9"]})]
    got = frames("ضبطت الشرطة 40 قضية احتيال، بزيادة 5 قضايا عن العام الماضي.", "enforcement")
    assert got[0][2]["cases"] == ["40"] and "suspects" not in got[0][2]


def test_further_suspects_after_wakadha(frames):
    got = frames("وتم اعتقال ثلاثة من العناصر المسلحة، وكذا سبعة من المشتبه بهم في الحملة.", "enforcement")
    assert got[0][2]["suspects"] == ["ثلاثة", "سبعة"]


def test_offence_is_the_object_of_a_thwarting_verb(frames):
    assert frames("أحبطت السلطات الجمركية تهريب شحنة مخدرات كانت في طريقها إلى الميناء.", "enforcement") == [
        ("enforcement", "أحبطت", {"offence": ["تهريب شحنة مخدرات"]})]


def test_offence_after_attempt_with_glued_proclitic_outside(frames):
    got = frames("وأحبطت القوات محاولة لتهريب أسلحة عن طريق البحر.", "enforcement")
    assert got == [("enforcement", "أحبطت", {"offence": ["تهريب أسلحة"]})]


def test_offence_after_violation_ends_at_a_new_verb(frames):
    got = frames("كما ضبطت الدوريات مخالفة صيد بالأماكن المحظورة وأنقذت قاربا معطلا.", "enforcement")
    assert got == [("enforcement", "ضبطت", {"offence": ["صيد بالأماكن المحظورة"]})]


def test_dual_case_word_and_its_offence(frames):
    got = frames("تمكنت الدوريات من إحباط حالتي تسلل، كما واصلت عملها.", "enforcement")
    assert got == [("enforcement", "إحباط", {"cases": ["حالتي"], "offence": ["تسلل"]})]


def test_charge_ends_before_by_means_of(frames):
    got = frames("واعتقلت الشرطة 4 نساء بتهمة الاحتيال عبر الإنترنت عن طريق رسائل مزيفة.", "enforcement")
    assert got == [("enforcement", "اعتقلت", {"suspects": ["4"], "offence": ["الاحتيال عبر الإنترنت"]})]


def test_offence_after_a_word_of_doing(frames):
    got = frames("ضبطت الشرطة عصابة من 6 أشخاص يقومون بسرقة السيارات.", "enforcement")
    assert got == [("enforcement", "ضبطت", {"suspects": ["6"], "offence": ["سرقة السيارات"]})]


# decision

def test_issuer_named_after_the_instrument_and_signer(frames):
    got = frames("وأصدر [[سالم الراشد|PER]] قرار [[مجلس الإدارة|ORG]] رقم 42 لسنة 2016 بشأن التنظيم.", "decision")
    assert got == [("decision", "قرار", {"id": ["42"], "issuer": ["مجلس الإدارة"], "signer": ["سالم الراشد"]})]


def test_person_or_office_issues_when_no_body_does(frames):
    assert frames("أصدر [[الرئيس|TITLE]] [[كمال الدين|PER]] قرارا بتعيين مدير جديد.", "decision") == [
        ("decision", "قرارا", {"issuer": ["كمال الدين"]})]
    assert frames("أصدر [[النائب العام|TITLE]] المصري قرارًا بحظر النشر.", "decision") == [
        ("decision", "قرارًا", {"issuer": ["النائب العام"]})]


def test_issuer_after_min_relative_clause_and_construct(frames):
    assert frames("وتم الهدم بناء على قرار من [[المحكمة الإدارية|ORG]] العليا.", "decision")[0][2] == {
        "issuer": ["المحكمة الإدارية"]}
    assert frames("ويهدف القرار الذي اتخذه [[الرئيس|TITLE]] [[جون سميث|PER]] إلى حماية الحدود.", "decision")[0][2] == {
        "issuer": ["جون سميث"]}
    assert frames("ألغيت المسيرة في أعقاب قرار [[محافظ|TITLE]] [[المدينة القديمة|LOC]] بمنعها.", "decision")[0][2] == {
        "issuer": ["محافظ"]}


def test_definite_instrument_takes_no_genitive_issuer(frames):
    assert frames("ويكلف القرار [[هيئة الرقابة|ORG]] بمتابعة التنفيذ.", "decision") == [("decision", "القرار", {})]


def test_royal_decree_id_with_spaced_slash_and_figure_date(frames):
    got = frames("وفقا للمرسوم الملكي الكريم رقم م/ 12 في 3/ 5/ 1430 هـ تطبق العقوبات.", "decision")
    assert got == [("decision", "لمرسوم", {"id": ["م/ 12"], "date": ["3/ 5/ 1430 هـ"]})]


def test_resolution_number_after_instrument_but_not_a_year(frames):
    assert frames('ودعا إلى تطبيق القرار الدولي "2140" بالكامل.', "decision")[0][2] == {"id": ["2140"]}
    assert frames("وناقش المجلس القرار 2014 مطولا.", "decision") == [("decision", "القرار", {})]


def test_ruling_only_as_object_of_issue_and_no_draft(frames):
    assert frames("أصدرت [[المحكمة الجزائية|ORG]] حكماً بسجن المتهم.", "decision") == [
        ("decision", "حكماً", {"issuer": ["المحكمة الجزائية"]})]
    assert frames("حكمت [[المحكمة الجزائية|ORG]] بسجن المتهم.", "decision") == []
    assert frames("ناقش [[المجلس الوطني|ORG]] مشروع القرار رقم 7 أمس.", "decision") == []


# meeting

def test_workshop_held_by_a_body_with_a_relative_date(frames):
    assert frames("عقدت [[وزارة الصحة|ORG]] ورشة عمل صباح اليوم لمناقشة الخطة.", "meeting") == [
        ("meeting", "ورشة عمل", {"organizer": ["وزارة الصحة"], "date": ["صباح اليوم"]})]


def test_meeting_of_named_people_places_both_sides(frames):
    got = frames("وأكد [[سعيد الكعبي|PER]] خلال اجتماعه في [[عمّان|LOC]] الأحد الماضي بوزير الخارجية "
                 "[[نادر العلي|PER]] أن العلاقات متينة.", "meeting")
    assert got == [("meeting", "اجتماعه", {"location": ["عمّان"], "date": ["الأحد الماضي"],
                                           "attendee": ["سعيد الكعبي", "نادر العلي"]})]
    got = frames("وقال [[فهد الشمري|PER]] إنه التقى [[وزير|TITLE]] الثقافة [[مازن الحسن|PER]] في مكتبه.", "meeting")
    assert got == [("meeting", "التقى", {"attendee": ["فهد الشمري", "مازن الحسن"]})]


def test_reception_opens_no_meeting(frames):
    assert frames("استقبل [[خالد العمر|PER]] السفير [[جان دوبوا|PER]] في مكتبه.", "meeting") == []


# award

def test_giving_trust_or_a_chance_is_no_award(frames):
    assert frames("ودعا [[علي الهادي|PER]] إلى دعم المؤسسات ومنحها الثقة والوقت.", "award") == []
    assert frames("ولم تمنح الظروف فرصة للمتطرفين.", "award") == []


def test_award_after_the_subject_and_before_the_recipients(frames):
    got = frames("ومنح [[نائب المدير|TITLE]] [[أحمد سالم|PER]] شهادات تقدير للفرق و5 أفراد.", "award")
    assert got == [("award", "منح", {"giver": ["أحمد سالم"], "award": ["شهادات تقدير"], "recipient": ["5"]})]


def test_award_class_and_value(frames):
    got = frames("يمنح [[المدير|TITLE]] وسام الاستحقاق من الدرجة الأولى لثلاثة ضباط.", "award")
    assert got[0][2]["award"] == ["وسام الاستحقاق من الدرجة الأولى"]
    got = frames("كما منح [[المدير|TITLE]] مكافأة بقيمة 30 ألف ريال للفريق.", "award")
    assert got[0][2]["award"] == ["مكافأة"]


# target

def test_purpose_goal_scored_and_achievement_are_no_target(frames):
    assert frames("وارتكبوا جرائمهم بهدف الانتقام من 3 أسر.", "target") == []
    assert frames("وسجل اللاعب 12 هدفا في الموسم الماضي.", "target") == []
    assert frames("وبلغت النسبة 97%، متجاوزة الهدف الذي حددته الوزارة.", "target") == []


def test_aim_takes_the_figure_after_it(frames):
    assert frames("واتفق الطرفان على السعي إلى رفع النسبة إلى 80% سنويا.", "target") == [
        ("target", "السعي", {"value": ["80%"]})]


def test_id_after_a_body_that_swallowed_raqm(frames):
    # an NER span that runs over «رقم» must not hide the id after it
    got = frames("وأصدر [[سالم الراشد|PER]] قرار [[مجلس الإدارة رقم|ORG]] 42 بشأن التنظيم.", "decision")
    assert got[0][2]["id"] == ["42"]


def test_speaker_at_the_opening_of_a_summit_attends(frames):
    got = frames("وقال [[هادي الزين|PER]] في افتتاح قمة إقليمية حول التجارة إن الأسواق تنمو.", "meeting")
    assert got == [("meeting", "قمة", {"attendee": ["هادي الزين"]})]
    assert frames("وقال [[هادي الزين|PER]] إن القمة الإقليمية ستعقد لاحقا.", "meeting") == []


# meeting (issue 15: meetings of real news)

def test_planned_meeting_verb_names_the_met_but_not_a_title_genitive(frames):
    got = frames("ومن المنتظر أن يلتقي الوفد بوزير الطاقة [[كريم النجار|PER]] والمستشار الخاص ل[[لرئيس|TITLE]] "
                 "[[سامي الحداد|PER]] ومدير المكتب [[رامي يوسف|PER]].", "meeting")
    assert got == [("meeting", "يلتقي", {"attendee": ["كريم النجار", "رامي يوسف"]})]


def test_meeting_verb_without_a_named_participant_or_as_a_purpose_opens_none(frames):
    assert frames("ويجري التحقيق مع [[سالم الفارس|PER]] حول الأشخاص الذين التقى بهم.", "meeting") == []
    assert frames("وسافر [[سالم الفارس|PER]] إلى باريس للقاء الرئيس [[جان مارتان|PER]].", "meeting") == []


def test_an_open_meeting_that_gathers_named_people(frames):
    got = frames("ويشهد البرنامج غدا لقاء مفتوحا يجمع الطلاب مع الكاتب [[منى السالم|PER]] والشاعر "
                 "[[علي الراشد|PER]].", "meeting")
    assert got == [("meeting", "لقاء", {"attendee": ["منى السالم", "علي الراشد"], "date": ["غدا"]})]


def test_meeting_reported_by_a_verb_of_taking_place(frames):
    got = frames("وكان مؤتمر للطاقة المتجددة انعقد في [[أوسلو|LOC]] قد أوصى بخفض الانبعاثات.", "meeting")
    assert got == [("meeting", "مؤتمر", {"location": ["أوسلو"]})]
    got = frames("ورفضت الحركة المحادثات التي جرت في [[الدوحة|LOC]] في تشرين الأول (أكتوبر) بين الطرفين.",
                 "meeting")
    assert got == [("meeting", "المحادثات", {"location": ["الدوحة"], "date": ["تشرين الأول (أكتوبر)"]})]


def test_meeting_after_khilal_with_its_host_date_and_place(frames):
    got = frames("وانفجرت قنبلة خلال اجتماع [[لنقابة المعلمين|ORG]] في 3 آذار - مارس في [[حمص|LOC]] أمس.",
                 "meeting")
    assert got == [("meeting", "اجتماع", {"organizer": ["لنقابة المعلمين"], "date": ["3 آذار - مارس"],
                                          "location": ["حمص"]})]


def test_speaker_needs_a_verb_of_speaking_and_a_count_is_no_meeting(frames):
    assert frames("وواصل [[ماجد الخالد|PER]] تألقه في قمة الدوري أمام الفريق المنافس.", "meeting") == []
    assert frames("ونظمت [[جمعية الهلال|ORG]] 12 ندوة توعوية خلال العام.", "meeting") == []


def test_a_second_meeting_with_its_own_participants_and_date(frames):
    got = frames("عقدت [[غرفة التجارة|ORG]] اجتماعا أمس لبحث الأسعار. وفي سياق آخر التقى [[خالد الناصر|PER]] "
                 "السفير [[بيير لوران|PER]] في 28 تموز (يوليو) الجاري.", "meeting")
    assert got == [("meeting", "اجتماعا", {"organizer": ["غرفة التجارة"], "date": ["أمس"]}),
                   ("meeting", "التقى", {"attendee": ["خالد الناصر", "بيير لوران"],
                                         "date": ["28 تموز (يوليو) الجاري"]})]


def test_place_of_a_title_is_not_the_meeting_place_and_host_before_the_verbal_noun(frames):
    got = frames("وقال [[أحمد سالم|PER]] إنه التقى [[وزير العدل|TITLE]] في [[الجمهورية التونسية|LOC]] "
                 "[[هادي العربي|PER]].", "meeting")
    assert got == [("meeting", "التقى", {"attendee": ["أحمد سالم", "هادي العربي"]})]
    got = frames("وأعلن [[مجلس الشورى|ORG]] عقد جلسته الطارئة الأحد المقبل لمناقشة الميزانية.", "meeting")
    assert got == [("meeting", "جلسته", {"organizer": ["مجلس الشورى"], "date": ["الأحد المقبل"]})]


# enforcement (issue 15)

def test_toppling_a_cell_counts_its_members_as_suspects(frames):
    got = frames("وتمكنت الأجهزة الأمنية من الإطاحة بخلية تتكون من 7 أشخاص في المنطقة.", "enforcement")
    assert got == [("enforcement", "الإطاحة", {"suspects": ["7"]})]
    got = frames("وأعلنت الوزارة الإطاحة بشبكة إجرامية، يبلغ عدد أفرادها 9 في ثلاث مدن.", "enforcement")
    assert got == [("enforcement", "الإطاحة", {"suspects": ["9"]})]


def test_people_counted_before_a_passive_arrest(frames):
    got = frames("وقالت الوكالة إن خمسة أشخاص على الأقل اعتقلوا بعد الحادث.", "enforcement")
    assert got == [("enforcement", "اعتقلوا", {"suspects": ["خمسة"]})]


def test_a_figure_belongs_to_the_nearest_trigger_before_it(frames):
    got = frames("أحبطت الشرطة محاولة لتهريب أسلحة إلى المدينة، واعتقلت ثلاثة أشخاص في الميناء.", "enforcement")
    assert got == [("enforcement", "أحبطت", {"offence": ["تهريب أسلحة"]}),
                   ("enforcement", "اعتقلت", {"suspects": ["ثلاثة"]})]


def test_thwarted_attempts_are_cases(frames):
    got = frames("وأعلنت الوزارة إحباط 3 محاولات إرهابية قبل وقوعها.", "enforcement")
    assert got == [("enforcement", "إحباط", {"cases": ["3"]})]


def test_one_person_arrested_by_a_pronoun_is_the_person_named_before(frames):
    got = frames("وأفاد المصدر بأن [[سامر الخطيب|PER]] (قبض عليه بعد مطاردة) كان مطلوبا.", "enforcement")
    assert got == [("enforcement", "قبض", {"suspects": ["سامر الخطيب"]})]


# decision (issue 15)

def test_instruments_issued_by_a_subject_before_the_verb(frames):
    got = frames("وقال [[سعد المالكي|PER]] إن [[محكمة الجنايات|ORG]] أصدرت أحكاماً بحق 12 متهما.", "decision")
    assert got == [("decision", "أحكاماً", {"issuer": ["محكمة الجنايات"]})]
    got = frames("أصدرت [[المحكمة الإدارية|ORG]] حكما ببراءة امرأة من التهمة.", "decision")
    assert got == [("decision", "حكما", {"issuer": ["المحكمة الإدارية"]})]
    got = frames("وأصدر [[النائب العام|TITLE]] أمرا بحبس المتهمين.", "decision")
    assert got == [("decision", "أمرا", {"issuer": ["النائب العام"]})]


def test_issue_verb_after_the_instrument_and_styles_before_the_issuer(frames):
    got = frames("وتصرف المكافآت حسب تعليمات يصدرها [[وزير المالية|TITLE]] كل عام.", "decision")
    assert got == [("decision", "تعليمات", {"issuer": ["وزير المالية"]})]
    got = frames("ورحب بالقرار الذي أصدره الشيخ الدكتور [[فهد العلي|PER]] [[وزير|TITLE]] الشؤون البلدية.",
                 "decision")
    assert got[0][2] == {"issuer": ["فهد العلي"]}


def test_issuer_is_the_holder_of_a_title_over_adjectives(frames):
    got = frames("وتباينت الآراء حول قرار [[مدرب|TITLE]] الفريق الإسباني [[كارلوس مارتينيز|PER]] باستبعاد اللاعب.",
                 "decision")
    assert got == [("decision", "قرار", {"issuer": ["كارلوس مارتينيز"]})]


def test_id_after_an_issuing_body_read_as_no_entity(frames):
    got = frames("أصدر [[سالم الراشد|PER]] قرار هيئة السوق رقم 7 لسنة 2019 بشأن الإفصاح.", "decision")
    assert got == [("decision", "قرار", {"id": ["7"], "signer": ["سالم الراشد"]})]


def test_meeting_reported_by_its_host_place_or_attendance_close_after_it(frames):
    got = frames("وتطرق الوزير إلى نتائج اجتماعات [[المجلس الأعلى للتعليم|ORG]] خلال العام.", "meeting")
    assert got == [("meeting", "اجتماعات", {"organizer": ["المجلس الأعلى للتعليم"]})]
    got = frames("وكانت اجتماعات شعبية ب[[مدينة الزاوية|LOC]] قد سبقت الاحتجاجات.", "meeting")
    assert got == [("meeting", "اجتماعات", {"location": ["مدينة الزاوية"]})]
    got = frames("وأقيمت أمسية ثقافية، ثم جلسة حوار بحضور الشاعر [[سالم العلي|PER]] والكاتب [[هند الفارس|PER]].",
                 "meeting")
    assert got == [("meeting", "جلسة", {"attendee": ["سالم العلي", "هند الفارس"]})]


def test_sponsor_hosts_and_convener_attends(frames):
    """A patron is in no meeting slot: «برعاية ORG» names no organizer (GUIDELINES §7 decision 98); the person
    who convenes a meeting attends it (decision 62)."""
    got = frames("وتنتظر الأطراف جلسة المفاوضات المقبلة التي ستعقد ب[[نيروبي|LOC]] برعاية [[الاتحاد الإفريقي|ORG]] "
                 "في 17 من سبتمبر الجاري.", "meeting")
    assert got == [("meeting", "جلسة", {"location": ["نيروبي"], "date": ["17 من سبتمبر الجاري"]})]
    got = frames("وانتقد عدم دعوته إلى الاجتماع الذي عقده [[جون سميث|PER]] ب[[نيروبي|LOC]] الأسبوع الماضي.", "meeting")
    assert got == [("meeting", "الاجتماع", {"location": ["نيروبي"], "attendee": ["جون سميث"],
                                            "date": ["الأسبوع الماضي"]})]  # a relative date as written (decision 21)


def test_launched_or_planned_meeting_with_its_host_and_relative_date(frames):
    got = frames("دشن [[نادي الأدب|ORG]]، أمس الخميس، ملتقى الشعر الأول ب[[مركز الثقافة|LOC]] في المدينة.", "meeting")
    assert got == [("meeting", "ملتقى", {"organizer": ["نادي الأدب"], "date": ["أمس الخميس"],
                                         "location": ["مركز الثقافة"]})]
    got = frames("يستعد [[اتحاد الغرف|ORG]] لعقد الدورة الثانية من المنتدى الاقتصادي.", "meeting")
    assert got == [("meeting", "المنتدى", {"organizer": ["اتحاد الغرف"]})]


def test_meeting_with_a_pronoun_places_the_person_before_it(frames):
    got = frames("وأكد [[سالم الحربي|PER]]، لدى اجتماعه مع قادة الأجهزة الأمنية مساء أمس الأول، أن الأمن أولوية.",
                 "meeting")
    assert got == [("meeting", "اجتماعه", {"attendee": ["سالم الحربي"], "date": ["مساء أمس الأول"]})]


def test_a_nisba_adjective_of_a_meeting_noun_is_no_meeting(frames):
    assert frames("عقدت [[اللجنة الوطنية|ORG]] للخدمات الاجتماعية في [[مدينة تبوك|LOC]] برنامجا للأسر.", "meeting") == []


def test_person_named_next_to_an_arrest_is_the_suspect(frames):
    got = frames("وقد اعتقل [[كمال الراشد|PER]] في مايو الماضي مع عدد من مساعديه.", "enforcement")
    assert got == [("enforcement", "اعتقل", {"suspects": ["كمال الراشد"]})]
    got = frames("كما ألقي القبض على [[سامي النمر|PER]] في وقت سابق من الشهر.", "enforcement")
    assert got == [("enforcement", "القبض", {"suspects": ["سامي النمر"]})]
    got = frames("إلا أن [[وليد حداد|PER]] اعتقل بعد وصوله إلى المطار.", "enforcement")
    assert got == [("enforcement", "اعتقل", {"suspects": ["وليد حداد"]})]
    got = frames("وأفادت المصادر بأن [[ماجد العنزي|PER]]، سبق أن أوقفته الشرطة قبل عامين.", "enforcement")
    assert got == [("enforcement", "أوقفته", {"suspects": ["ماجد العنزي"]})]


def test_an_arrest_only_aimed_at_names_no_suspect(frames):
    got = frames("وتحركت الدوريات لإلقاء القبض على [[فادي السالم|PER]] في المزرعة.", "enforcement")
    assert all("suspects" not in f[2] for f in got)


# target (issue 15)

def test_deadline_takes_the_level_right_before_it_and_a_dual_of_goals_is_no_aim(frames):
    got = frames("ويتوقع أن ترتفع الأصول إلى 2.5 تريليون دولار بحلول 2030، بنمو أسرع 1.5 مرة من غيرها.", "target")
    assert got == [("target", "بحلول", {"value": ["2.5 تريليون"], "deadline": ["2030"]})]
    assert frames("وسجل المهاجم الهدفين (12 و 40) في الشوط الأول.", "target") == []


def test_a_deadline_still_ahead_is_a_target_without_a_figure(frames):
    got = frames("ومن المقرر صدور التقرير النهائي بحلول نهاية العام الحالي.", "target")
    assert got == [("target", "بحلول", {"deadline": ["نهاية العام الحالي"]})]
    assert frames("وانتهت الأعمال بحلول نهاية العام الماضي.", "target") == []


def test_decision_subject_after_the_instrument_and_its_dates(frames):
    got = frames("وأصدر الأحكام [[القاضي|TITLE]] [[مارك فيشر|PER]] من المحكمة الاتحادية.", "decision")
    assert got == [("decision", "الأحكام", {"issuer": ["مارك فيشر"]})]
    got = frames("أصدر [[الرئيس|TITLE]] [[سامر العلي|PER]] قرارا أمس بتعديل القانون.", "decision")
    assert got == [("decision", "قرارا", {"issuer": ["سامر العلي"], "date": ["أمس"]})]
    got = frames("وهو امتداد لقرار [[مجلس الشورى|ORG]] مماثل صدر في 1420ه بشأن السواحل.", "decision")
    assert got == [("decision", "قرار", {"issuer": ["مجلس الشورى"], "date": ["1420ه"]})]


def test_part_of_day_before_a_relative_date_between_verb_and_noun(frames):
    got = frames("عقد [[مجلس الأطباء|ORG]]، مساء أمس الاثنين، اجتماعاً خاصاً لبحث أوضاع المستشفى.", "meeting")
    assert got == [("meeting", "اجتماعاً", {"organizer": ["مجلس الأطباء"], "date": ["مساء أمس الاثنين"]})]


def test_thwarted_attack_is_the_offence_but_frustration_is_not(frames):
    got = frames("وقد أحبطت السلطات العراقية هجوماً له كان يعتزم تنفيذه.", "enforcement")
    assert got == [("enforcement", "أحبطت", {"offence": ["هجوماً"]})]
    assert frames("ويكشف القرار إحباط السلطات من الفشل في كبح الهجمات.", "enforcement") == []


def test_a_later_meeting_of_the_same_person_without_new_participants_is_a_repeat(frames):
    got = frames("وأكد [[سالم الحربي|PER]]، لدى اجتماعه مع قادة الأجهزة أمس، أن الأمن أولوية. وقال قادة الأجهزة إن "
                 "كلمات [[سالم الحربي|PER]] خلال لقائه يوم أمس بالقيادات نابعة من القلب.", "meeting")
    assert [f[1] for f in got] == ["اجتماعه"]


def test_a_meeting_that_refers_back_to_a_reception_opens_none(frames):
    # GUIDELINES §7 decision 60
    got = frames("استقبل [[خالد العمر|PER]] في مكتبه أمس السفير [[جان دوبوا|PER]]، وأكد خلال اللقاء متانة العلاقات.",
                 "meeting")
    assert got == []
    got = frames("وأكد [[سالم الحربي|PER]]، لدى اجتماعه مع قادة الأجهزة الأمنية أمس، أن الأمن أولوية.", "meeting")
    assert [f[1] for f in got] == ["اجتماعه"]


def test_court_session_takes_its_court_and_date(frames):
    # GUIDELINES §7 decision 20
    got = frames("أجلت [[محكمة جنايات القاهرة|ORG]] محاكمة 12 متهما لجلسة 20 نوفمبر المقبل لسماع الشهود.", "meeting")
    assert [f[2] for f in got] == [{"organizer": ["محكمة جنايات القاهرة"], "date": ["20 نوفمبر المقبل"]}]
    got = frames("وفي جلستها المنعقدة أمس قضت [[محكمة القضاء الإداري|ORG]] برفض الدعوى.", "meeting")
    assert got[0][2] == {"organizer": ["محكمة القضاء الإداري"], "date": ["أمس"]}


def test_speaker_of_a_pronoun_verb_is_the_person_of_the_sentence_before(frames):
    got = frames("وأعلن رئيس الوزراء [[كمال يلدز|PER]] أن الشرطة حددت هوية المشتبه به. وقال في مؤتمر صحافي في "
                 "[[أنقرة|LOC]] إن التحقيق مستمر.", "meeting")
    assert got == [("meeting", "مؤتمر", {"location": ["أنقرة"], "attendee": ["كمال يلدز"]})]


def test_suspect_after_the_subject_and_a_descriptor_of_the_arrest(frames):
    got = frames("واعتقلت قوات الاحتلال الفتى [[نادر سعيد|PER]] من منزله.", "enforcement")
    assert got[0][2] == {"suspects": ["نادر سعيد"]}
    got = frames("أوقفت الدورية دراجتين ناريتين يقودهما [[سامي ناصر|PER]] على الطريق.", "enforcement")
    assert all("suspects" not in f[2] for f in got)


def test_relative_date_between_the_issue_verb_and_the_instrument(frames):
    got = frames("أصدرت [[محكمة الاستئناف|ORG]] اليوم الثلاثاء حكما بسجن المتهم.", "decision")
    assert got == [("decision", "حكما", {"issuer": ["محكمة الاستئناف"], "date": ["اليوم الثلاثاء"]})]
