#!/usr/bin/env python3
"""Build the held-out set ``seeds/holdout12-<n>/`` (n = 1..30): news pages around real story text.

Each case is a synthetic page built around the text of one Readability reference article
(``seeds/<name>/reference.html``, Apache-2.0, Mozilla Readability test pages), used whole with
its own structure; the clutter around it comes from *other* reference articles (related cards,
follow-up articles, teasers) and from widget text written here (hashtags, AI promo, comments,
newsletter, share bars, ads, author boxes, most-read rails ...).

Four families, in roughly equal parts (``--list`` prints the layout of every case):

- ``portal``: aggregator pages (partner story, provider line, hashtags, AI-features promo,
  comment widget, then a feed of other stories: full text, teasers, image-only);
- ``scroll``: infinite-scroll pages (the story, then 1-3 complete follow-up articles);
- ``article``: ordinary article pages with chrome and in-body widgets, several languages;
- ``plain``: pages that must be kept whole (how-to, review, long read, Q&A, code tutorial).

Deterministic: every case has its own RNG seeded from its slug, so the same bytes come out on
every run.  Usage::

    .venv/bin/python tools/build_holdout12.py            # write all 30 cases
    .venv/bin/python tools/build_holdout12.py --only 7   # one case
    .venv/bin/python tools/build_holdout12.py --list     # layouts
    .venv/bin/python tools/build_holdout12.py --check    # validate the written files
    .venv/bin/python tools/build_holdout12.py --score    # clean() each page: token F1, leaks

Goldens (``expected.*``) are not written here: ``clearpage seeds update holdout12-1 ...``.
"""
from __future__ import annotations

import argparse
import html as htmllib
import json
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "server"))

from clearpage import seeds as seedlib  # noqa: E402  (format helpers: block_texts, words, ngrams)

PREFIX = "holdout12"
CAPTURED = "2026-11-29"
GROUP = "holdout"
SOURCE = "tools/build_holdout12.py"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"
MIN_BYTES, MAX_BYTES = 20_000, 200_000
SHARED_RUN = 8  # no clutter entry may share a run of this many words with the reference


# =========================================================================== text helpers

def norm(text: str) -> str:
    return " ".join((text or "").split())


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def attr(text: str) -> str:
    return htmllib.escape(text, quote=True)


def visible_text(fragment_html: str) -> str:
    """Text of an HTML fragment as the corpus normalises it: block boundaries become spaces."""
    return norm(" ".join(seedlib.block_texts(fragment_html)))


def page_text(page_html: str) -> str:
    """Visible text of a whole page (no head, scripts, styles, templates)."""
    root = lxml.html.document_fromstring(page_html)
    for el in root.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    body = root.find("body")
    return visible_text(lxml.html.tostring(body, encoding="unicode")) if body is not None else ""


def slugify(text: str, max_words: int = 9) -> str:
    """ASCII slug; text without Latin letters gets a stable hash instead."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:max_words]) or f"t{zlib.crc32(text.encode('utf-8')):08x}"


def word_count(text: str) -> int:
    return len(seedlib.words(text))


# =========================================================================== story blocks

@dataclass
class Block:
    """One block of story text.  ``kind``: p, h, ul, ol, quote, figure, table, pre."""

    kind: str
    html: str = ""                                     # p, h: inline HTML
    level: int = 2                                     # h
    items: list = field(default_factory=list)          # ul/ol: inline HTML; quote: Blocks
    images: list = field(default_factory=list)         # figure: (src, alt)
    rows: list = field(default_factory=list)           # table: [[(tag, inline html)]]
    text: str = ""                                     # pre: raw text

    def plain(self) -> str:
        if self.kind in ("p", "h"):
            return visible_text(self.html)
        if self.kind in ("ul", "ol"):
            return norm(" ".join(visible_text(i) for i in self.items))
        if self.kind == "quote":
            return norm(" ".join(b.plain() for b in self.items))
        if self.kind == "figure":
            return visible_text(self.html)
        if self.kind == "table":
            return norm(" ".join(visible_text(c) for row in self.rows for _, c in row))
        if self.kind == "pre":
            return norm(self.text)
        return ""


KEEP_INLINE = {"a", "em", "i", "strong", "b", "code", "sup", "sub", "abbr", "cite", "q", "small", "mark"}
BLOCKISH = {"p", "div", "section", "article", "main", "header", "footer", "aside", "span", "font",
            "center", "figure", "figcaption", "ul", "ol", "li", "blockquote", "table", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "picture", "tbody", "thead", "tr",
            "td", "th", "noscript", "form", "nav", "time", "label", "u", "s", "del", "ins", "big",
            "tt", "var", "kbd", "samp", "iframe", "svg", "button", "wbr", "video", "audio", "source"}


def inline_html(el, skip_tail: bool = True) -> str:
    """The inline content of ``el`` as clean HTML: a[href], em, strong, code ... kept, the rest
    unwrapped, images and scripts dropped, whitespace collapsed."""
    out: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag in ("img", "script", "style", "iframe", "svg", "noscript", "button", "video", "audio",
                   "source", "picture", "input", "select", "textarea", "meta", "link"):
            pass
        elif tag == "br":
            out.append(" ")
        elif tag in KEEP_INLINE:
            name = {"b": "strong", "i": "em"}.get(tag, tag)
            href = node.get("href", "") if tag == "a" else ""
            if tag == "a" and (not href or href.startswith(("javascript:", "#"))):
                out.append(esc(node.text or ""))
                for c in node:
                    walk(c)
            else:
                inner_start = len(out)
                out.append(esc(node.text or ""))
                for c in node:
                    walk(c)
                inner = "".join(out[inner_start:])
                del out[inner_start:]
                if norm(re.sub(r"<[^>]+>", " ", htmllib.unescape(inner))):
                    lead = " " if inner[:1].isspace() else ""
                    trail = " " if inner[-1:].isspace() else ""
                    a = f' href="{attr(href)}"' if tag == "a" else ""
                    out.append(f"{lead}<{name}{a}>{inner.strip()}</{name}>{trail}")
                else:
                    out.append(inner)
        elif tag is not None:
            out.append(esc(node.text or ""))
            for c in node:
                walk(c)
        if node.tail and node is not el:
            out.append(esc(node.tail))

    out.append(esc(el.text or ""))
    for child in el:
        walk(child)
    return re.sub(r"\s+", " ", "".join(out)).replace("&amp;percnt;", "%").strip()


def pre_text(el) -> str:
    """Text of a <pre>, with <br> and nested block elements turned into line breaks."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag == "br":
            parts.append("\n")
        elif tag in ("p", "div"):
            if parts and not "".join(parts).endswith("\n"):
                parts.append("\n")
            parts.append(node.text or "")
            for c in node:
                walk(c)
        elif tag is not None:
            parts.append(node.text or "")
            for c in node:
                walk(c)
        if node.tail and node is not el:
            parts.append(node.tail)

    parts.append(el.text or "")
    for child in el:
        walk(child)
    return "".join(parts).strip("\n").rstrip()


def _figure_from(el) -> Block | None:
    imgs = [(i.get("src", ""), norm(i.get("alt", ""))) for i in el.iter("img")
            if i.get("src", "").startswith("http")]
    if not imgs:
        return None
    cap = el.find(".//figcaption")
    if cap is None:  # layout table with an image row and a caption row (blogger)
        cells = [c for c in el.iter("td") if c.find(".//img") is None and norm(c.text_content())]
        cap = cells[0] if cells else None
    return Block("figure", html=inline_html(cap) if cap is not None else "", images=imgs[:3])


def _has_block_child(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in ("p", "div", "section", "article", "ul", "ol",
                                                     "blockquote", "figure", "table", "pre", "h1",
                                                     "h2", "h3", "h4", "h5", "h6", "main", "header",
                                                     "footer", "aside", "dl")
               for c in el)


def extract_blocks(root) -> list[Block]:
    blocks: list[Block] = []

    def walk(el) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag
            if tag in ("script", "style", "noscript", "iframe", "svg", "button", "form", "nav"):
                continue
            if tag == "p" or (tag in ("div", "span", "section", "center", "font")
                              and not _has_block_child(child)):
                for img in child.iter("img"):
                    if img.get("src", "").startswith("http"):
                        blocks.append(Block("figure", images=[(img.get("src"), norm(img.get("alt", "")))]))
                if tag == "p" and _has_block_child(child):
                    walk(child)
                    continue
                h = inline_html(child)
                if norm(h):
                    blocks.append(Block("p", html=h))
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                h = inline_html(child)
                if norm(h):
                    blocks.append(Block("h", html=h, level=int(tag[1])))
            elif tag in ("ul", "ol"):
                items = [inline_html(li) for li in child if isinstance(li.tag, str) and li.tag == "li"]
                items = [i for i in items if norm(i)]
                if items:
                    blocks.append(Block(tag, items=items))
            elif tag == "blockquote":
                inner = extract_blocks(child) if _has_block_child(child) else []
                if not inner and norm(child.text_content()):
                    inner = [Block("p", html=inline_html(child))]
                inner = [b for b in inner if b.kind != "figure"]
                if inner:
                    blocks.append(Block("quote", items=inner))
            elif tag == "figure":
                fig = _figure_from(child)
                if fig:
                    blocks.append(fig)
            elif tag == "table":
                if child.find(".//img") is not None and len(child.findall(".//tr")) <= 3:
                    fig = _figure_from(child)
                    if fig:
                        blocks.append(fig)
                    continue
                rows = []
                for tr in child.iter("tr"):
                    cells = [(c.tag, inline_html(c)) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
                    if any(norm(h) for _, h in cells):
                        rows.append(cells)
                if rows:
                    blocks.append(Block("table", rows=rows))
            elif tag == "figcaption":
                if blocks and blocks[-1].kind == "figure" and not blocks[-1].html:
                    blocks[-1].html = inline_html(child)
                elif norm(child.text_content()):
                    blocks.append(Block("p", html=inline_html(child)))
            elif tag == "pre":
                t = pre_text(child)
                if t.strip():
                    blocks.append(Block("pre", text=t))
            elif tag == "img":
                if child.get("src", "").startswith("http"):
                    blocks.append(Block("figure", images=[(child.get("src"), norm(child.get("alt", "")))]))
            else:
                walk(child)

    walk(root)
    return blocks


@dataclass
class Article:
    name: str
    title: str
    byline: str
    lang: str
    blocks: list

    def text(self) -> str:
        return norm(" ".join(b.plain() for b in self.blocks))

    def paragraphs(self) -> list[str]:
        return [b.html for b in self.blocks if b.kind == "p"]


# Per-article clean-up of what Readability kept: ``drop`` (block texts starting with any of these
# are removed), ``cut`` (this block and everything after it go), ``start`` (everything before it
# goes), ``strip`` (regexes removed from paragraph HTML), ``heads`` (paragraphs that are really
# subheadings), ``caption_after`` (paragraphs that are captions of the figure before them).
FIX: dict[str, dict] = {
    "schema-org-context-object": dict(byline="Stella Kim and Jennifer Jett", cut=["Stella Kim reported"]),
    "nytimes-1": dict(drop=["Continue reading the main story"]),
    "nytimes-2": dict(drop=["Continue reading the main story"]),
    "nytimes-3": dict(drop=["New York’s aging below-street", "Image", "Feb. 21, 2019",
                            "[What you need to know"], cut=["Corey Kilgannon is a Metro"],
                      drop_author_img=True),
    "nytimes-4": dict(drop=["Tax cuts, spending increases and higher", "Image", "Sept. 25, 2018",
                            "More about the federal debt"], cut=["Nelson D. Schwartz has covered"]),
    "telegraph": dict(title="Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term'", byline="", ),
    "herald-sun-1": dict(byline="Laurie Oakes", cut=["LAURIE OAKES IS THE"], drop=["A new Bill would require telecommunications service providers to store so-called ‘metadata’"]),
    "folha": dict(byline="Bruno Rodrigues", ),
    "liberation-1": dict(byline="Sébastien Farcis", ),
    "msn": dict(strip=[r"^© Provided by Business Insider Inc Nintendo/Apple "],
                drop=["To see \"Super Mario Run\" in action"]),
    "buzzfeed-1": dict(byline="", drop=["West Merica Police", "Facebook"], figure_drop=True, h_to_p=True),
    "wapo-1": dict(byline="Erin Cunningham", drop=["[Read:", "[ Read:", "[Bardo museum", "[ Bardo museum", "Map: Flow of foreign", "Gunmen in military uniforms stormed"],
                   cut=["Heba Habib contributed"]),
    "wapo-2": dict(byline="Steven Mufson", caption_after=["Israeli Prime Minister Benjamin Netanyahu reacts"],
                   drop=["Israeli Prime Minister Benjamin Netanyahu pledged to form"],
                   cut=["Steven Mufson covers"], last_figure_drop=True),
    "cnet": dict(cut=["Tech Enabled:"]),
    "theverge": dict(cut=["Sign up for Command Line"], caption_after=["I wasn’t allowed to record"], heads=["It’s easiest to judge the Vision Pro"]),
    "breitbart": dict(title="'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'", byline="Lucas Nolan", drop=["JIM WATSON/AFP", "SIGN UP FOR OUR NEWSLETTER"], cut=["Lucas Nolan is a reporter"],
                      h_to_p=True),
    "heise": dict(),
    "aktualne": dict(drop=["Podívejte se na důležité momenty"], cut=["Pokud jste v článku zaznamenali"]),
    "seattletimes-1": dict(byline="", heads=["Whole Foods future", "Back on the schooner"]),
    "lemonde-1": dict(byline="Martin Untersinger", drop=["Revivez le direct", "Lire aussi :", "Lire :"]),
    "la-nacion": dict(lang="es", byline="Andrés Malamud y Martín Schapiro", drop=["Los pueblos indígenas reclaman por derechos"], cut=["Andrés Malamud es politólogo"]),
    "citylab-1": dict(drop=["Why Neon Is the Ultimate Symbol", "1:39 PM ET",
                            "The once-ubiquitous form of lighting",
                            "Cities are changing fast."], cut=["This article originally appeared"]),
    "ars-1": dict(drop=["Biz & IT", "Two-year-old bug exposes"]),
    "gmw": dict(title="宇航员在太空中喝酒会怎么样？后果很严重", lang="zh", cut=["原标题："], caption_after=["图注："]),
    "yahoo-1": dict(cut=["More games news:"]),
    "ehow-1": dict(title="How to Build a Terrarium", drop=["Found This Helpful"], cut=["Featured"]),
    "engadget": dict(drop=["Gallery: Xbox One X"]),
    "quanta-1": dict(byline="Joshua Sokol", cut=["This article was reprinted"]),
    "blogger": dict(byline="Andrew Zonenberg", ),
    "v8-blog": dict(title="Outside the web: standalone WebAssembly binaries using Emscripten", byline="Alon Zakai", strip=[r"\s*<a href=\"[^\"]*\">#</a>\s*$", r"\s+#$"]),
    # clutter sources
    "bbc-1": dict(drop=["Read the full transcript", "Five things we learned", "The presidential body swerve"], drop_img_alt="line"),
    "yahoo-2": dict(byline="Nataliya Vasilyeva", drop=["1 / 5", "In this photo dated"], cut=["___"]),
    "yahoo-3": dict(byline="Gillian Mohney", start=["A photographer and Navy veteran"],
                    drop=["Pizza Man Making", "Redesigned Scopes", "Antarctica 'Penguin", "View photo", ".",
                          "Vanessa Hicks"]),
    "simplyfound-1": dict(drop=["Raspberry Pi 3 - A credit card sized PC that only", "Raspberry Pi in educations",
                                "Raspberry Pi - Various Usage"]),
    "wikia": dict(cut=["Would you like to be part"]),
    "spiceworks": dict(byline="", drop=["Vidyard Launches New Tools", "Learn More:"]),
    "iab-1": dict(cut=["IAB Tech Lab Members can join"]),
    "wordpress": dict(),
    "webmd-1": dict(byline="Brenda Goodman", ),
    "webmd-2": dict(byline="Kelli Miller", ),
    "medicalnewstoday": dict(drop=["Michael Shadlen, Ph.D."]),
    "cnn": dict(drop=["Powered by SmartAsset", "Related:"], cut=["CNNMoney (New York)"]),
    "tmz-1": dict(byline="TMZ Staff", drop=["EXCLUSIVE", "$150K Pearl", "2/26/2015"]),
    "cnet-svg-classes": dict(cut=["Reproduciendo:"]),
    "gitlab-blog": dict(cut=["Explore this year"]),
    "salon-1": dict(),
    "medium-2": dict(),
    "videos-2": dict(),
    "youth": dict(),
    "yahoo-4": dict(),
    "aclu": dict(),
    "ebb-org": dict(),
    "daringfireball-1": dict(),
    "tumblr": dict(),
}


def _startswith_any(text: str, prefixes) -> bool:
    return any(text == p or text.startswith(p) for p in prefixes or ())


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Readability keeps some texts twice (a caption as <li> and <p>, a quote as <blockquote>
    and <p>, a caption as <figcaption> and <p>): keep the first."""
    out: list[Block] = []
    for b in blocks:
        t = b.plain()
        if out and b.kind in ("p", "ul") and t:
            recent = [x for x in out[-3:] if x.kind in ("figure", "quote", "ul", "p")]
            if any(t == x.plain() or (x.kind in ("figure", "quote") and t in x.plain()) for x in recent):
                continue
        out.append(b)
    return out


_ARTICLES: dict[str, Article] = {}


def load_article(name: str) -> Article:
    if name in _ARTICLES:
        return _ARTICLES[name]
    folder = SEEDS / name
    meta = json.loads((folder / "reference-metadata.json").read_text(encoding="utf-8"))
    root = lxml.html.fragment_fromstring((folder / "reference.html").read_text(encoding="utf-8"),
                                         create_parent="div")
    fix = FIX.get(name, {})
    blocks = extract_blocks(root)
    if fix.get("drop_author_img"):
        blocks = [b for b in blocks if not (b.kind == "figure" and "author-" in b.images[0][0])]
    if fix.get("drop_img_alt"):
        blocks = [b for b in blocks if not (b.kind == "figure" and b.images[0][1] == fix["drop_img_alt"])]
    if fix.get("figure_drop"):
        blocks = [b for b in blocks if b.kind != "figure"]
    if fix.get("last_figure_drop"):
        figs = [i for i, b in enumerate(blocks) if b.kind == "figure"]
        if figs:
            del blocks[figs[-1]]
    for pat in fix.get("strip", ()):
        for b in blocks:
            if b.kind in ("p", "h"):
                b.html = re.sub(pat, "", b.html).strip()
    if fix.get("start"):
        idx = next(i for i, b in enumerate(blocks) if _startswith_any(b.plain(), fix["start"]))
        blocks = blocks[idx:]
    if fix.get("cut"):
        idx = next((i for i, b in enumerate(blocks) if _startswith_any(b.plain(), fix["cut"])), None)
        if idx is None:
            raise SystemExit(f"{name}: cut marker not found")
        blocks = blocks[:idx]
    blocks = [b for b in blocks if b.plain() or b.kind == "figure"]
    blocks = [b for b in blocks if not (b.kind != "figure" and _startswith_any(b.plain(), fix.get("drop")))]
    if fix.get("h_to_p"):
        for b in blocks:
            if b.kind == "h":
                b.kind = "p"
    for b in blocks:
        if b.kind == "p" and _startswith_any(b.plain(), fix.get("heads")):
            b.kind, b.level = "h", 2
    # captions: a paragraph right before after a bare figure (``caption_after``)
    for i, b in enumerate(blocks):
        if b.kind == "p" and _startswith_any(b.plain(), fix.get("caption_after")):
            prev = blocks[i - 1] if i else None
            if prev is not None and prev.kind == "figure" and not prev.html:
                prev.html, b.kind = b.html, "drop"
    blocks = [b for b in blocks if b.kind != "drop"]
    blocks = _dedupe(blocks)
    # a figure only counts with a usable image; empty alt is fine
    levels = sorted({b.level for b in blocks if b.kind == "h"})
    for b in blocks:  # story subheadings start at h2
        if b.kind == "h":
            b.level = 2 + levels.index(b.level) if levels else 2
            b.level = min(b.level, 4)
    title = fix.get("title") or norm(meta.get("title") or "")
    byline = fix.get("byline", re.sub(r"^(?:By|by)\s+", "", norm(meta.get("byline") or "")))
    lang = fix.get("lang") or (meta.get("lang") or "en")[:2]
    art = Article(name=name, title=title, byline=byline, lang=lang, blocks=blocks)
    _ARTICLES[name] = art
    return art


def clean_title(art: Article) -> str:
    title = TITLE_FIX.get(art.name, art.title)
    return norm(title)


# Headlines for articles whose metadata title is a site name or carries a site suffix.
TITLE_FIX = {
    "yahoo-2": "Russian cargo ship bound for the space station breaks up over Siberia",
    "iab-1": "Getting LEAN with Digital Ad UX",
    "spiceworks": "Vidyard introduces new features on its video platform",
    "simplyfound-1": "Raspberry Pi 3: the credit card sized PC that costs only $35",
    "youth": "海外留学生看两会：出国前后关注点大不同",
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
    "tmz-1": "Lupita Nyong'o's $150K Pearl Oscar Dress Stolen",
    "salon-1": "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians",
    "videos-2": "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…",
    "webmd-1": "Babies Who Eat Peanuts Early May Avoid Allergy",
    "gmw": "宇航员在太空中喝酒会怎么样？后果很严重",
    "telegraph": "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term'",
    "breitbart": "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
}

# Who published each source article (provider lines of aggregator cards).
PROVIDER = {
    "bbc-1": "BBC News", "yahoo-2": "Associated Press", "yahoo-3": "ABC News", "simplyfound-1": "SimplyFound",
    "wikia": "Fandom", "spiceworks": "Toolbox", "gitlab-blog": "GitLab", "iab-1": "IAB", "wordpress": "WP Tavern",
    "medicalnewstoday": "Medical News Today", "webmd-1": "WebMD", "webmd-2": "WebMD", "cnn": "CNN Money",
    "salon-1": "Salon", "tmz-1": "TMZ", "cnet-svg-classes": "CNET en Español", "medium-2": "Medium",
    "videos-2": "Libération", "youth": "中国青年网", "yahoo-4": "CNET Japan", "telegraph": "The Telegraph",
    "wapo-1": "The Washington Post", "wapo-2": "The Washington Post", "heise": "heise online",
    "lemonde-1": "Le Monde", "liberation-1": "Libération", "msn": "Business Insider", "cnet": "CNET",
    "yahoo-1": "Yahoo Tech", "tumblr": "Minecraft", "folha": "Folha de S.Paulo", "nytimes-1": "The New York Times",
    "nytimes-2": "The New York Times", "breitbart": "Breitbart", "ars-1": "Ars Technica", "theverge": "The Verge",
    "herald-sun-1": "Herald Sun", "buzzfeed-1": "BuzzFeed News", "schema-org-context-object": "NBC News",
    "aktualne": "Aktuálně.cz", "citylab-1": "CityLab",
}


# =========================================================================== widget labels

def _labels(**kw) -> dict:
    return kw


LABELS: dict[str, dict] = {
    "en": _labels(
        related="Related Articles", more="More stories", read_more="Read more", read_also="Read more:",
        ad="Advertisement", ad_below="Story continues below advertisement",
        nl_title="Get the morning briefing",
        nl_text="The day's most important stories, delivered to your inbox before breakfast.",
        nl_btn="Sign up", email="Email address", nl_fine="You can unsubscribe at any time. See our privacy policy.",
        comments="Comments", no_comments="No comments yet...", be_first="Be the first to share your thoughts.",
        write="Write a comment", reply="Reply", like="Like", post="Post", share="Share", copy="Copy link",
        email_s="Email", tags="Tags", most_read="Most read", about="About the author", gallery="Gallery",
        photos="photos", of="of", view_gallery="View gallery", next="Next article", up_next="Up next",
        hashtags="Hashtags", ai_title="Try Our AI Features", ai_text="Explore what {site} AI can do for you:",
        ai_actions=["Summarize this story", "Translate", "Ask a follow-up question"],
        app_title="Read it in the app", app_text="Faster stories, offline reading and breaking-news alerts.",
        app_btn="Download", loading="Loading next story…", follow="Follow", by="By", updated="Updated",
        min_read="min read", source="Read the original article on {provider}", trending="Trending now",
        login="Sign in", subscribe="Subscribe", search="Search",
        cookie="We use cookies to personalise content and ads and to analyse our traffic.",
        accept="Accept all", manage="Manage preferences",
        sections=["World", "Politics", "Business", "Tech", "Science", "Sport", "Culture", "Opinion"],
        footer=["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy", "Cookie settings"],
        rights="All rights reserved.", ago=["{n} hours ago", "a day ago", "{n} days ago"], home="Home",
    ),
    "fr": _labels(
        related="Articles liés", more="Plus d'actualités", read_more="Lire la suite", read_also="Lire aussi :",
        ad="Publicité", ad_below="La suite après cette publicité", nl_title="Recevez notre lettre du matin",
        nl_text="L'essentiel de l'actualité chaque matin dans votre boîte mail.", nl_btn="Je m'inscris",
        email="Adresse e-mail", nl_fine="Vous pouvez vous désabonner à tout moment.", comments="Commentaires",
        no_comments="Aucun commentaire pour le moment...", be_first="Soyez le premier à réagir.",
        write="Écrire un commentaire", reply="Répondre", like="J'aime", post="Publier", share="Partager",
        copy="Copier le lien", email_s="E-mail", tags="Mots-clés", most_read="Les plus lus",
        about="À propos de l'auteur", gallery="Diaporama", photos="photos", of="sur", view_gallery="Voir le diaporama",
        next="Article suivant", up_next="À suivre", hashtags="Hashtags", ai_title="Essayez nos fonctions IA",
        ai_text="Découvrez ce que l'IA de {site} peut faire pour vous :",
        ai_actions=["Résumer cet article", "Traduire", "Poser une question"],
        app_title="Lisez-nous dans l'application", app_text="Des articles plus rapides, la lecture hors ligne et les alertes.",
        app_btn="Télécharger", loading="Chargement de l'article suivant…", follow="Suivre", by="Par",
        updated="Mis à jour", min_read="min de lecture", source="Lire l'article original sur {provider}",
        trending="En ce moment", login="Se connecter", subscribe="S'abonner", search="Rechercher",
        cookie="Nous utilisons des cookies pour personnaliser le contenu et les publicités et analyser notre trafic.",
        accept="Tout accepter", manage="Paramétrer",
        sections=["International", "Politique", "Économie", "Tech", "Sciences", "Sport", "Culture", "Idées"],
        footer=["Qui sommes-nous", "Contact", "Recrutement", "Publicité", "Conditions d'utilisation",
                "Confidentialité", "Gestion des cookies"],
        rights="Tous droits réservés.", ago=["il y a {n} heures", "il y a un jour", "il y a {n} jours"], home="Accueil",
    ),
    "de": _labels(
        related="Verwandte Artikel", more="Mehr zum Thema", read_more="Weiterlesen", read_also="Lesen Sie auch:",
        ad="Anzeige", ad_below="Weiter nach der Anzeige", nl_title="Der Morgen-Newsletter",
        nl_text="Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.", nl_btn="Anmelden",
        email="E-Mail-Adresse", nl_fine="Sie können sich jederzeit wieder abmelden.", comments="Kommentare",
        no_comments="Noch keine Kommentare...", be_first="Schreiben Sie den ersten Kommentar.",
        write="Kommentar schreiben", reply="Antworten", like="Gefällt mir", post="Absenden", share="Teilen",
        copy="Link kopieren", email_s="E-Mail", tags="Schlagwörter", most_read="Meistgelesen",
        about="Über den Autor", gallery="Bildergalerie", photos="Bilder", of="von", view_gallery="Zur Bildergalerie",
        next="Nächster Artikel", up_next="Als Nächstes", hashtags="Hashtags", ai_title="Testen Sie unsere KI-Funktionen",
        ai_text="Entdecken Sie, was die KI von {site} für Sie tun kann:",
        ai_actions=["Artikel zusammenfassen", "Übersetzen", "Nachfrage stellen"],
        app_title="Jetzt in der App lesen", app_text="Schnellere Artikel, Offline-Lesen und Eilmeldungen.",
        app_btn="Herunterladen", loading="Nächster Artikel wird geladen…", follow="Folgen", by="Von",
        updated="Aktualisiert", min_read="Min. Lesezeit", source="Originalartikel bei {provider} lesen",
        trending="Gerade beliebt", login="Anmelden", subscribe="Abonnieren", search="Suche",
        cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.",
        accept="Alle akzeptieren", manage="Einstellungen",
        sections=["Politik", "Wirtschaft", "Digital", "Wissen", "Sport", "Kultur", "Meinung", "Reise"],
        footer=["Über uns", "Kontakt", "Jobs", "Werbung", "Nutzungsbedingungen", "Datenschutz", "Impressum"],
        rights="Alle Rechte vorbehalten.", ago=["vor {n} Stunden", "vor einem Tag", "vor {n} Tagen"], home="Startseite",
    ),
    "es": _labels(
        related="Artículos relacionados", more="Más noticias", read_more="Seguir leyendo", read_also="Lea también:",
        ad="Publicidad", ad_below="Sigue leyendo después del anuncio", nl_title="Recibe el boletín de la mañana",
        nl_text="Las noticias más importantes del día, cada mañana en tu correo.", nl_btn="Suscribirme",
        email="Correo electrónico", nl_fine="Puedes darte de baja en cualquier momento.", comments="Comentarios",
        no_comments="Todavía no hay comentarios...", be_first="Sé el primero en opinar.",
        write="Escribe un comentario", reply="Responder", like="Me gusta", post="Publicar", share="Compartir",
        copy="Copiar enlace", email_s="Correo", tags="Temas", most_read="Lo más leído", about="Sobre los autores",
        gallery="Galería", photos="fotos", of="de", view_gallery="Ver galería", next="Siguiente artículo",
        up_next="A continuación", hashtags="Hashtags", ai_title="Prueba nuestras funciones de IA",
        ai_text="Descubre lo que la IA de {site} puede hacer por ti:",
        ai_actions=["Resumir esta noticia", "Traducir", "Hacer una pregunta"],
        app_title="Léenos en la app", app_text="Noticias más rápidas, lectura sin conexión y alertas.",
        app_btn="Descargar", loading="Cargando la siguiente noticia…", follow="Seguir", by="Por",
        updated="Actualizado", min_read="min de lectura", source="Lee el artículo original en {provider}",
        trending="Tendencias", login="Iniciar sesión", subscribe="Suscríbete", search="Buscar",
        cookie="Usamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.",
        accept="Aceptar todo", manage="Configurar",
        sections=["Política", "Economía", "Sociedad", "Mundo", "Opinión", "Deportes", "Cultura", "Tecnología"],
        footer=["Quiénes somos", "Contacto", "Trabaja con nosotros", "Publicidad", "Términos y condiciones",
                "Privacidad", "Cookies"],
        rights="Todos los derechos reservados.", ago=["hace {n} horas", "hace un día", "hace {n} días"], home="Inicio",
    ),
    "pt": _labels(
        related="Notícias relacionadas", more="Mais notícias", read_more="Continue lendo", read_also="Leia também:",
        ad="Publicidade", ad_below="Continua após a publicidade", nl_title="Receba a newsletter da manhã",
        nl_text="As notícias mais importantes do dia, todas as manhãs no seu e-mail.", nl_btn="Cadastrar",
        email="Seu e-mail", nl_fine="Você pode cancelar a qualquer momento.", comments="Comentários",
        no_comments="Ainda não há comentários...", be_first="Seja o primeiro a comentar.",
        write="Escreva um comentário", reply="Responder", like="Curtir", post="Enviar", share="Compartilhar",
        copy="Copiar link", email_s="E-mail", tags="Tópicos", most_read="Mais lidas", about="Sobre o autor",
        gallery="Galeria", photos="fotos", of="de", view_gallery="Ver galeria", next="Próxima notícia",
        up_next="A seguir", hashtags="Hashtags", ai_title="Experimente nossos recursos de IA",
        ai_text="Descubra o que a IA do {site} pode fazer por você:",
        ai_actions=["Resumir esta notícia", "Traduzir", "Fazer uma pergunta"],
        app_title="Leia no aplicativo", app_text="Notícias mais rápidas, leitura offline e alertas.",
        app_btn="Baixar", loading="Carregando a próxima notícia…", follow="Seguir", by="Por",
        updated="Atualizado", min_read="min de leitura", source="Leia a reportagem original em {provider}",
        trending="Em alta", login="Entrar", subscribe="Assine", search="Buscar",
        cookie="Usamos cookies para personalizar conteúdo e anúncios e analisar nosso tráfego.",
        accept="Aceitar todos", manage="Preferências",
        sections=["Poder", "Mundo", "Mercado", "Cotidiano", "Esporte", "Ilustrada", "Ciência", "Tec"],
        footer=["Quem somos", "Fale conosco", "Trabalhe conosco", "Anuncie", "Termos de uso", "Privacidade", "Cookies"],
        rights="Todos os direitos reservados.", ago=["há {n} horas", "há um dia", "há {n} dias"], home="Início",
    ),
    "it": _labels(
        related="Articoli correlati", more="Altre notizie", read_more="Continua a leggere", read_also="Leggi anche:",
        ad="Pubblicità", ad_below="L'articolo continua dopo la pubblicità", nl_title="La newsletter del mattino",
        nl_text="Le notizie più importanti della giornata, ogni mattina nella tua casella.", nl_btn="Iscriviti",
        email="Indirizzo email", nl_fine="Puoi annullare l'iscrizione in qualsiasi momento.", comments="Commenti",
        no_comments="Ancora nessun commento...", be_first="Scrivi tu il primo commento.",
        write="Scrivi un commento", reply="Rispondi", like="Mi piace", post="Invia", share="Condividi",
        copy="Copia link", email_s="Email", tags="Argomenti", most_read="I più letti", about="L'autore",
        gallery="Fotogallery", photos="foto", of="di", view_gallery="Guarda la gallery", next="Articolo successivo",
        up_next="A seguire", hashtags="Hashtag", ai_title="Prova le nostre funzioni IA",
        ai_text="Scopri cosa può fare per te l'IA di {site}:",
        ai_actions=["Riassumi l'articolo", "Traduci", "Fai una domanda"],
        app_title="Leggici nell'app", app_text="Notizie più veloci, lettura offline e notifiche.",
        app_btn="Scarica", loading="Caricamento del prossimo articolo…", follow="Segui", by="di",
        updated="Aggiornato", min_read="min di lettura", source="Leggi l'articolo originale su {provider}",
        trending="Di tendenza", login="Accedi", subscribe="Abbonati", search="Cerca",
        cookie="Utilizziamo i cookie per personalizzare contenuti e annunci e per analizzare il traffico.",
        accept="Accetta tutto", manage="Gestisci preferenze",
        sections=["Politica", "Economia", "Esteri", "Cronaca", "Tecnologia", "Sport", "Cultura", "Opinioni"],
        footer=["Chi siamo", "Contatti", "Lavora con noi", "Pubblicità", "Termini di servizio", "Privacy",
                "Cookie policy"],
        rights="Tutti i diritti riservati.", ago=["{n} ore fa", "un giorno fa", "{n} giorni fa"], home="Home",
    ),
    "nl": _labels(
        related="Gerelateerde artikelen", more="Meer nieuws", read_more="Lees verder", read_also="Lees ook:",
        ad="Advertentie", ad_below="Het artikel gaat verder na de advertentie", nl_title="Ontvang de ochtendbrief",
        nl_text="Het belangrijkste nieuws van de dag, elke ochtend in je mailbox.", nl_btn="Aanmelden",
        email="E-mailadres", nl_fine="Je kunt je op elk moment afmelden.", comments="Reacties",
        no_comments="Nog geen reacties...", be_first="Plaats als eerste een reactie.", write="Schrijf een reactie",
        reply="Reageren", like="Vind ik leuk", post="Plaatsen", share="Delen", copy="Link kopiëren",
        email_s="E-mail", tags="Onderwerpen", most_read="Meest gelezen", about="Over de auteur", gallery="Fotoserie",
        photos="foto's", of="van", view_gallery="Bekijk de fotoserie", next="Volgend artikel", up_next="Hierna",
        hashtags="Hashtags", ai_title="Probeer onze AI-functies", ai_text="Ontdek wat de AI van {site} voor je kan doen:",
        ai_actions=["Vat dit artikel samen", "Vertaal", "Stel een vraag"],
        app_title="Lees verder in de app", app_text="Sneller nieuws, offline lezen en pushmeldingen.",
        app_btn="Downloaden", loading="Volgend artikel laden…", follow="Volgen", by="Door", updated="Bijgewerkt",
        min_read="min leestijd", source="Lees het originele artikel op {provider}", trending="Populair",
        login="Inloggen", subscribe="Abonneren", search="Zoeken",
        cookie="Wij gebruiken cookies om inhoud en advertenties te personaliseren en ons verkeer te analyseren.",
        accept="Alles accepteren", manage="Instellingen",
        sections=["Binnenland", "Buitenland", "Economie", "Tech", "Wetenschap", "Sport", "Cultuur", "Opinie"],
        footer=["Over ons", "Contact", "Vacatures", "Adverteren", "Gebruiksvoorwaarden", "Privacy", "Cookies"],
        rights="Alle rechten voorbehouden.", ago=["{n} uur geleden", "een dag geleden", "{n} dagen geleden"],
        home="Home",
    ),
    "sv": _labels(
        related="Relaterade artiklar", more="Fler nyheter", read_more="Läs mer", read_also="Läs också:",
        ad="Annons", ad_below="Artikeln fortsätter efter annonsen", nl_title="Få morgonens nyhetsbrev",
        nl_text="Dagens viktigaste nyheter i din inkorg varje morgon.", nl_btn="Prenumerera", email="E-postadress",
        nl_fine="Du kan avsluta prenumerationen när som helst.", comments="Kommentarer",
        no_comments="Inga kommentarer ännu...", be_first="Bli först att kommentera.", write="Skriv en kommentar",
        reply="Svara", like="Gilla", post="Skicka", share="Dela", copy="Kopiera länk", email_s="E-post",
        tags="Ämnen", most_read="Mest läst", about="Om skribenten", gallery="Bildspel", photos="bilder", of="av",
        view_gallery="Se bildspelet", next="Nästa artikel", up_next="Härnäst", hashtags="Hashtaggar",
        ai_title="Testa våra AI-funktioner", ai_text="Upptäck vad {site} AI kan göra för dig:",
        ai_actions=["Sammanfatta artikeln", "Översätt", "Ställ en fråga"], app_title="Läs i appen",
        app_text="Snabbare nyheter, läsning offline och pushnotiser.", app_btn="Ladda ner",
        loading="Laddar nästa artikel…", follow="Följ", by="Av", updated="Uppdaterad", min_read="min läsning",
        source="Läs originalartikeln på {provider}", trending="Just nu", login="Logga in", subscribe="Prenumerera",
        search="Sök", cookie="Vi använder cookies för att anpassa innehåll och annonser och för att analysera vår trafik.",
        accept="Godkänn alla", manage="Inställningar",
        sections=["Sverige", "Världen", "Ekonomi", "Teknik", "Vetenskap", "Sport", "Kultur", "Ledare"],
        footer=["Om oss", "Kontakt", "Jobba hos oss", "Annonsera", "Användarvillkor", "Integritet", "Cookies"],
        rights="Alla rättigheter förbehållna.", ago=["för {n} timmar sedan", "för en dag sedan", "för {n} dagar sedan"],
        home="Start",
    ),
    "da": _labels(
        related="Relaterede artikler", more="Flere nyheder", read_more="Læs mere", read_also="Læs også:",
        ad="Annonce", ad_below="Artiklen fortsætter efter annoncen", nl_title="Få morgenens nyhedsbrev",
        nl_text="Dagens vigtigste nyheder i din indbakke hver morgen.", nl_btn="Tilmeld", email="E-mailadresse",
        nl_fine="Du kan til enhver tid afmelde dig.", comments="Kommentarer", no_comments="Ingen kommentarer endnu...",
        be_first="Bliv den første til at kommentere.", write="Skriv en kommentar", reply="Svar",
        like="Synes godt om", post="Send", share="Del", copy="Kopiér link", email_s="E-mail", tags="Emner",
        most_read="Mest læste", about="Om skribenten", gallery="Billedserie", photos="billeder", of="af",
        view_gallery="Se billedserien", next="Næste artikel", up_next="Næste", hashtags="Hashtags",
        ai_title="Prøv vores AI-funktioner", ai_text="Se hvad {site} AI kan gøre for dig:",
        ai_actions=["Opsummer artiklen", "Oversæt", "Stil et spørgsmål"], app_title="Læs videre i appen",
        app_text="Hurtigere nyheder, offline-læsning og notifikationer.", app_btn="Hent",
        loading="Henter næste artikel…", follow="Følg", by="Af", updated="Opdateret", min_read="min. læsning",
        source="Læs den oprindelige artikel hos {provider}", trending="Populært nu", login="Log ind",
        subscribe="Abonnér", search="Søg",
        cookie="Vi bruger cookies til at tilpasse indhold og annoncer og til at analysere vores trafik.",
        accept="Accepter alle", manage="Indstillinger",
        sections=["Indland", "Udland", "Erhverv", "Tech", "Viden", "Sport", "Kultur", "Debat"],
        footer=["Om os", "Kontakt", "Job", "Annoncering", "Vilkår", "Privatliv", "Cookies"],
        rights="Alle rettigheder forbeholdes.", ago=["for {n} timer siden", "for en dag siden", "for {n} dage siden"],
        home="Forside",
    ),
    "pl": _labels(
        related="Powiązane artykuły", more="Więcej wiadomości", read_more="Czytaj dalej", read_also="Czytaj też:",
        ad="Reklama", ad_below="Dalsza część artykułu pod reklamą", nl_title="Poranny newsletter",
        nl_text="Najważniejsze wiadomości dnia co rano w Twojej skrzynce.", nl_btn="Zapisz się",
        email="Adres e-mail", nl_fine="Możesz zrezygnować w każdej chwili.", comments="Komentarze",
        no_comments="Brak komentarzy...", be_first="Dodaj pierwszy komentarz.", write="Napisz komentarz",
        reply="Odpowiedz", like="Lubię to", post="Wyślij", share="Udostępnij", copy="Kopiuj link", email_s="E-mail",
        tags="Tematy", most_read="Najczęściej czytane", about="O autorze", gallery="Galeria", photos="zdjęć", of="z",
        view_gallery="Zobacz galerię", next="Następny artykuł", up_next="Następnie", hashtags="Hashtagi",
        ai_title="Wypróbuj nasze funkcje AI", ai_text="Sprawdź, co AI {site} może dla Ciebie zrobić:",
        ai_actions=["Streść artykuł", "Przetłumacz", "Zadaj pytanie"], app_title="Czytaj w aplikacji",
        app_text="Szybsze wiadomości, czytanie offline i powiadomienia.", app_btn="Pobierz",
        loading="Ładowanie kolejnego artykułu…", follow="Obserwuj", by="Autor:", updated="Aktualizacja",
        min_read="min czytania", source="Przeczytaj oryginalny artykuł w {provider}", trending="Na czasie",
        login="Zaloguj się", subscribe="Subskrybuj", search="Szukaj",
        cookie="Używamy plików cookie, aby dopasować treści i reklamy oraz analizować ruch.",
        accept="Akceptuję wszystkie", manage="Ustawienia",
        sections=["Kraj", "Świat", "Biznes", "Technologie", "Nauka", "Sport", "Kultura", "Opinie"],
        footer=["O nas", "Kontakt", "Kariera", "Reklama", "Regulamin", "Prywatność", "Pliki cookie"],
        rights="Wszelkie prawa zastrzeżone.", ago=["{n} godz. temu", "wczoraj", "{n} dni temu"], home="Strona główna",
    ),
    "cs": _labels(
        related="Související články", more="Další zprávy", read_more="Číst dál", read_also="Čtěte také:",
        ad="Reklama", ad_below="Článek pokračuje pod reklamou", nl_title="Ranní newsletter",
        nl_text="Nejdůležitější zprávy dne každé ráno ve vaší schránce.", nl_btn="Přihlásit k odběru",
        email="E-mailová adresa", nl_fine="Odběr můžete kdykoli zrušit.", comments="Diskuse",
        no_comments="Zatím žádné komentáře...", be_first="Buďte první, kdo přidá názor.", write="Napsat komentář",
        reply="Odpovědět", like="Líbí se mi", post="Odeslat", share="Sdílet", copy="Kopírovat odkaz",
        email_s="E-mail", tags="Témata", most_read="Nejčtenější", about="O autorovi", gallery="Fotogalerie",
        photos="fotografií", of="z", view_gallery="Otevřít fotogalerii", next="Další článek", up_next="Následuje",
        hashtags="Hashtagy", ai_title="Vyzkoušejte naše AI funkce", ai_text="Podívejte se, co pro vás umí AI {site}:",
        ai_actions=["Shrnout článek", "Přeložit", "Položit otázku"], app_title="Čtěte v aplikaci",
        app_text="Rychlejší zprávy, čtení offline a upozornění.", app_btn="Stáhnout",
        loading="Načítáme další článek…", follow="Sledovat", by="Autor:", updated="Aktualizováno",
        min_read="min čtení", source="Přečtěte si původní článek na {provider}", trending="Právě se čte",
        login="Přihlásit se", subscribe="Předplatné", search="Hledat",
        cookie="Používáme cookies k personalizaci obsahu a reklam a k analýze návštěvnosti.",
        accept="Přijmout vše", manage="Nastavení",
        sections=["Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura", "Věda", "Technologie", "Názory"],
        footer=["O nás", "Kontakty", "Kariéra", "Inzerce", "Podmínky užití", "Ochrana soukromí", "Cookies"],
        rights="Všechna práva vyhrazena.", ago=["před {n} hodinami", "před dnem", "před {n} dny"], home="Úvod",
    ),
    "tr": _labels(
        related="İlgili Haberler", more="Daha fazla haber", read_more="Devamını oku", read_also="Bunu da okuyun:",
        ad="Reklam", ad_below="Haberin devamı reklamdan sonra", nl_title="Sabah bültenine abone olun",
        nl_text="Günün en önemli haberleri her sabah e-posta kutunuzda.", nl_btn="Abone ol", email="E-posta adresi",
        nl_fine="Aboneliğinizi istediğiniz zaman iptal edebilirsiniz.", comments="Yorumlar",
        no_comments="Henüz yorum yok...", be_first="İlk yorumu siz yazın.", write="Yorum yaz", reply="Yanıtla",
        like="Beğen", post="Gönder", share="Paylaş", copy="Bağlantıyı kopyala", email_s="E-posta", tags="Etiketler",
        most_read="En çok okunanlar", about="Yazar hakkında", gallery="Foto galeri", photos="fotoğraf", of="/",
        view_gallery="Galeriyi aç", next="Sonraki haber", up_next="Sıradaki", hashtags="Hashtag'ler",
        ai_title="Yapay zekâ özelliklerimizi deneyin",
        ai_text="{site} yapay zekâsının sizin için neler yapabileceğini keşfedin:",
        ai_actions=["Haberi özetle", "Çevir", "Soru sor"], app_title="Uygulamada okuyun",
        app_text="Daha hızlı haberler, çevrimdışı okuma ve bildirimler.", app_btn="İndir",
        loading="Sonraki haber yükleniyor…", follow="Takip et", by="Yazan:", updated="Güncellendi",
        min_read="dk okuma", source="Haberin aslını {provider} sitesinde okuyun", trending="Gündemdekiler",
        login="Giriş yap", subscribe="Abone ol", search="Ara",
        cookie="İçerik ve reklamları kişiselleştirmek ve trafiğimizi analiz etmek için çerez kullanıyoruz.",
        accept="Tümünü kabul et", manage="Tercihler",
        sections=["Gündem", "Dünya", "Ekonomi", "Teknoloji", "Bilim", "Spor", "Kültür", "Yazarlar"],
        footer=["Hakkımızda", "İletişim", "Kariyer", "Reklam", "Kullanım koşulları", "Gizlilik", "Çerezler"],
        rights="Tüm hakları saklıdır.", ago=["{n} saat önce", "bir gün önce", "{n} gün önce"], home="Ana sayfa",
    ),
    "ja": _labels(
        related="関連記事", more="その他のニュース", read_more="続きを読む", read_also="あわせて読みたい：",
        ad="広告", ad_below="記事は広告の後も続きます", nl_title="朝のニュースレター",
        nl_text="その日の重要なニュースを毎朝メールでお届けします。", nl_btn="登録する", email="メールアドレス",
        nl_fine="配信はいつでも停止できます。", comments="コメント", no_comments="まだコメントはありません…",
        be_first="最初のコメントを投稿しましょう。", write="コメントを書く", reply="返信", like="いいね",
        post="投稿", share="シェア", copy="リンクをコピー", email_s="メール", tags="タグ",
        most_read="アクセスランキング", about="この記事の筆者", gallery="フォトギャラリー", photos="枚", of="/",
        view_gallery="ギャラリーを見る", next="次の記事", up_next="次に読む", hashtags="ハッシュタグ",
        ai_title="AI機能を試してみましょう", ai_text="{site}のAIでできること：",
        ai_actions=["記事を要約", "翻訳", "質問する"], app_title="アプリで読む",
        app_text="より速く、オフラインでも読めて、速報も届きます。", app_btn="ダウンロード",
        loading="次の記事を読み込み中…", follow="フォロー", by="文：", updated="更新", min_read="分で読めます",
        source="{provider}で元の記事を読む", trending="話題のニュース", login="ログイン", subscribe="購読する",
        search="検索", cookie="当サイトでは、コンテンツや広告のパーソナライズとアクセス解析のためにCookieを使用しています。",
        accept="すべて許可", manage="設定",
        sections=["国内", "国際", "経済", "IT", "科学", "スポーツ", "エンタメ", "ゲーム"],
        footer=["会社概要", "お問い合わせ", "採用情報", "広告掲載", "利用規約", "プライバシーポリシー", "Cookieについて"],
        rights="無断転載を禁じます。", ago=["{n}時間前", "1日前", "{n}日前"], home="トップ",
    ),
    "ko": _labels(
        related="관련 기사", more="더 많은 뉴스", read_more="더 보기", read_also="함께 읽기:", ad="광고",
        ad_below="광고 후 기사가 이어집니다", nl_title="아침 뉴스레터 받기",
        nl_text="하루의 가장 중요한 뉴스를 매일 아침 메일로 보내드립니다.", nl_btn="구독하기", email="이메일 주소",
        nl_fine="언제든지 구독을 해지할 수 있습니다.", comments="댓글", no_comments="아직 댓글이 없습니다...",
        be_first="첫 댓글을 남겨 주세요.", write="댓글 쓰기", reply="답글", like="좋아요", post="등록", share="공유",
        copy="링크 복사", email_s="이메일", tags="태그", most_read="많이 본 뉴스", about="기자 소개",
        gallery="포토 갤러리", photos="장", of="/", view_gallery="갤러리 보기", next="다음 기사", up_next="이어서 읽기",
        hashtags="해시태그", ai_title="AI 기능을 사용해 보세요", ai_text="{site} AI로 할 수 있는 일:",
        ai_actions=["기사 요약", "번역", "질문하기"], app_title="앱에서 읽기",
        app_text="더 빠른 뉴스, 오프라인 읽기, 속보 알림.", app_btn="다운로드", loading="다음 기사를 불러오는 중…",
        follow="팔로우", by="글:", updated="수정", min_read="분 분량", source="{provider}에서 원문 보기",
        trending="실시간 인기", login="로그인", subscribe="구독", search="검색",
        cookie="콘텐츠와 광고를 맞춤화하고 트래픽을 분석하기 위해 쿠키를 사용합니다.", accept="모두 허용",
        manage="설정", sections=["정치", "경제", "사회", "국제", "IT·과학", "스포츠", "문화", "오피니언"],
        footer=["회사 소개", "문의하기", "채용", "광고 안내", "이용약관", "개인정보처리방침", "쿠키 설정"],
        rights="무단 전재 및 재배포 금지.", ago=["{n}시간 전", "하루 전", "{n}일 전"], home="홈",
    ),
    "zh": _labels(
        related="相关阅读", more="更多新闻", read_more="阅读全文", read_also="延伸阅读：", ad="广告",
        ad_below="广告过后，文章继续", nl_title="订阅早间简报", nl_text="每天早上把当天最重要的新闻发送到您的邮箱。",
        nl_btn="立即订阅", email="电子邮箱", nl_fine="您可以随时取消订阅。", comments="评论", no_comments="暂无评论…",
        be_first="快来发表第一条评论吧。", write="写评论", reply="回复", like="赞", post="发表", share="分享",
        copy="复制链接", email_s="邮件", tags="标签", most_read="热门排行", about="作者简介", gallery="图集",
        photos="张", of="/", view_gallery="查看图集", next="下一篇", up_next="接下来", hashtags="话题",
        ai_title="试试我们的AI功能", ai_text="看看{site} AI能为您做什么：", ai_actions=["总结本文", "翻译", "提问"],
        app_title="在客户端阅读", app_text="更快的新闻、离线阅读和突发新闻提醒。", app_btn="下载",
        loading="正在加载下一篇…", follow="关注", by="作者：", updated="更新于", min_read="分钟阅读",
        source="在{provider}阅读原文", trending="热点", login="登录", subscribe="订阅", search="搜索",
        cookie="我们使用Cookie来个性化内容和广告并分析网站流量。", accept="全部接受", manage="设置",
        sections=["国内", "国际", "财经", "科技", "探索", "体育", "文化", "评论"],
        footer=["关于我们", "联系我们", "招聘", "广告服务", "使用条款", "隐私政策", "Cookie设置"],
        rights="版权所有，未经授权不得转载。", ago=["{n}小时前", "1天前", "{n}天前"], home="首页",
    ),
}

# Reader comments written for these pages (clutter).
COMMENTS = {
    "en": [
        "Great reporting, but I wish the piece had said more about what happens next.",
        "I read this twice and I'm still not sure who actually benefits here.",
        "This is exactly the kind of story that never makes the evening news. Thanks for covering it.",
        "Not convinced. The numbers quoted in paragraph four don't match what I saw last week.",
        "My father worked in this field for thirty years and he said the same thing back then.",
        "Can someone explain why nobody saw this coming? It seems obvious in hindsight.",
        "Sharing this with my book club, we were just arguing about it on Sunday.",
        "The headline is a bit much, but the article itself is fair.",
        "Would love a follow-up in six months to see whether any of this held up.",
        "Honestly the photos alone were worth the click.",
        "Same old story, different decade. Nothing will change until people vote differently.",
        "Thanks for linking the sources, it makes a difference.",
    ],
    "fr": ["Article très clair, merci pour ce travail de fond.",
           "On attend toujours les décrets d'application, comme d'habitude.",
           "Je ne suis pas d'accord avec la conclusion, mais le sujet méritait d'être traité."],
    "es": ["Muy buena columna, aunque faltó hablar del papel de las provincias.",
           "Ojalá más gente leyera esto antes de opinar en redes.",
           "Coincido en lo esencial: el diálogo sale más barato que la represión."],
    "de": ["Endlich eine sinnvolle Funktion, darauf habe ich lange gewartet.",
           "Funktioniert bei mir leider noch nicht mit dem älteren Mac.",
           "Gibt es das Update auch schon außerhalb des App Stores?"],
    "it": ["Analisi interessante, anche se i numeri andrebbero aggiornati.",
           "Il problema è sempre lo stesso: nessuno vuole tagliare la spesa.",
           "Ottimo articolo, lo giro ai miei studenti."],
    "pt": ["O Tite está certo em admitir o erro.", "Futebol e política não deveriam se misturar.",
           "Quero ver se ele mantém a mesma posição daqui a um ano."],
}

USERS = ["rivermouth", "k.halvorsen", "Dana P.", "oldschool_reader", "mika_t", "J. Okafor", "lanternfish",
         "Priya S.", "northwind77", "Tomás R.", "grumpy_commuter", "Elif Y.", "S. Moreau", "bookish_ben",
         "Hanna K.", "m.dubois", "Lucía F.", "Wojtek", "A. Lindqvist", "pdx_reader"]

HASHTAG_WORDS = {
    "schema-org-context-object": ["SouthKorea", "YoonSukYeol", "Impeachment", "MartialLaw", "Seoul"],
    "nytimes-1": ["Sudan", "Sanctions", "Africa", "ObamaAdministration"],
    "telegraph": ["Zimbabwe", "Mugabe", "Harare", "Africa"],
    "herald-sun-1": ["PressFreedom", "Metadata", "Canberra", "Media"],
    "folha": ["Tite", "Corinthians", "SeleçãoBrasileira", "Futebol"],
    "liberation-1": ["Népal", "Séisme", "Katmandou", "Solidarité"],
    "msn": ["Nintendo", "SuperMarioRun", "iPhone", "Gaming"],
    "buzzfeed-1": ["DNP", "Zdrowie", "Shrewsbury", "Odchudzanie"],
}


# =========================================================================== class names

NEUTRAL_WORDS = ["slab", "pane", "tile", "unit", "deck", "frame", "strip", "sheet", "shell", "stack", "well",
                 "bay", "band", "cell", "plate", "zone", "pod", "lane", "block", "wrap", "tray", "leaf", "spine",
                 "ledge", "vault", "hull"]
ELEMS = ["inner", "copy", "text", "main", "part", "body", "head", "foot", "item", "meta", "label", "link",
         "media", "row", "col", "lead", "aside", "group", "content", "line", "cap", "pic", "list", "cta"]
UTIL = ["flex", "grid", "block", "inline-flex", "items-center", "justify-between", "gap-2", "gap-4", "gap-6",
        "mt-2", "mt-4", "mt-8", "mb-2", "mb-4", "my-6", "px-2", "px-4", "py-3", "p-4", "mx-auto", "max-w-prose",
        "max-w-screen-xl", "w-full", "md:w-2/3", "lg:w-1/3", "md:flex", "lg:grid-cols-12", "col-span-8",
        "col-span-4", "text-sm", "text-base", "text-lg", "text-xl", "text-2xl", "text-xs", "font-bold",
        "font-semibold", "font-serif", "leading-7", "leading-tight", "tracking-wide", "uppercase",
        "text-gray-600", "text-neutral-800", "dark:text-neutral-200", "bg-white", "dark:bg-neutral-900",
        "rounded", "rounded-lg", "shadow-sm", "border-b", "border-t", "border-gray-200", "space-y-4",
        "space-y-6", "overflow-hidden", "object-cover", "aspect-video", "relative", "sticky", "top-0",
        "z-10", "line-clamp-3", "prose", "prose-lg", "break-words", "antialiased"]
MODULE_COMPS = ["Tile", "Block", "Stack", "Panel", "Box", "Shell", "Frame", "Layout", "Slot", "Unit", "Section",
                "Container", "Grid", "Item", "Column", "Region", "Surface", "Row"]
# Descriptive names, as some sites have them (only in the "semantic" scheme).
SEMANTIC = {
    "page": "site", "header": "site-header", "logo": "site-logo", "nav": "main-nav", "main": "content",
    "col": "main-column", "story": "article", "title": "article-title", "byline": "byline", "body": "article-body",
    "p": "", "h": "", "figure": "article-figure", "caption": "figure-caption", "ad": "ad-container",
    "nl": "newsletter-signup", "related": "related-links", "readmore": "read-also", "tags": "article-tags",
    "share": "share-tools", "author": "author-bio", "comments": "comments", "rail": "sidebar",
    "mostread": "most-popular", "footer": "site-footer", "card": "story-card", "card.title": "story-card__title",
    "card.body": "story-card__summary", "feed": "story-list", "unit": "article", "unit.title": "article-title",
    "unit.body": "article-body", "meta": "article-meta", "cookie": "cookie-banner",
}


class Namer:
    """Class names for one page: ``n(role)`` gives ' class="..."' (or '' in the no-class scheme).
    Names are drawn at random per page, so the same name means different things in different
    cases; roles of the same template (every article of an infinite scroll) share names."""

    LOWER = "abcdefghijklmnopqrstuvwxyz"
    DIGITS = "0123456789"

    def __init__(self, rng: random.Random, scheme: str):
        self.rng, self.scheme, self.map = rng, scheme, {}
        self.style = rng.choice(["x", "under", "sc", "css", "jsx", "emo"])
        self.prefix = rng.choice(["c-", "o-", "", "l-", "m-"])
        self.group_names: dict[str, str] = {}
        self.elem_names: dict[str, str] = {}

    def _rand(self, k: int, alphabet: str) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(k))

    def _group(self, group: str, vocab) -> str:
        if group not in self.group_names:
            used = set(self.group_names.values())
            choices = [w for w in vocab if w not in used] or list(vocab)
            self.group_names[group] = self.rng.choice(choices)
        return self.group_names[group]

    def _make(self, role: str) -> str:
        r, s = self.rng, self.scheme
        group, _, elem = role.partition(".")
        if s == "hash":
            st = self.style
            if st == "x":
                return "x" + self._rand(4, "0123456789abcdef")
            if st == "under":
                return "_" + self._rand(5, self.LOWER + self.DIGITS)
            if st == "sc":
                mixed = self.LOWER + self.LOWER.upper()
                return f"sc-{self._rand(6, mixed)} {self._rand(6, mixed)}"
            if st == "css":
                return "css-" + self._rand(6, self.LOWER + self.DIGITS)
            if st == "jsx":
                return "jsx-" + self._rand(10, self.DIGITS)
            return "e" + self._rand(5, self.LOWER + self.DIGITS) + "0"
        if s == "bem":
            block = self.prefix + self._group(group, NEUTRAL_WORDS)
            if not elem:
                mod = f" {block}--{r.choice(['wide', 'alt', 'v2', 'dense', 'lg'])}" if r.random() < 0.2 else ""
                return block + mod
            if role not in self.elem_names:
                self.elem_names[role] = r.choice(ELEMS)
            return f"{block}__{self.elem_names[role]}"
        if s == "utility":
            return " ".join(r.sample(UTIL, r.randint(2, 5)))
        if s == "module":
            comp = self._group(group, MODULE_COMPS)
            if role not in self.elem_names:
                self.elem_names[role] = r.choice(ELEMS) if elem else "root"
            return f"{comp}_{self.elem_names[role]}__{self._rand(5, self.LOWER + self.LOWER.upper() + self.DIGITS)}"
        if s == "neutral":
            return r.choice(["c", "b", "u", "w", "k", "box", "unit", "blk", "pn"]) + str(r.randint(1, 99))
        if s == "semantic":
            return SEMANTIC.get(role, role.replace(".", "-"))
        return ""

    def cls(self, role: str) -> str:
        if self.scheme == "none":
            return ""
        if role not in self.map:
            self.map[role] = self._make(role)
        return self.map[role]

    def __call__(self, role: str) -> str:
        c = self.cls(role)
        return f' class="{attr(c)}"' if c else ""

    def css(self) -> str:
        """A stylesheet for the names in use (padding that real pages have)."""
        props = ["display:flex", "display:grid", "display:block", "margin:0 auto", "margin-top:1rem",
                 "margin-bottom:1.5rem", "padding:0 16px", "padding:12px 0", "font-size:1.0625rem",
                 "font-size:.875rem", "line-height:1.6", "line-height:1.25", "color:#1a1a1a", "color:#5f6368",
                 "font-weight:700", "max-width:680px", "max-width:1280px", "gap:24px", "border-bottom:1px solid #e5e5e5",
                 "background:#fff", "position:relative", "overflow:hidden", "text-transform:uppercase",
                 "letter-spacing:.04em", "border-radius:8px", "grid-template-columns:repeat(12,1fr)",
                 "font-family:Georgia,'Times New Roman',serif", "font-family:-apple-system,Helvetica,Arial,sans-serif"]
        rules = []
        seen = set()
        for value in self.map.values():
            for token in value.split():
                if token in seen:
                    continue
                seen.add(token)
                sel = "." + re.sub(r"([:/.])", r"\\\1", token)
                decl = ";".join(self.rng.sample(props, self.rng.randint(2, 5)))
                rules.append(f"{sel}{{{decl}}}")
                if self.rng.random() < 0.3:
                    rules.append(f"@media (min-width:{self.rng.choice([640, 768, 1024])}px){{{sel}{{{self.rng.choice(props)}}}}}")
        return "\n".join(rules)


# =========================================================================== dates

MONTHS = {
    "en": ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
}


@dataclass
class When:
    y: int
    m: int
    d: int
    hh: int
    mm: int

    def iso(self) -> str:
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}T{self.hh:02d}:{self.mm:02d}:00+00:00"

    def show(self, lang: str) -> str:
        y, m, d, hh, mm = self.y, self.m, self.d, self.hh, self.mm
        if lang == "en":
            h12 = hh % 12 or 12
            return f"{MONTHS['en'][m - 1]} {d}, {y}, {h12}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
        if lang == "fr":
            return f"{d} {MONTHS['fr'][m - 1]} {y} à {hh}h{mm:02d}"
        if lang == "es":
            return f"{d} de {MONTHS['es'][m - 1]} de {y} - {hh:02d}:{mm:02d}"
        if lang == "it":
            return f"{d} {MONTHS['it'][m - 1]} {y} - {hh:02d}:{mm:02d}"
        if lang in ("nl",):
            return f"{d} {MONTHS['nl'][m - 1]} {y}, {hh:02d}:{mm:02d}"
        if lang in ("sv", "da"):
            return f"{d} {MONTHS[lang][m - 1]} {y} kl. {hh:02d}.{mm:02d}"
        if lang == "pt":
            return f"{d}.{m}.{y} às {hh}h{mm:02d}"
        if lang in ("de", "pl", "tr"):
            return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}" + (" Uhr" if lang == "de" else "")
        if lang == "cs":
            return f"{d}. {m}. {y} {hh}:{mm:02d}"
        if lang == "ja":
            return f"{y}年{m}月{d}日 {hh}:{mm:02d}"
        if lang == "ko":
            return f"{y}.{m:02d}.{d:02d} {hh:02d}:{mm:02d}"
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"


def random_when(rng: random.Random, day_lo: int = 20, day_hi: int = 28) -> When:
    return When(2026, 11, rng.randint(day_lo, day_hi), rng.randint(5, 22), rng.randint(0, 59))


# =========================================================================== case context

@dataclass
class Spec:
    n: int
    family: str                    # portal | scroll | article | plain
    main: str                      # reference article used as the story
    lang: str                      # widget label language
    scheme: str                    # class naming: hash, bem, utility, module, neutral, semantic, none
    identity: str                  # full, og, jsonld, title, canonical, slug, none
    site: str
    domain: str
    why: str
    opts: dict = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return f"{PREFIX}-{self.n}"


class Ctx:
    """Everything one page build needs, plus the clutter it registers."""

    def __init__(self, spec: Spec):
        self.spec = spec
        self.rng = random.Random(f"{PREFIX}:{spec.slug}:{spec.main}")
        self.n = Namer(self.rng, spec.scheme)
        self.L = LABELS[spec.lang]
        self.lang = spec.lang
        self.main = load_article(spec.main)
        self.title = clean_title(self.main)
        self.byline = spec.opts.get("byline") or self.main.byline or "Staff reporter"
        self.when = random_when(self.rng)
        self.clutter: list[str] = []
        self.cdn = f"https://cdn.{spec.domain}"
        self.url = ""
        self.story_blocks: list[Block] = list(self.main.blocks)
        self.lead_image = next((b.images[0][0] for b in self.main.blocks if b.kind == "figure"), "")
        self.fig_style = self.rng.choice(["figure", "figure", "div"])
        self.para_tag = spec.opts.get("para_tag", "p")
        self.state: dict = {}

    def cl(self, html: str) -> str:
        """Register the visible text of a clutter block and return its HTML."""
        text = visible_text(html)
        if text and text not in self.clutter:
            self.clutter.append(text)
        return html

    def ago(self, k: int | None = None) -> str:
        forms = self.L["ago"]
        k = self.rng.randint(0, 2) if k is None else k
        return forms[k].format(n=self.rng.randint(2, 9) if k != 1 else 1)

    def img(self, kind: str = "img", w: int = 640, h: int = 360) -> str:
        return f"{self.cdn}/{kind}/{self.rng.randint(10**7, 10**8 - 1):x}/{w}x{h}.jpg"

    def href(self, title: str, section: str = "news") -> str:
        return f"https://www.{self.spec.domain}/{section}/{slugify(title, 7)}-{self.rng.randint(1000, 99999)}"


# =========================================================================== story rendering

def render_block(ctx: Ctx, b: Block, para_tag: str | None = None, soup: bool = False) -> str:
    n = ctx.n
    para_tag = para_tag or ctx.para_tag
    if b.kind == "p":
        return f"<{para_tag}{n('p')}>{b.html}</{para_tag}>"
    if b.kind == "h":
        if soup:
            return f"<div{n('h')}><strong>{b.html}</strong></div>"
        return f"<h{b.level}{n('h')}>{b.html}</h{b.level}>"
    if b.kind in ("ul", "ol"):
        return f"<{b.kind}{n('list')}>" + "".join(f"<li>{i}</li>" for i in b.items) + f"</{b.kind}>"
    if b.kind == "quote":
        return f"<blockquote{n('quote')}>" + "".join(render_block(ctx, x, "p") for x in b.items) + "</blockquote>"
    if b.kind == "figure":
        imgs = "".join(f'<img src="{attr(src)}" alt="{attr(alt)}" loading="lazy" decoding="async">'
                       for src, alt in b.images)
        if ctx.fig_style == "div":
            cap = f"<p{n('caption')}>{b.html}</p>" if b.html else ""
            return f"<div{n('figure')}><div{n('figure.media')}>{imgs}</div>{cap}</div>"
        cap = f"<figcaption{n('caption')}>{b.html}</figcaption>" if b.html else ""
        return f"<figure{n('figure')}>{imgs}{cap}</figure>"
    if b.kind == "table":
        rows = "".join("<tr>" + "".join(f"<{t}>{h}</{t}>" for t, h in row) + "</tr>" for row in b.rows)
        return f"<table{n('table')}><tbody>{rows}</tbody></table>"
    if b.kind == "pre":
        return f"<pre{n('pre')}><code>{esc(b.text)}</code></pre>"
    if b.kind == "steps":
        items = "".join(f"<li{n('step')}>" + "".join(render_block(ctx, x) for x in step) + "</li>"
                        for step in b.items)
        return f"<ol{n('steps')}>{items}</ol>"
    raise ValueError(b.kind)


def reference_block(b: Block) -> str:
    if b.kind == "p":
        return f"<p>{b.html}</p>"
    if b.kind == "h":
        return f"<h{b.level}>{b.html}</h{b.level}>"
    if b.kind in ("ul", "ol"):
        return f"<{b.kind}>\n" + "".join(f"  <li>{i}</li>\n" for i in b.items) + f"</{b.kind}>"
    if b.kind == "quote":
        return "<blockquote>\n" + "\n".join(reference_block(x) for x in b.items) + "\n</blockquote>"
    if b.kind == "figure":
        imgs = "".join(f'<img src="{attr(src)}" alt="{attr(alt)}">' for src, alt in b.images)
        cap = f"<figcaption>{b.html}</figcaption>" if b.html else ""
        return f"<figure>{imgs}{cap}</figure>"
    if b.kind == "table":
        rows = "".join("  <tr>" + "".join(f"<{t}>{h}</{t}>" for t, h in row) + "</tr>\n" for row in b.rows)
        return f"<table><tbody>\n{rows}</tbody></table>"
    if b.kind == "pre":
        return f"<pre><code>{esc(b.text)}</code></pre>"
    if b.kind == "steps":
        return "<ol>\n" + "".join("<li>\n" + "\n".join(reference_block(x) for x in step) + "\n</li>\n"
                                  for step in b.items) + "</ol>"
    raise ValueError(b.kind)


def reference_html(blocks: list[Block]) -> str:
    return "<article>\n" + "\n".join(reference_block(b) for b in blocks) + "\n</article>\n"


def split_points(blocks: list[Block], k: int, rng: random.Random) -> list[int]:
    """Up to k-1 indices where the body can be cut into boxes (before a paragraph that does not
    follow a subheading), spread over the story."""
    cands = [i for i in range(2, len(blocks) - 1)
             if blocks[i].kind == "p" and blocks[i - 1].kind != "h"]
    if k <= 1 or not cands:
        return []
    picks = []
    for j in range(1, k):
        target = len(blocks) * j / k
        best = min(cands, key=lambda i: abs(i - target) + rng.random())
        if best not in picks:
            picks.append(best)
    return sorted(picks)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?。！？])\s+", text)
    return [p for p in parts if p.strip()]


def excerpt(art: Article, min_words: int = 22) -> str:
    """The first sentences of the first real paragraph (a teaser text)."""
    for b in art.blocks:
        if b.kind in ("p", "h") and word_count(b.plain()) >= 12:
            out = []
            for s in sentences(b.plain()):
                out.append(s)
                if word_count(" ".join(out)) >= min_words:
                    break
            return " ".join(out)
    return art.text()[:200]


def body_paragraphs(art: Article, max_words: int | None = None, min_words: int = 0) -> list[str]:
    """Inline HTML of the article's paragraphs, up to ``max_words`` (whole paragraphs)."""
    out, total = [], 0
    for b in art.blocks:
        if b.kind != "p" or word_count(b.plain()) < min_words:
            continue
        out.append(b.html)
        total += word_count(b.plain())
        if max_words and total >= max_words:
            break
    while len(out) > 1 and visible_text(out[-1]).endswith(":"):
        out.pop()
    return out


# =========================================================================== widgets (clutter)

def w_ad(ctx: Ctx, below: bool = False) -> str:
    n, L, r = ctx.n, ctx.L, ctx.rng
    label = L["ad_below"] if below else L["ad"]
    slot = f"div-gpt-ad-{r.randint(10**12, 10**13 - 1)}-{r.randint(0, 9)}"
    return ctx.cl(f'<div{n("ad")} data-ad-slot="{slot}"><p{n("ad.label")}>{esc(label)}</p>'
                  f'<div{n("ad.slot")} id="{slot}" style="min-height:{r.choice([90, 250, 280, 600])}px"></div></div>')


def w_ad_silent(ctx: Ctx) -> str:
    """An ad slot without any text (no clutter to list)."""
    r = ctx.rng
    return (f'<div{ctx.n("adx")} id="ad-{r.randint(100, 999)}" data-pos="mid{r.randint(1, 4)}" '
            f'style="min-height:250px"></div>')


def w_newsletter(ctx: Ctx, title: str | None = None, text: str | None = None) -> str:
    n, L = ctx.n, ctx.L
    tag = ctx.rng.choice(["aside", "div", "section"])
    head = ctx.rng.choice([f"<h3{n('nl.title')}>", f"<p{n('nl.title')}><strong>"])
    head_close = "</h3>" if head.startswith("<h3") else "</strong></p>"
    return ctx.cl(
        f'<{tag}{n("nl")}>{head}{esc(title or L["nl_title"])}{head_close}'
        f'<p{n("nl.text")}>{esc(text or L["nl_text"])}</p>'
        f'<form{n("nl.form")} action="/newsletter/subscribe" method="post">'
        f'<label for="nl-email-{ctx.rng.randint(1, 99)}">{esc(L["email"])}</label> '
        f'<input type="email" name="email" placeholder="{attr(L["email"])}"> '
        f'<button type="submit">{esc(L["nl_btn"])}</button></form>'
        f'<p{n("nl.fine")}><small>{esc(L["nl_fine"])}</small></p></{tag}>')


def w_related_box(ctx: Ctx, titles: list[str], heading: str | None = None) -> str:
    n = ctx.n
    items = "".join(f'<li{n("related.item")}><a href="{attr(ctx.href(t))}">{esc(t)}</a></li>' for t in titles)
    return ctx.cl(f'<div{n("related")}><h3{n("related.title")}>{esc(heading or ctx.L["related"])}</h3>'
                  f'<ul{n("related.list")}>{items}</ul></div>')


def w_readmore(ctx: Ctx, title: str, label: str | None = None) -> str:
    n = ctx.n
    return ctx.cl(f'<p{n("readmore")}><strong>{esc(label or ctx.L["read_also"])}</strong> '
                  f'<a href="{attr(ctx.href(title))}">{esc(title)}</a></p>')


def w_gallery(ctx: Ctx, title: str) -> str:
    n, L, r = ctx.n, ctx.L, ctx.rng
    count = r.randint(8, 24)
    thumbs = "".join(f'<img src="{ctx.img("gallery", 160, 107)}" alt="" width="160" height="107">' for _ in range(4))
    return ctx.cl(
        f'<div{n("gallery")}><p{n("gallery.head")}><span>{esc(L["gallery"])}</span> '
        f'<span>{esc(title)}</span> <span>{count} {esc(L["photos"])}</span></p>'
        f'<div{n("gallery.strip")}>{thumbs}</div>'
        f'<p{n("gallery.count")}><span>1</span> {esc(L["of"])} <span>{count}</span></p>'
        f'<a{n("gallery.cta")} href="{attr(ctx.href(title, "gallery"))}">{esc(L["view_gallery"])}</a></div>')


def w_author(ctx: Ctx, name: str, bio: str) -> str:
    """Author box; ``bio`` is the inline HTML of the real bio line of the source page (never
    invented)."""
    n, L = ctx.n, ctx.L
    return ctx.cl(
        f'<div{n("author")}><img{n("author.pic")} src="{ctx.img("authors", 96, 96)}" alt="" width="48" height="48">'
        f'<div{n("author.text")}><p{n("author.label")}>{esc(L["about"])}</p>'
        f'<p{n("author.name")}><a href="/authors/{slugify(name, 4)}">{esc(name)}</a></p>'
        f'<p{n("author.bio")}>{bio}</p>'
        f'<button type="button">{esc(L["follow"])}</button></div></div>')


def w_comments(ctx: Ctx, count: int) -> str:
    """A comment widget: a form and ``count`` comments (none: the "no comments yet" state)."""
    n, L, r = ctx.n, ctx.L, ctx.rng
    pool = COMMENTS.get(ctx.lang) or []
    count = min(count, len(pool))
    items = ""
    for text in r.sample(pool, count):
        items += (f'<div{n("comment")}><p{n("comment.meta")}><strong>{esc(r.choice(USERS))}</strong> '
                  f'<time>{esc(ctx.ago(r.choice([0, 2])))}</time></p>'
                  f'<p{n("comment.text")}>{esc(text)}</p>'
                  f'<div{n("comment.tools")}><button type="button">{esc(L["reply"])}</button> '
                  f'<button type="button">{esc(L["like"])} {r.randint(0, 40)}</button></div></div>')
    if not count:
        items = f'<p{n("comments.empty")}>{esc(L["no_comments"])}</p><p>{esc(L["be_first"])}</p>'
    head = f'{esc(L["comments"])} ({count})' if count else esc(L["comments"])
    return ctx.cl(
        f'<section{n("comments")} id="comments"><h2{n("comments.title")}>{head}</h2>'
        f'<form{n("comments.form")}><textarea name="body" placeholder="{attr(L["write"])}"></textarea> '
        f'<button type="submit">{esc(L["post"])}</button></form>{items}</section>')


def w_tags(ctx: Ctx, tags: list[str]) -> str:
    n = ctx.n
    links = " ".join(f'<a href="/tag/{slugify(t, 4)}">{esc(t)}</a>' for t in tags)
    return ctx.cl(f'<div{n("tags")}><span{n("tags.label")}>{esc(ctx.L["tags"])}:</span> {links}</div>')


def w_share(ctx: Ctx, with_text: bool = True) -> str:
    n, L = ctx.n, ctx.L
    nets = ["Facebook", "X", "WhatsApp", "LinkedIn"]
    if with_text:
        links = " ".join(f'<a href="#" data-network="{x.lower()}">{x}</a>' for x in nets[:ctx.rng.randint(2, 4)])
        return ctx.cl(f'<div{n("share")}><span{n("share.label")}>{esc(L["share"])}</span> {links} '
                      f'<a href="#">{esc(L["email_s"])}</a> <button type="button">{esc(L["copy"])}</button></div>')
    icons = "".join(f'<a href="#" aria-label="{x}"><svg width="20" height="20" aria-hidden="true">'
                    f'<use href="#i-{x.lower()}"></use></svg></a>' for x in nets)
    return f'<div{n("share")}>{icons}</div>'


def w_mostread(ctx: Ctx, titles: list[str], heading: str | None = None) -> str:
    n = ctx.n
    items = "".join(f'<li{n("mostread.item")}><a href="{attr(ctx.href(t))}">{esc(t)}</a></li>' for t in titles)
    return ctx.cl(f'<aside{n("mostread")}><h3{n("mostread.title")}>{esc(heading or ctx.L["most_read"])}</h3>'
                  f'<ol{n("mostread.list")}>{items}</ol></aside>')


def w_hashtags(ctx: Ctx, tags: list[str]) -> str:
    n = ctx.n
    links = " ".join(f'<a href="/hashtag/{slugify(t, 3)}">#{esc(t)}</a>' for t in tags)
    return ctx.cl(f'<div{n("hashtags")}><h3{n("hashtags.title")}>{esc(ctx.L["hashtags"])}</h3>'
                  f'<div{n("hashtags.list")}>{links}</div></div>')


def w_ai(ctx: Ctx, brand: str) -> str:
    n, L = ctx.n, ctx.L
    buttons = " ".join(f'<button type="button">{esc(a)}</button>' for a in L["ai_actions"])
    return ctx.cl(f'<div{n("ai")}><h3{n("ai.title")}>{esc(L["ai_title"])}</h3>'
                  f'<p{n("ai.text")}>{esc(L["ai_text"].format(site=brand))}</p><div{n("ai.actions")}>{buttons}</div></div>')


def w_app(ctx: Ctx) -> str:
    n, L = ctx.n, ctx.L
    return ctx.cl(f'<div{n("app")}><p{n("app.title")}><strong>{esc(L["app_title"])}</strong></p>'
                  f'<p{n("app.text")}>{esc(L["app_text"])}</p>'
                  f'<a{n("app.cta")} href="https://apps.example/{ctx.spec.domain}">{esc(L["app_btn"])}</a></div>')


def w_source(ctx: Ctx, provider: str) -> str:
    return ctx.cl(f'<p{ctx.n("source")}><a href="https://{slugify(provider, 3)}.example/article" rel="nofollow">'
                  f'{esc(ctx.L["source"].format(provider=provider))}</a></p>')


def w_label(ctx: Ctx, text: str, role: str = "sep") -> str:
    return ctx.cl(f'<div{ctx.n(role)}><span>{esc(text)}</span></div>')


def w_native(ctx: Ctx, html: str) -> str:
    """A promo line taken from the original article page (kept out of the reference)."""
    return ctx.cl(f'<p{ctx.n("promo")}>{html}</p>')


# =========================================================================== chrome (not listed)

def sec_href(name: str, i: int) -> str:
    return f"/{slugify(name, 2)}/" if re.search(r"[A-Za-z]", name) else f"/section/{i + 1}/"


def c_header(ctx: Ctx) -> str:
    n, L, r = ctx.n, ctx.L, ctx.rng
    secs = "".join(f'<li{n("nav.item")}><a href="{sec_href(s, i)}">{esc(s)}</a></li>' for i, s in enumerate(L["sections"]))
    tools = (f'<form{n("search")} role="search" action="/search"><input type="search" name="q" '
             f'aria-label="{attr(L["search"])}"><button type="submit">{esc(L["search"])}</button></form>'
             f'<a{n("login")} href="/login">{esc(L["login"])}</a> <a{n("cta")} href="/subscribe">{esc(L["subscribe"])}</a>')
    logo = (f'<a{n("logo")} href="/"><svg width="120" height="28" aria-hidden="true"><use href="#logo"></use></svg>'
            f'<span>{esc(ctx.spec.site)}</span></a>')
    skip = '<a href="#content" class="skip-link">Skip to content</a>' if r.random() < 0.5 else ""
    return (f'{skip}<header{n("header")}><div{n("header.bar")}>{logo}{tools}</div>'
            f'<nav{n("nav")} aria-label="Main"><ul{n("nav.list")}>{secs}</ul></nav></header>')


def c_breadcrumb(ctx: Ctx, section: str) -> str:
    n, L = ctx.n, ctx.L
    return (f'<nav{n("crumbs")} aria-label="Breadcrumb"><ol><li><a href="/">{esc(L["home"])}</a></li> '
            f'<li><a href="{sec_href(section, 0)}">{esc(section)}</a></li></ol></nav>')


def c_footer(ctx: Ctx) -> str:
    n, L = ctx.n, ctx.L
    cols = ""
    for k, chunk in enumerate((L["sections"][:4], L["sections"][4:], L["footer"])):
        cols += f'<ul{n("footer.col")}>' + "".join(f'<li><a href="{sec_href(x, 10 * k + i)}">{esc(x)}</a></li>'
                                                   for i, x in enumerate(chunk)) + "</ul>"
    return (f'<footer{n("footer")}><div{n("footer.cols")}>{cols}</div>'
            f'<p{n("footer.legal")}>© 2026 {esc(ctx.spec.site)}. {esc(L["rights"])}</p></footer>')


def c_cookie(ctx: Ctx) -> str:
    n, L = ctx.n, ctx.L
    return (f'<div{n("cookie")} role="dialog" aria-label="cookies"><p>{esc(L["cookie"])}</p>'
            f'<button type="button">{esc(L["accept"])}</button> <button type="button">{esc(L["manage"])}</button></div>')


SVG_SPRITE = ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
              '<symbol id="logo" viewBox="0 0 120 28"><path d="M4 4h16v20H4zM28 4h4l8 14V4h4v20h-4l-8-14v14h-4z"/></symbol>'
              '<symbol id="i-facebook" viewBox="0 0 24 24"><path d="M13 22v-8h3l1-4h-4V8c0-1 .3-2 2-2h2V2.2C16.6 2.1 15.4 2 14 2c-3 0-5 1.8-5 5v3H6v4h3v8z"/></symbol>'
              '<symbol id="i-x" viewBox="0 0 24 24"><path d="M18 2h3l-7 8 8 12h-6l-5-7-6 7H2l8-9L2 2h6l4 6z"/></symbol>'
              '<symbol id="i-whatsapp" viewBox="0 0 24 24"><path d="M12 2a10 10 0 0 0-8.6 15L2 22l5.2-1.4A10 10 0 1 0 12 2z"/></symbol>'
              '<symbol id="i-linkedin" viewBox="0 0 24 24"><path d="M4 9h4v12H4zM6 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm5 6h4v2c.6-1 2-2.3 4-2.3 4 0 5 2.6 5 6V21h-4v-5.5c0-1.5 0-3.5-2.2-3.5S15 13.7 15 15.4V21h-4z"/></symbol>'
              '</svg>')


# =========================================================================== head, identity, scripts

def make_url(ctx: Ctx) -> str:
    spec, r, w = ctx.spec, ctx.rng, ctx.when
    if spec.identity == "none":
        return f"https://www.{spec.domain}" + r.choice(["/live/", "/news/latest", "/stream/?page=2", "/today/"])
    slug = slugify(ctx.title)
    if not re.search(r"[A-Za-z]", ctx.title):  # headline without Latin letters
        return f"https://www.{spec.domain}/a/{w.y}{w.m:02d}{w.d:02d}/{r.randint(10**6, 10**7)}.html"
    section = slugify(r.choice(ctx.L["sections"]), 2)
    if not re.search(r"[A-Za-z]", r.choice(ctx.L["sections"])):
        section = "news"
    pattern = spec.opts.get("url_pattern", r.randint(0, 3))
    if pattern == 0:
        return f"https://www.{spec.domain}/{section}/{w.y}/{w.m:02d}/{w.d:02d}/{slug}/"
    if pattern == 1:
        return f"https://www.{spec.domain}/{section}/{slug}-{r.randint(10**5, 10**6)}"
    if pattern == 2:
        return f"https://www.{spec.domain}/news/{slug}.html"
    return f"https://{spec.domain}/{w.y}{w.m:02d}{w.d:02d}/{slug}"


def json_script(data, kind: str = "application/ld+json", extra: str = "") -> str:
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="{kind}"{extra}>{text}</script>'


def article_ld(ctx: Ctx, body: str | None = None) -> dict:
    ld = {"@context": "https://schema.org", "@type": ctx.rng.choice(["NewsArticle", "Article", "NewsArticle"]),
          "headline": ctx.title, "url": ctx.url, "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url},
          "datePublished": ctx.when.iso(), "dateModified": ctx.when.iso(), "inLanguage": ctx.main.lang,
          "author": [{"@type": "Person", "name": ctx.byline}],
          "publisher": {"@type": "Organization", "name": ctx.spec.site,
                        "logo": {"@type": "ImageObject", "url": f"{ctx.cdn}/static/logo.png"}}}
    if ctx.lead_image:
        ld["image"] = [ctx.lead_image]
    if body:
        ld["articleBody"] = body
    return ld


def build_head(ctx: Ctx, extra: str = "") -> str:
    spec, r = ctx.spec, ctx.rng
    ident = spec.identity
    sep = r.choice([" | ", " - ", " – ", " — ", " :: "])
    if ident in ("slug", "none", "canonical"):
        title = spec.site + sep + r.choice(ctx.L["sections"])
    else:
        title = ctx.title + sep + spec.site
    desc = excerpt(ctx.main, 18)
    parts = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title)}</title>"]
    if ident not in ("slug", "none"):
        parts.append(f'<meta name="description" content="{attr(desc)}">')
    if ident in ("full", "og"):
        parts += ['<meta property="og:type" content="article">',
                  f'<meta property="og:title" content="{attr(ctx.title)}">',
                  f'<meta property="og:url" content="{attr(ctx.url)}">',
                  f'<meta property="og:site_name" content="{attr(spec.site)}">',
                  f'<meta property="og:description" content="{attr(desc)}">']
        if ctx.lead_image:
            parts.append(f'<meta property="og:image" content="{attr(ctx.lead_image)}">')
        parts += ['<meta name="twitter:card" content="summary_large_image">',
                  f'<meta name="twitter:title" content="{attr(ctx.title)}">']
    if ident in ("full", "canonical"):
        parts.append(f'<link rel="canonical" href="{attr(ctx.url)}">')
    if ident in ("full", "jsonld"):
        body = None
        mode = spec.opts.get("ld_body")
        if mode == "full":
            body = ctx.main.text()
        elif mode == "cut":
            body = " ".join(ctx.main.text().split()[:60]) + "…"
        ld = article_ld(ctx, body)
        if spec.opts.get("ld_graph"):
            ld.pop("@context")
            ld = {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "url": f"https://www.{spec.domain}/", "name": spec.site},
                {"@type": "BreadcrumbList", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": ctx.L["home"], "item": f"https://www.{spec.domain}/"}]},
                ld]}
        parts.append(json_script(ld))
    elif ident in ("slug", "none"):
        parts.append(json_script({"@context": "https://schema.org", "@type": "Organization", "name": spec.site,
                                  "logo": f"{ctx.cdn}/static/logo.png", "sameAs": [f"https://x.com/{slugify(spec.site, 2)}"]}))
    parts += [f'<link rel="preconnect" href="{ctx.cdn}">',
              f'<link rel="stylesheet" href="{ctx.cdn}/static/css/app.{r.randint(10**7, 10**8):x}.css">',
              '<link rel="icon" href="/favicon.ico">',
              "<script>window.dataLayer=window.dataLayer||[];dataLayer.push(" +
              json.dumps({"pageType": "article", "site": spec.site, "lang": ctx.lang,
                          "contentId": r.randint(10**6, 10**7)}) + ");</script>",
              f'<script async src="{ctx.cdn}/static/js/vendor.{r.randint(10**7, 10**8):x}.js"></script>']
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def assemble(ctx: Ctx, body: str, target_kb: int | None = None) -> str:
    """The whole page: head (identity), styles, body, scripts padded to a realistic size."""
    r = ctx.rng
    ctx.url = ctx.url or make_url(ctx)
    lang_attr = {"zh": "zh-CN", "pt": "pt-BR", "en": "en"}.get(ctx.lang, ctx.lang)
    style = "<style>\n" + ctx.n.css() + "\nbody{margin:0}img{max-width:100%;height:auto}\n</style>"
    head = build_head(ctx, style)
    state = {"page": {"id": r.randint(10**6, 10**7), "type": "article", "lang": ctx.lang},
             "nav": [{"label": s, "href": sec_href(s, i)} for i, s in enumerate(ctx.L["sections"])],
             "i18n": {k: v for k, v in ctx.L.items() if isinstance(v, str)},
             "ads": [], "flags": {}}
    state.update(ctx.state)
    page = ""
    target = (target_kb or r.randint(26, 70)) * 1000
    for i in range(400):
        scripts = (json_script(state, "application/json", ' id="__APP_STATE__"') +
                   f'<script src="{ctx.cdn}/static/js/app.{r.randint(10**7, 10**8):x}.js" defer></script>')
        page = (f'<!DOCTYPE html>\n<html lang="{lang_attr}">\n<head>\n{head}\n</head>\n'
                f'<body{ctx.n("page")}>\n{SVG_SPRITE}\n{body}\n{scripts}\n</body>\n</html>\n')
        if len(page.encode("utf-8")) >= target:
            break
        state["ads"].append({"slot": f"/{r.randint(1000, 9999)}/{ctx.spec.domain}/{r.choice(['top', 'mid', 'rail', 'bottom'])}{i}",
                             "sizes": [[300, 250], [728, 90]][: r.randint(1, 2)], "lazy": r.random() < 0.7,
                             "targeting": {"sec": r.choice(ctx.L["sections"]), "pos": i, "kw": f"k{r.randint(0, 999)}"}})
        state["flags"][f"exp_{r.randint(100, 999)}_{i}"] = r.choice(["control", "variant_a", "variant_b", True, False])
    return page


# =========================================================================== shared story parts

def story_body(ctx: Ctx, blocks: list[Block], role: str = "body", soup: bool = False) -> str:
    return f"<div{ctx.n(role)}>" + "".join(render_block(ctx, b, soup=soup) for b in blocks) + "</div>"


def byline_line(ctx: Ctx, name: str, when: When, role: str = "meta") -> str:
    n, L = ctx.n, ctx.L
    return (f'<div{n(role)}><span{n(role + ".by")}>{esc(L["by"])} <a href="/authors/{slugify(name, 4)}">{esc(name)}</a></span> '
            f'<time{n(role + ".time")} datetime="{when.iso()}">{esc(when.show(ctx.lang))}</time></div>')


def other_titles(ctx: Ctx, names: list[str]) -> list[str]:
    return [clean_title(load_article(x)) for x in names]


# =========================================================================== family: portal

def portal_card(ctx: Ctx, kind: str, name: str, tag: str, body_mode: str) -> str:
    n, r = ctx.n, ctx.rng
    art = load_article(name)
    title = clean_title(art)
    provider = PROVIDER.get(name, "Newswire")
    href = ctx.href(title)
    logo = f'<img{n("card.logo")} src="{ctx.cdn}/logos/{slugify(provider, 3)}.png" alt="" width="16" height="16">'
    src = f'<div{n("card.src")}>{logo} <span>{esc(provider)}</span></div>'
    meta = f'<div{n("card.meta")}><time>{esc(ctx.ago())}</time> <span>- {esc(provider)}</span></div>'
    head = f'<h3{n("card.title")}><a href="{attr(href)}">{esc(title)}</a></h3>'
    if kind == "image":
        img = (f'<a{n("card.media")} href="{attr(href)}"><img src="{ctx.img("thumbs", 400, 225)}" '
               f'alt="{attr(title)}" loading="lazy"></a>')
        return f"<{tag}{n('card')}>{img}{head}{src}</{tag}>"
    if kind == "teaser":
        body = ctx.cl(f'<p{n("card.body")}>{esc(excerpt(art))}</p>')
    else:
        paras = body_paragraphs(art, ctx.spec.opts.get("card_words", r.randint(180, 420)), min_words=8)
        if body_mode == "single":
            body = ctx.cl(f'<div{n("card.body")}>' + " ".join(paras) + "</div>")
        else:
            body = ctx.cl(f'<div{n("card.body")}>' + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return f"<{tag}{n('card')}>{src}{meta}{head}{body}</{tag}>"


def build_portal(ctx: Ctx) -> str:
    o, n, L = ctx.spec.opts, ctx.n, ctx.L
    ctx.url = make_url(ctx)
    provider = PROVIDER[ctx.main.name]
    brand = ctx.spec.site
    prov_line = (f'<div{n("src")}><img{n("src.logo")} src="{ctx.cdn}/logos/{slugify(provider, 3)}.png" alt="" '
                 f'width="24" height="24"> <span{n("src.name")}>{esc(provider)}</span> '
                 f'<time{n("src.time")} datetime="{ctx.when.iso()}">{esc(ctx.ago(1))}</time></div>')
    head = f'<h1{n("title")}>{esc(ctx.title)}</h1>'
    if o.get("byline"):
        head += byline_line(ctx, ctx.byline, ctx.when)
    body = story_body(ctx, ctx.story_blocks)
    widgets = []
    for w in o.get("widgets", ["hashtags", "ai", "comments"]):
        if w == "hashtags":
            widgets.append(w_hashtags(ctx, HASHTAG_WORDS[ctx.main.name]))
        elif w == "ai":
            widgets.append(w_ai(ctx, brand))
        elif w == "comments":
            widgets.append(w_comments(ctx, o.get("comments", 0)))
        elif w == "source":
            widgets.append(w_source(ctx, provider))
        elif w == "share":
            widgets.append(w_share(ctx))
        elif w == "app":
            widgets.append(w_app(ctx))
        elif w == "ad":
            widgets.append(w_ad(ctx))
    # the feed
    tag = o.get("card_tag", "article")
    cards = [portal_card(ctx, kind, name, "li" if tag == "li" else tag, o.get("card_body", "paras"))
             for kind, name in o["feed"]]
    cards_html = (f"<ul{n('feed.list')}>" + "".join(cards) + "</ul>") if tag == "li" else "".join(cards)
    heading = o.get("feed_heading")
    if heading == "related":
        heading = L["related"]
    elif heading == "more":
        heading = L["more"]
    feed_head = ""
    if heading:
        feed_head = (f"<h2{n('feed.title')}>{esc(heading)}</h2>" if o.get("heading_tag", "h2") == "h2"
                     else f"<div{n('feed.title')}><b>{esc(heading)}</b></div>")
    trending = ""
    if o.get("rail"):
        trending = f"<aside{n('rail')}>" + w_mostread(ctx, other_titles(ctx, o["rail"]), L["trending"]) + "</aside>"
    story = f"<article{n('story')}>{prov_line}{head}{body}</article>"
    nest = o.get("nest", "sibling")
    if nest == "inside":     # widgets and cards share the story's wrapper
        col = f"<div{n('story.wrap')}>{prov_line}{head}{body}{''.join(widgets)}{feed_head}{cards_html}</div>"
        main = f"<main{n('main')} id=\"content\"><div{n('col')}>{col}</div>{trending}</main>"
    elif nest == "deep":     # story nested deep, feed in its own full-width region after the column
        col = f"<div{n('col')}><div{n('col.inner')}><div{n('col.box')}>{story}</div></div>{''.join(widgets)}</div>"
        feed = f"<section{n('feed')}>{feed_head}{cards_html}</section>"
        main = f"<main{n('main')} id=\"content\"><div{n('grid')}>{col}{trending}</div>{feed}</main>"
    else:                    # feed section is a sibling of the story in the main column
        feed = f"<section{n('feed')}>{feed_head}{cards_html}</section>"
        main = (f"<main{n('main')} id=\"content\"><div{n('col')}>{story}{''.join(widgets)}{feed}</div>"
                f"{trending}</main>")
    ctx.state["feed"] = [{"title": clean_title(load_article(x)), "kind": k} for k, x in o["feed"]]
    cookie = c_cookie(ctx) if o.get("cookie") else ""
    return assemble(ctx, c_header(ctx) + "\n" + main + "\n" + c_footer(ctx) + cookie)


# =========================================================================== family: scroll

def scroll_unit(ctx: Ctx, art: Article, blocks: list[Block], title: str, byline: str, when: When, level: int,
                container: str, share: bool, data: str = "", extra_body: dict | None = None,
                ld: bool = False, url: str = "") -> tuple[str, str]:
    """One article of the stream; returns (html, body_html)."""
    n = ctx.n
    head = (f"<header{n('unit.head')}><h{level}{n('unit.title')}>{esc(title)}</h{level}>"
            + byline_line(ctx, byline, when, "unit.meta") + "</header>")
    parts = [render_block(ctx, b) for b in blocks]
    for pos, html in sorted((extra_body or {}).items(), reverse=True):
        parts.insert(min(pos, len(parts)), html)
    body = f"<div{n('unit.body')}>" + "".join(parts) + "</div>"
    tail = w_share(ctx, with_text=ctx.spec.opts.get("share_text", True)) if share else ""
    ld_html = ""
    if ld:
        ld_html = json_script({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                               "url": url, "datePublished": when.iso(), "author": {"@type": "Person", "name": byline}})
    return f"<{container}{n('unit')}{data}>{ld_html}{head}{body}{tail}</{container}>", body


def build_scroll(ctx: Ctx) -> str:
    o, n, L, r = ctx.spec.opts, ctx.n, ctx.L, ctx.rng
    ctx.url = make_url(ctx)
    container = o.get("container", "article")
    level = o.get("level", 2)
    ident = ctx.spec.identity
    units = []
    extra = {}
    for pos, html in o.get("native", []):
        extra[pos] = w_native(ctx, html)
    data = f' data-url="{attr(ctx.url)}"' if ident not in ("none", "slug") and o.get("data_url") else ""
    main_html, _ = scroll_unit(ctx, ctx.main, ctx.story_blocks, ctx.title, ctx.byline, ctx.when,
                               o.get("main_level", 1), container, o.get("share", True), data, extra,
                               ld=o.get("unit_ld", False), url=ctx.url)
    units.append(main_html)
    day = ctx.when.d
    for i, name in enumerate(o["followups"]):
        art = load_article(name)
        title = clean_title(art)
        day -= r.randint(0, 2)
        when = When(2026, 11, max(day, 1), r.randint(5, 22), r.randint(0, 59))
        byline = art.byline or r.choice(["Staff reporter", "Wire services", "News desk"])
        f_url = ctx.href(title)
        fdata = f' data-url="{attr(f_url)}"' if data else ""
        blocks = [Block(b.kind, b.html, min(max(b.level, level + 1), 6), b.items, b.images, b.rows, b.text)
                  for b in art.blocks]  # its subheadings sit below its own headline
        html, body = scroll_unit(ctx, art, blocks, title, byline, when, level, container,
                                 o.get("share", True), fdata, ld=o.get("unit_ld", False), url=f_url)
        ctx.cl(body)
        if o.get("separator"):
            units.append(w_label(ctx, L["next"] if o["separator"] == "next" else L["up_next"]))
        units.append(html)
    loader = w_label(ctx, L["loading"], "loader") if o.get("loader") else ""
    wrap = o.get("wrap", "flat")
    if wrap == "nested":
        stream = "".join(f'<div{n("slot")} data-index="{i}">{u}</div>' for i, u in enumerate(units))
        stream = f"<div{n('stream')}>{stream}{loader}</div>"
    elif wrap == "split":
        stream = (f"<div{n('primary')}>{units[0]}</div>"
                  f"<div{n('stream')} id=\"infinite\">{''.join(units[1:])}{loader}</div>")
    else:
        stream = f"<div{n('stream')}>{''.join(units)}{loader}</div>"
    rail = ""
    if o.get("rail"):
        rail = f"<aside{n('rail')}>" + w_mostread(ctx, other_titles(ctx, o["rail"])) + "</aside>"
    main = f"<main{n('main')} id=\"content\"><div{n('col')}>{stream}</div>{rail}</main>"
    ctx.state["stream"] = [{"title": clean_title(load_article(x))} for x in o["followups"]]
    return assemble(ctx, c_header(ctx) + "\n" + main + "\n" + c_footer(ctx))


# =========================================================================== family: article

def build_article(ctx: Ctx) -> str:
    o, n, L, r = ctx.spec.opts, ctx.n, ctx.L, ctx.rng
    ctx.url = make_url(ctx)
    blocks = ctx.story_blocks
    soup = o.get("soup", False)
    cuts = split_points(blocks, o.get("boxes", 1), r)
    boxes, start = [], 0
    for c in cuts + [len(blocks)]:
        boxes.append(blocks[start:c])
        start = c
    # widgets inside boxes, as siblings of the paragraphs: {box index: [(after paragraph k, html)]}
    inline: dict[int, list] = {}
    for i, (kind, arg) in enumerate(o.get("inline", [])):
        bi = min(i % len(boxes), len(boxes) - 1) if len(boxes) > 1 else 0
        paras = [j for j, b in enumerate(boxes[bi]) if b.kind == "p" and j + 1 < len(boxes[bi])
                 and boxes[bi][j + 1].kind != "h"]
        at = r.choice(paras[1:] or paras or [0])
        inline.setdefault(bi, []).append((at, make_widget(ctx, kind, arg)))
    between = [make_widget(ctx, kind, arg) for kind, arg in o.get("between", [])]
    parts = []
    for bi, box in enumerate(boxes):
        rendered = [render_block(ctx, b, soup=soup) for b in box]
        for at, html in sorted(inline.get(bi, []), key=lambda x: -x[0]):
            rendered.insert(at + 1, html)
        parts.append(f"<div{n('body')}>" + "".join(rendered) + "</div>")
        if bi < len(boxes) - 1 and between:
            parts.append(between[bi % len(between)] if bi < len(between) else w_ad_silent(ctx))
    section = (c_breadcrumb(ctx, r.choice(L["sections"])) if o.get("crumbs", True) else "")
    kicker = f"<p{n('kicker')}><a href=\"{sec_href(L['sections'][2], 2)}\">{esc(L['sections'][2])}</a></p>" \
        if o.get("kicker") else ""
    top_share = w_share(ctx, with_text=o.get("share_text", True)) if o.get("top_share") else ""
    header = (f"<header{n('story.head')}>{kicker}<h1{n('title')}>{esc(ctx.title)}</h1>"
              + byline_line(ctx, ctx.byline, ctx.when) + top_share + "</header>")
    after = [make_widget(ctx, kind, arg) for kind, arg in o.get("after", [])]
    story = (f"<article{n('story')}>{header}<section{n('story.body')}>{''.join(parts)}</section>"
             f"{''.join(after)}</article>")
    below = "".join(make_widget(ctx, kind, arg) for kind, arg in o.get("below", []))
    rail = ""
    if o.get("rail"):
        rail = f"<aside{n('rail')}>" + "".join(make_widget(ctx, kind, arg) for kind, arg in o["rail"]) + "</aside>"
    main = f"<main{n('main')} id=\"content\">{section}<div{n('grid')}><div{n('col')}>{story}{below}</div>{rail}</div></main>"
    cookie = c_cookie(ctx) if o.get("cookie") else ""
    return assemble(ctx, cookie + c_header(ctx) + "\n" + main + "\n" + c_footer(ctx))


def related_cards(ctx: Ctx, names: list[str], heading: str | None) -> str:
    """Teaser cards (headline + excerpt) after the story; the excerpts are clutter."""
    n = ctx.n
    cards = ""
    for name in names:
        art = load_article(name)
        title = clean_title(art)
        href = attr(ctx.href(title))
        body = ctx.cl(f"<p{n('rc.body')}>{esc(excerpt(art, 30))}</p>")
        cards += (f"<div{n('rc')}><a{n('rc.media')} href=\"{href}\"><img src=\"{ctx.img('t', 320, 180)}\" alt=\"\"></a>"
                  f"<h3{n('rc.title')}><a href=\"{href}\">{esc(title)}</a></h3>{body}</div>")
    head = f"<h2{n('rcs.title')}>{esc(heading)}</h2>" if heading else ""
    return f"<section{n('rcs')}>{head}<div{n('rcs.list')}>{cards}</div></section>"


def make_widget(ctx: Ctx, kind: str, arg) -> str:
    L = ctx.L
    if kind == "ad":
        return w_ad(ctx, below=bool(arg))
    if kind == "adx":
        return w_ad_silent(ctx)
    if kind == "newsletter":
        return w_newsletter(ctx, *(arg or ()))
    if kind == "related":
        return w_related_box(ctx, other_titles(ctx, arg))
    if kind == "related_titles":
        return w_related_box(ctx, raw_list(*arg))
    if kind == "readmore":
        return w_readmore(ctx, clean_title(load_article(arg)))
    if kind == "native":
        return w_native(ctx, arg)
    if kind == "gallery":
        return w_gallery(ctx, arg)
    if kind == "author":
        return w_author(ctx, ctx.byline, arg)
    if kind == "comments":
        return w_comments(ctx, arg)
    if kind == "tags":
        return w_tags(ctx, arg)
    if kind == "share":
        return w_share(ctx, with_text=arg is not False)
    if kind == "mostread":
        return w_mostread(ctx, other_titles(ctx, arg))
    if kind == "app":
        return w_app(ctx)
    if kind == "cards":
        names, heading = arg
        return related_cards(ctx, names, L.get(heading, heading) if heading else None)
    raise ValueError(kind)


# =========================================================================== family: plain

def plain_blocks(art: Article, kind: str) -> list[Block]:
    """The story restructured the way the page shows it (still all story, nothing to drop)."""
    blocks = [Block(**{k: getattr(b, k) for k in ("kind", "html", "level", "items", "images", "rows", "text")})
              for b in art.blocks]
    if kind == "howto":
        out, steps, cur = [], [], None
        for b in blocks:
            t = b.plain()
            if b.kind == "p" and re.fullmatch(r"Step \d+", t):
                cur = []
                steps.append(cur)
                continue
            if b.kind == "p" and t == "Finished Terrarium":
                out.append(Block("steps", items=steps))
                out.append(Block("h", html=b.html, level=2))
                cur = None
                continue
            if b.kind == "p" and t == "What You'll Need:":
                out.append(Block("h", html=b.html, level=2))
                continue
            (cur if cur is not None else out).append(b)
        return out
    if kind == "review":
        out, lists = [], []
        price = score = None
        for b in blocks:
            t = b.plain()
            if b.kind == "p" and t.startswith("from $"):
                price = b
                continue
            if b.kind == "p" and re.fullmatch(r"\d{2}", t):
                score = b
                continue
            if b.kind == "ul" and len(lists) < 2 and score is not None and not any(x.kind == "h" for x in out):
                lists.append(b)
                if len(lists) == 2:
                    out.append(Block("table", rows=[[("th", "Score"), ("td", score.html)],
                                                    [("th", "Price"), ("td", price.html)]]))
                    out.append(Block("h", html="Pros", level=3))
                    out.append(lists[0])
                    out.append(Block("h", html="Cons", level=3))
                    out.append(lists[1])
                continue
            out.append(b)
        return out
    if kind == "qa":
        for b in blocks:
            if b.kind == "h":
                b.level = 3
        return blocks
    return blocks


def raw_html(name: str, prefix: str) -> str:
    """Inline HTML of a block of the original reference page that the story leaves out
    (a promo line, an author bio), found by its first words."""
    root = lxml.html.fragment_fromstring((SEEDS / name / "reference.html").read_text(encoding="utf-8"),
                                         create_parent="div")
    for b in extract_blocks(root):
        if b.kind in ("p", "h") and b.plain().startswith(prefix):
            return b.html
    raise SystemExit(f"{name}: no block starting with {prefix!r}")


def raw_list(name: str, after_prefix: str) -> list[str]:
    """Items of the first list after a given block of the original reference page."""
    root = lxml.html.fragment_fromstring((SEEDS / name / "reference.html").read_text(encoding="utf-8"),
                                         create_parent="div")
    blocks = extract_blocks(root)
    idx = next(i for i, b in enumerate(blocks) if b.plain().startswith(after_prefix))
    lst = next(b for b in blocks[idx:] if b.kind in ("ul", "ol"))
    return [visible_text(i) for i in lst.items]


def build_plain(ctx: Ctx) -> str:
    ctx.story_blocks = plain_blocks(ctx.main, ctx.spec.opts["kind"])
    return build_article(ctx)


BUILDERS = {"portal": build_portal, "scroll": build_scroll, "article": build_article, "plain": build_plain}


# =========================================================================== the cases

def _specs() -> list[Spec]:
    S = Spec
    wapo_read = [(5, raw_html("wapo-1", "[Read: Why Tunisia")), (12, raw_html("wapo-1", "[ Bardo museum")),
                 (16, raw_html("wapo-1", "[Read: Tunisia sends"))]
    return [
        S(1, "portal", "schema-org-context-object", "ko", "hash", "full", "Newsfold", "newsfold.co.kr",
          "Korean-language aggregator: partner story with provider line, hashtags, AI promo and an empty comment "
          "widget, then full-text partner cards under a Korean 'related' heading.",
          dict(feed=[("full", "yahoo-2"), ("full", "webmd-1"), ("full", "bbc-1"), ("teaser", "cnn")],
               feed_heading="related", nest="sibling", card_tag="div", card_body="single", ld_body="cut",
               widgets=["hashtags", "ai", "comments"])),
        S(2, "scroll", "nytimes-2", "en", "hash", "full", "The Daily Ledger", "dailyledger.com",
          "Infinite scroll: two complete follow-up <article>s with the same template and the same h1 level as the "
          "story; identity in title, og, canonical and JSON-LD.",
          dict(followups=["iab-1", "wordpress"], container="article", level=1, wrap="flat", share=True,
               data_url=True, loader=True, rail=["bbc-1", "yahoo-3", "cnn", "tmz-1"])),
        S(3, "article", "nytimes-3", "en", "bem", "full", "Metro Desk", "metrodesk.news",
          "Long article in four body boxes separated by an ad, a newsletter box and a related-links box, with an "
          "inline promo and read-more line, tags, share bar, author box, comments and a most-read rail.",
          dict(boxes=4, kicker=True, top_share=True, cookie=True,
               between=[("ad", None), ("newsletter", None), ("related", ["nytimes-4", "cnn", "wapo-1"])],
               inline=[("native", raw_html("nytimes-3", "[What you need to know")), ("readmore", "seattletimes-1")],
               after=[("tags", ["Infrastructure", "Winter weather", "Con Edison", "New York City"]),
                      ("share", True), ("author", raw_html("nytimes-3", "Corey Kilgannon is a Metro"))],
               below=[("comments", 4)],
               rail=[("mostread", ["telegraph", "bbc-1", "yahoo-3", "webmd-1", "citylab-1"])])),
        S(4, "plain", "ehow-1", "en", "bem", "full", "Crafted Home", "craftedhome.example",
          "Plain how-to to keep whole: materials list, numbered steps each with text and a captioned photo.",
          dict(kind="howto", boxes=1, after=[])),
        S(5, "portal", "nytimes-1", "en", "utility", "og", "Briefly", "briefly-news.com",
          "Aggregator with the feed inside the story's own wrapper: source link, hashtags, AI promo, three "
          "comments, then full, teaser and image-only cards under 'Related Articles'.",
          dict(feed=[("full", "wapo-1"), ("teaser", "bbc-1"), ("image", "wikia"), ("full", "webmd-2"),
                     ("image", "simplyfound-1")],
               feed_heading="related", nest="inside", card_tag="article", card_body="paras", card_words=300,
               widgets=["source", "hashtags", "ai", "comments"], comments=3,
               rail=["iab-1", "yahoo-3", "tmz-1", "gitlab-blog"])),
        S(6, "scroll", "wapo-1", "en", "bem", "og", "Capital Courier", "capitalcourier.com",
          "Infinite scroll with three follow-up stories in <div>s (h2) wrapped in slots, 'Next article' separators "
          "and bracketed read lines inside the main body.",
          dict(followups=["bbc-1", "webmd-2", "yahoo-3"], container="div", level=2, wrap="nested",
               separator="next", share=True, data_url=True, native=wapo_read)),
        S(7, "article", "lemonde-1", "fr", "semantic", "full", "Le Quotidien", "lequotidien.example.fr",
          "French article in one body container with 'Lire aussi' lines, an ad and a newsletter box as siblings "
          "of its paragraphs, then tags, share bar, comments and a most-read rail.",
          dict(boxes=1, kicker=True,
               inline=[("native", raw_html("lemonde-1", "Revivez")),
                       ("native", raw_html("lemonde-1", "Lire aussi")),
                       ("native", raw_html("lemonde-1", "Lire : Que sont")), ("ad", None), ("newsletter", None)],
               after=[("tags", ["Loi renseignement", "Assemblée nationale", "Surveillance", "CNIL"]),
                      ("share", True)],
               below=[("comments", 2)],
               rail=[("mostread", ["liberation-1", "videos-2", "heise", "folha"])])),
        S(8, "portal", "telegraph", "en", "none", "jsonld", "Headline Hub", "headlinehub.example",
          "Aggregator without any class names: short partner story, then longer full-text cards with no heading; "
          "JSON-LD carries the full articleBody.",
          dict(feed=[("full", "yahoo-3"), ("full", "iab-1"), ("full", "simplyfound-1")], feed_heading=None,
               nest="sibling", card_tag="div", card_body="single", card_words=420, ld_body="full",
               widgets=["hashtags", "ai", "comments"])),
        S(9, "scroll", "cnet", "sv", "module", "none", "Teknikflödet", "teknikflodet.se",
          "Infinite scroll with no page identity at all (generic title and URL), Swedish labels, two follow-up "
          "<article>s with h1 like the story in a separate stream container.",
          dict(followups=["spiceworks", "gitlab-blog"], container="article", level=1, wrap="split",
               separator="up_next", share=False, loader=True)),
        S(10, "article", "seattletimes-1", "en", "hash", "jsonld", "Puget Sound Herald", "pugetsoundherald.com",
          "Long article in two boxes around a gallery promo, with read-more lines and a labelled ad inside the "
          "body, tags, icon share bar, teaser cards, comments and a rail with newsletter.",
          dict(boxes=2, ld_graph=True, ld_body="cut",
               between=[("gallery", "The Polaris crew gets ready for halibut season")],
               inline=[("readmore", "nytimes-2"), ("readmore", "msn"), ("ad", True)],
               after=[("tags", ["Amazon", "Whole Foods", "Fishing", "Seafood"]), ("share", False)],
               below=[("cards", (["yahoo-3", "webmd-2", "simplyfound-1"], "more")), ("comments", 3)],
               rail=[("mostread", ["wapo-2", "bbc-1", "nytimes-4", "cnn"]), ("newsletter", None)])),
        S(11, "plain", "engadget", "en", "hash", "og", "Console Review", "consolereview.example",
          "Plain review to keep whole: score table, pros and cons lists, captioned photos and subheadings; only a "
          "share bar after it.",
          dict(kind="review", boxes=1, after=[("share", True)])),
        S(12, "portal", "herald-sun-1", "tr", "module", "full", "Haberport", "haberport.com.tr",
          "Turkish aggregator: the feed is a <ul> of mixed cards (teaser, full text, image-only) in its own "
          "region below a nested story, heading 'İlgili Haberler'.",
          dict(feed=[("teaser", "cnet"), ("full", "wordpress"), ("image", "tmz-1"), ("image", "yahoo-1"),
                     ("full", "medicalnewstoday")],
               feed_heading="related", nest="deep", card_tag="li", card_body="paras",
               widgets=["hashtags", "share", "ai", "comments"])),
        S(13, "scroll", "theverge", "da", "utility", "title", "Skærmen", "skaermen.dk",
          "Infinite scroll identified by <title> only, Danish labels, two follow-up <section>s (h2), icon-only "
          "share bars and the original newsletter pitch inside the story.",
          dict(followups=["simplyfound-1", "wikia"], container="section", level=2, wrap="flat",
               share=True, share_text=False,
               native=[(99, raw_html("theverge", "Sign up for Command Line"))])),
        S(14, "article", "la-nacion", "es", "neutral", "og", "Diario del Sur", "diariodelsur.example.ar",
          "Spanish opinion column in two boxes with an ad between, a related box among its paragraphs, the "
          "authors' bio box, tags and comments.",
          dict(boxes=2, between=[("ad", None)], inline=[("related", ["cnet-svg-classes", "folha", "lemonde-1"])],
               after=[("author", raw_html("la-nacion", "Andrés Malamud es politólogo")),
                      ("tags", ["Mapuches", "Patagonia", "Protesta social"])],
               below=[("comments", 3)])),
        S(15, "portal", "folha", "pt", "bem", "title", "Agrega", "agrega.com.br",
          "Portuguese aggregator identified by <title> only: short story, two comments, then 'Mais notícias' "
          "(a <div><b> heading) with full-text and teaser cards.",
          dict(feed=[("full", "cnet-svg-classes"), ("teaser", "liberation-1"), ("full", "spiceworks"),
                     ("teaser", "webmd-1")],
               feed_heading="more", heading_tag="div", nest="sibling", card_tag="article", card_body="paras",
               widgets=["hashtags", "ai", "comments"], comments=2, cookie=True)),
        S(16, "scroll", "breitbart", "en", "none", "slug", "Frontline Report", "frontlinereport.example",
          "Infinite scroll identified only by the URL slug (generic title, no metadata), no class names, three "
          "longer follow-up <div>s with h3 headlines after a short story.",
          dict(followups=["tmz-1", "cnn", "webmd-1"], container="div", level=3, wrap="flat", share=True,
               url_pattern=0, native=[(2, raw_html("breitbart", "SIGN UP"))])),
        S(17, "article", "gmw", "zh", "none", "og", "星河网", "xinghe.example.cn",
          "Chinese article in div soup: three body boxes around an ad and a related box, a read-more line, share "
          "bar, tags, empty comment widget and a ranking rail.",
          dict(boxes=3, soup=True, crumbs=True,
               between=[("ad", None), ("related", ["youth", "yahoo-4", "heise"])],
               inline=[("readmore", "youth")],
               after=[("share", True), ("tags", ["太空", "宇航员", "国际空间站"])],
               below=[("comments", 0)], rail=[("mostread", ["youth", "yahoo-4", "cnet", "msn"])])),
        S(18, "plain", "quanta-1", "en", "semantic", "jsonld", "Long Reads Quarterly", "longreads-quarterly.example",
          "Plain long read with sections to keep whole; nothing else on the page but chrome.",
          dict(kind="longread", boxes=1, after=[], ld_body="full")),
        S(19, "portal", "liberation-1", "fr", "hash", "full", "Le Fil", "lefil.example.fr",
          "French aggregator: very short story, then longer full-text cards (German and French) with no heading "
          "inside the story's wrapper, after source link, hashtags, AI promo and one comment.",
          dict(feed=[("full", "heise"), ("full", "videos-2"), ("teaser", "lemonde-1"), ("image", "folha")],
               feed_heading=None, nest="inside", card_tag="div", card_body="paras", card_words=350,
               widgets=["source", "hashtags", "ai", "comments"], comments=1)),
        S(20, "scroll", "heise", "de", "semantic", "jsonld", "Technikticker", "technikticker.de",
          "German infinite scroll with descriptive class names: every article carries its own JSON-LD, two "
          "follow-up <article>s (h2) in a separate stream after the story.",
          dict(followups=["msn", "medicalnewstoday"], container="article", level=2, wrap="split",
               unit_ld=True, separator="next", share=True)),
        S(21, "article", "nytimes-4", "it", "utility", "og", "Cronaca Economica", "cronacaeconomica.example.it",
          "Article with Italian chrome in three boxes around an ad and a gallery promo, read-more lines, tags, "
          "author box, comments and a most-read rail.",
          dict(boxes=3, between=[("ad", None), ("gallery", "Il debito americano in dieci grafici")],
               inline=[("readmore", "nytimes-2"), ("readmore", "cnn")],
               after=[("tags", ["Debito pubblico", "Tassi di interesse", "Congresso"]),
                      ("author", raw_html("nytimes-4", "Nelson D. Schwartz has covered"))],
               below=[("comments", 3)], rail=[("mostread", ["wapo-2", "seattletimes-1", "iab-1", "gitlab-blog"])])),
        S(22, "portal", "msn", "nl", "utility", "og", "Nieuwsbundel", "nieuwsbundel.nl",
          "Dutch aggregator: short story, app promo among the widgets, then a <ul> feed under 'Meer nieuws' "
          "mostly of image-only and teaser cards.",
          dict(feed=[("image", "yahoo-1"), ("image", "wikia"), ("teaser", "yahoo-3"), ("image", "simplyfound-1"),
                     ("full", "wordpress"), ("teaser", "gitlab-blog")],
               feed_heading="more", nest="deep", card_tag="li", widgets=["hashtags", "ai", "app", "comments"])),
        S(23, "scroll", "wapo-2", "en", "utility", "slug", "Beltway Daily", "beltwaydaily.example",
          "Infinite scroll identified only by the URL slug, one follow-up <section> (h2) in a slot wrapper, a "
          "loader line and a most-read rail.",
          dict(followups=["telegraph"], container="section", level=2, wrap="nested", share=True, loader=True,
               url_pattern=2, rail=["wapo-1", "nytimes-1", "bbc-1", "cnn"])),
        S(24, "article", "citylab-1", "en", "module", "full", "Urban Lines", "urbanlines.example",
          "Essay in three boxes around the original newsletter promo and an app promo, the original author bio, "
          "share bar and 'Read next' teaser cards.",
          dict(boxes=3,
               between=[("newsletter", (visible_text(raw_html("citylab-1", "Cities are changing fast")),
                                        "The best way to follow issues you care about.")), ("app", None)],
               after=[("author", "Sarah Archer is the author of The Midcentury Kitchen."), ("share", True)],
               below=[("cards", (["gitlab-blog", "wikia", "medium-2"], "Read next"))])),
        S(25, "plain", "blogger", "en", "none", "title", "Silicon Exposed", "siliconexposed.example",
          "Plain Q&A-style post to keep whole: question subheadings, numbered procedures, captioned diagrams.",
          dict(kind="qa", boxes=1, after=[])),
        S(26, "portal", "buzzfeed-1", "pl", "neutral", "jsonld", "Skrót", "skrot.example.pl",
          "Polish aggregator with neutral class names and JSON-LD @graph identity: the story, widgets, then "
          "full-text and teaser cards under a <div><b> heading.",
          dict(feed=[("full", "medium-2"), ("full", "webmd-2"), ("teaser", "medicalnewstoday"), ("image", "bbc-1")],
               feed_heading="related", heading_tag="div", nest="sibling", card_tag="div", card_body="single",
               ld_graph=True, widgets=["hashtags", "ai", "comments"])),
        S(27, "scroll", "aktualne", "cs", "hash", "none", "Sportžurnál", "sportzurnal.example.cz",
          "Czech infinite scroll without page identity, the story and its one follow-up both headed by h2 in "
          "sibling <div>s, with a 'Další článek' separator.",
          dict(followups=["yahoo-2"], container="div", level=2, main_level=2, wrap="flat", separator="next",
               share=True)),
        S(28, "article", "ars-1", "sv", "hash", "title", "Säkerhetsbloggen", "sakerhetsbloggen.se",
          "Article with Swedish chrome identified by <title> only: top share bar, two boxes around an ad, tags, "
          "empty comment widget, most-read rail; the story quotes code in a blockquote.",
          dict(boxes=2, top_share=True, between=[("ad", None)],
               after=[("tags", ["Minecraft", "Sårbarhet", "Servrar"])], below=[("comments", 0)],
               rail=[("mostread", ["cnet", "theverge", "heise", "gitlab-blog"])])),
        S(29, "article", "yahoo-1", "ja", "utility", "full", "ゲームウォッチ", "gamewatch.example.jp",
          "Listicle with Japanese chrome in one body container: an ad and the original 'more games news' links "
          "as siblings of the entries, share bar, author box, empty comments, ranking rail.",
          dict(boxes=1, inline=[("ad", None), ("related_titles", ("yahoo-1", "More games news:"))],
               after=[("share", True), ("author", raw_html("yahoo-1", "Ben Silverman is on Twitter"))],
               below=[("comments", 0)],
               rail=[("mostread", ["yahoo-4", "msn", "wikia", "tumblr"])])),
        S(30, "plain", "v8-blog", "en", "utility", "full", "Engine Notes", "enginenotes.example",
          "Plain code tutorial to keep whole: code blocks, subheadings and lists; only a tags line after it.",
          dict(kind="code", boxes=1, after=[("tags", ["WebAssembly", "Emscripten", "WASI"])])),
    ]


SPECS: list[Spec] = []


def specs() -> list[Spec]:
    if not SPECS:
        SPECS.extend(_specs())
    return SPECS


# =========================================================================== build, write

@dataclass
class Built:
    spec: Spec
    page: str
    reference: str
    info: dict


def build_case(spec: Spec) -> Built:
    ctx = Ctx(spec)
    page = BUILDERS[spec.family](ctx)
    info = {"url": ctx.url, "captured": CAPTURED, "group": GROUP, "why": spec.why, "source": SOURCE,
            "license": LICENSE, "title": ctx.title, "clutter": ctx.clutter}
    return Built(spec, page, reference_html(ctx.story_blocks), info)


def write_case(built: Built) -> None:
    folder = SEEDS / built.spec.slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_text(built.page, encoding="utf-8")
    (folder / "reference.html").write_text(built.reference, encoding="utf-8")
    (folder / "case.json").write_text(json.dumps(built.info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def selected(only: list[str] | None) -> list[Spec]:
    if not only:
        return specs()
    wanted = {o.removeprefix(PREFIX + "-") for o in only}
    return [s for s in specs() if str(s.n) in wanted]


# =========================================================================== --check

def _identity_urls(page_html: str) -> list[str]:
    root = lxml.html.document_fromstring(page_html)
    urls = root.xpath("//link[@rel='canonical']/@href") + root.xpath("//meta[@property='og:url']/@content")
    for script in root.xpath("//head//script[@type='application/ld+json']"):
        data = json.loads(script.text)
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        urls += [i["url"] for i in items if isinstance(i, dict) and "Article" in str(i.get("@type")) and i.get("url")]
    return urls


def _runs(tokens: list[str], k: int) -> set:
    return {tuple(tokens[i:i + k]) for i in range(len(tokens) - k + 1)}


def check_case(spec: Spec) -> list[str]:
    folder = SEEDS / spec.slug
    problems = []
    try:
        page = (folder / "page.html").read_text(encoding="utf-8")
        ref = (folder / "reference.html").read_text(encoding="utf-8")
        info = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"unreadable: {exc}"]
    keys = ["url", "captured", "group", "why", "source", "license", "title", "clutter"]
    if list(info) != keys:
        problems.append(f"case.json keys {list(info)}")
    if info.get("group") != GROUP or info.get("source") != SOURCE or info.get("license") != LICENSE \
            or info.get("captured") != CAPTURED:
        problems.append("case.json group/source/license/captured")
    if not info.get("why") or not info.get("title"):
        problems.append("empty why/title")
    size = len(page.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        problems.append(f"page size {size} bytes")
    text = " " + page_text(page) + " "
    if f" {norm(info['title'])} " not in text:
        problems.append("title not visible in the page")
    ref_blocks = seedlib.block_texts(ref)
    ref_text = " ".join(ref_blocks)
    if word_count(ref_text) < 200:
        problems.append(f"reference has only {word_count(ref_text)} words")
    for block in ref_blocks:
        if block not in text:
            problems.append(f"reference block not in page: {block[:70]!r}")
    ref_words = seedlib.words(ref_text)
    ref_runs = _runs(ref_words, SHARED_RUN)
    ref_joined = " " + " ".join(ref_words) + " "
    clutter = info.get("clutter", [])
    if spec.family != "plain" and len(clutter) < 3:
        problems.append("too little clutter")
    if len(set(clutter)) != len(clutter):
        problems.append("duplicate clutter entries")
    for item in clutter:
        if item != norm(item):
            problems.append(f"clutter not normalised: {item[:50]!r}")
        if f" {item} " not in text:
            problems.append(f"clutter not visible in page: {item[:70]!r}")
        words = seedlib.words(item)
        if _runs(words, SHARED_RUN) & ref_runs:
            problems.append(f"clutter shares an {SHARED_RUN}-word run with the reference: {item[:60]!r}")
        if len(words) < SHARED_RUN and f" {' '.join(words)} " in ref_joined:
            problems.append(f"short clutter occurs in the reference: {item!r}")
    for u in _identity_urls(page):
        if u != info["url"]:
            problems.append(f"identity url {u} != case url {info['url']}")
    if spec.identity == "slug" and slugify(info["title"]) not in info["url"]:
        problems.append("slug identity without the slug in the url")
    if spec.identity in ("slug", "none") and _identity_urls(page):
        problems.append("identity metadata on a slug/none page")
    built = build_case(spec)
    if (built.page, built.reference) != (page, ref) or built.info != info:
        problems.append("files differ from what the generator builds now (rebuild)")
    return problems


def cmd_check(only) -> int:
    bad = 0
    total = 0
    for spec in selected(only):
        probs = check_case(spec)
        total += (SEEDS / spec.slug / "page.html").stat().st_size if (SEEDS / spec.slug / "page.html").exists() else 0
        if probs:
            bad += 1
            print(f"FAIL {spec.slug}")
            for p in probs:
                print(f"  - {p}")
        else:
            print(f"ok   {spec.slug}")
    print(f"\n{len(selected(only)) - bad} ok, {bad} failing; {total / 1e6:.2f} MB of pages")
    return 1 if bad else 0


# =========================================================================== --score

def token_f1(out_text: str, ref_text: str) -> tuple[float, float, float]:
    out, ref = Counter(seedlib.words(out_text)), Counter(seedlib.words(ref_text))
    overlap = sum((out & ref).values())
    p = overlap / sum(out.values()) if out else 0.0
    r = overlap / sum(ref.values()) if ref else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def leak_share(out_text: str, clutter: list[str], ref_text: str) -> float:
    """Share of clutter tokens found in the output: each item weighs its word count and counts
    fully when verbatim, else by the share of its 5-grams (not in the story) in the output."""
    out_words = seedlib.words(out_text)
    joined = " " + " ".join(out_words) + " "
    out_grams = seedlib.ngrams(out_words)
    main_grams = seedlib.ngrams(seedlib.words(ref_text))
    total = leaked = 0.0
    for item in clutter:
        words = seedlib.words(item)
        if not words:
            continue
        total += len(words)
        if f" {' '.join(words)} " in joined:
            leaked += len(words)
            continue
        grams = seedlib.ngrams(words) - main_grams
        if grams:
            leaked += len(words) * len(grams & out_grams) / len(grams)
    return leaked / total if total else 0.0


def cmd_score(only) -> int:
    from clearpage import clean

    rows = []
    for spec in selected(only):
        folder = SEEDS / spec.slug
        info = json.loads((folder / "case.json").read_text(encoding="utf-8"))
        ref_text = " ".join(seedlib.block_texts((folder / "reference.html").read_text(encoding="utf-8")))
        try:
            out_text = clean((folder / "page.html").read_bytes(), url=info["url"]).text
        except Exception as exc:  # an error scores zero
            print(f"{spec.slug}: {type(exc).__name__}: {exc}")
            out_text = ""
        f1, p, r = token_f1(out_text, ref_text)
        leak = leak_share(out_text, info["clutter"], ref_text)
        rows.append((f1, leak))
        print(f"{spec.slug:<14} {spec.family:<8} F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  leak {leak:.3f}")
    if rows:
        print(f"\nmean F1 {sum(f for f, _ in rows) / len(rows):.3f}   mean leak {sum(l for _, l in rows) / len(rows):.3f}"
              f"   ({len(rows)} cases)")
    return 0


# =========================================================================== --list, main

def cmd_list(only) -> int:
    for spec in selected(only):
        o = spec.opts
        extra = ""
        if spec.family == "portal":
            extra = "feed " + ", ".join(f"{k}:{x}" for k, x in o["feed"]) + f"; heading {o.get('feed_heading')}; nest {o.get('nest')}"
        elif spec.family == "scroll":
            extra = f"follow-ups {', '.join(o['followups'])} in <{o.get('container')}> h{o.get('level')}; wrap {o.get('wrap')}"
        elif spec.family == "article":
            extra = f"{o.get('boxes', 1)} box(es); " + ", ".join(k for k, _ in o.get("between", []) + o.get("inline", []) + o.get("after", []) + o.get("below", []))
        else:
            extra = o["kind"]
        print(f"{spec.slug:<13} {spec.family:<7} {spec.main:<26} {spec.lang} {spec.scheme:<8} {spec.identity:<6} {extra}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="+", metavar="N", help="case numbers (or slugs)")
    ap.add_argument("--check", action="store_true", help="validate the written cases")
    ap.add_argument("--score", action="store_true", help="run clearpage.clean on each page: token F1 and leaks")
    ap.add_argument("--list", action="store_true", help="print each case's layout")
    args = ap.parse_args(argv)
    if args.check:
        return cmd_check(args.only)
    if args.score:
        return cmd_score(args.only)
    if args.list:
        return cmd_list(args.only)
    for spec in selected(args.only):
        built = build_case(spec)
        write_case(built)
        print(f"wrote {spec.slug:<13} {len(built.page.encode('utf-8')) / 1000:6.1f} KB  "
              f"{len(built.info['clutter']):2d} clutter  {spec.family}/{spec.main}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
