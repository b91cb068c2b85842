"""Round 20's probe of text claims on two papers nobody tuned on (branch text20): each claim
labelled from the PAGE IMAGE (pdftoppm -r 110) before the tool was run on it.

DEB = Bolukbasi, Chang, Zou, Saligrama, Kalai, "Man is to Computer Programmer as Woman is to
Homemaker? Debiasing Word Embeddings" (NIPS 2016; arXiv:1607.06520), file 1607.06520.pdf;
NPLM = Bengio, Ducharme, Vincent, Jauvin, "A Neural Probabilistic Language Model" (JMLR 3,
2003), file nplm.pdf (pages counted in the PDF, 1 to 19, not the journal's 1137-1155). Both
PDFs are copied byte for byte from the llhthinker/NLP-Papers repository. Each entry: (paper,
page, category, label, claim, where the page says it).
"""

from __future__ import annotations

DEB = "1607.06520"
NPLM = "nplm"

PROBE: list[tuple[str, int, str, bool, str, str]] = [
    # --- DEB -------------------------------------------------------------------------------
    (DEB, 2, "text_number", True,
     "The primary embedding studied is a 300 dimensional word2vec embedding trained on Google "
     "News texts.", "the popular publicly-available word2vec [19, 20] 300 dimensional "
     "embedding trained on a corpus of Google News texts"),
    (DEB, 2, "wrong_number", False,
     "The primary embedding studied is a 200 dimensional word2vec embedding trained on Google "
     "News texts.", "300 dimensional"),
    (DEB, 2, "text_number", True,
     "Each automatically generated analogy is evaluated by 10 crowd-workers.",
     "Figure 1 caption: Each automatically generated analogy is evaluated by 10 crowd-workers"),
    (DEB, 2, "wrong_count", False,
     "Each automatically generated analogy is evaluated by 5 crowd-workers.", "10"),
    (DEB, 2, "paraphrase", True,
     "Word embeddings not only reflect gender stereotypes but can also amplify them.",
     "word embeddings not only reflect such stereotypes but can also amplify them"),
    (DEB, 3, "text_number", True,
     "Starting with the 50,000 most frequent words, 26,377 words remained after filtering.",
     "Starting with the 50,000 most frequent words ... After this filtering, 26,377 words "
     "remained"),
    (DEB, 3, "wrong_number", False,
     "After filtering the 50,000 most frequent words, 23,677 words remained.", "26,377"),
    (DEB, 3, "text_number", True,
     "Only lower-case words and phrases of fewer than 20 characters were selected.",
     "we selected only lower-case words and phrases consisting of fewer than 20 lower-case "
     "characters"),
    (DEB, 3, "wrong_number", False,
     "Only lower-case words and phrases of fewer than 30 characters were selected.", "20"),
    (DEB, 3, "text_number", True,
     "The majority of 10 crowd judgments means annotations made by 5 or more independent "
     "workers.", "When we speak of the majority of 10 crowd judgments, we mean those "
     "annotations made by 5 or more independent workers"),
    (DEB, 3, "wrong_count", False,
     "The majority of 10 crowd judgments means annotations made by 7 or more independent "
     "workers.", "5 or more"),
    (DEB, 3, "paraphrase", True,
     "Schmidt proposed debiasing by entirely removing multiple gender dimensions, one for each "
     "gender pair.", "Schmidt [29] identified the bias present in word embeddings and proposed "
     "debiasing by entirely removing multiple gender dimensions, one for each gender pair"),
    (DEB, 4, "text_number", True,
     "The projection of the occupation words onto the she-he axis is strongly correlated with "
     "their stereotypicality estimates (Spearman rho = 0.51).",
     "is strongly correlated with the stereotypicality estimates of these words (Spearman "
     "rho = 0.51)"),
    (DEB, 4, "wrong_number", False,
     "The projection of the occupation words onto the she-he axis is strongly correlated with "
     "their stereotypicality estimates (Spearman rho = 0.61).", "0.51"),
    (DEB, 4, "text_number", True,
     "72 out of 150 analogies were rated as gender-appropriate by five or more out of 10 "
     "crowd-workers.", "Overall, 72 out of 150 analogies were rated as gender-appropriate by "
     "five or more out of 10 crowd-workers"),
    (DEB, 4, "wrong_count", False,
     "82 out of 150 analogies were rated as gender-appropriate by five or more out of 10 "
     "crowd-workers.", "72"),
    (DEB, 4, "text_number", True,
     "29 analogies were rated as exhibiting gender stereotype by five or more out of 10 "
     "crowd-workers.", "and 29 analogies were rated as exhibiting gender stereotype by five or "
     "more out of 10 crowd-workers"),
    (DEB, 4, "wrong_count", False,
     "39 analogies were rated as exhibiting gender stereotype by five or more out of 10 "
     "crowd-workers.", "29"),
    (DEB, 4, "text_number", True,
     "In all the experiments, the similarity threshold delta is set to 1.",
     "In all the experiments, we take delta = 1"),
    (DEB, 4, "paraphrase", True,
     "The two words forming an analogy are significantly closer together than two random "
     "embedding vectors.", "the two words forming the analogy are significantly closer "
     "together than two random embedding vectors"),
    (DEB, 4, "direction_flip", False,
     "The two words forming an analogy are significantly farther apart than two random "
     "embedding vectors.", "significantly closer together"),
    (DEB, 5, "text_number", True,
     "In w2vNEWS, with N the set of 327 occupations, DirectBias_1 = 0.08.",
     "in w2vNEWS, if we take N to be the set of 327 occupations, then DirectBias_1 = 0.08"),
    (DEB, 5, "wrong_number", False,
     "In w2vNEWS, with N the set of 327 occupations, DirectBias_1 = 0.18.", "0.08"),
    (DEB, 5, "paraphrase", True,
     "The first eigenvalue is significantly larger than the rest.",
     "The first eigenvalue is significantly larger than the rest"),
    (DEB, 5, "direction_flip", False,
     "The first eigenvalue is significantly smaller than the rest.", "larger"),
    (DEB, 5, "text_number", True,
     "The random-word percentages were obtained by averaging over 1,000 draws of ten random "
     "unit vectors in 300 dimensions.", "Figure 2 caption: averaging over 1,000 draws of ten "
     "random unit vectors in 300 dimensions"),
    (DEB, 5, "wrong_count", False,
     "The random-word percentages were obtained by averaging over 100 draws of ten random "
     "unit vectors in 300 dimensions.", "1,000 draws"),
    (DEB, 5, "paraphrase", True,
     "The performance does not degrade after debiasing.",
     "Figure 2 caption: The results show that the performance does not degrade after "
     "debiasing"),
    (DEB, 5, "negation", False,
     "The results show that the performance degrades after debiasing.", "does not degrade"),
    (DEB, 7, "text_number", True,
     "Using dictionary definitions, a subset S0 of 218 words was derived.",
     "Using dictionary definitions, we derive a subset S0 of 218 words out of the words in "
     "w2vNEWS"),
    (DEB, 7, "wrong_number", False,
     "Using dictionary definitions, a subset S0 of 281 words was derived.", "218"),
    (DEB, 7, "text_number", True,
     "The linear classifier results in a set S of 6,449 gender-specific words.",
     "using a linear classifier, resulting in the set S of 6,449 gender-specific words"),
    (DEB, 7, "wrong_number", False,
     "The linear classifier results in a set S of 6,994 gender-specific words.", "6,449"),
    (DEB, 7, "text_number", True,
     "A linear SVM with regularization parameter C = 1.0 was trained.",
     "we trained a linear Support Vector Machine (SVM) with regularization parameter of "
     "C = 1.0"),
    (DEB, 7, "text_number", True,
     "Using 10-fold cross-validation, the classifier reaches an F-score of .627 ± .102.",
     "Using 10-fold cross-validation to evaluate the accuracy, we find an F-score of "
     ".627 ± .102"),
    (DEB, 7, "wrong_number", False,
     "Using 5-fold cross-validation, the classifier reaches an F-score of .627 ± .102.",
     "10-fold"),
    (DEB, 7, "text_number", True,
     "In the soft bias correction experiment, lambda = 0.2.",
     "In the experiment, we use lambda = 0.2"),
    (DEB, 7, "wrong_number", False,
     "In the soft bias correction experiment, lambda = 0.5.", "0.2"),
    (DEB, 8, "text_number", True,
     "On the initial w2vNEWS embedding, 19% of the top 150 analogies were judged as showing "
     "gender stereotypes.", "On the initial w2vNEWS embedding, 19% of the top 150 analogies "
     "were judged as showing gender stereotypes by a majority of the ten workers"),
    (DEB, 8, "wrong_number", False,
     "On the initial w2vNEWS embedding, 29% of the top 150 analogies were judged as showing "
     "gender stereotypes.", "19%"),
    (DEB, 8, "text_number", True,
     "After applying the hard debiasing algorithm, only 6% of the new embedding's analogies "
     "were judged as stereotypical.", "After applying our hard debiasing algorithm, only 6% "
     "of the new embedding were judged as stereotypical"),
    (DEB, 8, "wrong_number", False,
     "After applying the hard debiasing algorithm, 16% of the new embedding's analogies were "
     "judged as stereotypical.", "6%"),
    (DEB, 8, "paraphrase", True,
     "Soft-debiasing was less effective in removing gender bias.",
     "Soft-debiasing was less effective in removing gender bias"),
    (DEB, 8, "direction_flip", False,
     "Soft-debiasing was more effective in removing gender bias.", "less effective"),
    (DEB, 8, "negation", False,
     "The debiasing transformation negatively impacts the performance on standard "
     "benchmarks.", "Appendix Table 2 shows ... the transformation does not negatively impact "
     "the performance"),
    (DEB, 8, "paraphrase", True,
     "The number of appropriate analogies remains similar after hard-debiasing.",
     "the number of appropriate analogies remains similar as in the original embedding after "
     "executing hard-debiasing"),
    # --- NPLM ------------------------------------------------------------------------------
    (NPLM, 11, "text_number", True,
     "The Brown corpus is a stream of 1,181,041 words.",
     "the Brown corpus which is a stream of 1,181,041 words"),
    (NPLM, 11, "wrong_number", False,
     "The Brown corpus is a stream of 1,118,041 words.", "1,181,041"),
    (NPLM, 11, "text_number", True,
     "The first 800,000 words of the Brown corpus were used for training.",
     "The first 800,000 words were used for training"),
    (NPLM, 11, "text_number", True,
     "200,000 words of the Brown corpus were used for validation.",
     "the following 200,000 for validation"),
    (NPLM, 11, "wrong_number", False,
     "300,000 words of the Brown corpus were used for validation.", "200,000"),
    (NPLM, 11, "text_number", True,
     "On Brown, rare words with frequency <= 3 were merged into a single symbol, reducing the "
     "vocabulary size to 16,383.", "Rare words with frequency <= 3 were merged into a single "
     "symbol, reducing the vocabulary size to |V| = 16,383"),
    (NPLM, 11, "wrong_number", False,
     "On Brown, rare words with frequency <= 3 were merged into a single symbol, reducing the "
     "vocabulary size to 17,964.", "16,383 (17964 is AP News's)"),
    (NPLM, 11, "text_number", True,
     "The AP News training set is a stream of about 14 million words.",
     "The training set is a stream of about 14 million (13,994,528) words"),
    (NPLM, 11, "wrong_number", False,
     "The AP News training set is a stream of about 24 million words.", "14 million"),
    (NPLM, 11, "text_number", True,
     "The original AP News data has 148,721 different words.",
     "The original data has 148,721 different words (including punctuation)"),
    (NPLM, 11, "text_number", True,
     "The AP News vocabulary was reduced to 17964 words by keeping only the most frequent "
     "words.", "which was reduced to |V| = 17964 by keeping only the most frequent words"),
    (NPLM, 12, "text_number", True,
     "Apparent convergence was obtained after around 10 to 20 epochs for the Brown corpus.",
     "Apparent convergence of the stochastic gradient ascent procedure was obtained after "
     "around 10 to 20 epochs for the Brown corpus"),
    (NPLM, 12, "text_number", True,
     "On the AP News corpus only 5 epochs were run, over 3 weeks using 40 CPUs.",
     "possibly because we ran only 5 epochs (over 3 weeks using 40 CPUs)"),
    (NPLM, 12, "wrong_number", False,
     "On the AP News corpus 10 epochs were run, over 3 weeks using 40 CPUs.", "5 epochs"),
    (NPLM, 12, "wrong_number", False,
     "On the AP News corpus only 5 epochs were run, over 3 weeks using 20 CPUs.", "40 CPUs"),
    (NPLM, 12, "text_number", True,
     "Compared with the best n-gram, the neural network gives a test perplexity difference of "
     "about 24% on Brown.", "with a test perplexity difference of about 24% on Brown and "
     "about 8% on AP News"),
    (NPLM, 12, "wrong_number", False,
     "Compared with the best n-gram, the neural network gives a test perplexity difference of "
     "about 8% on Brown.", "24% on Brown (8% is AP News's)"),
    (NPLM, 12, "text_number", True,
     "Compared with the best n-gram, the neural network gives a test perplexity difference of "
     "about 8% on AP News.", "about 8% on AP News"),
    (NPLM, 12, "text_number", True,
     "Without direct connections the network took twice as much time to converge, 20 epochs "
     "instead of 10.", "without direct connections the network took twice as much time to "
     "converge (20 epochs instead of 10)"),
    (NPLM, 12, "wrong_number", False,
     "Without direct connections the network took 30 epochs to converge instead of 10.",
     "20 epochs"),
    (NPLM, 12, "direction_flip", False,
     "Without direct input-to-output connections the network converged twice as fast.",
     "took twice as much time to converge"),
    (NPLM, 12, "paraphrase", True,
     "Mixing the output probabilities of the neural network with the interpolated trigram "
     "always helps to reduce perplexity.", "mixing the output probabilities of the neural "
     "network with the interpolated trigram always helps to reduce perplexity"),
    (NPLM, 12, "negation", False,
     "Mixing the output probabilities of the neural network with the interpolated trigram "
     "never helps to reduce perplexity.", "always helps"),
    (NPLM, 12, "paraphrase", True,
     "On Brown, going from 2 words of context to 4 words brought improvements to the neural "
     "network.", "on Brown, going from 2 words of context to 4 words brought improvements to "
     "the neural network, not to the n-grams"),
    (NPLM, 12, "negation", False,
     "On Brown, going from 2 words of context to 4 words brought improvements to the "
     "n-grams.", "not to the n-grams"),
    (NPLM, 13, "text_number", True,
     "The deleted interpolation trigram has a test perplexity that is 33% above that of the "
     "neural network with the lowest validation perplexity.", "Table 1 caption, same words"),
    (NPLM, 13, "wrong_number", False,
     "The deleted interpolation trigram has a test perplexity that is 43% above that of the "
     "neural network with the lowest validation perplexity.", "33%"),
    (NPLM, 13, "text_number", True,
     "The best n-gram on Brown is a class-based model with 500 word classes.",
     "The difference is 24% in the case of the best n-gram (a class-based model with 500 "
     "word classes)"),
    (NPLM, 13, "wrong_number", False,
     "The best n-gram on Brown is a class-based model with 1000 word classes.", "500"),
    (NPLM, 13, "text_number", True,
     "When mixed, the neural network and the trigram each get a weight of 0.5.",
     "mixed with the output of the trigram (with a weight of 0.5 on each)"),
    (NPLM, 13, "paraphrase", True,
     "On AP News the high-order modified Kneser-Ney back-off model gave the best results "
     "among the n-gram models.", "but the high-order modified Kneser-Ney back-off model gave "
     "the best results among the n-gram models"),
    (NPLM, 13, "negation", False,
     "On AP News, the class-based model helped the n-gram models.",
     "The class-based model did not appear to help the n-gram models in this case"),
    (NPLM, 16, "text_number", True,
     "The larger corpus has above 15 million words.",
     "a larger one with above 15 million words"),
    (NPLM, 16, "text_number", True,
     "The proposed approach beats the smoothed trigram with differences between 10 and 20% in "
     "perplexity.", "yields much better perplexity than ... the smoothed trigram, with "
     "differences between 10 and 20% in perplexity"),
    (NPLM, 16, "wrong_number", False,
     "The proposed approach beats the smoothed trigram with differences between 20 and 30% in "
     "perplexity.", "between 10 and 20%"),
    (NPLM, 16, "text_number", True,
     "A simple first step for interpreting the word features would start with m = 2 features.",
     "A simple first step would start with m = 2 features"),
    (NPLM, 10, "text_number", True,
     "The communication overhead was only 1/15th of the total time for one training epoch.",
     "we found that the communication overhead was only 1/15th of the total time (for one "
     "training epoch)"),
]
