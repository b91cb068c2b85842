"""Red-team-9 report 5 (Markdown): claims over the three papers of the corpus that share their
names and numbers but assert a setting, a cause or a split the papers never state, written
after the first four batches had run (the corpus needed a fifth of unverified claims): the
right cell with an unstated hyperparameter or optimizer (the papers tuned over several), a
number of one model given to another's training ("10 days", "ten times", "5 epochs"), a cell
under a split the table prints as a dash, a length bin read as another bin ("≥ 10" as "up to
10"), results of a model variant the tables do not print (the transformer's WEAT, uni-skip).
Labelled from the page images before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

USE = "1803.11175"  # Cer et al., Universal Sentence Encoder (2018)
ADI = "1608.04207"  # Adi et al., auxiliary prediction tasks (ICLR 2017)
WIE = "1511.08198"  # Wieting et al., paraphrastic sentence embeddings (ICLR 2016)

USE_EV = ("Table 1 (page 3): MR - - 10,662 (Train, Dev, Test). Table 2 (page 4): USE_D+CNN "
          "(w2v w.e.) TREC 97.67; USE_T+CNN (lrn w.e.) SST 87.21. Table 4 (page 6): WEAT for "
          "GloVe and Uni. Enc. (DAN) only. Section 3 (page 2): no number of layers, heads or "
          "epochs for the encoders; Figure 2 (page 6) plots compute time without stating a "
          "rate. Section 6 (page 4): Training repeats ten times for each transfer task model.")
ADI_EV = ("Section 6 (page 5): LSTM length accuracies between 82% and 87% (dimensions not "
          "given per value); CBOW 45% to 65%. Appendix II (page 11): training [of the "
          "encoder-decoder] takes approximately 10 days and is stopped after 5 epochs with no "
          "loss improvement; Appendix I: Skip-gram ... window size of 5 words (no epochs). "
          "Table 1 (page 8): Permuted word order 76.5% (no cause given for the drop).")
WIE_EV = ("Table 2 (page 7): DAN 2015 Twitter 53.7; ST 2014 SICK 49.8 (which skip-thought "
          "variant is not said). Table 3 (page 8): iRNN Pavlick et al. (oracle) 60.3. Table 5 "
          "(page 9): LSTM (o.g.) binary sentiment 89.2; tuned over AdaGrad (0.05) and Adam "
          "(0.001). Table 6 (page 10): PARAGRAM-PHRASE 1200 similarity 82.85; tuned over the two "
          "optimization schemes (page 11). Footnote 16: for the DANs we tuned ... the number of "
          "layers (either 1 or 2) [supervised models]. Table 7 (page 11): rows by the maximum "
          "number of tokens of the pair: 5 74.0; >= 10 72.6.")


def U(text, paper, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", paper, page, ev, why)


# Fifth batch (labelled from the page images before it ran).
ROWS = (
    U("The DAN encoder processes 1,000 sentences per second on CPU.", USE, 6, USE_EV,
      "Figure 2 only; no rate is stated."),
    U("USE_D+CNN (w2v w.e.) reaches 97.67 on TREC with a dropout rate of 0.5.", USE, 4, USE_EV,
      "No dropout rate is reported."),
    U("The transformer encoder was trained for 10 epochs.", USE, 4, USE_EV,
      "No epochs are given; 'ten times' is the transfer models' repeats."),
    U("With the transformer encoder, the WEAT effect size for flowers vs. insects is 1.38.",
      USE, 6, USE_EV, "Table 4 reports the DAN encoder only; 1.38 is its value."),
    U("MR has 10,662 training examples.", USE, 3, USE_EV,
      "MR's Train column is a dash; 10,662 is its test count."),
    U("USE_T+CNN (lrn w.e.) reaches 87.21 on SST with a CNN filter width of 3.", USE, 4, USE_EV,
      "No filter width is reported."),
    U("The transformer encoder uses 8 attention heads.", USE, 2, USE_EV,
      "The number of heads is not given."),
    U("The CBOW model with 300 dimensions reaches 65% length accuracy.", ADI, 5, ADI_EV,
      "The text gives the range 45% to 65% without dimensions; the figure only."),
    U("The LSTM auto-encoder with 750 dimensions reaches 87% length accuracy.", ADI, 5, ADI_EV,
      "The text gives the range 82% to 87% without dimensions."),
    U("Training the auxiliary task classifiers takes approximately 10 days.", ADI, 11, ADI_EV,
      "10 days is the encoder-decoder's training time."),
    U("Skip-thought's word order accuracy drops to 76.5% on permuted sentences because of its "
      "GRU decoder.", ADI, 8, ADI_EV, "No such cause is given."),
    U("The CBOW word vectors are trained for 5 epochs.", ADI, 11, ADI_EV,
      "The CBOW vectors' epochs are not given; 5 is the window size and the ED's patience."),
    U("The DAN reaches 53.7 on 2015 Twitter with two hidden layers.", WIE, 7, WIE_EV,
      "The layers of the Table 2 DAN are not stated."),
    U("The projection model takes 3 hours to train on PPDB XL.", WIE, 7, WIE_EV,
      "No training time is reported."),
    U("Skip-thought scores 49.8 on 2014 SICK with the uni-skip model.", WIE, 7, WIE_EV,
      "Which skip-thought model Table 2 uses is not said."),
    U("The LSTM with output gate reaches 89.2% on binary SST when trained with Adam.", WIE, 9,
      WIE_EV, "The optimizer was tuned over AdaGrad and Adam; the one chosen is not given."),
    U("PARAGRAM-PHRASE with 1200 dimensions reaches 82.85 on SICK similarity with a learning "
      "rate of 0.05.", WIE, 10, WIE_EV, "Tuned over AdaGrad (0.05) and Adam (0.001)."),
    U("The iRNN reaches 60.3 on the Pavlick et al. oracle with MAX sampling.", WIE, 8, WIE_EV,
      "The sampling chosen for iRNN is not stated."),
    U("PARAGRAM-PHRASE reaches 74.0 on pairs whose sentences each have exactly 5 tokens.", WIE,
      11, WIE_EV, "The row is the pairs whose longer piece has 5 tokens."),
    U("For pairs of up to 10 tokens, PARAGRAM-PHRASE reaches 72.6.", WIE, 11, WIE_EV,
      "72.6 is the '>= 10' bin; pairs up to 10 tokens are not reported together."),
)

REPORT = LabelledReport(
    file="05_sentence_embeddings_settings.md",
    title="Settings Behind Sentence-Embedding Results",
    date="2027-09-05",
    examines="the settings under which sentence-embedding results were obtained",
    research_question="Under which settings do the reported sentence-embedding results hold?",
    references=(USE, ADI, WIE),
    rows=ROWS,
    quality_score=6.4,
)
