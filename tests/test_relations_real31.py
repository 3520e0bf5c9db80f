"""located_in of the thirty-first real-news pass (recent batches from across the Arab press): what stands between a
place or body and the place phrase after it. Every sentence here is written for the test; entities are given as gold
(marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, head, place", [
    # decision 521: a status adverb after a body closes the person's role phrase; the place is the post's
    ("وعمل سمير الخطيب، وهو محاسب في [[وزارة المالية|ORG]] سابقا في [[حمص|LOC]]، سنوات طويلة.",
     "وزارة المالية", "حمص"),
    ("ويقيم [[النادي الأدبي|ORG]] حاليا في [[حديقة الأمير سلطان|LOC]] معرضا للكتاب.", "النادي الأدبي",
     "حديقة الأمير سلطان"),
    # «known as» before a second name of the same place: an alias, no container
    ("وقرب [[ميناء جدة الإسلامي|LOC]] المعروف بـ«[[الميناء القديم|LOC]]» ازدحمت الشاحنات.", "ميناء جدة الإسلامي",
     "الميناء القديم"),
    # a relative clause after a body: «التي» is no adjective of it
    ("وقال الوزير لـ«[[الحياة|ORG]]» التي التقته في [[عمّان|LOC]] إن المفاوضات مستمرة.", "الحياة", "عمّان"),
    # a place that ends a longer quote: the place phrase after the quote locates what the quote names
    ("وشارك في حملة «أنقذوا أطفال [[غزة|LOC]]» ب[[بيروت|LOC]] مئات المتطوعين.", "غزة", "بيروت"),
    # a junction named after a place (decision 324): the place phrase locates the junction
    ("واستعادت القوات مثلث [[الشقرة|LOC]] في [[محافظة أبين|LOC]] أمس.", "الشقرة", "محافظة أبين"),
    # a «و» list with a place phrase of its own is a new item, not a second container of the place before «و»
    ("وتضررت أحياء [[الروضة|LOC]] في [[الخبر|LOC]] و[[حي الفيصلية|LOC]] في [[الدمام|LOC]] من الأمطار.",
     "الروضة", "حي الفيصلية"),
])
def test_no_located_in(rels, text, head, place):
    assert ("located_in", head, place) not in rels(text)


@pytest.mark.parametrize("text, head, place", [
    # «famous in» is an adjective of the place before «في», unlike «known as»
    ("ويستضيف [[مسرح البلشوي|LOC]] الشهير في [[موسكو|LOC]] العرض الأول.", "مسرح البلشوي", "موسكو"),
    # the body's presence in the place (§4: the text states it)
    ("وتفقد الوزير قوات [[الأمن العام|ORG]] الموجودة في [[الكرك|LOC]] صباح الأحد.", "الأمن العام", "الكرك"),
    # a side of the place after it, as «في الجهة الآسيوية من»
    ("وتقدمت القوات نحو [[حي الضباط|LOC]] في الجزء الشمالي من [[الفلوجة|LOC]] أمس.", "حي الضباط", "الفلوجة"),
    # decision 242: a bracket that names the place as the capital of another
    ("واتجهت الأرتال نحو [[عتق|LOC]] (عاصمة [[محافظة شبوة|LOC]] شرق عدن) صباحا.", "عتق", "محافظة شبوة"),
    # a quote around the place's own name with its head noun keeps the place phrase
    ("ووقع الحادث في «نفق [[العليا|LOC]]» بالعاصمة [[الرياض|LOC]] مساء أمس.", "العليا", "الرياض"),
    # the place's «و» list with a place phrase of its own is in that place (the list before «في/ب Z»)
    ("وتضررت أحياء [[الروضة|LOC]] في [[الخبر|LOC]] و[[حي الفيصلية|LOC]] و[[حي النور|LOC]] في [[الدمام|LOC]].",
     "حي الفيصلية", "الدمام"),
])
def test_located_in(rels, text, head, place):
    assert ("located_in", head, place) in rels(text)


def test_a_body_in_each_place_of_a_list(rels):
    # §4 and decision 348: a body placed «في» the first of a «و» list is in each of them
    got = rels("وتنشط خلايا [[داعش|ORG]] في [[ليبيا|LOC]] و[[تشاد|LOC]] و[[النيجر|LOC]] منذ سنوات.")
    assert {("located_in", "داعش", p) for p in ("ليبيا", "تشاد", "النيجر")} <= set(got)


def test_a_listed_body_keeps_its_first_place_only(rels):
    # a body that is itself an item of a «و» list: the items after its place may be its fellows
    got = rels("وسيطرت القوات على مواقع [[الحرس|ORG]] و[[اللواء 12|ORG]] في [[زنجبار|LOC]] و[[وادي دوفس|LOC]] و"
               "[[جبل خنفر|LOC]].")
    assert ("located_in", "اللواء 12", "زنجبار") in got
    assert ("located_in", "اللواء 12", "جبل خنفر") not in got


@pytest.mark.parametrize("text, title, names", [
    # §2: a plural rank or office before several names is held by each name of the «، و» list
    ("ووقع العريضة [[اللواءات|TITLE]] المتقاعدون، [[سالم الحربي|PER]]، و[[فهد العنزي|PER]]، و[[ماجد الشمري|PER]].",
     "اللواءات", ["سالم الحربي", "فهد العنزي", "ماجد الشمري"]),
    ("وحضر [[الوزراء|TITLE]] [[نادية الخوري|PER]] و[[كمال الصباغ|PER]] حفل الافتتاح.",
     "الوزراء", ["نادية الخوري", "كمال الصباغ"]),
    # a colon opens the list of names after a plural title (the names' styles after it)
    ("وتضم اللجنة [[الأعضاء|TITLE]]: د. [[منى السالم|PER]]، و[[خالد الرشيد|PER]]، والدكتور [[عمر الحسن|PER]].",
     "الأعضاء", ["منى السالم", "خالد الرشيد", "عمر الحسن"]),
])
def test_plural_title_held_by_each_listed_name(rels, text, title, names):
    got = rels(text)
    assert {("holds_title", n, title) for n in names} <= got


def test_colon_after_a_singular_title_opens_a_quote(rels):
    # «قال المدرب: X لاعب مهم»: what is said, not the holder's name
    got = rels("وقال [[المدرب|TITLE]] الإسباني: [[كريم الأحمد|PER]] لاعب مهم للفريق.")
    assert ("holds_title", "كريم الأحمد", "المدرب") not in got


@pytest.mark.parametrize("text, org, place", [
    # decision 142: an event noun right before the body (over an article, an adjective or «مع») gives none
    ("وأعلنت القيادة تطويق [[داعش|ORG]] في [[مدينة سرت|LOC]] من ثلاث جهات.", "داعش", "مدينة سرت"),
    ("وتأتي سيطرة [[الجيش الحر|ORG]] في [[درعا|LOC]] بعد معارك طويلة.", "الجيش الحر", "درعا"),
    ("وتزايد نشاط تنظيم [[القاعدة|ORG]] داخل [[مالي|LOC]] العام الماضي.", "القاعدة", "مالي"),
    ("وقتل خمسة مسلحين في اشتباكات عنيفة مع [[قوات الأمن|ORG]] في [[مدينة العريش|LOC]] أمس.", "قوات الأمن",
     "مدينة العريش"),
    ("وكانت هذه العملية الأولى ل[[لجيش الوطني|ORG]] في [[مدينة مأرب|LOC]] منذ شهر.", "لجيش الوطني", "مدينة مأرب"),
])
def test_event_noun_before_the_body(rels, text, org, place):
    assert ("located_in", org, place) not in rels(text)


def test_war_before_a_seat_keeps_the_seat(rels):
    # only the action nouns are read with their article: «الحرب» closes the phrase before «مقر»
    got = rels("ويدير رئيس الأركان الحرب في مقر [[وزارة الدفاع|ORG]] في [[تل أبيب|LOC]] منذ أيام.")
    assert ("located_in", "وزارة الدفاع", "تل أبيب") in got


@pytest.mark.parametrize("text, place, container, linked", [
    # decision 32: «lying» before a bare direction states a direction, before «في + direction» containment
    ("وولد الشاعر ب[[قرية الحصون|LOC]] الواقعة شمال [[محافظة عنيزة|LOC]] عام 1950.", "قرية الحصون", "محافظة عنيزة",
     False),
    ("وولد الشاعر ب[[قرية الحصون|LOC]] الواقعة في شمال [[محافظة عنيزة|LOC]] عام 1950.", "قرية الحصون",
     "محافظة عنيزة", True),
])
def test_lying_before_a_direction(rels, text, place, container, linked):
    assert (("located_in", place, container) in rels(text)) is linked


@pytest.mark.parametrize("text, place, container, linked", [
    # §4: a clause «وهي/وهو + a place noun … في/تتبع Y» after a place describes it as a unit or site in Y
    ("وسقطت الطائرة في [[مديرية حيس|LOC]]، وهي منطقة زراعية هادئة في [[محافظة الحديدة|LOC]] أمس.", "مديرية حيس",
     "محافظة الحديدة", True),
    ("ودخلت القوات [[بلدة مريس|LOC]]، وهي آخر بلدة تتبع [[محافظة الضالع|LOC]] من الشمال.", "بلدة مريس",
     "محافظة الضالع", True),
    # not between two places
    ("وتقدمت القوات في [[حي الروضة|LOC]]، وهو حي يقع بين [[المطار|LOC]] والميناء.", "حي الروضة", "المطار", False),
])
def test_place_described_by_a_clause(rels, text, place, container, linked):
    assert (("located_in", place, container) in rels(text)) is linked


def test_list_of_a_bodys_places_before_their_container(rels):
    # the places of a body's «و» list before «ب + direction + Z» are each in Z (§4, decision 32): the body's own
    # places contain no place of the list
    got = rels("وقصفت الطائرات أوكارا ل[[لمسلحين|ORG]] في [[حي النصر|LOC]] و[[حي السلام|LOC]] و[[الجديدة|LOC]] بجنوب "
               "[[الموصل|LOC]].")
    assert {("located_in", p, "الموصل") for p in ("حي النصر", "حي السلام", "الجديدة")} <= got


@pytest.mark.parametrize("text, place, other", [
    # around or beside a place is not in it (as «القريبة من», decision 32)
    ("وتقدمت القوات نحو [[تلة الزهور|LOC]] المحيطة ب[[مدينة سامراء|LOC]] أمس.", "تلة الزهور", "مدينة سامراء"),
    # a unit named by its head noun is not in a building or venue: the place phrase locates the event
    ("واستقبل أمير [[منطقة القصيم|LOC]] ب[[قصر التوحيد|LOC]] المهنئين بالعيد.", "منطقة القصيم", "قصر التوحيد"),
    ("وتقام الدورة في [[مدينة حائل|LOC]] في [[فندق النزل|LOC]] الأسبوع المقبل.", "مدينة حائل", "فندق النزل"),
])
def test_no_containment_around_or_in_a_venue(rels, text, place, other):
    assert ("located_in", place, other) not in rels(text)


@pytest.mark.parametrize("text, head, place, linked", [
    # decision 142: the sides of a clash «بين X و Y في Z» are not placed by the clash's place phrase, also when the
    # first side is unnamed or the sides are places
    ("واندلعت مواجهات عنيفة بين شبان غاضبين و[[الشرطة التونسية|ORG]] في [[مدينة القصرين|LOC]] ليلا.",
     "الشرطة التونسية", "مدينة القصرين", False),
    ("واستمرت الحرب بين [[العراق|LOC]] و[[إيران|LOC]] في [[الخليج|LOC]] ثماني سنوات.", "إيران", "الخليج", False),
    # talks are no clash: the body is placed
    ("وتتواصل المحادثات بين ممثلي العمال و[[إدارة الشركة|ORG]] في [[مدينة الجبيل|LOC]] منذ أسبوع.", "إدارة الشركة",
     "مدينة الجبيل", True),
    # a place after another side of «بين» in an earlier clause keeps its own place
    ("وقتل شرطي في اشتباكات بين [[الشرطة|ORG]] و[[الحزب|ORG]] ب[[بلدة كيزيل|LOC]] التي تقع هي و[[الجزيرة|LOC]] في "
     "[[إقليم ماردين|LOC]].", "الجزيرة", "إقليم ماردين", True),
])
def test_sides_of_a_clash(rels, text, head, place, linked):
    assert (("located_in", head, place) in rels(text)) is linked


def test_places_a_junction_links(rels):
    # the last of a list of places a road or junction links is not in the place after «بـ» («يربط بين X وY بZ»)
    got = rels("وسيطرت القوات على مفترق يربط بين [[الحوطة|LOC]] و[[العند|LOC]] و[[يافع|LOC]] ب[[الضالع|LOC]] أمس.")
    assert ("located_in", "يافع", "الضالع") not in got


def test_long_comma_list_of_names_is_no_chain(rels):
    # four or more names joined by bare commas, two or more without a unit's head noun, are a list even where an item
    # has one («المدينة المنورة»); a chain of units keeps its links
    got = rels("وتنتشر فروع الجمعية في [[الرياض|LOC]]، [[مكة المكرمة|LOC]]، [[المدينة المنورة|LOC]]، [[جدة|LOC]]، "
               "[[الدمام|LOC]].")
    assert not {r for r in got if r[0] == "located_in"}
    got = rels("ووقع الحادث في [[حي الروضة|LOC]]، [[مدينة جدة|LOC]]، [[منطقة مكة المكرمة|LOC]].")
    assert ("located_in", "حي الروضة", "مدينة جدة") in got


def test_country_after_a_mission_noun(rels):
    # decisions 71, 160: a mission is in its host country; the sending country after «سفارات» is not
    got = rels("وطلبت الوزارة من سفارات [[فرنسا|LOC]] في [[الدوحة|LOC]] و[[مسقط|LOC]] توزيع الكتيبات.")
    assert not {r for r in got if r[0] == "located_in"}


@pytest.mark.parametrize("text, org, place", [
    # decision 512: the body as the subject of a relative clause's verb of achievement, use or activity: the place
    # phrase is the deed's
    ("وأشاد بالتقدم الذي أحرزته [[القوات الحكومية|ORG]] في [[مدينة الرمادي|LOC]] أمس.", "القوات الحكومية",
     "مدينة الرمادي"),
    ("وتحدث عن المبنى الذي يستخدمه [[حزب الله|ORG]] في [[بيروت|LOC]] مقرا.", "حزب الله", "بيروت"),
    ("وفشلت الهجمات التي ينفذها تنظيم [[داعش|ORG]] في [[سيناء|LOC]] منذ شهور.", "داعش", "سيناء"),
])
def test_subject_of_a_deed(rels, text, org, place):
    assert ("located_in", org, place) not in rels(text)


def test_office_and_members_share_the_body(rels):
    # decision 47: «رئيس وأعضاء ORG»: coordination shares the complement
    got = rels("والتقى الأمير [[رئيس|TITLE]] وأعضاء [[الاتحاد الأردني لكرة القدم|ORG]] أمس.")
    assert ("title_of", "رئيس", "الاتحاد الأردني لكرة القدم") in got


@pytest.mark.parametrize("text, title, org", [
    # an adjective or status word of the title before «في + body» (as «القائد العملاني الكبير في تنظيم X»)
    ("وقال [[العضو|TITLE]] البارز في [[مجلس النواب|ORG]] إن القانون سيمر.", "العضو", "مجلس النواب"),
    ("وانتقد [[المدير|TITLE]] السابق في [[البنك الدولي|ORG]] الخطة الجديدة.", "المدير", "البنك الدولي"),
])
def test_title_adjective_before_fi_body(rels, text, title, org):
    assert ("title_of", title, org) in rels(text)
