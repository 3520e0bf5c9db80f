"""The number grammar for general MSA news (GUIDELINES §3 «General Arabic forms», §7 «Numbers»): every rule on
a sentence written for the test, and property tests that render a number in each supported surface form and
read it back. Duckling's Arabic numeral rules (facebook/duckling, Numeral/AR) served as a checklist of forms."""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from num2words import num2words


INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture(scope="module")
def read(number_facts):
    """text -> [{surface, type, value, total, qualifier, change, baseline, period, subject (surface)}]."""

    def run(text: str) -> list[dict]:
        return [{**n, "surface": text[n["start"]:n["end"]], "subject": text[slice(*n["subject"])] if n["subject"] else None}
                for n in number_facts(text)]

    return run


def brief(facts: list[dict], *fields: str) -> list[tuple]:
    return [tuple(f[k] for k in ("surface", *fields)) for f in facts]


# (sentence, [(surface, type, value, total)]): the whole list
FORMS = [
    # compounds across scales joined by «و», digits or words on each part: one fact
    ("بلغ عدد المسافرين 5 ملايين و312 ألفا و608 مسافرين", [("5 ملايين و312 ألفا و608", "count", 5312608, None)]),
    ("خصصت البلدية مليون و200 ألف ريال للحدائق", [("مليون و200 ألف", "count", 1200000, None)]),
    ("رصدت الإدارة 7 ملايين و48 ألف و19 مخالفة", [("7 ملايين و48 ألف و19", "count", 7048019, None)]),
    ("وزعت الجمعية ثلاثة آلاف وخمسمائة سلة", [("ثلاثة آلاف وخمسمائة", "count", 3500, None)]),
    ("وزعت الجمعية 3 آلاف و250 سلة", [("3 آلاف و250", "count", 3250, None)]),
    # fractions and halves
    ("عثر المفتشون على نصف كيلوغرام من التبغ", [("نصف", "count", 0.5, None)]),
    ("قال إن ثلاثة أرباع الطلاب نجحوا", [("ثلاثة أرباع", "count", 0.75, None)]),
    ("تغطي الغابات ثلثي مساحة المحمية", [("ثلثي", "count", 2 / 3, None)]),
    ("تبرع رجل أعمال بمليون ونصف ريال", [("مليون ونصف", "count", 1500000, None)]),
    ("توقفت الرحلة ساعة ونصف قبل الإقلاع", [("ساعة ونصف", "duration", 1.5, None)]),
    ("عمر الطفلة عام ونصف العام فقط", [("عام ونصف العام", "duration", 1.5, None)]),
    # multiples: ratios without a total
    ("تضاعفت المبيعات ثلاثة أضعاف خلال الصيف", [("ثلاثة أضعاف", "ratio", 3, None)]),
    ("ارتفع الإيجار إلى الضعف في المدينة", [("الضعف", "ratio", 2, None)]),
    ("زادت الأرباح ضعفين هذا الموسم", [("ضعفين", "ratio", 2, None)]),
    # percent in words and signs, per mille
    ("تراجعت البطالة إلى 11 في المئة", [("11 في المئة", "percent", 11, None)]),
    ("نمت الصادرات 4 بالمئة", [("4 بالمئة", "percent", 4, None)]),
    ("بلغت نسبة الحضور ٧٥٫٥٪ من المسجلين", [("٧٥٫٥٪", "percent", 75.5, None)]),
    ("بلغ معدل المواليد 18 في الألف", [("18 في الألف", "ratio", 18, 1000)]),
    # separators: «٬» thousands, «٫» decimal, a dot before three digits in a count is a thousands dot
    ("سجلت المنافذ ٤٬٢٠٠ مسافر و٣٫٥ طن من البضائع", [("٤٬٢٠٠", "count", 4200, None), ("٣٫٥", "count", 3.5, None)]),
    ("صادرت الجمارك 12.430 علبة سجائر", [("12.430", "count", 12430, None)]),
    ("صادرت الجمارك 2.500 كغم من القات", [("2.500", "count", 2.5, None)]),
    # glued forms: a proclitic or the article on the digits
    ("وأسعف الهلال الأحمر و134مصابا خلال ال24 ساعة الماضية",
     [("134", "count", 134, None), ("24", "duration", 24, None)]),
    # masculine and feminine duals imply two
    ("أصيب جنديان في انفجار سيارتين مفخختين", [("جنديان", "count", 2, None), ("سيارتين", "count", 2, None)]),
    ("نفذ المهاجمون تفجيرين قرب السوق", [("تفجيرين", "count", 2, None)]),
    ("استمر الخلاف عقدين من الزمن", [("عقدين", "duration", 2, None)]),
    # definite number phrases
    ("بلغ عدد السكان الخمسة عشر مليونا في المسح", [("الخمسة عشر مليونا", "count", 15e6, None)]),
    ("لا تتجاوز السرعة الستين كيلومترا في الساعة", [("الستين", "count", 60, None)]),
    ("انتهت فترة الستة الأشهر الأولى", [("الستة", "duration", 6, None)]),
    ("يبلغ طول الطريق ما يناهز الـ90 كيلومترا", [("90", "count", 90, None)]),
    # a figure alone in quotes is emphasis, not a quoted name; a year-like figure after «بلغ» counts
    ('يوفر المعرض "450" فرصة عمل', [("450", "count", 450, None)]),
    ("وبعدد زوار بلغ 1950 زائرا", [("1950", "count", 1950, None)]),
    ("يوفر المصنع «320» وظيفة للشباب", [("320", "count", 320, None)]),
    # spellings of informal news (Duckling's Arabic corpus has them too): «ه» for «ة», «ى» for «ي» before «عشر»,
    # «فاصلة» as the decimal comma, «الف» without hamza, the construct dual of a multiplier before a currency
    ("حضر اربعه متطوعين. كما حضر سته مشرفين", [("اربعه", "count", 4, None), ("سته", "count", 6, None)]),
    ("كرمت المدرسة إثنتى عشرة طالبة", [("إثنتى عشرة", "count", 12, None)]),
    ("بلغ ارتفاع الموج 2 فاصلة 5 متر", [("2 فاصلة 5", "count", 2.5, None)]),
    ("استقبلت الحديقة 100 الف زائر", [("100 الف", "count", 100000, None)]),
    ("سددت الحكومة ديونا بلغت مليارا دولار", [("مليارا", "count", 2e9, None)]),
    # an ordinal before a superlative is a rank; a denominator after «من مجموع» is no fact of its own: with the
    # noun between, «X noun من مجموع Y» is one ratio like «من أصل» (as the adjudicated real-news gold has it)
    ("تعد بريدة ثالث أكبر المدن في المنطقة", [("ثالث", "rank", 3, None)]),
    ("أصيب 40 راكبا من مجموع 150", [("40 راكبا من مجموع 150", "ratio", 40, 150)]),
    # one out of a total; the rank's total after «من مجموع»; fractions after their noun; a half after the unit
    ("فاز الفريق في مباراة واحدة من أصل 9 مباريات", [("واحدة من أصل 9", "ratio", 1, 9)]),
    ("نالت الشركة نجمة واحدة فقط من أصل خمس نجوم", [("واحدة فقط من أصل خمس", "ratio", 1, 5)]),
    ("جاءت المدينة في المرتبة الرابعة من مجموع ست مدن", [("الرابعة من مجموع ست", "rank", 4, 6)]),
    ("يحتاج التعديل إلى موافقة أغلبية الثلثين في المجلس", [("الثلثين", "count", 2 / 3, None)]),
    ("استمرت أعمال الترميم ثلاث سنوات ونصف السنة", [("ثلاث سنوات ونصف السنة", "duration", 3.5, None)]),
    ("ينتهي بناء الجسر خلال سنتين ونصف بإذن الله", [("سنتين ونصف", "duration", 2.5, None)]),
    # ages are durations (adjudication 35), those without a unit too; a misspelt «ملايين»
    ("أوقفت الشرطة شابا يبلغ من العمر 23 عاما", [("23", "duration", 23, None)]),
    ("اعتقلت الشرطة رجلا في الثلاثين.", [("الثلاثين", "duration", 30, None)]),
    ("وصل عدد الزوار إلى نحو 4 مليين زائر", [("4 مليين", "count", 4e6, None)]),
    # a total after «من أصل/من بين» later in the rank's sentence is the rank's; «بمراحلها الخمسة» after a possessive
    ("حصل الفريق على المركز الثالث في البطولة من بين 40 فريقا", [("الثالث", "rank", 3, 40)]),
    ("يشمل المشروع الطرق بمراحلها الأربعة", [("الأربعة", "count", 4, None)]),
    # the subject of an imperfect verb before the figure is no identifier head
    ("تنظم اللجنة 15 دورة للمتطوعين", [("15", "count", 15, None)]),
    # reported speech in short quotes keeps its figures; a slogan does not
    ('وقال المدير "وزعنا الأسبوع الماضي 300 سلة غذائية على الأسر"', [("300", "count", 300, None)]),
    ('وأعلن المتحدث لاحقا «مقتل 6 من المسلحين وإصابة ثلاثة»', [("6", "count", 6, None), ("ثلاثة", "count", 3, None)]),
    ('أطلقت البلدية حملة "30 يوما من النظافة" في الأحياء', []),
    # a dual told by its dual verb or relative; an age said with an ordinal and its tens, even glued to its verb
    ("وذكرت الشرطة أن المهربين اعترفا بالتهمة", [("المهربين", "count", 2, None)]),
    ("وكان اللاعبان اللذان انضما إلى الفريق", [("اللاعبان", "count", 2, None)]),
    ("رحل الشاعر عن عمر ناهز الثالثة والثمانين عاما", [("الثالثة والثمانين", "duration", 83, None)]),
    ("رحل الفنان عن عمر يناهزالرابعة والستين عاما", [("الرابعة والستين", "duration", 64, None)]),
    # a number in quotes or brackets before its multiplier (decision 56); trillions
    ("بلغت المضبوطات “12” مليون حبة", [("12” مليون", "count", 12e6, None)]),
    ("تزيد قيمة العقد عن (400) ألف ريال", [("400) ألف", "count", 4e5, None)]),
    ("قد تصل الأصول إلى 2.5 تريليون دولار", [("2.5 تريليون", "count", 2.5e12, None)]),
    # «الـ N» after a plural definite noun counts it (decision 57); a number word with «في المائة»
    ("شيعت المدينة الضحايا الـ12 أمس", [("12", "count", 12, None)]),
    ("سجلت الشرطة 30 بلاغا في الساعات الـ48 الماضية", [("30", "count", 30, None), ("48", "duration", 48, None)]),
    ("ارتفعت الصادرات نحو ثلاثة في المائة", [("ثلاثة في المائة", "percent", 3, None)]),
    # every N years; two months named; one hour as a range's lower bound; two centuries
    ("يقام المهرجان مرة كل 4 أعوام", [("4", "duration", 4, None)]),
    ("ارتفعت المبيعات خلال شهري رمضان وشوال", []),  # a named pair of months is part of the date (dec. 186)
    ("يستغرق العبور من ساعة إلى أربع ساعات", [("ساعة", "duration", 1, None), ("أربع", "duration", 4, None)]),
    ("ظلت الأسرة في الحكم قرابة قرنين", [("قرنين", "duration", 2, None)]),
    # a number after its noun before «من + month» still counts the noun
    ("ارتفعت المبيعات خلال الأشهر الثلاثة من مارس إلى مايو", [("الثلاثة", "duration", 3, None)]),
    # a nisba noun's -يين form is its dual (its plural is broken); not after a number, a plural or in a list
    ("أسفر الهجوم عن مقتل جنديين وإصابة مدني", [("جنديين", "count", 2, None)]),
    ("وأصيب ثلاثة شرطيين في الانفجار", [("ثلاثة", "count", 3, None)]),
    # «الـ N» after a plural before «ل»; a bound before a year-shaped count; an accusative unit before its tens
    ("تشارك الدول الأعضاء الـ 22 للجامعة في القمة", [("22", "count", 22, None)]),
    ("يتوقع أن يصل عدد العينات الى 1950 عينة", [("1950", "count", 1950, None)]),
    ("حصد المنتخب ثلاثا وعشرين ميدالية", [("ثلاثا وعشرين", "count", 23, None)]),
    # the Arabic comma as a decimal mark; a decimal in words
    ("أيد ٤٢،٥٪ من المشاركين القرار", [("٤٢،٥٪", "percent", 42.5, None)]),
    ("ضبطت الجمارك خمسة وعشرين فاصلة ستة كيلوجرام", [("خمسة وعشرين فاصلة ستة", "count", 25.6, None)]),
    # placings and «the first X to do Y» are ranks (decision 79); «لأول مرة» and a label in a series are not
    ("وأصبح اللاعب أول عربي يفوز بالجائزة", [("أول", "rank", 1, None)]),
    ("وحل السائق خامسا في السباق", [("خامسا", "rank", 5, None)]),
    ("ولأول مرة ينطق المسؤول بهذه الكلمة", []),
    ("وشهدت القناة أول عملية عبور للسفن", []),
]


@pytest.mark.parametrize("text, expected", FORMS, ids=[t for t, _ in FORMS])
def test_forms(read, text, expected):
    assert [(f["surface"], f["type"], f["value"], f["total"]) for f in read(text)] == \
        [(s, t, pytest.approx(v), tot) for s, t, v, tot in expected]


NOT_FACTS = [
    "صدر القرار في عام 1436هـ بعد مداولات",
    "افتتح المبنى لعام 1437 وسط حضور كبير",
    "الرياض 14 رمضان 1436 هـ",
    "نشر بتاريخ 9/ 3/ 1435 هـ في الجريدة",
    "بلغ معدل الإصابات لكل 100 ألف نسمة مستوى منخفضا",
    "حضر الحفل مئات المواطنين وعشرات المسؤولين",
    "شارك الفنان في المهرجان الـ 23 بالمدينة",
    "صدر التقرير الـ14 عن الهيئة",
    "أقيمت الاحتفالات في الذكرى الستين للتأسيس",
    "غادر الوفد يوم الاثنين الماضي",
    "وقف الأهالي صفا واحدا خلف قيادتهم",
    "اتصلوا على رقم الطوارئ 911 عند الحاجة",
    "يعاني السوق من ضعف الطلب",
    "قالوا بلسان واحد إنهم مستعدون",
    "وقد أثنى الحضور على جهود المنظمين",
    "انقطع التيار مساء أول أمس عن الحي",
    "انتقلت الحملة إلى المرحلة الثالثة إلى جانب المدارس",
    "جاء اللاعبون إلى الملعب مبكرا",
    # names and labels of real news: a street, a form, a wing, a match minute, a fighter jet, an ordinal label
    "وقع الحادث عند تقاطع شارع الـ 60 مع الطريق الدائري",
    "أغلقت البلدية شارع الخمسين للصيانة",
    "وزعت اللجنة استمارات من نموذج 12 حتى 18 على المراكز",
    "يضرب السجناء في أقسام 3 و7 في السجن",
    "سجل المهاجم الهدف في الدقيقة 63 من المباراة",
    "أقلعت طائرات اف-15 من القاعدة",
    "أقيمت المباراة ضمن الجولة السابعة عشرة من الدوري",
    # dates and clock times
    "يزور الوفد العاصمة في 4 و5 أيلول المقبل",
    "وقع الهجوم فجرا (2.15 توقيت غرينتش) قرب الحدود",
    # a name of the dual's shape after a title or «بن», or before a family name
    "وقال اللواء عدنان الحربي إن التحقيق مستمر",
    "وأكد الأستاذ فهد بن سعيدان أهمية المهرجان",
    # «a single» under a negation, «general» after managers, a pair's adjective, «nobody»
    "لم يعد في القرية ولا مستوصف واحد",
    "ليست هذه مجرد حادثة واحدة",
    "اجتمع الوزير بالمدراء العامين في الوزارة",
    "قدم المتطوعون عملا وجهدا كبيرين في الحملة",
    "لا يختلف اثنان على أهمية التعليم",
    "جاء الأداء شبه ممتازين في المباراة",
    "وقالت إن الحكومة «ألغت من جانب واحد» الاتفاق",
    "احتفلت الجامعة بالذكرى الخامسة والسبعين لتأسيسها",
    # any year after «عام», a day of a month named after «من شهر»
    "كتب المخطوط في عام 745 للهجرة",
    "بنيت القلعة عام 1820 على التل",
    "يستمر المعرض حتى 20 من شهر شعبان",
    "تقام المباراة في العشرين من شهر أكتوبر",
    "وقع الحادث على الطريق عند كيلو 7 شمال المدينة",
    "وصل الوفد عند الساعة الحادية عشرة وعشرين دقيقة",
    "وحضر اللواء سعد أبو قرنين الحفل",
    # dates with dashes or kashidas, «ذو القعدة», a day range before a month; labels of races, laps, pages, verses
    "صدر الحكم بتاريخ 12 ـ 4 ـ 1433 بعد المداولة",
    "صدق الحكم في 3-11- 1432 من المحكمة",
    "تبدأ الدراسة يوم الأحد الموافق 8 ذو القعدة",
    "يقام الملتقى خلال الفترة من 19 إلى 21 شوال",
    "فاز السائق في سباق فورمولا 1 أمس",
    "خرج السائق عن المسار في اللفة 43 من السباق",
    "ورد ذلك في الكتاب ص 120 من الطبعة الأولى",
    "قرأ الإمام الآية 15 من سورة لقمان",
    "وحضرت المهندسة ليلى بوخمسين الحفل",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(read, text):
    assert [f["surface"] for f in read(text)] == []


def test_approximations_and_bounds(read):
    got = read("أصيب نحو 40 شخصا، وقتل قرابة 12 آخرين، وأوقف ما لا يقل عن 9 مطلوبين، وضبط مالايقل عن 6 أسلحة، "
               "وتجاوز عدد البلاغات 300 بلاغ، ونقل أكثر من 20 مصابا، وسجل أقل من 5 وفيات.")
    assert brief(got, "value", "qualifier") == [("40", 40, "approx"), ("12", 12, "approx"), ("9", 9, "gte"),
                                                ("6", 6, "gte"), ("300", 300, "gt"), ("20", 20, "gt"), ("5", 5, "lt")]
    got = read("قتل سبعة أشخاص على الأقل. يبلغ طول السفن 15 مترا فأكثر. لم يتجاوز العدد 47 حالة.")
    assert brief(got, "qualifier") == [("سبعة", "gte"), ("15", "gte"), ("47", "lte")]


def test_ranges_are_two_facts_with_one_subject(read):
    got = read("تتراوح أعمار المشاركين بين 18 عاما و25 عاما.")
    assert brief(got, "qualifier", "subject") == [("18", "gte", "عاما"), ("25", "lte", "عاما")]
    got = read("شارك بين ثلاثة وأربعة متطوعين في الحملة.")
    assert brief(got, "qualifier", "subject") == [("ثلاثة", "gte", "متطوعين"), ("أربعة", "lte", "متطوعين")]
    got = read("يستغرق العبور من 3 إلى 5 ساعات. انطلقت 20-30 سيارة. أطلق أربع أو خمس طلقات.")
    assert brief(got, "qualifier") == [("3", "gte"), ("5", "lte"), ("20", "gte"), ("30", "lte"), ("أربع", "gte"),
                                       ("خمس", "lte")]


def test_a_lower_bound_with_its_own_noun_keeps_it(number_facts):
    """«بين 30 يوما و45 يوما»: each bound says its unit, so the lower keeps its own (not the upper's) subject."""
    text = "تتراوح مدة الإقامة بين 30 يوما و45 يوما في المخيم."
    got = number_facts(text)
    first, second = text.index("يوما"), text.rindex("يوما")
    assert [(n["qualifier"], n["subject"]) for n in got] == [("gte", [first, first + 4]), ("lte", [second, second + 4])]


def test_a_change_from_one_figure_to_another_is_no_range(read):
    got = read("خفضت الإدارة زمن الانتظار من 10 أيام إلى ثلاثة أيام.")
    assert brief(got, "qualifier") == [("10", "eq"), ("ثلاثة", "eq")]


def test_money_subjects(read):
    got = read("حصل الفائز على 50 ألف ريال. وفرضت غرامة بمبلغ 300 ريال. وبلغت قيمة العقد 4 ملايين دولار.")
    assert brief(got, "subject") == [("50 ألف", "ريال"), ("300", None), ("4 ملايين", "قيمة العقد")]


def test_predicate_of_metric_verbs(read):
    got = read("بلغ عدد الحجاج 120 ألف حاج. ووصل حجم الإنفاق إلى 76 مليار ريال. وسجلت الشرطة 140 بلاغا.")
    assert brief(got, "subject") == [("120 ألف", "عدد الحجاج"), ("76 مليار", "حجم الإنفاق"), ("140", "بلاغا")]
    assert read("وقد يبلغ من العمر 40 عاما.")[0]["subject"] == "عاما"  # an age: the unit


def test_change_from_direction_verbs(read):
    got = read("وانخفض مؤشر السوق 1.4 % إلى 8011 نقطة.")
    assert brief(got, "change", "subject") == [("1.4 %", "decrease", "مؤشر السوق"), ("8011", None, "مؤشر السوق")]
    got = read("لكن سهم شركة الأمل الذي صعد 2.5 % قاد المكاسب.")
    assert brief(got, "change", "subject") == [("2.5 %", "increase", "سهم شركة الأمل")]
    got = read("وتراجعت الحوادث 9 حوادث بالمقارنة مع عام 2013.")
    assert brief(got, "change", "baseline", "subject") == [("9", "decrease", "2013", "الحوادث")]


def test_baselines_and_periods(read):
    got = read("ارتفعت المخالفات بنسبة 14% مقارنة بالفترة نفسها من عام 2014.")
    assert brief(got, "change", "baseline", "period") == [("14%", "increase", "2014", None)]
    got = read("انخفضت الحرائق بنسبة 6% مقارنة بالعام الماضي.")  # a relative baseline: null (§7)
    assert brief(got, "change", "baseline", "period") == [("6%", "decrease", None, None)]
    got = read("زادت الرحلات بنسبة 8% لتبلغ 900 رحلة مقارنة بزيادة 3% في العام 2013.")
    assert [f["period"] for f in got] == [None, None, "2013"]  # the compared year is the period of its own figure
    assert got[1]["subject"] == got[0]["subject"] == "الرحلات"


def test_subject_of_a_part_and_of_pronouns(read):
    got = read("أصيب عشرة من رجال الأمن، ونقل سبعة منهم إلى المستشفى، واستجوب اثنين من العمال.")
    assert brief(got, "subject") == [("عشرة", "رجال الأمن"), ("سبعة", None), ("اثنين", "العمال")]


def test_bracketed_percent(read):
    got = read("وانخفضت الحوادث بمقدار 9 حوادث (18.4%) عن العام السابق، وسجل المرور 340 حادثا (12%) من الإجمالي.")
    assert brief(got, "change", "subject") == [("9", "decrease", "الحوادث"), ("18.4%", "decrease", "الحوادث"),
                                               ("340", None, "حادثا"), ("12%", None, None)]


# --- property tests: render, then read back ---------------------------------------------------------------

def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


SURFACES = {
    "plain": lambda n: str(n),
    "comma thousands": lambda n: _grouped(n, ","),
    "indic with ٬": lambda n: _grouped(n, ",").translate(INDIC).replace(",", "٬"),
    "dot thousands": lambda n: _grouped(n, "."),
}


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999), st.sampled_from(sorted(SURFACES)))
def test_digit_surfaces_round_trip(read, n, form):
    assume(not 1900 <= n <= 2100)  # a bare year is no fact
    surface = SURFACES[form](n)
    got = read(f"ضبطت الدوريات {surface} قرصا مخدرا")
    assert brief(got, "value") == [(surface, n)]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999),
       st.integers(min_value=0, max_value=999))
def test_compound_across_scales_round_trip(read, millions, thousands, units):
    parts = [f"{millions} مليون"] + ([f"{thousands} ألف"] if thousands else []) + ([str(units)] if units else [])
    surface = " و".join(parts)
    got = read(f"بلغت الإيرادات {surface} ريال هذا العام")
    assert brief(got, "value") == [(surface, millions * 1_000_000 + thousands * 1000 + units)]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9),
       st.sampled_from(["%", " %", "٪", " في المئة", " في المائة", " بالمائة", " بالمئة"]), st.booleans())
def test_percent_surfaces_round_trip(read, whole, tenth, sign, indic):
    number = f"{whole}.{tenth}" if tenth else str(whole)
    if indic:
        number = number.translate(INDIC).replace(".", "٫")
    got = read(f"ارتفعت نسبة الإشغال بنسبة {number}{sign} مقارنة بعام 2019")
    assert [(f["type"], f["value"], f["change"], f["baseline"]) for f in got] == \
        [("percent", pytest.approx(whole + tenth / 10), "increase", "2019")]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=3, max_value=999_999))
def test_word_numbers_before_a_noun_round_trip(read, n):
    words = num2words(n, lang="ar")
    if words.split()[-1] in ("ألفا", "مليونا") or words.split().count("ألف") > 1:
        return  # num2words writes 201,000 «مئتان و ألف ألف»
    got = read(f"شارك في المسابقة {words} متسابق")
    assert [f["value"] for f in got] == [n]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=500), st.integers(min_value=1, max_value=500),
       st.sampled_from(["bayn", "dash", "ila"]))
def test_range_surfaces_round_trip(read, low, width, form):
    high = low + width
    text = {"bayn": f"يتراوح العدد بين {low} و{high} زائر",
            "dash": f"يحضر {low}-{high} زائر",
            "ila": f"يحضر من {low} إلى {high} زائر"}[form]
    got = read(text)
    assert [(f["value"], f["qualifier"]) for f in got] == [(low, "gte"), (high, "lte")]


def test_more_approximations(read):
    got = read("قدرت الخسائر بحدود 30 ألف ريال، ومجموعها تقريباً 12 ألف ريال، وتوفي ما يزيد على \"400\" شخص.")
    assert brief(got, "qualifier") == [("30 ألف", "approx"), ("12 ألف", "approx"), ("400", "gt")]


def test_subjects_of_predicates_units_ranks_and_brackets(read):
    got = read("يمتد السياج البالغ طوله 900 متر. ويبلغ عرضه (40 مترا). وتوقف العمل ساعة ونصف. "
               "وجاءت الشرقية في المرتبة الثانية بـ14 مخالفة. ونفذت الإدارة (35) دورة تدريبية.")
    assert brief(got, "subject") == [("900", "طوله"), ("40", "عرضه"), ("ساعة ونصف", "ساعة"), ("الثانية", None),
                                     ("14", "مخالفة"), ("35", "دورة تدريبية")]


def test_number_word_after_its_noun_and_adjectives(read):
    got = read("وصلت الطالبات السعوديات الأربع من جامعة الملك سعود. ووقع اللاعب لمدة موسم رياضي واحد.")
    assert brief(got, "subject") == [("الأربع", "الطالبات السعوديات"), ("واحد", "موسم رياضي")]


def test_period_is_the_figures_own_year(read):
    got = read("ارتفعت الصادرات بنسبة 6 في المائة في العام الماضي 2014 لتبلغ 900 شحنة مقارنة بزيادة بنسبة 4 في المائة "
               "في العام 2013.")
    assert brief(got, "period") == [("6 في المائة", "2014"), ("900", "2014"), ("4 في المائة", "2013")]
    got = read("وفي عام 2022، ضبطت الدوريات 40 مهربا، وفي عام 2023 ضبطت 55 مهربا.")
    assert brief(got, "period") == [("40", "2022"), ("55", "2023")]
    got = read("خلال الفترة من 2018 إلى 2020 ضبطت الجمارك 70 شحنة.")  # a span of years names no single period
    assert brief(got, "period") == [("70", None)]
    got = read("وتسعى الإدارة إلى خفض الحوادث بنسبة 10% في عام 2026.")  # a target's year is no period
    assert brief(got, "period") == [("10%", None)]


def test_bounds_through_a_bracket_or_a_detached_article(read):
    got = read("تمتد الطرق بأطوال تقارب (60 كيلومترا). وتصل الرحلة إلى قرابة الـ 4 ساعات. ويعبر الجسر ما يفوق الـ 300 ألف شخص.")
    assert brief(got, "qualifier") == [("60", "approx"), ("4", "approx"), ("300 ألف", "gt")]


def test_percent_range_with_one_sign(read):
    got = read("وتبلغ نسبة الإشغال بين 60 و75 في المائة.")
    assert brief(got, "type", "qualifier", "subject") == [("60", "percent", "gte", "نسبة الإشغال"),
                                                         ("75 في المائة", "percent", "lte", "نسبة الإشغال")]


def test_a_bound_glued_to_the_figure(read):
    got = read("رحل الفنان عن عمر يناهزالرابعة والستين عاما")
    assert brief(got, "qualifier", "subject") == [("الرابعة والستين", "approx", "عاما")]


def test_percent_range_with_a_comma_and_no_range_over_an_adjective(read):
    got = read("ويتوقع أن تبلغ الحصة ما بين 60، و70 في المئة.")
    assert brief(got, "type", "qualifier") == [("60", "percent", "gte"), ("70 في المئة", "percent", "lte")]
    got = read("يتوقع أن تصل أصول البنوك في الأسواق الست الرئيسية إلى 3 تريليون دولار.")
    assert brief(got, "qualifier") == [("الست", "eq"), ("3 تريليون", "eq")]


def test_a_bound_verb_over_its_subject_and_the_next_items_of_its_list(read):
    """«تزيد إجمالي قيمتها عن (300) ألف ريال في المدن، و(100) ألف ريال في القرى»: gt, the metric, for both."""
    got = read("تشمل العقود التي تزيد إجمالي قيمتها عن (300) ألف ريال في المدن، و(100) ألف ريال في القرى.")
    assert brief(got, "qualifier", "subject") == [("300) ألف", "gt", "إجمالي قيمتها"), ("100) ألف", "gt", "إجمالي قيمتها")]
    got = read("تمتلك المنطقة حدوداً يزيد طولها على 90 كيلومتراً.")
    assert brief(got, "qualifier", "subject") == [("90", "gt", "كيلومتراً")]


def test_plural_head_of_al_n_is_the_subject(read):
    assert brief(read("شيعت المدينة الضحايا الـ12 أمس"), "subject") == [("12", "الضحايا")]


def test_bracketed_conversion_with_a_qualifier_is_a_restatement(read):
    got = read("بلغت الإيرادات 6.2 مليار ريال (ما يقرب من 1.6 مليار دولار) هذا العام.")
    assert brief(got, "qualifier", "subject") == [("6.2 مليار", "eq", "الإيرادات"), ("1.6 مليار", "approx", None)]


def test_a_share_of_a_total_is_no_change_and_a_negated_bound_is_at_most(read):
    got = read("وانخفضت المخالفات، وبلغ ما تم ضبطه 18 مليون وحدة بنسبة 53% من إجمالي المضبوطات.")
    assert brief(got, "change") == [("18 مليون", None), ("53%", None)]
    got = read("يجب ألا ترتفع الأسعار، أي لن تزيد بأي حال عن 3% في السنة.")
    assert brief(got, "qualifier") == [("3%", "lte")]


def test_hijri_period_and_duration_ranges_and_far_bounds(read):
    got = read("وخلال العام الماضي 1435هـ بلغ عدد الفحوصات 823 فحصا.")
    assert brief(got, "period") == [("823", "1435")]
    got = read("قضت المحكمة بالسجن بين ثلاث و7 سنوات على المتهمين.")
    assert brief(got, "type", "qualifier") == [("ثلاث", "duration", "gte"), ("7", "duration", "lte")]
    got = read("قتل عشرة جنود أجانب على الأقل. وقد تصل عقوباتهم إلى 5 سنوات. واستمر المقطع 90 ثانية.")
    assert brief(got, "type", "qualifier") == [("عشرة", "count", "gte"), ("5", "duration", "lte"),
                                               ("90", "duration", "eq")]


def test_decisions_77_78_93(read):
    """«من 18 وحتى 48 سنة» a range; «20 ميلا (32 كيلومترا)» a restatement; «لا تتعدى ألف ريال» lte."""
    got = read("تتراوح أعمار المشاركين من 18 وحتى 48 سنة.")
    assert brief(got, "qualifier", "subject") == [("18", "gte", "سنة"), ("48", "lte", "سنة")]
    got = read("تبعد القرية 20 ميلا (32 كيلومترا) عن المدينة.")
    assert brief(got, "subject") == [("20", "ميلا"), ("32", None)]
    assert brief(read("وهي بضاعة قيمتها لا تتعدى ألف ريال."), "qualifier") == [("ألف", "lte")]
