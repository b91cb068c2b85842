"""Held-out-15 report 3 (PDF, built by make_reports.py): Press and Wolf, Using the Output
Embedding to Improve Language Models (EACL 2017, arXiv 1608.05859; two columns, 7 pages).
Table 2 (page 4) gives word2vec's input, output and tied embeddings on five similarity
benchmarks; Table 3 (page 4) the same for the small NNLM on PTB and text8 side by side; Table 4
(page 4) correlations between embeddings; Table 5 (page 4) size, Train, Val. and Test perplexity
of large PTB models; Table 6 (page 5) the small models without dropout on PTB, with blank cells
for baselines; Table 7 (page 5) text8, IMDB and BBC in three stacked blocks of Train/Val./Test
rows; Table 8 (page 5) size and BLEU of EN->FR and EN->DE translation models. Natural claims,
labelled from the page images (110 dpi, tables at 220 dpi) and `pdftotext -layout` before any
verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row, cut

OE = "1608.05859"  # Press and Wolf; EACL 2017

T2 = ("Table 2 (Comparison of input and output embeddings learned by a word2vec skip-gram model, "
      "and the tied word2vec model; Spearman's correlation; Input, Output, Tied): Simlex999 0.30 "
      "0.29 0.17; Verb-143 0.41 0.34 0.12; MEN 0.66 0.61 0.50; Rare-Word 0.34 0.34 0.23; "
      "MTurk-771 0.59 0.54 0.37")
T3 = ("Table 3 (input/output embeddings of the small model of Zaremba et al. and our weight tied "
      "variant; PTB In Out Tied, text8 In Out Tied): Simlex999 0.02 0.13 0.14 0.17 0.27 0.28; "
      "Verb143 0.12 0.37 0.32 0.20 0.35 0.42; MEN 0.11 0.21 0.26 0.26 0.50 0.50; Rare-Word 0.28 "
      "0.38 0.36 0.14 0.15 0.17; MTurk771 0.17 0.28 0.30 0.26 0.48 0.45")
T4 = ("Table 4 (Spearman's rank correlation of similarity values; A, B, word2vec, NNLM(S), "
      "NNLM(L)): In Out 0.77 0.13 0.16; In Tied 0.19 0.31 0.45; Out Tied 0.39 0.65 0.77")
T5 = ("Table 5 (Word level perplexity on PTB and size; Size, Train, Val., Test): Large (Zaremba "
      "et al., 2014) 66M 37.8 82.2 78.4; Large + Weight Tying 51M 48.5 77.7 74.3; Large + BD "
      "(Gal, 2015) + WD 66M 24.3 78.1 75.2; Large + BD + WT 51M 28.2 75.8 73.2; RHN (Zilly et al., "
      "2016) + BD 32M 67.4 71.2 68.5; RHN + BD + WT 24M 74.1 68.1 66.0")
T6 = ("Table 6 (Word level perplexity on PTB and size for models that do not use dropout; Size, "
      "Train, Val., Test): KN 5-gram 141; RNN 123; LSTM 117; Stack RNN 8.48M 110; FOFE-FNN 108; "
      "Noisy LSTM 4.65M 111.7 108.0; Deep RNN 6.16M 107.5; Small model 4.65M 38.0 120.7 114.5; "
      "Small + WT 2.65M 36.4 117.5 112.4; Small + PR 4.69M 50.8 116.0 111.7; Small + WT + PR "
      "2.69M 53.5 104.9 100.9")
T7 = ("Table 7 (Word level perplexity on the text8, IMDB and BBC datasets; Small, S + WT, S + PR, "
      "S + WT + PR): text8 Train 90.4 95.6 92.6 95.3, Val. - - - -, Test 195.3 187.1 199.0 183.2; "
      "IMDB Train 71.3 75.4 72.0 72.9, Val. 94.1 94.6 94.0 91.2, Test 94.3 94.8 94.4 91.5; BBC "
      "Train 28.6 30.1 42.5 45.7, Val. 103.6 99.4 104.9 96.4, Test 110.8 106.8 108.7 98.9")
T8 = ("Table 8 (Size and BLEU score of various translation models; TWWT - three-way weight "
      "tying; Size, Validation, Test): EN->FR Baseline 168M 29.49 33.13, Decoder WT 122M 29.47 "
      "33.26, TWWT 80M 29.43 33.46; EN->DE Baseline 165M 20.96 16.79, Decoder WT 119M 21.09 "
      "16.54, TWWT 79M 21.02 17.15")
NNLM = ("Section 4.2 (page 4): In the small model, both LSTM layers contain 200 units and in the "
        "large model, both contain 1500 units. In addition, the large model uses three dropout "
        "layers ... The dropout probability is 0.65.")
EMB = ("Section 4.1 (page 4): We use: Simlex999, Verb-143, MEN, Rare-Word and MTurk-771 ... As "
       "can be seen in Tab. 2, the output embedding is almost as good as the input embedding. ... "
       "In this case [small NNLM], the input embedding is far inferior to the output embedding.")
NMT = ("Section 4.3 (pages 5-6): we use BPE with 89500 merge operations). All models were "
       "trained using Adadelta (Zeiler, 2012) for 300K updates, have a hidden layer size of 1000 "
       "and all embedding layers are of size 500. Tab. 8 shows that even though the weight tied "
       "models have about 28% fewer parameters than the baseline models, their performance is "
       "similar. This is also the case for the three-way weight tied models, even though they "
       "have about 52% fewer parameters than their untied counterparts.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.29, "confirmed", cat, OE, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.27, "contradicted", cat, OE, page, ev, why)


def U(text, page, ev, why, cat="unsupported_relation"):
    return Row(text, False, 0.19, "unverified", cat, OE, page, ev, why)


ROWS = (
    # --- confirmed -----------------------------------------------------------------------------
    C("Weight tying cuts the large PTB model from 66M to 51M parameters and its test perplexity "
      "from 78.4 to 74.3.", "table_cell", 4, T5),
    C("The recurrent highway network with Bayesian dropout and weight tying reaches a PTB test "
      "perplexity of 66.0 with 24M parameters.", "table_cell", 4, T5),
    C("Combining weight tying with projection regularization brings the small model's PTB test "
      "perplexity down to 100.9.", "table_cell", 5, T6),
    C("On BBC, the small model with both weight tying and projection regularization reaches a "
      "test perplexity of 98.9.", "table_cell", 5, T7),
    C("With three-way weight tying, the EN→FR model scores 33.46 BLEU on test with only 80M "
      "parameters.", "table_cell", 5, T8),
    C("In the skip-gram model, the input embedding reaches a Spearman correlation of 0.66 on "
      "MEN, the tied embedding only 0.50.", "table_cell", 4, T2),
    C("For the large NNLM, the output and tied embeddings correlate at 0.77.", "table_cell", 4,
      T4),
    C("On text8, the small NNLM's output embedding reaches 0.50 on MEN, against 0.26 for its "
      "input embedding.", "table_cell", 4, T3),
    C("Both LSTM layers have 200 units in the small model and 1500 units in the large one.",
      "text_number", 4, NNLM),
    C("The large model uses a dropout probability of 0.65.", "text_number", 4, NNLM),
    C("The projection regularization weight λ is 0.15 in all experiments.", "text_number", 2,
      "Section 3 (page 2): The regularizing term λ||P||2 is then added to the small model's loss "
      "function. In all of our experiments, λ = 0.15."),
    C("The translation models use BPE with 89500 merge operations.", "text_number", 5, NMT),
    C("All translation models are trained with Adadelta for 300K updates, with a hidden layer "
      "of size 1000 and embeddings of size 500.", "text_number", 5, NMT),
    C("Up to 90% of the BPE subwords are shared between English and French.", "text_number", 3,
      "Section 3 (page 3): Tab. 1 shows that up to 90% (85%) of BPE subwords between English and "
      "French (German) are shared."),
    C("Tying the input and output embeddings hurts word2vec but helps neural language models.",
      "paraphrase", 2,
      "Section 2 (page 2): As we show, tying the input and the output embeddings is indeed "
      "detrimental in word2vec. However, it improves performance in NNLMs."),
    C("Projection regularization does not help the large models, which already rely on "
      "dropout.", "paraphrase", 5,
      "Section 4.2 (page 5): PR does not help the large models, which employ dropout for "
      "regularization."),
    C("The weight-tied translation models perform about as well as the baselines with about 28% "
      "fewer parameters.", "paraphrase", 5, NMT),
    C("On PTB, weight tying lowers the small model's test perplexity by 2.1 (114.5 to 112.4).",
      "cell_arithmetic", 5, T6, "114.5 - 112.4 = 2.1."),
    C("Three-way weight tying adds 0.33 BLEU over the EN→FR baseline on test (33.13 to 33.46).",
      "cell_arithmetic", 5, T8, "33.46 - 33.13 = 0.33."),
    C("Over the five similarity benchmarks, the skip-gram input embedding averages a Spearman "
      "correlation of 0.46.", "cell_arithmetic", 4, T2,
      "(0.30 + 0.41 + 0.66 + 0.34 + 0.59) / 5 = 0.46."),
    # --- contradicted ---------------------------------------------------------------------------
    X("With decoder weight tying, the EN→DE model reaches 16.45 BLEU on test.",
      "transposed_digits", 5, T8, "16.54."),
    X("The small model with weight tying has 2.56M parameters.", "transposed_digits", 5, T6,
      "2.65M."),
    X("The recurrent highway network with Bayesian dropout reaches a PTB test perplexity of "
      "86.5.", "transposed_digits", 4, T5, "68.5."),
    X("The large model with weight tying reaches a PTB test perplexity of 77.7.",
      "neighbour_cell", 4, T5, "74.3 on test; 77.7 is validation."),
    X("On IMDB, the small model with both weight tying and projection regularization reaches a "
      "test perplexity of 91.2.", "neighbour_cell", 5, T7, "91.5 on test; 91.2 is validation."),
    X("The three-way tied EN→DE model has 80M parameters.", "neighbour_cell", 5, T8,
      "79M; 80M is the EN→FR TWWT model."),
    X("On IMDB, weight tying alone lowers the small model's test perplexity.", "direction_flip",
      5, T7, "94.3 to 94.8: it rises."),
    X("On EN→DE, three-way weight tying scores a lower test BLEU than the untied baseline.",
      "direction_flip", 5, T8, "17.15 against 16.79: higher."),
    X("Weight tying lowers the large PTB model's training perplexity.", "direction_flip", 4, T5,
      "37.8 to 48.5: it rises; the text says it reduces perplexity on validation and test but "
      "not on the training set."),
    X("In the skip-gram model, the output embedding is far worse than the input embedding.",
      "negation", 4, EMB, "The paper says it is almost as good."),
    X("For the small NNLM, the input embedding is at least as good as the output embedding.",
      "negation", 4, EMB, "The paper says it is far inferior."),
    X("The embeddings are compared on three word-similarity benchmarks.", "wrong_count", 4, EMB,
      "Five benchmarks."),
    X("The large model places two dropout layers around its LSTM layers.", "wrong_count", 4,
      NNLM, "Three dropout layers."),
    X("The three-way tied translation models have about 25% fewer parameters than their untied "
      "counterparts.", "wrong_number", 6, NMT, "About 52%."),
    X("Projection regularization alone lowers the small model's PTB test perplexity by 3.8 "
      "(114.5 to 111.7).", "cell_arithmetic", 5, T6, "114.5 - 111.7 = 2.8, not 3.8."),
    # --- unverified -----------------------------------------------------------------------------
    U("Three-way weight tying also improves English-to-Chinese translation.", 5, T8,
      "Only EN->FR and EN->DE."),
    U("With dropout, the weight-tied small model reaches a BBC test perplexity of 101.2.", 5, T7,
      "The BBC models are the small ones without dropout; no such number."),
    U("The tied embedding of the large NNLM reaches a Spearman correlation of 0.45 on "
      "Simlex999.", 4, f"{T3}. {T4}",
      "Table 3 is the small model's; the large NNLM's embeddings are only compared in Table 4."),
    U("Hinton et al.'s distillation reaches a test perplexity of 70.0 on PTB.", 4, T5,
      "Hinton et al. are cited, but no such result is given."),
    U("The recurrent highway network with weight tying reaches a test perplexity of 66.0 on "
      "text8.", 4, f"{T5}. {T7}", "66.0 is its PTB test perplexity; no RHN on text8."),
    U("Weight tying helps the small model on BBC because BBC's vocabulary is smaller than "
      "IMDB's.", 5, T7, "No such cause or vocabulary comparison."),
    U(cut("On EN→FR, the decoder-only weight-tied model scores 33.26 BLEU on the test set with "
          "122M parameters, against 33.13 for the 168M-parameter baseline, so tying costs nothing "
          "in quality."), 5, T8,
      "The surviving part is right; the rest of the claim is lost.", "truncated"),
    Row(cut("With weight tying, the small PTB model without dropout reaches a validation "
            "perplexity of 127.5 and a test perplexity of 112.4, its best result without "
            "projection regularization."), True, 0.25, "contradicted", "truncated", OE, 5, T6,
        "The surviving part is already false: the validation perplexity is 117.5."),
)

REPORT = LabelledReport(
    file="03_weight_tying_lm.pdf",
    title="Sharing Input and Output Embeddings in Language and Translation Models",
    date="2027-07-08",
    examines="tying the input and output embeddings of word2vec, language models and NMT",
    research_question="What does sharing the output embedding do to perplexity, BLEU and model "
                      "size?",
    references=(OE,),
    rows=ROWS,
    quality_score=7.9,
)
