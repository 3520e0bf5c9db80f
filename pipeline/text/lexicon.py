"""The word lists more than one rule reads, each defined once: proclitics, metric verbs, month names.

Lists that one rule alone reads stay with that rule (`numbers/parse.py` vocabulary, `numbers/detect.py`
exclusions, `numbers/link.py` qualifiers, `frames/*`). Sets of keys are built with `keys` (the
`word_key` form the rules compare words under).
"""
from __future__ import annotations

from pipeline.text.chars import word_key


def keys(*words: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in words)


# the proclitics the tokenizer separates (README, tokenizer); the sets below add their written variants
PROCLITIC_LETTERS = ("و", "ف", "ب", "ل", "ك")
PROCLITIC_KEYS = keys(*PROCLITIC_LETTERS)  # numbers.detect: a proclitic word before a figure
PROCLITIC_TOKENS = frozenset({*PROCLITIC_LETTERS, "بـ", "لـ"})  # numbers.link: words skipped as proclitics
GLUED_PROCLITICS = frozenset({*PROCLITIC_LETTERS, "وب", "ول", "فب", "فل"})  # frames.context: glued before an entity
PROCLITIC_GLUE = keys("ل", "لـ", "ب", "بـ", "في", "و")  # frames.relations: what may join two mentions
SPAN_PROCLITICS = ("", "وب", "ول", "و", "ف", "ب", "ل")  # frames.triggers: left out of a raw span, longest first
QUOTES = frozenset({"«", "»", '"', "“", "”"})  # the quote marks of Arabic news copy (frames: names, charges)
OPENING_QUOTES = frozenset({"«", "“", '"'})  # those that may open a quote (numbers: a quoted name; frames: a charge)
COMMAS = ("،", ",")  # the Arabic and the Latin comma (numbers, frames: a clause or list boundary)
TO = keys("إلى", "الى")  # «إلى»: a level or place reached, a verbal noun's object, the addressee (numbers, frames)
THAT = keys("أن", "إن")  # «قال X إن …»: what follows is said, not done, by the speaker (frames)
PRONOUN_THAT = keys("أنه", "أنها", "إنه", "إنها")  # «فأعلنت أنها أصدرت»، «أنه التقى»: a pronoun subject after «أن/إن»
FUTURE = keys("سوف")  # the future particle: «الطلب سوف يصل» (no part of a subject), «بحلول 2016 سوف» (ahead)
WAS = keys("كان", "كانت")  # the auxiliary before a verb or a predicate («الوزارة كانت قد نظمت»)
RELATIVE_AUX = WAS | keys("قد")  # between «الذي» and its verb («الذي كان قد أصدره»، «الذي قد أوقف»)
THAT_CLAUSE = THAT | keys("بأن", "فإن", "وأن", "وإن")  # the same with a proclitic: «قال … بأن …» opens a reported clause (numbers)
PROCLITIC_SPLITS = frozenset({*PROCLITIC_LETTERS, "لـ", "بـ", "وب", "ول"})  # split-off proclitics: never inside an entity
# words that open like a proclitic before a commoner word yet are one word of their own: «بليون» (billion) is no
# «ب» + «ليون» (Lyon), «لترا/لترين» (litres) no «ل» + «ترا/ترين»; text.proclitics keeps them whole and splits only
# a conjunction before them («وبليون» → «و» + «بليون»)
KEPT_WHOLE = frozenset({"بليون", "لترا", "لترين", "لتران"})

# metric verbs: the figure is the predicate of the metric before it («بلغ عدد الحالات 120»)
METRIC_VERBS = ("البالغ", "بلغ", "وصل", "يبلغ", "تبلغ", "يصل", "تصل", "انخفض", "ارتفع", "تراجع", "زاد", "سجل", "هبط", "نزل",
                "صعد", "قفز", "تجاوز", "يتجاوز", "تخطى", "استقر")  # «استقر المؤشر عند 1333 نقطة»
METRIC_VERBS_CLAUSE_END = ("البالغ", "والبالغ", "بلغ", "يبلغ", "تبلغ", "وصل", "يصل", "تصل", "سجل")  # «بلغ عدد الحالات 120.»: the figure ends the clause

MONTHS = keys("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين")

# relative dates that frame date slots take as written (GUIDELINES §7 decision 21): «السبت الماضي»، «بعد ظهر أمس»
WEEKDAYS = keys("السبت", "الأحد", "الاثنين", "الإثنين", "الأثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
DEICTIC_DAYS = keys("أمس", "امس", "اليوم", "غدا", "غداً", "غد", "البارحة")  # «بعد غد»، «يوم غد الجمعة»
DAY_PARTS = keys("صباح", "مساء", "ظهر", "عصر", "فجر", "ليلة", "ليل", "منتصف", "بعد", "قبل", "يوم")
DAY_WORDS = DEICTIC_DAYS | DAY_PARTS | WEEKDAYS  # the words that tell a day («أمس»، «صباح»، «الخميس»)
YEAR_NOUNS = keys("عام", "العام")  # «في عام 2013»، «بحلول عام 2025»: the noun a year follows (frames; numbers.link adds «سنة»)
RELATIVE_AFTER = keys("الماضي", "المقبل", "القادم", "الفائت")
# adverbs that stand inside a clause without changing what it links («الذي يشغل أيضا منصب»، «بلغت آنذاك 24.57»)
ASIDE_ADVERBS = keys("أيضا", "آنذاك", "حينها", "حاليا", "سابقا")
NEXT = keys("المقبل", "المقبلة", "القادم", "القادمة")  # «العام المقبل»، «الاجتماع القادم»: still ahead (target, meeting)
