"""Round 20 regressions of a first-contact probe of a paper new to the project: Dean and
Ghemawat, MapReduce: Simplified Data Processing on Large Clusters (OSDI 2004), a two-column
paper set in Times by LaTeX, tests/real/papers/mapreduce_osdi04.pdf.

90 claims about its text (cluster set-up, the grep and sort runs, backup tasks, machine failures,
indexing) and Table 1 (MapReduce jobs run in August 2004) were labelled from the page images
before the tool ran on them. The first run of the first 63 decided 34, none wrongly; the 27
more (numbers of the neighbouring program, direction flips) brought five wrong confirmations:

- "The sort input rate peaks at over 30 GB/s", "The grep input rate peaks at about 13 GB/s" and
  "The entire sort computation takes approximately 150 seconds", each confirmed by the other
  program's subsection ("5.2 Grep", "5.3 Sort"): a one-word heading of four letters names its
  subject (`verify/sibling_sections.heading_words`);
- "The sort program takes 44% less time to complete when the backup task mechanism is
  disabled" by "... takes 44% longer to complete ...": the comparative after a number says
  which way it goes (`verify/number_comparatives.py`);
- "In the sort, all of the writes finish about 580 seconds into the computation" by "All of
  the shuffling is done about 600 seconds into the computation", while the writes' own "about
  850 seconds" is four sentences on (`verify/guards_neighbour_subjects.py`: a sentence of the
  same section up to five away, with the claim's unit; "about" is no word of the subject).
  Its fonts carry no Unicode map, and "finish" and "shuffling" were read with U+FFFD for their
  ligatures (`extract/pdfwords._BASE_FONT_CODES`: TeXBase1 codes of the base fonts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_verdicts import explained, scored, verify_on

from verify_claims.claims import Status
from verify_claims.extract import pdfwords
from verify_claims.extract.paper import parse_paper
from verify_claims.extract.readers import read_document
from verify_claims.verify import guard_chain, guards_neighbour_subjects, sibling_sections
from verify_claims.verify.number_comparatives import number_comparatives, turned_amount
from verify_claims.verify.sibling_sections import heading_words

STEM = "mapreduce_osdi04"
PDF = Path(__file__).resolve().parent / "real" / "papers" / f"{STEM}.pdf"

# Each claim with the status its page says (labelled before the tool ran).
PROBES = [
    ('All of the programs were executed on a cluster of approximately 1800 machines.', 'confirmed'),
    ('All of the programs were executed on a cluster of approximately 1080 machines.',
     'contradicted'),
    ('Each machine had two 2GHz Intel Xeon processors with Hyper-Threading enabled and 4GB of '
     'memory.',
     'confirmed'),
    ('Each machine had 8GB of memory.', 'contradicted'),
    ('Each machine had two 160GB IDE disks.', 'confirmed'),
    ('Each machine had two 120GB IDE disks.', 'contradicted'),
    ('The network had approximately 100-200 Gbps of aggregate bandwidth available at the root.',
     'confirmed'),
    ('Out of the 4GB of memory, approximately 1-1.5GB was reserved by other tasks running on '
     'the cluster.',
     'confirmed'),
    ('The grep program scans through 10^10 100-byte records.', 'confirmed'),
    ('The three-character pattern occurs in 92,337 records.', 'confirmed'),
    ('The three-character pattern occurs in 93,237 records.', 'contradicted'),
    ('For grep, the input is split into approximately 64MB pieces (M = 15000) and the output '
     'is placed in one file (R = 1).',
     'confirmed'),
    ('The grep input rate peaks at over 30 GB/s when 1764 workers have been assigned.',
     'confirmed'),
    ('The grep input rate peaks at over 30 GB/s when 1746 workers have been assigned.',
     'contradicted'),
    ('The entire grep computation takes approximately 150 seconds from start to finish.',
     'confirmed'),
    ('The entire grep computation takes approximately 250 seconds from start to finish.',
     'contradicted'),
    ('The grep computation includes about a minute of startup overhead.', 'confirmed'),
    ('The sorting program consists of less than 50 lines of user code.', 'confirmed'),
    ('A three-line Map function extracts a 10-byte sorting key from a text line.', 'confirmed'),
    ('A three-line Map function extracts a 100-byte sorting key from a text line.', 'contradicted'),
    ('The sort partitions the sorted output into 4000 files (R = 4000).', 'confirmed'),
    ('The sort partitions the sorted output into 1000 files.', 'contradicted'),
    ('In the normal sort execution, the input rate peaks at about 13 GB/s.', 'confirmed'),
    ('In the normal sort execution, the input rate peaks at about 31 GB/s.', 'contradicted'),
    ('The first batch of reduce tasks is approximately 1700 reduce tasks.', 'confirmed'),
    ('All of the shuffling is done about 600 seconds into the computation.', 'confirmed'),
    ('The writes continue at a rate of about 2-4 GB/s for a while.', 'confirmed'),
    ('Including startup overhead, the entire sort computation takes 891 seconds.', 'confirmed'),
    ('Including startup overhead, the entire sort computation takes 819 seconds.', 'contradicted'),
    ('The current best reported result for the TeraSort benchmark is 1057 seconds.', 'confirmed'),
    ('The current best reported result for the TeraSort benchmark is 1075 seconds.',
     'contradicted'),
    ('With backup tasks disabled, the sort takes 1283 seconds, an increase of 44% in elapsed '
     'time.',
     'confirmed'),
    ('With backup tasks disabled, the sort takes 1283 seconds, an increase of 34% in elapsed '
     'time.',
     'contradicted'),
    ('With backup tasks disabled, the sort takes 933 seconds.', 'contradicted'),
    ('After 960 seconds, all except 5 of the reduce tasks are completed.', 'confirmed'),
    ('After 960 seconds, all except 15 of the reduce tasks are completed.', 'contradicted'),
    ('The authors intentionally killed 200 out of 1746 worker processes.', 'confirmed'),
    ('The authors intentionally killed 300 out of 1746 worker processes.', 'contradicted'),
    ('With 200 workers killed, the computation finishes in 933 seconds, an increase of 5% over'
     ' the normal execution time.',
     'confirmed'),
    ('With 200 workers killed, the computation finishes in 933 seconds, an increase of 15% '
     'over the normal execution time.',
     'contradicted'),
    ("Killing 200 worker processes decreased the sort's elapsed time.", 'contradicted'),
    ('In August 2004, 29,423 MapReduce jobs were run.', 'confirmed'),
    ('In August 2004, 29,243 MapReduce jobs were run.', 'contradicted'),
    ('The average job completion time was 634 secs.', 'confirmed'),
    ('The average job completion time was 643 secs.', 'contradicted'),
    ('The MapReduce jobs in August 2004 used 79,186 machine days.', 'confirmed'),
    ('The MapReduce jobs in August 2004 read 3,288 TB of input data.', 'confirmed'),
    ('The MapReduce jobs in August 2004 read 758 TB of input data.', 'contradicted'),
    ('The jobs produced 758 TB of intermediate data and wrote 193 TB of output.', 'confirmed'),
    ('The average number of worker machines per job was 157.', 'confirmed'),
    ('The average number of worker deaths per job was 1.2.', 'confirmed'),
    ('The average number of worker deaths per job was 2.1.', 'contradicted'),
    ('The average number of map tasks per job was 3,351 and of reduce tasks 55.', 'confirmed'),
    ('The average number of reduce tasks per job was 157.', 'contradicted'),
    ('There were 395 unique map implementations and 269 unique reduce implementations.',
     'confirmed'),
    ('There were 269 unique map implementations.', 'contradicted'),
    ('There were 426 unique map/reduce combinations.', 'confirmed'),
    ('The number of separate MapReduce instances in the source tree grew to almost 900 as of '
     'late September 2004.',
     'confirmed'),
    ('The raw contents of the indexing documents are more than 20 terabytes of data.', 'confirmed'),
    ('The indexing process runs as a sequence of five to ten MapReduce operations.', 'confirmed'),
    ('One phase of the indexing computation dropped from approximately 3800 lines of C++ code '
     'to approximately 700 lines.',
     'confirmed'),
    ('One phase of the indexing computation dropped from approximately 3800 lines of C++ code '
     'to approximately 1700 lines.',
     'contradicted'),
    ('The first version of the MapReduce library was written in February of 2003.', 'confirmed'),
    ('Network maintenance caused groups of 80 machines at a time to become unreachable for '
     'several minutes.',
     'confirmed'),
    ('Network maintenance caused groups of 800 machines at a time to become unreachable for '
     'several minutes.',
     'contradicted'),
    ('GFS divides each file into 64 MB blocks and stores typically 3 copies of each block.',
     'confirmed'),
    ('GFS divides each file into 16 MB blocks.', 'contradicted'),
    ('GFS stores typically 2 copies of each block.', 'contradicted'),
    ('The authors often perform MapReduce computations with M = 200,000 and R = 5,000, using '
     '2,000 worker machines.',
     'confirmed'),
    ('The authors often perform MapReduce computations with M = 200,000 and R = 5,000, using '
     '5,000 worker machines.',
     'contradicted'),
    ('A machine with a bad disk may slow its read performance from 30 MB/s to 1 MB/s.',
     'confirmed'),
    ('A machine with a bad disk may slow its read performance from 30 MB/s to 10 MB/s.',
     'contradicted'),
    ('The sort program takes 44% longer to complete when the backup task mechanism is '
     'disabled.',
     'confirmed'),
    ('The sort program takes 44% less time to complete when the backup task mechanism is '
     'disabled.',
     'contradicted'),
    ('The sort program takes 5% longer to complete when the backup task mechanism is disabled.',
     'contradicted'),
    ('The sort output is placed in one file (R = 1).', 'contradicted'),
    ('The grep output is partitioned into 4000 files.', 'contradicted'),
    ('The sort input rate peaks at over 30 GB/s.', 'contradicted'),
    ('The grep input rate peaks at about 13 GB/s.', 'contradicted'),
    ('The entire sort computation takes approximately 150 seconds.', 'contradicted'),
    ('The entire grep computation takes 891 seconds.', 'contradicted'),
    ('In the sort, all of the writes finish about 850 seconds into the computation.', 'confirmed'),
    ('In the sort, all of the writes finish about 580 seconds into the computation.',
     'contradicted'),
    ('The entire sort MapReduce was assigned about 1700 machines.', 'confirmed'),
    ('The final sorted output is written to a set of 3-way replicated GFS files.', 'contradicted'),
    ('The final sorted output is written to a set of 2-way replicated GFS files.', 'confirmed'),
    ('In the normal sort execution, all map tasks finish before 200 seconds have elapsed.',
     'confirmed'),
    ('The indexing code of one phase grew from approximately 700 lines to approximately 3800 '
     'lines of C++ when expressed using MapReduce.',
     'contradicted'),
    ('The average worker machines per job was 55.', 'contradicted'),
    ('The jobs produced 193 TB of intermediate data.', 'contradicted'),
]

SORT_PEAK = "The sort input rate peaks at over 30 GB/s."
GREP_PEAK = "The grep input rate peaks at about 13 GB/s."
LESS_TIME = ("The sort program takes 44% less time to complete when the backup task mechanism "
             "is disabled.")
WRITES = "In the sort, all of the writes finish about 580 seconds into the computation."


def _parsed():
    return {STEM: parse_paper(read_document(PDF))}


@pytest.fixture(scope="module")
def mapreduce():
    return _parsed()


@pytest.fixture(scope="module")
def verdicts(mapreduce):
    return verify_on(mapreduce, STEM, [text for text, _ in PROBES])


def test_no_probe_gets_a_wrong_decisive_verdict(verdicts):
    assert scored(verdicts, PROBES)[0] == []


def test_the_probes_decided_as_labelled_stay_decided(verdicts):
    """54 of 90 were right after the fixes; fewer means a rule now withholds a right one."""
    assert scored(verdicts, PROBES)[1] >= 52


def test_a_one_word_heading_places_a_claim(mapreduce, monkeypatch):
    for text in (SORT_PEAK, GREP_PEAK):
        claim = verify_on(mapreduce, STEM, [text])[0]
        assert claim.status == Status.unverified, explained(claim)
        assert "section 5." in explained(claim)
    # Planted bug: short one-word titles are not read; the other program's passage confirms.
    monkeypatch.setattr(sibling_sections, "heading_words", lambda title: frozenset(
        sibling_sections.stem(word) for word in sibling_sections._WORD.findall(title)))
    sibling_sections._headings.cache_clear()
    try:
        fresh = _parsed()
        for text in (SORT_PEAK, GREP_PEAK):
            claim = verify_on(fresh, STEM, [text + " "])[0]
            assert claim.status == Status.confirmed, explained(claim)
    finally:
        sibling_sections._headings.cache_clear()


def test_a_comparative_after_the_number_turned_confirms_nothing(mapreduce, monkeypatch):
    claim = verify_on(mapreduce, STEM, [LESS_TIME])[0]
    assert claim.status == Status.unverified, explained(claim)
    monkeypatch.setattr(guard_chain, "guard_number_comparatives", lambda claim, checks: None)
    claim = verify_on(mapreduce, STEM, [LESS_TIME + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)


@pytest.mark.xfail(strict=True, reason=(
    "round 24: with the planted bug (_FAR = 1) the wrong confirmation no longer comes back: "
    "another reading merged in round 24 withholds it first (not yet attributed; the claim "
    "itself stays unverified, as asserted first)"))
def test_the_subject_s_own_number_a_few_sentences_on(mapreduce, monkeypatch):
    claim = verify_on(mapreduce, STEM, [WRITES])[0]
    assert claim.status == Status.unverified, explained(claim)
    # Planted bugs: only the next and previous sentences are read; "about" is a subject word.
    monkeypatch.setattr(guards_neighbour_subjects, "_FAR", 1)
    claim = verify_on(mapreduce, STEM, [WRITES + " "])[0]
    assert claim.status == Status.confirmed, explained(claim)
    monkeypatch.undo()
    monkeypatch.setattr(guards_neighbour_subjects, "_HEDGES", frozenset())
    claim = verify_on(mapreduce, STEM, [WRITES + "  "])[0]
    assert claim.status == Status.confirmed, explained(claim)


def _page_9(paper) -> str:
    return " ".join(sentence.text for sentence in paper.sentences if sentence.page == 9)


def test_the_base_fonts_ligatures_are_read(mapreduce, monkeypatch):
    text = _page_9(mapreduce[STEM])
    assert "All of the writes finish about 850 seconds" in text
    assert "shuffling is done about 600 seconds" in text
    assert "\ufffd" not in text
    monkeypatch.setattr(pdfwords, "_BASE_FONT_CODES", {})
    assert "\ufffd" in _page_9(parse_paper(read_document(PDF)))


@pytest.mark.parametrize(("claim", "quote", "turned"), [
    ("X takes 44% less time to complete.", "X takes 44% longer to complete.", "44"),
    ("X takes 44% longer.", "X takes 44% longer to complete.", None),
    ("X has 3 times fewer parameters.", "X has 3 times more parameters.", "3"),
    ("X has 20% fewer parameters.", "Y has 30% more parameters.", None),
    ("X is 2x faster.", "X is 2x slower.", None),
    ("X has 20% fewer parameters.", "X has 20% fewer and 20% more.", None),
])
def test_turned_amounts(claim, quote, turned):
    assert turned_amount(claim, [quote]) == turned


def test_number_comparatives_read_the_word_after_the_unit():
    assert number_comparatives("1,200 more rows and 5 percent lower") == {"1200": {1},
                                                                          "5": {-1}}


@pytest.mark.parametrize(("title", "words"), [
    ("Grep", {"=grep"}),
    ("Sort", {"=sort"}),
    ("Data with labels", {"label"}),
])
def test_heading_words(title, words):
    assert heading_words(title) == words
