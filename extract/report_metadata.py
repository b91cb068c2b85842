"""The metadata and references of a synthesis report (extract/report.py).

The date, the title, the "This paper examines: ..." and "Research question: ..." sentences,
the counts the generator prints ("21 claims extracted; 14 independently verified", "yielded 38
papers") and its quality score ("7.4/10"), and the references of the References section.
Kept apart from the claims table because it reads the prose around the table, with its own
patterns, and a report without a table still has it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from verify_claims.claims import Document, Reference

from .references import find_references
from .report_header import Line, doc_lines

__all__ = ["metadata", "report_references"]

# Within one line ([^\S\n], not \s): a pattern free to run over line ends tried every blank line
# below each line start, which took seconds on a page of a few thousand blank lines.
_REFERENCES_HEADING = re.compile(
    r"^[^\S\n]*(?:#{1,6}[^\S\n]*)?(?:\d+(?:\.\d+)*\.?[^\S\n]+)?"
    r"(?:references|bibliography|sources|works cited)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE)

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
_DATE_LINE = re.compile(rf"^\s*(?:#+\s*)?(?:date:\s*)?(?:(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),"
                        rf"?\s+(?P<year>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\s*$",
                        re.IGNORECASE)
_EXAMINES = re.compile(r"This\s+paper\s+examines:\s*(?P<value>.+?)\s*(?=Research\s+question:|$)",
                       re.IGNORECASE)
_QUESTION = re.compile(r"Research\s+question:\s*(?P<value>.+)", re.IGNORECASE)
# A count starts where its digits start: "(?<!\d)" finds the same matches, but without it a
# search tries every digit of a long run as a start and takes quadratic time.
_RETRIEVED = re.compile(r"(?<!\d)(?P<n>\d+)\s+papers\s+retrieved|yielded\s+(?P<m>\d+)\s+papers",
                        re.IGNORECASE)
_EXTRACTED = re.compile(r"(?<!\d)(?P<n>\d+)\s+claims\s+extracted", re.IGNORECASE)
_VERIFIED = re.compile(r"(?<!\d)(?P<n>\d+)\s+(?:claims\s+)?(?:independently\s+)?verified",
                       re.IGNORECASE)
# A count or score with more digits than this is no count a report states but noise; reading
# it would overflow a float (the score) or pass Python's limit on int conversion (4300 digits).
_MAX_COUNT_DIGITS = 9
_SCORE = re.compile(r"quality (?:review )?score(?:\s+of|:)\s*(?P<n>\d+(?:\.\d+)?)\s*/\s*10",
                    re.IGNORECASE)


def _date(lines: Sequence[Line]) -> tuple[int, str] | None:
    """(index of the date line, the date as ISO 8601, or as printed if it is no real date)."""
    for index, line in enumerate(lines[:40]):
        match = _DATE_LINE.match(line.text)
        if not match:
            continue
        if match.group("iso"):
            return index, match.group("iso")
        printed = f"{match.group('month')} {match.group('day')} {match.group('year')}"
        try:
            return index, dt.datetime.strptime(printed, "%B %d %Y").date().isoformat()
        except ValueError:
            return index, line.text.strip()
    return None


def _title(lines: Sequence[Line], date_index: int | None) -> str | None:
    """The first paragraph of page 1, without Markdown `#`s. In PDF text, where paragraphs
    are not separated by blank lines, a title that wraps runs into the byline and the date:
    the line just above the date is then taken for the byline."""
    texts: list[str] = []
    for index, line in enumerate(lines):
        if line.page != lines[0].page or (texts and not line.text.strip()):
            break
        if date_index is not None and index >= date_index:
            if len(texts) > 1:
                texts.pop()
            break
        if line.text.strip():
            texts.append(line.text.strip().lstrip("#").strip())
    return " ".join(" ".join(texts).split()) or None


def _sentence_value(text: str, pattern: re.Pattern[str]) -> str | None:
    """The value after a label such as "Research question:", up to the end of its line, or of
    the next lines while the text has not reached a sentence end (PDF text wraps lines)."""
    match = pattern.search(text)
    if not match:
        return None
    value = match.group("value")
    rest = text[match.end():].split("\n")
    for line in rest[1:4]:
        if re.search(r"[.?!]\s*$", value) or not line.strip():
            break
        value += " " + line
    return " ".join(value.split())


def metadata(doc: Document) -> dict[str, object]:
    lines = [line for line in doc_lines(doc) if line.page == doc.pages[0].number]
    found = _date(lines)
    text = doc.text
    flat = " ".join(text.split())
    meta: dict[str, object] = {"date": found[1] if found else None,
                               "title": _title(lines, found[0] if found else None)}
    examines = _EXAMINES.search(flat)
    if examines:
        value = examines.group("value")
        meta["examines"] = value[:-1] if value.endswith(".") else value
    question = _sentence_value(text, _QUESTION)
    if question:
        meta["research_question"] = question[:-1] if question.endswith(".") else question
    for name, pattern in (("papers_retrieved", _RETRIEVED), ("claims_extracted", _EXTRACTED),
                          ("claims_verified", _VERIFIED)):
        match = pattern.search(flat)
        digits = next((group for group in match.groups() if group), "") if match else ""
        if 0 < len(digits) <= _MAX_COUNT_DIGITS:
            meta[name] = int(digits)
    score = _SCORE.search(flat)
    if score and len(score.group("n").partition(".")[0]) <= _MAX_COUNT_DIGITS:
        meta["quality_score"] = float(score.group("n"))
    return meta


def report_references(doc: Document) -> list[Reference]:
    """The references of the References section, or of the whole text when it has none."""
    text = doc.text
    # The last such heading: a table of contents may name it earlier.
    heading = next(reversed(list(_REFERENCES_HEADING.finditer(text))), None)
    if heading is not None:
        references = find_references(text[heading.end():])
        if references:
            return references
    return find_references(text)

