#!/usr/bin/env python3
"""Build the ``holdout9-*`` held-out cases: 30 synthetic news pages around real article text.

Written without looking at the extractor's rules, at the other generators or at the earlier
held-out sets, so the set is shaped by what news pages look like, not by what the rules expect.

Article text comes from the Readability reference cases (``seeds/<name>/reference.html`` and
``reference-metadata.json``, Apache-2.0).  Each page has one main story (its full reference
content, with its paragraphs, subheadings, lists, quotes, figures, tables and code blocks) and
clutter around or inside it: text of other reference articles, or widget text written here.

Layouts, in roughly equal shares:

- ``aggregator``: a partner story with a provider line on a portal, then hashtags, AI and app
  promos, reactions and comment widgets and a long feed of other stories (full text, teasers,
  image-only cards);
- ``infinite``: infinite scroll, the story followed by 1-3 complete articles; identity from
  <title>/og/canonical/JSON-LD, from the URL slug only, or none at all;
- ``ordinary``: a news or blog article page with the usual chrome and in-body widgets (these
  check that nothing of the story is lost);
- ``plain``: the story alone, rich structure, no clutter.

Usage::

    .venv/bin/python tools/build_holdout9.py            # (re)write seeds/holdout9-*
    .venv/bin/python tools/build_holdout9.py --only 3 7 # some cases
    .venv/bin/python tools/build_holdout9.py --list     # case table
    .venv/bin/python tools/build_holdout9.py --check    # validate the files on disk
    .venv/bin/python tools/build_holdout9.py --score    # clearpage.clean: token F1 and clutter leak

Deterministic: every case has its own RNG seeded from its slug; same bytes every run.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import html as htmllib
import json
import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PREFIX = "holdout9"
CAPTURED = "2026-11-29"
# Measured untouched as group "holdout" (0.984 F1), then tuned on (see README): a
# regression set now, its leaks asserted like every cluttered page.
GROUP = "cluttered"
SOURCE = "tools/build_holdout9.py"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"
MIN_PAGE, MAX_PAGE = 20_000, 200_000

# --------------------------------------------------------------------------- text helpers

UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_RE = re.compile(f"[{UNSPACED}]|[^\\W{UNSPACED}]+")
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul".split())
INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def norm(text: str) -> str:
    return " ".join(text.split())


def esc(text: str) -> str:
    return htmllib.escape(text, quote=True)


def node_text(el) -> str:
    """Visible text: block boundaries and <br> become spaces, inline boundaries add nothing."""
    parts: list[str] = []

    def walk(node) -> None:
        if not isinstance(node.tag, str):
            parts.append(node.tail or "")
            return
        if node.tag in INVISIBLE:
            parts.append(node.tail or "")
            return
        block = node.tag in BLOCK_TAGS or node.tag == "br"
        if block:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if block:
            parts.append(" ")
        parts.append(node.tail or "")

    parts.append(el.text or "")
    for child in el:
        walk(child)
    return norm("".join(parts))


def frag_text(fragment: str) -> str:
    return node_text(lxml.html.fragment_fromstring(fragment, create_parent="div"))


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "story"


def seeded(slug: str) -> random.Random:
    return random.Random(int(hashlib.sha256(slug.encode()).hexdigest()[:16], 16))


# --------------------------------------------------------------------------- source articles

# Clean display metadata of the reference articles used here (their metadata titles carry site
# suffixes and their bylines are raw). date None: a date is made up per page.
META: dict[str, tuple[str, str | None, str, str | None]] = {
    # slug: (headline, byline, site, ISO date)
    "nytimes-1": ("United States to Lift Sudan Sanctions", "Jeffrey Gettleman", "The New York Times", "2017-01-13T05:00:00Z"),
    "wapo-1": ("Attack stokes instability fears in North Africa", "Erin Cunningham", "The Washington Post", "2015-03-18T18:20:00Z"),
    "telegraph": ("Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate", None, "The Telegraph", "2017-11-16T11:07:00Z"),
    "herald-sun-1": ("Angry media won’t buckle over new surveillance laws", "Joe Hildebrand", "Herald Sun", None),
    "schema-org-context-object": ("South Korean president’s impeachment fails after ruling party lawmakers walk out", "Stella Kim, Jennifer Jett", "NBC News", "2024-12-06T22:00:40Z"),
    "yahoo-3": ("Veteran Wraps Baby in American Flag, Photo Sparks Controversy", "Gillian Mohney", "ABC News", "2015-03-11T15:46:00Z"),
    "la-nacion": ("Una solución no violenta para la cuestión mapuche", None, "La Nación", None),
    "qq": ("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", None, "腾讯科技", "2016-10-14T08:12:00+08:00"),
    "nytimes-2": ("Yahoo’s Sale to Verizon Leaves Shareholders With Little Say", "Steven Davidoff Solomon", "The New York Times", None),
    "wapo-2": ("Where do strained U.S.-Israeli relations go after Netanyahu’s victory?", "Steven Mufson", "The Washington Post", "2015-03-18T09:00:00Z"),
    "bbc-1": ("Obama admits US gun laws are his 'biggest frustration'", None, "BBC News", "2015-07-24T05:36:09+01:00"),
    "seattletimes-1": ("Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods", "Benjamin Romano", "The Seattle Times", "2019-04-28T06:01:07-07:00"),
    "theverge": ("Apple’s Vision Pro hands-on: the Retina display moment for headsets", "Alex Heath", "The Verge", "2023-06-07T20:54:26Z"),
    "cnet": ("Zuckerberg offers peek at Facebook's acquisition strategies", "Steven Musil", "CNET", None),
    "lemonde-1": ("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", "Martin Untersinger", "Le Monde", "2015-05-05T19:10:00+02:00"),
    "medicalnewstoday": ("How does the brain turn unconscious information into conscious thought?", "Ana Sandoiu", "Medical News Today", None),
    "nytimes-3": ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.", "Corey Kilgannon", "The New York Times", None),
    "nytimes-4": ("As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military", "Nelson D. Schwartz", "The New York Times", None),
    "ars-1": ("Just-released Minecraft exploit makes it easy to crash game servers", "Dan Goodin", "Ars Technica", "2015-04-16T20:02:00Z"),
    "aclu": ("Facebook Is Tracking Me Even Though I’m Not on Facebook", "Daniel Kahn Gillmor", "ACLU", "2018-04-05T06:00:00-04:00"),
    "citylab-1": ("The Modern Ambitions Behind Neon", "Sarah Archer", "CityLab", None),
    "engadget": ("Xbox One X review: A console that keeps up with gaming PCs", "Devindra Hardawar", "Engadget", "2017-11-03T03:01:00Z"),
    "guardian-1": ("'What is the sea telling us?': Māori tribes fearful over whale strandings", "Eleanor Ainge Roy", "The Guardian", "2019-01-03T07:00:02Z"),
    "heise": ("1Password für Mac generiert Einmal-Passwörter", None, "Mac & i", None),
    "quanta-1": ("The Hidden Heroines of Chaos", "Joshua Sokol", "Quanta Magazine", "2019-05-20T14:00:00Z"),
    "002": ("This API is so Fetching!", "Nikhil Marathe", "Mozilla Hacks", "2015-03-10T09:00:00Z"),
    "blogger": ("Open Verilog flow for Silego GreenPak4 programmable logic devices", "Andrew Zonenberg", "Silicon Exposed", "2016-09-25T18:40:00Z"),
    "dropbox-blog": ("How we designed Dropbox’s ATF - an async task framework", "Arun Sai Krishnan", "Dropbox Tech", "2020-11-11T16:00:00Z"),
    "v8-blog": ("Outside the web: standalone WebAssembly binaries using Emscripten", "Alon Zakai", "V8", "2019-11-21T10:00:00Z"),
    "lazy-image-1": ("Node.js and CPU profiling on production (in real-time without downtime)", "Vincent Vallet", "Voodoo Engineering", "2019-10-18T17:23:34Z"),
    # clutter pool
    "cnn": ("The 'birth lottery' and economic mobility", "Ahiza Garcia", "CNNMoney", None),
    "buzzfeed-1": ("Student Dies After Diet Pills She Bought Online \"Burned Her Up From Within\"", "Victoria Richards", "BuzzFeed News", None),
    "breitbart": ("'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'", "Lucas Nolan", "Breitbart", None),
    "webmd-1": ("Babies Who Eat Peanuts Early May Avoid Allergy", "Brenda Goodman", "WebMD", None),
    "webmd-2": ("Superbugs: What They Are and How You Get Them", "Kelli Miller", "WebMD", None),
    "simplyfound-1": ("Raspberry Pi 3 - The credit card sized PC that cost only $35", "Joe Wee", "SimplyFound", None),
    "msn": ("Nintendo's first iPhone game will launch in December for $10", "Alex Perry", "Mashable", None),
    "tumblr": ("Minecraft 1.8 - The Bountiful Update", None, "Minecraft Update News", None),
    "folha": ("Tite diz que errou ao levar taça da Libertadores a Lula em 2012", "Bruno Rodrigues", "Folha de S.Paulo", None),
    "liberation-1": ("Un troisième Français mort dans le séisme au Népal", "Sébastien Farcis", "Libération", None),
    "yahoo-2": ("Russia says it will respond to NATO build-up", "Nataliya Vasilyeva", "Associated Press", None),
    "wikia": ("'Star Wars' Original Cuts Might Get Released for 40th Anniversary", "James Akinaka", "Fandom", None),
    "spiceworks": ("Vidyard Introduces New Features on its Video Platform", None, "Spiceworks", None),
    "medium-2": ("On Behalf of “Literally”", "Courtney Kirchoff", "Medium", None),
    "iab-1": ("Getting LEAN with Digital Ad UX", "Scott Cunningham", "IAB", None),
    "wordpress": ("Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers", "Sarah Gooding", "WordPress Tavern", None),
    "ebb-org": ("On Recent Controversial Events", "Bradley M. Kuhn", "ebb.org", None),
    "salon-1": ("The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians", "Joanna Rothkopf", "Salon", None),
    "aktualne": ("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", "Aleš Vávra", "Aktuálně.cz", None),
    "cnet-svg-classes": ("Twitter Lite se estrena en México, Venezuela y otros nueve países", "César Salza", "CNET en Español", None),
    "youth": ("海外留学生看两会：出国前后关注点大不同", "崔宁宁", "中国青年网", None),
    "gmw": ("宇航员在太空中喝酒会怎么样？后果很严重", "肖春芳", "光明网", None),
    "article-author-tag": ("The Deck of Cards That Made Tarot A Global Phenomenon", "Laura June Topolsky", "Atlas Obscura", None),
    "yahoo-1": ("These are the 8 coolest PlayStation VR games", "Ben Silverman", "Yahoo Tech", None),
    "ehow-1": ("How to Build a Terrarium", "Lucy Akins", "eHow", None),
    "ehow-2": ("How to Throw a Graduation Party on a Budget", "Gina Roberts-Grey", "eHow", None),
    "bug-1255978": ("Seven secrets that hotel owners don't want you to know", "Hazel Sheffield", "The Independent", None),
    "medium-1": ("The Open Journalism Project: Better Student Journalism", "Pippin Lee", "Medium", None),
    "medium-3": ("Samantha and The Great Big Lie", "John C. Welch", "Medium", None),
    "lifehacker-working": ("How to Program Your Mind to Stop Buying Crap You Don’t Need", "Patrick Allan", "Lifehacker", None),
    "keep-images": ("Inside the Deep Web Drug Lab", "Joseph Cox", "Backchannel", None),
    "001": ("Get your Frontend JavaScript Code Covered", "Nicolas Perriault", "n1k0", None),
    "videos-1": ("How to watch the 21 best films of 2017", "Alissa Wilkinson", "Vox", None),
    "videos-2": ("Screenshot : «Vape Wave», «6 Days», «Alphonse Président»", "Alexandre Hervaud", "Libération", None),
    "gitlab-blog": ("3 surprising findings from our 2024 Global DevSecOps Survey", "Dave Steer", "GitLab", None),
    "mozilla-2": ("Welcome to Firefox Developer Edition", None, "Mozilla", None),
    "topicseed-1": ("Content Depth — Write Comprehensively About Your Core Topics", None, "topicseed", None),
    "yahoo-4": ("トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」", "CNET Japan", "Yahoo!ニュース", None),
    "toc-missing": ("Simple Anomaly Detection Using Plain SQL", "Haki Benita", "Haki Benita", None),
    "google-sre-book-1": ("Monitoring Distributed Systems", "Rob Ewaschuk", "Google SRE", None),
    "nytimes-5": ("El fútbol mundial, en la mira", "Tariq Panja", "The New York Times en Español", None),
    "hukumusume": ("欲張りなイヌ", None, "福娘童話集", None),
    "pixnet": ("新竹尖石 美樹營地賞楓", "史蒂文", "痞客邦", None),
    "links-in-tables": ("Saving Data: Reducing the size of App Updates by 65%", None, "Android Developers Blog", None),
    "wikipedia-3": ("Hermitian matrix", None, "Wikipedia", None),
}

# Articles used for clutter (plus the mains of the other cases).
POOL = [
    "cnn", "buzzfeed-1", "breitbart", "webmd-1", "webmd-2", "simplyfound-1", "msn", "tumblr", "folha",
    "liberation-1", "yahoo-2", "wikia", "spiceworks", "medium-2", "iab-1", "wordpress", "ebb-org",
    "salon-1", "aktualne", "cnet-svg-classes", "youth", "gmw", "article-author-tag", "yahoo-1", "ehow-1",
    "ehow-2", "bug-1255978", "medium-1", "medium-3", "lifehacker-working", "keep-images", "001",
    "videos-1", "videos-2", "gitlab-blog", "mozilla-2", "topicseed-1", "yahoo-4", "toc-missing",
    "google-sre-book-1", "nytimes-5", "links-in-tables",
]
LANG = {"liberation-1": "fr", "videos-2": "fr", "lemonde-1": "fr", "cnet-svg-classes": "es", "nytimes-5": "es",
        "la-nacion": "es", "heise": "de", "yahoo-4": "ja", "hukumusume": "ja", "youth": "zh", "gmw": "zh",
        "qq": "zh", "pixnet": "zh", "folha": "pt", "aktualne": "cs"}

KEEP_ATTRS = {"href", "src", "alt", "title", "srcset", "colspan", "rowspan", "datetime", "lang", "dir",
              "width", "height", "start", "type", "scope", "cite"}
DROP_TAGS = {"script", "style", "noscript", "iframe", "svg", "video", "audio", "object", "embed",
             "button", "input", "select", "textarea", "link", "meta", "template"}
ATOMIC = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "figure",
          "blockquote", "hr"}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "center", "details", "figcaption",
              "nav", "form", "body", "picture", "fieldset", "li", "dd", "dt", "tbody", "tr", "td",
              "summary", "address", "hgroup", "menu", "dialog", "legend"}


@dataclass
class Art:
    slug: str
    title: str
    byline: str | None
    site: str
    date: str | None
    lang: str
    blocks: list[str]          # top-level blocks of the story, as HTML
    paras: list[str]           # texts of its paragraphs (for cards)

    @property
    def text(self) -> str:
        return frag_text("".join(self.blocks))

    @property
    def n_words(self) -> int:
        return len(words(self.text))


def _clean(el) -> None:
    for bad in [e for e in el.iter() if isinstance(e.tag, str) and e.tag in DROP_TAGS and e is not el]:
        bad.drop_tree()  # keeps the text after it
    for e in el.iter():
        if not isinstance(e.tag, str):
            continue
        for k in list(e.attrib):
            if k not in KEEP_ATTRS:
                del e.attrib[k]
        if e.tag == "h1" and e is not el:
            e.tag = "h2"


def _has_block(el) -> bool:
    return any(isinstance(d.tag, str) and (d.tag in ATOMIC or d.tag in CONTAINERS)
               for d in el.iterdescendants())


def flatten(root) -> list[str]:
    """Top-level story blocks: wrappers unwrapped, inline runs gathered into <p>."""
    blocks: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        html = "".join(inline).strip()
        inline.clear()
        if html and (norm(frag_text(html)) or "<img" in html):
            blocks.append(f"<p>{html}</p>")

    def add_text(text: str | None) -> None:
        if text and text.strip():
            inline.append(esc(text))
        elif text and inline:
            inline.append(" ")

    def visit(el) -> None:
        add_text(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                add_text(child.tail)
                continue
            tag = child.tag
            if tag in DROP_TAGS:
                pass
            elif tag in ATOMIC and not (tag in ("p", "h2", "h3", "h4", "h5", "h6") and _has_block(child)):
                flush()
                c = copy.deepcopy(child)
                c.tail = None
                if tag == "h1":
                    c.tag = "h2"
                _clean(c)
                if norm(node_text(c)) or c.findall(".//img") or tag == "hr":
                    if tag != "hr":
                        blocks.append(lxml.html.tostring(c, encoding="unicode", with_tail=False))
            elif tag in CONTAINERS or _has_block(child):
                if _has_block(child):
                    flush()
                    visit(child)
                    flush()
                else:
                    flush()
                    c = copy.deepcopy(child)
                    c.tail = None
                    _clean(c)
                    inner = (esc(c.text) if c.text else "") + "".join(
                        lxml.html.tostring(k, encoding="unicode") for k in c)
                    inline.append(inner)
                    flush()
            else:
                c = copy.deepcopy(child)
                c.tail = None
                _clean(c)
                inline.append(lxml.html.tostring(c, encoding="unicode", with_tail=False))
            add_text(child.tail)

    visit(root)
    flush()
    return blocks


_ART_CACHE: dict[str, Art] = {}


def load_article(slug: str) -> Art:
    if slug in _ART_CACHE:
        return _ART_CACHE[slug]
    ref = (SEEDS / slug / "reference.html").read_text(encoding="utf-8")
    meta = json.loads((SEEDS / slug / "reference-metadata.json").read_text(encoding="utf-8"))
    title, byline, site, date = META[slug]
    root = lxml.html.fragment_fromstring(ref, create_parent="div")
    blocks = flatten(root)
    # a leading heading that repeats the headline is the page's h1, not story content
    while blocks and re.match(r"<h[1-6]", blocks[0]) and norm(frag_text(blocks[0])) == norm(title):
        blocks.pop(0)
    paras = []
    for b in blocks:
        if b.startswith("<p"):
            t = frag_text(b)
            if len(words(t)) >= 12:
                paras.append(t)
    lang = LANG.get(slug) or (meta.get("lang") or "en")[:2]
    art = Art(slug, title, byline, site, date, lang, blocks, paras)
    _ART_CACHE[slug] = art
    return art


SENT_RE = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


def sentences(text: str) -> list[str]:
    return [t.strip() for t in SENT_RE.split(text) if t.strip()]


def first_words(text: str, n: int) -> str:
    """Whole sentences from the start of ``text`` up to about ``n`` words (cut with … if the
    first sentence alone is far longer)."""
    out = ""
    for sent in sentences(text):
        joined = out + sent if re.match(f"[{UNSPACED}]", sent[:1]) else (out + " " + sent).strip()
        if out and len(words(joined)) > 3 * n:
            break
        out = joined
        if len(words(out)) >= n:
            break
    if len(words(out)) <= 3 * n:
        return out
    if re.search(f"[{UNSPACED}]", out):
        return out[:2 * n] + "…"
    return " ".join(out.split()[:n]) + " …"


def cut_blocks(blocks: list[str], budget: int) -> list[str]:
    """Blocks from the start until about ``budget`` words (whole blocks, at least two)."""
    out, n = [], 0
    for b in blocks:
        if n >= budget and len(out) >= 2:
            break
        out.append(b)
        n += len(words(frag_text(b)))
    # do not end on a heading
    while len(out) > 1 and re.match(r"<h[1-6]", out[-1]):
        out.pop()
    return out


# --------------------------------------------------------------------------- class names

UTIL = ["flex", "grid", "block", "inline-flex", "items-center", "justify-between", "gap-2", "gap-4",
        "mt-2", "mt-4", "mt-8", "mb-3", "mb-6", "px-2", "px-4", "py-1", "py-3", "text-sm", "text-base",
        "text-lg", "text-xl", "font-bold", "font-medium", "leading-7", "leading-snug", "max-w-prose",
        "mx-auto", "rounded", "rounded-lg", "bg-white", "bg-gray-50", "border-b", "border-gray-200",
        "w-full", "md:w-2/3", "lg:w-1/4", "space-y-4", "tracking-tight", "text-gray-600",
        "dark:text-gray-200", "shadow-sm", "overflow-x-auto", "md:flex-row", "col-span-8",
        "lg:col-span-4", "prose", "prose-lg", "uppercase", "truncate", "line-clamp-3"]
NEUTRAL = ["c4", "box", "unit", "wrap", "blk", "part", "row", "col", "cell", "item", "el", "mod", "zone"]
SYN = {
    "site": ["site", "masthead", "global", "app", "layout"],
    "story": ["article", "story", "post", "entry", "content", "news"],
    "card": ["card", "tile", "teaser", "item", "feed-item", "stream-item"],
    "feed": ["feed", "stream", "river", "more", "list", "recirc"],
    "widget": ["widget", "module", "promo", "box", "panel", "block"],
    "comment": ["comments", "discussion", "talk", "replies", "community"],
    "side": ["sidebar", "rail", "aside", "column", "secondary"],
}
PART = {
    "title": ["title", "headline", "hed", "heading"], "body": ["body", "content", "text", "copy"],
    "text": ["text", "summary", "excerpt", "desc"], "meta": ["meta", "info", "details"],
    "wrap": ["wrapper", "container", "inner", "outer"], "list": ["list", "items", "grid"],
    "item": ["item", "entry", "element"], "img": ["image", "media", "thumb", "picture"],
}
SCHEMES = ["hash", "bem", "util", "none", "neutral", "module"]


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


class Namer:
    """Class names per role: each page mixes a few naming schemes; one role, one name."""

    def __init__(self, rng: random.Random, schemes: list[str]):
        self.rng = rng
        self.schemes = schemes
        self.hash_style = rng.choice(["x", "under", "sc", "css", "jsx"])
        self.blocks = {g: rng.choice(v) for g, v in SYN.items()}
        self.memo: dict[str, str | None] = {}
        self.used: list[str] = []

    def hashed(self) -> str:
        r, s = self.rng, self.hash_style
        if s == "x":
            return "x" + _rand(r, "0123456789abcdef", r.choice([4, 5]))
        if s == "under":
            return "_" + _rand(r, string.ascii_lowercase + string.digits, 5)
        if s == "sc":
            return "sc-" + _rand(r, string.ascii_letters, 6) + " " + _rand(r, string.ascii_letters, 6)
        if s == "css":
            return "css-" + _rand(r, string.ascii_lowercase + string.digits, 6)
        return "jsx-" + _rand(r, string.digits, 10)

    def __call__(self, role: str) -> str | None:
        if role in self.memo:
            return self.memo[role]
        r = self.rng
        scheme = r.choice(self.schemes)
        group, _, part = role.partition(".")
        part = part or "wrap"
        if scheme == "hash":
            name = self.hashed()
        elif scheme == "bem":
            block = self.blocks.get(group, group)
            elem = r.choice(PART.get(part, [part]))
            name = f"{block}__{elem}"
            if r.random() < 0.2:
                name = f"{name} {name}--{r.choice(['lg', 'compact', 'primary', 'v2', 'dark'])}"
        elif scheme == "util":
            name = " ".join(r.sample(UTIL, r.randint(2, 5)))
        elif scheme == "neutral":
            name = r.choice(NEUTRAL) + (str(r.randint(1, 9)) if r.random() < 0.6 else "")
        elif scheme == "module":
            block = self.blocks.get(group, group).replace("-", " ").title().replace(" ", "")
            elem = r.choice(PART.get(part, [part]))
            name = f"{block}_{elem}__{_rand(r, string.ascii_letters + string.digits, 5)}"
        else:
            name = None
        self.memo[role] = name
        if name:
            self.used.append(name)
        return name


# --------------------------------------------------------------------------- localized widget text

L: dict[str, dict] = {
    "en": dict(
        nav=["World", "Politics", "Business", "Tech", "Science", "Culture", "Sport", "Opinion"],
        home="Home", search="Search", subscribe="Subscribe", signin="Sign in", by="By",
        published="Published", updated="Updated", min_read="{n} min read",
        share="Share this article", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "Email", "Copy link"],
        read_more="Read more:", related="Related Articles", more_from="More from {site}",
        up_next="Up next", next_article="Next article", ad="Advertisement", hashtags="Hashtags",
        topics="Topics", ai_title="Try Our AI Features", ai_intro="Explore what {brand} AI can do for you:",
        ai_items=["Instant summaries of any story in three bullet points",
                  "Ask follow-up questions and get answers with sources",
                  "Listen to articles read aloud in a natural voice"],
        comments="Comments", no_comments="No comments yet...", be_first="Be the first to share what you think.",
        add_comment="Add a comment", post="Post", reply="Reply", like="Like", comment_count="{n} comments",
        login_comment="Log in or create a free account to join the conversation.",
        reactions="How does this story make you feel?", emotions=["Like", "Love", "Haha", "Wow", "Sad", "Angry"],
        app_title="Get the {brand} app",
        app_text="Breaking news alerts, offline reading and a feed that learns what you like. Free on iOS and Android.",
        app_btn="Download now", nl_title="The Morning Briefing",
        nl_text="Start your day with the five stories everyone will be talking about, delivered at 6 a.m. on weekdays.",
        nl_email="Your email address", nl_btn="Sign up",
        nl_fine="You can unsubscribe at any time. By signing up you agree to our privacy policy.",
        gallery="Photo gallery", of="{i} of {n}", prev="Previous", next="Next", photo="Photo: {agency}",
        author_about="About the author",
        bio="{name} is a correspondent for {site}, covering national affairs, business and technology. {first} previously worked for regional newspapers and a wire service.",
        follow="Follow {first}", most_read="Most read", trending="Trending now",
        provider="Story from our partner {partner}", provided_by="Provided by {partner}",
        ago=["3 hours ago", "5 hours ago", "a day ago", "2 days ago", "yesterday", "4 days ago"],
        footer=["About us", "Contact", "Careers", "Privacy policy", "Terms of use", "Cookie settings", "Advertise with us"],
        copyright="© 2026 {site}. All rights reserved.",
        cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in the settings.",
        accept="Accept all", manage="Manage preferences", listen="Listen to this article", save="Save",
        comment_texts=["This is the clearest explanation of the issue I have read so far, thank you.",
                       "I would like to see the full figures before drawing any conclusions here.",
                       "Interesting, but the piece leaves out what happens to ordinary people in all of this.",
                       "Shared this with my whole family, we were discussing it at dinner last night."],
        tweets=["Huge turnout at the hearing this morning. The room was full an hour before it started and people are still queuing outside.",
                "Our full thread on what changed overnight, and what it means for you, is pinned at the top of the profile."],
        captions=["Scenes from the week, as seen by our photographers", "Readers sent us their pictures"],
        latest="Latest", live="Live", loading="Loading the next story…", all_rights="All rights reserved",
        months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        date_fmt="{mon} {d}, {y}", tagline="Independent news since 1998", tags=["#Politics", "#World", "#Economy", "#BreakingNews", "#Analysis", "#Tech"],
        comments_closed="Comments on this story are moderated. Please read our community guidelines.",
    ),
    "fr": dict(
        nav=["International", "Politique", "Économie", "Tech", "Sciences", "Culture", "Sport", "Idées"],
        home="Accueil", search="Rechercher", subscribe="S'abonner", signin="Se connecter", by="Par",
        published="Publié le", updated="Mis à jour le", min_read="Lecture {n} min",
        share="Partager cet article", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "E-mail", "Copier le lien"],
        read_more="Lire aussi :", related="Articles liés", more_from="Plus de {site}",
        up_next="À suivre", next_article="Article suivant", ad="Publicité", hashtags="Mots-dièse",
        topics="Sujets", ai_title="Essayez nos fonctions IA", ai_intro="Découvrez ce que l'IA de {brand} peut faire pour vous :",
        ai_items=["Des résumés instantanés de chaque article en trois points",
                  "Posez vos questions et obtenez des réponses sourcées",
                  "Écoutez les articles lus à voix haute"],
        comments="Commentaires", no_comments="Aucun commentaire pour le moment...", be_first="Soyez le premier à réagir.",
        add_comment="Ajouter un commentaire", post="Publier", reply="Répondre", like="J'aime", comment_count="{n} commentaires",
        login_comment="Connectez-vous ou créez un compte gratuit pour participer à la discussion.",
        reactions="Que vous inspire cet article ?", emotions=["J'aime", "J'adore", "Drôle", "Surpris", "Triste", "En colère"],
        app_title="Téléchargez l'application {brand}",
        app_text="Alertes en direct, lecture hors ligne et un fil qui apprend vos goûts. Gratuit sur iOS et Android.",
        app_btn="Télécharger", nl_title="La Matinale",
        nl_text="Commencez la journée avec les cinq informations dont tout le monde parlera, chaque matin à 6 heures.",
        nl_email="Votre adresse e-mail", nl_btn="Je m'inscris",
        nl_fine="Vous pouvez vous désinscrire à tout moment. Voir notre politique de confidentialité.",
        gallery="Diaporama", of="{i} sur {n}", prev="Précédent", next="Suivant", photo="Photo : {agency}",
        author_about="À propos de l'auteur",
        bio="{name} est journaliste à {site}, où {first} suit la politique intérieure, l'économie et le numérique après des années en presse régionale.",
        follow="Suivre {first}", most_read="Les plus lus", trending="Tendances",
        provider="Article de notre partenaire {partner}", provided_by="Fourni par {partner}",
        ago=["il y a 3 heures", "il y a 5 heures", "il y a un jour", "il y a 2 jours", "hier", "il y a 4 jours"],
        footer=["Qui sommes-nous", "Contact", "Recrutement", "Confidentialité", "Conditions d'utilisation", "Gestion des cookies", "Publicité"],
        copyright="© 2026 {site}. Tous droits réservés.",
        cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
        accept="Tout accepter", manage="Paramétrer", listen="Écouter cet article", save="Sauvegarder",
        comment_texts=["Merci pour cet article très clair, enfin quelqu'un qui explique les choses simplement.",
                       "Il manque quand même les chiffres officiels pour se faire une idée juste.",
                       "Je ne suis pas d'accord avec la conclusion, mais le reportage est solide."],
        tweets=["Salle comble ce matin pour l'audition, la file d'attente s'étend jusque dans la rue.",
                "Notre fil complet sur ce qui a changé cette nuit est épinglé en haut du profil."],
        captions=["La semaine vue par nos photographes", "Vos photos de la semaine"],
        latest="En continu", live="Direct", loading="Chargement de l'article suivant…", all_rights="Tous droits réservés",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        date_fmt="{d} {mon} {y}", tagline="L'information en continu", tags=["#Politique", "#Monde", "#Économie", "#Direct", "#Analyse"],
        comments_closed="Les commentaires sont modérés. Merci de respecter notre charte.",
    ),
    "de": dict(
        nav=["Politik", "Wirtschaft", "Digital", "Wissen", "Kultur", "Sport", "Meinung", "Panorama"],
        home="Startseite", search="Suche", subscribe="Abonnieren", signin="Anmelden", by="Von",
        published="Veröffentlicht am", updated="Aktualisiert am", min_read="{n} Min. Lesezeit",
        share="Artikel teilen", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "E-Mail", "Link kopieren"],
        read_more="Mehr zum Thema:", related="Das könnte Sie auch interessieren", more_from="Mehr von {site}",
        up_next="Als Nächstes", next_article="Nächster Artikel", ad="Anzeige", hashtags="Hashtags",
        topics="Themen", ai_title="Testen Sie unsere KI-Funktionen", ai_intro="Entdecken Sie, was die KI von {brand} für Sie tun kann:",
        ai_items=["Jeder Artikel in drei Stichpunkten zusammengefasst",
                  "Stellen Sie Fragen und erhalten Sie Antworten mit Quellen",
                  "Lassen Sie sich Artikel vorlesen"],
        comments="Kommentare", no_comments="Noch keine Kommentare...", be_first="Schreiben Sie den ersten Kommentar.",
        add_comment="Kommentar schreiben", post="Senden", reply="Antworten", like="Gefällt mir", comment_count="{n} Kommentare",
        login_comment="Melden Sie sich an oder registrieren Sie sich kostenlos, um mitzudiskutieren.",
        reactions="Wie finden Sie diesen Artikel?", emotions=["Gefällt mir", "Super", "Lustig", "Wow", "Traurig", "Wütend"],
        app_title="Die {brand}-App herunterladen",
        app_text="Eilmeldungen, Offline-Lesen und ein Feed, der Ihre Interessen kennt. Kostenlos für iOS und Android.",
        app_btn="Jetzt laden", nl_title="Der Morgen-Newsletter",
        nl_text="Die fünf wichtigsten Nachrichten des Tages, werktags um 6 Uhr in Ihrem Postfach.",
        nl_email="Ihre E-Mail-Adresse", nl_btn="Anmelden",
        nl_fine="Sie können sich jederzeit abmelden. Hinweise zum Datenschutz finden Sie in unserer Datenschutzerklärung.",
        gallery="Bildergalerie", of="Bild {i} von {n}", prev="Zurück", next="Weiter", photo="Foto: {agency}",
        author_about="Über den Autor",
        bio="{name} ist Redakteur bei {site} und schreibt über Innenpolitik, Wirtschaft und Digitales. Zuvor arbeitete {first} für eine Nachrichtenagentur.",
        follow="{first} folgen", most_read="Meistgelesen", trending="Gerade beliebt",
        provider="Ein Artikel unseres Partners {partner}", provided_by="Bereitgestellt von {partner}",
        ago=["vor 3 Stunden", "vor 5 Stunden", "vor einem Tag", "vor 2 Tagen", "gestern", "vor 4 Tagen"],
        footer=["Über uns", "Kontakt", "Karriere", "Datenschutz", "Impressum", "Cookie-Einstellungen", "Werben"],
        copyright="© 2026 {site}. Alle Rechte vorbehalten.",
        cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        accept="Alle akzeptieren", manage="Einstellungen", listen="Artikel anhören", save="Merken",
        comment_texts=["Endlich ein Artikel, der das Thema verständlich erklärt. Danke dafür.",
                       "Mir fehlen hier die konkreten Zahlen, um das wirklich beurteilen zu können.",
                       "Guter Beitrag, auch wenn ich die Schlussfolgerung nicht ganz teile."],
        tweets=["Voller Saal heute Morgen bei der Anhörung, draußen stehen die Leute immer noch Schlange.",
                "Unser ganzer Thread zu den Ereignissen der Nacht ist oben im Profil angeheftet."],
        captions=["Die Woche in Bildern", "Leserfotos der Woche"],
        latest="Neueste", live="Live", loading="Nächster Artikel wird geladen…", all_rights="Alle Rechte vorbehalten",
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        date_fmt="{d}. {mon} {y}", tagline="Nachrichten aus aller Welt", tags=["#Politik", "#Wirtschaft", "#Digital", "#Eilmeldung", "#Analyse"],
        comments_closed="Kommentare werden moderiert. Bitte beachten Sie unsere Netiquette.",
    ),
    "es": dict(
        nav=["Internacional", "Política", "Economía", "Tecnología", "Ciencia", "Cultura", "Deportes", "Opinión"],
        home="Inicio", search="Buscar", subscribe="Suscríbete", signin="Iniciar sesión", by="Por",
        published="Publicado el", updated="Actualizado el", min_read="{n} min de lectura",
        share="Compartir este artículo", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "Correo", "Copiar enlace"],
        read_more="Lee también:", related="Te puede interesar", more_from="Más de {site}",
        up_next="A continuación", next_article="Siguiente artículo", ad="Publicidad", hashtags="Etiquetas",
        topics="Temas", ai_title="Prueba nuestras funciones de IA", ai_intro="Descubre lo que la IA de {brand} puede hacer por ti:",
        ai_items=["Resúmenes instantáneos de cada noticia en tres puntos",
                  "Haz preguntas y recibe respuestas con fuentes",
                  "Escucha los artículos leídos en voz alta"],
        comments="Comentarios", no_comments="Todavía no hay comentarios...", be_first="Sé el primero en opinar.",
        add_comment="Escribe un comentario", post="Publicar", reply="Responder", like="Me gusta", comment_count="{n} comentarios",
        login_comment="Inicia sesión o crea una cuenta gratuita para participar en la conversación.",
        reactions="¿Qué te ha parecido esta noticia?", emotions=["Me gusta", "Me encanta", "Me divierte", "Me asombra", "Me entristece", "Me enfada"],
        app_title="Descarga la app de {brand}",
        app_text="Alertas de última hora, lectura sin conexión y un feed que aprende lo que te gusta. Gratis en iOS y Android.",
        app_btn="Descargar", nl_title="El Boletín de la Mañana",
        nl_text="Empieza el día con las cinco noticias de las que todos hablarán, cada mañana a las 6.",
        nl_email="Tu correo electrónico", nl_btn="Suscribirme",
        nl_fine="Puedes darte de baja en cualquier momento. Consulta nuestra política de privacidad.",
        gallery="Galería de fotos", of="{i} de {n}", prev="Anterior", next="Siguiente", photo="Foto: {agency}",
        author_about="Sobre el autor",
        bio="{name} es redactor de {site}, donde cubre política nacional, economía y tecnología. Antes trabajó en una agencia de noticias.",
        follow="Seguir a {first}", most_read="Lo más leído", trending="Tendencias",
        provider="Noticia de nuestro socio {partner}", provided_by="Ofrecido por {partner}",
        ago=["hace 3 horas", "hace 5 horas", "hace un día", "hace 2 días", "ayer", "hace 4 días"],
        footer=["Quiénes somos", "Contacto", "Trabaja con nosotros", "Privacidad", "Aviso legal", "Configuración de cookies", "Publicidad"],
        copyright="© 2026 {site}. Todos los derechos reservados.",
        cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puedes cambiar tu elección en cualquier momento.",
        accept="Aceptar todo", manage="Configurar", listen="Escuchar este artículo", save="Guardar",
        comment_texts=["Muy buen artículo, por fin alguien lo explica con claridad.",
                       "Faltan los datos oficiales para poder opinar con fundamento.",
                       "No comparto la conclusión, pero el trabajo de reportaje es excelente."],
        tweets=["Sala llena esta mañana para la audiencia; la fila de gente llega hasta la calle.",
                "Nuestro hilo completo sobre lo ocurrido esta noche está fijado en el perfil."],
        captions=["La semana en imágenes", "Las fotos de nuestros lectores"],
        latest="Última hora", live="En directo", loading="Cargando la siguiente noticia…", all_rights="Todos los derechos reservados",
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        date_fmt="{d} de {mon} de {y}", tagline="Noticias de hoy", tags=["#Política", "#Mundo", "#Economía", "#ÚltimaHora", "#Análisis"],
        comments_closed="Los comentarios están moderados. Consulta nuestras normas de participación.",
    ),
    "it": dict(
        nav=["Esteri", "Politica", "Economia", "Tecnologia", "Scienze", "Cultura", "Sport", "Opinioni"],
        home="Home", search="Cerca", subscribe="Abbonati", signin="Accedi", by="Di",
        published="Pubblicato il", updated="Aggiornato il", min_read="Lettura {n} min",
        share="Condividi l'articolo", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "Email", "Copia link"],
        read_more="Leggi anche:", related="Articoli correlati", more_from="Altro da {site}",
        up_next="Prossimo articolo", next_article="Articolo successivo", ad="Pubblicità", hashtags="Hashtag",
        topics="Argomenti", ai_title="Prova le nostre funzioni di IA", ai_intro="Scopri cosa può fare per te l'IA di {brand}:",
        ai_items=["Riassunti immediati di ogni notizia in tre punti",
                  "Fai domande e ricevi risposte con le fonti",
                  "Ascolta gli articoli letti ad alta voce"],
        comments="Commenti", no_comments="Ancora nessun commento...", be_first="Scrivi tu il primo commento.",
        add_comment="Aggiungi un commento", post="Invia", reply="Rispondi", like="Mi piace", comment_count="{n} commenti",
        login_comment="Accedi o registrati gratuitamente per partecipare alla discussione.",
        reactions="Come ti fa sentire questa notizia?", emotions=["Mi piace", "Adoro", "Divertente", "Sorpreso", "Triste", "Arrabbiato"],
        app_title="Scarica l'app di {brand}",
        app_text="Notizie in tempo reale, lettura offline e un feed che impara i tuoi gusti. Gratis su iOS e Android.",
        app_btn="Scarica ora", nl_title="Il Buongiorno",
        nl_text="Inizia la giornata con le cinque notizie di cui parleranno tutti, ogni mattina alle 6.",
        nl_email="Il tuo indirizzo email", nl_btn="Iscriviti",
        nl_fine="Puoi cancellarti in qualsiasi momento. Leggi l'informativa sulla privacy.",
        gallery="Fotogallery", of="{i} di {n}", prev="Precedente", next="Successiva", photo="Foto: {agency}",
        author_about="L'autore",
        bio="{name} è giornalista di {site}, dove si occupa di politica interna, economia e tecnologia. In passato ha lavorato per un'agenzia di stampa.",
        follow="Segui {first}", most_read="I più letti", trending="Di tendenza",
        provider="Notizia del nostro partner {partner}", provided_by="Fornito da {partner}",
        ago=["3 ore fa", "5 ore fa", "un giorno fa", "2 giorni fa", "ieri", "4 giorni fa"],
        footer=["Chi siamo", "Contatti", "Lavora con noi", "Privacy", "Note legali", "Preferenze cookie", "Pubblicità"],
        copyright="© 2026 {site}. Tutti i diritti riservati.",
        cookie="Utilizziamo cookie tecnici e di profilazione per personalizzare contenuti e annunci e per analizzare il traffico. Puoi modificare le tue scelte in qualsiasi momento.",
        accept="Accetta tutto", manage="Personalizza", listen="Ascolta l'articolo", save="Salva",
        comment_texts=["Articolo chiarissimo, finalmente qualcuno che spiega le cose come stanno.",
                       "Mancano i dati ufficiali per farsi un'idea precisa della situazione.",
                       "Non sono d'accordo con la conclusione, ma il servizio è fatto molto bene."],
        tweets=["Sala piena stamattina per l'audizione, la coda arriva fino in strada.",
                "Il nostro thread completo su cosa è cambiato stanotte è fissato in cima al profilo."],
        captions=["La settimana in immagini", "Le foto dei lettori"],
        latest="Ultim'ora", live="Diretta", loading="Caricamento del prossimo articolo…", all_rights="Tutti i diritti riservati",
        months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        date_fmt="{d} {mon} {y}", tagline="Le notizie di oggi", tags=["#Politica", "#Esteri", "#Economia", "#Ultimora", "#Analisi"],
        comments_closed="I commenti sono moderati. Leggi le regole della community.",
    ),
    "nl": dict(
        nav=["Buitenland", "Politiek", "Economie", "Tech", "Wetenschap", "Cultuur", "Sport", "Opinie"],
        home="Home", search="Zoeken", subscribe="Abonneren", signin="Inloggen", by="Door",
        published="Gepubliceerd op", updated="Bijgewerkt op", min_read="{n} min leestijd",
        share="Deel dit artikel", share_items=["Facebook", "X", "LinkedIn", "WhatsApp", "E-mail", "Link kopiëren"],
        read_more="Lees ook:", related="Gerelateerde artikelen", more_from="Meer van {site}",
        up_next="Hierna", next_article="Volgend artikel", ad="Advertentie", hashtags="Hashtags",
        topics="Onderwerpen", ai_title="Probeer onze AI-functies", ai_intro="Ontdek wat de AI van {brand} voor je kan doen:",
        ai_items=["Elk artikel direct samengevat in drie punten",
                  "Stel vragen en krijg antwoorden met bronnen",
                  "Laat artikelen voorlezen"],
        comments="Reacties", no_comments="Nog geen reacties...", be_first="Plaats als eerste een reactie.",
        add_comment="Schrijf een reactie", post="Plaatsen", reply="Beantwoorden", like="Vind ik leuk", comment_count="{n} reacties",
        login_comment="Log in of maak gratis een account aan om mee te praten.",
        reactions="Wat vind je van dit artikel?", emotions=["Leuk", "Geweldig", "Grappig", "Verrast", "Verdrietig", "Boos"],
        app_title="Download de {brand}-app",
        app_text="Pushberichten bij groot nieuws, offline lezen en een feed die leert wat je leuk vindt. Gratis voor iOS en Android.",
        app_btn="Nu downloaden", nl_title="De Ochtendbrief",
        nl_text="Begin de dag met de vijf verhalen waar iedereen het over heeft, elke werkdag om 6 uur.",
        nl_email="Je e-mailadres", nl_btn="Aanmelden",
        nl_fine="Je kunt je altijd weer afmelden. Lees ons privacybeleid.",
        gallery="Fotoserie", of="{i} van {n}", prev="Vorige", next="Volgende", photo="Foto: {agency}",
        author_about="Over de auteur",
        bio="{name} is verslaggever bij {site} en schrijft over politiek, economie en technologie. Eerder werkte {first} bij een persbureau.",
        follow="Volg {first}", most_read="Meest gelezen", trending="Populair",
        provider="Artikel van onze partner {partner}", provided_by="Aangeboden door {partner}",
        ago=["3 uur geleden", "5 uur geleden", "een dag geleden", "2 dagen geleden", "gisteren", "4 dagen geleden"],
        footer=["Over ons", "Contact", "Vacatures", "Privacy", "Gebruiksvoorwaarden", "Cookie-instellingen", "Adverteren"],
        copyright="© 2026 {site}. Alle rechten voorbehouden.",
        cookie="Wij gebruiken cookies om content en advertenties te personaliseren en ons verkeer te analyseren. Je kunt je keuze altijd aanpassen.",
        accept="Alles accepteren", manage="Instellingen", listen="Luister naar dit artikel", save="Bewaren",
        comment_texts=["Eindelijk een stuk dat het helder uitlegt, dank daarvoor.",
                       "Ik mis de officiële cijfers om er echt iets van te kunnen vinden.",
                       "Niet eens met de conclusie, maar wel goed uitgezocht."],
        tweets=["Volle zaal vanochtend bij de hoorzitting, buiten staat nog steeds een lange rij.",
                "Onze complete draad over wat er vannacht veranderde staat bovenaan het profiel."],
        captions=["De week in beeld", "Foto's van lezers"],
        latest="Net binnen", live="Live", loading="Volgend artikel laden…", all_rights="Alle rechten voorbehouden",
        months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        date_fmt="{d} {mon} {y}", tagline="Nieuws en achtergronden", tags=["#Politiek", "#Buitenland", "#Economie", "#Breaking", "#Analyse"],
        comments_closed="Reacties worden gemodereerd. Lees onze huisregels.",
    ),
    "ja": dict(
        nav=["国際", "政治", "経済", "テクノロジー", "科学", "文化", "スポーツ", "オピニオン"],
        home="ホーム", search="検索", subscribe="購読する", signin="ログイン", by="文：",
        published="公開", updated="更新", min_read="{n}分で読めます",
        share="この記事をシェア", share_items=["Facebook", "X", "LINE", "はてなブックマーク", "メール", "リンクをコピー"],
        read_more="あわせて読みたい：", related="関連記事", more_from="{site}の記事をもっと見る",
        up_next="次の記事", next_article="次の記事へ", ad="広告", hashtags="ハッシュタグ",
        topics="トピック", ai_title="AI機能を試す", ai_intro="{brand} AIでできること：",
        ai_items=["記事を3行で要約", "ニュースについて質問すると出典付きで回答", "記事を音声で読み上げ"],
        comments="コメント", no_comments="まだコメントはありません...", be_first="最初のコメントを投稿しましょう。",
        add_comment="コメントを書く", post="投稿", reply="返信", like="いいね", comment_count="コメント{n}件",
        login_comment="コメントするにはログインまたは無料会員登録が必要です。",
        reactions="この記事をどう思いましたか？", emotions=["いいね", "すごい", "なるほど", "びっくり", "かなしい", "こまった"],
        app_title="{brand}アプリをダウンロード",
        app_text="速報の通知、オフライン閲覧、あなた好みのニュースフィード。iOSとAndroidで無料。",
        app_btn="今すぐダウンロード", nl_title="朝のニュースレター",
        nl_text="今日話題になる5本のニュースを、平日の朝6時にお届けします。",
        nl_email="メールアドレス", nl_btn="登録する",
        nl_fine="配信はいつでも停止できます。プライバシーポリシーをご確認ください。",
        gallery="フォトギャラリー", of="{i} / {n}", prev="前へ", next="次へ", photo="写真：{agency}",
        author_about="著者について",
        bio="{name}は{site}の記者。政治、経済、テクノロジーを担当。以前は通信社で勤務していた。",
        follow="{first}をフォロー", most_read="よく読まれている記事", trending="話題のニュース",
        provider="提供：{partner}", provided_by="配信元：{partner}",
        ago=["3時間前", "5時間前", "1日前", "2日前", "昨日", "4日前"],
        footer=["会社概要", "お問い合わせ", "採用情報", "プライバシーポリシー", "利用規約", "クッキー設定", "広告掲載"],
        copyright="© 2026 {site} 無断転載を禁じます。",
        cookie="当サイトではコンテンツや広告のパーソナライズ、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
        accept="すべて許可", manage="設定を変更", listen="記事を聞く", save="保存",
        comment_texts=["とても分かりやすい記事でした。ありがとうございます。",
                       "公式の数字がないと判断できないと思います。",
                       "結論には賛成できませんが、取材はしっかりしていますね。"],
        tweets=["今朝の公聴会は開始1時間前から満席。外にはまだ長い列ができています。",
                "昨夜から変わったことをまとめたスレッドをプロフィールに固定しました。"],
        captions=["今週の写真", "読者から届いた写真"],
        latest="新着", live="ライブ", loading="次の記事を読み込んでいます…", all_rights="無断転載を禁じます",
        months=[f"{i}月" for i in range(1, 13)],
        date_fmt="{y}年{mon}{d}日", tagline="ニュースをいち早く", tags=["#政治", "#国際", "#経済", "#速報", "#解説"],
        comments_closed="コメントは承認制です。投稿ガイドラインをご確認ください。",
    ),
    "zh": dict(
        nav=["国际", "时政", "财经", "科技", "科学", "文化", "体育", "评论"],
        home="首页", search="搜索", subscribe="订阅", signin="登录", by="作者：",
        published="发布时间", updated="更新时间", min_read="阅读约{n}分钟",
        share="分享本文", share_items=["微信", "微博", "QQ空间", "复制链接"],
        read_more="延伸阅读：", related="相关阅读", more_from="更多{site}新闻",
        up_next="下一篇", next_article="继续阅读下一篇", ad="广告", hashtags="话题标签",
        topics="专题", ai_title="体验我们的AI功能", ai_intro="看看{brand} AI能为你做什么：",
        ai_items=["三句话看懂每篇新闻", "就新闻内容提问并获得带来源的回答", "语音朗读文章"],
        comments="评论", no_comments="暂无评论...", be_first="快来发表第一条评论吧。",
        add_comment="写评论", post="发表", reply="回复", like="点赞", comment_count="{n}条评论",
        login_comment="登录或免费注册后即可参与讨论。",
        reactions="你对这篇新闻的感受是？", emotions=["赞", "喜欢", "有趣", "惊讶", "难过", "愤怒"],
        app_title="下载{brand}客户端",
        app_text="突发新闻推送、离线阅读和懂你的个性化推荐，iOS与安卓免费下载。",
        app_btn="立即下载", nl_title="早间简报",
        nl_text="每个工作日早上六点，把当天最受关注的五条新闻送到你的邮箱。",
        nl_email="电子邮箱", nl_btn="订阅",
        nl_fine="你可以随时退订。详情请查看隐私政策。",
        gallery="图集", of="{i}/{n}", prev="上一张", next="下一张", photo="图片来源：{agency}",
        author_about="关于作者",
        bio="{name}，{site}记者，长期关注时政、经济与科技领域报道，此前曾在通讯社工作多年。",
        follow="关注{first}", most_read="热门文章", trending="热搜",
        provider="本文来源：{partner}", provided_by="稿件来源：{partner}",
        ago=["3小时前", "5小时前", "1天前", "2天前", "昨天", "4天前"],
        footer=["关于我们", "联系我们", "加入我们", "隐私政策", "用户协议", "Cookie设置", "广告服务"],
        copyright="© 2026 {site} 版权所有",
        cookie="我们使用Cookie来个性化内容和广告并分析网站流量。你可以随时在设置中更改选择。",
        accept="全部接受", manage="管理设置", listen="收听本文", save="收藏",
        comment_texts=["写得很清楚，终于看明白了，感谢。", "希望能看到官方的完整数据再下结论。", "不太同意结论，但报道本身很扎实。"],
        tweets=["今天上午听证会现场座无虚席，门外仍排着长队。", "关于昨夜变化的完整梳理已置顶在主页。"],
        captions=["一周图片精选", "读者投稿照片"],
        latest="最新", live="直播", loading="正在加载下一篇…", all_rights="版权所有",
        months=[f"{i}月" for i in range(1, 13)],
        date_fmt="{y}年{mon}{d}日", tagline="权威新闻 及时发布", tags=["#时政", "#国际", "#财经", "#快讯", "#深度"],
        comments_closed="评论经审核后显示，请遵守社区规范。",
    ),
}

PEOPLE = ["Maria Lindqvist", "Tomasz Nowak", "Aisha Rahman", "Daniel Okafor", "Sophie Marchand", "Kenji Watanabe",
          "Lucía Ferrer", "Pieter de Vries", "Giulia Romano", "Hannah Becker", "Rafael Costa", "Mei Lin",
          "Oliver Grant", "Nadia Haddad", "Jonas Weber", "Claire Dubois", "Samuel Reyes", "Yuki Sato"]
COMMENTERS = ["jdub_77", "Marguerite L.", "riverside_reader", "K. Holm", "northwind", "Ana P.", "old_hack",
              "tomatoes4all", "B. Okonkwo", "quietcorner", "Luis M.", "sunday_paper"]
AGENCIES = ["AFP", "Reuters", "AP", "dpa", "EFE", "ANSA", "ANP", "Kyodo", "Xinhua", "Getty Images"]
SITE_WORDS = ["Meridian", "Harbor", "Northgate", "Daily", "Beacon", "Civic", "Lantern", "Summit", "Courier",
              "Ledger", "Orbit", "Signal", "Pioneer", "Atlas", "Compass", "Keystone", "Tribune", "Herald"]
SITE_SUFFIX = ["Post", "News", "Today", "Times", "Wire", "Report", "Dispatch", "Journal", "Review", "Now"]
TLDS = ["com", "net", "news", "co.uk", "fr", "de", "es", "it", "nl", "jp", "cn", "io", "org"]
LOC_TLD = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "ja": "jp", "zh": "cn"}


# --------------------------------------------------------------------------- page context

@dataclass
class Ctx:
    rng: random.Random
    nm: Namer
    loc: dict
    lang: str
    site: str
    domain: str
    clutter: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)

    def c(self, role: str) -> str:
        name = self.nm(role)
        return f' class="{esc(name)}"' if name else ""

    def add(self, fragment: str) -> str:
        """Record ``fragment``'s text as one clutter unit and return the fragment."""
        text = frag_text(fragment)
        if text and text not in self.clutter:
            self.clutter.append(text)
        return fragment

    def img(self, w: int = 640, h: int = 360, alt: str = "") -> str:
        key = _rand(self.rng, "0123456789abcdef", 12)
        return (f'<img src="https://img.{self.domain}/{w}x{h}/{key}.jpg" alt="{esc(alt)}" '
                f'width="{w}" height="{h}" loading="lazy">')

    def date_text(self, iso: str) -> str:
        y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
        return self.loc["date_fmt"].format(y=y, mon=self.loc["months"][m - 1], d=d)

    def href(self, title: str, section: str | None = None) -> str:
        sec = section or slugify(self.rng.choice(L["en"]["nav"]))
        return f"https://www.{self.domain}/{sec}/{slugify(title)}-{self.rng.randint(100000, 999999)}"


def make_site(rng: random.Random, lang: str) -> tuple[str, str]:
    a, b = rng.sample(SITE_WORDS, 2)
    name = f"{a} {rng.choice(SITE_SUFFIX)}" if rng.random() < 0.6 else f"The {a} {b}"
    tld = LOC_TLD.get(lang) if rng.random() < 0.7 and lang in LOC_TLD else rng.choice(TLDS[:4])
    return name, f"{slugify(name).replace('-', '').removeprefix('the')}.{tld}"


def made_up_date(rng: random.Random) -> str:
    return f"2026-11-{rng.randint(20, 28):02d}T{rng.randint(5, 21):02d}:{rng.randint(0, 59):02d}:00Z"


# --------------------------------------------------------------------------- widgets

def share_bar(x: Ctx) -> str:
    items = x.loc["share_items"]
    links = " ".join(f'<li><a href="#" rel="nofollow">{esc(i)}</a></li>' for i in items)
    return x.add(f'<div{x.c("widget.share")}><span>{esc(x.loc["share"])}</span> <ul>{links}</ul></div>')


def hashtags(x: Ctx, empty: bool = False) -> str:
    tags = [] if empty else x.rng.sample(x.loc["tags"], x.rng.randint(2, 4))
    links = " ".join(f'<a href="/tag/{slugify(t)}">{esc(t)}</a>' for t in tags)
    return x.add(f'<div{x.c("widget.tags")}><h4>{esc(x.loc["hashtags"])}</h4><div>{links}</div></div>')


def ai_promo(x: Ctx, brand: str) -> str:
    items = "".join(f"<li>{esc(i)}</li>" for i in x.loc["ai_items"])
    return x.add(f'<div{x.c("widget.ai")}><h3>{esc(x.loc["ai_title"])}</h3>'
                 f'<p>{esc(x.loc["ai_intro"].format(brand=brand))}</p><ul>{items}</ul></div>')


def reactions(x: Ctx) -> str:
    btns = " ".join(f'<button type="button"><span>{esc(e)}</span> <span>{x.rng.randint(0, 480)}</span></button>'
                    for e in x.loc["emotions"])
    return x.add(f'<div{x.c("widget.reactions")}><p>{esc(x.loc["reactions"])}</p><div>{btns}</div></div>')


def comments_empty(x: Ctx) -> str:
    extra = f'<p>{esc(x.loc["be_first"])}</p>' if x.rng.random() < 0.5 else ""
    return x.add(f'<section{x.c("comment.wrap")}><h3>{esc(x.loc["comments"])}</h3>'
                 f'<p>{esc(x.loc["no_comments"])}</p>{extra}</section>')


def comments_full(x: Ctx) -> str:
    texts = x.rng.sample(x.loc["comment_texts"], min(3, len(x.loc["comment_texts"])))
    items = []
    for t in texts:
        who = x.rng.choice(COMMENTERS)
        items.append(f'<li{x.c("comment.item")}><div{x.c("comment.meta")}><b>{esc(who)}</b> '
                     f'<span>{esc(x.rng.choice(x.loc["ago"]))}</span></div><p>{esc(t)}</p>'
                     f'<div><button>{esc(x.loc["reply"])}</button> <button>{esc(x.loc["like"])} '
                     f'{x.rng.randint(1, 90)}</button></div></li>')
    return x.add(f'<section{x.c("comment.wrap")} id="comments"><h2>{esc(x.loc["comment_count"].format(n=len(texts)))}</h2>'
                 f'<p>{esc(x.loc["comments_closed"])}</p><ol{x.c("comment.list")}>{"".join(items)}</ol>'
                 f'<form><textarea placeholder="{esc(x.loc["add_comment"])}"></textarea>'
                 f'<p>{esc(x.loc["login_comment"])}</p><button>{esc(x.loc["post"])}</button></form></section>')


def app_promo(x: Ctx, brand: str) -> str:
    return x.add(f'<aside{x.c("widget.app")}><h3>{esc(x.loc["app_title"].format(brand=brand))}</h3>'
                 f'<p>{esc(x.loc["app_text"])}</p><a href="https://app.{x.domain}/get">{esc(x.loc["app_btn"])}</a></aside>')


def newsletter(x: Ctx) -> str:
    return x.add(f'<div{x.c("widget.newsletter")}><h3>{esc(x.loc["nl_title"])}</h3><p>{esc(x.loc["nl_text"])}</p>'
                 f'<form action="/newsletter"><input type="email" placeholder="{esc(x.loc["nl_email"])}" '
                 f'aria-label="{esc(x.loc["nl_email"])}"><button type="submit">{esc(x.loc["nl_btn"])}</button></form>'
                 f'<small>{esc(x.loc["nl_fine"])}</small></div>')


def ad_slot(x: Ctx) -> str:
    return x.add(f'<div{x.c("widget.ad")}><span>{esc(x.loc["ad"])}</span>'
                 f'<div id="ad-slot-{x.rng.randint(100, 999)}" style="min-height:250px"></div></div>')


def read_more_line(x: Ctx, title: str) -> str:
    return x.add(f'<p{x.c("story.readmore")}><strong>{esc(x.loc["read_more"])}</strong> '
                 f'<a href="{x.href(title)}">{esc(title)}</a></p>')


def tweet(x: Ctx) -> str:
    t = x.rng.choice(x.loc["tweets"])
    who = x.rng.choice(PEOPLE)
    handle = slugify(who).replace("-", "_")[:14]
    pic = _rand(x.rng, string.ascii_letters + string.digits, 10)
    # Not recorded as clutter: a post the story embeds is quoted by the story (clearpage keeps
    # it as a blockquote, as Readability.js does); it is not in reference.html either, so
    # keeping it costs only precision.
    return (f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{x.lang}" dir="ltr">{esc(t)} '
            f'<a href="https://t.co/{pic}">pic.twitter.com/{pic}</a></p>— {esc(who)} (@{handle}) '
            f'<a href="https://twitter.com/{handle}/status/{x.rng.randint(10**17, 10**18)}">'
            f'{esc(x.date_text("2026-11-27"))}</a></blockquote>')


def gallery(x: Ctx) -> str:
    n = x.rng.randint(6, 18)
    i = x.rng.randint(1, n)
    cap = x.rng.choice(x.loc["captions"])
    agency = x.rng.choice(AGENCIES)
    return x.add(f'<div{x.c("widget.gallery")}><h3>{esc(x.loc["gallery"])}</h3><figure>{x.img(960, 640)}'
                 f'<figcaption>{esc(cap)} <span>{esc(x.loc["photo"].format(agency=agency))}</span></figcaption></figure>'
                 f'<div><button>{esc(x.loc["prev"])}</button> <span>{esc(x.loc["of"].format(i=i, n=n))}</span> '
                 f'<button>{esc(x.loc["next"])}</button></div></div>')


def author_box(x: Ctx, name: str) -> str:
    first = name.split()[0] if " " in name else name
    return x.add(f'<div{x.c("widget.author")}>{x.img(96, 96, name)}<div><h4>{esc(x.loc["author_about"])}</h4>'
                 f'<p>{esc(x.loc["bio"].format(name=name, first=first, site=x.site))}</p>'
                 f'<a href="#">{esc(x.loc["follow"].format(first=first))}</a></div></div>')


def topics_row(x: Ctx) -> str:
    tags = x.rng.sample(x.loc["nav"], 3)
    links = " ".join(f'<a href="/topic/{slugify(t)}">{esc(t)}</a>' for t in tags)
    return x.add(f'<div{x.c("widget.topics")}><span>{esc(x.loc["topics"])}:</span> {links}</div>')


def link_list(x: Ctx, heading: str, titles: list[str], numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    items = "".join(f'<li{x.c("side.item")}><a href="{x.href(t)}">{esc(t)}</a></li>' for t in titles)
    return x.add(f'<section{x.c("side.list")}><h3>{esc(heading)}</h3><{tag}>{items}</{tag}></section>')


def cookie_banner(x: Ctx) -> str:
    return x.add(f'<div{x.c("site.cookie")} role="dialog"><p>{esc(x.loc["cookie"])}</p>'
                 f'<button>{esc(x.loc["accept"])}</button> <button>{esc(x.loc["manage"])}</button></div>')


def site_header(x: Ctx, breadcrumbs: list[str] | None = None) -> str:
    nav = "".join(f'<li><a href="/{slugify(s)}">{esc(s)}</a></li>' for s in x.loc["nav"])
    crumbs = ""
    if breadcrumbs:
        parts = [f'<a href="/">{esc(x.loc["home"])}</a>'] + [f'<a href="/{slugify(b)}">{esc(b)}</a>' for b in breadcrumbs]
        crumbs = f'<nav{x.c("site.crumbs")} aria-label="breadcrumb">' + " › ".join(parts) + "</nav>"
    return (f'<header{x.c("site.header")}><div{x.c("site.logo")}><a href="/">{esc(x.site)}</a> '
            f'<span>{esc(x.loc["tagline"])}</span></div><nav{x.c("site.nav")}><ul>{nav}</ul></nav>'
            f'<div><a href="/search">{esc(x.loc["search"])}</a> <a href="/subscribe">{esc(x.loc["subscribe"])}</a> '
            f'<a href="/login">{esc(x.loc["signin"])}</a></div></header>{crumbs}')


def site_footer(x: Ctx) -> str:
    links = "".join(f'<li><a href="/{slugify(s)}">{esc(s)}</a></li>' for s in x.loc["footer"])
    return x.add(f'<footer{x.c("site.footer")}><ul>{links}</ul>'
                 f'<p>{esc(x.loc["copyright"].format(site=x.site))}</p></footer>')


def byline_html(x: Ctx, name: str | None, iso: str, extra: bool = True) -> str:
    parts = []
    if name:
        parts.append(f'<span{x.c("story.author")}>{esc(x.loc["by"])} <a href="/author/{slugify(name)}">{esc(name)}</a></span>')
    parts.append(f'<time datetime="{iso}">{esc(x.date_text(iso))}</time>')
    if extra and x.rng.random() < 0.5:
        parts.append(f'<span>{esc(x.loc["min_read"].format(n=x.rng.randint(3, 14)))}</span>')
    return f'<div{x.c("story.meta")}>' + " · ".join(parts) + "</div>"


# --------------------------------------------------------------------------- page shell

def css_for(x: Ctx) -> str:
    rng = random.Random(x.rng.random())
    props = ["margin:0 0 1rem", "padding:.5rem 1rem", "display:flex", "gap:12px", "font-size:15px",
             "line-height:1.6", "color:#1a1a1a", "max-width:720px", "border-bottom:1px solid #e5e5e5",
             "font-weight:700", "text-transform:uppercase", "letter-spacing:.02em", "background:#fafafa",
             "border-radius:6px", "grid-template-columns:repeat(12,1fr)", "position:relative", "overflow:hidden"]
    rules = []
    for name in x.nm.used:
        for cls in name.split():
            if re.fullmatch(r"[A-Za-z_][\w-]*", cls):
                rules.append(f".{cls}{{{';'.join(rng.sample(props, rng.randint(2, 5)))}}}")
    base = ("*{box-sizing:border-box}body{margin:0;font-family:Georgia,serif;color:#111}"
            "a{color:inherit}img{max-width:100%;height:auto}figure{margin:1.5rem 0}"
            "pre{overflow:auto;background:#f6f8fa;padding:1rem}table{border-collapse:collapse}"
            "td,th{border:1px solid #ddd;padding:4px 8px}")
    return base + "".join(rules)


def state_blob(x: Ctx, min_bytes: int) -> str:
    """A hydration-state script of the kind frameworks inline (ids, flags, no article text)."""
    rng = random.Random(x.rng.random())
    data = {"buildId": _rand(rng, string.ascii_letters + string.digits, 21), "locale": x.lang,
            "flags": {k: rng.random() < 0.5 for k in ["paywall", "darkMode", "liveBlog", "abTest", "consent"]},
            "slots": []}
    while len(json.dumps(data)) < min_bytes:
        data["slots"].append({"id": f"slot-{_rand(rng, string.digits, 6)}",
                              "sizes": [[300, 250], [728, 90]] if rng.random() < 0.5 else [[320, 50]],
                              "targeting": {"pos": rng.choice(["top", "mid", "bottom"]),
                                            "kw": _rand(rng, string.ascii_lowercase, 8)},
                              "lazy": rng.random() < 0.7})
    return json.dumps(data, separators=(",", ":"))


@dataclass
class Identity:
    kind: str                 # jsonld-og-canonical, og, og-canonical, jsonld, graph, title, multi, slug, none
    title: str
    url: str
    byline: str | None
    date: str
    body_text: str = ""       # for JSON-LD articleBody
    body_cut: int | None = None
    extra: list[dict] = field(default_factory=list)   # follow-up articles' JSON-LD (multi)


def head_html(x: Ctx, ident: Identity, generic_title: str) -> str:
    r = x.rng
    k = ident.kind
    fmt = r.choice(["{t} | {s}", "{t} - {s}", "{t} – {s}", "{t} — {s}"])
    parts = ['<meta charset="utf-8">']
    if k in ("slug", "none"):
        parts.append(f"<title>{esc(generic_title)}</title>")
    else:
        parts.append(f"<title>{esc(fmt.format(t=ident.title, s=x.site))}</title>")
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f'<meta name="description" content="{esc(x.loc["tagline"])}">')
    if k in ("jsonld-og-canonical", "og", "og-canonical", "multi"):
        parts.append(f'<meta property="og:type" content="article">')
        parts.append(f'<meta property="og:title" content="{esc(ident.title)}">')
        parts.append(f'<meta property="og:url" content="{esc(ident.url)}">')
        parts.append(f'<meta property="og:site_name" content="{esc(x.site)}">')
        parts.append(f'<meta property="og:image" content="https://img.{x.domain}/og/{_rand(r, "0123456789abcdef", 16)}.jpg">')
        if r.random() < 0.5:
            parts.append(f'<meta name="twitter:card" content="summary_large_image">')
            parts.append(f'<meta name="twitter:title" content="{esc(ident.title)}">')
    if k in ("jsonld-og-canonical", "og-canonical", "graph", "multi"):
        parts.append(f'<link rel="canonical" href="{esc(ident.url)}">')
    if k in ("slug", "none") and r.random() < 0.5:
        parts.append(f'<meta property="og:site_name" content="{esc(x.site)}">')
    parts.append(f'<link rel="stylesheet" href="https://static.{x.domain}/css/main.{_rand(r, "0123456789abcdef", 8)}.css">')
    if k in ("jsonld-og-canonical", "jsonld", "graph", "multi"):
        art = {"@type": r.choice(["NewsArticle", "NewsArticle", "Article", "ReportageNewsArticle"]),
               "headline": ident.title, "url": ident.url, "mainEntityOfPage": ident.url,
               "datePublished": ident.date, "dateModified": ident.date,
               "publisher": {"@type": "Organization", "name": x.site,
                             "logo": {"@type": "ImageObject", "url": f"https://www.{x.domain}/logo.png"}},
               "inLanguage": x.lang}
        if ident.byline:
            art["author"] = [{"@type": "Person", "name": n.strip()} for n in ident.byline.split(",")]
        if ident.body_text:
            body = ident.body_text
            if ident.body_cut:
                body = " ".join(body.split()[:ident.body_cut]) + "…"
            art["articleBody"] = body
        if k == "graph":
            doc = {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "@id": f"https://www.{x.domain}/#website", "name": x.site, "url": f"https://www.{x.domain}/"},
                {"@type": "WebPage", "@id": ident.url + "#webpage", "url": ident.url, "name": ident.title},
                {"@type": "BreadcrumbList", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": x.loc["home"], "item": f"https://www.{x.domain}/"}]},
                art]}
            docs = [doc]
        else:
            docs = [{"@context": "https://schema.org", **art}] + [
                {"@context": "https://schema.org", **e} for e in ident.extra]
        for d in docs:
            parts.append('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False).replace("</", "<\\/") + "</script>")
    return "\n".join(parts)


def page_shell(x: Ctx, ident: Identity, generic_title: str, body: str, body_role: str = "site.body") -> str:
    head = head_html(x, ident, generic_title)
    state = f'<script id="__STATE__" type="application/json">{state_blob(x, 1500)}</script>'
    analytics = ("<script>(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:'pageview',"
                 f"section:'{slugify(x.rng.choice(x.loc['nav']))}'" + "});})(window,document);</script>")
    pre = f"<!DOCTYPE html>\n<html lang=\"{x.lang}\">\n<head>\n{head}\n<style>{css_for(x)}</style>\n</head>\n"
    page = f"{pre}<body{x.c(body_role)}>\n{body}\n{state}\n{analytics}\n</body>\n</html>\n"
    blob = 1500
    while len(page.encode()) < MIN_PAGE + 1000:  # pad the state blob, as framework pages carry one
        blob += MIN_PAGE + 1000 - len(page.encode())
        state = f'<script id="__STATE__" type="application/json">{state_blob(x, blob)}</script>'
        page = f"{pre}<body{x.c(body_role)}>\n{body}\n{state}\n{analytics}\n</body>\n</html>\n"
    return page


# --------------------------------------------------------------------------- story bodies

def chunks(rng: random.Random, blocks: list[str], n: int) -> list[list[str]]:
    if n <= 1 or len(blocks) < 2 * n:
        return [blocks]
    cuts = sorted(rng.sample(range(1, len(blocks)), n - 1))
    out, prev = [], 0
    for c in cuts + [len(blocks)]:
        out.append(blocks[prev:c])
        prev = c
    return [c for c in out if c]


def insert_points(blocks: list[str], k: int, rng: random.Random) -> list[int]:
    """Indices after which a widget may go: after a paragraph, not after the last block."""
    ok = [i for i in range(1, len(blocks) - 1) if blocks[i].startswith("<p") and not re.match(r"<h[1-6]", blocks[i + 1] if i + 1 < len(blocks) else "")]
    if not ok:
        ok = list(range(0, max(1, len(blocks) - 1)))
    if k <= len(ok):
        return sorted(rng.sample(ok, k))
    return sorted(rng.choice(ok) for _ in range(k))  # short story: several widgets per gap


def body_with_widgets(x: Ctx, blocks: list[str], widgets: list[str], role: str, split: int = 1) -> str:
    """The story blocks with ``widgets`` interleaved, optionally in several sibling containers."""
    pts = insert_points(blocks, len(widgets), x.rng)
    after: dict[int, list[str]] = {}
    for p, w in zip(pts, widgets):
        after.setdefault(p, []).append(w)
    seq: list[tuple[str, str]] = []
    for i, b in enumerate(blocks):
        seq.append(("s", b))
        for w in after.get(i, []):
            seq.append(("w", w))
    if split <= 1:
        return f'<div{x.c(role)}>' + "\n".join(h for _, h in seq) + "</div>"
    # several sibling sections of story blocks; widgets sit between them
    out, cur = [], []
    for kind, h in seq:
        if kind == "w":
            if cur:
                out.append(f'<div{x.c(role + "sec")}>' + "\n".join(cur) + "</div>")
                cur = []
            out.append(h)
        else:
            cur.append(h)
    if cur:
        out.append(f'<div{x.c(role + "sec")}>' + "\n".join(cur) + "</div>")
    return f'<div{x.c(role)}>' + "\n".join(out) + "</div>"


def reference_of(blocks: list[str]) -> str:
    return "<article>\n" + "\n".join(blocks) + "\n</article>\n"


# --------------------------------------------------------------------------- pool

def pick_pool(rng: random.Random, main: Art, n: int, lang: str, exclude: set[str], min_words: int = 120) -> list[Art]:
    """``n`` clutter articles: up to two in the page's language, the rest from the whole pool;
    none shares an 8-word run with the main story."""
    main_grams = ngrams(words(main.text), 8)
    cands = [s for s in POOL + list(MAIN_SLUGS) if s != main.slug and s not in exclude]
    cands = sorted(set(cands))
    same = [s for s in cands if LANG.get(s, "en") == lang and lang != "en"]
    rng.shuffle(same)
    other = [s for s in cands if LANG.get(s, "en") == "en"]
    rng.shuffle(other)
    order = same[:2] + other + same[2:]
    out = []
    for s in order:
        if len(out) >= n:
            break
        a = load_article(s)
        if a.n_words < min_words or len(a.paras) < 2:
            continue
        if ngrams(words(a.text), 8) & main_grams:
            continue
        if s.startswith("lifehacker") and any(o.slug.startswith("lifehacker") for o in out):
            continue
        out.append(a)
        exclude.add(s)
    return out


def card_text(a: Art, budget: int) -> list[str]:
    out, n = [], 0
    for p in a.paras:
        if n >= budget:
            break
        out.append(p)
        n += len(words(p))
    return out


# --------------------------------------------------------------------------- layouts

@dataclass
class Built:
    page: str
    reference: str
    clutter: list[str]
    title: str
    url: str
    why: str


def story_url(x: Ctx, title: str, section: str, style: int) -> str:
    slug = slugify(title)
    if style == 0:
        return f"https://www.{x.domain}/{section}/2026/11/28/{slug}"
    if style == 1:
        return f"https://www.{x.domain}/{section}/{slug}-{x.rng.randint(10**6, 10**7 - 1)}.html"
    if style == 2:
        return f"https://{x.domain}/news/{slug}/"
    return f"https://www.{x.domain}/a/{x.rng.randint(10**8, 10**9 - 1)}/{slug}"


def build_aggregator(spec: dict, x: Ctx, main: Art) -> Built:
    r = x.rng
    brand = x.site.split()[-1] if r.random() < 0.5 else x.site.replace("The ", "")
    partner = main.site
    date = main.date or made_up_date(r)
    section = slugify(r.choice(x.loc["nav"]))
    url = story_url(x, main.title, section, r.randint(0, 3))
    with_body = spec.get("body_cut") or r.random() < 0.5
    ident = Identity(spec["identity"], main.title, url, main.byline, date,
                     body_text=main.text if with_body else "", body_cut=spec.get("body_cut"))
    exclude: set[str] = set()
    n_full, n_teaser, n_img = spec.get("feed", (4, 3, 2))
    pool = pick_pool(r, main, n_full + n_teaser + 1, x.lang, exclude)
    fulls, teasers = pool[:n_full], pool[n_full:n_full + n_teaser]
    img_titles = [load_article(s).title for s in r.sample([p for p in POOL if p not in exclude and p != main.slug], n_img)]
    side_titles = [load_article(s).title for s in r.sample([p for p in POOL if p not in exclude and p != main.slug], 5)]

    # provider line, as syndicated stories show it
    logo = x.img(120, 40, partner)
    ago = r.choice(x.loc["ago"])
    prov_style = r.randint(0, 2)
    if prov_style == 0:
        provider = f'<div{x.c("story.provider")}>{logo}<span>{esc(partner)}</span> <span>{esc(ago)}</span></div>'
    elif prov_style == 1:
        provider = (f'<div{x.c("story.provider")}><a href="#">{logo}</a><div><p>{esc(x.loc["provided_by"].format(partner=partner))}</p>'
                    f'<time datetime="{date}">{esc(x.date_text(date))}</time></div></div>')
    else:
        provider = (f'<div{x.c("story.provider")}><span>{esc(x.loc["provider"].format(partner=partner))}</span> · '
                    f'<span>{esc(ago)}</span>{" · " + esc(x.loc["by"]) + " " + esc(main.byline) if main.byline else ""}</div>')

    widgets_after = []
    feat = []
    widgets_after.append(hashtags(x, empty=spec.get("empty_tags", False)))
    feat.append("hashtags" + (" (empty)" if spec.get("empty_tags") else ""))
    widgets_after.append(ai_promo(x, brand))
    feat.append("AI promo")
    if r.random() < 0.6:
        widgets_after.append(reactions(x))
        feat.append("reactions")
    widgets_after.append(comments_empty(x))
    feat.append("comments widget")
    if r.random() < 0.5:
        widgets_after.insert(1, share_bar(x))
        feat.append("share bar")

    def full_card(a: Art, first: bool = False) -> str:
        paras = card_text(a, r.randint(180, 520))
        shape = spec.get("card_body", r.choice(["ps", "one", "ps"]))
        if shape == "one":
            body = f'<div{x.c("card.text")}>' + " ".join(esc(p) for p in paras) + "</div>"
        else:
            body = f'<div{x.c("card.text")}>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
        x.add(body)
        return card_shell(a, body)

    htag = spec.get("card_heading", r.choice(["h3", "h2", "h4", "pb", "div"]))

    def heading(t: str, href: str) -> str:
        if htag == "pb":
            return f'<p{x.c("card.title")}><b><a href="{href}">{esc(t)}</a></b></p>'
        return f'<{htag}{x.c("card.title")}><a href="{href}">{esc(t)}</a></{htag}>'

    def card_shell(a: Art, body: str, with_img: bool | None = None) -> str:
        src = a.site
        top = (f'<div{x.c("card.source")}>{x.img(32, 32, src)}<span>{esc(src)}</span></div>'
               f'<span{x.c("card.time")}>{esc(r.choice(x.loc["ago"]))}</span><div{x.c("card.via")}>- {esc(src)}</div>')
        img = x.img(480, 270) if (with_img if with_img is not None else r.random() < 0.4) else ""
        return (f'<{card_tag}{x.c("card.item")}>{top}{img}{heading(a.title, x.href(a.title))}{body}</{card_tag}>')

    card_tag = spec.get("card_tag", r.choice(["article", "div", "li", "section"]))
    list_tag = "ul" if card_tag == "li" else "div"

    cards = []
    for a in fulls:
        cards.append(full_card(a))
    for a in teasers:
        ex = first_words(a.paras[0], r.randint(18, 40))
        body = x.add(f'<p{x.c("card.excerpt")}>{esc(ex)}</p>')
        cards.append(card_shell(a, body, with_img=True))
    for t in img_titles:
        href = x.href(t)
        cards.append(f'<{card_tag}{x.c("card.imgonly")}><a href="{href}">{x.img(480, 270, t)}</a>'
                     f'{heading(t, href)}</{card_tag}>')
    # keep full cards mostly near the top, like the dump, but shuffle the rest
    head_cards, rest = cards[:2], cards[2:]
    r.shuffle(rest)
    cards = head_cards + rest
    app = app_promo(x, brand)
    feat.append("app promo")
    cards.insert(r.randint(2, len(cards) - 1), app if card_tag != "li" else f"<li>{app}</li>")

    related_head = "" if spec.get("no_related_heading") else f'<h2{x.c("feed.title")}>{esc(x.loc["related"])}</h2>'
    feed = (f'<section{x.c("feed.wrap")}>{related_head}<{list_tag}{x.c("feed.list")}>' + "\n".join(cards)
            + f"</{list_tag}></section>")

    h1 = f'<h1{x.c("story.title")}>{esc(main.title)}</h1>'
    mode = spec.get("mode", "separate")
    if mode == "flat":
        # everything at one level, as in the text dump: story blocks, widgets and feed siblings
        unit = (f'<div{x.c("story.unit")}>{h1}{provider}' + "\n".join(main.blocks) + "\n".join(widgets_after)
                + "</div>")
        main_col = unit + feed
    elif mode == "as-card":
        # the story is rendered as the first, expanded item of the feed list
        body = f'<div{x.c("card.text")}>' + "\n".join(main.blocks) + "</div>"
        first = (f'<{card_tag}{x.c("card.item")}>{provider}{h1}{body}' + "\n".join(widgets_after)
                 + f"</{card_tag}>")
        feed = (f'<section{x.c("feed.wrap")}><{list_tag}{x.c("feed.list")}>{first}\n'
                + (f"<li>{related_head}</li>" if (related_head and card_tag == "li") else related_head)
                + "\n".join(cards) + f"</{list_tag}></section>")
        main_col = feed
    else:
        body = f'<div{x.c("story.body")}>' + "\n".join(main.blocks) + "</div>"
        unit = f'<article{x.c("story.unit")}>{h1}{provider}{body}' + "\n".join(widgets_after) + "</article>"
        main_col = f'<div{x.c("story.col")}>{unit}</div>{feed}' if r.random() < 0.5 else unit + feed
    side = f'<aside{x.c("side.wrap")}>{link_list(x, x.loc["trending"], side_titles, numbered=True)}</aside>'
    layout = f'<main{x.c("site.main")}>{main_col}</main>{side}' if r.random() < 0.6 else f'<div{x.c("site.grid")}>{side}<main>{main_col}</main></div>'
    body = site_header(x) + layout + site_footer(x)
    if r.random() < 0.4:
        body = cookie_banner(x) + body
        feat.append("cookie banner")
    page = page_shell(x, ident, f"{x.site}", body)
    why = (f"Aggregator/portal page ({mode} layout): partner story from {main.slug} with a provider line, "
           f"then {', '.join(feat)} and a feed of {n_full} full-text, {n_teaser} teaser and {n_img} image-only "
           f"cards{' without a heading' if spec.get('no_related_heading') else ''}; {x.lang} labels, identity {ident.kind}.")
    return Built(page, reference_of(main.blocks), x.clutter, main.title, url, why)


def article_unit(x: Ctx, a: Art, blocks: list[str], iso: str, tag: str, htag: str, widgets: list[str],
                 role: str = "story", show_byline: bool = True) -> str:
    head = f'<{htag}{x.c(role + ".title")}>{esc(a.title)}</{htag}>'
    meta = byline_html(x, a.byline or x.rng.choice(PEOPLE), iso) if show_byline else ""
    body = body_with_widgets(x, blocks, widgets, role + ".body")
    return f'<{tag}{x.c(role + ".unit")}><header>{head}{meta}</header>{body}</{tag}>'


def build_infinite(spec: dict, x: Ctx, main: Art) -> Built:
    r = x.rng
    date = main.date or made_up_date(r)
    section = slugify(r.choice(x.loc["nav"]))
    kind = spec["identity"]
    if kind == "none":
        url = r.choice([f"https://www.{x.domain}/{section}/", f"https://www.{x.domain}/live?page={r.randint(2, 9)}",
                        f"https://{x.domain}/stream/{r.randint(1000, 9999)}"])
    else:
        url = story_url(x, main.title, section, r.randint(0, 3))
    n_follow = spec.get("follow", 2)
    exclude: set[str] = set()
    follows = pick_pool(r, main, n_follow, x.lang, exclude, min_words=200)
    ftexts = []
    extra = []
    feat = []
    unit_tag = spec.get("unit_tag", r.choice(["article", "div"]))
    follow_h = spec.get("follow_h", r.choice(["h1", "h2"]))
    units = []
    main_widgets = []
    if r.random() < 0.5:
        main_widgets.append(newsletter(x))
        feat.append("newsletter inside the body")
    if r.random() < 0.4:
        main_widgets.append(ad_slot(x))
        feat.append("ad label inside the body")
    main_byline = main.byline or r.choice(PEOPLE)
    share = share_bar(x)
    main_unit = (f'<{unit_tag}{x.c("story.unit")} data-url="{esc(url)}"><header>'
                 f'<h1{x.c("story.title")}>{esc(main.title)}</h1>{byline_html(x, main_byline, date)}</header>'
                 f'{share}{body_with_widgets(x, main.blocks, main_widgets, "story.body", split=r.choice([1, 1, 2]))}'
                 f'{topics_row(x) if r.random() < 0.5 else ""}</{unit_tag}>')
    units.append(main_unit)
    for i, a in enumerate(follows):
        budget = r.choice([350, 500, 700, 900])
        blocks = cut_blocks(a.blocks, budget)
        fdate = a.date or made_up_date(r)
        furl = story_url(x, a.title, slugify(r.choice(x.loc["nav"])), r.randint(0, 3))
        sep_kind = r.choice(["upnext", "ad", "loader", "none"])
        if sep_kind == "upnext":
            units.append(x.add(f'<div{x.c("feed.sep")}><span>{esc(x.loc["up_next"])}</span></div>'))
        elif sep_kind == "ad":
            units.append(ad_slot(x))
        elif sep_kind == "loader":
            units.append(x.add(f'<div{x.c("feed.loader")} aria-live="polite">{esc(x.loc["loading"])}</div>'))
        x.add("".join(blocks))
        fbody = f'<div{x.c("story.body")}>' + "\n".join(blocks) + "</div>"
        units.append(f'<{unit_tag}{x.c("story.unit")} data-url="{esc(furl)}"><header>'
                     f'<{follow_h}{x.c("story.title" if follow_h == "h1" else "story.title2")}>{esc(a.title)}</{follow_h}>'
                     f'{byline_html(x, a.byline or r.choice(PEOPLE), fdate)}</header>{share}{fbody}</{unit_tag}>')
        ftexts.append(f"{a.slug} ({len(words(frag_text(''.join(blocks))))} words)")
        extra.append({"@type": "NewsArticle", "headline": a.title, "url": furl, "datePublished": fdate})
    ident = Identity(kind, main.title, url, main.byline, date, extra=extra if kind == "multi" else [],
                     body_text=main.text if (kind in ("jsonld", "multi") and r.random() < 0.5) else "")
    scroller = f'<div{x.c("feed.scroll")} data-infinite="true">' + "\n".join(units) + "</div>"
    side_titles = [load_article(s).title for s in r.sample([p for p in POOL if p not in exclude and p != main.slug], 5)]
    side = f'<aside{x.c("side.wrap")}>{link_list(x, x.loc["most_read"], side_titles, numbered=True)}</aside>'
    body = site_header(x, [x.loc["nav"][0]] if r.random() < 0.5 else None)
    body += f'<main{x.c("site.main")}>{scroller}{side}</main>' if r.random() < 0.5 else f'<main{x.c("site.main")}>{scroller}</main>{side}'
    body += site_footer(x)
    generic = r.choice([f"{x.site} – {x.loc['latest']}", f"{x.site}", f"{x.loc['live']} | {x.site}"])
    page = page_shell(x, ident, generic, body)
    idtxt = {"slug": "URL slug only (generic <title>, no og/canonical/JSON-LD)",
             "none": "no identity at all (generic <title>, URL without slug)"}.get(kind, kind)
    why = (f"Infinite scroll: {main.slug} followed by {len(follows)} complete article(s) "
           f"[{', '.join(ftexts)}] as <{unit_tag}> siblings with <{follow_h}> headlines, bylines and dates"
           f"{'; ' + ', '.join(feat) if feat else ''}; identity: {idtxt}; {x.lang} labels.")
    return Built(page, reference_of(main.blocks), x.clutter, main.title, url, why)


def build_ordinary(spec: dict, x: Ctx, main: Art) -> Built:
    r = x.rng
    date = main.date or made_up_date(r)
    sec_name = r.choice(x.loc["nav"])
    url = story_url(x, main.title, slugify(sec_name), r.randint(0, 3))
    ident = Identity(spec["identity"], main.title, url, main.byline, date,
                     body_text=main.text if r.random() < 0.4 else "")
    exclude: set[str] = set()
    others = pick_pool(r, main, 8, x.lang, exclude, min_words=60)
    titles = [a.title for a in others]
    feat = []
    widgets = []
    for t in titles[:r.randint(1, 3)]:
        widgets.append(read_more_line(x, t))
    feat.append(f"{len(widgets)} inline 'Read more' link(s)")
    wanted = spec.get("inbody", ["tweet", "gallery", "pull", "ad", "newsletter"])
    if "tweet" in wanted:
        widgets.append(tweet(x))
        feat.append("embedded tweet")
    if "gallery" in wanted:
        widgets.append(gallery(x))
        feat.append("photo gallery with counter")
    if "pull" in wanted:
        quotable = [t for p in main.paras for t in sentences(p) if 12 <= len(words(t)) <= 40]
        if quotable:
            sent = r.choice(quotable).strip("“”\"")
            widgets.append(f'<aside{x.c("story.pullquote")}><blockquote><p>“{esc(sent)}”</p></blockquote></aside>')
            feat.append("pull quote repeating a story sentence (not clutter)")
    if "ad" in wanted:
        widgets.append(ad_slot(x))
        feat.append("ad label")
    if "newsletter" in wanted:
        widgets.append(newsletter(x))
        feat.append("newsletter box inside the body")
    r.shuffle(widgets)
    byline = main.byline or r.choice(PEOPLE)
    split = r.choice([1, 2, 3])
    body = body_with_widgets(x, main.blocks, widgets, "story.body", split=split)
    after = []
    if r.random() < 0.6:
        after.append(topics_row(x))
    after.append(author_box(x, byline.split(",")[0]))
    related = link_list(x, r.choice([x.loc["related"], x.loc["more_from"].format(site=x.site)]), titles[3:8])
    after.append(related)
    after.append(comments_full(x))
    feat += ["author box", "related-links list", "comment section"]
    header = (f'<header{x.c("story.head")}><a href="/{slugify(sec_name)}"{x.c("story.kicker")}>{esc(sec_name)}</a>'
              f'<h1{x.c("story.title")}>{esc(main.title)}</h1>{byline_html(x, byline, date)}'
              f'<div><button>{esc(x.loc["listen"])}</button> <button>{esc(x.loc["save"])}</button></div></header>')
    rail = share_bar(x)
    art_tag = r.choice(["article", "article", "div"])
    article = (f'<{art_tag}{x.c("story.unit")}>{header}'
               + (f'<div{x.c("story.layout")}><div{x.c("story.rail")}>{rail}</div>{body}</div>' if r.random() < 0.5 else rail + body)
               + "\n".join(after) + f"</{art_tag}>")
    side_titles = [load_article(s).title for s in r.sample([p for p in POOL if p not in exclude and p != main.slug], 5)]
    side = f'<aside{x.c("side.wrap")}>{link_list(x, x.loc["most_read"], side_titles, numbered=True)}'
    if r.random() < 0.5:
        side += ad_slot(x)
    side += "</aside>"
    crumbs = [sec_name] + ([r.choice(x.loc["nav"])] if r.random() < 0.5 else [])
    content = f'<main{x.c("site.main")}>{article}{side}</main>' if r.random() < 0.5 else f'<div{x.c("site.grid")}><main>{article}</main>{side}</div>'
    page_body = site_header(x, crumbs) + content + site_footer(x)
    if r.random() < 0.5:
        page_body = cookie_banner(x) + page_body
        feat.append("cookie banner")
    page = page_shell(x, ident, x.site, page_body)
    why = (f"Ordinary article page ({main.slug}) with nav, breadcrumbs, share rail, {', '.join(feat)} and footer; "
           f"story body in {split} container(s); checks nothing of the story is lost; {x.lang} labels, identity {ident.kind}.")
    return Built(page, reference_of(main.blocks), x.clutter, main.title, url, why)


def build_plain(spec: dict, x: Ctx, main: Art) -> Built:
    r = x.rng
    date = main.date or made_up_date(r)
    url = story_url(x, main.title, "blog", r.randint(0, 3))
    ident = Identity(spec["identity"], main.title, url, main.byline, date)
    body = f'<div{x.c("story.body")}>' + "\n".join(main.blocks) + "</div>"
    byline = main.byline
    art = (f'<article{x.c("story.unit")}><h1{x.c("story.title")}>{esc(main.title)}</h1>'
           f'{byline_html(x, byline, date, extra=False)}{body}</article>')
    page_body = (f'<header{x.c("site.header")}><a href="/">{esc(x.site)}</a></header>'
                 f'<main{x.c("site.main")}>{art}</main>'
                 f'<footer{x.c("site.footer")}><p>{esc(x.loc["copyright"].format(site=x.site))}</p></footer>')
    x.clutter.clear()  # plain pages list no clutter
    page = page_shell(x, ident, x.site, page_body)
    kinds = []
    ref = "".join(main.blocks)
    for tag, label in [("<ul", "lists"), ("<ol", "ordered lists"), ("<table", "tables"), ("<pre", "code"),
                       ("<figure", "figures"), ("<blockquote", "quotes"), ("<h2", "subheadings"), ("<h3", "subheadings")]:
        if tag in ref and label not in kinds:
            kinds.append(label)
    why = (f"Plain page: the {main.slug} story alone ({main.n_words} words; {', '.join(kinds)}), no clutter; "
           f"everything must be kept; identity {ident.kind}.")
    return Built(page, reference_of(main.blocks), [], main.title, url, why)


BUILDERS = {"aggregator": build_aggregator, "infinite": build_infinite, "ordinary": build_ordinary,
            "plain": build_plain}

# --------------------------------------------------------------------------- cases

CASES: list[dict] = [
    # (a) aggregator / portal
    dict(layout="aggregator", main="nytimes-1", lang="en", identity="jsonld-og-canonical", schemes=["hash", "util"], mode="flat", feed=(4, 3, 2)),
    dict(layout="aggregator", main="wapo-1", lang="en", identity="og-canonical", schemes=["bem", "none"], feed=(5, 2, 3)),
    dict(layout="aggregator", main="telegraph", lang="fr", identity="title", schemes=["module", "hash"], feed=(3, 4, 2), empty_tags=True),
    dict(layout="aggregator", main="herald-sun-1", lang="en", identity="graph", schemes=["util", "none"], mode="as-card", card_tag="li", feed=(4, 2, 2)),
    dict(layout="aggregator", main="schema-org-context-object", lang="de", identity="jsonld", schemes=["hash", "neutral"], feed=(4, 3, 3), no_related_heading=True, body_cut=60),
    dict(layout="aggregator", main="yahoo-3", lang="ja", identity="og", schemes=["bem", "util"], mode="flat", feed=(3, 3, 2), empty_tags=True),
    dict(layout="aggregator", main="la-nacion", lang="es", identity="jsonld-og-canonical", schemes=["none", "none", "none", "neutral"], feed=(4, 2, 3), card_body="one"),
    dict(layout="aggregator", main="qq", lang="zh", identity="og", schemes=["hash", "bem", "none"], mode="as-card", card_tag="div", feed=(3, 3, 2)),
    # (b) infinite scroll
    dict(layout="infinite", main="nytimes-2", lang="en", identity="jsonld-og-canonical", schemes=["hash", "none"], follow=2, unit_tag="article"),
    dict(layout="infinite", main="wapo-2", lang="en", identity="og", schemes=["util", "neutral"], follow=3, unit_tag="div"),
    dict(layout="infinite", main="bbc-1", lang="en", identity="title", schemes=["bem", "none"], follow=1, unit_tag="article", follow_h="h1"),
    dict(layout="infinite", main="seattletimes-1", lang="it", identity="multi", schemes=["module", "none"], follow=2, unit_tag="article", follow_h="h2"),
    dict(layout="infinite", main="theverge", lang="en", identity="slug", schemes=["hash", "util"], follow=2, unit_tag="div", follow_h="h1"),
    dict(layout="infinite", main="cnet", lang="nl", identity="slug", schemes=["none", "neutral"], follow=2, unit_tag="article", follow_h="h2"),
    dict(layout="infinite", main="lemonde-1", lang="fr", identity="none", schemes=["bem", "hash"], follow=2, unit_tag="article", follow_h="h1"),
    dict(layout="infinite", main="medicalnewstoday", lang="en", identity="none", schemes=["util", "hash"], follow=3, unit_tag="div", follow_h="h2"),
    # (c) ordinary article pages
    dict(layout="ordinary", main="nytimes-3", lang="en", identity="jsonld-og-canonical", schemes=["hash", "bem"]),
    dict(layout="ordinary", main="nytimes-4", lang="en", identity="og-canonical", schemes=["util", "none"], inbody=["tweet", "ad", "newsletter"]),
    dict(layout="ordinary", main="ars-1", lang="en", identity="title", schemes=["neutral", "hash"], inbody=["gallery", "pull", "newsletter"]),
    dict(layout="ordinary", main="aclu", lang="es", identity="jsonld", schemes=["bem", "none"]),
    dict(layout="ordinary", main="citylab-1", lang="it", identity="graph", schemes=["module", "util"], inbody=["gallery", "pull", "ad"]),
    dict(layout="ordinary", main="engadget", lang="en", identity="og", schemes=["hash", "bem"], inbody=["tweet", "ad"]),
    dict(layout="ordinary", main="guardian-1", lang="en", identity="jsonld-og-canonical", schemes=["bem", "util", "none"], inbody=["tweet", "pull", "newsletter"]),
    dict(layout="ordinary", main="heise", lang="de", identity="og-canonical", schemes=["none", "hash"], inbody=["gallery", "ad"]),
    dict(layout="ordinary", main="quanta-1", lang="nl", identity="jsonld", schemes=["util", "neutral"], inbody=["tweet", "gallery", "pull", "newsletter"]),
    # (d) plain
    dict(layout="plain", main="002", lang="en", identity="jsonld-og-canonical", schemes=["bem", "util"]),
    dict(layout="plain", main="blogger", lang="en", identity="title", schemes=["none", "none", "neutral"]),
    dict(layout="plain", main="dropbox-blog", lang="en", identity="og-canonical", schemes=["hash", "util"]),
    dict(layout="plain", main="v8-blog", lang="ja", identity="jsonld", schemes=["neutral", "hash"]),
    dict(layout="plain", main="lazy-image-1", lang="en", identity="graph", schemes=["module", "none"]),
]
MAIN_SLUGS = [c["main"] for c in CASES]


def slug_of(i: int) -> str:
    return f"{PREFIX}-{i}"


def build_case(i: int) -> Built:
    spec = CASES[i - 1]
    slug = slug_of(i)
    rng = seeded(slug)
    main = load_article(spec["main"])
    lang = spec["lang"]
    site, domain = make_site(rng, lang)
    x = Ctx(rng=rng, nm=Namer(rng, spec["schemes"]), loc=L[lang], lang=lang, site=site, domain=domain)
    built = BUILDERS[spec["layout"]](spec, x, main)
    built.why = built.why + f" Class names: {'/'.join(dict.fromkeys(spec['schemes']))}."
    return built


def case_json(b: Built) -> dict:
    return {"url": b.url, "captured": CAPTURED, "group": GROUP, "why": b.why, "source": SOURCE,
            "license": LICENSE, "title": b.title, "clutter": b.clutter}


def write_case(i: int) -> None:
    b = build_case(i)
    d = SEEDS / slug_of(i)
    d.mkdir(parents=True, exist_ok=True)
    (d / "page.html").write_text(b.page, encoding="utf-8")
    (d / "reference.html").write_text(b.reference, encoding="utf-8")
    (d / "case.json").write_text(json.dumps(case_json(b), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- check

def page_identity_urls(doc) -> list[str]:
    urls = []
    for el in doc.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'):
        urls.append(el)
    for s in doc.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(s.text)
        for it in data.get("@graph", [data]):
            if it.get("@type") in ("NewsArticle", "Article", "ReportageNewsArticle"):
                return urls + [it.get("url")]  # the first article object is the page's own
    return urls


def contains_seq(hay: str, needle: str) -> bool:
    return f" {' '.join(words(needle))} " in hay


def check() -> int:
    errors: list[str] = []
    mains = set()
    for i in range(1, len(CASES) + 1):
        slug = slug_of(i)
        d = SEEDS / slug
        for f in ("page.html", "case.json", "reference.html"):
            if not (d / f).exists():
                errors.append(f"{slug}: missing {f}")
        if errors and errors[-1].startswith(slug):
            continue
        info = json.loads((d / "case.json").read_text(encoding="utf-8"))
        keys = ["url", "captured", "group", "why", "source", "license", "title", "clutter"]
        if list(info) != keys:
            errors.append(f"{slug}: case.json keys {list(info)}")
        if info["group"] != GROUP or info["source"] != SOURCE or info["license"] != LICENSE or info["captured"] != CAPTURED:
            errors.append(f"{slug}: group/source/license/captured")
        if not info["title"] or not info["why"]:
            errors.append(f"{slug}: empty title or why")
        spec = CASES[i - 1]
        if spec["main"] in mains:
            errors.append(f"{slug}: main article {spec['main']} reused")
        mains.add(spec["main"])
        raw = (d / "page.html").read_bytes()
        if not MIN_PAGE <= len(raw) <= MAX_PAGE:
            errors.append(f"{slug}: page size {len(raw)}")
        doc = lxml.html.fromstring(raw)
        body = doc.find("body")
        page_words = " " + " ".join(words(node_text(body))) + " "
        ref = (d / "reference.html").read_text(encoding="utf-8")
        ref_root = lxml.html.fragment_fromstring(ref, create_parent="div")
        ref_text = node_text(ref_root)
        if len(words(ref_text)) < 200:
            errors.append(f"{slug}: reference has only {len(words(ref_text))} words")
        for blk in ref_root.iter("p", "li", "h2", "h3", "h4", "td", "pre", "figcaption"):
            t = node_text(blk)
            if words(t) and not contains_seq(page_words, t):
                errors.append(f"{slug}: reference block not visible in page: {t[:60]!r}")
        ref_grams = ngrams(words(ref_text), 8)
        clutter = info["clutter"]
        if spec["layout"] == "plain" and clutter:
            errors.append(f"{slug}: plain page with clutter")
        if spec["layout"] != "plain" and not clutter:
            errors.append(f"{slug}: no clutter")
        for c in clutter:
            if c != norm(c):
                errors.append(f"{slug}: clutter not normalized: {c[:50]!r}")
            if not contains_seq(page_words, c):
                errors.append(f"{slug}: clutter not visible in page: {c[:60]!r}")
            if ngrams(words(c), 8) & ref_grams:
                errors.append(f"{slug}: clutter shares an 8-word run with the reference: {c[:60]!r}")
        if len(set(clutter)) != len(clutter):
            errors.append(f"{slug}: duplicate clutter items")
        ids = [u for u in page_identity_urls(doc) if u]
        if any(u != info["url"] for u in ids):
            errors.append(f"{slug}: url {info['url']} != page identity {ids}")
        title = doc.findtext(".//title") or ""
        if spec["identity"] == "slug" and (ids or slugify(info["title"]) not in info["url"]):
            errors.append(f"{slug}: slug identity broken")
        if spec["identity"] == "none" and (ids or slugify(info["title"]) in info["url"] or info["title"] in title):
            errors.append(f"{slug}: 'none' identity leaks the story")
        # deterministic: rebuilding gives the same bytes
        b = build_case(i)
        if b.page != raw.decode("utf-8") or b.reference != ref or case_json(b) != info:
            errors.append(f"{slug}: files differ from a fresh build")
    for e in errors:
        print(e)
    print(f"{len(CASES)} case(s), {len(errors)} problem(s)")
    return 1 if errors else 0


# --------------------------------------------------------------------------- score

def score() -> int:
    sys.path.insert(0, str(ROOT / "server"))
    from clearpage import clean
    from clearpage.seeds import block_texts
    from collections import Counter

    rows = []
    for i in range(1, len(CASES) + 1):
        slug = slug_of(i)
        d = SEEDS / slug
        info = json.loads((d / "case.json").read_text(encoding="utf-8"))
        ref_text = " ".join(block_texts((d / "reference.html").read_text(encoding="utf-8")))
        try:
            out = clean((d / "page.html").read_bytes(), url=info["url"]).text
        except Exception as exc:  # noqa: BLE001 - a failure scores zero
            print(f"{slug}: {type(exc).__name__}: {exc}")
            out = ""
        rw, ow = Counter(words(ref_text)), Counter(words(out))
        overlap = sum((rw & ow).values())
        p = overlap / max(1, sum(ow.values()))
        rc = overlap / max(1, sum(rw.values()))
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        leak = leak_share(info["clutter"], out, ref_text)
        rows.append((slug, CASES[i - 1]["layout"], CASES[i - 1]["main"], p, rc, f1, leak))
    print(f"{'case':<13} {'layout':<10} {'main':<26} {'P':>5} {'R':>5} {'F1':>5} {'leak':>6}")
    for slug, layout, main, p, rc, f1, leak in rows:
        ls = "   -  " if leak is None else f"{leak:6.1%}"
        print(f"{slug:<13} {layout:<10} {main:<26} {p:5.2f} {rc:5.2f} {f1:5.2f} {ls}")
    leaks = [r[6] for r in rows if r[6] is not None]
    print(f"\nmean F1 {sum(r[5] for r in rows) / len(rows):.3f}; mean leak {sum(leaks) / len(leaks):.1%} "
          f"(over {len(leaks)} cases with clutter)")
    for layout in BUILDERS:
        sub = [r for r in rows if r[1] == layout]
        sl = [r[6] for r in sub if r[6] is not None]
        print(f"  {layout:<10} F1 {sum(r[5] for r in sub) / len(sub):.3f}"
              + (f"  leak {sum(sl) / len(sl):.1%}" if sl else ""))
    print("\nworst 5 by F1:")
    for slug, layout, main, p, rc, f1, leak in sorted(rows, key=lambda r: r[5])[:5]:
        ls = "-" if leak is None else f"{leak:.1%}"
        print(f"  {slug} ({layout}, {main}): F1 {f1:.2f} (P {p:.2f}, R {rc:.2f}), leak {ls}")
    return 0


def leak_share(clutter: list[str], out: str, ref_text: str) -> float | None:
    """Share of clutter tokens found in the output: a token counts when a word 5-gram covering
    it (and not also in the main story) is in the output; items under 5 words count when they
    appear verbatim."""
    if not clutter:
        return None
    out_w = words(out)
    out_g, ref_g = ngrams(out_w, 5), ngrams(words(ref_text), 5)
    out_s = " " + " ".join(out_w) + " "
    total = leaked = 0
    for item in clutter:
        toks = words(item)
        total += len(toks)
        if len(toks) < 5:
            if toks and f" {' '.join(toks)} " in out_s:
                leaked += len(toks)
            continue
        hit = [False] * len(toks)
        for j in range(len(toks) - 4):
            g = tuple(toks[j:j + 5])
            if g in out_g and g not in ref_g:
                for k in range(j, j + 5):
                    hit[k] = True
        leaked += sum(hit)
    return leaked / total if total else 0.0


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", type=int, metavar="N", help="build only these case numbers")
    ap.add_argument("--check", action="store_true", help="validate the files on disk")
    ap.add_argument("--score", action="store_true", help="score clearpage.clean on the cases")
    ap.add_argument("--list", action="store_true", help="print the case table")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    if args.score:
        return score()
    if args.list:
        for i, c in enumerate(CASES, 1):
            print(f"{slug_of(i):<13} {c['layout']:<10} {c['main']:<26} {c['lang']}  {c['identity']:<20} {'/'.join(c['schemes'])}")
        return 0
    for i in args.only or range(1, len(CASES) + 1):
        write_case(i)
        print(f"wrote {slug_of(i)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
