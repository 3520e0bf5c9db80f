"""Rules of the thirty-fourth real-news meeting pass, on who is at a meeting and which nouns and verbs open one: the
body named as holding it after its noun is its organizer (decisions 62, 226), and so are a bare body word with its
definite adjective («الأمانة العامة ستعقد»; decisions 22, 297), the body a hearing is held before and the company whose
board meets, and an outlet after «التقت» or before the verb «والتقت» is joined to (decisions 172, 284); the person
before «خلال» is found over his offices and their nisba adjectives, a speaker at a meeting whose name opens with a
quote, the presenters after «كل من» (decision 270), the person of a main clause after a long fronted phrase, an
outlet's interviewees (decision 172) and the holder of an office named after «أن» attend it; the persons met end at
«، و» + a definite noun with no name after it and at a real «أن» (not the name «آن»), a speaker before «أن» with its
own subject is not placed there, and after «حيث/كما» a bare definite noun is the verb's own subject; «برئاسة» after
the meeting's own body behind a split «ل» names its chair (decision 298); «لقاء/مباحثات … بين X» is a meeting of named
people, a plural «اجتمعوا» with no person after «مع» and a friendly «لقاء X الودي» open none (decision 36). Every
sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


def test_the_body_that_holds_it_after_the_noun_is_the_organizer_over_a_dateline_agency(frames):
    # decision 226: the agent of «عقد» holds it; the agency of the dateline before «رأس» holds nothing
    text = ("الرياض – [[واس|ORG]] رأس [[فهد الحربي|PER]] الجلسة التي عقدها [[مجلس الشورى|ORG]] مساء أمس في "
            "[[قصر اليمامة|LOC]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "الجلسة"
    assert slots["organizer"] == ["مجلس الشورى"]
    assert slots["chair"] == ["فهد الحربي"]


@pytest.mark.parametrize("at", ["أثناء", "في"])
def test_a_friendly_liqaa_is_a_match(frames, at):
    # §4: a meeting is a conference or meeting; a «لقاء» called friendly after the club is a football match
    text = f"وأصيب المدافع [[سعد الغامدي|PER]] في الركبة {at} لقاء [[النصر|ORG]] الودي أمس في [[الدمام|LOC]]."
    assert frames(text, "meeting") == []


def test_a_liqaa_with_a_club_and_no_friendly_word_is_still_read(frames):
    # the friendly word decides: an interview «لقاء مع قناة» stays a meeting
    text = "وقال [[سعد الغامدي|PER]] خلال لقاء مع [[قناة الرياضية|ORG]] أمس إن الفريق جاهز."
    [(_, trigger, _)] = frames(text, "meeting")
    assert trigger == "لقاء"


def test_a_bare_body_word_with_its_definite_adjective_holds_it_for_the_body_named_before(frames):
    # decisions 22, 297: «الأمانة العامة» before the verb of holding stands for the one «أمانة …» named before
    text = ("وتتبع [[الأمانة العامة لمجلس التدريب التقني|ORG]] وزارة العمل. وأوضح المتحدث أن الأمانة العامة ستعقد "
            "ورشة عمل يوم الأحد المقبل في [[جدة|LOC]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "ورشة عمل"
    assert slots["organizer"] == ["الأمانة العامة لمجلس التدريب التقني"]


@pytest.mark.parametrize("date", ["", "أمس "])
def test_the_person_before_khilal_over_his_offices_and_their_nisba_acts_at_it(frames, date):
    # decisions 97, 133: the person named before «خلال» over his office, its body and a nisba adjective attends
    text = (f"وانتقد [[جوزيه سانتوس|PER]] [[مدرب|TITLE]] [[نادي الفيصلي|ORG]] السعودي {date}خلال مؤتمر صحفي "
            "قرارات الحكام.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "مؤتمر"
    assert slots["attendee"] == ["جوزيه سانتوس"]


@pytest.mark.parametrize("quote", ["«", "\""])
def test_a_speaker_at_a_meeting_whose_name_is_quoted_attends(frames, quote):
    # decisions 20, 211: «قال X في كلمة ألقاها خلال «المؤتمر …»»: the opening quote of its name stands between
    close = "»" if quote == "«" else quote
    text = (f"وقال [[سامي النمر|PER]] في كلمة ألقاها خلال {quote}المؤتمر الثقافي الأول{close} الذي عقد في "
            "[[الرياض|LOC]] أمس إن الثقافة جسر بين الشعوب.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "المؤتمر"
    assert slots["attendee"] == ["سامي النمر"]


def test_the_persons_of_another_thing_told_after_comma_wa_and_a_definite_noun_are_not_met(frames):
    # §4 attendee: a person the text places at the meeting; «، والاتصال الهاتفي …» tells another thing
    text = ("وأطلع [[خالد السالم|PER]] المجلس على نتائج اجتماعه مع الرئيس [[عمر الفاروق|PER]]، والاتصال الهاتفي "
            "الذي تلقاه من الرئيس [[سعيد الأحمد|PER]].")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["خالد السالم", "عمر الفاروق"]


@pytest.mark.parametrize("next_", ["والدكتور [[سعيد الأحمد|PER]]", "والقيادي في الحزب [[سعيد الأحمد|PER]]"])
def test_a_style_or_a_descriptor_with_a_name_after_comma_wa_goes_on_with_the_participants(frames, next_):
    # decision 36: the persons met named after «مع», joined by «، و»
    text = f"والتقى [[خالد السالم|PER]] أمس مع الرئيس [[عمر الفاروق|PER]]، {next_}."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["خالد السالم", "عمر الفاروق", "سعيد الأحمد"]


@pytest.mark.parametrize("verb", ["اجتمعوا", "يجتمعون"])
def test_a_plural_verb_of_gathering_with_no_person_after_maa_reports_no_meeting(frames, verb):
    # decision 36: a meeting of named people needs one named participant; the persons later in the clause are not
    text = f"وأكد [[سعد الغامدي|PER]] أن أعضاء الشرف {verb} من أجل مصلحة النادي ودعموا الرئيس [[فهد العلي|PER]]."
    assert frames(text, "meeting") == []


def test_a_plural_verb_of_gathering_with_a_person_after_maa_is_a_meeting(frames):
    text = "وأكد المتحدث أن أعضاء الشرف اجتمعوا أمس مع رئيس النادي [[فهد العلي|PER]] في [[جدة|LOC]]."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اجتمعوا"
    assert slots["attendee"] == ["فهد العلي"]


@pytest.mark.parametrize("clause", ["حيث تلتقي الأسر في بيت كبير العائلة", "كما يلتقي الكبار والصغار في المسجد"])
def test_a_bare_definite_noun_after_haythu_and_a_verb_of_meeting_is_its_own_subject(frames, clause):
    # decision 36: the sentence's person is not said to meet anyone; no named participant
    text = f"وأوضح [[محمد الشايع|PER]] أن العيد مناسبة سعيدة، {clause}."
    assert all("محمد الشايع" not in slots.get("attendee", []) for _, _, slots in frames(text, "meeting"))


def test_after_annahu_the_speaker_still_meets_a_bare_definite_noun(frames):
    # «أنه التقى الطلاب»: what the speaker says of himself (decision 36)
    text = "وأوضح [[محمد الشايع|PER]] أنه التقى الطلاب أمس في [[جدة|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["محمد الشايع"]


def test_the_body_a_hearing_is_held_before_is_its_organizer(frames):
    # decisions 20, 226: «جلسة استماع أمام لجنة X» is the committee's session
    text = ("وقال [[سامي النمر|PER]] في كلمة خلال جلسة استماع أمام [[لجنة الشؤون المالية|ORG]] أمس إن العجز "
            "سيتراجع.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "جلسة"
    assert slots["organizer"] == ["لجنة الشؤون المالية"]


@pytest.mark.parametrize(("name", "body"), [("شركة «[[الأسمدة العربية|ORG]]»", "الأسمدة العربية"),
                                            ("[[بنك الخليج|ORG]]", "بنك الخليج")])
def test_the_company_whose_board_meets_is_the_organizer(frames, name, body):
    # decision 226: the board of a company meets for it; the company holds the meeting
    text = f"وحضر [[سامي النمر|PER]] اجتماع مجلس إدارة {name} في [[الدمام|LOC]] الأسبوع الماضي."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اجتماع"
    assert slots["organizer"] == [body]


def test_the_speaker_before_an_with_its_own_named_subject_reports_anothers_meeting(frames):
    # §4 attendee: the speaker tells what the subject after «أن» did at his meeting; he is not placed there
    text = ("وأوضح الوزير [[عادل السالم|PER]] أن [[رئيس الوزراء|TITLE]] أطلع المجلس على نتائج اجتماعه مع الرئيس "
            "[[عمر الفاروق|PER]].")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["عمر الفاروق"]


def test_the_speaker_before_an_with_no_subject_after_it_is_the_one_who_met(frames):
    # decision 62: «أكد X أن اجتماعه مع Y كان مثمرا»: the pronoun is the speaker's
    text = "وأكد الوزير [[عادل السالم|PER]] أن اجتماعه مع الرئيس [[عمر الفاروق|PER]] كان مثمرا."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["عادل السالم", "عمر الفاروق"]


def test_barisat_after_the_meetings_own_body_behind_a_split_lam_names_its_chair(frames):
    # decisions 152, 298: «اجتماع للجنتها المركزية برئاسة X»: the body is the meeting's own genitive, X chairs it
    text = ("ورحبت الحركة عقب اجتماع ل[[لجنتها المركزية|ORG]] برئاسة [[الرئيس|TITLE]] [[محمود الخالد|PER]] "
            "بالقرار الأوروبي.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اجتماع"
    assert slots["chair"] == ["محمود الخالد"]


def test_a_liqaa_between_him_and_named_counterparts_is_a_meeting_of_named_people(frames):
    # decision 36: one named participant is enough; «بينه» is the participant before it
    text = ("وتشمل زيارة [[جون سميث|PER]] للدوحة، لقاء ثلاثيا بينه ونظيريه السعودي [[فهد العلي|PER]]، والروسي "
            "[[إيفان بتروف|PER]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "لقاء"
    assert slots["attendee"] == ["جون سميث", "فهد العلي", "إيفان بتروف"]


def test_talks_between_named_persons_over_their_styles_are_a_meeting(frames):
    text = ("وشدد المتحدث على أن مباحثات القاهرة بين الأمير [[سعد الفهد|PER]] والرئيس [[عمر الفاروق|PER]] كانت "
            "مثمرة.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "مباحثات"
    assert slots["attendee"] == ["سعد الفهد", "عمر الفاروق"]


def test_the_presenters_named_after_kull_min_attend_the_articles_meeting(frames):
    # decision 270: the persons who give the talks of the reported workshop attend it
    text = ("ونظمت [[جمعية الأطباء|ORG]] أمس ورشة عمل في [[جدة|LOC]]. ويقدم محاضرات الورشة كل من الدكتور "
            "[[سعد الغامدي|PER]] والأستاذ [[فهد العلي|PER]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "ورشة عمل"
    assert slots["attendee"] == ["سعد الغامدي", "فهد العلي"]


def test_the_person_of_the_main_clause_after_a_long_fronted_phrase_at_the_meeting_attends(frames):
    # decisions 20, 98: «وفي ختام اجتماعات … انعقدت في X، واستمرت حتى …، قال Y»: the fronted phrase with its relative
    # clause and a second verb runs past twenty words
    text = ("وفي ختام اجتماعات لوزراء الداخلية والعدل انعقدت في [[بروكسل|LOC]]، واستمرت حتى وقت متأخر جدا من "
            "مساء يوم الاثنين الماضي، قال المفوض الأوروبي لشؤون الهجرة [[يان كوفاتش|PER]] إن الاتفاق قريب.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "اجتماعات"
    assert slots["attendee"] == ["يان كوفاتش"]


def test_a_quoted_outlet_after_iltaqat_holds_the_interview(frames):
    # decisions 172, 284: the outlet that meets people for its report is the organizer
    text = ("وبدورها التقت \"[[اليوم|ORG]]\" بعدد من المتسوقين، حيث أكد [[سالم العتيبي|PER]] أن الأسعار ارتفعت "
            "كثيرا.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "التقت"
    assert slots["organizer"] == ["اليوم"]


def test_a_club_after_iltaqa_is_no_outlet(frames):
    # «التقى الهلال مع النصر»: a match between two clubs, no interview
    text = "والتقى \"[[الهلال|ORG]]\" مع \"[[النصر|ORG]]\" أمس في [[الرياض|LOC]]."
    assert all("organizer" not in slots for _, _, slots in frames(text, "meeting"))


def test_the_persons_who_speak_after_an_outlets_interview_are_its_interviewees(frames):
    # decision 172: each named interviewee of an outlet's interview attends it
    text = ("وبدورها التقت \"[[اليوم|ORG]]\" بعدد من المتسوقين في السوق. وقال [[سالم العتيبي|PER]] إن الأسعار ارتفعت. "
            "وأكد [[فهد الحربي|PER]] أن العروض قليلة هذا العام.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "التقت"
    assert slots["attendee"] == ["سالم العتيبي", "فهد الحربي"]


def test_the_quoted_outlet_before_the_verb_wa_iltaqat_is_joined_to_holds_the_interview(frames):
    # decision 172: «"X" تجولت في Y والتقت بـ…»: the outlet is the subject of both verbs
    text = ("\"[[اليوم|ORG]]\" تجولت في [[سوق الزل|LOC]] والتقت بعدد من الباعة. وقال [[سالم العتيبي|PER]] إن الإقبال "
            "ضعيف.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "التقت"
    assert slots["organizer"] == ["اليوم"]
    assert slots["attendee"] == ["سالم العتيبي"]


def test_a_name_that_reads_as_an_is_no_an_that_ends_the_persons_met(frames):
    # «آن» is a given name here, not «أن» opening what is said: the person met is named after it
    text = "ودرس [[خالد السالم|PER]] في [[هاواي|LOC]]، حيث التقى زوجته الثانية [[آن سميث|PER]] والدة ابنه."
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "التقى"
    assert slots["attendee"] == ["خالد السالم", "آن سميث"]


def test_an_office_named_alone_after_an_stands_for_its_holder_who_met(frames):
    # decision 22: «أن الملك أطلع المجلس على نتائج اجتماعه مع X»: the king named before met X
    text = ("وافتتح [[الملك|TITLE]] [[سلمان الفهد|PER]] المعرض أمس. وأوضح الوزير [[عادل السالم|PER]] أن "
            "[[الملك|TITLE]] أطلع المجلس على نتائج اجتماعه مع الرئيس [[عمر الفاروق|PER]].")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["سلمان الفهد", "عمر الفاروق"]
