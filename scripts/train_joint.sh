#!/usr/bin/env bash
# One joint NER run over every corpus (48 min on 1 CPU thread with rule sessions sharing the cores, real-train 435
# articles; about 20 min on 2 idle threads). The shipped model since session 9 is a soup of such runs
# (scripts/train_soup.sh); this script's defaults are its first member, the session-8 default: written ×2, ANERcorp
# ×0.4 without its ORG spans, seed 2, from the stage-3 encoder (that run stopped on the full ANERcorp dev slice).
#   corpora (scripts/prepare_corpora.py, git-ignored build/corpora/):
#     the written gold split (annotations/train.jsonl)          weight W_WRITTEN
#     the real SaudiNewsNet gold, real-train                     weight W_REAL
#     ANERcorp train less its dev slice, PER and LOC only         weight W_ANER
#       (no TITLE, ORG spans left out: the partial-label loss leaves both open there)
#     the Wojood sample's train part (OCC cut, flattened)        weight W_WOJOOD
#   early stopping on the mean span F1 of written dev, real-dev and the ANERcorp dev slice (PER and LOC);
#   scored once at the end on the written test, the seeds and real-test (model card).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=${OUT:-runs/ner-joint}
# CORPORA=DIR: read (and first rebuild) the corpora there, so that a long run's data stay fixed while
# build/corpora is rebuilt for other work
C=${CORPORA:-build/corpora}
BASE=${BASE:-models/encoder}
W_WRITTEN=${W_WRITTEN:-2} W_REAL=${W_REAL:-2} W_ANER=${W_ANER:-0.4} W_WOJOOD=${W_WOJOOD:-0.5}
# ANERcorp without its ORG spans (another convention; scripts/prepare_corpora.py); ANER= (empty) uses them all
ANER=${ANER--perloc}
# PSEUDO=FILE PSEUDO_W=W: a teacher model's labels on unannotated articles as one more corpus (scripts/pseudo_texts.py)
PSEUDO_TRAIN=() PSEUDO_WEIGHT=()
if [ -n "${PSEUDO:-}" ]; then PSEUDO_TRAIN=("$PSEUDO") PSEUDO_WEIGHT=("${PSEUDO_W:?PSEUDO needs PSEUDO_W}"); fi

# NO_TEST=1: a candidate run, chosen on dev before any test file is scored (scripts/model_card.py scores it later)
TESTS=(--test annotations/test.jsonl annotations/seeds.jsonl "$C/real-test.jsonl")
[ "${NO_TEST:-0}" = 1 ] && TESTS=()

$BIN/python scripts/prepare_corpora.py --out "$C"
$BIN/arabic-ie train --base-model "$BASE" --out "$OUT" \
    --train annotations/train.jsonl $C/real-train.jsonl $C/anercorp-train$ANER.jsonl $C/wojood-train.jsonl "${PSEUDO_TRAIN[@]}" \
    --weights "$W_WRITTEN" "$W_REAL" "$W_ANER" "$W_WOJOOD" "${PSEUDO_WEIGHT[@]}" \
    --dev annotations/dev.jsonl $C/real-dev.jsonl $C/anercorp-dev$ANER.jsonl \
    "${TESTS[@]}" \
    --label-all-subwords --lr 3e-4 --epochs 4 --patience 4 --half --max-minutes ${MAX_MINUTES:-70} --threads 2 --seed ${SEED:-2} "$@"
