#!/usr/bin/env python3
"""Build the fifth held-out set: seeds/holdout5-1 .. holdout5-30.

Aggregator and infinite-scroll pages built from real news articles (the
reference bodies of Mozilla Readability test pages, Apache-2.0) with neutral,
random-per-page or absent class names.  One article is the main story, 1-5
other real articles are related / follow-up stories rendered around it.

Written without looking at the extractor or at the other generators.

    python tools/build_holdout5.py            # (re)write the cases
    python tools/build_holdout5.py --check    # rebuild in memory, compare, validate
    python tools/build_holdout5.py --score    # run clearpage on every case
"""
from __future__ import annotations

import argparse
import hashlib
import html as htmlmod
import json
import random
import re
import sys
from pathlib import Path

from lxml import html as lhtml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
N_CASES = 30
CAPTURED = "2026-11-29"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"

# Real news articles only (reference group), with cleaned headlines.
POOL = {
    "aclu": "Facebook Is Tracking Me Even Though I’m Not on Facebook",
    "ars-1": "Just-released Minecraft exploit makes it easy to crash game servers",
    "bbc-1": "Obama admits US gun laws are his 'biggest frustration'",
    "breitbart": "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
    "bug-1255978": "Seven secrets that hotel owners don't want you to know",
    "buzzfeed-1": "Student Dies After Diet Pills She Bought Online \"Burned Her Up From Within\"",
    "citylab-1": "The Modern Ambitions Behind Neon",
    "cnet": "Zuckerberg offers peek at Facebook's acquisition strategies",
    "cnn": "The 'birth lottery' and economic mobility",
    "engadget": "Xbox One X review: A console that keeps up with gaming PCs",
    "folha": "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
    "heise": "1Password für Mac generiert Einmal-Passwörter",
    "herald-sun-1": "Angry media won’t buckle over new surveillance laws",
    "lemonde-1": "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
    "liberation-1": "Un troisième Français mort dans le séisme au Népal",
    "medicalnewstoday": "How does the brain turn unconscious information into conscious thought?",
    "msn": "Nintendo's first iPhone game will launch in December for $10",
    "nytimes-1": "United States to Lift Sudan Sanctions",
    "nytimes-2": "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say",
    "nytimes-3": "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.",
    "nytimes-4": "As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military",
    "salon-1": "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians",
    "seattletimes-1": "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods",
    "telegraph": "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    "theverge": "Apple’s Vision Pro hands-on: the Retina display moment for headsets",
    "tmz-1": "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
    "wapo-1": "Attack stokes instability fears in North Africa",
    "wapo-2": "Where do strained U.S.-Israeli relations go after Netanyahu’s victory?",
    "webmd-1": "Babies Who Eat Peanuts Early May Avoid Allergy",
    "webmd-2": "Superbugs: What They Are and How You Get Them",
    "wikia": "'Star Wars' Original Cuts Might Get Released for 40th Anniversary",
    "yahoo-3": "Veteran Wraps Baby in American Flag, Photo Sparks Controversy",
    "schema-org-context-object": "South Korean president’s impeachment fails after ruling party lawmakers walk out",
    "aktualne": "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout",
    "la-nacion": "Una solución no violenta para la cuestión mapuche",
    "qq": "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶",
    "youth": "海外留学生看两会：出国前后关注点大不同",
    "gmw": "宇航员在太空中喝酒会怎么样？后果很严重",
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）",
    "quanta-1": "The Hidden Heroines of Chaos",
    "spiceworks": "Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform",
    "wordpress": "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers",
    "yahoo-1": "These are the 8 coolest PlayStation VR games",
    "article-author-tag": "The Deck of Cards That Made Tarot A Global Phenomenon",
}
LANG = {"folha": "pt", "heise": "de", "lemonde-1": "fr", "liberation-1": "fr",
        "aktualne": "cs", "la-nacion": "es", "qq": "zh", "youth": "zh", "gmw": "zh",
        "yahoo-4": "ja"}
CJK = {"qq", "youth", "gmw", "yahoo-4"}

WS = re.compile(r"\s+")
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W_]+", re.U)


def norm(s: str) -> str:
    return WS.sub(" ", s).strip()


# --------------------------------------------------------------------------
# article text
# --------------------------------------------------------------------------

def load_blocks(name: str, cap: int = 45) -> list[tuple[str, object]]:
    """Blocks of a reference body: ('p', text), ('h', text), ('ul'|'ol', [items]),
    ('quote', text)."""
    doc = lhtml.fromstring((SEEDS / name / "reference.html").read_text(encoding="utf-8"))
    for bad in doc.xpath("//figcaption|//script|//style|//figure//span"):
        bad.drop_tree()
    out: list[tuple[str, object]] = []
    taken = set()

    def inside_taken(el) -> bool:
        p = el.getparent()
        while p is not None:
            if p in taken:
                return True
            p = p.getparent()
        return False

    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag not in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"):
            continue
        if inside_taken(el):
            continue
        taken.add(el)
        if tag in ("ul", "ol"):
            items = [norm(li.text_content()) for li in el.iter("li")]
            items = [i for i in items if len(i) > 2]
            if items:
                out.append((tag, items))
            continue
        text = norm(el.text_content())
        if len(text) < 3:
            continue
        if tag == "blockquote":
            out.append(("quote", text))
        elif tag[0] == "h":
            if text.lower() == POOL.get(name, "").lower():
                continue
            out.append(("h", text))
        else:
            out.append(("p", text))
    # drop trailing headings, cap length
    out = out[:cap]
    while out and out[-1][0] == "h":
        out.pop()
    while out and out[0][0] == "h":
        out.pop(0)
    return out


def blocks_text(blocks) -> str:
    parts = []
    for kind, val in blocks:
        parts.extend(val if isinstance(val, list) else [val])
    return norm(" ".join(parts))


def tokens(s: str) -> list[str]:
    return TOKEN.findall(s.lower())


def wordcount(blocks) -> int:
    return len(tokens(blocks_text(blocks)))


# --------------------------------------------------------------------------
# page vocabulary
# --------------------------------------------------------------------------

NEUTRAL = ["a1", "b2", "c3", "d4", "e5", "box", "col", "wrap", "item", "unit", "blk", "row",
           "x1", "part", "s1", "inner", "cell", "m2", "k9", "zone", "grp", "t1", "u7", "pane",
           "w3", "v2", "f1", "holder", "l1", "r4", "main", "lay"]
SITES = [("dailywire-hub.example", "Daily Wire Hub"), ("newsstream.example", "NewsStream"),
         ("the-ledger.example", "The Ledger"), ("feedpost.example", "FeedPost"),
         ("globalbrief.example", "Global Brief"), ("scrollnews.example", "ScrollNews"),
         ("morningpaper.example", "Morning Paper"), ("citywire24.example", "CityWire 24"),
         ("agora-news.example", "Agora News"), ("newsroll.example", "Newsroll")]
SOURCES = ["Reuters", "AP", "AFP", "Bloomberg", "The Guardian", "Le Monde", "El País",
           "Spiegel", "BBC News", "CNN", "NHK", "Xinhua", "The Verge", "Wired"]
AUTHORS = ["Maria Lopez", "James Whitfield", "Anna Kowalski", "Kenji Sato", "Fatima Zahra",
           "Olivia Brown", "Lukas Meyer", "Sofia Rossi", "Daniel Kim", "Amara Okafor",
           "Pierre Dubois", "Elena Petrova", "Tom Becker", "Chen Wei"]
SEPARATORS = {
    "en": ["Next article", "Continue reading", "Related", "You may also like", "Up next",
           "More stories", "Read next"],
    "fr": ["Lire aussi", "Article suivant", "À lire aussi"],
    "de": ["Weitere Artikel", "Nächster Artikel", "Auch interessant"],
    "es": ["Más noticias", "Siguiente artículo", "Te puede interesar"],
    "pt": ["Leia também", "Próxima notícia"],
    "cs": ["Další článek", "Mohlo by vás zajímat"],
    "zh": ["相关阅读", "下一篇", "猜你喜欢"],
    "ja": ["関連記事", "次の記事"],
}
HASHTAGS = ["#Politics", "#World", "#Tech", "#Business", "#Science", "#Health", "#Sports",
            "#Culture", "#Economy", "#Breaking", "#Europe", "#Asia", "#Climate"]


def widget_texts(rng: random.Random, lang: str) -> dict[str, str]:
    n = rng.randint(2, 140)
    return {
        "hashtags": " ".join(rng.sample(HASHTAGS, rng.randint(2, 4))),
        "ai": rng.choice([
            "Try our AI features: get a three-line summary of any story, ask follow-up questions and listen to the article read aloud. Try it now",
            "New: AI summary. Let our assistant condense this story for you in seconds. Activate AI summary",
            "Ask the newsroom bot anything about this story. Powered by AI. Start a chat",
        ]),
        "app": rng.choice([
            "Get the app. Breaking news alerts, offline reading and personalised feeds. Download on the App Store Get it on Google Play",
            "Read faster in our app: scan the QR code or download it for iOS and Android, free.",
        ]),
        "newsletter": rng.choice([
            "Sign up for our morning newsletter. The five stories you need, in your inbox before 7am. Email address Subscribe",
            "Newsletter: Get the day's top headlines delivered every evening. Enter your email Sign me up No spam, unsubscribe at any time.",
        ]),
        "share": rng.choice([
            "Share Facebook X WhatsApp Telegram Email Copy link",
            "Share this story: Facebook Twitter LinkedIn Reddit Email",
        ]),
        "comments": rng.choice([
            "No comments yet. Be the first to comment. Log in to comment",
            f"{n} comments Join the conversation Show comments",
        ]),
        "ad": "Advertisement",
        "follow": rng.choice([
            "Follow us on Google News and never miss a story. Follow",
            "Enable notifications to get breaking news alerts. Allow Not now",
        ]),
    }


def slugify(title: str) -> str:
    s = title.lower()
    s = re.sub(r"[’'\"“”]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:10]) or "story"


class Classes:
    def __init__(self, rng: random.Random, mode: str):
        self.rng = rng
        self.mode = mode
        self.map: dict[str, str] = {}
        self.used: set[str] = set()

    def name(self, role: str) -> str:
        if self.mode == "none":
            return ""
        if role not in self.map:
            while True:
                if self.mode == "neutral":
                    c = self.rng.choice(NEUTRAL)
                else:
                    k = self.rng.randint(0, 3)
                    h = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
                    c = ["_" + h, "x" + h, "sc-" + h.capitalize() + "Q", "css-" + h][k]
                if c not in self.used or len(self.used) >= len(NEUTRAL):
                    break
            self.used.add(c)
            self.map[role] = c
        return self.map[role]

    def __call__(self, role: str) -> str:
        c = self.name(role)
        return f' class="{c}"' if c else ""


E = htmlmod.escape


def render_blocks(blocks, *, ptag="p", htag="h3", indent="      ") -> str:
    out = []
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<{ptag}>{E(val)}</{ptag}>")
        elif kind == "h":
            out.append(f"<{htag}>{E(val)}</{htag}>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{E(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{E(val)}</p></blockquote>")
    return "\n".join(indent + o for o in out)


def reference_html(blocks) -> str:
    return "<div>\n" + render_blocks(blocks, ptag="p", htag="h3", indent="  ") + "\n</div>\n"


def heading(tag: str, text: str, cls: str) -> str:
    if tag == "pb":
        return f"<p{cls}><b>{E(text)}</b></p>"
    if tag == "strong":
        return f"<strong{cls}>{E(text)}</strong>"
    if tag == "pplain":
        return f"<p{cls}>{E(text)}</p>"
    return f"<{tag}{cls}>{E(text)}</{tag}>"


# --------------------------------------------------------------------------
# case specs
# --------------------------------------------------------------------------

LAYOUTS = ["same", "cards", "infinite", "teasers", "plain", "infinite_flat"]


def make_specs() -> list[dict]:
    rng = random.Random(20261129)
    names = list(POOL)
    usable = [n for n in names if wordcount(load_blocks(n)) >= 120 and len(load_blocks(n)) >= 3]
    latin = [n for n in usable if n not in CJK]
    specs = []
    mains = []
    order = latin[:]
    rng.shuffle(order)
    cjk = [n for n in usable if n in CJK]
    # 26 latin mains + 4 CJK mains, spread out
    mains = order[:26]
    for i, c in zip((5, 12, 19, 27), cjk):
        mains.insert(i, c)
    mains = mains[:N_CASES]
    for i in range(N_CASES):
        main = mains[i]
        layout = LAYOUTS[i % len(LAYOUTS)]
        n_rel = [1, 5, 3, 2, 4, 1, 5, 2, 3, 4][i % 10]
        mw = wordcount(load_blocks(main))
        others = [n for n in usable if n != main]
        longer = i % 3 == 0  # main shorter than related
        if longer:
            cand = [n for n in others if wordcount(load_blocks(n)) > mw] or others
        else:
            cand = others
        rel = rng.sample(cand, min(n_rel, len(cand)))
        specs.append({
            "i": i + 1,
            "main": main,
            "related": rel,
            "layout": layout,
            "main_first": rng.random() < 0.7,
            "classes": ["neutral", "random", "none"][(i + i // 6) % 3],
            "identity": rng.choice(["title", "og", "jsonld", "canonical", "urlonly", "title"]),
            "seed": 1000 + i,
        })
    for s in specs:
        if s["layout"].startswith("infinite"):
            s["main_first"] = True  # you land on the story, follow-ups are appended
        if s["identity"] == "urlonly" and s["main"] in CJK:
            s["identity"] = "og"
    return specs


# --------------------------------------------------------------------------
# page building
# --------------------------------------------------------------------------

def build_case(spec: dict) -> tuple[str, dict, str]:
    rng = random.Random(spec["seed"])
    C = Classes(rng, spec["classes"])
    main = spec["main"]
    title = POOL[main]
    lang = LANG.get(main, "en")
    main_blocks = load_blocks(main)
    domain, site = rng.choice(SITES)
    y, m, d = 2026, rng.randint(9, 11), rng.randint(1, 28)
    slug = slugify(title) if main not in CJK else f"article-{rng.randint(100000, 999999)}"
    url = f"https://www.{domain}/{rng.choice(['news', 'world', 'stories', 'a', 'feed'])}/{y}/{m:02d}/{d:02d}/{slug}"
    if rng.random() < 0.3:
        url += f"-{rng.randint(1000, 99999)}"
    if rng.random() < 0.3:
        url += rng.choice([".html", "/"])
    widgets = widget_texts(rng, lang)
    clutter: list[str] = []
    layout = spec["layout"]
    rel_names = spec["related"]
    rel_cap = 30 if len(rel_names) <= 2 else 14
    rels = [(n, POOL[n], load_blocks(n, cap=rel_cap)) for n in rel_names]

    def author():
        return rng.choice(AUTHORS)

    def date_str():
        dd = rng.randint(1, 28)
        mm = rng.randint(9, 11)
        return rng.choice([f"{y}-{mm:02d}-{dd:02d}", f"{['Sep', 'Oct', 'Nov'][mm - 9]} {dd}, {y}",
                           f"{dd:02d}.{mm:02d}.{y}", f"{rng.randint(1, 11)} hours ago"])

    def meta_line(role="meta"):
        a, dt = author(), date_str()
        form = rng.randint(0, 2)
        if form == 0:
            return f'<div{C(role)}><span>By {E(a)}</span> · <time>{E(dt)}</time></div>'
        if form == 1:
            return f'<p{C(role)}>{E(a)} | {E(dt)}</p>'
        return f'<div{C(role)}><a href="/author/{slugify(a)}">{E(a)}</a><span>{E(dt)}</span></div>'

    def widget_block(kind: str) -> str:
        text = widgets[kind]
        clutter.append(text)
        role = "w_" + kind
        if kind == "hashtags":
            inner = " ".join(f'<a href="/tag/{t[1:].lower()}">{t}</a>' for t in text.split())
            return f"<div{C(role)}>{inner}</div>"
        if kind == "share":
            words = text.split()
            if text.startswith("Share this story:"):
                head, rest = "Share this story:", text[len("Share this story: "):].split()
            else:
                head, rest = words[0], words[1:]
            return f"<div{C(role)}><span>{head}</span>" + "".join(
                f'<button type="button">{w}</button>' for w in rest) + "</div>"
        if kind == "ad":
            return f'<div{C(role)}><span>Advertisement</span><div style="min-height:250px"></div></div>'
        if kind == "newsletter":
            return f"<div{C(role)}><p>{E(text)}</p></div>"
        return f"<div{C(role)}><p>{E(text)}</p></div>"

    def sep_html() -> str:
        r = rng.random()
        if r < 0.25:
            return "<hr>"
        if r < 0.4:
            return ""
        label = rng.choice(SEPARATORS.get(lang if rng.random() < 0.6 else "en", SEPARATORS["en"]))
        return f"<div{C('sep')}>{E(label)}</div>" if rng.random() < 0.5 else f"<h2{C('sep')}>{E(label)}</h2>"

    pick_widgets = rng.sample(list(widgets), rng.randint(1, 4))
    body_wrapped = rng.random() < 0.6
    ptag_rel = "div" if rng.random() < 0.2 else "p"

    # ---------- main story html
    main_h = rng.choice(["h1", "h1", "h2"])
    main_meta = meta_line() if rng.random() < 0.75 else ""
    main_body = render_blocks(main_blocks, htag=rng.choice(["h2", "h3"]))
    parts: list[str] = []
    why_bits = []

    if layout == "same":
        # every story in the feed uses the identical template
        tag = ["div", "article", "section"][(spec["i"] // 6) % 3]
        htag = main_h

        def story(t, blocks, with_meta):
            b = render_blocks(blocks, htag="h3")
            inner = f'<div{C("body")}>\n{b}\n    </div>' if body_wrapped else b
            m = meta_line() if with_meta else ""
            return f'  <{tag}{C("story")}>\n    {heading(htag, t, C("hl"))}\n    {m}\n    {inner}\n  </{tag}>'
        items = [("main", story(title, main_blocks, bool(main_meta)))]
        for n, t, b in rels:
            items.append(("rel", story(t, b, bool(main_meta))))
            clutter.append(blocks_text(b))
        if not spec["main_first"]:
            items = items[1:] + items[:1]
        sep = sep_html() if rng.random() < 0.5 else ""
        mid = [widget_block(k) for k in pick_widgets]
        out = []
        for j, (kind, h) in enumerate(items):
            if j:
                out.append("  " + sep)
            out.append(h)
            if kind == "main":
                out.extend("  " + w for w in mid)
        parts.append(f'<div{C("feed")}>\n' + "\n".join(out) + "\n</div>")
        why_bits.append(f"all {len(items)} stories rendered with the identical <{tag}> template and classes, separator {sep!r}")

    elif layout == "cards":
        inner = f'<div{C("body")}>\n{main_body}\n    </div>' if body_wrapped else main_body
        mainh = f'<div{C("story")}>\n    {heading(main_h, title, C("hl"))}\n    {main_meta}\n    {inner}\n  </div>'
        cards = []
        ctitle = rng.choice(["h3", "h2", "pb", "div", "strong"])
        for n, t, b in rels:
            src, tm = rng.choice(SOURCES), date_str()
            body = render_blocks(b, ptag=ptag_rel, htag="h4")
            cards.append(f'    <div{C("card")}>\n      <div{C("cmeta")}><span>{E(src)}</span> <span>{E(tm)}</span></div>\n'
                         f'      {heading(ctitle, t, C("ctitle"))}\n      <div{C("cbody")}>\n{body}\n      </div>\n    </div>')
            clutter.append(blocks_text(b))
        label = sep_html()
        relsec = f'<div{C("rel")}>\n    {label}\n' + "\n".join(cards) + "\n  </div>"
        mid = "\n  ".join(widget_block(k) for k in pick_widgets)
        if spec["main_first"]:
            parts.append(f'<div{C("col")}>\n  {mainh}\n  {mid}\n  {relsec}\n</div>')
        else:
            parts.append(f'<div{C("col")}>\n  {relsec}\n  {mainh}\n  {mid}\n</div>')
        why_bits.append(f"related as full-text cards (source + time + {ctitle} title + body as <{ptag_rel}>)")

    elif layout == "teasers":
        inner = f'<div{C("body")}>\n{main_body}\n    </div>' if body_wrapped else main_body
        mainh = f'<article{C("story")}>\n    {heading(main_h, title, C("hl"))}\n    {main_meta}\n    {inner}\n  </article>'
        cards = []
        for n, t, b in rels:
            txt = blocks_text(b)
            if n in CJK:
                ex = txt[:80] + "…"
            else:
                ex = " ".join(txt.split()[:rng.randint(25, 45)]) + "…"
            clutter.append(ex)
            more = rng.choice(["Read more", "Continue reading", "→", ""])
            cards.append(f'    <div{C("card")}>\n      {heading(rng.choice(["h3", "pb", "div"]), t, C("ctitle"))}\n'
                         f'      <p{C("ex")}>{E(ex)}</p>\n      ' + (f'<a href="/{slugify(t)}">{more}</a>' if more else "") + "\n    </div>")
        relsec = f'<div{C("rel")}>\n    {sep_html()}\n' + "\n".join(cards) + "\n  </div>"
        mid = "\n  ".join(widget_block(k) for k in pick_widgets)
        if spec["main_first"]:
            parts.append(f'<div{C("col")}>\n  {mainh}\n  {mid}\n  {relsec}\n</div>')
        else:
            parts.append(f'<div{C("col")}>\n  {relsec}\n  {mainh}\n  {mid}\n</div>')
        why_bits.append("related as teaser excerpts (title + first sentences + read-more link)")

    elif layout == "plain":
        # one container; titles as plain or bold <p>, paragraphs all siblings
        ttag = rng.choice(["pb", "pplain", "strong", "div"])
        seq = [f"  {heading(main_h, title, '')}"]
        if main_meta:
            seq.append("  " + main_meta)
        seq.append(render_blocks(main_blocks, indent="  "))
        seq.extend("  " + widget_block(k) for k in pick_widgets)
        rel_seq = []
        for n, t, b in rels:
            s = sep_html() if rng.random() < 0.5 else ""
            if s:
                rel_seq.append("  " + s)
            rel_seq.append(f"  {heading(ttag, t, '')}")
            rel_seq.append(render_blocks(b, ptag=ptag_rel, htag="h4", indent="  "))
            clutter.append(blocks_text(b))
        if spec["main_first"]:
            allseq = seq + rel_seq
        else:
            allseq = rel_seq + seq
        parts.append(f'<div{C("col")}>\n' + "\n".join(allseq) + "\n</div>")
        why_bits.append(f"plain sequence: all paragraphs siblings in one container, related titles as {ttag}")

    elif layout in ("infinite", "infinite_flat"):
        fh = rng.choice(["h1", "h2", "pb", "strong", "div"])
        with_meta = rng.random() < 0.5
        sep_each = rng.random() < 0.6
        flat = layout == "infinite_flat"
        tag = rng.choice(["article", "div", "section"])
        if flat:
            seq = [f"  {heading(main_h, title, C('hl'))}"]
            if main_meta:
                seq.append("  " + main_meta)
            seq.append(render_blocks(main_blocks, indent="  "))
            seq.extend("  " + widget_block(k) for k in pick_widgets)
            for n, t, b in rels:
                if sep_each:
                    seq.append("  " + (sep_html() or "<hr>"))
                seq.append(f"  {heading(fh, t, C('fhl'))}")
                if with_meta:
                    seq.append("  " + meta_line())
                seq.append(render_blocks(b, ptag=ptag_rel, htag="h3", indent="  "))
                clutter.append(blocks_text(b))
            parts.append(f'<div{C("scroll")}>\n' + "\n".join(seq) + "\n</div>")
        else:
            inner = f'<div{C("body")}>\n{main_body}\n    </div>' if body_wrapped else main_body
            items = [f'  <{tag}{C("story")} data-i="0">\n    {heading(main_h, title, C("hl"))}\n    {main_meta}\n    {inner}\n'
                     + "".join("    " + widget_block(k) + "\n" for k in pick_widgets) + f'  </{tag}>']
            for j, (n, t, b) in enumerate(rels, 1):
                body = render_blocks(b, ptag=ptag_rel, htag="h3")
                binner = f'<div{C("body")}>\n{body}\n    </div>' if body_wrapped else body
                if sep_each:
                    items.append("  " + (sep_html() or "<hr>"))
                m = meta_line() if with_meta else ""
                items.append(f'  <{tag}{C("story")} data-i="{j}">\n    {heading(fh, t, C("fhl"))}\n    {m}\n    {binner}\n  </{tag}>')
                clutter.append(blocks_text(b))
            parts.append(f'<div{C("scroll")}>\n' + "\n".join(items) + f'\n  <div{C("loader")}>Loading…</div>\n</div>')
        why_bits.append(f"infinite scroll{' (flat: every block a sibling in one container)' if flat else ''}: "
                        f"{len(rels)} follow-ups with {fh} headlines, {'byline+date' if with_meta else 'no byline/date'}, "
                        f"{'separators' if sep_each else 'no separators'}")

    # ---------- identity
    ident = spec["identity"]
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    sfx = rng.choice([" - ", " | ", " — ", " :: "])
    if ident == "urlonly":
        head.append(f"<title>{E(site)}</title>")
    elif ident == "og":
        head.append(f"<title>{E(site)}</title>")
        head.append(f'<meta property="og:title" content="{E(title)}">')
        head.append(f'<meta property="og:url" content="{E(url)}">')
        head.append(f'<meta property="og:site_name" content="{E(site)}">')
    elif ident == "jsonld":
        head.append(f"<title>{E(title)}{sfx}{E(site)}</title>")
        ld = {"@context": "https://schema.org", "@type": rng.choice(["NewsArticle", "Article"]),
              "headline": title, "url": url, "mainEntityOfPage": url,
              "datePublished": f"{y}-{m:02d}-{d:02d}T08:00:00Z",
              "publisher": {"@type": "Organization", "name": site}}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    elif ident == "canonical":
        head.append(f"<title>{E(title)}{sfx}{E(site)}</title>")
        head.append(f'<link rel="canonical" href="{E(url)}">')
    else:
        head.append(f"<title>{E(title)}{sfx}{E(site)}</title>")
    nav = f'<div{C("top")}><a href="/">{E(site)}</a> ' + " ".join(
        f'<a href="/{w.lower()}">{w}</a>' for w in rng.sample(["World", "Politics", "Business", "Tech", "Science", "Sport", "Culture", "Opinion"], 5)) + "</div>"
    foot = f'<div{C("foot")}><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a> <span>© {y} {E(site)}</span></div>'
    page = ("<!DOCTYPE html>\n" f'<html lang="{lang}">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + nav + "\n" + "\n".join(parts) + "\n" + foot + "\n</body>\n</html>\n")
    why = (f"{layout}: main {'first' if spec['main_first'] else 'after the related stories'}, "
           f"{len(rels)} related ({'main shorter' if wordcount(main_blocks) < min(wordcount(b) for _, _, b in rels) else 'main not the shortest'}), "
           f"classes {spec['classes']}, identity {ident}, widgets {', '.join(pick_widgets)}; " + "; ".join(why_bits)
           + f". (main: {main}; related: {', '.join(rel_names)})")
    case = {"url": url, "captured": CAPTURED, "group": "cluttered", "why": why,
            "source": "tools/build_holdout5.py", "license": LICENSE, "title": title,
            "clutter": [norm(c) for c in clutter]}
    return page, case, reference_html(main_blocks)


# --------------------------------------------------------------------------
# validation, scoring
# --------------------------------------------------------------------------

def ngrams(words, n):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def validate(page: str, case: dict, ref: str) -> list[str]:
    errs = []
    reft = norm(lhtml.fromstring(ref).text_content())
    pagedoc = lhtml.fromstring(page.encode())
    pagetext = norm(" ".join(pagedoc.xpath("//body")[0].itertext()))
    ref8 = ngrams(reft.lower().split(), 8)
    for c in case["clutter"]:
        if c in reft:
            errs.append(f"clutter inside reference: {c[:50]!r}")
        if ngrams(c.lower().split(), 8) & ref8:
            errs.append(f"clutter shares 8 words with reference: {c[:50]!r}")
        if c not in pagetext and c != "Advertisement":
            # widgets rendered as separate inline elements may be joined differently
            if norm(c.replace(" ", "")) not in pagetext.replace(" ", ""):
                errs.append(f"clutter not on page: {c[:50]!r}")
    for blk in lhtml.fromstring(ref).iter("p", "li", "h3"):
        t = norm(blk.text_content())
        if t and t not in pagetext:
            errs.append(f"reference block not on page: {t[:50]!r}")
    if not case["title"]:
        errs.append("no title")
    return errs


def all_cases():
    for spec in make_specs():
        yield spec, build_case(spec)


def score_text(out: str, ref: str) -> float:
    from collections import Counter
    a, b = Counter(tokens(out)), Counter(tokens(ref))
    ov = sum((a & b).values())
    if not ov:
        return 0.0
    p, r = ov / sum(a.values()), ov / sum(b.values())
    return 2 * p * r / (p + r)


def leaks(out: str, clutter: list[str]) -> list[str]:
    o = norm(out)
    ow = o.lower().split()
    o5 = ngrams(ow, 5)
    bad = []
    for c in clutter:
        if c in o:
            bad.append(c)
            continue
        g = ngrams(c.lower().split(), 5)
        if g and len(g & o5) / len(g) > 0.5:
            bad.append(c)
    return bad


def run_score() -> int:
    sys.path.insert(0, str(ROOT / "server"))
    import clearpage
    rows = []
    for d in sorted(SEEDS.glob("holdout5-*"), key=lambda p: int(p.name.split("-")[1])):
        case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        art = clearpage.clean((d / "page.html").read_bytes(), url=case["url"])
        ref = norm(lhtml.fromstring((d / "reference.html").read_text(encoding="utf-8")).text_content())
        f1 = score_text(art.text or "", ref)
        lk = leaks(art.text or "", case["clutter"])
        tok = norm(art.title or "").lower() == norm(case["title"]).lower()
        rows.append((d.name, f1, lk, tok, art.title))
        print(f"{d.name:14s} F1={f1:.3f} leaks={len(lk)}/{len(case['clutter'])} title={'ok' if tok else 'BAD: ' + repr(art.title)}")
        for c in lk:
            print("      leak:", c[:100])
    bad = [r for r in rows if r[1] < 0.9 or r[2] or not r[3]]
    print(f"\nmean F1 {sum(r[1] for r in rows) / len(rows):.3f}; leaking cases {sum(1 for r in rows if r[2])}; "
          f"title misses {sum(1 for r in rows if not r[3])}; failing (F1<0.9, leak or title) {len(bad)}/{len(rows)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    a = ap.parse_args()
    if a.score:
        return run_score()
    total = 0
    problems = 0
    for spec, (page, case, ref) in all_cases():
        d = SEEDS / f"holdout5-{spec['i']}"
        files = {"page.html": page, "case.json": json.dumps(case, ensure_ascii=False, indent=2) + "\n",
                 "reference.html": ref}
        errs = validate(page, case, ref)
        for e in errs:
            print(f"{d.name}: {e}")
        problems += len(errs)
        for fn, content in files.items():
            total += len(content.encode())
            if a.check:
                p = d / fn
                if not p.exists() or p.read_text(encoding="utf-8") != content:
                    print(f"{d.name}/{fn}: differs from a fresh build")
                    problems += 1
            else:
                d.mkdir(parents=True, exist_ok=True)
                (d / fn).write_text(content, encoding="utf-8")
    print(f"{N_CASES} cases, {total / 1e6:.2f} MB, {problems} problems")
    if total >= 6_000_000:
        print("too big")
        problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
