"""Rules of the fifteenth real-news meeting pass (GUIDELINES §7 decisions 20, 21, 36, 62, 133, 192, 226, 263): the
future of a verb of holding («وسيعقد اجتماع»), «غد» and «قبل الماضي» in dates, two days joined by «و», regular and
counted meetings, a meeting named as a time landmark, attending or taking part in a meeting («يشارك في مؤتمر»، «حضر …
في الجلسة كل من»), the person who holds it before the verb, a trigger word inside an ORG name, partners after the
body that holds it, and the co-chair chain stopping at «وبمشاركة». Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_the_day_after_tomorrow_is_a_date(frames):
    # decision 21: «بعد غد» is the date as written
    got = frames("تستضيف [[جامعة حائل|ORG]] بعد غد ملتقى الشباب الأول.", "meeting")
    assert got and got[0][2]["date"] == ["بعد غد"]


def test_tomorrow_with_its_weekday_is_one_date(frames):
    got = frames("وسيعقد اجتماع لـ[[لجنة الموارد|ORG]] يوم غد الجمعة في [[الدمام|LOC]].", "meeting")
    assert got and got[0][2]["date"] == ["يوم غد الجمعة"]


def test_future_verb_of_holding_reports_a_planned_meeting(frames):
    # decision 20: a planned meeting, reported by «سيعقد» before its noun
    got = frames("وسيعقد اجتماع طارئ لـ[[لجنة الطوارئ|ORG]] أمس في [[لندن|LOC]] برئاسة وزيرة الداخلية "
                 "[[سارة الحربي|PER]].", "meeting")
    assert len(got) == 1
    slots = got[0][2]
    assert slots["organizer"] == ["لجنة الطوارئ"] and slots["location"] == ["لندن"]
    assert slots["chair"] == ["سارة الحربي"] and slots["date"] == ["أمس"]


def test_two_days_joined_by_and_are_one_date(frames):
    got = frames("سيعقد اجتماع جديد لـ[[لجنة المسابقات|ORG]] في 14 و15 نوفمبر المقبل.", "meeting")
    assert got and got[0][2]["date"] == ["14 و15 نوفمبر المقبل"]


def test_a_weekday_before_last_is_kept_whole(frames):
    got = frames("وكان الوزراء، في اجتماع عقد الاثنين قبل الماضي، قد وافقوا على الخطة.", "meeting")
    assert got and got[0][2]["date"] == ["الاثنين قبل الماضي"]


def test_regular_meetings_are_no_meeting(frames):
    # decision 36: a specific meeting is reported, not a habit
    assert frames("وأضاف أن [[لجنة الأسعار|ORG]] ستعقد اجتماعات دورية لمراقبة السوق.", "meeting") == []


def test_one_counted_session_is_no_meeting(frames):
    assert frames("وقال المحامي إن موكله حضر جلسة واحدة فقط.", "meeting") == []


def test_a_meeting_named_as_a_time_landmark_is_not_held_by_the_verb(frames):
    # decision 263: «سيعقد بعد الاجتماع»: the verb holds the press conference, not the meeting it follows
    got = frames("وأشار إلى أن مؤتمرا صحافيا سيعقد بعد الاجتماع مباشرة.", "meeting")
    assert "الاجتماع" not in [g[1] for g in got]


def test_person_taking_part_in_a_meeting_attends(frames):
    # decisions 36, 133: «كان يشارك في مؤتمر» reports the meeting and places its subject there
    got = frames("وأشار الدكتور [[سامر العلي|PER]]، استشاري القلب، إلى أنه كان يشارك في مؤتمر بـ[[البرازيل|LOC]] "
                 "حينها.", "meeting")
    assert len(got) == 1
    assert got[0][2]["attendee"] == ["سامر العلي"] and got[0][2]["location"] == ["البرازيل"]


def test_person_travelling_to_take_part_attends(frames):
    # decision 192: a named meeting of a body that the person travels to take part in
    got = frames("ودعت المنظمة الوزير [[جون سميث|PER]] الذي يصل اليوم للمشاركة في اجتماعات [[رابطة الدول|ORG]].",
                 "meeting")
    assert got and got[0][2]["attendee"] == ["جون سميث"] and got[0][2]["organizer"] == ["رابطة الدول"]


def test_absent_person_is_not_placed_at_the_meeting(frames):
    got = frames("وقال المحامي [[سعيد الراشد|PER]] إن موكله لم يحضر جلسة النطق بالحكم اليوم.", "meeting")
    assert got and "attendee" not in got[0][2]


def test_taking_part_in_a_match_is_no_meeting(frames):
    # in sports news the «لقاء» a player takes part in is a match
    assert frames("وسيكون بإمكان المهاجم [[خالد الزهراني|PER]] المشاركة في لقاء الجمعة.", "meeting") == []


def test_a_pronoun_of_taking_part_places_no_nearest_person(frames):
    got = frames("وتشهد الحركة أزمة بعد وفاة زعيمها [[عمر الفاروق|PER]] أدت إلى إرجاء مشاركتها في محادثات السلام "
                 "التي انطلقت في [[باكستان|LOC]].", "meeting")
    assert got and "attendee" not in got[0][2]


def test_persons_who_attend_a_later_mention_attend_the_meeting(frames):
    # decision 133: «حضر مع اللاعب في الجلسة كل من X، وY»
    text = ("دافع اللاعب [[فهد العمري|PER]] أمس خلال جلسة الاستماع التي عقدتها [[لجنة الانضباط|ORG]]. وتكون فريق "
            "الاستجواب من [[علي الحربي|PER]]، فيما حضر مع اللاعب في الجلسة كل من [[سالم الشهري|PER]]، "
            "و[[ماجد الدوسري|PER]].")
    got = frames(text, "meeting")
    assert len(got) == 1
    assert {"علي الحربي", "سالم الشهري", "ماجد الدوسري"} <= set(got[0][2]["attendee"])


def test_persons_said_to_take_part_in_the_summit_attend_it(frames):
    # after «أن», the persons before «سيشاركون في القمة» attend; the source quoted before «أن» does not
    text = ("تنعقد القمة الرباعية اليوم في [[عنتيبي|LOC]]. ونقلت الوكالة عن السفير [[كمال عثمان|PER]]، أن كلا من "
            "الرئيس [[جون موسى|PER]] والرئيس [[بيتر أوكيلو|PER]] سيشاركون في القمة.")
    got = frames(text, "meeting")
    assert len(got) == 1
    assert got[0][2]["attendee"] == ["جون موسى", "بيتر أوكيلو"]


def test_person_before_the_verb_of_holding_attends(frames):
    # decision 62: a person who holds a meeting without «ترأس» attends it
    got = frames("وبحسب مصادر أمنية فإن رئيس الوزراء [[أحمد موسى|PER]] عقد جلسة طارئة لتدارس الموقف.", "meeting")
    assert got and got[0][2]["attendee"] == ["أحمد موسى"]


def test_persons_joined_between_the_verb_and_the_noun_hold_it_together(frames):
    got = frames("أدى ذلك إلى أن يعقد اثنان من رجال الأعمال -[[سامي فؤاد|PER]] و[[نادر حليم|PER]]- مؤتمرا في "
                 "[[دبي|LOC]].", "meeting")
    assert got and got[0][2]["attendee"] == ["سامي فؤاد", "نادر حليم"]


def test_person_a_body_holds_talks_with_attends(frames):
    # decision 36: the person a talk is held with, even when a body holds it
    got = frames("وأكدت [[إدارة النادي|ORG]] أنها عقدت اجتماعا تشاوريا مع رئيس لجنة المسابقات [[خالد العتيبي|PER]]، "
                 "وبعد نقاش طويل تم الاتفاق.", "meeting")
    assert got and got[0][2]["attendee"] == ["خالد العتيبي"]


def test_trigger_word_inside_an_org_name_opens_no_meeting(frames):
    # decision 226: «ملتقى X» as a body holds meetings; the meeting is the «اللقاء» it held, and the bodies after
    # «بشراكة مع/وبالتعاون مع» hold it with it
    text = ("شهد المحافظ اليوم الثلاثاء اختتام فعاليات اللقاء المتميز عن دور وسائل الإعلام الحديثة وتأثيرها على الفرد "
            "الذي أقامه [[ملتقى إعلاميي المنطقة|ORG]] بشراكة مع [[مركز الجودة|ORG]] بـ[[دبي|LOC]]، وبالتعاون مع "
            "[[الغرفة التجارية|ORG]]. وشارك في الفعالية الأخيرة الدكتور [[خالد الفهد|PER]].")
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][1] == "اللقاء"
    slots = got[0][2]
    assert slots["organizer"] == ["ملتقى إعلاميي المنطقة", "مركز الجودة", "الغرفة التجارية"]
    assert slots["attendee"] == ["خالد الفهد"]
    assert slots["date"] == ["اليوم الثلاثاء"]


def test_talks_between_parties_reported_by_a_later_verb(frames):
    # decision 36: «محادثات السلام بين A وB ستجري في …» reports the round of talks over the parties named
    got = frames("أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين [[الحكومة الأفغانية|ORG]] ومتمردي "
                 "[[حركة طالبان|ORG]] ستجري في أواخر يوليو المقبل.", "meeting")
    assert got and got[0][1] == "محادثات" and got[0][2]["date"] == ["أواخر يوليو المقبل"]


def test_co_chair_chain_stops_at_a_participation_phrase(frames):
    # «، وبمشاركة كبار القادة، ووزير الدفاع Y»: Y takes part (an attendee), he does not chair
    got = frames("وبدأ أمس اجتماع [[مجلس الشورى العسكري|ORG]]، برئاسة رئيس الوزراء [[أحمد داود|PER]]، وبمشاركة كبار "
                 "القادة العسكريين، ووزير الدفاع [[وجدي غانم|PER]].", "meeting")
    assert len(got) == 1
    assert got[0][2]["chair"] == ["أحمد داود"] and got[0][2]["attendee"] == ["وجدي غانم"]


def test_workshop_is_a_two_word_trigger(frames):
    # decision 36 lists «ورشة عمل» as one trigger
    got = frames("عقدت [[لجنة الحج|ORG]]، ورشة عمل لمناقشة الاستعدادات للموسم.", "meeting")
    assert got and got[0][1] == "ورشة عمل" and got[0][2]["organizer"] == ["لجنة الحج"]


def test_subject_right_before_a_verb_of_chairing_chairs(frames):
    # decision 152: «X يترأس اجتماعاً» chairs it; a credit after it in the clause does not
    got = frames("سكرتير اللجنة [[سامي ناصر|PER]] يترأس اجتماعاً لـ[[اللجنة الدائمة|ORG]] في فبراير 2024 - الصورة: "
                 "[[هاني علي|PER]]", "meeting")
    assert got and got[0][2]["chair"] == ["سامي ناصر"]
    assert "attendee" not in got[0][2]
