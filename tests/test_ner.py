from __future__ import annotations

import json
import math

import pytest
import torch

from pipeline.ner.model import TokenClassifier
from pipeline.training.train import IGNORE, TrainConfig, align_labels, partial_label_loss, predict_docs, train

SENTENCES = [
    ("ترأس ", ("نائب رئيس", "TITLE"), " ", ("اللجنة الشعبية الإقليمية", "ORG"), " ", ("هوانغ نام", "PER"),
     " المؤتمر في ", ("مقاطعة لاو كاي", "LOC"), "."),
    ("وحضر ", ("العقيد", "TITLE"), " ", ("لي في هونغ", "PER"), " من ", ("الشرطة الإقليمية", "ORG"), "."),
    ("زار ", ("دانج شوان فونج", "PER"), " ", ("بلدية تري كوانغ", "LOC"), " أمس."),
]


def make_doc(i: int, parts) -> dict:
    text, ents = "", []
    for part in parts:
        if isinstance(part, tuple):
            ents.append({"id": f"e{len(ents) + 1}", "start": len(text), "end": len(text) + len(part[0]), "label": part[1]})
            text += part[0]
        else:
            text += part
    return {"id": f"d{i}", "text": text, "entities": ents, "numbers": [], "relations": [], "frames": []}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    docs = [make_doc(i, SENTENCES[i % 3]) for i in range(24)]
    (folder / "train.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    (folder / "dev.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs[:3]), encoding="utf-8")
    return folder


def tiny_checkpoint(folder, arch: str = "bert"):
    """A random, tiny Hugging Face checkpoint with a WordPiece vocabulary built from the test sentences."""
    from transformers import BertConfig, BertForMaskedLM, DistilBertConfig, DistilBertForMaskedLM

    from pipeline.training.pretrain import train_wordpiece, word_lists
    from pipeline.text.tokenizer import ArabicTokenizer

    texts = [make_doc(i, s)["text"] for i, s in enumerate(SENTENCES)] * 5
    tok = train_wordpiece(word_lists(texts, ArabicTokenizer()), 200, folder)
    torch.manual_seed(0)
    if arch == "bert":
        model = BertForMaskedLM(BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=1,
                                           num_attention_heads=2, intermediate_size=64, max_position_embeddings=64))
    else:
        model = DistilBertForMaskedLM(DistilBertConfig(vocab_size=tok.vocab_size, dim=32, n_layers=1, n_heads=2,
                                                       hidden_dim=64, max_position_embeddings=64))
    model.save_pretrained(str(folder))
    return folder


def test_align_labels_first_subword_and_all_subwords():
    word_ids = [None, 0, 0, 1, 2, 2, 2, None]
    assert align_labels(word_ids, [1, 0, 3]) == [IGNORE, 1, IGNORE, 0, 3, IGNORE, IGNORE, IGNORE]
    assert align_labels(word_ids, [1, 0, 3], label_all_subwords=True, inside_of={1: 2, 3: 4}) == [
        IGNORE, 1, 2, 0, 3, 4, 4, IGNORE]


def test_partial_label_loss_sums_over_missing_label():
    logits = torch.tensor([[[1.0, 0.5, 0.2, 2.0, 0.1]]])  # O, B-PER, I-PER, B-TITLE, I-TITLE
    labels = torch.tensor([[0]])
    p = logits.softmax(-1)[0, 0]
    plain = partial_label_loss(logits, labels, torch.tensor([[0, 0, 0, 0, 0]], dtype=torch.bool))
    lacking = partial_label_loss(logits, labels, torch.tensor([[0, 0, 0, 1, 1]], dtype=torch.bool))
    assert plain.item() == pytest.approx(-math.log(p[0]), rel=1e-5)
    assert lacking.item() == pytest.approx(-math.log(p[0] + p[3] + p[4]), rel=1e-5)


def test_train_save_reload_predicts_identically(tmp_path, corpus):
    base = tiny_checkpoint(tmp_path / "base")
    out = tmp_path / "ner"
    cfg = TrainConfig(base_model=str(base), epochs=12, batch_size=8, lr=5e-3, patience=20, max_minutes=2)
    results = train([corpus / "train.jsonl"], out, cfg, dev_paths=[corpus / "dev.jsonl"])
    assert results["dev"]["span"]["micro"]["f1"] > 0.5  # the tiny model learns the repeated sentences
    for name in ("model.safetensors", "config.json", "tokenizer.json", "training_config.json", "README.md"):
        assert (out / name).exists(), name
    assert not list(out.glob("*.bin")) and not list(out.glob("*.pt"))
    config = json.loads((out / "config.json").read_text())
    assert config["id2label"]["0"] == "O" and "B-TITLE" in config["label2id"]

    from pipeline.io.jsonl import read_jsonl
    from pipeline.text.tokenizer import ArabicTokenizer

    docs = read_jsonl(corpus / "dev.jsonl")
    words = [[d["text"][s:e] for s, e in ArabicTokenizer().spans(d["text"])] for d in docs]
    again = TokenClassifier.load(out)
    assert again.predict(words) == TokenClassifier.load(out).predict(words)
    preds = predict_docs(again, docs, ArabicTokenizer())
    for doc in preds:
        assert all(doc["text"][e["start"]:e["end"]].strip() for e in doc["entities"])

    import pipeline
    from pipeline.nlp import to_json

    nlp = pipeline.load(str(out))
    doc = nlp(docs[0]["text"])
    line = to_json(doc, "x")
    assert [(e["start"], e["end"], e["label"]) for e in line["entities"]] == [
        (e["start"], e["end"], e["label"]) for e in preds[0]["entities"]]


def test_foreign_checkpoint_and_conll_input(tmp_path, corpus):
    base = tiny_checkpoint(tmp_path / "distil", arch="distilbert")
    conll = tmp_path / "anercorp_like.txt"
    conll.write_text("زار O\nدانج B-PERS\nشوان I-PERS\nفونج I-PERS\nلاو B-LOC\nكاي I-LOC\n. O\n\n"
                     "اتحاد B-ORG\nالشباب I-ORG\nفي O\nهانوي B-LOC\n. O\n\n", encoding="utf-8")
    cfg = TrainConfig(base_model=str(base), epochs=1, batch_size=4, max_minutes=1)
    results = train([corpus / "train.jsonl", conll], tmp_path / "out", cfg, dev_paths=[corpus / "dev.jsonl"])
    assert json.loads((tmp_path / "out" / "config.json").read_text())["model_type"] == "distilbert"
    assert set(results["dev"]["span"]) >= {"micro"}


def test_a_token_classifier_with_other_labels_is_a_base_model(tmp_path, corpus):
    """Intermediate fine-tuning: a PER/LOC/ORG model (ANERcorp) is the start point for the four domain labels."""
    conll = tmp_path / "aner.txt"
    conll.write_text("زار O\nدانج B-PERS\nشوان I-PERS\nفونج I-PERS\nلاو B-LOC\nكاي I-LOC\n. O\n\n" * 4, encoding="utf-8")
    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "base")), epochs=1, batch_size=4, max_minutes=1)
    train([conll], tmp_path / "aner", cfg, dev_fraction=0.25)
    first = json.loads((tmp_path / "aner" / "config.json").read_text())
    assert "B-TITLE" not in first["label2id"]
    cfg = TrainConfig(base_model=str(tmp_path / "aner"), epochs=1, batch_size=4, max_minutes=1)
    train([corpus / "train.jsonl"], tmp_path / "domain", cfg, dev_paths=[corpus / "dev.jsonl"])
    clf = TokenClassifier.load(tmp_path / "domain")
    assert len(clf.model.config.id2label) == 9 and clf.model.classifier.out_features == 9


def test_a_half_precision_model_fine_tunes_in_float32(tmp_path, corpus):
    """Continued fine-tuning from a shipped model (stored in float16) trains in float32, not NaN."""
    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "b")), epochs=1, batch_size=8, max_minutes=1, half=True)
    train([corpus / "train.jsonl"], tmp_path / "half", cfg, dev_paths=[corpus / "dev.jsonl"])
    cfg = TrainConfig(base_model=str(tmp_path / "half"), epochs=2, batch_size=8, lr=5e-3, max_minutes=1)
    results = train([corpus / "train.jsonl"], tmp_path / "again", cfg, dev_paths=[corpus / "dev.jsonl"])
    params = list(TokenClassifier.load(tmp_path / "again").model.parameters())
    assert all(torch.isfinite(p).all() for p in params)
    assert results["dev"]["span"]["micro"]["f1"] > 0


def test_foreign_entities_lose_their_proclitics(tmp_path):
    from pipeline.training.train import load_docs

    path = tmp_path / "aner.txt"
    path.write_text("زار O\nوزير B-PERS\nالخارجية O\nبيروت B-LOC\nوإسرائيل B-LOC\n. O\n\n", encoding="utf-8")
    (doc,) = load_docs(path)
    assert "tokens" not in doc
    assert [doc["text"][e["start"]:e["end"]] for e in doc["entities"]] == ["وزير", "بيروت", "إسرائيل"]


def test_labels_come_from_the_corpora():
    from pipeline.training.data import Example
    from pipeline.training.train import label_list

    exs = [Example("d", ["لاو", "كاي"], [(0, 3), (4, 7)], ["B-LOC", "I-LOC"], missing=("TITLE",))]
    assert label_list(exs) == ["O", "B-LOC", "I-LOC"]


def _valid(path: list[str]) -> bool:
    return all(not t.startswith("I-") or (p != "O" and p[2:] == t[2:]) for p, t in zip(["O", *path], path))


def test_viterbi_is_the_best_iob2_path():
    """Brute force over every tag sequence: Viterbi returns the best one IOB2 allows."""
    import itertools

    import numpy as np

    from pipeline.ner.model import iob2_transitions, viterbi

    labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    start, trans = iob2_transitions(labels)
    rng = np.random.default_rng(0)
    for _ in range(50):
        scores = np.log(rng.dirichlet(np.ones(len(labels)), size=4))
        best = max((p for p in itertools.product(range(len(labels)), repeat=4) if _valid([labels[i] for i in p])),
                   key=lambda p: sum(scores[k, i] for k, i in enumerate(p)))
        assert viterbi(scores, start, trans) == list(best)
    # a stray I-PER after O (the argmax) becomes a whole entity when that is the better valid path
    scores = np.log(np.array([[0.6, 0.35, 0.01, 0.02, 0.02], [0.05, 0.02, 0.9, 0.02, 0.01]]))
    assert [labels[i] for i in viterbi(scores, start, trans)] == ["B-PER", "I-PER"]


def test_ensemble_averages_members_and_checks_they_fit(tmp_path, corpus):
    from safetensors import safe_open

    from pipeline.io.jsonl import read_jsonl
    from pipeline.training.ensemble import build_ensemble
    from pipeline.text.tokenizer import ArabicTokenizer

    base = tiny_checkpoint(tmp_path / "base")
    for seed in (1, 2):
        cfg = TrainConfig(base_model=str(base), epochs=3, batch_size=8, lr=5e-3, seed=seed, max_minutes=1)
        train([corpus / "train.jsonl"], tmp_path / f"m{seed}", cfg, dev_paths=[corpus / "dev.jsonl"])
    docs = read_jsonl(corpus / "dev.jsonl")
    words = [[d["text"][s:e] for s, e in ArabicTokenizer().spans(d["text"])] for d in docs]

    twice = build_ensemble([tmp_path / "m1", tmp_path / "m1"], tmp_path / "twice")
    assert TokenClassifier.load(twice).predict(words) == TokenClassifier.load(tmp_path / "m1").predict(words)

    both = build_ensemble([tmp_path / "m1", tmp_path / "m2"], tmp_path / "both", half=True)
    member = next((both / "members").glob("*/model.safetensors"))
    with safe_open(str(member), "pt") as fh:
        assert {str(fh.get_tensor(k).dtype) for k in fh.keys()} == {"torch.float16"}
    assert len(TokenClassifier.load(both).predict(words)) == len(words)
    alone = TokenClassifier.load(next((both / "members").glob("1-*")))  # a member is a model of its own
    assert next(alone.model.parameters()).dtype == torch.float32 and len(alone.predict(words)) == len(words)

    import pipeline

    nlp = pipeline.load(str(both))
    assert "arabic_ner" in nlp.pipe_names and nlp(docs[0]["text"]).text == docs[0]["text"]

    conll = tmp_path / "aner.txt"
    conll.write_text("زار O\nدانج B-PERS\nشوان I-PERS\nلاو B-LOC\nكاي I-LOC\n. O\n\n" * 4, encoding="utf-8")
    train([conll], tmp_path / "other", TrainConfig(base_model=str(base), epochs=1, max_minutes=1), dev_fraction=0.25)
    with pytest.raises(ValueError, match="other: its labels differ"):
        build_ensemble([tmp_path / "m1", tmp_path / "other"], tmp_path / "bad")


def test_a_soup_is_the_mean_of_its_members_weights_and_refuses_other_starts(tmp_path, corpus):
    from safetensors.torch import load_file

    from pipeline.cli import main
    from pipeline.io.jsonl import read_jsonl
    from pipeline.text.tokenizer import ArabicTokenizer
    from pipeline.training.ensemble import build_soup, rewrite_card
    from pipeline.training.train import score

    base = tiny_checkpoint(tmp_path / "base")
    for name, seed, epochs in (("a", 1, 3), ("b", 1, 2), ("c", 2, 2)):
        cfg = TrainConfig(base_model=str(base), epochs=epochs, batch_size=8, lr=5e-3, seed=seed, max_minutes=1)
        train([corpus / "train.jsonl"], tmp_path / name, cfg, dev_paths=[corpus / "dev.jsonl"])

    soup = build_soup([tmp_path / "a", tmp_path / "b"], tmp_path / "soup")
    a, b, mean = (load_file(str(d / "model.safetensors")) for d in (tmp_path / "a", tmp_path / "b", soup))
    name = next(k for k in mean if k.endswith("classifier.weight"))
    assert not torch.equal(a[name], b[name])
    assert torch.allclose(mean[name], (a[name] + b[name]) / 2, atol=1e-6)
    docs = json.loads((soup / "soup.json").read_text())
    assert docs["members"] == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert "NER model soup" in (soup / "README.md").read_text(encoding="utf-8")
    dev = score(TokenClassifier.load(soup), read_jsonl(corpus / "dev.jsonl"), ArabicTokenizer())
    (soup / "scores.json").write_text(json.dumps({"dev_by_file": {"dev.jsonl": dev}}))  # as scripts/model_card.py writes
    rewrite_card(soup)
    assert "### dev: dev.jsonl" in (soup / "README.md").read_text(encoding="utf-8")
    assert len(TokenClassifier.load(soup).predict([["زار", "دانج", "شوان"]])[0]) == 3  # a plain model directory

    # the shipped soup souped again with a new run: its card still names the inner members and their data
    again = build_soup([soup, tmp_path / "b"], tmp_path / "again")
    nested = json.loads((again / "soup.json").read_text())["data"][str(soup)]
    assert nested[0] == "- a soup of 2 members (uniform mean of the members' weights):"
    card = (again / "README.md").read_text(encoding="utf-8")
    inner_a = card.split(f"`{tmp_path / 'a'}`:")[1].split(f"`{tmp_path / 'b'}`")[0]
    assert "- fine-tuned on: " in inner_a and "train.jsonl" in inner_a

    with pytest.raises(ValueError, match="another base model or seed"):  # another seed: another head
        build_soup([tmp_path / "a", tmp_path / "c"], tmp_path / "bad")
    assert not (tmp_path / "bad").exists()
    assert main(["soup", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "a"), "--overwrite"]) == 2


def test_a_soup_takes_a_model_and_its_continued_fine_tune(tmp_path, corpus):
    """WiSE-FT: a member fine-tuned further from another member shares its basin; a stranger still does not."""
    from safetensors.torch import load_file

    from pipeline.training.ensemble import build_soup

    base = tiny_checkpoint(tmp_path / "base")
    for name, start, seed in (("a", base, 1), ("c", base, 2), ("a2", tmp_path / "a", 7)):
        cfg = TrainConfig(base_model=str(start), epochs=2, batch_size=8, lr=5e-3, seed=seed, max_minutes=1)
        train([corpus / "train.jsonl"], tmp_path / name, cfg, dev_paths=[corpus / "dev.jsonl"])
    soup = build_soup([tmp_path / "a", tmp_path / "a2"], tmp_path / "wise")
    a, a2, mean = (load_file(str(d / "model.safetensors")) for d in (tmp_path / "a", tmp_path / "a2", soup))
    name = next(k for k in mean if k.endswith("classifier.weight"))
    assert not torch.equal(a[name], a2[name]) and torch.allclose(mean[name], (a[name] + a2[name]) / 2, atol=1e-6)
    with pytest.raises(ValueError, match="another base model or seed"):
        build_soup([tmp_path / "a", tmp_path / "a2", tmp_path / "c"], tmp_path / "bad")
    with pytest.raises(ValueError, match="another base model or seed"):
        build_soup([tmp_path / "a2", tmp_path / "c"], tmp_path / "bad")


def test_corpus_weights_set_each_epochs_share():
    import random

    from pipeline.training.train import epoch_order

    big, small = list(range(100)), list(range(100, 110))
    first = epoch_order([big, small], [0.25, 2.0], random.Random(1))
    assert len(first) == 25 + 20 and sorted(first)[-20:] == sorted(small * 2)
    second = epoch_order([big, small], [0.25, 2.0], random.Random(2))
    assert {i for i in first if i < 100} != {i for i in second if i < 100}  # a fresh quarter each epoch


def test_weights_must_match_the_train_files(tmp_path, corpus):
    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "b")), epochs=1, weights=[1.0, 0.5])
    with pytest.raises(ValueError, match="one positive number per --train file"):
        train([corpus / "train.jsonl"], tmp_path / "out", cfg)


def test_dev_sets_are_averaged_and_unannotated_labels_ignored(tmp_path, corpus):
    """Two dev files: the early-stopping figure is their mean; a TITLE predicted on a corpus
    without TITLE (ANERcorp-like) is not a false positive."""
    from pipeline.training.train import only_annotated

    gold = [{"id": "a", "text": "x y", "entities": [{"id": "e1", "start": 0, "end": 1, "label": "PER"}]}]
    pred = [{"id": "a", "text": "x y", "entities": [{"id": "e1", "start": 0, "end": 1, "label": "PER"},
                                                    {"id": "e2", "start": 2, "end": 3, "label": "TITLE"}]}]
    assert [e["label"] for e in only_annotated(gold, pred)[0]["entities"]] == ["PER"]
    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "b")), epochs=1, batch_size=8, max_minutes=1)
    results = train([corpus / "train.jsonl"], tmp_path / "out", cfg,
                    dev_paths=[corpus / "dev.jsonl", corpus / "dev.jsonl"])
    assert results["dev_files"] == [str(corpus / "dev.jsonl")] * 2
    assert results["history"][0]["dev_span_f1"] == round(results["dev"]["span"]["micro"]["f1"], 4)


def test_half_stores_float16_and_loads_as_float32(tmp_path, corpus):
    from safetensors import safe_open

    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "b")), epochs=1, batch_size=8, max_minutes=1, half=True)
    train([corpus / "train.jsonl"], tmp_path / "out", cfg, dev_paths=[corpus / "dev.jsonl"])
    with safe_open(str(tmp_path / "out" / "model.safetensors"), "pt") as f:
        assert {str(f.get_tensor(k).dtype) for k in f.keys()} == {"torch.float16"}
    assert next(TokenClassifier.load(tmp_path / "out").model.parameters()).dtype == torch.float32
