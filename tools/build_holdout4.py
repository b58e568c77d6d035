#!/usr/bin/env python3
"""Build seeds/holdout4-*: a fourth independent held-out set of cluttered pages.

Main story and clutter text come from the Readability reference cases already
in seeds/<name>/reference.html (Apache-2.0); the page layouts are modelled on
real CMS output (WordPress + Jetpack, Medium, Substack, AMP, BBC/CNN/Guardian/
Le Monde-like portals with infinite scroll, MSN-like aggregators), with class
names randomized per page or absent.

    .venv/bin/python tools/build_holdout4.py            # build all 24 cases
    .venv/bin/python tools/build_holdout4.py --check    # validate
    .venv/bin/python tools/build_holdout4.py --score    # score clearpage on them

Deterministic: each case has its own RNG seeded from its slug.
"""
from __future__ import annotations

import copy
import hashlib
import html
import json
import random
import re
import sys
from pathlib import Path

from lxml import etree, html as lhtml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CAPTURED = "2026-11-29"
LICENSE = "Apache-2.0 article text from Mozilla Readability test pages"

# --------------------------------------------------------------------------
# text helpers

BLOCK_TAGS = {
    "p", "div", "section", "article", "aside", "header", "footer", "main", "nav",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "td", "th", "thead", "tbody", "figure", "figcaption", "br",
    "form", "dl", "dt", "dd", "body", "html", "amp-carousel", "amp-ad", "time",
    "span", "button", "textarea", "label", "option", "select", "amp-img", "img",
    "hr", "address",
}
SKIP_TAGS = {"script", "style", "template", "noscript", "head", "title", "meta", "link"}


def norm(s: str) -> str:
    return " ".join(s.split())


def node_text(el) -> str:
    out: list[str] = []

    def walk(e):
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in SKIP_TAGS or not isinstance(e.tag, str):
            if e.tail:
                out.append(e.tail)
            return
        blk = tag in BLOCK_TAGS
        if blk:
            out.append(" ")
        if e.text:
            out.append(e.text)
        for c in e:
            walk(c)
        if blk:
            out.append(" ")
        if e.tail:
            out.append(e.tail)

    walk(el)
    return norm("".join(out))


def frag_text(fragment: str) -> str:
    el = lhtml.fragment_fromstring(fragment, create_parent="div")
    return node_text(el)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------
# article blocks from seeds/<name>/reference.html

JUNK = re.compile(
    r"^(advertisement|advertisements|photo|credit|image|video|read more|related|"
    r"share|share this|sign up|subscribe|click here|getty images|follow us|"
    r"continue reading|more:|see also|lire aussi|leia também|embed|loading|ad|story continues)\b",
    re.I,
)
DROP = {"script", "style", "iframe", "noscript", "svg", "button", "form", "input",
        "meta", "link", "object", "embed", "video", "audio", "source", "select",
        "textarea", "canvas", "picture"}
UNWRAP = {"span", "div", "font", "section", "article", "header", "footer", "small",
          "center", "main", "aside", "nav", "label", "time", "abbr", "cite", "ins",
          "mark", "u", "s", "del", "big", "data"}
KEEP_ATTR = {"a": {"href"}, "img": {"src", "alt"}, "td": {"colspan", "rowspan"},
             "th": {"colspan", "rowspan"}, "ol": {"start"}}
BLOCK_OUT = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
             "pre", "table", "figure", "dl"}


def _sanitize(el):
    el = copy.deepcopy(el)
    el.tail = None
    for bad in list(el.iter()):
        if bad is el:
            continue
        if not isinstance(bad.tag, str) or bad.tag in DROP:
            par = bad.getparent()
            if par is not None:
                # keep tail text
                prev = bad.getprevious()
                if bad.tail:
                    if prev is not None:
                        prev.tail = (prev.tail or "") + bad.tail
                    else:
                        par.text = (par.text or "") + bad.tail
                par.remove(bad)
    etree.strip_tags(el, *UNWRAP)
    for e in el.iter():
        if not isinstance(e.tag, str):
            continue
        keep = KEEP_ATTR.get(e.tag, set())
        for a in list(e.attrib):
            if a not in keep:
                del e.attrib[a]
        if e.tag == "img":
            src = e.get("src", "")
            if not src.startswith("http"):
                e.getparent().remove(e) if e.getparent() is not None else None
    return el


def _has_direct_text(el) -> bool:
    if el.text and el.text.strip():
        return True
    return any(c.tail and c.tail.strip() for c in el)


def _collect(el, out):
    for c in el:
        if not isinstance(c.tag, str):
            continue
        t = c.tag
        ident = (c.get("id", "") + " " + c.get("class", "")).lower().split()
        if any(x in ("comments", "comment-list", "respond", "sharedaddy", "jp-relatedposts")
               or x.startswith("comment-") for x in ident):
            continue
        if t in BLOCK_OUT:
            out.append(c)
        elif t in ("div", "section", "article", "main", "header", "footer", "span", "center", "font"):
            has_block = any(isinstance(g.tag, str) and (g.tag in BLOCK_OUT or g.tag in ("div", "section", "article")) for g in c.iter() if g is not c)
            if not has_block and _has_direct_text(c) and t != "span":
                c2 = copy.deepcopy(c)
                c2.tag = "p"
                out.append(c2)
            else:
                _collect(c, out)


_BLOCK_CACHE: dict[str, list[tuple[str, str]]] = {}


def article_blocks(name: str) -> list[tuple[str, str]]:
    """[(html, text)] of the cleaned story blocks of seeds/<name>/reference.html."""
    if name in _BLOCK_CACHE:
        return _BLOCK_CACHE[name]
    raw = (SEEDS / name / "reference.html").read_text("utf-8")
    root = lhtml.fromstring(raw)
    found: list = []
    _collect(root, found)
    blocks: list[tuple[str, str]] = []
    seen = set()
    for el in found:
        el = _sanitize(el)
        if el.tag == "h1":
            el.tag = "h2"
        if el.tag in ("h5", "h6"):
            el.tag = "h4"
        txt = node_text(el)
        if el.tag == "figure":
            if el.find(".//img") is None:
                continue
        elif el.tag in ("ul", "ol"):
            if len(el.findall("li")) == 0 or len(txt) < 20:
                continue
        elif el.tag in ("h2", "h3", "h4"):
            if len(txt) < 4 or JUNK.match(txt):
                continue
        elif el.tag in ("table", "pre", "dl"):
            if len(txt) < 20:
                continue
        else:  # p, blockquote
            if len(txt) < 30 or JUNK.match(txt):
                continue
            links = "".join(a.text_content() for a in el.iter("a"))
            if el.tag == "p" and len(norm(links)) >= 0.9 * len(txt):
                continue
            if el.tag == "p" and not txt and el.find(".//img") is None:
                continue
        if txt in seen and txt:
            continue
        seen.add(txt)
        s = etree.tostring(el, encoding="unicode", method="html").strip()
        blocks.append((s, txt))
    # kickers / deks before the first paragraph are not story body
    while blocks and blocks[0][0].startswith(("<h2", "<h3", "<h4")):
        blocks.pop(0)
    # a heading must not end the story
    while blocks and blocks[-1][0].startswith(("<h2", "<h3", "<h4")):
        blocks.pop()
    _BLOCK_CACHE[name] = blocks
    return blocks


def paragraphs(name: str, minlen=60) -> list[str]:
    return [t for h, t in article_blocks(name) if h.startswith("<p") and len(t) >= minlen]


SENT = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENT.split(text) if s.strip()]


def first_words(text: str, n: int) -> str:
    w = text.split()
    if len(w) <= n:
        return text
    return " ".join(w[:n]) + "…"


TITLES = {
    "qq": "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶",
    "gmw": "宇航员在太空中喝酒会怎么样？后果很严重",
    "youth": "海外留学生看两会：出国前后关注点大不同",
    "firefox-nightly-blog": "These Weeks in Firefox: Issue 85",
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
    "hukumusume": "欲張りなイヌ",
    "breitbart": "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
    "medium-3": "Samantha and The Great Big Lie",
    "ebb-org": "On Recent Controversial Events",
    "guardian-1": "'What is the sea telling us?': Māori tribes fearful over whale strandings",
}


def headline(name: str) -> str:
    if name in TITLES:
        return TITLES[name]
    t = json.loads((SEEDS / name / "reference-metadata.json").read_text("utf-8"))["title"]
    return t.split(" | ")[0].strip()


# pools of clutter sources (never the main story of the same case)
POOL_EN = ["aclu", "ars-1", "bbc-1", "bug-1255978", "buzzfeed-1", "citylab-1", "cnet",
           "cnn", "ehow-1", "engadget", "herald-sun-1", "iab-1", "medicalnewstoday",
           "medium-2", "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4",
           "quanta-1", "salon-1", "seattletimes-1", "spiceworks", "telegraph",
           "theverge", "wapo-1", "wapo-2", "webmd-1", "webmd-2", "wikia", "wordpress",
           "yahoo-1", "yahoo-3", "tmz-1", "article-author-tag", "gitlab-blog",
           "ebb-org", "breitbart", "lifehacker-working", "guardian-1",
           "medium-3", "bug-1255978"]
POOL = {
    "en": POOL_EN,
    "fr": ["liberation-1", "lemonde-1", "videos-2"],
    "es": ["la-nacion", "cnet-svg-classes"],
    "zh": ["gmw", "youth", "qq"],
    "ja": ["yahoo-4"],
}


def pool(lang: str, exclude: set[str]) -> list[str]:
    p = [n for n in POOL.get(lang, []) if n not in exclude]
    if len(p) < 6:
        p = p + [n for n in POOL_EN if n not in exclude and n not in p]
    seen = []
    for n in p:
        if n not in seen:
            seen.append(n)
    return seen


# --------------------------------------------------------------------------
# labels

L = {
    "en": dict(related="Related posts", comments="Comments", reply="Reply",
               leave="Leave a Reply", recent="Recent Posts", tags="Tags", archives="Archives",
               about="About", posts_by="View all posts by", more_on="More on this story",
               topics="Related Topics", top="Top Stories", most="Most Read",
               says="says:", share="Share this:", like="Like this:",
               months=["November 2026", "October 2026", "September 2026", "August 2026", "July 2026"],
               min_read="min read", by="By", ad="Advertisement", more_from="More from",
               rec="Recommended from Medium", follow="Follow", carousel="Related stories",
               see_also="Read also"),
    "de": dict(related="Ähnliche Beiträge", comments="Kommentare", reply="Antworten",
               leave="Schreibe einen Kommentar", recent="Neueste Beiträge", tags="Schlagwörter",
               archives="Archiv", about="Über", posts_by="Alle Beiträge von",
               more_on="Mehr zum Thema", topics="Themen", top="Top-Meldungen",
               most="Meistgelesen", says="sagt:", share="Teilen mit:", like="Gefällt mir:",
               months=["November 2026", "Oktober 2026", "September 2026", "August 2026", "Juli 2026"],
               min_read="Min. Lesezeit", by="Von", ad="Anzeige", more_from="Mehr von",
               rec="Empfohlen", follow="Folgen", carousel="Weitere Artikel", see_also="Lesen Sie auch"),
    "fr": dict(related="Articles similaires", comments="Commentaires", reply="Répondre",
               leave="Laisser un commentaire", recent="Articles récents", tags="Étiquettes",
               archives="Archives", about="À propos de", posts_by="Voir tous les articles de",
               more_on="Sur le même sujet", topics="Thèmes associés", top="À la une",
               most="Les plus lus", says="dit :", share="Partager :", like="J'aime :",
               months=["novembre 2026", "octobre 2026", "septembre 2026", "août 2026", "juillet 2026"],
               min_read="min de lecture", by="Par", ad="Publicité", more_from="Plus de",
               rec="Recommandés", follow="Suivre", carousel="À lire aussi", see_also="Lire aussi"),
    "es": dict(related="Notas relacionadas", comments="Comentarios", reply="Responder",
               leave="Deja un comentario", recent="Entradas recientes", tags="Etiquetas",
               archives="Archivos", about="Sobre", posts_by="Ver todas las entradas de",
               more_on="Más sobre este tema", topics="Temas relacionados", top="Lo más importante",
               most="Lo más leído", says="dice:", share="Compartir:", like="Me gusta:",
               months=["noviembre 2026", "octubre 2026", "septiembre 2026", "agosto 2026", "julio 2026"],
               min_read="min de lectura", by="Por", ad="Publicidad", more_from="Más de",
               rec="Recomendados", follow="Seguir", carousel="Te puede interesar", see_also="Leé también"),
    "pt": dict(related="Posts relacionados", comments="Comentários", reply="Responder",
               leave="Deixe um comentário", recent="Posts recentes", tags="Tags",
               archives="Arquivos", about="Sobre", posts_by="Ver todos os posts de",
               more_on="Mais sobre o assunto", topics="Tópicos relacionados", top="Principais notícias",
               most="Mais lidas", says="disse:", share="Compartilhe:", like="Curtir:",
               months=["novembro 2026", "outubro 2026", "setembro 2026", "agosto 2026", "julho 2026"],
               min_read="min de leitura", by="Por", ad="Publicidade", more_from="Mais de",
               rec="Recomendados", follow="Seguir", carousel="Leia também", see_also="Leia também"),
    "cs": dict(related="Související články", comments="Diskuse", reply="Odpovědět",
               leave="Napište komentář", recent="Nejnovější", tags="Štítky", archives="Archiv",
               about="O autorovi", posts_by="Všechny články autora", more_on="Další k tématu",
               topics="Témata", top="Hlavní zprávy", most="Nejčtenější", says="napsal:",
               share="Sdílet:", like="To se mi líbí:",
               months=["listopad 2026", "říjen 2026", "září 2026", "srpen 2026", "červenec 2026"],
               min_read="min čtení", by="Autor:", ad="Reklama", more_from="Další od",
               rec="Doporučujeme", follow="Sledovat", carousel="Další články", see_also="Čtěte také"),
    "ja": dict(related="関連記事", comments="コメント", reply="返信", leave="コメントを残す",
               recent="最近の投稿", tags="タグ", archives="アーカイブ", about="著者について",
               posts_by="の記事一覧", more_on="この話題の記事", topics="関連トピック",
               top="主要ニュース", most="アクセスランキング", says="より:", share="共有:",
               like="いいね:", months=["2026年11月", "2026年10月", "2026年9月", "2026年8月", "2026年7月"],
               min_read="分で読めます", by="文:", ad="広告", more_from="その他の記事:",
               rec="おすすめ", follow="フォロー", carousel="関連ニュース", see_also="あわせて読みたい"),
    "zh": dict(related="相关文章", comments="评论", reply="回复", leave="发表评论",
               recent="最新文章", tags="标签", archives="归档", about="关于作者",
               posts_by="查看全部文章", more_on="相关报道", topics="相关话题", top="要闻",
               most="热门排行", says="说：", share="分享到：", like="点赞：",
               months=["2026年11月", "2026年10月", "2026年9月", "2026年8月", "2026年7月"],
               min_read="分钟阅读", by="作者：", ad="广告", more_from="更多来自",
               rec="推荐阅读", follow="关注", carousel="相关阅读", see_also="相关阅读"),
}

NAMES = ["Maria Lindqvist", "Tom Okafor", "Priya Raman", "Jonas Weber", "Chloé Martin",
         "Diego Fernández", "Aiko Tanaka", "Samuel Reyes", "Olga Petrova", "Liam O'Brien",
         "Hannah Cohen", "Kwame Mensah", "Sofia Rossi", "Ben Carter", "Lucía Gómez",
         "Ahmed Nasser", "Emma Dubois", "Noah Fischer", "Yuki Sato", "Grace Kim"]
SITES = ["The Daily Ledger", "Northfield Post", "Metro Courier", "Harbor Times",
         "Civic Wire", "Evening Standard Review", "Plains Gazette", "Coastline News"]
TAGWORDS = ["politics", "economy", "technology", "privacy", "science", "climate", "health",
            "media", "culture", "security", "policy", "business", "education", "sport",
            "travel", "energy", "housing", "transport", "startups", "opinion"]
PROVIDERS = ["Reuters", "The Associated Press", "Bloomberg", "Business Insider",
             "USA TODAY", "The Independent", "Fox Business", "CNBC", "Newsweek", "Axios"]


class Page:
    """Per-page class-name generator: random tokens, or no classes at all."""

    def __init__(self, rng: random.Random, mode: str):
        self.rng, self.mode, self.map = rng, mode, {}

    def tok(self):
        r = self.rng
        style = self.mode
        if style == "hash":
            return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
        if style == "css":
            return "css-" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
        if style == "sc":
            return "sc-" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6))
        return "_" + "".join(r.choice("abcdef0123456789") for _ in range(5))

    def c(self, role: str) -> str:
        if self.mode == "none":
            return ""
        if role not in self.map:
            self.map[role] = self.tok()
        return f' class="{self.map[role]}"'


def img_url(rng, w=640, h=360):
    return f"https://img.example-cdn.net/{rng.getrandbits(48):012x}/{w}x{h}.jpg"


def date_str(rng, lang="en"):
    d = rng.randint(1, 28)
    m = rng.choice([8, 9, 10, 11])
    if lang == "en":
        return f"{['August', 'September', 'October', 'November'][m - 8]} {d}, 2026"
    return f"{d:02d}.{m:02d}.2026"


class Case:
    def __init__(self, slug, main, why, lang="en"):
        self.slug, self.main, self.why, self.lang = slug, main, why, lang
        self.rng = random.Random(int(hashlib.sha256(slug.encode()).hexdigest()[:12], 16))
        self.clutter: list[str] = []
        self.used = {main, "lifehacker-post-comment-load"}
        self.title = headline(main)
        self.blocks = article_blocks(main)
        self.L = L[lang]

    def add(self, fragment: str) -> str:
        """Register a clutter fragment; return it."""
        t = frag_text(fragment)
        if t and t not in self.clutter:
            self.clutter.append(t)
        return fragment

    def pick(self, n: int, lang=None) -> list[str]:
        lang = lang or self.lang
        same = [x for x in POOL.get(lang, []) if x not in self.used] if lang != "en" else []
        rest = [x for x in pool(lang, self.used) if x not in same]
        self.rng.shuffle(same)
        self.rng.shuffle(rest)
        out = (same + rest)[:n]
        self.used.update(out)
        return out

    def story_paras(self, name, k_min, k_max):
        ps = paragraphs(name)
        k = min(len(ps), self.rng.randint(k_min, k_max))
        return ps[:k]

    def comment_text(self):
        name = self.pick(1)[0]
        ps = paragraphs(name)
        self.rng.shuffle(ps)
        n = self.rng.randint(2, 4)
        out = []
        for p in ps[:n]:
            s = sentences(p)
            out.append(" ".join(s[: self.rng.randint(1, 3)]))
        return out

    def subtitle(self, name):
        ps = paragraphs(name)
        s = sentences(ps[0]) if ps else []
        if len(s) < 2 and len(ps) > 1:
            s += sentences(ps[1])
        return " ".join(s[:2])

    def url(self, domain, path):
        return f"https://{domain}/{path}"


def slugify(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return s[:60] or "story"


def body_html(blocks, wrap=None, every=None, insert=None):
    """Join story blocks; wrap(html)->html per block; insert(i)->html after block i."""
    out = []
    for i, (h, _t) in enumerate(blocks):
        out.append(wrap(h) if wrap else h)
        if insert:
            x = insert(i)
            if x:
                out.append(x)
    return "\n".join(out)


def head(title_tag, url, og_title=None, lang="en", extra="", jsonld=None, dir_=None):
    og = ""
    if og_title:
        og = (f'<meta property="og:title" content="{esc(og_title)}">\n'
              f'<meta property="og:url" content="{esc(url)}">\n<meta property="og:type" content="article">\n')
    ld = ""
    if jsonld:
        ld = f'<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>\n'
    d = f' dir="{dir_}"' if dir_ else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title_tag)}</title>\n"
            f'<link rel="canonical" href="{esc(url)}">\n{og}{ld}{extra}</head>\n')


def nav(P, site, sections):
    items = "".join(f'<li{P.c("navli")}><a href="/{slugify(s)}/">{esc(s)}</a></li>' for s in sections)
    return (f'<header{P.c("hdr")}><div{P.c("brand")}><a href="/"{P.c("logo")}>{esc(site)}</a></div>'
            f'<nav{P.c("nav")} aria-label="Main"><ul{P.c("navul")}>{items}</ul></nav>'
            f'<button{P.c("menu")} aria-label="Menu">☰</button></header>\n')


def footer(P, site):
    return (f'<footer{P.c("ftr")}><div{P.c("ftrin")}><ul{P.c("ftrul")}><li><a href="/about">About us</a></li>'
            f'<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li>'
            f'<li><a href="/terms">Terms of use</a></li></ul><p{P.c("copy")}>© 2026 {esc(site)}. All rights reserved.</p></div></footer>\n')


SECTIONS = {
    "en": ["World", "Business", "Tech", "Science", "Health", "Culture", "Sport", "Opinion"],
    "de": ["Politik", "Wirtschaft", "Digital", "Wissen", "Kultur", "Sport"],
    "fr": ["International", "Politique", "Économie", "Pixels", "Culture", "Sport"],
    "es": ["Política", "Economía", "Tecnología", "Sociedad", "Cultura", "Deportes"],
    "pt": ["Poder", "Mercado", "Esporte", "Cotidiano", "Ilustrada"],
    "cs": ["Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura"],
    "ja": ["国内", "国際", "経済", "IT", "スポーツ"],
    "zh": ["新闻", "科技", "财经", "教育", "体育"],
}


# --------------------------------------------------------------------------
# templates


def t_wordpress(cs: Case, P: Page, domain, with_h1=True):
    r, Lb = cs.rng, cs.L
    site = r.choice(SITES)
    url = cs.url(domain, f"2026/11/{r.randint(10, 28)}/{slugify(cs.title)}/")
    author = r.choice(NAMES)
    # related (Jetpack) with 3 posts
    rel = cs.pick(3)
    cards = []
    for n in rel:
        ex = first_words(paragraphs(n)[0], 20)
        cards.append(
            f'<div{P.c("rp-item")}><a href="https://{domain}/2026/10/{slugify(headline(n))}/"{P.c("rp-thumb")}>'
            f'<img src="{img_url(r, 350, 200)}" alt="" width="350" height="200"></a>'
            f'<h4{P.c("rp-title")}><a href="https://{domain}/2026/10/{slugify(headline(n))}/">{esc(headline(n))}</a></h4>'
            f'<p{P.c("rp-date")}>{date_str(r, cs.lang)}</p>'
            + cs.add(f'<p{P.c("rp-excerpt")}>{esc(ex)}</p>') + "</div>")
    share = cs.add(
        f'<div{P.c("sharedaddy")}><h3{P.c("sd-title")}>{Lb["share"]}</h3><ul{P.c("sd-ul")}>'
        '<li><a href="#" rel="nofollow">Share on X (Opens in new window)</a></li>'
        '<li><a href="#" rel="nofollow">Share on Facebook (Opens in new window)</a></li>'
        '<li><a href="#" rel="nofollow">Email a link to a friend</a></li><li><a href="#">Print</a></li></ul></div>')
    likes = (f'<div{P.c("likes")}><h3{P.c("sd-title")}>{Lb["like"]}</h3><span>Like Loading…</span></div>')
    related = (f'<div{P.c("jp-rel")} id="jp-relatedposts"><h3{P.c("jp-rel-h")}><em>{Lb["related"]}</em></h3>'
               f'<div{P.c("jp-rel-items")}>' + "".join(cards) + "</div></div>")
    hl = (f'<h1{P.c("entry-title")}>{esc(cs.title)}</h1>' if with_h1 else
          f'<div{P.c("entry-title")} role="heading">{esc(cs.title)}</div>')
    art = (
        f'<article id="post-{r.randint(1000, 99999)}"{P.c("post")}>\n<header{P.c("entry-header")}>{hl}'
        f'<div{P.c("entry-meta")}><span{P.c("posted-on")}><a href="{url}" rel="bookmark"><time datetime="2026-11-{r.randint(10, 28)}T08:00:00+00:00">{date_str(r, cs.lang)}</time></a></span>'
        f' <span{P.c("byline")}>{Lb["by"]} <a href="/author/{slugify(author)}/">{esc(author)}</a></span></div></header>\n'
        f'<div{P.c("entry-content")}>\n' + body_html(cs.blocks) + "\n" + share + likes + related + "\n</div>\n"
        f'<footer{P.c("entry-footer")}><span{P.c("cat-links")}>Posted in <a href="/category/news/">News</a></span> '
        f'<span{P.c("tags-links")}>{Lb["tags"]}: ' + ", ".join(f'<a href="/tag/{t}/">{t}</a>' for t in r.sample(TAGWORDS, 3)) + "</span></footer>\n</article>\n")
    bio_src = cs.pick(1)[0]
    bio = " ".join(sentences(paragraphs(bio_src)[-1])[:2])
    abox = cs.add(
        f'<div{P.c("author-info")}><div{P.c("avatar")}><img src="{img_url(r, 96, 96)}" alt="" width="96" height="96"></div>'
        f'<div{P.c("author-desc")}><h2{P.c("author-title")}>{Lb["about"]} {esc(author)}</h2><p{P.c("author-bio")}>{esc(bio)}</p>'
        f'<a{P.c("author-link")} href="/author/{slugify(author)}/" rel="author">{Lb["posts_by"]} {esc(author)} →</a></div></div>')
    pn = cs.pick(2)
    postnav = (f'<nav{P.c("post-nav")} aria-label="Posts"><div{P.c("nav-prev")}><a href="/prev/"><span>Previous post</span> {esc(headline(pn[0]))}</a></div>'
               f'<div{P.c("nav-next")}><a href="/next/"><span>Next post</span> {esc(headline(pn[1]))}</a></div></nav>')
    # comments
    ncom = r.randint(3, 5)
    lis = []
    for i in range(ncom):
        who = r.choice(NAMES)
        paras = cs.comment_text()
        cid = r.randint(10000, 99999)
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        inner = cs.add(
            f'<article id="div-comment-{cid}"{P.c("comment-body")}><footer{P.c("comment-meta")}>'
            f'<div{P.c("comment-author")}><img src="{img_url(r, 60, 60)}" alt="" width="60" height="60"><b{P.c("fn")}>{esc(who)}</b> <span{P.c("says")}>{Lb["says"]}</span></div>'
            f'<div{P.c("comment-metadata")}><a href="{url}#comment-{cid}"><time datetime="2026-11-29T10:{i:02d}:00">{date_str(r, cs.lang)} at {r.randint(1, 12)}:{r.randint(10, 59)} pm</time></a></div></footer>'
            f'<div{P.c("comment-content")}>{body}</div>'
            f'<div{P.c("reply")}><a rel="nofollow" href="#comment-{cid}"{P.c("reply-link")}>{Lb["reply"]}</a></div></article>')
        child = ""
        if i == 1:
            who2 = r.choice(NAMES)
            paras2 = cs.comment_text()
            child = (f'<ol{P.c("children")}><li{P.c("comment")} id="comment-{cid + 1}">' + cs.add(
                f'<article{P.c("comment-body")}><footer{P.c("comment-meta")}><div{P.c("comment-author")}><b{P.c("fn")}>{esc(who2)}</b> <span{P.c("says")}>{Lb["says"]}</span></div>'
                f'<div{P.c("comment-metadata")}><time>{date_str(r, cs.lang)}</time></div></footer>'
                f'<div{P.c("comment-content")}>' + "".join(f"<p>{esc(p)}</p>" for p in paras2) + "</div>"
                f'<div{P.c("reply")}><a href="#">{Lb["reply"]}</a></div></article>') + "</li></ol>")
        lis.append(f'<li id="comment-{cid}"{P.c("comment")}>{inner}{child}</li>')
    respond = cs.add(
        f'<div id="respond"{P.c("comment-respond")}><h3{P.c("reply-title")}>{Lb["leave"]}</h3>'
        f'<form action="/wp-comments-post.php" method="post"><p{P.c("notes")}>Your email address will not be published. Required fields are marked *</p>'
        f'<p><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>'
        f'<p><label for="author">Name *</label><input id="author" name="author"></p>'
        f'<p><input type="submit" value="Post Comment"></p></form></div>')
    comments = (f'<div id="comments"{P.c("comments-area")}><h2{P.c("comments-title")}>{ncom + 1} {Lb["comments"]} “{esc(cs.title)}”</h2>'
                f'<ol{P.c("comment-list")}>' + "".join(lis) + "</ol>" + respond + "</div>")
    recent = cs.pick(5)
    w1 = cs.add(f'<section{P.c("widget")}><h2{P.c("widget-title")}>{Lb["recent"]}</h2><ul>'
                + "".join(f'<li><a href="/{slugify(headline(n))}/">{esc(headline(n))}</a></li>' for n in recent) + "</ul></section>")
    tags = r.sample(TAGWORDS, 12)
    w2 = cs.add(f'<section{P.c("widget")}><h2{P.c("widget-title")}>{Lb["tags"]}</h2><div{P.c("tagcloud")}>'
                + " ".join(f'<a href="/tag/{t}/" style="font-size: {r.randint(8, 22)}pt;">{t}</a>' for t in tags) + "</div></section>")
    w3 = cs.add(f'<section{P.c("widget")}><h2{P.c("widget-title")}>{Lb["archives"]}</h2><ul>'
                + "".join(f'<li><a href="/2026/{12 - i:02d}/">{m}</a></li>' for i, m in enumerate(Lb["months"])) + "</ul></section>")
    sidebar = f'<aside id="secondary"{P.c("widget-area")}>{w1}{w2}{w3}</aside>'
    body = (f'<body{P.c("body")}>\n<div id="page"{P.c("site")}><a{P.c("skip")} href="#content">Skip to content</a>\n'
            + nav(P, site, SECTIONS[cs.lang]) +
            f'<div id="content"{P.c("site-content")}><div id="primary"{P.c("content-area")}><main id="main"{P.c("site-main")}>\n'
            + art + abox + postnav + comments + "</main></div>\n" + sidebar + "</div>\n"
            + f'<footer{P.c("site-footer")}><div{P.c("site-info")}><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>\n'
            + "<script>/* wp-emoji */</script></body></html>\n")
    jsonld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site, "url": f"https://{domain}/"},
        {"@type": "Article", "headline": cs.title, "url": url, "author": {"@type": "Person", "name": author},
         "datePublished": "2026-11-20T08:00:00+00:00"}]}
    return url, head(f"{cs.title} – {site}", url, cs.title, lang=cs.lang, jsonld=jsonld) + body


def t_medium(cs: Case, P: Page, domain, substack=False):
    r, Lb = cs.rng, cs.L
    author = r.choice(NAMES)
    url = cs.url(domain, (f"p/{slugify(cs.title)}" if substack else f"@{slugify(author)}/{slugify(cs.title)}-{r.getrandbits(40):010x}"))
    mins = max(2, len(" ".join(t for _, t in cs.blocks).split()) // 230)

    def wrap(h):
        # paragraphs nested in classless divs, Medium-style
        return f"<div><div>{h}</div></div>" if r.random() < 0.5 else h

    claps = f"{r.randint(1, 9)}.{r.randint(1, 9)}K"
    toolbar = cs.add(
        f'<div{P.c("tb")}><div{P.c("tb-l")}><button aria-label="clap"{P.c("clap")}>👏</button><span>{claps}</span>'
        f'<button aria-label="responses"{P.c("resp")}>💬</button><span>{r.randint(10, 99)}</span></div>'
        f'<div{P.c("tb-r")}><button{P.c("save")}>Save</button><button{P.c("listen")}>Listen</button><button{P.c("share")}>Share</button></div></div>')
    insert = None
    if substack:
        sub = cs.add(
            f'<div{P.c("subscribe-widget")}><p{P.c("cta")}>Thanks for reading {esc(author)}’s Newsletter! Subscribe for free to receive new posts and support my work.</p>'
            f'<form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>')
        mid = len(cs.blocks) // 2

        def insert(i):
            return sub if i == mid else ""
    body = body_html(cs.blocks, wrap=wrap, insert=insert)
    hl = f'<h1{P.c("h1")}>{esc(cs.title)}</h1>'
    meta = (f'<div{P.c("author-row")}><img src="{img_url(r, 44, 44)}" alt="{esc(author)}"><div><a href="/@{slugify(author)}">{esc(author)}</a>'
            f' · <button{P.c("follow")}>{Lb["follow"]}</button></div><div><span>{mins} {Lb["min_read"]}</span> · <span>{date_str(r)}</span></div></div>')
    art = (f"<article><div><section><div><div><div>{hl}{meta}{toolbar}\n{body}\n</div></div></div></section></article>")
    bottom = cs.add(
        f'<div{P.c("tags")}>' + "".join(f'<a href="/tag/{t}"{P.c("tag")}>{t.title()}</a>' for t in r.sample(TAGWORDS, 4))
        + f'</div><div{P.c("tb2")}><span>{claps} claps</span> · <span>{r.randint(10, 99)} responses</span></div>') if not substack else ""
    written = "" if substack else cs.add(
        f'<div{P.c("written")}><img src="{img_url(r, 72, 72)}" alt=""><h2{P.c("wb-h")}>Written by {esc(author)}</h2>'
        f'<p>{r.randint(1, 40)}.{r.randint(1, 9)}K Followers</p><p>{esc(" ".join(sentences(paragraphs(cs.pick(1)[0])[0])[:1]))}</p>'
        f'<button>{Lb["follow"]}</button></div>')
    more = []
    for n in cs.pick(3):
        more.append(f'<div{P.c("mcard")}><a href="/@{slugify(author)}/{slugify(headline(n))}"><h2{P.c("mc-h")}>{esc(headline(n))}</h2>'
                    + cs.add(f'<h3{P.c("mc-sub")}>{esc(cs.subtitle(n))}</h3>') +
                    f'</a><div{P.c("mc-meta")}><span>{r.randint(3, 14)} {Lb["min_read"]}</span><span>·</span><span>{date_str(r)}</span></div></div>')
    rec = []
    for n in ([] if substack else cs.pick(4)):
        who = r.choice(NAMES)
        rec.append(f'<div{P.c("rcard")}><div{P.c("rc-a")}><img src="{img_url(r, 20, 20)}" alt=""><span>{esc(who)}</span></div>'
                   f'<a href="/@{slugify(who)}/{slugify(headline(n))}"><h2{P.c("rc-h")}>{esc(headline(n))}</h2>'
                   + cs.add(f'<h3{P.c("rc-sub")}>{esc(cs.subtitle(n))}</h3>') +
                   f'</a><div{P.c("rc-meta")}><span>{r.randint(3, 14)} {Lb["min_read"]}</span> · <span>{r.randint(1, 9)}.{r.randint(1, 9)}K</span></div>'
                   f'<img src="{img_url(r, 160, 107)}" alt=""></div>')
    if substack:
        # Substack: comments instead of Medium recommendations
        coms = []
        for _ in range(3):
            who = r.choice(NAMES)
            coms.append(cs.add(f'<div{P.c("comment")}><div{P.c("c-head")}><a href="#">{esc(who)}</a> <span>{date_str(r)}</span></div>'
                               f'<div{P.c("c-body")}>' + "".join(f"<p>{esc(p)}</p>" for p in cs.comment_text()) +
                               f'</div><div{P.c("c-actions")}><button>Like ({r.randint(1, 60)})</button><button>Reply</button></div></div>'))
        tail = (f'<div{P.c("post-footer")}>{toolbar.replace("Listen", "Restack")}</div>'
                f'<div{P.c("discussion")}><h4>Discussion about this post</h4>' + "".join(coms) + "</div>"
                f'<div{P.c("more")}><h3>{Lb["more_from"]} {esc(author)}</h3>' + "".join(more) + "</div>")
    else:
        tail = (bottom + written +
                f'<div{P.c("morefrom")}><h2{P.c("sec-h")}>{Lb["more_from"]} {esc(author)}</h2><div{P.c("grid")}>' + "".join(more) + "</div></div>"
                f'<div{P.c("recs")}><h2{P.c("sec-h")}>{Lb["rec"]}</h2><div{P.c("grid")}>' + "".join(rec) + "</div></div>")
    site = "Medium" if not substack else f"{author}’s Newsletter"
    body = (f'<body><div id="root"><div{P.c("app")}>'
            f'<div{P.c("topbar")}><a href="/" aria-label="Homepage">{esc(site)}</a><div><a href="/search">Search</a><a href="/m/signin">Sign in</a><a href="/get-started">Get started</a></div></div>'
            f"<div><main><div>{art}</div>{tail}</main></div>"
            f'<div{P.c("foot")}><a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></div>'
            "</div></div><script>window.__APOLLO_STATE__={}</script></body></html>\n")
    title_tag = f"{cs.title} | by {author} | Medium" if not substack else f"{cs.title} - by {author}"
    jsonld = {"@context": "http://schema.org", "@type": "NewsArticle" if substack else "SocialMediaPosting",
              "headline": cs.title, "url": url, "author": {"@type": "Person", "name": author}}
    return url, head(title_tag, url, cs.title, lang=cs.lang, jsonld=jsonld) + body


def amp_img(r, src, w, h, alt="", layout="responsive"):
    return (f'<amp-img src="{src}" width="{w}" height="{h}" layout="{layout}" alt="{esc(alt)}">'
            f'<noscript><img src="{src}" width="{w}" height="{h}" alt="{esc(alt)}"></noscript></amp-img>')


def t_amp(cs: Case, P: Page, domain):
    r, Lb = cs.rng, cs.L
    site = r.choice(SITES)
    url = cs.url(domain, f"news/{slugify(cs.title)}-{r.randint(10000000, 99999999)}")
    author = r.choice(NAMES)

    def ampify(h):
        if "<img" not in h:
            return h
        el = lhtml.fragment_fromstring(h)
        for im in list(el.iter("img")):
            src = im.get("src")
            a = lhtml.fragment_fromstring(amp_img(r, src, 800, 450, im.get("alt", "")))
            a.tail = im.tail
            im.getparent().replace(im, a)
        return etree.tostring(el, encoding="unicode", method="html")

    adtxt = cs.add(f'<div placeholder{P.c("ad-ph")}>{Lb["ad"]} · Story continues below advertisement</div>')
    n_ad = [0]

    def ins(i):
        if i % 4 == 2 and i < len(cs.blocks) - 1:
            n_ad[0] += 1
            return (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/2948/{domain}/news_{n_ad[0]}"'
                    f' data-multi-size="300x600"{P.c("ad")}>{adtxt if n_ad[0] == 1 else "<div placeholder>" + Lb["ad"] + "</div>"}'
                    f'<div fallback></div></amp-ad>')
        return ""

    body = body_html([(ampify(h), t) for h, t in cs.blocks], insert=ins)
    items = []
    for n in cs.pick(5):
        items.append(f'<div{P.c("slide")}>{amp_img(r, img_url(r, 400, 225), 400, 225, layout="responsive")}'
                     f'<h3{P.c("sl-h")}><a href="https://{domain}/amp/news/{slugify(headline(n))}">{esc(headline(n))}</a></h3>'
                     + cs.add(f'<p{P.c("sl-p")}>{esc(cs.subtitle(n))}</p>') + "</div>")
    carousel = (f'<section{P.c("rel")}><h2{P.c("rel-h")}>{Lb["carousel"]}</h2>'
                f'<amp-carousel width="auto" height="380" layout="fixed-height" type="carousel"{P.c("car")}>' + "".join(items) + "</amp-carousel></section>")
    share = cs.add(f'<div{P.c("share")}><amp-social-share type="twitter" width="40" height="40"></amp-social-share>'
                   f'<amp-social-share type="facebook" width="40" height="40"></amp-social-share><span>Share this article on social media</span></div>')
    lead = f'<figure{P.c("lead")}>{amp_img(r, img_url(r, 1200, 675), 1200, 675, cs.title)}<figcaption>{esc(site)} / Archive</figcaption></figure>'
    extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
             '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>\n'
             '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
             '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
             '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n'
             '<style amp-custom>body{font-family:Georgia,serif}.x{margin:0}</style>\n')
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": cs.title,
              "mainEntityOfPage": url, "datePublished": "2026-11-28T21:04:00Z",
              "author": [{"@type": "Person", "name": author}], "publisher": {"@type": "Organization", "name": site}}
    sidebar = (f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>'
               + "".join(f'<li><a href="/amp/{slugify(s)}">{esc(s)}</a></li>' for s in SECTIONS[cs.lang]) + "</ul></amp-sidebar>")
    page = (f'<body>\n<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>\n'
            + sidebar + f'<header{P.c("hdr")}><button on="tap:sidebar.toggle">☰</button><a href="/">{amp_img(r, img_url(r, 190, 36), 190, 36, site, "fixed")}</a></header>\n'
            f'<amp-ad width="320" height="50" type="doubleclick" data-slot="/2948/{domain}/top"><div placeholder>{Lb["ad"]}</div></amp-ad>\n'
            f'<main{P.c("main")}><article{P.c("art")}><header{P.c("ahdr")}><h1{P.c("h1")}>{esc(cs.title)}</h1>'
            f'<div{P.c("by")}>{Lb["by"]} <a href="/author/{slugify(author)}">{esc(author)}</a> · <time datetime="2026-11-28T21:04:00Z">{date_str(r, cs.lang)}</time></div></header>'
            f'{lead}\n<div{P.c("abody")}>\n{body}\n</div>{share}</article>\n{carousel}\n</main>\n'
            f'<amp-ad width="320" height="50" type="doubleclick" data-slot="/2948/{domain}/sticky" sticky="bottom"></amp-ad>\n'
            + footer(P, site) + "</body></html>\n")
    h = head(f"{cs.title} - {site}", url, cs.title, lang=cs.lang, extra=extra, jsonld=jsonld)
    h = h.replace(f'<html lang="{cs.lang}">', f'<html ⚡ lang="{cs.lang}">', 1)
    return url, h + page


def t_portal(cs: Case, P: Page, domain, second: str, flavor: str):
    """BBC / CNN / Guardian / Le Monde-like article with infinite scroll."""
    r, Lb = cs.rng, cs.L
    site = {"bbc": "BBC-like News", "cnn": "CNN-like", "guardian": "The Guardian-like",
            "lemonde": "Le Monde-like"}.get(flavor, r.choice(SITES))
    site = r.choice(SITES) if flavor != "lemonde" else "Le Quotidien"
    url = cs.url(domain, f"news/{slugify(cs.title)}-{r.randint(10000000, 99999999)}")
    cs.used.add(second)
    author = r.choice(NAMES)

    def wrap_block(h):
        if flavor == "bbc":
            return f'<div data-component="text-block"{P.c("tb")}>{h}</div>'
        if flavor == "cnn" and h.startswith("<p"):
            return h.replace("<p>", f'<p{P.c("para")} data-editable="text">', 1)
        return h

    topics = (lambda x: x)(f'<aside{P.c("topics")}><h2{P.c("aside-h")}>{Lb["topics"]}</h2><ul{P.c("tl")}>'
                    + "".join(f'<li><a href="/topics/{t}">{t.title()}</a></li>' for t in r.sample(TAGWORDS, 4)) + "</ul></aside>")
    mo = cs.pick(3)
    moreon = cs.add(f'<aside{P.c("moreon")}><h2{P.c("aside-h")}>{Lb["more_on"]}</h2><ul{P.c("ml")}>'
                    + "".join(f'<li><a href="/news/{slugify(headline(n))}"><span>{esc(headline(n))}</span></a> <time>{date_str(r, cs.lang)}</time></li>' for n in mo)
                    + "</ul></aside>")
    nb = len(cs.blocks)
    pos1, pos2 = max(1, nb // 3), max(2, (2 * nb) // 3)
    seealso = []

    def ins(i):
        if flavor == "lemonde" and i in (pos1, pos2):
            n = cs.pick(1)[0]
            x = cs.add(f'<p{P.c("see-also")}><span>{Lb["see_also"]} | </span><a href="/{slugify(headline(n))}">{esc(headline(n))} — {esc(first_words(paragraphs(n)[0], 12))}</a></p>')
            seealso.append(x)
            return x
        if i == pos1 and flavor != "lemonde":
            cs.add(topics)
            return topics
        if (i == pos2 and flavor != "lemonde") or (flavor == "lemonde" and i == nb - 2):
            return moreon
        return ""

    body = body_html(cs.blocks, wrap=wrap_block, insert=ins)
    tops = []
    for n in cs.pick(4):
        tops.append(f'<li{P.c("top-li")}><a href="/news/{slugify(headline(n))}"><h3{P.c("top-h")}>{esc(headline(n))}</h3></a>'
                    f'<p{P.c("top-p")}>{esc(cs.subtitle(n))}</p><span>{r.randint(1, 9)} hrs ago</span></li>')
    top = cs.add(f'<section{P.c("sec")} aria-labelledby="top-h"><h2 id="top-h"{P.c("sec-h")}>{Lb["top"]}</h2><ul{P.c("top-ul")}>' + "".join(tops) + "</ul></section>")
    mr = cs.pick(8)
    most = cs.add(f'<section{P.c("sec")} aria-labelledby="most-h"><h2 id="most-h"{P.c("sec-h")}>{Lb["most"]}</h2><ol{P.c("most-ol")}>'
                  + "".join(f'<li><span{P.c("rank")}>{i + 1}</span><a href="/news/{slugify(headline(n))}">{esc(headline(n))}</a></li>' for i, n in enumerate(mr)) + "</ol></section>")
    # second article, complete, in infinite scroll inside the same <main>
    sb = article_blocks(second)
    author2 = r.choice(NAMES)
    sbody = body_html(sb, wrap=wrap_block)
    cs.add(f"<div>{sbody}</div>")
    art2 = (f'<div{P.c("next")} data-next-url="/news/{slugify(headline(second))}"><article{P.c("article")}>'
            f'<header{P.c("ahdr")}><h1{P.c("h1")}>{esc(headline(second))}</h1><div{P.c("byline")}>{Lb["by"]} {esc(author2)} · <time>{date_str(r, cs.lang)}</time></div></header>'
            f'<div{P.c("abody")}>{sbody}</div></article></div>')
    lead = (f'<figure{P.c("fig")}><img src="{img_url(r, 976, 549)}" alt="" width="976" height="549">'
            f'<figcaption{P.c("cap")}>Image source, {esc(site)}</figcaption></figure>')
    art1 = (f'<article{P.c("article")}><header{P.c("ahdr")}><h1 id="main-heading"{P.c("h1")}>{esc(cs.title)}</h1>'
            f'<div{P.c("byline")}>{Lb["by"]} {esc(author)} · <time datetime="2026-11-29T06:10:00Z">{date_str(r, cs.lang)}</time></div></header>'
            f'{lead}<div{P.c("abody")}>\n{body}\n</div></article>')
    if flavor == "guardian":
        main = f'<main id="maincontent"{P.c("main")}><div{P.c("grid")}>{art1}<div{P.c("rhs")}>{most}</div></div>{top}{art2}</main>'
    elif flavor == "cnn":
        main = f'<main{P.c("main")}>{art1}{top}{most}{art2}</main>'
    else:
        main = f'<main id="main-content"{P.c("main")}>{art1}<div{P.c("related")}>{top}{most}</div>{art2}</main>'
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": cs.title, "url": url,
              "datePublished": "2026-11-29T06:10:00Z", "author": {"@type": "Person", "name": author}}
    page = (f"<body{P.c('body')}>\n" + nav(P, site, SECTIONS[cs.lang]) + main + "\n" + footer(P, site) + "</body></html>\n")
    return url, head(f"{cs.title} - {site}", url, cs.title, lang=cs.lang, jsonld=jsonld) + page


def t_aggregator(cs: Case, P: Page, domain, ncards=5):
    r, Lb = cs.rng, cs.L
    url = cs.url(domain, f"{cs.lang}-xx/news/other/{slugify(cs.title)}/ar-AA{r.getrandbits(32):08X}")
    prov = r.sample(PROVIDERS, ncards + 1)

    def card(i, hl, paras_html, main=False):
        bar = (f'<div{P.c("bar")}><button{P.c("btn")}>Like</button><button{P.c("btn")}>Comment</button>'
               f'<button{P.c("btn")}>Share</button></div>')
        return (f'<li{P.c("card")}><div{P.c("meta")}><img src="{img_url(r, 16, 16)}" alt=""><span{P.c("prov")}>{esc(prov[i])}</span>'
                f'<span{P.c("time")}>{r.randint(1, 23)}h</span></div>'
                f'<h2{P.c("hl")}>{esc(hl)}</h2><div{P.c("body")}>{paras_html}</div>{bar}</li>')

    items = [card(0, cs.title, body_html(cs.blocks), True)]
    for i, n in enumerate(cs.pick(ncards), start=1):
        ps = cs.story_paras(n, 4, 8)
        ph = "".join(f"<p>{esc(p)}</p>" for p in ps)
        cs.add(f"<div>{ph}</div>")
        items.append(card(i, headline(n), ph))
    page = (f'<body><div id="root"{P.c("root")}><header{P.c("top")}><a href="/">{esc("Start")}</a><input type="search" placeholder="Search the web"></header>'
            f'<main{P.c("main")}><div{P.c("feed")}><ul{P.c("list")}>' + "\n".join(items) + "</ul></div></main>"
            f'<footer{P.c("foot")}><a href="/privacy">Privacy &amp; Cookies</a> <a href="/terms">Terms of use</a> <span>© 2026</span></footer></div></body></html>\n')
    return url, head(f"{cs.title}", url, cs.title, lang=cs.lang) + page


def t_noh1(cs: Case, P: Page, domain, mode: str):
    """Headline in a big-font <div> (mode 'div') or only in <title> (mode 'title')."""
    r, Lb = cs.rng, cs.L
    site = r.choice(SITES)
    url = cs.url(domain, f"{r.randint(2019, 2026)}/{slugify(cs.title)}")
    big = P.c("big") if P.mode != "none" else ""
    style = ""
    if mode == "div":
        cls = P.map.get("big") or "x"
        style = f"<style>.{cls}{{font-size:2.6rem;font-weight:800;line-height:1.1}}</style>\n"
        hl = f'<div{big}>{esc(cs.title)}</div>'
    else:
        hl = ""
    rel = cs.pick(4)
    cards = "".join(f'<div{P.c("rc")}><a href="/{slugify(headline(n))}"{P.c("rc-a")}>{esc(headline(n))}</a>'
                    + cs.add(f'<div{P.c("rc-d")}>{esc(cs.subtitle(n))}</div>') + "</div>" for n in rel)
    news = cs.add(f'<div{P.c("nl")}><div{P.c("nl-h")}>Get the morning briefing</div><div>The biggest stories of the day, delivered to your inbox every weekday at 7am.</div>'
                  f'<form><input type="email" placeholder="Email address"><button>Sign me up</button></form></div>')
    author = r.choice(NAMES)
    page = (f"<body>\n" + nav(P, site, SECTIONS[cs.lang]) +
            f'<div{P.c("wrap")}><div{P.c("story")}>{hl}<div{P.c("by")}>{esc(author)} · {date_str(r)}</div>'
            f'<div{P.c("text")}>\n{body_html(cs.blocks)}\n</div></div>{news}'
            f'<div{P.c("more")}><div{P.c("more-h")}>You might also like</div>{cards}</div></div>\n' + footer(P, site) + "</body></html>\n")
    return url, head(f"{cs.title} - {site}", url, None, lang=cs.lang, extra=style) + page


def t_clean(cs: Case, P: Page, domain):
    r = cs.rng
    site = r.choice(SITES)
    url = cs.url(domain, f"blog/{slugify(cs.title)}")
    author = r.choice(NAMES)
    ft = cs.add(f'<div{P.c("fnote")}><p>Subscribe to our engineering newsletter for updates from {esc(site)} and the team behind it.</p></div>')
    page = (f"<body>\n" + nav(P, site, SECTIONS[cs.lang]) +
            f'<main{P.c("main")}><article{P.c("post")}><h1{P.c("h1")}>{esc(cs.title)}</h1>'
            f'<p{P.c("meta")}>{esc(author)} · {date_str(r)}</p>\n{body_html(cs.blocks)}\n</article></main>\n'
            f'<footer{P.c("ftr")}>{ft}<p>© 2026 {esc(site)}</p></footer></body></html>\n')
    jsonld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": cs.title, "url": url}
    return url, head(f"{cs.title} | {site} Blog", url, cs.title, lang=cs.lang, jsonld=jsonld) + page


# --------------------------------------------------------------------------
# cases

SPECS = [
    # n, main, template, lang, class mode, kwargs, why
    (1, "aclu", "wp", "en", "hash", {}, "WordPress single post: entry content followed inside the same container by Jetpack share/like and a 3-post Related grid; author box, nested comment list with multi-paragraph real-text comments, sidebar widgets"),
    (2, "citylab-1", "wp", "en", "none", {}, "WordPress single post with NO class names at all: Jetpack related grid inside the content div, author box, threaded comments with long paragraphs, sidebar widgets"),
    (3, "heise", "wp", "de", "css", {}, "German WordPress post (short story) with related grid, author box and several long real-text comments that together outweigh the story"),
    (4, "medium-2", "medium", "en", "sc", {}, "Medium story: paragraphs in classless nested divs, clap/share toolbar, tag row, 'Written by' box, 'More from <author>' (3 cards) and 'Recommended from Medium' (4 cards)"),
    (5, "topicseed-1", "substack", "en", "hash", {}, "Substack-like post: subscribe widget mid-body, toolbar, 'Discussion about this post' comments, 'More from' cards"),
    (6, "salon-1", "medium", "en", "none", {}, "Medium story with NO class names: long essay in nested classless divs followed by More-from and Recommended cards"),
    (7, "bbc-1", "amp", "en", "hash", {}, "AMP news page: amp-img with noscript fallback, amp-ad slots between paragraphs, amp-carousel of 5 related stories with summaries"),
    (8, "yahoo-4", "amp", "ja", "css", {}, "Japanese AMP page with a short story, amp-ad slots and a 5-slide related amp-carousel, sticky amp-ad, amp-sidebar nav"),
    (9, "la-nacion", "amp", "es", "none", {}, "Spanish AMP page without class names: amp-ad slots inside body, amp-carousel 'Te puede interesar'"),
    (10, "wapo-1", "portal", "en", "hash", {"second": "wapo-2", "flavor": "bbc"}, "BBC-like: paragraphs in text-block divs, nested 'Related Topics' and 'More on this story' asides mid-body, Top Stories + Most Read, full second <article> appended in infinite scroll inside the same <main> with the same classes"),
    (11, "cnn", "portal", "en", "css", {"second": "nytimes-1", "flavor": "cnn"}, "CNN-like: short story, asides mid-body, Top Stories/Most Read, then a LONGER second full <article> (same classes) in infinite scroll inside <main>"),
    (12, "seattletimes-1", "portal", "en", "sc", {"second": "quanta-1", "flavor": "guardian"}, "Guardian-like: article + right-hand Most viewed inside a grid, Top stories, then a longer second full <article> appended in the same <main>"),
    (13, "lemonde-1", "portal", "fr", "hash", {"second": "liberation-1", "flavor": "lemonde"}, "Le Monde-like French article with inline 'Lire aussi |' teaser paragraphs, 'Sur le même sujet' aside, À la une / Les plus lus, second French article in infinite scroll"),
    (14, "cnet-svg-classes", "portal", "es", "none", {"second": "la-nacion", "flavor": "bbc"}, "Spanish BBC-like portal without classes: asides mid-body, Lo más leído, second Spanish article in infinite scroll"),
    (15, "msn", "agg", "en", "hash", {"ncards": 5}, "MSN-like aggregator: main story is the first <li> of a <ul> of identical full-text cards (provider, time, headline, 4-8 paragraphs); identity only via <title>/og:title"),
    (16, "webmd-1", "agg", "en", "css", {"ncards": 6}, "Aggregator <ul> of 7 identical full-text <li> cards; main story short (webmd-1), several cards longer"),
    (17, "nytimes-4", "agg", "en", "none", {"ncards": 4}, "Aggregator <ul> of full-text <li> cards with no classes at all; long main story first"),
    (18, "qq", "agg", "zh", "sc", {"ncards": 4}, "Chinese aggregator: main story first <li>, followed by Chinese/English full-text cards; identity only via <title>/og:title"),
    (19, "buzzfeed-1", "noh1", "en", "hash", {"mode": "div"}, "No <h1>: headline in a <div> with a random class styled big via <style>; 4 related cards with descriptions, newsletter box"),
    (20, "ars-1", "noh1", "en", "css", {"mode": "title"}, "No headline element at all: title only in <title>; related cards and newsletter box after the story"),
    (21, "aktualne", "amp", "cs", "hash", {}, "Czech AMP page: amp-ad slots, amp-carousel of related stories"),
    (22, "youth", "portal", "zh", "css", {"second": "gmw", "flavor": "bbc"}, "Chinese BBC-like portal: story with mid-body asides, Top/Most read, then a LONGER second Chinese article in infinite scroll"),
    (23, "dropbox-blog", "clean", "en", "hash", {}, "Clean engineering blog post with headings, lists, figures, code and a table; only header/footer around it"),
    (24, "firefox-nightly-blog", "clean", "en", "none", {}, "Clean blog post with many lists and blockquotes, no classes; only header/footer around it"),
]

DOMAINS = ["news.example.com", "www.dailyledger.example", "northfieldpost.example", "metro-courier.example",
           "www.harbortimes.example", "civicwire.example", "plainsgazette.example", "coastline.example"]


def build_case(spec):
    n, main, tpl, lang, mode, kw, why = spec
    slug = f"holdout4-{n}"
    cs = Case(slug, main, why, lang)
    P = Page(cs.rng, mode)
    domain = DOMAINS[n % len(DOMAINS)]
    if tpl == "wp":
        url, page = t_wordpress(cs, P, domain)
    elif tpl == "medium":
        url, page = t_medium(cs, P, "medium.com")
    elif tpl == "substack":
        url, page = t_medium(cs, P, f"{slugify(NAMES[n % len(NAMES)])}.substack.com", substack=True)
    elif tpl == "amp":
        url, page = t_amp(cs, P, domain)
    elif tpl == "portal":
        url, page = t_portal(cs, P, domain, **kw)
    elif tpl == "agg":
        url, page = t_aggregator(cs, P, "www.msn.example", **kw)
    elif tpl == "noh1":
        url, page = t_noh1(cs, P, domain, **kw)
    elif tpl == "clean":
        url, page = t_clean(cs, P, domain)
    else:
        raise ValueError(tpl)
    ref = "<div>\n" + "\n".join(h for h, _ in cs.blocks) + "\n</div>\n"
    meta = {
        "url": url, "captured": CAPTURED, "group": "cluttered",
        "why": f"{why}. (main: {main}; mode: {mode}; lang: {lang})",
        "source": "tools/build_holdout4.py", "license": LICENSE,
        "title": cs.title, "clutter": cs.clutter,
    }
    return slug, page, ref, meta


def build():
    total = 0
    for spec in SPECS:
        slug, page, ref, meta = build_case(spec)
        d = SEEDS / slug
        d.mkdir(exist_ok=True)
        (d / "page.html").write_text(page, "utf-8")
        (d / "reference.html").write_text(ref, "utf-8")
        (d / "case.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
        total += sum((d / f).stat().st_size for f in ("page.html", "reference.html", "case.json"))
        print(f"{slug:14s} {len(page):8d} bytes  {len(meta['clutter']):2d} clutter  {meta['title'][:60]}")
    print(f"total {total / 1e6:.2f} MB")


# --------------------------------------------------------------------------
# check / score

TOK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+", re.U)


def tokens(s: str) -> list[str]:
    return TOK.findall(s.lower())


def grams(toks, n):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def page_text(path: Path) -> str:
    root = lhtml.fromstring(path.read_bytes())
    body = root.find("body")
    return node_text(body if body is not None else root)


def check() -> int:
    bad = 0
    total = 0
    for spec in SPECS:
        slug = f"holdout4-{spec[0]}"
        d = SEEDS / slug
        meta = json.loads((d / "case.json").read_text("utf-8"))
        for k in ("url", "captured", "group", "why", "source", "license", "title", "clutter"):
            if k not in meta:
                print(slug, "missing", k); bad += 1
        pt = page_text(d / "page.html")
        ref_root = lhtml.fromstring((d / "reference.html").read_text("utf-8"))
        rt = node_text(ref_root)
        rtok = tokens(rt)
        r8 = grams(rtok, 8)
        for el in ref_root:
            t = node_text(el)
            if t and t not in pt:
                print(slug, "reference block missing from page:", t[:80]); bad += 1
        for c in meta["clutter"]:
            if c not in pt:
                print(slug, "clutter not in page:", c[:80]); bad += 1
            if c in rt:
                print(slug, "clutter inside reference:", c[:80]); bad += 1
            if grams(tokens(c), 8) & r8:
                print(slug, "clutter shares an 8-gram with reference:", c[:80]); bad += 1
        raw = (d / "page.html").read_text("utf-8")
        if meta["url"] not in raw:
            print(slug, "url not in page"); bad += 1
        if "<title>" not in raw:
            print(slug, "no title"); bad += 1
        total += sum(f.stat().st_size for f in d.iterdir() if f.name in ("page.html", "reference.html", "case.json"))
    print(f"total {total / 1e6:.2f} MB; {'OK' if not bad and total < 6e6 else f'{bad} problems'}")
    return 1 if bad or total >= 6e6 else 0


def f1(pred: str, ref: str) -> float:
    from collections import Counter
    p, r = Counter(tokens(pred)), Counter(tokens(ref))
    ov = sum((p & r).values())
    if not ov:
        return 0.0
    prec, rec = ov / sum(p.values()), ov / sum(r.values())
    return 2 * prec * rec / (prec + rec)


def leaked(c: str, out_norm: str, out_grams5) -> bool:
    if c in out_norm:
        return True
    g = grams(tokens(c), 5)
    return bool(g) and len(g & out_grams5) / len(g) > 0.5


def score():
    sys.path.insert(0, str(ROOT / "server"))
    import clearpage
    rows = []
    for spec in SPECS:
        slug = f"holdout4-{spec[0]}"
        d = SEEDS / slug
        meta = json.loads((d / "case.json").read_text("utf-8"))
        art = clearpage.clean((d / "page.html").read_bytes(), url=meta["url"])
        out = norm(art.text or "")
        ref = node_text(lhtml.fromstring((d / "reference.html").read_text("utf-8")))
        g5 = grams(tokens(out), 5)
        leaks = [c for c in meta["clutter"] if leaked(c, out, g5)]
        sc = f1(out, ref)
        title_ok = norm(art.title or "") == norm(meta["title"])
        rows.append((slug, sc, len(leaks), len(meta["clutter"]), title_ok, art.title, meta["title"], leaks))
        print(f"{slug:14s} F1={sc:.3f} leaks={len(leaks)}/{len(meta['clutter'])} title={'ok' if title_ok else 'MISMATCH'}"
              + ("" if title_ok else f"  got={art.title!r} want={meta['title']!r}"))
        for c in leaks:
            print("      leak:", c[:110])
    n = len(rows)
    print(f"mean F1 {sum(r[1] for r in rows) / n:.3f}; cases with leaks {sum(1 for r in rows if r[2])}/{n}; "
          f"titles ok {sum(1 for r in rows if r[4])}/{n}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if "--score" in sys.argv:
        score()
        sys.exit(0)
    build()
