"""Held-out-19 report 3 (text, bare headings): Kalchbrenner et al., Neural Machine Translation
in Linear Time (ByteNet; arXiv 1610.10099v2; two columns, 9 pages). Table 1 (page 5) model
properties (NetS, NetT, Time, RP, PathS, PathT) with no numbers but "c" and lengths; Table 2
(page 6) En-De BLEU of ten systems on WMT NewsTest 2014 and 2015 in three row groups with
blank cells and two "RNN Enc-Dec Att (Chung et al., 2016b)" rows told apart only by their
Inputs / Outputs columns; Table 3 (page 6) bits per byte on the Hutter Prize Wikipedia
benchmark; Table 4 (page 6) the ByteNet's bits/character and BLEU per test year. The
introduction (page 2) prints BLEU 22.85 / 25.53 and bits/character 0.380 / 0.389 where Tables
2 and 4 print 23.75 / 26.26 and 0.521 / 0.532; claims follow the tables and say so.
Labelled from the page images (110 dpi; Tables 2-4 at 200 dpi) before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

BN = "1610.10099"  # Kalchbrenner et al., ByteNet (2016)

T1 = ("Table 1 (page 5; Properties of various neural translation models; columns Model, NetS, "
      "NetT, Time, RP, PathS, PathT): RCTM 1 CNN RNN |S||S|+|T| no |S| |T|; RCTM 2 CNN RNN "
      "|S||S|+|T| yes |S| |T|; RNN Enc-Dec RNN RNN |S|+|T| no |S|+|T| |T|; RNN Enc-Dec Att RNN "
      "RNN |S||T| yes 1 |T|; Grid LSTM RNN RNN |S||T| yes |S|+|T| |S|+|T|; Extended Neural GPU "
      "cRNN cRNN |S||S|+|S||T| yes |S| |T|; Recurrent ByteNet RNN RNN |S|+|T| yes max(|S|,|T|) "
      "|T|; Recurrent ByteNet CNN RNN c|S|+|T| yes c |T|; ByteNet CNN CNN c|S|+c|T| yes c c")
T2 = ("Table 2 (page 6; BLEU scores on En-De WMT NewsTest 2014 and 2015 test sets; columns "
      "Model, Inputs, Outputs, WMT Test '14, WMT Test '15): Phrase Based MT (Freitag et al., "
      "2014; Williams et al., 2015) phrases phrases 20.7 24.0; RNN Enc-Dec (Luong et al., 2015) "
      "words words 11.3; Reverse RNN Enc-Dec (Luong et al., 2015) words words 14.0; RNN Enc-Dec "
      "Att (Zhou et al., 2016) words words 20.6; RNN Enc-Dec Att (Luong et al., 2015) words "
      "words 20.9; GNMT (RNN Enc-Dec Att) (Wu et al., 2016a) word-pieces word-pieces 24.61; RNN "
      "Enc-Dec Att (Chung et al., 2016b) BPE BPE 19.98 21.72; RNN Enc-Dec Att (Chung et al., "
      "2016b) BPE char 21.33 23.45; GNMT (RNN Enc-Dec Att) (Wu et al., 2016a) char char 22.62; "
      "ByteNet char char 23.75 26.26")
T3 = ("Table 3 (page 6; Negative log-likelihood results in bits/byte on the Hutter Prize "
      "Wikipedia benchmark; columns Model, Test): Stacked LSTM (Graves, 2013) 1.67; GF-LSTM "
      "(Chung et al., 2015) 1.58; Grid-LSTM (Kalchbrenner et al., 2016a) 1.47; Layer-normalized "
      "LSTM (Chung et al., 2016a) 1.46; MI-LSTM (Wu et al., 2016b) 1.44; Recurrent Memory Array "
      "Structures (Rocki, 2016) 1.40; HM-LSTM (Chung et al., 2016a) 1.40; Layer Norm HyperLSTM "
      "(Ha et al., 2016) 1.38; Large Layer Norm HyperLSTM (Ha et al., 2016) 1.34; Recurrent "
      "Highway Networks (Srivastava et al., 2015) 1.32; ByteNet Decoder 1.31")
T4 = ("Table 4 (page 6; Bits/character with respective BLEU score achieved by the ByteNet "
      "translation model on the English-to-German WMT translation task; columns WMT Test '14, "
      "WMT Test '15): Bits/character 0.521 0.532; BLEU 23.75 26.26")
LM = ("§5 (page 6): 'The ByteNet Decoder that we use for the result has 30 residual blocks "
      "split into six sets of five blocks each; for the five blocks in each set the dilation "
      "rates are, respectively, 1, 2, 4, 8 and 16. The masked kernel has size 3. This gives a "
      "receptive field of 315 characters. The number of hidden units d is 512. ... we use Adam "
      "... with a learning rate of 0.0003 and a weight decay term of 0.0001. We apply dropout to "
      "the last ReLU layer before the softmax dropping units with a probability of 0.1. We do "
      "not reduce the learning rate during training.'")
MT = ("§6 (page 6): 'We keep 323 characters in the German vocabulary and 296 in the English "
      "vocabulary. The ByteNet used in the experiments has 30 residual blocks in the encoder and "
      "30 residual blocks in the decoder. As in the ByteNet Decoder, the residual blocks are "
      "arranged in sets of five with corresponding dilation rates of 1, 2, 4, 8 and 16. ... The "
      "number of hidden units d is 800. ... Each sentence is padded with special characters to "
      "the nearest greater multiple of 50; 20% of further padding is applied to each source "
      "sentence'")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.33, "confirmed", cat, BN, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.25, "contradicted", cat, BN, page, ev, why)


def U(text, page, ev, why):
    return Row(text, False, 0.16, "unverified", "unsupported_relation", BN, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("The ByteNet decoder reaches 1.31 bits per character on the Hutter Prize Wikipedia test "
      "set.", "text_number", 6, "§5 (page 6): 'The ByteNet decoder achieves 1.31 "
      "bits/character on the test set.'; Table 3 ByteNet Decoder 1.31"),
    C("The Hutter Prize split uses the first 90 million bytes for training and the next 5 "
      "million bytes for validation.", "text_number", 6,
      "§5: 'the first 90 million bytes are used for training, the next 5 million bytes are "
      "used for validation and the last 5 million bytes are used for testing'"),
    C("The Wikipedia vocabulary contains 205 characters in total.", "text_number", 6,
      "§5: 'The total number of characters in the vocabulary is 205.'"),
    C("For language modelling, the ByteNet decoder has 30 residual blocks arranged in six sets "
      "of five.", "text_number", 6, LM),
    C("With a masked kernel of size 3, the language-modelling decoder has a receptive field of "
      "315 characters.", "text_number", 6, LM),
    C("The translation ByteNet uses 800 hidden units.", "text_number", 6, MT),
    C("The translation model keeps 323 characters in its German vocabulary and 296 in its "
      "English vocabulary.", "text_number", 6, MT),
    C("Translations are decoded with a beam of size 12.", "text_number", 7,
      "§6 (page 7): 'We use a beam of size 12.'"),
    C("For English-to-German translation the target length is estimated with a = 1.20 and "
      "b = 0.", "text_number", 4, "§3.2: 'In our case, we let a = 1.20 and b = 0 when "
      "translating from English into German'"),
    C("Dilation rates are doubled at every layer up to a maximum rate of 16.", "text_number", 4,
      "§3.5: 'the dilation rates are doubled every layer up to a maximum rate r (for our "
      "experiments r = 16).'"),
    C("On the NewsTest-2013 validation data, English and German sentence lengths in characters "
      "correlate with a coefficient of 0.968.", "text_number", 4,
      "Figure 5: 'ρ = .968'; caption: 'Lengths of sentences in characters and their "
      "correlation coefficient for the English-to-German WMT NewsTest-2013 validation data.'"),
    C("ByteNet reaches 26.26 BLEU on WMT NewsTest 2015.", "table_cell", 6, T2 + "; " + T4,
      "Tables 2 and 4 print 26.26 (the introduction, page 2, prints 25.53)."),
    C("The character-level GNMT reaches 22.62 BLEU on NewsTest 2014.", "table_cell", 6, T2),
    C("Recurrent Highway Networks reach 1.32 on the Hutter Prize benchmark.", "table_cell", 6,
      T3),
    C("The attentional RNN encoder-decoder of Chung et al. with BPE inputs and character "
      "outputs scores 23.45 BLEU on WMT 2015.", "table_cell", 6, T2),
    C("On WMT 2015 the ByteNet translation model reaches 0.532 bits per character.",
      "table_cell", 6, T4),
    C("ByteNet improves on the phrase-based system by 2.26 BLEU on NewsTest 2015.",
      "cell_arithmetic", 6, T2, "26.26 - 24.0 = 2.26."),
    C("On the Hutter Prize benchmark, the ByteNet decoder improves on the stacked LSTM of "
      "Graves (2013) by 0.36 bits.", "cell_arithmetic", 6, T3, "1.67 - 1.31 = 0.36."),
    C("Word-piece GNMT stays 0.86 BLEU ahead of ByteNet on NewsTest 2014.", "cell_arithmetic",
      6, T2, "24.61 - 23.75 = 0.86."),
    C("Apart from the ByteNet, every model in the Hutter Prize comparison is a variant of the "
      "LSTM.", "paraphrase", 6, "§5 (page 6): 'All the results except for the ByteNet result "
      "are obtained using some variant of the LSTM recurrent neural network'"),
    C("The learning rate is kept constant throughout language-model training.", "paraphrase", 6,
      LM, "'We do not reduce the learning rate during training.'"),
    C("On NewsTest 2014, only the word-piece version of GNMT outperforms the ByteNet among the "
      "word-level systems.", "paraphrase", 7,
      "§6 (page 7): 'compared to the word-level systems it is second only to the version of "
      "GNMT that uses word-pieces.'"),
    C("The decoder is stacked on the encoder in a way that preserves the temporal resolution "
      "of the sequences.", "paraphrase", 2,
      "§1: 'The first mechanism involves the stacking of the decoder on top of the "
      "representation of the encoder in a manner that preserves the temporal resolution of the "
      "sequences'"),
    # --- contradicted ------------------------------------------------------------------------
    X("For language modelling the ByteNet decoder uses 800 hidden units.", "wrong_number", 6,
      LM, "d is 512 for language modelling; 800 is the translation model's."),
    X("Each sentence is padded to the nearest greater multiple of 40 characters.",
      "wrong_number", 6, MT, "A multiple of 50."),
    X("The language-modelling decoder has a receptive field of 351 characters.",
      "transposed_digits", 6, LM, "315."),
    X("The translation model keeps 332 characters in its German vocabulary.",
      "transposed_digits", 6, MT, "323."),
    X("The Large Layer Norm HyperLSTM reaches 1.38 on the Hutter Prize benchmark.",
      "neighbour_cell", 6, T3, "1.34; 1.38 is the Layer Norm HyperLSTM's, the row above."),
    X("The attentional RNN encoder-decoder of Zhou et al. (2016) scores 20.9 BLEU on NewsTest "
      "2014.", "neighbour_cell", 6, T2, "20.6; 20.9 is Luong et al.'s, the next row."),
    X("On WMT 2014 the ByteNet translation model reaches 0.532 bits per character.",
      "neighbour_cell", 6, T4, "0.521; 0.532 is the 2015 column."),
    X("The reverse RNN encoder-decoder of Luong et al. (2015) scores 11.3 BLEU on NewsTest "
      "2014.", "neighbour_cell", 6, T2, "14.0; 11.3 is the plain RNN Enc-Dec's."),
    X("ByteNet improves on the best BPE-input system by 1.72 BLEU on NewsTest 2014.",
      "cell_arithmetic", 6, T2, "23.75 - 21.33 = 2.42."),
    X("The translation ByteNet has 20 residual blocks in its encoder.", "wrong_count", 6, MT,
      "30."),
    X("The residual blocks come in sets of four, with dilation rates 1, 2, 4 and 8.",
      "wrong_count", 6, MT + "; " + LM, "Sets of five, rates 1, 2, 4, 8 and 16."),
    X("Dilation makes the receptive field grow linearly rather than exponentially with network "
      "depth.", "direction_flip", 4, "§3.5: 'Dilation makes the receptive field grow "
      "exponentially in terms of the depth of the networks, as opposed to linearly.'",
      "The other way round."),
    X("German sentences tend to be somewhat shorter than their English counterparts.",
      "direction_flip", 4, "§3.2: 'as German sentences tend to be somewhat longer than their "
      "English counterparts (Fig. 5).'", "Longer."),
    X("The RNN encoder-decoder preserves the resolution of the source sequence.", "negation", 5,
      T1 + "; §4.2: 'The RNN Enc-Dec, however, does not preserve the source sequence "
      "resolution'", "Denied."),
    X("The English and German strings are explicitly segmented into words before translation.",
      "negation", 6, "§6: 'The English and German strings are encoded as sequences of "
      "characters; no explicit segmentation into words or morphemes is applied to the "
      "strings.'", "Denied."),
    # --- unverified --------------------------------------------------------------------------
    U("Training the translation ByteNet takes about a week on 32 GPUs.", 6,
      "§6 gives no training time or hardware.", "Never stated."),
    U("Beam search with a beam of 12 improves BLEU by 0.5 over greedy decoding.", 7,
      "§6: 'We use a beam of size 12.'", "No comparison with greedy decoding."),
    U("The language-modelling decoder is trained with a batch size of 16 and a weight decay of "
      "0.0001.", 6, LM, "The weight decay is printed; no batch size is given."),
    U("The ByteNet decoder reaches 1.31 bits per character on the Penn Treebank.", 6, T3,
      "1.31 is on the Hutter Prize Wikipedia benchmark; Penn Treebank is never used."),
    U("On WMT English-to-French, ByteNet reaches 26.26 BLEU.", 6, T2,
      "Only English-German is evaluated."),
    U("The translation ByteNet warms up its learning rate over 4,000 steps.", 6, MT,
      "Only the learning rate, 0.0003, is given."),
)

REPORT = LabelledReport(
    file="03_linear_time_translation_bare.txt",
    title="Convolutional Sequence Models for Character-Level Translation",
    date="2027-10-04",
    examines="dilated convolutional encoder-decoders for character-level modelling",
    research_question="How do dilated convolutional networks compare with recurrent models on "
                      "character-level language modelling and translation?",
    references=(BN,),
    rows=ROWS,
    quality_score=7.3,
)
