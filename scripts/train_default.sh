#!/usr/bin/env bash
# The recipe of the shipped models, end to end (about 2 h 20 min on 2 CPU cores).
#   1. pretrain the encoder on raw news (runs/encoder-mb), continue it with a fresh schedule (runs/encoder-c),
#      copy that to models/encoder
#   2. fine-tune two NER models side by side, one CPU thread each (about 18 min of wall time):
#      a. straight from the encoder on the gold training split
#      b. on ANERcorp first (PER/LOC/ORG, 7 epochs, its own dev slice), then on the gold training split
#   3. average them into models/ner-default (float16 storage), scored on dev and, once, on test
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RAW=${RAW:-../shared/data/raw/saudinewsnet.jsonl.gz}
ANER=${ANER:-../shared/data/anercorp/train.txt}

$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-mb --max-minutes 70 --max-steps 5000
$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-c --init runs/encoder-mb/model --lr 5e-4 --warmup-steps 200 \
    --max-steps 1500 --max-minutes 60 --seed 14 --threads 1
rm -rf models/encoder && cp -r runs/encoder-c/model models/encoder

GOLD=(--dev annotations/dev.jsonl --augment 1 --label-all-subwords --lr 3e-4 --epochs 20 --patience 4 --max-minutes 30 --threads 1)
$BIN/arabic-ie train --train annotations/train.jsonl --base-model models/encoder --out runs/ner-direct "${GOLD[@]}" &
direct=$!
{ $BIN/arabic-ie train --train "$ANER" --dev-fraction 0.1 --base-model models/encoder --out runs/ner-aner7 \
      --epochs 7 --patience 7 --max-minutes 20 --threads 1 &&
  $BIN/arabic-ie train --train annotations/train.jsonl --base-model runs/ner-aner7 --out runs/ner-via-aner "${GOLD[@]}"; } &
via_aner=$!
wait "$direct"; wait "$via_aner"   # either failing stops the recipe
$BIN/arabic-ie ensemble runs/ner-direct runs/ner-via-aner --out models/ner-default --half --dev annotations/dev.jsonl \
    --test annotations/test.jsonl annotations/seeds.jsonl
