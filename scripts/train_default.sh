#!/usr/bin/env bash
# The recipe of the shipped models, end to end (about 1.5 h on 2 CPU cores).
#   1. pretrain the encoder on raw news (runs/encoder-mb), copy it to models/encoder
#   2. fine-tune NER on the gold training split (+ ANERcorp when it helps on dev) into models/ner-default
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RAW=${RAW:-../shared/data/raw/saudinewsnet.jsonl.gz}
ANER=${ANER:-../shared/data/anercorp/train.txt}

$BIN/arabic-ie pretrain --raw "$RAW" --out runs/encoder-mb --max-minutes 70 --max-steps 5000
rm -rf models/encoder && cp -r runs/encoder-mb/model models/encoder

extra=()
[ -f "$ANER" ] && extra=("$ANER")
$BIN/arabic-ie train --train annotations/train.jsonl "${extra[@]}" --dev annotations/dev.jsonl \
    --test annotations/test.jsonl annotations/seeds.jsonl --base-model models/encoder --out models/ner-default \
    --augment 1 --lr 3e-4 --epochs 20 --patience 4 --max-minutes 30
