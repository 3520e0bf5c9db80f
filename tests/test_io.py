from __future__ import annotations

import json

import pytest

from pipeline.io.conll import read_conll, write_conll
from pipeline.io.jsonl import DocumentError, read_jsonl, validate_file, write_jsonl
from pipeline.io.markup import MarkupErrors, parse_markup
from pipeline.schema import validate_document

TEXT = "ترأس نائب رئيس اللجنة الشعبية الإقليمية هوانغ نام مؤتمرا."


def good_doc() -> dict:
    return {"id": "d1", "text": TEXT,
            "entities": [{"id": "e1", "start": 5, "end": 14, "label": "TITLE"},
                         {"id": "e2", "start": 15, "end": 39, "label": "ORG"},
                         {"id": "e3", "start": 40, "end": 49, "label": "PER"}],
            "numbers": [], "relations": [{"type": "holds_title", "head": "e3", "tail": "e1"}],
            "frames": [{"type": "meeting", "trigger": [50, 56], "slots": {"chair": ["e3"]}}]}


def write_lines(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_valid_document_round_trips(tmp_path):
    path = tmp_path / "x.jsonl"
    write_jsonl([good_doc()], path)
    assert read_jsonl(path) == [good_doc()]
    assert validate_document(good_doc()) == []


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.pop("text"), "missing field 'text'"),
    (lambda d: d["entities"][0].pop("label"), "missing field(s) label"),
    (lambda d: d["entities"][0].update(end=999), "out of range"),
    (lambda d: d["entities"][0].update(surface="رئيس"), "surface 'رئيس' != text[5:14]"),
    (lambda d: d["entities"][1].update(start=10), "overlap"),
    (lambda d: d["entities"][0].update(label="MISC"), "unknown label 'MISC'"),
    (lambda d: d["relations"][0].update(tail="e9"), "tail 'e9' is not an entity id"),
    (lambda d: d["relations"][0].update(tail="e2"), "holds_title tail must be TITLE, but e2 is ORG"),
    (lambda d: d["frames"][0]["slots"].update(chair=["e7"]), "'e7' is not an entity or number id"),
    (lambda d: d["frames"][0]["slots"].update(winner=["e3"]), "unknown slot 'winner'"),
    (lambda d: d["numbers"].append({"id": "n1", "start": 0, "end": 4, "type": "count", "value": 1, "baseline": "٢٠٢٢"}),
     "year in ASCII digits"),
])
def test_validation_names_file_line_and_problem(tmp_path, mutate, message):
    bad = good_doc()
    mutate(bad)
    path = write_lines(tmp_path, [json.dumps(good_doc(), ensure_ascii=False), json.dumps(bad, ensure_ascii=False)])
    good, errors = validate_file(path)
    assert good == 1 and len(errors) == 1
    assert errors[0].line == 2 and str(errors[0]).startswith(f"{path}:2: ")
    assert message in errors[0].message


def test_invalid_json_and_duplicate_ids(tmp_path):
    path = write_lines(tmp_path, [json.dumps(good_doc()), "{not json", json.dumps(good_doc())])
    good, errors = validate_file(path)
    assert good == 1
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [(2, "invalid JSON"), (3, "duplicate document id 'd1' (first on line 1)")]
    with pytest.raises(DocumentError, match=r"gold.jsonl:2: invalid JSON"):
        read_jsonl(path)


MARKUP = """# id: m1
# annotator: test
ترأس [[نائب رئيس|TITLE#t1]] [[اللجنة الشعبية الإقليمية|ORG#o1]] [[هوانغ نام|PER#p1]] <<مؤتمرا#m1>>.
وانخفضت <<الجرائم#s1>> بنسبة {{7.1٪|percent#n1 value=7.1 change=decrease baseline=2022 subject=s1}} و[[لجنة الحزب|ORG]].
=====
rel holds_title p1 t1   # a comment
rel title_of t1 o1
frame meeting trigger=m1 chair=p1 organizer=o1
"""


def test_markup_converts_to_offsets():
    doc = parse_markup(MARKUP)
    text = doc["text"]
    assert text.startswith("ترأس نائب رئيس") and "[[" not in text and "{{" not in text
    assert [(text[e["start"]:e["end"]], e["label"]) for e in doc["entities"]] == [
        ("نائب رئيس", "TITLE"), ("اللجنة الشعبية الإقليمية", "ORG"), ("هوانغ نام", "PER"), ("لجنة الحزب", "ORG")]
    (num,) = doc["numbers"]
    assert text[num["start"]:num["end"]] == "7.1٪" and num["value"] == 7.1 and num["qualifier"] == "eq"
    assert text[slice(*num["subject"])] == "الجرائم"
    assert doc["relations"] == [{"type": "holds_title", "head": "e3", "tail": "e1"},
                                {"type": "title_of", "head": "e1", "tail": "e2"}]
    assert doc["frames"] == [{"type": "meeting", "trigger": [50, 56], "slots": {"chair": ["e3"], "organizer": ["e2"]}}]
    assert validate_document(doc) == []


def test_markup_errors_carry_file_lines():
    bad = MARKUP.replace("[[هوانغ نام|PER#p1]]", "[[هوانغ نام|PER#p1]").replace("rel title_of t1 o1", "rel title_of t1 zz")
    with pytest.raises(MarkupErrors) as info:
        parse_markup(bad, "a.ann")
    messages = [str(e) for e in info.value.errors]
    assert "a.ann:3: entity span opened here is not closed on its line" in messages
    assert "a.ann:7: relation tail: no span is named 'zz'" in messages


def test_markup_checks_seed_text(tmp_path):
    (tmp_path / "m1.txt").write_text("something else", encoding="utf-8")
    with pytest.raises(MarkupErrors, match="text differs"):
        parse_markup(MARKUP, "m1.ann", seeds_dir=tmp_path)


def test_conll_round_trip(tmp_path, tokenizer):
    doc = good_doc()
    path = tmp_path / "x.conll"
    write_conll([doc], path, tokenizer.spans, tokenizer.sentence_starts)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == ["ترأس O", "نائب B-TITLE", "رئيس I-TITLE", "اللجنة B-ORG"]
    (back,) = read_conll(path)
    spans = [(back["text"][e["start"]:e["end"]], e["label"]) for e in back["entities"]]
    assert spans == [(TEXT[e["start"]:e["end"]], e["label"]) for e in doc["entities"]]
    path2 = tmp_path / "y.conll"
    write_conll([back], path2, tokenizer.spans)
    assert path2.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_conll_tag_map_and_misc(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("فرانكفورت B-LOC\nاتحاد B-ORG\nصناعة I-ORG\nكاميرون B-PERS\nالعربية B-MISC\n\nأ O\n", encoding="utf-8")
    docs = read_conll(path)
    assert len(docs) == 2
    assert [e["label"] for e in docs[0]["entities"]] == ["LOC", "ORG", "PER"]
    assert [e["label"] for e in read_conll(path, keep_misc=True)[0]["entities"]] == ["LOC", "ORG", "PER", "MISC"]
    path.write_text("كلمة\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"a.txt:1: expected 'token TAG'"):
        read_conll(path)


def test_anercorp_loads_when_present():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1].parent / "shared/data/anercorp/train.txt"
    if not path.exists():
        pytest.skip("ANERcorp is not beside the project")
    docs = read_conll(path)
    assert len(docs) == 4284
    assert {e["label"] for d in docs for e in d["entities"]} == {"PER", "LOC", "ORG"}


def _spans(doc):
    return [(doc["text"][e["start"]:e["end"]], e["label"]) for e in doc["entities"]]


def test_nested_conll_occupation_cut_before_its_body_and_place(tmp_path):
    """Wojood: OCC holds the ORG and the place after it; the project keeps TITLE + ORG + LOC."""
    path = tmp_path / "w.txt"
    path.write_text("مراسلة O\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nالعربية I-OCC I-ORG\n"
                    "في I-OCC\nنابلس I-OCC B-GPE\n$#$ O\n\n"
                    "المندوب B-OCC\nالسامي I-OCC\nفي I-OCC\nفلسطين I-OCC B-GPE\nد B-OCC\n. I-OCC\nسليم B-PERS\n"
                    "مجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\n", encoding="utf-8")
    first, second = read_conll(path)
    assert first["text"] == "مراسلة سكرتير اللجنة القومية العربية في نابلس"  # «$#$» is no word
    assert _spans(first) == [("سكرتير", "TITLE"), ("اللجنة القومية العربية", "ORG"), ("نابلس", "LOC")]
    # the preposition left by the cut goes; «د .» is a style; the outer ORG wins over the PER inside it
    assert _spans(second) == [("المندوب السامي", "TITLE"), ("فلسطين", "LOC"), ("سليم", "PER"),
                              ("مجلس الأمن ضد الأسد", "ORG")]


def test_nested_conll_same_type_inside_and_iob1_leftovers(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("بلدية B-ORG\nمدينة I-ORG B-GPE\nالبيرة I-ORG I-GPE\nو O\nعمان I-GPE\n", encoding="utf-8")
    (doc,) = read_conll(path)
    assert _spans(doc) == [("بلدية مدينة البيرة", "ORG"), ("عمان", "LOC")]


def test_foreign_corpus_proclitics_move_outside_spans(tmp_path):
    """Through the loader `arabic-ie train` uses: «وليروس» B-LOC → LOC «ليروس», the و outside."""
    from pipeline.training.train import load_docs

    path = tmp_path / "w.txt"
    path.write_text("زار O\nوزير B-OCC\nالداخلية I-OCC\nوبغداد B-GPE\nوالقاهرة B-LOC\nللجنة B-ORG\nالقومية I-ORG\n",
                    encoding="utf-8")
    (doc,) = load_docs(path)
    assert "tokens" not in doc  # re-tokenized with the project's words
    assert _spans(doc) == [("وزير الداخلية", "TITLE"), ("بغداد", "LOC"), ("القاهرة", "LOC"),
                           ("لجنة القومية", "ORG")]


def test_wojood_loads_when_present():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1].parent / "shared/data/wojood-sample/val.txt"
    if not path.exists():
        pytest.skip("the Wojood sample is not beside the project")
    docs = read_conll(path)
    assert {e["label"] for d in docs for e in d["entities"]} == {"PER", "LOC", "ORG", "TITLE"}
    for d in docs:
        ends = sorted((e["start"], e["end"]) for e in d["entities"])
        assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))  # flat
