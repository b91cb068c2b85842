"""Section headings of a paper's text: which lines are headings, and what kind of section a
title names.

Kept apart from the paper parser so that the table reader, which must not run a table into
the heading of the next section, can ask the same question without importing the parser.
"""

from __future__ import annotations

import re

SECTION_NAMES = {
    "abstract", "introduction", "related work", "background", "method", "methods",
    "methodology", "approach", "model", "models", "data", "datasets", "experiments",
    "experimental setup", "experimental results", "setup", "evaluation", "results",
    "main results", "analysis", "discussion", "ablation", "ablations", "ablation study",
    "conclusion", "conclusions", "conclusion and future work", "future work", "limitations",
    "ethics statement", "ethical considerations", "broader impact", "acknowledgments",
    "acknowledgements", "acknowledgment", "references", "bibliography", "appendix",
    "appendices", "supplementary material", "references and links", "references and notes",
    "materials", "materials and methods", "general procedures", "experimental procedures",
    "experimental section",
}
# "Materials", "General Procedures": a chemistry paper's (or its supplement's) opening sections;
# unknown, the first known heading ("Methods") came late and all before it was front matter
# (round 27, probe27a: the ESI of Chen and Wang, RSC Advances 2016).
# "References and links": OSA journals (Optics Express, Biomedical Optics Express) set their
# references under it between the abstract and the introduction (round 26, probe26a).
REFERENCE_TITLES = {"references", "bibliography", "works cited", "literature cited",
                    "references and links", "references and notes"}
FRONT_REFERENCES_END = "introduction"
"""The section that ends references set before the body (OSA's "References and links" between
the abstract and "1. Introduction"): any other heading among reference entries is false."""
APPENDIX = re.compile(r"^(?:appendix|appendices|supplementary)\b|^[A-Z](?:\.\d+)+\s", re.I)

_MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
# An OCR text layer may set a space before the number's period ("I . INTRODUCTION", probe31a):
# read without the number, the title would start with "." and be no heading, and the body up to
# the next heading would be taken for front matter.
_NUMBERED = re.compile(
    r"^(?P<number>(?:\d{1,2}|[A-Z])(?:\.\d{1,2}){0,3})(?:\s?\.)?\s+(?P<title>\S.*)$")
# "Abstract: We study ...", "ABSTRACT. ...": a run-in heading starts with a capital. A line that
# starts "abstract. More precisely, ..." goes on with the sentence of the line before ("the
# occurrence of a MeSH term in an / abstract."; Berardi et al., page 7, round 22), whose section
# it must not end.
INLINE_ABSTRACT = re.compile(r"^(?P<title>A(?i:bstract))\s*[:.\u2014\u2013-]\s*(?P<rest>\S.*)$")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
                "the", "to", "vs", "via", "with", "without"}
MAX_HEADING_WORDS = 10


def _is_title_case(words: list[str]) -> bool:
    return all(word[0].isupper() or not word[0].isalpha() or word.casefold() in _SMALL_WORDS
               for word in words)


def heading_title(line: str, after_sentence_end: bool = True) -> str | None:
    """The section title if `line` is a heading, else None.

    Headings are Markdown `#` lines, known section names ("Abstract", "References", in any
    case, optionally numbered), numbered titles ("3.2 Results on XNLI") and all-caps titles
    ("4 EXPERIMENTS"). A numbered title in sentence case ("3.2 Effect of data size") counts
    only right after the end of a sentence, so that a wrapped line of prose that happens to
    start with a number ("32 GPUs with mixed precision") is not taken for one.
    """
    line = " ".join(line.split())
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        return markdown["title"].strip()
    if not line or len(line) > 90 or line[-1] in ".,;" or not any(c.isalpha() for c in line):
        return None
    numbered = _NUMBERED.match(line)
    title = numbered["title"] if numbered else line
    words = title.split()
    bare = title.rstrip(":").casefold()
    if bare in SECTION_NAMES:
        return line.rstrip(":")
    if len(words) > MAX_HEADING_WORDS or not words[0][0].isupper():
        return None
    letters = [c for c in title if c.isalpha()]
    all_caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    if all_caps and not any(c.isdigit() for c in title) and (numbered or len(words) >= 2):
        return line
    if bare.startswith(("appendix ", "appendices ")):
        return line.rstrip(":")  # "Appendix A: Hyperparameters"
    if not numbered or any(c.isdigit() for c in words[0]):
        return None
    if numbered["number"][0].isdigit():
        return line if _is_title_case(words) or after_sentence_end else None
    # A letter number is an appendix section only with a sub-number ("A.1 Data"): a lone
    # capital is the article that starts many a line ("A model is ...").
    return line if "." in numbered["number"] and _is_title_case(words) else None


# Headings that open a report's body and are never its title, though set as large as one on a
# page of their own: WHO's guidelines open on "EXECUTIVE SUMMARY" (round 28; read as the title,
# its two pages were left out as front matter).
_NEVER_TITLES = frozenset(("abstract", "executive summary", "summary", "introduction"))


def opening_heading(line: str) -> bool:
    """Whether a line read as the title is an opening heading instead ("EXECUTIVE SUMMARY")."""
    heading = heading_title(line)
    return heading is not None and section_kind(heading) in _NEVER_TITLES


def section_kind(title: str | None) -> str | None:
    """A section title without its number or Markdown marks, case-folded ("3.2 Results" ->
    "results"), for deciding what a section is about."""
    if title is None:
        return None
    title = title.strip(" #:")
    numbered = _NUMBERED.match(title)
    bare = numbered["title"] if numbered and numbered["number"][0].isdigit() else title
    return " ".join(bare.split()).casefold()
