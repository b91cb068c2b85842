"""A form XObject shows only what lies inside its bounding box (probe28a, round 28).

A form XObject (pdfminer's `LTFigure`) is drawn clipped to its /BBox (PDF 1.7, section 8.10.1):
whatever its content draws outside the box is not on the page. Publishers embed figures as
forms that hold a whole page of an earlier draft, of which the box shows only the figure:
Faragalla et al. (Ki67 in Breast Cancer Assay, Curr. Oncol. 2023) places each figure so, every
form holding the draft's full text ("FOR PEER REVIEW") at the body's place. pdfminer reads every
glyph of the form, seen or not, and the draft's text lay over the printed page, interleaved glyph
by glyph with it: "Only the unweighted globalVsicsourainl mg emtheothdosd: met the prespecified
criterion" (page 6; the draft's "Visual methods:" over "scoring method"), on five of its twelve
pages. A glyph or a shape of a form whose centre lies outside the form's box (a point of slack)
is dropped here, as the renderer drops it (`clip_of`, `shown`; a shape only when none of it
lies inside, `drawn`).

pdfminer (20260107) reads the box [x0 y0 x1 y1] as [x y width height]: its `LTFigure.bbox` is
the box (x0, y0, x0 + x1, y0 + y1) carried to the page by the form's matrix, wider than the form
whenever x0 or y0 is not 0. The true box is taken back through the matrix when the matrix keeps
the axes (a scaling, a flip or a quarter turn, with a shift); under another matrix, or a box
with no area, nothing is clipped. Whether the installed pdfminer reads the box so is asked once
(`_WIDTH_READING`), so a pdfminer that reads it right is read right too.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["clip_of", "drawn", "shown"]

Rect = tuple[float, float, float, float]

_SLACK = 1.0  # points: a glyph whose centre is this close to the box is kept


@lru_cache(maxsize=1)
def _width_reading() -> bool:
    """Whether pdfminer reads a form's /BBox as (x, y, width, height) (module docstring)."""
    from pdfminer.layout import LTFigure
    figure = LTFigure("probe", (1.0, 1.0, 2.0, 2.0), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return abs(figure.x1 - 3.0) < 1e-6


def _invert(matrix: tuple[float, ...]) -> tuple[float, ...] | None:
    a, b, c, d, e, f = matrix
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return ia, ib, ic, id_, -(ia * e + ic * f), -(ib * e + id_ * f)


def _form_box(figure) -> Rect | None:
    """The page rectangle a form figure is clipped to, or None when it cannot be known."""
    from pdfminer.utils import apply_matrix_rect  # the corners' bounding box, as pdfminer's own

    matrix = tuple(float(value) for value in getattr(figure, "matrix", ()) or ())
    if len(matrix) != 6:
        return None
    a, b, c, d = matrix[:4]
    if not ((abs(b) < 1e-9 and abs(c) < 1e-9) or (abs(a) < 1e-9 and abs(d) < 1e-9)):
        return None  # a slanted or turned form: its box is no rectangle of the page
    box = (float(figure.x0), float(figure.y0), float(figure.x1), float(figure.y1))
    if _width_reading():
        inverse = _invert(matrix)
        if inverse is None:
            return None
        # (x, y, x + X1, y + Y1) in the form's space
        x0, y0, x1, y1 = apply_matrix_rect(inverse, box)
        box = apply_matrix_rect(matrix, (x0, y0, x1 - x0, y1 - y0))
    if box[2] - box[0] <= _SLACK or box[3] - box[1] <= _SLACK:
        return None  # a box with no area: an image's placeholder, or a degenerate form
    return box


def clip_of(figure, outer: Rect | None) -> Rect | None:
    """The clip inside a form figure: its box, within the clip it stands in (`outer`)."""
    box = _form_box(figure)
    if box is None:
        return outer
    if outer is None:
        return box
    return (max(box[0], outer[0]), max(box[1], outer[1]), min(box[2], outer[2]),
            min(box[3], outer[3]))


def shown(item, clip: Rect | None) -> bool:
    """Whether a glyph or shape (page coordinates) has its centre inside `clip`, with slack."""
    if clip is None:
        return True
    x = (float(item.x0) + float(item.x1)) / 2
    y = (float(item.y0) + float(item.y1)) / 2
    return clip[0] - _SLACK <= x <= clip[2] + _SLACK and clip[1] - _SLACK <= y <= clip[3] + _SLACK


def drawn(shape, clip: Rect | None) -> bool:
    """Whether a drawn shape reaches inside `clip` at all (a rule the box cuts still shows)."""
    if clip is None:
        return True
    return float(shape.x1) >= clip[0] - _SLACK and float(shape.x0) <= clip[2] + _SLACK \
        and float(shape.y1) >= clip[1] - _SLACK and float(shape.y0) <= clip[3] + _SLACK
