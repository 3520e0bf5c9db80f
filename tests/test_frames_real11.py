"""Enforcement rules of the eleventh real-news pass, fitted on real-train (GUIDELINES §4, §7 decision 61: a pronoun
suspect takes its nearest preceding mention): the persons a plural pronoun object refers to («تم القبض عليهم»،
«جرى اعتقالهم») are the count before the arrest in its sentence. Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, head", [
    # the count of those the plural pronoun names, a few words before the arrest
    ("وأدين اثنان من ستة موظفين سابقين في [[الشركة الوطنية|ORG]] تم إلقاء القبض عليهم الشهر الماضي.", "ستة"),
    ("والشاب هو واحد من بين ثلاثة أشخاص على الأقل جرى اعتقالهم في المدينة خلال العام.", "ثلاثة"),
])
def test_plural_pronoun_takes_the_count_before(frames, text, head):
    got = frames(text, "enforcement")
    assert len(got) == 1 and len(got[0][2]["suspects"]) == 1 and got[0][2]["suspects"][0].startswith(head)


def test_count_after_a_preposition_is_no_suspect(frames):
    # «التحرش بفتاتين»: the count governed by the glued preposition is the victims, not those arrested
    got = frames("ضبطت الشرطة المتورطين في التحرش بفتاتين وجرى إيقافهم بعد التحقيق.", "enforcement")
    assert all("suspects" not in slots for _, _, slots in got)
