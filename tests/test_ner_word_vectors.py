"""The NER model's word channel (pipeline/ner/word_vectors.py): static vectors trained on raw text, looked up per
word, through a small MLP added to the encoder's logits; saved as safetensors + JSON, reloaded, souped."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from safetensors import safe_open

from pipeline.io.jsonl import read_jsonl
from pipeline.ner.model import TokenClassifier
from pipeline.ner.word_vectors import WithWordChannel, WordChannel, save_vectors, vector_key
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training.train import TrainConfig, predict_docs, train
from tests.test_ner import corpus, tiny_checkpoint  # noqa: F401  (the module fixture and the tiny encoder)


@pytest.fixture(scope="module")
def vectors(tmp_path_factory, corpus):  # noqa: F811
    """Random unit vectors for the corpus words (what train_word_vectors.py writes, without gensim)."""
    tok = ArabicTokenizer()
    vocab = sorted({vector_key(d["text"][s:e]) for d in read_jsonl(corpus / "train.jsonl") for s, e in tok.spans(d["text"])})
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(len(vocab), 8)).astype(np.float32)
    folder = tmp_path_factory.mktemp("vectors")
    save_vectors(folder, vocab, matrix / np.linalg.norm(matrix, axis=1, keepdims=True), {"dim": 8})
    return folder


def test_vector_key_reads_words_as_the_model_does():
    assert vector_key("نائـــب") == vector_key("نائب")          # tatweel
    assert vector_key("أحمد") == vector_key("احمد")             # alef forms
    assert vector_key("ﻣﺤﻤﺪ") == vector_key("محمد")              # presentation forms (NFKC)
    assert vector_key("مُحَمَّد") == vector_key("محمد")             # diacritics


def test_word_index_gives_each_subword_its_word_and_neighbours(vectors):
    channel = WordChannel.from_vectors(vectors, num_labels=3)
    known = channel.vocab[:2]
    rows = channel.word_index([known[0], "كلمةمجهولة", known[1]], [None, 0, 0, 1, 2, None])
    a, b = channel.index[known[0]], channel.index[known[1]]
    assert rows == [[0, 0, 0], [0, a, 0], [0, a, 0], [a, 0, b], [0, b, 0], [0, 0, 0]]  # unknown and edges: row 0
    assert not channel(torch.tensor([rows])).any()  # the last layer starts at zero: the encoder alone at first
    assert not channel.table.weight.requires_grad and not channel.table.weight[0].any()


def test_train_with_vectors_saves_reloads_and_keeps_the_table(tmp_path, corpus, vectors):  # noqa: F811
    out = tmp_path / "ner"
    cfg = TrainConfig(base_model=str(tiny_checkpoint(tmp_path / "base")), epochs=8, batch_size=8, lr=5e-3,
                      patience=20, max_minutes=2, word_vectors=str(vectors), half=True)
    results = train([corpus / "train.jsonl"], out, cfg, dev_paths=[corpus / "dev.jsonl"])
    assert results["dev"]["span"]["micro"]["f1"] > 0.5
    assert not list(out.glob("*.bin")) and not list(out.glob("*.pt")) and not list(out.glob("*.pkl"))
    meta = json.loads((out / "word_channel.json").read_text())
    assert meta["meta"]["vectors"] == str(vectors) and meta["vocab"] == json.loads((vectors / "vectors.json").read_text())["vocab"]
    with safe_open(str(out / "word_channel.safetensors"), "pt") as f:
        saved = f.get_tensor("table.weight").float()
        assert f.get_tensor("mlp.2.weight").abs().sum() > 0  # the MLP learned something
    with safe_open(str(vectors / "vectors.safetensors"), "pt") as f:
        assert torch.equal(saved[1:], f.get_tensor("vectors").float())  # frozen: the table is the one given

    clf = TokenClassifier.load(out)
    assert isinstance(clf.model, WithWordChannel)
    docs = read_jsonl(corpus / "dev.jsonl")
    first = predict_docs(clf, docs, ArabicTokenizer())
    assert first == predict_docs(TokenClassifier.load(out), docs, ArabicTokenizer())
    assert any(d["entities"] for d in first)
    assert json.loads((out / "training_config.json").read_text())["word_vectors"] == str(vectors)


def test_a_soup_averages_the_channel_and_refuses_mixed_members(tmp_path, corpus, vectors):  # noqa: F811
    from safetensors.torch import load_file

    from pipeline.training.ensemble import build_ensemble, build_soup

    base = tiny_checkpoint(tmp_path / "base")
    for name, epochs, vec in (("a", 3, str(vectors)), ("b", 2, str(vectors)), ("plain", 2, "")):
        cfg = TrainConfig(base_model=str(base), epochs=epochs, batch_size=8, lr=5e-3, seed=1, max_minutes=1,
                          word_vectors=vec)
        train([corpus / "train.jsonl"], tmp_path / name, cfg, dev_paths=[corpus / "dev.jsonl"])
    soup = build_soup([tmp_path / "a", tmp_path / "b"], tmp_path / "soup")
    a, b, mean = (load_file(str(d / "word_channel.safetensors")) for d in (tmp_path / "a", tmp_path / "b", soup))
    assert not torch.equal(a["mlp.0.weight"], b["mlp.0.weight"])
    assert torch.allclose(mean["mlp.0.weight"], (a["mlp.0.weight"] + b["mlp.0.weight"]) / 2, atol=1e-6)
    assert torch.equal(mean["table.weight"], a["table.weight"])
    assert len(TokenClassifier.load(soup).predict([["زار", "دانج", "شوان"]])[0]) == 3

    with pytest.raises(ValueError, match="word channel differs"):
        build_soup([tmp_path / "a", tmp_path / "plain"], tmp_path / "bad")
    with pytest.raises(ValueError, match="soup, not an ensemble"):
        build_ensemble([tmp_path / "a", tmp_path / "b"], tmp_path / "bad")
    assert not (tmp_path / "bad").exists()


def test_train_word_vectors_script_writes_a_table_and_refuses_to_overwrite(tmp_path, monkeypatch, corpus):  # noqa: F811
    """fastText on a small raw corpus: frequent keys plus every word of --include get a unit vector; an --out
    that already holds vectors is refused, not replaced."""
    import gzip
    import sys

    from tests.conftest import load_script

    raw = tmp_path / "raw.jsonl.gz"
    sentence = "زار الوزير مدينة الرياض أمس وقال إن الزيارة ناجحة"
    raw.write_bytes(gzip.compress((json.dumps({"text": sentence + "."}, ensure_ascii=False) + "\n").encode() * 30))
    out = tmp_path / "vec"
    script = load_script("train_word_vectors")
    argv = ["x", "--corpus", str(raw), "--out", str(out), "--dim", "8", "--epochs", "1", "--workers", "1",
            "--include", str(corpus / "train.jsonl")]
    monkeypatch.setattr(sys, "argv", argv)
    script.main()
    meta = json.loads((out / "vectors.json").read_text())
    assert set(meta["vocab"][:9]) == {vector_key(w) for w in sentence.split()}  # the raw text's words first
    assert vector_key("هوانغ") in meta["vocab"]  # a word of --include alone
    with safe_open(str(out / "vectors.safetensors"), "pt") as f:
        table = f.get_tensor("vectors").float()
    assert table.shape == (len(meta["vocab"]), 8)
    assert torch.allclose(table.norm(dim=1), torch.ones(len(table)), atol=1e-2)
    with pytest.raises(SystemExit, match="already holds vectors"):
        script.main()
