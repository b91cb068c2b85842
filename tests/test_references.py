"""References: arXiv ids in every common form, DOIs, URLs; garbage never becomes an id."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_claims.claims.acl import parse_acl_id
from verify_claims.extract.references import find_references, parse_arxiv_id


@pytest.mark.parametrize(("text", "arxiv_id", "version"), [
    ("http://arxiv.org/abs/2005.13013v2", "2005.13013", 2),
    ("- <http://arxiv.org/abs/2005.13013v2>", "2005.13013", 2),
    ("as shown in arXiv:2005.13013.", "2005.13013", None),
    ("see arxiv.org/pdf/2005.13013v1.pdf", "2005.13013", 1),
    ("(https://arxiv.org/pdf/2005.13013v1)", "2005.13013", 1),
    ("Phang et al. arXiv:2005.13013v3 [cs.CL], 2020", "2005.13013", 3),
    ("https://export.arxiv.org/abs/2005.13013", "2005.13013", None),
    ("the first paper, 0704.0001, and", "0704.0001", None),
    ("ids like 2301.12345v11 now", "2301.12345", 11),
    ("old: hep-th/9901001", "hep-th/9901001", None),
    ("old with subject class: math.GT/0309136", "math/0309136", None),
    ("cs/0112017v2 is old", "cs/0112017", 2),
    ("arXiv:hep-ph/0307015v1", "hep-ph/0307015", 1),
    ("https://arxiv.org/abs/quant-ph/0201082", "quant-ph/0201082", None),
    ("https://doi.org/10.48550/arXiv.2005.13013", "2005.13013", None),
])
def test_arxiv_forms(text, arxiv_id, version):
    [reference] = find_references(text)
    assert reference.kind == "arxiv"
    assert (reference.arxiv_id, reference.version) == (arxiv_id, version)


@pytest.mark.parametrize(("text", "doi"), [
    ("doi:10.18653/v1/2020.acl-main.1.", "10.18653/v1/2020.acl-main.1"),
    ("(https://doi.org/10.18653/v1/2020.acl-main.1)", "10.18653/v1/2020.acl-main.1"),
    ("DOI: 10.1145/3292500.3330701;", "10.1145/3292500.3330701"),
    ("see 10.1016/S0140-6736(20)30183-5, p. 3", "10.1016/S0140-6736(20)30183-5"),
    ("(doi:10.1016/S0140-6736(20)30183-5)", "10.1016/S0140-6736(20)30183-5"),
    ("https://dx.doi.org/10.1000/xyz123", "10.1000/xyz123"),
])
def test_doi_forms_lose_trailing_punctuation(text, doi):
    [reference] = find_references(text)
    assert (reference.kind, reference.doi) == ("doi", doi)
    assert reference.key == f"doi:{doi}"


def test_other_urls_are_kept_without_trailing_punctuation():
    [reference] = find_references("Data at https://github.com/nyu-mll/jiant/tree/master.")
    assert reference.kind == "url"
    assert reference.url == "https://github.com/nyu-mll/jiant/tree/master"


def test_seed_style_reference_list_in_order_and_deduplicated():
    text = ("## References\n\n- <http://arxiv.org/abs/2508.09516v1>\n"
            "- <http://arxiv.org/abs/2310.09917v3>\n\n- <http://arxiv.org/abs/2005.13013v2>\n"
            "As cited: arXiv:2005.13013v2, https://arxiv.org/abs/2005.13013v2 and 2005.13013v1.")
    keys = [reference.key for reference in find_references(text)]
    assert keys == ["arXiv:2508.09516v1", "arXiv:2310.09917v3", "arXiv:2005.13013v2",
                    "arXiv:2005.13013v1"]


def test_bare_id_needs_a_real_date_and_digit_count():
    # A bare new-style id is accepted only when its date and digit count are possible.
    assert [r.key for r in find_references("see 1303.4567 and 1313.4567")] == ["arXiv:1303.4567"]


@pytest.mark.parametrize("text", [
    "../../etc/passwd", "9913.12345", "2013.12345",  # month 13
    "0612.0001",  # new style before April 2007
    "1501.0001",  # 2015 ids have five digits
    "1412.00001",  # 2014 ids have four
    "foo/9901001",  # unknown archive
    "hep-th/9913001",  # month 13
    "3.14159265", "version 2005.13013.4 of the file", "12005.13013",
    "see ftp://example.org", "http://", "https://../../etc/passwd",
])
def test_garbage_gives_no_arxiv_id(text):
    assert all(reference.kind != "arxiv" for reference in find_references(text))
    assert parse_arxiv_id(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2005.13013v2.pdf", ("2005.13013", 2)),
    ("2005.13013.txt", ("2005.13013", None)),
    ("arXiv:2005.13013v3", ("2005.13013", 3)),
    ("https://arxiv.org/abs/2005.13013v2", ("2005.13013", 2)),
    ("hep-th_9901001v1.pdf", ("hep-th/9901001", 1)),
    ("math.GT/0309136", ("math/0309136", None)),
    (" 0704.0001 ", ("0704.0001", None)),
    ("2005.13013v0", None),
    ("2005.13013\x00", None),
    ("\x1f2005.13013", None),
    ("2005.13013v2.pdf.exe", None),
    ("../2005.13013v2.pdf", None),
    ("2005.13013v2/../../x", None),
])
def test_parse_arxiv_id(text, expected):
    assert parse_arxiv_id(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_random_text(text):
    for reference in find_references(text):
        if reference.kind == "arxiv":
            # Whatever was found is a strict identifier that parses back to itself.
            assert parse_arxiv_id(reference.arxiv_id) == (reference.arxiv_id, None)
            assert "\x00" not in reference.key and ".." not in reference.key
    parse_arxiv_id(text)


new_style_ids = st.builds(
    lambda year, month, number, version: (
        f"{year:02d}{month:02d}.{number:0{4 if year <= 14 else 5}d}", version),
    st.integers(8, 30), st.integers(1, 12), st.integers(1, 9999), st.none() | st.integers(1, 9))


@settings(max_examples=100, deadline=None)
@given(new_style_ids, st.sampled_from(["arXiv:{}", "https://arxiv.org/abs/{}",
                                       "<http://arxiv.org/pdf/{}.pdf>", "({})"]))
def test_any_valid_new_style_id_is_found_in_context(identifier, form):
    number, version = identifier
    printed = number + (f"v{version}" if version else "")
    [reference] = find_references(f"As reported in {form.format(printed)}, results hold.")
    assert (reference.arxiv_id, reference.version) == (number, version)
    assert parse_arxiv_id(printed) == (number, version)


link_pieces = st.sampled_from([
    "arxiv.org/abs/", "https://", "doi.org/", "10.1000/", "arXiv:", "2005.13013", "v2", "v0",
    ".pdf", "/", "..", "\x00", " ", "hep-th/", "9901001", "math.GT/", "(", ")", ".", "%2F", "@",
    ":", "[", "x", "0704.0001", "<", ">"])


@settings(max_examples=300, deadline=None)
@given(st.lists(link_pieces, max_size=12).map("".join))
def test_never_raises_on_link_like_text(text):
    """Random text rarely looks like a link; these pieces make near-misses of every form."""
    for reference in find_references(text):
        assert "\x00" not in reference.raw
        if reference.kind == "arxiv":
            assert parse_arxiv_id(reference.arxiv_id) == (reference.arxiv_id, None)
    parse_arxiv_id(text)


# -- ACL Anthology ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "acl_id"), [
    ("see https://aclanthology.org/N18-3011.pdf.", "N18-3011"),
    ("<https://aclanthology.org/2020.acl-main.207/>", "2020.acl-main.207"),
    ("(https://www.aclweb.org/anthology/P07-1088.pdf)", "P07-1088"),
    ("https://aclanthology.org/W09-1210", "W09-1210"),
    ("aclanthology.org/D11-1142.pdf", "D11-1142"),
    ("https://aclanthology.org/2023.eacl-main.121.pdf", "2023.eacl-main.121"),
    ("https://aclanthology.org/2021.findings-emnlp.3/", "2021.findings-emnlp.3"),
])
def test_acl_anthology_links(text, acl_id):
    [reference] = find_references(text)
    assert (reference.kind, reference.acl_id) == ("acl", acl_id)
    assert reference.key == f"ACL:{acl_id}"
    assert parse_acl_id(text.strip("<>().").removeprefix("see ").rstrip(".")) == acl_id


@pytest.mark.parametrize("text", [
    "https://aclanthology.org/../../etc/passwd",
    "https://aclanthology.org/N18-3011/../../x.pdf",
    "https://aclanthology.org/2020.ACL-main.207.pdf",  # venues are lower case
    "https://aclanthology.org/2019.acl-main.207.pdf",  # new-style ids start in 2020
    "https://aclanthology.org/N18-301.pdf",  # four digits
    "https://aclanthology.org/B18-3011.pdf",  # no such volume letter
    "https://aclanthology.org/2020.acl-main.0207.pdf",  # no leading zero
    "https://aclanthology.org/2020.acl-main.207.pdf?x=1",
    "https://www.aclweb.org/N18-3011.pdf",  # aclweb ids live under /anthology/
    "https://aclanthology.org/N18-3011%00.pdf",
    "https://evil.org/aclanthology.org/N18-3011.pdf",
])
def test_acl_garbage_gives_no_acl_id(text):
    assert all(reference.kind != "acl" for reference in find_references(text))
    assert parse_acl_id(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("P07-1088", "P07-1088"), ("P07-1088.pdf", "P07-1088"), ("2020.acl-main.207.md",
                                                             "2020.acl-main.207"),
    ("acl:W09-1210", "W09-1210"), ("../P07-1088.pdf", None), ("P07-1088.pdf.exe", None),
    ("P07-1088\x00", None), ("p07-1088", None), ("", None),
])
def test_parse_acl_id(text, expected):
    assert parse_acl_id(text) == expected
