"""The seeds workflow end to end on a temporary corpus: check catches a change with a
readable diff and exit 1, update regenerates, add saves a page that then checks clean."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clearpage import seeds

# Small reference pages copied into the temporary corpus (the fewer bytes, the faster).
SMALL_CASES = 2
ARTICLE = "".join(
    f"<p>Paragraph {i} of the story tells how the river council voted on the new bridge, "
    f"which residents had asked for since the flood of the spring before last.</p>" for i in range(8))


def run(*argv: str) -> int:
    return seeds.main([*argv, "--jobs", "1"])


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    refs = [c for c in seeds.load_cases(seeds.REPO_SEEDS) if c.group == "reference"]
    for case in sorted(refs, key=lambda c: (c.path / seeds.PAGE_FILE).stat().st_size)[:SMALL_CASES]:
        shutil.copytree(case.path, tmp_path / case.slug)
    assert run("update", "--all", "--dir", str(tmp_path)) == seeds.EXIT_OK
    return tmp_path


def first_case(corpus: Path) -> seeds.Case:
    return seeds.load_cases(corpus)[0]


def test_fresh_goldens_check_clean(corpus: Path, capsys) -> None:
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_OK
    assert "2 ok, 0 failed" in capsys.readouterr().out


def test_edited_golden_is_caught_with_a_paragraph_diff(corpus: Path, capsys) -> None:
    def longest_paragraph(case: seeds.Case) -> str:
        return max(seeds.block_texts((case.path / seeds.EXPECTED_HTML).read_text()), key=len)

    case = max(seeds.load_cases(corpus), key=lambda c: len(longest_paragraph(c)))
    golden = case.path / seeds.EXPECTED_HTML
    longest = longest_paragraph(case)
    word = max(longest.split(), key=len)
    golden.write_text(golden.read_text().replace(word, "Zzyzx", 1))
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_CHANGED
    out = capsys.readouterr().out
    assert f"CHANGED   {case.slug}" in out
    assert "~ changed:" in out and "[-Zzyzx-]" in out
    assert "first differing node:" in out


def test_changed_output_is_caught(corpus: Path, capsys, monkeypatch) -> None:
    real = seeds.run_page

    def drifted(page: bytes, url: str | None) -> seeds.Output:
        out = real(page, url)
        extra = "<p>A paragraph the extractor should not have kept.</p>\n"
        return seeds.Output(out.html + extra, {**out.metadata, "title": "Drifted"}, out.text)

    monkeypatch.setattr(seeds, "run_page", drifted)
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_CHANGED
    out = capsys.readouterr().out
    assert "+ appeared: A paragraph the extractor should not have kept." in out
    assert 'title: ' in out and '-> "Drifted"' in out


def test_update_regenerates(corpus: Path, capsys) -> None:
    case = first_case(corpus)
    golden = case.path / seeds.EXPECTED_HTML
    original = golden.read_text()
    golden.write_text("<p>stale</p>\n")
    (case.path / seeds.EXPECTED_JSON).unlink()
    assert run("check", "--dir", str(corpus), case.slug) == seeds.EXIT_CHANGED
    assert run("update", "--dir", str(corpus), case.slug) == seeds.EXIT_OK
    assert golden.read_text() == original
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_OK
    assert f"updated   {case.slug}" in capsys.readouterr().out


def test_missing_golden_fails_in_one_summary_line(corpus: Path, capsys) -> None:
    case = first_case(corpus)
    (case.path / seeds.EXPECTED_JSON).unlink()
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_CHANGED
    out = capsys.readouterr().out
    assert f"NO GOLDEN 1 case(s), run `clearpage seeds update SLUG...`: {case.slug}" in out
    assert "1 without golden" in out


def test_update_needs_slugs_or_all(corpus: Path) -> None:
    assert run("update", "--dir", str(corpus)) == seeds.EXIT_USAGE
    assert run("check", "--dir", str(corpus), "no-such-case") == seeds.EXIT_USAGE


def test_add_creates_a_case_that_checks_clean(tmp_path: Path, capsys) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(f"<html><head><title>Bridge vote</title></head>\r\n<body><article><h1>Bridge vote</h1>"
                      f"{ARTICLE}</article></body></html>\r\n".encode("utf-8"))
    corpus = tmp_path / "corpus"
    url = "https://www.example.com/news/2024/bridge-vote.html"
    assert run("add", str(saved), "--url", url, "--why", "a plain article", "--dir", str(corpus)) == 0
    case_dir = corpus / "example-com-bridge-vote"
    assert b"\r\n" not in (case_dir / seeds.PAGE_FILE).read_bytes()
    info = json.loads((case_dir / seeds.CASE_FILE).read_text())
    assert info["group"] == seeds.USER_GROUP and info["url"] == url and info["why"] == "a plain article"
    assert "river council" in (case_dir / seeds.EXPECTED_HTML).read_text()
    assert run("check", "--dir", str(corpus)) == seeds.EXIT_OK
    page_before = (case_dir / seeds.PAGE_FILE).read_bytes()
    assert run("add", str(saved), "--url", url, "--dir", str(corpus)) == seeds.EXIT_USAGE
    assert (case_dir / seeds.PAGE_FILE).read_bytes() == page_before
    assert "already exists" in capsys.readouterr().err


def test_leaked_clutter_fails_the_check(tmp_path: Path, capsys) -> None:
    clutter = "Council members also approved a new parking scheme for the market square on Sundays"
    page = f"<html><body><article>{ARTICLE}<p>{clutter}.</p></article></body></html>"
    case = seeds.add_case(tmp_path, page.encode(), "https://example.com/a/leaky", "leaky")
    info = json.loads((case.path / seeds.CASE_FILE).read_text())
    (case.path / seeds.CASE_FILE).write_text(json.dumps({**info, "group": "cluttered", "clutter": [clutter]}))
    assert run("check", "--dir", str(tmp_path)) == seeds.EXIT_CHANGED
    assert "clutter leaked (100%)" in capsys.readouterr().out


def test_pretty_html_is_deterministic_and_line_per_block() -> None:
    html = '<div><p class="b" id="a">One <em>two</em>\n  three</p><ul><li>x</li><li z="1" a="2">y</li></ul></div>'
    pretty = seeds.pretty_html(html)
    assert pretty == ('<div>\n  <p class="b" id="a">One <em>two</em> three</p>\n  <ul>\n'
                      '    <li>x</li>\n    <li a="2" z="1">y</li>\n  </ul>\n</div>\n')
    assert seeds.pretty_html(pretty) == pretty


def test_pretty_html_keeps_preformatted_text_and_nbsp() -> None:
    pretty = seeds.pretty_html("<pre>a  b\n  c &lt;d&gt;</pre><p>x\xa0y</p>")
    assert "<pre>a  b\n  c &lt;d&gt;</pre>" in pretty and "x&nbsp;y" in pretty


def test_diff_text_names_each_paragraph_change() -> None:
    old = "<p>kept</p><p>gone away</p><p>the cat sat</p>"
    new = "<p>kept</p><p>the dog sat</p><p>brand new</p>"
    kinds = [(c.kind, c.expected, c.actual) for c in seeds.diff_text(old, new)]
    assert ("vanished", "gone away", "") in kinds
    assert ("changed", "the cat sat", "the dog sat") in kinds or ("appeared", "", "the dog sat") in kinds
    assert any(k == "appeared" and a == "brand new" for k, _, a in kinds)
    assert seeds.word_diff("the cat sat", "the dog sat") == "the [-cat-] {+dog+} sat"


def test_first_node_diff_names_the_path() -> None:
    diff = seeds.first_node_diff("<div><p>a</p><p><a href='x'>b</a></p></div>",
                                 "<div><p>a</p><p><a href='y'>b</a></p></div>")
    assert diff is not None and diff.path == "/div/p[2]/a" and "href" in diff.detail


def test_slug_from_url() -> None:
    assert seeds.slug_from_url("https://www.Example.com/2024/05/Big-Story.html?x=1") == "example-com-big-story"
    assert seeds.slug_from_url("https://example.com/") == "example-com"
