"""Round 19's probe of text claims on two papers nobody tuned on (branch text19): each claim
labelled from the PAGE IMAGE (pdftoppm -r 110) before the tool was run on it.

MTLE = Zhang, Xiao, Chen, Wang, Jin, "Multi-Task Label Embedding for Text Classification"
(arXiv:1710.07210v1); STR = Liu & Lapata, "Learning Structured Text Representations"
(arXiv:1705.09207v3). Both PDFs are copied byte for byte from the llhthinker/NLP-Papers
repository. Each entry: (paper, page, category, label, claim, where the page says it).
"""

from __future__ import annotations

MTLE = "1710.07210"
STR = "1705.09207"

PROBE: list[tuple[str, int, str, bool, str, str]] = [
    # --- MTLE ------------------------------------------------------------------------------
    (MTLE, 5, "text_number", True,
     "Multi-Domain benefits from MTLE with an average improvement of 5.8%.",
     "Multi-Domain, Multi-Cardinality and Multi-Objective benefit from MTLE with average "
     "improvements of 5.8%, 3.1% and 1.7%"),
    (MTLE, 5, "text_number", True,
     "MTLE improves Multi-Cardinality tasks by 3.1% on average.", "same list, second item"),
    (MTLE, 5, "wrong_number", False,
     "MTLE improves Multi-Objective tasks by 3.1% on average.", "1.7%, the third item"),
    (MTLE, 5, "text_number", True,
     "Model-II reaches 91.3 on IMDB in Multi-Cardinality.",
     "The result of Model-II for IMDB in Multi-Cardinality is slightly better than that in "
     "Multi-Objective (91.3 against 90.9)"),
    (MTLE, 5, "direction_flip", False,
     "Model-II does worse on IMDB in Multi-Cardinality than in Multi-Objective.",
     "slightly better (91.3 against 90.9)"),
    (MTLE, 5, "text_number", True,
     "The Google News corpus used for Word2Vec has a vocabulary of about 3M words.",
     "Google News corpus, which contains more than 100B words with a vocabulary size of "
     "about 3M"),
    (MTLE, 5, "wrong_number", False,
     "The Google News corpus used for Word2Vec has a vocabulary of about 5M words.", "3M"),
    (MTLE, 5, "text_number", True,
     "The Google News corpus contains more than 100B words.", "more than 100B words"),
    (MTLE, 5, "text_number", True,
     "Hyperparameters are chosen with 10-fold cross-validation.",
     "We apply 10-fold cross-validation and different combinations of hyperparameters are "
     "investigated"),
    (MTLE, 5, "wrong_number", False,
     "Hyperparameters are chosen with 5-fold cross-validation.", "10-fold"),
    (MTLE, 5, "paraphrase", True,
     "Model-I performs better on tasks of shorter lengths, such as SST-1 and SST-2.",
     "Model-I performs better on tasks of shorter lengths, for example, SST-1 and SST-2"),
    (MTLE, 5, "direction_flip", False,
     "Model-I performs worse on shorter tasks such as SST-1 and SST-2.", "better"),
    (MTLE, 6, "text_number", True,
     "Zero Update reaches 89.9 on IMDB in Case 1.",
     "Zero Update achieves competitive performances in Case 1 (89.9 for IMDB) and Case 2 "
     "(86.3 for Kitchen)"),
    (MTLE, 6, "wrong_number", False,
     "Zero Update reaches 88.9 on IMDB in Case 1.", "89.9"),
    (MTLE, 6, "text_number", True,
     "Zero Update reaches 86.3 on Kitchen in Case 2.", "(86.3 for Kitchen)"),
    (MTLE, 6, "text_number", True,
     "In Case 3, Zero Update reaches only 74.2 on IMDB.",
     "the result for IMDB in Case 3 is only 74.2"),
    (MTLE, 6, "direction_flip", False,
     "Hot Update requires more training time than Cold Update.",
     "Different from Cold Update, Hot Update resumes training only on the new tasks, requires "
     "much less training time"),
    (MTLE, 6, "paraphrase", True,
     "Hot Update requires much less training time than Cold Update.", "same sentence"),
    (MTLE, 6, "negation", False,
     "MTLE needs structural modifications when new tasks are introduced.",
     "MTLE can easily scale and needs no structural modifications when new tasks are "
     "introduced"),
    (MTLE, 6, "text_number", True,
     "When all four tasks are trained together, Model-II achieves an average improvement of "
     "5.9%.", "achieves an average improvement of 5.9% when all the four tasks are trained "
     "together"),
    (MTLE, 6, "wrong_number", False,
     "When all four tasks are trained together, Model-II achieves an average improvement of "
     "6.9%.", "5.9%"),
    (MTLE, 7, "text_number", True,
     "PV slightly surpasses MTLE on IMDB, 91.7 against 91.3.",
     "PV slightly surpasses MTLE on IMDB (91.7 against 91.3)"),
    (MTLE, 7, "direction_flip", False,
     "MTLE surpasses PV on IMDB.", "PV slightly surpasses MTLE on IMDB"),
    (MTLE, 5, "text_number", True,
     "Before Update outperforms the Single Task baseline by 3.1% on average.",
     "Before Update ... outperform the Single Task in Table 3 by 3.1% on average"),
    (MTLE, 5, "wrong_number", False,
     "Before Update outperforms the Single Task baseline by 1.3% on average.", "3.1%"),
    (MTLE, 1, "text_number", True,
     "MTLE is evaluated on five benchmark datasets for text classification.",
     "Extensive experiments on five benchmark datasets for text classification"),
    (MTLE, 1, "wrong_count", False,
     "MTLE is evaluated on six benchmark datasets for text classification.", "five"),
    (MTLE, 7, "text_number", True,
     "The paper explores three different scenarios of multi-task learning.",
     "We explore three different scenarios of multi-task learning"),
    (MTLE, 7, "wrong_count", False,
     "The paper explores four different scenarios of multi-task learning.", "three"),
    # --- STR -------------------------------------------------------------------------------
    (STR, 6, "text_number", True,
     "After removing sentences with unknown labels, SNLI has 549,367 training pairs.",
     "After removing sentences with unknown labels, we obtained 549,367 pairs for training, "
     "9,842 for development and 9,824 for testing"),
    (STR, 6, "text_number", True,
     "The SNLI development set has 9,842 pairs.", "9,842 for development"),
    (STR, 6, "wrong_number", False,
     "The SNLI development set has 9,824 pairs.", "9,824 is the test set's"),
    (STR, 6, "text_number", True,
     "For natural language inference, the hidden size of the LSTM was set to 150.",
     "The hidden size of the LSTM was set to 150 (section 4.1)"),
    (STR, 6, "text_number", True,
     "Computing structured attention takes only 1/10 of the training time.",
     "computation of structured attention takes only 1/10 of training time"),
    (STR, 7, "paraphrase", True,
     "Simple attention brings performance improvements over no attention.",
     "we observe that simple attention brings performance improvements over no attention"),
    (STR, 7, "negation", False,
     "Simple attention brings no performance improvements over no attention.",
     "brings performance improvements"),
    (STR, 7, "paraphrase", True,
     "The tree matrix inversion model slightly outperforms the inside-outside model of Kim et "
     "al. (2017).", "Our own model with tree matrix inversion slightly outperforms the "
     "inside-outside model of Kim et al. (2017)"),
    (STR, 7, "direction_flip", False,
     "The inside-outside model of Kim et al. (2017) slightly outperforms the tree matrix "
     "inversion model.", "the other way round"),
    (STR, 7, "text_number", True,
     "Inside-outside is 10-20 times slower than the matrix inversion model.",
     "considerably faster compared to inside-outside. The latter is 10-20 times slower than "
     "our model on the same platform"),
    (STR, 7, "negation", False,
     "Matrix inversion increases running speed over the simpler attention mechanism.",
     "matrix inversion does not increase running speed over the simpler attention mechanism"),
    (STR, 8, "text_number", True,
     "The IMDB reviews were crawled for 50K movies.",
     "IMDB reviews were obtained from Diao et al. (2014), who randomly crawled reviews for 50K "
     "movies"),
    (STR, 8, "wrong_number", False,
     "The IMDB reviews were crawled for 40K movies.", "50K"),
    (STR, 8, "text_number", True,
     "Each IMDB review has a user rating ranging from 1 to 10.",
     "Each review is associated with user ratings ranging from 1 to 10 (run-in head "
     "'IMDB reviews')"),
    (STR, 8, "text_number", True,
     "Experiments on the Czech reviews perform 10-fold cross-validation.",
     "Czech reviews ... Experiments on this dataset perform 10-fold cross-validation"),
    (STR, 8, "wrong_number", False,
     "Experiments on the Czech reviews perform 5-fold cross-validation.", "10-fold"),
    (STR, 8, "text_number", True,
     "For document classification, the dimension of the structure vectors was set to 25.",
     "the dimensions of the semantic and structure vectors were set to 75 and 25, "
     "respectively"),
    (STR, 8, "wrong_number", False,
     "For document classification, the dimension of the semantic vectors was set to 25.",
     "75 (respectively)"),
    (STR, 8, "paraphrase", True,
     "Only words appearing more than five times were retained in the vocabulary.",
     "we only retained words appearing more than five times in building the vocabulary"),
    (STR, 8, "text_number", True,
     "For document classification, dropout with rate 0.3 was applied on the input and output "
     "layers.", "Dropout was applied on the input and output layers with dropout rate 0.3"),
    (STR, 9, "text_number", True,
     "Using structured attention on both levels achieves the best results on three out of four "
     "datasets.", "the combination is beneficial achieving best results on three out of four "
     "datasets"),
    (STR, 9, "wrong_count", False,
     "Using structured attention on both levels achieves the best results on two out of four "
     "datasets.", "three"),
    (STR, 9, "text_number", True,
     "The structured attention approach takes only 20 minutes for one training epoch on the "
     "largest dataset.", "taking only 20 minutes for one training epoch on the largest "
     "dataset"),
    (STR, 9, "wrong_number", False,
     "The structured attention approach takes 30 minutes for one training epoch on the largest "
     "dataset.", "20 minutes"),
    (STR, 9, "text_number", True,
     "The induced trees have a height of 5.78, compared to 8.99 for the Stanford parser.",
     "The trees are generally less deep (their height is 5.78 compared to 8.99 for the "
     "Stanford parser)"),
    (STR, 9, "direction_flip", False,
     "The induced dependency trees are deeper than those of the Stanford parser.",
     "less deep"),
    (STR, 10, "text_number", True,
     "Over 70% of the trees induced on Yelp, IMDB and CZ Movies are projective.",
     "the large number (over 70%) of projective trees induced on Yelp, IMBD, and CZ Movies "
     "datasets"),
    (STR, 9, "text_number", True,
     "The inside-outside approach needs 5 hours of training for one epoch on document "
     "classification.", "footnote 4: its prohibitive computation cost leading to 5 hours of "
     "training for one epoch"),
    (STR, 8, "text_number", True,
     "Yelp reviews carry human ratings on a scale from 1 to 5.",
     "restaurant reviews, each associated with human ratings on a scale from 1 (negative) to 5 "
     "(positive)"),
    (STR, 8, "wrong_number", False,
     "Yelp reviews carry human ratings on a scale from 1 to 10.", "1 to 5"),
]
