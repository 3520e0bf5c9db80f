"""Number detection from the thirty-second pass over real news (not duals), fitted on real-train, each on a sentence
written for the test: index names, exchange-rate bases, a day before «ليلة», year-shaped counts after «و» or in
brackets, «100 في المائة» as an intensifier (decision 187), numbered idioms with a possessive head (decision 14),
banknote denominations, hotel classes and cup rounds, the verb «تسع», Security Council resolutions, and thousands
dots before two decimals."""
from __future__ import annotations

import pytest

from pipeline.numbers.parse import parse_digits


def facts(number_facts, text: str) -> list[tuple[str, float]]:
    return [(text[n["start"]:n["end"]], n["value"]) for n in number_facts(text)]


def surfaces(number_facts, text: str) -> list[str]:
    return [s for s, _ in facts(number_facts, text)]


@pytest.mark.parametrize("text, kept", [
    ("وصعد مؤشر فوتسي 100 البريطاني 0.4 في المائة أمس.", ["0.4 في المائة"]),
    ("وأغلق مؤشر داو جونز 30 عند مستوى قياسي.", []),
    ("وتراجع مؤشر نيكي 225 لأسهم الشركات اليابانية.", []),
])
def test_figure_closing_an_index_name(number_facts, text, kept):
    """«مؤشر يوروفرست 300», «مؤشر ستوكس يوروب 600»: the figure after «مؤشر» + a one- or two-word name is part of
    the name (§3 names), while the change after it stays a percent."""
    assert surfaces(number_facts, text) == kept


def test_index_level_stays_a_count(number_facts):
    """«استقر المؤشر عند 1333 نقطة»: a level is a count (decision 111), untouched by the index-name rule."""
    assert surfaces(number_facts, "واستقر المؤشر عند 1333 نقطة.") == ["1333"]


def test_exchange_rate_base(number_facts):
    """«بلغ 512 ريالا مقابل 100 دولار»: the round figure between «مقابل» and a currency, after another currency,
    is the base the rate is quoted for, like «لكل 100» (§3 rate bases); the price stays."""
    assert surfaces(number_facts, "وبلغ سعر الصرف أمس 512 ريالا مقابل 100 دولار أمريكي.") == ["512"]


def test_price_after_for_stays(number_facts):
    """«باع السيارة مقابل 100 ألف ريال»: an amount paid after «مقابل» is a fact."""
    assert surfaces(number_facts, "وباع سيارته مقابل 100 ألف ريال.") == ["100 ألف"]


def test_day_before_night(number_facts):
    """«في يوم 14 ليلة 15 شعبان»: the day before «ليلة» is a date, not a count of nights (§3 dates)."""
    assert surfaces(number_facts, "وقال إنه في يوم 14 ليلة 15 شعبان غادر منزله.") == []


@pytest.mark.parametrize("text, figure", [
    ("وضبطت الشرطة 3 بنادق و1950 طلقة في المخزن.", "1950"),
    ("وأقيمت ضمن (2010) مناسبة شملت المدن كلها.", "2010"),
])
def test_year_shaped_count_after_and_or_in_brackets(number_facts, text, figure):
    """«و2000 طلقة», «(2000) فعالية»: a year-shaped figure after «و» that follows a word, or alone in brackets,
    before a bare indefinite noun counts that noun."""
    assert figure in surfaces(number_facts, text)


@pytest.mark.parametrize("text", [
    "وتولى المنصب بين عامي 1998 و2003 مرتين.",
    "وأسست الجمعية في باريس (1910) وهي أقدم جمعية.",
])
def test_years_after_and_or_in_brackets_stay_dates(number_facts, text):
    """A year after «عامي 1998 و» or in brackets before a clause is a date, no count."""
    assert not {"2003", "1910"} & set(surfaces(number_facts, text))


@pytest.mark.parametrize("text", [
    "وأكد أن المنطقة أصبحت آمنة مائة في المائة.",
    "وقال إن موقف النادي سليم 100 في المائة من الناحية القانونية.",
])
def test_intensifying_hundred_percent(number_facts, text):
    """«آمنة مائة في المائة», «سليم 100 في المائة»: «completely», no fact (decision 187)."""
    assert surfaces(number_facts, text) == []


def test_measured_hundred_percent_stays(number_facts):
    """«بلغت نسبة الإنجاز 100%»: a percentage that measures completion is a fact (decision 187)."""
    assert surfaces(number_facts, "وبلغت نسبة الإنجاز 100% في المشروع.") == ["100%"]
    assert surfaces(number_facts, "وقامت 100% من الأسر بتسجيل أبنائها.") == ["100%"]


@pytest.mark.parametrize("text", [
    "وتقدمت القوات نحو المدينة من جهاتها الأربع.",
    "ويحب الشاعر بلاده بجهاتها الأربع دون تفريق.",
])
def test_numbered_idiom_with_a_possessive(number_facts, text):
    """«الجهات الأربع» is an idiom (decision 14), and so is «جهاتها الأربع» with the possessive."""
    assert surfaces(number_facts, text) == []


@pytest.mark.parametrize("text", [
    "وطرح البنك المركزي ورقة نقدية جديدة من فئة الألف دينار.",
    "وطبعت الشركة أوراقا من فئة عشرة دنانير.",
    "ويضم المشروع فندقا بمستوى خمس نجوم على الشاطئ.",
    "وتأهل الفريق إلى دور الثمانية من البطولة.",
])
def test_class_labels(number_facts, text):
    """A banknote's denomination, a hotel's class and a cup round name a kind of thing and count nothing (§3 names,
    decision 14 labels)."""
    assert surfaces(number_facts, text) == []


def test_stars_without_a_rating_head_count(number_facts):
    """«غاب ثلاثة نجوم عن المباراة»: players are counted; only a hotel or a rating before makes it a class."""
    assert surfaces(number_facts, "وغاب ثلاثة نجوم عن المباراة.") == ["ثلاثة"]


@pytest.mark.parametrize("text", [
    "وأكد أن الحكومة لم تسع إلى التصعيد مع جيرانها.",
    "والقاعة تسع للمئات من الزوار.",
])
def test_verb_nine(number_facts, text):
    """«لم تسع», «تسع للمئات»: the verb «to seek / to hold», not nine."""
    assert surfaces(number_facts, text) == []


def test_nine_before_a_noun_counts(number_facts):
    assert facts(number_facts, "وانتظر المسافرون تسع ساعات في المطار.") == [("تسع", 9.0)]


def test_security_council_resolution_numbers(number_facts):
    """«قرار مجلس الأمن 2216», «قراري مجلس الأمن 242 و338»: resolution numbers, identifiers (§3)."""
    assert "1701" not in surfaces(number_facts, "وطالب بتنفيذ قرار مجلس الأمن 1701 الصادر عام 2006.")
    assert not {"181", "194"} & set(surfaces(number_facts, "ودعا إلى تطبيق قراري مجلس الأمن 181 و194، وهو مطلب قديم."))
    assert surfaces(number_facts, "وعقد مجلس الأمن 12 جلسة هذا الشهر.") == ["12"]


def test_processor_model(number_facts):
    """«معالج سنابدراجون 810»: a model name, like «آيفون 7» (§3 names)."""
    assert surfaces(number_facts, "ويعمل الهاتف بمعالج سنابدراجون 810 الجديد.") == []


@pytest.mark.parametrize("surface, value", [
    ("97.151.502.13", 97151502.13),
    ("310.000.000.00", 310000000.0),
    ("1.900.000", 1900000.0),
])
def test_thousands_dots_before_two_decimals(surface, value):
    """«97.151.502.13»: a last group of two digits after thousands dots is the decimal part."""
    assert parse_digits(surface) == value


def test_thousands_dots_then_four_digits_is_no_number():
    """«1.234.5678»: thousands dots cannot end in a four-digit group, nor is it a decimal; no value is read."""
    assert parse_digits("1.234.5678") is None
    assert parse_digits("1.234.5") == 1234.5
