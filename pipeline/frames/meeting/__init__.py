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
A definite noun with its place right after it, over its definite adjectives and «لل» genitives only («عشية المحادثات
المفصلية في الدوحة»، «خلال المنتدى الاقتصادي للشرق الأوسط في X»), reports that meeting unless «هذه» points back to
one already told (decisions 36, 118).

A definite noun called next or awaited («الاجتماع المقبل»، «المباحثات المرتقبة») is a meeting still to come; «علم
الاجتماع» is sociology (decisions 20, 36).

A partner named after «مع» over his offices («اجتماع مع وزير الخارجية الياباني X») is met, and the place right after
him is the meeting's («خلال لقاء مع نظيره X في ماليزيا»); «المباحثات التي أجراها مع X» is held like «عقدها»; «قمة» after
«أعلى» or before a mountain is a peak (decisions 21, 36, 62).

The rule is a package of small modules, one job each: `words` (the word lists), `cues` (what one word or mention
is), `nouns` (which nouns are meetings), `reports` (how a meeting is reported), `dates`, `places`, `organizers`,
`chairs`, `attendees` and `first_mention` (its slots), `first_person` (meetings told in the first person), `rules`
(the frames themselves) and `trigger_model` (a learned second opinion on where a meeting opens: the meeting words the
rules leave closed that it accepts open frames `rules` fills; frames.component consults it).
"""
from __future__ import annotations

from pipeline.frames.meeting.rules import frames

__all__ = ["frames"]  # FRAME_RULES["meeting"].frames
