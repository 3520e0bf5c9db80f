"""The meeting rules' vocabulary, each list defined once: trigger nouns, verbs of holding, chairing, meeting,
speaking and attending, the words that make a noun no meeting, and the windows (in words) the rules look within."""
from __future__ import annotations

from pipeline.frames.relations import ABBREVIATIONS
from pipeline.frames.triggers import DAY_BEFORE
from pipeline.text.chars import word_key
from pipeline.text.lexicon import DAY_WORDS, NEXT, PRONOUN_THAT, RELATIVE_AFTER, keys


def _keys(*words: str) -> tuple[str, ...]:
    """The keys of these words as a tuple, not `lexicon.keys`' frozenset: the rules test them with `str.startswith`
    and join lists with `+`, which need a tuple."""
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
WILL_HOLD = ("سيعقد", "ستعقد", "سينظم", "ستنظم", "سيفتتح", "ستفتتح")  # «وسيفتتح X … ورشة عمل»
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
WORKS = _keys("أعمال", "أشغال", "فعاليات")  # «وانطلقت أمس أشغال المؤتمر»: the works of a meeting named again
# «بدأت بأديس أبابا جولة جديدة من المباحثات»: one round of talks named by «جولة (adjective) من» before the talks noun is
# a specific round (GUIDELINES §7 decisions 36, 117); the verb of starting before «جولة» reports it, over its subject
ROUND_NOUN = word_key("جولة")
ROUND_TALKS = _keys("محادثات", "مباحثات", "مفاوضات", "المحادثات", "المباحثات", "المفاوضات")
BRACKETS = ("(", ")")
WHEN = DAY_WORDS | RELATIVE_AFTER | set(DAY_BEFORE)  # «مساء أول من أمس»
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
# «المجلس التنفيذي لحزبه سيجتمع مساء اليوم»: a verb of meeting whose subject may be a body (see `gathering_body`)
CONVENED = ("اجتمع", "يجتمع", "تجتمع", "سيجتمع", "ستجتمع")
# a meeting of named people, with no host: a verb of meeting, or a meeting noun with a pronoun of its
# participants («اجتماعه»، «لقائهما»)
MET = ("التقى", "التقت", "التقيا", "التقوا", "يلتقي", "تلتقي", "سيلتقي", "ستلتقي", *CONVENED)
# «التقى ممثلين عن نقابة X»، «التقوا ممثلي حركة Y»، «التقى خلالها مع ممثلين عن Z»: the representatives of a body are
# the participants met, named by their body (GUIDELINES §7 decision 36: a specific meeting with a participant)
DELEGATES = _keys("ممثلين", "ممثلي", "مندوبين", "مندوبي")
DELEGATES_REACH = 3  # words from the verb to the representatives, over «خلالها» and «مع/بـ»
# «تحاورت “عين اليوم” مع الدكتورة X»، «“عين اليوم” التقت عددًا من …»: an outlet that interviews holds the meeting (its
# organizer) and each named interviewee attends (GUIDELINES §7 decisions 172, 284); the bare verb only, «تحاورهم» is no
# interview
INTERVIEW = ("حاورت", "تحاورت")
INTERVIEWED = _keys("التقت", "التقى")  # the past only: «يلتقي آرسنال مع تشيلسي» is a match between two clubs
# «وبدورها التقت "الرياض" بعدد من الاقتصاديين»: after the feminine verb a quoted body is the outlet (a newspaper), not a
# club that plays a match («التقى الهلال»)
INTERVIEWED_BY = word_key("التقت")
# «قال X في افتتاح قمة …»، «خلال مؤتمر صحفي»: the speaker is at the meeting (GUIDELINES §7 decision 20)
# «أثناء اجتماع وزراء الزراعة»: «during» like «خلال»; «على هامش الاجتماعات السنوية لرابطة X»: «on the sidelines of» is
# at the meeting too (§7 decision 36)
AT = ("في", "خلال", "أثناء", "اثناء", "هامش")
OCCASION = ("افتتاح", "ختام", "كلمة", "كلمته", "كلمتها", "مستهل", "بداية")
FRONTED_WINDOW = 30  # words from a fronted «خلال الجلسة …،» to the person of the main clause (over a relative
# clause and a second verb: «وفي ختام اجتماعات … انعقد في بروكسل، واستمر حتى وقت متأخر من مساء الاثنين، قال X»)
PRESENT = _keys("قدم", "قدمت", "يقدم", "تقدم", "ألقى", "ألقت", "أدار", "أدارت")  # giving a talk
PRESENT_WINDOW = 8  # words from the noun to «قدمته» after its title («بعنوان «…»»)
# «ويقدم محاضرات ورشة العمل كل من المهندس X والأستاذ Y»: the presenters named after «كل من» (GUIDELINES §7 decision 270)
ALL_OF = word_key("كل")
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
# «المباحثات التي أجراها مع الرئيس X أمس في القاهرة»: a verb of conducting with the talks' pronoun after the noun
# holds it like «عقدها» (GUIDELINES §7 decisions 36, 62); with its pronoun only, «إجراءات» is no verb
CONDUCTED = _keys("أجراها", "أجرتها", "أجراه", "أجرته", "أجرياها", "يجريها", "تجريها")
HELD_AFTER += CONDUCTED
HELD_WINDOW = 8
HELD_PEOPLE = 10  # words from «عقده» to its date over the «بـ» phrase of the people it was held with
RELATIVE = ("التي", "الذي", "الذين")
RELATIVE_KEYS = _keys(*RELATIVE, "والذي", "والتي")
# «أن الملتقى سوف يقام في مركز X»: a later mention of the meeting said to take place somewhere (see `restated_place`)
TAKES_PLACE = HELD_AFTER + _keys("يقام", "تقام", "سيقام", "ستقام")
RELATIVE_HELD_WINDOW = 16
BETWEEN_HELD_WINDOW = 20  # «المفاوضات بين وفدي حزبي «X» و«Y» بخصوص …»: the parties and subject before the verb
# «مؤتمراً صحافياً سيعقد بعد الاجتماع»: a meeting named as the time landmark of another event is not the one the verb
# before it holds (GUIDELINES §7 decision 263)
AFTER = _keys("بعد", "عقب", "إثر", "اثر")
LANDMARK = AFTER + _keys("قبل")
# «يجمع X مع Y»: the participants of a «لقاء/اجتماع» named after it
GATHER = _keys("يجمع", "جمع", "تجمع", "ضم", "يضم", "تضم")
GATHER_REACH = 3  # words from the noun to the verb after its relative pronoun («اللقاء الثلاثي الذي جمع»)
# «وفي لقاء آخر مع X»، «لقاء ياهلا مع الزميل X»: the person a meeting noun is held with, named right after «مع» (WITH;
# GUIDELINES §7 decision 97; one named participant is enough, decision 36)
TALKS = _keys("لقاء", "اجتماع", "محادثات", "مباحثات", *ROUND)  # a «جلسة علاجية مع» or «ندوة مع» speaker is not met
WITH_WINDOW = 3  # words from the noun to «مع», and from «مع» to the person
# «عقب اجتماع مشترك مع وزراء …»، «غداة اجتماع مع القادة العسكريين»: a talk placed after another event is the time of
# that event and reports the talk (GUIDELINES §7 decision 36), like «خلال» (AT); «قبل» looks ahead to one not yet held
AFTER_EVENT = AFTER + _keys("غداة")
MEANS = word_key("من")  # «من خلال لقاءات مع الأدباء»: through talks, a means, not one meeting
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
ADJECTIVES_TO_PLACE = 8  # words from a definite noun over its adjectives to its place («المنتدى الاقتصادي لـX في Y»)
LOC_WINDOW = 12  # words between the meeting noun and «في LOC»
# «اجتماعا داخل مدينة عدن»: «inside» close after the noun places the meeting like «في» (see `places._inside`)
INSIDE = _keys("داخل", "بداخل")
# «بمقر ORG»، «في مقر ORG»: the seat of a body named after the meeting is its location (GUIDELINES §7 decision 245:
# «الاجتماع الذي سيعقد في مقر غرفة مكة المكرمة» → location the chamber)
SEAT = _keys("مقر", "بمقر")
# «في مقرها الرئيسي بالرياض»، «في المقر الرئيسي للحزب بأنقرة»: the holder's own seat, whose place follows it
OWN_SEAT = _keys("مقره", "مقرها", "مقرهم", "بمقره", "بمقرها", "بمقرهم", "المقر", "بالمقر")
THEREBY = word_key("وذلك")  # «…، وذلك في الأول من سبتمبر بفندق X»: what follows adds the time and place of the meeting
THAT_WINDOW = 10
# «وزار X مركز Y والتقى …»، «كما التقى»: the verb of visiting a place the meeting verb is joined to (see `visited`)
VISIT_VERBS = _keys("زار", "زارت", "يزور", "تزور")
VISITED_WINDOW = 30  # words from «زار» back from the meeting verb
ALSO = word_key("كما")
VISIT = _keys("زيارة", "زيارت", "زيارات")
# a verb or noun of travelling or visiting before «إلى» or its place: where named people meet (see `destination`);
# matched without a leading «و/ف», so arriving («وصل») is ARRIVE
TRAVEL = _keys("يتوجه", "توجه", "تتوجه", "يصل", "تصل", "يسافر", "سافر", "سيسافر", "ستسافر", "سيتوجه",
               "ستتوجه") + VISIT_VERBS + VISIT
# «وصل»، «بعد وصوله الى بغداد»: arriving, whose root begins with «و» (not a conjunction to strip), also «ووصل»
ARRIVE = _keys("وصل", "وصول", "ووصل", "ووصول")
TRAVEL_WINDOW = 6
OFFICE_CHAIN = 8  # words of one office or body in apposition to a name («رئيس مجلس الوزراء»)
CLAUSE_DATE_WINDOW = 24  # words (clitics split) to a date after the holder and its relative clause («اجتماع طارئ للجنة X التي تضم … أمس»)
DAY_MEETING = _keys("اجتماع", "مؤتمر", "جلسة")  # singular nouns a bare day right after dates («في اجتماع السبت»)
DATE_BEFORE = 8  # words from a relative date to the meeting noun after it («أمس الأحد خلال جلسة»)
DATED = word_key("بتاريخ")  # «جلسة بتاريخ 15-07-2015»
DATED_WINDOW = 2  # words from the noun to «بتاريخ» («المنعقدة بتاريخ»)
# «خلال الفترة من 2 ــ 4/6/1436هـ»، «خلال المدة ما بين 10 / 25 وحتى 10 / 29»: a span of days in figures
SPAN_NOUNS = _keys("الفترة", "المدة")
SPAN_FROM = _keys("من", "ما", "بين")
SPAN_TO = _keys("إلى", "الى", "حتى", "-", "–", "ــ", "ـ")
STATEMENT = 3  # words from a verb of speaking to the day it was said on («وقال X في بيان له اليوم»)
PRONOUNS = ("ه", "ها", "هم", "هما")
DUAL = "هما"  # «اجتماعهما»، «لقائهما»: the dual pronoun of two participants
ACCOMPANY = ("رافقه", "رافقها", "يرافقه", "يرافقها")  # «رافقه فيها X»: a companion of the participant
RECEIVING = ("استقبال",)  # «كان في استقبال الوزير/ه»: who receives the participant at the venue
SAME = _keys("نفسه", "ذاته")  # «وفي اليوم نفسه»: the day of another event
# «في مؤتمر صحفي هو الأول»، «وسيعقد مؤتمرا صحفيا»: an indefinite press conference is one specific meeting reported
# (GUIDELINES §7 decisions 20, 97: 27 of 28 such nouns on real-train are gold meetings), even with no slot
CONFERENCE = word_key("مؤتمر")
PRESS = _keys("صحفي", "صحافي")
NAMED_BY_PLACE = _keys("مؤتمر", "قمة")  # «مؤتمر جنيف»، «قمة «كامب ديفيد»»: a conference named by its venue
SINCE = _keys("منذ", "حتى")  # «منذ كامب ديفيد وحتى لقاءات الدوحة»: a landmark of a process (decision 263)
MONTH_NOUN = word_key("شهر")  # «في شهر مايو (أيار) الماضي»: the noun before a month, written in the date
GATHERED = _keys(*CONVENED)
# «اجتمعوا»، «يجتمعون»: the plural subject suffix of a verb of the «اجتمع» family, whose participants are its pronoun
PLURAL_SUBJECT = _keys("وا", "ون")
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
# «جلسة استماع أمام لجنة الشؤون الخارجية»: a hearing held before a body is that body's session (its organizer,
# GUIDELINES §7 decisions 20, 226)
HEARING = word_key("استماع")
BEFORE_BODY = word_key("أمام")
# «اجتماع مجلس إدارة شركة «أرامكو السعودية»»: the board of a company meets for it; the company holds it (decision 226)
BOARD = _keys("مجلس", "إدارة")
GENITIVE_ADJECTIVES = 2  # definite adjectives between a meeting noun and «ل» + its body («المؤتمر السنوي لحزب X»)
MEETING_KEYS = _keys(*TRIGGERS, *MET)
MET_KEYS = _keys(*MET)
INTERVIEW_KEYS = _keys(*INTERVIEW)
TRIGGER_KEYS = _keys(*TRIGGERS)
SPONSOR_KEYS = _keys(*SPONSOR)
# «الاجتماع الذي عقده أوباما»، «الجلسة التي عقدتها لجنة X»، «ملتقى … والذي ينظمه المكتب X»: the subject of a
# verb of holding after the noun holds it (a person attends, a body organizes; GUIDELINES §7 decision 62)
CONVENE = _keys("عقد", "يعقد", "تعقد", "نظم", "ينظم", "تنظم", *STAGE) + HOSTED + CONDUCTED
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
# «الاجتماع المقبل»، «المباحثات المرتقبة»: a definite meeting noun called next or awaited is one still to come
UPCOMING = NEXT | keys("المرتقب", "المرتقبة", "المقرر", "المقررة")
# «ستعقد اجتماعات دورية»: regular meetings are no one specific meeting (GUIDELINES §7 decision 36)
ONE = _keys("واحدة", "واحد")
REGULAR = _keys("دورية", "دوري", "منتظمة", "منتظم")
# «على قمة جبل صبر»، «أعلى قمة في منطقة الباحة»: «قمة» is a peak, not a summit, after «أعلى» or before a mountain
# («ضيف شرف على قمة مجلس التعاون» is a summit: «على» alone says nothing)
SUMMIT = word_key("قمة")
HIGHEST = _keys("أعلى", "اعلى")
MOUNTAIN = _keys("جبل", "الجبل", "جبال")
SCIENCE = _keys("علم", "علماء", "عالم", "عالمة", "علوم")  # «علم الاجتماع»: sociology, its scholars and sciences
FAREWELL = _keys("وداع", "تشييع", "عزاء", "تأبين", "دفن")
FOR = _keys("أجل")
IN_IT = _keys("فيه", "فيها")
# «بحضور X»، «حضره X»، «شارك فيه X»، «وبمشاركة … ووزير الدفاع Y»: the words after which the persons named attend
IN_PRESENCE = ("بحضور",)  # «بحضور X» close after the meeting noun: it reports the meeting (see `rules._presence`)
ATTEND = ("حضر", *IN_PRESENCE, "شارك", "بمشاركة")
PRESENCE = ("حضور",)  # «وحضور X»، «إن حضور X»: the bare noun of attending (see `attendees.attend`)
PRESENCE_KEY = word_key(PRESENCE[0])
# «وافق عليها خلال قمة»: the object word after a verb between its subject and «خلال» (see `attendees.verb_subject`)
OBJECT_WORDS = _keys("عليها", "عليه", "فيها", "فيه", "به", "بها")
WITH_SHARE = ("مشاركة",)  # «و ب مشاركة»: the «ب» split off by the tokenizer
WITH_SHARE_KEY = word_key(WITH_SHARE[0])
# «كان يشارك في مؤتمر بالبرازيل»، «للمشاركة في اجتماعات رابطة X»، «حضرا اجتماعا»: a verb or noun of attending or
# taking part right before the meeting noun (over «في») reports it, and the person who takes part attends (GUIDELINES §7
# decisions 36, 133, 192); «لم يحضر … جلسة»، «تغيبها عن حضور جلسة» reports it with no one placed there
PARTAKE = ("حضر", "يحضر", "حضور", "شارك", "يشارك", "سيشارك", "تشارك", "ستشارك", "المشاركة", "مشاركة", "مشاركت")
PARTAKE_KEYS = _keys(*PARTAKE)
PARTAKERS = _keys("المشاركين", "مشاركين", "حضرة")  # the participants, an honorific: no taking part
MATCH = _keys("لقاء", "اللقاء")  # «المشاركة في لقاء الجمعة»: in sports news a «لقاء» one takes part in is a match
# «أثناء لقاء العين الودي»، «من لقاء الشباب الودي»: a «لقاء» called friendly after the club it is played against (or
# right after it) is a match, no meeting (§4: a meeting is a conference or meeting); the indefinite «ودي» is split by
# the tokenizer into «و دي» and is left out
FRIENDLY = _keys("الودي", "الودية")
PARTAKING_NOUNS = _keys("مشاركت", "حضور")  # «لمشاركتها»، «حضوره»: with the pronoun of the one who takes part
ABSENT = _keys("لم", "لن", "عدم", "غياب", "تغيب", "يغيب", "تغيبها", "تغيبه", "فشل", "دون", "بدون")
PARTAKER_WINDOW = 25  # words from the person to the verb of taking part («X، استشاري …، إلى انه كان يشارك»)
# «ثم تحدث X»، «بدوره تحدث X عن …»، «أكد X في كلمته»، «دورة … قدمها المدرب X»، «شهد X اختتام فعاليات اللقاء»: a person
# who addresses, presents at or witnesses the article's meeting is placed there (GUIDELINES §7 decisions 98, 211, 270)
# the past verb: «يتحدث» reports a view, not a talk given; «وذكر الدكتور X -استشاري الكلى- أن …» in the report of
# the meeting tells what he said there (GUIDELINES §7 decisions 98, 211); «وقدم X» stays out («قدم التهاني» thanks)
SPOKE = _keys("تحدث", "ذكر")
ADDRESS = _keys("كلمة", "كلمته", "كلمتها")
PRESENTED_BY = _keys("قدمها", "قدمه", "قدمته", "يقدمها", "يقدمه", "تقدمها", "تقدمه")
WITNESSED = _keys("شهد")
SPOKE_TO = ("ل", "لـ", "إلى", "الى", "عن", "مع")  # «تحدث لـ«الشرق الأوسط»»، «تحدث عن …»: no named speaker right after
SPEAKER_REACH = 14  # words from the verb to its named subject over his office and rank
# «خلفاً للملا X»، «ضد X»، «بدلاً من X»: a person named after these is the one replaced or opposed, not a participant;
# «قرر الاتحاد في اجتماعه تعيين الانجليزي X رئيسا»: the one appointed is what is decided, not a participant
NOT_THERE = _keys("خلفا", "ضد", "بدلا", "التخلي", "تعيين")
RECEIVE = ("استقبل", "يستقبل", "تستقبل", "استقبال", "استقبلت")
RECEPTION_WINDOW = 40
