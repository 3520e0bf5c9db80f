"""Relations on real-news syntax (GUIDELINES §2 «Real news», §7): honorifics and name chains,
ranks before names, «المتحدث باسم ORG», portfolio titles, located_in over «ب» and compass phrases.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_style_and_name_chain_before_office(rels):
    got = rels("استقبل صاحب السمو الملكي الأمير [[سلمان بن فهد آل سعود|PER]] [[أمير|TITLE]] [[منطقة الجوف|LOC]] "
               "[[رئيس|TITLE]] [[مجلس المنطقة|ORG]] الوفد أمس.")
    assert got == {("holds_title", "سلمان بن فهد آل سعود", "أمير"), ("holds_title", "سلمان بن فهد آل سعود", "رئيس"),
                   ("title_of", "أمير", "منطقة الجوف"), ("title_of", "رئيس", "مجلس المنطقة")}


def test_title_before_name_over_adjective_and_honorific(rels):
    assert ("holds_title", "خالد المطيري", "رئيس") in rels(
        "قال [[رئيس|TITLE]] [[الهيئة الوطنية للإحصاء|ORG]] الكويتية، الدكتور [[خالد المطيري|PER]] إن العمل مستمر.")
    assert rels("وحضر [[الرئيس|TITLE]] الأسبق [[سالم العمري|PER]] الحفل.") == {
        ("holds_title", "سالم العمري", "الرئيس")}
    assert ("holds_title", "مها الشهري", "رئيسة") in rels(
        "وأوضحت [[رئيسة|TITLE]] [[جمعية الوفاء|ORG]] د. [[مها الشهري|PER]] أن البرنامج بدأ.")


def test_rank_and_spokesman_chain(rels):
    got = rels("وأوضح [[المتحدث الرسمي|TITLE]] ب[[شرطة منطقة تبوك|ORG]] [[المقدم|TITLE]] [[سعد الحربي|PER]] أن "
               "الدوريات باشرت البلاغ.")
    assert got == {("holds_title", "سعد الحربي", "المتحدث الرسمي"), ("holds_title", "سعد الحربي", "المقدم"),
                   ("title_of", "المتحدث الرسمي", "شرطة منطقة تبوك")}


def test_spokesman_in_the_name_of(rels):
    got = rels("وقال [[عمر الزهراني|PER]] [[المتحدث|TITLE]] باسم [[الهيئة العامة للطيران|ORG]] إن الرحلات عادت.")
    assert got == {("holds_title", "عمر الزهراني", "المتحدث"), ("title_of", "المتحدث", "الهيئة العامة للطيران")}


def test_title_right_after_name_and_list_of_people(rels):
    got = rels("وحضر اللقاء [[اللواء|TITLE]] [[فهد السبيعي|PER]] [[مدير|TITLE]] [[الدفاع المدني|ORG]]، "
               "و[[العميد|TITLE]] [[ناصر القحطاني|PER]] [[قائد|TITLE]] [[قوة المهمات|ORG]].")
    assert got == {("holds_title", "فهد السبيعي", "اللواء"), ("holds_title", "فهد السبيعي", "مدير"),
                   ("title_of", "مدير", "الدفاع المدني"), ("holds_title", "ناصر القحطاني", "العميد"),
                   ("holds_title", "ناصر القحطاني", "قائد"), ("title_of", "قائد", "قوة المهمات")}


def test_chain_stops_at_next_persons_rank(rels):
    got = rels("وصلى مع [[الأمير|TITLE]] [[بدر بن سعود|PER]]، [[الفريق|TITLE]] [[ماجد الدوسري|PER]] قائد القوة.")
    assert ("holds_title", "بدر بن سعود", "الفريق") not in got
    assert ("holds_title", "ماجد الدوسري", "الفريق") in got


def test_portfolio_title_whole(rels):
    assert rels("صرح [[مساعد وزير الداخلية للشؤون الأمنية|TITLE]] [[يوسف العتيبي|PER]] للصحفيين.") == {
        ("holds_title", "يوسف العتيبي", "مساعد وزير الداخلية للشؤون الأمنية")}


def test_located_in_with_b_and_compass(rels):
    got = rels("نقل المصاب إلى [[مستشفى النور|ORG]] ب[[بريدة|LOC]]، ووقع الحادث في [[حي الصفا|LOC]] "
               "في جنوب [[الدمام|LOC]] وفي [[بلدة الحمراء|LOC]] (شمال [[حائل|LOC]]).")
    # a bare direction, in brackets too, states no containment (GUIDELINES §7 decision 32)
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "مستشفى النور", "بريدة"), ("located_in", "حي الصفا", "الدمام")}


def test_located_in_links(rels):
    got = rels("تعمل [[شركة الأفق|ORG]] ومقرها [[الخبر|LOC]] على مشروع في [[قرية السديرة|LOC]] التابعة ل[[محافظة الرس|LOC]].")
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "شركة الأفق", "الخبر"), ("located_in", "قرية السديرة", "محافظة الرس")}


def test_two_titles_joined_by_and_before_a_name(rels):
    got = rels("وشكر [[عضو اللجنة|TITLE]] و[[أمين الصندوق|TITLE]] [[سامي العتيبي|PER]] الحضور.")
    assert got == {("holds_title", "سامي العتيبي", "عضو اللجنة"), ("holds_title", "سامي العتيبي", "أمين الصندوق")}


def test_title_of_over_fi_to_a_body(rels):
    assert ("title_of", "مدير عام التشغيل", "أمانة محافظة جدة") in rels(
        "أوضح [[مدير عام التشغيل|TITLE]] في [[أمانة محافظة جدة|ORG]] أن الأعمال انتهت.")


def test_place_glued_to_its_preposition_in_one_word(rels):
    # the tokenizer keeps «بالدغيمية» whole (an unknown word); the LOC starts after «ب» inside it
    assert rels("افتتحت [[جمعية البر|ORG]] ب[[الدغيمية|LOC]] مقرها الجديد.") == {
        ("located_in", "جمعية البر", "الدغيمية")}


def test_located_in_over_quotes_and_waqia_compass(rels):
    got = rels('وقع الانفجار في مدينة "[[سوروج|LOC]]" التابعة ل[[ولاية أورفة|LOC]]، وفي [[مدينة أنسي|LOC]] الواقعة '
               'جنوب شرق [[فرنسا|LOC]].')
    # «الواقعة» + a bare direction states a direction (decision 32; session 31: the gold reads 4 of 5 so)
    assert {r for r in got if r[0] == "located_in"} == {("located_in", "سوروج", "ولاية أورفة")}
    # a quoted name then a bare comma is a list item, not a location
    got = rels('1- "[[طيران الأفق|ORG]]"، [[نيبال|LOC]]: تأسست الشركة قبل عقدين.')
    assert not {r for r in got if r[0] == "located_in"}


# issue 15: chains and places of real news

def test_kashida_dash_and_a_bodys_adjective_inside_a_chain(rels):
    got = rels("واستشهد الكاتب بقول [[فيصل العمري|PER]] ـ [[وزير الخارجية|TITLE]] الأسبق ـ في مقاله.")
    assert got == {("holds_title", "فيصل العمري", "وزير الخارجية")}
    got = rels("وقال [[المتحدث|TITLE]] باسم [[الداخلية|ORG]] الكويتية [[العقيد|TITLE]] [[ناصر الهاجري|PER]] إن الحادث عرضي.")
    assert got == {("holds_title", "ناصر الهاجري", "المتحدث"), ("holds_title", "ناصر الهاجري", "العقيد"),
                   ("title_of", "المتحدث", "الداخلية")}


def test_direction_states_containment_only_after_a_preposition_or_inside(rels):
    got = rels("وقعت الغارة على [[بلدة الزين|LOC]] جنوب [[دمشق|LOC]]، وعلى [[قرية النور|LOC]] في شمال "
               "[[حمص|LOC]]، وفي [[حي الورود|LOC]] وسط العاصمة [[عمان|LOC]].")
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "قرية النور", "حمص"), ("located_in", "حي الورود", "عمان")}
    # a movement's area of action is not where it is located
    got = rels("قصفت الطائرات مواقع [[جبهة التحرير|ORG]] في جنوب [[الصومال|LOC]].")
    assert not {r for r in got if r[0] == "located_in"}


def test_adjective_before_the_preposition_but_not_a_movements_status(rels):
    got = rels("توفي في [[فندق الريحان|LOC]] الفاخر ب[[الدوحة|LOC]] أمس.")
    assert got == {("located_in", "فندق الريحان", "الدوحة")}
    got = rels("ضربت الطائرات معاقل [[جماعة الفجر|ORG]] الإرهابية في [[ولاية كسلا|LOC]].")
    assert not got


def test_places_linked_by_a_road_are_not_inside_each_other(rels):
    assert not rels("افتتح الطريق الذي يربط [[القصيم|LOC]] ب[[حائل|LOC]] أمس.")


def test_coordinated_places_share_the_containing_place(rels):
    got = rels("ينشط التنظيم في [[العراق|LOC]] و[[سوريا|LOC]]، وانضم متطوعون من [[ناحية الرمانة|LOC]] و"
               "[[قضاء القائم|LOC]] ب[[محافظة الأنبار|LOC]].")
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "قضاء القائم", "محافظة الأنبار"), ("located_in", "ناحية الرمانة", "محافظة الأنبار")}
    got = rels("قتل زعيم [[حركة البرق|ORG]] في [[مالي|LOC]] و[[النيجر|LOC]] أمس.")
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "حركة البرق", "مالي"), ("located_in", "حركة البرق", "النيجر")}


def test_coordinated_titles_and_places_share_title_of(rels):
    # GUIDELINES §7 decision 47
    got = rels("وقال [[إمام|TITLE]] و[[خطيب|TITLE]] [[جامع النور|LOC]] إن الصلاة أقيمت.")
    assert {r for r in got if r[0] == "title_of"} == {("title_of", "إمام", "جامع النور"), ("title_of", "خطيب", "جامع النور")}
    got = rels("وصل [[السفير|TITLE]] لدى [[كندا|LOC]] و[[المكسيك|LOC]] أمس.")
    assert {r for r in got if r[0] == "title_of"} == {("title_of", "السفير", "كندا"), ("title_of", "السفير", "المكسيك")}


def test_title_of_over_a_status_word_or_adjective_before_the_genitive(rels):
    got = rels("وتم توقيف [[أمين الصندوق|TITLE]] السابق ل[[نقابة العمال|ORG]] أمس.")
    assert ("title_of", "أمين الصندوق", "نقابة العمال") in got
    got = rels("وقدم [[الرئيس|TITLE]] الجمهوري ل[[لجنة المالية|ORG]] مشروعا.")
    assert ("title_of", "الرئيس", "لجنة المالية") in got
    assert ("title_of", "مدير", "شركة النفط") in rels("وأوقف [[مدير|TITLE]] سابق في [[شركة النفط|ORG]] أمس.")
    # an adjective before «ب/في» is no genitive: the place is where the holder works
    assert not rels("وقال [[الملحق الثقافي|TITLE]] السعودي ب[[كوالالمبور|LOC]] إن الطلاب بخير.")


def test_a_spokesman_of_a_person_is_not_that_persons_title(rels):
    # GUIDELINES §7 decision 53
    got = rels("كما صرح [[المتحدث|TITLE]] باسم [[الرئيس|TITLE]] الكيني [[وليام روتو|PER]] بأن الزيارة ناجحة.")
    assert got == {("holds_title", "وليام روتو", "الرئيس")}


def test_dual_links_and_units_of_units(rels):
    got = rels("سيطروا على بلدتي [[الحصن|LOC]] و[[المسيلة|LOC]] التابعتين ل[[محافظة شبوة|LOC]] أمس.")
    assert {r for r in got if r[0] == "located_in"} == {
        ("located_in", "الحصن", "محافظة شبوة"), ("located_in", "المسيلة", "محافظة شبوة")}
    got = rels("نقلت المعدات إلى [[مدينة القيروان|LOC]] من [[ولاية سوسة|LOC]] الساحلية.")
    assert got == {("located_in", "مدينة القيروان", "ولاية سوسة")}
    assert not rels("عاد الوفد إلى [[الرياض|LOC]] من [[باريس|LOC]] أمس.")


def test_chain_over_many_styles_a_generic_genitive_and_a_former_title(rels):
    got = rels("وأشاد [[ولي عهده|TITLE]] الأمين صاحب السمو الملكي الأمير [[فهد بن سعد|PER]] بالجهود.")
    assert got == {("holds_title", "فهد بن سعد", "ولي عهده")}
    got = rels("وأوضح [[الرئيس التنفيذي|TITLE]] للمهرجان [[سعد الدوسري|PER]] أن الإقبال كبير.")
    assert got == {("holds_title", "سعد الدوسري", "الرئيس التنفيذي")}
    got = rels("وهدد [[نائبه|TITLE]] السابق و[[زعيم المعارضة|TITLE]] [[جون قرنق|PER]] بالانسحاب.")
    assert got == {("holds_title", "جون قرنق", "نائبه"), ("holds_title", "جون قرنق", "زعيم المعارضة")}
    got = rels("وكان [[الرئيس|TITLE]] الأمريكي آنذاك [[جورج بوش|PER]] قد رفض ذلك.")
    assert got == {("holds_title", "جورج بوش", "الرئيس")}


def test_place_of_positions_fighters_or_a_match_is_not_the_bodys(rels):
    assert not rels("قصفت الطائرات مواقع لتنظيم [[جند الشام|ORG]] في [[إدلب|LOC]] أمس.")
    assert not rels("تواصل القوات عملياتها ضد [[جبهة النصرة|ORG]] في [[حلب|LOC]].")
    assert not rels("يبدأ النادي مشواره بمباراة [[فريق الوحدة|ORG]] في [[الطائف|LOC]] السبت.")
    assert rels("افتتح [[مستشفى الأمل|ORG]] في [[الطائف|LOC]] أمس.") == {("located_in", "مستشفى الأمل", "الطائف")}


def test_chain_after_a_name_stops_at_a_new_clause(rels):
    got = rels("استقبل [[سعد الفهد|PER]] [[أمير|TITLE]] [[منطقة حائل|LOC]] في مكتبه ب[[حائل|LOC]] أمس، بحضور "
               "[[وكيل|TITLE]] [[الإمارة|ORG]] الضيوف.")
    assert ("holds_title", "سعد الفهد", "وكيل") not in got and ("holds_title", "سعد الفهد", "أمير") in got
