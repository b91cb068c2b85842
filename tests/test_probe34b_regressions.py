"""Round 34 regressions of my own probe (probe34b) of a document new to the project.

Poznanski, Soldaini and Lo, *olmOCR 2: Unit Test Rewards for Document OCR* (Allen Institute for
AI technical report, October 2025), from allenai/olmocr
(olmOCR-2-Unit-Test-Rewards-for-Document-OCR.pdf at the repository root). Kept its pages 1, 2,
5, 6 and 7 (5 pages, 0.9 MB, cut with pypdfium2; page 4's figure weighed 0.8 MB alone):
tests/real/papers/olmocr2_poznanski25.pdf. A one-column technical report (no two-column paper
unused by the project was found in the fixture repositories searched in the time given:
science-parse, pdffigures2, mmda, pawls, vila, deepfigures, grobid, docling, docling-parse,
MinerU, PyMuPDF, marker, pdf2html hold papers the project has, or none with results tables).
Table 1 = 19 OCR systems x olmOCR-Bench score with ± intervals, release dates and openness
icons, bold maxima; Table 2 = two finetuning mixes x 9 benchmark columns under three-line
headers; Table 3 = 14 systems and ablation rows x the same 9 columns, ± intervals, "+ ..." rows
that wrap over two lines. 55 claims (27 confirmed, 16 contradicted, 12 unverified) were
labelled from the page images before the tool ran on them.

First contact: 3 tables read (Tables 2 and 3 whole, their three-line headers joined; Table 1's
score column with its ± intervals, the icon columns without text folded into the release-date
header; the "± ?" cells left without a value), 55 claims, 24 decided, 36 right, 0 wrong. The 27
latent probes written after (neighbouring rows and columns, directions, differences): 18
decided, 18 right, 0 wrong. Claims within a printed ± interval of their cell ("GPT-4o scored
69.8", printed 68.9 ± 1.1) were rightly left undecided.

Fixed by general rules (accuracy of record unchanged by each: right 1517/2498, wrong 0, no
verdict changed):

- Table 3 wraps its ablation rows' names onto two lines set within the row, the numbers on the
  baseline between them; both lines joined the row's line and their words, ordered left to
  right, interleaved: "+ Newimg resize,trainer,QwenYAML,2.5 VL". A cell whose words lie over
  each other is read line by line (`extract/stacked_lines.py`): "+ New trainer, YAML, img
  resize, Qwen 2.5 VL", and the claim naming that row's additions is confirmed.
- "Dynamic temperature scaling starts at 0.1 and increases up to a maximum of 0.8" was held
  back as a superlative whose passage ranks nothing: the passage says "up to a max of 0.8".
  "max of N" ("min of N") states the claim's "maximum of N" for the same N only
  (`guards_superlatives.abbreviated_extreme`): "starts at a maximum of 0.1" stays undecided.

Now 55 claims, 25 decided, 37 right, 0 wrong; latent probes 19 decided, 19 right, 0 wrong.
Left (undecided, not wrong): "the authors created 30,381 test cases" is held back by Table 1's
"reported by their authors" mark; a number whose dataset is named only in the sentence before
("The dataset contains 267,962 pages"); a cumulative ablation row ("+ Dynamic temp scaling") is
not read as a change from the row above; a number of a row whose other column prints the
claimed number ("Marker 1.10.1 scored 83.8 on Tables", its ArXiv cell) is withheld by design.
"""

from __future__ import annotations

from functools import cache

from probe_verdicts import probe_set_tests, real_paper, scored, status_of, verify_on

from verify_claims.claims import Status
from verify_claims.extract import stacked_lines
from verify_claims.verify import guards_superlatives, guards_unsaid_qualifiers

OLMOCR2 = "olmocr2_poznanski25"

# Pages of the excerpt: 1 = paper p. 1 (abstract, introduction), 2 = p. 2 (Table 1), 3 = p. 5
# (synthetic data, Table 2, training), 4 = p. 6 (Figure 4, results), 5 = p. 7 (Table 3, notes).
OLMOCR2_PROBES = [
    # --- confirmed ---
    # p1 "olmOCR 2 is powered by olmOCR-2-7B-1025, a specialized, 7B vision language model
    # (VLM) trained using reinforcement learning with verifiable rewards (RLVR)"
    ('olmOCR 2 runs on a 7B vision language model trained with reinforcement learning with '
     'verifiable rewards.', 'confirmed'),
    # p1 "Since our initial release of olmOCR (Poznanski et al., 2025) in February 2025"
    ('The first olmOCR was released in February 2025.', 'confirmed'),
    # p2 Table 1: OpenAI GPT-4o 68.9 ± 1.1
    ('OpenAI GPT-4o scored 68.9 on olmOCR-Bench.', 'confirmed'),
    # p2 Table 1: Qwen 2 VL 7B 31.5 ± 0.9
    ('Qwen 2 VL 7B reached an olmOCR-Bench score of 31.5.', 'confirmed'),
    # p2 Table 1: Mistral OCR API 72.0 ± 1.1
    ('The Mistral OCR API obtained 72.0 on olmOCR-Bench.', 'confirmed'),
    # p2 "with a +14.2 point overall improvement over our initial release six months prior"
    ('olmOCR 2 improves the overall olmOCR-Bench score by 14.2 points over the initial '
     'release.', 'confirmed'),
    # p2 Table 1: olmOCR 2 82.4 - OpenAI GPT-4o 68.9 = 13.5
    ('olmOCR 2 outperforms OpenAI GPT-4o on olmOCR-Bench by 13.5 points.', 'confirmed'),
    # p3 "costing approximately $0.12 per document page"
    ('Using Claude for the synthetic pipeline cost approximately $0.12 per document page.',
     'confirmed'),
    # p3 "olmOCR2-synthmix-1025, our final data mix consists of 2,186 PDF pages"
    ('The olmOCR2-synthmix-1025 mix consists of 2,186 PDF pages.', 'confirmed'),
    # p3 "In total, across these PDF pages, we create 30,381 test cases."
    ('Across the synthetic pages the authors created 30,381 test cases.', 'confirmed'),
    # p3 "The dataset contains 267,962 pages from over 100,000 PDFs"
    ('olmOCR-mix-1025 contains 267,962 pages drawn from over 100,000 PDFs.', 'confirmed'),
    # p3 "including 9,828 pages from national archives"
    ('The supervised mix includes 9,828 pages from national archives.', 'confirmed'),
    # p3 Table 2: olmOCR-mix-0225, ArXiv 78.6
    ('Finetuning on olmOCR-mix-0225 gave an ArXiv score of 78.6.', 'confirmed'),
    # p3 Table 2: olmOCR-mix-1025, Tables 77.9
    ('Finetuning on olmOCR-mix-1025 reached 77.9 on Tables.', 'confirmed'),
    # p3 Table 2: olmOCR-mix-1025, Overall 78.3 ± 1.2
    ('With olmOCR-mix-1025 the overall olmOCR-Bench score was 78.3.', 'confirmed'),
    # p3 "For each document, 28 completions are generated."
    ('During RL training, 28 completions are generated for each document.', 'confirmed'),
    # p3 "with KL divergence β = 0.01"
    ('The GRPO training used a KL divergence coefficient of 0.01.', 'confirmed'),
    # p3 "we train six models with different random seeds, and soup their weights"
    ('Six models trained with different random seeds were souped.', 'confirmed'),
    # p4 "Our first version of olmOCR set a default temperature of 0.8."
    ('The first version of olmOCR used a default temperature of 0.8.', 'confirmed'),
    # p4 "dynamic temperature scaling starting at 0.1 ... up to a max of 0.8"
    ('Dynamic temperature scaling starts at 0.1 and increases up to a maximum of 0.8.',
     'confirmed'),
    # p4 "For example, with 4 of 6 passes, the page level reward is 0.67."
    ('A page passing 4 of its 6 unit tests receives a reward of 0.67.', 'confirmed'),
    # p5 Table 3: Marker 1.10.1, ArXiv 83.8
    ('Marker 1.10.1 scored 83.8 on the ArXiv subset.', 'confirmed'),
    # p5 Table 3: PaddleOCR-VL*, Headers & footers 97.0
    ('PaddleOCR-VL reached 97.0 on Headers & footers.', 'confirmed'),
    # p5 Table 3: + Dynamic temp scaling, Overall 72.8 ± 1.2
    ('Adding dynamic temperature scaling raised the overall score to 72.8.', 'confirmed'),
    # p5 Table 3: Nanonets-OCR2-3B, Headers & footers 32.1
    ('Nanonets-OCR2-3B scored only 32.1 on Headers & footers.', 'confirmed'),
    # p5 "Our initial olmOCR used 1024px on the longest edge; olmOCR 2 uses 1288px instead."
    ('olmOCR 2 renders images at 1288px on the longest edge.', 'confirmed'),
    # p5 "We switched to YAML, which reduced the retry rate dramatically."
    ('Switching from JSON to YAML reduced the retry rate dramatically.', 'confirmed'),
    # --- contradicted ---
    # p1 7B
    ('olmOCR 2 runs on a 13B vision language model.', 'contradicted'),
    # p2 Table 1: GPT-4o 68.9 (digits transposed)
    ('OpenAI GPT-4o scored 69.8 on olmOCR-Bench.', 'contradicted'),
    # p2 Table 1: Qwen 2.5 VL 7B 65.5 (31.5 is Qwen 2 VL 7B, the row above)
    ('Qwen 2.5 VL 7B reached an olmOCR-Bench score of 31.5.', 'contradicted'),
    # p2 +14.2 points
    ('olmOCR 2 improves the overall olmOCR-Bench score by 12.4 points over the initial '
     'release.', 'contradicted'),
    # p3 2,186 PDF pages
    ('The olmOCR2-synthmix-1025 mix consists of 2,816 PDF pages.', 'contradicted'),
    # p3 28 completions
    ('During RL training, 32 completions are generated for each document.', 'contradicted'),
    # p3 Table 2: olmOCR-mix-1025 ArXiv 70.8 (78.6 is olmOCR-mix-0225's)
    ('Finetuning on olmOCR-mix-1025 gave an ArXiv score of 78.6.', 'contradicted'),
    # p3 Table 2: olmOCR-mix-1025 Old scans math 79.3 (79.9 is olmOCR-mix-0225's)
    ('Finetuning on olmOCR-mix-1025 reached 79.9 on old scans math.', 'contradicted'),
    # p3 $0.12 per page
    ('Using Claude for the synthetic pipeline cost approximately $0.21 per document page.',
     'contradicted'),
    # p4 default temperature 0.8
    ('The first version of olmOCR used a default temperature of 0.1.', 'contradicted'),
    # p5 Table 3: Marker 1.10.1 Tables 72.9 (83.8 is its ArXiv column)
    ('Marker 1.10.1 scored 83.8 on Tables.', 'contradicted'),
    # p5 Table 3: PaddleOCR-VL Old scans 37.8 (97.0 is Headers & footers)
    ('PaddleOCR-VL reached 97.0 on Old scans.', 'contradicted'),
    # p5 Table 3: + Better prompting Overall 75.8 (78.5 is the next row's)
    ('Adding better prompting raised the overall score to 78.5.', 'contradicted'),
    # p5 initial olmOCR used 1024px
    ('The initial olmOCR rendered images at 1288px on the longest edge.', 'contradicted'),
    # p5 YAML reduced the retry rate
    ('Switching from JSON to YAML increased the retry rate.', 'contradicted'),
    # p5 "A single epoch of RL training over our synthetic data"
    ('The best olmOCR 2 model used three epochs of RL training over the synthetic data.',
     'contradicted'),
    # --- unverified ---
    # no throughput on these pages
    ('olmOCR 2 converts a page in under one second on a single H100.', 'unverified'),
    # the benchmark's size is not given on these pages
    ('olmOCR-Bench contains 1,403 PDF documents.', 'unverified'),
    # no handwriting column
    ('DeepSeek-OCR scored 81.0 on the handwriting category of olmOCR-Bench.', 'unverified'),
    # Chandra OCR's training data are not described
    ('Chandra OCR was trained on 5 million document pages.', 'unverified'),
    # no per-seed comparison
    ('Souping six models improved the overall score by 2.1 points over the best single seed.',
     'unverified'),
    # no learning rate given
    ('The GRPO training used a learning rate of 1e-6.', 'unverified'),
    # no training time given
    ('The RL training run took 48 hours on the 8xH100 node.', 'unverified'),
    # Gemini Flash 2 has no Tables score (57.8 is its overall)
    ('Gemini Flash 2 achieved 57.8 on the Tables category.', 'unverified'),
    # Qwen 2.5 VL 7B is not in Table 3
    ('Qwen 2.5 VL 7B scored 71.2 on the ArXiv subset.', 'unverified'),
    # no rendering resolution for the synthetic documents
    ('The synthetic documents were rendered at 300 dpi.', 'unverified'),
    # no multilingual benchmark
    ('olmOCR 2 scored 75.3 on a Spanish-language OCR benchmark.', 'unverified'),
    # no claim about the prompt caching speed-up
    ('Placing text first in the prompt cut inference cost by 30 percent.', 'unverified'),
]

PROBE_SETS = {OLMOCR2: (OLMOCR2_PROBES, 37)}

# Claims written after the first run, probing the same pages (latent wrong verdicts), each with
# the status its page says; none may get a wrong decisive status.
LATENT_PROBES = [
    # p5 Table 3: MinerU 2.5.4* row (ArXiv 76.6, Tables 84.9)
    ('MinerU 2.5.4 scored 84.9 on Tables.', 'confirmed'),
    ('MinerU 2.5.4 scored 84.9 on the ArXiv subset.', 'contradicted'),
    # p5 Table 3: Chandra OCR 0.1.0* (Old scans math 80.3, Tables 88.0)
    ('Chandra OCR 0.1.0 scored 88.0 on Tables.', 'confirmed'),
    ('Chandra OCR 0.1.0 scored 80.3 on Tables.', 'contradicted'),
    # p2 Table 1 / p5 Table 3: DeepSeek-OCR (75.7 overall, Multi column 66.4; 81.9 is
    # Nanonets-OCR2-3B's)
    ('DeepSeek-OCR scored 75.7 on olmOCR-Bench.', 'confirmed'),
    ('DeepSeek-OCR scored 66.4 on Multi column.', 'confirmed'),
    ('DeepSeek-OCR scored 81.9 on Multi column.', 'contradicted'),
    # p5 Table 3: Mistral OCR API Old scans 29.3 (93.6 is Headers & footers)
    ('The Mistral OCR API scored 29.3 on old scans.', 'confirmed'),
    ('The Mistral OCR API scored 93.6 on old scans.', 'contradicted'),
    # p5 Table 3: olmOCR (first release) Long tiny text 54.8 (64.9 is the next row's)
    ('The first olmOCR release scored 54.8 on long tiny text.', 'confirmed'),
    ('The first olmOCR release scored 64.9 on long tiny text.', 'contradicted'),
    # p5 "We fixed the data loader and retrained the model, though this didn't impact
    # benchmark scores." (Table 3: 78.5 -> 78.5)
    ('Fixing the blank-page bug substantially improved benchmark scores.', 'contradicted'),
    # p5 "We switched from Qwen 2 VL ... to Qwen 2.5 VL ..., resulting in a slight improvement
    # in benchmark score."
    ('Switching from Qwen 2 VL to Qwen 2.5 VL slightly improved the benchmark score.',
     'confirmed'),
    ('Switching from Qwen 2 VL to Qwen 2.5 VL caused a slight drop in benchmark score.',
     'contradicted'),
    # p4 "We found no meaningful benchmark score difference from this change." (new trainer)
    ('The new trainer produced a large gain in benchmark score.', 'contradicted'),
    # p3 "using an 8xH100 GPU node"
    ('The RL training ran on an 8xH100 GPU node.', 'confirmed'),
    # p3 "267,962 pages from over 100,000 PDFs"
    ('olmOCR-mix-1025 contains 100,000 pages.', 'contradicted'),
    # p2 Table 1
    ('Qwen 2 VL 7B was released in August 2024.', 'confirmed'),
    ('Nanonets OCR2 3B scored 69.5 on olmOCR-Bench.', 'confirmed'),
    # p5 Table 3: PaddleOCR-VL* ArXiv 85.7 and Long tiny text 85.7
    ('PaddleOCR-VL scored 85.7 on both ArXiv and long tiny text.', 'confirmed'),
    # p3 Table 2: ArXiv 78.6 (0225) vs 70.8 (1025); Tables 72.9 vs 77.9
    ('olmOCR-mix-0225 scored higher than olmOCR-mix-1025 on ArXiv.', 'confirmed'),
    ('olmOCR-mix-1025 scored higher than olmOCR-mix-0225 on ArXiv.', 'contradicted'),
    ('olmOCR-mix-1025 outperforms olmOCR-mix-0225 on Tables by 5.0 points.', 'confirmed'),
    ('olmOCR-mix-1025 outperforms olmOCR-mix-0225 on Tables by 7.0 points.', 'contradicted'),
    # p5 Table 3: the wrapped ablation rows ("+ New trainer, YAML, img resize, Qwen 2.5 VL":
    # Overall 78.5; "+ Synth data, RLVR, souping": Old scans 47.7)
    ('Adding the new trainer, YAML, image resizing and Qwen 2.5 VL brought the overall score '
     'to 78.5.', 'confirmed'),
    ('Adding synthetic data, RLVR and souping brought the Old scans score to 47.7.',
     'confirmed'),
    ('Adding synthetic data, RLVR and souping brought the Old scans score to 45.4.',
     'contradicted'),
]

_parsed = cache(real_paper)

probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _parsed)


def _olmocr2():
    return {OLMOCR2: _parsed(OLMOCR2)}


def test_no_latent_probe_gets_a_wrong_decisive_verdict():
    verdicts = verify_on(_olmocr2(), OLMOCR2, [text for text, _ in LATENT_PROBES])
    wrong, right = scored(verdicts, LATENT_PROBES)
    assert not wrong, wrong
    assert right >= 19, right


def _row_names(paper):
    return [row[0].text for table in paper.tables if table.label == "Table 3"
            for row in table.rows]


def test_a_row_name_wrapped_within_its_row_is_read_line_by_line(monkeypatch):
    names = _row_names(_parsed(OLMOCR2))
    assert "+ New trainer, YAML, img resize, Qwen 2.5 VL" in names, names
    assert "+ Synth data, RLVR, souping" in names, names
    trainer = ("Adding the new trainer, YAML, image resizing and Qwen 2.5 VL brought the "
               "overall score to 78.5.")
    status, why = status_of(_olmocr2(), OLMOCR2, trainer)
    assert status == Status.confirmed, why
    # Planted bug: the cell's words read left to right across its two lines.
    monkeypatch.setattr(stacked_lines, "enabled", False)
    fresh = real_paper(OLMOCR2)
    assert "+ Newimg resize,trainer,QwenYAML,2.5 VL" in _row_names(fresh), _row_names(fresh)
    status, why = status_of({OLMOCR2: fresh}, OLMOCR2, trainer + " ")
    assert status == Status.unverified, why


def test_words_side_by_side_keep_their_order():
    from verify_claims.extract.pdfwords import Word

    def word(text, x0, x1, top):
        return Word(text=text, x0=x0, x1=x1, top=top, bottom=top + 9, baseline=top + 7,
                    size=9.0, font="Times")

    # a lowered word after another (not over it) stays where it stands
    side = [word("a", 0, 10, 0), word("b", 12, 20, 6), word("c", 22, 30, 0)]
    assert [w.text for w in stacked_lines.in_reading_order(side)] == ["a", "b", "c"]
    # two lines over each other are read line by line
    stacked = [word("New", 10, 27, 0), word("img", 10, 25, 8.6), word("trainer,", 30, 60, 0),
               word("resize,", 28, 52, 8.6)]
    assert [w.text for w in stacked_lines.in_reading_order(stacked)] == [
        "New", "trainer,", "img", "resize,"]


def test_max_of_the_claims_number_states_its_maximum(monkeypatch):
    maximum = "Dynamic temperature scaling starts at 0.1 and increases up to a maximum of 0.8."
    status, why = status_of(_olmocr2(), OLMOCR2, maximum)
    assert status == Status.confirmed, why
    # only of the claim's own number: the passage's max is 0.8, not 0.1
    status, why = status_of(_olmocr2(), OLMOCR2,
                            "Dynamic temperature scaling starts at a maximum of 0.1.")
    assert status == Status.unverified, why
    assert guards_superlatives.abbreviated_extreme("a maximum of 0.8", "up to a max of 0.8")
    assert not guards_superlatives.abbreviated_extreme("a maximum of 0.8", "a max of 0.85")
    assert not guards_superlatives.abbreviated_extreme("a minimum of 5", "takes 5 min of time")
    # Planted bug: "max" not read as "maximum".
    monkeypatch.setattr(guards_superlatives, "abbreviated_extreme", lambda *args: False)
    status, why = status_of(_olmocr2(), OLMOCR2, maximum + " ")
    assert status == Status.unverified, why
    assert "ranks nothing" in why, why


def test_a_captions_restriction_of_something_else_says_no_only(monkeypatch):
    # benchmarks/mutation_probes.py, "probe only": Table 1's caption restricts API access
    # ("6API access only after accepting ToS"), not the benchmark the claim restricts
    mutant = "OpenAI GPT-4o scored 68.9 only on olmOCR-Bench."
    status, why = status_of(_olmocr2(), OLMOCR2, mutant)
    assert status == Status.unverified and "only" in why, why
    status, why = status_of(_olmocr2(), OLMOCR2, "OpenAI GPT-4o scored 68.9 on olmOCR-Bench.")
    assert status == Status.confirmed, why
    # Planted bug: a caption's restriction read anywhere, as before round 34
    original = guards_unsaid_qualifiers._restricts_near
    monkeypatch.setattr(guards_unsaid_qualifiers, "_restricts_near",
                        lambda terms, text: guards_unsaid_qualifiers._restricts(text)
                        if "caption" in text else original(terms, text))
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()
    status, why = status_of(_olmocr2(), OLMOCR2, mutant + " ")
    guards_unsaid_qualifiers.unsaid_qualifier.cache_clear()  # no reading of the bug kept
    assert status == Status.confirmed, why
