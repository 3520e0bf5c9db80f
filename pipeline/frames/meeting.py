"""meeting: a conference or meeting held by an ORG (عقد/نظم … مؤتمرًا/اجتماعًا/ورشة عمل), with its date,
chair (the person after ترأس/برئاسة), attendees (people the text places there) and location.

On real news a meeting also opens on a meeting of named people with no host (GUIDELINES §7: «اجتمع/لقاء»):
«خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء X»، «إنه التقى الوزير Y»، «من المقرر أن يلتقي الوفد
بالوزير Z»، «لقاء مفتوحا يجمع X مع Y». Its attendees are the person the sentence names before the trigger
(the one who met) and those named after it in its clause (one named participant after it is needed: «الأشخاص
الذين التقى بهم» names none); a speaker «قال X في افتتاح قمة …»، «X متحدثاً خلال المؤتمر الصحافي» attends
(§7 decisions 20, 36) when a verb of speaking stands before the noun («واصل نور ظهوره في قمة الجولة» is no
meeting). A meeting reported with a verb of taking place after it opens one too, definite or not (decision
36): «مؤتمر لتخطيط المدن انعقد في سنغافورة»، «المحادثات التي جرت في موسكو في يناير». A reception
(«استقبل») opens none, nor a purpose («للقاء الرئيس»، «بهدف عقد اجتماع», decision 37).

Real news also reports a meeting as talks conducted («وسيجري محادثات مع X»), an interview «لقاء … مع X», a
sitting of a parliament or council («دورة استثنائية»، «الدورة (31) لمجلس X»), a host named after the noun
(«الجلسة التي عقدتها لجنة X»); dates as real news writes them (day ranges, Hijri months, «الموافق» a second
date, the next week); a gathering to bid farewell opens none (decisions 81, 97, 99).

A meeting is also reported by a verb of starting before its noun with only a date or place between («بدأ أمس
الاجتماع السنوي …»), by a fronted phrase at it whose clause names a person («وخلال الجلسة …، استعرض الوزير X»), by
the person who gives a talk («قدم X ندوة») and by a chair after it («الاجتماع الذي يرأسه أمير المنطقة»: an office
stands for the person named before who holds it); a meeting noun with a pronoun belongs to the body before it
(«الكونجرس، وعبر اجتماعه»), and a court session to the court named earlier when its sentence names the court or
judge by a bare word (decisions 20, 22, 36, 62, 97, 118, 119, 135).

The first meeting of an article is the one it reports on and takes the attendance sentences («بحضور …»)
wherever they are; a later trigger opens a frame of its own only when it reports another meeting by itself
(its own participants, host, place or date in its sentence), never as a definite repeat («في المؤتمر»).

Bodies after «بالتنسيق مع» hold it with its organizer, persons joined to its chair by «و» chair it; the article's
meeting takes a relative date elsewhere after its noun in its clause; a meeting of named people takes the place its
participant travels to, and its companions and receivers attend; a later mention with its participants' pronoun
(«X وY اجتماعهما») places them at it; a place that hosts it («استضافته X») is its location (decisions 36, 106, 118,
133).

The person who holds a meeting, named between the verb of holding and its noun, attends it with the person a talk
is held with after «مع»; the persons of a later sentence about a paper given or discussed at the article's meeting
attend it (decisions 36, 62, 98, 133).

A person who attends is there at the first mention of the person in the article, under the same name or a
longer one before it whose last words or first word are the name used (decisions 211, 227).

A verb of taking place after the noun dates it by the day right after it, over a place («مؤتمر صحافي عقده في جدة
أمس»), and places it in a body named after «بـ/في» there («عقده أمس بوزارة X»); with no named subject after it the
person of the sentence holds it and attends, with the person it is held with after «مع»; a speaker at a later mention
(«وأشار X خلال المؤتمر الصحفي») attends; a body that hosts it before its noun organizes it, a place is its location
(decisions 21, 36, 62, 97, 118, 211, 345).

A verb of conducting reaches its noun over the person who conducts the talks and a relative date («يجري رئيس الحكومة
X اليوم مباحثات مع …»); an office with no name that holds a meeting stands for its holder named before; «حيث/كما» +
a verb of holding or conducting with no subject takes the sentence's person and the place he travels to; «اجتماع
عقده بمديري … أمس» is dated over its «بـ» phrase; a later «الاجتماع الذي عُقد + date» dates the meeting it refers
back to (decisions 21, 36, 62, 118, 263).

One round of talks, «جولة (جديدة) من المباحثات/المفاوضات», after a verb of starting or resuming opens a meeting over
the parties that resume it and a date or place between («تستأنف X وY اليوم (الأربعاء) جولة جديدة من المفاوضات»); a new
round is no repeat of a meeting reported before; a weekday or day in brackets after a date is written in it
(decisions 21, 36, 117).

An office with no name in a meeting noun's genitive, with a partner after «مع/بـ», stands for its holder named before
(«ومن المتوقع اجتماع وزير التعليم بمديري …»); a place may follow a descriptor («في العاصمة اللبنانية بيروت»); a
relative date right before «في مؤتمر صحافي» dates it; «جلسة بتاريخ 15-07-2015» is dated in figures (decisions 21, 36,
227).
A bare definite word for a body («الوزارة كانت قد نظمت اجتماعاً»، «اجتماع اللجنة»، «تجتمع اللجنة») that holds or meets
stands for the one body of that head noun named before, at its first mention; a body after «ل» over the noun's
definite adjectives («في الاجتماع الأول للجنة X») holds it (decisions 22, 226, 297).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from pipeline.frames.context import Context, Mention
from pipeline.frames.relations import ABBREVIATIONS, HONORIFICS, holder
from pipeline.frames.triggers import (WITH, clause, date_at, date_near, entry_date, find, find_in, mentions_in,
                                     numeric_date, relative_date, same_day)
from pipeline.text.chars import word_key
from pipeline.text.lexicon import COMMAS, DAY_PARTS, DEICTIC_DAYS, PRONOUN_THAT, QUOTES, RELATIVE_AFTER, WAS, WEEKDAYS
from pipeline.text.lexicon import THAT  # what is said after «قال … إن» names no participant


def _keys(*words: str) -> tuple[str, ...]:
    return tuple(word_key(w) for w in words)


TRIGGERS = ("مؤتمر", "اجتماع", "جلسة", "جلست", "جلسات", "ورشة", "ملتقى", "ندوة", "منتدى", "قمة", "لقاء", "محادثات",
            "مباحثات")
# «وكانت مفاوضات تمهيدية قد جرت … في باكستان»: one round of negotiations reported opens a meeting like «محادثات»; the
# process in general («المفاوضات») and a body's own talks («مفاوضاتها مع اللاعب») open none (GUIDELINES §7 decision 117)
ROUND = ("مفاوضات",)
ROUND_KEY = word_key(ROUND[0])
# «تقيم جمعية X … ملتقى»، «اللقاء … الذي أقامه ملتقى X»: «أقام» holds a meeting like «عقد/نظم» (GUIDELINES §7 decision 226)
STAGE = ("أقام", "يقيم", "تقيم")
# «تستضيف جامعة تبوك بعد غد ملتقى»، «استضافت باكستان … مفاوضات»: a body that hosts a meeting holds it (its organizer), a
# place that hosts it is its location (GUIDELINES §7 decision 345)
HOST = ("استضاف", "يستضيف", "تستضيف", "ستستضيف", "سيستضيف")
# «وسيعقد اجتماع طارئ للجنة X أمس في لندن»، «سيعقدون اجتماعًا تحضيريًا»: the future of a verb of holding reports a
# planned meeting (GUIDELINES §7 decision 20), its «س» glued before the verb
WILL_HOLD = ("سيعقد", "ستعقد", "سينظم", "ستنظم")
HOLD = ("عقد", "نظم", "تعقد", "يعقد", "ينظم", "تنظم", "ترأس", "يترأس", "ترؤس", "دشن", "افتتح", "يفتتح", "تفتتح", *STAGE,
        *HOST, *WILL_HOLD)
CHAIR = ("ترأس", "ترؤس", "برئاس", "يترأس")  # «لدى ترؤسه … الاجتماع»: the hamza on «و» of the verbal noun
# «رأس X اجتماعا»: the bare verb of the root ر-أ-س presides too (GUIDELINES §7 decision 152); as a noun («رأس المال»،
# «على رأس الوفد») it is no verb, so it counts only as a whole word with a person or office right after it
PRESIDE = _keys("رأس", "رأست", "يرأس", "ترأس")
NOT_A_VERB = _keys("على", "في", "من")  # «على رأس»، «في رأس»: the noun «head»
# «خلال ترؤسه ملتقى»، «برئاسته»: a verbal noun of chairing with the chair's pronoun names no chair after it; the
# person before it in its clause chairs (decision 152)
CHAIRING_PRONOUN = ("ه", "ها")
CHAIRED_BY = _keys("يرأس", "يترأس", "ترأس")  # «الاجتماع الذي يرأسه X»: a verb of chairing after the noun
# «بدأ أمس الاجتماع السنوي …»، «انطلقت في نواكشوط، مساء أول من أمس، دورة استثنائية»: a verb of starting or
# taking place before the noun, with only a date or place between, reports it (GUIDELINES §7 decision 36)
START = _keys("بدأ", "بدأت", "تبدأ", "يبدأ", "ستبدأ", "سيبدأ", "انطلق", "انطلقت", "تنطلق", "ستنطلق", "اختتم", "اختتمت",
              "تختتم", "يختتم", "انعقد", "انعقدت", "تنعقد", "ستنعقد", "استأنف", "استأنفت", "تستأنف", "يستأنف",
              "ستستأنف", "سيستأنف", "استؤنفت")  # «تستأنف … اليوم جولة جديدة من المفاوضات»: resuming starts a round
START_WINDOW = 12
# «بدأت بأديس أبابا جولة جديدة من المباحثات»: one round of talks named by «جولة (adjective) من» before the talks noun is
# a specific round (GUIDELINES §7 decisions 36, 117); the verb of starting before «جولة» reports it, over its subject
ROUND_NOUN = word_key("جولة")
ROUND_TALKS = _keys("محادثات", "مباحثات", "مفاوضات", "المحادثات", "المباحثات", "المفاوضات")
BRACKETS = ("(", ")")
WHEN = DEICTIC_DAYS | DAY_PARTS | WEEKDAYS | RELATIVE_AFTER | set(_keys("أول", "من"))  # «مساء أول من أمس»
# «يستعد المجلس لعقد المنتدى»: a planned meeting (GUIDELINES §7 decision 20), not a purpose
PREPARE = ("يستعد", "تستعد", "استعد", "استعدت", "يعتزم", "تعتزم", "يتأهب", "تتأهب")
# «بتنظيم الهيئة الإفريقية …»: the host after the noun; a patron («برعاية X») fills no slot (GUIDELINES §7
# decision 98), so «برعاية» names no organizer
SPONSOR = ("بتنظيم", "بدعوة")
# «عقدت شرطة X بالتنسيق مع شرطة Y وشرطة Z مؤتمراً»: the bodies it holds the meeting in coordination with hold it too
IN_COORDINATION = _keys("بالتنسيق", "وبالتنسيق")
# «الذي أقامه ملتقى X بشراكة مع مركز Y بدبي، وبالتعاون مع الغرفة Z»: the bodies it holds the meeting with after the
# body that holds it (GUIDELINES §7 decision 226); their «ب/و» glued or split off
PARTNERSHIP = _keys("بشراكة", "بالشراكة", "بالتعاون", "بالتنسيق")
# «بالتعاون/بالشراكة/بشراكة مع» after the noun: a body that holds it jointly (decision 226); «بالتنسيق مع» there
# is no partner in holding it (tests/test_frames_meeting_real.py)
JOINT = _keys("بشراكة", "بالشراكة", "بالتعاون")
CO_CHAIR_WINDOW = 12  # words of an office in apposition to a chair («، قائد قيادة حرس الحدود الإقليمية،»)
ALREADY = word_key("قد")  # «وكانت X قد عقدت»: the particle between the body and its verb of holding
NEAR = 3  # words between the noun and a host or place that report it («اجتماعات شعبية بمدينة X»)
# «المجلس التنفيذي لحزبه سيجتمع مساء اليوم»: a verb of meeting whose subject may be a body (see _gathering_body)
CONVENED = ("اجتمع", "يجتمع", "تجتمع", "سيجتمع", "ستجتمع")
# a meeting of named people, with no host: a verb of meeting, or a meeting noun with a pronoun of its
# participants («اجتماعه»، «لقائهما»)
MET = ("التقى", "التقت", "التقيا", "يلتقي", "تلتقي", "سيلتقي", "ستلتقي", *CONVENED)
# «قال X في افتتاح قمة …»، «خلال مؤتمر صحفي»: the speaker is at the meeting (GUIDELINES §7 decision 20)
AT = ("في", "خلال", "أثناء", "اثناء")  # «أثناء اجتماع وزراء الزراعة»: «during» like «خلال» (§7 decision 36)
PLACE_PREP = ("في", "ب", "بـ")  # «في X»، «ب X» (the «ب» split off): the word before a place or venue
OCCASION = ("افتتاح", "ختام", "كلمة", "كلمته", "كلمتها", "مستهل", "بداية")
FRONTED_WINDOW = 20  # words from a fronted «خلال الجلسة …،» to the person of the main clause
PRESENT = _keys("قدم", "قدمت", "يقدم", "تقدم", "ألقى", "ألقت", "أدار", "أدارت")  # giving a talk
PRESENT_WINDOW = 8  # words from the noun to «قدمته» after its title («بعنوان «…»»)
# «ورقة عمل»، «الورقة الثانية»، «أوراق العمل»: a paper given at a conference, and the verbs of giving or discussing it
PAPER = ("ورقة", "الورقة", "ورقت")
PAPERS = ("أوراق", "الأوراق")
WORK = word_key("العمل")
WORKSHOP = _keys("ورشة", "ورش")  # «ورشة عمل»، «ورش العمل»: one compound trigger (GUIDELINES §7 decision 36)
WORK_KEYS = _keys("عمل", "العمل")
DISCUSS = _keys("ناقش", "مناقشة", "المناقشة", "تطرق", "أعد", "إعداد", "تناول", "مداخلات")
SPEAK = _keys("قال", "يقول", "تقول", "اكد", "يؤكد", "تؤكد", "اوضح", "يوضح", "اعلن", "يعلن", "صرح", "تحدث", "متحدث",
         "كشف", "أشار", "يشير", "شدد", "ذكر", "أضاف", "دعا", "يدعو", "طالب", "اعتبر", "رحب", "أفاد", "يفيد",
         "ألقى", "يلقي")  # «وأفاد X خلال لقاء صحفي»، «يلقي X كلمة خلال القمة»
WITH_PARTICIPANTS = ("اجتماعه", "اجتماعها", "اجتماعهم", "اجتماعهما", "لقائه", "لقاءه", "لقائها", "لقائهم",
                     "لقائهما")
# «مؤتمر استضافته الفاتيكان»، «قمة تستضيفها الرياض»: the place that hosts it (its location, GUIDELINES §7 decision
# 106), or the body (its organizer)
HOSTED = _keys(*HOST, "استضافت")
# «مؤتمر … انعقد في X»، «المحادثات التي جرت في X»: a verb of taking place after the noun reports it
HELD_AFTER = CHAIRED_BY + _keys("انعقد", "عقد", "تعقد", "يعقد", "ستعقد", "سيعقد", "ستجري", "سيجري", "نظم", "ينظم", "تنظم", *STAGE, "جرت", "جرى", "تجري",
                                "بدأ", "تبدأ", "انطلق", "تنطلق", "اختتم", "أقيم", "أقيمت",
                                "تنعقد", "ينعقد", "ستنعقد", "سينعقد", "المنعقد") + HOSTED  # «القمة التي تنعقد اليوم»
# «الجولة الثانية من المحادثات … ستبدأ قريبا في X»، «محادثات السلام …، والتي من المفترض أن تستأنف يوم غد»: the
# future of starting and resuming after the noun reports a planned round (GUIDELINES §7 decisions 20, 117)
HELD_AFTER += _keys("ستبدأ", "سيبدأ", "ستنطلق", "تستأنف", "ستستأنف", "يستأنف", "سيستأنف")
HELD_WINDOW = 8
HELD_PEOPLE = 10  # words from «عقده» to its date over the «بـ» phrase of the people it was held with
RELATIVE = ("التي", "الذي", "الذين")
RELATIVE_KEYS = _keys(*RELATIVE, "والذي", "والتي")
RELATIVE_HELD_WINDOW = 16
BETWEEN_HELD_WINDOW = 20  # «المفاوضات بين وفدي حزبي «X» و«Y» بخصوص …»: the parties and subject before the verb
BETWEEN = word_key("بين")
# «مؤتمراً صحافياً سيعقد بعد الاجتماع»: a meeting named as the time landmark of another event is not the one the verb
# before it holds (GUIDELINES §7 decision 263)
LANDMARK = _keys("بعد", "قبل", "عقب", "إثر", "اثر")
# «يجمع X مع Y»: the participants of a «لقاء/اجتماع» named after it
GATHER = _keys("يجمع", "جمع", "تجمع", "ضم", "يضم", "تضم")
# «وفي لقاء آخر مع X»، «لقاء ياهلا مع الزميل X»: the person a meeting noun is held with, named right after «مع» (WITH;
# GUIDELINES §7 decision 97; one named participant is enough, decision 36)
TALKS = _keys("لقاء", "اجتماع", "محادثات", "مباحثات", *ROUND)  # a «جلسة علاجية مع» or «ندوة مع» speaker is not met
WITH_WINDOW = 3  # words from the noun to «مع», and from «مع» to the person
# «وسيجري محادثات مع الرئيس X»: a verb of conducting right before the noun reports a meeting of named people
CONDUCT = _keys("أجرى", "اجرى", "يجري", "سيجري", "أجرت", "اجرت", "تجري", "ستجري", "يجريان", "أجريا")
# «يجري رئيس الحكومة X اليوم مباحثات مع …»: the verb reaches its noun over the person who conducts the talks (his
# offices and name) and a relative date (GUIDELINES §7 decisions 21, 36)
CONDUCT_REACH = 14
NISBA = ("ي", "ية")
# «وسيسافر X إلى جورجيا …، حيث يعقد محادثات مع …»، «يلقي X كلمة …، كما سيجري محادثات مع نظيره»: a verb of holding
# or conducting with no subject of its own after «حيث/كما» is done by the person the sentence opens with
SAME_SUBJECT = _keys("حيث", "كما")
SUBJECT_PRONOUN = PRONOUN_THAT.union(SAME_SUBJECT)  # «أنه التقى»: the speaker meets
CONDUCTING = _keys("إجراء")  # «لإجراء محادثات»: a purpose (GUIDELINES §7 decision 37)
PURPOSE = _keys("بهدف", "لغرض", "أجل")
LOC_WINDOW = 12  # words between the meeting noun and «في LOC»
# «بمقر ORG»، «في مقر ORG»: the seat of a body named after the meeting is its location (GUIDELINES §7 decision 245:
# «الاجتماع الذي سيعقد في مقر غرفة مكة المكرمة» → location the chamber)
SEAT = _keys("مقر", "بمقر")
THEREBY = word_key("وذلك")  # «…، وذلك في الأول من سبتمبر بفندق X»: what follows adds the time and place of the meeting
THAT_WINDOW = 10
# a verb or noun of travelling or visiting before «إلى» or its place: where named people meet (see _destination)
TRAVEL = _keys("يتوجه", "توجه", "تتوجه", "يصل", "وصل", "تصل", "وصلت", "يزور", "زار", "تزور", "زارت", "زيارة",
               "زيارت", "زيارات", "يسافر", "سافر", "سيسافر", "ستسافر", "سيتوجه", "ستتوجه")
TO = _keys("إلى", "الى")
VISIT = _keys("زيارة", "زيارت", "زيارات")
TRAVEL_WINDOW = 6
OFFICE_CHAIN = 8  # words of one office or body in apposition to a name («رئيس مجلس الوزراء»)
CLAUSE_DATE_WINDOW = 24  # words (clitics split) to a date after the holder and its relative clause («اجتماع طارئ للجنة X التي تضم … أمس»)
DAY_MEETING = _keys("اجتماع", "مؤتمر", "جلسة")  # singular nouns a bare day right after dates («في اجتماع السبت»)
DATE_BEFORE = 8  # words from a relative date to the meeting noun after it («أمس الأحد خلال جلسة»)
DATED = word_key("بتاريخ")  # «جلسة بتاريخ 15-07-2015»
DATED_WINDOW = 2  # words from the noun to «بتاريخ» («المنعقدة بتاريخ»)
STATEMENT = 3  # words from a verb of speaking to the day it was said on («وقال X في بيان له اليوم»)
PRONOUNS = ("ه", "ها", "هم", "هما")
ACCOMPANY = ("رافقه", "رافقها", "يرافقه", "يرافقها")  # «رافقه فيها X»: a companion of the participant
RECEIVING = ("استقبال",)  # «كان في استقبال الوزير/ه»: who receives the participant at the venue
SAME = _keys("نفسه", "ذاته")  # «وفي اليوم نفسه»: the day of another event
NAMED_BY_PLACE = _keys("مؤتمر", "قمة")  # «مؤتمر جنيف»، «قمة «كامب ديفيد»»: a conference named by its venue
SINCE = _keys("منذ", "حتى")  # «منذ كامب ديفيد وحتى لقاءات الدوحة»: a landmark of a process (decision 263)
MONTH_NOUN = word_key("شهر")  # «في شهر مايو (أيار) الماضي»: the noun before a month, written in the date
GATHERED = _keys(*CONVENED)
CONVENED_DATE = 5  # words from «يجتمع» over its unnamed subject to the date before «مع»
# «التقيت»، «اجتمعنا مع»، «لقائنا مع»: the writer or a quoted speaker met someone (GUIDELINES §7 decisions 36, 97);
# «اجتمعت» is left out, it is also «she met»
FIRST_PERSON_MET = _keys("التقيت", "التقينا", "اجتمعنا", "لقائنا", "لقائي")
MET_OBJECT_WINDOW = 12  # words from the verb to the person met, over his office («مبعوث الأمم المتحدة السابق …»)
SEVERAL = _keys("عدد", "عددا", "عدداً", "بعض", "مجموعة", "كثير")  # «التقيت عدداً من الشخصيات»: no one meeting (decision 341)
LINEAGE = _keys("بن", "ابن", "بنت")  # «محمد بن سلمان»: the words of a name by descent
ABBREVIATED_TITLES = ABBREVIATIONS | {word_key("أ")}  # «د. صالح اللويم»، «أ. X»: the point ends no clause
NISBA_WINDOW = 2  # adjectives of the meeting noun before its relative date («مؤتمره الصحافي اليومي الاثنين الماضي»)
# «وأفاد أن الوزارة كانت قد نظمت اجتماعاً»: the head nouns of bodies a bare definite word refers back to (§7 decision 297)
BODY_NOUNS = _keys("وزارة", "هيئة", "لجنة", "جامعة", "أمانة", "إمارة", "غرفة", "جمعية", "شركة", "مؤسسة", "منظمة",
                   "اتحاد", "رابطة", "بلدية", "وكالة", "مديرية", "رئاسة", "نيابة", "كلية", "إدارة")
GENITIVE_ADJECTIVES = 2  # definite adjectives between a meeting noun and «ل» + its body («المؤتمر السنوي لحزب X»)


def _norm(k: str) -> str:
    return k.lstrip("وف")


def _past_comma(ctx: Context, k: int) -> int:
    """Word k, or the word after it when word k is a comma («عقده، أمس،»)."""
    return k + (ctx.words[k:k + 1] in (["،"], [","]))


MEETING_KEYS = _keys(*TRIGGERS, *MET)
MET_KEYS = _keys(*MET)
TRIGGER_KEYS = _keys(*TRIGGERS)
SPONSOR_KEYS = _keys(*SPONSOR)
# «الاجتماع الذي عقده أوباما»، «الجلسة التي عقدتها لجنة X»، «ملتقى … والذي ينظمه المكتب X»: the subject of a
# verb of holding after the noun holds it (a person attends, a body organizes; GUIDELINES §7 decision 62)
CONVENE = _keys("عقد", "يعقد", "تعقد", "نظم", "ينظم", "تنظم", *STAGE) + HOSTED
HOLD_KEYS = _keys(*HOLD)
CHAIR_KEYS = _keys(*CHAIR)
UNDER_CHAIR = word_key("برئاس")  # «برئاسة X»: the chair named after it, not before
PREPARE_KEYS = _keys(*PREPARE)
SPEAKER_WINDOW = 60
SPEAK_REACH = 8  # words from a verb of speaking to «في/خلال» before the meeting noun, the speaker's name and office not counted
DESCRIPTION = 3  # words of a definite description of the speaker («المسؤول التركي»)
SESSION = _keys("جلسة", "جلسات", "جلست")
COURTS = _keys("محكمة", "محاكم", "دائرة")
# «وتم تحديد جلسة استجواب اخرى في 18 سبتمبر»: a session set or put off is a planned meeting (decision 20)
SCHEDULE = _keys("تحديد", "حدد", "حددت", "تأجيل", "أجل", "أجلت")
COURT_WORDS = _keys("المحكمة", "القاضي", "القاضية")  # the court or its judge named by a bare word
# «دورة استثنائية»، «الدورة (31) لمجلس وزراء الداخلية العرب»: a sitting of a parliament or council is a meeting
# (GUIDELINES §7 decision 99); a training course, an intake or an edition is not
SITTING = ("دورة", "الدورة")
SITTING_KINDS = _keys("استثنائية", "عادية", "طارئة", "برلمانية", "طارئ", "استثنائي")  # «اجتماع طارئ للجنة X»
COUNCILS = _keys("مجلس", "برلمان", "البرلمان", "الجمعية", "الكونغرس", "الكونجرس")
SITTING_WINDOW = 6  # words from «دورة» to the council that holds it («على مستوى غرفتي البرلمان»)
SESSION_RANKS = _keys("الأولى", "الاولى", "الثانية", "الثالثة", "الرابعة", "الختامية", "الافتتاحية")
# «الجولة الثانية/المقبلة/الأخيرة من المحادثات»: a round named by its rank is one round of its own, not the talks
# reported before (GUIDELINES §7 decisions 117, 118)
ROUND_RANKS = _keys("الثانية", "الثالثة", "الرابعة", "الخامسة", "المقبلة", "القادمة", "الأخيرة", "الاخيرة")
# «ستعقد اجتماعات دورية»: regular meetings are no one specific meeting (GUIDELINES §7 decision 36)
ONE = _keys("واحدة", "واحد")
REGULAR = _keys("دورية", "دوري", "منتظمة", "منتظم")
FAREWELL = _keys("وداع", "تشييع", "عزاء", "تأبين", "دفن")
FOR = _keys("أجل")
IN_IT = _keys("فيه", "فيها")
# «بحضور X»، «حضره X»، «شارك فيه X»، «وبمشاركة … ووزير الدفاع Y»: the words after which the persons named attend
ATTEND = ("حضر", "بحضور", "شارك", "بمشاركة")
WITH_SHARE = ("مشاركة",)  # «و ب مشاركة»: the «ب» split off by the tokenizer
WITH_SHARE_KEY = word_key(WITH_SHARE[0])
# «كان يشارك في مؤتمر بالبرازيل»، «للمشاركة في اجتماعات رابطة X»، «حضرا اجتماعا»: a verb or noun of attending or
# taking part right before the meeting noun (over «في») reports it, and the person who takes part attends (GUIDELINES §7
# decisions 36, 133, 192); «لم يحضر … جلسة»، «تغيبها عن حضور جلسة» reports it with no one placed there
PARTAKE = ("حضر", "يحضر", "حضور", "شارك", "يشارك", "سيشارك", "تشارك", "ستشارك", "المشاركة", "مشاركة", "مشاركت")
PARTAKE_KEYS = _keys(*PARTAKE)
PARTAKERS = _keys("المشاركين", "مشاركين", "حضرة")  # the participants, an honorific: no taking part
MATCH = _keys("لقاء", "اللقاء")  # «المشاركة في لقاء الجمعة»: in sports news a «لقاء» one takes part in is a match
PARTAKING_NOUNS = _keys("مشاركت", "حضور")  # «لمشاركتها»، «حضوره»: with the pronoun of the one who takes part
ABSENT = _keys("لم", "لن", "عدم", "غياب", "تغيب", "يغيب", "تغيبها", "تغيبه", "فشل", "دون", "بدون")
PARTAKER_WINDOW = 25  # words from the person to the verb of taking part («X، استشاري …، إلى انه كان يشارك»)
# «ثم تحدث X»، «بدوره تحدث X عن …»، «أكد X في كلمته»، «دورة … قدمها المدرب X»، «شهد X اختتام فعاليات اللقاء»: a person
# who addresses, presents at or witnesses the article's meeting is placed there (GUIDELINES §7 decisions 98, 211, 270)
SPOKE = _keys("تحدث")  # the past verb: «يتحدث» reports a view, not a talk given
ADDRESS = _keys("كلمة", "كلمته", "كلمتها")
PRESENTED_BY = _keys("قدمها", "قدمه", "قدمته", "يقدمها", "يقدمه", "تقدمها", "تقدمه")
WITNESSED = _keys("شهد")
SPOKE_TO = ("ل", "لـ", "إلى", "الى", "عن", "مع")  # «تحدث لـ«الشرق الأوسط»»، «تحدث عن …»: no named speaker right after
SPEAKER_REACH = 14  # words from the verb to its named subject over his office and rank
# «خلفاً للملا X»، «ضد X»، «بدلاً من X»: a person named after these is the one replaced or opposed, not a participant
NOT_THERE = _keys("خلفا", "ضد", "بدلا", "التخلي")
RECEIVE = ("استقبل", "يستقبل", "تستقبل", "استقبال", "استقبلت")
RECEPTION_WINDOW = 40


def _lam(ctx: Context, k: int) -> bool:
    """Is word k a «ل» the tokenizer split off («ل لقاء»، «اجتماع ل حزب»)?"""
    return ctx.words[k:k + 1] in (["ل"], ["لـ"])


def _purpose(ctx: Context, i: int) -> bool:
    """A meeting only aimed at: «للقاء الرئيس»، «لاجتماع»، «لعقد اجتماع»، «بهدف عقد …» (GUIDELINES §7 decision 37)."""
    key = _norm(ctx.key(i))
    if key.startswith("ل") and key[1:].startswith(MEETING_KEYS):
        return True
    if _lam(ctx, i - 1) and i >= 1:
        return True  # «ل لقاء» split by the tokenizer
    prev = _norm(ctx.key(i - 1))
    if prev.startswith("ل") and prev[1:] in CONDUCTING or \
            prev in CONDUCTING and _lam(ctx, i - 2):
        return True
    if prev.startswith("ل") and prev[1:].startswith(HOLD_KEYS) or \
            (prev.startswith(HOLD_KEYS) and _lam(ctx, i - 2)):
        return not any(_norm(ctx.key(j)).startswith(PREPARE_KEYS) for j in range(max(0, i - 8), i - 1))
    return prev in PURPOSE or ctx.key(i - 2) in PURPOSE


def _conducted(ctx: Context, i: int) -> tuple[int, list[int] | None] | None:
    """«يجري رئيس الحكومة التونسية X اليوم مباحثات مع …»، «أجرى وزير الخارجية X أمس محادثات»: the verb of conducting
    before the meeting noun at i, with only persons, their offices and a relative date between (GUIDELINES §7
    decisions 21, 36); returns the verb and the date between, if any."""
    if _norm(ctx.key(i - 1)) in CONDUCT:
        return i - 1, None
    for v in range(i - 2, max(-1, i - CONDUCT_REACH - 1), -1):
        if _norm(ctx.key(v)) not in CONDUCT:
            continue
        k, date, person = v + 1, None, False
        while k < i:
            m = max((m for m in ctx.starting_in(k, k) if m.label in ("PER", "TITLE", "ORG", "LOC") and m.last < i),
                    key=lambda m: m.last, default=None)
            if m is not None:
                k, person = m.last + 1, person or m.label == "PER"
            elif k > v + 1 and ctx.key(k).startswith("ال") and ctx.key(k).endswith(NISBA):
                k += 1  # «رئيس الحكومة التونسية»: the nisba adjective of an office
            elif date is None and (d := relative_date(ctx, k, 1)) is not None and ctx.spans[k][0] == d[0]:
                date, k = d, bisect_left(ctx.spans, (d[1],))
            elif ctx.words[k] in COMMAS:
                k += 1
            else:
                break
        return (v, date) if k == i and person else None
    return None


def _sentence_subject(ctx: Context, v: int, i: int) -> list[Mention]:
    """«وسيسافر X إلى جورجيا في 12 الجاري …، حيث يعقد محادثات مع …»: a verb of holding or conducting right after
    «حيث/كما», with no person, office or body between it and the meeting noun at i, has the subject of its sentence:
    the first person named in the sentence before it, who attends (GUIDELINES §7 decisions 36, 62)."""
    if ctx.key(v - 1) not in SAME_SUBJECT or any(m.label in ("PER", "TITLE", "ORG") for m in ctx.starting_in(v + 1, i - 1)):
        return []
    return [m] if (m := _opening_person(ctx, v)) is not None else []


def _opening_person(ctx: Context, v: int) -> Mention | None:
    """The first person named in the sentence of word v, ending before the word right before v (the subject of a verb
    after «حيث/كما/أنه»)."""
    return next((m for m in ctx.starting_in(ctx.sentence_start(v), v - 2) if m.label == "PER" and m.last < v - 1), None)


def _pronoun_subject(ctx: Context, i: int) -> Mention | None:
    """«كشف الوزير X … أنه التقى مديري التعليم»، «ووزع … كما التقى بمنسوبي المجمع»: a verb of meeting after «أنه/إنه»
    (what the speaker says of himself) or «كما/حيث» (a further act of the same subject) has the subject of its
    sentence, its first person, as the named participant (GUIDELINES §7 decision 36)."""
    if ctx.key(i - 1) not in SUBJECT_PRONOUN or _norm(ctx.key(i)) not in MET_KEYS:
        return None
    return _opening_person(ctx, i)


def _named_after(ctx: Context, i: int, b: int) -> list[Mention]:
    """The persons named after word i in its clause, but not a person in the genitive of another's title
    («المبعوث الشخصي للرئيس X»: X is not at the meeting)."""
    out = []
    # «قال خلال اجتماعه بمديري التعليم إن … مديرها X»: what is said after «إن/أن» names no participant
    b = next((j - 1 for j in range(i + 1, b + 1) if ctx.key(j) in THAT), b)
    for m in ctx.starting_in(i + 1, b):
        if m.label != "PER":
            continue
        prev = [t for t in ctx.starting_in(max(i + 1, m.first - 4), m.first - 1) if t.last < m.first]
        title = prev[-1] if prev and prev[-1].label == "TITLE" and prev[-1].last + 1 == m.first else None
        if title is not None and (_norm(ctx.key(title.first)).startswith("لل") or title.lead == "ل"
                                  or ctx.words[title.first - 1] in ("ل", "لـ")):
            continue
        out.append(m)
    return out


def _met(ctx: Context, i: int) -> list[Mention]:
    """The people a meeting of named people at word i places there: the nearest person before it in its
    sentence and the persons after it in its clause (a chain of titles and names, «ووزير الدفاع Z»)."""
    a, b = clause(ctx, i)
    before = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER"][-1:]
    return before + _named_after(ctx, i, b)


def _subject(ctx: Context, i: int) -> Mention | None:
    """«إن X نائب رئيس الجمهورية سيجتمع … مع الوزراء»: the person right before a verb of meeting, over the chain of
    offices and bodies in apposition to the name, is one named participant (GUIDELINES §7 decision 36)."""
    k = i - 1
    while (m := next((m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k) if m.last == k), None)) is not None \
            and m.label in ("TITLE", "ORG", "LOC"):
        k = m.first - 1
    return m if m is not None and m.label == "PER" and m.last == k else None


def _companions(ctx: Context) -> list[Mention]:
    """«رافقه فيها X ومسؤولون»، «أن اللواء Y مدير الكلية كان في استقبال الوزير»: in the article of a meeting of named
    people, the persons who accompany its participant or receive him at the venue are placed there (GUIDELINES §7
    decision 133)."""
    out = []
    for k in find(ctx, ACCOMPANY):
        out += [m for m in ctx.starting_in(k + 1, clause(ctx, k)[1]) if m.label == "PER"]
    for k in find(ctx, RECEIVING):
        a, _ = clause(ctx, k)
        if ctx.key(k - 1) == "في" and (ctx.key(k).endswith(("ه", "ها")) or ctx.key(k + 1).startswith("ال")):
            out += [m for m in ctx.starting_in(a, k - 1) if m.label == "PER"][-1:]
    return out


def _spoken_at(ctx: Context, i: int) -> bool:
    """Is the meeting noun at i where a speaker speaks («قال X في افتتاح قمة»، «متحدثاً خلال مؤتمر صحفي»)?"""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)
    if ctx.key(k) not in AT:
        return False
    a, _ = clause(ctx, i)
    # «وقال X كبير الخبراء لنظام Y في المؤتمر»: the speaker's name and office between count no words
    named = {w for m in ctx.starting_in(max(a, k - SPEAKER_WINDOW), k - 1) if m.label in ("PER", "TITLE")
             for w in range(m.first, m.last + 1)}
    j, counted = k - 1, 0
    while j >= a and counted < SPEAK_REACH:
        if _speaks(ctx, j):
            return True
        counted += j not in named
        j -= 1
    return False


def _fronted(ctx: Context, i: int) -> list[Mention]:
    """«وخلال الجلسة التي عقدتها لجنة X، استعرض وزير العدل Y …»، «وفي مستهل الاجتماع رحب Z»: a phrase of time at
    the meeting opens its clause; the first person named after the noun acts at the meeting (an attendee,
    GUIDELINES §7 decisions 20, 98)."""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)
    a, b = clause(ctx, i)
    k -= ctx.words[k - 1:k] == ["و"]  # «و خلال»: the conjunction split off
    if ctx.key(k + (ctx.words[k] == "و")).removeprefix("و") not in AT or not (k == a or ctx.words[k - 1] in COMMAS):
        return []
    return [m for m in ctx.starting_in(i + 1, min(b, i + FRONTED_WINDOW)) if m.label == "PER"][:1]


def _possessor(ctx: Context, i: int, a: int) -> Mention | None:
    """The body a meeting noun with a singular pronoun belongs to («الكونجرس، وعبر اجتماعه المقبل»، «بيان القيادة
    عقب اجتماعها»، «وحملت اللجنة في بيانها … اجتماعها»): a body named before it in its clause with no person
    between, else the body a bare definite word before it in its sentence stands for (its head noun, named
    earlier; GUIDELINES §7 decision 22)."""
    key = _norm(ctx.key(i))
    if not key.endswith(("ه", "ها")) or key.endswith("هما"):
        return None
    before = [m for m in ctx.starting_in(a, i - 1) if m.last < i]
    if any(m.label == "PER" for m in before):
        return None
    bodies = [m for m in before if m.label == "ORG"]
    if bodies:
        return bodies[-1]
    inside = {k for m in before for k in range(m.first, m.last + 1)}
    heads = {_norm(ctx.key(k)).removeprefix("ال") for k in range(a, i)
             if k not in inside and ctx.key(k).startswith("ال")}
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < a
             and ctx.head(m) in heads]
    return named[-1] if named else None


def _presiding(ctx: Context, lo: int, hi: int) -> list[int]:
    """The bare verbs of presiding in words [lo, hi): «رأس/يرأس» as a whole word (a proclitic «و/ف» allowed), not after
    a preposition, with a person or office right after it («رأس نائب خادم الحرمين … اجتماعا»)."""
    return [k for k in find_in(ctx, ("رأس", "يرأس"), lo, hi) if _norm(ctx.key(k)) in PRESIDE
            and ctx.key(k - 1) not in NOT_A_VERB
            and any(m.label in ("PER", "TITLE") for m in ctx.starting_in(k + 1, k + 1))]


def _chairing(ctx: Context, lo: int, hi: int) -> list[int]:
    """The words of chairing in [lo, hi): «ترأس، ترؤسه، برئاسة» and the bare verb «رأس» (decision 152)."""
    return sorted(find_in(ctx, CHAIR, lo, hi) + _presiding(ctx, lo, hi))


def _chair_of(ctx: Context, v: int, b: int) -> list[Mention]:
    """The chair of the word of chairing at v: the person after it in its clause (or the holder of the office right
    after it); for a verbal noun with the chair's pronoun («خلال ترؤسه»، «برئاسته») the person before it."""
    key = _norm(ctx.key(v))
    if key.endswith(CHAIRING_PRONOUN) and not key.endswith("هما") and key.lstrip("بل").startswith(CHAIR_KEYS):
        return [m for m in ctx.starting_in(clause(ctx, v)[0], v - 1) if m.label == "PER" and m.last < v][-1:]
    # «سكرتير اللجنة X يترأس اجتماعاً»: a verb of chairing with its subject named right before it
    before = [m for m in ctx.starting_in(max(0, v - OFFICE_CHAIN), v - 1) if m.label == "PER" and m.last == v - 1]
    if before and not key.startswith(UNDER_CHAIR) and \
            _norm(ctx.key(v + 1)).removeprefix("ال").startswith(TRIGGER_KEYS):
        return before
    return mentions_in(ctx, v, b, "PER")[:1] or [h for h in [_chair_office(ctx, v, b)] if h]


def _chair_office(ctx: Context, v: int, b: int) -> Mention | None:
    """«وترأس رئيس الهيئة، سلسلة من الاجتماعات»، «الاجتماع الذي يرأسه أمير المنطقة»: an office right after the verb
    of chairing, with no name of its own, stands for the person named before who holds an office of the same
    head word («رئيس»، «أمير»)."""
    office = next((m for m in ctx.starting_in(v + 1, min(b, v + 2)) if m.label == "TITLE"), None)
    if office is None or any(m.label == "PER" for m in ctx.starting_in(office.last + 1, min(b, office.last + 3))):
        return None
    return holder(ctx, office, by_head=True)


def _presenter(ctx: Context, i: int) -> list[Mention]:
    """«قدم الشيخ X ندوة بعنوان …»، «لقاء بعنوان «…» قدمته X»: the person who gives a talk attends it (GUIDELINES
    §7 decisions 36, 97: one named participant reports it)."""
    a, b = clause(ctx, i)
    before = [m for m in ctx.starting_in(max(a, i - PRESENT_WINDOW), i - 1) if m.label == "PER" and m.last == i - 1]
    if before and any(_norm(ctx.key(k)) in PRESENT for k in range(max(a, before[0].first - 3), before[0].first)):
        return before
    for k in range(i + 1, min(b, i + PRESENT_WINDOW) + 1):
        if _norm(ctx.key(k)).startswith(PRESENT) and ctx.key(k) not in PRESENT:  # «قدمته»: with its object pronoun
            return [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "PER"]
    return []


def _surface(ctx: Context, mid: str) -> str:
    return ctx.surface(next(m for m in ctx.mentions if m.id == mid))


def _speaker(ctx: Context, i: int) -> list[Mention]:
    """The person who speaks at the meeting: named before it in its clause, else, for a verb with no named
    subject («وقال في مؤتمر صحافي»), the last person named in the sentence before (GUIDELINES §7 decision 22)."""
    a, _ = clause(ctx, i)
    named = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER"][-1:]
    k = i - 1 - (ctx.key(i - 1) in OCCASION)  # the «في/خلال» before the noun
    # only a verb right before «في» («وقال في مؤتمر صحافي») or before a definite description of its subject
    # («وقال المسؤول التركي في مؤتمر صحافي», decision 22) has no named subject of its own
    v = k - 1
    while v > max(a, k - 1 - DESCRIPTION) and ctx.key(v).startswith("ال") and not ctx.starting_in(v, v):
        v -= 1
    if named or a == 0 or ctx.sent_of[a - 1] != ctx.sent_of[i] - 1 or not _speaks(ctx, v):
        return named
    prev = ctx.sent_of[a - 1]
    return [m for m in ctx.starting_in(max(0, a - SPEAKER_WINDOW), a - 1) if m.label == "PER" and ctx.sent_of[m.first] == prev][-1:]


def _court(ctx: Context, i: int) -> Mention | None:
    """«أجلت محكمة X محاكمة … لجلسة 17 أكتوبر»، «في جلستها المنعقدة أمس قضت محكمة X»: the court of a session,
    named in its sentence (before it, else after it in its clause; GUIDELINES §7 decision 20)."""
    if not _norm(ctx.key(i)).lstrip("بل").removeprefix("ال").startswith(SESSION):
        return None
    _, b = clause(ctx, i)
    s = ctx.sent_of[i]
    a = next(j for j in range(i, -1, -1) if j == 0 or ctx.sent_of[j - 1] != s)
    # «وقررت محكمة X أمس مد أجل النطق بالحكم في القضية …، لجلسة 29 أغسطس»: the court anywhere before it in its sentence
    courts = [m for m in ctx.starting_in(a, b) if m.label == "ORG" and ctx.head(m).startswith(COURTS)]
    before = [m for m in courts if m.last < i]
    if before or courts:
        return before[-1] if before else courts[0]
    # «ورفع القاضي الجلسة»، «اتخذت المحكمة قرارها … عقب جلسة»، «وحددت جلسة 27 سبتمبر»: the court named earlier in
    # the article holds it when its sentence names the court or judge by a bare word, or sets the session
    inside = {k for m in ctx.starting_in(a, b) for k in range(m.first, m.last + 1)}
    bare = any(_norm(ctx.key(k)) in COURT_WORDS for k in range(a, b + 1) if k not in inside)
    one = _norm(ctx.key(i)).lstrip("بل").removeprefix("ال") == word_key("جلسة")  # plurals open none (decision 135)
    if not one or not bare and _norm(ctx.key(i - 1)) not in SCHEDULE:
        return None
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < a
             and ctx.head(m).startswith(COURTS)]
    return named[-1] if named else None


def _held_after(ctx: Context, i: int) -> int | None:
    """The verb of taking place after the meeting noun at i («انعقد»، «التي جرت»), within its clause."""
    _, b = clause(ctx, i)
    between = BETWEEN in ctx.keys[i + 1:i + 3]
    for j in range(i + 1, min(b, i + (BETWEEN_HELD_WINDOW if between else RELATIVE_HELD_WINDOW)) + 1):
        key = ctx.key(j)
        # «المنتدى العالمي الثامن للبنية التحتية لعام 2015، الذي أقيم في …»: a relative set off by a comma («، و التي»:
        # the «و» of the relative split off)
        if key in COMMAS and (ctx.key(j + 1) in RELATIVE_KEYS or ctx.words[j + 1:j + 2] == ["و"]
                              and ctx.key(j + 2) in RELATIVE_KEYS) and j - i > 2:
            continue
        if key in COMMAS and between and ctx.key(j + 1).startswith(HELD_AFTER):
            continue  # «محادثات السلام بين الحكومة X ومتمردي حركة Y، ستجري»: the comma that closes the parties
        if key in COMMAS or any(m.label == "PER" for m in ctx.starting_in(j, j)):
            return None
        # «اللقاء المتميز «…» الذي أقامه ملتقى X»، «محادثات السلام بين الحكومة X ومتمردي حركة Y ستجري»: over a long
        # title or the parties after «بين», only after a relative pronoun or «بين» (GUIDELINES §7 decision 36)
        if key.startswith(HELD_AFTER) and not key.startswith(("عقدة", "عقود")) and (
                j - i <= HELD_WINDOW or ctx.key(j - 1) in RELATIVE_KEYS or BETWEEN in ctx.keys[i + 1:i + 3]):
            return j
    return None


def _held_date(ctx: Context, v: int) -> list[int] | None:
    """«مؤتمر صحافي عقده، أمس،»، «في اجتماع عقد الاثنين»، «المباحثات التي جرت السبت»: the relative date right after
    the verb of taking place that follows the meeting noun is the day it was held (GUIDELINES §7 decisions 21, 36)."""
    k = _past_comma(ctx, v + 1)
    # «مؤتمر صحفي مشترك عقده في جدة أمس»: over the place said first
    place = next((m for m in ctx.starting_in(k, k + 1) if m.label == "LOC"), None)
    if place is not None and (place.lead == "ب" or ctx.key(place.first - 1) in PLACE_PREP) and (
            place.first == k or ctx.key(k) in PLACE_PREP):
        k = place.last + 1
    # «بعد اجتماع عقده بمديري تعليم خمس إدارات … أمس»: over the people it was held with after «بـ» (decisions 21, 263)
    with_people = _norm(ctx.key(v)).endswith(CHAIRING_PRONOUN) and ctx.words[k].startswith("ب") and \
        not ctx.starting_in(k, k)
    return relative_date(ctx, k, 3) or (relative_date(ctx, k, HELD_PEOPLE) if with_people else None)


def _venue(ctx: Context, v: int, b: int) -> Mention | None:
    """«مؤتمر صحافي عقده أمس بوزارة الشؤون البلدية»، «التي عقدت … في معهد السياحة»: a body after «بـ/في» right after
    the verb of taking place (over a relative date) is the building that hosts the meeting, its location (the gold's
    venues; a body that holds it stands after the verb bare, «عقدتها لجنة X»)."""
    k = _past_comma(ctx, v + 1)
    if (d := relative_date(ctx, k, 1)) is not None:
        k = bisect_left(ctx.spans, (d[1],))
        k = _past_comma(ctx, k)
    k += ctx.key(k) in PLACE_PREP  # «في» or a split «ب»
    return next((m for m in ctx.starting_in(k, k) if m.label == "ORG" and k <= b
                 and (m.lead == "ب" or ctx.key(k - 1) in PLACE_PREP)), None)


def _unnamed_host(ctx: Context, v: int, a: int, i: int) -> list[Mention]:
    """«وأبدى المهندس X، خلال مؤتمر صحافي عقده أمس»: a verb of holding after the noun with its object pronoun and no
    named subject after it is done by the subject of the sentence, the last person before the noun in its clause; he
    attends (GUIDELINES §7 decisions 62, 97: the speaker of a press conference)."""
    if not _norm(ctx.key(v)).endswith(CHAIRING_PRONOUN) or any(m.label in ("PER", "ORG", "TITLE")
                                                                for m in ctx.starting_in(v + 1, v + 1)):
        return []
    return [m for m in ctx.starting_in(a, i - 1) if m.label == "PER" and m.last < i][-1:]


def _genitive_pair(ctx: Context, i: int) -> bool:
    """«خلال لقاء رئيس الوزراء X بالرئيس Y»، «اجتماع وزير المالية X مع نظيره Y»: a meeting noun whose genitive is a
    person (over his offices) followed closely by «مع» or a «بـ» partner reports one meeting of named people (GUIDELINES
    §7 decision 36: one named participant is enough for «لقاء/اجتماع»)."""
    if _titled_pair(ctx, i) is not None:
        return True
    _, b = clause(ctx, i)
    k = i + 1
    per = None
    while k <= min(b, i + OFFICE_CHAIN):
        m = next((m for m in ctx.starting_in(k, k) if not m.lead), None)
        if m is None and _chain_word(ctx, k):
            k += 1  # «لقاء معالي وزير …»، «لقاء رئيس الوزراء الباكستاني X»: a style or a nisba outside every span
            continue
        if m is None or m.label not in ("TITLE", "PER"):
            return False
        if m.label == "PER":
            per = m
            break
        k = m.last + 1
    if per is None:
        return False
    return _partner_after(ctx, per.last, b)


def _partner_after(ctx: Context, last: int, b: int) -> bool:
    """«مع» or a «بـ» partner closely after word `last`, the end of the participant's chain, before a comma."""
    for j in range(last + 1, min(b, last + WITH_WINDOW) + 1):
        if ctx.key(j) == WITH:
            return True
        # «بالرئيس Y»، «ب الرئيس Y» (the «ب» split off)، «بنظيره Y»
        nxt = j + 1 if ctx.words[j] in ("ب", "بـ") else j
        if ctx.words[j].startswith("ب") and any(m.label in ("TITLE", "PER") for m in ctx.starting_in(nxt, nxt + 1)):
            return True
        if ctx.words[j] in COMMAS:
            return False
    return False


def _titled_pair(ctx: Context, i: int) -> Mention | None:
    """«ومن المتوقع اجتماع وزير التعليم بمديري التعليم»، «تأكيدها لقاء المبعوث الأممي مع قادة …»: a meeting noun whose
    genitive is an office with no name of its own, followed closely by «مع» or a «بـ» partner, is a meeting of the
    person named before who holds that office (GUIDELINES §7 decisions 36, 211, 227: the filler is the person); returns
    him, else None."""
    _, b = clause(ctx, i)
    k = i + 1 + _chain_word(ctx, i + 1)  # «اجتماع سمو محافظ …»: a style before the office
    office = next((m for m in ctx.starting_in(k, k) if m.label == "TITLE" and not m.lead), None)
    if office is None:
        return None
    end = office.last
    while _chain_word(ctx, end + 1):
        end += 1  # «المبعوث الأممي»: the nisba adjective of the office
    if any(m.label in ("PER", "TITLE") for m in ctx.starting_in(end + 1, end + 1)):
        return None
    # «بمديري التعليم»: a «بـ» partner named by a common noun, not a place or body («بالرياض») or a day («بالأمس»)
    split = ctx.words[end + 1:end + 2] in (["ب"], ["بـ"])  # «ب مديري» split off, or glued on a definite «بالمسؤولين»
    j = end + 1 + split
    partner = ctx.key(end + 1) == WITH or j <= b and (split or ctx.words[j].startswith("بال")) \
        and not ctx.starting_in(j, j) and relative_date(ctx, j, 1) is None
    return holder(ctx, office) if partner or _partner_after(ctx, end, b) else None


def _chain_word(ctx: Context, k: int) -> bool:
    """A word of a person's chain of offices that is in no span: a style («معالي»، «الدكتور») or a definite nisba
    adjective of the office («الباكستاني»، «الأممي»), as the gold leaves them outside (GUIDELINES §2)."""
    key = ctx.key(k)
    return not ctx.starting_in(k, k) and (key in HONORIFICS or key.startswith("ال") and key.endswith(NISBA))


def _actor_before(ctx: Context, i: int) -> list[Mention]:
    """«ودافع اللاعب X أمس خلال جلسة الاستماع»: the person named right before «خلال» and the meeting noun, with at most
    a date written between, acts at the meeting and is placed there (GUIDELINES §7 decisions 133, 135, 152)."""
    if ctx.key(i - 1) != "خلال":
        return []
    a, _ = clause(ctx, i)
    per = next((m for m in ctx.starting_in(max(a, i - 2 - OFFICE_CHAIN), i - 2) if m.last == i - 2), None)
    if per is None:
        k = next((j for j in range(max(a, i - 6), i - 1) if (d := relative_date(ctx, j, i - 1 - j))
                  and ctx.spans[j][0] == d[0] and ctx.spans[i - 2][1] == d[1]), None)
        per = next((m for m in ctx.starting_in(max(a, k - 1 - OFFICE_CHAIN), k - 1) if m.last == k - 1), None) \
            if k is not None else None
    return [per] if per is not None and per.label == "PER" else []


def _with_after(ctx: Context, i: int, b: int, window: int) -> int | None:
    """The first «مع» within `window` words after word i, up to b (the end of its clause)."""
    return next((k for k in range(i + 1, min(b, i + window) + 1) if ctx.key(k) == WITH), None)


def _held_with(ctx: Context, i: int) -> bool:
    """«لقاء آخر مع X»: «مع» close after the meeting noun and a person named close after it."""
    _, b = clause(ctx, i)
    j = _with_after(ctx, i, b, WITH_WINDOW)
    return j is not None and any(m.label == "PER" for m in ctx.starting_in(j + 1, min(b, j + WITH_WINDOW)))


def _coordinated(ctx: Context, m: Mention) -> list[Mention]:
    """The body and those coordinated with it by «و» right after it («تعقد المنظمة X وجامعة Y الملتقى»)."""
    out = [m]
    while True:
        nxt = [n for n in ctx.starting_in(out[-1].last + 1, out[-1].last + 2) if n.label == m.label]
        if not nxt or not (nxt[0].lead == "و" and nxt[0].first == out[-1].last + 1
                           or ctx.words[out[-1].last + 1] == "و" and nxt[0].first == out[-1].last + 2):
            return out
        out.append(nxt[0])


def _partners(ctx: Context, org: Mention, i: int) -> list[Mention]:
    """«عقدت شرطة X، بالتنسيق مع شرطة Y وشرطة Z، مؤتمراً»: the bodies named after «بالتنسيق مع» between the
    organizer and the meeting noun organize it with it (§4 organizer: the ORG that holds it)."""
    for k in range(org.last + 1, i - 1):
        split = ctx.words[k] == "ب" and "ب" + ctx.key(k + 1) in IN_COORDINATION  # «ب التنسيق»
        if (ctx.key(k) in IN_COORDINATION or split) and ctx.key(k + 1 + split) == WITH:
            first = next((m for m in ctx.starting_in(k + 2 + split, k + 2 + split) if m.label == "ORG"), None)
            return [m for m in _coordinated(ctx, first) if m.last < i] if first is not None else []
    return []


def _partners_after(ctx: Context, org: Mention) -> list[Mention]:
    """The bodies named after «بشراكة/بالتعاون/بالتنسيق مع» right after the body that holds the meeting, each over
    the place it is in («مركز Y بدبي») and a comma: they hold it with it (decision 226)."""
    out, k = [], _coordinated(ctx, org)[-1].last + 1
    while k < len(ctx.words):
        k += ctx.words[k] in COMMAS
        k += ctx.words[k:k + 1] == ["و"]
        j = _after_partnership(ctx, k, PARTNERSHIP)
        body = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None) if j is not None else None
        if body is None:
            return out
        out += _coordinated(ctx, body)
        k = out[-1].last + 1
        place = next((m for m in ctx.starting_in(k, k + 1) if m.label == "LOC" and (m.lead == "ب" or m.first == k + 1
                                                                                  and ctx.key(k) in PLACE_PREP)), None)
        k = place.last + 1 if place is not None else k
    return out


def _after_partnership(ctx: Context, k: int, words: tuple[str, ...]) -> int | None:
    """The word after «مع» when word k opens «بالتعاون/بالشراكة/بشراكة … مع» (one of `words`, its «و» glued or its
    «ب» split off: «ب التعاون»); None when it opens none."""
    split = ctx.words[k:k + 1] in (["ب"], ["بـ"])
    key = ("ب" + ctx.key(k + 1)) if split else ctx.key(k).removeprefix("و")
    return k + 2 + split if key in words and ctx.key(k + 1 + split) == WITH else None


def _partners_past_noun(ctx: Context, i: int, b: int) -> list[Mention]:
    """«أقامت لجنة X بمدينة Y ندوة حول العنف الأسري بالتعاون مع مركز Z»: the bodies named after «بالتعاون/بالشراكة/
    بشراكة مع» (not «بالتنسيق مع», see JOINT) a few words after the noun of a meeting that its agent holds hold it with
    it (GUIDELINES §7 decision 226: each ORG joined to the holder by «بالتعاون مع» is an organizer)."""
    for k in range(i + 1, min(b, i + LOC_WINDOW)):
        if (j := _after_partnership(ctx, k, JOINT)) is not None:
            body = next((m for m in ctx.starting_in(j, j) if m.label == "ORG"), None)
            return _coordinated(ctx, body) if body is not None else []
        if ctx.words[k] in COMMAS or find_in(ctx, TRIGGERS, k, k + 1):
            return []  # another clause or another meeting
    return []


def _joined(ctx: Context, k: int) -> Mention | None:
    """The person or title that «و» at word k joins on («والعقيد»، «و X»)."""
    split = ctx.words[k:k + 1] == ["و"]
    head = next((m for m in ctx.starting_in(k + split, k + split) if m.label in ("PER", "TITLE")), None)
    return head if head is not None and (split or head.lead == "و") else None


def _co_chairs(ctx: Context, chair: Mention) -> list[Mention]:
    """«ترأس المؤتمر العقيد X، قائد حرس الحدود، والعقيد Y»، «برئاسة X والعقيد Y»: the persons joined to the chair
    by «و» (each with its rank or office) chair with it; an appositive office «، …،» may stand between, and
    «وبحضور Y»، «وحضره Y» join no chair (§4 chair: the PER of the ترأس/برئاسة sentence)."""
    out = [chair]
    while True:
        last = out[-1].last
        _, b = clause(ctx, last)
        k = _past_comma(ctx, last + 1)
        head = _joined(ctx, k)
        if head is None and k > last + 1 and not ctx.key(k).startswith("و"):  # an appositive office up to the next comma
            # («، وبمشاركة كبار القادة، ووزير الدفاع Y»: a conjunct after the comma is no apposition, its persons take part)
            k = next((j + 1 for j in range(k, min(b, k + CO_CHAIR_WINDOW) + 1) if ctx.words[j] in COMMAS), k)
            head = _joined(ctx, k)
        if head is None:
            return out
        while head is not None and head.label == "TITLE":  # «والعقيد الركن Y»: the ranks before the name
            head = next((m for m in ctx.starting_in(head.last + 1, head.last + 1) if m.label in ("PER", "TITLE")), None)
        if head is None or head.label != "PER" or head.last > b:
            return out
        out.append(head)


def _convener(ctx: Context, v: int, i: int) -> list[Mention]:
    """«عقد المشرف العام على السوق الدكتور X أول ورشة عمل»، «عقد محافظ الخرج X اجتماعا عاجلا مع … Y»: the person who
    holds the meeting, named between the verb of holding and the noun, attends it (GUIDELINES §7 decision 62: without
    «ترأس/برئاسة» a convener is no chair), and so does the person a talk is held with after «مع» (decision 36)."""
    out = [m for m in ctx.starting_in(v + 1, i - 1) if m.label == "PER"][:1]
    # «-X وY- مؤتمرا»: the persons joined to him by «و» hold it with him
    out = _co_chairs(ctx, out[0]) if out else []
    # «وعقد رئيس البرلمان أمس اجتماعا»: an office with no name of its own stands for the person named before who
    # holds it, as for a chair (decision 62)
    out = out or [h for h in [_chair_office(ctx, v, i - 1)] if h] or _sentence_subject(ctx, v, i)
    # «رئيس الوزراء X عقد جلسة طارئة»: the person right before the verb (over «قد») holds it
    k = v - (ctx.key(v - 1) == ALREADY)
    if not out and not ctx.words[v].startswith(("ل", "ب")) and not any(c in ctx.key(v) for c in CHAIR_KEYS):
        out = [m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k - 1) if m.label == "PER" and m.last == k - 1]
    # «عقدت (الإدارة) اجتماعا تشاوريا مع رئيس لجنة المسابقات X»: the person a talk is held with attends (decision 36)
    if _norm(ctx.key(i)).startswith(TALKS):
        _, b = clause(ctx, i)
        with_ = _with_after(ctx, i, b, WITH_WINDOW)
        if with_ is not None:
            out += _named_after(ctx, with_, b)[:1]
    return out


def _host(ctx: Context, v: int) -> Mention | None:
    """The body right after a verb of holding that follows the meeting noun («التي عقدتها لجنة X»، «اجتماع عقدته
    «النصرة»»: over an opening quote)."""
    k = v + 1 + (ctx.words[v + 1:v + 2] != [] and ctx.words[v + 1] in QUOTES)
    return next((m for m in ctx.starting_in(k, k) if m.label == "ORG"), None)


def _alias(ctx: Context, m: Mention) -> bool:
    """«محمود عباس (أبو مازن)»: a bracketed kunya or alias right after a person's name is that person again
    (GUIDELINES §7 decision 73), so it attends once, under the name."""
    if ctx.words[m.first - 1:m.first] != ["("] or ctx.words[m.last + 1:m.last + 2] != [")"]:
        return False
    return any(p.label == "PER" and p.last == m.first - 2 for p in ctx.starting_in(max(0, m.first - 12), m.first - 2))


def _council(ctx: Context, i: int) -> Mention | None:
    """The parliament or council named after the sitting noun at i, in its clause (its organizer)."""
    _, b = clause(ctx, i)
    return next((m for m in ctx.starting_in(i + 1, min(b, i + SITTING_WINDOW)) if m.label == "ORG"
                 and word_key(ctx.text[m.start:m.end].split()[0]) in COUNCILS), None)


def _sitting(ctx: Context, i: int) -> bool:
    """Is «دورة» at i a sitting: a kind of sitting right after it («استثنائية»)، or a council's genitive after
    it and its bracketed number («الدورة (31) لمجلس …»)?"""
    if _norm(ctx.key(i)) not in SITTING:
        return False
    j = i + 3 if ctx.words[i + 1:i + 2] == ["("] and ctx.words[i + 3:i + 4] == [")"] else i
    if ctx.key(j + 1) in SITTING_KINDS:
        return True
    council = _council(ctx, i)
    return council is not None and council.first <= j + 1 + _lam(ctx, j + 1)


def _started(ctx: Context, i: int, a: int) -> int | None:
    """The verb of starting or taking place before the meeting noun at i in its clause, with only a date
    («أمس»، «مساء أول من أمس») and a place («في العاصمة الموريتانية نواكشوط») between: anything else makes
    the noun part of another phrase («وبدأ اللاعب برنامجه من خلال جلسة …»)."""
    r = _round(ctx, i)
    end = i if r is None else r
    v = next((v for v in range(end - 1, max(a, end - START_WINDOW) - 1, -1) if _norm(ctx.key(v)) in START), None)
    if v is None:
        return None
    k = v + 1
    while k < end:
        if r is not None and (ctx.key(k) == "و" or ctx.words[k] in BRACKETS):
            k += 1  # «تستأنف مصر والسودان وإثيوبيا اليوم (الأربعاء) جولة …»: the parties that resume it, the day
            continue
        subject = next((m for m in ctx.starting_in(k, k) if m.label in ("LOC", "ORG", "PER") and m.last < end), None)
        if r is not None and subject is not None and subject.lead != "ب" and ctx.key(k - 1) not in PLACE_PREP:
            k = subject.last + 1
            continue
        place = next((m for m in ctx.starting_in(k, min(i - 1, k + 3)) if m.label == "LOC" and m.last < i), None)
        if ctx.key(k) in PLACE_PREP and place is not None and all(
                ctx.key(j).startswith("ال") for j in range(k + 1, place.first)):
            k = place.last + 1  # «في العاصمة الموريتانية نواكشوط»
        elif place is not None and place.first == k and place.lead == "ب":
            k = place.last + 1
        elif ctx.words[k] in COMMAS or ctx.key(k) in WHEN:
            k += 1
        else:
            return None
    return v


def _bracketed_day(ctx: Context, date: list[int]) -> list[int]:
    """«اليوم (الأربعاء)»، «يوم الإثنين (3 أغسطس)»: the weekday or day of the month in brackets right after the date
    restates it and is written in the date slot (GUIDELINES §7 decisions 21 and 385: the date as written)."""
    k = bisect_left(ctx.spans, (date[1],))
    if ctx.words[k:k + 1] != ["("]:
        return date
    close = next((j for j in range(k + 1, min(len(ctx.words), k + 5)) if ctx.words[j] == ")"), None)
    if close is None or close == k + 1 or not all(
            ctx.key(j) in WEEKDAYS or ctx.words[j].isdigit() or ctx.is_month(j) for j in range(k + 1, close)):
        return date
    return [date[0], ctx.spans[close][1]]


def _round(ctx: Context, i: int) -> int | None:
    """The «جولة» of «جولة (جديدة/ثانية) من» right before the talks noun at i, which names one round of them."""
    if _norm(ctx.key(i)) not in ROUND_TALKS or ctx.key(i - 1) != "من":
        return None
    return next((r for r in (i - 2, i - 3) if r >= 0 and _norm(ctx.key(r)).removeprefix("ال") == ROUND_NOUN), None)


def _place_between(ctx: Context, v: int, i: int) -> Mention | None:
    """«لدى ترؤسه في مكتبه بجدة أمس الاجتماع»، «انطلقت في العاصمة الموريتانية نواكشوط … دورة»: the place after
    «في/بـ» (and a descriptor of it, «العاصمة …») between the verb that holds the meeting and its noun; a place
    right after a body or another place is where that one is («عقدت اللجنة الإقليمية في مقاطعة X مؤتمراً»)."""
    for m in ctx.starting_in(v + 1, i - 1):
        if m.label != "LOC" or m.last >= i:
            continue
        k = m.first - 1
        if m.lead != "ب":
            while k > v and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k) and m.first - k <= 2:
                k -= 1  # «العاصمة الموريتانية»
            if ctx.key(k) not in PLACE_PREP:
                continue
            k -= 1
        if not any(n.last == k for n in ctx.starting_in(v + 1, k)):
            return m
    return None


def _definite(ctx: Context) -> list[int]:
    """Definite meeting nouns («المؤتمر الصحافي»، «المحادثات»): a trigger only when reported (see frames)."""
    return find(ctx, tuple("ال" + s for s in TRIGGERS))


def _location(ctx: Context, i: int, b: int, over_people: bool = False, window: int = LOC_WINDOW) -> Mention | None:
    """The place after the meeting noun: «في LOC» or «بـLOC» within LOC_WINDOW words of it in its clause,
    before any person is named («اجتماعه في بغداد السبت الماضي برئيس …»); after a verb of taking place, over
    its subject («الاجتماع الذي عقده أوباما بأديس أبابا»). With no such place, the body after «بمقر/في مقر» (SEAT)."""
    seat = None  # «مؤتمر صحافي عقده أمس بمقر وزارة الداخلية»: the body whose seat hosts it, unless a place follows
    for m in ctx.starting_in(i + 1, min(b, i + window)):
        if m.label in ("PER", "TITLE") and not over_people:
            return seat
        if m.label == "LOC" and (ctx.key(m.first - 1) == "في" or m.lead in ("ب",) or
                                 ctx.key(m.first - 1) in ("ب", "بـ") or _described_place(ctx, m)):
            return m
        if seat is None and m.label == "ORG" and not m.lead and _norm(ctx.key(m.first - 1)) in SEAT:
            seat = m
    return seat


def _described_place(ctx: Context, m: Mention) -> bool:
    """«في العاصمة اللبنانية بيروت»: a place after «في» and a definite descriptor of it in no span (a noun and its
    nisba adjective), as _place_between reads it (GUIDELINES §7 decision 36: the place of the meeting)."""
    k = m.first - 1
    while k >= m.first - 2 and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k):
        k -= 1
    return k < m.first - 1 and ctx.key(k) == "في"


def _where(ctx: Context, i: int, a: int) -> Mention | None:
    """«زار X طهران اليوم حيث التقى …»: the place visited before «حيث»."""
    if ctx.key(i - 1) != "حيث":
        return None
    locs = [m for m in ctx.starting_in(max(a, i - 5), i - 2) if m.label == "LOC" and m.last < i - 1]
    return locs[-1] if locs else None


def _destination(ctx: Context, i: int, a: int, b: int) -> Mention | None:
    """«يتوجه الرئيس إلى الكاميرون (اليوم)، وسيجري محادثات مع الرئيس X»، «سيجتمع خلال زيارته لعدن مع الوزراء»: the
    place a participant travels to or visits, in the clause of a meeting of named people, before the noun or right
    after it, is where they meet."""
    for k in range(a, min(b, i + TRAVEL_WINDOW) + 1):
        key = _norm(ctx.key(k))
        if not (key.startswith(TRAVEL) or key[:1] == "و" and key[1:].startswith(TRAVEL)):  # «وسيسافر» glued
            continue
        # «وسيسافر X إلى جورجيا»: over the traveller named right after the verb
        n = next((m.last + 1 for m in ctx.starting_in(k + 1, k + 1) if m.label == "PER"), k + 1) \
            if not key.startswith(VISIT) else k + 1  # «زيارة X إلى Y» is the visit's, not the meeting's
        j = n + (ctx.key(n) in TO)
        place = next((m for m in ctx.starting_in(j, j) if m.label == "LOC"), None)
        if place is None and ctx.words[j:j + 1] in (["ل"], ["لـ"]):  # «لعدن» split
            place = next((m for m in ctx.starting_in(j + 1, j + 1) if m.label == "LOC"), None)
        if place is not None and (place.lead in ("", "ل") and n == k + 1 or ctx.key(n) in TO):
            return place
    return None


def _referred_body(ctx: Context, k: int) -> Mention | None:
    """The body a bare definite word at k refers back to («الوزارة» … «وزارة الحج» named before): the first mention
    of the one ORG named before k whose head noun it is; none when two bodies of that head were named (GUIDELINES §7
    decisions 22, 297: an anaphoric ORG filler is the body's first named mention)."""
    key = _norm(ctx.key(k))
    if not key.startswith("ال") or key[2:] not in BODY_NOUNS or any(
            m.first <= k <= m.last for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k)):
        return None
    named = [m for m in ctx.mentions if m.label == "ORG" and m.last < k and ctx.head(m) == key[2:]]
    if len({_name(ctx, m) for m in named}) != 1:
        return None
    return named[0]


def _organizer(ctx: Context, verbs: list[int], i: int) -> Mention | None:
    if verbs:
        # «وعقد رئيس البرلمان أمس اجتماعا»: a body in the genitive of an office convenes nothing, its holder does
        # (a person: no organizer, GUIDELINES §7 decision 62)
        orgs = [m for m in mentions_in(ctx, verbs[-1], i, "ORG") if not any(
            t.label == "TITLE" and t.last == m.first - 1 for t in ctx.starting_in(verbs[-1], m.first - 1))]
        if orgs:
            return orgs[0]
        v = verbs[-1] - (ctx.words[verbs[-1] - 1] in ("ل", "لـ"))
        v -= ctx.key(v - 1) == ALREADY  # «وكانت شرطة X قد عقدت … جلسة عمل»
        before = [m for m in ctx.starting_in(max(0, v - 6), v - 1) if m.label == "ORG" and m.last == v - 1]
        if before:
            return before[-1]  # «أعلن مجلس النواب عقد جلسته»
        # «نظمت الوزارة اجتماعاً»، «أن الوزارة كانت قد نظمت اجتماعاً»: a bare definite word for a body named before
        referred = _referred_body(ctx, verbs[-1] + 1) or _referred_body(ctx, v - 1) \
            or (_referred_body(ctx, v - 2) if ctx.key(v - 1) in WAS else None)
        if referred:
            return referred
    after = _genitive_org(ctx, i)
    if after:
        return after
    _, b = clause(ctx, i)
    for j in range(i + 1, min(b, i + LOC_WINDOW) + 1):
        if _norm(ctx.key(j)) in SPONSOR_KEYS or (ctx.words[j] == "ب" and "ب" + ctx.key(j + 1) in SPONSOR_KEYS):
            k = j + (ctx.words[j] == "ب")
            hosts = [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "ORG"]
            return hosts[0] if hosts else None
    return None


def _genitive_org(ctx: Context, i: int) -> Mention | None:
    """«اجتماعات الجمعية العامة»، «اجتماع لحزب X»: the body right after the noun holds it."""
    i += ctx.key(i + 1) in SITTING_KINDS  # «جلسة استثنائية للحكومة»
    after = [m for m in ctx.starting_in(i + 1, i + 1) if m.label == "ORG"]
    if after:
        return after[0]
    if (referred := _referred_body(ctx, i + 1)) is not None:  # «اجتماع اللجنة»: the committee named before
        return referred
    # «المؤتمر السنوي لحزب X»، «الاجتماع المقبل للجنة Y»: over the noun's definite adjectives to «ل» + the body
    k = i + 1
    while k <= i + GENITIVE_ADJECTIVES and ctx.key(k).startswith("ال") and not ctx.starting_in(k, k):
        k += 1
    if _lam(ctx, k):
        after = [m for m in ctx.starting_in(k + 1, k + 1) if m.label == "ORG"]
        return after[0] if after else None
    return None


def _day_after(ctx: Context, i: int) -> list[int] | None:
    """«وشارك الوزيران في اجتماع السبت»: a relative date right after an indefinite meeting noun after «في/خلال» names
    the day of one specific meeting, which is reported (GUIDELINES §7 decisions 21, 36); not «لقاء الجمعة» (a match)
    nor a plural («جلسات أمس»: sittings of an event already reported)."""
    if _norm(ctx.key(i)).lstrip("بل") not in DAY_MEETING:
        return None
    d = relative_date(ctx, i + 1, 1)
    return d if d is not None and d[0] == ctx.spans[i + 1][0] else None


def _clause_date(ctx: Context, i: int, b: int) -> list[int] | None:
    """A date written relative to the news after the meeting noun in its clause, within CLAUSE_DATE_WINDOW words
    and before any «أن/إن» or quotation mark (what follows is another event: «قبل أن يتوجه … عصر أمس», or a
    title) or another meeting noun, not «اليوم نفسه» (the day of another event; GUIDELINES §7 decision 21)."""
    last = min(b, i + CLAUSE_DATE_WINDOW)
    end = next((j for j in range(i + 1, last + 1) if ctx.key(j) in THAT or ctx.words[j] in "«\""), last + 1)
    # «يلتقي الوفد بـX لبحث محادثات جرت في جنيف أمس»: a date past another meeting noun dates that meeting
    end = min([end] + find_in(ctx, TRIGGERS, i + 1, end))
    return next(iter(_dates_in(ctx, i + 1, end)), None)


def _date_before(ctx: Context, i: int, a: int) -> list[int] | None:
    """The last relative date in the DATE_BEFORE words before the meeting noun at i in its clause («دافع X أمس الأحد
    خلال جلسة الاستماع»): news puts the day of the event it reports after its subject, before the noun (GUIDELINES §7
    decision 21). Not over «أن/إن/إنه» or a quote (what follows is said), not inside a name («عين اليوم»), not the
    day of a statement right after its verb («وأعلن أمس عن جلسة»), and a weekday in brackets only repeats the day."""
    lo = max(a, i - DATE_BEFORE)
    lo = next((j + 1 for j in range(i - 1, lo - 1, -1) if _said(ctx, j) or ctx.words[j] in QUOTES), lo)
    named = {k for m in ctx.starting_in(max(0, lo - OFFICE_CHAIN), i - 1) if m.label != "NUM"
             for k in range(m.first, m.last + 1)}
    dates = [d for d in _dates_in(ctx, lo, i) if (k := bisect_left(ctx.spans, (d[0],))) not in named
             and ctx.words[k - 1:k] != ["("]
             and not any(_speaks(ctx, j) for j in range(max(a, k - STATEMENT), k))]
    return dates[-1] if dates else None


def _said_on(ctx: Context, i: int, a: int) -> list[int] | None:
    """«بحسب ما ذكر أمس في مؤتمر صحافي في سيول»: a relative date that ends right before the «في/خلال» of a meeting
    noun where a speaker speaks is the day of the meeting he speaks at (GUIDELINES §7 decision 21); it wins over a
    month named earlier in the sentence, which dates what he said."""
    k = i - 1 - (ctx.key(i - 1) in OCCASION)  # the «في/خلال» before the noun
    return next((d for j in range(max(a, k - 4), k) if (d := relative_date(ctx, j, k - j)) is not None
                 and ctx.spans[j][0] == d[0] and d[1] == ctx.spans[k - 1][1]), None)


def _dated(ctx: Context, i: int, b: int) -> list[int] | None:
    """«في جلسة بتاريخ 15-07-2015»، «المنعقدة بتاريخ 17/8/1422هـ»: a date in figures after «بتاريخ» right after the
    meeting noun (over an adjective or a participle of holding) is its date (GUIDELINES §7 decision 21)."""
    for k in range(i + 1, min(b, i + DATED_WINDOW) + 1):
        split = ctx.words[k] in ("ب", "بـ")
        if (ctx.key(k + 1) if split else _norm(ctx.key(k))) == DATED:
            return numeric_date(ctx, k + 1 + split)
    return None


def _speaks(ctx: Context, j: int) -> bool:
    """Is word j a verb or noun of speaking («قال، أعلن، أوضح، تصريح …»)?"""
    return _norm(ctx.key(j)).startswith(SPEAK)


def _said(ctx: Context, j: int) -> bool:
    """Is word j «أن/إن», bare or with a pronoun («إنه التقى …»)?"""
    key = ctx.key(j)
    return key in THAT or key[:2] in THAT and key[2:] in PRONOUNS


def _dates_in(ctx: Context, j: int, end: int) -> list[list[int]]:
    """The relative dates that start in words [j, end), each whole («اليوم الاثنين»), but not «اليوم نفسه»."""
    out = []
    while j < end:
        d = relative_date(ctx, j, 1)
        if d is not None and ctx.key(bisect_left(ctx.spans, (d[1],))) not in SAME:
            out.append(d)
        j = bisect_left(ctx.spans, (d[1],)) if d is not None else j + 1
    return out


def _adjective(ctx: Context, i: int) -> bool:
    """«الاجتماعية»، «اجتماعي»: a nisba adjective of a meeting noun is no meeting."""
    key = _norm(ctx.key(i)).lstrip("بل")
    key = key[2:] if key.startswith("ال") else key
    return any(key.startswith(s) and key[len(s):].startswith("ي") for s in TRIGGER_KEYS)


def _ceremony(ctx: Context, i: int) -> bool:
    """«اجتمع السائقون … من أجل وداع X»: a gathering for a farewell, burial or condolence (GUIDELINES §7
    decision 81); «حفل معايدة … اجتمع فيه المتعافون»: a gathering in a ceremony already named."""
    if ctx.key(i + 1) in IN_IT:
        return True
    _, b = clause(ctx, i)
    keys = [ctx.key(j) for j in range(i, b + 1)]
    return any((k in FAREWELL and prev in FOR) or (_norm(k).startswith("ل") and _norm(k)[1:] in FAREWELL)
               for prev, k in zip(keys, keys[1:]))


def _after_reception(ctx: Context, i: int) -> bool:
    """Does a reception («استقبل») stand before the meeting noun at i in its sentence?"""
    return any(ctx.sent_of[j] == ctx.sent_of[i] for j in find_in(ctx, RECEIVE, max(0, i - RECEPTION_WINDOW), i))


def _attend(ctx: Context, lo: int, hi: int) -> list[int]:
    """The words in [lo, hi) after which the persons named attend: «بحضور»، «حضره»، «شارك»، «بمشاركة» (its «ب»
    glued or split off)."""
    return sorted(find_in(ctx, ATTEND, lo, hi) + [k for k in find_in(ctx, WITH_SHARE, lo, hi)
                                                  if ctx.words[k - 1] in ("ب", "بـ") and ctx.key(k) == WITH_SHARE_KEY])


def _partake(ctx: Context, i: int) -> int | None:
    """The verb or noun of attending or taking part right before the meeting noun at i («حضر اجتماعا»، «يشارك في
    مؤتمر»), not one of its own nouns («المشاركة» of «المشاركين»), else None."""
    v = i - 1 - (ctx.key(i - 1) == "في")
    if v < 0:
        return None
    key = _norm(ctx.key(v)).lstrip("ل")
    if not key.startswith(PARTAKE_KEYS) or key.startswith(PARTAKERS):
        return None
    return v if not _norm(ctx.key(i)).startswith(MATCH) else None  # a match, not a meeting


def _absent(ctx: Context, k: int) -> bool:
    """Is word k a negation or a word of absence («لم»، «عدم»، «لغياب»)?"""
    key = _norm(ctx.key(k))
    return key in ABSENT or key.removeprefix("ل") in ABSENT


def _partaker(ctx: Context, v: int) -> list[Mention]:
    """The person who takes part at the verb v: the nearest person before it in its clause, none after a negation or
    absence («لم يحضر»، «تغيبها عن حضور»)."""
    if any(_absent(ctx, k) for k in range(max(0, v - 3), v)):
        return []
    # «لمشاركتها في محادثات»: a verbal noun with a pronoun takes part for the one it refers to, not the nearest person
    if _norm(ctx.key(v)).lstrip("ل").startswith(PARTAKING_NOUNS) and ctx.key(v).endswith(PRONOUNS):
        return []
    a, _ = clause(ctx, v)
    return [m for m in ctx.starting_in(max(a, v - PARTAKER_WINDOW), v - 1) if m.label == "PER" and m.last < v][-1:]


def _attending(ctx: Context, i: int) -> list[Mention]:
    """«فيما حضر مع اللاعب في الجلسة كل من X، وY»، «أن كلا من الرئيس X والرئيس Y سيشاركون في القمة»: a later mention
    of the meeting after a verb of attending or taking part (over «مع X») places the persons of its clause there, after
    the last «أن/إن» before the verb (GUIDELINES §7 decision 133: every person the text places at the meeting)."""
    if ctx.key(i - 1) != "في":
        return []
    v = next((k for k in range(i - 2, max(0, i - 5), -1) if _norm(ctx.key(k)).startswith(PARTAKE_KEYS)), None)
    if v is None or any(_absent(ctx, k) for k in range(max(0, v - 3), v)):
        return []
    a, b = clause(ctx, i)
    a = next((k + 1 for k in range(v - 1, a - 1, -1) if _said(ctx, k)), a)
    return [m for m in ctx.starting_in(a, b) if m.label == "PER" and m.last <= b]


def _counted(ctx: Context, i: int) -> bool:
    """«1٬840 جلسة دعائية»، «حضر جلسة واحدة فقط»: meetings counted by a figure or «واحدة» are no one specific meeting
    (GUIDELINES §7 decision 36)."""
    return any(m.label == "NUM" and m.last == i - 1 for m in ctx.starting_in(max(0, i - 4), i - 1)) \
        or ctx.key(i + 1) in ONE


def _compound(ctx: Context, i: int) -> int:
    """«ورشة عمل»: the two words of a compound meeting noun are its trigger (the gold's span); 1 when word i opens
    one, else 0."""
    key = ctx.key(i)  # not _norm: the «و» of «ورشة» is a root letter
    return int(any(key.removeprefix(p).removeprefix("ال").startswith(WORKSHOP) for p in ("", "و", "ب", "وب"))
               and ctx.key(i + 1) in WORK_KEYS)


def _named_body(ctx: Context, i: int) -> bool:
    """«الذي أقامه ملتقى إعلاميي منطقة القصيم»: a meeting noun inside the name of a body (an ORG) is the body, which
    holds meetings (an organizer, GUIDELINES §7 decision 226), not a meeting of its own."""
    return any(m.label == "ORG" and m.first <= i <= m.last for m in ctx.starting_in(max(0, i - OFFICE_CHAIN), i))


def _regular(ctx: Context, i: int) -> bool:
    """«اجتماعات دورية»، «لقاء دوري»: a meeting noun with an adjective of recurrence names no one meeting."""
    return ctx.key(i + 1) in REGULAR


def _suffixed(ctx: Context, i: int) -> bool:
    """A meeting noun with a pronoun («لقاءاته»، «جلسته»): a meeting already named, unless it names its
    participants (WITH_PARTICIPANTS)."""
    key = _norm(ctx.key(i))
    return key.endswith(("ه", "ها", "هم", "هما")) and key not in WITH_PARTICIPANTS


def _named_for_place(ctx: Context, i: int) -> Mention | None:
    """«مؤتمر جنيف»، «قمة «كامب ديفيد»»، «مؤتمر بوتسدام»: a conference or summit named by the place right after it (in
    quotes or not) is one specific meeting held there, its location (GUIDELINES §7 decisions 36: a named one, 263:
    «في مؤتمر الخرطوم» → location «الخرطوم»); not a landmark of a process after «بعد/قبل/منذ/حتى» (decision 263)."""
    if _norm(ctx.key(i)).lstrip("بل") not in NAMED_BY_PLACE or _norm(ctx.key(i - 1)) in LANDMARK + SINCE:
        return None
    k = i + 1 + (ctx.words[i + 1:i + 2] != [] and ctx.words[i + 1] in QUOTES)
    return next((m for m in ctx.starting_in(k, k) if m.label == "LOC" and not m.lead), None)


def _in_name(ctx: Context, date: list[int] | None) -> bool:
    """Does the date lie inside an entity's name («الأمانة العامة لقوى 14 آذار»)? Then it dates nothing."""
    if date is None:
        return False
    k = bisect_left(ctx.spans, (date[0],))
    return any(m.label != "NUM" and m.first <= k and m.end >= date[1]
               for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k))


def _month_noun(ctx: Context, date: list[int]) -> list[int]:
    """«في شهر مايو (أيار) الماضي»: the noun «شهر» right before a month opens the date as written (GUIDELINES §7
    decision 21; the gold writes «شهر سبتمبر (أيلول) المقبل»)."""
    k = bisect_left(ctx.spans, (date[0],))
    if k > 0 and ctx.is_month(k) and _norm(ctx.key(k - 1)).removeprefix("ب") == MONTH_NOUN:
        return [ctx.spans[k - 1][0] + (ctx.words[k - 1].startswith("ب")), date[1]]
    return date


def _gathering_body(ctx: Context, i: int) -> Mention | None:
    """«المجلس التنفيذي المركزي لحزبه سيجتمع مساء اليوم»، «مجلس الشورى القيادي اجتمع مع علماء البلد»: the body right
    before «اجتمع» (over «قد») meets; it holds the meeting, its organizer (GUIDELINES §7 decisions 36, 226)."""
    if _norm(ctx.key(i)) not in GATHERED:
        return None
    k = i - (ctx.key(i - 1) == ALREADY)
    k -= ctx.words[k - 1:k] != [] and ctx.words[k - 1] in QUOTES  # «"مجلس الشورى القيادي" اجتمع»
    # «المجلس التنفيذي المركزي لحزبه سيجتمع»: over the «ل» + pronoun-suffixed party the body belongs to
    if k >= 2 and ctx.words[k - 2] == "ل" and not ctx.starting_in(k - 1, k - 1) \
            and _norm(ctx.key(k - 1)).endswith(PRONOUNS):
        k -= 2
    body = next((m for m in ctx.starting_in(max(0, k - OFFICE_CHAIN), k - 1) if m.label == "ORG" and m.last == k - 1),
                None) or _referred_body(ctx, k - 1) or _referred_body(ctx, i + 1)
    # «X نائب رئيس الحكومة سيجتمع»: a body in the genitive of an office is not the subject, its holder is
    if body is None or any(t.label == "TITLE" and t.last == body.first - 1
                           for t in ctx.starting_in(max(0, body.first - OFFICE_CHAIN), body.first - 1)):
        return None
    return body


def _convened_on(ctx: Context, i: int) -> bool:
    """«يجتمع خبراء الطيران الاثنين مع نظرائهم»: a verb of meeting («اجتمع/يجتمع»، not «يلتقي», also a match) with a
    relative date after its subject and then «مع» reports one dated meeting, its people unnamed (GUIDELINES §7
    decisions 21, 36)."""
    if _norm(ctx.key(i)) not in GATHERED:
        return False
    d = relative_date(ctx, i + 1, CONVENED_DATE)
    if d is None:
        return False
    k = bisect_left(ctx.spans, (d[1],))
    return ctx.key(k) == WITH


def _date_after_adjectives(ctx: Context, i: int) -> list[int] | None:
    """«في مؤتمر صحافي، أمس، في سول»، «في مؤتمره الصحافي اليومي الاثنين الماضي»: the relative date right after the
    noun's nisba adjectives and a comma is the day it was held (GUIDELINES §7 decision 21)."""
    k = i + 1
    while k <= i + NISBA_WINDOW and not ctx.starting_in(k, k) and _norm(ctx.key(k)).endswith("ي") \
            and ctx.key(k) not in DEICTIC_DAYS:
        k += 1
    if k == i + 1:
        return None
    k = _past_comma(ctx, k)
    return relative_date(ctx, k, 1)


def _date(ctx: Context, i: int, a: int, b: int, first: bool) -> list[int] | None:
    """The first month's date of the sentence for the article's meeting; of the clause for a later one."""
    if first:
        date = date_near(ctx, i)
        return None if _in_name(ctx, date) else date
    months = ctx.months()
    n = bisect_left(months, a)
    j = months[n] if n < len(months) else None
    if j is not None and find_in(ctx, TRIGGERS, i + 1, j):
        return None  # «يلتقي الوفد بـX … جولتي محادثات عقدتا في موسكو في يناير»: the month of the talks
    return date_at(ctx, j) if j is not None and a <= j <= b else None


def frames(ctx: Context) -> list[dict]:
    out = []
    found = sorted(set(find(ctx, TRIGGERS)) | {i for i in find(ctx, ROUND) if _norm(ctx.key(i)).lstrip("بل") == ROUND_KEY}
                   | {i for i in find(ctx, ("المفاوضات",)) if _round(ctx, i) is not None})
    definite = set(_definite(ctx))
    met = {i for i in find(ctx, MET) if _named_after(ctx, i, clause(ctx, i)[1]) or _subject(ctx, i)
           or _gathering_body(ctx, i) or _pronoun_subject(ctx, i) or _convened_on(ctx, i)}
    # «لدى اجتماعه مع قادة القطاعات»: the person before a meeting with a pronoun met (§7 decision 62)
    met |= {i for i in find(ctx, WITH_PARTICIPANTS) if _named_after(ctx, i, clause(ctx, i)[1])
            or any(m.label == "PER" for m in ctx.starting_in(clause(ctx, i)[0], i - 1))}
    gather = {i for i in found
              if any(_norm(ctx.key(j)).startswith(GATHER) for j in range(i + 1, min(i + 3, len(ctx.words))))
              and _named_after(ctx, i, clause(ctx, i)[1])}
    gather |= {i for i in found if i not in definite and _norm(ctx.key(i)).startswith(TALKS) and _held_with(ctx, i)}
    gather |= {i for i in found if i not in definite and _norm(ctx.key(i)).startswith(TALKS) and _genitive_pair(ctx, i)}
    # «لقاء المبعوث الأممي مع قادة …»: the holder of the office in the noun's genitive (GUIDELINES §7 decisions 36, 227)
    titled = {i: h for i in gather if (h := _titled_pair(ctx, i)) is not None}
    conducted = {i: c for i in found if (c := _conducted(ctx, i)) is not None
                 and (_met(ctx, i) or _sentence_subject(ctx, c[0], i))}
    met |= set(conducted)
    sittings = {i for i in find(ctx, SITTING) if _sitting(ctx, i)}
    nouns = set(found) | definite
    spoken = {i for i in nouns if _spoken_at(ctx, i)}
    held = {i: j for i in nouns if (j := _held_after(ctx, i)) is not None}
    # «خلال اجتماع لحزب X في 5 يونيو في ديار بكر»: a meeting reported with its host or place (decision 36)
    at = {i for i in found if ctx.key(i - 1) in AT and i not in definite}
    presented = {i: p for i in found if i not in definite and (p := _presenter(ctx, i))}
    # «خلال المؤتمر السنوي لحزب X»، «خلال الاجتماع المقبل للجنة Y»: a definite noun after «خلال/في» with an adjective
    # and the body that holds it is one meeting of that body, reported there (GUIDELINES §7 decision 36)
    owned = {i for i in definite if ctx.key(i - 1) in AT and _owned(ctx, i)}
    joined = {i: v for i in found if (v := _partake(ctx, i)) is not None}
    named_places: set[str] = set()  # «مؤتمر جنيف» again: the same meeting, no new frame (GUIDELINES §7 decision 118)
    for i in sorted(nouns | met | gather | spoken | set(held) | sittings):
        court = _court(ctx, i)
        if (_purpose(ctx, i) and court is None) or _counted(ctx, i) or _adjective(ctx, i) or _ceremony(ctx, i) \
                or _regular(ctx, i) or _named_body(ctx, i):
            # «أجلت المحكمة القضية لجلسة 17 أكتوبر»: a session postponed to is no purpose
            continue
        first = not out
        # «ترأس الجلسة الأولى X»: a session named by its rank with its own chair is a meeting of its own (decision 119)
        chaired = bool(_chairing(ctx, i - 1, i)) and ctx.key(i + 1) in SESSION_RANKS
        # «بدأت … جولة جديدة من المباحثات»: a new round is no repeat of a meeting reported before (decision 117)
        new_round = (r := _round(ctx, i)) is not None and (not ctx.key(r).startswith("ال") or ctx.key(r + 1) in ROUND_RANKS)
        if i in definite and not first and i not in sittings and not chaired and not new_round \
                and not _described(ctx, i, held, out) and not (i in owned and not _repeated(ctx, i, out)):
            continue  # a later mention of the meeting already reported (§6)
        if (i in definite or _suffixed(ctx, i) or _norm(ctx.key(i)) in WITH_PARTICIPANTS) and _after_reception(ctx, i):
            continue  # «استقبل X … وجرى خلال اللقاء …»: the reception again (GUIDELINES §7 decision 60)
        a, b = clause(ctx, i)
        if (venue := _named_for_place(ctx, i)) is not None:
            if ctx.surface(venue) in named_places:
                continue
            named_places.add(ctx.surface(venue))
        # the last verb of holding before the noun that is no purpose («لعقد»): the one that holds it
        verbs = next(([v] for v in reversed(sorted(find_in(ctx, HOLD, a, i) + _presiding(ctx, a, i)))
                      if not _purpose(ctx, v + 1)), []) if ctx.key(i - 1) not in LANDMARK else []
        # a verb of starting before the noun holds it too (a council's sitting is read by _sitting alone)
        if not verbs and i not in met and i not in gather and i not in sittings and not _purpose(ctx, i) \
                and (v := _started(ctx, i, a)) is not None:
            verbs = [v]
        # «وبدأت أمس دورة استثنائية …»: a sitting opened by a verb of starting takes its date and place from
        # between the verb and the noun (GUIDELINES §7 decision 21: «أمس» is the date as written)
        started = _started(ctx, i, a) if i in sittings and not verbs else None
        if i in definite and not (verbs or i in held or i in spoken or court is not None or i in owned):
            continue
        if not first and i in met and not verbs and not _named_after(ctx, i, b) and not find_in(ctx, MET, i, i + 1) \
                and i not in conducted:
            continue  # «خلال لقائه يوم أمس بالقيادات»: a later mention of the meeting of the person already reported
        scheduled = _norm(ctx.key(i - 1)) in SCHEDULE and _norm(ctx.key(i)).startswith(SESSION)
        chaired_by = i in held and _norm(ctx.key(held[i])).startswith(CHAIRED_BY)  # «الاجتماع الذي يرأسه X»
        reported = verbs or i in met or i in gather or court is not None or i in sittings or scheduled or chaired_by \
            or i in presented or i in joined or i in owned \
            or (i in spoken and (first or not _suffixed(ctx, i)))
        host = held[i] if i in held and _norm(ctx.key(held[i])).startswith(CONVENE) else None
        org = _organizer(ctx, verbs, i) or court or (_host(ctx, host) if host is not None else None) \
            or (_council(ctx, i) if i in sittings else None)
        owner = _possessor(ctx, i, a) if org is None and not verbs else None
        org = org or owner or (_gathering_body(ctx, i) if i in met else None)
        loc = _location(ctx, held[i], b, over_people=True) if i in held else None
        if i in held and _norm(ctx.key(held[i])).startswith(HOSTED):
            loc = next((m for m in ctx.starting_in(held[i] + 1, held[i] + 1) if m.label == "LOC"), loc)
        if loc is None and i in held and _host(ctx, held[i]) is None:
            loc = _venue(ctx, held[i], b)
        opener = verbs[-1] if verbs else started
        if loc is None and verbs and _norm(ctx.key(verbs[-1])).startswith(HOSTED):  # «استضافت باكستان … مفاوضات»
            loc = next((m for m in ctx.starting_in(verbs[-1] + 1, verbs[-1] + 1) if m.label == "LOC" and m.last < i), None)
        loc = loc or venue or _location(ctx, i, b, over_people=i in titled) or _where(ctx, i, a) \
            or (_place_between(ctx, opener, i) if opener is not None else None)
        # «التقى الوزير X، أمس بمقر الكلية بمصر الجديدة، بطلبة …»: the date and place said right after the person met
        who = next((m for m in ctx.starting_in(i + 1, min(b, i + NEAR + 3)) if m.label == "PER"), None) \
            if i in met and _norm(ctx.key(i)) in MET_KEYS else None
        after_who = _past_comma(ctx, who.last + 1) if who else None
        place = _location(ctx, who.last, b) if who else None
        if loc is None and place is not None and not find_in(ctx, TRIGGERS, who.last + 1, place.first):
            loc = place  # (not the place of other talks named after the person: «لبحث جولتي محادثات عقدتا في X»)
        if loc is None and (i in met or i in gather or verbs and _sentence_subject(ctx, verbs[-1], i)):
            loc = _destination(ctx, i, a, b)
        if loc is None:  # «…، وذلك بنادي ضباط قوى الأمن بالرياض»: the place the meeting's sentence adds after «وذلك»
            loc = next((_location(ctx, k, ctx.sentence_end(i), over_people=True, window=THAT_WINDOW)
                        for k in range(i + 1, ctx.sentence_end(i) + 1)
                        if ctx.key(k) == THEREBY or ctx.key(k) == THEREBY[1:] and ctx.words[k - 1] == "و"), None)
        # a meeting reported by a verb of taking place or after «في/خلال» names its host, place or date; a body
        # right after it, a place or «بحضور» close after it report it too (§7 36)
        near = (_genitive_org(ctx, i) is not None or _location(ctx, i, b, window=NEAR) is not None
                or bool(find_in(ctx, ("بحضور",), i + 1, min(b, i + NEAR) + 1))
                or venue is not None) and i not in definite
        held_date = _held_date(ctx, held[i]) if i in held else None
        # «اجتماعات عقدها كاميرون مع …»، «اجتماع عقدته «النصرة» مع …»: a meeting held by a named agent is reported
        # (GUIDELINES §7 decisions 36, 62)
        near = near or (host is not None and i not in definite and (
            org is not None and org.first > host or any(m.label == "PER" for m in ctx.starting_in(host + 1, host + 1))))
        if not reported and not near and not (first and owner) and not ((i in at or i in held) and (
                org or loc or held_date or (i in held and _date(ctx, i, a, b, False)))) \
                and not (i in at and _day_after(ctx, i) is not None) \
                and not (i in at and _date_after_adjectives(ctx, i) is not None):
            continue  # «في مؤتمره الصحافي اليومي الاثنين الماضي»: the day after its adjectives reports it (dec. 21, 36)
        slots: dict[str, list] = {}
        if org:
            slots["organizer"] = [m.id for m in _coordinated(ctx, org) + (_partners(ctx, org, i) if verbs else [])
                                  + (_partners_past_noun(ctx, i, b) if verbs and org.last < i else [])
                                  + (_partners_after(ctx, org) if host is not None and org.first > i else [])]
        if loc:
            slots["location"] = [m.id for m in _coordinated(ctx, loc)]
        # «خلال لقاء صحفي أمس في الرياض»: a relative date between the noun and its place, else after the place;
        # it wins over a month named further on in the sentence («اجتماعا في زيوريخ غدا الاثنين لتحديد موعد … بين
        # ديسمبر 2015 وفبراير 2016»: that month dates another event)
        place_after = loc is not None and loc.first > i
        after = _past_comma(ctx, loc.last + 1) if place_after else i + 1  # «في قطر، أمس واليوم»
        rel = (relative_date(ctx, i + 1, loc.first - i - 1) if place_after else None) or relative_date(ctx, after) \
            or _date_after_adjectives(ctx, i)
        date = _date(ctx, i, a, b, first)
        date = rel if rel and (date is None or date[0] > rel[1]) else date
        if rel is None and i in spoken and (said_on := _said_on(ctx, i, a)) is not None:
            date = said_on  # «بحسب ما ذكر أمس في مؤتمر صحافي»: the day said right before it, not a month before
        if date is None and loc is not None and loc.first < i:  # «إلى الكاميرون (اليوم)»: a bracket between
            date = relative_date(ctx, loc.last + 1 + (ctx.words[loc.last + 1:loc.last + 2] == ["("]), 2)
        if date is None and i in held:  # «جلسة مجلس الوزراء التي انعقدت يوم أمس»
            date = held_date
        if court is not None:  # «لجلسة 17 أكتوبر المقبل»، «جلستها المنعقدة أمس»
            month = next((k for k in range(i + 1, min(b, i + 3) + 1) if ctx.is_month(k)), None)
            date = (date_at(ctx, month) if month is not None else relative_date(ctx, i + 1, 3)) or date
        if date is None and opener is not None:  # «عقد … مساء أمس الاثنين اجتماعاً»، «وبدأت أمس دورة استثنائية»
            date = next((d for j in range(opener + 1, i) if (d := relative_date(ctx, j, min(4, i - j)))), None)
        if i in conducted and conducted[i][1] is not None:  # «يجري رئيس الحكومة X اليوم مباحثات»
            date = conducted[i][1]
        if date is None and (i in met or i in gather):  # «لدى اجتماعه مع قادة القطاعات مساء أمس الأول»
            date = relative_date(ctx, i + 1, 8) or (relative_date(ctx, after_who, 3) if who else None)
        if date is None and first:  # «ستبدأ محادثات مع دائنيها بشأن حزمة إنقاذ جديدة غدا الاثنين»
            date = _clause_date(ctx, i, b)
        if date is None:  # «بدأت المحكمة اليوم جلسة محاكمة …»، «دافع X أمس الأحد خلال جلسة الاستماع»
            date = _date_before(ctx, i, a)
        if date is None:  # «1945- مؤتمر بوتسدام يؤكد …»: the date that opens an entry of a chronology
            date = entry_date(ctx, i)
        date = _dated(ctx, i, b) or date  # «جلسة بتاريخ 15-07-2015»: the date the noun is said to be on
        if date:
            date = _bracketed_day(ctx, _month_noun(ctx, date))
            slots["date"] = [date] + ([other] if (other := same_day(ctx, date)) else [])
        if first and (verbs or host is not None):  # the article's meeting held by a body: attendance sentences anywhere
            chairs = [p for v in _chairing(ctx, 0, len(ctx.words)) for p in _chair_of(ctx, v, clause(ctx, v)[1])]
            attending = [p for v in _attend(ctx, 0, len(ctx.words)) for p in ctx.starting_in(v, _over_titles(
                ctx, ctx.sentence_end(v))) if p.label == "PER"]
            attending += _addresses(ctx, i)
        else:
            chairs = [p for v in _chairing(ctx, a, b + 1) for p in _chair_of(ctx, v, b)]
            if not chairs and chaired:  # «X، ترأس الجلسة الأولى»: the subject before the verb
                chairs = [m for m in ctx.starting_in(a, i - 2) if m.label == "PER"][-1:]
            attending = [p for v in _attend(ctx, a, b + 1) for p in ctx.starting_in(v, b)
                         if p.label == "PER"]
            attending += [p for v in find_in(ctx, ("بحضور",), i + 1, min(b, i + NEAR) + 1)
                          for p in ctx.starting_in(v, ctx.sentence_end(v)) if p.label == "PER"]
        if host is not None:  # «الاجتماع الذي عقده أوباما»: the person who convenes it attends (§7 decision 62)
            attending += [m for m in ctx.starting_in(host + 1, host + 1) if m.label == "PER"] or _unnamed_host(ctx, host, a, i)
            # «مؤتمر صحفي مشترك عقده في جدة أمس مع نظيره المصري X»: the person it is held with attends (decision 36)
            with_ = _with_after(ctx, host, b, HELD_WINDOW)
            attending += _named_after(ctx, with_, min(b, with_ + OFFICE_CHAIN))[:1] if with_ is not None else []
        attending += _actor_before(ctx, i)
        if verbs and not _norm(ctx.key(verbs[-1])).startswith(CHAIR_KEYS + PRESIDE):
            attending += _convener(ctx, verbs[-1], i)
        if not chairs and chaired_by:
            chairs = mentions_in(ctx, held[i], b, "PER")[:1] or [h for h in [_chair_office(ctx, held[i], b)] if h]
        if chairs:
            slots["chair"] = [m.id for m in _co_chairs(ctx, chairs[0])]
        if not verbs:
            if i in met or i in gather:
                said = _pronoun_subject(ctx, i)  # «يقول X لـ Y إنه التقى»: X meets, not the nearer Y
                attending += ([said] + _named_after(ctx, i, b) if said else _met(ctx, i)) + (_companions(ctx) if first else [])
                attending += [titled[i]] if i in titled else []  # «اجتماع وزير التعليم بـ…»: the office's holder
                attending += _sentence_subject(ctx, conducted[i][0], i) if i in conducted else []
            elif i in spoken:
                attending += _speaker(ctx, i)
            else:
                attending += _fronted(ctx, i)
            attending += presented.get(i, [])
            attending += _partaker(ctx, joined[i]) if i in joined else []
        attendees = [p for p in dict.fromkeys(m.id for m in attending if not _alias(ctx, m) and not _not_there(ctx, m))
                     if p not in slots.get("chair", [])]
        if attendees:
            slots["attendee"] = attendees
        if not first and not slots:
            continue
        if not first and list(slots) == ["organizer"] and {_surface(ctx, o) for o in slots["organizer"]} <= {
                _surface(ctx, o) for f in out for o in f["slots"].get("organizer", [])}:
            continue  # «تأجيل جلسات مجلس الوزراء» after its sitting: the same body's meeting again (decision 135)
        out.append({"type": "meeting", "trigger": ctx.span(i, i + _compound(ctx, i)), "slots": slots})
    # «وفي مستهل الاجتماع رحب X»، «وخلال افتتاح الدورة البرلمانية، أوضح Y»: a later mention of the meeting just
    # reported places a person there; they attend that meeting (GUIDELINES §7 decision 118)
    # «وبدأ الوزيران X وY اجتماعهما مع ممثلي الدائنين»: a later mention with its participants' pronoun places the
    # persons before it, joined by «و», at the meeting just reported
    opened = {f["trigger"][0] for f in out}
    theirs = set(find(ctx, WITH_PARTICIPANTS))
    for i in sorted(definite | set(find(ctx, ("الدورة",))) | theirs):
        before = [f for f in out if f["trigger"][0] < ctx.spans[i][0]]
        if ctx.spans[i][0] in opened or not before:
            continue
        # «أما أشار X … خلال المؤتمر الصحفي»: a speaker at a later mention of it speaks at it (decisions 118, 211)
        _place_at(ctx, before[-1]["slots"], _fronted(ctx, i) + (_subjects(ctx, i) if i in theirs else [])
                  + (_speaker(ctx, i) if i in spoken else []) + _attending(ctx, i))
        if (date := _restated_date(ctx, i, before[-1])) is not None:
            before[-1]["slots"]["date"] = [date]
    taken = {f["trigger"][0] for f in out}
    out += [f for f in _first_person(ctx) if f["trigger"][0] not in taken]
    if out:
        _place_at(ctx, out[0]["slots"], _papers(ctx, out[0]))
    for f in out:
        _at_first_mention(ctx, f["slots"])
    return out


def _over_titles(ctx: Context, b: int) -> int:
    """The end b of a clause or sentence moved on over the point of an abbreviated title at its end («ومستشار الطب
    النفسي د. صالح اللويم»): the tokenizer ends a sentence there, but the name after it belongs to the same clause."""
    while True:
        if b + 2 < len(ctx.words) and ctx.words[b + 1] == "." and ctx.key(b) in ABBREVIATED_TITLES:
            b = clause(ctx, b + 2)[1]  # a clause's end: the word before the point
        elif b + 1 < len(ctx.words) and ctx.words[b] == "." and ctx.key(b - 1) in ABBREVIATED_TITLES:
            b = ctx.sentence_end(b + 1)  # a sentence's end: the point itself
        else:
            return b


def _quoted_speaker(ctx: Context, i: int) -> Mention | None:
    """«واضافت بوكوفا " التقيت …»، «وأضاف X في مؤتمر صحافي: «اجتمعنا …»: the person who says the quote that opens
    right before word i, named in the sentence before the quote mark after a verb of saying (GUIDELINES §7 decision
    22: the speaker of a quote is its subject)."""
    q = i - 1
    if q < 0 or ctx.words[q] not in QUOTES:
        return None
    lo = ctx.sentence_start(q)
    if not any(_speaks(ctx, j) for j in range(lo, q)):
        return None
    return next((m for m in reversed(ctx.starting_in(lo, q - 1)) if m.label == "PER" and m.last < q), None)


def _first_person(ctx: Context) -> list[dict]:
    """«التقيت قبل عامين … د. طارق متري»، «وفي ختام لقائنا مع الإعلامية X»، «وأضاف X: «اجتمعنا مع …»»: a
    first-person verb or noun of meeting reports one meeting of the writer or of the speaker of the quote it opens
    (GUIDELINES §7 decisions 36, 97: one named participant is enough); the named person met right after it and the
    quote's speaker attend. A meeting with several people summed up («التقيت عدداً من الشخصيات مثل …») opens none
    (decision 341), nor one with no named participant («التقيت بمسن»)."""
    out = []
    for i in find(ctx, FIRST_PERSON_MET):
        if _purpose(ctx, i) or ctx.key(i - 1) in LANDMARK:
            continue
        a, b = clause(ctx, i)
        end = min(_over_titles(ctx, b), i + MET_OBJECT_WINDOW)
        met = next((m for m in ctx.starting_in(i + 1, end) if m.label == "PER" and m.last <= end), None)
        if met is not None and any(_norm(ctx.key(k)).removeprefix("ب") in SEVERAL for k in range(i + 1, met.first)):
            continue
        people = [m for m in (_quoted_speaker(ctx, i), met) if m is not None]
        if not people:
            continue
        slots: dict[str, list] = {"attendee": [m.id for m in people]}
        date = relative_date(ctx, i + 1, 3) or _date_before(ctx, i, a)
        if date:
            slots["date"] = [date]
        out.append({"type": "meeting", "trigger": ctx.span(i, i), "slots": slots})
    return out


def _described(ctx: Context, i: int, held: dict[int, int], out: list[dict]) -> bool:
    """«في المؤتمر الصحفي الذي عقده في الكويت في 26 يوليو»، «خلال المنتدى العالمي الثامن …، الذي أقيم في مدينة
    نيويورك»: a definite meeting noun described by words after it and a relative clause of holding that gives its
    place or date is a meeting of its own, not a later mention, unless an earlier frame has the same noun (§7
    decisions 36, 118)."""
    if i not in held or ctx.key(held[i] - 1) not in RELATIVE_KEYS or held[i] - 1 == i + 1:
        return False
    if any(_noun(ctx.key(bisect_left(ctx.spans, (f["trigger"][0],)))) == _noun(ctx.key(i)) for f in out):
        return False
    _, b = clause(ctx, i)
    return _location(ctx, held[i], b, over_people=True) is not None or _held_date(ctx, held[i]) is not None


def _owned(ctx: Context, i: int) -> bool:
    """«المؤتمر السنوي لحزب X»: a definite meeting noun with at least one definite adjective and then «ل» + the body
    that holds it (a bare «المؤتمر لـ…» or «الجلسة الأولى للملتقى», a part of a meeting, is not one)."""
    org = _genitive_org(ctx, i)
    return org is not None and org.first > i + 2 and ctx.key(i + 1).startswith("ال") \
        and ctx.key(i + 1) not in SESSION_RANKS


def _repeated(ctx: Context, i: int, out: list[dict]) -> bool:
    """Has an earlier frame the same meeting noun (a later mention of the same meeting, GUIDELINES §7 decision 118)?"""
    return any(_noun(ctx.key(bisect_left(ctx.spans, (f["trigger"][0],)))) == _noun(ctx.key(i)) for f in out)


def _noun(key: str) -> str:
    """The bare meeting noun of a word: «الاجتماع»، «اجتماعا» → «اجتماع»."""
    key = _norm(key).removeprefix("ال")
    return next((t for t in TRIGGER_KEYS if key.startswith(t)), key)


def _restated_date(ctx: Context, i: int, frame: dict) -> list[int] | None:
    """«حضرا اجتماعا … الخميس: …» + «وقال أحد اللذين حضرا الاجتماع الذي عُقد مساء الأربعاء»: a later definite mention
    of the same noun whose relative clause of taking place states the day it was held dates the meeting it refers back
    to; that day is said of the meeting itself, so it wins over a date found near the first mention (GUIDELINES §7
    decision 118)."""
    t = bisect_left(ctx.spans, (frame["trigger"][0],))
    if ctx.key(i + 1) not in RELATIVE_KEYS or not _norm(ctx.key(i + 2)).startswith(HELD_AFTER) \
            or _noun(ctx.key(i)) != _noun(ctx.key(t)) or _norm(ctx.key(i + 2)).startswith(CHAIRED_BY + HOSTED):
        return None
    return _held_date(ctx, i + 2)


def _name(ctx: Context, m: Mention) -> tuple[str, ...]:
    """The mention's words as keys, so that «أوباما» and «اوباما» are one name."""
    return tuple(word_key(w) for w in ctx.surface(m).split())


def _people_before(ctx: Context, m: Mention) -> Iterator[Mention]:
    """The PER mentions that start before m, in text order."""
    for p in ctx.mentions:
        if p.start >= m.start:
            return
        if p.label == "PER":
            yield p


def _first_mention(ctx: Context, m: Mention) -> Mention:
    """The person's first mention in the article (GUIDELINES §7 decisions 211, 227): the first mention of the same
    name, or of a longer name before it whose last words or first word are this one («جديع بن نهار القحطاني» …
    «القحطاني»); when the longer names before it are different people («خالد القحطاني» … «سعد القحطاني») it stays."""
    name = _name(ctx, m)
    same, longer = [], []
    for p in _people_before(ctx, m):
        full = _name(ctx, p)
        if full == name:
            same.append(p)
        elif len(full) > len(name) and (full[-len(name):] == name and full[-len(name) - 1] not in LINEAGE
                                        or len(name) == 1 and full[0] == name[0]):
            longer.append(p)  # («عمر بن عبد العزيز» … «عبد العزيز»: the father's name ends the son's, decision 227)
    widest = max((_name(ctx, p) for p in longer), key=len, default=())
    if any(not set(_name(ctx, p)) <= set(widest) for p in longer):
        return m  # two people share the short name: no antecedent
    return min(same + longer + _variants_before(ctx, m, name) + [m], key=lambda p: p.start)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two names of two words or more name one person in another form: one begins with the other («محمد بن
    سلمان» … «محمد بن سلمان بن عبدالعزيز»), or both share the first and the last word with a «بن» or a middle name
    between («عزام بن الدخيل» … «عزام بن محمد الدخيل»)?"""
    if len(a) < 2 or len(b) < 2 or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_[:len(short)] == short or a[0] == b[0] and a[-1] == b[-1]


def _variants_before(ctx: Context, m: Mention, name: tuple[str, ...]) -> list[Mention]:
    """Earlier mentions of the person of m written otherwise (GUIDELINES §7 decision 227: a PER filler is his first
    mention): the same person in a longer or shorter form (`_same_person`), or his surname alone before his full
    name («كارتر والبرزاني» … «التقى وزير الدفاع الامريكي اشتون كارتر»); none when another person of the article
    has a name of that form too («خالد القحطاني» … «سعد القحطاني»)."""
    people = {_name(ctx, p) for p in ctx.mentions if p.label == "PER"}
    # (a name of the «بن» form ends in the father's name: «سلمان» before «محمد بن سلمان» is another person)
    by_surname = len(name) > 1 and not set(name) & set(LINEAGE)
    out = []
    for p in _people_before(ctx, m):
        short = _name(ctx, p)
        surname = by_surname and short == name[-1:]
        if not (surname or _same_person(short, name)):
            continue
        # another person whose name also has this form: the earlier mention may be his
        rivals = [q for q in people if q not in (name, short) and not _same_person(q, name)
                  and (q[-1:] == short[-1:] if surname else _same_person(q, short))
                  and not (len(q) < len(name) and name[-len(q):] == q)]
        if not rivals:
            out.append(p)
    return out


def _at_first_mention(ctx: Context, slots: dict[str, list]) -> None:
    """Every PER attendee of the meeting at the person's first mention (decision 227), each person once and one who
    chairs it in the chair slot only. The chair stays where the rules found it: the written gold takes the chair at
    the meeting's sentence (3 chairs of annotations/train.jsonl), against decision 227's «any meeting slot»."""
    by_id = {m.id: m for m in ctx.mentions if m.label == "PER"}
    if "attendee" in slots:
        firsts = dict.fromkeys(_first_mention(ctx, by_id[v]).id if v in by_id else v for v in slots["attendee"])
        slots["attendee"] = [v for v in firsts if v not in slots.get("chair", [])]
        if not slots["attendee"]:
            del slots["attendee"]


def _place_at(ctx: Context, slots: dict[str, list], persons: list[Mention]) -> None:
    """Make `persons` attendees of the frame with these slots; a person already in it under another mention of the
    name, or named twice in `persons`, is in it once."""
    named = {_surface(ctx, p) for p in slots.get("chair", []) + slots.get("attendee", [])}
    for m in persons:
        if _surface(ctx, m.id) not in named and not _alias(ctx, m) and not _not_there(ctx, m):
            slots.setdefault("attendee", []).append(m.id)
            named.add(_surface(ctx, m.id))


def _papers(ctx: Context, frame: dict) -> list[Mention]:
    """«وقدم اللواء X ورقة عن …، وشارك في المناقشة كل من Y وZ»، «وتناولت الورقة الثانية … قدمها الرائد W»: the persons
    of a sentence about a paper presented or discussed at the article's meeting are placed at it (GUIDELINES §7
    decisions 98, 133: who addresses or attends the meeting is an attendee)."""
    after = bisect_left(ctx.spans, (frame["trigger"][1],))
    papers = [k for k in find(ctx, PAPER) if k > after] + \
        [k for k in find(ctx, PAPERS) if k > after and ctx.key(k + 1) == WORK]
    persons = []
    for a in sorted({ctx.sentence_start(k) for k in papers}):
        b = ctx.sentence_end(a)
        if any(_norm(ctx.key(j)).startswith(PRESENT + DISCUSS) or _speaks(ctx, j) for j in range(a, b + 1)):
            persons += [m for m in ctx.starting_in(a, b) if m.label == "PER"]
    return persons


def _not_there(ctx: Context, m: Mention) -> bool:
    """«خلفاً للملا X»، «النضال … ضد X»، «بدلاً من X»، «التخلي عن X»: a person named right after words of replacing or
    opposing (a style or «ل/من/عن» between) is not placed at the meeting of his sentence (§4 attendee: a PER the text
    places at the meeting)."""
    for k in range(m.first - 1, max(-1, m.first - 4), -1):
        if _norm(ctx.key(k)).removeprefix("و") in NOT_THERE:
            return True
        if ctx.words[k] in COMMAS or any(t.label in ("PER", "ORG", "LOC") for t in ctx.starting_in(k, k)):
            return False
    return False


def _addresses(ctx: Context, i: int) -> list[Mention]:
    """The persons who address, present at or witness the article's meeting at i, anywhere after its opening words
    («شهد X … اختتام فعاليات اللقاء»، «بدوره تحدث X عن …»، «ثم تحدث X والدكتور Y»، «أكد X في كلمة الملتقى»،
    «الدورة التي قدمها المدرب X»): GUIDELINES §7 decisions 98 and 211 (a speaker whose talk is the meeting's content),
    270 (the presenter of a course in its programme); «تحدث لـ…/عن …» with no name after it, «يتحدث» (a view) place
    no one."""
    out: list[Mention] = []
    for k in range(ctx.sentence_start(i), len(ctx.words)):
        key = ctx.key(k)
        if key in WITNESSED and k < i:  # «شهد X … اختتام فعاليات اللقاء» in the meeting's sentence
            out += _speaker_after(ctx, k, i)[:1]
        elif k <= i:
            continue
        elif key in SPOKE or key in PRESENTED_BY:
            out += _speaker_after(ctx, k, clause(ctx, k)[1])
        elif key in ADDRESS and ctx.key(k - 1) == "في":  # «أكد الإعلامي X في كلمة ملتقى …»
            lo = clause(ctx, k)[0]
            if any(_speaks(ctx, j) for j in range(lo, k)):
                out += [m for m in ctx.starting_in(lo, k - 2) if m.label == "PER" and m.last < k - 1][-1:]
    return out


def _speaker_after(ctx: Context, k: int, end: int) -> list[Mention]:
    """The named subject right after the verb at k, over his office and rank (no «ل/عن/مع» first), and the persons
    joined to him by «و» («ثم تحدث مدير المستشفى الدكتور X والدكتور Y»)."""
    if ctx.words[k + 1:k + 2] and (ctx.words[k + 1] in SPOKE_TO or ctx.key(k + 1).startswith(("لل", "ل"))
                                   and not ctx.starting_in(k + 1, k + 1)):
        return []
    hi = min(end, k + SPEAKER_REACH)
    per = next((m for m in ctx.starting_in(k + 1, hi) if m.label == "PER" and m.last <= hi), None)
    if per is None or any(ctx.words[j] in SPOKE_TO or ctx.words[j] in COMMAS or ctx.key(j) in THAT
                          for j in range(k + 1, per.first)):
        return []
    out = _co_chairs(ctx, per)
    while True:  # «والدكتور Y»: a style word (no TITLE) between «و» and the next name
        k = out[-1].last + 1
        j = k + 1 if ctx.words[k:k + 1] == ["و"] else k
        styled = j > k and j < len(ctx.words) and ctx.key(j) in HONORIFICS
        nxt = next((m for m in ctx.starting_in(j + 1, j + 1) if m.label == "PER" and m.last <= end), None) \
            if styled else None
        if nxt is None:
            return out
        out.append(nxt)


def _subjects(ctx: Context, i: int) -> list[Mention]:
    """The persons right before the meeting noun at i, joined by «و» («X وY اجتماعهما»), in its clause."""
    a, _ = clause(ctx, i)
    people = [m for m in ctx.starting_in(a, i - 1) if m.label == "PER" and m.last == i - 1]
    if not people:
        return []
    return next((chain for m in ctx.starting_in(a, i - 1) if m.label == "PER"
                 and (chain := _co_chairs(ctx, m))[-1] is people[0]), people)
