"""holds_title and title_of of the twenty-fourth real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions
49, 160, 177, 219): a supervisor's body after «على»; a body introduced by «ما يسمى بـ»; other diplomatic posts
(«مندوب/سفيرة + sending country + لدى/ب + host») and «سفير X بـY»; the chain before a name over «على»,
«ما يسمى بـ» and a representative's «عن»; the abbreviated style «أ.»/«أ.د» and «الكابتن» before a name.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, title, body", [
    ("وقال [[المشرف العام|TITLE]] على [[مركز الرعاية النهارية|ORG]] إن البرنامج يبدأ غدا.",
     "المشرف العام", "مركز الرعاية النهارية"),
    ("وأوضح [[المشرف|TITLE]] على \"[[برنامج رعاية الموهوبين|ORG]]\" أن التسجيل مفتوح.",
     "المشرف", "برنامج رعاية الموهوبين"),
    ("وبين [[المشرف العام|TITLE]] على شبكة “[[منارة المعرفة|ORG]]” أن الموقع تحدث.",
     "المشرف العام", "منارة المعرفة"),
])
def test_supervisor_heads_the_body_after_ala(rels, text, title, body):
    # §4: title_of links a TITLE to the body it heads; a supervisor's body follows «على»
    assert ("title_of", title, body) in rels(text)


def test_ala_after_another_title_gives_no_title_of(rels):
    # only a supervisor heads what follows «على»: «رد المدير على الهيئة» is no post in it
    got = rels("ورد [[المدير|TITLE]] على [[هيئة الرقابة|ORG]] في بيان.")
    assert ("title_of", "المدير", "هيئة الرقابة") not in got


@pytest.mark.parametrize("text, title, body", [
    ("وقال [[رئيس|TITLE]] ما يسمى بـ\"[[المجلس الثوري الأعلى|ORG]]\" إن المفاوضات توقفت.",
     "رئيس", "المجلس الثوري الأعلى"),
    ("وقتل [[قاضي|TITLE]] ما يعرف ب[[المحكمة الشرعية للولاية|ORG]] في الغارة.", "قاضي", "المحكمة الشرعية للولاية"),
])
def test_title_of_a_so_called_body(rels, text, title, body):
    assert ("title_of", title, body) in rels(text)


@pytest.mark.parametrize("text, title, host", [
    ("وقال [[مندوب|TITLE]] [[الأردن|LOC]] لدى [[الأمم المتحدة|ORG]] إن المشروع قدم.", "مندوب", "الأمم المتحدة"),
    ("وعبرت [[سفيرة|TITLE]] [[الكويت|LOC]] لدى [[كندا|LOC]] عن شكرها.", "سفيرة", "كندا"),
    ("وقال [[نائب مندوب|TITLE]] [[تونس|LOC]] لدى [[الأمم المتحدة|ORG]] إن الوفد وصل.", "نائب مندوب", "الأمم المتحدة"),
    ("وحضر [[سفير|TITLE]] [[اليمن|LOC]] ب[[كينيا|LOC]] الحفل.", "سفير", "كينيا"),
])
def test_diplomatic_post_links_to_host(rels, text, title, host):
    # decisions 160, 177: post + sending-country LOC + في/لدى/ب + host → title_of to both
    got = rels(text)
    assert ("title_of", title, host) in got


def test_diplomatic_post_with_pronoun_has_no_host(rels):
    # decision 160: «سفيرها لدى X» gets no title_of
    got = rels("واستدعت الحكومة [[سفيرها|TITLE]] لدى [[كندا|LOC]] للتشاور.")
    assert ("title_of", "سفيرها", "كندا") not in got


@pytest.mark.parametrize("text, per, title", [
    ("وأكد [[المشرف العام|TITLE]] على [[مركز الرعاية النهارية|ORG]] الدكتور [[سالم العتيبي|PER]] أن العمل بدأ.",
     "سالم العتيبي", "المشرف العام"),
    ("ومن هؤلاء [[رئيس|TITLE]] ما يسمى بـ\"[[المجلس الثوري الأعلى|ORG]]\"، [[حامد الشامي|PER]].",
     "حامد الشامي", "رئيس"),
    ("وقالت [[النائبة|TITLE]] عن [[حزب الأمل|ORG]] [[ليلى حسن|PER]] إن القانون سيعدل.", "ليلى حسن", "النائبة"),
    ("وقال [[السناتور|TITLE]] عن [[أوهايو|LOC]] [[جون سميث|PER]] إنه سيصوت.", "جون سميث", "السناتور"),
])
def test_chain_before_name_over_the_body_link(rels, text, per, title):
    # §4: holds_title links a PER to every title of its appositive chain, the body the title heads included
    assert ("holds_title", per, title) in rels(text)


@pytest.mark.parametrize("text, per, title", [
    ("وقال [[المدير التنفيذي|TITLE]] للمهرجان أ. [[فهد السالم|PER]] إن الحضور كبير.", "فهد السالم", "المدير التنفيذي"),
    ("وقال [[أستاذ الطب النفسي|TITLE]] أ.د [[خالد العمر|PER]] إن الدراسة نشرت.", "خالد العمر", "أستاذ الطب النفسي"),
    ("وشكر الجمهور [[مدرب الفريق|TITLE]] كابتن [[ماجد|PER]] على جهوده.", "ماجد", "مدرب الفريق"),
])
def test_abbreviated_and_captain_styles_before_name(rels, text, per, title):
    # decisions 49, 219: «الكابتن» is a style outside the PER; «أ.»/«أ.د» abbreviate «الأستاذ»/«أستاذ دكتور»
    assert ("holds_title", per, title) in rels(text)


def test_diplomatic_post_with_pronoun_is_still_held(rels):
    # decision 160 removes only the title_of; the holder's chain keeps the post
    got = rels("واستقبل الوزير [[سفيرها|TITLE]] [[أحمد الراشد|PER]] أمس.")
    assert ("holds_title", "أحمد الراشد", "سفيرها") in got
