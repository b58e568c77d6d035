"""Saved pages as regression cases: the corpus format and ``clearpage seeds check|update|add``.

One folder per case, ``seeds/<slug>/``:

- ``page.html``: the saved page, bytes as saved (only CRLF normalised to LF by ``add``);
- ``case.json``: ``url``, ``captured``, ``group``, ``why``, ``source``, ``license``, ``title``
  and, for cluttered pages, ``clutter`` (texts that must NOT appear in the reader view);
- ``expected.html``: golden ``content_html``, pretty-printed by ``pretty_html`` (generated);
- ``expected.json``: golden metadata, the Article's fields but content/text (generated);
- ``reference.html`` / ``reference-metadata.json``: the benchmark's reference (see bench.py).

Goldens are never hand-edited: ``seeds update`` regenerates them with exactly the options
``seeds check`` uses (``run_page``), and the change is reviewed in ``git diff``.
"""
from __future__ import annotations

import argparse
import datetime
import difflib
import html as htmllib
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

PAGE_FILE = "page.html"
CASE_FILE = "case.json"
EXPECTED_HTML = "expected.html"
EXPECTED_JSON = "expected.json"
REFERENCE_HTML = "reference.html"
# The corpus folder when --dir is not given: ./seeds, else the one next to the package source.
DEFAULT_DIR_NAME = "seeds"
REPO_SEEDS = Path(__file__).resolve().parents[2] / DEFAULT_DIR_NAME
# Article fields kept out of expected.json: the content is expected.html, ``removed``
# only exists in explain mode.
NON_METADATA_FIELDS = ("content_html", "text", "removed")
# Group given to pages saved with ``seeds add``.
USER_GROUP = "user"
# Pages kept out of tuning to measure generalization: golden-checked like every case, their
# clutter leaks measured by the benchmark but not counted as failures.
HOLDOUT_GROUP = "holdout"
# Exit codes: 0 all good, 1 some case changed or leaked, 2 bad usage (unknown slug, overwrite).
EXIT_OK, EXIT_CHANGED, EXIT_USAGE = 0, 1, 2
# Displayed paragraphs are cut to this many characters in diffs.
DIFF_SNIPPET_CHARS = 160
# Unchanged words shown around each change in a changed paragraph.
DIFF_CONTEXT_WORDS = 6
# Word-sequence similarity above which a replaced paragraph is shown as "changed" (an edit)
# rather than as one paragraph vanishing and another appearing.
CHANGED_SIMILARITY = 0.5
# Under this many items the process pool's start-up costs more than it saves.
MIN_ITEMS_FOR_POOL = 4
# Word n-gram size of the leak check, and the share of a clutter item's n-grams (those
# not also in the main story) found in the output above which the item counts as leaked.
LEAK_NGRAM = 5
LEAK_SHARE = 0.5

# Elements that start their own line in expected.html (block-level in HTML rendering).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "source", "track", "wbr"})
# Runs of HTML whitespace collapse to one space when rendered (not U+00A0, which is content).
HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")
SLUG_UNSAFE_RE = re.compile(r"[^a-z0-9]+")
# Word tokens; Han and kana are written without spaces, so each of those characters is a token.
UNSPACED_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_RE = re.compile(f"[{UNSPACED_CHARS}]|[^\\W{UNSPACED_CHARS}]+")


# --------------------------------------------------------------------------- corpus

@dataclass(frozen=True)
class Case:
    """One saved page and what is known about it."""

    slug: str
    path: Path
    url: str | None
    group: str
    clutter: tuple[str, ...] = ()

    @property
    def has_golden(self) -> bool:
        return (self.path / EXPECTED_HTML).exists() and (self.path / EXPECTED_JSON).exists()

    def page_bytes(self) -> bytes:
        return (self.path / PAGE_FILE).read_bytes()

    def reference_html(self) -> str | None:
        ref = self.path / REFERENCE_HTML
        return ref.read_text(encoding="utf-8") if ref.exists() else None


def default_dir() -> Path:
    local = Path(DEFAULT_DIR_NAME)
    return local if local.is_dir() or not REPO_SEEDS.is_dir() else REPO_SEEDS


def load_case(path: Path) -> Case:
    info = json.loads((path / CASE_FILE).read_text(encoding="utf-8"))
    return Case(slug=path.name, path=path, url=info.get("url"), group=info.get("group", ""),
                clutter=tuple(info.get("clutter") or ()))


def load_cases(root: Path, slugs: list[str] | None = None) -> list[Case]:
    """Cases under ``root`` (sorted by slug), or just ``slugs``; unknown slugs raise KeyError."""
    if slugs:
        missing = [s for s in slugs if not (root / s / PAGE_FILE).exists()]
        if missing:
            raise KeyError(f"no such case in {root}: {', '.join(missing)}")
        return [load_case(root / s) for s in slugs]
    return [load_case(p) for p in sorted(root.iterdir())
            if (p / PAGE_FILE).exists() and (p / CASE_FILE).exists()]


# --------------------------------------------------------------------------- running

@dataclass(frozen=True)
class Output:
    """What a case produces now, in golden form."""

    html: str  # pretty_html(content_html)
    metadata: dict
    text: str


def run_page(page: bytes, url: str | None) -> Output:
    """Run clean() with the one set of options shared by check, update, add and pytest."""
    from . import clean

    try:
        article = clean(page, url=url)
    except Exception as exc:  # an error is an outcome like any other: it is golden-ed
        return Output(html="", metadata={"error": f"{type(exc).__name__}: {exc}"}, text="")
    data = article.to_dict()
    metadata = {k: v for k, v in data.items() if k not in NON_METADATA_FIELDS}
    return Output(html=pretty_html(article.content_html), metadata=metadata, text=article.text)


def run_case(case: Case) -> Output:
    return run_page(case.page_bytes(), case.url)


def _run_path(path: str) -> Output:  # top-level so the process pool can pickle it
    return run_case(load_case(Path(path)))


def run_cases(cases: list[Case], jobs: int | None = None) -> list[Output]:
    """Outputs of every case, in order, over ``jobs`` processes (default: every CPU)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(cases) < MIN_ITEMS_FOR_POOL:
        return [run_case(c) for c in cases]
    # Largest pages first, one per task, so no worker is left with a big page at the end.
    order = sorted(range(len(cases)), key=lambda i: -(cases[i].path / PAGE_FILE).stat().st_size)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        done = dict(zip(order, pool.map(_run_path, [str(cases[i].path) for i in order])))
    return [done[i] for i in range(len(cases))]


# --------------------------------------------------------------------------- pretty-printing

class _Lines:
    """A line buffer: block elements open new lines, inline content stays on the current one."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current = ""
        self.indent = ""

    def newline(self, depth: int) -> None:
        if self.current.strip():
            self.lines.append(self.indent + self.current.rstrip())
        self.current, self.indent = "", "  " * depth

    def write(self, text: str) -> None:
        self.current += text.lstrip(" ") if not self.current else text

    def result(self) -> str:
        self.newline(0)
        return "\n".join(self.lines) + "\n" if self.lines else ""


def _escape_text(text: str, keep_space: bool = False) -> str:
    text = text if keep_space else HTML_SPACE_RE.sub(" ", text)
    return htmllib.escape(text, quote=False).replace("\xa0", "&nbsp;")


def _open_tag(el) -> str:
    attrs = "".join(f' {k}="{htmllib.escape(v, quote=True)}"' for k, v in sorted(el.attrib.items()))
    return f"<{el.tag}{attrs}>"


def _emit(el, depth: int, out: _Lines) -> None:
    if not isinstance(el.tag, str):  # comment or processing instruction: dropped, tail kept
        out.write(_escape_text(el.tail or ""))
        return
    block = el.tag in BLOCK_TAGS
    if block:
        out.newline(depth)
    out.write(_open_tag(el))
    if el.tag == "pre":
        out.write(_raw_inner(el))
    elif el.tag not in VOID_TAGS:
        _emit_children(el, depth, out)
    if el.tag not in VOID_TAGS:
        out.write(f"</{el.tag}>")
    if block:
        out.newline(depth)
    out.write(_escape_text(el.tail or ""))


def _emit_children(el, depth: int, out: _Lines) -> None:
    out.write(_escape_text(el.text or ""))
    has_block = any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el)
    for child in el:
        _emit(child, depth + 1, out)
    if has_block:
        out.newline(depth)


def _raw_inner(el) -> str:
    """Preformatted content, verbatim except for entity escaping (whitespace is content here)."""
    inner = _escape_text(el.text or "", keep_space=True)
    for child in el:
        inner += lxml.html.tostring(child, encoding="unicode", with_tail=False)
        inner += _escape_text(child.tail or "", keep_space=True)
    return inner


def _fragment(html: str):
    """A fragment parsed under a ``<div>`` wrapper (the wrapper is not part of the output)."""
    return lxml.html.fragment_fromstring(html or "", create_parent="div")


def pretty_html(html: str) -> str:
    """Deterministic pretty-print: one block element per line, indented by depth, attributes
    sorted, HTML whitespace collapsed (not inside <pre>), U+00A0 written as ``&nbsp;``."""
    if not html.strip():
        return ""
    out = _Lines()
    _emit_children(_fragment(html), -1, out)
    return out.result()


# --------------------------------------------------------------------------- diffing

@dataclass(frozen=True)
class TextChange:
    """One paragraph-level difference: ``kind`` is appeared, vanished or changed."""

    kind: str
    expected: str = ""
    actual: str = ""

    def render(self) -> str:
        if self.kind == "appeared":
            return f"  + appeared: {_snip(self.actual)}"
        if self.kind == "vanished":
            return f"  - vanished: {_snip(self.expected)}"
        return f"  ~ changed:  {word_diff(self.expected, self.actual)}"


@dataclass(frozen=True)
class FieldChange:
    """A metadata field whose value changed (missing fields show as None)."""

    name: str
    expected: object
    actual: object

    def render(self) -> str:
        return f"  {self.name}: {_snip(json.dumps(self.expected, ensure_ascii=False))} -> " \
               f"{_snip(json.dumps(self.actual, ensure_ascii=False))}"


@dataclass(frozen=True)
class NodeDiff:
    """The first node (pre-order) where expected.html and the actual output differ."""

    path: str
    detail: str

    def render(self) -> str:
        return f"  first differing node: {self.path}: {self.detail}"


def _snip(text: str) -> str:
    return text if len(text) <= DIFF_SNIPPET_CHARS else text[:DIFF_SNIPPET_CHARS - 1] + "…"


def word_diff(old: str, new: str) -> str:
    """``old`` -> ``new`` inline, words removed as ``[-...-]`` and added as ``{+...+}``,
    long unchanged runs elided to DIFF_CONTEXT_WORDS words on each side."""
    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(_elide(a[i1:i2], first=i1 == 0, last=i2 == len(a)))
            continue
        if i2 > i1:
            parts.append("[-" + _snip(" ".join(a[i1:i2])) + "-]")
        if j2 > j1:
            parts.append("{+" + _snip(" ".join(b[j1:j2])) + "+}")
    return " ".join(p for p in parts if p)


def _elide(run: list[str], first: bool, last: bool) -> str:
    keep = DIFF_CONTEXT_WORDS
    if len(run) <= 2 * keep:
        return " ".join(run)
    head = [] if first else run[:keep]
    tail = [] if last else run[-keep:]
    return " ".join(head + ["…"] + tail)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def block_texts(html: str) -> list[str]:
    """The visible text of a fragment cut at block boundaries: one string per paragraph."""
    blocks: list[str] = [""]

    def walk(el) -> None:
        block = isinstance(el.tag, str) and el.tag in BLOCK_TAGS
        if block:
            blocks.append("")
        if isinstance(el.tag, str):
            blocks[-1] += " " + (el.text or "")
            for child in el:
                walk(child)
        if block:
            blocks.append("")
        blocks[-1] += " " + (el.tail or "")

    if html.strip():
        root = _fragment(html)
        blocks[-1] += root.text or ""
        for child in root:
            walk(child)
    return [t for t in (_norm(b) for b in blocks) if t]


def diff_text(expected_html: str, actual_html: str) -> list[TextChange]:
    """Paragraph-level changes from expected to actual, in document order."""
    old, new = block_texts(expected_html), block_texts(actual_html)
    changes: list[TextChange] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op != "equal":
            changes += _pair_paragraphs(old[i1:i2], new[j1:j2])
    return changes


def _pair_paragraphs(old: list[str], new: list[str]) -> list[TextChange]:
    """A replaced run: similar paragraphs are "changed", the rest vanished or appeared."""
    changes, cursor = [], 0
    for text in old:
        match = next((j for j in range(cursor, len(new)) if _similar(text, new[j])), None)
        if match is None:
            changes.append(TextChange("vanished", expected=text))
            continue
        changes += [TextChange("appeared", actual=t) for t in new[cursor:match]]
        changes.append(TextChange("changed", text, new[match]))
        cursor = match + 1
    return changes + [TextChange("appeared", actual=t) for t in new[cursor:]]


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).ratio() >= CHANGED_SIMILARITY


def diff_metadata(expected: dict, actual: dict) -> list[FieldChange]:
    names = list(expected) + [k for k in actual if k not in expected]
    return [FieldChange(n, expected.get(n), actual.get(n)) for n in names
            if expected.get(n) != actual.get(n)]


def first_node_diff(expected_html: str, actual_html: str) -> NodeDiff | None:
    """Walk both trees in step and name the first node whose tag, attributes or text differ."""
    old, new = _fragment(expected_html), _fragment(actual_html)
    return _node_diff(old, new, old.getroottree(), new.getroottree())


def _path(tree, el) -> str:
    return tree.getpath(el).removeprefix("/div") or "(top level)"


def _node_diff(old, new, old_tree, new_tree) -> NodeDiff | None:
    if old.tag != new.tag:
        return NodeDiff(_path(old_tree, old), f"<{old.tag}> became <{new.tag}>")
    if dict(old.attrib) != dict(new.attrib):
        return NodeDiff(_path(old_tree, old), f"attributes {dict(old.attrib)} -> {dict(new.attrib)}")
    if _norm(old.text) != _norm(new.text):
        return NodeDiff(_path(old_tree, old), f"text: {word_diff(_norm(old.text), _norm(new.text))}")
    old_kids, new_kids = [c for c in old if isinstance(c.tag, str)], [c for c in new if isinstance(c.tag, str)]
    for a, b in zip(old_kids, new_kids):
        found = _node_diff(a, b, old_tree, new_tree)
        if found:
            return found
        if _norm(a.tail) != _norm(b.tail):
            return NodeDiff(_path(old_tree, a) + " (tail)", word_diff(_norm(a.tail), _norm(b.tail)))
    if len(old_kids) != len(new_kids):
        extra = old_kids[len(new_kids):] or new_kids[len(old_kids):]
        verb = "vanished" if len(old_kids) > len(new_kids) else "appeared"
        tree = old_tree if verb == "vanished" else new_tree
        return NodeDiff(_path(tree, extra[0]), f"<{extra[0].tag}> {verb} ({len(extra)} sibling(s))")
    return None


# --------------------------------------------------------------------------- clutter leaks

@dataclass(frozen=True)
class Leak:
    """A clutter text (which must not be in the reader view) found in the output."""

    clutter: str
    share: float  # share of its word 5-grams found (1.0 for a verbatim match)

    def render(self) -> str:
        return f"  ! clutter leaked ({self.share:.0%}): {_snip(self.clutter)}"


def words(text: str) -> list[str]:
    """Lowercased word tokens (the leak check's and the benchmark's unit)."""
    return WORD_RE.findall(text.lower())


def ngrams(tokens: list[str], n: int = LEAK_NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def find_leaks(output_text: str, clutter: tuple[str, ...], main_text: str = "") -> list[Leak]:
    """Clutter items present in the output: verbatim (normalised whitespace, case-insensitive,
    whole words) or with more than LEAK_SHARE of their 5-grams, not counting 5-grams the
    main story itself contains."""
    out_words = " " + " ".join(words(output_text)) + " "
    out_grams, main_grams = ngrams(words(output_text)), ngrams(words(main_text))
    leaks = []
    for item in clutter:
        item_words = words(item)
        if item_words and f" {' '.join(item_words)} " in out_words:
            leaks.append(Leak(item, 1.0))
            continue
        grams = ngrams(item_words) - main_grams
        share = len(grams & out_grams) / len(grams) if grams else 0.0
        if share > LEAK_SHARE:
            leaks.append(Leak(item, share))
    return leaks


def main_story_text(case: Case) -> str:
    ref = case.reference_html()
    return " ".join(block_texts(ref)) if ref else ""


# --------------------------------------------------------------------------- verdicts

@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one case against its golden."""

    slug: str
    missing_golden: bool = False
    text_changes: tuple[TextChange, ...] = ()
    field_changes: tuple[FieldChange, ...] = ()
    node_diff: NodeDiff | None = None
    leaks: tuple[Leak, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.text_changes or self.field_changes or self.node_diff)

    @property
    def ok(self) -> bool:
        return not (self.missing_golden or self.changed or self.leaks)

    @property
    def label(self) -> str:
        if self.missing_golden:
            return "NO GOLDEN"
        parts = (["CHANGED"] if self.changed else []) + (["LEAK"] if self.leaks else [])
        return " + ".join(parts) or "ok"

    def render(self) -> str:
        lines = [f"{self.label:<9} {self.slug}"]
        if self.missing_golden:
            lines.append(f"  no {EXPECTED_HTML}/{EXPECTED_JSON}: run `clearpage seeds update {self.slug}`")
        if self.text_changes:
            lines.append(f"  text: {len(self.text_changes)} paragraph change(s)")
            lines += [c.render() for c in self.text_changes]
        if self.field_changes:
            lines.append("  metadata:")
            lines += ["  " + c.render() for c in self.field_changes]
        if self.node_diff:
            lines.append(self.node_diff.render())
        lines += [leak.render() for leak in self.leaks]
        return "\n".join(lines)


def read_golden(case: Case) -> Output:
    html = (case.path / EXPECTED_HTML).read_text(encoding="utf-8")
    metadata = json.loads((case.path / EXPECTED_JSON).read_text(encoding="utf-8"))
    return Output(html=html, metadata=metadata, text="")


def compare(case: Case, actual: Output) -> Verdict:
    """The verdict of ``actual`` against the case's golden, plus the clutter-leak check."""
    asserted = case.clutter and case.group != HOLDOUT_GROUP
    leaks = tuple(find_leaks(actual.text, case.clutter, main_story_text(case))) if asserted else ()
    if not case.has_golden:
        return Verdict(case.slug, missing_golden=True, leaks=leaks)
    golden = read_golden(case)
    if golden.html == actual.html and golden.metadata == actual.metadata:
        return Verdict(case.slug, leaks=leaks)
    return Verdict(case.slug, text_changes=tuple(diff_text(golden.html, actual.html)),
                   field_changes=tuple(diff_metadata(golden.metadata, actual.metadata)),
                   node_diff=first_node_diff(golden.html, actual.html) or _whitespace_diff(golden, actual),
                   leaks=leaks)


def _whitespace_diff(golden: Output, actual: Output) -> NodeDiff | None:
    """Golden and output differ only in ways the tree walk ignores (whitespace, in <pre>)."""
    if golden.html == actual.html:
        return None
    old, new = golden.html.splitlines(), actual.html.splitlines()
    line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    return NodeDiff(f"{EXPECTED_HTML} line {line + 1}", "whitespace or preformatted text differs")


def write_golden(case: Case, output: Output) -> bool:
    """Write the goldens; True when they changed."""
    html_path, json_path = case.path / EXPECTED_HTML, case.path / EXPECTED_JSON
    new_json = json.dumps(output.metadata, ensure_ascii=False, indent=2) + "\n"
    before = (_read_or_none(html_path), _read_or_none(json_path))
    if before == (output.html, new_json):
        return False
    html_path.write_text(output.html, encoding="utf-8")
    json_path.write_text(new_json, encoding="utf-8")
    return True


def _read_or_none(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


# --------------------------------------------------------------------------- commands

def cmd_check(args) -> int:
    cases = _cases_or_usage(args)
    if cases is None:
        return EXIT_USAGE
    verdicts = [compare(c, o) for c, o in zip(cases, run_cases(cases, args.jobs))]
    only_missing = [v.slug for v in verdicts if v.missing_golden and not v.leaks]
    for verdict in verdicts:
        if (not verdict.ok or args.verbose) and verdict.slug not in only_missing:
            print(verdict.render())
    if only_missing:  # one line, not two per case, so real diffs stay readable
        print(f"NO GOLDEN {len(only_missing)} case(s), run `clearpage seeds update SLUG...`: "
              + " ".join(only_missing))
    failed = [v for v in verdicts if not v.ok]
    print(f"\n{len(verdicts) - len(failed)} ok, {len(failed)} failed "
          f"({_count(failed, 'changed')} changed, {_count(failed, 'leaks')} leaking, "
          f"{_count(failed, 'missing_golden')} without golden) of {len(verdicts)} case(s)")
    return EXIT_CHANGED if failed else EXIT_OK


def _count(verdicts: list[Verdict], attr: str) -> int:
    return sum(1 for v in verdicts if getattr(v, attr))


def cmd_update(args) -> int:
    if not args.all and not args.slugs:
        print("seeds update: name the cases to regenerate, or --all", file=sys.stderr)
        return EXIT_USAGE
    cases = _cases_or_usage(args)
    if cases is None:
        return EXIT_USAGE
    changed = [c.slug for c, o in zip(cases, run_cases(cases, args.jobs)) if write_golden(c, o)]
    for slug in changed:
        print(f"updated   {slug}")
    print(f"{len(changed)} golden(s) rewritten, {len(cases) - len(changed)} unchanged; "
          "review with `git diff seeds/`")
    return EXIT_OK


def _cases_or_usage(args) -> list[Case] | None:
    try:
        return load_cases(Path(args.dir), args.slugs or None)
    except KeyError as exc:
        print(f"seeds: {exc.args[0]}", file=sys.stderr)
        return None


def slug_from_url(url: str) -> str:
    """``https://www.example.com/2024/05/big-story.html`` -> ``example-com-big-story``."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    last = [p for p in parts.path.split("/") if p]
    stem = re.sub(r"\.[a-z0-9]{2,5}$", "", last[-1].lower()) if last else ""
    return SLUG_UNSAFE_RE.sub("-", f"{host} {stem}").strip("-")[:80] or "page"


def normalize_saved(page: bytes) -> bytes:
    """Bytes as saved, line endings aside (CRLF -> LF); the encoding is kept as is."""
    return page.replace(b"\r\n", b"\n")


def add_case(root: Path, page: bytes, url: str, slug: str | None = None, why: str = "",
             source: str = "") -> Case:
    """Save ``page`` as a new case with its goldens; FileExistsError if the slug is taken."""
    path = root / (slug or slug_from_url(url))
    if path.exists():
        raise FileExistsError(f"case {path.name!r} already exists in {root}; pick another --slug")
    page = normalize_saved(page)
    output = run_page(page, url)
    path.mkdir(parents=True)
    (path / PAGE_FILE).write_bytes(page)
    info = {"url": url, "captured": datetime.date.today().isoformat(), "group": USER_GROUP,
            "why": why, "source": source, "license": "unknown",
            "title": output.metadata.get("title")}
    (path / CASE_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    case = load_case(path)
    write_golden(case, output)
    return case


def cmd_add(args) -> int:
    page = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    source = "stdin" if args.file == "-" else f"saved from {args.url}"
    try:
        case = add_case(Path(args.dir), page, args.url, args.slug, args.why or "", source)
    except FileExistsError as exc:
        print(f"seeds add: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"added     {case.slug} ({case.path}); review its expected.html, then commit the folder")
    return EXIT_OK


def register(subparsers) -> None:
    """Add ``seeds check|update|add`` to the clearpage CLI."""
    seeds = subparsers.add_parser("seeds", help="saved pages: regression check, golden update, add")
    sub = seeds.add_subparsers(dest="seeds_command", required=True, metavar="{check,update,add}")
    check = sub.add_parser("check", help="run every case and diff against its golden (exit 1 on change)")
    check.add_argument("slugs", nargs="*", metavar="SLUG")
    check.add_argument("-v", "--verbose", action="store_true", help="also list the cases that pass")
    check.set_defaults(func=cmd_check)
    update = sub.add_parser("update", help="regenerate goldens, for review in git diff")
    update.add_argument("slugs", nargs="*", metavar="SLUG")
    update.add_argument("--all", action="store_true", help="every case in the corpus")
    update.set_defaults(func=cmd_update)
    add = sub.add_parser("add", help="save a page as a new case and generate its goldens")
    add.add_argument("file", metavar="FILE", help="the saved page, or - for stdin")
    add.add_argument("--url", required=True, help="the page's address (resolves its links)")
    add.add_argument("--slug", help="folder name (default: from the URL)")
    add.add_argument("--why", help="what this page guards against")
    add.set_defaults(func=cmd_add)
    for parser in (check, update, add):
        parser.add_argument("--dir", default=str(default_dir()), help="corpus folder (default: %(default)s)")
        parser.add_argument("--jobs", type=int, default=None, help="processes (default: every CPU)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clearpage.seeds")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["seeds", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
