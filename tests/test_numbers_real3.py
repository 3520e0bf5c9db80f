"""Number rules from the third pass over real news (issue 15): multiplier duals, -ان words of their own, duals seen in
both cases or shown by agreement, participle plurals, idiomatic and hypothetical «واحد», ranks, ages, levels and «the
two». Each rule on a sentence written for the test (GUIDELINES §3, §7, decisions 14, 33, 34, 74, 79, 111, 114, 130)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(fact_tuples):
    return fact_tuples


@pytest.mark.parametrize("text, surface, value", [
    ("وخصصت الوزارة ملياري ريال لصيانة الطرق.", "ملياري", 2e9),
    ("وشارك ألفا متطوع في حملة تنظيف الشواطئ.", "ألفا", 2e3),
    ("وقد تتجاوز قيمة الصندوق ترليوني دولار قريبا.", "ترليوني", 2e12),
])
def test_construct_dual_of_a_multiplier(read, text, surface, value):
    """«ملياري ريال», «ألفا متطوع»: the construct dual of a multiplier before its noun is two of it (§3 multipliers)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(surface, "count", value)]


def test_lone_multiplier_accusative_is_one(read):
    """«أنفقت مليارا من …»: an accusative «مليارا» before a preposition is one billion, no dual."""
    assert [(s, v) for s, _, v, _ in read("وأنفقت الشركة مليارا من الدولارات على التوسعة.")] == [("مليارا", 1e9)]


@pytest.mark.parametrize("text", [
    "وتشهد المدينة حركة العمران بشكل متسارع هذا العام.",  # «العمران»: a noun of the فعلان shape
    "وقال عدنان إن العمل في المشروع مستمر.",  # a name
    "وحذر الطبيب من فقدان الوعي بسبب الحرارة.",  # a verbal noun
])
def test_an_word_of_its_own_is_no_dual(read, text):
    """An -ان word far commoner than its -ين form is a noun or a name of its own, not a nominative dual (§3 duals)."""
    assert read(text) == []


def test_nominative_dual_still_counts(read):
    assert [(s, t, v) for s, t, v, _ in read("وأصيب طفلان في حادث السير.")] == [("طفلان", "count", 2.0)]


@pytest.mark.parametrize("text, dual", [
    ("وجلس ممثلو الطرفين إلى طاولة الحوار أمس.", "الطرفين"),
    ("وأشاد المدرب بأداء المنتخبين في المباراة الودية.", "المنتخبين"),
])
def test_definite_dual_seen_in_both_cases(read, text, dual):
    """«الطرفين»: a definite -ين word whose nominative «الطرفان» is common too is a dual with a referent
    (decision 33), span the dual word, subject the phrase it heads (decision 74)."""
    facts = read(text)
    assert [(s, t, v) for s, t, v, _ in facts] == [(dual, "count", 2.0)]
    assert facts[0][3].split()[0] == dual


@pytest.mark.parametrize("text", [
    "ويحث الخطيب على بر الوالدين والإحسان إليهما.",  # generic parents (decision 33)
    "والحمد لله رب العالمين على نعمه.",  # a plural
])
def test_definite_plural_is_no_dual(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "ولو بقي مقعد واحد شاغرا لأعيدت الانتخابات.",  # hypothetical («لو»)
    "وما دام هناك مريض واحد في العزل فالخطر قائم.",  # «as long as one»
    "ومضى العام من دون أن تنجز البلدية خطوة واحدة.",  # «without a single step»
])
def test_hypothetical_one_is_no_fact(read, text):
    """«واحد» in a hypothetical or negated statement quantifies nothing in the world (decision 130)."""
    assert read(text) == []


def test_only_one_after_a_negation_counts(read):
    """«لا تملك سوى مدرسة واحدة» states the exact figure: «only one» (decision 114)."""
    assert [(s, t, v) for s, t, v, _ in read("ولا تملك البلدة سوى مدرسة واحدة للبنات.")] == [("واحدة", "count", 1.0)]


@pytest.mark.parametrize("text", [
    "وطالبت الوزارة المستوردين بالتعاون مع المصنعين لتحسين الجودة.",  # «المصنعون»: a participle's plural
    "وعقد الاجتماع بحضور المستشارين في المجلس.",
])
def test_definite_participle_plural_is_no_dual(read, text):
    """A definite -ين of a م- participle whose dual nominative -ان is never seen is the sound plural (§3 duals)."""
    assert read(text) == []


def test_adjective_after_a_construct_dual_and_its_two_names(read):
    """«مدينتي حمص وحماة المجاورتين»: the -تين adjective agrees with the construct dual, no second count
    (decision 74: the adjective is inside the dual's subject)."""
    facts = read("وسيطر الجيش على مدينتي حمص وحماة المجاورتين قبل أسبوع.")
    assert [(s, v) for s, _, v, _ in facts] == [("مدينتي", 2.0)]


def test_future_dual_verb_is_no_dual(read):
    """«سيسهمان»: an imperfect dual verb after the future «س» (§3 duals are nouns)."""
    facts = read("وقال إن القرارين الجديدين سيسهمان في خفض الأسعار.")
    assert [(s, v) for s, _, v, _ in facts] == [("القرارين", 2.0)]


@pytest.mark.parametrize("text, surface", [
    ("وتبلغ مساحة الحديقة 450 م2 تقريبا.", "450"),
    ("وتمتد المحمية على 120 كم2 من الصحراء.", "120"),
])
def test_squared_unit_exponent(read, text, surface):
    """«م2», «كم2»: the exponent glued to a unit of length is part of the unit, not a count of 2."""
    assert [s for s, _, _, _ in read(text)] == [surface]


@pytest.mark.parametrize("text", [
    "وأرسلت رسالتي إليه قبل سفره بأيام.",  # a preposition with its pronoun after the -تي form
    "وأبدى عدم قدرتي المالية على السداد.",  # a feminine noun's -تي before its adjective
])
def test_my_noun_is_no_construct_dual(read, text):
    """«رسالتي إليه», «قدرتي المالية»: «my X»; a construct dual is followed by its genitive noun."""
    assert read(text) == []


@pytest.mark.parametrize("text, dual", [
    ("واعتقلت الشرطة مسافرين كانا يحملان أسلحة.", "مسافرين"),
    ("وأوقفت الدورية عاملين يقيمان في الحي دون إقامة.", "عاملين"),
    ("وكرمت الجامعة أمس المتفوقين وهما طالبان من كلية الطب.", "المتفوقين"),
])
def test_dual_by_a_dual_verb_or_pair_pronoun(read, text, dual):
    """An -ين noun followed by a dual verb («كانا», «قتلا») or the pair's pronoun «وهما» is a dual: a plural takes
    neither (decision 33)."""
    assert (dual, "count", 2.0) in [(s, t, v) for s, t, v, _ in read(text)]


def test_verb_after_and_opens_its_own_clause(read):
    """«… مهرجان برلين واعتبرا …»: a dual verb after «و» agrees with an earlier subject, not the word before it."""
    facts = read("وحضر الممثلان افتتاح مهرجان برلين واعتبرا الدورة ناجحة.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("الممثلان", "count", 2.0)]


def test_fraction_of_a_multiplier(read):
    """«نصف مليار ريال» is one figure, 500 million (GUIDELINES §7 fractions; not 0.5 and a billion)."""
    assert [(s, v) for s, _, v, _ in read("واختلس الموظف نصف مليار ريال من الخزينة.")] == [("نصف مليار", 5e8)]


@pytest.mark.parametrize("text, surface, value", [
    ("وتراجعت مبيعات الشركة إلى النصف خلال الأزمة.", "النصف", 0.5),
    ("وارتفع عدد الزوار بأكثر من الضعف هذا الموسم.", "الضعف", 2.0),
])
def test_bare_multiple_after_to_or_more_than(read, text, surface, value):
    """«إلى النصف», «أكثر من الضعف»: a multiple reached is a ratio without total (§7 multiples)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(surface, "ratio", value)]


def test_one_time_unit_before_from(read):
    """«قبل يوم واحد من الافتتاح» is one day (a duration), not «one of» (§6)."""
    facts = read("واكتملت الأعمال قبل يوم واحد من الافتتاح الرسمي.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("واحد", "duration", 1.0)]


def test_cents_after_a_month_name(read):
    """«عقود أكتوبر 35 سنتا»: money after a contract month's name is a count, not a day of the month."""
    facts = read("وارتفعت عقود أكتوبر 35 سنتا في التعاملات المبكرة.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("35", "count", 35.0)]


def test_word_lower_bound_shares_the_multiplier(read):
    """«بين أربعين وخمسين مليون»: the multiplier said once after the upper bound scales the lower one too (§7)."""
    facts = read("وتتراوح الخسائر بين أربعين وخمسين مليون دولار سنويا.")
    assert [v for _, _, v, _ in facts] == [40e6, 50e6]


@pytest.mark.parametrize("text, surface, value", [
    ("وبدأ العزف على البيانو في سن السابعة في القاهرة.", "السابعة", 7.0),
    ("وغادر قريته وهو في الخامسة عشرة من عمره.", "الخامسة عشرة", 15.0),
])
def test_age_said_with_an_ordinal(read, text, surface, value):
    """«في سن السابعة», «في الخامسة عشرة من عمره»: an age, a duration without subject (adjudication 35)."""
    assert read(text) == [(surface, "duration", value, None)]


def test_decade_of_age_is_vague(read):
    assert read("واتضح أن الجاني شاب في العقد الثالث من العمر.") == []


@pytest.mark.parametrize("text", [
    "وكانت الوكالة أول من نشر الخبر صباح أمس.",  # «أول من» + a verb: the first to do it
    "ويتوقع أن يصبح أول لاعب عربي يفوز بالجائزة.",  # after «يصبح»
    "وتسلم أوراق اعتماده بصفته أول سفير عربي في البلاد.",  # after «بصفته» (as)
    "وقال إن الاتفاق سيكون أول «خطوة عملية» في هذا الملف.",  # a quote after the copula
])
def test_first_to_do_is_rank_one(read, text):
    """The first of a kind to do something is rank 1 with no total (decision 79)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [("أول", "rank", 1.0)]


def test_day_before_yesterday_is_no_rank(read):
    assert read("ووصل الوفد أول من أمس إلى العاصمة.") == []


@pytest.mark.parametrize("text, surface", [
    ("وتوقع المحللون أن يصل المؤشر إلى 60 في نهاية العام.", "60"),
    ("وانخفض مؤشر مديري المشتريات إلى 48.5.", "48.5"),
])
def test_bare_figure_after_to(read, text, surface):
    """«إلى 60 في …»: «إلى» (keyed like a definite word, «الى») is a preposition, so the figure after it is a
    level reached (decision 111), not a name after a definite noun («المنطقة 7 في»)."""
    assert [(s, t) for s, t, _, _ in read(text)] == [(surface, "count")]


def test_definite_dual_after_to(read):
    """«إلى الشقيقتين»: a definite dual after «إلى» is no adjective of a definite noun before it («الى» only looks
    definite)."""
    facts = read("ووجهت النيابة الاتهام إلى الشقيقتين بعد التحقيق.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("الشقيقتين", "count", 2.0)]


def test_definite_number_before_others(read):
    """«أوراق الخمسة الآخرين»: a definite number word standing for its noun before «الآخرين» counts them
    (adjudication 34), its subject the phrase after it."""
    facts = read("وأحيلت أوراق الخمسة الآخرين إلى المحكمة.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("الخمسة", "count", 5.0)]
    assert facts[0][3].split()[0] == "الآخرين"


def test_definite_number_before_a_relative_takes_the_noun_before(read):
    """«"الجنود الأسرى" الأربعة الذين …»: the number after its noun (past a quote) takes that noun (adjudication 34),
    not the relative pronoun after it."""
    facts = read('وقال إن "الجنود الأسرى" الأربعة الذين أفرج عنهم بخير.')
    assert [(s, v, subj) for s, _, v, subj in facts] == [("الأربعة", 4.0, "الجنود الأسرى")]


def test_index_level_in_words(read):
    """«فوق مستوى الأربعين»: an index level said in words is a count (decision 111)."""
    facts = read("وظل المؤشر فوق مستوى الأربعين طوال العام.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("الأربعين", "count", 40.0)]


def test_noun_with_a_nisba_dual_adjective(read):
    """«لاعبين أجنبيين»: a nisba adjective whose -يون plural is rare («أجانب» is the plural) is a dual, so the noun
    it agrees with is one too, though «لاعبون» exists (decision 74)."""
    facts = read("وتعاقد النادي مع لاعبين أجنبيين قبل بداية الموسم.")
    assert [(s, t, v) for s, t, v, _ in facts] == [("لاعبين", "count", 2.0)]


def test_numeral_after_the_nisba_pair_counts_instead(read):
    """«عسكريين تركيين اثنين»: the numeral is the fact, with the dual phrase as its subject (decision 33)."""
    assert [(s, v) for s, _, v, _ in read("وأعلنت أنقرة مقتل عسكريين تركيين اثنين في الهجوم.")] == [("اثنين", 2.0)]


def test_dual_with_glued_and_before_a_dual_relative(read):
    """«والمدربان اللذان»: the dual relative makes the definite word a dual though «و» is glued to it; the «و»
    stays outside the span (§3)."""
    assert [(s, v) for s, _, v, _ in read("والمدربان اللذان قادا الفريق غادرا النادي.")] == [("المدربان", 2.0)]


def test_the_two_after_a_dual_noun(read):
    """«المعتقلين الاثنين»: the numeral after a definite -ين noun is «the two», not Monday; the noun is its subject
    (decision 33)."""
    assert read("وأفرج عن المعتقلين الاثنين أمس.") == [("الاثنين", "count", 2.0, "المعتقلين")]


def test_the_two_standing_alone(read):
    """«التقى الاثنان»: the nominative «الاثنان» is never the weekday; no noun is stated, so no subject (34)."""
    assert read("والتقى الاثنان في الرياض أمس.") == [("الاثنان", "count", 2.0, None)]


@pytest.mark.parametrize("text", ["ويعقد الاجتماع يوم الاثنين المقبل.", "وعاد المسافرون الاثنين الماضي."])
def test_monday_is_no_fact(read, text):
    assert read(text) == []


def test_to_is_never_the_subject(read):
    """«نزول المؤشر إلى 52.»: «إلى» (keyed «الى») is no definite noun for a bare figure to be the predicate of."""
    facts = read("وتوقع المحللون نزول المؤشر إلى 52.")
    assert [(s, v) for s, _, v, _ in facts] == [("52", 52.0)]
    assert facts[0][3] is None or not facts[0][3].startswith("إلى")


@pytest.mark.parametrize("text, dual", [
    ("والتقى الوزير نظيريه الفرنسي والألماني على هامش القمة.", "نظيريه"),
    ("ويخدم المستشفى مراجعيه بقسميه الرجالي والنسائي.", "قسميه"),  # (the glued «ب» outside the span)
])
def test_dual_before_two_singular_adjectives(read, text, dual):
    """«نظيريه الفرنسي والألماني»: two singular adjectives joined by «و» after an -ين/-يه form name two things, one
    each (decision 74 «المستويين المحلي والدولي»)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(dual, "count", 2.0)]


def test_plural_before_plural_adjectives_is_no_dual(read):
    assert read("وشارك في الحفل المواطنون والمقيمون والزوار.") == []


@pytest.mark.parametrize("text", ["وافتتح المعرض أول مرة في صيف 1434 بحضور الأمير.",
                                  "وتوقفت الرحلات في شتاء 2014 بسبب الثلوج."])
def test_year_after_a_season_is_a_date(read, text):
    """«في صيف 1434»: a year named with its season is a date (§3, §7), never a count."""
    assert read(text) == []


def test_century_is_a_label(read):
    """«القرن العشرين» names a century, an ordinal label (decision 14), not a count of twenty."""
    assert read("وعاش الشاعر في منتصف القرن العشرين في بغداد.") == []


def test_indefinite_dual_seen_in_both_cases(read):
    """«هدفين»: the nominative «هدفان» is seen too, and no «هدفون», so the -ين form is the dual (decision 113: goals
    counted in words are counts)."""
    assert [(s, t, v) for s, t, v, _ in read("وسجل اللاعب هدفين في الشوط الثاني.")] == [("هدفين", "count", 2.0)]


@pytest.mark.parametrize("text", [
    "وقال إن الجميع في الوطن أسرة واحدة.",  # «one family»: unity
    "وتوقف المشروع لسبب واحد هو نقص التمويل.",  # a generic reason (decision 130)
    "ولخص الموقف بكلمة واحدة أمام الصحفيين.",  # the glued «ب»
    "وأصبح الشارع طريقا واحدا بعد التحويلة.",  # the accusative «ا»
])
def test_idiomatic_one_is_no_fact(read, text):
    """«واحد» after «أسرة/سبب/كلمة/طريق…» says «same/single», no amount (decisions 14, 130)."""
    assert read(text) == []


def test_counted_one_still_counts(read):
    assert [(s, v) for s, _, v, _ in read("وأسفر الحادث عن مقتل شخص واحد.")] == [("واحد", 1.0)]
