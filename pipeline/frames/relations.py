"""holds_title, title_of and located_in from adjacent entities (GUIDELINES.md §4, §7).

- title_of: a TITLE directly followed by an ORG or LOC (nothing but a proclitic, «باسم» or a
  quote between: «المتحدث باسم ORG», «مدير «ORG»»), or by an ORG after «في» («مدير عام التخطيط في أمانة X»),
  a status word («الحاكم السابق لتكساس»، «النائب السابق لرئيس X») or a grade («(مستشار) بالمرتبة 14 بوزارة X»);
  a supervisor's body after «على» («المشرف العام على مركز X»), a body after «ما يسمى بـ», a diplomat's host after the
  sending country («مندوب X لدى Y»، «سفير X بـY»);
  not from a rank, nor to a place after «بـ» («المتحدث الرسمي بمنطقة X»), nor from «سفيرها» to «لدى + place»;
- holds_title: a PER and every TITLE of its appositive chain: the titles just before it
  («نائب رئيس X، رئيس Y هوانغ نام»; over styles, honorifics and adjectives that are no entity:
  «الرئيس الفلسطيني، محمود عباس»، «أمير المنطقة صاحب السمو الملكي الأمير X»، «الرئيس الأسبق X»; over a
  portfolio «وكيل جامعة X للتطوير والجودة الدكتور Y», a body's type noun «زعيم حزب "X" Y» or a quoted body
  the tagger left untagged «المنسق العام ل "تيار X" Y»)
  and those after it up to the next person, a «؛» (but one right after the name) or a new list item «، و…»
  («دانج شوان فونج، عضو …، أمين …»، «X بن Y أمير منطقة عسير رئيس مجلس …»), over «هو»، «الذي كان»، «يشغل منصب»
  and a status word before «و» («X هو سيناتور سابق وحاكم …») or an untagged description («X، المؤسس المشارك والرئيس
  التنفيذي»), over «والذي يشغل أيضا منصب» after a body, over a stated age («X الذي يبلغ 63 عاما وهو حاكم Y»)
  and a bracketed description of the body («رئيس ORG (الغرفة السفلى من ORG)، X»); a dual title before two names is
  held by both («الوزيرين X وY»، «رئيسا الشاباك X، وY»), a plural one by each name of its list («الجنرالات
  السابقين، A، وB»، «الأعضاء: د. A، وB»); not the post of a person's spokesman or aide («المتحدث باسم X»، «نائب X»);
- located_in: ORG/LOC then «في/ب» LOC («مستشفى X بالباحة»), through a compass phrase
  («في شمال شرق القاهرة»، «(جنوب تركيا)») or «التابعة ل/الواقعة في/ومقرها/عاصمة», and two places in a
  chain «بلدية X، منطقة Y» / «X (منطقة Y)» / «في قرية X مركز Y» (not a list «منطقة A، منطقة B، منطقة C», nor a
  bracketed alias «مدينة X (Y) السورية»، «مدينة القسطنطينية (إسطنبول)» or «(ريف Y)»), a unit's seat «X مركز/حاضرة
  Y», a pair after a dual «بلدتي X وY في Z», «Y الذي يضم X», a body in each unit of a list «فروع وزارة X في منطقة A، منطقة B»,
  the parts named «وتحديدا مناطق A، وB» after a unit, a seat taken «الذي يتخذ من X مقرا له», the body's own seat
  «ORG في مقرها الصيفي بـX», a «where» clause «X حيث كان يعمل في ORG»، «X، حيث مقر ORG»; not when the place
  phrase belongs to the noun before («مواقع لداعش في X»،
  «قمة الناتو في X»، «ممثل إيران في X»; but the body's own sites or fighters in the construct state
  do: «مقاتلي جبهة X في Y»، «معاقل X في Y») or names a road or junction («مفرق X بمديرية Y»), nor when a policy,
  target or loyalty noun stands before the body or state («سياسة إسرائيل في الضفة»، «أهدافا لتنظيم X في Y»); each
  place of a «و» list before «في/ب Z» («في A وB وC بZ»), the members or examples of a plural place noun («بمدن X: A،
  B»، «X بينها مدن مثل A وB»), a body over its field in the genitive («شركة X للتجارة الإلكترونية في Y»), at a front
  («المقاومة في جبهة X») and a seated body in a compass phrase («جامعة X في جنوب مدينة Y»); not over a status adverb
  after a body («بوزارة X سابقا في Y»), «known as» («X الشهير بـ«Y»»), a relative clause («التي التقته في») or the end
  of a longer quote («ندوة «أوقفوا العدوان على X» بـY»), nor to a «و» list that has a place phrase of its own
  («X في A وB في C»), nor after an action noun («تطويق X في Y»، «نشاط تنظيم X داخل Y»), for a side of «بين» («مواجهات
  بين مصلين والشرطة في Y»), around a place («المحيطة بـ»), «الواقعة» + a bare direction, a unit in a venue («منطقة
  الرياض بقصر الحكم»), for the subject of a deed («التقدم الذي أحرزته X في Y») or a long comma list of names; a
  clause «X، وهي منطقة … في Y» places X in Y.

The word lists are here, once; the gap rules compare `word_key`s (no diacritics, one alef).
"""
from __future__ import annotations

from pipeline.frames.context import CHAIN_BREAK, Context, Mention
from pipeline.frames.triggers import PLACE_PREP
from pipeline.schema import RELATIONS
from pipeline.text.chars import word_key
from pipeline.text.lexicon import (ASIDE_ADVERBS, COMMAS, DAY_WORDS, PROCLITIC_GLUE, QUOTES, RELATIVE_AFTER, THAT, TO,
                                   WEEKDAYS)
from pipeline.text.lexicon import keys as _keys


ACCREDITED = word_key("لدى")  # «سفير … لدى X»
# «زعيم {داعش} أبو بكر X»: some copy quotes a name in braces; relations read them as quotes (`QUOTES` in the lexicon,
# read by other modules, stays as it is)
BRACES = frozenset({"{", "}"})
JOINERS = _keys("ل", "لـ", "ب", "بـ", "باسم") | {ACCREDITED} | QUOTES | BRACES  # TITLE «باسم» ORG is title_of (§7)
CHAIN_GLUE = {"،", ",", "-", "(", ")", "–", "ـ", "—"} | QUOTES | BRACES  # «X ـ وزير الخارجية»: a kashida as a dash
CHAIN_GLUE |= {"\u200f", "\u200e"}  # a stray right-to-left or left-to-right mark the tokenizer keeps as a word
# styles and honorifics before a name, outside every span (GUIDELINES §2, §7)
HONORIFICS = _keys("معالي", "سعادة", "فخامة", "جلالة", "سمو", "صاحب", "السمو", "الملكي", "سماحة", "فضيلة",
                   "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "دكتور", "د", "المهندس",
                   "مهندس", "م", "الأستاذ", "الجنرال", "اللواء", "المفدى", "الرفيق",
                   # religious and academic styles (decisions 67, 156, 205: «الملا»، «مولوي»، «آية الله»)
                   "الملا", "ملا", "مولوي", "آية", "الله", "البروفيسور", "البروفسور", "بروفيسور", "الأستاذة",
                   "المهندسة",
                   # «أ. X»، «أ.د X» (the abbreviated «الأستاذ», «أستاذ دكتور»); «الكابتن X» (decisions 49, 219)
                   "أ", "كابتن", "الكابتن")
# modifiers of a title that are no entity («الرئيس السابق», «بالإنابة», «المكلف»)
TITLE_MODIFIERS = _keys("آنذاك", "انذاك", "حينها", "حينذاك", "السابق", "سابق", "السابقة", "سابقة", "الأسبق", "المعزول", "الراحل", "بالإنابة", "المكلف", "سابقا", "حاليا", "الحالي",
                        "المقبل", "الجديد", "المنتخب", "المؤقت",
                        "متقاعد", "المتقاعد", "الفخري", "الشرعي")  # «اللواء متقاعد X» (GUIDELINES §7 decision 66)
# military ranks have no title_of (GUIDELINES §4); not «عميد», also a dean («عميد كلية الطب»)
RANKS = _keys("عقيد", "لواء", "مقدم", "رائد", "نقيب", "ملازم", "فريق", "رقيب", "عريف", "جندي")
ABBREVIATIONS = _keys("د", "م", "أ")  # «د. X», «م. X»: the full stop of an abbreviated style ends no chain
MAX_PRE_GAP = 4  # words between a title and the next member of its chain, in the chain before a name
MAX_POST_GAP = 3
MAX_PORTFOLIO = 6  # words of a portfolio after its «لل» word («للتفتيش وتطوير بيئة العمل»)
AFFAIRS = _keys("لشؤون", "لشئون")  # «مفوض الاتحاد الأوروبي لشؤون المهاجرين X»: a portfolio in the construct state
# located_in: what may stand between two places besides a preposition
COMPASS = _keys("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا",
                "غربا", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "شمال", "ضواحي", "اطراف", "قلب", "داخل", "أقصى",
                "ريف")  # «بلدة X بريف درعا الشرقي»: the city of a «ريف» (GUIDELINES §7 decision 86)
PLACE_LINKS = (_keys("التابعة", "ل"), _keys("التابع", "ل"), _keys("الواقعة", "في"), _keys("الواقع", "في"),
               _keys("التابعتين", "ل"), _keys("التابعين", "ل"), _keys("الواقعتين", "في"), _keys("الواقعين", "في"),
               _keys("و", "مقرها"), _keys("ومقرها"), _keys("و", "مقره"), _keys("ومقره"), _keys("عاصمة"), _keys("،", "عاصمة"),
               _keys("(", "عاصمة"))  # «حوتة (عاصمة محافظة لحج شمال عدن)» (decision 242)
# «lying»: before a bare direction it states a direction («بلدة X الواقعة شمال محافظة Y», decision 32), before «في» or
# «وسط» containment («الواقعة في جنوب Y»)
LYING = _keys("الواقعة", "الواقع")
PLACE_PREPS = _keys("في", "ب", "بـ", "من") | LYING
INSIDE = _keys("وسط", "داخل", "قلب", "ضواحي", "اطراف", "ريف")  # compass words that themselves state containment
# bodies with a campus or building of their own: «X في/ب + direction + Y» places them (decision 32), as it does a
# place; a movement or force «في شمال العراق» is named where it acts
SEATED = _keys("جامعة", "مدينة", "مجمع", "مستشفى", "مكتب", "قيادة", "مركز", "كلية", "معهد", "مدرسة", "مستوصف")
BRACKET_INSIDE = _keys("وسط", "داخل")  # «منطقة القيروان (وسط تونس)»: the words a bracket may state containment with
# administrative head nouns: two units joined by «و» before «بـZ» are both in Z
ADMIN = _keys("ناحية", "قضاء", "منطقة", "محافظة", "مدينة", "بلدة", "قرية", "حي", "بلدية", "مقاطعة", "ولاية", "إقليم",
              "اقليم", "مركز", "مديرية")
MAX_DESCRIBED = 10  # words of a «وهي + place noun» clause between two places («، وهي منطقة خالية … في Y»)
BELONGS = _keys("تتبع", "يتبع")  # «وهي آخر مدينة تتبع محافظة Y»
MAX_SIDE_WORDS = 4  # words of an unnamed first side of «بين» («بين مصلين فلسطينيين والشرطة»)
MIN_LIST = 4  # names joined by bare commas that are a list whatever their head nouns
MAX_QUOTED = 8  # words of a quote before the place that ends it («ندوة «أوقفوا العدوان على اليمن» بالقاهرة»)
MAX_ASIDE = 4  # words in brackets after a place's name, before its preposition
# a chain of places joined by a bare comma or dash is a chain of units («بلدية X، منطقة Y»، «الجناح X - مدينة Y»);
# bare names so joined are a list or a road's ends («نجران، جازان، عسير»، «طريق الرياض - القصيم»)
CHAIN_HEADS = ADMIN | _keys("جناح", "بوابة")
COMMA_JOINS = tuple([c] for c in COMMAS)  # a bare comma, Arabic or Latin
BARE_JOINS = COMMA_JOINS + (["-"], ["،", "("])
# «منظمة X للشرق الأوسط ومقرها نيويورك»، «شركة "X" المنفذة للمشروع، ومقرها كانبيرا»: the seat is the body's,
# over its descriptors; «اثيوبيا حيث مقر الاتحاد الافريقي»: the body seated in the place before
SEAT = _keys("مقرها", "مقره", "ومقرها", "ومقره")
SEAT_WINDOW = 8  # words from the body to «ومقرها»
WHERE = word_key("حيث")
WHERE_SEAT = (WHERE, word_key("مقر"))  # «LOC حيث مقر ORG»
# «وكالة X عن متحدث باسم الصندوق ومقره واشنطن»: a preposition between puts the seat on another noun
# «الفيفا الذي يتخذ من زوريخ مقرا له»: a verb of taking a place as seat (like «ومقرها», §4 «when the text states it»)
TAKES_AS_SEAT = _keys("يتخذ", "تتخذ", "اتخذ", "اتخذت", "اتخذا", "اتخذوا")
SEAT_NOUN = _keys("مقرا", "مقرًا", "مقراً", "مقرا.", "مقرات", "مقرها", "مقره")
SEAT_BLOCK = _keys("عن", "من", "في", "على", "إلى", "الى", "مع", "باسم")
# «أصدرت المحكمة X في مقرها الصيفي بمحافظة Y»، «عقدت الأمانة X اجتماعها في مقرها الدائم في Y»: the body's own seat,
# named after it in its clause, is in the place (decision 142)
OWN_SEAT = _keys("مقرها", "مقره")
MAX_SEAT_LEAD = 3  # words between the body and «في/ب مقرها» («اجتماعها الأسبوعي»)
# «إلى إسبانيا حيث كان يعمل في السفارة X»، «في بيروت حيث كانت (PER) تعمل في ORG»: a «where» clause right after a
# place puts the body it names after «في/ب» there (decision 279)
MAX_WHERE = 5  # words of the «حيث» clause before its «في/ب»
SPOKESMAN_OF = word_key("باسم")
IN_ITS_NAME = _keys("اسمها", "اسمه", "اسمهم")  # «الناطق باسمها أحمد X» (read «ب» + «اسمها»)
# «X، وهو مدير سابق في شركة Y»، «X وهي نائبة عن حزب Y»: a title in a clause of description after the name
IS = (_keys("وهو"), _keys("وهي"), _keys("و", "هو"), _keys("و", "هي"))
# «المبعوث الخاص إلى سوريا X»: the place an envoy is sent to, between the title and its holder
SERVED = _keys("رئيس", "مدير")  # «النائب السابق لرئيس X»: the office a deputy serves, outside his TITLE (decision 228)
GRADE = word_key("المرتبة")  # «(post) بالمرتبة الرابعة عشرة بوزارة X»: a civil-service grade (decision 204)
MAX_GRADE_WORDS = 3
APPOINTED_AS = _keys("على", "وظيفة")  # «تعيين X على وظيفة (post)»
# «X هو سيناتور سابق»، «X الذي كان نائب رئيس "فيفا"»، «X، والذي يشغل أيضا منصب مدير …»: a copula or a relative
# clause of holding before the title (the title is in the person's appositive chain, §4)
WAS = (_keys("هو"), _keys("هي"), _keys("الذي", "كان"), _keys("والذي", "كان"), _keys("التي", "كانت"),
       _keys("والتي", "كانت"), _keys("يشغل", "منصب"), _keys("ويشغل", "منصب"), _keys("الذي", "يشغل", "منصب"),
       _keys("والذي", "يشغل", "منصب"), _keys("التي", "تشغل", "منصب"), _keys("وتشغل", "منصب"))
DESCRIBED_BY = IS + (APPOINTED_AS,) + WAS  # the words that open a title clause after a name
MAX_APPOSITION = 5  # words of an untagged description after a name before «و» + a title («، أحد أبرز مشايخ قبيلة X و»)
NOT_DESCRIPTION = SEAT_BLOCK | PROCLITIC_GLUE | THAT | DAY_WORDS | RELATIVE_AFTER  # «في الاجتماع»
# «X الذي يبلغ 63 عاما وهو حاكم Y»، «X، 55 عاما، وهو أستاذ …»، «X البالغ من العمر 44 عاما، سيناتور …»: a stated age
# (a duration, decision 35) between a name and its title clause is no part of the chain and does not break it
AGE_OPENERS = tuple(tuple(map(word_key, o)) for o in (("الذي", "يبلغ"), ("التي", "تبلغ"), ("البالغ",), ("البالغة",)))
OF_AGE = (word_key("من"), word_key("العمر"))  # in this order (`_keys` gives a set)
YEARS = _keys("عاما", "عام", "سنة", "سنوات", "سنين")
# «مساعد الملا عمر»، «نائب بديع»: a one-word aide's post in the construct state before a name is the aide's, not the
# named person's (decision 53); the aide, if named, stands elsewhere
AIDES = _keys("نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "وكيل", "وكيلة")
MAX_ASIDE_WORDS = 8  # words of a bracketed description of a body between its title and the holder
POST = word_key("منصب")  # «ويتولى X حاليا منصب الرئيس»: the post a person holds
POST_HELD = tuple(c for c in WAS if POST in c)  # «والذي يشغل أيضا منصب»: a further post of the chain
ALSO = ASIDE_ADVERBS  # adverbs inside such a clause
# «زعيم تنظيم داعش»، «رئيس شركة "X"»، «نائب رئيس تحرير جريدة "X"»، «رئيسة حزب «X»»، «مدير قناة «X»»: the type
# noun of a group, company, party, bank or paper is outside its (quoted) name (GUIDELINES §7 decisions 46, 69),
# between the title and the body
TYPE_NOUNS = _keys("تنظيم", "حركة", "جماعة", "شركة", "جريدة", "صحيفة", "مجموعة", "حزب", "قناة", "مصرف", "بنك")
# «رئيس جهاز «الشاباك»»، «رئيس لجنة «X»»: further type nouns a title may stand before, outside a (quoted) name
# (decisions 46, 69); relations only (the decision frame reads TYPE_NOUNS as a body's descriptor)
BODY_HEADS = TYPE_NOUNS | _keys("جهاز", "لجنة", "هيئة", "مؤسسة", "منظمة", "وكالة", "نادي")
# «النائبة عن حركة النهضة»، «السناتور عن نيويورك»: a representative's body or constituency after «عن»
REPRESENTATIVES = _keys("نائب", "نائبة", "النائب", "النائبة", "سناتور", "السناتور", "السيناتور")
PLURAL_TITLES = _keys("أعضاء", "اعضاء", "وزراء", "رؤساء", "سفراء", "قادة", "نواب", "مدراء")  # broken plurals
MEMBERS = _keys("عضو", "عضوة", "عضوين", "عضوان", "عضوا", "عضوي", "أعضاء", "اعضاء")  # «وعضوين عن لجنة X» (decision 161)
PLURAL_MEMBERS = MEMBERS & PLURAL_TITLES  # «رئيس وأعضاء X»
FOR = word_key("عن")
ENVOYS = _keys("مبعوث", "المبعوث", "موفد", "الموفد", "سفير", "السفير")  # their post links to the place they are sent to (decision 47)
AMBASSADORS = _keys("سفير", "السفير")  # «سفير X في/لدى Y»: title_of to the country and to the post (decision 123)
# a relative clause's verb of achievement, use or activity with the body as its subject: «التقدم الذي أحرزته المقاومة في
# عدن»، «المسجد الذي يستخدمه الحوثيون في صنعاء»، «الهجمات التي تنفذها المقاومة في البيضاء»: the place phrase is the
# deed's (decision 512); past and present forms with the object pronoun of the antecedent
DEED_STEMS = (("حقق", "حقق"), ("أحرز", "حرز"), ("استخدم", "ستخدم"), ("نفذ", "نفذ"), ("شن", "شن"), ("ضبط", "ضبط"))
DEEDS = frozenset(word_key(past + end) for past, _ in DEED_STEMS for end in ("ه", "ها", "ته", "تها")) \
    | frozenset(word_key(pre + present + end) for _, present in DEED_STEMS for pre in ("ي", "ت") for end in ("ه", "ها"))
MISSIONS = _keys("سفارة", "سفارات", "قنصلية", "قنصليات", "سفارتي", "سفارتا")  # a country's missions (decision 71)
AT = PLACE_PREP  # the prepositions of place («في»، «ب»)
POSTED_AT = AT | {ACCREDITED}  # «سفير السودان بأوغندا» (decision 177: ب read like في/لدى)
# the other diplomatic posts of a sending country at a host (decisions 160, 177): «مندوب ليبيا لدى الأمم المتحدة»،
# «سفيرة البحرين لدى المملكة المتحدة»، «نائب مندوب السودان لدى الأمم المتحدة» (the post's last word)
DIPLOMATS = AMBASSADORS | _keys("سفيرة", "السفيرة", "مندوب", "المندوب", "مندوبة", "المندوبة")
# «المشرف العام على مركز X»، «المشرف على "برنامج X"»: a supervisor's body after «على» (§4: the body the title heads)
SUPERVISORS = _keys("مشرف", "مشرفة")  # (a mention's head: without the article)
SUPERVISES = word_key("على")
# «رئيس ما يسمى بـ "اللجنة X"»، «قاضي ما يعرف بالمحكمة X»: the body the text names with distance, still the one headed
SO_CALLED = _keys("يسمى", "تسمى", "يعرف", "تعرف", "يدعى", "تدعى")
ACTED_ON = _keys("مواقع", "مقاتلي", "متمردي", "مسلحي", "معاقل", "أهداف", "اهداف", "ضد", "جانب", "مباراة", "معسكرات",
                 # a meeting or attack of the body (decision 142: «مؤتمر الأمم المتحدة في باريس»، «هجوم داعش في سيناء»)
                 "مؤتمر", "قمة", "اجتماع", "هجوم",
                 # fighting it, or its fighters and prisoners (decision 142: «قتال تنظيم داعش في سوريا»، «يعيش مسلحو
                 # تنظيم X في Y»، «معتقلي تنظيم X في تركيا»)
                 "قتال", "ضرب", "مسلحو", "متمردو", "معتقلي", "جرائم",
                 # a team's training camp, an event like its match («معسكر فريق X الإعدادي في Y»; decision 142)
                 "معسكر")
# other actions on or of the body: encircling, capturing, controlling, consulting it, its activity, operations, ambushes
# and clashes with it («تطويق الحوثيين في Y»، «سيطرة المقاومة في Y»، «نشاط تنظيم X داخل Y»، «كمينين منفصلين للمقاومة
# في Y»، «اشتباكات مسلحة مع X في Y»; decision 142: event nouns), also with the article («العملية الأولى للمقاومة في Y»)
ACTIONS = _keys("تطويق", "أسر", "سيطرة", "نشاط", "استشارة", "عمليات", "عملية", "كمين", "كمينين", "مواجهات", "اشتباكات")
ACTED_ON |= ACTIONS
# the body's own sites and fighters in the construct state right before it (over a bare type noun): «مقاتلي جبهة X في
# Y»، «معاقل داعش في Y»، «مواقع تنظيم X في Y» give located_in (decisions 142, 348: the noun directly before the ORG
# decides; «مواقع لـX في Y», with «ل», stays the place of the strike)
OWN_SITES = _keys("مواقع", "مقاتلي", "معاقل", "متمردي")
FIGHTERS = _keys("مقاتلي", "متمردي", "مسلحي", "مسلحو", "متمردو", "معتقلي")  # the body's own people among ACTED_ON
# people of a country: «ممثل إيران في المنامة»، «أبناء الجمهورية اليمنية المقيمين في المملكة»، «مندوبي إيران في اليمن»
PEOPLE_OF = _keys("ممثل", "ممثلي", "أبناء", "ابناء", "مندوب", "مندوبي", "مواطني", "رعايا", "جالية",
                  "حلفاء",  # «حلفاء واشنطن في شمال سوريا»: the allies are there, not the capital
                  "بطل", "أبطال", "ابطال")  # «فاز على X بطل إسبانيا في Y»: the champion (a team) plays there
# a state's or body's policy, role, gains or advance: «سياسة إسرائيل في الضفة»، «دور المملكة في اليمن»، «تقدم
# الحوثيين في عدن»، «تدخلات الناتو في ليبيا»: the place phrase is the policy's or the action's (decision 142: the noun
# before decides; a capital or country standing for its government is still a LOC, decision 72)
POLICY = _keys("سياسة", "سياسات", "دور", "استراتيجية", "إستراتيجية", "تقدم", "مكاسب", "نفوذ", "تدخل", "تدخلات", "عميل",
               "عملاء", "بقاء", "حرب", "مصالح", "أطماع", "اطماع", "أجندة", "اجندة",
               # fighting or targeting it («أهدافا لتنظيم X في Y»، «لمكافحة تنظيم X في Y»، «لمحاربة X في Y»)
               "أهدافا", "اهدافا", "هدفا", "مكافحة", "محاربة", "مقاتلة", "التصدي",
               # loyal to it or against it («التنظيم الموالي لإيران في الكويت»، «عناصر معادية للولايات المتحدة في X»)
               "الموالي", "الموالية", "موالي", "موالية", "الموالين", "المؤيد", "المؤيدة", "مؤيد", "مؤيدة", "المعادي",
               "المعادية", "معادي", "معادية")
FRONTS = _keys("جبهة", "جبهتي", "جبهات")  # «المقاومة في جبهة سناح»: the front a force holds at a place
ALSO_VERBS = _keys("تقدم")  # «تقدم X بطلب»: also a verb; a noun only after a preposition or a noun («مع تقدم X في Y»)
VERB_LEADS = _keys("و", "ف", "قد", "وقد", "لقد", "ثم")
SHARED_LINKS = _keys("التابعتين", "التابعين", "الواقعتين", "الواقعين")
# «مدينة الرمادي مركز محافظة الأنبار»، «مدينة أبها حاضرة منطقة عسير»: the seat of a unit lies in it (decision 242)
SEAT_OF_UNIT = (_keys("مركز"), _keys("حاضرة"))
# «ولاية X التي تضم مدينة Y»: a relative clause of containment (decision 267)
CONTAINS = tuple((word_key(rel), word_key(verb)) for rel in ("الذي", "والذي", "التي", "والتي")
                 for verb in ("يضم", "تضم"))
# «في قضاء «X» بولاية «Y»»، «مستشفى "X" في دولة Y»: a unit's head noun outside a quoted name (decision 206)
UNIT_NOUNS = ADMIN | _keys("دولة", "جمهورية", "مملكة", "إمارة", "امارة")
# «محافظة X، وتحديدا مناطق A، وB، وC»: «specifically» before a plural unit noun names parts of the place before
SPECIFICALLY = _keys("تحديدا", "تحديداً", "وتحديدا", "وتحديداً", "بالتحديد", "وبالتحديد")
PLURAL_UNITS = _keys("مناطق", "قرى", "مدن", "بلدات", "أحياء", "احياء", "مديريات", "نواحي", "أقضية", "اقضية")
# «بلدات ريف دمشق مثل دوما»، «بمدن المملكة: الرياض، جدة»: places named as examples or members of a plural place noun
# governed by a place are in it (decision 471); «مثل» or a colon opens the examples
PLURAL_PLACES = PLURAL_UNITS | _keys("ميادين", "محافظات", "ولايات", "مقاطعات", "مخيمات", "شوارع", "جزر")
SUCH_AS = word_key("مثل")
MAX_EXAMPLE_LEAD = 3  # words between the plural place noun and its place, or between the place and «مثل»
LIST_JOINS = COMMA_JOINS + (["،", "و"], [",", "و"], ["و"])
AND_JOINS = (["و"], ["،", "و"], [",", "و"])  # the joins of a list whose items share one place after it
# head nouns of a unit or a site: a list item named by one unlike the items before it starts a new item that has its
# own place («زرنا حلب وسهل الغاب في محافظة حماة»: Aleppo is not in Hama)
PLACE_KINDS = ADMIN | _keys("ميناء", "مطار", "منفذ", "متحف", "ساحة", "سهل", "جبل", "مخيم", "معسكر", "قاعدة", "متنزه",
                            "حديقة")
# dual and plural unit nouns before two coordinated names («بلدتي X وY»، «مقبرتا X وY»، «قرى X وY»)
UNITS_OF_TWO = _keys("بلدتي", "بلدتا", "مدينتي", "مدينتا", "منطقتي", "منطقتا", "قريتي", "قريتا", "محافظتي", "محافظتا",
                     "مديريتي", "مديريتا", "ناحيتي", "ناحيتا", "حيي", "حيا", "مخيمي", "مخيما", "مقبرتي", "مقبرتا",
                     "جيبي", "جيبا", "قرى", "مدن", "مناطق", "بلدات", "أحياء", "احياء", "مقابر", "مخيمات")
UNIT_HEADS = ADMIN - _keys("مركز")  # «بالقصيم، بمركز الملك خالد الحضاري»: a venue, no unit
# buildings and venues: a unit named by its head noun is not in one («أمير منطقة الرياض بقصر الحكم»، «في منطقة المدينة
# المنورة في المسجد النبوي»: the place phrase locates the event); the venue is in the unit, not the reverse («مركز» is
# also a unit, ADMIN)
VENUES = _keys("قاعة", "فندق", "مبنى", "مسجد", "جامع", "قصر", "ملعب", "استاد", "حديقة", "مجمع", "مستشفى",
               "جامعة", "متحف", "برج", "مطار", "منتجع")
# roads, junctions, bridges and directions named after a place: the place phrase locates the road, not the place
# («مفرق حبيش بمديرية X»، «طريق شاطئ X في محافظة Y»، «اتجاه الجفر بمحافظة X»; decisions 87, 182, 324)
ROAD_NOUNS = _keys("طريق", "مفرق", "تقاطع", "دوار", "جسر", "كبري", "اتجاه", "اتجاة", "مثلث")  # «مثلث العلم»
CAPITAL = word_key("العاصمة")  # «حي الوشم وسط العاصمة الرياض»، «السجن المركزي في العاصمة صنعاء»
# «حي X على الجانب الأوروبي من مدينة Y»، «منطقة X في الجهة الآسيوية من Y»: a side of a place contains what is on it
SIDES = _keys("الجهة", "الجانب", "الشطر", "القسم", "الجزء")  # «حي X في الجزء الجنوبي من Y»
SIDE_PREPS = _keys("في", "على")
RELATIVES = _keys("التي", "الذي")  # «الزعيم الجديد للحركة التي أسسها الملا عمر»: a clause, no portfolio
SEAT_RELATIVES = RELATIVES | _keys("والذي", "والتي")  # «الفيفا الذي يتخذ من زوريخ مقرا له»
LIES = RELATIVES | _keys("تقع", "يقع")  # «الفوعة التي تقع في ريف إدلب»
# a movement described by its status acts «في» a place, it is not located there («تنظيم X الإرهابي في شمال سيناء»)
# around or beside a place, not in it («تل X المحيطة بمدينة Y», as «القريبة من Y», decision 32)
AROUND = _keys("المحيطة", "المحيط", "المجاورة", "المجاور", "المحاذية", "المحاذي")
# a body's presence in the place: «قادة القوات المسلحة الموجودين في الإسكندرية» (§4: the text states it)
PRESENT = _keys("الموجود", "الموجودة", "الموجودين", "الموجودون", "المتواجد", "المتواجدة", "المتواجدين", "المتواجدون")
# «مطار X الشهير بـ«حي Y»»، «نادي X المعروف بـ«Y»»: «known as» before a second name of the same place, no container
# («قصر X الشهير في مدينة Y», «famous in», keeps it)
KNOWN_AS = _keys("الشهير", "الشهيرة", "المعروف", "المعروفة", "المسمى", "المسماة", "الملقب", "الملقبة")
OUTLAWED = _keys("الإرهابي", "الإرهابية", "المحظور", "المحظورة", "المتطرف", "المتطرفة", "المسلح", "المسلحة")
ADVERBS = _keys("رسميا", "حاليا", "سابقا")  # «افتتاح ملعب X رسمياً في جدة» (decision 7)
BETWEEN = word_key("بين")  # «اشتباكات بين X وY في Z»: the sides of a clash (decision 142)
FORCES = _keys("قوات", "شرطة", "جيش", "مقاومة")  # the heads of armed and security forces, without the article
# nouns of a side's forces or kind before its name in a clash («وميليشيا الحوثي»، «وقوات X»)
CLASH_SIDES = TYPE_NOUNS | _keys("ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "قوات", "عناصر", "مسلحي", "مقاتلي")
VISITS = _keys("زيارة", "زيارته", "وصول", "قدوم")  # «زيارة ولي العهد … وزير الدفاع للأردن»: «ل» + the place visited
MAX_VISIT_STYLES = 4  # style words between the visit noun and the chain of its visitor («زيارة صاحب السمو الملكي»)
DEMANDS = _keys("طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد", "تناشد", "حث", "حثت", "يحث", "تحث")
TOLD_THAT = THAT | _keys("بأن")  # the statement after «قال X لـ«ORG»»
LINKING = ("يربط", "تربط", "ربط", "الرابط", "يصل", "تصل", "الواصل")  # «طريق يربط X بـY»: no containment


def _key(w: str) -> str:
    return word_key(w)


def _glue(words: list[str]) -> bool:
    return all(w in CHAIN_GLUE or _key(w) in PROCLITIC_GLUE for w in words)


def _adjective(key: str) -> bool:
    """A definite word between a title and its holder that is no entity: «الفلسطيني», «الروماني الكبير»,
    «المحافظ» (a gold entity would have cut the gap)."""
    key = key[1:] if key[:1] in ("و", "ب", "ل") and key[1:].startswith("ال") else key
    return key.startswith("ال") and len(key) > 3


def title_gap(words: list[str], last: bool) -> bool:
    """May `words` stand between two members of a chain of titles before a name? `last`: the gap right
    before the name, where styles, honorifics, modifiers and adjectives may stand («الرئيس الأسبق حسني مبارك»)."""
    words = [w for n, w in enumerate(words) if not (w == "." and n and _key(words[n - 1]) in ABBREVIATIONS)]
    if last and len(words) > 1 and _key(words[0]) == "ب" and _key(words[1]) in IN_ITS_NAME:
        words = words[2:]  # «المتحدث الرسمي باسمها المهندس X»: the body is the pronoun's, named before (decision 9)
    if n := _portfolio([_key(w) for w in words]):
        # «وكيل جامعة X للتطوير والجودة الدكتور Y»، «مساعد مدير عام السجون للتخطيط والتطوير، العميد Y»: the portfolio
        # of the office before its holder's styles or rank (GUIDELINES §7 decisions 48, 176); with no style between,
        # a definite one only («الزعيم الآخر للحزب Y»)
        rest = [_key(w) for w in words[n + (words[n:n + 1] == ["،"]):]]
        if not last:
            return not rest
        if rest:
            return all(k in HONORIFICS for k in rest)
        return all(k in ("ل", "و") or k.startswith(("ال", "ل")) for k in map(_key, words) if k not in CHAIN_GLUE)
    if last and _quoted_body(words):
        return True
    if last and words and _key(words[0]) == SPOKESMAN_OF:
        # «المتحدث الرسمي باسم العشائر المتصدية للتنظيم، محمد X»: the group a spokesman speaks for, named by words
        # that are no entity, before his name
        body = [w for w in words[1:] if w not in CHAIN_GLUE]
        return len(body) <= MAX_PRE_GAP + 1 and not any(w in CHAIN_BREAK or _key(w).startswith("و") for w in words)
    # styles do not count towards the gap («ولي عهده الأمين صاحب السمو الملكي الأمير X»)
    if len([w for w in words if _key(w) not in HONORIFICS]) > MAX_PRE_GAP or any(w in CHAIN_BREAK for w in words):
        return False
    keys = [_key(w) for w in words]
    if keys and keys[-1] == "و" and not last and all(k in TITLE_MODIFIERS or _adjective(k) for k in keys[:-1]):
        # «عضو مجلس الإدارة وأمين الصندوق X», «نائبه السابق وزعيم التمرد X», «نائب الرئيس اليمني ورئيس الوزراء X»:
        # two titles of one person
        return True
    if "و" in keys or any(k.startswith("و") and len(k) > 1 and k[1:] in HONORIFICS for k in keys):
        return False  # «…، والفريق X»: a new item of a list, another person's chain
    for w, k in zip(words, keys):
        if w in CHAIN_GLUE or k in PROCLITIC_GLUE or k in TITLE_MODIFIERS or k in JOINERS:
            continue  # «المتحدث باسم ORG … X»: the joiner of a title and its body
        if k in TO and not last:
            continue
        if k in HONORIFICS or _adjective(k):
            if last or (_adjective(k) and len(words) <= 2):
                continue  # «المتحدث باسم الداخلية السعودية اللواء X»: a body's adjective, no entity
            return False
        genitive = k.startswith("لل") or (keys.index(k) > 0 and keys[keys.index(k) - 1] == "ل" and k.startswith("ل"))
        if last and genitive and len(k) > 4 and len(words) <= 2:
            continue  # «الرئيس التنفيذي للمهرجان X»: a generic body in the genitive, no entity (decision 9)
        return False
    return True


def _quoted_body(words: list[str]) -> bool:
    """«المنسق العام ل "تيار X Y" NAME»، «المتحدث باسم حركة «X» NAME»: the body the title heads, a quoted name that
    is no entity (the tagger missed it), between the title and its holder (GUIDELINES §4: the body and the holder's
    styles stand between the members of the chain)."""
    keys = [_key(w) for w in words]
    while keys and keys[-1] in (HONORIFICS | {"،", ","}):
        keys.pop()
    if not (keys[:1] and keys[0] in JOINERS and keys[0] not in QUOTES and keys[0] != ACCREDITED):
        return False
    keys = keys[1 + (keys[1:2] != [] and keys[1] in TYPE_NOUNS):]
    return len(keys) >= 3 and keys[0] in QUOTES and keys[-1] in QUOTES \
        and len(keys) - 2 <= MAX_PRE_GAP and all(k.isalpha() for k in keys[1:-1])


def _portfolio(keys: list[str]) -> int:
    """How many words open `keys` as the portfolio of an office in the genitive («للشؤون الأمنية»، «للتطوير
    والجودة»، «للتفتيش وتطوير بيئة العمل»، «لشؤون المهاجرين»), over a status word or adjective of the office («الآخر
    للحزب»); 0 if none."""
    i = 0
    while i < min(2, len(keys)) and (keys[i] in TITLE_MODIFIERS or _adjective(keys[i])):
        i += 1
    split = keys[i:i + 1] == ["ل"]  # «للشؤون» read as «ل» + «لشؤون»
    head = keys[i + split] if i + split < len(keys) else ""
    if not (head.startswith("ل" if split else "لل") or head in AFFAIRS) or len(head) < 4 \
            or "ال" + head[2 - split:] in HONORIFICS:
        return 0  # «النائب السابق للملا عمر»: a style in the genitive is the complement's, no portfolio
    i += 1 + split
    n = i
    while n < len(keys) and n - i < MAX_PORTFOLIO and keys[n].isalpha() and keys[n] not in HONORIFICS \
            and keys[n] not in RELATIVES and not (keys[n] == "و" and keys[n + 1:n + 2] and keys[n + 1] in HONORIFICS):
        n += 1
    return n


def _post_gap(words: list[str]) -> bool:
    """May `words` stand before a further title of the chain after a name? Glue, joiners, status words, styles
    and adjectives only: «X أمير منطقة مكة المكرمة في مكتبه بجدة أمس، بحضور وكيل …» starts another person's."""
    return all(w in CHAIN_GLUE or _key(w) in PROCLITIC_GLUE or _key(w) in JOINERS or _key(w) in TITLE_MODIFIERS
               or _key(w) in HONORIFICS or _adjective(_key(w)) or _key(w) == "في" for w in words)


def _same_sentence(ctx: Context, a: Mention, b: Mention) -> bool:
    """Same sentence, or parted only by the full stop of an abbreviated style («رئيسة الجمعية د. X»)."""
    breaks = {ctx.sent_of[i] for i in range(a.first, b.first + 1)}
    if len(breaks) == 1:
        return True
    starts = [i for i in range(a.first + 1, b.first + 1) if ctx.sent_of[i] != ctx.sent_of[i - 1]]
    return all(ctx.words[i - 1] == "." and i >= 2 and _key(ctx.words[i - 2]) in ABBREVIATIONS for i in starts)


def title_of(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM"]
    for n, (a, b) in enumerate(zip(ents, ents[1:])):
        gap = ctx.between(a, b)
        if a.label == "TITLE" and ctx.head(a) in RANKS:
            continue  # «العقيد في القوات الجوية»: military ranks have no title_of (GUIDELINES §4)
        if a.label == "TITLE" and b.label == "LOC" and [_key(w) for w in gap] in (["ب"], ["بـ"]):
            continue  # «المتحدث الرسمي بمنطقة مكة»: where the office is, not what it heads (decision 125)
        if a.label == "TITLE" and b.label == "LOC" and _visit_destination(ctx, ents, n, gap):
            continue  # «زيارة سمو ولي ولي العهد للأردن»: the place visited, no office's place (decision 269's exception)
        if a.label == "TITLE" and _told(ctx, gap, b) and not ctx.key(a.first).startswith("ال"):
            # «قال X حاكم الإقليم لـ«رويترز»: «…»»: the outlet told, no body the title heads; a title with no
            # complement of its own needs its body («الرئيس التنفيذي لـ«بيزلي» إن …»)
            continue
        if a.label == "TITLE" and b.label == "LOC" and _own_post(ctx, a, DIPLOMATS):
            continue  # «استدعت المنامة سفيرها لدى طهران»: the pronoun is the sending state (decision 160)
        if a.label == "TITLE" and b.label in ("ORG", "LOC") and ("".join(gap) in JOINERS or
                                                                    all(_key(w) in JOINERS for w in gap)
                                                                    or _heads_body(ctx, a, b)
                                                                    or _graded(ctx, a, gap)
                                                                    or _bracketed_body(ctx, gap, b)
                                                                    or _and_members(gap)):
            out.append((a.id, b.id))
    for n, a in enumerate(ents):  # «المبعوث الخاص إلى سوريا»، «مبعوث الأمم المتحدة إلى سورية»
        if a.label == "TITLE" and _head(ctx, a) in ENVOYS:
            at = next((n + d for d, m in enumerate(ents[n + 1:n + 3], 1) if m.label == "LOC"), None)
            b, prev = (ents[at], ents[at - 1]) if at is not None else (None, None)
            gap = [_key(w) for w in ctx.between(prev, b)] if b is not None else []
            if gap and gap[-1] in TO and all(_adjective(k) for k in gap[:-1]) and _same_sentence(ctx, a, b) and \
                    (prev is a or prev.label == "ORG" and (a.id, prev.id) in out):
                out.append((a.id, b.id))
        if a.label == "TITLE" and _key(ctx.words[a.last]) in DIPLOMATS and n + 2 < len(ents):
            # «سفير روسيا في الأمم المتحدة»، «سفير ألمانيا في العاصمة التركية أنقرة»: the post after the country
            prev, b = ents[n + 1], ents[n + 2]
            gap = [_key(w) for w in ctx.between(prev, b)]
            # «مندوب مصر الدائم لدى الأمم المتحدة»، «سفير إسرائيل السابق لدى واشنطن»، «سفير الاتحاد الأوروبي في تل
            # أبيب»: the post's adjective or status word before the joiner; a body sends as a state does
            lead = next((i for i, k in enumerate(gap) if k in POSTED_AT), None)
            if prev.label in ("LOC", "ORG") and (a.id, prev.id) in out and b.label in ("LOC", "ORG") \
                    and lead is not None and lead <= 1 \
                    and all(k in TITLE_MODIFIERS or _adjective(k) and k[:1] != "و" for k in gap[:lead]) \
                    and all(_adjective(k) for k in gap[lead + 1:]) and _same_sentence(ctx, a, b):
                out.append((a.id, b.id))
    # coordination shares the complement (GUIDELINES §7 decision 47): «إمام وخطيب جامع X» → both TITLEs;
    # «سفير … لدى أستراليا ونيوزيلندا» → both places
    found = set(out)
    for x, y, z in zip(ents, ents[1:], ents[2:]):
        if x.label == y.label == "TITLE" and (y.id, z.id) in found and _and(ctx.between(x, y)) \
                and _same_sentence(ctx, x, z) and x.first == x.last and not _key(ctx.words[x.first]).startswith("ال"):
            # a one-word title in the construct state («إمام وخطيب جامع X»), not «وزير العدل ورئيس المجلس»
            out.append((x.id, z.id))
        if x.label == "TITLE" and y.label == z.label == "LOC" and (x.id, y.id) in found and _and(ctx.between(y, z)):
            out.append((x.id, z.id))
    return list(dict.fromkeys(out))


def _and_members(gap: list[str]) -> bool:
    """«رئيس وأعضاء الاتحاد السعودي لكرة القدم»، «رئيس وأعضاء مجلس إدارة X»: the office and the body's members share
    the body in the genitive (decision 47: coordination shares the complement)."""
    keys = [_key(w) for w in gap]
    if keys[:1] == ["و"]:
        keys = keys[1:]
    elif len(keys) == 1 and keys[0][:1] == "و":
        keys = [keys[0][1:]]
    return len(keys) == 1 and keys[0] in PLURAL_MEMBERS


def _visit_destination(ctx: Context, ents: list[Mention], n: int, gap: list[str]) -> bool:
    """Is «ل» + the LOC after the TITLE at n the destination of a visit whose visitor's chain the title ends
    («بمناسبة زيارة سمو ولي ولي العهد للأردن»، «زيارة الأمير X ولي ولي العهد … وزير الدفاع للقاهرة»)? The visit noun
    heads the chain over styles only; the chain runs over names and titles parted by styles, modifiers, adjectives
    and a genitive «ل» (GUIDELINES §7 decision 269 keeps «وزير الدفاع لجمهورية X» unlinked in a visit)."""
    if [_key(w) for w in gap[-1:]] not in (["ل"], ["لـ"]):
        return False
    i = n
    while i > 0 and ents[i - 1].label in ("TITLE", "PER") and _same_sentence(ctx, ents[i - 1], ents[i]):
        inner = [_key(w) for w in ctx.between(ents[i - 1], ents[i]) if w not in CHAIN_GLUE]
        if len(inner) > 3 or not all(k in HONORIFICS or k in TITLE_MODIFIERS or k in ("ل", "لـ") or _adjective(k)
                                     for k in inner):
            break
        i -= 1
    w = ents[i].first - 1
    styles = 0
    while w >= 0 and _key(ctx.words[w]) in HONORIFICS and styles < MAX_VISIT_STYLES:
        w, styles = w - 1, styles + 1
    if w < 0 or ctx.sent_of[w] != ctx.sent_of[ents[i].first]:
        return False
    key = _key(ctx.words[w])
    return key in VISITS or key[:1] in ("ب", "ل", "و") and key[1:] in VISITS


def _bracketed_body(ctx: Context, gap: list[str], b: Mention) -> bool:
    """«رئيس مجلس إدارة (بيان)»، «زعيم (النصرة)»: the body a title heads, its name alone in brackets right after the
    title (§4: title_of to the ORG right after the title; brackets read like quotes, decision 69)."""
    return b.label == "ORG" and gap == ["("] and ctx.words[b.last + 1:b.last + 2] == [")"]


def _told(ctx: Context, gap: list[str], b: Mention) -> bool:
    """«حاكم الإقليم لـ«رويترز»: «…»»، «مستشار الوزير لـ«الشرق الأوسط» أن …»: «لـ» + a quoted body followed by the
    statement (a colon or «أن») is the outlet the speaker tells, not the body the title heads (§4); «المدير الفني
    لآرسنال:» (no quotes) keeps its title_of."""
    if b.label != "ORG" or not gap or gap[-1] not in QUOTES or _unquoted(gap) not in (["ل"], ["لـ"]):
        return False
    w = b.last + 1
    if w >= len(ctx.words) or ctx.words[w] not in QUOTES:
        return False  # the outlet's name in quotes, closed right after it
    w += 1
    return w < len(ctx.words) and (ctx.words[w] == ":" or _key(ctx.words[w]) in TOLD_THAT)


def _own_post(ctx: Context, m: Mention, posts: frozenset[str]) -> bool:
    """A one-word post of `posts` with a pronoun suffix: the office is the pronoun's. A diplomatic post («سفيرها»،
    «مندوبه») directly before «في/لدى + place» gets no title_of (GUIDELINES §7 decision 160); an aide's post («نائبه»،
    «مساعدها») right after a name and before another is the first name's aide's, held by the second («اتهام الرئيس X
    نائبه السابق Y»; §2 «نائبه»)."""
    key = _key(ctx.words[m.first])
    return m.first == m.last and any(key.endswith(p) and key[:-len(p)] in posts for p in ("ها", "هم", "ه"))


def _in_body(gap: list[str]) -> bool:
    """«مدير عام التخطيط في أمانة X»، «المديرة التنفيذية … في "X"»، «مدير العلاقات العامة في شركة "X"»، «القائد
    العملاني (الكبير) في تنظيم القاعدة»: «في» before the body, over the quotes of its name and its type noun outside
    them (a group's, company's or party's type noun also before a bare name; decisions 46, 69)."""
    keys = _unquoted(gap)
    if len(keys) in (2, 3) and keys[1] == "في" \
            and (keys[0] in TITLE_MODIFIERS or _adjective(keys[0]) and keys[0][:1] != "و"):
        # «القائد العملاني الكبير في تنظيم القاعدة»، «العضو الكبير في مجلس الشيوخ»، «النائبة المتطرفة في الكنيست»: an
        # adjective or status word of the title before «في»
        keys = keys[1:]
    return keys == ["في"] or (keys[:1] == ["في"] and len(keys) == 2 and keys[1] in BODY_HEADS
                              and (gap[-1] in QUOTES or keys[1] in TYPE_NOUNS))


def _unquoted(gap: list[str]) -> list[str]:
    """The keys of `gap` without its quote marks (those around a body's name)."""
    return [_key(w) for w in gap if w not in QUOTES]


def _and(gap: list[str]) -> bool:
    return [_key(w) for w in gap] == ["و"]


def _past_status(keys: list[str]) -> list[str]:
    """`keys` from their «ل» on when only status words of the title stand before it («السابقة لشركة»؛ decision 2,
    as `_modified_joiner`), else `keys`. An adjective stays: «الأوكراني لوكالة «تاس»» is the outlet told."""
    lead = next((i for i, k in enumerate(keys) if k in ("ل", "لـ")), 0)
    return keys[lead:] if lead and all(k in TITLE_MODIFIERS for k in keys[:lead]) else keys


def _type_noun(gap: list[str], b: Mention) -> bool:
    """«زعيم تنظيم داعش»، «المدير التنفيذي لشركة «X»»، «المديرة السابقة لشركة «X»»: the type noun of the body (and
    its quote) between, past the title's status words."""
    keys = _past_status(_unquoted(gap))
    keys = keys[1:] if keys[:1] in (["ل"], ["لـ"]) else keys
    if b.label != "ORG" or len(keys) != 1:
        return False
    if keys[0] in BODY_HEADS or keys[0][:1] == "ل" and keys[0][1:] in BODY_HEADS:
        return True
    # «مدير مركز «الشرق»»، «قائد فريق "طموح"»، «مديرة محلات «اسبوزا»»: before a quoted name any bare noun is its type
    return gap[-1] in QUOTES and keys[0].isalpha() and not keys[0].startswith("ال") and len(keys[0]) > 2


def _supervised(ctx: Context, a: Mention, gap: list[str], b: Mention) -> bool:
    """«المشرف العام على مركز X»، «المشرف على "برنامج X"»، «المشرف العام على شبكة “X”»: the body a supervisor
    heads after «على» (over quotes and the body's type noun before a quoted name, decisions 46, 69)."""
    keys = _unquoted(gap)
    return b.label == "ORG" and ctx.head(a) in SUPERVISORS \
        and keys[:1] == [SUPERVISES] and (len(keys) == 1 or len(keys) == 2 and gap[-1] in QUOTES and keys[1].isalpha())


def _supervisor_of(ctx: Context, title: Mention, per: Mention) -> bool:
    """«المشرف العام على المهرجان مقبل X»، «المشرف على المعرض حسين X»: a supervisor, the event or body he supervises
    named after «على» by words that are no entity, then his name (§4: the body stands between the members of the
    chain; as «المتحدث باسم …» before a name)."""
    words = ctx.between(title, per)
    keys = [_key(w) for w in words if w not in CHAIN_GLUE]
    return ctx.head(title) in SUPERVISORS and keys[:1] == [SUPERVISES] and 1 < len(keys) <= MAX_PRE_GAP \
        and all(k.isalpha() and k[:1] != "و" for k in keys[1:]) and not CHAIN_BREAK & set(words) \
        and all(_adjective(k) or k in HONORIFICS for k in keys[1:])


def _so_called(gap: list[str], b: Mention) -> bool:
    """«رئيس ما يسمى بـ "اللجنة الثورية العليا"»، «قاضي ما يعرف بالمحكمة X»: «ما يسمى/يعرف (بـ)» and quotes only
    between a title and the body it heads."""
    keys = _unquoted(gap)
    return b.label == "ORG" and keys[:1] == ["ما"] and keys[1:2] != [] and keys[1] in SO_CALLED \
        and keys[2:] in ([], ["ب"], ["بـ"])


def _graded(ctx: Context, a: Mention, gap: list[str]) -> bool:
    """«تعيين X على وظيفة (مستشار ضريبي) بالمرتبة الرابعة عشرة بمصلحة Y»: a bracketed post alone, then its grade and
    the body after «بـ» (GUIDELINES §7 decision 204)."""
    keys = [_key(w) for w in gap]
    grade = keys[1:3] == ["ب", GRADE] and len(keys) <= 4 + MAX_GRADE_WORDS
    return ctx.words[a.first - 1:a.first] == ["("] and keys[:1] == [")"] and keys[-1:] in (["ب"], ["بـ"]) \
        and (len(keys) == 2 or grade)


def _represents(ctx: Context, a: Mention, gap: list[str]) -> bool:
    """«النائبة عن حركة X»، «نائبة كبيرة عن حزب X»: a representative for a body or place (one adjective may
    stand between)."""
    keys, head = [_key(w) for w in gap], _head(ctx, a)
    return (head in REPRESENTATIVES or head in MEMBERS) and a.first == a.last and 1 <= len(keys) <= 2 \
        and keys[-1] == FOR and all(k.isalpha() for k in keys[:-1])


def _modified_joiner(gap: list[str], b: Mention) -> bool:
    """«أمين الصندوق السابق لحزب X»، «مدير سابق في شركة X»، «الرئيس الجمهوري للجنة X»، «السفير الألماني لدى حلف X»: a
    status word or an adjective of the title (outside it, GUIDELINES §7 decision 2) before the joiner."""
    keys = [_key(w) for w in gap]
    if not 2 <= len(keys) <= 3:
        return False
    served = keys[-2] in ("ل", "لـ") and keys[-1] in SERVED
    if served or b.label == "LOC":
        # «النائب السابق لرئيس الاتحاد X» (decision 228)، «الحاكم السابق لتكساس»، «الوالي السابق لولاية X»: a status
        # word before the office the title serves or before «ل» + the place it heads
        status = keys[:-2] if served else keys[:-1]
        return (served or keys[-1] in ("ل", "لـ")) and bool(status) and all(k in TITLE_MODIFIERS for k in status)
    if b.label != "ORG":
        return False
    if keys[-1] in AT:  # «مدير سابق في شركة X»، «الأستاذ الفخري بجامعة X»: a status word only
        return all(k in TITLE_MODIFIERS for k in keys[:-1])
    return keys[-1] in ("ل", "لـ", ACCREDITED) and all(k in TITLE_MODIFIERS or (_adjective(k) and k[:1] != "و")
                                                      for k in keys[:-1])


def _genitive(ctx: Context, m: Mention) -> bool:
    """Is a title in the genitive after «ل» («للرئيس»، «ل الرئيس»): the complement of the title before it?"""
    return m.lead == "ل" or _key(ctx.words[m.first]).startswith("لل") or ctx.words[m.first - 1] in ("ل", "لـ")


def _heads_next_person(ents: list[Mention], j: int, ctx: Context) -> bool:
    """Is the TITLE at j the first of another person's chain («…، الفريق الركن عثمان المحرج»)?"""
    k = j
    while k + 1 < len(ents) and ents[k + 1].label == "TITLE" and not ctx.between(ents[k], ents[k + 1]):
        k += 1
    if not (k + 1 < len(ents) and ents[k + 1].label == "PER" and title_gap(ctx.between(ents[k], ents[k + 1]), True)):
        return False
    if ctx.between(ents[j - 1], ents[j]) or _own_post(ctx, ents[j], AIDES):
        return True
    # right after the previous name: the next name's chain only when it runs into that name over no comma, and is
    # no aide's post of it («وليد المعلم المبعوث الأممي ستيفان X», not «خيرت الشاطر نائب بديع» (decision 53) nor
    # «X أمين الصندوق، Y»)
    return not any(w in COMMAS for w in ctx.between(ents[k], ents[k + 1])) and not _aide_of(ctx, ents[k], ents[k + 1])


def _spoken_for(ctx: Context, ents: list[Mention], j: int) -> bool:
    """Is the TITLE at j the office a spokesman before it speaks for («المتحدث باسم حاكم …»)?"""
    return ents[j].label == "TITLE" and j > 0 and ents[j - 1].label == "TITLE" and ctx.head(ents[j]) not in RANKS \
        and SPOKESMAN_OF in {_key(w) for w in ctx.between(ents[j - 1], ents[j])}


def _heads_body(ctx: Context, title: Mention, body: Mention) -> bool:
    """«زعيم حزب "X" … Y»، «قائد حركة طالبان الجديد Y»، «النائب السابق لرئيس الاتحاد X Y»: the type noun of the body a
    title heads (outside the ORG, GUIDELINES §7 decisions 46, 69) or a status word and the office served (decision
    228) stand between them in the chain before the holder; so do «في» before a body («مدير العلاقات العامة في شركة
    "X"»), «على» after a supervisor («المشرف العام على مركز X الدكتور Y»), «ما يسمى بـ» («رئيس ما يسمى بـ"اللجنة X"،
    Y») and «عن» after a representative or member («النائبة عن حركة X Y»)."""
    gap = ctx.between(title, body)
    return title.label == "TITLE" and (_type_noun(gap, body) or _modified_joiner(gap, body)
                                       or (body.label == "ORG" and _in_body(gap))
                                       or _supervised(ctx, title, gap, body) or _so_called(gap, body)
                                       or _represents(ctx, title, gap))


def holds_title(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM"]
    for k, per in enumerate(ents):
        if per.label != "PER":
            continue
        # titles before the person: walk left over TITLE/ORG/LOC
        j = _past_aside(ctx, ents, k)
        while j >= 0 and ents[j].label in ("TITLE", "ORG", "LOC") \
                and (title_gap(_listing_colon(ctx, ents[j], ctx.between(ents[j], ents[j + 1])),
                               j + 1 == k or _rank_style(ctx, ents, j + 1, k))
                     or _heads_body(ctx, ents[j], ents[j + 1]) or j + 1 == k and _supervisor_of(ctx, ents[j], per)) \
                and _same_sentence(ctx, ents[j], per) \
                and not (j + 1 == k - 1 and _spoken_for(ctx, ents, j + 1)) \
                and not (j and j < k - 1 and ents[j - 1].label == "PER" and not ctx.between(ents[j - 1], ents[j])):
            # «وهنأ X رئيس البرلمان العربي الرئيس Y»: a title right after a name is that name's apposition, not the
            # start of Y's chain;
            # «المتحدث باسم الرئيس X»: a spokesman of a person is not that person's title (GUIDELINES §7 decision 53);
            # «المتحدث باسم حاكم ولاية X Y»: the office after «باسم» has its own complement, Y is the spokesman
            # a title in the genitive of the title before it («النائب السابق لمدير عام X … اللواء Y») is that
            # title's complement, held by no one here; right before the name («المبعوث الشخصي للرئيس X») it is
            # the name's, and the titles before it are another person's («لخادم الحرمين» after a verb is no
            # complement)
            complement = ents[j].label == "TITLE" and _genitive(ctx, ents[j]) and j > 0 \
                and ents[j - 1].label == "TITLE" and title_gap(ctx.between(ents[j - 1], ents[j]), False)
            if ents[j].label == "TITLE" and j == k - 1 and _aide_of(ctx, ents[j], per):
                break  # «المتحدث باسم كودرين»، «نائب بديع»: the post of a person's spokesman or aide (decision 53)
            if ents[j].label == "TITLE" and not ((complement or _spoken_for(ctx, ents, j)) and j < k - 1):
                out.append((per.id, ents[j].id))
            if complement and j == k - 1:
                break
            j -= 1
        # titles after the person, when an apposition follows («X، عضو …», «X - رئيس …», «X رئيس …»)
        j = k + 1
        first = _past_age(ctx.between(per, ents[j])) if j < len(ents) else []
        clause = frozenset(_key(w) for w in first if w not in CHAIN_GLUE and _key(w) not in ALSO)
        described = clause in DESCRIBED_BY or clause - {"و"} in WAS \
            or [_key(w) for w in first if _key(w) not in ADVERBS] == [POST] or first in (["؛"], [";"]) \
            or _described_and(first)
        if j < len(ents) and ents[j].label == "TITLE" and (described or _glue(first) and "و" not in map(_key, first)) \
                and not _heads_next_person(ents, j, ctx) and not (not first and _addressed(ctx, ents, k)):
            while j < len(ents) and ents[j].label in ("TITLE", "ORG", "LOC"):
                # the clause words after the name («وهو»، «الذي كان») are read above, not as a gap of the chain
                gap = ctx.between(ents[j - 1], ents[j]) if j > k + 1 else [] if described else first
                if ents[j].label == "TITLE" and _post_clause(gap):
                    gap = []  # «X رئيس اتحاد الكرة والذي يشغل أيضا منصب أمين صندوق …»
                # «X وزير العدل ورئيس المجلس الأعلى»: a second title joined by «و», unless it heads another person
                keys = [_key(w) for w in gap]
                # «X، المدير العام السابق ورئيس اللجنة»، «X هو سيناتور سابق وحاكم …»: a status word of the title
                # before the «و» (decision 2)
                status = keys[:-2] if keys[-2:-1] in (["،"], [","]) else keys[:-1]
                joined = keys[-1:] == ["و"] and bool(status) and all(k in TITLE_MODIFIERS for k in status)
                if any(w in CHAIN_BREAK for w in gap) or len(gap) > MAX_POST_GAP \
                        or ("و" in keys and keys != ["و"] and not joined) \
                        or (ents[j].label == "TITLE" and not _post_gap(gap)) \
                        or (ents[j].label == "TITLE" and keys[-1:] == ["في"] and j > k + 1):
                    # «X رئيس خلية … في [سكتلنديارد]»: a mention right after «في» is where the office sits, not a
                    # further title of X (a body the tagger read as a TITLE)
                    break
                if ents[j].label == "TITLE" and not _spoken_for(ctx, ents, j):  # «X، المتحدث باسم حاكم …»
                    if j > k + 1 and _heads_next_person(ents, j, ctx):
                        break
                    out.append((per.id, ents[j].id))
                j += 1
    return _shared_by_pair(ctx, ents, out)


def _described_and(gap: list[str]) -> bool:
    """«X، المؤسس المشارك والرئيس التنفيذي لشركة Y»، «X هو رجل أعمال أرجنتيني والمدير العام»، «X طبيب الإصابات وطبيب
    المنتخب»: a description the tagger leaves unlabelled (a profession, «أحد أبرز مشايخ قبيلة X») opens the apposition
    after a name, and the title joined to it by «و» is the name's too (§4: the chain after a name). No preposition,
    «أن» or time word: «شارك X في الاجتماع ووزير …»، «اعتبرت X إصدار الهيئة تهديدا للطيار ورئيس …» are clauses, the
    title another person's."""
    keys = [_key(w) for w in gap]
    keys = keys[keys[:1] in (["،"], [","]):]
    body = keys[bool(keys) and frozenset(keys[:1]) in IS + WAS:-1]  # «وهو»، «هو»
    return keys[-1:] == ["و"] and 0 < len(body) <= MAX_APPOSITION \
        and all(k.isalpha() and k not in NOT_DESCRIPTION for k in body)


def _post_clause(gap: list[str]) -> bool:
    """«، الذي يشغل أيضا منصب»، «والذي يشغل منصب»: a relative clause that gives the person of the chain a further post
    (§4: the chain after a name; the body before it holds no post)."""
    return frozenset(_key(w) for w in gap if w not in CHAIN_GLUE and _key(w) not in ALSO) - {"و"} in POST_HELD


def _listing_colon(ctx: Context, title: Mention, gap: list[str]) -> list[str]:
    """The gap without the colon that opens the list of names after a dual or plural title («والأعضاء: د. X، وY»;
    the names' styles may follow it). After a singular title a colon opens what is said («قال المدرب: X لاعب مهم»)."""
    if ":" in gap and title.label == "TITLE" and _dual(ctx, title) \
            and all(_key(w) in HONORIFICS | ABBREVIATIONS or w == "." for w in gap[gap.index(":") + 1:]):
        return [w for w in gap if w != ":"]
    return gap


def _addressed(ctx: Context, ents: list[Mention], k: int) -> bool:
    """«طالب X وزير التعليم بالتحرك»، «طالب X رئيس الوزراء بإقالة …»: after a verb of demanding with the name as its
    subject, a title right after the name and then «بـ» + what is demanded is the addressee, another person, no
    apposition (GUIDELINES §4: holds_title links a name to its own office)."""
    per = ents[k]
    before = [_key(w) for w in ctx.words[max(0, per.first - 2):per.first]]
    if not any(b in DEMANDS or b[:1] in ("و", "ف") and b[1:] in DEMANDS for b in before) \
            or ctx.sent_of[max(0, per.first - len(before))] != ctx.sent_of[per.first]:
        return False
    j = k + 1
    while j + 1 < len(ents) and ents[j + 1].label in ("ORG", "LOC") and not ctx.between(ents[j], ents[j + 1]):
        j += 1  # the office's own body or place («وزير خارجية X»)
    w = ents[j].last + 1
    while w < len(ctx.words) and _adjective(_key(ctx.words[w])) and _key(ctx.words[w])[:1] != "ب":
        w += 1  # «وزير الزراعة الأسترالي بـ…»
    key = _key(ctx.words[w]) if w + 1 < len(ctx.words) else ""
    # «بالتحرك» (its «ب» a word of its own) or «بإقالة»
    return (key in ("ب", "بـ") and ctx.words[w + 1].isalpha() or key[:1] == "ب" and len(key) > 3) \
        and ctx.sent_of[w] == ctx.sent_of[per.first]


def _past_age(gap: list[str]) -> list[str]:
    """`gap` after a name without the stated age that opens it («الذي يبلغ 63 عاما»، «، 55 عاما»، «(44 عاما)»), so
    the title clause after it is read as if right after the name (decision 35: the age is a duration, no title)."""
    keys = [_key(w) for w in gap]
    i = 0
    while i < len(keys) and gap[i] in CHAIN_GLUE:
        i += 1
    opener = next((o for o in AGE_OPENERS if tuple(keys[i:i + len(o)]) == o), ())
    i += len(opener)
    if opener and tuple(keys[i:i + 2]) == OF_AGE:
        i += 2
    if not (i + 1 < len(keys) and keys[i].isdigit() and keys[i + 1] in YEARS):
        return gap
    rest = gap[i + 2:]
    if gap[:1] == ["("] and rest[:1] == [")"] or not opener and gap[:1] in (["،"], [","]) and rest[:1] in (["،"], [","]):
        rest = rest[1:]  # the bracket or the pair of commas closing an age stated without a verb
    elif not opener:
        return gap
    return rest


def _aide_of(ctx: Context, title: Mention, per: Mention) -> bool:
    """«المتحدث باسم كودرين»، «مساعد الملا عمر»، «نائب بديع»: a spokesman before «باسم» + a name, or a one-word aide's
    post in the construct state (no article, no suffix) before a name over styles only, is the person's aide's post
    (GUIDELINES §7 decision 53)."""
    keys = [_key(w) for w in ctx.between(title, per)]
    if keys[:1] == [SPOKESMAN_OF] and all(k in HONORIFICS for k in keys[1:]):
        return True
    return title.first == title.last and _key(ctx.words[title.first]) in AIDES and all(k in HONORIFICS for k in keys)


def _past_aside(ctx: Context, ents: list[Mention], k: int) -> int:
    """Where the walk left from the name at k starts: past a bracketed description of the body before it («رئيس
    الجمعية الوطنية (الغرفة السفلى من البرلمان X)، Y»), before that body (§4: the holder's chain runs over what
    describes the body its title heads), else at the mention right before the name. The description opens with a
    definite word («(منسقاً)، Y» is a role of its own, no description) and names at most places and bodies."""
    words, per = ctx.words, ents[k]
    close = per.first - 1
    while close >= 0 and words[close] in COMMAS:
        close -= 1
    if close < 1 or words[close] != ")":
        return k - 1
    opening = next((i for i in range(close - 1, max(-1, close - MAX_ASIDE_WORDS - 2), -1) if words[i] in ("(", ")")), None)
    if opening is None or words[opening] != "(" or not _key(words[opening + 1]).startswith("ال"):
        return k - 1
    body = next((n for n in range(k - 1, -1, -1) if ents[n].last < opening), None)
    inside = ents[body + 1:k] if body is not None else []
    if body is None or ents[body].last != opening - 1 or ents[body].label not in ("ORG", "LOC") \
            or any(m.label not in ("ORG", "LOC") for m in inside) or not _same_sentence(ctx, ents[body], per) \
            or any(w in CHAIN_BREAK for w in words[opening:close]):
        return k - 1
    return body - 1  # the body is no title; the walk goes on from the mention before it


def _rank_style(ctx: Context, ents: list[Mention], j: int, k: int) -> bool:
    """Is the TITLE at j a military rank right before the name at k («… باسم الأجهزة الأمنية اللواء X»)? It stands
    where a style does (GUIDELINES §4: ranks hold no office), so the gap before it is read as the gap before the name."""
    return j + 1 == k and ents[j].label == "TITLE" and ctx.head(ents[j]) in RANKS \
        and all(_key(w) in HONORIFICS for w in ctx.between(ents[j], ents[k]))


def _dual(ctx: Context, m: Mention) -> bool:
    """Is the TITLE a dual or plural office («الوزيرين»، «عضوين»، construct «وزيرا التعليم»، «عضوي المجلس»; a plural
    «الجنرالات»، «الأعضاء», §2: a plural rank before several names is held by each)?"""
    key = ctx.head(m)
    return len(key) >= 5 and key.endswith(("ين", "ان", "ات")) or key in PLURAL_TITLES \
        or m.last > m.first and len(key) >= 4 and key.endswith(("ا", "ي")) or _construct_dual(ctx, m, key)


def _construct_dual(ctx: Context, m: Mention, key: str) -> bool:
    """«رئيسا الشاباك»، «نائبي القائمة المشتركة»، «عضوتي لجنة X»: a one-word dual in the construct state (its «ن»
    dropped) right before the body it heads; a feminine dual («تي»، «تا») or a known office's stem, so «قاضي المحكمة»
    stays singular (decision 161)."""
    if len(key) < 4 or key[-1] not in ("ا", "ي") or not (key.endswith(("تي", "تا")) or key[:-1] in SERVED | AIDES):
        return False
    return any(o.label in ("ORG", "LOC") for o in ctx.starting_in(m.last + 1, m.last + 1))


def _qualifier(key: str) -> bool:
    """The second holder's nationality or portfolio after «و» («والروسي»، «والعمل»): an adjective, no style."""
    return key not in HONORIFICS and _adjective(key)


def _shared_by_pair(ctx: Context, ents: list[Mention], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A dual title before two names joined by «و» is held by each («الوزيرين كيري والجبير»، «عضوي المجلس الدكتور X
    والدكتور Y»; GUIDELINES §7 decision 161), a plural one by each name of a «، و» list («الجنرالات السابقين، A، وB،
    وC», §2)."""
    by_id = {m.id: m for m in ents}
    for n, (per, nxt) in enumerate(zip(ents, ents[1:])):
        if per.label != "PER" or nxt.label != "PER":
            continue
        keys = _past_bracket([_key(w) for w in ctx.between(per, nxt)])
        right_before = None
        if keys[:1] in (["،"], [","]) and keys[1:2] == ["و"] or keys[:1] == ["و"] and keys[1:2] and _qualifier(keys[1]):
            # «الرئيسين الفرنسي X، والروسي Y»، «وزيرا التعليم الدكتور X والعمل الدكتور Y»: the second holder's
            # nationality or portfolio after «و», the dual title right before the first name (decision 161)
            keys = [k for k in keys if k not in COMMAS]
            keys = keys[:1] + keys[1 + (len(keys) > 1 and _qualifier(keys[1])):]
            # the body it heads may stand between («وعضوين عن لجنة X Z (صيدلي)، وW»): the last title before the name
            held = [by_id[t] for p, t in out if p == per.id and by_id[t].last < per.first]
            right_before = {max(held, key=lambda m: m.first).id} if held else set()
        if keys[:1] == ["و"] and all(k in HONORIFICS for k in keys[1:]):
            out += [(nxt.id, t) for p, t in out if p == per.id and by_id[t].last < per.first and _dual(ctx, by_id[t])
                    and (right_before is None or t in right_before)]
    return list(dict.fromkeys(out))


def _past_bracket(keys: list[str]) -> list[str]:
    """`keys` without a bracketed description of the name before them («عضوي اللجنة X (طبيب عظام)، وY»: the first
    holder's profession, decision 161's list)."""
    if keys[:1] != ["("] or ")" not in keys[:MAX_ASIDE + 2]:
        return keys
    return keys[keys.index(")") + 1:]


def holder(ctx: Context, office: Mention, by_head: bool = False) -> Mention | None:
    """The person an office named alone stands for: the last person named before it who holds the same office
    («حرموني من تنفيذ أمر الملك» → «الملك عبد الله»), or with `by_head` an office of the same head word
    («وترأس رئيس الهيئة» → «رئيس الهيئة الملكية … X»; GUIDELINES §7 decision 22). holds_title is found once."""
    held = ctx.once("relations.held", lambda: holds_title(ctx))
    by_id = ctx.by_id()

    def name(m: Mention) -> str:
        text = ctx.text[m.start:m.end]
        return word_key(text.split()[0] if by_head else text)

    named = [by_id[p] for p, t in held if t != office.id and by_id[p].last < office.first
             and name(by_id[t]) == name(office)]
    return max(named, key=lambda m: m.first) if named else None


def _place_gap(gap: list[str], a: Mention, ctx: Context) -> bool:
    """May `gap` stand between an ORG/LOC and the LOC it is located in? A quote closing the first name
    does not count before a link word («بمدينة "سوروج" التابعة لولاية X»), but does before a bare comma
    («"Lion Air"، إندونيسيا:», a list item)."""
    if gap in (["في"], ["،"], ["("], [","]) or (a.label == "LOC" and gap in (["-"], ["،", "("])):
        return True
    if len(gap) == 2 and gap[0] in QUOTES and gap[1] == "(":
        return True  # «قاعدة «X» (ولاية Y)»: the quote closing the name, then the bracketed container (decision 239)
    keys = tuple(_key(w) for w in gap if w not in QUOTES)
    if len(keys) > 1 and keys[0] in ("،", ",", "و") \
            and (frozenset(keys[1:]) in PLACE_LINKS or keys[0] != "و" and keys[1:] in ((k,) for k in INSIDE)):
        # «مخيم X، وسط مدينة Y»، «قضاء X، التابع لولاية Y»، «المحكمة X والتابعة لناحية Y»: the comma or «و» of an
        # apposition before a word that states containment (decisions 32, 242)
        keys = keys[1:]
    if len(keys) == 2 and keys[0] in AT and keys[1] in UNIT_NOUNS and len(gap) > len(keys):
        return True  # «قضاء «X» بولاية «Y»»: the unit noun stays outside a quoted name (decision 206)
    if a.label == "ORG" and _front([k for k in keys if k not in COMMAS]):
        return True
    if a.label == "LOC" and (len(keys) == 1 and frozenset(keys) in SEAT_OF_UNIT or keys == ("(", "في")):
        return True  # «مدينة الرمادي مركز محافظة الأنبار» (decision 242), «السليمانية (في كردستان العراق)»
    if keys in (("في",), ("في", CAPITAL), ("ب", CAPITAL)) or _side(keys):
        return True  # «مستشفى "X" في ألمانيا»، «نادي X في "Y"»: quotes around a name do not part it from «في»
    if len(keys) == 3 and keys[:2] in (("في", CAPITAL), ("ب", CAPITAL)) and _adjective(keys[2]) and keys[2][-1:] in "ةي":
        return True  # «استاد "X" في العاصمة الجورجية تبليسي»: the capital's nationality adjective
    if a.label == "ORG" and keys == (ACCREDITED,):
        return True  # «سفارة X لدى الأردن»: a mission in its host country (decision 71)
    if keys in (("ب",), ("بـ",)) or frozenset(keys) in PLACE_LINKS and len(keys) == len(set(keys)):
        return True
    # an adjective or adverb of the first place before its preposition: «فندق X الفاخر بلندن»، «سجن X القائم في …»
    # (GUIDELINES §7 decision 7)
    # (not a relative clause «لـ«الشرق الأوسط» التي التقته في دبي», nor an alias «مطار X الشهير بـ«Y»»; an adverb only
    # after a place: after a body it closes a person's role phrase, «مفتش بوزارة التعليم سابقا في حلب», decision 521)
    if 1 < len(keys) <= 3 and keys[-1] in AT \
            and all((_adjective(k) and k[:1] != "و" and k not in RELATIVES) or (k in ADVERBS and a.label == "LOC")
                    for k in keys[:-1]) \
            and not set(keys) & (OUTLAWED | AROUND) and not (set(keys) & KNOWN_AS and keys[-1] != "في") \
            and (a.label == "LOC" or all(_describes_body(k) for k in keys[:-1])):
        return True
    if (a.label == "ORG" or ctx.head(a) in PLACE_KINDS) and _purpose(keys):
        return True
    # a compass phrase that states containment: «في شمال شرق», «بجنوب», «الواقعة في جنوب», «وسط», «في أقصى جنوب»;
    # a bare direction («جنوب كابل»، «(شمال حلب)»، «الواقعة شمال Y») states none (decision 32), nor does a movement's
    # area («حزب العمال الكردستاني في شمال العراق»: where it acts, not where it is); a body with a seat of its own
    # («جامعة الأنبار في جنوب مدينة الرمادي», SEATED) is placed like a place
    rest = [k for k in keys if k not in PLACE_PREPS and k not in ("(", "ال", CAPITAL)
            and not (a.label == "LOC" and k in LIES)]
    if not (rest and len(rest) <= 3 and all(k in COMPASS or (k[:1] == "ب" and k[1:] in COMPASS) for k in rest)):
        return False
    if keys[:1] == ("(",) and not set(rest) <= BRACKET_INSIDE:
        return False  # «عفرين (ريف حلب الشمالي)»: a bracketed direction or «ريف» states none (decision 256)
    return bool(set(keys) & INSIDE) or any(k[:1] == "ب" and k[1:] in COMPASS for k in rest) \
        or (a.label == "LOC" or a.label == "ORG" and ctx.head(a) in SEATED) and bool(set(keys) & PLACE_PREPS - LYING) \
        or (a.label == "ORG" and rest[0] in INSIDE)


def _front(keys: list[str]) -> bool:
    """«الحوثي في جبهة الجفينة»، «المقاومة بجبهة سوزوكي»، «في جبهتي، "الجفينة"»: the front a force holds, its noun
    outside the place's name, places the force there as «في» alone does (§4 «ORG في LOC»)."""
    if len(keys) == 1:
        return keys[0][:1] == "ب" and keys[0][1:] in FRONTS
    return len(keys) == 2 and keys[0] in ("في", "ب", "بـ") and keys[1] in FRONTS


def _purpose(keys: tuple[str, ...]) -> bool:
    """«شركة X العملاقة للتجارة الإلكترونية في الصين»، «مخيم X للاجئين الفلسطينيين في مدينة صيدا»، «مركز «X»، للأبحاث
    في الدوحة»: the body's field or purpose in the genitive (its portfolio, as a title's) between its name and «في/ب»."""
    keys = keys[keys[:1] in (("،",), (",",)):]
    if "ل" in keys[:-2]:  # «للاجئين» read as «ل» + «لاجئين»
        i = keys.index("ل")
        keys = keys[:i] + ("ل" + keys[i + 1],) + keys[i + 2:]
    if not (1 < len(keys) <= 4 and keys[-1] in AT):
        return False
    field = next((i for i, k in enumerate(keys) if k.startswith("لل") and len(k) > 4), None)
    return field is not None and field <= 1 \
        and all(_adjective(k) and k[:1] != "و" and _describes_body(k) for k in keys[:field] + keys[field + 1:-1])


def _describes_body(key: str) -> bool:
    """May the definite word after a body's name, before its «في/ب», describe the body itself («الشرعية»، «الأميركية»،
    «الجديد»، «الشريف»)? A participle of a derived verb («المقيم»، «المقررة»، «المسجون»، «المنعقد») after a body in
    the construct state mostly agrees with the noun the body completes («ممثل الأمم المتحدة المقيم في»، «لرئاسة فيفا
    المقررة في»، «زعيم حزب X المسجون في») and a weekday («داعش الاثنين في») dates an event, so the place phrase is
    that noun's or the event's (decision 142: the noun before the body decides); a relative adjective in «ي/ية»
    («المركزي»، «المحلية») stays the body's, and so does its presence («القوات المسلحة الموجودين في X»)."""
    return key in PRESENT or key not in WEEKDAYS and (key.endswith(("ي", "ية")) or not key.startswith("الم"))


def _side(keys: tuple[str, ...]) -> bool:
    """«في الجهة الآسيوية من»، «على الجانب الأوروبي من»: a side of the place after it."""
    return len(keys) == 4 and keys[0] in SIDE_PREPS and keys[1] in SIDES and _adjective(keys[2]) and keys[3] == "من"


def _attached(ctx: Context, a: Mention, nouns: frozenset[str], named_ends: set[int]) -> bool:
    """«مواقع لتنظيم داعش في سوريا»، «مقاتلي X في Y»، «ضد X في Y»، «بمباراة فريق X في Y» (ACTED_ON), «ممثل إيران في
    المنامة»، «أبناء اليمن في منطقة جازان» (PEOPLE_OF): the place phrase belongs to the positions, fighters, attack,
    match or people before the body or country, not to it (GUIDELINES §7 decision 142: the noun before decides).
    `named_ends`: the last words of the document's named (non-NUM) mentions, found once per document."""
    quotes = sum(w in QUOTES for w in ctx.words[max(0, a.first - 2):a.first])
    for k in range(a.first - 1, max(-1, a.first - 4 - quotes), -1):
        w = ctx.words[k]
        if w in QUOTES and k >= a.first - quotes:
            continue  # «بجرائم «داعش» في كوباني»، «ضد «داعش» في سوريا»: quotes around the name do not part it
        if w in CHAIN_GLUE or w in CHAIN_BREAK or ctx.sent_of[k] != ctx.sent_of[a.first] \
                or k in named_ends:
            return False  # «بطل إنجلترا في تشارلوت بنورث كارولاينا»: the noun belongs to the mention before
        key = _key(w)
        noun = key if key in nouns else key.lstrip("وبل")  # «بطل» keeps its «ب»
        if noun not in nouns and noun.removeprefix("ال") in ACTIONS & nouns:
            noun = noun.removeprefix("ال")  # «العملية الأولى للمقاومة في Y», «المواجهات العنيفة مع X في Y»
        if noun in nouns:
            if noun in ALSO_VERBS and not _noun_use(ctx, k):
                return False
            if quotes and noun in FIGHTERS:
                return False  # «مسلحي "X" في Y»: a quoted body's own fighters are its members there (decision 142)
            return not _own_site(ctx, a, k)
    return False


def _noun_use(ctx: Context, k: int) -> bool:
    """Is the word at k, also a verb («تقدم»), used as a noun: with a preposition glued on («بتقدم») or after a
    preposition or noun in its clause («مع تقدم»، «لمناطق تقدم»), not opening a clause («، تقدم مكتب X»، «وتقدم X»)?"""
    key = ctx.key(k)
    if key[:1] in ("ب", "ل"):
        return True
    prev = ctx.words[k - 1] if k and ctx.sent_of[k - 1] == ctx.sent_of[k] else ""
    return bool(prev) and prev not in CHAIN_GLUE and prev not in CHAIN_BREAK and _key(prev) not in VERB_LEADS \
        and key[:1] != "و"


def _type_noun_before(ctx: Context, a: Mention) -> int:
    """1 when a body's type noun stands right before it («تنظيم داعش»، «حركة X»), else 0."""
    return int(not a.lead and a.first > 1 and ctx.key(a.first - 1) in TYPE_NOUNS)


def _sides_of_clash(ctx: Context, ents: list[Mention], n: int) -> bool:
    """Is the ORG or place ents[n] the second side of a clash «بين X و ORG في Y» («اشتباكات بين الشرطة وحزب X ببلدة
    Y»، «مواجهات بين المقاومة وميليشيا الحوثي في قرية Y»، «مواجهات بين مصلين فلسطينيين والشرطة في Y»، «الحرب بين فرنسا
    وإيران في لبنان»)? The place phrase is the clash's, an event (decision 142: an event noun before the body gives
    none); at most a type or force noun between «و» and the body, a first side named or not."""
    a = ents[n]
    before = [_key(w) for w in ctx.words[max(0, a.first - 2):a.first]]
    joined = a.lead == "و" or before[-1:] == ["و"] \
        or before[-1:] and before[-1][:1] == "و" and before[-1][1:] in CLASH_SIDES \
        or len(before) == 2 and before[0] == "و" and before[1] in CLASH_SIDES
    if not joined:
        return False
    # (a place's other side right before it: «بين فرنسا وإيران في لبنان»)
    for m in reversed(ents[max(0, n - (1 if a.label == "LOC" else 3)):n]):
        if m.label not in ("ORG", "PER", a.label) or ctx.sent_of[m.first] != ctx.sent_of[a.first]:
            break
        j = m.first - 1
        while j >= 0 and _key(ctx.words[j]) in CLASH_SIDES:
            j -= 1
        if j >= 0 and _key(ctx.words[j]) == BETWEEN:
            return True
    # an unnamed first side: «بين» a few words before the body, no mark or name between, after a clash noun
    # («مواجهات عنيفة بين مصلين فلسطينيين والشرطة في Y»; «المفاوضات بين قادة X والسلطة في Y» places the body)
    named = {k for m in ents[:n] for k in range(m.first, m.last + 1)}
    for j in range(a.first - 1, max(0, a.first - 2 - MAX_SIDE_WORDS), -1):
        if ctx.words[j] in CHAIN_BREAK or ctx.words[j] in COMMAS or j in named or ctx.sent_of[j] != ctx.sent_of[a.first]:
            return False
        if _key(ctx.words[j]) == BETWEEN:
            return any(_key(w).lstrip("وبل").removeprefix("ال") in ACTED_ON | POLICY for w in ctx.words[max(0, j - 2):j])
    return False


def _second_of_pair(ctx: Context, ents: list[Mention], n: int) -> bool:
    """Is the ORG ents[n] a security or armed force joined by a bare «و» to a force or body right before it («الجيش
    والشرطة في قضاء X»، «والجيش الأفغاني والقوات الخاصة الأمريكية في كابول»، «جيش وشرطة الاحتلال في Y»)? The place
    phrase after the pair says where both act (an attack, a checkpoint, a clash), not where the second force alone is
    (decision 142: the noun right before the body decides, here the other side; as `_sides_of_clash`). Bodies of other
    kinds keep their place («ومنظمة X ومركز Y بالولايات المتحدة», one per item of a list)."""
    a = ents[n]
    if ctx.head(a) not in FORCES or not (a.lead == "و" or ctx.words[a.first - 1:a.first] == ["و"]):
        return False
    before = a.first - (1 if a.lead == "و" else 2)  # the last word before «و» (glued or a word of its own)
    return n > 0 and ents[n - 1].label in ("ORG", "PER") and ents[n - 1].last == before \
        or ctx.key(before).removeprefix("ال") in FORCES


def _own_site(ctx: Context, a: Mention, k: int) -> bool:
    """Is the word at k one of the body's own sites or fighters in the construct state with it («مقاتلي تنظيم X»،
    «معاقل X»), nothing but a bare type noun between and no «ل» (decisions 142, 348)?"""
    between = [_key(w) for w in ctx.words[k + 1:a.first]]
    return _key(ctx.words[k]).lstrip("و") in OWN_SITES and not a.lead and len(between) <= 1 \
        and all(b in TYPE_NOUNS for b in between)


def _sending(ctx: Context, a: Mention) -> bool:
    """Is the place or body a the sending country of an ambassador's post right before it («سفير المملكة في لبنان»،
    «سفير السودان بأوغندا»، «سفير الاتحاد الأوروبي في تل أبيب»)? The post is in the host country, the sending country
    is not (GUIDELINES §7 decisions 71, 160: title_of to both countries, no containment between them); so is the
    country after a mission noun that is no entity («طُلب من سفارات النمسا في الكويت والرياض»)."""
    if a.label == "LOC" and not a.lead and ctx.key(a.first - 1).lstrip("وبل").removeprefix("ال") in MISSIONS:
        return True
    return any(t.label == "TITLE" and t.last == a.first - 1 and _head(ctx, t) in AMBASSADORS
               for t in ctx.starting_in(max(0, a.first - 4), a.first - 1))


def _linked(ctx: Context, a: Mention) -> bool:
    """Is the place a the first of two that a road or a verb links («طريق يربط الأحساء بالرياض»), or the last of a list
    of places it links («مفترق طرق يربط بين ردفان والضالع وتعز ولحج بعدن»)?"""
    first = a
    while prev := next((m for m in reversed(ctx.starting_in(0, first.first - 1)) if m.last < first.first), None):
        if prev.label != "LOC" or ctx.between(prev, first) not in LIST_JOINS:
            break
        first = prev
    return any(_key(ctx.words[k]).lstrip("و").startswith(LINKING) for k in range(max(0, first.first - 3), first.first)
               if ctx.sent_of[k] == ctx.sent_of[first.first])


def _head(ctx: Context, m: Mention) -> str:
    """The key of a mention's first word, without a proclitic glued before it («بمدينة» → «مدينة»)."""
    return word_key(ctx.text[m.start:m.end].split()[0])


def _prep(gap: list[str]) -> bool:
    """Does the gap state containment with a preposition («في», «ب»), not a chain's comma?"""
    return any(_key(w) in AT for w in gap)


def _bare_area(ctx: Context, m: Mention) -> bool:
    """Is the mention one compass or area word alone («بريف»، «وسط»)? It names no place (decisions 86, 347: the
    area noun stays outside the LOC); a model may still mark it, and it must not part «سهل X بريف Y» in two."""
    if m.first != m.last:
        return False
    key = ctx.key(m.first)
    return any(key.startswith(pre) and key[len(pre):] in COMPASS for pre in ("", "و", "ب", "وب", "ل", "ول"))


def located_in(ctx: Context) -> list[tuple[str, str]]:
    out = []
    ents = [m for m in ctx.mentions if m.label != "NUM" and not (m.label == "LOC" and _bare_area(ctx, m))]
    named_ends = {m.last for m in ctx.mentions if m.label != "NUM"}  # a noun before a body may end another mention
    for n, (a, b) in enumerate(zip(ents, ents[1:])):
        if a.label not in ("ORG", "LOC") or b.label != "LOC":
            continue
        gap = ctx.between(a, b)
        if gap[:1] == ["("] and ")" in gap[2:MAX_ASIDE + 2] and gap[-1:] != [")"]:
            # «مسجد علي بن أبي طالب (رضي الله عنه) في القديح»، «مستشفى X (57357) بمصر»: an aside after the name
            gap = gap[gap.index(")") + 1:]
        # («داخل»: «نشاط تنظيم القاعدة داخل السعودية» as «في»)
        if (_prep(gap) or gap[-1:] and _key(gap[-1]) in INSIDE) \
                and (_attached(ctx, a, ACTED_ON | POLICY, named_ends) if a.label == "ORG" else
                     ctx.head(a) not in ADMIN and _attached(ctx, a, PEOPLE_OF | POLICY, named_ends)):
            continue  # «أبناء البلدة القديمة في القدس»: a unit's people live in it, the unit is in the place
        if _prep(gap) and (_sides_of_clash(ctx, ents, n) or a.label == "ORG" and _second_of_pair(ctx, ents, n)):
            continue
        if a.label == "ORG" and _prep(gap) and ctx.key(a.first - 1 - _type_noun_before(ctx, a)) in DEEDS:
            continue
        if a.label == "LOC" and gap in BARE_JOINS and (ctx.head(a) not in CHAIN_HEADS or _listed(ctx, ents, n)):
            continue
        if _sending(ctx, a):
            continue
        if a.label == "LOC" and gap[:1] and gap[0] in QUOTES and _quoted_within(ctx, a):
            continue
        if a.label == "LOC" and gap[:1] == ["("] and gap[1:] != ["عاصمة"] and _alias(ctx, a, b):
            continue
        if a.label == "ORG" and gap[:1] == ["("] and ctx.words[b.last + 1:b.last + 2] != [")"]:
            continue  # «مجلس الأمن (الولايات المتحدة وروسيا …)»: a bracket listing members names no container (239)
        if a.label == "LOC" and b.label == "LOC" and _prep(gap) and ctx.head(a) in UNIT_HEADS and ctx.head(b) in VENUES:
            continue
        if a.label == "LOC" and _prep(gap) and _on_road(ctx, a):
            continue  # «مفرق حبيش بمديرية X»: the place phrase locates the road or junction (decision 324)
        if a.label == "LOC" and gap[:1] == [")"] and ctx.words[a.first - 1:a.first] == ["("]:
            gap = gap[1:]  # «على ملعب (الأولمبيكو) في روما»: a bracketed name
        if a.label == "ORG" and _seat_clause(gap):
            out.append((a.id, b.id))
            continue
        if a.label == "LOC" and [_key(w) for w in gap] in (["،", "ب"], [",", "ب"]) and ctx.head(b) in UNIT_HEADS:
            gap = gap[1:]  # «في قضاء X، بولاية Y»: a comma before a unit of the chain
        if a.label == "LOC" and _two_units(ctx, a) and len(gap) > 2 and _key(gap[0]) == "و" and gap[1].isalpha():
            gap = gap[2:]  # «بلدتي الوهط وصبر في محافظة لحج»: the second unit of the pair is no entity
        if a.label == "LOC" and b.label == "LOC" and _described_in(gap):
            out.append((a.id, b.id))
            continue
        if a.label == "LOC" and not gap and _unit_chain(ctx, a, b):
            out.append((a.id, b.id))
            continue
        if _place_gap(gap, a, ctx) and not ({_key(gap[0]), _key(gap[-1])} & {"ب", "بـ"} and _linked(ctx, a)) \
                or (gap == ["من"] and a.label == "LOC" and _head(ctx, a) in ADMIN and _head(ctx, b) in ADMIN):
            out.append((a.id, b.id))  # «مدينة الهوارية من محافظة نابل»: a unit of a unit
    out += _contains(ctx, ents)
    # coordinated places share the containing one: «داعش في أفغانستان وباكستان», «ناحية X وقضاء Y بمحافظة Z»
    found = set(out)
    for n, (x, y, z) in enumerate(zip(ents, ents[1:], ents[2:])):
        if y.label == "LOC" and z.label == "LOC" and _and(ctx.between(y, z)) \
                and (x.id, y.id) in found and _prep(ctx.between(x, y)) and ctx.key(z.first) != ctx.key(x.first) \
                and not (x.label == "LOC" and _placed_apart(ctx, ents, n + 2, found)):
            # «X في Y وZ» (Z is no second X: «بوابة A في منطقة B وبوابة C»), «القاعدة في أفغانستان وإيران وباكستان»
            # (over one item only after a body that is itself an item of a «و» list, «مناطق X واللواء 15 في زنجبار
            # وبلاد Y ووادي Z»: the items after may be the body's fellows)
            items = _and_list(ctx, ents, n + 2)[:1 if x.lead == "و" or ctx.key(x.first - 1) == "و" else None]
            out += [(x.id, w.id) for w in items if ctx.key(w.first) != ctx.key(x.first)]
        if x.label == y.label == "LOC" and z.label == "LOC" and _and(ctx.between(x, y)) \
                and (y.id, z.id) in found and (x.id, y.id) not in found \
                and (_prep(ctx.between(y, z)) or _units_of_one_rank(ctx, x, y, z, found)) \
                and ctx.key(x.first) in ADMIN and ctx.key(y.first) in ADMIN \
                or (x.label == y.label == "LOC" and _and(ctx.between(x, y))
                    and (y.id, z.id) in found and set(_key(w) for w in ctx.between(y, z)) & SHARED_LINKS) \
                or (x.label == y.label == "LOC" and _and(ctx.between(x, y)) and (y.id, z.id) in found
                    and (x.id, y.id) not in found
                    and _two_units(ctx, x)):
            # «بلدتي الوهط وصبر التابعتين لمحافظة لحج»: a dual or plural link covers both; «مدينتي X وY في Z»، «قرى X
            # وY بZ»: so does a dual or plural head noun before the pair
            out.append((x.id, z.id))  # «X وY بZ»
    out += _branches(ctx, ents, set(out)) + _specified(ctx, ents) + _where(ctx, ents)
    out += _listed_before(ctx, ents, set(out)) + _examples(ctx, ents)
    return _seats(ctx, ents, out)


def _described_in(gap: list[str]) -> bool:
    """«مقاطعة X، وهي منطقة خالية نسبيا من المتمردين في ولاية Y»، «منطقة X، وهي آخر مدينة تتبع محافظة Y»، «"X" وهي مركز
    ثقافي يقع في قلب "Y"»: a clause «وهي/وهو + a place noun» describing the place before as a unit or site in the next
    place (§4: the text states it, as in an apposition «بلدية X، منطقة Y»); not «بين» two places."""
    keys = [_key(w) for w in gap if w not in QUOTES and w not in COMMAS]
    if len(keys) < 3 or len(keys) > MAX_DESCRIBED or keys[0] not in ("وهي", "وهو") or BETWEEN in keys:
        return False
    if not any(k in PLACE_KINDS for k in keys[1:3]):
        return False
    return keys[-1] in AT | BELONGS or keys[-1] in INSIDE and keys[-2] in AT


def _and_list(ctx: Context, ents: list[Mention], k: int) -> list[Mention]:
    """The place ents[k] and the places joined after it by «و» alone («وإيران وباكستان»)."""
    out = [ents[k]]
    for m in ents[k + 1:]:
        if m.label != "LOC" or not _and(ctx.between(out[-1], m)):
            break
        out.append(m)
    return out


def _placed_apart(ctx: Context, ents: list[Mention], k: int, found: set[tuple[str, str]]) -> bool:
    """Does the «و» list that starts at the place ents[k] end in a place phrase of its own («الثقبة في الخبر ومدينة
    العمال والخليج في الدمام»، «مدينة القديح في منطقة القطيف ومسجد العنود في مدينة الدمام»)? Then the list is a new
    item beside the place before «و», not a second container of it."""
    last = _and_list(ctx, ents, k)[-1]
    j = ents.index(last) + 1
    return j < len(ents) and (last.id, ents[j].id) in found and _prep(ctx.between(last, ents[j]))


def _quoted_within(ctx: Context, a: Mention) -> bool:
    """Is the place the last word of a longer quote («ندوة «أوقفوا العدوان على اليمن» بالقاهرة»، «تنظيم «القاعدة في
    المغرب الإسلامي» في شمال مالي»)? The place phrase after the quote locates what the quote names (an event, a
    body), not the place inside it; a quote around the place's name alone («ملعب "X" في Y») is no such quote."""
    for k in range(a.first - 1, max(-1, a.first - MAX_QUOTED), -1):
        if ctx.sent_of[k] != ctx.sent_of[a.first]:
            return False
        if ctx.words[k] in QUOTES:
            return k < a.first - 2  # (two words at least: «نفق النهضة» is a place's own name with its head noun)
    return False


def _examples(ctx: Context, ents: list[Mention]) -> list[tuple[str, str]]:
    """«بمدن المملكة: الرياض، جدة، الدمام»، «في محافظة الأنبار بينها مدن رئيسية مثل الرمادي والفلوجة»، «الميادين
    بوسط القاهرة مثل ميدان التحرير»: places named as members or examples of a plural place noun governed by a place
    are in that place, each listed one (decision 471). The plural noun stands right before the place (over its
    adjectives and a preposition) or between the place and «مثل»."""
    out = []
    for n, (y, x) in enumerate(zip(ents, ents[1:])):
        if y.label != "LOC" or x.label != "LOC" or ctx.sent_of[y.first] != ctx.sent_of[x.first]:
            continue
        gap = [k for k in map(_key, ctx.between(y, x)) if k != "و"]  # «ومنها أحياء مثل»
        lead = [_key(w) for w in ctx.words[max(0, y.first - MAX_EXAMPLE_LEAD):y.first]] + ([y.lead] if y.lead else [])
        if gap == [":"] and lead and _plural_place(lead[-1]) \
                or gap[-1:] == [SUCH_AS] and len(gap) <= MAX_EXAMPLE_LEAD + 1 and all(k.isalpha() for k in gap) \
                and any(_plural_place(k) for k in gap[:-1] + lead):
            out += [(z.id, y.id) for z in [x, *_list_after(ctx, ents, n + 1)]]
    return out


def _plural_place(key: str) -> bool:
    """Is the word a plural place noun («مدن»، «بمدن»، «الميادين»، «والقرى»)?"""
    for pre in ("", "و", "ب", "ل", "وب"):
        if key.startswith(pre) and key[len(pre):].removeprefix("ال") in PLURAL_PLACES:
            return True
    return False


def _listed_before(ctx: Context, ents: list[Mention], found: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """«في الحرة الغربية ومخطط الزهرة وحي الشهداء بالمدينة المنورة»، «في الشيخ عثمان والسنافر بعدن»، «مديرية لودر
    ومكيراس بمحافظة البيضاء»: every place of a list joined by «و» before «في/ب Z» is in Z, as the last one is (§4: the
    text states it; decision 348 gives a body's place to each coordinated place). Not when the last item's head noun
    differs from the item's before it (a new item with its own place, `PLACE_KINDS`), past a place that is itself
    in or around another, nor for the sides of «بين» or the ends of a road («يربط X وY بـZ») or a list after a
    direction («جنوب X، وY في Z»)."""
    out = []
    places = {m.id for m in ents if m.label == "LOC"}
    containers = {t for h, t in found if h in places}  # (a body's places contain no place of the list)
    tails: dict[str, set[str]] = {}
    for h, t in found:
        tails.setdefault(h, set()).add(t)
    for n, (y, z) in enumerate(zip(ents, ents[1:])):
        if y.label != "LOC" or z.label != "LOC" or (y.id, z.id) not in found or not _prep(ctx.between(y, z)):
            continue
        i = n
        if n and ctx.head(y) in PLACE_KINDS and ctx.head(y) != ctx.head(ents[n - 1]):
            continue  # «حلب وسهل الغاب في محافظة حماة»: a new item with its own place
        while i > 0 and ents[i - 1].label == "LOC" and ctx.between(ents[i - 1], ents[i]) in AND_JOINS \
                and ents[i - 1].id not in containers and tails.get(ents[i - 1].id, {z.id}) == {z.id}:
            i -= 1
        before = [_key(w) for w in ctx.words[max(0, ents[i].first - 4):ents[i].first]]
        before = set(before[max((j + 1 for j, k in enumerate(before) if k in AT), default=0):])
        if i < n and BETWEEN not in before and not {k.removeprefix("ب") for k in before} & COMPASS \
                and not _linked(ctx, ents[i]):
            out += [(x.id, z.id) for x in ents[i:n]]
    return out


def _seat_clause(gap: list[str]) -> bool:
    """«ORG في مقرها الصيفي بـ»، «ORG اجتماعها الأسبوعي في مقرها الدائم في»: the body's own seat in the place
    (decision 142: the body's seat decides); before it at most the body's own noun («اجتماعها») and its adjectives,
    not another noun whose seat it may be («استقبل ORG الوفد في مقره»)."""
    keys = [_key(w) for w in gap]
    if len(keys) < 3 or keys[-1] not in AT:
        return False
    i = next((i for i, k in enumerate(keys) if k in OWN_SEAT), None)
    lead = keys[:i - 1] if i else []
    return i is not None and 0 < i <= MAX_SEAT_LEAD + 1 and keys[i - 1] in AT \
        and all(_adjective(k) for k in keys[i + 1:-1]) \
        and (not lead or lead[0].endswith(("ها", "ه")) and all(_adjective(k) for k in lead[1:]))


def _where(ctx: Context, ents: list[Mention]) -> list[tuple[str, str]]:
    """«إلى إسبانيا حيث كان يعمل في السفارة X»، «في بيروت حيث كانت بلقيس تعمل في ORG»، «إلى إثيوبيا، حيث مقر ORG»: a
    «حيث» clause right after a place puts the body it names there (decision 279); only a short clause of words
    (a person at most among them), no second place or body before the ORG."""
    out = []
    for n, a in enumerate(ents):
        if a.label != "LOC":
            continue
        k = a.last + 1 + (ctx.words[a.last + 1:a.last + 2] in (["،"], [","]))
        if ctx.key(k) != WHERE:
            continue
        # the first mention of the clause that is no person (persons may stand before the body)
        b = next((m for m in ents[n + 1:] if m.label != "PER" or m.first - k > MAX_WHERE + 1), None)
        if b is None or b.label != "ORG" or b.first - k > MAX_WHERE + 1 or ctx.sent_of[b.first] != ctx.sent_of[a.first]:
            continue
        words = [_key(w) for w in ctx.between(a, b)][k - a.last:]
        if words and (words == [WHERE_SEAT[1]] or words[-1] in AT and all(w.isalpha() for w in words)):
            out.append((b.id, a.id))
    return out


def _branches(ctx: Context, ents: list[Mention], found: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """«فروع وزارة X في منطقة الرياض، المنطقة الشرقية، ومنطقة عسير»: a body placed «في/ب» the first of a list of
    units of one head noun is in each of them, as «داعش في أفغانستان وباكستان» (§4: the text states it); only for a
    body (a place before such a list, «ساحة X بحي Y، وحديقة Z», starts a new item) and only over units of one head
    noun (a chain of units «في بلدية X، منطقة Y» has two)."""
    out = []
    for n, (x, y) in enumerate(zip(ents, ents[1:])):
        if x.label != "ORG" or (x.id, y.id) not in found or not _prep(ctx.between(x, y)) or ctx.head(y) not in ADMIN:
            continue
        out += [(x.id, z.id) for z in _list_after(ctx, ents, n + 1, same_head=True)]
    return out


def _specified(ctx: Context, ents: list[Mention]) -> list[tuple[str, str]]:
    """«داخل محافظة صعدة اليمنية، وتحديدا مناطق A، وB، وC»: places named after «specifically» and a plural unit noun,
    right after a unit (its adjectives and a comma between), are parts of it: located_in each → the unit (§4)."""
    out = []
    for n, (a, b) in enumerate(zip(ents, ents[1:])):
        if a.label != "LOC" or b.label != "LOC" or ctx.head(a) not in ADMIN or b.lead:
            continue
        keys = [_key(w) for w in ctx.between(a, b)]
        if len(keys) < 2 or keys[-1] not in PLURAL_UNITS or keys[-2] not in SPECIFICALLY \
                or not all(_adjective(k) or k in COMMAS for k in keys[:-2]):
            continue
        out += [(c.id, a.id) for c in [b, *_list_after(ctx, ents, n + 1)]]
    return out


def _list_after(ctx: Context, ents: list[Mention], n: int, same_head: bool = False) -> list[Mention]:
    """The places listed after ents[n] («A، B، وC»: a comma and/or «و» before each; LIST_JOINS), with `same_head`
    only while they have its head noun."""
    out, prev = [], ents[n]
    for z in ents[n + 1:]:
        if z.label != "LOC" or ctx.between(prev, z) not in LIST_JOINS or same_head and ctx.head(z) != ctx.head(ents[n]):
            break
        out.append(z)
        prev = z
    return out


def _contains(ctx: Context, ents: list[Mention]) -> list[tuple[str, str]]:
    """«ولاية X التي تضم مدينة Y»، «الحرم القدسي الذي يضم المسجد الأقصى وقبة الصخرة»: a relative clause of
    containment right after a place puts the places it names (and those joined to them by «و») in it (decision 267)."""
    out = []
    for n, (a, b) in enumerate(zip(ents, ents[1:])):
        if not a.label == b.label == "LOC":
            continue  # (the cheap test first: the words between are read for two places only)
        keys = tuple(_key(w) for w in ctx.between(a, b) if w not in QUOTES and w not in COMMAS)
        if keys[:2] in CONTAINS and keys[2:] in ((), (CAPITAL,)):
            out.append((b.id, a.id))
            for c, d in zip(ents[n + 1:], ents[n + 2:]):
                if d.label != "LOC" or [_key(w) for w in ctx.between(c, d) if w not in COMMAS] != ["و"]:
                    break
                out.append((d.id, a.id))
    return out


def _alias(ctx: Context, a: Mention, b: Mention) -> bool:
    """Is the bracketed place b another name or a part of a, not its container? «مدينة كوباني (عين العرب) السورية»
    (the adjective after the bracket is a's), «(ميدان X حاليا)»، «(الشرق الأوسط وأوروبا)» (more than the name in the
    bracket), «محافظة X (X الوادي)»، «ميدان A (ميدان B)» (a shared word or head noun: one rank); decisions 239, 256.
    A unit named with its rank before a bare bracket with no rank («مدينة القسطنطينية (إسطنبول)»، «منطقة الباسيفيك
    (المحيط الهادئ)»): the bracket renames it; a container there states its rank («مدينة X (ولاية Y)»)."""
    after = ctx.words[b.last + 1:b.last + 3]
    if after[:1] != [")"]:
        return True
    if len(after) > 1 and _adjective(_key(after[1])) and _key(after[1]).endswith(("ية", "ي")):
        return True
    if ctx.head(a) in ADMIN and ctx.head(b) not in UNIT_NOUNS and ctx.words[b.first - 1:b.first] == ["("]:
        return True
    words_a = {_key(w) for w in ctx.surface(a).split()}
    words_b = {_key(w) for w in ctx.surface(b).split()}
    return bool(words_a & words_b)


def _two_units(ctx: Context, a: Mention) -> bool:
    """Is the place named right after a dual or plural unit noun («بلدتي X وY»، «بمدينتي X وY»)?"""
    key = ctx.key(a.first - 1)
    return not a.lead and (key in UNITS_OF_TWO or key[:1] == "ب" and key[1:] in UNITS_OF_TWO)


def _on_road(ctx: Context, a: Mention) -> bool:
    """Is the place named right after a road, junction, bridge or direction noun («مفرق حبيش»، «طريق كفريا»)?"""
    return not a.lead and ctx.key(a.first - 1).removeprefix("و") in ROAD_NOUNS


def _unit_chain(ctx: Context, a: Mention, b: Mention) -> bool:
    """Two places with nothing between, after a preposition, one named by an administrative head noun of another
    rank: «في موقس منطقة بيحان»، «بقرية X مركز Y»، «في بلدة X قضاء Y» (a chain of units, like «بلدية X، منطقة Y»;
    decision 206); not a tag line or a road's ends («طريق مكة جدة»), which have no head noun."""
    heads = (ctx.head(a), ctx.head(b))
    if not (heads[1] in ADMIN or heads[0] in ADMIN) or heads[0] == heads[1] or _on_road(ctx, a):
        return False
    prev = ctx.key(a.first - 1) if not a.lead else a.lead
    if not a.lead and (p := next((m for m in ctx.mentions if m.label == "LOC" and m.last == a.first - 1), None)) \
            and ctx.head(p) not in heads:
        # «في موقس منطقة بيحان محافظة شبوة»: the third unit of a chain after its preposition
        prev = ctx.key(p.first - 1) if not p.lead else p.lead
    return _key(prev) in AT and ctx.sent_of[a.first] == ctx.sent_of[b.first]


def _listed(ctx: Context, ents: list[Mention], n: int) -> bool:
    """Are ents[n] and ents[n + 1] two items of a list of three or more units of one rank joined by commas («منطقة
    الرياض، المنطقة الشرقية، منطقة القصيم»), not a chain of units («بلدية X، منطقة Y»)?"""
    def joined(i: int, same_head: bool = True) -> bool:
        return 0 <= i < len(ents) - 1 and ents[i].label == ents[i + 1].label == "LOC" \
            and ctx.between(ents[i], ents[i + 1]) in (BARE_JOINS if same_head else COMMA_JOINS) \
            and (not same_head or ctx.head(ents[i]) == ctx.head(ents[i + 1]))
    if joined(n) and (joined(n - 1) or joined(n + 1)):
        return True
    # a longer run of names, two or more without a unit's head noun («بمدن المملكة: الرياض، مكة المكرمة، المدينة
    # المنورة، جدة، الدمام»): a list, whatever heads some items have
    i, j = n, n + 1
    while joined(i - 1, False):
        i -= 1
    while joined(j, False):
        j += 1
    return joined(n, False) and j - i + 1 >= MIN_LIST and sum(ctx.head(m) not in CHAIN_HEADS for m in ents[i:j + 1]) >= 2


def _units_of_one_rank(ctx: Context, x: Mention, y: Mention, z: Mention, found: set[tuple[str, str]]) -> bool:
    """«بلدية X وبلدية Y، منطقة Z»: two units of one rank joined by «و» before a comma chain to a unit of another
    rank are both in it; not when X closes a chain of its own («الجناح A، مدينة X ومدينة Y، منطقة Z», also with A
    not read as a place)."""
    return ctx.between(y, z) in BARE_JOINS and ctx.key(x.first) == ctx.key(y.first) != ctx.key(z.first) \
        and ctx.key(z.first) in ADMIN and not any(tail == x.id for _, tail in found) \
        and ctx.words[x.first - 1:x.first] not in (["،"], [","])


def _seats(ctx: Context, ents: list[Mention], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The body whose seat a place is: «ORG … ومقرها (في) LOC» (the nearest body before in its sentence, not a
    place between), «LOC حيث مقر ORG»."""
    for n, b in enumerate(ents):
        k = b.first - 1 - (ctx.key(b.first - 1) == "في")
        if b.label == "LOC" and ctx.key(k) in SEAT:
            k -= ctx.words[k - 1:k] == ["و"]
            before = [m for m in ents[max(0, n - 3):n] if m.label == "ORG" and k - m.last <= SEAT_WINDOW
                      and ctx.sent_of[m.first] == ctx.sent_of[k] and not CHAIN_BREAK & set(ctx.words[m.last + 1:k])
                      and not SEAT_BLOCK & set(ctx.keys[m.last + 1:k])]
            if before:
                between = {m.id for m in ents[max(0, n - 3):n] if m.first > before[-1].last}
                out = [p for p in out if not (p[1] == b.id and p[0] in between)] + [(before[-1].id, b.id)]
        if b.label == "LOC" and ctx.key(b.first - 1) == "من" and ctx.key(b.first - 2).removeprefix("و") in TAKES_AS_SEAT \
                and ctx.key(b.last + 1) in SEAT_NOUN:
            # «الفيفا الذي يتخذ من زوريخ مقرا له»: the body right before the verb (over its relative pronoun)
            body = [m for m in ents[max(0, n - 2):n] if m.label == "ORG" and 0 < b.first - 2 - m.last <= 2
                    and all(_key(w) in SEAT_RELATIVES or _adjective(_key(w))
                            for w in ctx.words[m.last + 1:b.first - 2])]
            if body:
                out.append((body[-1].id, b.id))
        if b.label == "ORG" and n and ents[n - 1].label == "LOC" and \
                (ctx.key(b.first - 2), ctx.key(b.first - 1)) == WHERE_SEAT and \
                ents[n - 1].last == b.first - 3:
            out.append((b.id, ents[n - 1].id))
    return list(dict.fromkeys(out))


def relations(ctx: Context) -> list[dict]:
    """All relations, by type (the schema's order), then in text order of head and tail, whichever rule found
    them: the order a long text merged from parts (`pipeline.long_docs.merge`) has too."""
    start = {m.id: m.start for m in ctx.mentions}
    rules = {"holds_title": holds_title, "title_of": title_of, "located_in": located_in}
    return [{"type": t, "head": h, "tail": tl} for t in RELATIONS
            for h, tl in sorted(rules[t](ctx), key=lambda p: (start[p[0]], start[p[1]]))]
