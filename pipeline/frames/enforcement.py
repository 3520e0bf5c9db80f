"""enforcement: ضبط/القبض/اكتشاف (and on real news اعتقال، توقيف، إحباط, GUIDELINES §7) with the number of
cases, of suspects, and the offence.

Suspects are the figures whose counted noun is a person («3 نساء»، «المشتبه بهم»), or, after a verb that
only takes people («القبض على 27 من القرويين»), the figure right after it, or the person named next to it with the
comma list of names after him and those arrested with him after «مع». The offence follows «بتهمة», a
figure of cases («حالتي تسلل»), or is the first offence noun after the trigger («أحبطت محاولة لتهريب
أسلحة»، «ضبطت مخالفة صيد …»، «قيامهم بعمليات نشل …»), else the suspicion, charge or case named after the arrest
in its sentence («للاشتباه بانتمائهم إلى …»، «المتهمين بالتحرش»، «في قضية مقتل X»، «على خلفية إطلاق النار»،
«يشتبه في ضلوعهم في …»، «خططوا لاستهداف …»). Violations caught are cases («ضبط (174) مخالفة»), and further figures of
cases joined by «و» join the frame's cases, each with its offence. An offence ends before what is no part of the act:
what it followed («إثر»), the smuggler's hiding place («داخل أحشائه»), the named place of the act («في القطيف»), a later clause, a count clause («وصل عددهم»), a
relative verb of doing («نفذها») or a further figure; «الاتجار» keeps what is trafficked («الاتجار بالبشر»).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from pipeline.frames.context import Context, Mention, covered_words
from pipeline.frames.relations import COMPASS
from pipeline.frames.triggers import PLACE_PREP, WITH, clause, find, find_in, stem_start, unclitic
from pipeline.text.chars import word_key
from pipeline.text.lexicon import (COMMAS, DAY_WORDS, OPENING_QUOTES, PROCLITIC_TOKENS, QUOTES, RELATIVE_AUX,
                                   SPAN_PROCLITICS, TO, keys)

# custody is an arrest too (GUIDELINES §7 decisions 102, 173, 175, 207): «قرر القاضي احتجاز X»، «وأمرت النيابة بحبس
# 24 متهما»، «سبق استيقافه»، «الزج بـX في المعتقل»، «بإيداعها السجن»، «تم إيقافه»
CUSTODY = ("حبس", "احتجاز", "احتجز", "استيقاف", "الزج", "زج", "إيداع", "إيقاف", "التحفظ", "تحفظت", "أودع", "إدخال",
           "أدخل")
# «قررت النيابة التحفظ على سائق الميكروباص»، «تحفظت السلطات … على مسافر»، «تم التحفظ عليه»: taking a person into
# custody (GUIDELINES §7 decision 102); «التحفظ على الأموال/مذكرات» (freezing, keeping things) and a reservation
# («تحفظت على قرار») hold no one, so «على» must come within RESERVE_WINDOW words with a person after it
RESERVE = keys("التحفظ", "تحفظت")
RESERVE_WINDOW = 8
PERSON_NOUNS = ("مسافر", "سائق", "راكب", "مقيم", "وافد")  # persons held, beside SUSPECT_WORDS («عمال»)
# dismantling a cell or network is an arrest (GUIDELINES §7 decision 82: «فككت … عدة خلايا»، «تفكيك شبكة»); the verb
# opens one only with such a group within DISMANTLE_WINDOW words after it («تفكيك قنبلة»، «تفكيك الأسر» open none)
DISMANTLE = ("تفكيك", "فكك")
DISMANTLE_KEYS = keys(*DISMANTLE)
GROUPS = ("خلي", "خلاي", "شبك", "عصاب")
DISMANTLE_WINDOW = 3
TRIGGERS = ("ضبط", "القبض", "قبض", "اكتشاف", "اكتشف", "كشف", "تكشف", "اعتقل", "اعتقال", "أوقف", "توقيف",
            "أحبط", "إحباط", "الإطاحة", "أطاح") + CUSTODY + DISMANTLE  # «الإطاحة بخلية …» (decision 39)
TRIGGER_STEMS = tuple(word_key(t) for t in TRIGGERS)  # as `find` compares them (alef unified)
# «تضم خمسة …»، «المكونة من سبعة عناصر»: the figure of the members of a group caught counts the suspects (GUIDELINES
# §7 decision 39: «الإطاحة بعصابة من 5 أشخاص» → suspects the count 5)
MEMBERS = keys("تضم", "يضم", "وتضم", "ويضم")
MADE_OF = keys("مكونة", "المكونة", "مؤلفة", "المؤلفة", "تتكون", "يتكون", "تتألف", "يتألف")
# «أربعة من المشتبه بهم الآخرين»: a figure of other persons is no restatement of an earlier one (decision 154)
OTHERS = ("آخر", "الآخر", "اخر", "الاخر", "أخرى", "الأخرى")
OTHER_KEYS = tuple(keys(*OTHERS))  # as `_head` gives a counted noun («آخرين»)
CUSTODY_KEYS = keys(*CUSTODY)
# a later arrest whose figure of suspects repeats an earlier frame's figure («القبض على 431 …» … «ضبط 431 من …») restates
# that arrest and opens none (GUIDELINES §7 decisions 37, 154); a figure of one or two persons recurs for different
# arrests («شخصين»), and a body report repeating its headline is the story's own report (decision 175)
RESTATED_MIN = 3
# «الزجاج»، «إيقاف الخدمة»، «إيداع المبلغ»، «في مكان احتجازه»، «تجديد حبس X»: words of these stems that hold no one
# now; «زج» is a whole word, «إيقاف» holds only a person named by its pronoun, «إيداع» only in prison, and the verbal
# nouns «حبس/احتجاز» only with their object after them, not when custody goes on (decision 173: continued custody
# opens none; decision 154: custody as a state opens none)
THRUST = keys("زج", "الزج")
SUSPEND = keys("ايقاف")
CUSTODY_NOUNS = keys("حبس", "احتجاز")
DONE = keys("تم", "وتم", "جرى", "وجرى")  # the auxiliaries of a passive act («تم احتجازهم»)
CONTINUED = keys("تجديد", "استمرار", "باستمرار", "مد", "تمديد")
# «وأودعتهم قسم شرطة X»، «أودع الحبس المؤقت»، «تسببت في إدخالها لسجن النساء»: placing persons in prison or detention
# is an arrest (GUIDELINES §7 decision 207); the verb «أودع» and «إدخال/أدخل» hold someone only with a place of custody
# within PRISON_WINDOW words after them («أودعت في الحساب»، «أدخلته العناية المركزة» hold no one)
DEPOSIT = keys("ايداع", "اودع", "ادخال", "ادخل")
PRISON_WINDOW = 3
PRISON = ("السجن", "سجن", "المعتقل", "معتقل", "الحبس", "التوقيف", "الحجز")
STATIONS = keys("قسم", "أقسام", "مركز", "مراكز", "مخفر")  # «قسم شرطة»، «أحد أقسام الشرطة»: a police station
POLICE = keys("شرطة", "الشرطة")
REVEAL = ("كشف", "تكشف")
REVEALED_THAT = 4  # words from «كشف» to the «أن» of what it makes known, over its subject («كشفت وزارة الداخلية أن»)
# verbs whose object is always people: the figure right after them counts suspects
ARREST = ("القبض", "قبض", "اعتقل", "اعتقال")
VERB_STARTS = ("الق", "ضبط", "اكتشف", "كشف", "قبض", "تم", "ارسل", "عالج", "صادر", "احال", "اوقف", "اطلق")
OFFENCE_STOP = keys("،", "؛", ".", "(", "مع", "في", "خلال", "بانخفاض", "بزيادة", "تورط", "مقارنة", "إلى", "الى", "له",
                    "لها", "لهم",
                    "عن", "ما", "كانت", "كان", "حيث", "التي", "الذي", "الذين", "بعد", "قبل", "أثناء")
# the offence is the act: what it followed lies outside («قتل العقيد … إثر خلاف على الطريق»), and so does the
# hiding place of smuggled goods, «داخل» + the smuggler's own body or bag («تهريب كمية من الهيروين داخل أحشائه»),
# while the place of a crime stays inside («سرقة ممتلكات داخل المصانع»)
OFFENCE_END = keys("إثر", "اثر", "عقب")
INSIDE = word_key("داخل")
GOODS_ACTS = ("تهريب",)  # acts whose object may list counted goods («تهريب سيف وثلاثة خناجر», see _goods)
SMUGGLED_WINDOW = 4
MAX_OFFENCE_WORDS = 10
# «التحرش بفتاتين بكورنيش جدة»، «تسلل … شرق الرمادي»، «إطلاق النار … في القطيف»: the named place where the act was
# done lies outside the act (GUIDELINES §4: the offence is the act; the gold's offences keep no «في/ب + place»), while a
# destination («إلى الصين») or a place named as the act's object («نشل … قاصدي بيت الله الحرام») stays (see PLACE_PREP)
SITES = COMPASS - {INSIDE}  # «داخل المصانع» is the INSIDE rule's
CASE_WORDS = ("قضي", "قضايا", "حال", "واقع")
RELATED = keys("تتعلق", "يتعلق", "تتعلقان", "يتعلقان")  # «قضيتين تتعلقان بالاتجار …»: the offence after «ب»
# «وتحرير (171) مخالفة»: violations written up, not caught, are no cases (GUIDELINES §7 decisions 155, 174)
RECORDED = keys("تحرير", "وتحرير", "رصد", "ورصد", "تسجيل", "وتسجيل")
VIOLATIONS = keys("مخالفة", "مخالفات")  # «ضبط (174) مخالفة مرورية»: violations caught are cases (decision 174)
# «جاني»/«جناة» (the offender; the bare stem «جان» would take «الجانبين», the two sides)
SUSPECT_WORDS = ("متهم", "مشتبه", "شخص", "أشخاص", "اشخاص", "مجرم", "جاني", "جناة", "نساء", "امرا", "رجال", "رجل", "اطفال",
                 "طفل", "عنصر", "عناصر", "مواطن", "مطلوب", "ارهابي", "متسلل", "مهرب", "افراد",
                 # «القبض على 5 من المتورطين»، «1233 موقوفا»، «ضبط (24) محكوما عليهم»، «نحو 20 شابا»، «5 عمال»،
                 # «431 مشبوها»، «ثلاث قيادات» (GUIDELINES §4 suspects: the count of persons caught)
                 "متورط", "موقوف", "محكوم", "شاب", "شبان", "عمال", "عامل", "مشبوه", "قياد")
NUMBER_OF = keys("عدد", "إجمالي", "مجموع")
# the verbs of a count clause after an offence («وصل عددهم»، «بلغ اجماليها»; see _count_clause)
REACHED = keys("وصل", "وصلت", "بلغ", "بلغت", "يصل", "تصل", "يبلغ", "تبلغ")
# verbs of doing an act, with the doer's and the object's suffixes after them («نفذها»، «نفذوها»، «ارتكبوها»)
DONE_VERBS = tuple(word_key(w) for w in ("نفذ", "ارتكب", "دبر"))
DOER_SUFFIXES = ("وا", "و", "ت", "ا")
COUNTED_WINDOW = 4  # words back from a count clause to the case word of what it counts («حالات التسول بلغ اجماليها»)
# nouns an offence phrase starts with, after the trigger; the article may precede them
OFFENCE_HEADS = ("تهريب", "تسلل", "نشل", "سرق", "احتيال", "نصب", "صيد", "اتجار", "ترويج", "تزوير", "اختطاف", "خطف",
                 "سطو", "رشو", "غسل", "حياز", "تعاطي", "سلب", "هجوم", "هجمات", "تفجير", "اعتداء")
BOUNDS = keys("أكثر", "أقل", "نحو")  # «أحبطت أكثر من 5 هجمات»: the «من» of a bound is no preposition
# the leads an adjective after the act may agree with («محاولة تفجير إرهابية»: the attempt is terrorist)
FEMININE_LEADS = keys("محاولة", "عملية", "عمليات", "بعملية", "بعمليات")
# such an adjective: a relative one of six letters or more («إرهابية»، «انتحارية»; «كمية» is a noun) or one of these
NISBA_LETTERS = 6
LEAD_ADJECTIVES = keys("كبيرة", "فاشلة", "خطيرة", "محتملة")
# a thwarting verb's object is the offence: an offence noun within OFFENCE_WINDOW words after it opens it
THWART = ("احبط", "احباط")
OFFENCE_WINDOW = 6
# words after which an offence noun is the offence after any trigger («ضبطت مخالفة صيد …»، «محاولة لتهريب …»،
# «قيامهم بعمليات نشل …»، «يقومون بنشل …»)
OFFENCE_LEADS = keys("مخالفة", "محاولة", "حالة", "حالات", "يقوم", "يقومون", "تقوم", "قيامه", "قيامهم", "عمليات",
                     "بعمليات", "عملية", "بعملية")
ALSO = keys("وكذا", "كذلك", "وكذلك")  # a further figure of suspects after the first
JOINED_WINDOW = 3  # words from a figure of suspects to a further figure joined by «و» («ثلاثة ليبيين واثنين»)
# what a thwarting verb's figure counts when it counts cases: attempts and operations («إحباط 4 محاولات», §7 39)
ATTEMPT_WORDS = ("محاول", "عملي", "هجوم", "هجمات", "مخطط", "مؤامر")
# a figure of people before a passive or pronoun-object arrest («ستة أشخاص اعتقلوا»، «أربعة أشخاص تم القبض عليهم»)
BEFORE_WINDOW = 4
# the verbs of an arrest with a plural or dual subject suffix («ضبطوا»، «أوقفا»، «اعتقلوا»): passive on real news
# («24 سودانيا يعملون في التعدين ضبطوا داخل الحدود»، «منهما اثنان ضبطا في السعودية»), their subject is the count of
# persons before them in the sentence, whatever its noun (GUIDELINES §4 suspects: the count of persons caught)
PLURAL_VERBS = keys(*(v + s for v in ("ضبط", "اعتقل", "أوقف", "اوقف") for s in ("وا", "ا")))
# an arrest whose object is one person named before it («عباس (قبض عليه …)»، «مهدي … لحظة القبض عليه»)
ONE_PERSON = keys("عليه", "عليها")
PLURAL_OBJECT = keys("عليهم", "عليهما")  # «تم القبض عليهم»: persons counted before it
# object pronouns glued to an arrest («توقيفه»، «اعتقالها»; «اعتقالهم»، «إيقافهما»)
ONE_SUFFIXES = ("ه", "ها")
MANY_SUFFIXES = ("هم", "هما")
OBJECT_SUFFIXES = ONE_SUFFIXES + MANY_SUFFIXES
PERSON_WINDOW = 12
# triggers whose object is a person: a name right after them («اعتقل X»، «القبض على X») or right before a passive
# one («إلا أن X اعتقل») is the suspect (GUIDELINES §7 decision 61)
OBJECT_WINDOW = 5
NEEDED = keys("ضرورة", "بضرورة", "التزام")  # a call for an arrest or a duty to make it (GUIDELINES §7 decision 37)
SEIZING = word_key("القاء")
ALL_OF = (word_key("كل"), word_key("من"))
GRIP = word_key("قبضة")  # «فرض القبضة الحديدية»، «بقبضته»: the noun of a grip holds no one (see _holds)
GRIP_HELD = tuple(word_key("قبضت") + s for s in ("ه", "ها", "هم", "هما"))  # «إحكام قبضتها على الخط»: with its pronoun
SEIZED = ("القبض", "قبض")  # «القبض (time/place) على X»: the words a time or place phrase may take before «على»
# «الكاميرون تعتقل 3 أشخاص …»، «ها هي الأجهزة الأمنية تقبض يوم الاثنين على أربعة …»: a present-tense arrest verb in
# a report (a headline, a narrative present) tells an arrest made (GUIDELINES §7 decision 61: a reported specific
# arrest); not after a negation, a modal, «أن/ما» (wished, habitual: «كثيرا ما تعتقل»), nor custody «منذ …»
# (decision 154)
PRESENT_SEIZED = ("تقبض", "يقبض")  # take «على» after a time phrase, as «القبض» does (see _on)
PRESENT_ARREST = ("تعتقل", "يعتقل", *PRESENT_SEIZED)
NOT_DONE = keys("لا", "لم", "لن", "ما", "أن", "قد", "سوف", "كي", "لكي", "حتى")
PRESENT_SINCE_WORDS = 4  # words from the verb to «منذ» at most («تعتقل المخابرات منذ يوم الجمعة …»)
# «رابط الخبر بصحيفة X: السلطات تعتقل …»: a link line at an article's end repeats its headline; the arrest is told
# already (decision 154), so no trigger in such a line opens a frame
LINK = (word_key("رابط"), word_key("الخبر"))
# the finite forms of «ألقى» an arrest is told with («ألقت الشرطة القبض»، «ألقي القبض»)
THREW = keys("ألقت", "ألقى", "ألقي", "ألقوا")  # keys unify the alef: «القت» too
# sentences back to the named antecedent of «ألقي القبض عليه»، «تم توقيفها»، «أوقف في …» (see _earlier_person); four
# reach over a story's details told between the name and the arrest (GUIDELINES §7 decision 61)
PRONOUN_SENTENCES = 4
ADVERBIAL_WORDS = 8  # words of such a phrase at most («في وقت متأخر من أول من أمس»)
ADVERBIAL_STOP = {".", "؛", ":", "(", ")", "\n", "«", "»", '"'}
# «اعتقلت قوات الاحتلال، فجرا، فتيين»، «اعتقلت خلال أقل من 24 ساعة الماضية نحو 20 مقدسيا»: a time phrase between the
# subject and the object of an arrest opens with one of these (see _time_phrase_end)
TIME_LEADS = DAY_WORDS | keys("خلال", "فجرا", "فجراً", "صباحا", "ليلا")
MANNER = ("بشكل",)  # «اعتقل بشكل غير قانوني»: a manner phrase after a passive verb, no object
# a plural or collective object («اعتقال العاملين»، «احتجاز المضبوطات»، «العشرات/مجموعة من …») is a group, not the one person named after
# the lead sentence (see _later_person)
PLURAL_ENDINGS = ("ين", "ون", "ات")
COLLECTIVES = ("عشر", "مئ", "مجموع")
ENUMERATION = keys("وهم", "هم")  # «وهم: X، Y»: the persons a plural pronoun names, listed after a colon
# «والمتهمون المضبوطون هم: (X مواليد 1986) …، و(Y مواليد 1990) …»: a sentence naming those caught, after an arrest
# told before it, lists the arrest's suspects (GUIDELINES §7 decisions 61, 120, 154: later mentions that name the
# suspects fill the arrest's frame); the noun of those caught before «هم:» (the «عليهم» of «المقبوض عليهم» between)
CAUGHT_NOUNS = ("مضبوط", "موقوف", "معتقل", "مقبوض")
LIST_OPENERS = {":", "("}  # the words a listed name follows: the colon, or the bracket of «و(Y مواليد …)»
# «كل من الموقوفين (X - Y- Z)»: the separators of a bracketed list of those caught (Saudi statements), a name right
# after one; «المنتحر X» inside it is described, not listed as caught
BRACKET_SEPARATORS = {"-", "–", "،", ",", "و"}
# «X، الذي كان أوقف من قبل …»، «X الذي اوقف في السعودية»: a relative clause whose passive arrest verb has no object
# after it tells the arrest of the person named right before it (GUIDELINES §7 decision 61: the PER caught)
RELATIVE_VERBS = keys("اعتقل", "أوقف")  # the bare past, passive in such a clause
# «اعتقال عديد من المسؤولين، بما في ذلك X»، «وأوقف 5 رجال أحدهم الجزائري X»: the person named as one of those
# caught is a suspect beside their count (GUIDELINES §4 suspects: the PER or count of those caught, every one;
# §7 decision 61); the phrases end with these words («ب ما في ذلك» is split by the tokenizer)
AMONG = tuple(tuple(word_key(w) for w in phrase.split()) for phrase in ("بينهم", "أحدهم", "بمن فيهم", "ما في ذلك"))
PART_OF_THEM = keys("بينهم", "منهم", "بينهن", "منهن")  # «14 عنصرا من بينهم 7 فتيات»: the second count is a part
PARTITIVE_GAP = 3  # words from the whole's count to «من بينهم» at most («14 عنصرا من بينهم»)
AMONG_WORDS = 16  # words from the arrest to such a phrase at most
BRACKET_WORDS = 4  # words of a bracket after a listed suspect's name up to its closing one («(30 عاما)»)
AGED = keys("عمره", "عمرها")  # «X، وعمره 24 عاما، وY»: the age after a listed suspect's name («و» glued or split)
AGE_WORDS = 5  # words from the comma before such an age to the one after it («، و عمره 24 عاما ،»)
COUNTED_ADJECTIVES = 2  # definite adjectives of a counted noun before the names of those it counts
RELATIVES = keys("الذي", "التي", "اللذان", "اللذين", "اللتان", "اللتين", "الذين", "اللواتي")
RELATIVE_WORDS = 15  # words of a relative clause inside a list of suspects, up to its comma (see _listed)
SPLIT_TO = {"ل", "لـ"}  # the «ل» of a verbal noun's object after its agent, split off («ل لبناني»)
APPOSITION = keys("وهو", "وهي")  # «… أحد المنتمين للتنظيم وهو X»: the name of the person described
DESCRIPTORS = keys("قوات", "قوة", "سلطات", "شرطة")
# «إحدى المرأتين»، «امرأتان إحداهما اعتقلت»: one of the counted people, not their count
PARTITIVE = keys("أحد", "إحدى", "أحدهما", "إحداهما", "أحدهم", "إحداهن")
# «مقتل 13 عنصراً»، «أودى بحياة 27 شخصا»، «استشهد (37) من رجال الأمن»، «أصيب 5»: a figure of the dead or the
# wounded counts no suspects (GUIDELINES §7 decision 82)
KILLED = keys("مقتل", "قتل", "مصرع", "حياة", "استشهد", "استشهاد", "توفي", "وفاة", "أصيب", "إصابة")
# «إحباط أكثر من 300 عملية»: the words of a bound between a thwarting verb and its figure
BOUND_WORDS = 2
# a noun before the named object describes the person: with «his/her» («زوجته»، «شقيقه») or in construct
POSSESSIVES = ("ه", "ها")
# particles and adverbs that end the object phrase though a definite word follows («على الحدود»، «أمس الخميس»)
STOP_NOUN_WORDS = keys("على", "إلى", "الى", "عن", "من", "في", "خلال", "بعد", "قبل", "عند", "أثناء", "داخل", "منذ",
                       "حيث", "بين", "لدى", "أمس", "اليوم", "مع", "ضد", "بحق", "عبر", "عليه", "عليها", "فيه", "لديه",
                       "منه", "بتهمة", "بتهم", "لصالح", "قرب", "وسط") | PARTITIVE
# «محاولة اعتقال X»، «أثناء محاولتهما اعتقال X»: an arrest attempted, not done
ATTEMPTED = ("محاول", "بمحاول")
STOP_WORDS = {"،", ",", "؛", ".", "(", ")", ":", "\n", "و", "«", "»", '"'}
STOP_MARKS = STOP_WORDS - {"و"}  # the punctuation among them
NEGATED_ADJECTIVE = word_key("غير")  # «غير شرعية»: the negation and its adjective are one word of a phrase
# «اتينغر قد يتم اعتقاله»، «سيتم توقيفهم»: an arrest that may or will be made is no reported arrest and opens no
# frame (GUIDELINES §7 decision 37: only reported events open frames)
FUTURE = keys("سيتم", "ستتم")  # compared without a «و» («وسيتم» too; see _called_for)
MAY = keys("قد", "سوف")
PRESENT_DONE = keys("يتم", "يجري", "تتم")
AUXILIARIES = DONE | PRESENT_DONE  # «تم/يتم اعتقاله»: a passive act, past or present
# «ولم يتم اعتقاله»، «لم يجر توقيفهم»: a negated arrest (GUIDELINES §7 decision 37: a negation opens none)
NEGATED = keys("لم", "ولم", "لا", "ولا")
# «وطالبت بتوقيفه»، «فطالب المحامي … إلقاء القبض على X»، «الحملة كانت تهدف إلى اعتقال X»: an arrest demanded or aimed
# at (GUIDELINES §7 decision 37: a call or demand, a purpose open none); an order («أمر بالقبض») is no demand
DEMANDED = keys("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "تهدف", "يهدف", "المطالبة", "بالمطالبة")
DEMAND_WINDOW = 10  # words from the verb of demanding to the arrest, in its sentence
# «فإذا صوتوا بلا يقبض عليهم فوراً»، «فيما لو قبض عليهم بتهمة …»: an arrest in the answer of a condition is not made
IF = keys("إذا", "فإذا", "وإذا", "لو", "ولو", "فلو")
IF_WINDOW = 8  # words from the conditional particle to the arrest, in its clause
# «وتابع X "لكن تفاجأنا … باعتقاله"»، «وقال X لـ"الوطن" إن المخفر تسلم المتهم»: the person named as the subject of a
# verb of saying is the speaker (a lawyer, a spokesman), not the person a pronoun object holds (decision 61)
SAID = keys("قال", "تابع", "أضاف", "أوضح", "أكد", "ذكر", "أشار", "صرح", "أفاد")
# «ومددت محكمة إسرائيلية، الثلاثاء، اعتقال X»، «تمديد توقيفه»: custody extended is custody as a state (decision 154)
EXTENDED = ("مدد", "تمديد", "بتمديد", "لتمديد")
EXTEND_WINDOW = 6
# «واعتقل X منذ ذلك الحين في سجن …»: held since then, custody as a state (GUIDELINES §7 decision 154) opens none
SINCE = word_key("منذ")
THAT_TIME = keys("ذلك", "ذاك")
# «كشفت إحصائية رسمية ارتفاعا في قضايا …»، «كشف تقرير دولي عن …»: a report, statistic or study reveals figures; it
# uncovers no case (GUIDELINES §7 decision 155: «كشف» opens enforcement only when an offence or suspect is found)
REPORTS = tuple(keys("إحصائي", "دراس", "تقرير", "تقارير", "بيانات", "أرقام", "إحصاء"))  # alef unified, as in the word keys
# «الإطاحة بعصابة …»، «أطاحت الأجهزة … بعدد من الشباب» open enforcement (decision 39) only when their «ب» object is a
# gang, cell, count or persons caught; «الإطاحة بالحكومة»، «للإطاحة برفسنجاني» (overthrowing) open none
TOPPLE = tuple(keys("الإطاح", "أطاح", "إطاح"))
TOPPLE_WINDOW = 10
PEOPLE_VERBS = ("القبض", "قبض", "اعتقل", "اعتقال", "اوقف", "توقيف", *CUSTODY_KEYS)
# the suspicion or charge in the arrest's own sentence is the offence (GUIDELINES §7 decision 61): «للاشتباه
# بانتمائهم إلى شبكة …»، «لانتمائه إلى تنظيم X»، «لاتهامه بالانضمام إلى …»، «واتهم أيضًا بالتآمر …»، «المتهمين
# بالتحرش»; what follows «ب» (or the verbal noun glued to «ل») is the offence
SUSPECTED = keys("للاشتباه", "لاشتباه", "يشتبه")
# «12 شخصا يشتبه في ضلوعهم في التفجير»: the verb «يشتبه في» + the suspects' act (a verbal noun with their pronoun)
# names the offence, as «للاشتباه ب…» does (GUIDELINES §7 decision 61); «للاشتباه في علاقتهم بالحادث» and «يشتبه في
# أنهم …» name none (the gold leaves them empty)
SUSPECTED_VERB = word_key("يشتبه")
ACT_LETTERS = 4  # letters of a verbal noun of an act at least («تأييد»; «لا سيما» is none)
SUSPECTED_STEMS = (*SUSPECTED, "الاشتباه", "بالاشتباه")  # the words a suspicion is glued after
THAT = keys("أنه", "أنها", "أنهم", "أنهما")
# «اكتشفت أنها حبلى»: what is found out after «أن» is a fact learnt, no offence detected (GUIDELINES §7 decision 155)
DISCOVERED = tuple(word_key(w) for w in ("اكتشف", "اكتشاف"))
FOUND_THAT = THAT | keys("أن")
BY_THAT = keys("بأنه", "بأنها", "بأنهم", "بأنهما")
CHARGED = keys("لاتهامه", "لاتهامها", "لاتهامهم", "اتهم", "واتهم", "المتهمين", "المتهم", "المتهمون", "متورطين",
                "المتورطين", "متورط", "متورطة",  # «اعتقال أعداد من X متورطين بالفساد الاقتصادي»
                "متهما", "متهمين", "اتهامات")  # «اعتقال 275 متهما بالانتماء …»، «في اتهامات بالقتل …»
# the charge named by its bare noun after the arrest (GUIDELINES §7 decision 61: the charge is the offence, as after
# «بتهمة»)
CHARGE_NOUNS = keys("تهمة", "تهم", "شبهة", "بشبهة")  # «اعتقال خمسة … بشبهة القتل»: a suspicion named by its noun
# «أي تهمة»: a charge denied («دون وجود أي تهمة»), not named
ANY = keys("أي", "اي")
# «لتورطه في دعم …»، «المتهمين بالتورط في واقعة التحرش بفتاتين»: the involvement's object after «في» (and a case
# word) is the offence, with its complement, as a suspicion's (GUIDELINES §7 decision 61; ANNOTATION §4 «قضية»)
INVOLVED = keys("تورطه", "تورطها", "تورطهم", "تورطهما", "لتورطه", "لتورطها", "لتورطهم", "لتورطهما", "بالتورط",
                "التورط", "لتورط")
INVOLVED_CASES = keys("واقعة", "قضية", "قضايا", "جريمة")
TRAFFICKING = keys("اتجار")  # «الاتجار بالبشر»: the act keeps what is trafficked (see _trafficked)
CAUSE = keys("بسبب")  # «اعتقال X بسبب أنشطته …»: the act arrested for, to the end of its clause
# «ضبط وهو يملأ صندوقا ببطاقات التصويت»، «ألقي القبض عليه متلبسا وهو يحاول تهريب …»: the act a person is caught in,
# a present verb after «وهو/وهي» right after the arrest, is the offence with its complement (GUIDELINES §7 decision 61;
# decision 39: without the attempt)
IN_THE_ACT = keys("وهو", "وهي", "وهم", "وهما")
RED_HANDED = keys("متلبسا", "متلبساً", "متلبسة", "متلبسين")
PRESENT_PREFIXES = ("ي", "ت")
CAUGHT = word_key("ضبط")
# «القبض على مرتكب مجزرة X»، «إلقاء القبض على من تسببوا في مجزرة X»: the act of the persons caught, named by those who
# did it, is the offence (GUIDELINES §7 decision 61); an act named before («مرتكبي الجريمة»، «المتورطين في الحادث»:
# a definite noun) is no offence of its own
PERPETRATORS = keys("مرتكب", "مرتكبي", "منفذ", "منفذي", "المتسبب", "المتسببين")
CAUSED = ("تسبب",)  # «من تسبب/تسببوا في …»
# «اعتقلت قوات الاحتلال شابا بحجة إلقاء الحجارة»: the pretext an arrest is made on is what the person is held for, the
# charge as the arresting side states it (GUIDELINES §7 decision 61); «بحجة أن …» gives a reason, no act
PRETEXT = keys("بحجة")
PRETEXT_THAT = FOUND_THAT | keys("أننا", "أني", "أنني")
DEMONSTRATIVES = keys("تلك", "هذه", "ذلك", "هذا")  # «بالتورط في تلك الحادثة»: an act named before, not here
# «متهمين بتهمة …»: the charge noun after a charged person opens the charge itself
BY_CHARGE = keys("بتهمة", "بتهم", "بتهمتي")
# «متهما ب العملية الإرهابية التي …»، «المتورطين بقضايا إرهابية كان …»: the operation or case word before a
# charge's act stays outside the offence (GUIDELINES §7 decision 39: the act without «محاولة/عملية»; ANNOTATION
# §4: without «قضية»), and a relative clause or «كان» after it ends it
OPERATION_WORDS = ("العملية", "عملية", "المحاولة", "محاولة", "قضية", "قضايا", "القضية", "القضايا")
OPERATIONS = keys(*OPERATION_WORDS)
BY_OPERATION = keys(*("ب" + w for w in OPERATION_WORDS))
CHARGE_END = keys("التي", "الذي", "الذين", "كان", "كانت", "فيما")
# «اعتقال 431 بينهم أجانب خططوا لاستهداف مساجد …»، «اعتقلوا لأنهم كانوا يخططون لأعمال إرهابية»: the act those
# arrested plotted is the offence (GUIDELINES §7 decision 61: what they are held for in the arrest's sentence)
PLOTTED = keys("خطط", "خططوا", "خططا", "يخطط", "يخططون", "يخططان", "تخطط")
# «ضبط مواطن حاول دهس رجل أمن»: the act the person caught tried is the offence (GUIDELINES §7 decision 39: the act
# without «محاولة»)
TRIED = keys("حاول", "حاولت", "حاولوا", "حاولا", "يحاول", "يحاولون")
TRIED_WINDOW = 2  # words from the arrest to «حاول»: its object is one noun («ضبط مواطن حاول …»)
BELONGING = keys("لانتمائه", "لانتمائها", "لانتمائهم")  # «لانتمائه إلى …»: the belonging is the offence
CHARGE_FILLERS = keys("فيه", "فيها", "فيهم", "به", "بها", "بهم", "أيضا", "أيضًا", "ايضا")
# «واتهم 15 منهم بعمل إرهابي»: the part of those arrested who are charged, between the verb and its charge
OF_THEM = keys("منهم", "منهن", "منهما")
# «القبض على المدعو / X»، «أقدم / X»: Saudi statements put a slash before the name of the person
NAME_SLASH = "/"
MAX_NAME_WORDS = 8  # words of a name a sentence break may fall inside
CHARGE_WINDOW = 25  # words from the arrest to the charge after it in its sentence
CHARGE_STOP = {"،", ",", ".", "؛", ":", "(", ")", "«", "»", '"', "“", "”", "\n"}
MAX_CHARGE_WORDS = 12
CASE_KEYS = keys("قضية", "قضايا")
CASE_OF = {(word_key("في"), case) for case in CASE_KEYS} | {(word_key("على"), word_key("خلفية"))}
# the act ends before its object and place («إطلاق النار على …») and before a clause «وهم يقبعون …»
CASE_STOP = keys("على", "من", "التي", "الذي", "وهم", "وهو", "وهي", "وهما")


def _head(ctx: Context, m: Mention) -> str:
    """The key of the first word of a figure's counted noun, without the article («المشتبه» → «مشتبه»)."""
    subj = ctx.numbers[m.id].get("subject")
    words = ctx.text[subj[0]:subj[1]].split() if subj else []
    if len(words) > 1 and word_key(words[0]) in NUMBER_OF:
        words = words[1:]  # «يبلغ عدد أفرادها 431»: the members are counted
    elif len(words) == 1 and _number_of_them(word_key(words[0])):
        words = [ctx.words[m.last + 1]] if m.last + 1 < len(ctx.words) else []  # «وصل عددهم 500 مشتبه»: the noun after
    return _bare(word_key(words[0])) if words else ""


def _number_of_them(key: str) -> bool:
    """Is `key` a count word with a pronoun of the things counted («عددهم»، «اجماليها»)? The figure it is the subject
    of counts the noun after the figure, or the pronoun's antecedent."""
    return any(key.startswith(n) and key[len(n):] in OBJECT_SUFFIXES for n in NUMBER_OF)


def _holds(ctx: Context, i: int) -> bool:
    """Is word i a trigger that holds someone: every arrest word, and a word of custody only in its sense of
    holding (see CUSTODY)."""
    if any(ctx.key(i).startswith(p + d) for p in ("", "و", "ف") for d in DISMANTLE_KEYS):  # «ف» of «فكك» is no «ف»
        return any(_bare(ctx.key(k)).startswith(GROUPS) for k in range(i + 1, i + 1 + DISMANTLE_WINDOW))
    key = unclitic(ctx.key(i), TRIGGER_STEMS)
    if key.startswith(TOPPLE):
        return _toppled_group(ctx, i)
    if _bare(key).startswith(GRIP) or key in GRIP_HELD:
        return False  # «القبضة الحديدية»، «إحكام قبضتها على»: a grip, no arrest (the verb takes «على»: «قبضت عليه»)
    stem = next((s for s in CUSTODY_KEYS if key.startswith(s)), None)
    if stem is None:
        return True
    if stem in THRUST:
        return key in THRUST
    if stem in RESERVE:
        return key in RESERVE and _reserved_person(ctx, i)
    if stem in CUSTODY_NOUNS:  # «الذين تم احتجازهم في وقت سابق»: a passive custody of persons named by a pronoun
        done = ctx.key(i - 1) in DONE and key[len(stem):] in OBJECT_SUFFIXES
        return (key == stem or done) and ctx.key(i - 1) not in CONTINUED
    if stem in SUSPEND:
        return key[len(stem):] in OBJECT_SUFFIXES
    if stem in DEPOSIT:
        return any(ctx.key(k).lstrip("و").removeprefix("في").removeprefix("ل").startswith(PRISON)
                   or ctx.key(k) in STATIONS and ctx.key(k + 1) in POLICE for k in range(i + 1, i + 1 + PRISON_WINDOW))
    return True


def _toppled_group(ctx: Context, i: int) -> bool:
    """Is the «ب» object of «الإطاحة/أطاح» at i, the first word glued to «ب» within TOPPLE_WINDOW words of its
    clause, a gang, cell, count or noun of persons caught («بخلايا»، «بعدد من الشباب»، «بـ33 متهما»; see TOPPLE)?"""
    for k in range(i + 1, min(len(ctx.words), i + 1 + TOPPLE_WINDOW)):
        if ctx.words[k] in STOP_MARKS:
            return False
        if not ctx.words[k].startswith("ب"):
            continue
        split = ctx.words[k] in ("ب", "بـ")
        j = k + 1 if split else k
        if any(m.label == "NUM" for m in ctx.starting_in(j, j)) or split and ctx.key(j)[:1].isdigit():
            return True
        obj = _bare(ctx.key(j).removeprefix("ب") if not split else ctx.key(j))
        if obj in DEMONSTRATIVES and j + 1 < len(ctx.words):
            obj = _bare(ctx.key(j + 1))  # «بهذا التنظيم العنقودي»
        return obj.startswith(GROUPS + SUSPECT_WORDS + ("تنظيم",)) or obj in NUMBER_OF
    return False


def _reserved_person(ctx: Context, i: int) -> bool:
    """Is «التحفظ/تحفظت» at i custody of a person: «على» within RESERVE_WINDOW words of its clause, with a pronoun
    («عليه»، «عليهم»), a named or counted person or a noun of persons after it (see RESERVE)?"""
    for k in range(i + 1, min(len(ctx.words) - 1, i + 1 + RESERVE_WINDOW)):
        if ctx.words[k] in STOP_MARKS:
            return False
        if ctx.key(k) in ONE_PERSON | PLURAL_OBJECT:
            return True
        if ctx.key(k) == "على":
            after = _bare(ctx.key(k + 1))
            return any(m.label in ("PER", "NUM") for m in ctx.starting_in(k + 1, k + 1)) \
                or after.startswith(SUSPECT_WORDS) or after.startswith(PERSON_NOUNS)
    return False


def _bare(key: str) -> str:
    """A word's key without the article («الخلايا» → «خلايا»)."""
    return key[2:] if key.startswith("ال") else key


def _members(ctx: Context, m: Mention) -> bool:
    """Does figure m count the members of a group («شبكة … تضم خمسة كويتيين»، «خلية مكونة من سبعة عناصر»)?"""
    return ctx.key(m.first - 1) in MEMBERS or ctx.key(m.first - 1) == "من" and ctx.key(m.first - 2) in MADE_OF


def _joined(ctx: Context, last: Mention, m: Mention) -> bool:
    """Is figure m joined by «و» to the figure of suspects `last` and its counted noun, with no punctuation between
    («ألقت القبض على ثلاثة ليبيين واثنين من الجزائر»، «اعتقلت خمسة شبان ومواطنتين»)? Both count persons caught
    (GUIDELINES §4 suspects)."""
    gap = ctx.words[last.last + 1:m.first]
    return len(gap) <= JOINED_WINDOW and (_and_glued(ctx, m) or gap[-1:] == ["و"]) \
        and not set(gap) & STOP_MARKS


def _purpose(ctx: Context, i: int) -> bool:
    """«لإلقاء القبض على X»، «حملة للقبض على …»، «بهدف ضبط …»، «أثناء محاولة (الشرطة) اعتقال X»: an arrest only aimed at
    or attempted (GUIDELINES §7 decision 37) names no one caught."""
    key, prev = ctx.key(i).lstrip("و"), ctx.key(i - 1).lstrip("و")
    return key.startswith(("للقبض", "لضبط", "لاعتقال", "لتوقيف")) or prev in ("لالقاء", "بهدف") or \
        prev.startswith(ATTEMPTED) or (ctx.key(i - 2).lstrip("و").startswith(ATTEMPTED) and prev.startswith("ال")) or \
        (ctx.words[i - 1:i] == ["ل"] and i >= 1) or (ctx.words[i - 2:i - 1] == ["ل"] and prev == "القاء")


def _called_for(ctx: Context, i: int) -> bool:
    """«ضرورة إلقاء القبض على X»، «ليس لها التزام بإلقاء القبض»: an arrest called for or owed is no reported arrest
    and opens no frame (GUIDELINES §7 decision 37: a call or demand opens none)."""
    prev = ctx.key(i - 1).lstrip("و")
    before = i - 2 - (ctx.words[i - 2:i - 1] in (["ب"], ["بـ"]))  # «التزام ب إلقاء»: the proclitic split off
    aux = i - 1 - (prev == SEIZING)  # «سيتم إلقاء القبض»: the auxiliary stands before «إلقاء»
    future = ctx.key(aux).lstrip("و") in FUTURE or ctx.key(aux) in PRESENT_DONE and ctx.key(aux - 1) in MAY
    return future or prev in NEEDED or prev.lstrip("ب") == SEIZING and ctx.key(before).lstrip("و") in NEEDED


def _not_made(ctx: Context, i: int) -> bool:
    """«ولم يتم اعتقاله» (negated), «وطالبت بتوقيفه»، «كانت تهدف إلى اعتقال X» (demanded or aimed at, see DEMANDED),
    «ومددت محكمة … اعتقال X» (custody extended, see EXTENDED), «فإذا صوتوا بلا يقبض عليهم» (a condition's answer,
    see IF): no arrest made here, no frame (decisions 37, 154)."""
    if ctx.key(i - 1) in AUXILIARIES and ctx.key(i - 2) in NEGATED:
        return True
    lo = max(clause(ctx, i)[0], i - IF_WINDOW)
    if any(ctx.key(k) in IF for k in set(range(lo, i)) - covered_words(ctx.starting_in(lo - MAX_NAME_WORDS, i))):
        return True  # a condition's answer (see IF), not a name («سعيد لو»)
    first = max(ctx.sentence_start(i), i - DEMAND_WINDOW)
    demand = next((k for k in range(i - 1, first - 1, -1) if ctx.key(k).lstrip("وف") in DEMANDED), None)
    if demand is not None:
        named = covered_words(ctx.starting_in(demand + 1, i - 1))
        # «طالب محتجون بنشر صور حول اعتقال X»: the demand's own «ب» object is another act; the arrest was made
        if not any(ctx.words[k].startswith("ب") and k not in named and ctx.key(k) not in PART_OF_THEM
                   for k in range(demand + 1, i - (ctx.words[i - 1] in ("ب", "بـ")))):  # «ب توقيفه»: split off
            return True
    return any(ctx.key(k).lstrip("و").startswith(EXTENDED) for k in range(max(ctx.sentence_start(i), i - EXTEND_WINDOW), i))


def _on(ctx: Context, i: int, end: int) -> int:
    """The word after the «على» of «القبض على» at i; a time or place phrase may stand before it, set off by commas or
    not («ألقت القبض، أول من أمس، على شخصين»، «ألقت القبض في وقت متأخر من أول من أمس على X»; GUIDELINES §4 suspects:
    those caught are the object wherever it stands). Without such an «على» the word after i."""
    if ctx.key(i + 1) == "على" or not ctx.key(i).lstrip("و").startswith(SEIZED + PRESENT_SEIZED):
        return i + 1 + (ctx.key(i + 1) == "على")
    for k in range(i + 1, min(end, i + 1 + ADVERBIAL_WORDS) + 1):
        if ctx.key(k) == "على":
            return k + 1
        if ctx.words[k] in ADVERBIAL_STOP or any(m.label in ("PER", "NUM") for m in ctx.starting_in(k, k)):
            break
    return i + 1


def _named_suspect(ctx: Context, i: int, end: int) -> Mention | None:
    """«اعتقل X»، «القبض على X»، «إلا أن X اعتقل»: the person named next to an arrest."""
    key = ctx.key(i).lstrip("وف")
    if not key.startswith(PEOPLE_VERBS + PRESENT_ARREST) or key.endswith(OBJECT_SUFFIXES):
        return None
    j = _on(ctx, i, end) + (ctx.words[i + 1:i + 2] in (["ب"], ["بـ"]))  # «الزج ب X» split
    # «اعتقلت قوات الاحتلال الفتى X»، «القبض على المدعو X»، «أوقفت دورية السورية X»: over a subject or a
    # descriptor of the person, up to the first punctuation
    k = _object(ctx, j, end)
    people = [m for m in ctx.starting_in(k, k) if m.label == "PER"]
    if people:
        return people[0]
    before = [m for m in ctx.starting_in(max(0, i - 6), i - 1) if m.label == "PER" and m.last == i - 1
              and ctx.sent_of[m.first] == ctx.sent_of[i]]
    if not before and key in RELATIVE_VERBS:
        before = _relative_subject(ctx, i)
    return before[0] if before and ctx.key(i + 1) != "على" and key.startswith(("اعتقل", "اوقف", "قبض")) else None


def _relative_subject(ctx: Context, i: int) -> list[Mention]:
    """«X، الذي كان أوقف من قبل …»، «X الذي اوقف في السعودية»: the person a relative clause of the passive arrest
    verb at i is about (see RELATIVE_AUX); an object after the verb («X الذي أوقف المتهم») makes it active, X the one
    who arrested."""
    k = i - 1 - (ctx.key(i - 1) in RELATIVE_AUX)
    if ctx.key(k) not in RELATIVES:
        return []
    k -= 1 + (k >= 1 and ctx.words[k - 1] in COMMAS)
    nxt = ctx.key(i + 1)
    passive = i + 1 >= len(ctx.words) or ctx.words[i + 1] in STOP_WORDS or nxt in STOP_NOUN_WORDS
    return [m for m in ctx.starting_in(max(0, k - MAX_NAME_WORDS), k)
            if m.label == "PER" and m.last == k and ctx.sent_of[m.first] == ctx.sent_of[i]] if passive else []


def _listed(ctx: Context, first: Mention, end: int, enumerated: bool = False) -> list[Mention]:
    """«اعتقلت X، وY، وZ»، «اعتقلت X (21 عاماً)، وY (23 عاما)»: the persons of a list set off by commas, joined by «و»
    to the named suspect (each after its bracketed age), are caught with him; the written seeds' genre names its
    suspects by count and leaves «X وY» with no comma alone. So are those arrested with him after «مع», a person
    («مع زوجته Y») or a count of persons («واعتقل X مع ستة مسؤولين آخرين») (GUIDELINES §4 suspects, §7 decision 61:
    the PER or count of those caught, every one). An `enumerated` list (after «وهم:») takes names set off by a comma
    alone too («وهم: X، Y، وZ»)."""
    out = [first]
    while True:
        k = out[-1].last + 1
        if ctx.words[k:k + 1] == ["("]:  # «(30 عاما)»: the age or initials after the name
            k = next((j + 1 for j in range(k + 1, min(end, k + BRACKET_WORDS) + 1) if ctx.words[j] == ")"), k)
        if enumerated and ctx.key(k) in RELATIVES:
            # «وهم: X، وY (31 عاما) اللذان تم تجنيدهما من قبل …، وZ»: a relative clause about the last named ends at
            # its comma, and the list goes on after it
            k = next((j for j in range(k + 1, min(end, k + RELATIVE_WORDS) + 1) if ctx.words[j] in COMMAS), k)
        aged = ctx.key(k + 1).removeprefix("و") in AGED or ctx.words[k + 1:k + 2] == ["و"] and ctx.key(k + 2) in AGED
        if ctx.words[k:k + 1] and ctx.words[k] in COMMAS and aged:
            # «X، وعمره 24 عاما، وY»: the age set off by commas after the name
            k = next((j for j in range(k + 2, min(end, k + AGE_WORDS) + 1) if ctx.words[j] in COMMAS), k)
        comma = k < len(ctx.words) and ctx.words[k] in COMMAS
        k += comma
        if ctx.key(k) == WITH and out[-1].label == "PER":
            k += 1 + _describes(ctx, k + 1)  # «مع زوجته»
            nxt = next((m for m in ctx.starting_in(k, k) if m.label == "PER" or m.label == "NUM"
                        and ctx.numbers[m.id].get("type") == "count"), None)
            if nxt is None or nxt.last > end:
                return out
        else:
            split = ctx.words[k:k + 1] == ["و"]
            kin = _relative_at(ctx, k) if comma else 0  # «X، وعمه Y»، «X، و شقيقه Y»: a relative of the last named
            at = k + (kin or split)
            nxt = next((m for m in ctx.starting_in(at, at) if m.label == "PER"), None)
            if nxt is None and out[-1].label == "PER" and (others := _others_joined(ctx, k, end)) is not None:
                return out + [others]  # «اعتقال X وزوجته و15 من أصدقائه»، «X وثلاثة آخرين»
            if nxt is None or nxt.last > end or not comma or not (split or kin or nxt.lead == "و" or enumerated):
                return out
        out.append(nxt)


def _relative_at(ctx: Context, k: int) -> int:
    """The words of «و + a noun with his pronoun» at word k («وعمه»، «و شقيقه»: a relative of the person named before
    it, «و» glued or split off), 0 when none."""
    split = ctx.words[k:k + 1] == ["و"]
    kin = ctx.key(k + split)[0 if split else 1:] if split or ctx.key(k).startswith("و") else ""
    related = kin.endswith(POSSESSIVES) and len(kin) >= 3 and kin.isalpha() \
        and not ctx.starting_in(k + split, k + split)
    return 1 + split if related else 0


def _others_joined(ctx: Context, k: int, end: int) -> Mention | None:
    """The count of others caught with the persons named, joined by «و» at word k after them («X وثلاثة آخرين»، «X
    وزوجته وابنته و15 من أصدقائه»: over relatives named by a noun with his pronoun), or None (GUIDELINES §4 suspects:
    the PER or count of those caught, every one)."""
    while kin := _relative_at(ctx, k):
        k += kin
    split = ctx.words[k:k + 1] == ["و"]
    m = next((m for m in ctx.starting_in(k + split, k + split) if m.label == "NUM"), None)
    if m is None or m.last > end or not (split or m.lead == "و") or ctx.numbers[m.id].get("type") != "count":
        return None
    return m if _head(ctx, m).startswith(OTHER_KEYS) or ctx.key(m.last + 1) == "من" else None


def _enumerated(ctx: Context, i: int) -> list[Mention]:
    """«والقبض عليهم، وهم: X (34 عاما)، وY»، «سبق إيقافهم … (وهم: X، Y، وZ)»: the persons a plural pronoun object
    names, listed after «وهم:» later in its sentence (GUIDELINES §7 decision 61: the PER of those caught, every one;
    a pronoun suspect takes the named mentions)."""
    for k in range(i + 1, min(len(ctx.words) - 2, i + CHARGE_WINDOW)):
        if ctx.sent_of[k] != ctx.sent_of[i]:
            return []
        if ctx.key(k) in ENUMERATION and ctx.words[k + 1] == ":":
            first = next((m for m in ctx.starting_in(k + 2, k + 2) if m.label == "PER"), None)
            if first is None:
                return []
            return _listed(ctx, first, ctx.sentence_end(k), enumerated=True)
    return []


def _among(ctx: Context, i: int, end: int) -> Mention | None:
    """The person named after «بما في ذلك»، «(من) بينهم»، «أحدهم»، «بمن فيهم» within AMONG_WORDS words of the arrest
    at i, in its sentence and before word `end` (see AMONG), over a descriptor («أحدهم الجزائري X»)."""
    for k in range(i + 1, min(end, i + AMONG_WORDS, ctx.sentence_end(i)) + 1):
        if not any(tuple(ctx.key(w) for w in range(k - len(phrase) + 1, k + 1)) == phrase for phrase in AMONG):
            continue
        j = _object(ctx, k + 1, min(end, ctx.sentence_end(i)))
        return next((m for m in ctx.starting_in(j, j) if m.label == "PER"), None)
    return None


def _counted_names(ctx: Context, m: Mention, end: int) -> Mention | None:
    """«اعتقلت قوات الاحتلال الشابين X، وY»، «القبض على ثلاثة أشخاص هم X وY»: the person named in apposition right after
    the figure of those caught (over its counted noun's adjectives, or «هم»), the first of the persons it counts
    (GUIDELINES §4 suspects: the PER or count of those caught, every one)."""
    k = m.last + 1
    subject = ctx.numbers[m.id].get("subject")
    if subject and k <= end and subject[0] == ctx.spans[k][0] and not ctx.starting_in(k, k):
        k += 1  # «ثلاثة شبان هم X»: over the counted noun
    noun_end = k
    while k <= end and not ctx.starting_in(k, k) and ctx.key(k).startswith("ال") and k - noun_end < COUNTED_ADJECTIVES:
        k += 1  # «الشابين الفلسطينيين X»: an adjective of the counted noun
    k += ctx.key(k) in ENUMERATION and ctx.words[k + 1:k + 2] != [":"]
    return next((p for p in ctx.starting_in(k, k) if p.label == "PER" and p.last <= end), None)


def _caught_lists(ctx: Context) -> list[tuple[int, list[Mention]]]:
    """The sentences that list those caught by name («والمتهمون المضبوطون هم: (X مواليد 1986) …، و(Y …)», see
    CAUGHT_NOUNS): for each, the word of its «هم» and the persons named first after the colon or after an opening
    bracket in it."""
    out = []
    for k in range(1, len(ctx.words) - 2):
        if ctx.key(k) not in ENUMERATION or ctx.words[k + 1] != ":":
            continue
        noun = k - 1 - (ctx.key(k - 1) in PLURAL_OBJECT)
        if not _bare(ctx.key(noun).lstrip("و")).startswith(CAUGHT_NOUNS):
            continue
        end = ctx.sentence_end(k)
        named = [m for m in ctx.starting_in(k + 2, end) if m.label == "PER" and ctx.words[m.first - 1] in LIST_OPENERS]
        if named:
            out.append((k, named))
    return out


def _bracketed_caught(ctx: Context) -> list[tuple[int, list[Mention]]]:
    """«وتولى ذلك كل من الموقوفين (X - Y- Z)»، «ومنهم الموقوفون (X - Y)»، «المقبوض عليهم (X، وY)»: a plural noun of
    those caught with a bracket right after it names them (GUIDELINES §7 decision 154: a later mention that names the
    persons caught fills the arrest's frame); for each, the bracket's word and the persons that open it or follow
    one of its separators."""
    out = []
    for k in (k for k in range(1, len(ctx.words)) if ctx.words[k] == "("):
        noun = k - 1 - (ctx.key(k - 1) in PLURAL_OBJECT)
        bare = _bare(ctx.key(noun).lstrip("و"))
        if not (bare.startswith(CAUGHT_NOUNS) and (bare.endswith(PLURAL_ENDINGS) or noun < k - 1)):
            continue
        close = next((j for j in range(k + 1, min(len(ctx.words), ctx.sentence_end(k) + 1)) if ctx.words[j] == ")"),
                     None)
        if close is None:
            continue
        named = [m for m in ctx.starting_in(k + 1, close - 1) if m.label == "PER" and m.last < close
                 and (m.first == k + 1 or ctx.words[m.first - 1] in BRACKET_SEPARATORS or m.lead == "و")]
        if named:
            out.append((k, named))
    return out


def _object(ctx: Context, j: int, end: int) -> int:
    """Where the object of an arrest starts, from word j over its subject and the object's descriptors:
    definite words, a body, «قوات»، «المدعو» («اعتقلت قوات الاحتلال الإسرائيلي ستة فلسطينيين»، «القبض على
    المدعو X»); j itself when something else follows."""
    inside: set[int] = set()
    k = j - 1
    while k < end and k - j - len(inside) < OBJECT_WINDOW:  # a body's words do not count («أوقفت ORG (ع.ك)»)
        k += 1
        if (after := _time_phrase_end(ctx, k, end)) > k or ctx.key(k) in BOUNDS or (
                ctx.key(k) == "من" and ctx.key(k - 1) in BOUNDS | DESCRIPTORS):
            # a time phrase, the bound of a count («نحو 20»، «أكثر من 30»), a force drawn from a body («قوات من جيش …»)
            inside.update(range(k, after))
            k = max(k, after - 1)
            continue
        here = ctx.starting_in(k, k)
        if any(m.label in ("PER", "NUM") for m in here):
            return k
        if ctx.words[k] == "(" and any(m.label in ("PER", "NUM") for m in ctx.starting_in(k + 1, k + 1)):
            # «أوقفت السوري (م.غ)»: a person named by initials in brackets (GUIDELINES §7 decision 110); «القبض على
            # (431) من …»: a figure in brackets, as statements write them
            return k + 1
        if ctx.words[k] in QUOTES and any(m.label == "PER" for m in ctx.starting_in(k + 1, k + 1)):
            return k + 1  # «تم القبض على "X"»: a quoted name
        if k == j and _describes(ctx, k, bare=True) and any(m.label == "PER" for m in ctx.starting_in(k + 1, k + 1)):
            return k + 1  # «تم اعتقال قاري X»: one noun that describes the person named right after it
        if (ctx.key(k), ctx.key(k + 1)) == ALL_OF:
            k += 1  # «القبض على كل من X، وY»: the list of those caught follows
            continue
        if k > j and (named := _apposition(ctx, k)) is not None:
            return named  # «القبض على المتهم، X»، «اعتقلت أحد المنتمين للتنظيم وهو X»
        if k > j and (named := _object_of_agent(ctx, k)) is not None:
            return named  # «بتوقيف السلطات التشيكية للبناني X»: the object after the verbal noun's agent
        inside |= covered_words(m for m in here if m.label in ("ORG", "LOC"))
        if ctx.words[k] in STOP_WORDS or not (k in inside or ctx.key(k).startswith("ال") or ctx.words[k] == NAME_SLASH
                                              or ctx.key(k) in DESCRIPTORS or _describes(ctx, k)):
            break
    return j


def _time_phrase_end(ctx: Context, k: int, end: int) -> int:
    """The word after a time phrase that opens at word k (a comma before it and one after it included), or k when none
    opens there: a TIME_LEADS word, then definite words, days, bounds and durations with their units («فجر أمس الأول
    الثلاثاء»، «خلال أقل من 24 ساعة الماضية»), never a person or another figure (the object after it)."""
    lead = k + (ctx.words[k] in COMMAS)
    if lead > end or ctx.key(lead) not in TIME_LEADS or ctx.starting_in(lead, lead):
        return k
    j = lead + 1
    while j <= end and j - lead < ADVERBIAL_WORDS:
        here = ctx.starting_in(j, j)
        if any(m.label == "NUM" and ctx.numbers[m.id].get("type") == "duration" for m in here):
            j = max(m.last for m in here) + 2  # the duration and its unit («24 ساعة»)
        elif not here and (ctx.key(j).startswith("ال") or ctx.key(j) in TIME_LEADS or ctx.key(j) in BOUNDS
                           or ctx.key(j) == "من"):
            j += 1
        else:
            break
    return j + (j <= end and ctx.words[j] in COMMAS)


def _apposition(ctx: Context, k: int) -> int | None:
    """Where the name starts that a comma or «وهو/وهي» at word k puts in apposition to the described object before it
    («القبض على المتهم، X»، «اعتقلت أحد المنتمين للتنظيم وهو X»): the person caught (GUIDELINES §7 decision 61, the
    PER of those caught); None when no name follows."""
    at = k + 1 if ctx.words[k] in COMMAS or ctx.key(k) in APPOSITION else None
    return at if at is not None and any(m.label == "PER" for m in ctx.starting_in(at, at)) else None


def _object_of_agent(ctx: Context, k: int) -> int | None:
    """Where the name starts that a split «ل» at word k marks as the object of a verbal noun after its agent
    («بتوقيف السلطات التشيكية ل لبناني X»، «اعتقال الشرطة ل X»): right after it, or over one noun that describes the
    person (GUIDELINES §4 suspects: those caught are the object wherever it stands; §7 decision 61); None when no
    name follows."""
    if ctx.words[k] not in SPLIT_TO:
        return None
    at = k + 1 + (_describes(ctx, k + 1, bare=True) and not any(m.label == "PER" for m in ctx.starting_in(k + 1, k + 1)))
    return at if any(m.label == "PER" for m in ctx.starting_in(at, at)) else None


def _describes(ctx: Context, k: int, bare: bool = False) -> bool:
    """Is word k a noun that describes the person named after it: one with a possessive pronoun («على زوجته X»،
    «اعتقل شقيقه X») or in construct before a definite word («القبض على مالك القناة X»), or with `bare` any noun
    (the caller checks that the name follows it)?"""
    key = ctx.key(k)
    if ctx.words[k] in PROCLITIC_TOKENS or key in STOP_NOUN_WORDS or not key.isalpha() or key.startswith("و"):
        return False
    return bare or key.endswith(POSSESSIVES) and len(key) > 3 or ctx.key(k + 1).startswith("ال") and len(key) > 2


def _pronoun_object(ctx: Context, i: int, many: bool = False) -> bool:
    """Is the arrest at i done to one person named by a pronoun («القبض عليه»، «توقيفه»، «اعتقالها») or, with
    `many`, to persons named by a plural one («تم القبض عليهم»، «جرى اعتقالهم»، «سبق إيقافهم»)?"""
    if ctx.key(i + 1) in (PLURAL_OBJECT if many else ONE_PERSON):
        return True
    key = unclitic(ctx.key(i), PEOPLE_VERBS)
    if not key.startswith(PEOPLE_VERBS):
        return False
    return key.endswith(MANY_SUFFIXES) if many else key.endswith(ONE_SUFFIXES) and not key.endswith(MANY_SUFFIXES)


def _seized_verb(ctx: Context, i: int) -> bool:
    """Is «القبض» at i the object of a finite «ألقى» («ألقت القبض عليه»، «وقد ألقي القبض عليه»، «تم إلقاء القبض
    عليه»): the arrest told as an event, not a noun phrase («لحظة القبض عليه»، «نفي إلقاء القبض»)?"""
    prev = ctx.key(i - 1).lstrip("و")
    return prev in THREW or prev == SEIZING and ctx.key(i - 2) in DONE


def _passive_one(ctx: Context, i: int) -> bool:
    """Is the arrest at i told of one person it does not name, as an event: «تم إلقاء القبض عليه»، «تم توقيفها»
    (an auxiliary and the pronoun object), «وفي نهاية المطاف، أوقف في 30 يونيو»، «موكلي اعتقل بشكل تعسفي» (the bare
    passive verb with no object after it)?"""
    key = ctx.key(i).lstrip("و")
    if key in SEIZED:
        return ctx.key(i + 1) in ONE_PERSON and _seized_verb(ctx, i)
    if ctx.key(i - 1) in DONE:
        return _pronoun_object(ctx, i)
    nxt = ctx.key(i + 1)
    return key in RELATIVE_VERBS and (nxt in STOP_NOUN_WORDS or nxt.startswith(MANNER))


def _earlier_person(ctx: Context, i: int) -> list[Mention]:
    """«وفي مايو الماضي تم إلقاء القبض عليه»، «المذكورة تم توقيفها»، «وفي نهاية المطاف، أوقف في …» with no name next to
    it: the persons named in the PRONOUN_SENTENCES sentences before, up to the arrest, the nearest last (GUIDELINES §7
    decision 61: a pronoun suspect takes its nearest preceding named mention; decision 154: the arrest reported as an
    event)."""
    if not _passive_one(ctx, i):
        return []
    first = ctx.sentence_start(i)
    for _ in range(PRONOUN_SENTENCES):
        first = ctx.sentence_start(max(0, first - 1))
    return [m for m in ctx.starting_in(first, i - 1) if m.label == "PER" and not _speaker(ctx, m)]


def _speaker(ctx: Context, m: Mention) -> bool:
    """Is the person m the named subject of a verb of saying right before it, or before the office he is named by
    («وأوضح الناطق الإعلامي في شرطة المنطقة الشرقية العقيد X», see SAID)?"""
    k = m.first - 1
    offices, lasts = _offices(ctx)
    for at in range(bisect_left(lasts, m.first) - 1, -1, -1):  # the offices ending before m, the nearest end first;
        o = offices[at]  # the chain breaks at the first that does not end at k
        if o.last != k:
            break
        k = o.first - 1
        if ctx.key(k) == "في":
            k -= 1
    return ctx.key(k).lstrip("وف") in SAID


def _offices(ctx: Context) -> tuple[list[Mention], list[int]]:
    """The TITLE/ORG/LOC mentions sorted by their last word (document order among equal ends) and those last words,
    once per document: `_speaker` runs per person mention and reads only the few offices ending right before it."""
    def build() -> tuple[list[Mention], list[int]]:
        offices = sorted((o for o in ctx.mentions if o.label in ("TITLE", "ORG", "LOC")), key=lambda o: o.last)
        return offices, [o.last for o in offices]
    return ctx.once("enforcement.offices", build)


def _later_person(ctx: Context, i: int) -> Mention | None:
    """«ألقت السلطات القبض على أم أميركية …» with the mother named in the next sentence («وكانت X قد هربت …»): an
    arrest in the article's lead sentence that names no person takes the first person named in the sentence after it
    (GUIDELINES §7 decision 120: an arrest whose suspect is named only later takes the later-named PER)."""
    if ctx.sent_of[i] != 0 or any(m.label == "PER" for m in ctx.starting_in(0, ctx.sentence_end(i))):
        return None
    obj = _bare(ctx.key(_on(ctx, i, ctx.sentence_end(i))))
    if obj.endswith(PLURAL_ENDINGS) or obj in NUMBER_OF or obj.startswith(COLLECTIVES):
        return None  # «اعتقال العاملين»، «عدد من المشتبه بهم»، «العشرات»: a group, no one person
    if ctx.sentence_end(i) + 1 >= len(ctx.words):
        return None
    nxt = ctx.sentence_end(i) + 1
    return next((m for m in ctx.starting_in(nxt, ctx.sentence_end(nxt)) if m.label == "PER"), None)


def _glued_to(ctx: Context, m: Mention) -> bool:
    """Is figure m glued to a preposition («بقتلها لعشرة أشخاص»، «التحرش بفتاتين»)? It counts the persons an act was
    done to, not those arrested."""
    return ctx.text[m.start - 1:m.start] in ("ب", "ل")


def _dead(ctx: Context, m: Mention) -> bool:
    """Does figure m count the dead («مقتل 13»، «ومصرع 3»)? They are no suspects."""
    return ctx.key(m.first - 1).lstrip("وب") in KILLED


def _killed_after(ctx: Context, i: int, m: Mention) -> bool:
    """Does a word of killing stand between the arrest at i and figure m after it? The figure counts those killed, not
    those caught («واعتقل النائب X وقتل شقيقه وأكثر من 200 قيادي»، «القبض على المتهمين بقتل 3 أشخاص»)."""
    return any(ctx.key(k).lstrip("وب") in KILLED for k in range(i + 1, m.first))


def _count_before(ctx: Context, i: int, used: set[str]) -> Mention | None:
    """The nearest count before the arrest at i in its sentence, within PERSON_WINDOW words: those a plural
    pronoun object refers to («خمسة مديرين تنفيذيين سابقين … تم إلقاء القبض عليهم»; GUIDELINES §7 decision 61: a
    pronoun suspect takes its nearest preceding mention); a count after a glued preposition («التحرش بفتاتين») is
    not those arrested, and one after «من بينهم» is a part of them (see AMONG)."""
    counts = [m for m in ctx.starting_in(max(0, i - PERSON_WINDOW), i - 1)
              if _free_count(ctx, m, i, used) and not _dead(ctx, m) and not _glued_to(ctx, m)]
    if not counts:
        return None
    part = counts[-1]
    if ctx.key(part.first - 1) in PART_OF_THEM:
        # «أحالت … 14 عنصرا من بينهم 7 فتيات … بعد القبض عليهم»: the pronoun takes the whole, counted just before
        # the partitive (GUIDELINES §7 decision 61), which may lie beyond the window
        p = part.first - 1 - (ctx.key(part.first - 2) == "من")
        whole = [m for m in ctx.starting_in(max(0, p - PARTITIVE_GAP), p - 1) if _free_count(ctx, m, i, used)]
        return whole[-1] if whole else part
    return part


def _free_count(ctx: Context, m: Mention, i: int, used: set[str]) -> bool:
    """Is mention m a count, no change, in the sentence of word i and not taken yet (a figure a pronoun object of the
    arrest at i may refer to; see _count_before)?"""
    return m.label == "NUM" and ctx.sent_of[m.first] == ctx.sent_of[i] and m.id not in used \
        and ctx.numbers[m.id].get("type") == "count" and not ctx.numbers[m.id].get("change")


def _case_offence(ctx: Context, m: Mention, head: str) -> list[int] | None:
    """The offence of a figure of cases: the words after its case word («12 قضية سرقة»); a dual «حالتي تسلل» is the
    case word itself; a violation is named with the rule it breaks («875 مخالفة لأنظمة الوقاية من الحرائق», GUIDELINES
    §7 decision 174: «ضبط + N مخالفة» fills cases, offence the violation type), a bare «مخالفة مرورية» names none."""
    if m.first >= 2 and _count_clause(ctx, m.first - 2):  # «حالات التسول بلغ اجماليها 20 حالة»: the cases named before
        v = m.first - 2
        case = next((k for k in range(v - 1, max(-1, v - 1 - COUNTED_WINDOW), -1)
                     if _bare(ctx.key(k)).startswith(CASE_WORDS)), None)
        return _words_span(ctx, case + 1, v, None) if case is not None else None
    dual = word_key(ctx.text[m.start:m.end]).startswith(CASE_WORDS)
    k = m.last + 1 + (ctx.words[m.last + 1:m.last + 2] == [")"])  # «(174) مخالفة»
    if head in VIOLATIONS and not dual:
        rule = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
        ruled = rule in ("ل", "لـ") or rule.startswith("ل") and not rule.startswith("لا") and len(rule) > 3
        return _offence(ctx, k) if ruled else None
    k += 0 if dual else 1
    if ctx.key(k) == "من" and _bare(ctx.key(k + 1)) in CASE_KEYS:
        k += 2  # «قضيتين من قضايا تنظيم عبور الحدود»
    if dual and ctx.key(k).endswith("تين") and ctx.words[k + 1:k + 2] != ["ل"] and not ctx.words[k].startswith("ل"):
        k += 1  # «قضيتين كبيرتين لنقل المخدرات»: the dual adjective of the case word
    if ctx.key(k) in RELATED and ctx.words[k + 1:k + 2] in (["ب"], ["بـ"]):
        return _offence(ctx, k + 2)  # «وقضيتين تتعلقان ب الاتجار بالبشر»
    glued_bi = ctx.words[k + 1:k + 2] and ctx.words[k + 1].startswith("ب") and len(ctx.words[k + 1]) > 3
    if ctx.key(k) in RELATED and glued_bi:
        return _offence(ctx, k + 1, ctx.spans[k + 1][0] + 1)  # «وقضيتين تتعلقان بالاتجار بالبشر»
    glued = k < len(ctx.words) and ctx.words[k].startswith("ل") and not ctx.words[k].startswith("لا")
    return _offence(ctx, k, ctx.spans[k][0] + 1 if dual and glued and len(ctx.words[k]) > 3 else None)


def _opened(ctx: Context, m: Mention) -> int:
    """The first word of figure m with its opening bracket («(171)»)."""
    return m.first - (ctx.words[m.first - 1:m.first] == ["("])


def _recorded(ctx: Context, m: Mention) -> bool:
    """Is figure m the object of a verb of writing up («وتحرير (171) مخالفة», see RECORDED)?"""
    return ctx.key(_opened(ctx, m) - 1) in RECORDED


def _and_glued(ctx: Context, m: Mention) -> bool:
    """Is figure m led by a «و» glued to it («و742»)?"""
    return m.lead == "و" or ctx.words[m.first].startswith("و") and m.start > ctx.spans[m.first][0]


def _and_led(ctx: Context, m: Mention) -> bool:
    """Is figure m led by «و», split off, glued or before its bracket («و742»، «و (9166)»)?"""
    k = _opened(ctx, m)
    return _and_glued(ctx, m) or ctx.words[k - 1:k] == ["و"]


def _headline(ctx: Context, i: int) -> bool:
    """Is word i in the article's headline: a first line that ends with no full stop?"""
    return ctx.spans[i][0] < ctx.once("enforcement.headline", lambda: _headline_end(ctx.text))


def _headline_end(text: str) -> int:
    """Where the first line ends when it is a headline (no full stop at its end), else 0."""
    end = text.find("\n")
    return end if end > 0 and text[:end].rstrip()[-1:] not in (".", "!", "؟") else 0


def _suspect_figures(ctx: Context, slots: dict[str, list]) -> list[float | None]:
    """The values of the numbers among the frame's suspects."""
    return [ctx.numbers[v].get("value") for v in slots.get("suspects", []) if v in ctx.numbers]


def _restated(ctx: Context, slots: dict[str, list], counted: set[float]) -> bool:
    """Does the frame's figure of suspects repeat a figure of suspects already reported (see RESTATED_MIN)?"""
    figures = _suspect_figures(ctx, slots)
    subjects = [ctx.numbers[v].get("subject") for v in slots.get("suspects", []) if v in ctx.numbers]
    if any(subj and any(w.startswith(OTHERS) for w in ctx.text[subj[0]:subj[1]].split()) for subj in subjects):
        return False
    return len(figures) == 1 and figures[0] is not None and figures[0] >= RESTATED_MIN and figures[0] in counted


def _reported_present(ctx: Context, i: int) -> bool:
    """Is the present-tense arrest verb at i («تعتقل»، «يقبض») the report of an arrest made: no negation, modal,
    «أن» or «ما» before it, no «منذ» just after it (see PRESENT_ARREST)?"""
    if ctx.key(i - 1) in NOT_DONE:
        return False
    return not any(ctx.key(k) == SINCE for k in range(i + 1, i + 1 + PRESENT_SINCE_WORDS))


def _link_line(ctx: Context, i: int) -> bool:
    """Is word i in a «رابط الخبر بصحيفة X: …» line, which repeats the headline of an arrest told already (see
    LINK)?"""
    return any((ctx.key(k), ctx.key(k + 1)) == LINK for k in range(ctx.sentence_start(i), i))


def frames(ctx: Context) -> list[dict]:
    out, used = [], set()
    caught: set[str] = set()  # the names of the persons already reported caught
    counted: set[float] = set()  # the figures of suspects already reported, outside the headline
    hits = sorted([i for i in find(ctx, TRIGGERS) if _holds(ctx, i) and not _called_for(ctx, i)
                   and not _not_made(ctx, i)]
                  + [i for i in find(ctx, PRESENT_ARREST) if _reported_present(ctx, i) and not _not_made(ctx, i)])
    hits = [i for i in hits if not _link_line(ctx, i)]
    for n, i in enumerate(hits):
        a, b = clause(ctx, i)
        # a figure belongs to the nearest trigger before it («أحبطت … تهريب …، واعتقلت شخصين»)
        nxt = hits[n + 1] if n + 1 < len(hits) else None
        end = min(b, nxt - 1) if nxt is not None and nxt <= b else b
        slots: dict[str, list] = {}
        key = ctx.key(i).lstrip("وف")
        if key.startswith(DISCOVERED) and ctx.key(i + 1) in FOUND_THAT:
            continue
        arrest, thwart = key.startswith(ARREST + PRESENT_ARREST), key.startswith(THWART)
        aimed = _purpose(ctx, i)  # only aimed at or attempted: names no one caught
        first_num = True
        last: Mention | None = None  # the last figure of suspects
        recording = False  # inside a list of violations written up (see RECORDED)
        obj = _object(ctx, _on(ctx, i, end), end) if arrest else None
        for m in ctx.starting_in(i + 1, end):
            if m.label != "NUM":
                continue
            # the object of the arrest, also after a time phrase that holds a duration («خلال 24 ساعة نحو 20 مقدسيا»)
            right_after = arrest and (first_num and m.first - i <= 2 and ctx.key(m.first - 1) in ("على", ctx.key(i))
                                      or m.first == obj)
            # «ضبط 431 من الفئات المنتمية …»: a figure right after the trigger that takes a part of a definite group
            right_after |= first_num and m.first == i + 1 and ctx.key(m.last + 1) == "من" \
                and ctx.key(m.last + 2).startswith("ال")
            first_num = False
            fact = ctx.numbers[m.id]
            if m.id in used or fact.get("change") or fact.get("type") == "percent" \
                    or _killed_after(ctx, i, m):
                continue  # «بزيادة 21 قضية»، «100% من القضايا»، «مقتل 13»: a change, a share or the dead
            head = _head(ctx, m)
            near = m.first - i <= 2 + (BOUND_WORDS if fact.get("qualifier") else 0)
            if thwart and head.startswith(ATTEMPT_WORDS) and near and "cases" not in slots:
                slots["cases"] = [m.id]  # «إحباط 4 محاولات إرهابية»
            elif head in VIOLATIONS and (recording or _recorded(ctx, m)):
                recording = True  # «وتحرير (171) مخالفة إدارية، (4) مخالفات إشغال طريق»: the list written up goes on
                continue
            elif (head.startswith(CASE_WORDS) or head in VIOLATIONS) and ("cases" not in slots or _and_led(ctx, m)):
                # the figure of cases, with its offence («12 قضية سرقة»); «186 قضية قمار …، و742 قضية تهريب»، «( 8837)
                # مخالفة سرعة، و(6199) مخالفة دوران»: a further figure of cases joined by «و» counts cases of the same
                # report (GUIDELINES §7 decision 174: the categories of one period's totals stay in one frame), with its
                # own offence
                slots.setdefault("cases", []).append(m.id)
                offence = _case_offence(ctx, m, head)
                if offence and offence not in slots.setdefault("offence", []):
                    slots["offence"].append(offence)
            elif (head.startswith(SUSPECT_WORDS) and not _glued_to(ctx, m) or right_after or _members(ctx, m)) \
                    and "suspects" not in slots:
                slots["suspects"] = [m.id]
                last = m
                if (named := _counted_names(ctx, m, end)) is not None:
                    slots["suspects"] += [p.id for p in _listed(ctx, named, end)]
            elif "suspects" in slots and (head.startswith(SUSPECT_WORDS) and ctx.key(m.first - 1) in ALSO
                                          or last is not None and _joined(ctx, last, m)):
                slots["suspects"].append(m.id)  # «اعتقال اثنين من العناصر، وكذا ثمانية من المشتبه بهم»
                last = m
        if "suspects" not in slots:
            # «ستة أشخاص على الأقل اعتقلوا»، «أربعة أشخاص تم القبض عليهم»: people counted just before the trigger
            before = [m for m in ctx.starting_in(max(a, i - BEFORE_WINDOW - 3), i - 1)
                      if m.label == "NUM" and i - m.last <= BEFORE_WINDOW and m.id not in used
                      and not PARTITIVE & set(ctx.keys[m.last + 1:i])
                      and _head(ctx, m).startswith(SUSPECT_WORDS) and not ctx.numbers[m.id].get("change")]
            if before:
                slots["suspects"] = [before[-1].id]
            elif ctx.key(i).lstrip("و") in PLURAL_VERBS and (subject := _count_before(ctx, i, used)) is not None:
                slots["suspects"] = [subject.id]
            elif not aimed and (named := _named_suspect(ctx, i, end)) is not None:
                slots["suspects"] = [m.id for m in _listed(ctx, named, end)]
            elif not aimed and key in RELATIVE_VERBS and (earlier := _earlier_person(ctx, i)):
                if ctx.surface(earlier[-1]) in caught:
                    continue  # the arrest of a person already reported caught (GUIDELINES §7 decision 154)
                slots["suspects"] = [earlier[-1].id]  # «أوقف في 30 يونيو»: the passive verb's person named before
            elif _pronoun_object(ctx, i, many=True) and not aimed \
                    and (counted_before := _count_before(ctx, i, used)) is not None:
                slots["suspects"] = [counted_before.id]
            elif _pronoun_object(ctx, i) and not aimed:  # «بهدف اعتقاله»: only aimed at
                people = [m for m in ctx.starting_in(max(0, i - PERSON_WINDOW), i - 1)
                          if m.label == "PER" and ctx.sent_of[m.first] == ctx.sent_of[i] and not _speaker(ctx, m)] \
                    or _earlier_person(ctx, i)
                if people and ctx.surface(people[-1]) in caught:
                    continue  # «عقب اعتقاله»: the arrest of a person already reported (GUIDELINES §7 decision 37)
                if people:
                    slots["suspects"] = [people[-1].id]
            elif not aimed and key.startswith(PEOPLE_VERBS) and (later := _later_person(ctx, i)) is not None:
                slots["suspects"] = [later.id]
        if not aimed and (one := _among(ctx, i, nxt if nxt is not None else len(ctx.words) - 1)) is not None \
                and one.id not in slots.get("suspects", []):
            slots["suspects"] = slots.get("suspects", []) + [one.id]  # «… أحدهم الجزائري X» (see AMONG)
        if _pronoun_object(ctx, i, many=True) and not aimed and (named := _enumerated(ctx, i)):
            slots["suspects"] = slots.get("suspects", []) + [m.id for m in named]
        for k in range(i, end):
            if ctx.key(k) in ("بتهمة", "بتهم") and "offence" not in slots:
                offence = _charged_with(ctx, k + 1)
                if offence:
                    slots["offence"] = [offence]
        if "offence" not in slots:
            offence = _offence_noun(ctx, i, end) or _caught_in_act(ctx, i, end) or _perpetrated(ctx, i, end) \
                or _charge(ctx, i, caused=bool(slots)) or _charge_before(ctx, i)
            if offence:
                further = _further_suspicion(ctx, offence)
                slots["offence"] = [offence, further] if further else [offence]
        if thwart and (ctx.key(i).lstrip("و").startswith("لاحباط") or aimed):
            continue  # «يواصل قصف مواقع المتشددين لإحباط هجمات محتملة»: a thwarting only aimed at (decision 37)
        if key.startswith(REVEAL) and any(_bare(ctx.key(k)).startswith(REPORTS) for k in (i + 1, i - 1, i - 2)):
            continue  # «كشفت إحصائية رسمية ارتفاعا في قضايا …»، «التقارير الصحفية كشفت عن …»: a report reveals (REPORTS)
        if key.startswith(REVEAL) and any(ctx.key(k) in FOUND_THAT
                                          for k in range(i + 1, min(end, i + REVEALED_THAT) + 1)):
            continue  # «كشفت وزارة الداخلية أن عدد …»: what is made known after «أن» is a statement (decision 155)
        if _held_since(ctx, i, slots):
            continue  # «واعتقل X منذ ذلك الحين» (see SINCE)
        if key.startswith(REVEAL) and "cases" not in slots:
            continue  # «كشفت الكاميرات كذب المتهمين الأربعة»: «كشف» uncovers cases («كشفت عن 214 قضية»), else it reveals
        if _restated(ctx, slots, counted):
            continue
        if list(slots) == ["offence"] and slots["offence"][0] == _perpetrated(ctx, i, end) \
                and _told_offence(ctx, slots["offence"], out):
            continue  # «وآخرها إلقاء القبض على مرتكب مجزرة X»: the arrest of that act's doers told before (decision 37)
        if slots:
            if not _headline(ctx, i):
                counted.update(_suspect_figures(ctx, slots))
            used.update(v for vs in slots.values() for v in vs if isinstance(v, str))
            persons = _persons_by_id(ctx)
            caught |= {ctx.surface(ctx.mentions[a]) for sid in slots.get("suspects", []) for a in persons.get(sid, ())}
            out.append({"type": "enforcement", "trigger": _trigger_span(ctx, i), "slots": slots})
    for k, named in sorted(_caught_lists(ctx) + _bracketed_caught(ctx), key=lambda x: x[0]):
        told = [f for f in out if f["trigger"][0] < ctx.spans[k][0]]
        if told:  # the nearest arrest told before the list (decision 154: later mentions fill it)
            suspects = told[-1]["slots"].setdefault("suspects", [])
            # a person listed again in a later list of the same statement is already reported caught
            fresh = [m for m in named if m.id not in suspects and ctx.surface(m) not in caught]
            suspects += [m.id for m in fresh]
            caught |= {ctx.surface(m) for m in fresh}
    return out


def _told_offence(ctx: Context, offences: list[list[int]], out: list[dict]) -> bool:
    """Are the offences of a frame with no other slot, as written, those of a frame told before? The arrest of the doers
    of one named act («مرتكب مجزرة X») told again opens no frame (GUIDELINES §7 decision 37); two arrests for the same
    kind of offence («تهريب المخدرات») are two."""
    def words(spans: list[list[int]]) -> set[str]:
        return {word_key(ctx.text[a:b]) for a, b in spans}
    mine = words(offences)
    return any(mine <= words(f["slots"].get("offence", [])) for f in out)


def _held_since(ctx: Context, i: int, slots: dict[str, list]) -> bool:
    """Is the arrest at i custody «since then» of the person named right after it («واعتقل X منذ ذلك الحين في سجن
    …»)? Custody as a state opens none (GUIDELINES §7 decision 154)."""
    suspects = slots.get("suspects", [])
    persons = _persons_by_id(ctx)
    at = min((a for sid in suspects for a in persons.get(sid, ()) if ctx.mentions[a].first > i), default=None)
    named = ctx.mentions[at] if at is not None else None
    k = named.last + 1 if named else i + 1
    return ctx.key(k) == SINCE and ctx.key(k + 1) in THAT_TIME


def _persons_by_id(ctx: Context) -> dict[str, list[int]]:
    """Mention id → the positions in `ctx.mentions` of its PER mentions, once per document: `_held_since` looks up
    a frame's suspects after its trigger without reading every later mention per frame."""
    def build() -> dict[str, list[int]]:
        persons: dict[str, list[int]] = {}
        for a, m in enumerate(ctx.mentions):
            if m.label == "PER":
                persons.setdefault(m.id, []).append(a)
        return persons
    return ctx.once("enforcement.persons", build)


def _trigger_span(ctx: Context, i: int) -> list[int]:
    """Trigger word i without a glued proclitic («واعتقل» → «اعتقل»، «ولإحباط» → «إحباط»; ANNOTATION: proclitics stay
    outside spans); «فكك» keeps its first letter (the stem matches without stripping). Triggers are not scored, and
    no rule reads a frame's trigger offsets."""
    span = ctx.span(i, i)
    key, word = ctx.key(i), ctx.words[i]
    if key.startswith(TRIGGER_STEMS):
        return span
    lead = next((p for p in SPAN_PROCLITICS
                 if p and word.startswith(p) and key[len(p):].startswith(TRIGGER_STEMS)), "")
    return [span[0] + len(lead), span[1]]


def _caught_in_act(ctx: Context, i: int, end: int) -> list[int] | None:
    """The act after «وهو/وهي + present verb» right after the arrest at i (over its object pronoun «عليه») or right
    after the person it names («ضبطت الشرطة X وهو يبيع …»), «متلبسا» before it, see IN_THE_ACT; None when the arrest
    has no such clause."""
    named = [m.last + 1 for m in ctx.starting_in(i + 1, min(end, i + OBJECT_WINDOW)) if m.label == "PER"]
    for k in [i + 1 + (ctx.key(i + 1) in ONE_PERSON | PLURAL_OBJECT)] + named[:1]:
        red_handed = ctx.key(k) in RED_HANDED
        k += red_handed
        # «اعتقل X وهو يغادر منزله»: an arrest made while doing something; «ضبط» (or «متلبسا») says it is the act
        caught = red_handed or ctx.key(i).lstrip("و").startswith(CAUGHT)
        if caught and ctx.key(k) in IN_THE_ACT and ctx.key(k + 1).startswith(PRESENT_PREFIXES) \
                and len(ctx.key(k + 1)) >= 4:
            k += 1 + (ctx.key(k + 1) in TRIED)  # «وهو يحاول تهريب …»: the act tried
            return _charge_phrase(ctx, k, None, True)
    return None


def _perpetrated(ctx: Context, i: int, end: int) -> list[int] | None:
    """The act named after the doers the arrest at i takes as its object («على مرتكب X»، «على من تسببوا في X»، «على
    المتسببين في X»), see PERPETRATORS; None for another object or an act named before (a definite head)."""
    j = _on(ctx, i, end)
    if ctx.key(j) in PERPETRATORS:
        k = j + 1 + (ctx.key(j + 1) == "في")
    elif ctx.key(j) == "من" and ctx.key(j + 1).startswith(CAUSED) and ctx.key(j + 2) == "في":
        k = j + 3
    else:
        return None
    if k > end or ctx.key(k).startswith("ال") or ctx.key(k) in DEMONSTRATIVES or ctx.starting_in(k, k):
        return None
    return _charge_phrase(ctx, k, None, stop=OFFENCE_STOP | CASE_STOP)


def _charge(ctx: Context, i: int, caused: bool = False) -> list[int] | None:
    """The offence named by a suspicion or charge after the arrest at i, within CHARGE_WINDOW words of its
    sentence. With `caused` (an arrest of someone named or counted) also the cause after «بسبب»; alone, «بسبب» is as
    often a suspension («أوقفت الأمانة موظفيها بسبب الحر») or a denied reason («نفت أن يكون اعتقاله بسبب X»)."""
    for k in range(i + 1, min(len(ctx.words), i + CHARGE_WINDOW)):
        if ctx.sent_of[k] != ctx.sent_of[k - 1] and not _within_name(ctx, k) or ctx.words[k] == "؛":
            break  # «ضبط خلية إرهابية خطرة؛ كانت تخطط لعمليات …»: a new clause says what the cell did, not the charge
        key = ctx.key(k)
        if _cue_in(ctx, k, BELONGING):  # «لانتمائه»: the «ل» glued is outside the span, one split off is no word of it
            return _charge_phrase(ctx, k, ctx.spans[k][0] + (key in BELONGING), one_act=True)
        if (ctx.key(k - 1), key) in CASE_OF:  # «في قضية مقتل X»، «في قضايا إرهابية»، «على خلفية إطلاق النار»
            # «على خلفية قضايا الفئة الضالة»: the offence leaves out the case word (ANNOTATION §4 «قضية»)
            skip = 1 + (key not in CASE_KEYS and _bare(ctx.key(k + 1)) in CASE_KEYS)
            return _charge_phrase(ctx, k + skip, None, stop=OFFENCE_STOP | CASE_STOP)
        if key in PRETEXT and ctx.key(k + 1) not in PRETEXT_THAT:
            return _charge_phrase(ctx, k + 1, None)  # the act alone, before its object after «ب» («باتجاه …»)
        if caused and key in CAUSE and ctx.key(k + 1) not in DEMONSTRATIVES and not ctx.starting_in(k + 1, k + 1):
            return _charge_phrase(ctx, k + 1, None, True)  # «اعتقال X بسبب أنشطته داخل منظمة متطرفة» (decision 61)
        if key in TRIED and (k - i <= TRIED_WINDOW or ctx.key(k - 2) == "على") \
                and not set(ctx.words[i + 1:k]) & STOP_WORDS:
            # «ضبط مواطن حاول دهس رجل أمن»، «تحفظت السلطات في المطار على مسافر حاول تهريب …»: the one held tried it
            return _offence(ctx, k + 1)
        if key in CHARGE_NOUNS:  # «موجها إليها تهمة محاولة قتل ابنها»، «في إطار التحقيق في تهم فساد»
            return None if ctx.key(k - 1) in ANY else _offence(ctx, k + 1)
        if key in INVOLVED and ctx.key(k + 1) == "في":
            j = k + 2 + (ctx.key(k + 2) in INVOLVED_CASES)
            return None if ctx.key(j) in DEMONSTRATIVES else _charge_phrase(ctx, j, None, True)
        if key in PLOTTED and ctx.words[k + 1:k + 2] in (["ل"], ["لـ"]):
            return _charge_phrase(ctx, k + 2, None, True, stop=OFFENCE_STOP)
        if key in PLOTTED and ctx.key(k + 1).startswith("ل") and not ctx.key(k + 1).startswith("لل") \
                and len(ctx.key(k + 1)) > 3:
            return _charge_phrase(ctx, k + 1, ctx.spans[k + 1][0] + 1, True, stop=OFFENCE_STOP)
        suspected, charged = _cue_in(ctx, k, SUSPECTED), _cue_in(ctx, k, CHARGED)
        if not suspected and not charged:
            continue
        if ctx.key(k + 1) in INVOLVED or ctx.key(k + 1) in BY_CHARGE:
            continue  # «المتهمين بالتورط في …»: the involvement, next, names the act
        j = k + 1
        while ctx.key(j) in CHARGE_FILLERS:
            j += 1
        part = next((m for m in ctx.starting_in(j, j) if m.label == "NUM"), None)
        if part is not None and ctx.key(part.last + 1) in OF_THEM:
            j = part.last + 2
        if key == SUSPECTED_VERB and ctx.key(j) == "في" and ctx.key(j + 1).endswith(OBJECT_SUFFIXES) \
                and ctx.key(j + 1) not in THAT:
            return _charge_phrase(ctx, j + 1, None, True)
        # «للاشتباه في …» (a suspicion about, not of, an act) names no offence
        if j < len(ctx.words) and ctx.words[j] in ("ب", "بـ"):
            that = ctx.key(j + 1) in THAT  # «يشتبه ب أنهما جزء من عصابة …»
            skip = charged and ctx.key(j + 1) in OPERATIONS  # «متهما ب العملية الإرهابية»
            return _charge_phrase(ctx, j + 1 + that + skip, None, suspected or that, stop=CHARGE_END)
        if ctx.key(j) in BY_THAT:  # «يشتبه بأنهما جزء من عصابة …»: the suspicion is what follows «أن»
            return _charge_phrase(ctx, j + 1, None, True)
        if ctx.key(j) in BY_OPERATION and charged:
            return _charge_phrase(ctx, j + 1, None, stop=CHARGE_END)
        if j < len(ctx.words) and ctx.words[j].startswith("ب") and len(ctx.words[j]) > 3:
            return _charge_phrase(ctx, j, ctx.spans[j][0] + 1, suspected, stop=CHARGE_END)
    return None


def _cue_in(ctx: Context, k: int, cues: frozenset[str]) -> bool:
    """Is word k one of `cues`, as written or with the «ل» the tokenizer split off before it («ل اتهامه»، «ل انتمائهم»
    read as «لاتهامه»، «لانتمائهم»: the lists spell a charge after «ل» glued)?"""
    return ctx.key(k) in cues or k > 0 and ctx.words[k - 1] in SPLIT_TO and "ل" + ctx.key(k) in cues


def _charge_before(ctx: Context, i: int) -> list[int] | None:
    """«تم توجيه تهمة النصب والاحتيال لشخصين تم القبض عليهما»، «كان محبوسا لاتهامه بالانضمام إلى X، وألقي القبض عليه»:
    the charge or suspicion named earlier in the sentence of an arrest whose object is a pronoun — the persons it
    was named of (GUIDELINES §7 decision 61: the suspicion/charge phrase in the arrest's own sentence is the offence;
    decision 22: a pronoun takes its antecedent). Only for an arrest told as an event, with no other arrest word
    between, and ending before it."""
    if not (_pronoun_object(ctx, i) or _pronoun_object(ctx, i, many=True)) \
            or not (ctx.key(i - 1) in DONE or _seized_verb(ctx, i)):
        return None  # «بعد 45 يوما من توقيفه»: told as an event only («تم/ألقي …», decision 154)
    first = max(ctx.sentence_start(i), i - CHARGE_WINDOW)
    cue = next((k for k in range(first, i) if ctx.key(k) in CHARGE_NOUNS or _cue_in(ctx, k, CHARGED | SUSPECTED)),
               None)
    if cue is None or find_in(ctx, TRIGGERS, cue, i):
        return None
    offence = _charge(ctx, cue - 1 - (ctx.words[cue - 1] in SPLIT_TO))  # «ل اتهامه»: the split «ل» opens the cue
    # «تهمة النصب والاحتيال ل شخصين تم القبض عليهما»: the charge ends before the «ل» of those it was made against
    to = next((k for k in range(cue + 1, i) if offence and ctx.spans[k][0] > offence[0]
               and ctx.words[k] in SPLIT_TO and any(m.label in ("PER", "NUM") for m in ctx.starting_in(k + 1, k + 1))),
              None)
    if offence and to is not None:
        offence = [offence[0], ctx.spans[to - 1][1]]
    return offence if offence and offence[1] <= ctx.spans[i][0] else None


def _further_suspicion(ctx: Context, offence: list[int]) -> list[int] | None:
    """«للاشتباه باعتناقه الفكر الضال، وتأييد تنظيم القاعدة»: a second act suspected, after «، و» right after the first,
    is a second offence (GUIDELINES §7 decision 61: the suspicion phrase is the offence, every act suspected); a
    name, a verb or a new clause after the comma is none."""
    at = bisect_right(ctx.spans, (offence[0], len(ctx.text) + 1)) - 1  # the word the offence starts in
    last = bisect_left(ctx.spans, (offence[1],)) - 1  # the word it ends in
    if at < 0 or offence[0] >= ctx.spans[at][1] or last < 0 or offence[1] > ctx.spans[last][1]:
        return None
    if not any(ctx.key(k).lstrip("و").startswith(SUSPECTED_STEMS) for k in range(max(0, at - 2), at + 1)):
        return None
    k = last + 1
    if k + 1 >= len(ctx.words) or ctx.words[k] not in COMMAS:
        return None
    k += 1
    split = ctx.words[k] == "و" and k + 1 < len(ctx.words)  # «، و تأييد»: the tokenizer splits «و» off
    glued = ctx.words[k].startswith("و") and len(ctx.key(k)) > 3
    if not (split or glued) or _new_clause(ctx, k) or _in_name(ctx, k + split) or ctx.sent_of[k + split] != ctx.sent_of[last]:
        return None
    act = ctx.key(k + 1) if split else ctx.key(k)[1:]
    if len(act) < ACT_LETTERS or not act.isalpha() or act.startswith("لا") or split and _new_clause(ctx, k + 1):
        return None  # «، ولا سيما نساء»: a particle, not an act
    return _charge_phrase(ctx, k + split, None if split else ctx.spans[k][0] + 1, True, stop=CHARGE_END)


def _within_name(ctx: Context, k: int) -> bool:
    """Does word k continue a name that a full stop cut into sentences («(ع.ك) لانتمائه …», decision 110)?"""
    return any(m.first < k <= m.last for m in ctx.starting_in(max(0, k - MAX_NAME_WORDS), k - 1) if m.label != "NUM")


def _further_act(ctx: Context, j: int) -> bool:
    """Does «و» at word j (split off or glued) join a further act («وتجنيد الأشخاص»), not a name of the list
    («وشادي X») nor an act done to the group just named («وتمويلها»)?"""
    if not ctx.key(j).startswith("و"):
        return False
    act = j + 1 if ctx.words[j] == "و" else j
    return not ctx.key(act).endswith(POSSESSIVES) and not _in_name(ctx, act)


def _in_name(ctx: Context, k: int) -> bool:
    """Is word k part of an entity («وشادي المولوي» of a list of names)?"""
    return any(m.first <= k <= m.last for m in ctx.starting_in(max(0, k - MAX_NAME_WORDS), k) if m.label != "NUM")


def _charge_phrase(ctx: Context, k: int, start: int | None, to_end: bool = False,
                   stop: frozenset[str] = frozenset(), one_act: bool = False) -> list[int] | None:
    """From word k (character `start` inside it, after a glued proclitic) to punctuation, over acts joined by
    «و» («التآمر لتأمين دعم وتجنيد أشخاص لصالح تنظيم X»); a charge's act ends before the person or thing it was
    done to («المتهمين بالتحرش بالفتاتين» → «التحرش») unless `to_end` (a suspicion, whose complement is its
    content). With `one_act` (a belonging, «لانتمائه إلى تنظيم X وتجنيد …») it ends before a further act joined by
    «و»; names joined by «و» inside the group's name and an act done to the group («وتمويلها») stay."""
    j = k
    while j < len(ctx.words) and j - k < MAX_CHARGE_WORDS and (ctx.words[j] not in CHARGE_STOP or
                                                               j > k and _quoted_name(ctx, j)) \
            and ctx.sent_of[j] == ctx.sent_of[k] and not (j > k and (ctx.key(j) in stop or _act_ends(ctx, j))):
        if j > k and not to_end and (ctx.words[j] in ("ب", "بـ") or ctx.key(j).startswith("ب") and len(ctx.key(j)) > 4) \
                and not _trafficked(ctx, j):
            break
        if one_act and j > k and _further_act(ctx, j):
            break
        if j > k and not one_act and _new_clause(ctx, j):  # «على خلفية قضايا الفئة الضالة وأطلق سراحهم»
            break
        j += 1
    return _words_span(ctx, k, j, start)


def _trafficked(ctx: Context, j: int) -> bool:
    """Does word j («في»، «ب»، «بالبشر») open what is trafficked, right after «الاتجار»? The crime is named with it
    («الاتجار بالبشر»، «الاتجار في البشر»; GUIDELINES §4: the offence is the act as charged)."""
    return _bare(ctx.key(j - 1).removeprefix("و")) in TRAFFICKING and (ctx.key(j) in ("في", "ب")
                                                                       or ctx.key(j).startswith("ب"))


def _quoted_name(ctx: Context, j: int) -> bool:
    """Is word j an opening quote before a name («انتمائهم لتنظيم «داعش»»)? The charge goes on over the quoted name
    and ends at its closing quote (GUIDELINES §7 decision 61: the group belonged to is part of the charge)."""
    return ctx.words[j] in OPENING_QUOTES and any(m.label != "NUM" for m in ctx.starting_in(j + 1, j + 1))


def _act_ends(ctx: Context, j: int) -> bool:
    """Does the offence end before word j: a word of what the act followed («إثر»، «عقب») or the hiding place of
    smuggled goods («داخل أحشائه»، «داخل حقيبته»; see OFFENCE_END)?"""
    return ctx.key(j) in OFFENCE_END or ctx.key(j) == INSIDE and ctx.key(j + 1).endswith(OBJECT_SUFFIXES) \
        or _past_verb(ctx, j) or _and_figure(ctx, j) or _count_clause(ctx, j) or _done_it(ctx, j) or _place(ctx, j)


def _place(ctx: Context, j: int) -> bool:
    """Does word j open the named place of the act: «في/ب + LOC» split or glued («في القطيف»، «بكورنيش جدة»), or a
    compass word before a LOC («شرق الرمادي»)? See SITES."""
    def located(k: int, glued: bool = False) -> bool:
        return any(m.label == "LOC" and (not glued or m.start > ctx.spans[k][0]) for m in ctx.starting_in(k, k))
    key = ctx.key(j)
    if key in PLACE_PREP or key in SITES:
        return located(j + 1) or ctx.key(j + 1) in SITES and located(j + 2)
    return key.startswith("ب") and located(j, glued=True)


def _count_clause(ctx: Context, j: int) -> bool:
    """Does word j open a clause counting what was just named («في قضايا إرهابية وصل عددهم أكثر من 500»، «التسول بلغ
    اجماليها 20 حالة»)? The count is a figure of its own, no part of the act (GUIDELINES §4: the offence is the act)."""
    key = ctx.key(j)
    return (key in REACHED or key[:1] == "و" and key[1:] in REACHED) and _number_of_them(ctx.key(j + 1))


def _done_it(ctx: Context, j: int) -> bool:
    """Is word j a past verb of doing with an object pronoun («تهريب أسلحة نفذها اثنان»، «ارتكبوها»)? It opens a
    relative clause about who did the act, outside the act (GUIDELINES §7 decision 61: the offence is the act)."""
    key = ctx.key(j)
    stem = next((v for v in DONE_VERBS if key.startswith(v)), None)
    if stem is None:
        return False
    rest = key[len(stem):]
    rest = rest[len(next((s for s in DOER_SUFFIXES if rest.startswith(s) and rest[len(s):]), "")):]
    return rest in OBJECT_SUFFIXES


def _and_figure(ctx: Context, j: int) -> bool:
    """Does word j open a further figure joined by «و» («استغلال المعادن وقضيتين تتعلقان …»)? It ends the offence."""
    if ctx.words[j] == "و":
        return any(m.label == "NUM" and not _goods(ctx, m) for m in ctx.starting_in(j + 1, j + 1))
    return any(m.label == "NUM" and _and_led(ctx, m) and not _goods(ctx, m) for m in ctx.starting_in(j, j))


def _goods(ctx: Context, m: Mention) -> bool:
    """Does figure m count more of the goods smuggled right before it («تهريب سيف وثلاثة خناجر»)? The act goes on over
    it (GUIDELINES §4: the offence is the act with its object); a figure of cases, violations or persons ends it."""
    head = _head(ctx, m)
    return bool(head) and not head.startswith(CASE_WORDS + SUSPECT_WORDS) and head not in VIOLATIONS \
        and _smuggled(ctx, m)


def _smuggled(ctx: Context, m: Mention) -> bool:
    """Is figure m within SMUGGLED_WINDOW words after a smuggling act («تهريب سيف وثلاثة …»)?"""
    return any(_bare(ctx.key(k)).startswith(GOODS_ACTS) for k in range(max(0, m.first - SMUGGLED_WINDOW), m.first))


def _past_verb(ctx: Context, j: int) -> bool:
    """Is word j a verb in the feminine past («أطلقت»، «وقعت»: four letters or more ending in «ت», not the plural
    «ات», with no article, outside a name)? It opens a clause of its own after the offence («انتمائهم إلى حزب
    العمال الكردستاني أطلقت الجمعة»، «الضلوع في أعمال عنف وقعت مؤخرا»)."""
    key = ctx.key(j)
    return len(key) >= 4 and key.endswith("ت") and not key.endswith("ات") and not key.startswith(("ال", "وال")) \
        and key.isalpha() and not _in_name(ctx, j)


def _words_span(ctx: Context, k: int, j: int, start: int | None) -> list[int] | None:
    """Words k..j-1 as a character span, from `start` inside word k when a proclitic is glued to it. A phrase cut by
    a word limit never ends inside a negated adjective («بطريقة غير شرعية» keeps «شرعية»): ANNOTATION §4, a span is a
    whole phrase."""
    if j > k and ctx.key(j - 1) == NEGATED_ADJECTIVE and j < len(ctx.words) and ctx.words[j] not in STOP_WORDS \
            and ctx.sent_of[j] == ctx.sent_of[j - 1]:
        j += 1
    if j == k:
        return None
    span = ctx.span(k, j - 1)
    return [start, span[1]] if start is not None else span


def _new_clause(ctx: Context, j: int) -> bool:
    """Does «و» open a new clause at word j («… و ضبط»، «وأنقذت قارب …»), ending an offence phrase?
    A glued «و» before a verb in the feminine past (ending in «ت», not the plural «ات») counts too."""
    if ctx.words[j] == "و":
        return ctx.key(j + 1).startswith(VERB_STARTS) or ctx.words[j + 1][:1].isdigit()
    key = ctx.key(j)
    rest = key[1:]
    return key.startswith("و") and len(rest) >= 4 and (rest.startswith(VERB_STARTS) or
                                                         (rest.endswith("ت") and not rest.endswith("ات")
                                                          and not rest.startswith("ال")))


def _offence_noun(ctx: Context, i: int, b: int) -> list[int] | None:
    """The offence opened by an offence noun in the clause after trigger i: within OFFENCE_WINDOW words of
    it, or right after a word of doing («بعمليات نشل …»)."""
    thwart = ctx.key(i).lstrip("وف").startswith(THWART)
    for k in range(i + 1, b + 1):
        start = stem_start(ctx, k, OFFENCE_HEADS)
        if start is None:
            continue
        lead = k - 1 - (ctx.words[k - 1] in PROCLITIC_TOKENS)  # «محاولة ل تهريب»
        # the object of a thwarting verb, with no preposition between («إحباط السلطات من الفشل في كبح الهجمات»
        # is frustration, not a thwarted act); the «من» of a bound is none («أحبطت أكثر من 50 مؤامرة»)
        direct = not any(ctx.key(j) in ("من", "في", "عن", "على") and ctx.key(j - 1) not in BOUNDS
                         for j in range(i + 1, k))
        if (thwart and k - i <= OFFENCE_WINDOW and direct) or ctx.key(lead) in OFFENCE_LEADS:
            if ctx.key(lead) in FEMININE_LEADS and _agrees_with_lead(ctx, k):
                return _words_span(ctx, k, k + 1, start)  # «محاولة تفجير إرهابية»، «عمليات تهريب كبيرة»
            return _offence(ctx, k, start)
    return None


def _agrees_with_lead(ctx: Context, k: int) -> bool:
    """Is the word after the masculine act noun k an indefinite feminine adjective («تفجير إرهابية»، «تهريب كبيرة»)?
    It describes the attempt or operation before the act, and the offence is the act alone (GUIDELINES §7
    decision 39: the act without «محاولة/عملية»)."""
    act, nxt = ctx.key(k), ctx.key(k + 1)
    adjective = nxt.endswith("ية") and len(nxt) >= NISBA_LETTERS or nxt in LEAD_ADJECTIVES  # not «أسلحة»، «كمية»
    named = bool(ctx.starting_in(k + 1, k + 1))
    return not act.endswith(("ة", "ات")) and adjective and not named


def _charged_with(ctx: Context, k: int) -> list[int] | None:
    """The offence after «بتهمة» at word k: inside quotes the quoted words («بتهمة «المشاركة بنشاطات …»»), and a
    verbal noun keeps the «إلى» of its object («بتهمة الانتماء إلى التنظيم»، «بتهمة الدخول إلى المياه …»)
    (GUIDELINES §7 decision 61: the charge is the offence)."""
    quoted = k < len(ctx.words) and ctx.words[k] in QUOTES
    span = _offence(ctx, k + quoted, joins=TO, stop=QUOTES if quoted else frozenset())
    while span and span[1] - span[0] > 1 and ctx.text[span[1] - 1] in QUOTES:
        span = [span[0], span[1] - 1]  # «… الإرهابي»»: a closing quote the tokenizer left on the last word
    return span


def _offence(ctx: Context, k: int, start: int | None = None, joins: frozenset[str] = frozenset(),
             stop: frozenset[str] | set[str] = frozenset()) -> list[int] | None:
    """The offence words from index k (from character `start` inside it, after a glued proclitic) to the
    next conjunction, comma, preposition or relative word."""
    if start is None and k < len(ctx.words) and ctx.words[k] in PROCLITIC_TOKENS and ctx.words[k] not in ("و", "ف"):
        k += 1  # «قضيتين ل تهريب الوقود»: the proclitic is outside the span
    if k >= len(ctx.words) or ctx.words[k] in ("و", "ف") or ctx.key(k) in OFFENCE_STOP:
        return None
    j = k
    while j < len(ctx.words) and j - k < MAX_OFFENCE_WORDS and (ctx.key(j) not in OFFENCE_STOP or
                                                                j == k + 1 and ctx.key(j) in joins or _trafficked(ctx, j)) \
            and not ctx.words[j][:1].isdigit() and ctx.words[j] not in stop:
        if j > k and (_new_clause(ctx, j) or _act_ends(ctx, j) or ctx.words[j] in QUOTES):
            break  # «هجمات محتملة" على …»: a closing quote ends it too
        j += 1
    return _words_span(ctx, k, j, start)
