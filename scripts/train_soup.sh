#!/usr/bin/env bash
# The shipped NER model since session 9: a soup (`arabic-ie soup`, the uniform mean of the weights) of joint runs
# that share one start (the stage-3 encoder, seed 2) and differ in recipe or data. Each member is a
# scripts/train_joint.sh run (about 20-25 min on 2 idle threads for 4 epochs, 30 for 6); the soup itself takes
# seconds and is one model of a member's size and speed. Members, as the shipped soup's card lists them:
#   1. the session-8 recipe (ANERcorp ×0.4 without its ORG spans)          runs/ner-s8-aperloc   (real-train 435)
#   2. the same for 6 epochs (its best epoch, 5, kept)                      runs/ner-s9-e6
#   3. ANERcorp ×1 without its ORG spans                                    runs/ner-s8-aperloc-w1
#   4. ANERcorp ×0.4 with its ORG spans (the session-7 recipe)              runs/ner-j7-s3-a4
#   5. ANERcorp ×0.25 with its ORG spans                                    runs/ner-j7-s3
#   6. recipe 5 on the session-6 real-train (354 articles), kept from then  runs/ner-j5-s3-w2
#   7. recipe 1 + a teacher's labels ×0.5 (session 10: the session-9 soup labelling 800 unannotated even-line
#      articles, scripts/pseudo_texts.py)                                   runs/ner-s10-pseudo   (real-train 435)
#   8. recipe 1 on real-train 543 (session 10, batch 9 added)               runs/ner-s10-b9
#   9. recipe 7 on real-train 543 (its teacher's articles that batch 9 took into the gold left out)
#                                                                           runs/ner-s10-b9-pseudo (not shipped: the
#      eight-member soup scored higher on dev)
# On today's data members 1 and 8 are one recipe, so this script retrains 1-5 and 7 (the teacher is the soup
# now shipped) and soups them with any finished runs passed in EXTRA_RUNS; the shipped soup's members were trained
# in sessions 6-10 on the data of their day (each member's card in the soup's README says which files and how many
# sentences). The soup was chosen on dev (scripts/benchmark_ner.py --baselines --test annotations/dev.jsonl
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
PSEUDO_TEXTS=build/corpora/pseudo-texts.jsonl PSEUDO_LABELS=build/corpora/pseudo.jsonl
[ -e "$PSEUDO_TEXTS" ] || .venv/bin/python scripts/pseudo_texts.py --n 800 --out "$PSEUDO_TEXTS"
[ -e "$PSEUDO_LABELS" ] || .venv/bin/arabic-ie annotate "$PSEUDO_TEXTS" --model models/ner-default -o "$PSEUDO_LABELS"
OUT=$DIR/7 PSEUDO=$PSEUDO_LABELS PSEUDO_W=0.5 scripts/train_joint.sh
# EXTRA_RUNS: more finished runs from the same start (word-split on spaces)
.venv/bin/arabic-ie soup "$DIR"/1 "$DIR"/2 "$DIR"/3 "$DIR"/4 "$DIR"/5 "$DIR"/7 ${EXTRA_RUNS:-} --out "$OUT" --half
