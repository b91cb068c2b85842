"""Round 34 regressions of my own probe (probe34a) of a document new to the project.

Yin, Wang, Horio, Kawahara and Sekine, *Should We Respect LLMs? A Cross-Lingual Study on the
Influence of Prompt Politeness on LLM Performance* (arXiv:2402.14531), from the test data of
akcorca/pdf2html (data/respect.pdf). Kept its pages 4-8 and 23-24 (7 pages, 1.3 MB, cut with
pypdfium2; page 1 alone, with its raster figure, weighed 1.3 MB): tests/real/papers/
politeness_yin24.pdf. Two-column ACL body (setup, summarization and benchmark results, bias
results; Table 1 = 3 benchmarks x 3 models under a two-line header, 8 politeness rows, bold
maxima; Table 2 = Llama2-70B vs its base model) and a one-column appendix of dense result
tables (Tables 16-18: R/B/L under three model groups; Tables 19-20: four bias columns under
three model groups, red cells; Table 21: three models). 58 claims (30 confirmed, 16
contradicted, 12 unverified) were labelled from the page images before the tool ran on them.

First contact: 107 sentences (137 now) and 8 tables read (every table well: Table 1's
two-line header, Tables 16-20's model groups over R/B/L and bias letters), 58 claims, 10
decided, 22 right, 0 wrong. Most claims stayed undecided for three reasons, fixed by general rules:

- The excerpt's page 1 opens mid-sentence ("stereotypical bias detection.") and prints the
  heading "4.3 Influence of RLHF and SFT" halfway down: the setup above it was read as front
  matter and dropped (every claim about the data sizes, the 100-question cap, HELM, the bias
  categories stayed undecided). Page 1 opening mid-sentence with its first heading numbered past
  the opening section is an excerpt (`front_matter.later_section`).
- Tables 16-20 name their columns by letters their captions define with "is": "R is ROUGE-L,
  B is BERTScore, L is Length", "A is Age, G is Gender ...": a caption's legend may word its
  items with "is" (`definitions._IS_LEGEND_ITEM`, captions only, short forms of 3 characters).
- Table 1 heads its politeness levels "P", Tables 2 and 21 "Politeness": the guard against
  words that head another table's columns (guards_headed_elsewhere) withheld every Table 1
  contradiction said "at politeness level N". A stub column's header (a column whose cells print
  their rows' own labels) names what the rows are, not a measured column: left out.

Wrong verdicts exposed once page 1 was read, each fixed by a general rule that only withholds:

- "Swallow-70B reached a ROUGE-L of 22.1 on CNN/Dailymail at politeness level 8" (labelled
  unverified: Swallow-70B is not in the CNN/Dailymail table) was CONTRADICTED by Table 21's
  54.41 ("Gender bias in Japanese", 8 x Swallow-70B): without a title or abstract the paper's
  first eight sentences stand in for its topic, and the setup paragraph names CNN/Dailymail and
  ROUGE-L. A name found only as such a stand-in topic, which another table prints in its caption
  or headers and the cell's table does not, leaves the cell unaccounted
  (`verify/standin_topics.py`);
- (latent) "In Japanese, GPT-4's gender bias peaked at politeness level 4" (false: "peaking at a
  politeness level of 5 and its nadir at politeness level 4") was confirmed: a supporting
  sentence whose own clause of the claimed number names the opposite end ("nadir" for
  "peaked", "lowest" for "highest") and not the claim's confirms nothing
  (`guards_opposite_ends.clause_turned`);
- (latent) "GPT-4 frequently refuses to answer questions in the bias test" (false: "GPT-4
  rarely refuses to answer questions") was confirmed: often/frequently and rarely/seldom are
  antonym pairs now (`claims/vocabulary.ANTONYM_PAIRS`).

Now 26 decided, 38 right, 0 wrong; the 26 latent probes: no wrong verdict. Left: the Table 2
claims (Llama2-70B against its base model: the caption's "its base model" lets both columns
account for a claim naming both); "politeness level 1" named by its lowest ("At the lowest
politeness level ...") is not read as row 1; claims paraphrasing the summarization findings.
"""

from __future__ import annotations

from functools import cache

from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.extract import front_matter
from verify_claims.verify import (
    definitions,
    guards_headed_elsewhere,
    guards_opposite_ends,
    standin_topics,
    wording,
)

POLITE = "politeness_yin24"

# Each claim with the status its page says (labelled before the tool ran); pages of the PDF
# excerpt: 1 = paper p. 4 (setup), 2 = p. 5 (Figure 2, summarization results), 3 = p. 6
# (Table 1, English benchmark text), 4 = p. 7 (Chinese/Japanese benchmarks, English bias),
# 5 = p. 8 (Japanese bias, Table 2), 6 = p. 23 (Tables 16-18), 7 = p. 24 (Tables 19-21).
POLITE_PROBES = [
    # --- confirmed ---
    # p1 "XL-Sum (Hasan et al., 2021) for Chinese and Japanese, selecting 500 test data from each"
    ('For Chinese and Japanese summarization the authors used XL-Sum, drawing 500 test items '
     'from each.', 'confirmed'),
    # p1 "The length is counted in words for English and in characters for Chinese and Japanese."
    ('Summary length was measured in words for English and in characters for Chinese and '
     'Japanese.', 'confirmed'),
    # p1 "The total number of questions used for evaluation is 5,700 for MMLU, 5,200 for
    # C-Eval, and 5,591 for JMMLU."
    ('The MMLU evaluation comprised 5,700 questions in total.', 'confirmed'),
    ('JMMLU contributed 5,591 evaluation questions.', 'confirmed'),
    # p1 "we only select a maximum of 100 test questions from each task"
    ('To limit API usage, at most 100 test questions were taken from each task.', 'confirmed'),
    # p1 "unlike HELM, an answer is considered correct if the correct choice number appears
    # anywhere in the generated text"
    ('Unlike HELM, an answer was counted as correct if the correct choice number appeared '
     'anywhere in the generated text.', 'confirmed'),
    # p1 "model outputs are classified into four categories: positive, neutral, negative, or
    # refusal to answer"
    ('Model outputs in the bias task were sorted into four categories: positive, neutral, '
     'negative, or refusal to answer.', 'confirmed'),
    # p1 "We use CHBias (Zhao et al., 2023) for Chinese evaluation"
    ('CHBias was used to evaluate bias in Chinese.', 'confirmed'),
    # p2 "The models' ROUGE-L and BERTScore scores consistently maintain stability,
    # irrespective of the politeness level of the prompts"
    ('In English summarization, ROUGE-L and BERTScore stayed stable regardless of the prompt\'s '
     'politeness level.', 'confirmed'),
    # p2 "GPT-4 did not echo this trend of increased output length in the presence of highly
    # impolite prompts"
    ('GPT-4 did not show longer outputs when prompts were highly impolite.', 'confirmed'),
    # p3 Table 1: MMLU GPT-3.5, P 8 = 60.02
    ('GPT-3.5 scored 60.02 on MMLU at politeness level 8.', 'confirmed'),
    # p3 Table 1: MMLU GPT-4, P 4 = 79.09
    ('On MMLU, GPT-4 reached 79.09 with level 4 prompts.', 'confirmed'),
    # p3 Table 1: MMLU Llama2-70B, P 1 = 28.44
    ('Llama2-70B scored 28.44 on MMLU at politeness level 1.', 'confirmed'),
    # p3 Table 1: C-Eval GPT-4, P 4 = 30.60
    ('On C-Eval, GPT-4 scored 30.60 at politeness level 4.', 'confirmed'),
    # p3 Table 1: C-Eval ChatGLM3, P 6 = 21.54
    ('ChatGLM3 scored 21.54 on C-Eval at politeness level 6.', 'confirmed'),
    # p3 Table 1: JMMLU Swallow-70B, P 6 = 39.30
    ('Swallow-70B scored 39.30 on JMMLU at politeness level 6.', 'confirmed'),
    # p3 Table 1: JMMLU GPT-3.5, P 2 = 51.98
    ('GPT-3.5 scored 51.98 on JMMLU at politeness level 2.', 'confirmed'),
    # p3 "For the lowest politeness level 1, the score drops to 51.93" (GPT-3.5, English)
    ('At the lowest politeness level, GPT-3.5\'s MMLU score drops to 51.93.', 'confirmed'),
    # p4 "ChatGLM3 shows a significant decreasing trend from politeness level 8 to 2."
    ('In Chinese, ChatGLM3 showed a significant decreasing trend from politeness level 8 to 2.',
     'confirmed'),
    # p4 "For GPT-4, levels 6 and 5 are outstanding, and level 4 achieved the highest score."
    ('In Japanese, GPT-4 achieved its highest score at politeness level 4.', 'confirmed'),
    # p4 "Notably, when the politeness level is 6, GPT-4 shows the lowest degree of bias
    # overall."
    ('In the English bias test, GPT-4 showed its lowest overall bias at politeness level 6.',
     'confirmed'),
    # p5 Table 2: Base Model, P 7 = 54.84
    ('The Llama2-70B base model scored 54.84 on MMLU at politeness level 7.', 'confirmed'),
    # p5 Table 2: P 1, Llama2-70B 28.44, Base Model 51.19
    ('At politeness level 1, the Llama2-70B base model scored 51.19 on MMLU.', 'confirmed'),
    # p5 "The level of bias in GPT-3.5 reaches the lowest at politeness level 2 and reaches the
    # highest at politeness level 1."
    ('In Japanese, GPT-3.5\'s gender bias was lowest at politeness level 2.', 'confirmed'),
    # p6 Table 16 (CNN/Dailymail): GPT-3.5 R, P 1 = 23.11
    ('On CNN/Dailymail, GPT-3.5 reached a ROUGE-L of 23.11 at politeness level 1.',
     'confirmed'),
    # p6 Table 17 (XL-Sum Chinese): GPT-4 B, P 1 = 66.62
    ('On XL-Sum Chinese, GPT-4 had a BERTScore of 66.62 at politeness level 1.', 'confirmed'),
    # p6 Table 18 (XL-Sum Japanese): Swallow-70B L, P 8 = 180.49
    ('On XL-Sum Japanese, Swallow-70B\'s summaries had a length of 180.49 at politeness '
     'level 8.', 'confirmed'),
    # p7 Table 19 (Crows-Pairs): GPT-3.5 G, P 5 = 45.45
    ('On CrowS-Pairs, GPT-3.5\'s gender bias index was 45.45 at politeness level 5.',
     'confirmed'),
    # p7 Table 20 (CHBias): GPT-3.5 A, P 1 = 57.29
    ('On CHBias, GPT-3.5\'s age bias reached 57.29 at politeness level 1.', 'confirmed'),
    # p7 Table 21 (Gender bias in Japanese): Swallow-70B, P 5 = 55.56
    ('In the Japanese gender bias test, Swallow-70B scored 55.56 at politeness level 5.',
     'confirmed'),
    # --- contradicted ---
    # p1 5,700 for MMLU (5,200 is C-Eval's)
    ('The MMLU evaluation comprised 5,200 questions in total.', 'contradicted'),
    # p1 500 test data from each
    ('For Chinese and Japanese summarization the authors drew 1,000 test items from XL-Sum.',
     'contradicted'),
    # p1 a maximum of 100 test questions from each task
    ('To limit API usage, at most 200 test questions were taken from each task.',
     'contradicted'),
    # p1 four categories
    ('Model outputs in the bias task were sorted into three categories.', 'contradicted'),
    # p2 GPT-4 did not echo the trend
    ('GPT-4 also produced longer outputs when prompts were highly impolite.', 'contradicted'),
    # p3 Table 1: MMLU GPT-3.5 60.02 is level 8 (level 7 = 58.32)
    ('GPT-3.5 scored 60.02 on MMLU at politeness level 7.', 'contradicted'),
    # p3 Table 1: MMLU GPT-4 P 4 = 79.09 (digits transposed)
    ('On MMLU, GPT-4 reached 79.90 with level 4 prompts.', 'contradicted'),
    # p3 Table 1: MMLU Llama2-70B P 8 = 55.11 (55.26 is level 7)
    ('Llama2-70B scored 55.26 on MMLU at politeness level 8.', 'contradicted'),
    # p3 Table 1: C-Eval ChatGLM3 P 6 = 21.54 (23.38 is GPT-3.5's, the neighbouring column)
    ('ChatGLM3 scored 23.38 on C-Eval at politeness level 6.', 'contradicted'),
    # p3 Table 1: JMMLU Swallow-70B P 2 = 38.62 (33.30 is level 1)
    ('Swallow-70B scored 33.30 on JMMLU at politeness level 2.', 'contradicted'),
    # p4 "a significant decreasing trend from politeness level 8 to 2"
    ('In Chinese, ChatGLM3 showed a significant increasing trend from politeness level 8 to 2.',
     'contradicted'),
    # p5 GPT-3.5's Japanese gender bias lowest at level 2
    ('In Japanese, GPT-3.5\'s gender bias was highest at politeness level 2.', 'contradicted'),
    # p5 Table 2: Base Model P 2 = 54.09 (51.19 is level 1)
    ('The Llama2-70B base model scored 51.19 on MMLU at politeness level 2.', 'contradicted'),
    # p6 Table 16: GPT-3.5 R, P 8 = 21.99 (23.11 is level 1)
    ('On CNN/Dailymail, GPT-3.5 reached a ROUGE-L of 23.11 at politeness level 8.',
     'contradicted'),
    # p6 Table 17: GPT-4 B, P 1 = 66.62 (digits transposed)
    ('On XL-Sum Chinese, GPT-4 had a BERTScore of 66.26 at politeness level 1.',
     'contradicted'),
    # p7 Table 19: GPT-3.5 N, P 5 = 37.74 (45.45 is G, the neighbouring column)
    ('On CrowS-Pairs, GPT-3.5\'s nationality bias index was 45.45 at politeness level 5.',
     'contradicted'),
    # --- unverified ---
    # no average over levels is given
    ('GPT-4\'s MMLU accuracy averaged 80 percent across all politeness levels.', 'unverified'),
    # who wrote the prompts is not on these pages
    ('The prompts were written by native speakers of each language.', 'unverified'),
    # no decoding settings on these pages
    ('Summaries were generated with a temperature of 0.', 'unverified'),
    # refusal rates are never given as numbers
    ('GPT-3.5 refused to answer 12 percent of impolite prompts in the bias task.', 'unverified'),
    # ChatGLM3 is not evaluated on MMLU
    ('ChatGLM3 scored 48.5 on MMLU at politeness level 8.', 'unverified'),
    # Llama2-70B is not in the CHBias table
    ('Llama2-70B\'s age bias on CHBias was 15.3 at politeness level 4.', 'unverified'),
    # Swallow-70B is not in the CNN/Dailymail table
    ('Swallow-70B reached a ROUGE-L of 22.1 on CNN/Dailymail at politeness level 8.',
     'unverified'),
    # number of CrowS-Pairs pairs not given
    ('The English bias evaluation used 1,508 CrowS-Pairs sentence pairs.', 'unverified'),
    # API provider not given
    ('GPT-4 was queried through the Azure OpenAI service.', 'unverified'),
    # no per-language average gain
    ('Polite prompts raised GPT-4\'s JMMLU score by 5 points on average over rude ones.',
     'unverified'),
    # no training-token count of the base model
    ('The Llama2-70B base model was pre-trained on 2 trillion tokens.', 'unverified'),
    # no significance threshold for length differences
    ('Length differences across politeness levels were significant at p < 0.01 for GPT-3.5.',
     'unverified'),
]

PROBE_SETS = {POLITE: (POLITE_PROBES, 38)}

# Claims written after the first run, probing the same pages (latent wrong verdicts), each with
# the status its page says; none may get a wrong decisive status.
LATENT_PROBES = [
    # p3 "GPT-4 follows an analogous pattern, peaking at a politeness level of 5 and its nadir
    # at politeness level 4." (p5)
    ("In Japanese, GPT-4's gender bias peaked at politeness level 4.", 'contradicted'),
    ("In Japanese, GPT-4's gender bias peaked at politeness level 5.", 'confirmed'),
    ("In Japanese, GPT-4's gender bias reached its nadir at politeness level 4.", 'confirmed'),
    # p4 "GPT-4 rarely refuses to answer questions"
    ('GPT-4 frequently refuses to answer questions in the bias test.', 'contradicted'),
    ('GPT-4 rarely refuses to answer questions in the bias test.', 'confirmed'),
    # p6-p7: numbers of a neighbouring table, column or row
    ("On XL-Sum Japanese, GPT-4's ROUGE-L was 71.66 at politeness level 8.", 'contradicted'),
    ('On XL-Sum Japanese, GPT-3.5 had a ROUGE-L of 17.29 at politeness level 8.',
     'contradicted'),
    ("On CrowS-Pairs, GPT-4's gender bias at politeness level 1 was 22.61.", 'contradicted'),
    ("On CHBias, GPT-4's gender bias at politeness level 1 was 22.61.", 'confirmed'),
    ('In the Japanese gender bias test, GPT-3.5 scored 32.18 at politeness level 1.',
     'contradicted'),
    ('In the Japanese gender bias test, GPT-4 scored 32.18 at politeness level 1.', 'confirmed'),
    ("On CrowS-Pairs, GPT-4's socioeconomic bias was 39.32 at politeness level 5.",
     'contradicted'),
    ("On CrowS-Pairs, Llama2-70B's race bias reached 21.54 at politeness level 2.",
     'contradicted'),
    ("On CHBias, ChatGLM3's appearance bias was 50.25 at politeness level 1.", 'contradicted'),
    ('On C-Eval, GPT-3.5 scored 23.38 at politeness level 5.', 'contradicted'),
    ('On JMMLU, GPT-4 scored 73.86 at politeness level 3.', 'contradicted'),
    ("GPT-4's BERTScore on CNN/Dailymail was 87.27 at politeness level 2.", 'contradicted'),
    ("GPT-4's summaries on XL-Sum Chinese had a length of 97.64 at politeness level 2.",
     'contradicted'),
    # p3/p4/p5 text
    ('GPT-3.5 achieved its highest MMLU score of 60.02 at politeness level 1.', 'contradicted'),
    ("GPT-4's lowest MMLU score came at politeness level 4.", 'contradicted'),
    ('Swallow-70B performed best on JMMLU at politeness levels 6 and 2.', 'contradicted'),
    ('The base model shows a negative correlation between MMLU scores and politeness level.',
     'contradicted'),
    ('The correct answers for C-Eval\'s test set are public.', 'contradicted'),
    ('Swallow-70B is a model to which RLHF is applied.', 'contradicted'),
    # Swallow-70B is not in the CNN/Dailymail table (Table 16)
    ('Swallow-70B scored 22.1 on CNN/Dailymail at politeness level 8.', 'unverified'),
    ('Swallow-70B reached 22.1 on XL-Sum at politeness level 8.', 'unverified'),
]

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _polite():
    return {POLITE: _parsed(POLITE)}


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    verdicts = verify_on(_polite(), POLITE, [text for text, _ in LATENT_PROBES])
    wrong, right = scored(verdicts, LATENT_PROBES)
    assert not wrong, wrong
    assert right >= 14, right


def test_an_excerpt_opening_mid_sentence_above_a_later_heading_is_body_text(monkeypatch):
    questions = "The MMLU evaluation comprised 5,700 questions in total."
    status, why = status_of(_polite(), POLITE, questions)
    assert status == Status.confirmed, why
    assert front_matter.later_section("4.3 Influence of RLHF and SFT")
    assert front_matter.later_section("2. Related Work")
    assert not front_matter.later_section("1 Introduction")
    assert not front_matter.later_section("Abstract")
    # Planted bug: page 1's "4.3" heading read as a title page's first heading, and the setup
    # above it as front matter.
    monkeypatch.setattr(front_matter, "later_sections", False)
    fresh = {POLITE: real_paper(POLITE)}
    status, why = status_of(fresh, POLITE, questions + " ")
    assert status == Status.unverified, why


def test_a_first_sentences_name_another_table_prints_is_no_topic_of_this_one(monkeypatch):
    # (the first-contact claim "Swallow-70B reached a ROUGE-L of 22.1 on CNN/Dailymail ..." is
    # now also held back by Table 18's "R is ROUGE-L": its R cell disagrees with Table 21's)
    swallow = "Swallow-70B scored 22.1 on CNN/Dailymail at politeness level 8."
    status, why = status_of(_polite(), POLITE, swallow)
    assert status == Status.unverified, why
    # the CNN/Dailymail table still decides its own cells
    status, why = status_of(_polite(), POLITE, "On CNN/Dailymail, GPT-3.5 reached a ROUGE-L "
                                               "of 23.11 at politeness level 1.")
    assert status == Status.confirmed, why
    # Planted bug: "CNN/Dailymail" and "ROUGE-L" of the first sentences lent to Table 21.
    monkeypatch.setattr(standin_topics, "enabled", False)
    status, why = status_of(_polite(), POLITE, swallow + " ")
    assert status == Status.contradicted, why
    assert "Table 21" in why, why


def test_a_caption_legend_worded_with_is_names_its_columns(monkeypatch):
    bertscore = "On XL-Sum Chinese, GPT-4 had a BERTScore of 66.26 at politeness level 1."
    status, why = status_of(_polite(), POLITE, bertscore)
    assert status == Status.contradicted, why
    # "is" makes no legend outside a caption, nor of a long word
    assert not definitions.read_definitions("The model is large, the data is small.")
    # Planted bug: "B is BERTScore" no definition.
    monkeypatch.setattr(definitions, "is_legends", False)
    definitions.read_definitions.cache_clear()
    fresh = {POLITE: real_paper(POLITE)}
    status, why = status_of(fresh, POLITE, bertscore + " ")
    assert status == Status.unverified, why
    definitions.read_definitions.cache_clear()


def test_a_stub_columns_header_is_no_column_label_of_another_table(monkeypatch):
    level7 = "GPT-3.5 scored 60.02 on MMLU at politeness level 7."
    status, why = status_of(_polite(), POLITE, level7)
    assert status == Status.contradicted, why
    # Planted bug: "Politeness" over Table 2's and 21's row numbers read as a measured column.
    monkeypatch.setattr(guards_headed_elsewhere, "stub_columns_out", False)
    fresh = {POLITE: real_paper(POLITE)}
    status, why = status_of(fresh, POLITE, level7 + " ")
    assert status == Status.unverified, why
    assert "label of another table" in why, why


def test_a_number_its_own_clause_names_by_the_opposite_end_confirms_nothing(monkeypatch):
    peaked = "In Japanese, GPT-4's gender bias peaked at politeness level 4."
    status, why = status_of(_polite(), POLITE, peaked)
    assert status == Status.unverified, why
    assert "nadir" in why, why
    assert guards_opposite_ends.clause_turned(
        "X peaked at 5", [5.0], "peaking at a level of 5 and its nadir at level 4") is None
    # Planted bug: the clause of the claimed number not read.
    monkeypatch.setattr(guards_opposite_ends, "clause_ends", False)
    status, why = status_of(_polite(), POLITE, peaked + " ")
    assert status == Status.confirmed, why


def test_frequently_against_rarely_confirms_nothing(monkeypatch):
    frequently = "GPT-4 frequently refuses to answer questions in the bias test."
    status, why = status_of(_polite(), POLITE, frequently)
    assert status == Status.unverified, why
    # Planted bug: "frequently" no antonym of "rarely".
    monkeypatch.setattr(wording, "_ANTONYMS", {
        form: opposites for form, opposites in wording._ANTONYMS.items()
        if not form.startswith(("frequent", "rare", "often", "seldom"))})
    wording.antonym_clash.cache_clear()
    status, why = status_of(_polite(), POLITE, frequently + " ")
    assert status == Status.confirmed, why
    wording.antonym_clash.cache_clear()
