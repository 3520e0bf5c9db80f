"""Number detection and subjects on forms of real Arab-world news (issue 15): each rule on a sentence
written for the test (GUIDELINES §3 «General Arabic forms», §7 «Numbers» and the real-news adjudication)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def facts(number_facts):
    return number_facts


@pytest.fixture(scope="module")
def read(facts):
    """text -> [(surface, value, subject surface or None)], with every span checked against the text."""

    def run(text: str) -> list[tuple]:
        out = []
        for n in facts(text):
            subject = text[slice(*n["subject"])] if n["subject"] else None
            assert subject is None or subject == subject.strip()
            out.append((text[n["start"]:n["end"]], n["value"], subject))
        return out

    return run


def surfaces(facts: list[tuple]) -> list[tuple]:
    return [(s, v) for s, v, _ in facts]


# --- detection ---------------------------------------------------------------------------------------------

def test_wire_decimal_with_ra(read):
    """«50ر11 مليون»: the news agencies' decimal, fraction first, is 11.5 million."""
    assert surfaces(read("دفع النادي 25ر7 مليون دولار للاعب")) == [("25ر7 مليون", pytest.approx(7.25e6))]


def test_percent_sign_after_fi(read):
    assert surfaces(read("وهبط المؤشر العام 1.2 في % خلال الجلسة")) == [("1.2 في %", 1.2)]


def test_bare_figure_that_is_the_value_of_a_stated_metric(read):
    """A figure after a definite noun counts when the clause stated a metric or a distribution before it."""
    got = read("أما عدد المستفيدين من الكبار 640 وكان الباقون صغارا. وتوزعت الحالات بين الرجال 120 والنساء 95 .")
    assert surfaces(got) == [("640", 640), ("120", 120), ("95", 95)]
    assert read("وقع الحادث في المنطقة 9 دون إصابات") == []  # a name, with no metric before it


def test_contact_numbers_are_no_facts(read):
    assert read("للاستفسار أرسل رسالة نصية إلى 74123 أو اتصل على 920011") == []
    assert read("للاشتراك أرسل sms تبدأ بالرمز 31") == []


def test_feminine_duals_as_common_as_a_fifth_of_their_singular(read):
    assert surfaces(read("زار الطبيب المريض مرتين")) == [("مرتين", 2)]


def test_masculine_dual_whose_form_is_unseen(read):
    """A dual the word counts never saw: no plural in -ون was seen either; the singular is found under its hamza."""
    assert surfaces(read("أعلن الجيش السيطرة على اقليمين حدوديين")) == [("اقليمين", 2)]


def test_definite_ين_form_after_a_definite_noun_is_an_adjective(read):
    assert read("استقبل المستشفى المرضى المرافقين لذويهم") == []


def test_adjective_of_a_construct_dual(read):
    assert surfaces(read("أقامت البلدية نقطتي تفتيش مؤقتتين")) == [("نقطتي", 2)]


# --- subjects ----------------------------------------------------------------------------------------------

def test_change_named_by_a_direction_noun_and_the_level_it_reaches(read):
    got = read("وأظهر التقرير ارتفاع عدد الزوار بنسبة 12 في المائة لتبلغ 900 ألف زائر مقارنة بارتفاع بنسبة 5 في المائة.")
    assert [s for _, _, s in got] == ["عدد الزوار"] * 3


def test_subject_after_that_may_hold_prepositional_phrases(read):
    got = read("وأوضح أن حجم صادرات المصانع إلى الخارج وصل إلى 40 مليار ريال.")
    assert got[0][2].startswith("حجم صادرات")


def test_amount_verbs_take_the_metric_not_the_currency(read):
    got = read("وفرضت المحكمة غرامة على الشركة قدرها 500 ألف درهم. وعثر معه على مبالغ نقدية قدرت بحدود 20 ألف ريال.")
    assert [(s, subj) for s, _, subj in got] == [("500 ألف", "غرامة على الشركة"), ("20 ألف", "مبالغ نقدية")]


def test_reaching_verb_right_before_the_figure(read):
    got = read("وأغلقت الفرق المداخل البالغة 12 مدخلا.")
    assert got[0][2] == "المداخل"
    got = read("واختتم المعرض أعماله، وبعدد زوار بلغ 4100 زائر.")  # the metric, its proclitics left out
    assert got[0][2] == "عدد زوار"


def test_subject_of_a_bare_figure_in_a_nominal_sentence(read):
    got = read("أما عدد الطلاب المقبولين 350 ، وكان الناجحون منهم 300 فقط.")
    assert [(s, subj) for s, _, subj in got] == [("350", "عدد الطلاب المقبولين"), ("300", "الناجحون منهم")]


def test_any_currency_after_bimablagh_gives_no_subject(read):
    assert read("عرض النادي بمبلغ 40 مليون جنيه على اللاعب")[0][2] is None


# --- second pass (issue 15): detection ----------------------------------------------------------------------

def test_ten_takes_no_tens_after_it(read):
    """«عشر وعشرين» is two figures (ten and twenty), not thirty; «ثلاث وعشرين» stays 23."""
    assert surfaces(read("سيتغير السوق خلال عشر وعشرين سنة")) == [("عشر", 10), ("عشرين", 20)]
    assert surfaces(read("سافر ثلاث وعشرين مرة")) == [("ثلاث وعشرين", 23)]


def test_figure_after_spelt_latin_letters_is_a_model_name(read):
    assert surfaces(read("تسلم الجيش منظومة اس 400 و6 رادارات")) == [("6", 6)]
    assert surfaces(read("شاركت طائرات إف 16 في الغارة")) == []


def test_double_prime_closes_a_quoted_name(read):
    assert read("اشترت الشركة طائرات “إيرباص 380″ الجديدة") == []


def test_one_of_the_two(read):
    """«أحد المنزلين»: «أحد» does not count the dual after it as a plural would be counted."""
    assert surfaces(read("سقط سقف أحد المصنعين اللذين احترقا")) == [("المصنعين", 2)]


def test_definite_dual_after_a_split_lam(read):
    """«للعامين» is tokenized «ل» + «لعامين»: the article comes back before the dual list is read."""
    assert surfaces(read("أقر المجلس الخطة للعامين القادمين")) == [("لعامين", 2)]


def test_construct_dual_before_a_quoted_name(read):
    assert surfaces(read("ونشرت مجلتا \"الأسبوع\" و\"الوطن\" التقرير")) == [("مجلتا", 2)]


def test_nominative_dual_ending_after_a_genitive_word_is_no_dual(read):
    """«إلى صوران»: after a preposition a dual ends in -ين; the -ان form is a name or a singular."""
    assert read("انسحب المقاتلون من القرية إلى صوران شمالا") == []
    assert surfaces(read("وأصيب شرطيان في الهجوم")) == [("شرطيان", 2)]


def test_construct_form_of_two_is_no_number_alone(read):
    assert read("يمنع التمييز على أساس الدين أو الأصل الإثني.") == []


def test_wahid_before_a_definite_noun_is_one_of(read):
    """«واحد المسارحة» is «و» + «أحد» glued to a name; «مركز واحد» after its noun still counts (a negated «لا
    يوجد … مركز واحد» is «not a single one», decision 130: tests/test_numbers_real17.py)."""
    assert read("وصل السيل إلى جازان واحد المسارحة") == []
    assert surfaces(read("يوجد في الحي مركز واحد للشباب")) == [("واحد", 1)]


# --- second pass (issue 15): subjects -----------------------------------------------------------------------

def subjects(facts: list[tuple]) -> list[tuple]:
    """(surface, first word of the subject): what the scorer compares (GUIDELINES §5)."""
    return [(s, subj.split()[0] if subj else None) for s, _, subj in facts]


def test_a_name_in_fi_is_no_glued_verb(read):
    """«فيصل» is a name, not «ف» + «يصل» (reaches): the figure after it keeps its own noun."""
    assert subjects(read("وصرح الأمير فيصل أن 30 متطوعا شاركوا")) == [("30", "متطوعا")]


def test_quotes_and_brackets_of_emphasis_around_a_figure(read):
    got = read("وفر المعرض «350» وظيفة، وقال إن \"40%\" من الزوار نساء، وأصيب (7) منهم من عمال البناء و(3) من الحراس.")
    assert subjects(got) == [("350", "وظيفة"), ("40%", "الزوار"), ("7", "عمال"), ("3", "الحراس")]


def test_two_after_its_noun(read):
    assert subjects(read("واعتقلت القوات مهربين اثنين قرب الحدود")) == [("اثنين", "مهربين")]


def test_rank_before_a_superlative_takes_the_superlative_phrase(read):
    assert subjects(read("زار الوفد حلب (ثالث أكبر الأسواق في المنطقة)")) == [("ثالث", "أكبر")]


def test_settled_at_gives_the_metric(read):
    assert read("واستقر مؤشر البورصة عند 7200 نقطة.")[0][2] == "مؤشر البورصة"


def test_relative_clause_after_a_comma_takes_its_antecedent(read):
    assert subjects(read("الرطوبة، التي تصل إلى 90 درجة، ترهق السكان.")) == [("90", "الرطوبة")]


def test_level_after_a_change_with_a_qualifier(read):
    """«بنسبة 9 في المائة لتبلغ نحو 3 ملايين»: the level and the next change take the change's subject."""
    got = read("وزاد عدد المسافرين بنسبة 9 في المائة لتبلغ نحو 3 ملايين مسافر مقارنة بارتفاع بنسبة 4 في المائة.")
    assert [subj for _, _, subj in got] == ["عدد المسافرين"] * 3


def test_ratio_noun_glued_to_ba_is_the_subject(read):
    """«بنسبة إنجاز بلغت 95%»: with a complement the subject is «نسبة إنجاز», its «ب» left out; a bare «وبنسبة
    بلغت 12%» after a change is read like «بنسبة 12%», the changed metric (decision 96; test_numbers_real19)."""
    got = read("وانتهى المشروع بنسبة إنجاز بلغت 95 في المائة، وارتفعت الصادرات وبنسبة بلغت 12 في المائة.")
    assert [(s, subj) for s, _, subj in got] == [("95 في المائة", "نسبة إنجاز"), ("12 في المائة", "الصادرات")]


def test_wearing_is_no_rebound(read):
    facts = read("وافق اللاعب على ارتداء القميص مقابل 5 ملايين دولار")
    assert subjects(facts) == [("5 ملايين", "دولار")]


def test_participle_of_reaching_after_and(read):
    assert subjects(read("وافتتحت البوابات والبالغة 12 بوابة")) == [("12", "البوابات")]


# --- third pass (issue 15): predicates, amounts, restatements and lists -------------------------------------

def test_subject_after_fima(read):
    """«فيما الحالات السلبية بلغت 880»: «فيما» (while) opens the predicate's subject, it is not part of it."""
    got = read("وبلغت الحالات الإيجابية 120 حالة، فيما الحالات السلبية بلغت 880 حالة.")
    assert subjects(got) == [("120", "الحالات"), ("880", "الحالات")]


def test_its_height_is_no_rise(facts):
    """«أمواج ارتفاعها 6 أمتار»: «ارتفاع» with a possessive is a height, not a change; the height is the subject
    (decision 365, twentieth pass: the gold writes «<<ارتفاعه>> {{ثلاثة}} أمتار»)."""
    text = "ضربت الساحل أمواج ارتفاعها 6 أمتار."
    got = facts(text)
    assert [(n["change"], text[slice(*n["subject"])]) for n in got] == [(None, "ارتفاعها")]


def test_more_than_n_times_takes_the_metric(read):
    assert subjects(read("أعلن المصنع أن مبيعاته زادت بأكثر من ثلاثة أضعاف هذا العام")) == [("ثلاثة أضعاف", "مبيعاته")]


def test_amount_restating_a_reaching_verb(read):
    """«وبلغ صافي الربح …، مبلغ 300 مليون ريال»: «مبلغ» after «بلغ X» is X's figure (§7: the metric), unlike
    «بمبلغ» (null)."""
    got = read("وبلغ صافي الربح للربع الأول، مبلغ 300 مليون ريال. وذكرت أن إجمالي الديون بلغ في 31 مارس مبلغ 12 مليار ريال.")
    assert subjects(got) == [("300 مليون", "صافي"), ("12 مليار", "إجمالي")]


def test_metric_noun_phrase_before_a_figure_with_its_unit(read):
    """«وعدد الزيارات الميدانية 340 زيارة»: a nominal sentence with a metric noun; the metric, not the unit."""
    got = read("نفذت البلدية 50 جولة، وعدد الزيارات الميدانية 340 زيارة، ومجموعها تقريباً 9 آلاف ريال.")
    assert subjects(got) == [("50", "جولة"), ("340", "عدد"), ("9 آلاف", "مجموعها")]


def test_reaching_verb_with_a_long_metric(read):
    got = read("فيما بلغ عدد الطلاب الذين التحقوا في برامج الصيف 4500 طالب.")
    assert subjects(got) == [("4500", "عدد")]


def test_money_after_its_noun_in_a_list_or_a_comparison(read):
    """«ويبلغ سعر الأرز 5 ريالات والسكر 4 ريالات»; «مقابل صافي ربح 20 مليون ريال»; a bare «مقابل 750 مليون
    ريال» takes the metric of the amount it is compared with."""
    got = read("ويبلغ سعر كيلو الأرز 5 ريالات والسكر 4 ريالات.")
    assert [(s, subj) for s, _, subj in got] == [("5", "سعر كيلو الأرز"), ("4", "السكر")]
    got = read("سجلت الشركة صافي خسارة بلغ 50 مليون ريال مقابل صافي ربح 20 مليون ريال للعام الماضي.")
    assert subjects(got)[1] == ("20 مليون", "صافي")
    got = read("بلغت الإيرادات 900 مليون ريال، مقابل 750 مليون ريال في العام الماضي.")
    assert subjects(got) == [("900 مليون", "الإيرادات"), ("750 مليون", "الإيرادات")]


def test_casualty_lists_count_no_noun(read):
    """«مقتل 4 وإصابة 11»: the word after the figure starts the next item; «نحو 30 يتلقون»: a verb follows."""
    got = read("أسفر الانفجار عن مقتل 4 وإصابة (11) آخرين، وإصابة نحو 30 يتلقون العلاج.")
    assert subjects(got)[0] == ("4", None) and subjects(got)[2] == ("30", None)


def test_bracketed_restatement_has_no_subject(read):
    """«2 دولار (7.5 ريال)»: the bracketed figure restates the one before it (§3: null)."""
    got = read("ويبلغ سعر اللتر 2 دولار (7.5 ريال) في السوق.")
    assert subjects(got) == [("2", "سعر"), ("7.5", None)]


def test_amount_after_a_direction_noun_is_the_change(facts):
    """«ارتفاع تكاليف الشحن ب 40 مليون ريال», «والزيادة في رواتب الموظفين بمبلغ 12 مليون ريال»."""
    text = "وتعود الخسارة إلى ارتفاع تكاليف الشحن ب 40 مليون ريال، والزيادة في رواتب الموظفين بمبلغ 12 مليون ريال."
    got = facts(text)
    assert [(n["change"], text[slice(*n["subject"])].split()[0]) for n in got] == [("increase", "تكاليف"),
                                                                                 ("increase", "رواتب")]


def test_dual_noun_with_adjective_before_two(read):
    assert subjects(read("أعلنت الوزارة مقتل عسكريين أردنيين اثنين")) == [("اثنين", "عسكريين")]


def test_reaching_verb_before_a_bracketed_figure(read):
    assert subjects(read("نفذت الأمانة أعمال التطوير بأطوال تقارب (60 كيلومترا) داخل المدينة")) == [("60", "أطوال")]


def test_compared_percent_takes_the_metric(read):
    got = read("وبلغ متوسط العائد 8.5 في المئة مقارنة مع 6.1 في المئة في العام السابق.")
    assert subjects(got) == [("8.5 في المئة", "متوسط"), ("6.1 في المئة", "متوسط")]


def test_items_of_a_list_after_a_reaching_verb_take_their_noun(read):
    """«بلغت الكمية المرفوضة … “52” مليون وحدة، والحبوب المخدرة “9” ملايين حبة»: each item its own metric."""
    got = read("بينما بلغت الكمية المرفوضة لعدم مطابقتها للمواصفات والمقاييس “52” مليون وحدة، والحبوب المخدرة “9” ملايين حبة.")
    assert subjects(got) == [("52” مليون", "الكمية"), ("9” ملايين", "الحبوب")]


def test_subject_after_that_holds_a_ma_clause(read):
    got = read("وأوضح التقرير أن إجمالي ما تم ضبطه من المواد المقلدة والمغشوشة بلغ 30 مليون وحدة.")
    assert subjects(got) == [("30 مليون", "إجمالي")]


def test_misspelt_percent_marker_is_a_change(facts):
    text = "وارتفع عدد المحاضر بنسبه 40% مقارنة بالربع الأول."
    got = facts(text)
    assert [(n["change"], text[slice(*n["subject"])].split()[0]) for n in got] == [("increase", "عدد")]


def test_estimates_and_exceeding_verbs_take_their_metric(read):
    """Decision 55: «قُدّرت حصيلتهم بأكثر من 300»; «قدرت السلطات عدد الزوار بنحو مليون زائر»; «عدد المعلمين يفوق
    الخمسين معلماً» (a metric subject); «حساب يفوق 200 ألف متابع» keeps the counted noun."""
    got = read("قُدّرت حصيلتهم الأولية بأكثر من 300 قتيل وجريح.")
    assert subjects(got) == [("300", "حصيلتهم")]
    got = read("وقدرت السلطات المحلية عدد الزوار الذين حضروا الاحتفال بنحو مليون زائر.")
    assert subjects(got) == [("مليون", "عدد")]
    got = read("وتقدر الخسائر الإجمالية بحوالي 9 مليارات ريال.")
    assert subjects(got) == [("9 مليارات", "الخسائر")]
    assert subjects(read("لدى الوزارة حساب يفوق 200 ألف متابع")) == [("200 ألف", "متابع")]


def test_a_bracketed_breakdown_keeps_its_nouns_and_yen_is_money(read):
    got = read("ضبطت الشرطة عصابة من 12 شخصاً (4 رجال و8 نساء).")
    assert subjects(got) == [("12", "شخصاً"), ("4", "رجال"), ("8", "نساء")]
    got = read("سجلت اليابان فائضا بلغ 60 مليار ين مقابل عجز قدره 80 مليار ين قبل عام.")
    assert subjects(got)[1] == ("80 مليار", "عجز")


def test_metric_head_inside_the_phrase_before_a_reaching_verb(read):
    """«سجلت الشركة في الربع الأول إجمالي أرباح بلغت …»: the metric noun heads the verb's subject."""
    got = read("حيث سجلت الشركة في الربع الأول إجمالي أرباح تشغيلية بلغت 700 مليون ريال.")
    assert subjects(got) == [("700 مليون", "إجمالي")]


def test_imperfect_reaching_verb_after_an_indefinite_noun_describes_it(read):
    """«لسداد متأخرات تبلغ نحو 300 مليون دولار», «مبالغ مالية تصل إلى 20 ألف ريال»: the noun (and its adjective)."""
    got = read("ينتظر البنك سداد قروض الحكومة انتظارا لسداد متأخرات تبلغ نحو 300 مليون دولار.")
    assert subjects(got) == [("300 مليون", "متأخرات")]
    got = read("تشمل العقوبات تغريم مبالغ مالية تصل إلى 20 ألف ريال.")
    assert subjects(got) == [("20 ألف", "مبالغ")]


def test_a_verb_after_the_figure_or_a_plural_predicate_leaves_no_noun(read):
    """«لتدريب 900 تشمل الأطباء»: a verb follows the figure; «إن الخمسة متورطون»: the number stands alone."""
    assert subjects(read("تنظم الوزارة 12 دورة لتدريب 900 تشمل الأطباء والممرضين")) == [("12", "دورة"), ("900", None)]
    assert subjects(read("وتقول الشرطة إن الخمسة متورطون في السرقة")) == [("الخمسة", None)]
    assert subjects(read("يعاني 20 مليون يمني لا يحصلون على الماء")) == [("20 مليون", "يمني")]


def test_a_rate_that_is_no_change_measures_the_noun_before_its_marker(read):
    """«تعرفة جمركية موحدة بواقع 5 في المئة», «رسومها الجمركية نحو 7 في المئة»; under a rank, none (decision 96)."""
    assert subjects(read("اتفقت الدول على تعرفة جمركية موحدة بواقع 5 في المئة على السلع")) == [("5 في المئة", "تعرفة")]
    assert subjects(read("أضيفت الأقمشة إلى قائمة رسومها الجمركية نحو 7 في المئة")) == [("7 في المئة", "رسومها")]
    assert subjects(read("وجاءت جدة في المرتبة الثانية بنسبة 15 في المائة.")) == [("الثانية", None), ("15 في المائة", None)]


def test_level_after_a_direction_noun_takes_its_metric(read):
    got = read("وأعلنت الوزارة ارتفاع أعداد المراجعين في المستشفيات إلى نحو 3 آلاف مراجع يوميا.")
    assert subjects(got) == [("3 آلاف", "أعداد")]


def test_group_members_ages_and_measure_nouns(read):
    """«قتل 6 من جماعة …»: members of one group, null; «فتى في الـ13 من العمر»: an age, null; «نسبة 7%»,
    «مشروع حجمه ملياران»: the measure noun right before the figure (unless «من NP» follows)."""
    assert subjects(read("وفي غضون ذلك قتل 6 من جماعة مسلحة في الاشتباك")) == [("6", None)]
    assert subjects(read("نشر فيديو لفتى في الـ13 من العمر يتعرض للضرب")) == [("13", None)]
    assert subjects(read("وتبقى نسبة 7% الحد الأعلى")) == [("7%", "نسبة")]
    assert subjects(read("تنفذ الشركة مشروعا حجمه 3 مليارات دولار")) == [("3 مليارات", "حجمه")]
    assert subjects(read("تحافظ على نسبة 100% من السفن المزودة بالأجهزة")) == [("100%", "السفن")]
