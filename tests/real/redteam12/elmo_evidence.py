"""Evidence strings of the twelfth red-team corpus: Peters et al., Deep Contextualized Word
Representations (ELMo; NAACL 2018, arXiv 1802.05365; the copy in allenai/pawls's test fixtures,
11 pages in two columns, printed page numbers 2227-2237, no arXiv stamp). Copied from the page
images (110 dpi; tables at 200-220 dpi), shared by the t*_*.py modules."""

from __future__ import annotations

ELMO = "1802.05365"  # Peters et al., Deep contextualized word representations

T1 = ("Table 1 (page 5; test set; columns Previous SOTA, Our baseline, ELMo + baseline, Increase "
      "(absolute/relative)): SQuAD Liu et al. (2017) 84.4 | 81.1 | 85.8 | 4.7 / 24.9%; SNLI "
      "Chen et al. (2017) 88.6 | 88.0 | 88.7 ± 0.17 | 0.7 / 5.8%; SRL He et al. (2017) 81.7 | "
      "81.4 | 84.6 | 3.2 / 17.2%; Coref Lee et al. (2017) 67.2 | 67.2 | 70.4 | 3.2 / 9.8%; NER "
      "Peters et al. (2017) 91.93 ± 0.19 | 90.15 | 92.22 ± 0.10 | 2.06 / 21%; SST-5 McCann et "
      "al. (2017) 53.7 | 51.4 | 54.7 ± 0.5 | 3.3 / 6.8%. Caption: accuracy for SNLI and SST-5; "
      "F1 for SQuAD, SRL and NER; average F1 for Coref ... mean and standard deviation across "
      "five runs with different random seeds (NER, SST-5).")
T2 = ("Table 2 (page 6; development set; columns Baseline, Last Only, All layers λ=1, λ=0.001): "
      "SQuAD 80.8 84.7 85.0 85.2; SNLI 88.1 89.1 89.3 89.5; SRL 81.6 84.1 84.6 84.8")
T3 = ("Table 3 (page 6; development set; ELMo at different locations; columns Input Only, Input "
      "& Output, Output Only): SQuAD 85.1 85.6 84.8; SNLI 88.9 89.5 88.7; SRL 84.7 84.3 80.9")
T5 = ("Table 5 (page 7; all-words fine grained WSD F1): WordNet 1st Sense Baseline 65.9; "
      "Raganato et al. (2017a) 69.9; Iacobacci et al. (2016) 70.1; CoVe, First Layer 59.4; CoVe, "
      "Second Layer 64.7; biLM, First layer 67.4; biLM, Second layer 69.0")
T6 = ("Table 6 (page 7; test set POS tagging accuracies for PTB): Collobert et al. (2011) 97.3; "
      "Ma and Hovy (2016) 97.6; Ling et al. (2015) 97.8; CoVe, First Layer 93.3; CoVe, Second "
      "Layer 92.8; biLM, First Layer 97.3; biLM, Second Layer 96.8")
T7 = ("Table 7 (page 9; development set ablation; columns GloVe, ELMo type, ELMo, ELMo + GloVe): "
      "SQuAD 80.8 81.4 85.3 85.6; SNLI 88.1 88.5 89.1 89.5; SRL 81.6 81.7 84.5 84.7")
BILM = ("Page 4 (Sec. 3.4): The final model uses L = 2 biLSTM layers with 4096 units and 512 "
        "dimension projections and a residual connection from the first to second layer. The "
        "context insensitive type representation uses 2048 character n-gram convolutional "
        "filters followed by two highway layers ... and a linear projection down to a 512 "
        "representation ... After training for 10 epochs on the 1B Word Benchmark, the average "
        "forward and backward perplexities is 39.7, compared to 30.0 for the forward "
        "CNN-BIG-LSTM.")
EVAL = ("Page 4 (Sec. 4): relative error reductions ranging from 6 - 20% over strong base "
        "models ... SQuAD contains 100K+ crowd sourced question-answer pairs ... test set F1 "
        "improved by 4.7% from 81.1% to 85.8%, a 24.9% relative error reduction over the "
        "baseline, and improving the overall single model state-of-the-art by 1.4%. A 11 member "
        "ensemble pushes F1 to 87.4, the overall state-of-the-art at time of submission to the "
        "leaderboard (footnote 2: As of November 17, 2017). The increase of 4.7% with ELMo is "
        "also significantly larger then the 1.8% improvement from adding CoVe to a baseline "
        "model.")
TASKS = ("Page 5: SNLI provides approximately 550K hypothesis/premise pairs ... adding ELMo to "
         "the ESIM model improves accuracy by an average of 0.7% across five random seeds. A "
         "five member ensemble pushes the overall accuracy to 89.3%, exceeding the previous "
         "ensemble best of 88.9% ... He et al. (2017) ... used an 8-layer deep biLSTM ... the "
         "single model test set F1 jumped 3.2% from 81.4% to 84.6% ... even improving over the "
         "previous best ensemble result by 1.2% ... adding ELMo improved the average F1 by 3.2% "
         "from 67.2 to 70.4 ... again improving over the previous best ensemble result by 1.6% "
         "F1 ... The CoNLL 2003 NER task ... tagged with four different entity types (PER, LOC, "
         "ORG, MISC) ... our ELMo enhanced biLSTM-CRF achieves 92.22% F1 averaged over five "
         "runs ... SST-5 involves selecting one of five labels.")
ANALYSIS = ("Page 6: Replacing CoVe with ELMo in the BCN model results in a 1.0% absolute "
            "accuracy improvement over the state of the art ... in the case of SQuAD, using just "
            "the last biLM layer improves development F1 by 3.9% over the baseline. Averaging "
            "all biLM layers instead of using just the last layer improves F1 another 0.3% ... "
            "and allowing the task model to learn individual layer weights improves F1 another "
            "0.2% (λ=1 vs. λ=0.001) ... For SNLI, averaging all layers with λ=1 improves "
            "development accuracy from 88.2 to 88.7% over using just the last layer. SRL F1 "
            "increased a marginal 0.1% to 82.2 for the λ=1 case compared to using the last "
            "layer only [with CoVe] ... for SRL (and coreference resolution, not shown) "
            "performance is highest when it is included at just the input layer.")
SAMPLE = ("Page 8: the SRL model reaches a maximum development F1 after 486 epochs of training "
          "without ELMo. After adding ELMo, the model exceeds the baseline maximum at epoch 10, a "
          "98% relative decrease in the number of updates needed to reach the same level of "
          "performance ... In the SRL case, the ELMo model with 1% of the training set has about "
          "the same F1 as the baseline model with 10% of the training set. Left column: the biLM "
          "top layer representations have F1 of 69.0 and are better at WSD then the first "
          "layer ... unlike WSD, accuracies using the first biLM layer are higher than the top "
          "layer ... the biLM achieves higher accuracies than the CoVe encoder.")
ABL = ("Page 9 (Sec. 5.6-5.7): Replacing the GloVe vectors with the biLM character layer gives a "
       "slight improvement for all tasks (e.g. from 80.8 to 81.4 F1 for SQuAD) ... adding GloVe "
       "to models with ELMo generally provides a marginal improvement over ELMo only models "
       "(e.g. 0.2% F1 improvement for SRL from 84.5 to 84.7).")
INTRO = ("Page 1 (abstract and introduction): these representations can be easily added to "
         "existing models and significantly improve the state of the art across six "
         "challenging NLP problems ... The addition of ELMo representations alone significantly "
         "improves the state of the art in every case, including up to 20% relative error "
         "reductions. For tasks where direct comparisons are possible, ELMo outperforms CoVe.")
RELATED = ("Page 2: we ... train our biLM on a corpus with approximately 30 million sentences "
           "(Chelba et al., 2014) ... Belinkov et al. (2017) showed that the representations "
           "learned at the first layer in a 2-layer LSTM encoder are better at predicting POS "
           "tags then second layer.")
METHOD = ("Page 3: For each token tk, a L-layer biLM computes a set of 2L + 1 representations "
          "... To add ELMo to the supervised model, we first freeze the weights of the biLM and "
          "then concatenate the ELMo vector ... Page 4: in most cases we used a fine-tuned biLM "
          "in the downstream task.")
FIG1 = ("Figure 1 (page 8; baseline vs. ELMo as the training set size is varied from 0.1% to "
        "100%; point labels of the gain with ELMo): SNLI (Accuracy) +12.3 (0.1%), +7.7 (1%), "
        "+1.5 (10%), +1.4 (100%); SRL (F1) +18.6 (0.1%), +20.5 (1%), +10.8 (10%), +3.1 (100%)")
WEIGHTS = ("Page 8 (Sec. 5.5): At the input layer, the task model favors the first biLSTM "
           "layer. For coreference and SQuAD, the this is strongly favored, but the "
           "distribution is less peaked for the other tasks. The output layer weights are "
           "relatively balanced, with a slight preference for the lower layers.")
WSDPOS = ("Pages 7-8: we first use the biLM to compute representations for all words in SemCor "
          "3.0, our training corpus ... falling back to the first sense from WordNet for lemmas "
          "not observed during training. Table 5 compares WSD results using the evaluation "
          "framework from Raganato et al. (2017b) across the same suite of four test sets in "
          "Raganato et al. (2017a) ... a linear classifier that predicts POS tags with the Wall "
          "Street Journal portion of the Penn Treebank (PTB).")
BASELINES = ("Pages 4-5: Our baseline model (Clark and Gardner, 2017) is an improved version of "
             "the Bidirectional Attention Flow model in Seo et al. (BiDAF; 2017). It adds a "
             "self-attention layer after the bidirectional attention component, simplifies some "
             "of the pooling operations and substitutes the LSTMs for gated recurrent units "
             "(GRUs) ... [NER] the baseline model uses pre-trained word embeddings, a "
             "character-based CNN representation, two biLSTM layers and a conditional random "
             "field (CRF) loss.")
