"""Cluttered pages built from any page with known truth: one generator, templates as data.

A **donor** is a story (title, byline, date, paragraphs, language) taken from a page whose main
text is known: a human-annotated page (``truth.TruthPage``: its truth text split into
paragraphs, its title from the page's ``<h1>``/``<title>`` when that agrees with the text) or a
seed case with a ``reference.html`` (the Readability reference pages: body and metadata title).

A **template** (``TEMPLATES``) names the slots of a page in order: site chrome, the main story,
other donors' stories around it (full-text related cards, infinite-scroll follow-ups in the
story's own shell, a teaser inside the story's container, a feed of identical shells, cards of
flat siblings) and promo stacks. Site chrome and widgets speak one of the languages of
``clutter_i18n``; class names come from a seeded ``Namer`` (none, pseudo-words, hashes,
CSS-module names or utility soup), so no name says what a block is.

Everything is deterministic from one seed: page ``i`` draws from ``random.Random`` keyed by the
seed, ``i`` and its main donor, and the same donors and seed give the same bytes.

The scorer (``score_cluttered``) keeps the benchmark's meaning of its cluttered groups
(``bench.py``): F1 of the answer against the main story (here ``truth.score_text``, the
human-truth scorer), **leak** = the share of the clutter's shingles (minus the story's own) found
in the answer, **replaced** = the main story's recall under REPLACED_MAIN_RECALL while some other
story's recall is over REPLACED_CLUTTER_RECALL.

    python -m clearpage.clutter --truth ../shared/corpus/human-truth --out /tmp/clutter
    python -m clearpage.clutter --seeds seeds --out /tmp/clutter-seeds --seed 7 --count 40

writes the pages in the seeds layout for inspection. Human-truth pages are third-party
(AGPL or unlicensed) text: their cluttered pages never go into the repository's ``seeds/``.
"""
from __future__ import annotations

import argparse
import html as htmllib
import json
import random
import re
import string
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import lxml.html

from . import seeds, truth
from .clutter_i18n import LANGUAGES, UiStrings

# A main story needs this many words to be scored meaningfully; shorter donors only serve as
# clutter (a page of two short lines is a test of nothing).
MIN_STORY_WORDS = 25
# Another story must keep this many words, after dropping the paragraphs it shares with the
# main story, to stand as a full-text card or follow-up.
MIN_OTHER_WORDS = 40
# Other stories are cut to this many paragraphs: full text, without multi-megabyte pages.
OTHER_MAX_PARAGRAPHS = 14
# A teaser is the start of another story, cut near this many words.
TEASER_WORDS = 60
# Share of boundaries (related, next-story, teaser) that carry a label at all: most real pages
# have one, but a generator that always labels teaches extractors to wait for the word.
LABEL_SHARE = 0.4
# A title candidate agrees with the truth text when this share of its words occur in the
# text's first TITLE_WINDOW_WORDS words.
TITLE_AGREEMENT = 0.6
TITLE_WINDOW_WORDS = 300
# A first truth line this short (in words) and without a final period is the headline.
TITLE_MAX_WORDS = 20
# A body line this short (in words) without a final stop may be set as a subheading (h2/h3):
# stories have structure, and the truth keeps such lines as text.
SUBHEAD_MAX_WORDS = 9
# The fallback title of a donor whose page gives none: the text's first words.
FALLBACK_TITLE_WORDS = 8
# Share of pages (outside templates that need it) whose only identity is the URL: no <title>.
NO_TITLE_SHARE = 0.15
# Shares of pages that also declare their story in og:title + canonical, and in JSON-LD: real
# pages mix them, and an extractor must not need either.
OG_SHARE = 0.5
JSONLD_SHARE = 0.4
# A comment thread shows this many comments at most, one paragraph each.
THREAD_MAX_COMMENTS = 12
# Date written on generated pages (fixed: the same bytes every run).
CAPTURED = "2026-12-04"
YEARS = (2023, 2024, 2025, 2026)
# Reading speed behind the "N min read" line.
WORDS_PER_MINUTE = 220
# The benchmark's "replaced" thresholds (bench.REPLACED_*), kept equal on purpose.
REPLACED_MAIN_RECALL = 0.5
REPLACED_CLUTTER_RECALL = 0.5
GENERATOR = "clearpage.clutter"
SEED_LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"
TRUTH_LICENSE = ("third-party page text (AGPL or unlicensed human-truth corpus): "
                 "for measurement only, never in the repository")
EXIT_OK, EXIT_USAGE = 0, 2

TITLE_SEPARATORS_RE = re.compile(r"\s+[|\-–—:»·•]+\s+")
# Characters lxml refuses or that cannot be encoded: dropped from donor text.
UNSAFE_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
SLUG_RE = re.compile(r"[^a-z0-9]+")
SENTENCE_END = ".!?。！？»\"'”)"


# --------------------------------------------------------------------------- donors

@dataclass(frozen=True)
class Donor:
    """One story: what a page shows of it and the text a reader view must return."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    language: str = "en"
    byline: str | None = None
    date: str | None = None
    license: str = TRUTH_LICENSE

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return len(truth.TOKEN_RE.findall(self.text))


def clean_line(line: str) -> str:
    return " ".join(UNSAFE_CHARS_RE.sub("", line).split())


def split_paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p for p in (clean_line(line) for line in text.splitlines()) if p)


def _page_root(page: bytes):
    try:
        return lxml.html.document_fromstring(page)
    except Exception:  # an unparsable donor page just gives no title candidate
        return None


def title_candidates(page: bytes) -> list[str]:
    """``<h1>`` texts, then the ``<title>`` whole and cut at its site separators."""
    root = _page_root(page)
    if root is None:
        return []
    found = [clean_line(h.text_content()) for h in root.iter("h1")]
    for el in root.iter("title"):
        whole = clean_line(el.text_content())
        found += [whole, *TITLE_SEPARATORS_RE.split(whole)]
    return [c for c in found if c]


def agrees(candidate: str, text: str) -> bool:
    words = seeds.words(candidate)
    window = set(seeds.words(text)[:TITLE_WINDOW_WORDS])
    return bool(words) and sum(w in window for w in words) / len(words) >= TITLE_AGREEMENT


def _is_headline(line: str) -> bool:
    return len(line.split()) <= TITLE_MAX_WORDS and not line.endswith(".")


def choose_title(candidates: list[str], paragraphs: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The title and the paragraphs left once a first line repeating it is removed."""
    text = "\n".join(paragraphs)
    first = paragraphs[0] if paragraphs else ""
    # The truth opens with the headline when the page's h1/title holds that line.
    if len(paragraphs) > 1 and _is_headline(first) and any(first in c for c in candidates):
        return first, paragraphs[1:]
    agreeing = [c for c in candidates if agrees(c, text)]
    if agreeing:
        return agreeing[0], paragraphs
    if len(paragraphs) > 1 and _is_headline(first):
        return first, paragraphs[1:]
    return " ".join(text.split()[:FALLBACK_TITLE_WORDS]), paragraphs


def page_language(page: bytes) -> str:
    root = _page_root(page)
    lang = (root.get("lang") or "") if root is not None else ""
    return lang.split("-")[0].lower() or "en"


def donor_from_truth(page: truth.TruthPage) -> Donor | None:
    paragraphs = split_paragraphs(page.text)
    if not paragraphs:
        return None
    raw = page.page_bytes()
    title, body = choose_title(title_candidates(raw), paragraphs)
    return Donor(page.key, title, body, page_language(raw)) if body else None


def donor_from_case(case: seeds.Case) -> Donor | None:
    """A seed case with a reference body: its blocks, and the metadata title if any."""
    reference = case.reference_html()
    if not reference:
        return None
    paragraphs = tuple(clean_line(b) for b in seeds.block_texts(reference))
    meta_path = case.path / "reference-metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    whole = clean_line(meta.get("title") or "")
    candidates = [whole, *TITLE_SEPARATORS_RE.split(whole)] if whole else []
    title, body = choose_title(candidates, paragraphs)
    # The metadata title is the page's own even when its words are not the body's.
    title = title if title in candidates or not whole else whole
    return Donor(case.slug, title, body, meta.get("lang") or "en",
                 clean_line(meta.get("byline") or "") or None, None, SEED_LICENSE) if body else None


def as_donor(item) -> Donor | None:
    if isinstance(item, Donor):
        return item
    if isinstance(item, truth.TruthPage):
        return donor_from_truth(item)
    if isinstance(item, seeds.Case):
        return donor_from_case(item)
    raise TypeError(f"not a donor page: {type(item).__name__}")


def seed_donors(root: Path) -> list[Donor]:
    """Donors from the reference cases of a seeds folder (non-AGPL text, fit for seeds/)."""
    cases = [c for c in seeds.load_cases(root) if c.group == "reference"]
    return [d for d in (donor_from_case(c) for c in cases) if d]


# --------------------------------------------------------------------------- class names

SYLLABLE_CONSONANTS = "bdfgklmnprstvz"
SYLLABLE_VOWELS = "aeiou"
BASE36 = string.digits + string.ascii_lowercase
# Utility classes that style, never hide: "hidden" or "sr-only" would make a visible story
# legitimately droppable.
UTILITY_CLASSES = (
    "flex", "grid", "block", "relative", "mt-4", "mb-2", "my-6", "px-2", "px-4", "py-3",
    "gap-3", "gap-6", "text-sm", "text-lg", "text-gray-700", "font-semibold", "leading-7",
    "items-center", "justify-between", "rounded", "rounded-lg", "shadow-sm", "border-t",
    "max-w-3xl", "mx-auto", "w-full", "md:w-2/3", "lg:col-span-8", "space-y-4",
)
SCHEMES = ("none", "pseudo", "hash", "module", "utility")
# Words a class name must never be or start with: they would say what the block is.
ROLE_WORDS = frozenset({
    "ad", "ads", "article", "aside", "author", "body", "byline", "card", "comment", "content",
    "entry", "feed", "footer", "header", "headline", "main", "more", "nav", "news", "post",
    "promo", "read", "related", "share", "side", "social", "story", "tag", "teaser", "title",
    "widget",
})


def pseudo_word(rng: random.Random, syllables: int) -> str:
    while True:
        word = "".join(rng.choice(SYLLABLE_CONSONANTS) + rng.choice(SYLLABLE_VOWELS)
                       for _ in range(syllables))
        if not any(word.startswith(w) for w in ROLE_WORDS):
            return word


class Namer:
    """Class names for one page: one per role, drawn once, so equal roles look equal."""

    def __init__(self, rng: random.Random, scheme: str):
        self.rng, self.scheme = rng, scheme
        self.names: dict[str, str] = {}

    def attr(self, role: str) -> str:
        if self.scheme == "none":
            return ""
        if role not in self.names:
            self.names[role] = self._draw()
        return f' class="{self.names[role]}"'

    def _draw(self) -> str:
        rng = self.rng
        if self.scheme == "pseudo":
            return pseudo_word(rng, rng.randint(1, 2)) + rng.choice(("", str(rng.randint(1, 9))))
        if self.scheme == "hash":
            body = "".join(rng.choice(BASE36) for _ in range(6))
            return rng.choice(("css-", "sc-", "_", "x")) + body
        if self.scheme == "module":
            digest = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(5))
            return f"{pseudo_word(rng, 2).title()}_{pseudo_word(rng, 2)}__{digest}"
        return " ".join(rng.sample(UTILITY_CLASSES, rng.randint(2, 4)))


# --------------------------------------------------------------------------- templates

@dataclass(frozen=True)
class Template:
    """One kind of page: its slots in page order and what it tests."""

    name: str
    why: str
    slots: tuple[str, ...]
    others: tuple[int, int] = (0, 0)  # how many other donors' stories (min, max)
    body_promos: tuple[int, int] = (0, 0)  # promo blocks inside the main story's body
    promos: tuple[int, int] = (2, 3)  # blocks in a "promos" slot
    schemes: tuple[str, ...] = SCHEMES
    needs_title: bool = False  # the main story is known by the page's <title> alone


TEMPLATES: tuple[Template, ...] = (
    Template("related-after", "the story followed by full-text related cards",
             ("masthead", "story", "promos", "related", "footer"), others=(2, 4), body_promos=(0, 1)),
    Template("related-before", "full-text related cards before the story",
             ("masthead", "related", "story", "promos", "footer"), others=(1, 3)),
    Template("related-inline", "full-text related cards inside the story's own body container, "
             "siblings of its paragraphs", ("masthead", "inline_story", "promos", "footer"), others=(1, 2)),
    Template("infinite-scroll", "complete follow-up stories in the story's own shell, with their own "
             "headline and byline", ("masthead", "story", "followups", "footer"), others=(1, 3)),
    Template("teaser-inside", "a teaser of another story inside the story's own container, before "
             "its headline", ("masthead", "teaser_story", "promos", "footer"), others=(1, 1)),
    Template("feed", "the main story in a feed between other full stories in identical shells",
             ("masthead", "feed", "footer"), others=(2, 5), needs_title=True),
    Template("flat-cards", "cards made of flat <p>/<div> siblings with hashed or utility classes",
             ("masthead", "story", "flat_cards", "footer"), others=(2, 3),
             schemes=("hash", "utility")),
    Template("portal", "an aggregator's partner story (provider line, hashtags, AI promo, comment "
             "widget) followed by a feed of full-text stories",
             ("masthead", "partner_story", "promos", "related", "footer"), others=(3, 5), promos=(3, 4)),
    Template("comment-thread", "a post followed by a long thread of comments, each a paragraph of "
             "other stories", ("masthead", "story", "thread", "footer"), others=(2, 4)),
    Template("promo-stack", "newsletter, subscribe, AI, share, comment and hashtag blocks in and "
             "after the story", ("cookie", "masthead", "story", "promos", "most_read", "footer"),
             others=(2, 3), body_promos=(1, 2), promos=(4, 6)),
)
BY_NAME = {t.name: t for t in TEMPLATES}


# --------------------------------------------------------------------------- page context

@dataclass(frozen=True)
class Block:
    """Rendered HTML and the text a reader view must drop (empty: not counted)."""

    html: str
    text: str = ""


@dataclass
class Ctx:
    """What the slot renderers of one page share; ``clutter`` and ``stories`` grow as they run."""

    rng: random.Random
    namer: Namer
    ui: UiStrings
    site: str
    template: Template
    main: Donor
    others: list[Donor]
    story_grams: frozenset  # ngram_set of the main story
    clutter: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)

    def keep(self, block: Block) -> str:
        """The block's HTML, its text recorded as clutter; nothing if it shares the story's text."""
        if not block.text:
            return block.html
        if set(truth.shingles(block.text)) & self.story_grams:
            return ""
        self.clutter.append(block.text)
        return block.html

    def take_others(self, n: int) -> list[Donor]:
        taken, self.others = self.others[:n], self.others[n:]
        return taken


def ngram_set(text: str) -> frozenset:
    """Every run of 1 to SHINGLE tokens: a clutter item shorter than a shingle is one of these."""
    tokens = truth.TOKEN_RE.findall(text)
    return frozenset(tuple(tokens[i:i + n]) for n in range(1, truth.SHINGLE + 1)
                     for i in range(len(tokens) - n + 1))


def esc(text: str) -> str:
    return htmllib.escape(text, quote=True)


def label(ctx: Ctx, choices: tuple[str, ...], tag: str, role: str) -> str:
    if ctx.rng.random() >= LABEL_SHARE:
        return ""
    text = ctx.rng.choice(choices).format(site=ctx.site)
    return f"<{tag}{ctx.namer.attr(role)}>{esc(text)}</{tag}>"


def person(rng: random.Random) -> str:
    return f"{pseudo_word(rng, 2).title()} {pseudo_word(rng, rng.randint(2, 3)).title()}"


def date_text(ctx: Ctx) -> str:
    rng, ui = ctx.rng, ctx.ui
    return ui.date_format.format(d=rng.randint(1, 28), month=rng.choice(ui.months), y=rng.choice(YEARS))


def byline(ctx: Ctx, donor: Donor) -> str:
    name = donor.byline or person(ctx.rng)
    by = f"{ctx.ui.by} {name}".strip()
    meta = f"{date_text(ctx)} · {ctx.ui.read_time.format(n=max(1, donor.words // WORDS_PER_MINUTE))}"
    n = ctx.namer
    return (f"<div{n.attr('byline')}><span{n.attr('by')}>{esc(by)}</span> "
            f"<time{n.attr('time')}>{esc(meta)}</time></div>")


def paragraph_html(ctx: Ctx, text: str) -> str:
    subhead = len(text.split()) <= SUBHEAD_MAX_WORDS and text[-1] not in SENTENCE_END
    tag = ctx.rng.choice(("h2", "h3", "p")) if subhead else "p"
    return f"<{tag}{ctx.namer.attr('p-' + tag)}>{esc(text)}</{tag}>"


@dataclass(frozen=True)
class Extras:
    """What a story shell holds besides the story: before its headline, at the head of its
    body, and among its paragraphs (rendered blocks), plus promo blocks drawn for the body."""

    before: str = ""
    lead: str = ""
    inserts: tuple[str, ...] = ()
    promos: int = 0


def body_html(ctx: Ctx, paragraphs: Iterable[str], extras: Extras) -> str:
    parts = [paragraph_html(ctx, p) for p in paragraphs]
    blocks = [ctx.keep(ctx.rng.choice(IN_BODY_PROMOS)(ctx)) for _ in range(extras.promos)]
    for block in blocks + list(extras.inserts):
        parts.insert(ctx.rng.randint(1, max(1, len(parts) - 1)), block)
    return f"<div{ctx.namer.attr('body')}>{extras.lead}{''.join(parts)}</div>"


def shell(ctx: Ctx, donor: Donor, heading: str, paragraphs: tuple[str, ...],
          extras: Extras = Extras()) -> str:
    """A story in the page's one story shell: headline, byline, body."""
    n = ctx.namer
    return (f"<article{n.attr('shell')}>{extras.before}<{heading}{n.attr('headline')}>{esc(donor.title)}"
            f"</{heading}>{byline(ctx, donor)}{body_html(ctx, paragraphs, extras)}</article>")


def other_paragraphs(ctx: Ctx, donor: Donor) -> tuple[str, ...]:
    """The donor's paragraphs that keep its text disjoint from the main story's."""
    kept: list[str] = []
    for p in donor.paragraphs[:OTHER_MAX_PARAGRAPHS]:
        if not set(truth.shingles("\n".join([*kept, p]))) & ctx.story_grams:
            kept.append(p)
    return tuple(kept)


def other_story(ctx: Ctx, donor: Donor) -> tuple[str, ...]:
    """Record another story's text as clutter and return the paragraphs to show."""
    paragraphs = other_paragraphs(ctx, donor)
    ctx.clutter.append("\n".join(paragraphs))
    ctx.stories.append("\n".join(paragraphs))
    return paragraphs


# --------------------------------------------------------------------------- promo blocks

def box(ctx: Ctx, role: str, *parts: tuple[str, str]) -> Block:
    """A widget of (tag, text) parts: its HTML and its text."""
    inner = "".join(f"<{tag}{ctx.namer.attr(role + '-' + tag)}>{esc(text)}</{tag}>" for tag, text in parts)
    return Block(f"<div{ctx.namer.attr(role)}>{inner}</div>", " ".join(t for _, t in parts))


def newsletter(ctx: Ctx) -> Block:
    heading, pitch, button = ctx.ui.newsletter
    return box(ctx, "nl", ("h3", heading), ("p", pitch), ("button", button))


def app_promo(ctx: Ctx) -> Block:
    pitch, button = ctx.ui.app
    return box(ctx, "app", ("p", pitch), ("a", button))


def ai_promo(ctx: Ctx) -> Block:
    heading, pitch = ctx.ui.ai
    return box(ctx, "ai", ("strong", heading), ("p", pitch))


def share_bar(ctx: Ctx) -> Block:
    return box(ctx, "sh", *(("a", s) for s in ctx.ui.share))


def comments(ctx: Ctx) -> Block:
    count, empty, call = ctx.ui.comments
    return box(ctx, "cm", ("h3", count.format(n=0)), ("p", empty), ("button", call))


def hashtags(ctx: Ctx) -> Block:
    return box(ctx, "tg", *(("a", f"#{t}") for t in ctx.rng.sample(ctx.ui.topics, 3)))


def author_bio(ctx: Ctx) -> Block:
    return box(ctx, "bio", ("p", ctx.ui.bio.format(name=person(ctx.rng))))


def advert(ctx: Ctx) -> Block:
    return box(ctx, "adv", ("span", ctx.ui.advert))


def gallery(ctx: Ctx) -> Block:
    return box(ctx, "gal", ("span", ctx.ui.gallery.format(i=1, n=ctx.rng.randint(4, 12))))


PROMOS: tuple[Callable[[Ctx], Block], ...] = (
    newsletter, app_promo, ai_promo, share_bar, comments, hashtags, author_bio, advert,
)
IN_BODY_PROMOS: tuple[Callable[[Ctx], Block], ...] = (advert, newsletter, share_bar, gallery, app_promo)


# --------------------------------------------------------------------------- slots

def slot_masthead(ctx: Ctx) -> str:
    n = ctx.namer
    links = "".join(f"<li><a href=\"#\">{esc(s)}</a></li>" for s in ctx.ui.sections)
    nav = ctx.keep(Block(f"<ul{n.attr('menu')}>{links}</ul>", " ".join(ctx.ui.sections)))
    return f"<header{n.attr('top')}><a{n.attr('logo')} href=\"/\">{esc(ctx.site)}</a>{nav}</header>"


def slot_cookie(ctx: Ctx) -> str:
    notice, button = ctx.ui.cookie
    return ctx.keep(box(ctx, "ck", ("p", notice), ("button", button)))


def slot_footer(ctx: Ctx) -> str:
    links = " ".join(ctx.ui.footer)
    rights = ctx.ui.rights.format(site=ctx.site, y=ctx.rng.choice(YEARS))
    items = "".join(f"<a href=\"#\">{esc(f)}</a> " for f in ctx.ui.footer)
    return ctx.keep(Block(f"<footer{ctx.namer.attr('bottom')}><nav>{items}</nav><p>{esc(rights)}</p></footer>",
                          f"{links} {rights}"))


def _range(ctx: Ctx, bounds: tuple[int, int]) -> int:
    return ctx.rng.randint(*bounds)


def slot_story(ctx: Ctx) -> str:
    return shell(ctx, ctx.main, "h1", ctx.main.paragraphs, Extras(promos=_range(ctx, ctx.template.body_promos)))


def slot_partner_story(ctx: Ctx) -> str:
    """An aggregator's syndicated story: a provider line heads its body."""
    partner = pseudo_word(ctx.rng, 2).title()
    lead = ctx.keep(box(ctx, "prov", ("span", ctx.ui.provided.format(site=partner))))
    return shell(ctx, ctx.main, "h1", ctx.main.paragraphs,
                 Extras(lead=lead, promos=_range(ctx, ctx.template.body_promos)))


def slot_promos(ctx: Ctx) -> str:
    chosen = ctx.rng.sample(PROMOS, min(len(PROMOS), _range(ctx, ctx.template.promos)))
    inner = "".join(ctx.keep(p(ctx)) for p in chosen)
    return f"<div{ctx.namer.attr('stack')}>{inner}</div>"


def card(ctx: Ctx, donor: Donor) -> str:
    paragraphs = other_story(ctx, donor)
    n = ctx.namer
    heading = ctx.rng.choice(("h2", "h3", "h4"))
    body = "".join(f"<p{n.attr('card-p')}>{esc(p)}</p>" for p in paragraphs)
    return (f"<section{n.attr('card')}><{heading}{n.attr('card-h')}><a href=\"#\">{esc(donor.title)}</a>"
            f"</{heading}><div{n.attr('card-body')}>{body}</div></section>")


def slot_related(ctx: Ctx) -> str:
    cards = "".join(card(ctx, d) for d in ctx.take_others(len(ctx.others)))
    head = label(ctx, ctx.ui.related, "h2", "rel-h")
    return f"<aside{ctx.namer.attr('rel')}>{head}{cards}</aside>" if cards else ""


def slot_inline_story(ctx: Ctx) -> str:
    """The story with full-text cards among its own paragraphs, in its own body container."""
    cards = tuple(card(ctx, d) for d in ctx.take_others(len(ctx.others)))
    return shell(ctx, ctx.main, "h1", ctx.main.paragraphs,
                 Extras(inserts=cards, promos=_range(ctx, ctx.template.body_promos)))


def slot_followups(ctx: Ctx) -> str:
    parts = []
    for donor in ctx.take_others(len(ctx.others)):
        parts.append(label(ctx, ctx.ui.next_story, "div", "next"))
        parts.append(shell(ctx, donor, "h1", other_story(ctx, donor)))
    return "".join(parts)


def teaser_text(ctx: Ctx, donor: Donor) -> str:
    words = " ".join(other_paragraphs(ctx, donor)).split()
    return " ".join(words[:TEASER_WORDS]) + ("…" if len(words) > TEASER_WORDS else "")


def slot_teaser_story(ctx: Ctx) -> str:
    teaser = ""
    for donor in ctx.take_others(1):
        text = teaser_text(ctx, donor)
        n = ctx.namer
        kicker = label(ctx, ctx.ui.teaser, "span", "kicker")
        teaser = (f"<div{n.attr('teaser')}>{kicker}<h2{n.attr('teaser-h')}><a href=\"#\">{esc(donor.title)}"
                  f"</a></h2><p{n.attr('teaser-p')}>{esc(text)}</p></div>")
        ctx.clutter.append(text)
        ctx.stories.append(text)
    return shell(ctx, ctx.main, "h1", ctx.main.paragraphs,
                 Extras(before=teaser, promos=_range(ctx, ctx.template.body_promos)))


def slot_feed(ctx: Ctx) -> str:
    others = ctx.take_others(len(ctx.others))
    at = ctx.rng.randint(0, len(others))
    heading = ctx.rng.choice(("h1", "h2"))
    items = [shell(ctx, d, heading, other_story(ctx, d)) for d in others]
    items.insert(at, shell(ctx, ctx.main, heading, ctx.main.paragraphs))
    return f"<main{ctx.namer.attr('list')}>{''.join(items)}</main>"


def slot_flat_cards(ctx: Ctx) -> str:
    """Cards with no wrapper of their own: headline and paragraphs are all siblings."""
    n, parts = ctx.namer, []
    for donor in ctx.take_others(len(ctx.others)):
        paragraphs = other_story(ctx, donor)
        parts.append(f"<div{n.attr('flat-h')}>{esc(donor.title)}</div>")
        tag = ctx.rng.choice(("p", "div"))
        parts += [f"<{tag}{n.attr('flat-' + tag)}>{esc(p)}</{tag}>" for p in paragraphs]
    return f"<div{n.attr('flat')}>{label(ctx, ctx.ui.related, 'div', 'flat-l')}{''.join(parts)}</div>"


def slot_thread(ctx: Ctx) -> str:
    """Comments under the story: other stories' paragraphs, one per comment, each signed."""
    said = [p for d in ctx.take_others(len(ctx.others)) for p in other_paragraphs(ctx, d)]
    said = [p for p in said[:THREAD_MAX_COMMENTS] if not set(truth.shingles(p)) & ctx.story_grams]
    text = "\n".join(said)
    if not said or set(truth.shingles(text)) & ctx.story_grams:
        return ""
    n = ctx.namer
    items = "".join(f"<li{n.attr('c-li')}><b{n.attr('c-who')}>{esc(person(ctx.rng))}</b> "
                    f"<time>{esc(date_text(ctx))}</time><p{n.attr('c-p')}>{esc(p)}</p></li>" for p in said)
    count = ctx.ui.comments[0].format(n=len(said))
    ctx.clutter.append(text)
    ctx.stories.append(text)
    return f"<section{n.attr('thread')}><h3>{esc(count)}</h3><ul{n.attr('c-ul')}>{items}</ul></section>"


def slot_most_read(ctx: Ctx) -> str:
    titles = [d.title for d in ctx.others] or [ctx.site]
    items = "".join(f"<li><a href=\"#\">{esc(t)}</a></li>" for t in titles)
    heading = ctx.rng.choice(ctx.ui.most_read)
    return ctx.keep(Block(f"<div{ctx.namer.attr('rail')}><h3>{esc(heading)}</h3><ol>{items}</ol></div>",
                          " ".join([heading, *titles])))


SLOTS: dict[str, Callable[[Ctx], str]] = {
    "masthead": slot_masthead, "cookie": slot_cookie, "footer": slot_footer, "story": slot_story,
    "promos": slot_promos, "related": slot_related, "followups": slot_followups,
    "teaser_story": slot_teaser_story, "inline_story": slot_inline_story,
    "partner_story": slot_partner_story, "feed": slot_feed, "flat_cards": slot_flat_cards,
    "most_read": slot_most_read, "thread": slot_thread,
}


# --------------------------------------------------------------------------- pages

@dataclass(frozen=True)
class ClutteredPage:
    """One generated page and what a reader view should make of it."""

    html: str
    url: str
    title: str
    story_text: str  # the main story's truth, one paragraph a line
    clutter_texts: tuple[str, ...]  # every other story and promo on the page
    other_stories: tuple[str, ...]  # the other stories alone (for "replaced")
    template: str
    language: str
    donor: str  # the main donor's key
    seed: int
    index: int
    license: str

    def page_bytes(self) -> bytes:
        """The page as the extractors receive it."""
        return self.html.encode("utf-8")


def slugify(title: str) -> str:
    slug = SLUG_RE.sub("-", title.lower()).strip("-")
    return "-".join(slug.split("-")[:8]) or f"s{zlib.crc32(title.encode('utf-8')):08x}"


def identity(ctx: Ctx, url: str) -> str:
    """The page's head: a <title> (on most pages), og/canonical/JSON-LD at random."""
    title = ctx.main.title
    untitled = not ctx.template.needs_title and ctx.rng.random() < NO_TITLE_SHARE
    head = [] if untitled else [f"<title>{esc(title)} | {esc(ctx.site)}</title>"]
    if ctx.rng.random() < OG_SHARE:
        head.append(f'<meta property="og:title" content="{esc(title)}"><link rel="canonical" href="{esc(url)}">')
    if ctx.rng.random() < JSONLD_SHARE:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url}
        # "</" would end the script element early (a title may hold "</script>").
        payload = json.dumps(data).replace("</", "<\\/")
        head.append(f'<script type="application/ld+json">{payload}</script>')
    return "".join(head)


def usable_others(main: Donor, pool: list[Donor], grams: frozenset, rng: random.Random,
                  n: int) -> list[Donor]:
    """``n`` other donors whose text, minus what they share with the main story, is long enough."""
    picked: list[Donor] = []
    for donor in rng.sample(pool, len(pool)):
        if len(picked) == n:
            break
        if donor.key == main.key:
            continue
        kept = [p for p in donor.paragraphs[:OTHER_MAX_PARAGRAPHS] if not set(truth.shingles(p)) & grams]
        if len(truth.TOKEN_RE.findall(" ".join(kept))) >= MIN_OTHER_WORDS:
            picked.append(donor)
    return picked


def build_page(main: Donor, pool: list[Donor], template: Template, ui: UiStrings, seed: int,
               index: int) -> ClutteredPage:
    rng = random.Random(f"{seed}:{index}:{main.key}")
    grams = ngram_set(main.text)
    others = usable_others(main, pool, grams, rng, rng.randint(*template.others))
    site = pseudo_word(rng, 3).title()
    ctx = Ctx(rng, Namer(rng, rng.choice(template.schemes)), ui, site, template, main, others, grams)
    url = f"https://www.{site.lower()}.example/{rng.randint(1000, 99999)}/{slugify(main.title)}"
    body = "".join(SLOTS[slot](ctx) for slot in template.slots)
    html = (f'<!DOCTYPE html>\n<html lang="{ui.lang}"><head><meta charset="utf-8">{identity(ctx, url)}'
            f"</head><body>{body}</body></html>\n")
    return ClutteredPage(html, url, main.title, main.text, tuple(ctx.clutter), tuple(ctx.stories),
                         template.name, ui.lang, main.key, seed, index, main.license)


def build_cluttered(donors_pages, seed: int, count: int | None = None) -> list[ClutteredPage]:
    """``count`` pages (default: one per usable main donor), templates and languages in turn.

    ``donors_pages``: ``truth.TruthPage``, ``seeds.Case`` (with a reference) or ``Donor`` items.
    """
    donors = [d for d in (as_donor(p) for p in donors_pages) if d]
    mains = [d for d in donors if d.words >= MIN_STORY_WORDS]
    if not mains:
        return []
    order = random.Random(seed).sample(mains, len(mains))
    t0, l0 = seed % len(TEMPLATES), (seed // len(TEMPLATES)) % len(LANGUAGES)
    pages = []
    for i in range(len(mains) if count is None else count):
        template = TEMPLATES[(i + t0) % len(TEMPLATES)]
        ui = LANGUAGES[(i + i // len(TEMPLATES) + l0) % len(LANGUAGES)]
        pages.append(build_page(order[i % len(order)], donors, template, ui, seed, i))
    return pages


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class ClutterScore:
    f1: float
    precision: float | None
    recall: float
    leak: float  # share of the clutter's shingles (not the story's) found in the answer
    replaced: bool  # another story was served instead of the main one


def leak_share(answer_text: str, page: ClutteredPage) -> float:
    """Clutter shingles (not the story's) found in the answer; a clutter item under four tokens
    is one shingle, found when the answer has those tokens in a row."""
    grams = set().union(*(truth.shingles(c) for c in page.clutter_texts)) - ngram_set(page.story_text)
    found = ngram_set(answer_text)
    return sum(g in found for g in grams) / len(grams) if grams else 0.0


def is_replaced(answer_text: str, page: ClutteredPage, main_recall: float) -> bool:
    if main_recall >= REPLACED_MAIN_RECALL:
        return False
    return any(truth.score_text(answer_text, s).recall > REPLACED_CLUTTER_RECALL for s in page.other_stories)


def score_cluttered(answer_text: str, page: ClutteredPage) -> ClutterScore:
    s = truth.score_text(answer_text, page.story_text)
    return ClutterScore(s.f1, s.precision, s.recall, leak_share(answer_text, page),
                        is_replaced(answer_text, page, s.recall))


# --------------------------------------------------------------------------- writing cases

def case_json(page: ClutteredPage) -> dict:
    template = BY_NAME[page.template]
    return {
        "url": page.url, "captured": CAPTURED, "group": "cluttered",
        "why": f"{template.name}: {template.why} ({page.language})",
        "source": f"generated by {GENERATOR} from {page.donor} (main story)",
        "license": page.license, "title": page.title,
        "clutter": [" ".join(c.split()) for c in page.clutter_texts],
        "provenance": {"generator": GENERATOR, "template": page.template, "seed": page.seed,
                       "index": page.index, "language": page.language},
    }


def reference_html(page: ClutteredPage) -> str:
    return "".join(f"<p>{esc(p)}</p>\n" for p in page.story_text.split("\n"))


def case_slug(page: ClutteredPage) -> str:
    return f"clutter-{page.seed}-{page.index + 1:04d}-{page.template}"


def write_cases(pages: list[ClutteredPage], out: Path) -> None:
    for page in pages:
        folder = out / case_slug(page)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / seeds.PAGE_FILE).write_text(page.html, encoding="utf-8")
        (folder / seeds.REFERENCE_HTML).write_text(reference_html(page), encoding="utf-8")
        (folder / seeds.CASE_FILE).write_text(
            json.dumps(case_json(page), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def inside_repo_seeds(out: Path) -> bool:
    out, repo = out.resolve(), seeds.REPO_SEEDS.resolve()
    return out == repo or repo in out.parents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clearpage.clutter", description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--truth", type=Path, help="human-truth corpus folder (<set>/pages, <set>/truth.json)")
    source.add_argument("--seeds", type=Path, help="seeds folder: its reference cases are the donors")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the cases into")
    parser.add_argument("--seed", type=int, default=0, help="the one seed everything is drawn from")
    parser.add_argument("--count", type=int, help="pages to build (default: one per main donor)")
    args = parser.parse_args(argv)
    if args.truth and inside_repo_seeds(args.out):
        print("clutter: pages made from human-truth text must not go into the repository's seeds/",
              file=sys.stderr)
        return EXIT_USAGE
    if args.count is not None and args.count < 0:
        print("clutter: --count must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.truth and not truth.is_truth_corpus(args.truth):
        print(f"clutter: {args.truth} is not a human-truth corpus folder", file=sys.stderr)
        return EXIT_USAGE
    if args.seeds and not args.seeds.is_dir():
        print(f"clutter: {args.seeds} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    donors = truth.load_truth_corpus(args.truth) if args.truth else seed_donors(args.seeds)
    pages = build_cluttered(donors, args.seed, args.count)
    write_cases(pages, args.out)
    print(f"clutter: {len(pages)} pages written to {args.out}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
