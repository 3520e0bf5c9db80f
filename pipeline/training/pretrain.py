"""Pretrain a small Arabic BERT encoder from raw text with masked language modelling, on a CPU or a lent GPU.

The subword vocabulary is trained on the project tokenizer's words, so no subword
ever crosses a word boundary that NER labels live on. Training checkpoints model
and optimizer as safetensors every few minutes and resumes from there; the result
is a standard Hugging Face directory (`AutoModel.from_pretrained(dir)` loads it)
whose config records seed, corpus hash and hyper-parameters.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, load_model, save_file, save_model

from pipeline.training.config import PretrainConfig  # noqa: F401  (defined apart: the CLI reads it without torch)
from pipeline.training.device import resolve_device
from pipeline.progress import progress, quiet_library_bars
from pipeline.text.tokenizer import ArabicTokenizer

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def corpus_texts(path: Path) -> Iterator[str]:
    """The texts of one corpus file: JSON lines (`.jsonl`, `.jsonl.gz`: SaudiNewsNet or the project's
    documents, title and text of each) or plain text (the whole file)."""
    name = path.name
    if name.endswith((".jsonl", ".jsonl.gz")):
        with (gzip.open(path, "rt", encoding="utf-8") if name.endswith(".gz") else path.open(encoding="utf-8")) as fh:
            for line in fh:
                if line.strip():
                    doc = json.loads(line)
                    yield (doc.get("title", "") + "\n" + doc.get("text", "")).strip()
    else:
        yield path.read_text(encoding="utf-8")


def sha256(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()


def word_lists(texts: Iterable[str], tokenizer: ArabicTokenizer) -> Iterator[list[str]]:
    for text in texts:
        words = [text[s:e] for s, e in tokenizer.spans(text)]
        if words:
            yield words


def train_wordpiece(word_seqs: Iterable[list[str]], vocab_size: int, out_dir: Path):
    """Train a WordPiece vocabulary on pre-split words and save it as a `BertTokenizerFast`."""
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertTokenizerFast

    wp = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=False, strip_accents=False, lowercase=False)
    wp.train_from_iterator((" ".join(ws) for ws in word_seqs), vocab_size=vocab_size, min_frequency=3,
                           special_tokens=SPECIAL_TOKENS, show_progress=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    wp.save_model(str(out_dir))
    tok = BertTokenizerFast(vocab=str(out_dir / "vocab.txt"), do_lower_case=False, strip_accents=False,
                            tokenize_chinese_chars=False)
    tok.save_pretrained(str(out_dir))
    return tok


def encode_corpus(word_seqs: Iterable[list[str]], tok, batch: int = 256) -> np.ndarray:
    """All texts as one stream of subword ids, [SEP] between texts."""
    ids: list[np.ndarray] = []
    buf: list[list[str]] = []

    def flush() -> None:
        enc = tok(buf, is_split_into_words=True, add_special_tokens=False)["input_ids"]
        for seq in enc:
            ids.append(np.asarray(seq + [tok.sep_token_id], dtype=np.uint16))
        buf.clear()

    for ws in word_seqs:
        buf.append(ws)
        if len(buf) >= batch:
            flush()
    if buf:
        flush()
    return np.concatenate(ids)


def model_config(cfg: PretrainConfig, tok):
    """The Hugging Face config of the encoder to pretrain (ModernBERT or BERT)."""
    from transformers import BertConfig, ModernBertConfig

    common = dict(vocab_size=tok.vocab_size, hidden_size=cfg.hidden_size, num_hidden_layers=cfg.num_hidden_layers,
                  num_attention_heads=cfg.num_attention_heads, intermediate_size=cfg.intermediate_size,
                  max_position_embeddings=max(256, cfg.seq_len), pad_token_id=tok.pad_token_id)
    if cfg.arch == "bert":
        return BertConfig(**common)
    if cfg.arch == "modernbert":
        return ModernBertConfig(**common, cls_token_id=tok.cls_token_id, sep_token_id=tok.sep_token_id,
                                bos_token_id=tok.cls_token_id, eos_token_id=tok.sep_token_id,
                                global_attn_every_n_layers=1, local_attention=cfg.seq_len, sparse_prediction=True,
                                attn_implementation="sdpa")
    raise ValueError(f"unknown architecture {cfg.arch!r} (bert or modernbert)")


def _mask(batch: torch.Tensor, tok, prob: float, gen: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT masking (80% [MASK], 10% random, 10% kept); returns inputs and the boolean target mask."""
    special = batch <= max(tok.all_special_ids)
    chosen = (torch.rand(batch.shape, generator=gen) < prob) & ~special
    inputs = batch.clone()
    r = torch.rand(batch.shape, generator=gen)
    inputs[chosen & (r < 0.8)] = tok.mask_token_id
    rand_pos = chosen & (r >= 0.8) & (r < 0.9)
    inputs[rand_pos] = torch.randint(len(SPECIAL_TOKENS), tok.vocab_size, (int(rand_pos.sum()),), generator=gen)
    return inputs, chosen


def _save_checkpoint(ckpt: Path, model, opt, state: dict) -> None:
    ckpt.mkdir(parents=True, exist_ok=True)
    save_model(model, str(ckpt / "model.tmp"))  # handles the tied embedding / decoder weights
    tensors, steps = {}, {}
    for i, s in opt.state_dict()["state"].items():
        for name, value in s.items():
            if name == "step":
                steps[str(i)] = float(value)
            else:
                tensors[f"{i}.{name}"] = value.contiguous()
    save_file(tensors, str(ckpt / "optimizer.tmp"))
    (ckpt / "state.tmp").write_text(json.dumps({**state, "adam_steps": steps}))
    for name in ("model", "optimizer"):  # rename last, so a kill never leaves a torn checkpoint
        (ckpt / f"{name}.tmp").replace(ckpt / f"{name}.safetensors")
    (ckpt / "state.tmp").replace(ckpt / "state.json")


def _load_checkpoint(ckpt: Path, model, opt, device: torch.device) -> dict:
    load_model(model, str(ckpt / "model.safetensors"), device=str(device))
    state = json.loads((ckpt / "state.json").read_text())
    tensors = load_file(str(ckpt / "optimizer.safetensors"), device=str(device))
    sd = opt.state_dict()
    for key, value in tensors.items():
        i, name = key.split(".", 1)
        sd["state"].setdefault(int(i), {})[name] = value
    for i, step in state["adam_steps"].items():
        sd["state"][int(i)]["step"] = torch.tensor(step)
    opt.load_state_dict(sd)
    return state


def pretrain(corpus: list[Path], out_dir: Path, cfg: PretrainConfig) -> Path:
    """Run (or resume) pretraining on the `corpus` files into `out_dir`; the final model lands in `out_dir/model`.

    With `cfg.init` and the task's own training text as corpus this is task-adaptive pretraining
    (Gururangan et al. 2020): the encoder meets the domain's names before it is fine-tuned on them."""
    from transformers import AutoModelForMaskedLM, BertTokenizerFast

    if cfg.init:
        from pipeline.ner.model import require_model_dir

        require_model_dir(cfg.init, ensemble_ok=False)
    device = resolve_device(cfg.device)
    quiet_library_bars()
    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    random.seed(cfg.seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = [Path(p) for p in corpus]
    corpus_hash = sha256(sources)
    words = ArabicTokenizer()

    def texts() -> Iterator[str]:
        for p in sources:
            yield from corpus_texts(p)

    tok_dir, ids_path = out_dir / "tokenizer", out_dir / "corpus_ids.npy"
    if cfg.init and not (tok_dir / "tokenizer.json").exists():
        BertTokenizerFast.from_pretrained(cfg.init, local_files_only=True, trust_remote_code=False).save_pretrained(
            str(tok_dir))
    if not (tok_dir / "tokenizer.json").exists():
        print("training the WordPiece vocabulary ...", flush=True)
        train_wordpiece(word_lists(progress(texts(), desc="vocab", unit=" texts"), words), cfg.vocab_size, tok_dir)
    tok = BertTokenizerFast.from_pretrained(str(tok_dir), local_files_only=True, trust_remote_code=False)
    if not ids_path.exists():
        ids = encode_corpus(word_lists(progress(texts(), desc="encode", unit=" texts"), words), tok)
        np.save(ids_path, ids)
    ids = torch.from_numpy(np.load(ids_path, allow_pickle=False).astype(np.int64))
    body = cfg.seq_len - 2
    n_chunks = len(ids) // body
    print(f"{len(ids):,} subword tokens, {n_chunks:,} sequences of {cfg.seq_len}", flush=True)

    if cfg.init:
        model = AutoModelForMaskedLM.from_pretrained(cfg.init, use_safetensors=True, local_files_only=True,
                                                     trust_remote_code=False)
        before = dict(model.config.to_dict().get("pretraining", {}))
        steps_before = before.get("steps", 0) + before.get("steps_before", 0)
        earlier = [*before.pop("earlier", []), before] if before else []
    else:
        model, steps_before, earlier = AutoModelForMaskedLM.from_config(model_config(cfg, tok)), 0, []
    model.to(device)  # before the optimizer is built, so its state lives on the same device
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=cfg.lr, betas=(0.9, 0.98), eps=1e-6)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / cfg.warmup_steps, max(0.0, (cfg.max_steps - s) / (cfg.max_steps - cfg.warmup_steps))))
    ckpt = out_dir / "checkpoint"
    state = {"step": 0, "seconds": 0.0, "losses": []}
    if (ckpt / "state.json").exists():
        state = _load_checkpoint(ckpt, model, opt, device)
        for _ in range(state["step"]):
            sched.step()
        print(f"resumed at step {state['step']}", flush=True)

    order = torch.randperm(n_chunks, generator=torch.Generator().manual_seed(cfg.seed))
    gen = torch.Generator().manual_seed(cfg.seed + state["step"])
    cls_sep = torch.tensor([tok.cls_token_id, tok.sep_token_id])
    model.train()
    t_start, t_ckpt = time.time(), time.time()
    bar = progress(total=cfg.max_steps, initial=state["step"], desc="pretrain", unit=" steps")
    running = []
    while state["step"] < cfg.max_steps and state["seconds"] + (time.time() - t_start) < cfg.max_minutes * 60:
        k = state["step"] * cfg.batch_size
        idx = order[torch.arange(k, k + cfg.batch_size) % n_chunks]
        chunks = torch.stack([ids[i * body:(i + 1) * body] for i in idx.tolist()])
        batch = torch.cat([cls_sep[:1].expand(len(idx), 1), chunks, cls_sep[1:].expand(len(idx), 1)], dim=1)
        inputs, target = _mask(batch, tok, cfg.mask_prob, gen)  # on the CPU: the same masks on every device
        labels = batch.masked_fill(~target, -100)
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=device.type == "cuda"):
            loss = model(input_ids=inputs.to(device), labels=labels.to(device)).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        state["step"] += 1
        running.append(loss.item())
        bar.update(1)
        if state["step"] % 50 == 0:
            state["losses"].append([state["step"], sum(running) / len(running)])
            bar.set_postfix(loss=f"{state['losses'][-1][1]:.3f}")
            running = []
        if time.time() - t_ckpt > cfg.checkpoint_minutes * 60:
            _save_checkpoint(ckpt, model, opt, {**state, "seconds": state["seconds"] + time.time() - t_start})
            t_ckpt = time.time()
    bar.close()
    state["seconds"] += time.time() - t_start
    _save_checkpoint(ckpt, model, opt, state)

    final = out_dir / "model"
    model.config.update({"pretraining": {
        **asdict(cfg), "device": device.type, "objective": "masked language modelling (15%, 80/10/10)",
        "corpus": [p.name for p in sources], "corpus_sha256": corpus_hash, "subword_tokens": int(len(ids)),
        "steps": state["step"], "steps_before": steps_before, "seconds": round(state["seconds"]),
        "final_loss": state["losses"][-1][1] if state["losses"] else None,
        "tokens_seen": state["step"] * cfg.batch_size * cfg.seq_len, "earlier": earlier}})
    model.save_pretrained(str(final))
    tok.save_pretrained(str(final))
    (final / "loss_curve.json").write_text(json.dumps(state["losses"]))
    write_card(final, model.config.pretraining)
    print(f"saved {final} after {state['step']} steps, {state['seconds'] / 60:.1f} min", flush=True)
    return final


CORPORA = {  # what a corpus file is and its terms, for the model card
    "saudinewsnet.jsonl.gz": "SaudiNewsNet (Alshehri 2015: 29,184 Saudi newspaper articles; CC BY-NC-SA 4.0, "
                             "so the model is for non-commercial use)",
    "train.jsonl": "the text of this project's gold training split (`annotations/train.jsonl`; Apache-2.0), "
                   "never dev or test",
}


def _stage(pre: dict) -> str:
    loss = "n/a" if pre.get("final_loss") is None else round(pre["final_loss"], 3)
    corpus = "; ".join(CORPORA.get(name, name) for name in pre["corpus"])
    return (f"{pre['steps']} steps of {pre['batch_size']} x {pre['seq_len']} tokens on {corpus} "
            f"({pre['subword_tokens']:,} subword tokens, sha256 `{pre['corpus_sha256'][:12]}…`), "
            f"AdamW lr {pre['lr']}, {pre['warmup_steps']} warm-up steps then linear decay, seed {pre['seed']}, "
            f"{pre['seconds'] / 60:.0f} min on "
            + ("one GPU (bfloat16 autocast)" if pre.get("device") == "cuda" else f"{pre['threads']} CPU threads")
            + f", final loss {loss}"
            + (f"; continues {pre['init']}" if pre.get("init") else "")
            + (f" ({pre['schedule_note']})" if pre.get("schedule_note") else ""))


def write_card(final: Path, pre: dict) -> None:
    """The encoder's model card: every pretraining stage, what it read, and under which terms."""
    curve = ", ".join(f"{loss:.2f}" for _, loss in json.loads((final / "loss_curve.json").read_text())[::10])
    stages = [*pre.get("earlier", []), pre]
    lines = [
        f"# Arabic news encoder ({pre['arch']}, {pre['num_hidden_layers']} layers, hidden {pre['hidden_size']})", "",
        "A small encoder pretrained from scratch with masked language modelling, as the start point",
        "for this project's NER. Load it with `AutoModel.from_pretrained(dir)` or fine-tune it with `arabic-ie train`.", "",
        f"Objective: {pre['objective']}. Vocabulary: {pre['vocab_size']} WordPiece pieces trained on the project "
        "tokenizer's words (no piece crosses a word the NER labels).", "",
        "## Pretraining stages", "",
        *[f"{i}. {_stage(st)}" for i, st in enumerate(stages, 1)], "",
        f"Loss of the last stage every 500 steps: {curve}.", "",
        "Reproduce: `arabic-ie pretrain` with the settings recorded in `config.json` (`pretraining`, earlier stages "
        "under `earlier`); `scripts/train_default.sh` is the shipped recipe.",
    ]
    (final / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


__all__ = ["PretrainConfig", "pretrain", "train_wordpiece", "encode_corpus"]
