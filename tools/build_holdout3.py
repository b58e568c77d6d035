#!/usr/bin/env python3
"""Build the third held-out cluttered set: seeds/holdout3-<n>/.

Written without looking at the extractor or the other generators. Main stories
and clutter are real article text taken from seeds/<name>/reference.html (the
Mozilla Readability test pages, Apache-2.0); the page layout around them is
synthetic and deliberately hostile: aggregator feeds whose related stories are
longer than the (short) main story and often share its markup, infinite scroll
with stale page identity, related stories before the main one, mid-body
inserts, live blogs, comment threads, far-away headlines, non-English pages.

    python tools/build_holdout3.py            # write all 24 cases
    python tools/build_holdout3.py --only 5   # one case
    python tools/build_holdout3.py --check    # validate the written cases
    python tools/build_holdout3.py --score    # run clearpage.clean and score

Deterministic: every case has its own RNG seeded from its slug.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CAPTURED = "2026-11-29"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"
SOURCE = "tools/build_holdout3.py"

# ---------------------------------------------------------------- text pool

JUNK = re.compile(
    r"^(continue reading|read more|related:|sign up|powered by|this article (was|originally)"
    r"|image$|credit|advertisement|view photo|\[|about the author|reproduciendo|biz & it)"
    r"|contributed to this report|newsletter",
    re.I,
)

TITLES = {
    "guardian-1": "‘What is the sea telling us?’: Māori tribes fearful over whale strandings",
    "breitbart": "‘Neutral’ Snopes Fact-Checker David Emery: ‘Are There Any Un-Angry Trump Supporters?’",
    "medium-3": "Samantha and The Great Big Lie",
    "engadget": "Xbox One X review: A console that keeps up with gaming PCs",
    "nytimes-5": "El día que renuncié a los Beatles",
    "cnet-svg-classes": "Twitter Lite llega a más de 20 países",
    "videos-2": "Séries, documentaires : notre sélection de la semaine",
    "yahoo-1": "These are the 8 coolest PlayStation VR games",
}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


_CACHE: dict[str, list[tuple[str, str]]] = {}


def blocks(name: str) -> list[tuple[str, str]]:
    """Ordered ('p'|'h', text) blocks of a reference article, junk removed."""
    if name in _CACHE:
        return _CACHE[name]
    tree = lxml.html.fromstring((SEEDS / name / "reference.html").read_text("utf-8"))
    out: list[tuple[str, str]] = []
    title = norm(title_of(name)).lower()
    for el in tree.iter("p", "h2", "h3", "h4"):
        # skip nested duplicates (p inside p is impossible, h inside p rare)
        t = norm(el.text_content())
        if not t or JUNK.search(t):
            continue
        if el.tag == "p":
            if len(t) >= 70:
                out.append(("p", t))
        else:
            if 4 <= len(t) <= 90 and t.lower() != title and not t.lower().startswith(title[:20]):
                out.append(("h", t))
    # drop headings that are not followed by a paragraph
    clean = []
    for i, (k, t) in enumerate(out):
        if k == "h" and (i + 1 >= len(out) or out[i + 1][0] != "p"):
            continue
        clean.append((k, t))
    while clean and clean[0][0] == "h":
        clean.pop(0)
    _CACHE[name] = clean
    return clean


def paras(name: str) -> list[str]:
    return [t for k, t in blocks(name) if k == "p"]


def title_of(name: str) -> str:
    if name in TITLES:
        return TITLES[name]
    meta = json.loads((SEEDS / name / "reference-metadata.json").read_text("utf-8"))
    t = meta.get("title") or name
    t = re.split(r" [|] | - (?=[A-Z][^-]*$)", t)[0]
    return norm(t)


def slugify(t: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", t.lower().encode("ascii", "ignore").decode()).strip("-")
    return "-".join(s.split("-")[:8]) or "story"


E = html.escape

# ---------------------------------------------------------------- naming


class Names:
    """Per-case class-name generator: none, neutral, hash, module, utility."""

    NEUTRAL = ["box", "unit", "c1", "c2", "c3", "c4", "blk", "w", "item", "row", "col", "part", "pane", "zone", "k"]
    UTIL = ["flex", "mt-4", "px-2", "text-sm", "py-3", "gap-2", "grid", "md:w-2/3", "leading-7", "font-serif",
            "mx-auto", "max-w-prose", "text-gray-700", "border-t", "pt-6", "space-y-4", "items-start"]

    def __init__(self, rng: random.Random, style: str):
        self.rng, self.style, self.used = rng, style, set()

    def __call__(self) -> str:
        r = self.rng
        for _ in range(100):
            if self.style == "none":
                return ""
            if self.style == "neutral":
                n = r.choice(self.NEUTRAL) + (str(r.randint(0, 99)) if r.random() < 0.5 else "")
            elif self.style == "hash":
                n = r.choice(["_", "x", "sc-", "css-", "jsx-", "e"]) + "".join(
                    r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(5, 8)))
            elif self.style == "module":
                n = r.choice(["Tile", "Block", "Stack", "Panel", "Frame", "Cell"]) + "_" + r.choice(
                    ["inner", "root", "wrap", "body", "main", "box"]) + "__" + "".join(
                    r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            else:  # utility
                n = " ".join(r.sample(self.UTIL, r.randint(2, 4)))
            if n not in self.used:
                self.used.add(n)
                return n
        return n

    def a(self) -> str:
        """class attribute string (with leading space) or ''."""
        n = self()
        return f' class="{n}"' if n else ""


# ---------------------------------------------------------------- page pieces

PROVIDERS = ["The Independent", "Reuters", "The Hill", "Associated Press", "USA TODAY", "CBS News", "Fortune",
             "Business Insider", "Newsweek", "The Telegraph", "Bloomberg", "Al Jazeera", "Axios", "NBC News"]
RELTIMES = ["2h ago", "3 hours ago", "5h", "1d", "18 min ago", "yesterday", "6 hours ago", "47m", "4h ago", "1 day ago"]
AUTHORS = ["Maya Okafor", "Daniel Reyes", "Priya Natarajan", "Tom Keller", "Sofia Lindqvist", "Omar Haddad",
           "Grace Whitfield", "Lucas Moreau", "Hannah Brandt", "Ines Carvalho"]
COMMENTERS = ["dmarsh", "quietriver", "Paul_T", "nora.k", "greywolf77", "sandiego_mom", "ThinkAgain", "lbertin",
              "kestrel", "old_hand", "marguerite", "j.ocampo", "fenwick", "RuthW"]


def head(title: str, *, canonical: str | None = None, og_url: str | None = None, og_title: str | None = None,
         jsonld: dict | None = None, lang: str = "en", site: str | None = None, extra: str = "") -> str:
    h = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{E(title)}</title>"]
    if canonical:
        h.append(f'<link rel="canonical" href="{E(canonical)}">')
    if og_url:
        h.append(f'<meta property="og:url" content="{E(og_url)}">')
    if og_title:
        h.append(f'<meta property="og:title" content="{E(og_title)}">')
    if site:
        h.append(f'<meta property="og:site_name" content="{E(site)}">')
    if jsonld:
        h.append('<script type="application/ld+json">' + json.dumps(jsonld, ensure_ascii=False) + "</script>")
    h.append("<style>body{font-family:sans-serif;margin:0}img{max-width:100%}</style>")
    h.append('<script>window.__cfg={"ads":true,"feed":"v3"};</script>')
    h.append(extra)
    h.append("</head>")
    return "\n".join(x for x in h if x)


def nav(n: Names, items: list[str]) -> str:
    lis = "".join(f'<li><a href="/{slugify(i)}/">{E(i)}</a></li>' for i in items)
    return f"<nav{n.a()}><ul>{lis}</ul></nav>"


def footer(n: Names, site: str) -> str:
    links = ["About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings", "Advertise", "Careers"]
    lis = "".join(f'<a href="/{slugify(i)}">{E(i)}</a> ' for i in links)
    return f"<footer{n.a()}><div>{lis}</div><p>© 2026 {E(site)}. All rights reserved.</p></footer>"


def body_html(bl: list[tuple[str, str]], ptag: str = "p", htag: str = "h2", pcls: str = "") -> str:
    out = []
    for k, t in bl:
        if k == "p":
            out.append(f"<{ptag}{pcls}>{E(t)}</{ptag}>")
        else:
            out.append(f"<{htag}>{E(t)}</{htag}>")
    return "\n".join(out)


def ref_html(bl: list[tuple[str, str]], htag: str = "h2") -> str:
    return "<div>\n" + body_html(bl, "p", htag) + "\n</div>\n"


def text_of(bl: list[tuple[str, str]]) -> str:
    return norm(" ".join(t for _, t in bl))


def thumb(rng: random.Random, w: int = 320, h: int = 180) -> str:
    return f'<img src="https://img.cdn-static.net/{rng.randrange(16**8):08x}.jpg" width="{w}" height="{h}" alt="">'


def date_line(rng: random.Random) -> str:
    return f"Nov. {rng.randint(20, 28)}, 2026, {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['a.m.', 'p.m.'])} ET"


# ---------------------------------------------------------------- cases

class Case:
    def __init__(self, n: int, why: str):
        self.slug = f"holdout3-{n}"
        self.rng = random.Random(int(hashlib.sha256(self.slug.encode()).hexdigest()[:16], 16))
        self.why = why
        self.clutter: list[str] = []
        self.page = ""
        self.ref = ""
        self.url = ""
        self.title = ""

    def add(self, *texts: str) -> None:
        for t in texts:
            self.clutter.append(norm(t))


def article_url(site: str, section: str, title: str, rng: random.Random) -> str:
    return f"https://{site}/{section}/{slugify(title)}-{rng.randint(100000, 999999)}"


def ld(title: str, url: str, typ: str = "NewsArticle", body: str | None = None) -> dict:
    d = {"@context": "https://schema.org", "@type": typ, "headline": title, "url": url,
         "mainEntityOfPage": url, "datePublished": "2026-11-28T09:12:00Z"}
    if body:
        d["articleBody"] = body
    return d


def agg_card(c: Case, n: Names, name: str, *, htag: str, card_cls: str, head_cls: str, body_cls: str,
             meta_cls: str, meta_first: bool = False, headline: bool = True, ptag: str = "p",
             full: bool = True, limit: int | None = None) -> str:
    r = c.rng
    bl = blocks(name) if full else [b for b in blocks(name) if b[0] == "p"][: limit or 4]
    if limit and full:
        bl = bl[:limit]
    while bl and bl[-1][0] == "h":
        bl = bl[:-1]
    c.add(text_of(bl))
    meta = f"<div{meta_cls}><span>{E(r.choice(PROVIDERS))}</span> · <span>{r.choice(RELTIMES)}</span></div>"
    t = title_of(name)
    hd = f'<{htag}{head_cls}><a href="{article_url("www.feedhub.example", "news", t, r)}">{E(t)}</a></{htag}>' if headline else ""
    parts = [meta, hd] if meta_first else [hd, meta]
    return (f"<div{card_cls}>\n" + "\n".join(parts) + f"\n<div{body_cls}>\n" + body_html(bl, ptag, "h3") +
            "\n</div>\n</div>")


def build_aggregator(c: Case, *, main: str, n_main: int, related: list[str], style: str, site: str,
                     htag_main: str = "h1", htag_rel: str = "h2", same_markup: bool = False,
                     section_heading: str | None = "More for you", meta_first: bool = False,
                     rel_headline: bool = True, lang: str = "en", list_cards: bool = False,
                     identity: str = "canonical") -> None:
    r, n = c.rng, Names(c.rng, style)
    t = title_of(main)
    c.title = t
    c.url = article_url(site, "en-us/news/world" if lang == "en" else "news", t, r)
    mb = [b for b in blocks(main) if b[0] == "p"][:n_main]
    card, hc, bc, mc = n.a(), n.a(), n.a(), n.a()
    if identity == "canonical":
        hd = head(f"{t} | {site}", canonical=c.url, og_url=c.url, og_title=t, lang=lang, site=site)
    elif identity == "jsonld":
        hd = head(t, jsonld=ld(t, c.url), lang=lang)
    else:
        hd = head(f"{t} - {site}", lang=lang)
    prov = r.choice(PROVIDERS)
    main_html = (f"<div{card}>\n<div{mc}><span>{E(prov)}</span> · <span>{r.choice(RELTIMES)}</span></div>\n"
                 f"<{htag_main}{hc}>{E(t)}</{htag_main}>\n<div{mc}>Story by {E(r.choice(AUTHORS))}</div>\n"
                 f"<div{bc}>\n{body_html(mb)}\n</div>\n</div>")
    if not same_markup:
        card, hc, bc, mc = n.a(), n.a(), n.a(), n.a()
    cards = []
    for name in related:
        cards.append(agg_card(c, n, name, htag=htag_rel, card_cls=card, head_cls=hc, body_cls=bc, meta_cls=mc,
                              meta_first=meta_first, headline=rel_headline))
    if list_cards:
        feed = f"<ul{n.a()}>\n" + "\n".join(f"<li>{x}</li>" for x in cards) + "\n</ul>"
    else:
        feed = "\n".join(cards)
    sec = f"<h2{n.a()}>{E(section_heading)}</h2>\n" if section_heading else ""
    promo = f'<div{n.a()}><a href="/app">Get the app</a> · <a href="/interests">Personalize your feed</a></div>'
    c.add("Get the app · Personalize your feed")
    c.page = (hd + f"\n<body>\n<header{n.a()}><a href=\"/\">{E(site)}</a>{nav(n, ['News', 'Money', 'Sports', 'Weather', 'Play'])}</header>\n"
              f"<main{n.a()}>\n{main_html}\n{promo}\n<div{n.a()}>\n{sec}{feed}\n</div>\n</main>\n{footer(n, site)}\n</body>\n</html>\n")
    c.ref = ref_html(mb)


def build_scroll(c: Case, *, arts: list[str], main_idx: int, style: str, site: str, marker: str,
                 container: str = "article", htag: str = "h1", lang: str = "en", comments: bool = False,
                 pool: list[str] | None = None) -> None:
    """Infinite scroll: identical markup; page identity names arts[0]; url is arts[main_idx]."""
    r, n = c.rng, Names(c.rng, style)
    urls = [article_url(site, "news", title_of(a), r) for a in arts]
    t0 = title_of(arts[0])
    c.title = title_of(arts[main_idx])
    c.url = urls[main_idx]
    hd = head(f"{t0} | {site}", canonical=urls[0], og_url=urls[0], og_title=t0, jsonld=ld(t0, urls[0]),
              lang=lang, site=site)
    ac, hc, bc, bylc, comc = n.a(), n.a(), n.a(), n.a(), n.a()
    parts = []
    for i, a in enumerate(arts):
        bl = blocks(a)
        t = title_of(a)
        if marker == "href":
            hdl = f'<{htag}{hc}><a href="{E(urls[i])}">{E(t)}</a></{htag}>'
            attrs = ""
        else:
            hdl = f"<{htag}{hc}>{E(t)}</{htag}>"
            attrs = f' data-article-url="{E(urls[i])}" data-index="{i}"'
        by = f"<div{bylc}>By {E(r.choice(AUTHORS))} · {date_line(r)}</div>"
        com = ""
        if comments and pool:
            com = comment_thread(c, n, pool[i * 2: i * 2 + 2], 3, comc)
        parts.append(f"<{container}{ac}{attrs}>\n{hdl}\n{by}\n<div{bc}>\n{body_html(bl)}\n</div>\n{com}</{container}>")
        if i == main_idx:
            c.ref = ref_html(bl)
        else:
            c.add(text_of(bl))
        if i < len(arts) - 1:
            parts.append(f'<div{n.a()} aria-hidden="true">Advertisement</div>')
    c.page = (hd + f"\n<body>\n<header{n.a()}>{nav(n, ['Home', 'World', 'Politics', 'Business', 'Tech', 'Health'])}</header>\n"
              f"<main{n.a()}>\n" + "\n".join(parts) + f"\n</main>\n{footer(n, site)}\n</body>\n</html>\n")


def comment_thread(c: Case, n: Names, sources: list[str], count: int, cls: str = "", record: bool = True,
                   heading: str = "Comments") -> str:
    r = c.rng
    texts = []
    for s in sources:
        ps = paras(s)
        i = 0
        while i + 1 < len(ps) and len(texts) < count * (sources.index(s) + 1) // len(sources) + 1:
            texts.append(ps[i] + " " + ps[i + 1])
            i += 2
    texts = texts[:count]
    items = []
    ic, mc, tc = n.a(), n.a(), n.a()
    for t in texts:
        who = r.choice(COMMENTERS)
        when = f"{r.randint(1, 23)} hours ago" if r.random() < 0.5 else f"Nov {r.randint(20, 28)}, 2026 at {r.randint(1, 12)}:{r.randint(0, 59):02d} pm"
        likes = r.randint(0, 240)
        items.append(f"<div{ic}><div{mc}><b>{who}</b> <span>{when}</span></div><div{tc}>{E(t)}</div>"
                     f"<div{mc}><a href=\"#\">Reply</a> <span>{likes}</span></div></div>")
        if record:
            c.add(f"{who} {when} {t} Reply {likes}")
    return (f"<div{cls}><h3>{E(heading)} ({len(texts) + r.randint(5, 90)})</h3>\n" + "\n".join(items) + "\n</div>\n")


# ---------------------------------------------------------------- case table

def case1(c):  # MSN style: short story, 4 long related, heading
    build_aggregator(c, main="nytimes-1", n_main=4, related=["engadget", "salon-1", "seattletimes-1", "quanta-1"],
                     style="hash", site="www.msn.example", section_heading="More for you")


def case2(c):  # identical markup, h1 everywhere, no heading
    build_aggregator(c, main="webmd-1", n_main=4, related=["nytimes-4", "aclu", "citylab-1"], style="neutral",
                     site="news.yahoo.example", htag_rel="h1", same_markup=True, section_heading=None)


def case3(c):  # identical markup, h2 everywhere (no h1), provider line first
    build_aggregator(c, main="ars-1", n_main=5, related=["nytimes-3", "wapo-1", "theverge"], style="module",
                     site="www.newsfeed.example", htag_main="h2", htag_rel="h2", same_markup=True,
                     section_heading=None, meta_first=True, identity="jsonld")


def case4(c):  # SmartNews style li cards, provider/time before headline, no heading, title-only identity
    build_aggregator(c, main="breitbart", n_main=4, related=["medium-3", "nytimes-2", "wapo-2", "herald-sun-1"],
                     style="utility", site="SmartFeed", section_heading=None, meta_first=True, list_cards=True,
                     identity="title")


def case5(c):
    build_scroll(c, arts=["buzzfeed-1", "telegraph", "yahoo-3"], main_idx=1, style="hash",
                 site="www.dailyledger.example", marker="href")


def case6(c):
    build_scroll(c, arts=["bbc-1", "webmd-2", "msn"], main_idx=2, style="neutral",
                 site="www.thecourier.example", marker="data", container="div", htag="h2")


def case7(c):
    build_scroll(c, arts=["quanta-1", "cnn", "tmz-1"], main_idx=1, style="none",
                 site="www.metrowire.example", marker="data", container="section")


def rail_before(c: Case, *, main: str, rail: list[str], style: str, site: str, heading: str | None,
                excerpt_len: int = 4, lang: str = "en", rail_side: str = "left") -> None:
    r, n = c.rng, Names(c.rng, style)
    t = title_of(main)
    c.title = t
    c.url = article_url(site, "story", t, r)
    hd = head(f"{t} – {site}", canonical=c.url, og_title=t, lang=lang, jsonld=ld(t, c.url))
    cc, hc, bc = n.a(), n.a(), n.a()
    cards = []
    for name in rail:
        ex = paras(name)[:excerpt_len]
        c.add(" ".join(ex))
        tt = title_of(name)
        cards.append(f'<div{cc}><a href="{article_url(site, "story", tt, r)}"><span{hc}>{E(tt)}</span></a>\n'
                     f"<div{bc}>" + "".join(f"<p>{E(p)}</p>" for p in ex) + "</div></div>")
    sec = f"<div{n.a()}>{E(heading)}</div>\n" if heading else ""
    railh = f"<aside{n.a()}>\n{sec}" + "\n".join(cards) + "\n</aside>"
    bl = blocks(main)
    main_h = (f"<div{n.a()}>\n<h1{n.a()}>{E(t)}</h1>\n<p{n.a()}>By {E(r.choice(AUTHORS))} | {date_line(r)}</p>\n"
              f"<div{n.a()}>\n{body_html(bl)}\n</div>\n</div>")
    c.ref = ref_html(bl)
    cols = [railh, main_h] if rail_side == "left" else [main_h, railh]
    if rail_side == "top":
        cols = [f"<div{n.a()}>{railh}</div>", main_h]
    c.page = (hd + f"\n<body>\n<header{n.a()}>{nav(n, ['Top stories', 'Local', 'Nation', 'World', 'Opinion'])}</header>\n"
              f"<div{n.a()}>\n" + "\n".join(cols) + f"\n</div>\n{footer(n, site)}\n</body>\n</html>\n")


def case8(c):
    rail_before(c, main="seattletimes-1", rail=["nytimes-4", "engadget", "wapo-1"], style="hash",
                site="www.harborpost.example", heading="Top stories", excerpt_len=4)


def case9(c):
    rail_before(c, main="nytimes-2", rail=["salon-1", "aclu"], style="none", site="www.eveningrecord.example",
                heading=None, excerpt_len=5, rail_side="top")


def midbody(c: Case, *, main: str, style: str, site: str, pullquote: bool = False, tweet: bool = False,
            readmore: bool = True, related_list: bool = True, recommended: bool = True, ptag: str = "p",
            others: list[str] = ("engadget", "quanta-1", "aclu", "salon-1", "nytimes-4", "medium-1", "cnet")) -> None:
    r, n = c.rng, Names(c.rng, style)
    t = title_of(main)
    c.title = t
    c.url = article_url(site, "world", t, r)
    hd = head(t + " - " + site, og_url=c.url, og_title=t, lang="en")
    bl = blocks(main)
    others = list(others)
    r.shuffle(others)
    pc = n.a()
    out, ref = [], []
    positions = {}
    L = len(bl)
    if readmore:
        positions[max(2, L // 4)] = "readmore"
    if related_list:
        positions[max(4, L // 2)] = "related"
    if recommended:
        positions[max(6, 3 * L // 4)] = "recommended"
    if pullquote:
        positions.setdefault(max(3, L // 3), "pull")
    if tweet:
        positions.setdefault(max(5, 2 * L // 3) + 1, "tweet")
    ps = [i for i, b in enumerate(bl) if b[0] == "p"]
    for i, (k, tx) in enumerate(bl):
        if k == "p":
            out.append(f"<{ptag}{pc}>{E(tx)}</{ptag}>")
            ref.append(f"<p>{E(tx)}</p>")
        else:
            out.append(f"<h2>{E(tx)}</h2>")
            ref.append(f"<h2>{E(tx)}</h2>")
        kind = positions.get(i)
        if kind == "readmore":
            o = others.pop()
            ot = title_of(o)
            out.append(f'<{ptag}{pc}><strong>READ MORE:</strong> <a href="{article_url(site, "news", ot, r)}">{E(ot)}</a></{ptag}>')
            c.add(f"READ MORE: {ot}")
        elif kind == "related":
            os_ = [others.pop(), others.pop()] + ([others.pop()] if r.random() < 0.5 else [])
            lis = "".join(f'<li><a href="{article_url(site, "news", title_of(o), r)}">{E(title_of(o))}</a></li>' for o in os_)
            out.append(f"<div{n.a()}><{ptag}{pc}>Related:</{ptag}><ul>{lis}</ul></div>")
            c.add("Related: " + " ".join(title_of(o) for o in os_))
        elif kind == "recommended":
            os_ = [others.pop() for _ in range(3)]
            items = "".join(f'<li><a href="{article_url(site, "news", title_of(o), r)}">{thumb(r, 120, 80)}<span>{E(title_of(o))}</span></a></li>' for o in os_)
            out.append(f"<aside{n.a()}><div>Recommended</div><ul>{items}</ul></aside>")
            c.add("Recommended " + " ".join(title_of(o) for o in os_))
        elif kind == "pull":
            # a sentence of the story, repeated as a pull quote: part of the story
            src = bl[ps[min(len(ps) - 1, len(ps) // 2 + 1)]][1]
            sent = re.split(r"(?<=[.!?”\"])\s+", src)[0]
            out.append(f"<blockquote{n.a()}><p>{E(sent)}</p></blockquote>")
            ref.append(f"<blockquote><p>{E(sent)}</p></blockquote>")
        elif kind == "tweet":
            src = bl[ps[1]][1]
            sent = re.split(r"(?<=[.!?”\"])\s+", src)[0]
            who = r.choice(AUTHORS)
            handle = "@" + who.split()[0].lower() + str(r.randint(1, 99))
            tw = f"{sent} — {who} ({handle}) November 27, 2026"
            out.append(f'<blockquote{n.a()}><p>{E(sent)}</p>— {E(who)} ({E(handle)}) <a href="https://twitter.example/{handle[1:]}/status/{r.randint(10**17, 10**18)}">November 27, 2026</a></blockquote>')
            ref.append(f"<blockquote><p>{E(sent)}</p><p>— {E(who)} ({E(handle)}) November 27, 2026</p></blockquote>")
    c.ref = "<div>\n" + "\n".join(ref) + "\n</div>\n"
    more = others[:2]
    cards = []
    for o in more:
        ex = paras(o)[:3]
        c.add(" ".join(ex))
        cards.append(f"<div{n.a()}><h3><a href=\"{article_url(site, 'news', title_of(o), r)}\">{E(title_of(o))}</a></h3>" +
                     "".join(f"<p>{E(p)}</p>" for p in ex) + "</div>")
    c.page = (hd + f"\n<body>\n{nav(n, ['World', 'US', 'Politics', 'Climate', 'Science'])}\n<div{n.a()}>\n"
              f"<h1>{E(t)}</h1>\n<div{n.a()}>{E(r.choice(AUTHORS))} · {date_line(r)}</div>\n"
              f"<div{n.a()}>\n" + "\n".join(out) + f"\n</div>\n</div>\n<div{n.a()}>\n" + "\n".join(cards) +
              f"\n</div>\n{footer(n, site)}\n</body>\n</html>\n")


def case10(c):
    midbody(c, main="wapo-1", style="neutral", site="www.capitalgazette.example")


def case11(c):
    midbody(c, main="bbc-1", style="hash", site="www.worldwire.example", pullquote=True, tweet=True,
            related_list=False, recommended=True, readmore=True)


def case12(c):  # story body made of <div> paragraphs, related after with <p>
    r, n = c.rng, Names(c.rng, "module")
    main = "wapo-2"
    t = title_of(main)
    c.title, c.url = t, article_url("www.potomacdaily.example", "politics", t, r)
    bl = blocks(main)
    hd = head(t, canonical=c.url, jsonld={"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "url": c.url}, ld(t, c.url)]})
    pcls = n.a()
    body = body_html(bl, "div", "h3", pcls)
    rel = []
    for o in ["herald-sun-1", "cnet", "yahoo-1"]:
        ps = paras(o)
        c.add(" ".join(ps))
        rel.append(f"<div{n.a()}><h2><a href=\"/{slugify(title_of(o))}\">{E(title_of(o))}</a></h2><span>{r.choice(RELTIMES)}</span>" +
                   "".join(f"<p>{E(p)}</p>" for p in ps) + "</div>")
    c.ref = ref_html(bl, "h3")
    c.page = (hd + f"\n<body>\n<div{n.a()}>{nav(n, ['Politics', 'World', 'Opinion'])}</div>\n<div{n.a()}>\n<h1>{E(t)}</h1>\n"
              f"<div{n.a()}>{E(r.choice(AUTHORS))}</div>\n<div{n.a()}>\n{body}\n</div>\n</div>\n<div{n.a()}>\n" +
              "\n".join(rel) + f"\n</div>\n{footer(n, 'Potomac Daily')}\n</body>\n</html>\n")


def case13(c):  # <section>s with h2 subheads and "Updated" lines inside
    r, n = c.rng, Names(c.rng, "hash")
    main = "guardian-1"
    t = title_of(main)
    c.title, c.url = t, article_url("www.southerncross.example", "environment", t, r)
    hd = head(f"{t} | Southern Cross", og_url=c.url, og_title=t, canonical=c.url)
    bl = blocks(main)
    groups, cur = [], []
    for b in bl:
        if b[0] == "h" and cur:
            groups.append(cur)
            cur = []
        cur.append(b)
    groups.append(cur)
    secs, ref = [], []
    sc = n.a()
    for gi, g in enumerate(groups):
        upd = f"Updated {r.randint(1, 11)}:{r.randint(0, 59):02d} {r.choice(['a.m.', 'p.m.'])}"
        inner = []
        for k, tx in g:
            inner.append(f"<h2>{E(tx)}</h2>" if k == "h" else f"<p>{E(tx)}</p>")
        inner.insert(1 if g[0][0] == "h" else 0, f"<p><time>{upd}</time></p>")
        secs.append(f"<section{sc}>\n" + "\n".join(inner) + "\n</section>")
        ref.extend(inner)
    c.ref = "<div>\n" + "\n".join(ref) + "\n</div>\n"
    most = ["nytimes-1", "telegraph", "bbc-1", "msn", "heise"]
    ml = "".join(f"<li><a href=\"/{slugify(title_of(o))}\">{E(title_of(o))}</a></li>" for o in most)
    c.add("Most read " + " ".join(title_of(o) for o in most))
    cards = []
    for o in ["webmd-2", "citylab-1", "yahoo-3"]:
        ps = paras(o)
        c.add(" ".join(ps))
        cards.append(f"<section{sc}>\n<h2><a href=\"/{slugify(title_of(o))}\">{E(title_of(o))}</a></h2>\n" +
                     "\n".join(f"<p>{E(p)}</p>" for p in ps) + "\n</section>")
    c.page = (hd + f"\n<body>\n<header{n.a()}>{nav(n, ['Environment', 'Climate', 'Wildlife'])}</header>\n"
              f"<div{n.a()}>\n<h1>{E(t)}</h1>\n<p{n.a()}>Eleanor Ainge Roy in Dunedin</p>\n" + "\n".join(secs) +
              f"\n</div>\n<div{n.a()}><h3>Most read</h3><ol>{ml}</ol></div>\n<div{n.a()}>\n<h3>More from Southern Cross</h3>\n" +
              "\n".join(cards) + f"\n</div>\n{footer(n, 'Southern Cross')}\n</body>\n</html>\n")


def case14(c):  # live blog: entries with time + short heading, all kept
    r, n = c.rng, Names(c.rng, "neutral")
    main = "nytimes-3"
    t = "Live updates: " + title_of(main)
    c.title, c.url = t, article_url("www.gothamlive.example", "live", title_of(main), r)
    hd = head(t, canonical=c.url, jsonld=dict(ld(t, c.url, "LiveBlogPosting")), og_title=t)
    bl = blocks(main)
    # entries: split on subheads; chunk long runs into 3-paragraph entries
    entries, cur, curh = [], [], None
    for k, tx in bl:
        if k == "h":
            if cur:
                entries.append((curh, cur))
            cur, curh = [], tx
        else:
            cur.append(tx)
            if len(cur) == 3:
                entries.append((curh, cur))
                cur, curh = [], None
    if cur:
        entries.append((curh, cur))
    generic = ["What we know so far", "Con Edison responds", "City officials weigh in", "Crews at the scene",
               "Residents describe the night", "The numbers", "What happens next", "Background", "Latest"]
    ec, tc, hc = n.a(), n.a(), n.a()
    hour, minute = 21, 50
    outs, ref = [], []
    for i, (h, ps) in enumerate(entries):
        h = h or generic[i % len(generic)]
        stamp = f"{(hour - 1) % 12 + 1}:{minute:02d} {'p.m.' if hour >= 12 else 'a.m.'}"
        minute -= r.randint(7, 25)
        if minute < 0:
            minute += 60
            hour -= 1
        inner = [f"<div{tc}><time>{stamp}</time></div>", f"<h3{hc}>{E(h)}</h3>"] + [f"<p>{E(p)}</p>" for p in ps]
        outs.append(f"<div{ec} id=\"entry-{len(entries) - i}\">\n" + "\n".join(inner) +
                    f"\n<div{n.a()}><a href=\"#entry-{len(entries) - i}\">Share</a></div>\n</div>")
        ref.extend([f"<p>{stamp}</p>", f"<h3>{E(h)}</h3>"] + [f"<p>{E(p)}</p>" for p in ps])
    c.ref = "<div>\n" + "\n".join(ref) + "\n</div>\n"
    nl = "Get the morning briefing: the news you need to start your day, delivered to your inbox. Sign up"
    c.add(nl)
    cards = []
    for o in ["webmd-2", "yahoo-3"]:
        bl2 = blocks(o)
        c.add(text_of(bl2))
        cards.append(f"<div{ec}>\n<h2><a href=\"/{slugify(title_of(o))}\">{E(title_of(o))}</a></h2>\n" +
                     body_html(bl2, "p", "h3") + "\n</div>")
    c.page = (hd + f"\n<body>\n<header{n.a()}>{nav(n, ['N.Y.', 'Live', 'Transit', 'Weather'])}</header>\n"
              f"<main{n.a()}>\n<h1>{E(t)}</h1>\n<div{n.a()}>Here’s the latest. Updated {stamp}</div>\n"
              f"<div{n.a()}>\n" + "\n".join(outs) + f"\n</div>\n<div{n.a()}><p>{nl.rsplit(' ', 2)[0]}</p><button>Sign up</button></div>\n"
              f"<div{n.a()}>\n<h2>More live coverage</h2>\n" + "\n".join(cards) + f"\n</div>\n</main>\n{footer(n, 'Gotham Live')}\n</body>\n</html>\n")
    c.ref = c.ref
    c.why_extra = "live-blog"
    c.ref_note = "headline prefixed 'Live updates:'"


def case15(c):  # long comment thread after the story
    r, n = c.rng, Names(c.rng, "none")
    main = "medium-2"
    t = title_of(main)
    c.title, c.url = t, article_url("www.inkwellmag.example", "essays", t, r)
    hd = head(t, og_url=c.url, og_title=t, canonical=c.url)
    bl = blocks(main)
    com = comment_thread(c, n, ["medium-1", "theverge", "salon-1", "citylab-1"], 10, n.a(), heading="Responses")
    c.ref = ref_html(bl, "h3")
    c.page = (hd + f"\n<body>\n{nav(n, ['Essays', 'Culture', 'Language'])}\n<article>\n<h1>{E(t)}</h1>\n"
              f"<div>Courtney · 4 min read · {date_line(r)}</div>\n{body_html(bl, 'p', 'h3')}\n</article>\n"
              f"<div><span>128 claps</span> <a href=\"#\">Share</a></div>\n{com}{footer(n, 'Inkwell')}\n</body>\n</html>\n")
    c.add("128 claps Share")


def case16(c):  # h1 in a header far from the body, byline after the body
    r, n = c.rng, Names(c.rng, "utility")
    main = "quanta-1"
    t = title_of(main)
    c.title, c.url = t, article_url("www.fieldnotes.example", "science", t, r)
    hd = head(f"{t} | Field Notes", canonical=c.url, jsonld=ld(t, c.url, "Article"))
    bl = blocks(main)
    heroimg = thumb(r, 1200, 600)
    rail = []
    for o in ["citylab-1", "medium-1", "engadget"]:
        ex = paras(o)[:2]
        c.add(" ".join(ex))
        rail.append(f"<div{n.a()}><h4><a href=\"/{slugify(title_of(o))}\">{E(title_of(o))}</a></h4>" +
                    "".join(f"<div>{E(p)}</div>" for p in ex) + "</div>")
    bio = ("Siobhan Roberts is a science journalist and the author of several books on the history of "
           "mathematics. She is currently writing about chaos theory and the people who built it.")
    c.add("By Siobhan Roberts May 18, 2017 " + bio)
    c.ref = ref_html(bl)
    c.page = (hd + f"\n<body>\n<div{n.a()}>\n<div{n.a()}>{nav(n, ['Physics', 'Mathematics', 'Biology', 'Computer Science'])}</div>\n"
              f"<div{n.a()}>\n<div{n.a()}>{heroimg}</div>\n<div{n.a()}><span>Mathematics</span><h1>{E(t)}</h1>"
              f"<div>A new look at who did the computing behind the discovery of chaos.</div></div>\n</div>\n</div>\n"
              f"<div{n.a()}>\n<div{n.a()}>\n<div{n.a()}><a href=\"#\">Share</a> <a href=\"#\">Save</a> <a href=\"#\">Print</a></div>\n"
              f"<div{n.a()}>\n{body_html(bl)}\n</div>\n<div{n.a()}><p>By <a href=\"/authors/siobhan-roberts\">Siobhan Roberts</a></p><p>May 18, 2017</p><p>{E(bio)}</p></div>\n</div>\n"
              f"<div{n.a()}>\n" + "\n".join(rail) + f"\n</div>\n</div>\n{footer(n, 'Field Notes')}\n</body>\n</html>\n")


def case17(c):  # French aggregator, same markup
    build_aggregator(c, main="lemonde-1", n_main=5, related=["liberation-1", "videos-2", "guardian-1"],
                     style="hash", site="actu.agregateur.example", section_heading="À lire aussi", lang="fr",
                     same_markup=True, htag_rel="h2", htag_main="h2")


def case18(c):  # German: infinite scroll, main = 3rd, data attribute
    build_scroll(c, arts=["ars-1", "theverge", "heise"], main_idx=2, style="module", site="www.techticker.example",
                 marker="data", container="div", htag="h2", lang="de")


def case19(c):  # Spanish: rail before with long excerpts
    rail_before(c, main="la-nacion", rail=["cnet-svg-classes", "nytimes-5", "wapo-1"], style="neutral",
                site="www.diariosur.example", heading="Lo más leído", excerpt_len=5, lang="es")


def case20(c):  # Portuguese: infinite scroll, main 2nd, href marker, with comments under each
    build_scroll(c, arts=["nytimes-4", "folha", "cnet-svg-classes"], main_idx=1, style="hash",
                 site="www.placarnews.example", marker="href", lang="pt", comments=True,
                 pool=["medium-1", "theverge", "salon-1", "aclu", "citylab-1", "quanta-1"])


def case21(c):  # mix: teaser block before, recommended mid-body, identical full-text related after
    r, n = c.rng, Names(c.rng, "hash")
    main = "theverge"
    t = title_of(main)
    site = "www.gadgetdesk.example"
    c.title, c.url = t, article_url(site, "tech", t, r)
    hd = head(t, canonical=c.url, og_url=c.url, og_title=t)
    ac, hc, bc = n.a(), n.a(), n.a()
    top = []
    for o in ["nytimes-2", "cnet"]:
        ex = paras(o)[:3]
        c.add(" ".join(ex))
        top.append(f"<div{ac}><h2{hc}><a href=\"{article_url(site, 'tech', title_of(o), r)}\">{E(title_of(o))}</a></h2><div{bc}>" +
                   "".join(f"<p>{E(p)}</p>" for p in ex) + "</div></div>")
    mb = paras(main)[:5]
    recs = ["engadget", "yahoo-1", "ars-1"]
    items = "".join(f'<a href="/{slugify(title_of(o))}">{thumb(r, 96, 64)}<span>{E(title_of(o))}</span></a>' for o in recs)
    c.add("Recommended " + " ".join(title_of(o) for o in recs))
    body = "".join(f"<p>{E(p)}</p>" for p in mb[:3]) + f"<div{n.a()}><b>Recommended</b>{items}</div>" + \
        "".join(f"<p>{E(p)}</p>" for p in mb[3:])
    mainh = f"<div{ac}><h2{hc}>{E(t)}</h2><div{bc}>{body}</div></div>"
    rel = []
    for o in ["medium-3", "wapo-2", "salon-1"]:
        ps = paras(o)
        c.add(" ".join(ps))
        rel.append(f"<div{ac}><h2{hc}><a href=\"{article_url(site, 'tech', title_of(o), r)}\">{E(title_of(o))}</a></h2><div{bc}>" +
                   "".join(f"<p>{E(p)}</p>" for p in ps) + "</div></div>")
    c.ref = "<div>\n" + "\n".join(f"<p>{E(p)}</p>" for p in mb) + "\n</div>\n"
    c.page = (hd + f"\n<body>\n{nav(n, ['Tech', 'Reviews', 'Science'])}\n<div{n.a()}>\n" + "\n".join(top) +
              f"\n</div>\n<div{n.a()}>\n{mainh}\n</div>\n<div{n.a()}>\n" + "\n".join(rel) +
              f"\n</div>\n{footer(n, 'Gadget Desk')}\n</body>\n</html>\n")


def case22(c):  # infinite scroll of <article>s with comments, main 2nd, href marker
    build_scroll(c, arts=["tmz-1", "citylab-1", "webmd-2"], main_idx=1, style="neutral",
                 site="www.popculturepost.example", marker="href", comments=True,
                 pool=["nytimes-1", "wapo-1", "bbc-1", "guardian-1", "seattletimes-1", "engadget"])


def case23(c):  # aggregator cards without headlines: provider + time + body text only
    build_aggregator(c, main="herald-sun-1", n_main=4, related=["salon-1", "nytimes-3", "seattletimes-1"],
                     style="none", site="www.newsstand.example", section_heading=None, meta_first=True,
                     rel_headline=False, identity="jsonld")


def case24(c):  # main story in <section>s with h2 subheads; related stories are identical <section>s
    r, n = c.rng, Names(c.rng, "module")
    main = "aclu"
    t = title_of(main)
    site = "www.civicline.example"
    c.title, c.url = t, article_url(site, "privacy", t, r)
    hd = head(t, canonical=c.url, jsonld=ld(t, c.url, "Article"))
    sc, hc = n.a(), n.a()

    def sections(name):
        bl = blocks(name)
        groups, cur = [], []
        for b in bl:
            if b[0] == "h" and cur:
                groups.append(cur)
                cur = []
            cur.append(b)
        groups.append(cur)
        return groups

    out, ref = [], []
    for g in sections(main):
        inner = [f"<h2{hc}>{E(x)}</h2>" if k == "h" else f"<p>{E(x)}</p>" for k, x in g]
        out.append(f"<section{sc}>\n" + "\n".join(inner) + "\n</section>")
        ref.extend(f"<h2>{E(x)}</h2>" if k == "h" else f"<p>{E(x)}</p>" for k, x in g)
    c.ref = "<div>\n" + "\n".join(ref) + "\n</div>\n"
    rel = []
    for o in ["nytimes-4", "webmd-2"]:
        bl = blocks(o)
        c.add(text_of(bl))
        rel.append(f"<section{sc}>\n<h2{hc}><a href=\"{article_url(site, 'privacy', title_of(o), r)}\">{E(title_of(o))}</a></h2>\n" +
                   "\n".join(f"<h2{hc}>{E(x)}</h2>" if k == "h" else f"<p>{E(x)}</p>" for k, x in bl) + "\n</section>")
    c.page = (hd + f"\n<body>\n{nav(n, ['Privacy', 'Free speech', 'Voting rights'])}\n<main{n.a()}>\n<h1>{E(t)}</h1>\n"
              f"<div{n.a()}>By {E(r.choice(AUTHORS))}</div>\n" + "\n".join(out) + "\n" + "\n".join(rel) +
              f"\n</main>\n{footer(n, 'Civic Line')}\n</body>\n</html>\n")


WHY = {
    1: "MSN-style aggregator: short 4-paragraph story followed by a 'More for you' feed of 4 LONG full-text stories with provider + relative time; random hash classes. (main: nytimes-1; clutter: engadget, salon-1, seattletimes-1, quanta-1)",
    2: "Aggregator where the 3 long related stories use exactly the main story's markup (same classes, h1, provider line) and there is no section heading; neutral class names. (main: webmd-1; clutter: nytimes-4, aclu, citylab-1)",
    3: "Aggregator with no h1 at all: the short main story and 3 long related stories are identical h2 cards (provider/time line first); identity only via JSON-LD; CSS-module classes. (main: ars-1; clutter: nytimes-3, wapo-1, theverge)",
    4: "SmartNews-style feed: 4-paragraph story followed by <li> cards with provider/time before the headline and long full-text bodies, no heading; identity from <title> only; utility classes. (main: breitbart; clutter: medium-3, nytimes-2, wapo-2, herald-sun-1)",
    5: "Infinite scroll of 3 identical <article>s; <title>/canonical/og/JSON-LD are stale (name the 1st); the case url is the 2nd article's, named only by the <a> on its headline. (main: telegraph; clutter: buzzfeed-1, yahoo-3)",
    6: "Infinite scroll of 3 identical <div> articles with h2 headlines; stale identity names the 1st; the url is the 3rd, named only by a data-article-url attribute on its container. (main: msn; clutter: bbc-1, webmd-2)",
    7: "Infinite scroll of 3 <section>s, no class names; stale identity names the 1st (long) article; url is the 2nd (short), named by data-article-url. (main: cnn; clutter: quanta-1, tmz-1)",
    8: "Left rail 'Top stories' with 3 long (4-paragraph) excerpts placed BEFORE the main story in the DOM; hash classes. (main: seattletimes-1; clutter: nytimes-4, engadget, wapo-1)",
    9: "Unlabelled block of 2 related stories with long 5-paragraph excerpts above the main story, no class names. (main: nytimes-2; clutter: salon-1, aclu)",
    10: "Mid-body inserts: a 'READ MORE: <a>' paragraph, a 'Related:' list of linked headlines and a 'Recommended' box with 3 linked headlines + thumbnails inside the story container; short related excerpts after. (main: wapo-1)",
    11: "Story with a pull quote repeating one of its sentences and an embedded tweet-like blockquote with author/handle/date (both are the story and must be kept) plus READ MORE and Recommended inserts. (main: bbc-1)",
    12: "Story body made of <div> paragraphs (no <p>), h3 subheads; 3 related full-text stories after use real <p>s; JSON-LD @graph identity. (main: wapo-2; clutter: herald-sun-1, cnet, yahoo-1)",
    13: "Story split into <section>s with <h2> subheads and 'Updated h:mm p.m.' lines (kept); a 'More from' block of 3 full-text stories uses the same <section> markup; 'Most read' list. (main: guardian-1; clutter: webmd-2, citylab-1, yahoo-3)",
    14: "Live blog: entries each with a time and a short heading (all entries are the story), followed by a newsletter box and 'More live coverage' with 2 full stories. (main: nytimes-3; clutter: webmd-2, yahoo-3)",
    15: "Essay followed by a thread of 10 long comments (author, date, several sentences, reply/likes). (main: medium-2; comment text from medium-1, theverge, salon-1, citylab-1)",
    16: "h1 inside a hero header far from the body (separated by hero image and share bar), byline + author bio after the body, rail of 2-paragraph teasers after; utility classes. (main: quanta-1; clutter: citylab-1, medium-1, engadget)",
    17: "French aggregator: short 5-paragraph story and 3 related full-text stories in identical h2 cards under 'À lire aussi'. (main: lemonde-1; clutter: liberation-1, videos-2, guardian-1)",
    18: "German infinite scroll: 3 identical <div>/h2 articles, stale identity names the 1st, url is the 3rd (short German story) via data attribute. (main: heise; clutter: ars-1, theverge)",
    19: "Spanish page with a 'Lo más leído' rail of 3 long 5-paragraph excerpts before the main story. (main: la-nacion; clutter: cnet-svg-classes, nytimes-5, wapo-1)",
    20: "Portuguese infinite scroll: 3 identical <article>s each with a comment thread; stale identity names the 1st; url is the 2nd (named by the headline <a>). (main: folha; clutter: nytimes-4, cnet-svg-classes + comments)",
    21: "Mix: 2 teaser cards with 3-paragraph excerpts before the story, a Recommended box with thumbnails mid-body, and 3 long full-text related stories after, all cards sharing the main story's markup (h2). (main: theverge; clutter: nytimes-2, cnet, medium-3, wapo-2, salon-1)",
    22: "Infinite scroll of 3 <article>s with comment threads under the other articles; stale identity names a short first article; url is the 2nd (headline <a>). (main: citylab-1; clutter: tmz-1, webmd-2 + comments)",
    23: "Aggregator cards WITHOUT headlines: provider + time line then a long full-text body, directly after a short 4-paragraph story; no classes, no heading; JSON-LD identity. (main: herald-sun-1; clutter: salon-1, nytimes-3, seattletimes-1)",
    24: "Story made of sibling <section>s with <h2> subheads, followed inside the same <main> by 2 full-text related stories as identical <section>s whose <h2> headline is a link to another url. (main: aclu; clutter: nytimes-4, webmd-2)",
}

CASES = {i: globals()[f"case{i}"] for i in range(1, 25)}


def build(i: int) -> Case:
    c = Case(i, WHY[i])
    CASES[i](c)
    return c


def write(c: Case) -> None:
    d = SEEDS / c.slug
    d.mkdir(exist_ok=True)
    (d / "page.html").write_text(c.page, "utf-8")
    (d / "reference.html").write_text(c.ref, "utf-8")
    meta = {"url": c.url, "captured": CAPTURED, "group": "cluttered", "why": c.why, "source": SOURCE,
            "license": LICENSE, "title": c.title, "clutter": c.clutter}
    (d / "case.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


# ---------------------------------------------------------------- check / score

def page_text(path: Path) -> str:
    tree = lxml.html.fromstring(path.read_bytes())
    for bad in tree.xpath("//script|//style|//head"):
        bad.drop_tree()
    # make block boundaries whitespace
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "section", "article", "br", "blockquote", "time", "span", "a", "b", "strong", "button", "img"):
            el.tail = " " + (el.tail or "")
    return norm(tree.text_content())


def ref_blocks(path: Path) -> list[str]:
    tree = lxml.html.fromstring(path.read_text("utf-8"))
    return [norm(e.text_content()) for e in tree.iter("p", "h2", "h3", "h4", "li")]


def words(s: str) -> list[str]:
    return re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", s.lower())


def ngrams(ws, k):
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def check() -> int:
    bad = 0
    total = 0
    for i in CASES:
        d = SEEDS / f"holdout3-{i}"
        meta = json.loads((d / "case.json").read_text("utf-8"))
        for k in ("url", "captured", "group", "why", "source", "license", "title", "clutter"):
            if k not in meta:
                print(d.name, "missing", k); bad += 1
        pt = page_text(d / "page.html")
        rt = norm(lxml.html.fromstring((d / "reference.html").read_text("utf-8")).text_content())
        r8 = ngrams(words(rt), 8)
        for cl in meta["clutter"]:
            if cl not in pt:
                print(d.name, "clutter not in page:", cl[:80]); bad += 1
            if cl in rt:
                print(d.name, "clutter in reference:", cl[:80]); bad += 1
            if ngrams(words(cl), 8) & r8:
                print(d.name, "clutter shares 8-gram with reference:", cl[:60]); bad += 1
        for b in ref_blocks(d / "reference.html"):
            if b and b not in pt:
                print(d.name, "reference block not in page:", b[:80]); bad += 1
        raw = (d / "page.html").read_text("utf-8")
        has_id = re.search(r'rel="canonical"|og:url|application/ld\+json', raw)
        if has_id and meta["url"] not in raw:
            print(d.name, "url not named in page"); bad += 1
        if meta["title"] not in html.unescape(raw):
            print(d.name, "title not in page"); bad += 1
        total += sum(f.stat().st_size for f in d.iterdir())
    print(f"{len(CASES)} cases, {total / 1e6:.2f} MB, {bad} problems")
    if total >= 6e6:
        print("too large"); bad += 1
    return 1 if bad else 0


def f1(pred: str, gold: str) -> float:
    from collections import Counter
    p, g = Counter(words(pred)), Counter(words(gold))
    ov = sum((p & g).values())
    if not ov:
        return 0.0
    pr, rc = ov / sum(p.values()), ov / sum(g.values())
    return 2 * pr * rc / (pr + rc)


def leaked(cl: str, out: str) -> bool:
    if norm(cl) in out:
        return True
    g = ngrams(words(cl), 5)
    if not g:
        return False
    return len(g & ngrams(words(out), 5)) / len(g) > 0.5


def score() -> None:
    sys.path.insert(0, str(ROOT / "server"))
    import clearpage
    rows = []
    for i in CASES:
        d = SEEDS / f"holdout3-{i}"
        meta = json.loads((d / "case.json").read_text("utf-8"))
        a = clearpage.clean((d / "page.html").read_bytes(), url=meta["url"])
        out = norm(a.text or "")
        gold = norm(lxml.html.fromstring((d / "reference.html").read_text("utf-8")).text_content())
        f = f1(out, gold)
        leaks = [k for k, cl in enumerate(meta["clutter"]) if leaked(cl, out)]
        tok = norm(a.title or "") == norm(meta["title"])
        rows.append((d.name, f, leaks, len(meta["clutter"]), tok, a.title, len(words(out)), len(words(gold))))
        print(f"{d.name:12s} F1={f:.3f} leaks={len(leaks)}/{len(meta['clutter'])} {leaks} title={'ok' if tok else 'BAD: ' + repr(a.title)} out_words={len(words(out))} ref_words={len(words(gold))}")
    n = len(rows)
    print(f"mean F1={sum(r[1] for r in rows) / n:.3f}  cases with leaks={sum(1 for r in rows if r[2])}  titles ok={sum(r[4] for r in rows)}/{n}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", type=int)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    a = ap.parse_args()
    if a.check:
        return check()
    if a.score:
        score()
        return 0
    for i in ([a.only] if a.only else CASES):
        write(build(i))
    return 0


if __name__ == "__main__":
    sys.exit(main())
