"""Read PDF, plain-text and Markdown files into `Document`s of cleaned pages.

Every way a file can be unreadable (zero bytes, corrupt or encrypted PDF, binary data behind a
`.txt` name, bytes that are not UTF-8) raises `ReadError` with a message that names the file and
the problem, so the caller can report it and go on with the other files.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from verify_claims.claims import Document, Page

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = set(TEXT_SUFFIXES) | PDF_SUFFIXES

# pypdf logs every malformed object it repairs; the caller reports problems itself.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class ReadError(Exception):
    """A file that cannot be read. `str(error)` is a message fit for the user."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


# Ligatures and other compatibility characters that PDF text extraction leaves behind.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# A word broken by a hyphen at the end of a line: "inter-\nmediate".
_HYPHEN_BREAK = re.compile(r"(\w+)-[ \t]*\n[ \t]*([a-z]\w*)")
_SOFT_HYPHEN = re.compile("\u00ad\\s*")
_WORD = re.compile(r"\w+(?:-\w+)*")


def _vocabulary(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def join_hyphenated(text: str, vocabulary: set[str] | None = None) -> str:
    """Join words hyphenated across a line break.

    "inter-\\nmediate" becomes "intermediate", but a compound that the document also prints
    whole with its hyphen ("intermediate-task" elsewhere) keeps it, and so does a compound
    whose joined form never occurs while the hyphenated form does. Without either signal the
    hyphen is dropped, the common case in typeset text.
    """
    vocabulary = _vocabulary(text) if vocabulary is None else vocabulary

    def repair(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined, hyphenated = f"{left}{right}", f"{left}-{right}"
        if hyphenated.casefold() in vocabulary and joined.casefold() not in vocabulary:
            return hyphenated
        return joined

    return _HYPHEN_BREAK.sub(repair, text)


def clean_text(text: str, vocabulary: set[str] | None = None) -> str:
    """Normalise extracted text: ligatures, soft hyphens, hyphenated breaks, stray NULs."""
    text = text.translate(_LIGATURES).replace("\x00", "")
    text = _SOFT_HYPHEN.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return join_hyphenated(text, vocabulary)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def read_text(path: Path) -> Document:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if data.startswith(b"%PDF-"):
        raise ReadError(path, "this is a PDF file with a text suffix; rename it to .pdf")
    if _looks_binary(data):
        raise ReadError(path, "binary data, not text (NUL or control bytes found)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(
            path, f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            "cannot be decoded; re-save the file as UTF-8"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_HYPHEN.sub("", text.translate(_LIGATURES))  # e.g. text copied out of a PDF
    fmt = TEXT_SUFFIXES.get(path.suffix.lower(), "text")
    return Document(file=path.name, path=str(path), format=fmt,
                    pages=[Page(number=1, text=unicodedata.normalize("NFC", text))])


def read_pdf(path: Path, layout: bool = False) -> Document:
    """Read a PDF page by page. `layout=True` keeps pypdf's column layout (for tables)."""
    path = Path(path)
    if path.stat().st_size == 0:
        raise ReadError(path, "the file is empty (0 bytes)")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password and open without one.
            try:
                opened = reader.decrypt("")
            except (PyPdfError, NotImplementedError) as error:
                raise ReadError(path, f"encrypted PDF that cannot be opened ({error})") from None
            if not opened:
                raise ReadError(path, "encrypted PDF: a password is needed to read it")
        mode = "layout" if layout else "plain"
        raw = [page.extract_text(extraction_mode=mode) or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            OSError, RecursionError, IndexError) as error:
        raise ReadError(path, f"corrupt or unreadable PDF ({type(error).__name__}: {error})") \
            from None
    if not raw:
        raise ReadError(path, "the PDF has no pages")
    if not any(text.strip() for text in raw):
        raise ReadError(path, "the PDF has no extractable text (scanned images need OCR)")
    vocabulary = _vocabulary("\n".join(raw).translate(_LIGATURES))
    pages = [Page(number=index, text=clean_text(text, vocabulary))
             for index, text in enumerate(raw, start=1)]
    return Document(file=path.name, path=str(path), format="pdf", pages=pages)


def read_document(path: Path | str, layout: bool = False) -> Document:
    """Read any supported file by its suffix (and a PDF by its magic bytes)."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(path, "no such file")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return read_pdf(path, layout=layout)
    if suffix in TEXT_SUFFIXES:
        return read_text(path)
    raise ReadError(path, f"unsupported file type {suffix or '(no suffix)'}; "
                    f"expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
