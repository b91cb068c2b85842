"""Wrong verdicts a probe of round 14's rules found (probe 14), each fixed by a general rule
and pinned here on the real page, with the probe's other claims pinned as they now read.

335 adversarial claims on dense tables of nine papers, each labelled true or false from the
page images: BERT's SQuAD, SWAG, ablation, model-size and CoNLL Tables 2-7 (arXiv:1810.04805),
the Transformer's Tables 2 and 3 (arXiv:1706.03762), PaperMage's P/R/F1 Tables 2 and 3 (ACL
2023.emnlp-demo.45), VILA's Tables 3 and 4 (arXiv:2106.00676), the BLEU tables of ACL P12-1002,
SPECTER's Tables 1 and 2 (ACL 2020.acl-main.207), the SRL scores of ACL W09-1210, olmOCR 2's
Tables 1 and 3 (arXiv:2510.19817) and AMDCN's Tables 1 and 2 (arXiv:1804.07821). The claims
set pairs against each other with the numbers swapped, turn order words round, take the dev
number for a test claim, the other size's, system's or metric's cell, or another row's
settings, and deny or liken what the cells print. The first run of the first 124 decided 44
right, left 79 undecided and made one wrong verdict; later batches, aimed at what it and the
module docstrings suggested, found three more kinds:

- "The 12-layer model with hidden size 1024 reaches 84.4 on MNLI-m, against 85.7 for the
  12-layer model with hidden size 768" (false: the 1024 row holds 85.7) was confirmed by the
  one-cell lookup, each number read from some row of Table 6 (arXiv:1810.04805): rows told
  apart only by their settings ("12 / 768 / 12", "12 / 1024 / 16") were read as having "no
  name to find" (`numbers_named.settings_named`: a claim that prints the settings must give
  each number to its own row's);
- "On UCF, AMDCN's MAE is not 290.82" was confirmed, and "On UCF, MCNN does not reach an MAE
  of 290.82" (true) contradicted, by the cells, which leave negation words out of their match
  (`guards_negated_cells.guard_negated_cells`);
- "MCNN's mean absolute error of 377.60 is under AMDCN's 290.82" was confirmed by the pair
  reading: "under" and "over" were no order words (`order_words.BETWEEN`, read between the
  two numbers only);
- "AMDCN's MAE of 290.82 is the same as (equals, is close to, is on par with, ...) MCNN's
  377.60" was confirmed by the pair reading: a likeness of two numbers is more than a pairing
  (`order_words.LIKENESS`);
- so is any word between the two numbers that neither pairs them nor names their cells: "is a
  quarter of", "is roughly", "is indistinguishable from", "is just shy of" were confirmed by
  the pair reading, "ELMo reaches 95.7 dev F1, a quarter of its 92.2 test F1" by the one-cell
  lookup (`number_order.unpaired_word`, asked by both).

One first-run "wrong" verdict was the label's: "RoBERTa-large reaches 76.8 F1 on the full
S2-VL" was labelled false from the tables, but the paper's appendix A.3 says its RoBERTa is
RoBERTa-large; it is pinned as true.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import _papers_of
from planted_patterns import round30_guards_off
from probe_verdicts import DECISIVE
from probe_verdicts import explained as _explained
from probe_verdicts import verify_on as _verify

from verify_claims.claims import Status
from verify_claims.verify import (
    cell_decisions,
    cell_pairs,
    guard_chain,
    number_order,
    numbers_named,
)

BERT, TRANSFORMER, PAPERMAGE, VILA = "1810.04805", "1706.03762", "2023.emnlp-demo.45", "2106.00676"
DISCRIMINATIVE, SPECTER, SRL = "P12-1002", "2020.acl-main.207", "W09-1210"
OLMOCR, AMDCN = "2510.19817", "1804.07821"
REAL = Path(__file__).resolve().parent / "real"
SOURCES = {BERT: "redteam6", TRANSFORMER: "redteam2", PAPERMAGE: "tables", VILA: "redteam4",
           DISCRIMINATIVE: "heldout", SPECTER: "claims", SRL: "heldout", OLMOCR: "redteam3",
           AMDCN: "redteam"}
_NEVER = re.compile(r"(?!x)x")


def _no_unpaired_words(patch) -> None:
    for module in (cell_pairs, cell_decisions):
        patch.setattr(module, "unpaired_word", lambda *args: None)


# rule -> (its paper, how to disable it, {false or true claim: the wrong verdict it got})
WRONG = {
    # Round 22's guard_value_rows (a value set right after another read row's label) also
    # withholds the second of these: both are switched off to show the older rule's bug.
    "settings": (BERT, lambda patch: (
        patch.setattr(numbers_named, "settings_named", lambda *args: True),
        patch.setattr(guard_chain, "guard_value_rows", lambda *args: None)), {
        "The 12-layer model with hidden size 1024 reaches 84.4 on MNLI-m, against 85.7 for the "
        "12-layer model with hidden size 768.": Status.confirmed,
        "The model with 6 layers and 3 heads reaches 81.9 on MNLI-m, while the one with 6 "
        "layers and 12 heads reaches 80.6.": Status.confirmed,
        "With 6 layers, 12 heads give 80.6 on MNLI-m and 3 heads 81.9.": Status.confirmed,
        "The model with 12 heads and 6 layers reaches 82.2 on MRPC, against 84.8 for the model "
        "with 3 heads and 6 layers.": Status.confirmed}),
    "negation": (AMDCN, lambda patch: patch.setattr(guard_chain, "guard_negated_cells",
                                                    lambda *args: None), {
        "On UCF, AMDCN's MAE is not 290.82.": Status.confirmed,
        "On UCF, MCNN does not reach an MAE of 290.82.": Status.contradicted,
        "On UCF, AMDCN does not reach an MAE of 295.80.": Status.contradicted,
        "On UCF, AMDCN never reaches an MAE of 290.82, against 377.60 for MCNN.":
            Status.confirmed,
        "On UCF, it is not true that AMDCN reaches an MAE of 290.82 and MCNN 377.60.":
            Status.confirmed,
        "On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is not below MCNN's "
        "377.60.": Status.confirmed,
        "On UCF, AMDCN does not reach an MAE of 290.82.": Status.confirmed,
        "On TRANCOS, HOG-2 does not reach a GAME (L=3) of 28.41.": Status.confirmed}),
    "between": (AMDCN, lambda patch: patch.setattr(number_order, "BETWEEN", _NEVER), {
        "On the UCF crowd dataset, MCNN's mean absolute error of 377.60 is under AMDCN's "
        "290.82.": Status.confirmed,
        "On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is over MCNN's "
        "377.60.": Status.confirmed}),
    "likeness": (AMDCN, lambda patch: patch.setattr(number_order, "LIKENESS", _NEVER), {
        **{f"On UCF, AMDCN's MAE of 290.82 {likened} MCNN's 377.60.": Status.confirmed
           for likened in ("equals", "matches", "is the same as", "is similar to")},
        "On UCF, AMDCN (290.82) and MCNN (377.60) perform alike.": Status.confirmed}),
    "unpaired": (AMDCN, _no_unpaired_words, {
        f"On UCF, AMDCN's MAE of 290.82 {related} MCNN's 377.60.": Status.confirmed
        for related in ("is a fraction of", "is a quarter of", "differs little from",
                        "is indistinguishable from", "is roughly", "is just shy of",
                        "is a fifth of")}),
    "unpaired cells": (BERT, _no_unpaired_words, {
        "With 6 layers, 12 heads give 81.9 on MNLI-m, indistinguishable from 3 heads at 80.6.":
            Status.confirmed,
        "On CoNLL-2003, ELMo reaches 95.7 dev F1, a quarter of its 92.2 test F1.":
            Status.confirmed,
        "On CoNLL-2003, ELMo reaches 95.7 dev F1, roughly its 92.2 test F1.": Status.confirmed}),
}
WHY = {"negation": "denies what it states"}
RIGHT = (  # true claims of the same shapes, which the rules still let be confirmed
    (BERT, "The 12-layer model with hidden size 1024 reaches 85.7 on MNLI-m, against 84.4 for "
           "the 12-layer model with hidden size 768."),
    (BERT, "With 6 layers, 12 heads give 81.9 on MNLI-m and 3 heads 80.6."),
    (AMDCN, "On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is under MCNN's "
            "377.60."),
    (AMDCN, "On the UCF crowd dataset, MCNN's mean absolute error of 377.60 is well over "
            "AMDCN's 290.82."),
    (AMDCN, "On UCF, AMDCN reaches an MAE of 290.82, against 377.60 for MCNN."),
    (AMDCN, "The MAE on UCF is 290.82 for AMDCN and 377.60 for MCNN."),
    (BERT, "On SWAG, BERT-Large reaches 86.6% dev accuracy and 86.3% test accuracy."),
    (BERT, "On the SWAG test set, OpenAI GPT reaches 78.0 and ESIM+ELMo 59.2."),
    (BERT, "The model with 6 layers and 3 heads reaches 80.6 on MNLI-m, while the one with 6 "
           "layers and 12 heads reaches 81.9."),
    (AMDCN, "Without perspective information, AMDCN reaches an MAE of 0.63 on the UCSD "
            "upscale split."),
)

# (claim, its label from the page, the status it gets now); no decisive status disagrees
# with its label, and each decisive one stays as it is.
PROBES = {
    BERT: (
        ('On SQuAD 1.1, BERT-Large (Single) reaches 84.1 dev EM, against 80.8 for '
         'BERT-Base (Single).', 'true', 'unverified'),
        ('On SQuAD 1.1, BERT-Large reaches 80.8 dev EM, against 84.1 for BERT-Base.',
         'false', 'unverified'),
        ('On the SQuAD 1.1 dev set, BERT-Base reaches 88.5 F1 and BERT-Large 90.9.',
         'true', 'unverified'),
        ('On the SQuAD 1.1 dev set, BERT-Base reaches 90.9 F1 and BERT-Large 88.5.',
         'false', 'unverified'),
        ("On the SQuAD 1.1 dev set, BERT-Large's F1 of 90.9 is above BERT-Base's 88.5.",
         'true', 'unverified'),
        ("On the SQuAD 1.1 dev set, BERT-Large's F1 of 90.9 is below BERT-Base's 88.5.",
         'false', 'unverified'),
        ('The BERT-Large ensemble reaches 85.8 EM on the SQuAD 1.1 dev set.', 'true', 'confirmed'),
        ('The BERT-Large ensemble reaches 91.8 EM on the SQuAD 1.1 dev set.',
         'false', 'unverified'),
        ('On SQuAD 1.1, BiDAF+ELMo reaches 85.6 dev F1.', 'true', 'confirmed'),
        ('On SQuAD 1.1, BiDAF+ELMo reaches 85.6 test F1.', 'false', 'contradicted'),
        ('On the SQuAD 1.1 test set, #1 Ensemble - nlnet reaches 86.0 EM, against 84.5 for '
         '#2 Ensemble - QANet.', 'true', 'unverified'),
        ('On the SQuAD 1.1 test set, nlnet reaches 91.7 F1, against 90.5 for QANet.',
         'true', 'unverified'),
        ('On the SQuAD 1.1 test set, nlnet reaches 90.5 F1, against 91.7 for QANet.',
         'false', 'unverified'),
        ('BERT-Large (Sgl.+TriviaQA) reaches 85.1 test EM on SQuAD 1.1.', 'true', 'confirmed'),
        ('BERT-Large (Sgl.+TriviaQA) reaches 87.4 test EM on SQuAD 1.1.', 'false', 'contradicted'),
        ('On SQuAD 1.1, BERT-Large (Ens.+TriviaQA) reaches 86.2 dev EM.', 'true', 'confirmed'),
        ('On SQuAD 2.0, BERT-Large (Single) reaches 78.7 dev EM.', 'true', 'unverified'),
        ('On SQuAD 2.0, BERT-Large (Single) reaches 84.1 dev EM.', 'false', 'unverified'),
        ('BERT-Large (Single) reaches 78.7 EM on the dev set of SQuAD 1.1.', 'false', 'unverified'),
        ('On the SQuAD 2.0 test set, Human reaches 86.9 EM.', 'true', 'unverified'),
        ('On the SQuAD 2.0 dev set, humans reach 86.9 EM.', 'false', 'unverified'),
        ('On the SQuAD 2.0 test set, unet (Ensemble) reaches 71.4 EM, against 74.2 for #2 '
         'Single - nlnet.', 'true', 'unverified'),
        ('On the SQuAD 2.0 test set, SLQA+ reaches 74.4 F1, against 74.9 for unet.',
         'true', 'unverified'),
        ('On the SQuAD 2.0 test set, SLQA+ reaches 74.9 F1, against 74.4 for unet.',
         'false', 'unverified'),
        ('On the SQuAD 2.0 test set, #1 Single - MIR-MRC (F-Net) reaches 78.0 F1.',
         'true', 'confirmed'),
        ('On the SQuAD 2.0 test set, MIR-MRC (F-Net) reaches 77.1 F1.', 'false', 'unverified'),
        ('On SWAG, ESIM+ELMo reaches 59.1 dev accuracy, against 51.9 for ESIM+GloVe.',
         'true', 'confirmed'),
        ('On SWAG, ESIM+ELMo reaches 51.9 dev accuracy, against 59.1 for ESIM+GloVe.',
         'false', 'contradicted'),
        ('On SWAG, ESIM+GloVe reaches 52.7 test accuracy.', 'true', 'confirmed'),
        ('On SWAG, ESIM+GloVe reaches 52.7 dev accuracy.', 'false', 'contradicted'),
        ('On SWAG, human annotators (5 annotations) reach 88.0 on the test set.',
         'true', 'confirmed'),
        ("On SWAG, BERT-Large's test accuracy of 86.3 is above OpenAI GPT's 78.0.",
         'true', 'unverified'),
        ("On SWAG, BERT-Large's test accuracy of 86.3 is below OpenAI GPT's 78.0.",
         'false', 'unverified'),
        ('On the SWAG test set, OpenAI GPT reaches 78.0 and ESIM+ELMo 59.2.', 'true', 'confirmed'),
        ('On the SWAG test set, OpenAI GPT reaches 59.2 and ESIM+ELMo 78.0.',
         'false', 'contradicted'),
        ('On MRPC, No NSP reaches 86.5, against 86.7 for BERT-Base.', 'true', 'unverified'),
        ('On MRPC, No NSP reaches 86.7, against 86.5 for BERT-Base.', 'false', 'unverified'),
        ('LTR & No NSP reaches 77.5 on MRPC.', 'true', 'confirmed'),
        ('LTR & No NSP reaches 75.7 on MRPC.', 'false', 'contradicted'),
        ('Adding a BiLSTM to LTR & No NSP gives 84.9 SQuAD F1.', 'true', 'unverified'),
        ('On SST-2, + BiLSTM reaches 92.1.', 'false', 'contradicted'),
        ("On QNLI, No NSP's 84.9 is below BERT-Base's 88.4.", 'true', 'unverified'),
        ("On QNLI, No NSP's 84.9 is above BERT-Base's 88.4.", 'false', 'unverified'),
        ('On MNLI-m, LTR & No NSP and + BiLSTM both reach 82.1.', 'true', 'unverified'),
        ('No NSP reaches 83.9 on MNLI-m on the test set.', 'false', 'unverified'),
        ('In the pre-training ablation, BERT-Base reaches 84.4 MNLI-m dev accuracy.',
         'true', 'confirmed'),
        ('The 3-layer model with hidden size 768 and 12 heads has an LM perplexity of '
         '5.84.', 'true', 'confirmed'),
        ('The 3-layer model has an LM perplexity of 5.24.', 'false', 'unverified'),
        ('The model with 6 layers, hidden size 768 and 12 attention heads reaches 81.9 '
         'MNLI-m dev accuracy.', 'true', 'confirmed'),
        ('The model with 6 layers, hidden size 768 and 3 attention heads reaches 81.9 on '
         'MNLI-m.', 'false', 'contradicted'),
        ('With 12 layers, hidden size 768 and 12 heads, the LM perplexity is 3.99.',
         'true', 'confirmed'),
        ('With 12 layers, hidden size 1024 and 16 heads, the LM perplexity is 3.99.',
         'false', 'contradicted'),
        ('The 24-layer model reaches 87.8 on MRPC.', 'true', 'confirmed'),
        ('The 24-layer model reaches 86.9 on MRPC.', 'false', 'unverified'),
        ("The 24-layer model's perplexity of 3.23 is lower than the 3-layer model's 5.84.",
         'true', 'unverified'),
        ("The 24-layer model's perplexity of 3.23 is higher than the 3-layer model's 5.84.",
         'false', 'unverified'),
        ('The 6-layer, 3-head model reaches a masked LM perplexity of 5.24 and 90.7 on '
         'SST-2.', 'true', 'unverified'),
        ('With 24 layers, hidden size 1024 and 16 attention heads, the model reaches 86.6 '
         'MNLI-m dev accuracy.', 'true', 'confirmed'),
        ('With 12 layers, hidden size 768 and 12 attention heads, the model reaches 84.4 '
         'on MNLI-m with an LM perplexity of 3.99.', 'true', 'unverified'),
        ('The 12-layer model with hidden size 1024 reaches 85.7 on MNLI-m, against 84.4 '
         'for the 12-layer model with hidden size 768.', 'true', 'confirmed'),
        ('The 12-layer model with hidden size 1024 reaches 84.4 on MNLI-m, against 85.7 '
         'for the 12-layer model with hidden size 768.', 'false', 'unverified'),
        ('On CoNLL-2003, ELMo reaches 95.7 dev F1 and 92.2 test F1.', 'true', 'confirmed'),
        ('On CoNLL-2003, CSE reaches 93.1 test F1, against 92.6 for CVT.', 'true', 'unverified'),
        ('On CoNLL-2003, CSE reaches 92.6 test F1, against 93.1 for CVT.', 'false', 'unverified'),
        ('Fine-tuned BERT-Base reaches 92.4 test F1 on CoNLL-2003.', 'true', 'unverified'),
        ('Fine-tuned BERT-Base reaches 92.8 test F1 on CoNLL-2003.', 'false', 'unverified'),
        ('Feature-based BERT-Base with the second-to-last hidden layer reaches 95.6 dev '
         'F1.', 'true', 'confirmed'),
        ('Weighted Sum Last Four Hidden reaches 96.1 dev F1.', 'false', 'unverified'),
        ('Concat Last Four Hidden reaches 96.1 dev F1, against 95.9 for Weighted Sum Last '
         'Four Hidden.', 'true', 'unverified'),
        ('The feature-based Last Hidden layer reaches 94.9 test F1.', 'false', 'unverified'),
        ('Fine-tuned BERT-Large reaches 96.6 dev F1, against 96.4 for fine-tuned '
         'BERT-Base.', 'true', 'unverified'),
        ("Fine-tuned BERT-Large's dev F1 of 96.6 is below fine-tuned BERT-Base's 96.4.",
         'false', 'unverified'),
        ('The model with 6 layers and 3 heads reaches 80.6 on MNLI-m, while the one with 6 '
         'layers and 12 heads reaches 81.9.', 'true', 'confirmed'),
        ('The model with 6 layers and 3 heads reaches 81.9 on MNLI-m, while the one with 6 '
         'layers and 12 heads reaches 80.6.', 'false', 'unverified'),
        ('Going from 3 to 12 attention heads with 6 layers raises MNLI-m from 80.6 to '
         '81.9.', 'true', 'unverified'),
        ('Going from 3 to 12 attention heads with 6 layers raises MNLI-m from 81.9 to '
         '80.6.', 'false', 'unverified'),
        ('With 6 layers, 12 heads give 81.9 on MNLI-m and 3 heads 80.6.', 'true', 'confirmed'),
        ('With 6 layers, 12 heads give 80.6 on MNLI-m and 3 heads 81.9.', 'false', 'unverified'),
        ('The 24-layer model reaches 86.6 on MNLI-m and the 3-layer model 77.9.',
         'true', 'unverified'),
        ('The 24-layer model reaches 77.9 on MNLI-m and the 3-layer model 86.6.',
         'false', 'unverified'),
        ('The 3-layer model reaches 77.9 on MNLI-m and 79.8 on MRPC.', 'true', 'unverified'),
        ('The 3-layer model reaches 79.8 on MNLI-m and 77.9 on MRPC.', 'false', 'unverified'),
        ('On SST-2, the 12-layer model with hidden size 1024 reaches 93.3 and the 24-layer '
         'model 93.7.', 'true', 'unverified'),
        ('On SST-2, the 12-layer model with hidden size 1024 reaches 93.7 and the 24-layer '
         'model 93.3.', 'false', 'unverified'),
        ('The LM perplexity falls from 5.84 with 3 layers to 3.23 with 24 layers.',
         'true', 'unverified'),
        ('The LM perplexity falls from 3.23 with 3 layers to 5.84 with 24 layers.',
         'false', 'unverified'),
        ('With 1024 hidden units and 16 heads, 12 layers reach 3.54 perplexity and 24 '
         'layers 3.23.', 'true', 'unverified'),
        ('With 1024 hidden units and 16 heads, 12 layers reach 3.23 perplexity and 24 '
         'layers 3.54.', 'false', 'unverified'),
        ('With 768 hidden units, 3 layers reach 88.4 on SST-2 and 12 layers 92.9.',
         'true', 'unverified'),
        ('With 768 hidden units, 3 layers reach 92.9 on SST-2 and 12 layers 88.4.',
         'false', 'unverified'),
        ('The model with 12 heads and 6 layers reaches 84.8 on MRPC, against 82.2 for the '
         'model with 3 heads and 6 layers.', 'true', 'confirmed'),
        ('The model with 12 heads and 6 layers reaches 82.2 on MRPC, against 84.8 for the '
         'model with 3 heads and 6 layers.', 'false', 'unverified'),
        ('BERT-Small reaches 77.9 on MNLI-m.', 'false', 'unverified'),
        ('Fine-tuned BERT-Large reaches 92.8 test F1 on CoNLL-2003.', 'true', 'unverified'),
        ('BERT-Base reaches 96.4 dev F1 on CoNLL-2003 with fine-tuning.', 'true', 'confirmed'),
        ('With 6 layers, 12 heads give 81.9 on MNLI-m, indistinguishable from 3 heads at '
         '80.6.', 'false', 'unverified'),
        ('On CoNLL-2003, ELMo reaches 95.7 dev F1, a quarter of its 92.2 test F1.',
         'false', 'unverified'),
        ('On CoNLL-2003, ELMo reaches 95.7 dev F1, roughly its 92.2 test F1.',
         'false', 'unverified'),
        ('On SWAG, BERT-Large reaches 86.6% dev accuracy and 86.3% test accuracy.',
         'true', 'confirmed'),
    ),
    TRANSFORMER: (
        ('On EN-DE, Transformer (big) reaches 28.4 BLEU, against 27.3 for Transformer '
         '(base model).', 'true', 'unverified'),
        ('On EN-FR, Transformer (big) reaches 38.1 BLEU.', 'false', 'unverified'),
        ('ConvS2S Ensemble reaches 41.29 BLEU on EN-FR.', 'true', 'unverified'),
        ('ConvS2S reaches 41.29 BLEU on EN-FR.', 'false', 'unverified'),
        ('GNMT + RL Ensemble reaches 26.30 BLEU on EN-DE and 41.16 on EN-FR.',
         'true', 'unverified'),
        ('MoE reaches 40.56 BLEU on EN-DE.', 'false', 'unverified'),
        ('On EN-FR, MoE reaches 40.56 BLEU, against 39.92 for GNMT + RL.', 'true', 'unverified'),
        ('On EN-FR, MoE reaches 39.92 BLEU, against 40.56 for GNMT + RL.', 'false', 'unverified'),
        ('ByteNet reaches 23.75 BLEU on EN-DE.', 'true', 'unverified'),
        ('The Deep-Att + PosUnk Ensemble reaches 40.4 BLEU on EN-FR.', 'true', 'unverified'),
        ('Deep-Att + PosUnk reaches 40.4 BLEU on EN-FR.', 'false', 'unverified'),
        ('The base model has a dev perplexity of 4.92 and a dev BLEU of 25.8.',
         'true', 'unverified'),
        ('The big model reaches a dev PPL of 4.33 and 26.4 BLEU with 213 million '
         'parameters.', 'true', 'unverified'),
        ('The big model reaches a dev perplexity of 4.92.', 'false', 'contradicted'),
        ('With a single attention head (h = 1), dev BLEU is 24.9.', 'true', 'unverified'),
        ('With 16 heads, the dev perplexity is 5.29.', 'false', 'unverified'),
        ('With dk = 16, the model has 58 million parameters and a dev BLEU of 25.1.',
         'true', 'unverified'),
        ('With N = 2, the dev BLEU is 23.7 with 36 million parameters.', 'true', 'unverified'),
        ('With N = 8, the dev perplexity is 5.19.', 'false', 'unverified'),
        ('With dmodel = 1024, the model reaches 26.0 dev BLEU with 168 million parameters.',
         'true', 'unverified'),
        ('With dmodel = 256, the model reaches 26.0 dev BLEU.', 'false', 'unverified'),
        ('With a dropout of 0.0, the dev BLEU is 24.6.', 'true', 'unverified'),
        ('With label smoothing of 0.0, the dev BLEU is 24.6.', 'false', 'unverified'),
        ('With dff = 4096, the dev perplexity is 4.75 and the BLEU 26.2.', 'true', 'unverified'),
        ('Replacing sinusoids with learned positional embeddings gives 25.7 dev BLEU, '
         'against 25.8 for the base model.', 'true', 'unverified'),
        ("The big model's dev BLEU of 26.4 is below the base model's 25.8.", 'false', 'unverified'),
        ("The base model's dev perplexity of 4.92 is above the big model's 4.33.",
         'true', 'unverified'),
        ('The big model has 65 million parameters.', 'false', 'contradicted'),
        ('With h = 4, dk = dv = 128, dev BLEU is 25.5.', 'true', 'unverified'),
        ('With h = 32 the dev BLEU is 25.4 and with h = 1 it is 24.9.', 'true', 'unverified'),
        ('With h = 32 the dev BLEU is 24.9 and with h = 1 it is 25.4.', 'false', 'unverified'),
        ('With dk = 32 in rows (B), the model has 60 million parameters.', 'true', 'unverified'),
        ('With dk = 32 in rows (B), the model has 58 million parameters.', 'false', 'unverified'),
        ('With N = 4, PPL is 5.19 and BLEU 25.3.', 'true', 'unverified'),
        ('With N = 4, PPL is 5.19 and BLEU 25.5.', 'false', 'unverified'),
        ('With a residual dropout of 0.2, dev PPL is 4.95.', 'true', 'unverified'),
        ('With label smoothing of 0.2, dev PPL is 4.67.', 'false', 'unverified'),
        ('With label smoothing of 0.2, dev BLEU is 25.7 and PPL 5.47.', 'true', 'unverified'),
        ('The big model trains for 300K steps, against 100K for the base model.',
         'true', 'unverified'),
        ('The big model trains for 100K steps.', 'false', 'unverified'),
        ('With N = 2 the model has 36 million parameters and with N = 8 it has 80 million.',
         'true', 'unverified'),
        ('With N = 2 the model has 80 million parameters and with N = 8 it has 36 million.',
         'false', 'unverified'),
        ('With dff = 1024 the dev BLEU is 25.4, against 26.2 with dff = 4096.',
         'true', 'unverified'),
        ('With dff = 1024 the dev BLEU is 26.2, against 25.4 with dff = 4096.',
         'false', 'unverified'),
        ('The Transformer base model reaches 28.4 BLEU on EN-DE.', 'false', 'unverified'),
        ('Transformer (base model) reaches 38.1 BLEU on EN-FR.', 'true', 'unverified'),
        ("The base model's dev perplexity is 4.92.", 'true', 'confirmed'),
        ("The base model's dev PPL is 25.8.", 'false', 'contradicted'),
        ('The model with 32 heads has a perplexity of 5.01.', 'true', 'unverified'),
        ('With dk = 32 in rows (B), the perplexity is 5.16.', 'false', 'unverified'),
    ),
    PAPERMAGE: (
        ('On S2-VL, I-VILA reaches a macro-average F1 of 92.7 on the full set and 93.7 on '
         'the Grobid subset.', 'true', 'unverified'),
        ('On the Grobid Subset, RoBERTa reaches 83.9 recall.', 'true', 'confirmed'),
        ('On the Grobid Subset, RoBERTa reaches 83.9 precision.', 'false', 'contradicted'),
        ('On the full S2-VL, GrobidNN reaches a precision of 42.0, against 40.6 for '
         'GrobidCRF.', 'true', 'confirmed'),
        ('On the full S2-VL, GrobidNN reaches a precision of 40.6, against 42.0 for '
         'GrobidCRF.', 'false', 'unverified'),
        ('For Abstract, I-VILA reaches 97.8 F1.', 'true', 'confirmed'),
        ('For Abstract, I-VILA reaches 98.3 F1.', 'false', 'contradicted'),
        ('For Author, GROBID-NN reaches a recall of 14.0.', 'true', 'confirmed'),
        ('For Author, GROBID-CRF reaches a recall of 14.0.', 'false', 'contradicted'),
        ('For Equation, RoBERTa reaches 67.0 F1, against 92.4 for I-VILA.', 'true', 'unverified'),
        ('For Equation, RoBERTa reaches 92.4 F1, against 67.0 for I-VILA.', 'false', 'unverified'),
        ("For Table, GROBID-NN's precision is 97.9.", 'true', 'confirmed'),
        ("For Table, GROBID-CRF's precision is 97.9.", 'false', 'contradicted'),
        ('For Paragraph, GROBID-CRF and GROBID-NN both reach 92.1 F1.', 'true', 'unverified'),
        ("For Footer, RoBERTa's recall is 57.9.", 'false', 'contradicted'),
        ('For Title, I-VILA reaches 99.9 recall.', 'true', 'confirmed'),
        ('For Header, RoBERTa reaches a precision of 40.5 and a recall of 84.3.',
         'true', 'unverified'),
        ('For Header, RoBERTa reaches a precision of 84.3 and a recall of 40.5.',
         'false', 'unverified'),
        ("For Keywords, RoBERTa's F1 of 95.4 is below I-VILA's 98.1.", 'true', 'unverified'),
        ("For Keywords, RoBERTa's F1 of 95.4 is above I-VILA's 98.1.", 'false', 'unverified'),
        ("For Caption, I-VILA's recall of 89.6 is lower than its precision of 93.1.",
         'true', 'unverified'),
        ('The macro-average F1 of RoBERTa on the full S2-VL is 76.8.', 'true', 'confirmed'),
        ('The macro-average F1 of RoBERTa on the Grobid subset is 76.8.', 'false', 'contradicted'),
        ('GrobidCRF reaches 78.9 F1 on the Grobid Subset, against 78.2 for GrobidNN.',
         'true', 'confirmed'),
        ('RoBERTa-large reaches 76.8 F1 on the full S2-VL.', 'true', 'confirmed'),
    ),
    VILA: (
        ('On S2-VL, H-VILA (Text Line) reaches 83.69 Macro F1, against 82.09 for H-VILA '
         '(Text Block).', 'true', 'unverified'),
        ('On S2-VL, H-VILA (Text Line) reaches 82.09 Macro F1, against 83.69 for H-VILA '
         '(Text Block).', 'false', 'unverified'),
        ('On GROTOAP2, H-VILA (Text Block) reaches 92.37 Macro F1.', 'true', 'confirmed'),
        ('On GROTOAP2, H-VILA (Text Line) reaches 92.37 Macro F1.', 'false', 'contradicted'),
        ('On DocBank, LayoutLM-Base has an H(G) of 2.64.', 'true', 'unverified'),
        ('On DocBank, LayoutLM-Base has an H(G) of 0.78.', 'false', 'unverified'),
        ('H-VILA (Text Block) takes 16.37 ms of inference time.', 'true', 'unverified'),
        ('H-VILA (Text Line) takes 16.37 ms of inference time.', 'false', 'unverified'),
        ("LayoutLM-Base's inference time of 52.56 ms is above H-VILA (Text Line)'s 28.07 "
         'ms.', 'true', 'unverified'),
        ("LayoutLM-Base's inference time of 52.56 ms is below H-VILA (Text Line)'s 28.07 "
         'ms.', 'false', 'unverified'),
        ("The standard deviation of LayoutLM-Base's S2-VL Macro F1 is 6.04.", 'true', 'unverified'),
        ('On S2-VL, LayoutLM-Base reaches 6.04 Macro F1.', 'false', 'unverified'),
        ('On DocBank, the Simple Group Classifier reaches 87.01 Macro F1.', 'true', 'confirmed'),
        ('On GROTOAP2, the Simple Group Classifier reaches 87.01 Macro F1.', 'false', 'unverified'),
        ('On GROTOAP2, I-VILA with text blocks on RoBERTa reaches 92.52 Macro F1.',
         'true', 'unverified'),
        ("On GROTOAP2, RoBERTa's baseline Macro F1 is 92.52.", 'false', 'contradicted'),
        ('With DistilBERT, text lines give 91.14 and text blocks 92.12 Macro F1 on '
         'GROTOAP2.', 'true', 'unverified'),
        ('With DistilBERT, text lines give 92.12 and text blocks 91.14 Macro F1 on '
         'GROTOAP2.', 'false', 'unverified'),
        ('The BERT baseline reaches 90.78, against 90.52 for the DistilBERT baseline.',
         'true', 'confirmed'),
        ('The BERT baseline reaches 90.52, against 90.78 for the DistilBERT baseline.',
         'false', 'contradicted'),
        ('LayoutLM with Text Block G(B) reaches 93.38 Macro F1.', 'true', 'confirmed'),
        ('LayoutLM with Text Line G(L) reaches 93.38 Macro F1.', 'false', 'unverified'),
        ('LayoutLM-Large reaches 92.34 Macro F1 on GROTOAP2.', 'false', 'unverified'),
        ('LayoutLM-Base reaches 92.34 Macro F1 on GROTOAP2.', 'true', 'confirmed'),
    ),
    DISCRIMINATIVE: (
        ('With algorithm 3 and default features, the devtest-nc BLEU is 26.09, against '
         '25.73 for algorithm 2 with default features.', 'true', 'unverified'),
        ('With algorithm 3 and default features, the devtest-nc BLEU is 25.73, against '
         '26.09 for algorithm 2 with default features.', 'false', 'unverified'),
        ('Algorithm 4 with +id,ng,shape reaches 28.81 on test-nc.', 'true', 'unverified'),
        ('Algorithm 3 with +id,ng,shape reaches 28.81 on test-nc.', 'false', 'unverified'),
        ('Algorithm 1 with +shape features reaches 28.1 on test-nc and algorithm 2 27.91.',
         'true', 'unverified'),
        ('Algorithm 1 with +shape features reaches 27.91 on test-nc and algorithm 2 28.1.',
         'false', 'unverified'),
        ('Algorithm 2 with +ng features uses 354k features.', 'true', 'unverified'),
        ('Algorithm 3 with +ng features uses 354k features.', 'false', 'unverified'),
        ('Algorithm 4 with +ng reaches 26.42 on devtest-nc.', 'true', 'unverified'),
        ('Algorithm 4 with +ng reaches 26.42 on test-nc.', 'false', 'unverified'),
        ('MIRA reaches 27.10 on test-nc.', 'true', 'confirmed'),
        ('MIRA with default features reaches 25.88 on devtest-nc.', 'false', 'unverified'),
        ('Algorithm 1 with default features reaches 25.88 on devtest-nc and 28.0 on '
         'test-nc.', 'true', 'unverified'),
        ('On devtest-nc, algorithm 2 with +shape reaches 26.07, against 26.39 for '
         'algorithm 3 with +shape.', 'true', 'unverified'),
        ('On devtest-nc, algorithm 2 with +shape reaches 26.39, against 26.07 for '
         'algorithm 3 with +shape.', 'false', 'unverified'),
        ('Algorithm 4 with +id reaches 27.82 on test-nc, below algorithm 3 with +id at '
         '27.97.', 'true', 'unverified'),
        ('Algorithm 4 with +id reaches 27.97 on test-nc, above algorithm 3 with +id at '
         '27.82.', 'false', 'unverified'),
        ('Algorithm 4 tuned on train-ep reaches 28.62 on test-ep.', 'true', 'unverified'),
        ('Algorithm 1 with +id,ng,shape reaches 28.62 on test-ep.', 'false', 'unverified'),
        ('Algorithm 1 with default features reaches 15.39 on test-crawl10, against 14.43 '
         'on test-crawl11.', 'true', 'confirmed'),
        ('Algorithm 1 with default features reaches 14.43 on test-crawl10.', 'false', 'unverified'),
        ('Algorithm 4 reaches 19.12 on test-crawl10 and 17.33 on test-crawl11.',
         'true', 'unverified'),
        ('Algorithm 4 reaches 17.33 on test-crawl10 and 19.12 on test-crawl11.',
         'false', 'unverified'),
        ('Algorithm 1 with +id,ng,shape uses 300k features on Europarl.', 'true', 'unverified'),
        ('Algorithm 4 uses 300k features on Europarl.', 'false', 'unverified'),
    ),
    SPECTER: (
        ('On MAG, SPECTER reaches 82.0 F1, against 79.7 for SciBERT.', 'true', 'unverified'),
        ('On MAG, SPECTER reaches 79.7 F1, against 82.0 for SciBERT.', 'false', 'unverified'),
        ('On MeSH, Doc2vec reaches 69.2 F1.', 'true', 'confirmed'),
        ('On MeSH, Doc2vec reaches 66.2 F1.', 'false', 'contradicted'),
        ('On Co-View, SPECTER reaches a MAP of 83.6 and an nDCG of 91.5.', 'true', 'unverified'),
        ('On Co-View, SPECTER reaches a MAP of 91.5 and an nDCG of 83.6.', 'false', 'unverified'),
        ('On Cite, SGC reaches an nDCG of 96.2.', 'true', 'confirmed'),
        ('On Co-Cite, SGC reaches an nDCG of 96.2.', 'false', 'contradicted'),
        ('On Co-Read, Citeomatic reaches a MAP of 80.5.', 'true', 'confirmed'),
        ('On Co-View, Citeomatic reaches a MAP of 80.5.', 'false', 'contradicted'),
        ('SPECTER reaches a P@1 of 20.0 on recommendations.', 'true', 'confirmed'),
        ('SPECTER reaches an nDCG of 20.0 on recommendations.', 'false', 'contradicted'),
        ('SIF averages 75.9, against 74.1 for Fasttext-sum.', 'true', 'unverified'),
        ('SIF averages 74.1, against 75.9 for Fasttext-sum.', 'false', 'unverified'),
        ("Sent-BERT's average of 67.5 is below SciBERT's 59.6.", 'false', 'unverified'),
        ("SciBERT's average of 59.6 is below Sent-BERT's 67.5.", 'true', 'unverified'),
        ('On Cite, ELMo reaches a MAP of 65.8.', 'true', 'confirmed'),
        ('On Cite, ELMo reaches a MAP of 82.6.', 'false', 'contradicted'),
        ("Removing the abstract lowers SPECTER's average from 80.0 to 68.1.", 'true', 'unverified'),
        ('Adding venues gives 84.5 on CLS.', 'true', 'confirmed'),
        ('Adding authors gives 84.5 on CLS.', 'false', 'unverified'),
        ('Without hard negatives, SPECTER reaches 36.8 on REC.', 'true', 'confirmed'),
        ('Starting from BERT-Large, SPECTER reaches 36.8 on REC.', 'false', 'unverified'),
        ('With BERT-Large as the starting point, the average is 77.5.', 'true', 'confirmed'),
        ('With BERT-Large as the starting point, the average is 78.4.', 'false', 'contradicted'),
    ),
    SRL: (
        ('On the Catalan development set, LAS is 86.69.', 'true', 'confirmed'),
        ('On the Catalan test set, LAS is 86.69.', 'false', 'contradicted'),
        ('On the Chinese test set, the Semantic Labeled score is 75.29.', 'true', 'confirmed'),
        ('On the Chinese development set, the Semantic Labeled score is 75.29.',
         'false', 'contradicted'),
        ('On Japanese, the development Macro F1 is 82.63 and the test Macro F1 82.51.',
         'true', 'unverified'),
        ('On Japanese, the development Macro F1 is 82.51 and the test Macro F1 82.63.',
         'false', 'unverified'),
        ('On out-of-domain Czech data, LAS is 76.40.', 'true', 'unverified'),
        ('On out-of-domain German data, LAS is 77.34.', 'true', 'unverified'),
        ('On the German test set, LAS is 77.34.', 'false', 'unverified'),
        ('On the English test set, Semantic Labeled reaches 80.39, against 68.44 on '
         'out-of-domain English data.', 'true', 'unverified'),
        ('On out-of-domain English data, Macro F1 is 85.14.', 'false', 'unverified'),
        ('The Semantic Unlabeled score on the Czech development set is 94.05.',
         'true', 'confirmed'),
        ('The Semantic Unlabeled score on the Czech test set is 94.05.', 'false', 'unverified'),
        ('On the Spanish development set, LAS of 86.53 is below the Semantic Unlabeled '
         'score of 93.87.', 'true', 'unverified'),
    ),
    OLMOCR: (
        ('On olmOCR-Bench, Mistral OCR API scores 72.0 overall.', 'true', 'confirmed'),
        ('On olmOCR-Bench, Mistral OCR API scores 72.0 on ArXiv.', 'false', 'unverified'),
        ('Marker 1.10.1 reaches 83.8 on ArXiv, against 76.6 for MinerU 2.5.4.',
         'true', 'unverified'),
        ('Marker 1.10.1 reaches 76.6 on ArXiv, against 83.8 for MinerU 2.5.4.',
         'false', 'unverified'),
        ('DeepSeek-OCR scores 33.3 on old scans.', 'true', 'unverified'),
        ('DeepSeek-OCR scores 33.3 on old scans math.', 'false', 'unverified'),
        ('On Tables, Chandra OCR 0.1.0 reaches 88.0.', 'true', 'confirmed'),
        ('On Tables, Infinity-Parser 7B reaches 88.0.', 'false', 'contradicted'),
        ('On headers and footers, Nanonets-OCR2-3B scores 32.1.', 'true', 'unverified'),
        ('On multi column, Nanonets-OCR2-3B scores 32.1.', 'false', 'contradicted'),
        ('Adding dynamic temperature scaling raises the overall score from 68.2 to 72.8.',
         'true', 'unverified'),
        ('Adding better prompting raises the overall score to 72.8.', 'false', 'unverified'),
        ('Handling blank pages gives 79.9 on old scans math.', 'true', 'confirmed'),
        ('The final olmOCR 2 (+ Synth data, RLVR, souping) reaches 84.9 on Tables.',
         'true', 'unverified'),
        ('The final olmOCR 2 reaches 82.3 on Tables.', 'false', 'unverified'),
        ('olmOCR (first release) scores 54.8 on long tiny text, against 81.9 for the synth '
         'data step.', 'true', 'unverified'),
        ('olmOCR (first release) scores 81.9 on long tiny text, against 54.8 for the synth '
         'data step.', 'false', 'unverified'),
        ('PaddleOCR-VL scores 97.0 on headers and footers.', 'true', 'unverified'),
        ("PaddleOCR-VL's base score of 98.5 is above Chandra OCR 0.1.0's 99.9.",
         'false', 'unverified'),
        ("PaddleOCR-VL's base score of 98.5 is below Chandra OCR 0.1.0's 99.9.",
         'true', 'unverified'),
        ('Infinity-Parser 7B, released in June 2025, scores 79.1 on olmOCR-Bench.',
         'true', 'unverified'),
        ('Infinity-Parser 7B, released in October 2025, scores 79.1 on olmOCR-Bench.',
         'false', 'unverified'),
        ('Qwen 2 VL 7B scores 31.5 on olmOCR-Bench.', 'true', 'confirmed'),
        ('Qwen 2.5 VL 7B scores 31.5 on olmOCR-Bench.', 'false', 'unverified'),
        ('Gemini Flash 2 scores 57.8, against 68.9 for OpenAI GPT-4o.', 'true', 'unverified'),
        ('Gemini Flash 2 scores 68.9, against 57.8 for OpenAI GPT-4o.', 'false', 'unverified'),
        ('olmOCR 2 scores 82.4 on olmOCR-Bench, against 68.2 for olmOCR.', 'true', 'unverified'),
        ('MinerU 1.3.10 scores 61.5 on olmOCR-Bench.', 'true', 'unverified'),
        ('MinerU 2.5.4 scores 61.5 on olmOCR-Bench.', 'false', 'unverified'),
        ('Nanonets OCR S scores 64.5 and Nanonets OCR2 3B 69.5.', 'true', 'confirmed'),
        ('Nanonets OCR S scores 69.5 and Nanonets OCR2 3B 64.5.', 'false', 'contradicted'),
    ),
    AMDCN: (
        ("On UCF, AMDCN's MAE is not 290.82.", 'false', 'unverified'),
        ('On UCF, MCNN does not reach an MAE of 290.82.', 'true', 'unverified'),
        ('On UCF, AMDCN does not reach an MAE of 295.80.', 'true', 'unverified'),
        ('On UCF, AMDCN never reaches an MAE of 290.82, against 377.60 for MCNN.',
         'false', 'unverified'),
        ('On UCF, it is not true that AMDCN reaches an MAE of 290.82 and MCNN 377.60.',
         'false', 'unverified'),
        ("On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is not below "
         "MCNN's 377.60.", 'false', 'unverified'),
        ("On the UCF crowd dataset, MCNN's mean absolute error of 377.60 is not below "
         "AMDCN's 290.82.", 'true', 'unverified'),
        ('On UCF, AMDCN does not reach an MAE of 290.82.', 'false', 'unverified'),
        ("On the UCF crowd dataset, MCNN's mean absolute error of 377.60 is under AMDCN's "
         '290.82.', 'false', 'unverified'),
        ("On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is over MCNN's "
         '377.60.', 'false', 'unverified'),
        ("On the UCF crowd dataset, AMDCN's mean absolute error of 290.82 is under MCNN's "
         '377.60.', 'true', 'confirmed'),
        ("On the UCF crowd dataset, MCNN's mean absolute error of 377.60 is well over "
         "AMDCN's 290.82.", 'true', 'confirmed'),
        ("On UCF, AMDCN's MAE of 290.82 equals MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 matches MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is on par with MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is close to MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is the same as MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is within a point of MCNN's 377.60.",
         'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is similar to MCNN's 377.60.", 'false', 'unverified'),
        ('On UCF, AMDCN (290.82) and MCNN (377.60) perform alike.', 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is nearly identical to MCNN's 377.60.",
         'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is comparable to MCNN's 377.60.", 'false', 'unverified'),
        ("On TRANCOS, AMDCN's GAME at level 0 is not 9.77.", 'false', 'unverified'),
        ("On TRANCOS, AMDCN's GAME (L=1) of 13.16 equals that of [18], 13.75.",
         'false', 'unverified'),
        ("On TRANCOS, AMDCN's GAME (L=2) of 15.00 is under the 16.69 of [18].",
         'true', 'unverified'),
        ("On TRANCOS, AMDCN's GAME (L=2) of 15.00 is over the 16.69 of [18].",
         'false', 'unverified'),
        ('On TRANCOS, HOG-2 reaches a GAME (L=3) of 28.41, against 15.87 for AMDCN.',
         'true', 'unverified'),
        ('On TRANCOS, HOG-2 does not reach a GAME (L=3) of 28.41.', 'false', 'unverified'),
        ("On UCF, Hydra2s's MAE of 333.73 is the same as that of [3], 318.10.",
         'false', 'unverified'),
        ('On UCF, [23] reaches an MAE of 295.80, against 318.10 for [3].', 'true', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is a fraction of MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is a quarter of MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 differs little from MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is indistinguishable from MCNN's 377.60.",
         'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is roughly MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is just shy of MCNN's 377.60.", 'false', 'unverified'),
        ("On UCF, AMDCN's MAE of 290.82 is a fifth of MCNN's 377.60.", 'false', 'unverified'),
        ('On UCF, AMDCN reaches an MAE of 290.82 and MCNN 377.60.', 'true', 'confirmed'),
        ('The MAE on UCF is 290.82 for AMDCN and 377.60 for MCNN.', 'true', 'confirmed'),
        ('On UCF, Hydra2s reaches an MAE of 333.73, against 377.60 for MCNN.', 'true', 'confirmed'),
        ("On UCF, Hydra2s's MAE of 333.73 is about the same as MCNN's 377.60.",
         'false', 'unverified'),
        ("On UCF, Hydra2s's MAE of 333.73 is lower than MCNN's 377.60.", 'true', 'unverified'),
    ),
}


@pytest.fixture(scope="module")
def papers():
    read = {corpus: _papers_of(REAL / corpus / "sources") for corpus in set(SOURCES.values())}
    return {stem: read[corpus](stem)[0] for stem, corpus in SOURCES.items()}




@pytest.mark.parametrize("rule", sorted(WRONG))
def test_the_wrong_verdicts_are_gone(papers, rule):
    stem, _, wrong = WRONG[rule]
    for verdict in _verify(papers, stem, list(wrong)):
        assert verdict.status == Status.unverified, (verdict.text, _explained(verdict))
        assert WHY.get(rule, "") in _explained(verdict)


@pytest.mark.parametrize("rule", sorted(WRONG))
def test_each_rule_is_what_keeps_the_wrong_verdicts_away(papers, monkeypatch, rule):
    """With the rule disabled, the page gives the wrong verdicts again."""
    round30_guards_off(monkeypatch)  # round 30's rules keep the same verdicts away
    stem, disable, wrong = WRONG[rule]
    disable(monkeypatch)
    assert [verdict.status for verdict in _verify(papers, stem, list(wrong))] \
        == list(wrong.values())


def test_true_claims_of_the_same_shapes_are_still_confirmed(papers):
    for stem, text in RIGHT:
        verdict = _verify(papers, stem, [text])[0]
        assert verdict.status == Status.confirmed, (text, _explained(verdict))


def _quantity(text: str, number: str):
    from verify_claims.claims.models import Quantity

    start = text.index(number)
    return Quantity(value=float(number), text=number, span=(start, start + len(number)))


def test_settings_named_reads_numbers_printed_as_numbers():
    """A setting is printed as a number of its own: not inside "0.768" nor as one of the
    claimed numbers; a claim that prints none of the cells' settings is read as before, one
    that prints those of some cells only decides nothing."""
    paths = ((), ())
    text = "With 0.768 dropout, the 12-layer model reaches 84.4 and 85.7."
    pairs = [(_quantity(text, "84.4"), paths), (_quantity(text, "85.7"), paths)]
    assert numbers_named.settings_named(text, pairs, [{"768"}, {"1024"}])
    named = "With hidden size 1024 it reaches 84.4, against 85.7 with 768."
    pairs = [(_quantity(named, "84.4"), paths), (_quantity(named, "85.7"), paths)]
    assert numbers_named.settings_named(named, pairs, [{"1024"}, {"768"}])
    assert not numbers_named.settings_named(named, pairs, [{"768"}, {"1024"}])
    assert not numbers_named.settings_named(named, pairs, [{"768"}, {"16"}])


def test_over_and_under_order_two_numbers_only_between_them():
    first_text = "Averaged over all tasks, A reaches 80.1, against 79.9 for B."
    first, second = _quantity(first_text, "80.1"), _quantity(first_text, "79.9")
    assert not number_order.orders(first_text, [first.span, second.span])
    text = "A's 377.60 is under B's 290.82."
    first, second = _quantity(text, "377.60"), _quantity(text, "290.82")
    assert number_order.orders(text, [first.span, second.span])
    assert not number_order.numeric_order(text, first, second, (377.60, 290.82))
    assert number_order.numeric_order(text, first, second, (290.82, 377.60)) == \
        ", and 377.60 is below 290.82"


def test_a_word_between_the_numbers_that_pairs_nothing_is_read():
    labels = "Table 1. Mean absolute error of various methods on UCF crowds AMDCN MAE MCNN [28]"
    text = "On UCF, AMDCN's MAE of 290.82 is a quarter of MCNN's 377.60."
    spans = [_quantity(text, "290.82").span, _quantity(text, "377.60").span]
    assert number_order.unpaired_word(text, spans, labels, frozenset()) == "quarter"
    text = "On UCF, AMDCN reaches an MAE of 290.82, against 377.60 for MCNN."
    spans = [_quantity(text, "290.82").span, _quantity(text, "377.60").span]
    assert number_order.unpaired_word(text, spans, labels, frozenset()) is None
    text = "On UCF, AMDCN's 290.82 is well below the older MCNN's 377.60."
    spans = [_quantity(text, "290.82").span, _quantity(text, "377.60").span]
    assert number_order.unpaired_word(text, spans, labels, frozenset({"older"})) is None


def test_likeness_words_are_no_plain_pairing():
    assert number_order.orders("A's 290.82 is on par with B's 377.60.")
    assert not number_order.orders("A reaches 84.6 on MNLI matched and 83.4 on mismatched.")


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_keep_their_statuses(papers, stem):
    texts = [text for text, _, _ in PROBES[stem]]
    for (text, gold, status), verdict in zip(PROBES[stem], _verify(papers, stem, texts),
                                             strict=True):
        assert DECISIVE.get(verdict.status.value, gold) == gold, (text, _explained(verdict))
        if status in DECISIVE:
            assert verdict.status.value == status, (text, _explained(verdict))
