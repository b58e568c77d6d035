#!/usr/bin/env python3
"""Build clearpage's "cluttered" seed cases: one real main story + clutter.

Each case is a synthetic but realistic news page assembled from REAL article
text: bodies come from the Readability test pages' expected.html (imported as
seeds/<name>/reference.html by tools/import_readability.py) and titles from
their expected-metadata.json.  Around the main story we put the material a
reader view must drop: full-text "related" cards, infinite-scroll follow-up
articles, teaser stories, app/AI promos, newsletter boxes, share bars, comment
widgets, hashtag lists, author bios, cookie banners, nav, footers.

The pages are deliberately structurally diverse (no class names at all,
neutral names, random hashes, CSS-module names, utility soup, descriptive
names in only a few cases; several languages; several ways of declaring the
page identity), so that an extractor cannot pass them by keying on a class
name or a phrase that every case shares.

Also rebuilds seeds/aggregator-seed/ from the text dump of a real aggregator
page (seeds/aggregator-seed/source.txt).

Usage:
  python tools/build_cluttered.py                 # (re)build all cluttered cases
  python tools/build_cluttered.py --only mixed-2  # one case
  python tools/build_cluttered.py --check         # validate every case in seeds/
  python tools/build_cluttered.py --list          # list cases by scenario

Deterministic: every case has its own RNG seeded from GLOBAL_SEED and its slug,
so the output is byte-identical run to run and adding a case does not change
the others.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GLOBAL_SEED = 20261129
CAPTURED = "2026-11-29"

WS = re.compile(r"\s+")


def norm(s: str | None) -> str:
    return WS.sub(" ", s or "").strip()


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def text_of(fragment: str) -> str:
    """Whitespace-normalized visible text of an HTML fragment."""
    el = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in el.xpath(".//script|.//style|.//template"):
        bad.drop_tree()
    return norm(el.text_content())


# --------------------------------------------------------------------------
# Source articles (real text from the Readability corpus)
# --------------------------------------------------------------------------

# name -> (clean headline, language).  Titles are the corpus metadata titles
# with site suffixes removed.
ARTICLES = {
    "aclu": ("Facebook Is Tracking Me Even Though I’m Not on Facebook", "en"),
    "ars-1": ("Just-released Minecraft exploit makes it easy to crash game servers", "en"),
    "bbc-1": ("Obama admits US gun laws are his 'biggest frustration'", "en"),
    "buzzfeed-1": ('Student Dies After Diet Pills She Bought Online "Burned Her Up From Within"', "en"),
    "citylab-1": ("The Modern Ambitions Behind Neon", "en"),
    "cnet": ("Zuckerberg offers peek at Facebook's acquisition strategies", "en"),
    "cnn": ("The 'birth lottery' and economic mobility", "en"),
    "engadget": ("Xbox One X review: A console that keeps up with gaming PCs", "en"),
    "guardian-1": ("'What is the sea telling us?': Māori tribes fearful over whale strandings", "en"),
    "herald-sun-1": ("Angry media won’t buckle over new surveillance laws", "en"),
    "medicalnewstoday": ("How does the brain turn unconscious information into conscious thought?", "en"),
    "msn": ("Nintendo's first iPhone game will launch in December for $10", "en"),
    "nytimes-1": ("United States to Lift Sudan Sanctions", "en"),
    "nytimes-2": ("Yahoo’s Sale to Verizon Leaves Shareholders With Little Say", "en"),
    "nytimes-3": ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.", "en"),
    "nytimes-4": ("As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military", "en"),
    "salon-1": ("The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians", "en"),
    "schema-org-context-object": ("South Korean president’s impeachment fails after ruling party lawmakers walk out", "en"),
    "seattletimes-1": ("Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods", "en"),
    "telegraph": ("Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate", "en"),
    "theverge": ("Apple’s Vision Pro hands-on: the Retina display moment for headsets", "en"),
    "wapo-1": ("Attack stokes instability fears in North Africa", "en"),
    "wapo-2": ("Where do strained U.S.-Israeli relations go after Netanyahu’s victory?", "en"),
    "webmd-1": ("Babies Who Eat Peanuts Early May Avoid Allergy", "en"),
    "webmd-2": ("Superbugs: What They Are and How You Get Them", "en"),
    "wikia": ("'Star Wars' Original Cuts Might Get Released for 40th Anniversary", "en"),
    "yahoo-1": ("These are the 8 coolest PlayStation VR games", "en"),
    "yahoo-3": ("Veteran Wraps Baby in American Flag, Photo Sparks Controversy", "en"),
    "quanta-1": ("The Hidden Heroines of Chaos", "en"),
    "iab-1": ("Getting LEAN with Digital Ad UX", "en"),
    "gitlab-blog": ("3 surprising findings from our 2024 Global DevSecOps Survey", "en"),
    "wordpress": ("Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers", "en"),
    "medium-2": ("On Behalf of “Literally”", "en"),
    "article-author-tag": ("The Deck of Cards That Made Tarot A Global Phenomenon", "en"),
    "simplyfound-1": ("Raspberry Pi 3 - The credit card sized PC that cost only $35", "en"),
    "spiceworks": ("Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform", "en"),
    "lifehacker-working": ("How to Program Your Mind to Stop Buying Crap You Don’t Need", "en"),
    "medium-1": ("The Open Journalism Project: Better Student Journalism", "en"),
    "ebb-org": ("On Recent Controversial Events", "en"),
    "keep-images": ("Inside the Deep Web Drug Lab", "en"),
    "topicseed-1": ("Content Depth — Write Comprehensively About Your Core Topics", "en"),
    "keep-tabular-data": ("Friday Facts #282 - 0.17 in sight", "en"),
    "blogger": ("Open Verilog flow for Silego GreenPak4 programmable logic devices", "en"),
    "dropbox-blog": ("How we designed Dropbox’s ATF - an async task framework", "en"),
    "bug-1255978": ("Seven secrets that hotel owners don't want you to know", "en"),
    "breitbart": ("'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'", "en"),
    "lemonde-1": ("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", "fr"),
    "liberation-1": ("Un troisième Français mort dans le séisme au Népal", "fr"),
    "videos-2": ("Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…", "fr"),
    "heise": ("1Password für Mac generiert Einmal-Passwörter", "de"),
    "la-nacion": ("Una solución no violenta para la cuestión mapuche", "es"),
    "cnet-svg-classes": ("Twitter Lite se estrena en México, Venezuela y otros nueve países", "es"),
    "yahoo-4": ("トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」", "ja"),
    "folha": ("Tite diz que errou ao levar taça da Libertadores a Lula em 2012", "pt"),
    "aktualne": ("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", "cs"),
    "gmw": ("宇航员在太空中喝酒会怎么样？后果很严重", "zh"),
    "youth": ("海外留学生看两会：出国前后关注点大不同", "zh"),
    "qq": ("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", "zh"),
}

JUNK = re.compile(
    r"^(continue reading|sign up|subscribe|related:|read more|advertisement|play|"
    r"powered by|click here|share|follow us|read the full|image:|photo:|getty|"
    r"credit|loaded:|progress:|duration|current time|©|\(c\)|watch:|see also)",
    re.I)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass
class Block:
    kind: str            # p, h, ul, ol, bq, fig, table
    text: str = ""
    items: list = field(default_factory=list)   # ul/ol items, table rows
    src: str = ""
    cap: str = ""


# Credit lines glued to the first paragraph in a few corpus pages.
PREFIX_FIXUPS = [re.compile(r"^© Provided by Business Insider Inc Nintendo/Apple ")]


def _p_ok(tx: str) -> bool:
    if JUNK.match(tx):
        return False
    minlen = 12 if CJK.search(tx) else 45
    return len(tx) >= minlen


def extract_blocks(ref_html: str) -> list[Block]:
    """Main-story blocks of a Readability expected.html, cleaned of junk."""
    root = lxml.html.document_fromstring(ref_html)
    body = root.find("body") if root.find("body") is not None else root
    out: list[Block] = []
    blockish = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
                "figure", "table", "pre", "div", "section", "article", "main",
                "header", "footer", "aside", "img", "dl", "li", "figcaption"}

    def walk(el):
        for ch in el:
            if not isinstance(ch.tag, str):
                continue
            t = ch.tag.lower()
            if t == "p":
                tx = norm(ch.text_content())
                for fx in PREFIX_FIXUPS:
                    tx = fx.sub("", tx)
                if tx and _p_ok(tx):
                    out.append(Block("p", tx))
            elif t in ("h2", "h3", "h4"):
                tx = norm(ch.text_content())
                if 4 <= len(tx) <= 90 and out:
                    out.append(Block("h", tx))
            elif t in ("ul", "ol"):
                items = [norm(li.text_content()) for li in ch.findall("li")]
                items = [i for i in items if len(i) >= 8]
                if len(items) >= 2 and all(len(i) < 400 for i in items):
                    out.append(Block(t, items=items[:10]))
            elif t == "blockquote":
                tx = norm(ch.text_content())
                if len(tx) >= 30:
                    out.append(Block("bq", tx))
            elif t == "figure":
                img = ch.find(".//img")
                cap = ch.find(".//figcaption")
                src = img.get("src") if img is not None else None
                captx = norm(cap.text_content()) if cap is not None else ""
                if src and src.startswith("http") and len(captx) >= 20:
                    out.append(Block("fig", src=src, cap=captx[:300]))
            elif t == "table":
                rows = []
                for tr in ch.iter("tr"):
                    cells = [norm(c.text_content()) for c in tr
                             if isinstance(c.tag, str) and c.tag in ("td", "th")]
                    if any(cells):
                        rows.append(cells)
                if 2 <= len(rows) <= 30 and all(len(" ".join(r)) < 300 for r in rows):
                    out.append(Block("table", items=rows))
            elif t in ("pre", "img", "script", "style", "h1", "h5", "h6"):
                continue
            else:
                kids = [c for c in ch if isinstance(c.tag, str) and c.tag.lower() in blockish]
                direct = norm((ch.text or "") + "".join((c.tail or "") for c in ch))
                if direct and not kids:
                    tx = norm(ch.text_content())
                    if _p_ok(tx):
                        out.append(Block("p", tx))
                else:
                    walk(ch)

    walk(body)
    # no heading at the very end, no two headings in a row
    clean: list[Block] = []
    for b in out:
        if b.kind == "h" and clean and clean[-1].kind == "h":
            clean.pop()
        clean.append(b)
    while clean and clean[-1].kind == "h":
        clean.pop()
    return clean


class Corpus:
    def __init__(self, src_dir: Path, from_seeds: bool):
        self.src_dir = src_dir
        self.from_seeds = from_seeds
        self._cache: dict[str, list[Block]] = {}

    def blocks(self, name: str) -> list[Block]:
        if name not in self._cache:
            fn = "reference.html" if self.from_seeds else "expected.html"
            raw = (self.src_dir / name / fn).read_text(encoding="utf-8")
            self._cache[name] = extract_blocks(raw)
        return self._cache[name]

    def paras(self, name: str) -> list[str]:
        return [b.text for b in self.blocks(name) if b.kind == "p"]

    def title(self, name: str) -> str:
        return ARTICLES[name][0]

    def lang(self, name: str) -> str:
        return ARTICLES[name][1]


# --------------------------------------------------------------------------
# Naming schemes for class/id attributes
# --------------------------------------------------------------------------

NEUTRAL = ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "box", "wrap",
           "item", "blk", "inner", "col", "row", "cell", "part", "unit", "pane",
           "sec", "m1", "k2", "z", "w", "a", "b", "t1", "t2", "g", "in", "out",
           "l", "r", "s1", "s2", "d", "e", "f1", "v"]
UTIL = ["flex", "grid", "block", "inline-flex", "hidden", "md:block", "lg:flex",
        "mt-2", "mt-4", "mt-6", "mb-2", "mb-4", "mb-8", "my-3", "px-2", "px-4",
        "py-1", "py-3", "p-4", "gap-2", "gap-4", "gap-x-6", "items-center",
        "justify-between", "text-xs", "text-sm", "text-base", "text-lg",
        "text-2xl", "md:text-4xl", "font-bold", "font-medium", "leading-6",
        "leading-7", "tracking-tight", "text-gray-500", "text-gray-700",
        "text-neutral-900", "dark:text-gray-300", "rounded", "rounded-lg",
        "border", "border-t", "border-gray-200", "bg-white", "bg-gray-50",
        "shadow-sm", "max-w-3xl", "max-w-screen-xl", "mx-auto", "w-full",
        "md:w-2/3", "lg:w-1/3", "space-y-4", "space-y-6", "overflow-hidden",
        "relative", "sticky", "top-0", "z-10", "col-span-8", "col-span-4",
        "hover:underline", "line-clamp-3", "aspect-video", "object-cover",
        "uppercase", "shrink-0", "min-w-0", "break-words"]
MODULE_COMP = ["Box", "Stack", "Layout", "Grid", "Block", "Panel", "Tile",
               "Frame", "Flow", "Group", "Unit", "Shell", "Pane", "Column",
               "Surface", "Slot", "Region", "Container", "Cluster"]
MODULE_PART = ["root", "inner", "wrap", "main", "item", "head", "foot", "el",
               "a", "b", "c", "outer", "content", "base", "primary", "aux"]
DESCRIPTIVE = {
    "story": ["article", "story", "post", "entry"],
    "body": ["article-body", "story-text", "post-content", "entry-content",
             "article__content"],
    "headline": ["headline", "article-title", "story__title", "entry-title"],
    "byline": ["byline", "author-line", "story__byline"],
    "related": ["related", "related-stories", "more-stories", "recommended"],
    "card": ["related-card", "story-card", "rec-item", "more-item"],
    "card-body": ["card-text", "summary", "card__excerpt"],
    "card-title": ["card-title", "card__headline"],
    "followup": ["next-article", "article-stream__item", "infinite-item"],
    "promo": ["promo", "widget", "module"],
    "comments": ["comments", "comment-section", "discussion"],
    "share": ["share-bar", "social-share", "share-tools"],
    "newsletter": ["newsletter", "signup-box"],
    "tags": ["tags", "hashtags", "topic-list"],
    "footer": ["site-footer", "footer"],
    "header": ["site-header", "masthead"],
    "nav": ["main-nav", "navigation", "menu"],
    "sidebar": ["sidebar", "rail", "aside-col"],
    "cookie": ["cookie-banner", "consent"],
    "teaser": ["top-story", "featured", "lead-story"],
    "bio": ["author-bio", "about-author"],
}


class Namer:
    """Gives each structural role a class attribute according to a scheme.

    Names are consistent within one page (role -> same class) but drawn at
    random per page, so two cases never agree on what a name means.
    """

    def __init__(self, rng: random.Random, scheme: str):
        self.rng = rng
        self.scheme = scheme
        self.map: dict[str, str] = {}
        self.hash_style = rng.choice(["x", "_", "sc-", "css-", "jsx-"])
        self.pool = NEUTRAL[:]
        rng.shuffle(self.pool)

    def _hash(self) -> str:
        r = self.rng
        al = string.ascii_letters
        an = string.ascii_lowercase + string.digits
        st = self.hash_style
        if st == "x":
            return "x" + "".join(r.choice("0123456789abcdef") for _ in range(4))
        if st == "_":
            return "_" + "".join(r.choice(an) for _ in range(5))
        if st == "sc-":
            return "sc-" + "".join(r.choice(al) for _ in range(6))
        if st == "css-":
            return "css-" + "".join(r.choice(an) for _ in range(r.randint(5, 7)))
        return "jsx-" + str(r.randint(10**8, 10**10))

    def name(self, role: str) -> str:
        if role in self.map:
            return self.map[role]
        r = self.rng
        sc = self.scheme
        if sc == "none":
            v = ""
        elif sc == "neutral":
            v = self.pool.pop() if self.pool else f"n{len(self.map)}"
            if r.random() < 0.25:
                v = ""
        elif sc == "hash":
            v = self._hash()
            if r.random() < 0.3:
                v += " " + self._hash()
            if r.random() < 0.15:
                v = ""
        elif sc == "module":
            comp = r.choice(MODULE_COMP)
            v = f"{comp}_{r.choice(MODULE_PART)}__{''.join(r.choice(string.ascii_letters + string.digits) for _ in range(4))}"
            if r.random() < 0.2:
                v = ""
        elif sc == "utility":
            v = " ".join(r.sample(UTIL, r.randint(2, 6)))
        elif sc == "descriptive":
            base = role.split(":")[0]
            if base in DESCRIPTIVE:
                v = r.choice(DESCRIPTIVE[base])
            else:
                v = self.pool.pop() if self.pool else ""
        else:
            raise ValueError(sc)
        self.map[role] = v
        return v

    def c(self, role: str) -> str:
        v = self.name(role)
        return f' class="{attr(v)}"' if v else ""


# --------------------------------------------------------------------------
# Locale strings, names, sites
# --------------------------------------------------------------------------

LOC = {
    "en": dict(
        nav=["World", "Politics", "Business", "Tech", "Science", "Health", "Sport",
             "Culture", "Opinion", "Climate", "Travel", "Video", "Podcasts", "Local"],
        foot=["About us", "About", "Who we are", "Contact", "Contact us", "Get in touch",
              "Careers", "Jobs", "Work with us", "Advertise", "Advertise with us", "Media kit",
              "Privacy policy", "Privacy", "Your privacy choices", "Cookie settings",
              "Terms of use", "Terms & conditions", "Terms of service", "Accessibility",
              "Corrections", "Help", "Help centre", "FAQ", "Sitemap", "Site map", "Newsletters",
              "RSS", "RSS feeds", "Ethics policy", "Editorial standards", "Licensing",
              "Reprints & permissions", "Archive", "Subscribe", "Manage subscription",
              "Podcasts", "Events", "Tips", "Send us a tip", "Mobile apps", "Masthead"],
        cookie=["We use cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time.",
                "This site uses cookies. By continuing to browse you agree to our use of cookies.",
                "We and our partners store and access information on your device to measure audiences and show relevant ads.",
                "Cookies help us deliver our services. Some are essential, others help us improve your experience.",
                "{site} and its partners use cookies for analytics and advertising. Manage your preferences below.",
                "Your privacy matters. We use cookies to understand how you use {site}.",
                "By clicking accept, you agree to the storing of cookies on your device to enhance site navigation.",
                "We value your privacy: we and selected third parties use cookies or similar technologies for technical purposes and, with your consent, for other purposes."],
        accept=["Accept all", "OK", "Got it", "Agree and close", "Accept", "Allow all", "I agree", "Continue"],
        by=["By ", "", "Words by ", "Reporting by "],
        ago=["{n} minutes ago", "{n} hours ago", "a day ago", "{n} days ago", "yesterday", "just now"],
        most=["Most read", "Trending", "Popular now", "Most viewed", "What people are reading"],
        rights="All rights reserved.",
        months=["January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"],
    ),
    "fr": dict(
        nav=["International", "Politique", "Économie", "Société", "Culture", "Sport", "Sciences", "Idées", "Planète"],
        foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité", "Publicité", "Plan du site", "Aide"],
        cookie=["Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment."],
        accept=["Accepter", "J'accepte"],
        by=["Par ", ""],
        ago=["il y a {n} heures", "il y a {n} minutes", "hier", "il y a {n} jours"],
        most=["Les plus lus", "À la une"],
        rights="Tous droits réservés.",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    ),
    "de": dict(
        nav=["Politik", "Wirtschaft", "Netzwelt", "Wissen", "Kultur", "Sport", "Reise", "Auto"],
        foot=["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "AGB", "Hilfe", "Jobs"],
        cookie=["Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren."],
        accept=["Zustimmen", "Alle akzeptieren"],
        by=["Von ", ""],
        ago=["vor {n} Stunden", "vor {n} Minuten", "gestern", "vor {n} Tagen"],
        most=["Meistgelesen", "Beliebt"],
        rights="Alle Rechte vorbehalten.",
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    ),
    "es": dict(
        nav=["Política", "Economía", "Sociedad", "Mundo", "Opinión", "Cultura", "Deportes", "Tecnología"],
        foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Publicidad", "Mapa del sitio"],
        cookie=["Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrar publicidad relacionada con sus preferencias."],
        accept=["Aceptar", "Entendido"],
        by=["Por ", ""],
        ago=["hace {n} horas", "hace {n} minutos", "ayer", "hace {n} días"],
        most=["Lo más leído", "Tendencias"],
        rights="Todos los derechos reservados.",
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ),
    "pt": dict(
        nav=["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Ciência"],
        foot=["Quem somos", "Fale conosco", "Termos de uso", "Privacidade", "Anuncie", "Mapa do site"],
        cookie=["Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade."],
        accept=["Aceitar", "Ok"],
        by=["Por ", ""],
        ago=["há {n} horas", "há {n} minutos", "ontem", "há {n} dias"],
        most=["Mais lidas", "Em alta"],
        rights="Todos os direitos reservados.",
        months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ),
    "cs": dict(
        nav=["Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura", "Věda", "Názory"],
        foot=["O nás", "Kontakty", "Reklama", "Ochrana osobních údajů", "Podmínky užívání"],
        cookie=["Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie."],
        accept=["Souhlasím", "Rozumím"],
        by=["", "Autor: "],
        ago=["před {n} hodinami", "před {n} minutami", "včera", "před {n} dny"],
        most=["Nejčtenější", "Právě se čte"],
        rights="Všechna práva vyhrazena.",
        months=["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    ),
    "ja": dict(
        nav=["国内", "国際", "経済", "IT", "科学", "スポーツ", "エンタメ", "ライフ"],
        foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載", "ヘルプ"],
        cookie=["当サイトではサービス向上のためにCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。"],
        accept=["同意する", "OK"],
        by=["", "文："],
        ago=["{n}時間前", "{n}分前", "昨日", "{n}日前"],
        most=["アクセスランキング", "よく読まれている記事"],
        rights="無断転載を禁じます。",
        months=[f"{i}月" for i in range(1, 13)],
    ),
    "zh": dict(
        nav=["首页", "国内", "国际", "财经", "科技", "教育", "体育", "文化"],
        foot=["关于我们", "联系我们", "广告服务", "隐私政策", "网站地图"],
        cookie=["本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。"],
        accept=["同意", "知道了"],
        by=["", "记者 "],
        ago=["{n}小时前", "{n}分钟前", "昨天", "{n}天前"],
        most=["热门排行", "24小时热读"],
        rights="版权所有",
        months=[f"{i}月" for i in range(1, 13)],
    ),
}

FIRST = ["Maria", "James", "Aiko", "Daniel", "Priya", "Tomasz", "Lucía", "Omar",
         "Hannah", "Chen", "Grace", "Mateo", "Elif", "Noah", "Sofia", "Kwame",
         "Ingrid", "Ravi", "Claire", "Jonas", "Amara", "Felix", "Yuki", "Leila"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Castillo", "Whitfield", "Nakamura",
        "Brennan", "Haddad", "Kowalski", "Fischer", "Osei", "Ramírez", "Novak",
        "Sato", "Delgado", "Petrov", "Ahmed", "Laurent", "Keller", "Young",
        "Marsh", "Ferreira", "Iyer", "Quinn"]
SITE_A = ["Meridian", "Harbor", "Northgate", "Lantern", "Summit", "Riverside",
          "Beacon", "Granite", "Cobalt", "Juniper", "Aster", "Vantage", "Pioneer",
          "Keystone", "Tidewater", "Larkspur", "Ironbridge", "Bluefield",
          "Westmark", "Silverline", "Redwood", "Crescent", "Fairhaven", "Orbit"]
SITE_B = ["Post", "Herald", "Times", "Ledger", "Dispatch", "Wire", "Daily",
          "Journal", "Observer", "Chronicle", "Report", "Review", "Gazette",
          "News", "Courier", "Tribune", "Standard", "Express", "Monitor", "Digest"]
TLDS = [".com", ".net", ".news", ".co.uk", ".org", ".io", ".media"]
SECTIONS = ["news", "world", "politics", "business", "tech", "science", "health",
            "culture", "opinion", "national", "story", "article", "a", "p"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def site_name(rng, avoid=()):
    while True:
        a, b = rng.choice(SITE_A), rng.choice(SITE_B)
        nm = (rng.choice(["The ", "", ""]) + f"{a} {b}") if rng.random() < 0.8 else f"{a}{b}"
        if nm not in avoid:
            return nm


def domain_of(site, rng):
    base = re.sub(r"[^a-z0-9]", "", site.lower().replace("the ", ""))
    if rng.random() < 0.3:
        base = base[: max(4, len(base) // 2)] + rng.choice(["news", "", "online", "hq"])
    return rng.choice(["www.", "", "www."]) + base + rng.choice(TLDS)


def slugify(s, maxlen=70):
    s = s.lower()
    s = re.sub(r"[’'\"“”«»]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:maxlen].rstrip("-") or "story"


def fmt_date(rng, lang, y=None):
    L = LOC[lang]
    y = y or rng.choice([2022, 2023, 2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    iso = f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z"
    if lang == "en":
        styles = [f"{L['months'][m-1]} {d}, {y}", f"{d} {L['months'][m-1][:3]} {y}",
                  f"{L['months'][m-1][:3]}. {d}, {y} {hh % 12 or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
                  f"{y}-{m:02d}-{d:02d}", f"Updated {hh:02d}:{mm:02d} GMT, {d} {L['months'][m-1]} {y}"]
        shown = rng.choice(styles)
    elif lang in ("ja", "zh"):
        shown = f"{y}年{m}月{d}日 {hh}:{mm:02d}"
    elif lang == "de":
        shown = f"{d}. {L['months'][m-1]} {y}, {hh}:{mm:02d} Uhr"
    elif lang == "cs":
        shown = f"{d}. {L['months'][m-1]} {y} {hh}:{mm:02d}"
    else:
        shown = f"{d} {L['months'][m-1]} {y} {hh}h{mm:02d}" if lang == "fr" else f"{d} de {L['months'][m-1]} de {y}"
    return iso, shown


def ago(rng, lang):
    return rng.choice(LOC[lang]["ago"]).format(n=rng.randint(2, 11))


# --------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------

def link_some(rng, text: str, dom: str, prob: float) -> str:
    """Escape text; maybe wrap a short phrase in an <a> (topic link)."""
    if rng.random() >= prob or CJK.search(text):
        return esc(text)
    words = text.split(" ")
    if len(words) < 8:
        return esc(text)
    i = rng.randint(1, len(words) - 5)
    k = rng.randint(2, 4)
    phrase = " ".join(words[i:i + k])
    href = f"https://{dom}/topic/{slugify(phrase, 30)}" if rng.random() < 0.5 else f"/tag/{slugify(phrase, 30)}"
    return (esc(" ".join(words[:i])) + f' <a href="{attr(href)}">{esc(phrase)}</a> '
            + esc(" ".join(words[i + k:])))


def render_blocks(blocks: list[Block], pcls: str = "", hcls: str = "", htag: str = "h2",
                  inline: list[str] | None = None) -> str:
    """Body blocks -> HTML.  `inline` holds pre-rendered paragraph HTML."""
    out = []
    pi = 0
    for b in blocks:
        if b.kind == "p":
            inner = inline[pi] if inline else esc(b.text)
            pi += 1
            out.append(f"<p{pcls}>{inner}</p>")
        elif b.kind == "h":
            out.append(f"<{htag}{hcls}>{esc(b.text)}</{htag}>")
        elif b.kind in ("ul", "ol"):
            lis = "\n".join(f"<li>{esc(i)}</li>" for i in b.items)
            out.append(f"<{b.kind}>\n{lis}\n</{b.kind}>")
        elif b.kind == "bq":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif b.kind == "fig":
            out.append(f'<figure>\n<img src="{attr(b.src)}" alt="">\n'
                       f"<figcaption>{esc(b.cap)}</figcaption>\n</figure>")
        elif b.kind == "table":
            rows = []
            for ri, r in enumerate(b.items):
                tag = "th" if ri == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
    return "\n".join(out)


def block_text(b: Block) -> str:
    if b.kind in ("ul", "ol"):
        return " ".join(b.items)
    if b.kind == "table":
        return " ".join(c for r in b.items for c in r if c)
    if b.kind == "fig":
        return b.cap
    return b.text


# --------------------------------------------------------------------------
# Case context
# --------------------------------------------------------------------------

@dataclass
class Spec:
    slug: str
    scenario: str          # a..i letters, for the README listing
    main: str              # corpus article used as the main story
    naming: str            # none | neutral | hash | module | utility | descriptive
    ident: str             # jsonld | og | canonical | title
    why: str
    opts: dict = field(default_factory=dict)


class Ctx:
    def __init__(self, spec: Spec, corpus: Corpus):
        self.spec = spec
        self.corpus = corpus
        self.rng = random.Random(f"{GLOBAL_SEED}:{spec.slug}")
        self.n = Namer(self.rng, spec.naming)
        self.lang = spec.opts.get("lang") or corpus.lang(spec.main)
        self.L = LOC[self.lang]
        self.site = site_name(self.rng)
        self.dom = domain_of(self.site, self.rng)
        self.title = corpus.title(spec.main)
        sec = self.rng.choice(SECTIONS)
        r = self.rng.random()
        if r < 0.4:
            y, m, d = self.rng.randint(2022, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
            path = f"/{sec}/{y}/{m:02d}/{d:02d}/{slugify(self.title)}"
        elif r < 0.7:
            path = f"/{sec}/{slugify(self.title)}-{self.rng.randint(100000, 99999999)}"
        elif r < 0.85:
            path = f"/{sec}/{self.rng.randint(1000000, 9999999)}/{slugify(self.title, 40)}.html"
        else:
            path = f"/{slugify(self.title)}"
        self.url = f"https://{self.dom}{path}"
        self.author = person(self.rng)
        self.date_iso, self.date_shown = fmt_date(self.rng, self.lang)
        self.clutter: list[str] = []
        self.used = {spec.main}

    # ---------------- pick other articles for clutter -----------------
    def pick_other(self, min_chars=500, lang=None, exclude=()):
        pool = [a for a in ARTICLES if a not in self.used and a not in exclude]
        if lang:
            same = [a for a in pool if ARTICLES[a][1] == lang]
            pool = same or pool
        else:
            pool = [a for a in pool if ARTICLES[a][1] == "en"] if self.lang == "en" else pool
        pool = [a for a in pool if sum(len(p) for p in self.corpus.paras(a)) >= min_chars]
        a = self.rng.choice(sorted(pool))
        self.used.add(a)
        return a

    def story_paras(self, name, lo=600, hi=2600, start=None):
        """A run of consecutive paragraphs from article `name`, lo..hi chars."""
        ps = self.corpus.paras(name)
        if start is None:
            start = 0 if self.rng.random() < 0.7 else self.rng.randint(0, max(0, len(ps) // 3))
        out, n = [], 0
        for p in ps[start:]:
            if n >= lo and n + len(p) > hi:
                break
            out.append(p)
            n += len(p)
        return out

    def related_item(self, lo=600, hi=2600, lang=None, min_chars=None):
        a = self.pick_other(min_chars=min_chars or lo, lang=lang)
        return dict(name=a, title=self.corpus.title(a), paras=self.story_paras(a, lo, hi),
                    source=site_name(self.rng, avoid=(self.site,)), when=ago(self.rng, self.lang),
                    author=person(self.rng), date=fmt_date(self.rng, self.lang)[1],
                    href=f"/{self.rng.choice(SECTIONS)}/{slugify(self.corpus.title(a), 50)}")

    def add_clutter(self, fragment: str):
        t = text_of(fragment)
        if t:
            self.clutter.append(t)
        return fragment


# --------------------------------------------------------------------------
# Page chrome
# --------------------------------------------------------------------------

def head_html(ctx: Ctx, extra_followups=()) -> str:
    r, sp = ctx.rng, ctx.spec
    suffix = r.choice([f" | {ctx.site}", f" - {ctx.site}", f" – {ctx.site}", f" · {ctx.site}", ""])
    title = ctx.title + suffix if sp.ident != "title" or r.random() < 0.6 else ctx.title
    parts = []
    parts.append(r.choice(['<meta charset="utf-8">',
                           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">']))
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f"<title>{esc(title)}</title>")
    if sp.ident in ("og", "jsonld") and (sp.ident == "og" or r.random() < 0.5):
        parts.append(f'<meta property="og:title" content="{attr(ctx.title)}">')
        parts.append(f'<meta property="og:url" content="{attr(ctx.url)}">')
        parts.append(f'<meta property="og:site_name" content="{attr(ctx.site)}">')
        parts.append('<meta property="og:type" content="article">')
        if r.random() < 0.5:
            parts.append(f'<meta name="twitter:title" content="{attr(ctx.title)}">')
    if sp.ident == "canonical" or (sp.ident in ("og", "jsonld") and r.random() < 0.6):
        parts.append(f'<link rel="canonical" href="{attr(ctx.url)}">')
    if sp.ident == "canonical" and r.random() < 0.5:
        parts.append(f'<meta name="author" content="{attr(ctx.author)}">')
    if sp.ident == "jsonld":
        art = {
            "@type": r.choice(["NewsArticle", "NewsArticle", "Article", "ReportageNewsArticle"]),
            "headline": ctx.title,
            "url": ctx.url,
            "datePublished": ctx.date_iso,
            "author": {"@type": "Person", "name": ctx.author},
            "publisher": {"@type": "Organization", "name": ctx.site},
        }
        if r.random() < 0.5:
            art["mainEntityOfPage"] = {"@type": "WebPage", "@id": ctx.url}
        if sp.opts.get("articleBody", r.random() < 0.4):
            art["articleBody"] = " ".join(block_text(b) for b in ctx.main_blocks if b.kind in ("p", "h"))
        if r.random() < 0.5:
            doc = {"@context": "https://schema.org", **art}
        else:
            doc = {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": ctx.site, "url": f"https://{ctx.dom}/"}, art]}
        parts.append('<script type="application/ld+json">' +
                     json.dumps(doc, ensure_ascii=False).replace("</", "<\\/") + "</script>")
    if r.random() < 0.6:
        parts.append(f'<link rel="stylesheet" href="/assets/{r.choice(["main", "app", "bundle", "s"])}.{r.randint(10**6, 10**7):x}.css">')
    if r.random() < 0.4:
        parts.append("<style>body{margin:0;font-family:system-ui,sans-serif}"
                     f".{ctx.n.name('page') or 'x'}{{max-width:1200px}}</style>")
    return "<head>\n" + "\n".join(parts) + "\n</head>"


def header_html(ctx: Ctx) -> str:
    r, n, L = ctx.rng, ctx.n, ctx.L
    navs = r.sample(L["nav"], min(len(L["nav"]), r.randint(5, 8)))
    links = "\n".join(f'<a href="/{slugify(x, 20) or "s" + str(i)}/"{n.c("navlink")}>{esc(x)}</a>'
                      for i, x in enumerate(navs))
    if r.random() < 0.5:
        links = "<ul" + n.c("navlist") + ">\n" + "\n".join(f"<li>{a}</li>" for a in links.split("\n")) + "\n</ul>"
    tag = r.choice(["header", "div", "header"])
    navtag = r.choice(["nav", "div", "nav"])
    logo = r.choice([f'<a href="/"{n.c("logo")}>{esc(ctx.site)}</a>',
                     f'<a href="/"{n.c("logo")}><img src="/static/logo.svg" alt="{attr(ctx.site)}"></a>',
                     f'<div{n.c("logo")}><a href="/">{esc(ctx.site)}</a></div>'])
    extra = ""
    if r.random() < 0.5:
        extra = f'\n<div{n.c("hdr-tools")}><a href="/account/login">{esc(r.choice(["Sign in", "Log in", "Account"]) if ctx.lang == "en" else "Login")}</a> <a href="/search">{esc("Search" if ctx.lang == "en" else "🔍")}</a></div>'
    return (f"<{tag}{n.c('header')}>\n{logo}\n<{navtag}{n.c('nav')}>\n{links}\n</{navtag}>{extra}\n</{tag}>")


def cookie_html(ctx: Ctx) -> str:
    r, n, L = ctx.rng, ctx.n, ctx.L
    return (f'<div{n.c("cookie")} role="dialog">\n<p>{esc(r.choice(L["cookie"]).format(site=ctx.site))}</p>\n'
            f'<button type="button">{esc(r.choice(L["accept"]))}</button>\n</div>')


def footer_html(ctx: Ctx) -> str:
    r, n, L = ctx.rng, ctx.n, ctx.L
    cols = []
    f = r.sample(L["foot"], min(len(L["foot"]), r.randint(4, 10)))
    ncol = r.randint(1, 3)
    per = max(2, len(f) // ncol)
    for i in range(ncol):
        items = f[i * per:(i + 1) * per]
        if not items:
            continue
        lis = "\n".join(f'<li><a href="/{slugify(x, 20) or "p" + str(j)}">{esc(x)}</a></li>' for j, x in enumerate(items))
        cols.append(f"<ul{n.c('footcol')}>\n{lis}\n</ul>")
    tag = r.choice(["footer", "div"])
    year = r.choice([2024, 2025])
    return (f"<{tag}{n.c('footer')}>\n" + "\n".join(cols) +
            f"\n<p{n.c('copy')}>© {year} {esc(ctx.site)}. {esc(L['rights'])}</p>\n</{tag}>")


def sidebar_html(ctx: Ctx) -> str:
    r, n, L = ctx.rng, ctx.n, ctx.L
    others = [a for a in ARTICLES if a not in ctx.used and (ARTICLES[a][1] == ctx.lang or ctx.lang == "en" and ARTICLES[a][1] == "en")]
    if len(others) < 5:
        others = [a for a in ARTICLES if a not in ctx.used]
    picks = r.sample(sorted(others), 5)
    lis = "\n".join(f'<li><a href="/{r.choice(SECTIONS)}/{slugify(ctx.corpus.title(a), 40)}">{esc(ctx.corpus.title(a))}</a></li>'
                    for a in picks)
    htag = r.choice(["h3", "h4", "div"])
    tag = r.choice(["aside", "div"])
    return (f"<{tag}{n.c('sidebar')}>\n<{htag}{n.c('side-h')}>{esc(r.choice(L['most']))}</{htag}>\n"
            f"<ol{n.c('side-list')}>\n{lis}\n</ol>\n</{tag}>")


def scripts_html(ctx: Ctx) -> str:
    r = ctx.rng
    s = [f'<script src="/js/{r.choice(["app", "vendor", "main", "chunk"])}.{r.randint(10**6, 10**7):x}.js" defer></script>']
    if r.random() < 0.5:
        s.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',"
                 f"section:'{r.choice(SECTIONS)}'}});</script>")
    return "\n".join(s)


def byline_html(ctx: Ctx, author=None, date=None, iso=None, role="byline") -> str:
    r, n, L = ctx.rng, ctx.n, ctx.L
    author = author or ctx.author
    date = date or ctx.date_shown
    by = r.choice(L["by"])
    style = r.randint(0, 3)
    if style == 0:
        return (f'<div{n.c(role)}>{esc(by)}<a href="/authors/{slugify(author)}">{esc(author)}</a></div>\n'
                f'<time{n.c(role + "-time")}' + (f' datetime="{iso}"' if iso else "") + f">{esc(date)}</time>")
    if style == 1:
        return f"<p{n.c(role)}>{esc(by + author)} · {esc(date)}</p>"
    if style == 2:
        return (f"<div{n.c(role)}>\n<span{n.c(role + '-name')}>{esc(by + author)}</span>\n"
                f"<span{n.c(role + '-time')}>{esc(date)}</span>\n</div>")
    return f"<div{n.c(role)}><b>{esc(author)}</b><br>{esc(date)}</div>"


# --------------------------------------------------------------------------
# Clutter widgets
# --------------------------------------------------------------------------

AI_BRANDS = ["Nova", "Pulse", "Lumen", "Quill", "Atlas", "Echo", "Sage", "Vela"]


def promo_block(ctx: Ctx, kind: str) -> str:
    r, n, lang = ctx.rng, ctx.n, ctx.lang
    site = ctx.site
    if kind == "hashtags":
        # capitalized words mid-sentence (names, places), not sentence starts
        words = re.findall(r"(?<=[a-z,] )[A-Z][a-zA-Z]{3,}\b", " ".join(ctx.corpus.paras(ctx.spec.main)[:8]))
        seen = []
        for w in words:
            if w not in seen:
                seen.append(w)
        tags = seen[:r.randint(3, 6)] or ["News", "World", "Today"]
        head = r.choice(["Hashtags", "Tags", "Topics", "Tagged:", "More on:", ""]) if lang == "en" else \
            {"fr": "Mots-clés", "de": "Schlagwörter", "es": "Etiquetas", "pt": "Tags", "cs": "Témata", "ja": "タグ", "zh": "标签"}[lang]
        links = "\n".join(f'<a href="/tag/{slugify(t)}"{n.c("tag")}>#{esc(t)}</a>' for t in tags)
        hh = f"<div{n.c('tags-h')}>{esc(head)}</div>\n" if head else ""
        return f"<div{n.c('tags')}>\n{hh}{links}\n</div>"
    if kind == "ai":
        b = r.choice(AI_BRANDS)
        variants = [
            (f"Try our AI features", f"Explore what {site} {b} can do for you:", ["Summarize this article", "Ask a question", "Translate"]),
            (f"New: {b} Assistant", f"Get the key points of any story in seconds with {b}.", ["Try it free"]),
            (f"Meet {b}, your reading companion", f"Ask {b} anything about this story and get answers with sources.", ["Start chatting", "Learn more"]),
            (f"Smart summaries by {b}", f"Short on time? Let {b} give you the five things to know.", ["Summarize"]),
        ]
        h, p, btns = r.choice(variants)
        bt = "\n".join(f'<button type="button"{n.c("ai-btn")}>{esc(x)}</button>' for x in btns)
        return (f"<div{n.c('promo')}>\n<div{n.c('promo-h')}>{esc(h)}</div>\n<p>{esc(p)}</p>\n{bt}\n</div>")
    if kind == "newsletter":
        nl = r.choice(["The Morning Brief", "Evening Edition", "First Thing", "The Download",
                       "Week in Review", "Inside Politics", "The Weekender", "Daily Digest"])
        line = r.choice([f"Get the top stories in your inbox every weekday morning.",
                         f"Our editors' picks, delivered free every Friday.",
                         f"One email, everything you need to know before breakfast.",
                         f"Sign up for {nl} and never miss a story from {site}."])
        if lang != "en":
            line = {"fr": "Recevez chaque matin l'essentiel de l'actualité.", "de": "Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.",
                    "es": "Recibe cada mañana las noticias más importantes.", "pt": "Receba as principais notícias no seu e-mail.",
                    "cs": "Nejdůležitější zprávy každé ráno do vaší schránky.", "ja": "毎朝、主要ニュースをメールでお届けします。",
                    "zh": "每天早上将重要新闻发送到您的邮箱。"}[lang]
        btn = r.choice(["Sign up", "Subscribe", "Join"]) if lang == "en" else "OK"
        return (f"<form{n.c('newsletter')} action=\"/newsletter\" method=\"post\">\n<div{n.c('nl-h')}>{esc(nl)}</div>\n"
                f"<p>{esc(line)}</p>\n<input type=\"email\" name=\"email\" placeholder=\"you@example.com\">\n"
                f"<button type=\"submit\">{esc(btn)}</button>\n</form>")
    if kind == "share":
        nets = r.sample(["Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Copy link", "Reddit", "Telegram", "Print"], r.randint(3, 6))
        head = r.choice(["Share", "Share this story", "Share this article", ""]) if lang == "en" else \
            {"fr": "Partager", "de": "Teilen", "es": "Compartir", "pt": "Compartilhar", "cs": "Sdílet", "ja": "シェア", "zh": "分享"}[lang]
        links = "\n".join(f'<a href="#" aria-label="{attr(x)}"{n.c("share-a")}>{esc(x)}</a>' for x in nets)
        hh = f"<span>{esc(head)}</span>\n" if head else ""
        return f"<div{n.c('share')}>\n{hh}{links}\n</div>"
    if kind == "comments":
        if lang == "en":
            h, p = r.choice([("Comments", "No comments yet..."), ("Comments (0)", "No comments yet. Be the first to share your thoughts."),
                             ("Join the conversation", "There are no comments on this story yet. Start the discussion."),
                             ("Reader comments", "Be the first to comment.")])
            btn = r.choice(["Log in to comment", "Write a comment", "Add comment"])
        else:
            h, p, btn = {"fr": ("Commentaires", "Aucun commentaire pour le moment.", "Réagir"),
                         "de": ("Kommentare", "Noch keine Kommentare vorhanden.", "Kommentieren"),
                         "es": ("Comentarios", "Todavía no hay comentarios.", "Comentar"),
                         "pt": ("Comentários", "Ainda não há comentários.", "Comentar"),
                         "cs": ("Diskuse", "Zatím žádné komentáře.", "Přidat názor"),
                         "ja": ("コメント", "まだコメントはありません。", "コメントする"),
                         "zh": ("评论", "暂无评论。", "发表评论")}[lang]
        return (f"<section{n.c('comments')}>\n<h3{n.c('comments-h')}>{esc(h)}</h3>\n<p>{esc(p)}</p>\n"
                f"<button type=\"button\">{esc(btn)}</button>\n</section>")
    if kind == "ad":
        lab = r.choice(["Advertisement", "ADVERTISEMENT", "Sponsored", "Ad"]) if lang == "en" else \
            {"fr": "Publicité", "de": "Anzeige", "es": "Publicidad", "pt": "Publicidade", "cs": "Reklama", "ja": "広告", "zh": "广告"}[lang]
        return (f"<div{n.c('ad')}>\n<div{n.c('ad-label')}>{esc(lab)}</div>\n"
                f"<div id=\"div-gpt-{r.randint(100, 999)}\" style=\"min-height:250px\"></div>\n</div>")
    if kind == "gallery":
        total = r.randint(6, 24)
        cap = r.choice(["View gallery", "See all photos", "Photos", "Open gallery"])
        return (f"<div{n.c('gallery')}>\n<img src=\"https://{ctx.dom}/media/g{r.randint(1000, 9999)}.jpg\" alt=\"\">\n"
                f"<span{n.c('gal-count')}>1 of {total}</span>\n<a href=\"#gallery\">{esc(cap)}</a>\n</div>")
    if kind == "bio":
        beat = r.choice(["energy and climate policy", "technology and privacy", "national politics",
                         "public health", "courts and crime", "consumer tech", "foreign affairs", "the economy"])
        ln = ctx.author.split()[-1]
        prev = r.choice([f"{ln} previously worked as a correspondent in Nairobi and Brussels.",
                         f"{ln} joined the newsroom in 2016 after a decade in local radio.",
                         f"{ln} is a graduate of the Columbia Journalism School.",
                         f"Before that, {ln} spent eight years as a data reporter.",
                         f"{ln} is the author of two books on urban planning."])
        txt = f"{ctx.author} is a {r.choice(['senior reporter', 'staff writer', 'correspondent', 'contributing editor'])} at {site} covering {beat}. {prev}"
        follow = r.choice(["Follow", "More from this author", f"Email {ctx.author.split()[0]}"])
        return (f"<div{n.c('bio')}>\n<img src=\"https://{ctx.dom}/authors/{slugify(ctx.author)}.jpg\" alt=\"\">\n"
                f"<p>{esc(txt)}</p>\n<a href=\"/authors/{slugify(ctx.author)}\">{esc(follow)}</a>\n</div>")
    if kind == "app":
        txt = r.choice([f"Read {site} in the app: faster, with offline reading and breaking news alerts.",
                        f"Get the {site} app for alerts as news breaks.",
                        f"Download our free app. Available on iOS and Android."])
        return f"<div{n.c('app')}>\n<p>{esc(txt)}</p>\n<a href=\"/apps\">{esc(r.choice(['Download', 'Get the app', 'Open in app']))}</a>\n</div>"
    raise ValueError(kind)


RELATED_HEADINGS_EN = ["Related Articles", "Related", "More on this story", "You may also like",
                       "Read next", "Recommended for you", "Related coverage", "Keep reading",
                       "More stories", "Also on {site}", "Don't miss", "Further reading"]
RELATED_HEADINGS_FOREIGN = {"fr": ["Lire aussi", "À lire aussi", "Sur le même sujet"],
                            "de": ["Mehr zum Thema", "Das könnte Sie auch interessieren"],
                            "es": ["Te puede interesar", "Más noticias", "Lee también"],
                            "pt": ["Leia também", "Veja também"],
                            "ja": ["関連記事", "あわせて読みたい"],
                            "cs": ["Související články", "Mohlo by vás zajímat"],
                            "zh": ["相关阅读", "相关新闻"]}


def related_heading(ctx: Ctx) -> str:
    r = ctx.rng
    forced = ctx.spec.opts.get("heading")
    if forced is not None:
        return forced
    if ctx.lang == "en":
        return r.choice(RELATED_HEADINGS_EN).format(site=ctx.site)
    return r.choice(RELATED_HEADINGS_FOREIGN[ctx.lang])


def card_html(ctx: Ctx, it: dict, style: dict) -> str:
    """One related card. Its body text is registered as clutter."""
    r, n = ctx.rng, ctx.n
    wrap = style.get("wrap", "div")
    ttag = style.get("ttag", "h3")
    body = it["paras"]
    if style.get("merge", True):
        btag = style.get("btag", "p")
        bodyhtml = f"<{btag}{n.c('card-body')}>{esc(' '.join(body))}</{btag}>"
    else:
        bodyhtml = f"<div{n.c('card-body')}>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in body) + "\n</div>"
    ctx.add_clutter(bodyhtml)
    title = esc(it["title"])
    if style.get("link_title", True):
        title = f'<a href="{attr(it["href"])}">{title}</a>'
    if ttag == "p-b":
        th = f"<p{n.c('card-title')}><b>{title}</b></p>"
    elif ttag == "div":
        th = f"<div{n.c('card-title')}>{title}</div>"
    elif ttag == "strong":
        th = f"<strong{n.c('card-title')}>{title}</strong>"
    else:
        th = f"<{ttag}{n.c('card-title')}>{title}</{ttag}>"
    meta_style = style.get("meta", 0)
    if meta_style == 0:    # like the aggregator: source / time / - source
        meta = (f"<div{n.c('card-meta')}>\n<span{n.c('card-src')}>{esc(it['source'])}</span>\n"
                f"<span{n.c('card-time')}>{esc(it['when'])}</span>\n</div>\n"
                f"<div{n.c('card-src2')}>- {esc(it['source'])}</div>")
    elif meta_style == 1:
        meta = f"<div{n.c('card-meta')}>{esc(it['source'])} · {esc(it['when'])}</div>"
    elif meta_style == 2:
        meta = f"<small{n.c('card-meta')}>{esc(it['author'])}, {esc(it['date'])}</small>"
    else:
        meta = ""
    img = ""
    if style.get("img", r.random() < 0.4):
        img = f'<img src="https://cdn.{ctx.dom.replace("www.", "")}/i/{r.randint(10**5, 10**6)}.jpg" alt="" loading="lazy">\n'
    order = style.get("order", "meta-first")
    inner = (img + meta + "\n" + th + "\n" + bodyhtml) if order == "meta-first" else (img + th + "\n" + meta + "\n" + bodyhtml)
    more = ""
    if style.get("more", False):
        more = f'\n<a href="{attr(it["href"])}"{n.c("card-more")}>{esc(r.choice(["Read more", "Continue reading", "Full story"]) if ctx.lang == "en" else "»")}</a>'
    return f"<{wrap}{n.c('card')}>\n{inner}{more}\n</{wrap}>"


def card_style(ctx: Ctx, plain=False) -> dict:
    r = ctx.rng
    if plain:
        return dict(wrap="div",
                    ttag=r.choice(["p-b", "div", "strong"]), merge=r.random() < 0.6,
                    btag="div" if r.random() < 0.5 else "p", meta=r.choice([0, 1, 3]),
                    link_title=r.random() < 0.6, img=r.random() < 0.3, order=r.choice(["meta-first", "title-first"]))
    return dict(wrap=r.choice(["div", "article", "li", "section", "div"]),
                ttag=r.choice(["h2", "h3", "h3", "h4", "div", "p-b"]),
                merge=r.random() < 0.65, btag=r.choice(["p", "div", "span"]) if r.random() < 0.8 else "p",
                meta=r.choice([0, 0, 1, 2, 3]), link_title=r.random() < 0.75,
                order=r.choice(["meta-first", "title-first"]), more=r.random() < 0.3)


def related_section(ctx: Ctx, items: list[dict], heading=True, plain=False, wrap_tag=None) -> str:
    r, n = ctx.rng, ctx.n
    st = card_style(ctx, plain)
    if st["wrap"] == "li":
        cards = "<ul" + n.c("rel-list") + ">\n" + "\n".join(card_html(ctx, it, st) for it in items) + "\n</ul>"
    else:
        cards = "\n".join(card_html(ctx, it, st) for it in items)
    h = ""
    if heading:
        txt = related_heading(ctx)
        if txt:
            htag = "div" if plain else r.choice(["h2", "h3", "div", "h2"])
            h = f"<{htag}{n.c('rel-h')}>{esc(txt)}</{htag}>\n"
    tag = wrap_tag or ("div" if plain else r.choice(["section", "div", "aside", "div"]))
    return f"<{tag}{n.c('related')}>\n{h}{cards}\n</{tag}>"


def followup_html(ctx: Ctx, it: dict, as_article: bool) -> str:
    r, n = ctx.rng, ctx.n
    iso, shown = fmt_date(ctx.rng, ctx.lang)
    htag = r.choice(["h1", "h2", "h1"])
    body = "\n".join(f"<p>{esc(p)}</p>" for p in it["paras"])
    bodyhtml = f"<div{n.c('fu-body')}>\n{body}\n</div>" if r.random() < 0.6 else body
    ctx.add_clutter(f"<div>{bodyhtml}</div>")
    tag = "article" if as_article else "div"
    data = f' data-url="https://{ctx.dom}/{r.choice(SECTIONS)}/{slugify(it["title"], 50)}"' if r.random() < 0.6 else ""
    return (f"<{tag}{n.c('followup')}{data}>\n<{htag}{n.c('fu-h')}>{esc(it['title'])}</{htag}>\n"
            f"{byline_html(ctx, author=it['author'], date=shown, iso=iso, role='fu-byline')}\n{bodyhtml}\n</{tag}>")


def teaser_html(ctx: Ctx, it: dict) -> str:
    r, n, lang = ctx.rng, ctx.n, ctx.lang
    label = r.choice(["Top story", "Featured", "Editor's pick", "Don't miss", "Latest", ""]) if lang == "en" else \
        {"fr": "À la une", "de": "Top-Thema", "es": "Destacado", "pt": "Destaque", "cs": "Hlavní zpráva", "ja": "注目", "zh": "头条"}[lang]
    htag = r.choice(["h2", "h2", "div", "h3"])
    body = it["paras"]
    if r.random() < 0.5:
        bodyhtml = f"<p{n.c('teaser-body')}>{esc(' '.join(body))}</p>"
    else:
        bodyhtml = f"<div{n.c('teaser-body')}>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in body) + "\n</div>"
    ctx.add_clutter(bodyhtml)
    lab = f"<span{n.c('teaser-label')}>{esc(label)}</span>\n" if label else ""
    tt = r.choice(["div", "section", "article"])
    return (f"<{tt}{n.c('teaser')}>\n{lab}"
            f"<{htag}{n.c('teaser-h')}><a href=\"{attr(it['href'])}\">{esc(it['title'])}</a></{htag}>\n"
            f"{bodyhtml}\n<a href=\"{attr(it['href'])}\">{esc(r.choice(['Read the full story', 'Continue reading', 'More']) if lang == 'en' else '→')}</a>\n</{tt}>")


# --------------------------------------------------------------------------
# Main story
# --------------------------------------------------------------------------

def main_blocks(ctx: Ctx) -> list[Block]:
    bl = ctx.corpus.blocks(ctx.spec.main)
    cap = ctx.spec.opts.get("max_blocks", 26)
    if len(bl) > cap:
        # keep the run that contains the richest structure
        best, best_i = -1, 0
        for i in range(0, len(bl) - cap + 1):
            score = sum(5 if b.kind == "table" else 1 for b in bl[i:i + cap] if b.kind != "p") + (3 if i == 0 else 0)
            if score > best:
                best, best_i = score, i
        bl = bl[best_i:best_i + cap]
        while bl and bl[0].kind != "p":
            bl = bl[1:]
        while bl and bl[-1].kind == "h":
            bl = bl[:-1]
    return bl


def story_parts(ctx: Ctx):
    """Returns (head_html, body_block_htmls list, reference_html)."""
    r, n = ctx.rng, ctx.n
    blocks = ctx.main_blocks
    inline = [link_some(r, b.text, ctx.dom, 0.25) for b in blocks if b.kind == "p"]
    pcls = n.c("para") if ctx.spec.naming == "utility" and r.random() < 0.6 else ""
    htag = r.choice(["h2", "h2", "h3"])
    hcls = n.c("subhead")
    # block html pieces (page) and reference pieces
    pieces, refs = [], []
    pi = 0
    for b in blocks:
        inl = None
        if b.kind == "p":
            inl = [inline[pi]]
            pi += 1
        pieces.append(render_blocks([b], pcls, hcls, htag, inl))
        refs.append(render_blocks([b], "", "", htag, inl))
    reference = "<article>\n" + "\n".join(refs) + "\n</article>\n"
    h1 = f"<h1{n.c('headline')}>{esc(ctx.title)}</h1>"
    dek = ""
    head = h1 + "\n" + byline_html(ctx, iso=ctx.date_iso)
    if r.random() < 0.5:
        ht = r.choice(["header", "div"])
        head = f"<{ht}{n.c('story-head')}>\n{head}\n</{ht}>"
    return head + dek, pieces, reference


def wrap_story(ctx: Ctx, head: str, body_pieces: list[str], tag=None) -> str:
    r, n = ctx.rng, ctx.n
    tag = tag or ctx.spec.opts.get("story_tag") or r.choice(["article", "div", "article", "section", "div"])
    depth = r.choice([0, 1, 1, 2])
    body = "\n".join(body_pieces)
    for i in range(depth):
        body = f"<div{n.c('body' if i == 0 else 'body-outer' + str(i))}>\n{body}\n</div>"
    return f"<{tag}{n.c('story')}>\n{head}\n{body}\n</{tag}>"


def page_html(ctx: Ctx, main_col: str) -> str:
    r, n = ctx.rng, ctx.n
    parts = []
    cookie_pos = r.choice(["top", "bottom", "none"])
    if cookie_pos == "top":
        parts.append(cookie_html(ctx))
    parts.append(header_html(ctx))
    if r.random() < 0.3:
        parts.append(f'<div{n.c("crumbs")}><a href="/">{esc(ctx.L["nav"][0] if ctx.lang != "en" else "Home")}</a> › '
                     f'<a href="/{r.choice(SECTIONS)}/">{esc(r.choice(ctx.L["nav"]))}</a></div>')
    side = sidebar_html(ctx) if ctx.spec.opts.get("sidebar", r.random() < 0.55) else ""
    maintag = r.choice(["main", "div", "main"])
    if side:
        cols = [f"<div{n.c('maincol')}>\n{main_col}\n</div>", side]
        if r.random() < 0.25:
            cols.reverse()
        layout = f"<{maintag}{n.c('layout')}>\n" + "\n".join(cols) + f"\n</{maintag}>"
    else:
        layout = f"<{maintag}{n.c('layout')}>\n{main_col}\n</{maintag}>"
    parts.append(layout)
    parts.append(footer_html(ctx))
    if cookie_pos == "bottom":
        parts.append(cookie_html(ctx))
    parts.append(scripts_html(ctx))
    head = head_html(ctx)
    bodycls = n.c("page")
    return (f'<!DOCTYPE html>\n<html lang="{ctx.lang}">\n{head}\n<body{bodycls}>\n' +
            "\n".join(parts) + "\n</body>\n</html>\n")


# --------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------

def n_items(ctx, lo=2, hi=3):
    return ctx.rng.randint(lo, hi)


def promos(ctx: Ctx, kinds=None, k=(2, 4)) -> list[str]:
    r = ctx.rng
    allk = ["hashtags", "ai", "newsletter", "share", "comments", "ad", "gallery", "bio", "app"]
    kinds = kinds or r.sample(allk, r.randint(*k))
    return [ctx.add_clutter(promo_block(ctx, kd)) for kd in kinds]


def build_case(ctx: Ctx) -> tuple[str, str]:
    sp, r, o = ctx.spec, ctx.rng, ctx.spec.opts
    ctx.main_blocks = main_blocks(ctx)
    head, pieces, reference = story_parts(ctx)
    sc = o["kind"]
    lang = o.get("rel_lang")
    main_len = sum(len(block_text(b)) for b in ctx.main_blocks)
    col: list[str] = []

    def rel_items(k, lo=700, hi=2600):
        return [ctx.related_item(lo, hi, lang=lang) for _ in range(k)]

    if sc == "related-cards":        # (a) separate related section after the story
        story = wrap_story(ctx, head, pieces)
        col += [story]
        if o.get("promos"):
            col += promos(ctx, o.get("promo_kinds"))
        col.append(related_section(ctx, rel_items(o.get("k", 3)), heading=o.get("heading_on", True)))
    elif sc == "related-inline":     # (b) cards inside the story's own body container
        st_ = card_style(ctx)
        if st_["wrap"] == "li":
            st_["wrap"] = "div"
        cards = [card_html(ctx, it, st_) for it in rel_items(o.get("k", 3))]
        body = pieces[:]
        if o.get("mid"):
            at = max(3, len(body) // 2)
            body = body[:at] + [cards[0]] + body[at:] + cards[1:]
        else:
            hd = related_heading(ctx)
            if hd and o.get("heading_on", True):
                body.append(f"<h3{ctx.n.c('rel-h')}>{esc(hd)}</h3>")
            body += cards
        # same parent: depth forced to 1 body div holding paragraphs and cards
        story = (f"<{o.get('story_tag', 'div')}{ctx.n.c('story')}>\n{head}\n<div{ctx.n.c('body')}>\n"
                 + "\n".join(body) + f"\n</div>\n</{o.get('story_tag', 'div')}>")
        col.append(story)
        if o.get("promos"):
            col += promos(ctx, o.get("promo_kinds"))
    elif sc == "infinite-scroll":    # (c) complete follow-up articles appended
        as_art = o.get("as_article", True)
        story = wrap_story(ctx, head, pieces, tag="article" if as_art else "div")
        col.append(story)
        if o.get("promos"):
            col += promos(ctx, o.get("promo_kinds"))
        for i, it in enumerate(rel_items(o.get("k", 2), 1200, 3200)):
            sep = r.choice(["", "<hr>", f"<div{ctx.n.c('sep')}>{esc(r.choice(['Next article', 'Up next', 'Continue reading']) if ctx.lang == 'en' else '—')}</div>"])
            if sep:
                col.append(sep)
            col.append(followup_html(ctx, it, as_art))
        if o.get("stream_wrap"):
            col = [f"<div{ctx.n.c('stream')}>\n" + "\n".join(col) + "\n</div>"]
    elif sc == "promo":              # (d) promo/widget blocks between body and related
        if o.get("inside"):
            body = pieces[:]
            blocks = promos(ctx, o.get("promo_kinds"), k=(3, 4))
            gaps = sorted(r.sample(range(2, len(body)), min(len(blocks), max(1, len(body) - 3))))
            for g, pb in sorted(zip(gaps, blocks), reverse=True):
                body.insert(g, pb)
            story = wrap_story(ctx, head, body)
            col.append(story)
            col += promos(ctx, o.get("tail_kinds", ["share", "comments"]))
        else:
            story = wrap_story(ctx, head, pieces)
            col.append(story)
            col += promos(ctx, o.get("promo_kinds"), k=(3, 6))
        if o.get("k", 2):
            col.append(related_section(ctx, rel_items(o.get("k", 2))))
    elif sc == "teaser":             # (e) a teaser story placed BEFORE the main one
        it = ctx.related_item(900, 2200, lang=lang)
        col.append(teaser_html(ctx, it))
        col.append(wrap_story(ctx, head, pieces))
        if o.get("k", 1):
            col.append(related_section(ctx, rel_items(o.get("k", 1))))
        if o.get("promos"):
            col += promos(ctx, o.get("promo_kinds"))
    elif sc == "plain-div":          # (f) cards from plain <p>/<div> only
        story = wrap_story(ctx, head, pieces, tag="div")
        col.append(story)
        col.append(related_section(ctx, rel_items(o.get("k", 3)), heading=o.get("heading_on", True), plain=True))
    elif sc == "long-related":       # (g) related story longer than the main one
        items = []
        for _ in range(o.get("k", 2)):
            a = ctx.pick_other(min_chars=int(main_len * 1.6), lang=lang)
            paras = ctx.story_paras(a, lo=int(main_len * 1.3), hi=int(main_len * 1.3) + 2500, start=0)
            items.append(dict(name=a, title=ctx.corpus.title(a), paras=paras,
                              source=site_name(r, avoid=(ctx.site,)), when=ago(r, ctx.lang),
                              author=person(r), date=fmt_date(r, ctx.lang)[1],
                              href=f"/{r.choice(SECTIONS)}/{slugify(ctx.corpus.title(a), 50)}"))
        ctx.long_related = [sum(len(p) for p in it["paras"]) for it in items]
        story = wrap_story(ctx, head, pieces)
        col.append(story)
        if o.get("promos"):
            col += promos(ctx, o.get("promo_kinds"))
        if o.get("as_followups"):
            for it in items:
                col.append(followup_html(ctx, it, r.random() < 0.5))
        else:
            col.append(related_section(ctx, items, heading=o.get("heading_on", True), plain=o.get("plain", False)))
    elif sc == "mixed":
        steps = o["steps"]
        body = pieces[:]
        before, after = [], []
        for st in steps:
            if st == "teaser":
                before.append(teaser_html(ctx, ctx.related_item(900, 2200, lang=lang)))
            elif st == "inline-cards":
                st_ = card_style(ctx)
                if st_["wrap"] == "li":
                    st_["wrap"] = "div"
                for it in rel_items(2):
                    body.append(card_html(ctx, it, st_))
            elif st == "mid-card":
                it = ctx.related_item(600, 1500, lang=lang)
                body.insert(max(3, len(body) // 2), card_html(ctx, it, card_style(ctx, plain=True)))
            elif st == "promo-inside":
                for pb in promos(ctx, o.get("inside_kinds", ["ad", "newsletter"])):
                    body.insert(r.randint(2, len(body) - 1), pb)
            elif st == "promos":
                after += promos(ctx, o.get("promo_kinds"))
            elif st == "related":
                after.append(related_section(ctx, rel_items(o.get("k", 2)), heading=o.get("heading_on", True)))
            elif st == "plain-related":
                after.append(related_section(ctx, rel_items(o.get("k", 2)), heading=o.get("heading_on", True), plain=True))
            elif st == "long-related":
                a = ctx.pick_other(min_chars=int(main_len * 1.6), lang=lang)
                paras = ctx.story_paras(a, lo=int(main_len * 1.3), hi=int(main_len * 1.3) + 2500, start=0)
                it = dict(name=a, title=ctx.corpus.title(a), paras=paras, source=site_name(r), when=ago(r, ctx.lang),
                          author=person(r), date=fmt_date(r, ctx.lang)[1], href=f"/{slugify(ctx.corpus.title(a), 50)}")
                after.append(related_section(ctx, [it], heading=o.get("heading_on", True), plain=True))
            elif st == "followups":
                for it in rel_items(o.get("fk", 2), 1200, 3000):
                    after.append(followup_html(ctx, it, o.get("as_article", False)))
            else:
                raise ValueError(st)
        col += before
        col.append(wrap_story(ctx, head, body))
        col += after
    else:
        raise ValueError(sc)
    page = page_html(ctx, "\n".join(col))
    return page, reference


# --------------------------------------------------------------------------
# The case list
# --------------------------------------------------------------------------

S = Spec
CASES: list[Spec] = [
    # (a) aggregator: story, then a separate "Related" section of full-text cards
    S("related-cards-1", "a", "nytimes-1", "hash", "jsonld",
      "Aggregator layout: the story is followed by a separate section of three full-text related cards (source, time, headline, long text).",
      dict(kind="related-cards", k=3)),
    S("related-cards-2", "a", "wapo-1", "none", "title",
      "Related full-text cards after the story on a page with no class names at all and no identity but <title>.",
      dict(kind="related-cards", k=3)),
    S("related-cards-3", "a", "herald-sun-1", "utility", "og",
      "Related full-text cards in utility-class soup; the cards have as many paragraphs' worth of text as the story's tail.",
      dict(kind="related-cards", k=2, promos=True, promo_kinds=["share"])),
    S("related-cards-4", "a", "seattletimes-1", "module", "canonical",
      "CSS-module class names; four related cards after the story.",
      dict(kind="related-cards", k=4)),
    # (b) the cards INSIDE the story's own container
    S("related-inline-1", "b", "bbc-1", "neutral", "title",
      "Related full-text cards sit in the same parent div as the story paragraphs, after the last paragraph.",
      dict(kind="related-inline", k=3)),
    S("related-inline-2", "b", "telegraph", "hash", "jsonld",
      "One related card is injected mid-body and two more follow the last paragraph, all siblings of the story's <p>s.",
      dict(kind="related-inline", k=3, mid=True)),
    S("related-inline-3", "b", "salon-1", "none", "og",
      "Inline related cards inside an <article> body with no class names; no heading before the cards.",
      dict(kind="related-inline", k=2, heading_on=False, story_tag="article")),
    S("related-inline-4", "b", "medicalnewstoday", "descriptive", "canonical",
      "Descriptive class names (one of the few such cases) with the related cards inside the article body div, mid-body and at the end.",
      dict(kind="related-inline", k=3, mid=True, promos=True, promo_kinds=["comments"])),
    # (c) infinite scroll
    S("infinite-scroll-1", "c", "nytimes-2", "hash", "jsonld",
      "Infinite scroll: two complete follow-up articles (own h1, byline, date, body) appended as <article> siblings of the main one.",
      dict(kind="infinite-scroll", k=2, as_article=True)),
    S("infinite-scroll-2", "c", "wapo-2", "utility", "title",
      "Infinite scroll built from plain <div>s: three follow-up articles after the main one, page identified only by <title>.",
      dict(kind="infinite-scroll", k=3, as_article=False)),
    S("infinite-scroll-3", "c", "guardian-1", "none", "og",
      "Infinite scroll with <article> siblings and no class names, wrapped together in one stream container.",
      dict(kind="infinite-scroll", k=2, as_article=True, stream_wrap=True)),
    S("infinite-scroll-4", "c", "theverge", "module", "jsonld",
      "One follow-up article in a <div> after a share bar and newsletter box; CSS-module names.",
      dict(kind="infinite-scroll", k=1, as_article=False, promos=True, promo_kinds=["share", "newsletter"])),
    # (d) promo blocks
    S("promo-widgets-1", "d", "cnet", "neutral", "title",
      "Hashtags, AI-features promo, comment widget etc. between the story and the related cards.",
      dict(kind="promo", promo_kinds=["hashtags", "ai", "comments"], k=2)),
    S("promo-widgets-2", "d", "nytimes-4", "utility", "jsonld",
      "Newsletter signup, share bar, author bio and app promo after the body, then related cards.",
      dict(kind="promo", promo_kinds=["share", "bio", "newsletter", "app"], k=2)),
    S("promo-widgets-3", "d", "yahoo-3", "hash", "og",
      "Gallery counter, advertisement label, AI promo and comments after the body; no related section.",
      dict(kind="promo", promo_kinds=["gallery", "ad", "ai", "comments"], k=0)),
    S("promo-inside-body-1", "d", "citylab-1", "none", "canonical",
      "Promo blocks (ad label, newsletter, gallery counter) interleaved between the story's own paragraphs.",
      dict(kind="promo", inside=True, promo_kinds=["ad", "newsletter", "gallery"], k=2)),
    S("promo-inside-body-2", "d", "quanta-1", "hash", "title",
      "Long essay with app promo, ad label and AI promo inside the body and share/comments after it.",
      dict(kind="promo", inside=True, promo_kinds=["app", "ad", "ai"], tail_kinds=["bio", "share", "comments"], k=0)),
    # (e) a teaser story BEFORE the main one
    S("teaser-before-main-1", "e", "webmd-1", "hash", "jsonld",
      "A 'top story' teaser with headline and long excerpt sits before the main story.",
      dict(kind="teaser", k=1)),
    S("teaser-before-main-2", "e", "schema-org-context-object", "none", "title",
      "Teaser with a long excerpt before the main story, no class names, identity only in <title>.",
      dict(kind="teaser", k=0, promos=True, promo_kinds=["share"])),
    S("teaser-before-main-3", "e", "iab-1", "utility", "og",
      "Teaser before the main story and two related cards after it.",
      dict(kind="teaser", k=2)),
    # (f) cards from plain <p>/<div> only
    S("plain-div-cards-1", "f", "cnn", "hash", "title",
      "Related cards made of plain <div>/<p><b> (no h2/h3, no <article>), random class names.",
      dict(kind="plain-div", k=3)),
    S("plain-div-cards-2", "f", "wikia", "module", "jsonld",
      "Plain-div related cards with no heading over the section.",
      dict(kind="plain-div", k=3, heading_on=False)),
    S("plain-div-cards-3", "f", "yahoo-1", "neutral", "canonical",
      "Plain-div related cards after a listicle-style story with subheadings.",
      dict(kind="plain-div", k=2)),
    # (g) related story longer than the main one
    S("long-related-1", "g", "msn", "hash", "og",
      "Short main story followed by related cards each longer than the story itself.",
      dict(kind="long-related", k=2)),
    S("long-related-2", "g", "webmd-2", "none", "title",
      "Short main story and one much longer related story in plain divs, no heading.",
      dict(kind="long-related", k=1, heading_on=False, plain=True)),
    S("long-related-3", "g", "buzzfeed-1", "utility", "jsonld",
      "Short main story followed by two longer follow-up articles (infinite scroll).",
      dict(kind="long-related", k=2, as_followups=True, promos=True, promo_kinds=["comments"])),
    # (h) related heading in other languages, or none
    S("foreign-heading-1", "h", "lemonde-1", "neutral", "og",
      "French page with a 'Lire aussi' related section of full-text French stories.",
      dict(kind="related-cards", k=2, heading="Lire aussi", rel_lang="fr")),
    S("foreign-heading-2", "h", "heise", "hash", "jsonld",
      "German page with a 'Mehr zum Thema' related section.",
      dict(kind="related-cards", k=2, heading="Mehr zum Thema")),
    S("foreign-heading-3", "h", "la-nacion", "none", "title",
      "Spanish page: 'Te puede interesar' cards inside the article body.",
      dict(kind="related-inline", k=2, heading="Te puede interesar", rel_lang="es")),
    S("foreign-heading-4", "h", "yahoo-4", "utility", "canonical",
      "Japanese page with a '関連記事' section of full-text stories.",
      dict(kind="related-cards", k=2, heading="関連記事", rel_lang="ja")),
    S("foreign-heading-5", "h", "folha", "module", "title",
      "Portuguese page: 'Leia também' section, the related stories in other languages.",
      dict(kind="related-cards", k=2, heading="Leia também")),
    S("no-heading-1", "h", "ars-1", "hash", "jsonld",
      "Related full-text cards follow the story with no heading at all.",
      dict(kind="related-cards", k=3, heading_on=False)),
    S("no-heading-2", "h", "nytimes-3", "none", "og",
      "No class names, no heading: the related cards are just more blocks after the story.",
      dict(kind="related-cards", k=2, heading_on=False)),
    S("no-heading-3", "h", "gitlab-blog", "neutral", "title",
      "Inline related cards without a heading, directly after the story paragraphs.",
      dict(kind="related-inline", k=2, heading_on=False)),
    # (i) mixes
    S("mixed-1", "i", "aktualne", "hash", "og",
      "Czech page: teaser before the story, cards inside the body, promos and a 'Související články' section.",
      dict(kind="mixed", steps=["teaser", "inline-cards", "promos", "related"], heading="Související články",
           promo_kinds=["share", "comments"])),
    S("mixed-2", "i", "engadget", "descriptive", "jsonld",
      "Review with lists and subheadings, an ad inside the body, promos, then two follow-up articles.",
      dict(kind="mixed", steps=["promo-inside", "promos", "followups"], inside_kinds=["ad"],
           promo_kinds=["hashtags", "newsletter"], fk=2, as_article=True)),
    S("mixed-3", "i", "medium-1", "utility", "title",
      "Blog post with lists and figures; a plain-div card mid-body and a longer related story without heading.",
      dict(kind="mixed", steps=["mid-card", "long-related"], heading_on=False)),
    S("mixed-4", "i", "lifehacker-working", "module", "og",
      "Teaser first, story with subheadings, AI promo and comments, then related cards.",
      dict(kind="mixed", steps=["teaser", "promos", "related"], promo_kinds=["ai", "comments"], k=3)),
    S("mixed-5", "i", "bug-1255978", "none", "title",
      "No classes: newsletter inside the body, hashtags and bio after it, then two follow-up <div> articles.",
      dict(kind="mixed", steps=["promo-inside", "promos", "followups"], inside_kinds=["newsletter"],
           promo_kinds=["hashtags", "bio"], fk=2, as_article=False)),
    S("mixed-6", "i", "keep-tabular-data", "descriptive", "canonical",
      "Blog post with a data table and subheadings; share bar, then related cards inside the body.",
      dict(kind="mixed", steps=["promos", "inline-cards"], promo_kinds=["share"])),
    S("mixed-7", "i", "youth", "neutral", "jsonld",
      "Chinese page: teaser before the story, '相关阅读' plain cards and promos after it.",
      dict(kind="mixed", steps=["teaser", "promos", "plain-related"], heading="相关阅读", rel_lang="zh",
           promo_kinds=["share", "comments"], k=2)),
]


def case_json(ctx: Ctx) -> dict:
    sp = ctx.spec
    others = sorted(ctx.used - {sp.main})
    return {
        "url": ctx.url,
        "captured": CAPTURED,
        "group": "cluttered",
        "why": sp.why,
        "source": (f"generated by tools/build_cluttered.py from Mozilla Readability test-pages/{sp.main} "
                   f"(main story) and {', '.join(others)} (clutter)"),
        "license": "Apache-2.0",
        "title": ctx.title,
        "clutter": ctx.clutter,
    }


# --------------------------------------------------------------------------
# The aggregator seed, rebuilt from a text dump of the real page
# --------------------------------------------------------------------------

def parse_seed_dump(txt: str) -> dict:
    lines = [l.rstrip() for l in txt.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip()
    i = 1
    body = []
    while lines[i].strip() != "Hashtags":
        if lines[i].strip():
            body.append(lines[i].strip())
        i += 1
    rest = lines[i:]
    j = rest.index("Related Articles")
    widgets = [l for l in rest[:j] if l.strip()]
    cards = []
    k = j + 1
    chunk = [l for l in rest[k:] if l.strip()]
    # each card: source, time, "- source", headline, body
    for c in range(0, len(chunk), 5):
        src, when, src2, head, text = chunk[c:c + 5]
        cards.append(dict(source=src, when=when, src2=src2, title=head, text=text))
    return dict(title=title, body=body, widgets=widgets, cards=cards)


def build_aggregator_seed(seed_txt: Path) -> tuple[str, str, dict]:
    d = parse_seed_dump(seed_txt.read_text(encoding="utf-8"))
    rng = random.Random(f"{GLOBAL_SEED}:aggregator-seed")

    def h():
        return "css-" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(6))

    cls = {}

    def c(role):
        if role not in cls:
            cls[role] = h()
        return f' class="{cls[role]}"'

    url = "https://daily8.example/news/nk-leader-no-intention-of-negotiating-away-nukes-us-assessment"
    site = "Daily8"
    paras = "\n".join(f"<p{c('p')}>{esc(p)}</p>" for p in d["body"])
    reference = "<article>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in d["body"]) + "\n</article>\n"
    clutter = []

    def reg(fragment):
        clutter.append(text_of(fragment))
        return fragment

    hashtags = reg(f"<div{c('w')}>\n<p{c('wh')}>Hashtags</p>\n<div{c('tags')}></div>\n</div>")
    ai = reg(f"<div{c('w')}>\n<p{c('wh')}>Try Our AI Features</p>\n<p{c('wt')}>Explore what Daily8 AI can do for you:</p>\n"
             f"<div{c('btns')}>\n<button type=\"button\"{c('b')}><svg viewBox=\"0 0 24 24\" width=\"16\" height=\"16\"></svg></button>\n"
             f"<button type=\"button\"{c('b')}><svg viewBox=\"0 0 24 24\" width=\"16\" height=\"16\"></svg></button>\n</div>\n</div>")
    comments = reg(f"<div{c('w')}>\n<p{c('wh')}>Comments</p>\n<p{c('wt')}>No comments yet...</p>\n</div>")
    cards = []
    for i, cd in enumerate(d["cards"]):
        bodyhtml = f"<p{c('ct')}>{esc(cd['text'])}</p>"
        clutter.append(text_of(bodyhtml))
        href = f"/news/{slugify(cd['title'], 60)}"
        cards.append(
            f"<div{c('card')}>\n<div{c('cm')}>\n<div{c('cs')}><img src=\"/logos/kh.png\" alt=\"\" width=\"16\" height=\"16\">"
            f"<span>{esc(cd['source'])}</span></div>\n<span{c('ctm')}>{esc(cd['when'])}</span>\n</div>\n"
            f"<a href=\"{href}\"{c('ca')}>\n<div{c('cs2')}>{esc(cd['src2'])}</div>\n"
            f"<h3{c('ch')}>{esc(cd['title'])}</h3>\n</a>\n{bodyhtml}\n</div>")
    nav = "\n".join(f'<a href="/{slugify(x)}"{c("nl")}>{esc(x)}</a>' for x in
                    ["Home", "World", "Business", "Politics", "Tech", "Entertainment", "Sports", "Health"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(d['title'])} - {site}</title>
<meta property="og:title" content="{attr(d['title'])}">
<meta property="og:url" content="{attr(url)}">
<meta property="og:site_name" content="{site}">
<link rel="canonical" href="{attr(url)}">
<link rel="stylesheet" href="/_next/static/css/5b1e0c2a7d.css">
</head>
<body>
<div id="__next">
<div{c('root')}>
<header{c('hd')}>
<a href="/"{c('logo')}><img src="/logo.svg" alt="{site}"></a>
<nav{c('nav')}>
{nav}
</nav>
<div{c('hdr')}><a href="/login">Sign in</a></div>
</header>
<div{c('ly')}>
<div{c('mc')}>
<div{c('art')}>
<h1{c('h1')}>{esc(d['title'])}</h1>
<div{c('meta')}>
<div{c('cs')}><img src="/logos/kh.png" alt="" width="16" height="16"><span>Korea Herald</span></div>
<span{c('ctm')}>3 days ago</span>
</div>
<div{c('ab')}>
{paras}
</div>
</div>
{hashtags}
{ai}
{comments}
<div{c('rel')}>
<p{c('rh')}>Related Articles</p>
{chr(10).join(cards)}
</div>
</div>
</div>
<footer{c('ft')}>
<div{c('fl')}><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></div>
<p{c('fc')}>© 2025 {site}. All rights reserved.</p>
</footer>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}},"page":"/news/[slug]","buildId":"b7Qx2kLm"}}</script>
</body>
</html>
"""
    case = {
        "url": url,
        "captured": CAPTURED,
        "group": "cluttered",
        "why": "The page that started the project: an aggregator article followed by hashtags, an AI promo, an empty comment widget and three full-text 'Related Articles' cards that readers leak into the output.",
        "source": "rebuilt by tools/build_cluttered.py from a text dump of a real aggregator page (seeds/aggregator-seed/source.txt); the news text is Korea Herald/Yonhap's",
        "license": "third-party news text, kept as a test fixture only",
        "title": d["title"],
        "clutter": clutter,
    }
    return page, reference, case


# --------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------

def visible_text(page_bytes: bytes) -> str:
    doc = lxml.html.document_fromstring(page_bytes)
    for bad in doc.xpath("//script|//style|//template|//noscript|//head"):
        bad.drop_tree()
    return norm(doc.text_content())


def check(seeds: Path) -> int:
    bad = 0
    n = {"reference": 0, "cluttered": 0}
    for d in sorted(p for p in seeds.iterdir() if p.is_dir()):
        errs = []
        try:
            case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"{d.name}: bad case.json: {e}")
            bad += 1
            continue
        for k in ("url", "captured", "group", "why", "source", "license", "title"):
            if not isinstance(case.get(k), str):
                errs.append(f"case.json missing {k}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", case.get("captured", "")):
            errs.append("captured not YYYY-MM-DD")
        grp = case.get("group")
        if grp not in n:
            errs.append(f"bad group {grp}")
        else:
            n[grp] += 1
        for fn in ("page.html", "reference.html"):
            if not (d / fn).exists():
                errs.append(f"missing {fn}")
        for fn in ("expected.html", "expected.json"):
            if (d / fn).exists():
                errs.append(f"{fn} must not be written by the corpus tools")
        if errs:
            print(f"{d.name}: " + "; ".join(errs))
            bad += 1
            continue
        raw = (d / "page.html").read_bytes()
        lxml.html.document_fromstring(raw)  # must parse
        if grp == "reference":
            if not (d / "reference-metadata.json").exists():
                errs.append("missing reference-metadata.json")
        else:
            page_txt = visible_text(raw)
            ref = lxml.html.fragment_fromstring((d / "reference.html").read_text(encoding="utf-8"), create_parent="div")
            ref_txt = norm(ref.text_content())
            for el in ref.iter("p", "li", "h2", "h3", "figcaption", "td", "th"):
                t = norm(el.text_content())
                if t and t not in page_txt:
                    errs.append(f"reference block not in page: {t[:60]!r}")
            if case["title"] not in page_txt:
                errs.append("title not visible in page")
            cl = case.get("clutter")
            if not isinstance(cl, list) or not cl or not all(isinstance(x, str) and x for x in cl):
                errs.append("clutter must be a non-empty list of strings")
                cl = []
            for t in cl:
                if t not in page_txt:
                    errs.append(f"clutter not in page: {t[:60]!r}")
                # same rule as a whole-word, case-insensitive leak test: a clutter item
                # must not occur in the story (or its headline) itself
                words_of = lambda x: " " + " ".join(re.findall(r"\w+", x.lower())) + " "
                if words_of(t).strip() and words_of(t) in words_of(ref_txt + " . " + case["title"]):
                    errs.append(f"clutter inside reference: {t[:60]!r}")
                # no shared 8-word shingle between a long clutter text and the reference
                if CJK.search(t):
                    for i in range(0, max(0, len(t) - 20)):
                        if t[i:i + 20] in ref_txt:
                            errs.append(f"clutter overlaps reference: {t[i:i + 20]!r}")
                            break
                w = t.split()
                if len(w) >= 8:
                    for i in range(0, len(w) - 7):
                        sh = " ".join(w[i:i + 8])
                        if sh in ref_txt:
                            errs.append(f"clutter overlaps reference: {sh!r}")
                            break
            # identity: url must match canonical / og:url when present
            doc = lxml.html.document_fromstring(raw)
            for v in doc.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"):
                if v != case["url"]:
                    errs.append(f"url {case['url']} != page identity {v}")
            for s in doc.xpath("//script[@type='application/ld+json']/text()"):
                data = json.loads(s)
                items = data.get("@graph", [data])
                for it in items:
                    if it.get("@type") in ("NewsArticle", "Article", "ReportageNewsArticle") and it.get("url") != case["url"]:
                        errs.append("JSON-LD url mismatch")
        if errs:
            bad += 1
            print(f"{d.name}: " + "; ".join(errs[:5]))
    size = sum(f.stat().st_size for f in seeds.rglob("*") if f.is_file())
    print(f"checked {n['reference']} reference + {n['cluttered']} cluttered cases, "
          f"{bad} with problems, seeds/ = {size / 1e6:.1f} MB")
    return 1 if bad or size > 40e6 else 0


# --------------------------------------------------------------------------

def write_case(dest: Path, page: str, reference: str, case: dict):
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "page.html").write_text(page, encoding="utf-8")
    (dest / "reference.html").write_text(reference, encoding="utf-8")
    (dest / "case.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default=str(SEEDS))
    ap.add_argument("--corpus", default=None,
                    help="read articles from a Readability test-pages dir (expected.html) "
                         "instead of the imported seeds/<name>/reference.html")
    ap.add_argument("--only", action="append", help="build only this slug (repeatable)")
    ap.add_argument("--check", action="store_true", help="validate every case in seeds/ and exit")
    ap.add_argument("--list", action="store_true", help="list the cluttered cases by scenario")
    args = ap.parse_args(argv)
    seeds = Path(args.seeds)
    if args.check:
        return check(seeds)
    if args.list:
        for sp in CASES:
            print(f"{sp.scenario}  {sp.slug:22s} main={sp.main:28s} names={sp.naming:11s} id={sp.ident}")
        return 0
    corpus = Corpus(Path(args.corpus), False) if args.corpus else Corpus(seeds, True)
    slugs = [s.slug for s in CASES]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    built = 0
    for sp in CASES:
        if args.only and sp.slug not in args.only:
            continue
        ctx = Ctx(sp, corpus)
        page, reference = build_case(ctx)
        write_case(seeds / sp.slug, page, reference, case_json(ctx))
        built += 1
    if not args.only or "aggregator-seed" in args.only:
        src = seeds / "aggregator-seed" / "source.txt"
        if src.exists():
            page, reference, case = build_aggregator_seed(src)
            write_case(seeds / "aggregator-seed", page, reference, case)
            built += 1
        else:
            print(f"warning: {src} missing, aggregator-seed not rebuilt", file=sys.stderr)
    print(f"built {built} cluttered cases in {seeds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
