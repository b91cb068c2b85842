"""Red-team-6 report 2 (text with bare headings): Devlin et al., BERT (NAACL 2019, arXiv
1810.04805). Table 5 (page 8) ablates the pre-training tasks on BERTBASE under a spanning "Dev
Set" header over five task columns, each with its measure in brackets on a third header row
("(Acc)", "(F1)"); a row "+ BiLSTM" extends the row above it. Table 6 (page 9) crosses six
model sizes, given only by their hyperparameters (#L, #H, #A), with the LM perplexity and three
dev accuracies. Table 7 (page 9, CoNLL-2003 NER) prints Dev F1 and Test F1 in three stacked row
blocks: baselines cited by author ("ELMo (Peters et al., 2018a)"), a "Fine-tuning approach"
block and a "Feature-based approach (BERTBASE)" block whose rows are layer choices. Table 8
(page 16) crosses masking rates with dev results. Adversarial claims: the other split of the
same row, the fine-tuning block's cell for the feature-based row and back, the other size's
numbers (the text's 110M and 340M), the same model's cell in another table, baselines'
numbers attributed to the wrong authors, counts of settings, models the ablation never ran.
Labelled from the page images (110 dpi, tables at 200-220 dpi) and `pdftotext -layout` before
any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

BT = "1810.04805"  # Devlin, Chang, Lee, Toutanova; NAACL 2019

SIZES = ("Section 3 (page 3): We primarily report results on two model sizes: BERTBASE (L=12, "
         "H=768, A=12, Total Parameters=110M) and BERTLARGE (L=24, H=1024, A=16, Total "
         "Parameters=340M).")
T5 = ("Table 5 (Ablation over the pre-training tasks using the BERTBASE architecture; header "
      "Dev Set over MNLI-m (Acc), QNLI (Acc), MRPC (Acc), SST-2 (Acc), SQuAD (F1)): BERTBASE "
      "84.4 / 88.4 / 86.7 / 92.7 / 88.5; No NSP 83.9 / 84.9 / 86.5 / 92.6 / 87.9; LTR & No NSP "
      "82.1 / 84.3 / 77.5 / 92.1 / 77.8; + BiLSTM 82.1 / 84.1 / 75.7 / 91.6 / 84.9")
T6 = ("Table 6 (Ablation over BERT model size; Hyperparams #L #H #A, LM (ppl), Dev Set Accuracy "
      "MNLI-m MRPC SST-2): 3 768 12 5.84 77.9 79.8 88.4; 6 768 3 5.24 80.6 82.2 90.7; 6 768 12 "
      "4.68 81.9 84.8 91.3; 12 768 12 3.99 84.4 86.7 92.9; 12 1024 16 3.54 85.7 86.9 93.3; 24 "
      "1024 16 3.23 86.6 87.8 93.7")
S52 = ("Section 5.2 (page 8): the largest Transformer explored in Vaswani et al. (2017) is (L=6, "
       "H=1024, A=16) with 100M parameters for the encoder, and the largest Transformer we have "
       "found in the literature is (L=64, H=512, A=2) with 235M parameters (Al-Rfou et al., "
       "2018). By contrast, BERTBASE contains 110M parameters and BERTLARGE contains 340M "
       "parameters.")
T7 = ("Table 7 (CoNLL-2003 Named Entity Recognition results; Dev F1, Test F1; Dev and Test "
      "scores averaged over 5 random restarts): ELMo (Peters et al., 2018a) 95.7 / 92.2; CVT "
      "(Clark et al., 2018) - / 92.6; CSE (Akbik et al., 2018) - / 93.1; Fine-tuning approach: "
      "BERTLARGE 96.6 / 92.8, BERTBASE 96.4 / 92.4; Feature-based approach (BERTBASE): "
      "Embeddings 91.0 / -, Second-to-Last Hidden 95.6 / -, Last Hidden 94.9 / -, Weighted Sum "
      "Last Four Hidden 95.9 / -, Concat Last Four Hidden 96.1 / -, Weighted Sum All 12 Layers "
      "95.5 / -")
S53 = ("Section 5.3 (page 9): The best performing method concatenates the token representations "
       "from the top four hidden layers of the pre-trained Transformer, which is only 0.3 F1 "
       "behind fine-tuning the entire model.")
T8 = ("Table 8 (page 16, Ablation over different masking strategies; Masking Rates MASK SAME "
      "RND; Dev Set Results MNLI Fine-tune, NER Fine-tune, NER Feature-based): 80% 10% 10% 84.2 "
      "95.4 94.9; 100% 0% 0% 84.3 94.9 94.0; 80% 0% 20% 84.1 95.2 94.6; 80% 20% 0% 84.4 95.2 "
      "94.7; 0% 20% 80% 83.7 94.8 94.6; 0% 0% 100% 83.6 94.9 94.6")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, BT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, BT, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", BT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Removing next sentence prediction lowers BERT-Base's QNLI dev accuracy from 88.4 to "
      "84.9.", "table_cell", 8, T5),
    C("Without NSP, the BERT-Base ablation reaches 87.9 F1 on SQuAD.", "table_cell", 8, T5),
    C("Adding a BiLSTM on top of the left-to-right model raises SQuAD F1 from 77.8 to 84.9.",
      "table_cell", 8, T5),
    C("The left-to-right model without NSP drops MRPC accuracy to 77.5.", "table_cell", 8, T5),
    C("BERT-Base has 12 layers, a hidden size of 768 and 110M parameters.", "text_number", 3,
      SIZES),
    C("BERT-Large has 340M parameters.", "text_number", 3, SIZES),
    C("A 6-layer model with hidden size 768 and 3 attention heads reaches 80.6 MNLI-m dev "
      "accuracy.", "table_cell", 9, T6),
    C("The 24-layer model with hidden size 1024 reaches an LM perplexity of 3.23.", "table_cell",
      9, T6),
    C("With 12 layers, hidden size 1024 and 16 attention heads, the model reaches 93.3 on "
      "SST-2.", "table_cell", 9, T6),
    C("With three attention heads, the 6-layer model reaches 82.2 on MRPC.", "table_cell", 9, T6),
    C("The model-size ablation compares six configurations.", "paraphrase", 9, T6,
      "Six rows of hyperparameters."),
    C("On CoNLL-2003, fine-tuned BERT-Large reaches 96.6 dev F1 and 92.8 test F1.", "table_cell",
      9, T7),
    C("Concatenating BERT-Base's last four hidden layers as features gives 96.1 dev F1 on "
      "CoNLL-2003 NER.", "table_cell", 9, T7),
    C("Using only BERT-Base's embeddings as features gives 91.0 dev F1 on CoNLL-2003 NER.",
      "table_cell", 9, T7),
    C("Akbik et al. report a CoNLL-2003 test F1 of 93.1 for CSE.", "table_cell", 9, T7,
      "The CSE row cites Akbik et al., 2018; the paper did not run CSE."),
    C("ELMo reaches a CoNLL-2003 test F1 of 92.2.", "table_cell", 9, T7),
    C("The largest Transformer of Vaswani et al. (L=6, H=1024, A=16) has 100M parameters for "
      "the encoder.", "text_number", 8, S52),
    C("With the default 80/10/10 masking, BERT reaches 84.2 MNLI dev accuracy.", "table_cell",
      16, T8),
    C("Masking only with [MASK] lowers the feature-based NER dev F1 to 94.0.", "table_cell", 16,
      T8, "The 100% / 0% / 0% row."),
    C("Concatenating the top four hidden layers is only 0.3 F1 behind fine-tuning the entire "
      "model.", "text_number", 9, S53),
    C("The 3-layer model reaches 77.9 MNLI-m dev accuracy.", "table_cell", 9, T6),
    # --- contradicted ------------------------------------------------------------------------
    X("Removing NSP lowers BERT-Base's QNLI dev accuracy to 84.3.", "neighbour_cell", 8, T5,
      "84.9; 84.3 is the LTR & No NSP model's."),
    X("The No NSP model reaches 77.5% on MRPC.", "neighbour_cell", 8, T5,
      "86.5; 77.5 is the LTR & No NSP model's."),
    X("In the pre-training task ablation, BERT-Base reaches 92.9 on SST-2.", "wrong_number", 8,
      f"{T5}. {T6}", "92.7 in Table 5; 92.9 is Table 6's 12-layer row."),
    X("BERT-Base has 24 layers.", "wrong_number", 3, SIZES, "L=12; 24 is BERT-Large's."),
    X("BERT-Base has 340M parameters.", "wrong_number", 3, SIZES, "110M; 340M is BERT-Large's."),
    X("The 12-layer model with hidden size 1024 reaches 86.6 MNLI-m dev accuracy.",
      "neighbour_cell", 9, T6, "85.7; 86.6 is the 24-layer model's."),
    X("Fine-tuned BERT-Base reaches 96.1 dev F1 on CoNLL-2003.", "neighbour_cell", 9, T7,
      "96.4; 96.1 is the feature-based concatenation's."),
    X("Fine-tuned BERT-Large reaches 96.6 test F1 on CoNLL-2003 NER.", "neighbour_cell", 9, T7,
      "92.8 on test; 96.6 is dev."),
    X("A weighted sum of BERT-Base's last four hidden layers gives 96.1 dev F1 on NER.",
      "neighbour_cell", 9, T7, "95.9; 96.1 is the concatenation's."),
    X("Clark et al.'s CVT reaches 93.1 test F1 on CoNLL-2003.", "neighbour_cell", 9, T7,
      "92.6; 93.1 is CSE's."),
    X("Al-Rfou et al. report a 64-layer Transformer with 100M parameters.", "wrong_number", 8,
      S52, "235M; 100M is Vaswani et al.'s encoder."),
    X("Masking only with [MASK] lowers the fine-tuned NER dev F1 to 94.0.", "neighbour_cell", 16,
      T8, "94.9 fine-tuned; 94.0 is feature-based."),
    X("Fine-tuned BERT-Base reaches 92.4 dev F1 on CoNLL-2003.", "neighbour_cell", 9, T7,
      "96.4 on dev; 92.4 is its test F1."),
    X("The model-size ablation compares five configurations.", "wrong_count", 9, T6,
      "Six rows."),
    X("ELMo reaches a CoNLL-2003 test F1 of 95.7.", "neighbour_cell", 9, T7,
      "92.2 on test; 95.7 is dev."),
    X("Replacing masked tokens with random tokens only (100% RND) gives 84.3 MNLI dev "
      "accuracy.", "neighbour_cell", 16, T8, "83.6; 84.3 is the MASK-only row's."),
    X("The 6-layer model with 12 attention heads reaches 80.6 MNLI-m dev accuracy.",
      "neighbour_cell", 9, T6, "81.9; 80.6 is the 3-head 6-layer model's."),
    # --- unverified --------------------------------------------------------------------------
    U("The feature-based concatenation of BERT-Base's last four layers reaches 96.1 test F1.", 9,
      T7, "The feature-based rows print no test F1; 96.1 is dev."),
    U("BERT-Large without NSP reaches 83.9 on MNLI-m.", 8, T5,
      "The ablation uses BERT-Base only; 83.9 is BERT-Base's No NSP."),
    U("A 48-layer BERT reaches a masked LM perplexity of 3.0.", 9, T6, "No 48-layer model."),
    U("Peters et al. report a CoNLL-2003 dev F1 of 96.1 for ELMo with four layers.", 9, T7,
      "ELMo's dev F1 is 95.7; no four-layer ELMo row."),
    U("BERT-Large with a feature-based weighted sum of all 12 layers reaches 95.5 dev F1.", 9, T7,
      "The feature-based rows are BERT-Base's; BERT-Large is not run feature-based."),
    U("Clark et al.'s CVT reaches 95.7 dev F1 on CoNLL-2003.", 9, T7,
      "CVT's dev cell is '-'; 95.7 is ELMo's."),
    U("The 12-layer model with hidden size 768 reaches 84.4 on QNLI.", 9, f"{T6}. {T5}",
      "Table 6 has no QNLI column; 84.4 is that row's MNLI-m."),
    U("The feature-based second-to-last hidden layer reaches 95.6 test F1 on CoNLL-2003.", 9, T7,
      "The feature-based rows print no test F1; 95.6 is dev."),
    U("With 6 layers, BERT reaches 80.6 MNLI-m dev accuracy.", 9, T6,
      "Two 6-layer rows (3 heads: 80.6; 12 heads: 81.9); the claim does not say which."),
)

REPORT = LabelledReport(
    file="02_bert_ablations.txt",
    title="What Makes a Bidirectional Encoder Work: Pre-training Tasks, Size and Features",
    date="2027-06-03",
    examines="ablations of pre-training tasks, model size, features and masking in BERT",
    research_question="Which pre-training choices explain a bidirectional encoder's gains?",
    references=(BT,),
    rows=ROWS,
    quality_score=6.8,
)
