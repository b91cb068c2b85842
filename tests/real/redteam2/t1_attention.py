"""Red-team-2 report 1 (Markdown): Vaswani et al., Attention Is All You Need (arXiv 1706.03762),
its translation table (BLEU and training FLOPs under two spanning headers, empty cells), its
variations table (rows that change one hyperparameter, two columns that share the values 0.0 and
0.2), its parsing table and the numbers of its training section. Adversarial claims: a number of
another metric or language pair in the same row, an abstract number restated for the development
set, an empty cell, a value of the neighbouring hyperparameter, a number from a neighbouring
sentence about the other dataset, section numbers read as results. Labelled from the page images
(tables zoomed at 160-200 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

AT = "1706.03762"  # Vaswani et al. 2017, NIPS 2017 (PDF built from the arXiv LaTeX source)

R = Row
T1 = ("Table 1 (maximum path lengths, per-layer complexity and minimum number of sequential "
      "operations; rows Self-Attention, Recurrent, Convolutional, Self-Attention (restricted))")
T2 = ("Table 2 (BLEU on newstest2014 and training cost; column groups BLEU (EN-DE, EN-FR) and "
      "Training Cost (FLOPs) (EN-DE, EN-FR); rows ByteNet, Deep-Att + PosUnk, GNMT + RL, "
      "ConvS2S, MoE, three ensembles, Transformer (base model), Transformer (big))")
T3 = ("Table 3 (variations on the Transformer, English-to-German development set newstest2013; "
      "columns N, dmodel, dff, h, dk, dv, Pdrop, eps_ls, train steps, PPL (dev), BLEU (dev), "
      "params x10^6; rows base, (A)-(E), big)")
T4 = ("Table 4 (English constituency parsing, WSJ Section 23; columns Parser, Training, WSJ 23 "
      "F1)")
ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    R("The big Transformer reaches 28.4 BLEU on WMT 2014 English-to-German, against 26.36 for "
      "the ConvS2S ensemble.", True, 0.31, "confirmed", "table_cell", AT, 8,
      f"{T2}: BLEU EN-DE: Transformer (big) 28.4, ConvS2S Ensemble 26.36", "As printed."),
    R("On English-to-French, the base Transformer scores 38.1 BLEU, below the 40.46 of a single "
      "ConvS2S model.", True, 0.27, "confirmed", "table_cell", AT, 8,
      f"{T2}: BLEU EN-FR: Transformer (base model) 38.1, ConvS2S 40.46", "As printed."),
    R("The big Transformer beats the ConvS2S ensemble on English-to-German by 2.04 BLEU.", True,
      0.22, "confirmed", "cell_arithmetic", AT, 8,
      f"{T2}: BLEU EN-DE: Transformer (big) 28.4, ConvS2S Ensemble 26.36",
      "28.4 - 26.36 = 2.04."),
    R("Our big model achieves 41.0 BLEU on WMT 2014 English-to-French.", True, 0.24, "confirmed",
      "text_number", AT, 8,
      "On the WMT 2014 English-to-French translation task, our big model achieves a BLEU score "
      "of 41.0", "As printed in the text (Table 2 prints 41.8 for the same model)."),
    R("Single-head attention is 0.9 BLEU worse than the best setting of the number of heads.",
      True, 0.26, "confirmed", "text_number", AT, 9,
      "While single-head attention is 0.9 BLEU worse than the best setting, quality also drops "
      "off with too many heads.", "As printed."),
    R("With 16 attention heads of dimension 32, the model matches the base model's development "
      "BLEU of 25.8.", True, 0.23, "confirmed", "table_cell", AT, 9,
      f"{T3}: (A) h = 16, dk = dv = 32: BLEU (dev) 25.8; base 25.8", "Both 25.8."),
    R("Without dropout (Pdrop = 0.0), development BLEU falls to 24.6 and perplexity rises to "
      "5.77.", True, 0.24, "confirmed", "table_cell", AT, 9,
      f"{T3}: (D) Pdrop 0.0: PPL (dev) 5.77, BLEU (dev) 24.6; base 4.92, 25.8", "As printed."),
    R("Learned positional embeddings reach a development BLEU of 25.7, against 25.8 for "
      "sinusoids.", True, 0.25, "confirmed", "table_cell", AT, 9,
      f"{T3}: (E) positional embedding instead of sinusoids: BLEU (dev) 25.7; base 25.8",
      "As printed."),
    R("The big Transformer has 213 million parameters.", True, 0.28, "confirmed", "table_cell",
      AT, 9, f"{T3}: big: params x10^6 213", "213 x 10^6."),
    R("Reducing the attention key size to 16 lowers development BLEU from 25.8 to 25.1.", True,
      0.21, "confirmed", "table_cell", AT, 9,
      f"{T3}: (B) dk 16: BLEU (dev) 25.1; base 25.8", "As printed."),
    R("Trained semi-supervised, the 4-layer Transformer reaches 92.7 F1 on WSJ Section 23.",
      True, 0.27, "confirmed", "table_cell", AT, 10,
      f"{T4}: Transformer (4 layers), semi-supervised: 92.7", "As printed."),
    R("Trained on WSJ only, the Transformer's 91.3 F1 stays below the 91.7 of Dyer et al. "
      "(2016).", True, 0.22, "confirmed", "table_cell", AT, 10,
      f"{T4}: WSJ only, discriminative: Transformer (4 layers) 91.3, Dyer et al. (2016) 91.7",
      "As printed."),
    R("Each training step of the base models took about 0.4 seconds, and they were trained for "
      "100,000 steps or 12 hours.", True, 0.26, "confirmed", "text_number", AT, 7,
      "each training step took about 0.4 seconds. We trained the base models for a total of "
      "100,000 steps or 12 hours.", "As printed."),
    R("The learning rate grows linearly over the first 4000 training steps and then decays with "
      "the inverse square root of the step number.", True, 0.23, "confirmed", "paraphrase", AT,
      7, "increasing the learning rate linearly for the first warmup_steps training steps, and "
      "decreasing it thereafter proportionally to the inverse square root of the step number. "
      "We used warmup_steps = 4000.", "Paraphrase of Section 5.3."),
    R("Label smoothing of 0.1 makes perplexity worse but improves BLEU.", True, 0.24,
      "confirmed", "paraphrase", AT, 8,
      "we employed label smoothing of value eps_ls = 0.1. This hurts perplexity, as the model "
      "learns to be more unsure, but improves accuracy and BLEU score.", "Paraphrase."),
    R("A self-attention layer has a maximum path length of O(1), against O(n) for a recurrent "
      "layer.", True, 0.2, "confirmed", "table_cell", AT, 6,
      f"{T1}: Maximum Path Length: Self-Attention O(1), Recurrent O(n)", "As printed."),
    R("For parsing, the authors used a beam size of 21 and alpha = 0.3.", True, 0.22,
      "confirmed", "text_number", AT, 10,
      "We used a beam size of 21 and alpha = 0.3 for both WSJ only and the semi-supervised "
      "setting.", "As printed."),
    # --- contradicted --------------------------------------------------------------------------
    R("The big Transformer reaches 41.29 BLEU on English-to-French.", True, 0.24,
      "contradicted", "neighbour_cell", AT, 8,
      f"{T2}: BLEU EN-FR: Transformer (big) 41.8; ConvS2S Ensemble 41.29",
      "41.29 is the ConvS2S ensemble's; the big model has 41.8 (41.0 in the text)."),
    R("The base Transformer scores 38.1 BLEU on English-to-German.", True, 0.23, "contradicted",
      "neighbour_cell", AT, 8, f"{T2}: Transformer (base model): EN-DE 27.3, EN-FR 38.1",
      "38.1 is the English-to-French cell; English-to-German is 27.3."),
    R("Training GNMT + RL for English-to-French took 2.3 x 10^19 FLOPs.", True, 0.2,
      "contradicted", "neighbour_cell", AT, 8,
      f"{T2}: GNMT + RL: Training Cost EN-DE 2.3 x 10^19, EN-FR 1.4 x 10^20",
      "2.3 x 10^19 is the English-to-German cost."),
    R("With 4 attention heads, the development perplexity is 5.01.", True, 0.2, "contradicted",
      "neighbour_cell", AT, 9, f"{T3}: (A) h = 4: PPL (dev) 5.00; h = 32: 5.01",
      "h = 4 gives 5.00; 5.01 is the h = 32 row."),
    R("A dropout rate of 0.2 gives a development BLEU of 25.7.", True, 0.21, "contradicted",
      "neighbour_cell", AT, 9,
      f"{T3}: (D) Pdrop 0.2: BLEU (dev) 25.5; eps_ls 0.2: BLEU (dev) 25.7",
      "25.7 is the label-smoothing 0.2 row; dropout 0.2 gives 25.5."),
    R("Turning label smoothing off (eps_ls = 0.0) raises development perplexity to 5.77.", True,
      0.2, "contradicted", "neighbour_cell", AT, 9,
      f"{T3}: (D) eps_ls 0.0: PPL (dev) 4.67; Pdrop 0.0: PPL (dev) 5.77",
      "5.77 is the no-dropout row; without label smoothing perplexity is 4.67."),
    R("On the newstest2013 development set, the big Transformer reaches 28.4 BLEU.", True, 0.22,
      "contradicted", "wrong_number", AT, 9,
      f"{T3}: big: BLEU (dev) 26.4; 28.4 is Table 2's newstest2014 test BLEU",
      "The development BLEU is 26.4."),
    R("The base model uses 16 attention heads.", True, 0.24, "contradicted", "wrong_number", AT,
      5, f"In this work we employ h = 8 parallel attention layers, or heads. {T3}: base h 8; "
      "big h 16", "The base model has 8 heads; 16 is the big model's."),
    R("The big models were trained for 100,000 steps.", True, 0.22, "contradicted",
      "wrong_number", AT, 7, "The big models were trained for 300,000 steps (3.5 days).",
      "300,000; 100,000 is the base models'."),
    R("The WMT 2014 English-French training set has about 4.5 million sentence pairs.", True,
      0.22, "contradicted", "wrong_number", AT, 7,
      "the standard WMT 2014 English-German dataset consisting of about 4.5 million sentence "
      "pairs ... WMT 2014 English-French dataset consisting of 36M sentences",
      "4.5 million is English-German; English-French has 36M."),
    R("English-German sentences were encoded with a shared vocabulary of 32000 tokens.", True,
      0.2, "contradicted", "wrong_number", AT, 7,
      "byte-pair encoding [3], which has a shared source-target vocabulary of about 37000 "
      "tokens. For English-French, ... a 32000 word-piece vocabulary",
      "37000 for English-German; 32000 is the English-French word-piece vocabulary."),
    R("Trained on WSJ only, the Transformer outperforms every discriminative parser in Table 4.",
      True, 0.19, "contradicted", "direction_flip", AT, 10,
      f"{T4}: WSJ only, discriminative: Dyer et al. (2016) 91.7, Transformer (4 layers) 91.3",
      "Dyer et al.'s discriminative parser is better."),
    R("After 3.5 days on eight P100 GPUs, the Transformer reaches 41.8 BLEU on "
      "English-to-German.", True, 0.2, "contradicted", "neighbour_cell", AT, 8,
      f"{T2}: Transformer (big): EN-DE 28.4, EN-FR 41.8",
      "41.8 is English-to-French; English-to-German is 28.4."),
    R("The base Transformer has 65 million parameters and a development perplexity of 4.33.",
      True, 0.2, "contradicted", "neighbour_cell", AT, 9,
      f"{T3}: base: PPL (dev) 4.92, params 65; big: PPL (dev) 4.33",
      "4.33 is the big model's perplexity; base is 4.92."),
    R("The big Transformer reaches 29.1 BLEU on WMT 2016 English-to-Romanian.", True, 0.15,
      "unverified", "unsupported_relation", AT, 8,
      "The paper reports no English-to-Romanian experiment", "Not run."),
    R("ByteNet scores 39.2 BLEU on English-to-French.", True, 0.18, "unverified",
      "neighbour_cell", AT, 8, f"{T2}: ByteNet: EN-DE 23.75, EN-FR empty; Deep-Att + PosUnk "
      "EN-FR 39.2", "ByteNet's English-to-French cell is empty; 39.2 is the next row's."),
    R("The Transformer reaches a perplexity of 4.92 on the newstest2014 test set.", True, 0.17,
      "unverified", "unsupported_relation", AT, 9,
      f"{T3}: base PPL (dev) 4.92 on newstest2013; no test-set perplexity is reported",
      "4.92 is the development perplexity; no newstest2014 perplexity is given."),
    R("On the WSJ Section 22 development set, the semi-supervised Transformer reaches 92.7 F1.",
      True, 0.16, "unverified", "unsupported_relation", AT, 10,
      f"{T4}: results are on Section 23; Section 22 was used only to select hyperparameters",
      "No Section 22 F1 is reported; 92.7 is Section 23."),
    R("At inference, the base Transformer decodes three times faster than ConvS2S.", True, 0.15,
      "unverified", "unsupported_relation", AT, 8,
      "No decoding speed is reported", "Not stated."),
    R("A beam size of 4 was chosen because larger beams lowered BLEU on the development set.",
      True, 0.15, "unverified", "unsupported_relation", AT, 8,
      "We used beam search with a beam size of 4 and length penalty alpha = 0.6. These "
      "hyperparameters were chosen after experimentation on the development set.",
      "The paper gives no such reason."),
    R("The big Transformer reaches 28.4 BLEU on WMT 2017 English-to-German.", True, 0.16,
      "unverified", "unsupported_relation", AT, 8,
      f"{T2}: newstest2014 (WMT 2014) only; no WMT 2017 result is reported",
      "28.4 is the WMT 2014 score; the year names another test set."),
    R("An ensemble of eight big Transformers reaches 29.3 BLEU on English-to-German.", True,
      0.15, "unverified", "unsupported_relation", AT, 8,
      f"{T2}: no Transformer ensemble is reported", "Not run."),
    R("Learned positional embeddings gave clearly different results from sinusoidal "
      "encodings.", True, 0.17, "contradicted", "negation", AT, 9,
      "In row (E) we replace our sinusoidal positional encoding with learned positional "
      "embeddings [9], and observe nearly identical results to the base model.",
      "Nearly identical, not clearly different."),
    R("On WMT 2014 English-to-Czech, the base Transformer reaches 20.1 BLEU.", True, 0.15,
      "unverified", "unsupported_relation", AT, 8,
      "Only English-to-German and English-to-French are evaluated", "Not run."),
)

REPORT = LabelledReport(
    file="01_attention_tables.md",
    title="Attention Without Recurrence: What the Translation and Parsing Tables Say",
    date="2027-03-09",
    examines="translation quality, training cost and model variations of the Transformer",
    research_question="How good and how costly is a translation model built only on attention, "
                      "and which of its components matter?",
    references=(AT,),
    rows=ROWS,
    quality_score=7.3,
)
