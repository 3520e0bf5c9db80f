#!/usr/bin/env bash
# The shipped NER model since session 9: a soup (`arabic-ie soup`, the uniform mean of the weights) of joint runs
# that share one start (the stage-3 encoder, seed 2) and differ in recipe. Each member is a scripts/train_joint.sh
# run (about 20 min on 2 idle threads for 4 epochs, 30 for 6); the soup itself takes seconds and is one model of a
# member's size and speed. Members, as the shipped soup's card lists them:
#   1. the session-8 recipe (ANERcorp ×0.4 without its ORG spans)          runs/ner-s8-aperloc
#   2. the same for 6 epochs (its best epoch, 5, kept)                      runs/ner-s9-e6
#   3. ANERcorp ×1 without its ORG spans                                    runs/ner-s8-aperloc-w1
#   4. ANERcorp ×0.4 with its ORG spans (the session-7 recipe)              runs/ner-j7-s3-a4
#   5. ANERcorp ×0.25 with its ORG spans                                    runs/ner-j7-s3
#   6. recipe 5 on the session-6 real-train (354 articles), kept from then  runs/ner-j5-s3-w2 (pass it in EXTRA)
# Members 1-5 are retrained here on today's data; the shipped soup's members were trained in sessions 6-9 on the
# data of their day (each member's card in the soup's README says which files and how many sentences).
# The soup was chosen on dev (scripts/benchmark_ner.py --baselines --test annotations/dev.jsonl
# build/corpora/real-dev.jsonl build/corpora/anercorp-dev-perloc.jsonl), then scored once on test.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${DIR:-runs/soup-members}
OUT=${OUT:-runs/ner-soup}
export NO_TEST=1 SEED=2
OUT=$DIR/1 scripts/train_joint.sh
OUT=$DIR/2 scripts/train_joint.sh --epochs 6 --patience 6
OUT=$DIR/3 W_ANER=1 scripts/train_joint.sh
OUT=$DIR/4 ANER= W_ANER=0.4 scripts/train_joint.sh
OUT=$DIR/5 ANER= W_ANER=0.25 scripts/train_joint.sh
# EXTRA: more finished runs from the same start (word-split on spaces)
.venv/bin/arabic-ie soup "$DIR"/1 "$DIR"/2 "$DIR"/3 "$DIR"/4 "$DIR"/5 ${EXTRA:-} --out "$OUT" --half
