"""Read PDF, plain-text and Markdown files into `Document`s of cleaned pages.

Every way a file can be unreadable (zero bytes, a corrupt, cut-off or encrypted PDF, binary data
behind a `.txt` name, bytes that are not UTF-8) raises `ReadError` with a message that names the
file and the problem and, where there is one, the fix, so the caller can report it and go on
with the other files. Text is UTF-8; UTF-16 or UTF-32 is read only when a byte-order mark says
so, and other encodings are refused rather than guessed (tests/hostile/README.md lists the
cases).
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
from pathlib import Path

from verify_claims.claims import Document, Page

from .inputs import PDF_SUFFIXES, SUPPORTED_SUFFIXES, TEXT_SUFFIXES
from .layer_cache import kept

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


def join_line_break(left: str, right: str, vocabulary: set[str]) -> str:
    """`left`, a word that ends a line with "-", joined with `right`, the next line.

    TeX hyphenates only words made of letters, so a hyphen after a digit ("F1-" / "score") or
    before one ("test-" / "crawl10") is printed, and stays. A lowercase continuation is
    judged as `join_hyphenated` judges it. An uppercase one ("XLM-" / "R", "Cite-" / "Seer",
    small capitals "SCI-" / "BERT") keeps its hyphen unless the paper prints the joined word
    elsewhere and never the hyphenated one."""
    first = right.split(" ", 1)[0]
    if left[-2:-1].isdigit() or any(char.isdigit() for char in first):
        return left + right
    if right[:1].islower():
        return join_hyphenated(f"{left}\n{right}", vocabulary)
    word = first.rstrip(".,;:!?)]}\"'\u201d\u2019")
    if (left[:-1] + word).casefold() in vocabulary and \
            (left + word).casefold() not in vocabulary:
        return left[:-1] + right
    return left + right


def clean_text(text: str, vocabulary: set[str] | None = None) -> str:
    """Normalise extracted text: ligatures, soft hyphens, hyphenated breaks, stray NULs."""
    text = text.translate(_LIGATURES).replace("\x00", "")
    text = _SOFT_HYPHEN.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return join_hyphenated(text, vocabulary)


# Signatures of common binary formats, so that a mislabelled file is named for what it is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)
# Byte-order marks of the encodings other than UTF-8 that are decoded when they are marked;
# UTF-32 first, because its little-endian mark starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _line_column(data: bytes, offset: int) -> str:
    """"line 3, column 20" of a byte offset, the place an editor shows."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _looks_utf16(head: bytes) -> bool:
    """ASCII-heavy UTF-16 without a byte-order mark: NULs in nearly every other byte (odd
    offsets for little-endian, even for big-endian) and almost none in between."""
    if len(head) < 16:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.05 * half


def _binary_problem(data: bytes) -> str | None:
    """Why `data` is not a text file (a mislabelled format, NUL or control bytes), or None.
    Formats and control bytes are judged on the first 8 KiB, as `file` and git do. A NUL
    anywhere, even a single one in otherwise good text, rejects the file: no text format
    carries one, and dropping it silently would join what it separated (a hidden path in a
    reference, say)."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return f"binary data, not text: this is {name} with a text suffix"
    head = data[:8192]
    if _looks_utf16(head):
        return ("UTF-16 text without a byte-order mark (every other byte is NUL); "
                "re-save the file as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        return (f"binary data, not text: a NUL byte at {_line_column(data, nul)}; if this "
                "is meant to be text, remove the NUL bytes or re-save it as UTF-8")
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 100):
        return (f"binary data, not text: {controls} control bytes in its first "
                f"{len(head)} bytes")
    return None


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without its BOM), or UTF-16/32 when a byte-order mark says so. Any other
    encoding is refused rather than guessed: a wrong guess would silently change the numbers
    and names the audit compares, and the fix (re-saving as UTF-8) is the user's one step."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(path, f"marked as {encoding.upper()} but byte "
                                f"{error.start} cannot be decoded; re-save it as UTF-8") \
                    from None
    problem = _binary_problem(data)
    if problem is not None:
        raise ReadError(path, problem)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(
            path, f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            f"({_line_column(data, error.start)}) cannot be decoded; the file is probably "
            "Latin-1 or Windows-1252: re-save it as UTF-8"
        ) from None


def read_text(path: Path) -> Document:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if data.startswith(b"%PDF-"):
        raise ReadError(path, "this is a PDF file with a text suffix; rename it to .pdf")
    text = _decode(path, data)
    if not text.strip():
        raise ReadError(path, "the file is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_HYPHEN.sub("", text.translate(_LIGATURES))  # e.g. text copied out of a PDF
    fmt = TEXT_SUFFIXES.get(path.suffix.lower(), "text")
    return Document(file=path.name, path=str(path), format=fmt,
                    pages=[Page(number=1, text=unicodedata.normalize("NFC", text))])


_DECRYPT_HINT = ("decrypt it first (e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`) "
                 "and audit the decrypted copy")


def _not_a_pdf(data: bytes) -> str:
    """What a file with a .pdf name but no PDF header holds, for the message."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return f"it is {name}"
    start = data[:40].decode("utf-8", "replace").split("\n")[0].strip()
    if start.lower().startswith(("<!doctype html", "<html")):
        return "it is a web page (an error or login page saved under a .pdf name?)"
    return f"it starts with {start!r}" if start.isprintable() else "it holds binary data"


def _pdf_failure(data: bytes, error: Exception) -> str:
    """The message for a PDF pypdf cannot parse: no objects at all behind its header, cut off
    (objects but no %%EOF at the end, the usual outcome of an interrupted download or copy),
    or damaged some other way."""
    detail = f"{type(error).__name__}: {error}"
    if b"endobj" not in data:
        return (f"corrupt PDF: its %PDF header is followed by no PDF objects, only unreadable "
                f"data; export or download it again ({detail})")
    if b"%%EOF" not in data[-1024:]:
        return ("corrupt PDF: the file is incomplete (it ends without the %%EOF marker), so "
                f"it was probably cut off while downloading or copying; get it again ({detail})")
    return f"corrupt PDF that cannot be parsed ({detail}); export or download it again"


# Characters that extraction gives for glyphs it cannot map to Unicode: raw glyph codes as
# control characters (pypdf) or the replacement character. A few are normal (a math symbol, a
# logo); past this share of the text, what is left would be checked as if it were words.
MAX_UNMAPPED = 0.2
_UNMAPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _unmapped_share(pages: list[str]) -> float:
    """The share of a PDF's printed characters that came out as unmapped glyph codes."""
    printed = sum(len(text) - text.count(" ") - text.count("\n") for text in pages)
    return sum(len(_UNMAPPED.findall(text)) for text in pages) / printed if printed else 0.0


def read_pdf(path: Path, layout: bool = False) -> Document:
    """Read a PDF page by page. `layout=True` keeps pypdf's column layout (for tables)."""
    # Imported here: pypdf (with its image and crypto helpers) costs a tenth of a second or
    # more to import, which an audit of text files never needs.
    from pypdf import PdfReader
    from pypdf import __version__ as pypdf_version
    from pypdf.errors import PdfReadError, PyPdfError

    path = Path(path)
    data = path.read_bytes()
    if not data:
        raise ReadError(path, "the file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KiB of junk (PDF spec)
        raise ReadError(path, f"not a PDF (corrupt or mislabelled): {_not_a_pdf(data)}")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password and open without one.
            try:
                opened = reader.decrypt("")
            except (PyPdfError, NotImplementedError) as error:
                raise ReadError(path, f"encrypted PDF that cannot be opened ({error}); "
                                f"{_DECRYPT_HINT}") from None
            if not opened:
                raise ReadError(path, f"encrypted PDF: it needs a password; {_DECRYPT_HINT}")
        mode = "layout" if layout else "plain"
        raw = kept(f"pypdf-{pypdf_version}-{mode}", data,
                   lambda: [page.extract_text(extraction_mode=mode) or ""
                            for page in reader.pages])
    except ReadError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            OSError, RecursionError, IndexError) as error:
        raise ReadError(path, _pdf_failure(data, error)) from None
    if not raw:
        raise ReadError(path, "the PDF has no pages")
    if not any(text.strip() for text in raw):
        raise ReadError(path, "the PDF has no extractable text (scanned images need OCR)")
    unmapped = _unmapped_share(raw)
    if unmapped > MAX_UNMAPPED:
        raise ReadError(path, f"{unmapped:.0%} of the PDF's characters have no Unicode mapping "
                        "(its fonts lack a ToUnicode map), so its text cannot be read; "
                        "export it again with Unicode text, or run OCR on it")
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
    try:
        if suffix in PDF_SUFFIXES:
            return read_pdf(path, layout=layout)
        if suffix in TEXT_SUFFIXES:
            return read_text(path)
    except OSError as error:  # permissions, a vanished network share, a device error
        raise ReadError(path, f"cannot be read: {error.strerror or error}") from None
    raise ReadError(path, f"unsupported file type {suffix or '(no suffix)'}; "
                    f"expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
