"""Rules of the twenty-eighth real-news meeting pass on the location and date slots (GUIDELINES §7 decisions 21, 36,
117, 192): a place after «في/بـ» said right after or right before the meeting's date in its clause is where it was
held; a later meeting reported by its own participants or place takes the relative date further on in its clause; the
place a participant arrives at («بعد وصوله الى X») is where named people meet. Every sentence here is written for
the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest

ABSENT = None  # an expected slot value that marks a slot the meeting must not have


def _meeting(got: list[tuple[str, str, dict]], trigger: str) -> dict:
    hit = [g for g in got if g[1] == trigger]
    assert hit, got
    return hit[0][2]


@pytest.mark.parametrize("text, trigger, expected", [
    # decisions 21, 36: «اجتماع طارئ للجنة X التي تضم … أمس في لندن»: the date and the place said together
    pytest.param("وعقد اجتماع طارئ [[للجنة الأزمات|ORG]] التي تضم مسؤولين وخبراء من عدة قطاعات حكومية وأمنية "
                 "مختلفة أمس في [[باريس|LOC]] لبحث الأوضاع.", "اجتماع",
                 {"date": ["أمس"], "location": ["باريس"]}, id="place_right_after_the_date_of_the_meeting"),
    # decisions 21, 36: a later meeting of the article with its own participant: «عقد في مقر الحزب بأنقرة أمس»
    pytest.param("أعلنت الحكومة خطة جديدة للنقل. وقال [[كريم الساعدي|PER]] في تصريحات قبيل مشاركته في اجتماع "
                 "لرؤساء فروع الحزب في المحافظات الشمالية، عقد في المقر الرئيسي للحزب ب[[أربيل|LOC]] أمس، إن "
                 "الحوار مستمر.", "اجتماع",
                 {"date": ["أمس"], "location": ["أربيل"]}, id="place_right_before_the_date_of_a_later_meeting"),
    # the place must touch the date (after «في/بـ»); a place named elsewhere in the clause is not taken by this rule
    pytest.param("وعقد اجتماع طارئ [[للجنة الأزمات|ORG]] التي تضم مسؤولين وخبراء من عدة قطاعات حكومية وأمنية "
                 "مختلفة أمس لبحث الأوضاع في [[باريس|LOC]].", "اجتماع",
                 {"date": ["أمس"], "location": ABSENT}, id="no_place_when_the_date_stands_alone"),
    # decision 21: «اجتماعات عقدها X مع … في وقت سابق من العام الجاري»: a relative date past the people it was held with
    pytest.param("وعقد [[مجلس الشورى|ORG]] اجتماعا أمس لبحث الميزانية. وستبني الزيارة على اجتماعات عقدها "
                 "[[ديفيد براون|PER]] مع كل زعماء "
                 "دول المنطقة الستة والعشرين في وقت سابق من العام الجاري.", "اجتماعات",
                 {"date": ["وقت سابق من العام الجاري"]}, id="later_meeting_takes_the_date_later_in_its_clause"),
    # decisions 36, 192: «وأجرى الوزير بعد وصوله الى X لقاءات مع Y»: where the arriving participant meets
    pytest.param("وأجرى الوزير الامريكي بعد وصوله الى [[بغداد|LOC]] لقاءات مع رئيس الوزراء [[حسن الكعبي|PER]] "
                 "لبحث التعاون.", "لقاءات",
                 {"location": ["بغداد"]}, id="arrival_noun_gives_the_place_of_the_talks"),
    # decisions 36, 192: «لقاء X بالرئيس التركي الذي وصل الليلة إلى Y»: the relative clause of the person met says
    # where he arrived, where they meet
    pytest.param("جاء ذلك خلال لقاء [[رئيس الوزراء|TITLE]] [[سليم الراشد|PER]] ب[[الرئيس|TITLE]] التركي الذي وصل "
                 "الليلة إلى "
                 "[[عمان|LOC]] في زيارة قصيرة.", "لقاء",
                 {"location": ["عمان"]}, id="place_the_person_met_arrives_at"),
    # the relative clause must describe the person met; «الاتفاق الذي وصل إلى X» places nothing
    pytest.param("جاء ذلك خلال لقاء [[رئيس الوزراء|TITLE]] [[سليم الراشد|PER]] ب[[الرئيس|TITLE]] التركي لبحث الاتفاق "
                 "الذي وصل إلى "
                 "[[عمان|LOC]] أمس.", "لقاء",
                 {"location": ABSENT}, id="no_place_from_a_relative_clause_about_another_thing"),
    # decisions 21, 118: «وانطلقت أمس أشغال المؤتمر»: the day a later mention of the meeting started on is its date
    pytest.param("ويناقش خبراء من عشرين دولة في مؤتمر ب[[مدينة الصويرة|LOC]] سبل التعاون في حماية السواحل. "
                 "وانطلقت أمس أشغال المؤتمر بكلمة للوزير.", "مؤتمر",
                 {"location": ["مدينة الصويرة"], "date": ["أمس"]},
                 id="later_mention_started_on_a_day_dates_the_meeting"),
    # «وبدأت أعمال المؤتمر اليوم»: the relative date right after the noun of a started later mention
    pytest.param("ويناقش خبراء من عشرين دولة في مؤتمر ب[[مدينة الصويرة|LOC]] سبل التعاون في حماية السواحل. "
                 "وبدأت أعمال المؤتمر اليوم بكلمة للوزير.", "مؤتمر",
                 {"date": ["اليوم"]}, id="later_mention_after_its_noun_dates_the_meeting"),
    # decision 118: «وأشار إلى أن الملتقى سوف يقام في مركز X»: a later mention's verb of taking place names the venue
    pytest.param("تنظم [[جمعية أصدقاء البيئة|ORG]] ملتقى للتوعية بأضرار التلوث. وأشار إلى أن الملتقى سوف يقام في "
                 "[[مركز المعارض الدولي|LOC]] بحي الروضة.", "ملتقى",
                 {"organizer": ["جمعية أصدقاء البيئة"], "location": ["مركز المعارض الدولي"]},
                 id="later_mention_said_to_take_place_somewhere_gives_the_place"),
    # only a mention of the same meeting noun restates its place
    pytest.param("تنظم [[جمعية أصدقاء البيئة|ORG]] ملتقى للتوعية بأضرار التلوث. وأشار إلى أن المعرض سوف يقام في "
                 "[[مركز المعارض الدولي|LOC]] بحي الروضة.", "ملتقى",
                 {"location": ABSENT}, id="later_mention_of_another_noun_gives_no_place"),
    # decisions 5, 36, 133: «وزار اللواء X خلال هذه الجولة مركز Y والتقى مديره Z»: the building visited is the venue
    pytest.param("وزار [[اللواء|TITLE]] [[فهد السالم|PER]] خلال هذه الجولة [[مركز الوثائق الوطني|ORG]] والتقى مديره "
                 "[[ماجد العتيبي|PER]] للاطلاع على الخدمات.", "التقى",
                 {"location": ["مركز الوثائق الوطني"]}, id="building_visited_before_the_meeting_verb"),
    # «وزار المرضى في مجمع Y …، كما التقى بمنسوبي المجمع»
    pytest.param("وتابع الوزير [[سعد الخالدي|PER]] البرامج، وزار المرضى المنومين في [[مستشفى النور التخصصي|ORG]]، "
                 "ووزع الهدايا عليهم، كما التقى بمنسوبي المستشفى العاملين خلال العيد.", "التقى",
                 {"location": ["مستشفى النور التخصصي"]}, id="place_visited_with_in_before_also_met"),
    # decision 192: «X الذي يصل إلى Y اليوم للمشاركة في اجتماعات ORG» → location Y
    pytest.param("ودعت المنظمة وزير الخارجية [[جون هاريس|PER]] الذي يصل إلى [[مانيلا|LOC]] اليوم للمشاركة في اجتماعات "
                 "[[رابطة الدول المطلة على المحيط|ORG]] إلى إثارة القضية.", "اجتماعات",
                 {"location": ["مانيلا"]}, id="place_a_participant_arrives_at_to_take_part"),
    # decisions 36, 192: «زيارة الأمير X إلى مصر ولقائه الرئيس Y»: the meeting during the visit is held at its place
    pytest.param("بدأت تظهر نتائج زيارة الأمير [[فيصل بن خالد|PER]] إلى [[تونس|LOC]] ولقائه الرئيس "
                 "[[منصف الحامدي|PER]] قبل أسبوع.", "لقائه",
                 {"location": ["تونس"]}, id="meeting_joined_to_a_visit_is_held_at_its_place"),
])
def test_meeting_slots(frames, text, trigger, expected):
    slots = _meeting(frames(text, "meeting"), trigger)
    for slot, value in expected.items():  # each slot checked as before: its exact value, or absent
        if value is ABSENT:
            assert slot not in slots
        else:
            assert slots[slot] == value
