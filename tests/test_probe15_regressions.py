"""Wrong verdicts a probe of three papers not used before found (probe 15), each fixed by a
general rule and pinned here on the real page, with the probe's other claims pinned as they
now read.

330 adversarial claims, labelled from the page images before any run (C true, X false, U
unverifiable, CU / XU either decided or withheld), on three two-column arXiv papers copied
from github:llhthinker/NLP-Papers into tests/real/papers: Peters et al. 2017, "Semi-supervised
sequence tagging with bidirectional language models" (1705.00108, Tables 1-6 and the text),
Wang et al. 2017, BiMPM (1702.03814, Tables 1-4 and the settings), and Pagliardini et al.
2018, Sent2Vec (1703.02507, Tables 1-4 and the text). The claims take the neighbouring row's
or column's number, the other task's or split's, a cited work's number, another mark's or
another dataset's, and ask the numbers the text gives to other systems. Before the fixes the
first 180 gave 76 right, 98 withheld and 6 wrong; the 83 written after the first fixes gave 3
more; the last 67 (Sent2Vec's Table 5, the two-number cells, Peters et al.'s introduction), run
after all fixes, none (without them, 3: "C-BOW took 2 hours to train on a GPU", "The
forward-only LSTM-2048-512 reaches 91.62 F1" and the true "Including the LM embeddings raises
CoNLL 2003 NER performance from 90.87% to 91.93% F1", contradicted by Chiu and Nichols' 91.62;
all three set aside by the rules below).
One label was changed ("took 1 hour" for a cell of 1.2 hours is a rounding the checker allows,
confirmed by design).
A tenth wrong verdict, on smola10 (Smola and Narayanamurthy 2010), was reported by round 14.

- "The baseline without LM reaches 90.87 F1 on CoNLL 2003 NER, with a standard deviation of
  0.13" (true) was contradicted by the cell "90.87 ± 0.13" read as 90.87 only
  (`guards_cell_spreads`);
- "The baseline without LM reaches 95.00 F1 on CoNLL 2003 NER" (false: 95.00 is chunking's)
  was confirmed by "(at 95%, two-sided Welch t-test, p = 0.021)" (`guards_significance_levels`);
- "Collobert et al. (2011) gain 0.92 F1 ..., going from 88.67 to 89.59" (true, Table 3) was
  contradicted by the baseline row of Table 1, which holds no Collobert row
  (`baseline_levels.from_rows`);
- "With a forward CNN-BIG-LSTM language model alone, CoNLL 2003 test F1 is 91.62" (false:
  91.66) was confirmed by "the previous best result of 91.62 ±0.33 from Chiu and Nichols
  (2016)" (`guards_other_systems.guard_cited_owners`);
- "With 10 computers, news throughput was 24.6K documents per hour" (true, smola10 Table 3) was
  contradicted by "800 documents per hour and machine" of the paragraph run in with "PLDA:"
  (`guards_other_systems.guard_run_in_subjects`);
- "FastSent+AE reaches a supervised average of 77.9" (false: 78.4) was confirmed by the
  "FastSent" row: "AE" had too few letters to name an addition
  (`guards_variant_rows.names_addition`);
- "Sent2Vec uni. + bi. trained on Twitter took 6.5 hours to train on a GPU" (false: "6.5*",
  a CPU node) was confirmed by the cell, its caption printing "GPU" for the "**" cells
  (`guards_cell_marks`);
- "Each word is composed into a 100-dimensional vector with a LSTM layer" (false: 50) was
  confirmed by "We set the hidden size as 100 for all BiLSTM layers" (`guards_glued_units`);
- "The STS 2014 dataset contains 10,000 pairs" and "The SICK dataset contains 3,770 pairs ..."
  (both false) were confirmed by the sentence about the other dataset
  (`guards_sentence_scope.guard_subject_datasets`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import _papers_of
from planted_patterns import round30_guards_off
from probe_verdicts import DECISIVE
from probe_verdicts import explained as _explained
from probe_verdicts import verify_on as _verify

from verify_claims.claims import Status
from verify_claims.verify import (
    baseline_levels,
    cell_check,
    content,
    guard_chain,
    guards_cell_marks,
    guards_cell_spreads,
    guards_glued_units,
    guards_other_systems,
    guards_sentence_scope,
    guards_significance_levels,
    guards_variant_rows,
    sentence_reading,
    source_check,
)
from verify_claims.verify import passages as passage_index

PETERS, BIMPM, SENT2VEC, SMOLA = "1705.00108", "1702.03814", "1703.02507", "smola10"
PAPERS = Path(__file__).resolve().parent / "real" / "papers"


def _every_base_row(named, base, baseline_cue):
    return set() if base is None else {base}


# rule -> (its paper, how to disable it, {claim: the wrong verdict it got})
WRONG = {
    "cell spreads": (PETERS, lambda patch: patch.setattr(
        guards_cell_spreads, "other_numbers", lambda quote: []), {
        "The baseline without LM reaches 90.87 F1 on CoNLL 2003 NER, with a standard deviation "
        "of 0.13.": Status.contradicted}),
    "significance levels": (PETERS, lambda patch: patch.setattr(
        guards_significance_levels, "is_test_level", lambda quote, number: False), {
        "The baseline without LM reaches 95.00 F1 on CoNLL 2003 NER.": Status.confirmed}),
    # Round 17's `proper_names` withholds this one too ("Collobert", the claim's first word,
    # is a name the row "Our baseline without LM" lacks), so both are switched off.
    "from rows": (PETERS, lambda patch: (patch.setattr(
        baseline_levels, "from_rows", _every_base_row), patch.setattr(
        content, "proper_names", lambda index: frozenset())), {
        "Collobert et al. (2011) gain 0.92 F1 on CoNLL 2003 NER from gazetteers, going from "
        "88.67 to 89.59.": Status.contradicted}),
    # Round 20's named contradictions also keep the LM claim away (the paper prints "LM" with
    # 90.87 and 91.93): switched off too; and so does probe21b's closer passage that prints
    # both claimed numbers (verify/agreeing_passages.py): switched off too; and so does
    # probe24b's listed alternatives (verify/guards_listed_alternatives.py): switched off too;
    # and so does probe27a's label headers (verify/label_headers.py: Table 6's 91.66 read
    # against the passage's 91.62, neither decides): switched off too, with the passage index
    # made before the patch dropped.
    "cited owners": (PETERS, lambda patch: (patch.setattr(
        cell_check, "label_headers", lambda *args: ""), patch.setattr(
        passage_index, "_SHARED", {}), patch.setattr(
        guards_other_systems, "cited_owner", lambda quote, number: None), patch.setattr(
        guard_chain, "guard_named_contradictions", lambda *args: None), patch.setattr(
        source_check, "agreeing_passage", lambda *args: None), patch.setattr(
        guard_chain, "guard_listed_alternatives", lambda *args: None)), {
        "With a forward CNN-BIG-LSTM language model alone, CoNLL 2003 test F1 is 91.62.":
            Status.confirmed,
        "The forward-only LSTM-2048-512 reaches 91.62 F1.": Status.confirmed,
        "Including the LM embeddings raises CoNLL 2003 NER performance from 90.87% to 91.93% "
        "F1.": Status.contradicted}),
    # Round 18's comparator numbers also keep this one away ("800 documents per hour ...
    # smaller than the news dataset": 800 is not the news dataset's): switched off too, and
    # so is round 24's guard_than_only, which reads the same "than the news dataset".
    "run-in subjects": (SMOLA, lambda patch: (patch.setattr(
        guards_other_systems, "run_in_name", lambda text: None), patch.setattr(
        sentence_reading, "comparator_number", lambda *args: False), patch.setattr(
        guard_chain, "guard_than_only", lambda *args: None)), {
        "With 10 computers, news throughput was 24.6K documents per hour.": Status.contradicted}),
    "two-capital additions": (SENT2VEC, lambda patch: patch.setattr(
        guards_variant_rows, "names_addition",
        lambda word: sum(char.isalpha() for char in word) >= 3), {
        "FastSent+AE reaches a supervised average of 77.9.": Status.confirmed}),
    "cell marks": (SENT2VEC, lambda patch: patch.setattr(
        guards_cell_marks, "definitions", lambda caption: []), {
        "Sent2Vec uni. + bi. trained on Twitter took 6.5 hours to train on a GPU.":
            Status.confirmed,
        "C-BOW took 2 hours to train on a GPU.": Status.confirmed}),
    "glued units": (BIMPM, lambda patch: patch.setattr(
        guards_glued_units, "glued_words", lambda text: {}), {
        "Each word is composed into a 100-dimensional vector with a LSTM layer.":
            Status.confirmed}),
    "subject datasets": (SENT2VEC, lambda patch: patch.setattr(
        guards_sentence_scope, "subject_dataset", lambda quote, number: None), {
        "The STS 2014 dataset contains 10,000 pairs.": Status.confirmed,
        "The SICK dataset contains 3,770 pairs divided into six different categories.":
            Status.confirmed}),
}
RIGHT = (  # true claims of the same shapes, which the rules still let be decided
    (PETERS, "The previous best result on CoNLL 2003 NER, 91.62, is from Chiu and Nichols "
             "(2016), who used gazetteers."),
    (PETERS, "Yang et al. (2017) report a 6.28% F1 increase for transfer from PTB POS tags."),
    (SMOLA, "With 10 computers, news throughput was 24.6K documents per hour."),
    (SENT2VEC, "FastSent+AE reaches a supervised average of 78.4."),
    (SENT2VEC, "SkipThought took 336 hours to train, on a GPU."),
    (SENT2VEC, "The STS 2014 dataset contains 3,770 pairs, divided into six different "
               "categories."),
    (SENT2VEC, "The SICK dataset consists of about 10,000 sentence pairs."),
    (BIMPM, "Word embeddings are initialized with 300-dimensional GloVe word vectors pre-trained "
            "from the 840B Common Crawl corpus."),
    (BIMPM, "Each word is composed into a 50-dimensional vector with a LSTM layer."),
)

# (claim, its label from the page, the status it gets now); no decisive status disagrees
# with its label, and each decisive one stays as it is.
PROBES = {
    PETERS: (
        ('On CoNLL 2003 NER, TagLM reaches a test F1 of 91.93.',
         'C', 'confirmed'),
        ('On CoNLL 2003 NER, Ma and Hovy (2016) report a test F1 of 91.37, against 90.94 for '
         'Lample et al. (2016).',
         'C', 'unverified'),
        ('On CoNLL 2003 NER, Lample et al. (2016) reach 91.37 test F1.',
         'X', 'contradicted'),
        ('The baseline without LM reaches 90.87 F1 on CoNLL 2003 NER, with a standard '
         'deviation of 0.13.',
         'C', 'unverified'),
        ('The baseline without LM reaches 95.00 F1 on CoNLL 2003 NER.',
         'X', 'unverified'),
        ('On CoNLL 2000 chunking, TagLM reaches 96.37 F1, against 95.00 for the baseline '
         'without LM.',
         'C', 'unverified'),
        ('On CoNLL 2000 chunking, Hashimoto et al. (2016) report 95.28 F1.',
         'X', 'contradicted'),
        ('On CoNLL 2000 chunking, TagLM improves over the baseline without LM by 1.37 F1.',
         'C', 'unverified'),
        ('On CoNLL 2003 NER, TagLM improves over the baseline without LM by 1.37 F1.',
         'X', 'unverified'),
        ("TagLM's 91.93 on CoNLL 2003 is significantly better than the previous best of 91.62 "
         '(p = 0.021).',
         'C', 'unverified'),
        ('The previous best result on CoNLL 2003 NER, 91.62, is from Chiu and Nichols (2016), '
         'who used gazetteers.',
         'C', 'confirmed'),
        ('The previous best result on CoNLL 2000 chunking, 95.77, was from Søgaard and '
         'Goldberg (2016).',
         'X', 'unverified'),
        ('Collobert et al. (2011) gain 0.92 F1 on CoNLL 2003 NER from gazetteers, going from '
         '88.67 to 89.59.',
         'C', 'unverified'),
        ('Luo et al. (2015) gain 1.3 F1 on CoNLL 2003 NER from joint entity linking, reaching '
         '91.26.',
         'X', 'unverified'),
        ('Yang et al. (2017) gain 0.75 F1 on CoNLL 2000 chunking from transfer from CoNLL '
         '2003/PTB-POS.',
         'C', 'unverified'),
        ('Yang et al. (2017) gain 0.75 F1 on CoNLL 2003 NER from transfer learning.',
         'X', 'unverified'),
        ('Søgaard and Goldberg (2016) reach 95.56 on chunking when jointly trained with PTB-'
         'POS, an improvement of 0.28.',
         'C', 'unverified'),
        ('Including the LM embeddings at the input to the first RNN layer gives 91.55 F1 on '
         'CoNLL 2003.',
         'C', 'confirmed'),
        ('Including the LM embeddings at the output of the second RNN layer gives the best F1,'
         ' 91.93.',
         'X', 'contradicted'),
        ('Using LM embeddings at the output of the second RNN layer gives 91.72 F1, below the '
         '91.93 at the output of the first RNN layer.',
         'C', 'unverified'),
        ('With a forward LSTM-2048-512 language model alone, CoNLL 2003 test F1 is 91.40.',
         'C', 'unverified'),
        ('With a forward CNN-BIG-LSTM language model alone, CoNLL 2003 test F1 is 91.62.',
         'X', 'unverified'),
        ('The LSTM-512-256 language models trained on CoNLL 2003 have test perplexities of '
         '106.9 forward and 104.2 backward.',
         'C', 'unverified'),
        ('Using the LSTM-512-256 language models trained on CoNLL 2003 improved F1 over the '
         'baseline without LM.',
         'X', 'unverified'),
        ('The CNN-BIG-LSTM has a test perplexity of 30.0 on the 1B Word Benchmark.',
         'C', 'unverified'),
        ('The backward LSTM-2048-512 has a test perplexity of 47.7.',
         'X', 'unverified'),
        ('Removing the task specific RNN and using only the LM embeddings with a dense layer '
         'and CRF gives 88.17 F1.',
         'C', 'unverified'),
        ('Removing the task specific RNN and using only the LM embeddings gives 90.17 F1.',
         'X', 'unverified'),
        ('With 1% of the CoNLL 2003 training set, TagLM raises test F1 from 67.66 to 71.01.',
         'C', 'unverified'),
        ('With 1% of the CoNLL 2003 training set, TagLM raises test F1 by 3.97%.',
         'X', 'unverified'),
        ('Yang et al. (2017) report a 6.28% F1 increase for transfer from PTB POS tags.',
         'CU', 'confirmed'),
        # Round 24 had lost this right confirmation: "92.00 ± 0.11 indicating that" gave
        # 92.00 the spread's "measure" "indicating"; a verb after a spread measures nothing
        # (round 25, verify/spread_numbers.lends_measure).
        ('Decreasing the hidden dimension of the second RNN layer in TagLM to match the '
         "baseline's parameter count gave 92.00 F1.",
         'C', 'confirmed'),
        ('Giving the baseline without LM as many parameters as TagLM improved its F1 by 0.15%.',
         'X', 'unverified'),
        ('On ScienceIE, TagLM increased development set F1 by 4.12%, from 49.93 to 54.05.',
         'C', 'unverified'),
        ('On ScienceIE, TagLM reached 54.05 F1 on the test set.',
         'XU', 'unverified'),
        ('The training split of the 1B Word Benchmark has approximately 800 million tokens.',
         'C', 'confirmed'),
        ("Józefowicz et al.'s single best model took three weeks to train on 32 GPUs.",
         'C', 'confirmed'),
        ("Józefowicz et al.'s single best model took three weeks to train on four GPUs.",
         'X', 'unverified'),
        ('TagLM reaches 92.2 F1 on the CoNLL 2003 development set.',
         'U', 'unverified'),
        ('Training TagLM with the CNN-BIG-LSTM takes three days.',
         'U', 'unverified'),
        ('On OntoNotes NER, TagLM reaches 89.1 F1.',
         'U', 'unverified'),
        ('The baseline sequence tagger uses 30 dimensional character embeddings and a CNN with'
         ' 30 filters of width 3 characters.',
         'C', 'unverified'),
        ('The baseline sequence layer uses two bidirectional LSTMs with 300 hidden units.',
         'X', 'contradicted'),
        ('The CoNLL 2000 chunking task defines 11 syntactic chunk types.',
         'C', 'confirmed'),
        ('The CoNLL 2003 NER task has five entity types.',
         'X', 'contradicted'),
        ('Adding backward LM embeddings improves F1 by between 0.22 and 0.27%.',
         'C', 'confirmed'),
        ('Replacing the forward LSTM-2048-512 with CNN-BIG-LSTM improves F1 by 0.26 - 0.31%.',
         'C', 'unverified'),
        ('With the language model weights fine-tuned, TagLM reaches 92.3 F1 on CoNLL 2003.',
         'U', 'unverified'),
        ('Averaged over CoNLL 2003 NER and CoNLL 2000 chunking, TagLM reaches 94.15 F1.',
         'CU', 'unverified'),
        ('Averaged over the two tasks, the LM embeddings improve F1 by 1.5.',
         'XU', 'unverified'),
        ("Chiu and Nichols (2016) reach 90.91 without gazetteers, above Lample et al. (2016)'s"
         ' 90.94.',
         'X', 'unverified'),
        ('Collobert et al. (2011) used gazetteers to reach 91.2 F1 on CoNLL 2003 NER.',
         'X', 'unverified'),
        ("The forward LSTM-2048-512 perplexity differs from Józefowicz et al.'s 45.0 because "
         'of different implementations.',
         'C', 'unverified'),
        ('The LSTM-2048-512 language models were trained with asynchronous updates across 32 '
         'GPUs.',
         'X', 'contradicted'),
        ('Each final model configuration is trained ten times with different random seeds.',
         'C', 'confirmed'),
        ('Training uses gradient norms clipped at 5.0 and an initial learning rate of 0.01.',
         'X', 'unverified'),
        ("TagLM's standard deviation on CoNLL 2000 chunking is 0.05.",
         'C', 'unverified'),
        ("TagLM's standard deviation on CoNLL 2003 NER is 0.05.",
         'X', 'unverified'),
        ('On CoNLL 2003 NER, Chiu and Nichols (2016) gain 0.71 F1 from gazetteers, from 90.91 '
         'to 91.62.',
         'C', 'unverified'),
        ('In the 1% setting, Yang et al. (2017) found a 0.06% F1 increase from cross-lingual '
         'transfer from CoNLL 2002 Spanish NER.',
         'X', 'unverified'),
        ('TagLM outperforms the previous best result on CoNLL 2003 NER by 0.31 F1.',
         'CU', 'unverified'),
        ('Chiu and Nichols (2016) reach 91.62 ±0.33 F1 on CoNLL 2003 NER using gazetteers.',
         'C', 'unverified'),
        # Contradicted until round 15 by Table 1's 90.91 (without gazetteers); "gazetteer"
        # labels Table 3's cells, not Table 1's (guards_headed_elsewhere.py): withheld.
        ('Chiu and Nichols (2016) reach 91.93 F1 on CoNLL 2003 NER using gazetteers.',
         'X', 'unverified'),
        ("TagLM's improvement on CoNLL 2003 NER is significant at 99%.",
         'XU', 'contradicted'),
        ('On CoNLL 2003 NER, the two-sided Welch t-test of TagLM against the previous best '
         'gives p = 0.021.',
         'C', 'unverified'),
        ('On CoNLL 2000 chunking, the improvement over Hashimoto et al. (2016) is significant '
         'with p < 0.001.',
         'C', 'unverified'),
        ('TagLM exceeds all previously published chunking results without additional labeled '
         'data by more than 1% absolute F1.',
         'C', 'unverified'),
        ('Previous work reported from 0.28 to 0.75 improvement in chunking F1 when including '
         'supervised labels from PTB POS tags or CoNLL 2003 entities.',
         'C', 'confirmed'),
        ('Previous work reported from 0.28 to 0.95 improvement in chunking F1 when including '
         'supervised labels.',
         'X', 'contradicted'),
        ('Yang et al. (2017) noted an improvement of only 0.06 F1 in the NER task when '
         'transfer learning from CoNLL 2000 chunks and PTB POS tags.',
         'C', 'unverified'),
        ('TagLM improved NER F1 by only 0.06 when transfer learning from CoNLL 2000 chunks and'
         ' PTB POS tags.',
         'X', 'unverified'),
        ('Chiu and Nichols (2016) reported an increase of 0.71 F1 when adding gazetteers to '
         'their baseline.',
         'C', 'unverified'),
        ('Adding gazetteers to TagLM increased its F1 by 0.71.',
         'X', 'unverified'),
        ('The analogous increases in Yang et al. (2017) are 3.97% for cross-lingual transfer '
         'from CoNLL 2002 Spanish NER.',
         'C', 'confirmed'),
        ("TagLM's F1 increased 3.97% with cross-lingual transfer from CoNLL 2002 Spanish NER.",
         'X', 'unverified'),
        ('The LM embeddings give an average absolute improvement of 1.06 F1 in the NER task.',
         'C', 'unverified'),
        ('The LM embeddings give an average absolute improvement of 1.37 F1 in the NER task.',
         'X', 'unverified'),
        ('The 1B Word Benchmark training split is about a 4000X increase over the number of '
         'training tokens in the CoNLL datasets.',
         'C', 'confirmed'),
        ('The forward LSTM-2048-512 reaches a test perplexity of 45.0.',
         'X', 'unverified'),
        ('CNN-BIG-LSTM uses a character CNN with 4096 filters for input, followed by two '
         'stacked LSTMs, each with 8192 hidden units.',
         'C', 'confirmed'),
        ('CNN-BIG-LSTM uses two stacked LSTMs, each with 4096 hidden units.',
         'X', 'contradicted'),
        ('Józefowicz et al. (2016) trained their models with asynchronous updates across 32 '
         'GPUs.',
         'C', 'unverified'),
        ("With 1% of the training data, TagLM's test F1 increased 6.28%.",
         'X', 'contradicted'),
        ("When the hidden dimension of TagLM's second RNN layer is decreased, test F1 "
         'increases to 92.00 ± 0.11.',
         'C', 'confirmed'),
        ("When the hidden dimension of TagLM's second RNN layer is decreased, test F1 "
         'increases to 92.00 ± 0.13.',
         'X', 'unverified'),
        ('The LM embeddings improve chunking F1 by 1.06 on average.',
         'X', 'unverified'),
        ('The LM embeddings improve chunking F1 by 1.37 on average.',
         'C', 'unverified'),
        ('CNN-BIG-LSTM has a test perplexity of 47.7 on the 1B Word Benchmark.',
         'X', 'unverified'),
        ('The backward LSTM-512-256 language model has a test perplexity of 106.9 on CoNLL '
         '2003.',
         'X', 'unverified'),
        ('The backward LSTM-512-256 language model has a test perplexity of 104.2 on CoNLL '
         '2003.',
         'C', 'unverified'),
        ('TagLM took three weeks to train on 32 GPUs.',
         'XU', 'unverified'),
        ('LSTM-2048-512 uses a 1024 dimensional projection layer.',
         'X', 'contradicted'),
        ('The LSTM-2048-512 language models use a single layer LSTM with 2048 units and a 512 '
         'dimension projection layer.',
         'C', 'confirmed'),
        ('CNN-BIG-LSTM uses a 1024 dimensional projection layer.',
         'C', 'confirmed'),
        ("For CoNLL 2003 NER, the baseline's sequence layer uses two bidirectional GRUs with "
         '300 hidden units each.',
         'C', 'unverified'),
        ("For CoNLL 2000 chunking, the baseline's sequence layer uses two bidirectional GRUs "
         'with 300 hidden units each.',
         'X', 'unverified'),
        ('For CoNLL 2003 NER, the baseline adds 25% dropout to the input of each GRU.',
         'C', 'unverified'),
        ('For CoNLL 2000 chunking, the baseline adds 25% dropout to the input of each LSTM '
         'layer.',
         'X', 'unverified'),
        ('For CoNLL 2000 chunking, 1000 sentences were randomly sampled from the training set '
         'as a held-out development set.',
         'C', 'unverified'),
        ('For CoNLL 2003 NER, the token character encoder uses two bidirectional GRUs with 80 '
         'hidden units and 25 dimensional character embeddings.',
         'C', 'unverified'),
        ('For CoNLL 2003 NER, the token character encoder uses two bidirectional GRUs with 200'
         ' hidden units.',
         'X', 'unverified'),
        ('Without the task specific RNN, performance was 88.17 F1, well above the baseline.',
         'X', 'unverified'),
        ("Józefowicz et al. (2016)'s single best model achieved 30.0 test perplexity.",
         'C', 'unverified'),
        ("Józefowicz et al. (2016)'s single best model achieved 47.7 test perplexity.",
         'X', 'unverified'),
        ('The forward LSTM-2048-512 reaches a test perplexity of 47.7, against 45.0 for a '
         'similar configuration in Józefowicz et al. (2016).',
         'C', 'unverified'),
        ('The backward LSTM-2048-512 has a test perplexity of 47.3.',
         'C', 'confirmed'),
        ('In Table 3, the baseline without LM reaches 90.87 and TagLM 91.93 on CoNLL 2003 NER,'
         ' a gain of 1.06.',
         'C', 'unverified'),
        ('Luo et al. (2015) gain 1.3 F1 on CoNLL 2003 NER from joint entity linking.',
         'C', 'unverified'),
        ('Collobert et al. (2011) gain 1.3 F1 on CoNLL 2003 NER from gazetteers.',
         'X', 'unverified'),
        ('Adding backward LM embeddings improves F1 by 0.31%.',
         'X', 'unverified'),
        ('The forward-only CNN-BIG-LSTM reaches 91.66 F1, against 91.93 when adding the '
         'backward LSTM-2048-512.',
         'C', 'unverified'),
        ('The forward-only LSTM-2048-512 reaches 91.62 F1.',
         'X', 'unverified'),
        ('Hashimoto et al. (2016) gain 0.75 F1 on chunking, going from 95.02 to 95.77.',
         'C', 'unverified'),
        ('Hashimoto et al. (2016) gain 0.75 F1 on chunking, going from 95.28 to 95.77.',
         'X', 'unverified'),
        ('Søgaard and Goldberg (2016) gain 0.28 F1 on chunking, going from 95.28 to 95.56.',
         'C', 'unverified'),
        ('Yang et al. (2017) go from 91.2 to 91.26 F1 on CoNLL 2003 NER with transfer from '
         'CoNLL 2000/PTB-POS.',
         'C', 'unverified'),
        ('Yang et al. (2017) go from 91.2 to 91.62 F1 on CoNLL 2003 NER.',
         'X', 'unverified'),
        ('Including the LM embeddings raises CoNLL 2003 NER performance from 90.87% to 91.93% '
         'F1.',
         'C', 'unverified'),
        # contradicted until round 21; probe21b's `agreeing_passage` withholds it (a passage as
        # relevant prints both claimed numbers, for NER): a right verdict lost, none wrong
        ('Including the LM embeddings raises CoNLL 2000 chunking performance from 90.87% to '
         '91.93% F1.',
         'X', 'unverified'),
        ('TagLM establishes a new state of the art of 96.37% F1 on the CoNLL 2000 chunking '
         'task.',
         'C', 'unverified'),
        ('TagLM establishes a new state of the art of 96.37% F1 on the CoNLL 2003 NER task.',
         'X', 'unverified'),
        ('Including the LM embeddings gives a more than 2% absolute F1 increase on CoNLL 2003 '
         'NER.',
         'X', 'unverified'),
        ('Including the LM embeddings gives a more than 1% absolute F1 increase on CoNLL 2003 '
         'NER.',
         'C', 'unverified'),
        ('Using both forward and backward LM embeddings boosts performance over a forward only'
         ' LM.',
         'C', 'confirmed'),
        ('A forward only LM outperforms using both forward and backward LM embeddings.',
         'X', 'unverified'),
        ('Domain specific pre-training is necessary for TagLM.',
         'X', 'unverified'),
        ('TagLM requires additional labeled data.',
         'X', 'unverified'),
        ('On CoNLL 2003 NER, TagLM improves over the baseline without LM from 90.87% to '
         '91.93%, while on CoNLL 2000 chunking it goes from 95.00 to 96.37.',
         'C', 'unverified'),
        ('On CoNLL 2003 NER, TagLM improves over the baseline without LM from 90.87% to '
         '96.37%.',
         'X', 'unverified'),
    ),
    BIMPM: (
        ('On the Quora dev set, the full BiMPM model reaches 88.69 accuracy.',
         'C', 'unverified'),
        ('On the Quora dev set, Only P→Q reaches 87.74, against 87.47 for Only P←Q.',
         'C', 'unverified'),
        ('On the Quora dev set, Only P←Q reaches 87.74.',
         'X', 'unverified'),
        ('Removing Max-Attentive-Matching gives 87.98 dev accuracy on Quora.',
         'C', 'unverified'),
        ('Removing Attentive-Matching gives 87.64 dev accuracy on Quora.',
         'X', 'unverified'),
        ('Removing Maxpooling-Matching hurts dev accuracy the most of the four matching '
         'strategy ablations.',
         'CU', 'unverified'),
        ('Removing Full-Matching drops Quora dev accuracy from 88.69 to 87.86.',
         'C', 'unverified'),
        ('Removing Full-Matching drops Quora dev accuracy by 0.83.',
         'CU', 'unverified'),
        ('On the Quora test set, BiMPM reaches 88.69 accuracy.',
         'XU', 'contradicted'),
        ('On Quora, BiMPM reaches 88.17 accuracy, against 85.55 for L.D.C.',
         'C', 'unverified'),
        ('On Quora, L.D.C. reaches 83.21 accuracy.',
         'X', 'contradicted'),
        ('On Quora, Siamese-CNN reaches 79.60 and Multi-Perspective-CNN 81.38.',
         'C', 'confirmed'),
        ('On Quora, Siamese-LSTM reaches 81.38 accuracy.',
         'X', 'contradicted'),
        ('On Quora, Multi-Perspective-LSTM outperforms Siamese-LSTM, 83.21 against 82.58.',
         'C', 'unverified'),
        ('On Quora, BiMPM outperforms L.D.C. by more than two percent.',
         'C', 'unverified'),
        ('On Quora, BiMPM outperforms L.D.C. by more than three percent.',
         'X', 'unverified'),
        ('On SNLI, BiMPM reaches 86.9 accuracy and BiMPM (Ensemble) 88.8.',
         'C', 'confirmed'),
        ('On SNLI, the single BiMPM model reaches 88.8 accuracy.',
         'X', 'unverified'),
        ('On SNLI, the ensemble of Chen et al. (2016) reaches 88.3 accuracy.',
         'C', 'confirmed'),
        ('On SNLI, the single model of Chen et al. (2016) reaches 88.3 accuracy.',
         'X', 'contradicted'),
        ('On SNLI, Parikh et al. (2016) reach 86.8, against 86.3 for Cheng et al. (2016).',
         'C', 'unverified'),
        ('On SNLI, Parikh et al. (2016) reach 86.3 accuracy.',
         'X', 'contradicted'),
        ('On SNLI, Only P←Q reaches 86.3, the same as Cheng et al. (2016).',
         'C', 'unverified'),
        ('On SNLI, Only P→Q reaches 86.3 accuracy.',
         'X', 'unverified'),
        ('On SNLI, Bowman et al. (2015) reach 77.6 accuracy.',
         'C', 'confirmed'),
        ('On SNLI, Munkhdalai and Yu (2016) reach 87.5 accuracy.',
         'X', 'contradicted'),
        ("On SNLI, the single BiMPM's 86.9 is below the 87.7 of Chen et al. (2016)'s single "
         'model.',
         'C', 'unverified'),
        ('On SNLI, BiMPM (Ensemble) beats the ensemble of Chen et al. (2016) by 0.5.',
         'CU', 'unverified'),
        ('On TREC-QA, BiMPM reaches a MAP of 0.802 and an MRR of 0.875.',
         'C', 'unverified'),
        ('On TREC-QA, BiMPM reaches an MRR of 0.877.',
         'X', 'contradicted'),
        ('On WikiQA, BiMPM reaches a MAP of 0.718 and an MRR of 0.731.',
         'C', 'unverified'),
        ('On WikiQA, Wang and Jiang (2016) reach a MAP of 0.743.',
         'C', 'confirmed'),
        ("On WikiQA, BiMPM's MAP of 0.718 is above the 0.743 of Wang and Jiang (2016).",
         'X', 'unverified'),
        ('On TREC-QA, Rao et al. (2016) reach a MAP of 0.801.',
         'C', 'confirmed'),
        ('On TREC-QA, He and Lin (2016) reach a MAP of 0.771.',
         'X', 'contradicted'),
        ('On WikiQA, Yang et al. (2015) reach an MRR of 0.665.',
         'C', 'confirmed'),
        ('On WikiQA, Yang et al. (2015) reach a MAP of 0.665.',
         'X', 'contradicted'),
        ('On TREC-QA, Tan et al. (2015) reach a MAP of 0.728.',
         'C', 'confirmed'),
        ('On WikiQA, Miao et al. (2016) reach an MRR of 0.711.',
         'X', 'contradicted'),
        ('Word embeddings are initialized with 300-dimensional GloVe word vectors pre-trained '
         'from the 840B Common Crawl corpus.',
         'C', 'confirmed'),
        ('The hidden size is set to 100 for all BiLSTM layers.',
         'C', 'confirmed'),
        ('The dropout ratio is set to 0.1 and the learning rate to 0.001.',
         'C', 'unverified'),
        ('The dropout ratio is set to 0.2.',
         'X', 'unverified'),
        ('The pre-trained word embeddings are updated during training.',
         'X', 'contradicted'),
        ('Each character is initialized as a 50-dimensional vector.',
         'X', 'unverified'),
        ('The Quora Question Pairs dataset consists of over 400,000 question pairs.',
         'C', 'unverified'),
        ('The Quora dev set has 5,000 paraphrases and 5,000 non-paraphrases.',
         'C', 'unverified'),
        ('The Quora dev set has 10,000 question pairs.',
         'CU', 'unverified'),
        ('The number of perspectives l is varied among {1, 5, 10, 15, 20}.',
         'C', 'unverified'),
        ('BiMPM reaches 87.5 accuracy on the SNLI dev set.',
         'U', 'unverified'),
        ('BiMPM takes 3 hours per training epoch on Quora.',
         'U', 'unverified'),
        ('On MultiNLI, BiMPM reaches 77.0 accuracy.',
         'U', 'unverified'),
        ('The ensemble averages the probability distributions of four BiMPM models, each '
         'initialized with a different seed.',
         'C', 'unverified'),
        ('The ensemble averages the probability distributions of five BiMPM models.',
         'X', 'unverified'),
        ('On SNLI, Only P→Q works better than Only P←Q.',
         'X', 'unverified'),
        ('Eliminating Full-Matching improves Quora dev accuracy.',
         'X', 'unverified'),
        ('The TREC-QA experiments use the raw version of the dataset.',
         'X', 'unverified'),
        ('Performance on TREC-QA and WikiQA is evaluated with the trec_eval-8.0 script.',
         'C', 'unverified'),
        ('On WikiQA, BiMPM reaches a MAP of 0.802.',
         'X', 'contradicted'),
        ('On TREC-QA, Santos et al. (2016) reach an MRR of 0.851, against 0.696 on WikiQA.',
         'C', 'unverified'),
        ('Single direction matching hurts Quora dev performance by about 1 percent.',
         'C', 'unverified'),
        ('Single direction matching hurts Quora dev performance by about 5 percent.',
         'X', 'unverified'),
        ('The Quora test set has 5,000 paraphrases and 5,000 non-paraphrases.',
         'C', 'unverified'),
        ('Each word is composed into a 50-dimensional vector with a LSTM layer.',
         'C', 'confirmed'),
        ('Each word is composed into a 100-dimensional vector with a LSTM layer.',
         'X', 'unverified'),
        ('On TREC-QA, Wang and Itty. (2015) reach a MAP of 0.746 and an MRR of 0.820.',
         'C', 'unverified'),
        ('On TREC-QA, Wang and Itty. (2015) reach an MRR of 0.832.',
         'X', 'contradicted'),
        ('On WikiQA, He and Lin (2016) reach a MAP of 0.709, against 0.706 for Wang et al. '
         '(2016d).',
         'C', 'unverified'),
        ('On WikiQA, He and Lin (2016) reach a MAP of 0.706.',
         'X', 'contradicted'),
        ('On WikiQA, Wang et al. (2016a) reach an MRR of 0.742.',
         'C', 'confirmed'),
        ('On WikiQA, Wang et al. (2016a) reach an MRR of 0.755.',
         'X', 'unverified'),
        ('On SNLI, Rocktäschel et al. (2015) reach 83.5 accuracy, against 82.1 for Mou et al. '
         '(2015).',
         'C', 'unverified'),
        ('On SNLI, Liu et al. (2016a) reach 85.0 accuracy.',
         'X', 'unverified'),
        ('On SNLI, Liu et al. (2016b) reach 85.0 accuracy.',
         'C', 'confirmed'),
        ('On SNLI, Wang and Jiang (2015) reach 86.1 accuracy.',
         'C', 'confirmed'),
        ('On SNLI, Vendrov et al. (2015) reach 82.1 accuracy.',
         'X', 'contradicted'),
        ("On TREC-QA, BiMPM's MRR of 0.875 is below the 0.877 of Rao et al. (2016).",
         'C', 'unverified'),
        ("On WikiQA, BiMPM's MRR of 0.731 is above the 0.742 of Wang et al. (2016a).",
         'X', 'unverified'),
        ('On SNLI, BiMPM (Ensemble) reaches 88.8, against 88.3 for the ensemble of Chen et al.'
         ' (2016).',
         'C', 'unverified'),
        ('On Quora, removing Full-Matching gives 87.86 dev accuracy, against 88.69 for the '
         'full model.',
         'C', 'unverified'),
        ('On Quora, removing Maxpooling-Matching gives 87.86 dev accuracy.',
         'X', 'unverified'),
        ('On SNLI, Sha et al. (2016) reach 87.5 accuracy.',
         'C', 'confirmed'),
        ('On SNLI, Sha et al. (2016) reach 87.7 accuracy.',
         'X', 'contradicted'),
    ),
    SENT2VEC: (
        ('Sent2Vec uni. + bi. reaches 82.0 average accuracy on the supervised evaluation '
         'tasks.',
         'C', 'confirmed'),
        ('Sent2Vec uni. reaches 82.0 average accuracy on the supervised evaluation tasks.',
         'X', 'unverified'),
        ('SkipThought reaches the best average on the supervised evaluation tasks, 83.8.',
         'C', 'confirmed'),
        ('On TREC, SkipThought reaches 92.2 accuracy.',
         'C', 'confirmed'),
        ('On TREC, Sent2Vec uni. + bi. reaches 92.2 accuracy.',
         'X', 'unverified'),
        ('On CR, Sent2Vec uni. + bi. reaches 80.3, the best of all models.',
         'C', 'confirmed'),
        ('On CR, SkipThought reaches 80.3 accuracy.',
         'X', 'contradicted'),
        ('On SUBJ, C-PHRASE reaches 91.1 accuracy.',
         'C', 'confirmed'),
        ('On SUBJ, Sent2Vec uni. reaches 91.2 accuracy.',
         'X', 'unverified'),
        ('On MSRP, SDAE reaches 76.4 accuracy and 83.4 F1.',
         'C', 'unverified'),
        ('On MSRP, SDAE reaches 83.4 accuracy.',
         'X', 'unverified'),
        ('On MR, Sent2Vec uni. + bi. reaches 75.8, against 75.1 for Sent2Vec uni.',
         'C', 'confirmed'),
        ('On MPQA, SkipThought reaches 87.1, against 86.3 for Sent2Vec uni.',
         'C', 'confirmed'),
        ('On MPQA, Sent2Vec uni. reaches 87.1 accuracy.',
         'X', 'contradicted'),
        ('ParagraphVec DBOW has the lowest supervised average, 67.7.',
         'CU', 'confirmed'),
        ('ParagraphVec DM reaches 55.8 on TREC.',
         'C', 'confirmed'),
        ('ParagraphVec DBOW reaches 55.8 on TREC.',
         'X', 'contradicted'),
        ('FastSent reaches a supervised average of 77.9, against 78.4 for FastSent+AE.',
         'C', 'unverified'),
        ('FastSent+AE reaches a supervised average of 77.9.',
         'X', 'unverified'),
        ('On SICK 2014, Sent2Vec uni. + bi. reaches a Spearman correlation of .62 and a '
         'Pearson correlation of .70.',
         'C', 'unverified'),
        ('On the STS 2014 News subset, C-PHRASE reaches a Spearman correlation of .69 and a '
         'Pearson correlation of .71.',
         'C', 'unverified'),
        ('On the STS 2014 News subset, Sent2Vec uni. reaches a Spearman correlation of .69.',
         'X', 'unverified'),
        ('On the STS 2014 Forum subset, Sent2Vec uni. + bi. reaches .51/.51, the best of all '
         'models.',
         'C', 'unverified'),
        ('On the STS 2014 Images subset, Sent2Vec uni. reaches .78/.82.',
         'C', 'unverified'),
        ("SkipThought's average correlation on the unsupervised tasks is .42/.43.",
         'C', 'unverified'),
        ("SkipThought's average correlation on the unsupervised tasks is .60/.61.",
         'X', 'unverified'),
        ('Sent2Vec uni. + bi. trained on Twitter reaches a macro average of 75.9.',
         'C', 'confirmed'),
        ('Sent2Vec uni. trained on Twitter reaches a macro average of 75.9.',
         'X', 'unverified'),
        ('Sent2Vec uni. trained on Twitter reaches an unsupervised average of 69.0.',
         'C', 'confirmed'),
        ('Sent2Vec uni. + bi. trained on Wikipedia took 2 hours to train.',
         'C', 'confirmed'),
        ('Sent2Vec uni. trained on Wikipedia took 2 hours to train.',
         'X', 'unverified'),
        ('SkipThought took 336 hours to train, on a GPU.',
         'C', 'confirmed'),
        ('DictRep BOW + emb took 24 hours to train.',
         'C', 'confirmed'),
        ('C-BOW reaches a macro average of 70.2, against 70.0 for FastSent.',
         'C', 'unverified'),
        ('FastSent reaches a macro average of 70.2.',
         'X', 'contradicted'),
        ('SkipThought reaches an unsupervised average of 42.5.',
         'C', 'confirmed'),
        ('SkipThought reaches an unsupervised average of 62.8.',
         'X', 'unverified'),
        ('The Twitter corpus has 19.7B words and the Wikipedia corpus 1.7B words.',
         'C', 'unverified'),
        ('The Wikipedia corpus has 0.9B words.',
         'X', 'unverified'),
        ('On STS 2014, Unsupervised GloVe + WR reaches a Pearson correlation of 0.685.',
         'C', 'confirmed'),
        ('On SICK 2014, Unsupervised GloVe + WR reaches a Pearson correlation of 0.685.',
         'X', 'contradicted'),
        ('On STS 2014, Semi-supervised PSL + WR reaches 0.735, above the 0.718 of the Sent2Vec'
         ' unigrams tweets model with blacklist.',
         'C', 'unverified'),
        ('On STS 2014, the Sent2Vec unigrams tweets model with blacklist reaches 0.735.',
         'X', 'contradicted'),
        ('The blacklist raises the SICK 2014 correlation of the Sent2Vec unigrams tweets model'
         ' from 0.710 to 0.719.',
         'C', 'unverified'),
        ('The blacklist raises the STS 2014 correlation of the Sent2Vec unigrams tweets model '
         'from 0.710 to 0.719.',
         'X', 'unverified'),
        ('The STS 2014 dataset contains 3,770 pairs, divided into six different categories.',
         'C', 'confirmed'),
        ('The SICK dataset consists of about 10,000 sentence pairs.',
         'C', 'confirmed'),
        ('The SICK dataset consists of about 3,770 sentence pairs.',
         'X', 'unverified'),
        ('For models trained on the Toronto books dataset, Sent2Vec reports a 3.8 % points '
         'improvement over the state of the art.',
         'C', 'unverified'),
        ('Considering all supervised, semi-supervised methods and all datasets, Sent2Vec '
         'reports a 3.8 % points improvement.',
         'X', 'unverified'),
        ('The blacklist contains the 25 most frequent tokens in the Twitter corpus.',
         'C', 'confirmed'),
        ('The blacklist contains the 50 most frequent tokens in the Twitter corpus.',
         'X', 'contradicted'),
        ('TF-IDF BOW consists of the counts of the 200,000 most common feature-words.',
         'C', 'confirmed'),
        ('Sent2Vec uni. reaches 88.5 accuracy on SST-2.',
         'U', 'unverified'),
        ('Sent2Vec uni. + bi. trained on Twitter took 6.5 hours to train on a GPU.',
         'XU', 'unverified'),
        ('Sent2Vec uni. + bi. trained on Wikipedia reaches a Pearson correlation of 0.72 on '
         'STS 2017.',
         'U', 'unverified'),
        ('Sent2Vec was trained on 16 GPUs.',
         'U', 'unverified'),
        ('On the STS 2014 WordNet subset, Sent2Vec uni. lags behind C-PHRASE, .75/.72 against '
         '.76/.73.',
         'C', 'unverified'),
        ('On the STS 2014 News subset, Sent2Vec uni. outperforms C-PHRASE.',
         'X', 'unverified'),
        ('SDAE + embs. reaches 86.9 on MPQA, against 81.3 for SDAE.',
         'C', 'confirmed'),
        ('For the MR, CR, SUBJ and MPQA datasets, accuracy is obtained using 10-fold cross-'
         'validation.',
         'C', 'confirmed'),
        ('C-PHRASE uses data three times the size of the Toronto book corpus.',
         'C', 'confirmed'),
        ('C-PHRASE uses data ten times the size of the Toronto book corpus.',
         'X', 'contradicted'),
        ('Arora et al. (2017) used a = 10^-3 for all their experiments.',
         'C', 'unverified'),
        ('The STS 2014 dataset contains 10,000 pairs.',
         'X', 'unverified'),
        ('Considering all supervised, semi-supervised methods and all datasets compared in '
         'Hill et al. (2016a), Sent2Vec reports a 2.2 % points improvement.',
         'C', 'unverified'),
        ('Sent2Vec books uni. reaches a macro average of 74.0 and took 1 hour to train.',
         'C', 'unverified'),
        ('Sent2Vec books uni. + bi. took 1 hour to train.',
         'CU', 'confirmed'),
        ('FastSent took 2 hours to train.',
         'C', 'confirmed'),
        ('SkipThought took 24 hours to train.',
         'X', 'contradicted'),
        ('DictRep BOW + emb was trained on GPU.',
         'CU', 'unverified'),
        ('C-PHRASE reaches a supervised average of 80.5 and an unsupervised average of 64.9.',
         'C', 'unverified'),
        ('C-PHRASE reaches an unsupervised average of 66.9.',
         'X', 'unverified'),
        ('On SICK 2014, the Sent2Vec unigrams tweets model reaches 0.710, below the 0.722 of '
         'Unsupervised GloVe + WR.',
         'C', 'unverified'),
        ('On SICK 2014, Unsupervised GloVe + W reaches 0.705.',
         'C', 'confirmed'),
        ('On STS 2014, Unsupervised GloVe + W reaches 0.705.',
         'X', 'unverified'),
        ('The SICK dataset contains 3,770 pairs divided into six different categories.',
         'X', 'unverified'),
        ('The STS 2014 dataset includes a Twitter category.',
         'C', 'confirmed'),
        ('C-PHRASE uses data three times the size of English Wikipedia.',
         'X', 'unverified'),
        ('TF-IDF BOW consists of the counts of the 100,000 most common feature-words.',
         'X', 'contradicted'),
        ('For models trained on the Toronto books dataset, Sent2Vec reports a 2.2 % points '
         'improvement over the state of the art.',
         'X', 'unverified'),
        ('The STS 2014 dataset contains 3,770 pairs from six categories: Twitter, headlines, '
         'news, forum, WordNet and images.',
         'C', 'confirmed'),
        ('On the STS 2014 News subset, Sent2Vec uni. reaches a Pearson correlation of .62.',
         'X', 'unverified'),
        ('On the STS 2014 News subset, Sent2Vec uni. reaches a Pearson correlation of .67.',
         'C', 'unverified'),
        ('On SICK 2014, FastSent reaches a Pearson correlation of .72.',
         'C', 'unverified'),
        ('On SICK 2014, FastSent reaches a Spearman correlation of .72.',
         'X', 'unverified'),
        ('On MSRP, SkipThought reaches an F1 of 82.0.',
         'C', 'unverified'),
        ('On MSRP, SkipThought reaches an accuracy of 82.0.',
         'X', 'unverified'),
        ('On MSRP, Sent2Vec uni. reaches an accuracy of 80.3.',
         'X', 'unverified'),
        ('On MSRP, Sent2Vec uni. reaches an accuracy of 72.2 and an F1 of 80.3.',
         'C', 'unverified'),
        ('C-BOW took 2 hours to train on a GPU.',
         'XU', 'unverified'),
        ('Sent2Vec models train faster than SkipThought.',
         'CU', 'unverified'),
        ('Sent2Vec trains slower than SkipThought.',
         'X', 'unverified'),
        ('On the STS 2014 Headlines subset, Siamese C-BOW reaches .63/.64.',
         'C', 'unverified'),
        ('On the STS 2014 Headlines subset, Sent2Vec uni. reaches .63/.64.',
         'X', 'unverified'),
        ('The average unsupervised correlation of Sent2Vec uni. is .65/.68, against .63/.67 '
         'for C-PHRASE.',
         'C', 'unverified'),
        ('On the STS 2014 Twitter subset, Skipgram reaches a Spearman correlation of .71.',
         'C', 'unverified'),
        ('On the STS 2014 Twitter subset, Skipgram reaches a Pearson correlation of .71.',
         'X', 'unverified'),
        ('The Wiki Sent2Vec unigrams model uses 600 embedding dimensions.',
         'C', 'unverified'),
        ('The Wiki Sent2Vec unigrams + bigrams model uses 600 embedding dimensions.',
         'X', 'contradicted'),
        ('The Book corpus Sent2Vec unigrams model is trained for 13 epochs.',
         'C', 'unverified'),
        ('The Book corpus Sent2Vec unigrams + bigrams model is trained for 13 epochs.',
         'X', 'unverified'),
        ('The Twitter Sent2Vec models are trained for 3 epochs.',
         'C', 'unverified'),
        ('The Wiki Sent2Vec models are trained for 3 epochs.',
         'X', 'unverified'),
        ('The Book corpus Sent2Vec unigrams + bigrams model drops 7 bigrams per sentence.',
         'C', 'unverified'),
        ('The Wiki Sent2Vec unigrams + bigrams model drops 7 bigrams per sentence.',
         'X', 'unverified'),
        ('The Twitter Sent2Vec unigrams + bigrams model drops 3 bigrams per sentence.',
         'C', 'unverified'),
        ('All Sent2Vec models use an initial learning rate of 0.2 and 10 negatives sampled.',
         'C', 'unverified'),
        ('The Twitter Sent2Vec unigrams model uses a minimum word count of 20.',
         'C', 'unverified'),
        ('The Book corpus Sent2Vec unigrams model uses a minimum word count of 8.',
         'X', 'unverified'),
        ('The Book corpus Sent2Vec unigrams model uses a minimum target word count of 8.',
         'C', 'unverified'),
        ('The Book corpus Sent2Vec unigrams + bigrams model uses a minimum target word count '
         'of 8.',
         'X', 'unverified'),
        ('The Twitter Sent2Vec unigrams model uses 600 embedding dimensions.',
         'X', 'unverified'),
        ('The Wiki Sent2Vec unigrams model has 100 fewer embedding dimensions than the Wiki '
         'Sent2Vec unigrams + bigrams model.',
         'CU', 'unverified'),
        ('All Sent2Vec models use 700 embedding dimensions.',
         'X', 'unverified'),
        ('The Twitter Sent2Vec models sample 20 negatives.',
         'X', 'unverified'),
        ('The Wiki Sent2Vec unigrams model uses a minimum word count of 8 and a minimum target'
         ' word count of 20.',
         'C', 'unverified'),
        ('The Wiki Sent2Vec unigrams model uses a minimum word count of 20 and a minimum '
         'target word count of 8.',
         'X', 'unverified'),
    ),
}


@pytest.fixture(scope="module")
def papers():
    read = _papers_of(PAPERS)
    return {stem: read(stem)[0] for stem in (PETERS, BIMPM, SENT2VEC, SMOLA)}


@pytest.mark.parametrize("rule", sorted(WRONG))
def test_the_wrong_verdicts_are_gone(papers, rule):
    stem, _, wrong = WRONG[rule]
    for verdict in _verify(papers, stem, list(wrong)):
        assert verdict.status != wrong[verdict.text], (verdict.text, _explained(verdict))
        assert verdict.status == Status.unverified or stem == SMOLA, _explained(verdict)


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


def test_a_cited_works_number_is_the_cited_works():
    quote = ("In the CoNLL 2003 NER task, our model scores 91.93 mean F1, which is a "
             "statistically significant increase over the previous best result of 91.62 ±0.33 "
             "from Chiu and Nichols (2016) that used gazetteers (at 95%, two-sided Welch "
             "t-test, p = 0.021).")
    assert guards_other_systems.cited_owner(quote, "91.62") == "Chiu"
    assert guards_other_systems.cited_owner(quote, "91.93") is None
    assert guards_other_systems.cited_owner(quote, "95%") is None  # a parenthesis of its own
    both = ("Yang et al. (2017) noted an improvement of only 0.06 F1 in the NER task and Chiu "
            "and Nichols (2016) reported an increase of 0.71 F1 when adding gazetteers.")
    assert guards_other_systems.cited_owner(both, "0.06") == "Yang"
    assert guards_other_systems.cited_owner(both, "0.71") == "Chiu"
    assert guards_other_systems.cited_owner("TagLM reaches 96.37 F1 on CoNLL 2000.", "96.37") \
        is None  # "CoNLL 2000" is no citation: its year is not bracketed


def test_run_in_names_are_names_not_the_papers_own():
    assert guards_other_systems.run_in_name("PLDA: The results reported in [9] were ...") \
        == "PLDA"
    assert guards_other_systems.run_in_name("UC Irvine: The results reported in [7] ...") \
        == "UC Irvine"
    for text in ("Our Codebase: Since some of the datasets ...", "Note: this holds.",
                 "Training: we use Adam."):
        assert guards_other_systems.run_in_name(text) is None


def test_a_test_level_is_a_percentage_beside_a_test():
    quote = "an increase over 91.62 (at 95%, two-sided Welch t-test, p = 0.021)"
    assert guards_significance_levels.is_test_level(quote, "95%")
    assert not guards_significance_levels.is_test_level("accuracy rises to 95% overall", "95%")


def test_a_cells_other_numbers():
    assert guards_cell_spreads.other_numbers("Table 1: A × F1± std = 90.87 ± 0.13") == [0.13]
    assert guards_cell_spreads.other_numbers("A × F1: 90.87") == []


def test_glued_units_and_subject_datasets():
    assert guards_glued_units.glued_words("a 100-dimensional vector, 10-fold") == {
        "100": "dimen", "10": "fold"}
    assert not guards_glued_units.prints_stem("We set the hidden size as 100.", "100", "dimen")
    assert guards_glued_units.prints_stem("a 50-dimensional vector", "50", "dimen")
    assert guards_glued_units.prints_stem("416 words on average, an average of 647", "647",
                                          "word")
    quote = "The SICK dataset consists of about 10,000 sentence pairs."
    assert guards_sentence_scope.subject_dataset(quote, "10,000") == "SICK"
    assert guards_sentence_scope.subject_dataset("We use 10,000 pairs.", "10,000") is None


@pytest.mark.parametrize("stem", sorted(PROBES))
def test_the_probes_keep_their_statuses(papers, stem):
    texts = [text for text, _, _ in PROBES[stem]]
    for (text, gold, status), verdict in zip(PROBES[stem], _verify(papers, stem, texts),
                                             strict=True):
        decided = DECISIVE.get(verdict.status.value)
        assert decided is None or _LABELS[decided] in gold, (text, _explained(verdict))
        if status in DECISIVE:
            assert verdict.status.value == status, (text, _explained(verdict))


_LABELS = {"true": "C", "false": "X"}
