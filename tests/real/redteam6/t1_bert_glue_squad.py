"""Red-team-6 report 1 (Markdown): Devlin, Chang, Lee, Toutanova, BERT: Pre-training of Deep
Bidirectional Transformers for Language Understanding (NAACL 2019, arXiv 1810.04805, two
columns). Table 1 (page 6) is a wide GLUE table with two header rows (the task, then its number
of training examples, "392k") and slash cells for MNLI matched/mismatched ("84.6/83.4"); its
caption names the measure of each column (F1 for QQP and MRPC, Spearman for STS-B, accuracy
for the rest) and says the Average is not the official GLUE score. Tables 2 and 3 (page 7,
SQuAD 1.1 and 2.0) print Dev and Test splits over EM and F1 in three stacked row blocks headed
by rows of one name ("Top Leaderboard Systems (Dec 10th, 2018)", "Published", "Ours"); Table 4
(SWAG) prints Dev and Test. The model sizes are printed in small capitals and come out glued
("BERTBASE", "BERTLARGE"). Adversarial claims: the other size's cell, the other split's cell,
the same number in another table (82.3, 86.6, 78.0, 88.5), the table's Average against the
official leaderboard score of the text, numbers of the paper attributed to other authors
("Radford et al. report"), a measure the caption gives to another column, models never run on
a task. Labelled from the page images (110 dpi, tables at 220 dpi) and `pdftotext -layout`
before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

BT = "1810.04805"  # Devlin, Chang, Lee, Toutanova; NAACL 2019

T1 = ("Table 1 (GLUE Test results, scored by the evaluation server; header rows: task, number "
      "of training examples; F1 for QQP and MRPC, Spearman for STS-B, accuracy for the others; "
      "the Average excludes WNLI and differs from the official GLUE score)")
GLUE = (f"{T1}: columns MNLI-(m/mm) 392k, QQP 363k, QNLI 108k, SST-2 67k, CoLA 8.5k, STS-B "
        "5.7k, MRPC 3.5k, RTE 2.5k, Average; Pre-OpenAI SOTA 80.6/80.1 66.1 82.3 93.2 35.0 81.0 "
        "86.0 61.7 74.0; BiLSTM+ELMo+Attn 76.4/76.1 64.8 79.8 90.4 36.0 73.3 84.9 56.8 71.0; "
        "OpenAI GPT 82.1/81.4 70.3 87.4 91.3 45.4 80.0 82.3 56.0 75.1; BERTBASE 84.6/83.4 71.2 "
        "90.5 93.5 52.1 85.8 88.9 66.4 79.6; BERTLARGE 86.7/85.9 72.1 92.7 94.9 60.5 86.5 89.3 "
        "70.1 82.1")
S41 = ("Section 4.1 (page 6): Both BERTBASE and BERTLARGE outperform all systems on all tasks "
       "..., obtaining 4.5% and 7.0% respective average accuracy improvement over the prior state "
       "of the art. ... For the largest and most widely reported GLUE task, MNLI, BERT obtains a "
       "4.6% absolute accuracy improvement. On the official GLUE leaderboard, BERTLARGE obtains a "
       "score of 80.5, compared to OpenAI GPT, which obtains 72.8 as of the date of writing.")
T2 = ("Table 2 (SQuAD 1.1 results; columns Dev EM, Dev F1, Test EM, Test F1; row blocks Top "
      "Leaderboard Systems (Dec 10th, 2018) / Published / Ours)")
SQ1 = (f"{T2}: Human - / - / 82.3 / 91.2; #1 Ensemble - nlnet - / - / 86.0 / 91.7; #2 Ensemble "
       "- QANet - / - / 84.5 / 90.5; BiDAF+ELMo (Single) - / 85.6 / - / 85.8; R.M. Reader "
       "(Ensemble) 81.2 / 87.9 / 82.3 / 88.5; BERTBASE (Single) 80.8 / 88.5 / - / -; BERTLARGE "
       "(Single) 84.1 / 90.9 / - / -; BERTLARGE (Ensemble) 85.8 / 91.8 / - / -; BERTLARGE "
       "(Sgl.+TriviaQA) 84.2 / 91.1 / 85.1 / 91.8; BERTLARGE (Ens.+TriviaQA) 86.2 / 92.2 / 87.4 "
       "/ 93.2")
T3 = ("Table 3 (SQuAD 2.0 results; columns Dev EM, Dev F1, Test EM, Test F1; row blocks Top "
      "Leaderboard Systems / Published / Ours)")
SQ2 = (f"{T3}: Human 86.3 / 89.0 / 86.9 / 89.5; #1 Single - MIR-MRC (F-Net) - / - / 74.8 / 78.0; "
       "#2 Single - nlnet - / - / 74.2 / 77.1; unet (Ensemble) - / - / 71.4 / 74.9; SLQA+ "
       "(Single) - / (blank) / 71.4 / 74.4; BERTLARGE (Single) 78.7 / 81.9 / 80.0 / 83.1")
SQ2T = ("Section 4.3 (page 7): We observe a +5.1 F1 improvement over the previous best system.")
T4 = ("Table 4 (SWAG Dev and Test accuracies; dagger: Human performance is measured with 100 "
      "samples, as reported in the SWAG paper)")
SWAG = (f"{T4}: ESIM+GloVe 51.9 / 52.7; ESIM+ELMo 59.1 / 59.2; OpenAI GPT - / 78.0; BERTBASE "
        "81.6 / -; BERTLARGE 86.6 / 86.3; Human (expert) - / 85.0; Human (5 annotations) - / "
        "88.0. Section 4.4 (page 7): SWAG (Zellers et al., 2018) ... BERTLARGE outperforms the "
        "authors' baseline ESIM+ELMo system by +27.1% and OpenAI GPT by 8.3%.")
DEV5 = ("Table 5 (page 8, Dev Set): BERTBASE MNLI-m 84.4, QNLI 88.4, MRPC 86.7, SST-2 92.7, "
        "SQuAD F1 88.5; Table 6 (page 9, Dev Set Accuracy): L=12 H=768 A=12 MNLI-m 84.4")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.27, "confirmed", cat, BT, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.26, "contradicted", cat, BT, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.18, "unverified", "unsupported_relation", BT, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("On the GLUE test server, BERT-Base reaches 84.6% accuracy on MNLI matched and 83.4% on "
      "MNLI mismatched.", "table_cell", 6, GLUE, "The slash cell prints matched/mismatched."),
    C("BERT-Large scores 60.5 on CoLA on the GLUE test set.", "table_cell", 6, GLUE),
    C("OpenAI GPT reaches 45.4 on CoLA, against 60.5 for BERT-Large.", "table_cell", 6, GLUE),
    C("Excluding WNLI, BERT-Base averages 79.6 over the GLUE tasks.", "table_cell", 6, GLUE),
    C("The pre-OpenAI state of the art on RTE was 61.7.", "table_cell", 6, GLUE),
    C("MNLI has 392k training examples and QNLI 108k.", "table_cell", 6, GLUE,
      "The second header row prints each task's number of training examples."),
    C("RTE has only 2.5k training examples.", "table_cell", 6, GLUE),
    C("BERT-Large improves the GLUE average over OpenAI GPT by 7.0 points.", "cell_arithmetic", 6,
      f"{GLUE}. {S41}", "82.1 - 75.1 = 7.0; the text's 7.0% too."),
    C("On MNLI, BERT obtains a 4.6% absolute accuracy improvement.", "text_number", 6, S41),
    C("On the official GLUE leaderboard, BERT-Large obtains a score of 80.5, against 72.8 for "
      "OpenAI GPT.", "text_number", 6, S41),
    C("BiLSTM+ELMo+Attn reaches a Spearman correlation of 73.3 on STS-B.", "table_cell", 6, GLUE,
      "The caption gives Spearman correlations for STS-B."),
    C("BERT-Large reaches an F1 of 72.1 on QQP.", "table_cell", 6, GLUE,
      "The caption gives F1 for QQP."),
    C("A single BERT-Large reaches 84.1 EM and 90.9 F1 on the SQuAD 1.1 dev set.", "table_cell",
      7, SQ1, "BERTLARGE (Single) row."),
    C("The BERT-Large ensemble fine-tuned with TriviaQA reaches 93.2 test F1 on SQuAD 1.1.",
      "table_cell", 7, SQ1, "BERTLARGE (Ens.+TriviaQA) row."),
    C("On SQuAD 1.1, the R.M. Reader ensemble scores 82.3 test EM.", "table_cell", 7, SQ1),
    C("Human performance on the SQuAD 1.1 test set is 82.3 EM and 91.2 F1.", "table_cell", 7,
      SQ1),
    C("BERT-Base reaches 88.5 F1 on the SQuAD 1.1 dev set.", "table_cell", 7, SQ1,
      "BERTBASE (Single) row; Table 5's SQuAD (F1) dev column prints 88.5 too."),
    C("On SQuAD 2.0, a single BERT-Large scores 80.0 EM and 83.1 F1 on the test set.",
      "table_cell", 7, SQ2),
    C("On the SQuAD 2.0 dev set, BERT-Large reaches 78.7 EM.", "table_cell", 7, SQ2),
    C("Human performance on SQuAD 2.0 reaches 89.5 test F1.", "table_cell", 7, SQ2),
    C("SLQA+ reaches 74.4 F1 on the SQuAD 2.0 test set.", "table_cell", 7, SQ2),
    C("BERT-Large improves SQuAD 2.0 F1 by 5.1 points over the previous best system.",
      "text_number", 7, SQ2T),
    C("On SWAG, BERT-Large reaches 86.6% dev accuracy and 86.3% test accuracy.", "table_cell",
      7, SWAG),
    C("BERT-Base reaches 81.6% on the SWAG dev set.", "table_cell", 7, SWAG),
    C("On SWAG, BERT-Large outperforms ESIM+ELMo by 27.1 points.", "text_number", 7, SWAG),
    C("Zellers et al. report that expert humans reach 85.0% accuracy on SWAG.", "table_cell", 7,
      SWAG, "The caption: human performance as reported in the SWAG paper, which the text "
      "cites as Zellers et al., 2018."),
    C("BERT is evaluated on eight GLUE tasks in Table 1.", "paraphrase", 6, GLUE,
      "Eight task columns (MNLI, QQP, QNLI, SST-2, CoLA, STS-B, MRPC, RTE); WNLI is excluded."),
    # --- contradicted ------------------------------------------------------------------------
    X("On the GLUE test server, BERT-Base reaches 83.4% accuracy on MNLI matched.",
      "neighbour_cell", 6, GLUE, "84.6 matched; 83.4 is mismatched."),
    X("BERT-Large's MNLI mismatched test accuracy is 86.7%.", "neighbour_cell", 6, GLUE,
      "85.9; 86.7 is matched."),
    X("BERT-Base reaches 84.6% MNLI-m accuracy on the dev set.", "wrong_number", 8,
      f"{DEV5}. {GLUE}", "The dev accuracy is 84.4 (Tables 5 and 6); 84.6 is the GLUE test "
      "score."),
    X("On the GLUE test set, BERT-Base's MNLI-m accuracy is 84.4%.", "wrong_number", 6,
      f"{GLUE}. {DEV5}", "84.6 on test; 84.4 is the dev accuracy."),
    X("BERT-Large scores 82.1 on the official GLUE leaderboard.", "wrong_number", 6,
      f"{S41} {GLUE}", "80.5 on the leaderboard; 82.1 is the table's Average without WNLI, "
      "which the caption says differs from the official score."),
    X("OpenAI GPT scores 75.1 on the official GLUE leaderboard.", "wrong_number", 6,
      f"{S41} {GLUE}", "72.8 on the leaderboard; 75.1 is the table's Average."),
    X("BERT-Large scores 52.1 on CoLA.", "neighbour_cell", 6, GLUE,
      "60.5; 52.1 is BERT-Base's."),
    X("BERT-Base averages 82.1 on GLUE.", "neighbour_cell", 6, GLUE,
      "79.6; 82.1 is BERT-Large's average."),
    X("MRPC has 2.5k training examples.", "neighbour_cell", 6, GLUE, "3.5k; 2.5k is RTE's."),
    X("BERT-Large improves the GLUE average over OpenAI GPT by 4.5 points.", "cell_arithmetic",
      6, f"{GLUE}. {S41}", "82.1 - 75.1 = 7.0; 4.5 is BERT-Base's gain."),
    X("OpenAI GPT reaches 82.3 on QNLI.", "neighbour_cell", 6, GLUE,
      "87.4; 82.3 is GPT's MRPC and the pre-OpenAI SOTA's QNLI."),
    X("BERT-Base reaches 85.8 F1 on MRPC.", "neighbour_cell", 6, GLUE,
      "88.9; 85.8 is its STS-B."),
    X("The R.M. Reader ensemble reaches 82.3 EM on the SQuAD 1.1 dev set.", "neighbour_cell", 7,
      SQ1, "81.2 on dev; 82.3 is its test EM."),
    X("Human performance on the SQuAD 2.0 test set is 82.3 EM.", "wrong_number", 7,
      f"{SQ2}. {SQ1}", "86.9; 82.3 is the human EM on SQuAD 1.1 (Table 2)."),
    X("Humans reach 86.9 EM on the SQuAD 1.1 test set.", "wrong_number", 7, f"{SQ1}. {SQ2}",
      "82.3; 86.9 is the human EM on SQuAD 2.0 (Table 3)."),
    X("On SQuAD 1.1, the BERT-Large ensemble with TriviaQA reaches 92.2 test F1.",
      "neighbour_cell", 7, SQ1, "93.2 on test; 92.2 is its dev F1."),
    X("The top leaderboard ensemble, nlnet, reaches 90.5 test F1 on SQuAD 1.1.",
      "neighbour_cell", 7, SQ1, "91.7; 90.5 is QANet's."),
    X("BERT-Large reaches 86.6% on the SWAG test set.", "neighbour_cell", 7, SWAG,
      "86.3 on test; 86.6 is dev."),
    X("BERT-Base reaches 86.6% on the SWAG dev set.", "neighbour_cell", 7, SWAG,
      "81.6; 86.6 is BERT-Large's."),
    X("ESIM+ELMo reaches 51.9% on the SWAG dev set.", "neighbour_cell", 7, SWAG,
      "59.1; 51.9 is ESIM+GloVe's."),
    X("unet reaches 74.4 F1 on the SQuAD 2.0 test set.", "neighbour_cell", 7, SQ2,
      "74.9; 74.4 is SLQA+'s."),
    X("On SQuAD 2.0, a single BERT-Large reaches 81.9 test F1.", "neighbour_cell", 7, SQ2,
      "83.1 on test; 81.9 is dev."),
    X("On SQuAD 2.0, BERT-Large improves test F1 over the previous best system by 8.3 points.",
      "wrong_number", 7, f"{SQ2T} {SQ2}", "+5.1 (83.1 - 78.0); 8.3 is the SWAG gain over GPT."),
    X("Zellers et al. report that expert humans reach 88.0% accuracy on SWAG.", "neighbour_cell",
      7, SWAG, "85.0 for the expert; 88.0 is with 5 annotations."),
    X("BERT is evaluated on nine GLUE tasks in Table 1.", "wrong_count", 6, GLUE,
      "Eight tasks; WNLI is excluded."),
    # --- unverified --------------------------------------------------------------------------
    U("Radford et al. report a CoLA score of 45.4 for OpenAI GPT.", 6, GLUE,
      "The table's GPT row is a GLUE test-server score; the paper does not say it is the "
      "number Radford et al. reported (the caption's 'reported' says which measure each task "
      "uses)."),
    U("Wang et al. report a GLUE average of 71.0 for BiLSTM+ELMo+Attn.", 6, GLUE,
      "The paper attributes no row of Table 1 to Wang et al.; its Average excludes WNLI."),
    U("OpenAI GPT reaches 78.0 F1 on SQuAD 2.0.", 7, f"{SQ2}. {SWAG}",
      "No GPT row in Table 3; 78.0 is GPT's SWAG test accuracy and MIR-MRC's SQuAD 2.0 F1."),
    U("BERT-Base reaches 88.5 F1 on SQuAD 2.0.", 7, f"{SQ2}. {SQ1}",
      "BERT-Base is not run on SQuAD 2.0; 88.5 is its SQuAD 1.1 dev F1."),
    U("A single BERT-Large without TriviaQA reaches 84.1 EM on the SQuAD 1.1 test set.", 7,
      SQ1, "That row prints no test score; 84.1 is its dev EM."),
    U("OpenAI GPT reaches 78.0% on the SWAG dev set.", 7, SWAG,
      "GPT's dev cell is '-'; 78.0 is its test accuracy."),
    U("BERT-Small averages 79.6 on GLUE.", 6, GLUE,
      "No BERT-Small; 79.6 is BERT-Base's average."),
    U("BERT-Base reaches 86.3% on the SWAG test set.", 7, SWAG,
      "BERT-Base's test cell is '-'; 86.3 is BERT-Large's."),
    U("BERT-Large reaches 72.1% accuracy on QQP.", 6, GLUE,
      "QQP is scored by F1 (caption); no QQP accuracy is printed."),
    U("BERT-Large's STS-B accuracy is 86.5%.", 6, GLUE,
      "STS-B is scored by Spearman correlation (caption); no accuracy is printed."),
    U("The BERT-Large ensemble reaches 85.8 EM on the SQuAD 2.0 dev set.", 7, f"{SQ2}. {SQ1}",
      "No ensemble BERT on SQuAD 2.0; 85.8 is the SQuAD 1.1 ensemble's dev EM."),
    U("Expert humans reach 85.0% on the SWAG dev set.", 7, SWAG,
      "The human rows print no dev score; 85.0 is the expert's test accuracy."),
    U("OpenAI GPT reaches 82.1% MNLI-m accuracy on the dev set.", 6, f"{GLUE}. {DEV5}",
      "Table 1 prints GLUE test scores only; no dev score of GPT is given."),
    U("ELMo reaches 95.7% accuracy on MNLI.", 6, GLUE,
      "The ELMo system of Table 1 (BiLSTM+ELMo+Attn) reaches 76.4; 95.7 is ELMo's NER dev F1 "
      "(Table 7)."),
)

REPORT = LabelledReport(
    file="01_bert_glue_squad.md",
    title="Bidirectional Pre-training: GLUE, SQuAD and SWAG Results",
    date="2027-06-02",
    examines="fine-tuning a bidirectional Transformer encoder on sentence and span tasks",
    research_question="Does a bidirectional pre-trained encoder beat left-to-right models on "
                      "GLUE, SQuAD and SWAG?",
    references=(BT,),
    rows=ROWS,
    quality_score=7.3,
)
