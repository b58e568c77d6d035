#!/usr/bin/env python3
"""Build the second held-out set seeds/holdout2-<n>/ (24 cases), check it, score it.

Independent of the extractor and of the other generators: the main story and the
clutter are real article text from Mozilla Readability test pages (the
``reference.html`` bodies and ``reference-metadata.json`` titles of seeds/<name>/);
everything around them (page templates, widgets, comments, class names) is
synthetic and designed here.  Class names are neutral, random 6-char strings or
absent, so that nothing descriptive gives the structure away.

    python tools/build_holdout2.py            # (re)write seeds/holdout2-*/
    python tools/build_holdout2.py --check    # validate the written cases
    python tools/build_holdout2.py --score    # run clearpage.clean, print F1 / leaks
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import html as lhtml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = 20261129
CAPTURED = "2026-11-29"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"
SOURCE = "tools/build_holdout2.py"

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
              "figure", "figcaption", "table", "tr", "td", "th", "thead", "tbody", "section",
              "article", "aside", "header", "footer", "nav", "main", "form", "button", "pre",
              "dl", "dt", "dd", "br", "hr", "img", "label", "input"}
JUNK_RE = re.compile(
    r"^(advertisement|continue reading the main story|photo|image|credit.*|supported by|share|"
    r"related|see more|read more.*|getty images|ad|skip to .*|video|loading.*|highlights|"
    r"by .{0,40}|published .*|updated .*)$", re.I)


# ---------------------------------------------------------------------------
# text helpers

def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def node_text(el) -> str:
    """Text of an lxml element, block boundaries (and <br>) turned into spaces."""
    out = []

    def walk(e):
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in ("script", "style", "noscript", "template", "head"):
            if e.tail:
                out.append(e.tail)
            return
        blk = tag in BLOCK_TAGS
        if blk:
            out.append(" ")
        if e.text and isinstance(e.tag, str):
            out.append(e.text)
        for c in e:
            walk(c)
        if blk:
            out.append(" ")
        if e.tail:
            out.append(e.tail)

    walk(el)
    return norm("".join(out))


def html_text(src: str) -> str:
    if not src.strip():
        return ""
    return node_text(lhtml.document_fromstring(src))


CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
TOKEN_RE = re.compile(rf"[{CJK}]|[^\W{CJK}]+", re.U)


def tokens(s: str) -> list[str]:
    return TOKEN_RE.findall(s.lower())


def ngrams(toks, n):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def f1(pred: str, ref: str) -> float:
    p, r = Counter(tokens(pred)), Counter(tokens(ref))
    common = sum((p & r).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(r.values())
    return 2 * prec * rec / (prec + rec)


def leaks(clutter: str, out_text: str) -> bool:
    c, o = norm(clutter).lower(), norm(out_text).lower()
    if c and c in o:
        return True
    ct = tokens(c)
    grams = ngrams(ct, 5)
    if not grams:
        return False
    og = ngrams(tokens(o), 5)
    return len(grams & og) / len(grams) > 0.5


# ---------------------------------------------------------------------------
# source articles

def clean_title(t: str) -> str:
    t = norm(t)
    for suf in (" | Eleanor Ainge Roy", " - Breitbart"):
        if t.endswith(suf):
            t = t[: -len(suf)]
    if re.search(f"[{CJK}]", t) and "_" in t:
        t = t.split("_")[0].strip()
    return t


def load_source(name: str) -> dict:
    d = SEEDS / name
    meta = json.loads((d / "reference-metadata.json").read_text(encoding="utf-8"))
    doc = lhtml.fragment_fromstring((d / "reference.html").read_text(encoding="utf-8"),
                                    create_parent="div")
    blocks = []

    def has_block_desc(e):
        return any(isinstance(x.tag, str) and x.tag in ("p", "div", "ul", "ol", "table", "figure",
                                                       "h2", "h3", "h4", "blockquote", "section")
                   for x in e.iterdescendants())

    def walk(e):
        for c in e:
            if not isinstance(c.tag, str):
                continue
            tag = c.tag
            if tag in ("script", "style", "iframe", "noscript"):
                continue
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                t = node_text(c)
                if t and not JUNK_RE.match(t) and len(t) < 160:
                    blocks.append({"kind": "h", "text": t})
            elif tag == "p" or (tag in ("div", "span") and not has_block_desc(c)):
                t = node_text(c)
                if len(t) >= 25 and not JUNK_RE.match(t) and "Continue reading" not in t:
                    blocks.append({"kind": "p", "text": t})
                else:
                    imgs = [i.get("src") for i in c.iter("img") if (i.get("src") or "").startswith("http")]
                    if imgs and not t:
                        blocks.append({"kind": "fig", "src": imgs[0], "caption": ""})
            elif tag in ("ul", "ol"):
                items = [node_text(li) for li in c.iter("li")]
                items = [i for i in items if len(i) > 2]
                if items and len(items) <= 30 and all(len(i) < 600 for i in items):
                    blocks.append({"kind": tag, "items": items})
            elif tag == "blockquote":
                t = node_text(c)
                if len(t) >= 25:
                    blocks.append({"kind": "quote", "text": t})
            elif tag == "figure":
                imgs = [i.get("src") for i in c.iter("img") if (i.get("src") or "").startswith("http")]
                cap = " ".join(node_text(fc) for fc in c.iter("figcaption"))
                if imgs:
                    blocks.append({"kind": "fig", "src": imgs[0], "caption": norm(cap)})
            elif tag == "table":
                rows = []
                for tr in c.iter("tr"):
                    cells = [node_text(td) for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
                    if any(cells):
                        rows.append(cells)
                if rows:
                    blocks.append({"kind": "table", "rows": rows})
            else:
                walk(c)

    walk(doc)
    # drop exact duplicate text blocks
    seen, uniq = set(), []
    for b in blocks:
        key = b.get("text") or json.dumps(b, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        uniq.append(b)
    return {"name": name, "title": clean_title(meta.get("title") or ""), "blocks": uniq,
            "lang": meta.get("lang")}


def cap_blocks(blocks, max_chars, max_blocks=60):
    out, n = [], 0
    for b in blocks:
        if len(out) >= max_blocks or n >= max_chars:
            break
        out.append(b)
        n += len(block_plain(b))
    return out


def block_plain(b) -> str:
    k = b["kind"]
    if k in ("p", "h", "quote"):
        return b["text"]
    if k in ("ul", "ol"):
        return " ".join(b["items"])
    if k == "fig":
        return b["caption"]
    if k == "table":
        return " ".join(" ".join(r) for r in b["rows"])
    return ""


def paras(src, n_min, n_max, rng, max_chars=1800):
    ps = [b["text"] for b in src["blocks"] if b["kind"] == "p" and len(b["text"]) >= 40]
    n = rng.randint(n_min, n_max)
    out, tot = [], 0
    for p in ps:
        if len(out) >= n or (tot > max_chars and out):
            break
        out.append(p)
        tot += len(p)
    return out


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?。！？])\s*(?=[A-Z\"“'‘\u3400-\u9fff])", text)
    return [p.strip() for p in parts if p.strip()]


def summary(src, rng) -> str:
    for p in [b["text"] for b in src["blocks"] if b["kind"] == "p" and len(b["text"]) >= 60]:
        ss = sentences(p)
        if len(ss) >= 2:
            return " ".join(ss[: rng.randint(2, 3)])
    ps = [b["text"] for b in src["blocks"] if b["kind"] == "p"]
    return " ".join(ps[:2])


# ---------------------------------------------------------------------------
# markup

E = html.escape


class Cls:
    """Class-name policy: 'none', 'random' (6-char), or 'neutral'."""
    NEUTRAL = ["box", "item", "col", "unit", "wrap", "c1", "c2", "c3", "blk", "row", "cell", "inner",
               "part", "zone", "mod", "x1", "x2", "pane", "sec", "el"]

    def __init__(self, mode, rng):
        self.mode, self.rng, self.map = mode, rng, {}

    def __call__(self, role: str) -> str:
        if self.mode == "none":
            return ""
        if role not in self.map:
            if self.mode == "random":
                v = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
                if v[0].isdigit():
                    v = "k" + v[1:]
            else:
                v = self.rng.choice(self.NEUTRAL)
            self.map[role] = v
        return f' class="{self.map[role]}"'


def render_block(b, body_mode, sub_tag="h2") -> str:
    k = b["kind"]
    if k == "p":
        return f"<{'div' if body_mode == 'div' else 'p'}>{E(b['text'])}</{'div' if body_mode == 'div' else 'p'}>"
    if k == "h":
        return f"<{sub_tag}>{E(b['text'])}</{sub_tag}>"
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f"<li>{E(i)}</li>" for i in b["items"]) + f"</{k}>"
    if k == "quote":
        return f"<blockquote><p>{E(b['text'])}</p></blockquote>"
    if k == "fig":
        cap = f"<figcaption>{E(b['caption'])}</figcaption>" if b["caption"] else ""
        return f'<figure><img src="{E(b["src"])}" alt="">{cap}</figure>'
    if k == "table":
        rows = b["rows"]
        head = "<tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr>"
        body = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"
    raise ValueError(k)


def render_body(blocks, mode, sub_tag, inserts=None) -> str:
    """inserts: {index: html} placed before block index."""
    inserts = inserts or {}
    out = []
    if mode == "spanbr":
        # runs of paragraphs become one <span> with <br><br>; other blocks stay blocks
        run = []

        def flush():
            if run:
                out.append("<span>" + "<br><br>\n".join(E(t) for t in run) + "</span>")
                run.clear()
        for i, b in enumerate(blocks):
            if i in inserts:
                flush()
                out.append(inserts[i])
            if b["kind"] == "p":
                run.append(b["text"])
            else:
                flush()
                out.append(render_block(b, "p", sub_tag))
        flush()
    else:
        for i, b in enumerate(blocks):
            if i in inserts:
                out.append(inserts[i])
            out.append(render_block(b, mode, sub_tag))
    return "\n".join(out)


def reference_html(blocks, sub_tag="h2") -> str:
    return "<div>\n" + "\n".join(render_block(b, "p", sub_tag) for b in blocks) + "\n</div>\n"


def slug(title: str, rng) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-")
    if not s:
        s = "article"
    return f"{s}-{rng.randint(100000, 999999)}"


LOC = {
    "en": {"share": ["Share this article", "Facebook", "Twitter", "LinkedIn", "Email", "Copy link"],
           "follow": ["Follow us", "Facebook", "Instagram", "YouTube", "RSS"],
           "ad": "ADVERTISEMENT", "tags": "Topics",
           "news": ["The Morning Brief", "The day's top stories, in your inbox every weekday at 6 a.m.",
                    "Sign up", "You can unsubscribe at any time. See our privacy notice."],
           "comments": "Comments", "reply": "Reply", "more_c": "Load more comments",
           "nav": ["Home", "World", "Politics", "Business", "Tech", "Science", "Sport", "Opinion"],
           "foot": ["About us", "Contact", "Privacy", "Terms of use", "Careers"],
           "by": "By", "readmore": "Read more:"},
    "fr": {"share": ["Partager cet article", "Facebook", "Twitter", "E-mail"], "ad": "PUBLICITÉ",
           "nav": ["Accueil", "International", "Politique", "Économie", "Culture"],
           "foot": ["Mentions légales", "Contact", "Confidentialité"], "by": "Par"},
    "de": {"share": ["Artikel teilen", "Facebook", "Twitter", "E-Mail", "Link kopieren"],
           "follow": ["Folgen Sie uns", "Mastodon", "Facebook", "RSS"],
           "ad": "ANZEIGE", "tags": "Themen",
           "news": ["Der Newsletter am Morgen", "Die wichtigsten Meldungen des Tages, jeden Werktag um 7 Uhr.",
                    "Abonnieren", "Sie können den Newsletter jederzeit abbestellen."],
           "comments": "Kommentare", "reply": "Antworten", "more_c": "Weitere Kommentare laden",
           "nav": ["Start", "News", "Security", "Mac & i", "Foto"],
           "foot": ["Impressum", "Datenschutz", "Kontakt"], "by": "Von"},
    "es": {"share": ["Compartir", "Facebook", "Twitter", "WhatsApp", "Correo"], "ad": "PUBLICIDAD",
           "nav": ["Inicio", "Política", "Economía", "Sociedad", "Opinión"],
           "foot": ["Contacto", "Términos y condiciones", "Privacidad"], "by": "Por"},
    "zh": {"share": ["分享到", "微博", "微信", "QQ空间"], "ad": "广告",
           "nav": ["首页", "国内", "国际", "科技", "教育"], "foot": ["关于我们", "联系我们", "版权声明"], "by": "作者"},
}

COMMENTS_EN = [
    ("mkl_1987", "This is exactly what I was worried about when I first read the announcement. Nobody asked the people who will actually live with the consequences."),
    ("Dana R.", "Great reporting, thank you. Would love a follow-up in six months to see whether any of this actually happened."),
    ("northside_dad", "I don't buy it. We have heard the same promises every few years and nothing ever changes."),
    ("j.okafor", "Can someone explain why this took so long? The numbers were public for ages."),
    ("TheRealPatty", "Sharing this with my book club, we were just arguing about this last week!"),
    ("quietobserver", "The second half of the piece is the important part and most people will never scroll that far."),
    ("R. Villanueva", "As someone who works in the field, I can say the situation on the ground is more complicated than any headline."),
]
COMMENTS_DE = [
    ("heiko_m", "Nutze das Feature seit Wochen auf dem iPhone, gut dass es endlich auch auf dem Mac da ist."),
    ("Sabine K.", "Und wie sieht es mit der Synchronisierung über eigene Server aus? Dazu steht leider nichts im Artikel."),
    ("tux4ever", "Ich bleibe bei KeePass, aber für Einsteiger ist das sicher eine gute Lösung."),
    ("m.becker", "Zwei-Faktor-Codes im selben Tresor wie das Passwort? Da bin ich skeptisch."),
]
TOPICS = ["Politics", "Economy", "Technology", "World", "Security", "Media", "Health", "Science",
          "Business", "Culture", "Law", "Energy", "Privacy", "Games"]
NAMES = ["Alex Moreno", "Priya Natarajan", "Tom Becker", "Sarah O'Neill", "Daniel Kim", "Lucia Ferri",
         "Marcus Bell", "Hannah Schultz", "Omar Haddad", "Julia Novak"]


class Page:
    def __init__(self, rng, cls, lang):
        self.rng, self.c, self.lang = rng, cls, lang
        self.L = {**LOC["en"], **LOC.get(lang, {})}
        self.clutter: list[str] = []

    # --- widgets (each returns html and registers its clutter text) -------------
    def _reg(self, parts):
        self.clutter.append(norm(" ".join(parts)))

    def share(self):
        s = self.L["share"]
        self._reg(s)
        links = "\n".join(f'<a href="#"{self.c("sl")}>{E(x)}</a>' for x in s[1:])
        return f'<div{self.c("share")}><span>{E(s[0])}</span>\n{links}</div>'

    def follow(self):
        s = self.L["follow"]
        self._reg(s)
        links = "\n".join(f'<li><a href="#">{E(x)}</a></li>' for x in s[1:])
        return f'<div{self.c("follow")}><div>{E(s[0])}</div><ul>\n{links}</ul></div>'

    def ad(self):
        self._reg([self.L["ad"]])
        return f'<div{self.c("ad")}><div>{E(self.L["ad"])}</div><div style="min-height:250px"></div></div>'

    def tags(self):
        ts = self.rng.sample(TOPICS, self.rng.randint(3, 5))
        self._reg([self.L["tags"]] + ts)
        items = "\n".join(f'<li><a href="/topic/{t.lower()}">{E(t)}</a></li>' for t in ts)
        return f'<div{self.c("tags")}><span>{E(self.L["tags"])}</span><ul>\n{items}</ul></div>'

    def newsletter(self):
        h, p, b, fine = self.L["news"]
        self._reg([h, p, b, fine])
        return (f'<div{self.c("nl")}><h3>{E(h)}</h3><p>{E(p)}</p>'
                f'<form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com">'
                f' <button type="submit">{E(b)}</button></form><p><small>{E(fine)}</small></p></div>')

    def comments(self):
        pool = COMMENTS_DE if self.lang == "de" else COMMENTS_EN
        n = self.rng.randint(3, min(5, len(pool)))
        picked = self.rng.sample(pool, n)
        total = self.rng.randint(n + 3, 40)
        head = f"{self.L['comments']} ({total})"
        parts, items = [head], []
        for user, text in picked:
            ago = f"{self.rng.randint(2, 23)}h"
            parts += [user, ago, text, self.L["reply"]]
            items.append(f'<div{self.c("cm")}><div><b>{E(user)}</b> <span>{ago}</span></div>'
                         f'<p>{E(text)}</p><a href="#">{E(self.L["reply"])}</a></div>')
        parts.append(self.L["more_c"])
        self._reg(parts)
        return (f'<div{self.c("cms")}><h3>{E(head)}</h3>\n' + "\n".join(items) +
                f'\n<button>{E(self.L["more_c"])}</button></div>')

    def readmore(self, src, url):
        t = f"{self.L['readmore']} {src['title']}"
        self._reg([t])
        return f'<p><strong>{E(self.L["readmore"])}</strong> <a href="{E(url)}">{E(src["title"])}</a></p>'

    def promo_box(self, src, url):
        s = summary(src, self.rng)
        self._reg(["Read more", src["title"], s])
        return (f'<div{self.c("promo")}><div>Read more</div><a href="{E(url)}"><h4>{E(src["title"])}</h4></a>'
                f'<div>{E(s)}</div></div>')

    def gallery(self, host):
        n = self.rng.randint(4, 7)
        parts = ["In pictures", f"{n} photos"]
        figs = []
        for i in range(1, n + 1):
            parts.append(f"{i} / {n}")
            figs.append(f'<li><img src="https://img.{host}/gallery/{self.rng.randint(10**6, 10**7)}.jpg" alt="">'
                        f'<span>{i} / {n}</span></li>')
        parts += ["View all photos", "Photos: Reuters, AP, Getty Images"]
        self._reg(parts)
        return (f'<div{self.c("gal")}><div>In pictures</div><div>{n} photos</div><ul>' + "".join(figs) +
                '</ul><a href="#">View all photos</a><div>Photos: Reuters, AP, Getty Images</div></div>')

    # --- articles ----------------------------------------------------------------
    def byline(self):
        name = self.rng.choice(NAMES)
        d = self.rng.randint(1, 28)
        return f'<div{self.c("by")}>{E(self.L["by"])} <a href="#">{E(name)}</a> · <time datetime="2026-11-{d:02d}">Nov {d}, 2026</time></div>'

    def article(self, title, blocks, *, htag="h1", body_mode="p", sub_tag="h2", url=None, wrap="div",
                inserts=None, after="", lead="", attrs="", role="art"):
        head = f'<a href="{E(url)}">{E(title)}</a>' if url and role != "art" else E(title)
        return (f'<{wrap}{self.c(role)}{attrs}>\n<{htag}{self.c(role + "h")}>{head}</{htag}>\n{self.byline()}\n'
                f'{lead}<div{self.c(role + "b")}>\n{render_body(blocks, body_mode, sub_tag, inserts)}\n</div>\n'
                f'{after}</{wrap}>')

    def related_full(self, src, body, url, htag, same_markup, body_mode="p", wrap="div"):
        self._reg(body)
        role = "art" if same_markup else "rel"
        head = f'<a href="{E(url)}">{E(src["title"])}</a>'
        inner = "\n".join(render_block({"kind": "p", "text": t}, body_mode) for t in body)
        return (f'<{wrap}{self.c(role)}>\n<{htag}{self.c(role + "h")}>{head}</{htag}>\n{self.byline()}\n'
                f'<div{self.c(role + "b")}>\n{inner}\n</div>\n</{wrap}>')

    def teasers(self, srcs, urls, layout, heading):
        items = []
        for s, u in zip(srcs, urls):
            summ = summary(s, self.rng)
            self._reg([summ])
            if layout == "list":
                items.append(f'<li{self.c("ti")}><a href="{E(u)}">{E(s["title"])}</a><p>{E(summ)}</p></li>')
            else:
                img = f'<img src="https://img.example-cdn.net/{self.rng.randint(10**6, 10**7)}.jpg" alt="">'
                items.append(f'<div{self.c("tg")}><a href="{E(u)}">{img}<h3>{E(s["title"])}</h3></a><div>{E(summ)}</div></div>')
        h = f'<h2{self.c("th")}>{E(heading)}</h2>\n' if heading else ""
        if layout == "list":
            return f'<div{self.c("tl")}>{h}<ul>\n' + "\n".join(items) + "\n</ul></div>"
        return f'<div{self.c("tgw")}>{h}<div{self.c("grid")} style="display:grid;grid-template-columns:1fr 1fr">\n' + "\n".join(items) + "\n</div></div>"


# ---------------------------------------------------------------------------
# case specs

EN_POOL = ["nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "bbc-1", "cnet", "wapo-1", "wapo-2",
           "guardian-1", "aclu", "breitbart", "buzzfeed-1", "citylab-1", "herald-sun-1", "telegraph",
           "seattletimes-1", "medicalnewstoday", "webmd-1", "webmd-2", "yahoo-3", "engadget", "theverge",
           "ars-1", "salon-1", "wikia", "quanta-1", "wordpress", "medium-2", "schema-org-context-object",
           "msn", "tmz-1", "spiceworks", "iab-1", "mozilla-1"]

HOSTS = ["www.dailyledger-news.com", "news.harborview.net", "www.thecurrent-report.org", "eveningpost.io",
         "www.metrowire.co", "northstar-times.com", "www.globalsignal.news", "www.brightlinepress.com",
         "theweeklyfold.com", "www.civicdesk.org", "www.inkwell-daily.com", "www.rivermouthherald.com"]
SITE_NAMES = {h: re.sub(r"^(www|news)\.", "", h).split(".")[0].replace("-", " ").title() for h in HOSTS}

CASES = [
    # 1-4: feeds of full-text related stories
    dict(main="nytimes-1", cls="random", ident="title_suffix", feed=dict(n=3, heading="Related", pos="after", htag="h2", same=False),
         why="Story (h1 + p) followed, outside its container, by a 'Related' feed of 3 full-text stories marked up h2 + p; random 6-char classes; identity only from <title> with site suffix."),
    dict(main="msn", cls="none", ident="og", feed=dict(n=2, heading=None, pos="after", htag="h1", same=True, full=True),
         why="No class names at all; story and 2 following, longer full-text stories all use identical <article><h1> + <p> markup with no section heading between them; og:title/og:url identity."),
    dict(main="wapo-1", cls="random", ident="jsonld", feed=dict(n=3, heading="More", pos="before", htag="h2", same=False, column=True),
         why="Two-column layout where the left column (3 full-text stories h2 + p under 'More') comes BEFORE the main story in the DOM; random classes; JSON-LD NewsArticle identity."),
    dict(main="telegraph", cls="neutral", ident="site_only", feed=dict(n=2, heading="Recommended", pos="before", htag="h2", same=True, column=False, full=True),
         why="Inside the same wrapper, a 'Recommended' block of 2 LONG full-text stories (same classes as the story, each longer than it) precedes the short main story; neutral classes; <title> is just the site name."),
    # 5-8: infinite scroll
    dict(main="nytimes-2", cls="random", ident="title_suffix", scroll=dict(n=3, target=0, id="canonical"),
         why="Infinite scroll: 3 complete stories in sequence with identical markup and random classes; case url is the FIRST, named by <link rel=canonical>; every story has a data-url attribute."),
    dict(main="seattletimes-1", cls="none", ident="og", scroll=dict(n=2, target=1, id="canonical", first="herald-sun-1"),
         why="Infinite scroll after scrolling: 2 complete stories with identical class-less markup; the case url is the SECOND story, which canonical and og:url name (the first story is clutter)."),
    dict(main="cnet", cls="random", ident="title_suffix", scroll=dict(n=3, target=1, id="data", first="aclu"),
         why="Infinite scroll, 3 stories, random classes, no canonical/og; case url is the SECOND story, identified only by its per-article data-url attribute (the <title> also names it)."),
    dict(main="citylab-1", cls="neutral", ident="site_only", body="div", scroll=dict(n=2, target=0, id="link"),
         why="Infinite scroll of 2 stories whose paragraphs are <div>s, neutral classes, <title> is the site name only; case url is the FIRST story, named only by the headline permalink <a href>."),
    # 9-10: teasers
    dict(main="buzzfeed-1", cls="random", ident="og", teasers=[dict(where="inside", layout="list", n=4, heading="Read next")],
         why="4 teaser items (headline link + 2-3 sentence summary, <li><a> + <p>) under 'Read next' INSIDE the story container after the body; random classes."),
    dict(main="wapo-2", cls="none", ident="jsonld", teasers=[dict(where="before", layout="grid", n=4, heading="Trending"),
                                                             dict(where="after", layout="list", n=3, heading=None)],
         why="No classes; a 'Trending' grid of 4 teasers (image + h3 + summary div) before the story and an unheaded list of 3 teasers (<li><a> + <p>) after it, both outside the story container; JSON-LD identity."),
    # 11-12: widgets
    dict(main="salon-1", cls="random", ident="title_suffix", widgets=["share", "follow", "ad_mid", "tags", "newsletter", "comments"],
         why="Widget soup inside the story container: share row, follow-us row, mid-body ADVERTISEMENT placeholder, tags list, newsletter box with form, and a 'Comments (N)' section with user comments; random classes."),
    dict(main="quanta-1", cls="neutral", ident="og", widgets=["readmore", "readmore", "promo_box", "ad_mid", "gallery"],
         why="Mid-body promos of other stories inside the body: two 'Read more: <headline>' <p> lines and a boxed promo (headline + summary), an ad placeholder and an image gallery with counters and photo credits; neutral classes."),
    # 13-14: div / span+br bodies
    dict(main="yahoo-3", cls="none", ident="jsonld", body="div", feed=dict(n=2, heading="More stories", pos="after", htag="h2", same=True, body="div"),
         why="Body paragraphs are bare <div>s (no <p>), no classes; followed by 'More stories' with 2 full-text stories using the same <div> paragraphs."),
    dict(main="herald-sun-1", cls="random", ident="title_suffix", body="spanbr", teasers=[dict(where="inside", layout="list", n=3, heading="Related coverage")],
         why="Body is <span> text separated by <br><br> (no <p>), random classes; share row and 3 teasers inside the story container."),
    # 15-17: lead image, lists, table
    dict(main="ars-1", cls="neutral", ident="og", lead=True, widgets=["share", "tags", "comments"], feed=dict(n=2, heading="More from Tech", pos="after", htag="h2", same=False),
         why="Lead <figure> with caption above the body; share row, tags and comments inside the container; 2 full-text related stories after; neutral classes."),
    dict(main="yahoo-1", cls="random", ident="site_only", teasers=[dict(where="after", layout="list", n=4, heading="Most read")], widgets=["ad_mid"],
         why="Story with h2 subheadings, a lead figure and a <ul> that must be kept; 'Most read' teaser list after the container; ad mid-body; random classes; <title> = site name only."),
    dict(main="links-in-tables", cls="none", ident="title_suffix", feed=dict(n=2, heading="More from the blog", pos="after", htag="h2", same=True),
         why="Developer-blog news post with a data <table> that must be kept; no classes; 2 full-text posts follow under 'More from the blog' with identical markup."),
    # 18-20: mixes
    dict(main="engadget", cls="random", ident="jsonld", max_chars=9000, teasers=[dict(where="before", layout="list", n=5, heading="Latest")],
         feed=dict(n=2, heading="Recommended", pos="after", htag="h2", same=False), widgets=["share", "newsletter"],
         why="Long review with subheadings, list and figures; a 'Latest' teaser column before, share + newsletter inside, 2 full-text 'Recommended' stories after; random classes."),
    dict(main="webmd-2", cls="neutral", ident="title_suffix", feed=dict(n=4, heading=None, pos="after", htag="h1", same=True, wrap="article", full=True),
         why="Feed page: the short story and 4 following LONGER full-text stories are all <article> with <h1> + <p> and the same neutral classes, no heading between them; identity only from <title>."),
    dict(main="wordpress", cls="random", ident="jsonld", scroll=dict(n=3, target=0, id="canonical", sep=True),
         why="Infinite scroll of 3 stories, with an ad placeholder and a 'Next story' label between articles; random classes; JSON-LD + canonical name the first story."),
    # 21-24: other languages
    dict(main="lemonde-1", lang="fr", cls="random", ident="og", pool=["liberation-1", "videos-2"],
         feed=dict(n=2, heading="À lire aussi", pos="after", htag="h2", same=False), widgets=["share", "ad_mid"],
         why="French story with h2 subheadings; share row and PUBLICITÉ placeholder inside; 'À lire aussi' feed of 2 full-text French stories after; random classes."),
    dict(main="heise", lang="de", cls="none", ident="title_suffix", lead=True, widgets=["share", "follow", "tags", "newsletter", "comments", "ad_mid"],
         why="German tech news with lead figure; German widgets inside the container (teilen, folgen, Themen, Newsletter form, Kommentare with 4 comments, ANZEIGE); no classes."),
    dict(main="cnet-svg-classes", lang="es", cls="neutral", ident="og", pool=["la-nacion"], scroll=dict(n=2, target=1, id="canonical", first="la-nacion"),
         why="Spanish infinite scroll: la-nacion opinion piece then the Twitter Lite story with identical markup; case url is the SECOND story (canonical/og:url name it); neutral classes."),
    dict(main="gmw", lang="zh", cls="random", ident="site_only", pool=["youth", "qq"], feed=dict(n=2, heading="相关阅读", pos="before", htag="h2", same=True, column=True),
         why="Chinese story; left column with 2 full-text Chinese stories ('相关阅读', same markup) precedes it in the DOM; random classes; <title> is the site name only."),
]


def url_for(host, title, rng):
    return f"https://{host}/{rng.choice(['news', 'story', 'article', '2026/11', 'world'])}/{slug(title, rng)}"


def pick_clutter(rng, pool, main_src, ref_text, k, used):
    ref_grams = ngrams(tokens(ref_text), 8)
    cands = [p for p in pool if p != main_src["name"] and p not in used]
    rng.shuffle(cands)
    out = []
    for c in cands:
        s = load_source(c)
        txt = " ".join(block_plain(b) for b in s["blocks"])
        if ngrams(tokens(txt), 8) & ref_grams:
            continue
        if not [b for b in s["blocks"] if b["kind"] == "p"]:
            continue
        out.append(s)
        used.add(c)
        if len(out) == k:
            break
    if len(out) < k:
        raise SystemExit(f"not enough clutter sources for {main_src['name']}")
    return out


def build_case(i, spec):
    rng = random.Random(SEED * 100 + i)
    lang = spec.get("lang", "en")
    cls = Cls(spec["cls"], rng)
    pg = Page(rng, cls, lang)
    host = HOSTS[(i * 5) % len(HOSTS)]
    site = SITE_NAMES[host]
    if lang == "zh":
        site = "光明网"
    main = load_source(spec["main"])
    main_blocks = cap_blocks(main["blocks"], spec.get("max_chars", 7000))
    body_mode = spec.get("body", "p")
    if spec.get("lead"):
        figs = [b for b in main_blocks if b["kind"] == "fig"]
        if figs:
            main_blocks.remove(figs[0])
            lead_block = figs[0]
        else:
            lead_block = None
    else:
        lead_block = None
    ref_blocks = ([lead_block] if lead_block else []) + main_blocks
    ref_text = " ".join(block_plain(b) for b in ref_blocks)
    pool = spec.get("pool", EN_POOL)
    used: set[str] = set()
    main_url = url_for(host, main["title"], rng)
    sub_tag = "h3" if spec.get("feed", {}).get("htag") == "h2" else "h2"

    pre, post, inside_after = [], [], []
    inserts = {}
    n_body = len(main_blocks)
    mid_positions = [p for p in range(2, n_body) if main_blocks[p]["kind"] == "p" and main_blocks[p - 1]["kind"] == "p"]
    rng.shuffle(mid_positions)

    def mid(htm):
        if mid_positions:
            inserts[mid_positions.pop()] = htm
        else:
            inside_after.append(htm)

    # widgets
    ws = spec.get("widgets", [])
    if body_mode == "spanbr":
        ws = ["share"] + ws
    share_top = None
    for w in ws:
        if w == "share":
            share_top = pg.share()
        elif w == "follow":
            inside_after.append(pg.follow())
        elif w == "ad_mid":
            mid(pg.ad())
        elif w == "tags":
            inside_after.append(pg.tags())
        elif w == "newsletter":
            mid(pg.newsletter()) if rng.random() < 0.5 else inside_after.append(pg.newsletter())
        elif w == "comments":
            inside_after.append(pg.comments())
        elif w == "readmore":
            s = pick_clutter(rng, pool, main, ref_text, 1, used)[0]
            mid(pg.readmore(s, url_for(host, s["title"], rng)))
        elif w == "promo_box":
            s = pick_clutter(rng, pool, main, ref_text, 1, used)[0]
            mid(pg.promo_box(s, url_for(host, s["title"], rng)))
        elif w == "gallery":
            inside_after.append(pg.gallery(host))

    lead_html = ""
    if lead_block:
        lead_html = render_block(lead_block, "p") + "\n"
    if share_top:
        lead_html = share_top + "\n" + lead_html

    # teasers
    for t in spec.get("teasers", []):
        srcs = pick_clutter(rng, pool, main, ref_text, t["n"], used)
        htm = pg.teasers(srcs, [url_for(host, s["title"], rng) for s in srcs], t["layout"], t["heading"])
        {"inside": inside_after, "before": pre, "after": post}[t["where"]].append(htm)

    page_urls = {"canonical": main_url}
    body_html = ""
    scroll = spec.get("scroll")
    if scroll:
        # infinite scroll: n complete stories; main at scroll['target']
        others_n = scroll["n"] - 1
        first = scroll.get("first")
        others = []
        if first:
            others.append(load_source(first))
            used.add(first)
        if len(others) < others_n:
            others += pick_clutter(rng, pool, main, ref_text, others_n - len(others), used)
        seq = others[:]
        seq.insert(scroll["target"], None)
        arts = []
        for j, s in enumerate(seq):
            if s is None:
                title, blocks, u = main["title"], main_blocks, main_url
                ins, after, lead = inserts, "\n".join(inside_after), lead_html
            else:
                blocks = cap_blocks([b for b in s["blocks"] if b["kind"] in ("p", "h", "quote")], 9000, 60)
                pg._reg([block_plain(b) for b in blocks])
                title, u, ins, after, lead = s["title"], url_for(host, s["title"], rng), None, "", ""
            attrs = f' data-url="{E(u)}" data-index="{j}"' if scroll["id"] in ("data", "canonical") else ""
            htag_inner = f'<a href="{E(u)}">{E(title)}</a>' if scroll["id"] == "link" else None
            art = pg.article(title, blocks, body_mode=body_mode, sub_tag="h2", wrap="article" if spec["cls"] == "none" else "div",
                             inserts=ins, after=after, lead=lead, attrs=attrs)
            if htag_inner:
                art = art.replace(f">{E(title)}</h1>", f">{htag_inner}</h1>", 1)
            arts.append(art)
            if j == 0:
                page_urls["first"] = u
            if s is None:
                page_urls["main"] = u
        sep = ""
        if scroll.get("sep"):
            joined = []
            for j, a in enumerate(arts):
                if j:
                    joined.append(pg.ad())
                    joined.append(f'<div{cls("next")}>Next story</div>')
                joined.append(a)
            body_html = "\n".join(joined)
            pg.clutter.append("Next story")
        else:
            body_html = "\n".join(arts)
        page_urls["canonical"] = main_url if scroll["id"] == "canonical" else None
        main_title_for_head = main["title"]
    else:
        art = pg.article(main["title"], main_blocks, body_mode=body_mode, sub_tag=sub_tag,
                         wrap="article" if (spec.get("feed", {}).get("wrap") == "article" or spec["cls"] == "none") else "div",
                         inserts=inserts, after="\n".join(inside_after), lead=lead_html)
        feed = spec.get("feed")
        if feed:
            srcs = pick_clutter(rng, pool, main, ref_text, feed["n"], used)
            items = []
            for s in srcs:
                body = paras(s, 8, 40, rng, 6000) if feed.get("full") else paras(s, 3, 6, rng)
                items.append(pg.related_full(s, body, url_for(host, s["title"], rng), feed["htag"], feed["same"],
                                             feed.get("body", "p"), feed.get("wrap", "article" if spec["cls"] == "none" else "div")))
            h = f'<h2{cls("fh")}>{E(feed["heading"])}</h2>\n' if feed["heading"] else ""
            block = f'<div{cls("feed")}>\n{h}' + "\n".join(items) + "\n</div>"
            if feed["pos"] == "after":
                body_html = art + "\n" + block
            elif feed.get("column"):
                body_html = (f'<div{cls("cols")} style="display:flex">\n<div{cls("left")} style="width:30%">\n{block}\n</div>\n'
                             f'<div{cls("right")} style="width:70%">\n{art}\n</div>\n</div>')
            else:
                body_html = block + "\n" + art
        else:
            body_html = art
        main_title_for_head = main["title"]

    L = pg.L
    nav = "\n".join(f'<li><a href="/{E(x.lower())}">{E(x)}</a></li>' for x in L["nav"])
    foot = " ".join(f'<a href="/{E(x.lower())}">{E(x)}</a>' for x in L["foot"])
    content = "\n".join(pre + [body_html] + post)
    main_tag = "main" if spec["cls"] == "none" else "div"

    # head / identity
    ident = spec["ident"]
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if ident == "site_only":
        head.append(f"<title>{E(site)}</title>")
    else:
        sep_ch = rng.choice([" | ", " - ", " — ", " :: "])
        head.append(f"<title>{E(main_title_for_head)}{sep_ch}{E(site)}</title>")
    case_url = page_urls.get("main", main_url)
    if page_urls.get("canonical"):
        head.append(f'<link rel="canonical" href="{E(page_urls["canonical"])}">')
    if ident == "og":
        head.append(f'<meta property="og:title" content="{E(main_title_for_head)}">')
        head.append(f'<meta property="og:site_name" content="{E(site)}">')
        if page_urls.get("canonical"):
            head.append(f'<meta property="og:url" content="{E(page_urls["canonical"])}">')
        head.append('<meta property="og:type" content="article">')
    if ident == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": main_title_for_head,
              "url": case_url, "publisher": {"@type": "Organization", "name": site},
              "datePublished": "2026-11-28T08:00:00Z"}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    head.append(f'<link rel="stylesheet" href="/static/{"".join(rng.choice("0123456789abcdef") for _ in range(8))}.css">')
    hl = {"en": "en", "fr": "fr", "de": "de", "es": "es", "zh": "zh-CN"}[lang]
    page = (f'<!DOCTYPE html>\n<html lang="{hl}">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n"
            f'<div{cls("top")}><a href="/"{cls("logo")}>{E(site)}</a><ul{cls("nav")}>\n{nav}\n</ul></div>\n'
            f'<{main_tag}{cls("page")}>\n{content}\n</{main_tag}>\n'
            f'<div{cls("foot")}>{foot} <span>© 2026 {E(site)}</span></div>\n'
            '<script>window.__st={v:1};</script>\n</body>\n</html>\n')

    ref = reference_html(ref_blocks, sub_tag if not scroll else "h2")
    case = {
        "url": case_url, "captured": CAPTURED, "group": "cluttered",
        "why": f"{spec['why']} (main story: {main['name']}; clutter from: {', '.join(sorted(used)) or 'synthetic widgets only'})",
        "source": SOURCE, "license": LICENSE, "title": main["title"],
        "clutter": [c for c in dict.fromkeys(pg.clutter) if c],
    }
    return page, ref, case


def write_all():
    for old in SEEDS.glob("holdout2-*"):
        for f in old.iterdir():
            f.unlink()
        old.rmdir()
    for i, spec in enumerate(CASES, 1):
        page, ref, case = build_case(i, spec)
        d = SEEDS / f"holdout2-{i}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "page.html").write_text(page, encoding="utf-8")
        (d / "reference.html").write_text(ref, encoding="utf-8")
        (d / "case.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


def case_dirs():
    return sorted(SEEDS.glob("holdout2-*"), key=lambda p: int(p.name.split("-")[1]))


def ref_block_texts(ref_src: str) -> list[str]:
    doc = lhtml.fragment_fromstring(ref_src, create_parent="div")
    out = []
    for e in doc.iter("p", "h2", "h3", "li", "figcaption", "td", "th"):
        t = node_text(e)
        if t:
            out.append(t)
    return out


def check() -> int:
    bad, total = 0, 0
    for d in case_dirs():
        page = (d / "page.html").read_text(encoding="utf-8")
        ref = (d / "reference.html").read_text(encoding="utf-8")
        case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        total += sum(f.stat().st_size for f in d.iterdir())
        pt, rt = html_text(page).lower(), html_text(ref).lower()
        rg = ngrams(tokens(rt), 8)
        problems = []
        for c in case["clutter"]:
            if norm(c).lower() not in pt:
                problems.append(f"clutter not in page: {c[:60]!r}")
            if norm(c).lower() in rt:
                problems.append(f"clutter in reference: {c[:60]!r}")
            if len(tokens(c)) >= 8 and ngrams(tokens(c), 8) & rg:
                problems.append(f"clutter shares 8-gram with reference: {c[:60]!r}")
        for b in ref_block_texts(ref):
            if b.lower() not in pt:
                problems.append(f"reference block not in page: {b[:60]!r}")
        for k in ("url", "captured", "group", "why", "source", "license", "title", "clutter"):
            if k not in case:
                problems.append(f"missing {k}")
        if len(rt) < 500:
            problems.append("reference too short")
        if problems:
            bad += 1
            print(d.name, *problems[:6], sep="\n  ")
    print(f"{len(case_dirs())} cases, {bad} with problems, total {total / 1e6:.2f} MB")
    return 1 if bad or total >= 6e6 else 0


def score() -> int:
    sys.path.insert(0, str(ROOT / "server"))
    import clearpage
    rows = []
    for d in case_dirs():
        case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        ref = html_text((d / "reference.html").read_text(encoding="utf-8"))
        try:
            art = clearpage.clean((d / "page.html").read_bytes(), url=case["url"])
            out = art.text or ""
        except Exception as ex:  # noqa: BLE001
            out = ""
            print(d.name, "ERROR", ex)
        fs = f1(out, ref)
        leaked = [i for i, c in enumerate(case["clutter"]) if leaks(c, out)]
        rows.append((d.name, fs, leaked, len(case["clutter"])))
        print(f"{d.name:12s} F1={fs:.3f} leaks={len(leaked)}/{len(case['clutter'])} {leaked if leaked else ''}")
    mean = sum(r[1] for r in rows) / len(rows)
    clean_n = sum(1 for r in rows if r[1] >= 0.9 and not r[2])
    print(f"mean F1 {mean:.3f}; {clean_n}/{len(rows)} cases with F1>=0.9 and no leak; "
          f"{sum(1 for r in rows if r[2])} cases leak")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", action="store_true")
    a = ap.parse_args()
    if a.check:
        sys.exit(check())
    if a.score:
        sys.exit(score())
    write_all()
    sys.exit(check())


if __name__ == "__main__":
    main()
