#!/usr/bin/env python3
"""Build seeds/holdout-*: a HELD-OUT set of cluttered news pages.

Written without looking at clearpage's extractor or at tools/build_cluttered.py,
the way a third party would build a benchmark of cluttered news pages: take real
article text (the reference bodies of the Readability test pages under seeds/),
and wrap it in the markup real sites use -- MSN/Yahoo-style aggregator feeds of
full-text stories, infinite-scroll pages that append the next articles, related
posts inside the body container (inline "Read also" boxes, WordPress related
grids, Taboola/Outbrain-style recommendation widgets), widgets (comments,
newsletter, share bars, tags, trending lists, cookie banners, paywalls, promos,
author bios, "Most popular" sidebars), in various markup styles (utility classes,
CSS modules, styled-components, no classes), in several languages, with varied
page identity metadata.

Each case seeds/holdout-<n>/ gets page.html, case.json (group "cluttered") and
reference.html (exactly the main story body).  Deterministic (fixed seed).

Usage:
  python tools/build_holdout.py            # (re)build the 30 cases
  python tools/build_holdout.py --check    # validate the built cases
  python tools/build_holdout.py --score    # run clearpage on them: token F1 + leaks
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED = 20261129
CAPTURED = "2026-11-29"
PREFIX = "holdout-"
MAX_TOTAL_BYTES = 8 * 1024 * 1024

esc = html.escape


def norm(text: str) -> str:
    return " ".join((text or "").split())


WORD_RE = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


# --------------------------------------------------------------------------- text of a fragment

BLOCK_TAGS = {"p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "ul",
              "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
              "figcaption", "pre", "table", "tr", "td", "th", "form", "address", "dl", "dt",
              "dd", "br", "hr", "button", "label", "time"}
DROP_TAGS = {"script", "style", "svg", "template", "noscript"}


def frag_text(fragment: str) -> str:
    """Visible text of an HTML fragment, block boundaries as spaces, whitespace-normalized."""
    if not fragment.strip():
        return ""
    return el_text(lxml.html.fragment_fromstring(fragment, create_parent="div"))


def el_text(root) -> str:
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag in DROP_TAGS and el is not root:
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return norm(root.text_content())


# --------------------------------------------------------------------------- source articles

JUNK = re.compile(
    r"^(advertisement|continue reading the main story|photo|image|video|share|"
    r"image copyright.*|image caption.*|media playback.*|read more.*|related:.*|"
    r"powered by .*|read the full transcript.*|credit.*|.*first published .*|"
    r"exclusive|supported by|by [a-z.]+( [a-z.]+){0,3}|getty images|ap photo.*|"
    r"\(bild: .*\)|the presidential body swerve|five things we learned.*)$", re.I)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

TITLE_FIX = {
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
    "engadget": "Xbox One X review: A console that keeps up with gaming PCs",
    "medium-3": "Samantha and The Great Big Lie",
    "firefox-nightly-blog": "These Weeks in Firefox: Issue 85",
    "gmw": "宇航员在太空中喝酒会怎么样？后果很严重",
    "wordpress": "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, "
                 "WordPress Market Oversaturated with Developers",
}


# Per-source cleanup of Readability's output: leading captions/promos and trailing author
# bios, print notes and related-link lists are not part of the story.
LEAD = {"wapo-2": 1, "breitbart": 1}
TRIM = {"nytimes-3": 2, "nytimes-4": 2, "herald-sun-1": 1, "wapo-1": 2, "wapo-2": 1,
        "quanta-1": 1, "citylab-1": 3, "breitbart": 1, "cnet": 2, "yahoo-1": 2, "gmw": 2,
        "la-nacion": 1, "theverge": 8}
DROP = re.compile(r"^(图注：.*|revivez le direct.*|gallery: .*|sign up for our newsletter|"
                  r"\[what you need to know to start the day.*)$", re.I)
UI = {"en": ("Sign in", "Reply", "Like"), "fr": ("Se connecter", "Répondre", "J'aime"),
      "de": ("Anmelden", "Antworten", "Gefällt mir"), "es": ("Ingresar", "Responder", "Me gusta"),
      "ja": ("ログイン", "返信", "いいね"), "pt": ("Entrar", "Responder", "Curtir"),
      "zh": ("登录", "回复", "赞")}
LANG_FIX = {"la-nacion": "es", "gmw": "zh", "qq": "zh", "youth": "zh"}


@dataclass
class Block:
    kind: str            # p, h, ul, ol, quote, fig
    html: str = ""       # inline HTML (p, h); caption (fig)
    items: tuple = ()    # li inline HTML (ul/ol); paragraphs (quote)
    src: str = ""        # fig image


@dataclass
class Source:
    name: str
    title: str
    lang: str
    blocks: list

    def para_texts(self) -> list[str]:
        return [frag_text(b.html) for b in self.blocks if b.kind == "p"]


INLINE_KEEP = {"a", "em", "strong", "b", "i", "code", "sup", "sub"}


def inline_html(el) -> str:
    out = [esc(el.text or "", quote=False)]
    for c in el:
        if isinstance(c.tag, str):
            if c.tag in ("img", "script", "style", "figure", "svg", "noscript", "button"):
                pass
            elif c.tag == "br":
                out.append(" ")
            else:
                inner = inline_html(c)
                if c.tag == "a":
                    href = c.get("href") or ""
                    out.append(f'<a href="{esc(href)}">{inner}</a>' if href.startswith("http")
                               and inner.strip() else inner)
                elif c.tag in INLINE_KEEP and inner.strip():
                    t = {"b": "strong", "i": "em"}.get(c.tag, c.tag)
                    out.append(f"<{t}>{inner}</{t}>")
                else:
                    out.append(inner)
        out.append(esc(c.tail or "", quote=False))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def para_ok(text: str) -> bool:
    if not text or JUNK.match(text):
        return False
    if CJK.search(text):
        return len(text) >= 12
    return len(text.split()) >= 5


def load_source(name: str) -> Source:
    d = SEEDS / name
    meta = json.loads((d / "reference-metadata.json").read_text(encoding="utf-8"))
    root = lxml.html.fragment_fromstring((d / "reference.html").read_text(encoding="utf-8"),
                                         create_parent="div")
    blocks: list[Block] = []
    seen: set[str] = set()

    def add(block: Block, text: str) -> None:
        if text in seen:
            return
        seen.add(text)
        blocks.append(block)

    def walk(el) -> None:
        for c in el:
            if not isinstance(c.tag, str):
                continue
            t = c.tag
            text = norm(c.text_content())
            if t in ("script", "style", "nav", "aside", "footer", "form", "button", "noscript",
                     "table", "pre", "svg"):
                continue
            if t == "figure":
                img = next((i for i in c.iter("img")
                            if (i.get("src") or "").startswith("http")), None)
                cap = c.find(".//figcaption")
                cap_html = inline_html(cap) if cap is not None else ""
                cap_html = re.sub(r"(?:Credit)+[^<]*$", "", cap_html).strip()
                if cap_html and (JUNK.match(frag_text(cap_html)) or len(cap_html) < 8):
                    cap_html = ""
                if img is not None and any(b.kind == "p" for b in blocks):
                    add(Block("fig", html=cap_html, src=img.get("src")), "fig:" + img.get("src"))
                    if cap_html:
                        seen.add(frag_text(cap_html))
                continue
            if t == "p":
                if para_ok(text):
                    add(Block("p", html=inline_html(c)), text)
            elif t in ("h2", "h3", "h4", "h5", "h6"):
                if text and len(text) < 120 and any(b.kind == "p" for b in blocks):
                    add(Block("h", html=inline_html(c)), text)
            elif t in ("ul", "ol"):
                if c.find(".//img") is not None or c.find(".//figure") is not None:
                    continue
                items = tuple(inline_html(li) for li in c.findall("li"))
                items = tuple(i for i in items if len(frag_text(i)) >= 3)
                if len(items) >= 2 and any(b.kind == "p" for b in blocks):
                    add(Block(t, items=items), text)
            elif t == "blockquote":
                ps = [inline_html(p) for p in c.findall(".//p")] or [inline_html(c)]
                ps = [p for p in ps if para_ok(frag_text(p))]
                if ps:
                    add(Block("quote", items=tuple(ps)), text)
            else:
                walk(c)

    walk(root)
    blocks = blocks[LEAD.get(name, 0):len(blocks) - TRIM.get(name, 0)]
    blocks = [b for b in blocks if not DROP.match(frag_text(b.html or " ".join(b.items)))]
    while blocks and blocks[-1].kind == "h":
        blocks.pop()
    # a heading directly followed by another heading: keep the second only
    blocks = [b for i, b in enumerate(blocks)
              if not (b.kind == "h" and i + 1 < len(blocks) and blocks[i + 1].kind == "h")]
    title = TITLE_FIX.get(name) or norm(meta.get("title") or "")
    return Source(name, title, LANG_FIX.get(name) or (meta.get("lang") or "en")[:2].lower(), blocks)


_SOURCES: dict[str, Source] = {}


def src(name: str) -> Source:
    if name not in _SOURCES:
        _SOURCES[name] = load_source(name)
    return _SOURCES[name]


EN_POOL = ["nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "bbc-1", "guardian-1", "cnn",
           "wapo-1", "wapo-2", "yahoo-1", "yahoo-3", "seattletimes-1", "telegraph",
           "herald-sun-1", "msn", "medium-1", "medium-2", "ars-1", "engadget", "theverge",
           "buzzfeed-1", "salon-1", "quanta-1", "citylab-1", "breitbart", "cnet",
           "medicalnewstoday", "webmd-1", "tmz-1", "wordpress", "spiceworks"]


# --------------------------------------------------------------------------- synthetic foreign teasers
# (clutter only: short stories written for this benchmark, in the page's language)

FOREIGN_STORIES = {
    "fr": [
        ("Grève dans les transports : le trafic fortement perturbé lundi en Île-de-France", [
            "La RATP prévoit un métro sur deux aux heures de pointe et la fermeture de plusieurs "
            "stations du centre de Paris, à l'appel de quatre syndicats opposés à la réforme des "
            "régimes de retraite.",
            "Sur le réseau SNCF, seuls trois TER sur cinq circuleront en Normandie et dans les "
            "Hauts-de-France. La direction conseille aux voyageurs de reporter leurs déplacements "
            "ou de privilégier le télétravail lorsque c'est possible.",
            "Les organisations syndicales doivent se réunir mardi soir pour décider d'une "
            "éventuelle reconduction du mouvement jusqu'à la fin de la semaine."]),
        ("Le prix de l'électricité va augmenter de 10 % au 1er février", [
            "La Commission de régulation de l'énergie a proposé mardi une hausse des tarifs "
            "réglementés qui concernera près de vingt millions de foyers, soit une facture "
            "alourdie d'environ cent cinquante euros par an pour un ménage chauffé à l'électricité.",
            "Le gouvernement, qui avait gelé les prix pendant la crise énergétique, assure que le "
            "bouclier tarifaire sera progressivement levé et que les ménages modestes "
            "bénéficieront d'un chèque énergie revalorisé."]),
        ("Tour de France 2027 : un parcours montagneux et une arrivée inédite à Nice", [
            "Les organisateurs ont dévoilé jeudi un tracé comprenant cinq arrivées au sommet, "
            "dont une ascension finale du col de la Bonette, et seulement quarante kilomètres "
            "de contre-la-montre individuel.",
            "Pour la deuxième fois de son histoire, la Grande Boucle ne se terminera pas sur les "
            "Champs-Élysées : le dernier jour, les coureurs s'affronteront lors d'un "
            "contre-la-montre entre Monaco et la promenade des Anglais."]),
    ],
    "de": [
        ("Bahn-Streik: Zahlreiche Zugausfälle im Fernverkehr erwartet", [
            "Die Lokführergewerkschaft hat ihre Mitglieder erneut zu einem Ausstand aufgerufen. "
            "Ab Mittwochmorgen sollen bundesweit Fern-, Regional- und Güterzüge bestreikt werden, "
            "teilte die Gewerkschaft am Montagabend mit.",
            "Die Deutsche Bahn kündigte einen Notfahrplan an und rät Reisenden, nicht notwendige "
            "Fahrten zu verschieben. Bereits gekaufte Fahrkarten behalten ihre Gültigkeit und "
            "können flexibel genutzt werden.",
            "Die Tarifverhandlungen waren in der vergangenen Woche ohne Ergebnis abgebrochen "
            "worden; strittig sind vor allem die Arbeitszeit und die Laufzeit des Vertrags."]),
        ("Sicherheitsupdate: Hersteller schließt kritische Lücke in älteren Smartphones", [
            "Mit einem außerplanmäßigen Update reagiert der Hersteller auf eine Schwachstelle, "
            "die nach Angaben von Sicherheitsforschern bereits aktiv ausgenutzt wird. Betroffen "
            "sind Geräte, die seit mehreren Jahren keine Funktionsupdates mehr erhalten.",
            "Nutzer sollten die Aktualisierung so bald wie möglich einspielen. Sie steht über die "
            "Softwareaktualisierung in den Einstellungen zur Verfügung und ist rund 300 Megabyte "
            "groß."]),
        ("Strompreise: Viele Haushalte zahlen im Januar weniger", [
            "Mehr als hundert Grundversorger senken zum Jahreswechsel ihre Tarife, wie eine "
            "Auswertung eines Vergleichsportals zeigt. Im Schnitt sinken die Preise um knapp "
            "acht Prozent.",
            "Verbraucherschützer raten dennoch, die eigenen Verträge zu prüfen: Wer noch in einem "
            "teuren Altvertrag steckt, kann durch einen Wechsel oft mehrere hundert Euro im Jahr "
            "sparen."]),
    ],
    "es": [
        ("El Gobierno anunció un aumento de las tarifas del transporte público a partir de enero", [
            "El boleto mínimo de colectivo pasará a costar un veinte por ciento más desde el "
            "primer día hábil del año, según la resolución publicada este martes en el Boletín "
            "Oficial.",
            "Las asociaciones de usuarios cuestionaron la medida y advirtieron que el incremento "
            "se suma a las subas ya aplicadas en los servicios de luz, gas y agua durante los "
            "últimos meses.",
            "Desde el Ministerio de Transporte explicaron que los subsidios se mantendrán para "
            "jubilados, estudiantes y beneficiarios de planes sociales."]),
        ("Ola de calor: alerta amarilla en diez provincias y récord de consumo eléctrico", [
            "El Servicio Meteorológico Nacional emitió una alerta por temperaturas extremas que "
            "podrían superar los cuarenta grados durante el fin de semana en el centro y el norte "
            "del país.",
            "La demanda de energía alcanzó el lunes un nuevo máximo histórico y las distribuidoras "
            "reportaron cortes en varios barrios del conurbano."]),
        ("La selección venció a Uruguay y quedó como único líder de las eliminatorias", [
            "Con un gol en el segundo tiempo, el equipo nacional se impuso en un estadio colmado "
            "y sumó su quinta victoria consecutiva en el camino hacia el próximo Mundial.",
            "El entrenador destacó el esfuerzo del plantel y adelantó que habrá cambios para el "
            "partido del martes, en la altura de La Paz."]),
    ],
    "ja": [
        ("東京都、来年度から高校授業料の実質無償化を所得制限なしで実施へ", [
            "東京都は、都内に住む高校生のいる世帯を対象に、私立高校を含めた授業料の実質無償化を来年度から所得制限なしで実施する方針を固めた。",
            "対象となる生徒はおよそ三十万人にのぼる見込みで、関連する経費は来年度予算案に盛り込まれる。都の担当者は「家庭の経済状況にかかわらず学びを選べる環境を整えたい」と話している。"]),
        ("新幹線、大雪の影響で一部区間の運転を見合わせ", [
            "強い冬型の気圧配置の影響で、北陸地方を中心に大雪となり、JRは北陸新幹線の一部区間で終日運転を見合わせると発表した。",
            "気象庁によると、今後二十四時間の降雪量は多いところで七十センチに達する見込みで、交通障害や落雪に十分な注意が必要だとしている。"]),
        ("スマホ決済の利用額、初めて年間百兆円を突破", [
            "業界団体がまとめた調査によると、スマートフォンを使ったキャッシュレス決済の年間利用額が初めて百兆円を超えた。",
            "ポイント還元キャンペーンの拡大や、公共料金の支払いへの対応が進んだことが背景にあるとみられる。一方で、高齢者の利用率は依然として低い水準にとどまっている。"]),
    ],
    "zh": [
        ("多地迎来大范围降温 气象部门提醒注意防寒保暖", [
            "受强冷空气影响，北方多地气温将在未来三天下降八到十二摄氏度，局地降温幅度超过十五摄氏度，并伴有大风和降雪天气。",
            "气象部门提醒，公众应及时添加衣物，农业设施要做好防风加固工作，驾车出行需注意道路结冰。"]),
        ("新能源汽车销量持续增长 充电设施建设提速", [
            "最新数据显示，今年前十个月新能源汽车销量同比增长超过三成，市场渗透率首次突破百分之四十。",
            "与此同时，各地加快建设公共充电桩，高速公路服务区充电设施覆盖率已达到九成以上。"]),
        ("科学家发现深海新物种 或为研究生命演化提供线索", [
            "科研团队在南海两千米以下的深海区域发现了一种此前未被记录的软体动物，其独特的发光结构引起了研究人员的关注。",
            "专家表示，这一发现有助于进一步了解深海生态系统，也为研究生命在极端环境中的适应机制提供了新的样本。"]),
    ],
    "pt": [
        ("Governo anuncia reajuste de 7% no salário mínimo a partir de janeiro", [
            "O novo valor foi confirmado nesta terça-feira pelo Ministério do Planejamento e deve "
            "beneficiar diretamente cerca de sessenta milhões de trabalhadores, aposentados e "
            "pensionistas.",
            "Economistas ouvidos pela reportagem afirmam que o aumento acima da inflação terá "
            "impacto nas contas da Previdência, mas deve estimular o consumo das famílias no "
            "primeiro semestre."]),
        ("Chuvas provocam alagamentos e deixam bairros sem energia na zona sul", [
            "Temporal com rajadas de vento de até noventa quilômetros por hora derrubou árvores e "
            "interrompeu o fornecimento de energia para mais de cem mil imóveis na noite de "
            "domingo.",
            "A Defesa Civil manteve o alerta para novas pancadas ao longo da semana e pediu que "
            "moradores de áreas de risco procurem abrigos temporários."]),
        ("Palmeiras vence clássico e se aproxima do título do Brasileirão", [
            "Com dois gols no segundo tempo, o time alviverde derrotou o rival diante de mais de "
            "quarenta mil torcedores e abriu cinco pontos de vantagem na liderança a três rodadas "
            "do fim.",
            "O técnico evitou falar em título e disse que o grupo precisa manter a concentração "
            "para o confronto fora de casa no próximo fim de semana."]),
    ],
}


# --------------------------------------------------------------------------- per-language strings

L10N = {
    "en": dict(read_also=["Read also:", "READ MORE:", "Related:", "Also read"],
               more=["More for you", "Up next", "Related", "Recommended for you", "Top stories"],
               cont="Continue reading", by="By", share="Share this article",
               comments="Comments", trending="Trending now", popular="Most popular",
               tags="Tags:", newsletter=("Get the Morning Briefing",
                                         "The day's biggest stories, explained, in your inbox every "
                                         "weekday before 7 a.m.", "Email address", "Sign up"),
               cookie="We use cookies and similar technologies to personalise content and ads, to "
                      "provide social media features and to analyse our traffic. You can change "
                      "your choices at any time in Privacy Settings.",
               cookie_btn=("Accept all", "Manage preferences"),
               paywall=("Subscribe to continue reading",
                        "You've read all your free articles this month. Get unlimited digital "
                        "access for just $1 a week for the first year. Cancel anytime.",
                        "Subscribe now", "Already a subscriber? Log in"),
               ago=["{n}h ago", "{n} hours ago", "{n} min ago", "1d", "{n} hrs ago"],
               months=["January", "February", "March", "April", "May", "June", "July", "August",
                       "September", "October", "November", "December"],
               nav=["World", "U.S.", "Politics", "Business", "Tech", "Science", "Health",
                    "Sports", "Entertainment", "Opinion"],
               footer="All rights reserved. Privacy Policy · Terms of Service · Cookie Settings · "
                      "Advertise with us · Contact"),
    "fr": dict(read_also=["Lire aussi :", "À lire aussi"], more=["À lire aussi", "Sur le même sujet"],
               cont="Lire la suite", by="Par", share="Partager", comments="Commentaires",
               trending="Les plus lus", popular="Les plus partagés", tags="Mots-clés :",
               newsletter=("La lettre du matin", "Chaque matin, l'essentiel de l'actualité "
                           "sélectionné par la rédaction.", "Votre adresse e-mail", "S'inscrire"),
               cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou "
                      "technologies similaires pour stocker et accéder à des informations "
                      "personnelles comme votre visite sur ce site.",
               cookie_btn=("Accepter et fermer", "Paramétrer les cookies"),
               paywall=("Cet article est réservé aux abonnés",
                        "Profitez de tous nos articles sans limite pour 1 € le premier mois, "
                        "sans engagement.", "Je m'abonne", "Déjà abonné ? Se connecter"),
               ago=["Il y a {n} h", "Il y a {n} heures", "Il y a {n} min"],
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                       "septembre", "octobre", "novembre", "décembre"],
               nav=["International", "Politique", "Société", "Économie", "Culture", "Sport",
                    "Idées", "Planète"],
               footer="Tous droits réservés. Mentions légales · Charte de confidentialité · "
                      "Gestion des cookies · Nous contacter"),
    "de": dict(read_also=["Lesen Sie auch:", "Mehr zum Thema:"], more=["Das könnte Sie auch interessieren",
                                                                        "Weitere Meldungen"],
               cont="Weiterlesen", by="Von", share="Artikel teilen", comments="Kommentare",
               trending="Meistgelesen", popular="Top-Artikel", tags="Schlagwörter:",
               newsletter=("Newsletter abonnieren", "Die wichtigsten Meldungen des Tages – "
                           "jeden Morgen kostenlos in Ihrem Postfach.", "E-Mail-Adresse",
                           "Jetzt anmelden"),
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen "
                      "zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
               cookie_btn=("Alle akzeptieren", "Einstellungen"),
               paywall=("Weiterlesen mit Plus", "Lesen Sie alle Artikel für 4,99 € im Monat. "
                        "Jederzeit kündbar.", "Jetzt abonnieren", "Bereits Abonnent? Anmelden"),
               ago=["vor {n} Std.", "vor {n} Minuten", "vor {n} Stunden"],
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                       "September", "Oktober", "November", "Dezember"],
               nav=["News", "Politik", "Wirtschaft", "Digital", "Wissen", "Kultur", "Sport"],
               footer="Alle Rechte vorbehalten. Impressum · Datenschutz · Cookies & Tracking · "
                      "Kontakt"),
    "es": dict(read_also=["Leé también:", "LEA TAMBIÉN:"], more=["Más noticias", "Te puede interesar"],
               cont="Seguir leyendo", by="Por", share="Compartir", comments="Comentarios",
               trending="Lo más leído", popular="Más vistas", tags="Temas:",
               newsletter=("Newsletter diaria", "Recibí cada mañana las noticias más importantes "
                           "del día en tu correo.", "Tu email", "Suscribirme"),
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y "
                      "mostrarle publicidad relacionada con sus preferencias.",
               cookie_btn=("Aceptar", "Configurar"),
               paywall=("Suscribite para seguir leyendo", "Accedé a todo el contenido sin "
                        "límites por un precio especial el primer mes.", "Suscribirme",
                        "¿Ya tenés una cuenta? Ingresá"),
               ago=["hace {n} horas", "hace {n} min", "hace {n} h"],
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                       "septiembre", "octubre", "noviembre", "diciembre"],
               nav=["Política", "Economía", "Sociedad", "El Mundo", "Deportes", "Opinión",
                    "Cultura"],
               footer="Todos los derechos reservados. Términos y condiciones · Política de "
                      "privacidad · Contacto"),
    "ja": dict(read_also=["あわせて読みたい", "関連記事："], more=["関連記事", "おすすめ記事"],
               cont="続きを読む", by="", share="この記事をシェア", comments="コメント",
               trending="アクセスランキング", popular="注目のニュース", tags="タグ：",
               newsletter=("メールマガジン登録", "主要ニュースを毎朝お届けします。", "メールアドレス", "登録する"),
               cookie="当サイトでは、サービス向上と広告配信のためにクッキーを使用しています。サイトを閲覧し続けることで、クッキーの使用に同意したものとみなされます。",
               cookie_btn=("同意する", "設定"),
               paywall=("続きは有料会員限定です", "月額550円ですべての記事が読み放題。初月無料。", "会員登録", "ログイン"),
               ago=["{n}時間前", "{n}分前"],
               months=[], nav=["国内", "国際", "経済", "エンタメ", "スポーツ", "IT", "科学", "地域"],
               footer="Copyright 無断転載を禁じます。 プライバシーポリシー ・ 利用規約 ・ お問い合わせ"),
    "zh": dict(read_also=["相关阅读：", "延伸阅读"], more=["相关新闻", "猜你喜欢"],
               cont="阅读全文", by="作者：", share="分享到", comments="网友评论",
               trending="热点排行", popular="热门文章", tags="标签：",
               newsletter=("订阅每日精选", "每天早上把最重要的新闻发送到您的邮箱。", "请输入邮箱", "立即订阅"),
               cookie="本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
               cookie_btn=("同意", "设置"),
               paywall=("开通会员继续阅读", "会员可无限阅读全部深度报道，首月仅需一元。", "立即开通", "已是会员？登录"),
               ago=["{n}小时前", "{n}分钟前"], months=[],
               nav=["首页", "时政", "国际", "财经", "科技", "文化", "体育", "探索"],
               footer="版权所有 未经授权禁止转载 关于我们 · 联系我们 · 隐私政策"),
    "pt": dict(read_also=["Leia também:", "LEIA MAIS"], more=["Mais lidas", "Veja também"],
               cont="Continuar lendo", by="Por", share="Compartilhar", comments="Comentários",
               trending="Em alta", popular="Mais lidas", tags="Tópicos:",
               newsletter=("Receba a newsletter", "As principais notícias do dia no seu e-mail, "
                           "de segunda a sexta.", "Seu e-mail", "Cadastrar"),
               cookie="Usamos cookies para personalizar anúncios e melhorar a sua experiência no "
                      "site. Ao continuar navegando, você concorda com a nossa Política de "
                      "Privacidade.",
               cookie_btn=("Aceitar", "Configurações"),
               paywall=("Assine para continuar lendo", "Tenha acesso ilimitado a todo o conteúdo "
                        "por R$ 1,90 no primeiro mês.", "Assine já", "Já é assinante? Entre"),
               ago=["há {n} horas", "há {n} min"],
               months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                       "agosto", "setembro", "outubro", "novembro", "dezembro"],
               nav=["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Opinião"],
               footer="Todos os direitos reservados. Termos de uso · Política de privacidade · "
                      "Atendimento"),
}

AUTHORS = {
    "en": ["Sarah Whitfield", "Daniel Okafor", "Maria Gonzalez", "James Holloway", "Priya Raman",
           "Tom Becker", "Emily Chen", "Marcus Reid", "Hannah Lowe", "Oliver Grant"],
    "fr": ["Claire Dubois", "Julien Marchand", "Sophie Lefèvre"],
    "de": ["Jan Becker", "Katrin Müller", "Stefan Wagner"],
    "es": ["Martina Fernández", "Lucas Herrera", "Valentina Ruiz"],
    "ja": ["佐藤 健太", "山本 美咲", "田中 浩二"],
    "zh": ["李明", "王晓燕", "张伟"],
    "pt": ["Ana Carolina Souza", "Rafael Oliveira", "Juliana Costa"],
}

COMMENTS = {
    "en": [
        "This is exactly what I've been saying for years. Nobody in charge wants to listen until "
        "it's too late.",
        "Great reporting. Would love a follow-up piece on what happens next.",
        "I read the whole thing and still don't understand why this took so long. Somebody should "
        "be held accountable.",
        "My brother-in-law works in this industry and he says the real story is much more "
        "complicated than this.",
        "Honestly, the headline is misleading. Read past the first paragraph before you get angry, "
        "people.",
        "Thanks for covering this. Local outlets have completely ignored it.",
        "Same thing happened in our town two years ago. Nothing changed afterwards.",
        "Does anyone have a link to the original report? I'd like to read it myself.",
        "I canceled my subscription last year but articles like this make me reconsider.",
        "Can we please get some numbers instead of anecdotes? The data matters here.",
        "Not surprised at all. Follow the money and it always leads to the same place.",
        "This comment section is a perfect example of why we can't have nice things.",
    ],
    "fr": ["Article très intéressant, merci pour ce travail d'enquête.",
           "On nous ressert les mêmes promesses depuis dix ans, rien ne change vraiment.",
           "Quelqu'un a-t-il lu le rapport complet ? Les chiffres cités me semblent incomplets."],
    "de": ["Sehr informativer Artikel, danke dafür. Ich nutze das Programm seit Jahren.",
           "Schade, dass die Funktion erst jetzt kommt. Die Konkurrenz kann das schon lange.",
           "Weiß jemand, ob das Update auch für die ältere Version erscheint?"],
    "es": ["Excelente nota, muy clara. Ojalá se escuche a todas las partes.",
           "Siempre lo mismo, nadie se hace cargo del problema de fondo.",
           "Me gustaría saber qué opinan las comunidades afectadas, no solo los políticos."],
    "ja": ["公衆無線LANは便利だけど、やっぱり不安だったので助かります。",
           "有料なのが残念。無料のVPNアプリでも十分では？",
           "ホテルのWi-Fiを使うことが多いので検討してみます。"],
    "zh": ["原来太空中喝酒这么麻烦，长知识了。", "宇航员的生活真不容易，向他们致敬！",
           "希望以后能看到更多这样的科普文章。"],
    "pt": ["Finalmente alguém admite o erro. Demorou, mas veio.",
           "Futebol e política não deveriam se misturar, simples assim.",
           "Matéria muito bem escrita, parabéns à equipe."],
}

TABOOLA_ADS = [
    ("Doctors Stunned: This Simple Morning Habit Relieves Joint Pain", "Health Insider Daily"),
    ("Homeowners Are Trading In Their Doorbell Cams For This $49 Gadget", "SmartHome Deals"),
    ("The Most Beautiful Beach Towns You've Never Heard Of", "TravelPulse"),
    ("Here's What a Walk-In Tub Should Cost You in 2026", "Bath Remodel Quotes"),
    ("Seniors Born Before 1965 Are Entitled To These Benefits", "Benefits Guide"),
    ("This Credit Card Has 0% Interest Until 2028", "CompareCards"),
    ("Surgeon: If You Have Belly Fat, Try This Tonight", "Gundry MD"),
    ("Forget Expensive Solar Panels, Do This Instead", "EnergyBillCruncher"),
]

PROVIDERS = [("Reuters", "reuters"), ("The Independent", "independent"), ("USA TODAY", "usatoday"),
             ("Business Insider", "businessinsider"), ("CBS News", "cbsnews"),
             ("Associated Press", "apnews"), ("HuffPost", "huffpost"), ("Bloomberg", "bloomberg"),
             ("The Hill", "thehill"), ("People", "people"), ("Fox News", "foxnews"),
             ("NBC News", "nbcnews")]


# --------------------------------------------------------------------------- class-name styles

TW = ["flex", "flex-col", "grid", "gap-2", "gap-4", "mt-2", "mt-4", "mb-3", "mb-6", "px-4", "py-2",
      "p-3", "text-sm", "text-base", "text-lg", "font-serif", "font-sans", "leading-7",
      "text-gray-700", "text-neutral-900", "max-w-prose", "mx-auto", "w-full", "items-center",
      "rounded-lg", "border-b", "md:px-0", "lg:text-xl", "space-y-4", "relative", "hidden",
      "md:block", "tracking-tight", "dark:text-gray-200", "break-words", "overflow-hidden"]
NEUTRAL_COMPONENTS = ["Box", "Stack", "Grid", "Text", "Wrapper", "Container", "Layout", "Block",
                      "Panel", "Row", "Col", "Item", "Unit", "Frame"]


class Styler:
    """Class names for one page: the same role gets the same class all over the page."""

    def __init__(self, style: str, rng: random.Random):
        self.style, self.rng, self.memo = style, rng, {}

    def _hash(self, n: int = 5) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(n))

    def name(self, role: str) -> str:
        if role in self.memo:
            return self.memo[role]
        r, s = self.rng, self.style
        if s == "none":
            v = ""
        elif s == "neutral":
            v = f"{r.choice(['c', 'b', 'x', 'u', 'blk', 'w', 'm'])}{r.randint(1, 99)}"
        elif s == "tailwind":
            v = " ".join(r.sample(TW, r.randint(2, 6)))
        elif s == "modules":
            comp = r.choice(NEUTRAL_COMPONENTS)
            v = f"{comp}_{r.choice(['root', 'inner', 'item', 'wrap', 'body', 'text'])}__{self._hash()}"
        elif s == "sc":
            v = f"sc-{self._hash(6)} {self._hash(6)}"
        elif s == "emotion":
            v = f"css-{self._hash(6).lower()}" + (f" e{r.randint(1, 9)}{self._hash(5).lower()}0"
                                                  if r.random() < 0.4 else "")
        elif s == "jsx":
            v = f"jsx-{r.randint(10**8, 10**10)} {r.choice(['', 'row', 'box'])}".strip()
        elif s == "wp":  # real WordPress theme/plugin names (descriptive, like real WP sites)
            v = WP_CLASSES.get(role, "")
        else:
            raise ValueError(s)
        self.memo[role] = v
        return v

    def c(self, role: str) -> str:
        v = self.name(role)
        return f' class="{v}"' if v else ""


WP_CLASSES = {
    "page": "site", "main": "site-main", "article": "post type-post status-publish format-standard "
    "hentry category-news", "header": "entry-header", "h1": "entry-title", "byline":
    "byline author vcard", "date": "posted-on", "body": "entry-content", "p": "", "fig":
    "wp-block-image size-large", "related": "jp-relatedposts", "related-item": "jp-relatedposts-post",
    "comments": "comments-area", "comment": "comment-body", "share": "sharedaddy sd-sharing-enabled",
    "tags": "tags-links", "sidebar": "widget-area", "widget": "widget widget_recent_entries",
    "footer": "site-footer", "nav": "main-navigation", "newsletter": "wp-block-jetpack-subscriptions",
    "bio": "author-info", "inline": "wp-block-group is-style-related", "card": "jp-relatedposts-post",
}


# --------------------------------------------------------------------------- small renderers

def slugify(text: str) -> str:
    s = re.sub(r"[^\w\s-]", "", text.lower())
    s = re.sub(r"[\s_]+", "-", s).strip("-")
    if CJK.search(s) or not re.search(r"[a-z]", s):
        return hashlib.md5(text.encode()).hexdigest()[:10]
    return s[:70].rstrip("-")


def fmt_date(lang: str, rng: random.Random, day: int, month: int, hour: int, minute: int,
             variant: int) -> str:
    m = L10N[lang]["months"]
    y = 2026
    if lang == "en":
        return [f"{m[month - 1]} {day}, {y}", f"{day} {m[month - 1]} {y}",
                f"{m[month - 1][:3]}. {day}, {y} {((hour - 1) % 12) + 1}:{minute:02d} "
                f"{'a.m.' if hour < 12 else 'p.m.'} ET",
                f"Updated {hour:02d}:{minute:02d} GMT, {day} {m[month - 1]} {y}",
                f"{month}/{day}/{y}"][variant % 5]
    if lang == "fr":
        return [f"Publié le {day} {m[month - 1]} {y} à {hour}h{minute:02d}",
                f"{day:02d}/{month:02d}/{y} {hour:02d}:{minute:02d}"][variant % 2]
    if lang == "de":
        return [f"{day:02d}.{month:02d}.{y}, {hour:02d}:{minute:02d} Uhr",
                f"{day}. {m[month - 1]} {y}"][variant % 2]
    if lang == "es":
        return [f"{day} de {m[month - 1]} de {y}", f"{day:02d}/{month:02d}/{y} {hour:02d}:{minute:02d}"][variant % 2]
    if lang == "pt":
        return [f"{day}.{m[month - 1][:3]}.{y} às {hour}h{minute:02d}",
                f"{day} de {m[month - 1]} de {y}"][variant % 2]
    if lang == "ja":
        return [f"{y}年{month}月{day}日 {hour}時{minute}分配信", f"{y}/{month}/{day}({'月火水木金土日'[day % 7]}) {hour}:{minute:02d}"][variant % 2]
    if lang == "zh":
        return [f"{y}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}", f"{y}年{month}月{day}日"][variant % 2]
    raise ValueError(lang)


def icon(rng: random.Random) -> str:
    d = " ".join(str(rng.randint(0, 24)) for _ in range(8))
    return (f'<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">'
            f'<path d="M{d}z"></path></svg>')


def heading(tag_variant: str, text_html: str, cls: str = "", level: int = 2) -> str:
    if tag_variant == "h":
        return f"<h{level}{cls}>{text_html}</h{level}>"
    if tag_variant == "role":
        return f'<div role="heading" aria-level="{level}"{cls}>{text_html}</div>'
    if tag_variant == "aspan":
        return f'<a href="#"{cls}><span>{text_html}</span></a>'
    if tag_variant == "div":
        return f"<div{cls}>{text_html}</div>"
    if tag_variant == "strong":
        return f"<p{cls}><strong>{text_html}</strong></p>"
    raise ValueError(tag_variant)


def render_blocks(blocks: list[Block], st: Styler | None, rng: random.Random | None,
                  inserts: dict[int, list[str]] | None = None, hvariant: str = "h",
                  wrap_p: bool = False) -> str:
    """The story body; with st=None the plain reference rendering."""
    out = []
    inserts = inserts or {}
    hint_attr = ' data-component="text"' if st is not None and getattr(st, "hints", False) else ""
    for i, b in enumerate(blocks):
        for ins in inserts.get(i, []):
            out.append(ins)
        if st is None:
            if b.kind == "p":
                out.append(f"<p>{b.html}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{b.html}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{i}</li>" for i in b.items) + f"</{b.kind}>")
            elif b.kind == "quote":
                out.append("<blockquote>" + "".join(f"<p>{p}</p>" for p in b.items) + "</blockquote>")
            elif b.kind == "fig":
                cap = f"<figcaption>{b.html}</figcaption>" if b.html else ""
                out.append(f'<figure><img src="{esc(b.src)}" alt="">{cap}</figure>')
            continue
        c = st.c
        if b.kind == "p":
            p = f"<p{c('p')}>{b.html}</p>"
            out.append(f'<div{c("pwrap")}{hint_attr}>{p}</div>' if wrap_p else p)
        elif b.kind == "h":
            out.append(heading(hvariant, b.html, c("h2")))
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}{c('list')}>" + "".join(f"<li{c('li')}>{i}</li>" for i in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "quote":
            out.append(f"<blockquote{c('quote')}>" + "".join(f"<p>{p}</p>" for p in b.items)
                       + "</blockquote>")
        elif b.kind == "fig":
            w, h = rng.choice([(1200, 800), (960, 640), (1024, 576)])
            cap = f"<figcaption{c('figcap')}>{b.html}</figcaption>" if b.html else ""
            out.append(f'<figure{c("fig")}><div{c("figimg")}><img src="{esc(b.src)}" alt="" '
                       f'width="{w}" height="{h}" loading="lazy" decoding="async"></div>{cap}</figure>')
    for ins in inserts.get(len(blocks), []):
        out.append(ins)
    return "\n".join(out)


# --------------------------------------------------------------------------- a page being built

HINT_CASES = {17}


class Page:
    def __init__(self, n: int, lang: str, style: str, site: str, domain: str):
        self.n, self.lang, self.site, self.domain = n, lang, site, domain
        self.rng = random.Random(SEED * 1000 + n)
        self.st = Styler(style, self.rng)
        self.clutter: list[str] = []
        self.used: set[str] = set()
        self.t = L10N[lang]
        # descriptive ids / data-testid attributes only on some pages (WordPress always has them)
        self.hints = style == "wp" or n in HINT_CASES or self.rng.random() < 0.3
        self.st.hints = self.hints

    def hint(self, attrs: str) -> str:
        """'k=v k2=v2' as HTML attributes, on pages that carry descriptive hints only."""
        if not self.hints:
            return ""
        return "".join(f' {k}="{v}"' for k, v in (a.split("=", 1) for a in attrs.split()))

    # ---- helpers
    def note(self, fragment: str) -> str:
        """Record a clutter block (its whole text) and return the fragment."""
        text = frag_text(fragment)
        if text and text not in self.clutter:
            self.clutter.append(text)
        return fragment

    def pick(self, pool: list[str], k: int) -> list[Source]:
        names = [n for n in pool if n not in self.used]
        chosen = self.rng.sample(names, k)
        self.used.update(chosen)
        return [src(c) for c in chosen]

    def author(self) -> str:
        return self.rng.choice(AUTHORS[self.lang])

    def ago(self) -> str:
        return self.rng.choice(self.t["ago"]).format(n=self.rng.randint(1, 11))

    def date(self, variant: int | None = None) -> tuple[str, str]:
        r = self.rng
        day, month, hour, minute = r.randint(1, 28), r.randint(1, 11), r.randint(6, 22), r.randint(0, 59)
        iso = f"2026-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z"
        return iso, fmt_date(self.lang, r, day, month, hour, minute,
                             r.randint(0, 9) if variant is None else variant)

    def url_for(self, title: str, section: str = "news") -> str:
        r = self.rng
        slug = slugify(title)
        return r.choice([
            f"https://{self.domain}/{section}/{slug}-{r.randint(10**7, 10**8)}",
            f"https://{self.domain}/{section}/2026/11/{r.randint(1, 28):02d}/{slug}/",
            f"https://{self.domain}/{section}/{slug}/ar-AA{r.randint(10**5, 10**6)}",
            f"https://{self.domain}/{slug}.html",
        ])

    # ---- article parts
    def byline(self, name: str, iso: str, date_text: str, variant: int) -> str:
        c, by = self.st.c, self.t["by"]
        by_txt = f"{by} {name}".strip()
        v = variant % 5
        if v == 0:
            return (f'<div{c("meta")}><address{c("byline")}>{by} <a rel="author" href="/author/'
                    f'{slugify(name)}">{name}</a></address> <time datetime="{iso}"{c("date")}>'
                    f"{date_text}</time></div>")
        if v == 1:
            return (f'<div{c("meta")}><span{c("byline")}>{by_txt}</span><span{c("sep")}> · </span>'
                    f'<span{c("date")}>{date_text}</span></div>')
        if v == 2:
            return f'<p{c("byline")}>{by_txt}</p><p{c("date")}>{date_text}</p>'
        if v == 3:
            img = f'<img src="https://{self.domain}/authors/{slugify(name)}.jpg" alt="{name}" width="40" height="40">'
            return (f'<div{c("meta")}{self.hint("data-testid=byline")}>{img}<div><a href="/by/{slugify(name)}"'
                    f'{c("byline")}>{name}</a><div{c("date")}><time datetime="{iso}">{date_text}'
                    f"</time></div></div></div>")
        return (f'<div{c("meta")}><span{c("byline")} itemprop="author">{name}</span>\n'
                f'<time{c("date")} datetime="{iso}" itemprop="datePublished">{date_text}</time></div>')

    def share_bar(self, note: bool = True) -> str:
        c, r = self.st.c, self.rng
        nets = r.choice([["Facebook", "X", "Email", "Copy link"],
                         ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email"],
                         ["Share", "Tweet", "Pin", "Email", "Print"]])
        label = self.t["share"] if r.random() < 0.7 else ""
        items = "\n".join(f'<li{c("share-item")}><a href="#" aria-label="{n}"{c("share-link")}>'
                          f"{icon(r)}<span>{n}</span></a></li>" for n in nets)
        frag = (f'<div{c("share")}{self.hint("data-testid=share-bar")}>'
                + (f"<span{c('share-label')}>{label}</span>\n" if label else "")
                + f'<ul{c("share-list")}>{items}</ul></div>')
        return self.note(frag) if note else frag

    def article_header(self, title: str, name: str, iso: str, date_text: str, bvariant: int,
                       kicker: str = "") -> str:
        c = self.st.c
        k = f'<a href="/{slugify(kicker)}"{c("kicker")}>{kicker}</a>\n' if kicker else ""
        return (f'<header{c("header")}>{k}<h1{c("h1")}>{esc(title)}</h1>\n'
                f"{self.byline(name, iso, date_text, bvariant)}</header>")

    def full_article(self, s: Source, *, url: str, wrapper: str = "article", bvariant: int = 0,
                     inserts=None, hvariant: str = "h", wrap_p: bool = False, share: bool = True,
                     note_share: bool = True, attrs: str = "", kicker: str = "",
                     extra_end: str = "", blocks=None) -> tuple[str, str]:
        """An article element; returns (html, body_html)."""
        c = self.st.c
        iso, dt = self.date()
        body = render_blocks(blocks or s.blocks, self.st, self.rng, inserts, hvariant, wrap_p)
        sb = self.share_bar(note_share) if share else ""
        inner = (self.article_header(s.title, self.author(), iso, dt, bvariant, kicker) + "\n" + sb
                 + f'\n<div{c("body")}{self.hint("data-testid=article-body")}>\n{body}\n{extra_end}</div>')
        return (f'<{wrapper}{c("article")} data-url="{url}"{attrs}>\n{inner}\n</{wrapper}>', body)

    # ---- clutter blocks
    def excerpt(self, s: Source, sentences: int) -> str:
        text = s.para_texts()[0] if s.para_texts() else ""
        if CJK.search(text):
            parts = re.split(r"(?<=。)", text)
        else:
            parts = re.split(r"(?<=[.!?])\s+", text)
        return " ".join(p for p in parts[:sentences] if p).strip()

    def read_also(self, s: Source, with_excerpt: bool = True) -> str:
        c, r = self.st.c, self.rng
        label = r.choice(self.t["read_also"])
        url = self.url_for(s.title)
        ex = f'<p{c("ra-ex")}>{esc(self.excerpt(s, r.randint(1, 2)))}</p>' if with_excerpt else ""
        img = (f'<img src="https://img.{self.domain}/thumb/{slugify(s.title)}.jpg" alt="" '
               f'width="160" height="90">' if r.random() < 0.5 else "")
        variant = r.randint(0, 2)
        if variant == 0:
            frag = (f'<aside{c("inline")}><span{c("ra-label")}>{label}</span>\n{img}'
                    f'<a href="{url}"{c("ra-link")}>{esc(s.title)}</a>{ex}</aside>')
        elif variant == 1:
            frag = (f'<div{c("inline")}{self.hint("data-type=related-inline")}><p{c("ra-p")}><strong>{label}'
                    f'</strong> <a href="{url}">{esc(s.title)}</a></p>{ex}</div>')
        else:
            frag = (f'<div{c("inline")}><a href="{url}"{c("ra-link")}>{img}<div><span>{label}'
                    f'</span>\n<span{c("ra-title")}>{esc(s.title)}</span></div></a>{ex}</div>')
        return self.note(frag)

    def feed_card(self, s: Source, *, n_paras: int, hvariant: str, cont: bool,
                  full: bool = True, as_article: bool = False) -> str:
        c, r = self.st.c, self.rng
        pname, plogo = r.choice(PROVIDERS) if self.lang == "en" else (
            r.choice(["AFP", "Agence", "EFE", "dpa", "共同通信", "Agência"]), "agency")
        url = self.url_for(s.title)
        paras = [b for b in s.blocks if b.kind in ("p", "h", "ul", "ol", "quote")]
        paras = paras if full and n_paras == 0 else paras[:n_paras]
        body = render_blocks(paras, self.st, r, hvariant=hvariant)
        self.note(body)
        more = (f'\n<a href="{url}"{c("cont")}>{self.t["cont"]}</a>' if cont else "")
        img = ""
        figs = [b for b in s.blocks if b.kind == "fig"]
        if figs and r.random() < 0.6:
            img = f'<img src="{esc(figs[0].src)}" alt=""{c("card-img")} loading="lazy">\n'
        wrap, cls, bcls = (("article", c("article"), c("body")) if as_article
                           else ("div", c("card"), c("card-body")))
        return (f'<{wrap}{cls} data-id="{r.randint(10**9, 10**10)}">\n'
                f'<div{c("prov")}><img src="https://{self.domain}/logos/{plogo}.png" alt="{pname}" '
                f'width="16" height="16"><span{c("prov-name")}>{pname}</span>'
                f'<span{c("ago")}>{self.ago()}</span></div>\n{img}'
                + (heading(hvariant, f'<a href="{url}">{esc(s.title)}</a>', c("card-h"), 3)
                   if hvariant != "aspan" else
                   f'<a href="{url}"{c("card-h")}><span>{esc(s.title)}</span></a>')
                + f'\n<div{bcls}>{body}</div>{more}\n</{wrap}>')

    def wp_related(self, sources: list[Source], heading_text: str = "Related") -> str:
        c, r = self.st.c, self.rng
        items = []
        for s in sources:
            iso, dt = self.date(0)
            items.append(f'<div{c("related-item")}><a href="{self.url_for(s.title)}"><img src="https://'
                         f'{self.domain}/wp-content/uploads/2026/10/{slugify(s.title)[:20]}-350x200.jpg" '
                         f'alt=""></a><h4><a href="{self.url_for(s.title)}">{esc(s.title)}</a></h4>'
                         f'<p{c("rel-date")}>{dt}</p><p{c("rel-ex")}>{esc(self.excerpt(s, 1))}</p></div>')
        return self.note(f'<div{c("related")}{self.hint("id=jp-relatedposts")}><h3{c("rel-h")}>{heading_text}</h3>'
                         + "\n".join(items) + "</div>")

    def taboola(self, k: int = 4, label: str = "You May Like") -> str:
        c, r = self.st.c, self.rng
        items = []
        for title, brand in r.sample(TABOOLA_ADS, k):
            items.append(f'<a href="https://trc.example-ads.com/click?id={r.randint(10**6, 10**7)}"'
                         f'{c("tb-item")}><img src="https://images.example-ads.com/{r.randint(10**5, 10**6)}.jpg" '
                         f'alt=""><span{c("tb-title")}>{title}</span><span{c("tb-brand")}>{brand} | '
                         f"Sponsored</span></a>")
        return self.note(f'<div{c("tb")}{self.hint("id=taboola-below-article data-placement=below")}>'
                         f'<div{c("tb-head")}><span>{label}</span>\n<span>Sponsored Links by Taboola</span>'
                         f"</div>\n" + "\n".join(items) + "</div>")

    def comments(self, k: int) -> str:
        c, r = self.st.c, self.rng
        texts = r.sample(COMMENTS[self.lang], min(k, len(COMMENTS[self.lang])))
        handles = ["jdub77", "Margaret T.", "northside_dad", "K. Alvarez", "readerinohio",
                   "Pete S", "annab", "skeptic2020", "LucieM", "hgross"]
        items = []
        for i, t in enumerate(texts):
            who = r.choice(handles)
            likes = r.randint(0, 240)
            items.append(f'<li{c("comment")}><div{c("c-head")}><img src="https://{self.domain}/avatars/'
                         f'{i}.png" alt="" width="32" height="32"><span{c("c-author")}>{who}</span>\n'
                         f'<span{c("c-time")}>{self.ago()}</span></div><p{c("c-text")}>{esc(t)}</p>'
                         f'<div{c("c-act")}><button>{UI[self.lang][1]}</button>\n<button>{likes} '
                         f'{UI[self.lang][2]}</button></div></li>')
        return self.note(f'<section{c("comments")}{self.hint("id=comments")}><h2{c("c-h")}>{self.t["comments"]} '
                         f'({len(items) + r.randint(10, 300)})</h2><ol{c("c-list")}>' + "\n".join(items)
                         + "</ol></section>")

    def newsletter(self) -> str:
        c = self.st.c
        h, txt, ph, btn = self.t["newsletter"]
        return self.note(f'<div{c("newsletter")}><h3{c("nl-h")}>{h}</h3><p{c("nl-p")}>{txt}</p>'
                         f'<form action="/subscribe" method="post"><input type="email" placeholder="{ph}" '
                         f'aria-label="{ph}"><button type="submit">{btn}</button></form></div>')

    def tags(self, words_: list[str]) -> str:
        c = self.st.c
        links = "\n".join(f'<a href="/tag/{slugify(w)}" rel="tag"{c("tag")}>{w}</a>' for w in words_)
        return self.note(f'<div{c("tags")}><span>{self.t["tags"]}</span>\n{links}</div>')

    def ranked(self, heading_text: str, titles: list[str], numbered: bool = True) -> str:
        c = self.st.c
        tag = "ol" if numbered else "ul"
        items = "\n".join(f'<li{c("rank-item")}>' + (f"<span{c('rank-n')}>{i}</span>\n" if numbered else "")
                          + f'<a href="{self.url_for(t)}">{esc(t)}</a></li>' for i, t in enumerate(titles, 1))
        return self.note(f'<div{c("rank")}><h2{c("rank-h")}>{heading_text}</h2><{tag}{c("rank-list")}>'
                         f"{items}</{tag}></div>")

    def cookie_banner(self) -> str:
        c = self.st.c
        a, b = self.t["cookie_btn"]
        return self.note(f'<div{c("cookie")}{self.hint("id=consent-banner")} role="dialog" aria-modal="true">'
                         f'<p>{self.t["cookie"]}</p><button>{a}</button>\n<button>{b}</button></div>')

    def paywall(self) -> str:
        c = self.st.c
        h, txt, btn, login = self.t["paywall"]
        return self.note(f'<div{c("paywall")}{self.hint("data-testid=paywall")}><h2>{h}</h2><p>{txt}</p>'
                         f'<a href="/subscribe"{c("pw-btn")}>{btn}</a>\n<p><a href="/login">{login}</a></p></div>')

    def podcast_promo(self) -> str:
        c = self.st.c
        return self.note(f'<div{c("promo")}><img src="https://{self.domain}/podcast/cover.jpg" alt="">'
                         f'<div><span{c("promo-k")}>PODCAST</span>\n<p{c("promo-t")}>The Daily Rundown: '
                         f"three stories you need to understand today, in twenty minutes, every weekday "
                         f"morning.</p><a href=\"/podcasts/rundown\">Listen now</a>\n<a href=\"/podcasts\">"
                         f"Subscribe on Apple Podcasts or Spotify</a></div></div>")

    def video_promo(self, title: str) -> str:
        c = self.st.c
        return self.note(f'<div{c("video")}{self.hint("data-testid=video-player")}><video poster="https://{self.domain}/v/'
                         f'poster.jpg" preload="none"></video><p{c("video-t")}>WATCH: {esc(title)}</p>'
                         f"<span>02:{self.rng.randint(10, 59)}</span></div>")

    def author_bio(self, name: str) -> str:
        c = self.st.c
        beats = ["covers national politics and elections", "writes about technology and the "
                 "companies that shape it", "reports on climate, energy and the environment"]
        return self.note(f'<div{c("bio")}><img src="https://{self.domain}/authors/{slugify(name)}-square.jpg" '
                         f'alt="{name}" width="80" height="80"><div><p{c("bio-name")}>{name}</p><p{c("bio-t")}>'
                         f"{name} {self.rng.choice(beats)}. Before joining the newsroom in 2019, "
                         f"{name.split()[0]} was a reporter at a regional daily in the Midwest.</p>"
                         f'<a href="/author/{slugify(name)}">More stories by {name}</a></div></div>')

    def ad_slot(self) -> str:
        c, r = self.st.c, self.rng
        return self.note(f'<div{c("ad")} data-ad-slot="{r.randint(10**6, 10**7)}"><span{c("ad-l")}>'
                         f'Advertisement · Scroll to continue with content</span><div id="div-gpt-ad-'
                         f'{r.randint(10**9, 10**10)}-0" style="min-height:250px"></div></div>')

    # ---- page chrome
    def site_header(self) -> str:
        c = self.st.c
        nav = "\n".join(f'<li><a href="/{slugify(x)}">{x}</a></li>' for x in self.t["nav"])
        return (f'<header{c("site-header")}><a href="/"{c("logo")}><img src="https://{self.domain}/logo.svg" '
                f'alt="{self.site}"></a><nav{c("nav")}><ul>{nav}</ul></nav>'
                f'<a href="/login"{c("login")}>{UI[self.lang][0]}</a></header>')

    def site_footer(self) -> str:
        c = self.st.c
        return (f'<footer{c("footer")}><p>© 2026 {self.site}. {self.t["footer"]}</p></footer>')

    def head(self, *, title_tag: str, url: str | None, og_title: str | None = None,
             canonical: bool = False, og: bool = False, jsonld: dict | None = None,
             description: str = "") -> str:
        parts = ['<meta charset="utf-8">',
                 '<meta name="viewport" content="width=device-width, initial-scale=1">',
                 f"<title>{esc(title_tag)}</title>"]
        if description:
            parts.append(f'<meta name="description" content="{esc(description)}">')
        if canonical and url:
            parts.append(f'<link rel="canonical" href="{url}">')
        if og:
            parts += [f'<meta property="og:title" content="{esc(og_title or title_tag)}">',
                      '<meta property="og:type" content="article">',
                      f'<meta property="og:site_name" content="{esc(self.site)}">']
            if url:
                parts.append(f'<meta property="og:url" content="{url}">')
        if jsonld:
            parts.append('<script type="application/ld+json">'
                         + json.dumps(jsonld, ensure_ascii=False) + "</script>")
        parts.append(f'<link rel="stylesheet" href="https://{self.domain}/static/css/main.{self.rng.randint(10**6, 10**7):x}.css">')
        parts.append(f'<script async src="https://{self.domain}/static/js/app.{self.rng.randint(10**6, 10**7):x}.js"></script>')
        return "\n".join(parts)

    def jsonld(self, s: Source, url: str, body: bool) -> dict:
        d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
             "url": url, "mainEntityOfPage": url, "datePublished": self.date()[0],
             "inLanguage": self.lang,
             "author": {"@type": "Person", "name": self.author()},
             "publisher": {"@type": "Organization", "name": self.site}}
        if body:
            d["articleBody"] = "\n\n".join(s.para_texts())
        return d

    def document(self, head: str, body: str) -> str:
        return (f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head>\n{head}\n</head>\n<body>\n'
                f'<div id="__next">\n{body}\n</div>\n<script>window.__APP_STATE__={{"page":"article",'
                f'"ads":true}};</script>\n</body>\n</html>\n')


# --------------------------------------------------------------------------- scenarios

@dataclass
class Built:
    page: str
    reference: str
    url: str
    title: str
    why: str
    sources: list
    clutter: list


def ident(p: Page, s: Source, url: str, mode: str, seo_title: str | None = None) -> str:
    """Page identity in <head>. mode: jsonld | jsonld-body | og | canonical | title | og+jsonld."""
    title_tag = seo_title or (f"{s.title} | {p.site}" if p.rng.random() < 0.6 else s.title)
    return p.head(title_tag=title_tag, url=url,
                  og="og" in mode, canonical="canonical" in mode or "og" in mode,
                  og_title=seo_title.split(" | ")[0] if seo_title else s.title,
                  jsonld=p.jsonld(s, url, "body" in mode) if "jsonld" in mode else None)


def seo(title: str, site: str, nwords: int = 6) -> str:
    w = title.split()
    short = " ".join(w[:nwords]).rstrip(",:;–-") if len(w) > nwords + 1 else title
    return f"{short} | {site}"


def insert_points(n_blocks: int, k: int, rng: random.Random) -> list[int]:
    lo, hi = 2, max(3, n_blocks - 2)
    pts = sorted(rng.sample(range(lo, hi), min(k, hi - lo)))
    return pts


def aggregator(n: int, main: str, *, style: str, lang: str = "en", cards: int = 4,
               heading_text: str | None = "", hvariant: str = "h", cont: bool = False,
               paras: int = 0, idmode: str = "og", seo_title: bool = False,
               pool: list[str] | None = None, foreign: int = 0, side: bool = False,
               as_article: bool = False, why: str) -> Built:
    p = Page(n, lang, style, "Newsfeed Start", "start.newsfeed-hub.com")
    s = src(main)
    p.used.add(main)
    c = p.st.c
    url = p.url_for(s.title)
    art, _ = p.full_article(s, url=url, bvariant=p.rng.randint(0, 4), share=p.rng.random() < 0.6,
                            wrap_p=style in ("sc", "modules"))
    feed = []
    for cs in p.pick(pool or EN_POOL, cards - foreign):
        feed.append(p.feed_card(cs, n_paras=paras or p.rng.choice([0, 0, 3, 4, 5, 6]),
                                hvariant=hvariant, cont=cont, as_article=as_article))
    for title, ps in p.rng.sample(FOREIGN_STORIES.get(lang, []), foreign):
        fake = Source("synthetic", title, lang, [Block("p", html=esc(x)) for x in ps])
        feed.append(p.feed_card(fake, n_paras=0, hvariant=hvariant, cont=cont, as_article=as_article))
    p.rng.shuffle(feed)
    if heading_text == "":
        heading_text = p.rng.choice(p.t["more"])
    htm = f"<h2{c('feed-h')}>{heading_text}</h2>\n" if heading_text else ""
    feed_html = f'<section{c("feed")}{p.hint("data-testid=feed")}>\n{htm}' + "\n".join(feed) + "\n</section>"
    aside = ""
    if side:
        titles = ([x.title for x in p.pick(EN_POOL, 5)] if lang == "en"
                  else [t for t, _ in FOREIGN_STORIES[lang]])
        aside = f'<aside{c("side")}>' + p.ranked(p.t["trending"], titles) + "</aside>"
    body = (p.site_header() + f'\n<main{c("main")}>\n<div{c("col")}>\n{art}\n{feed_html}\n</div>{aside}\n</main>\n'
            + p.site_footer())
    head = ident(p, s, url, idmode, seo(s.title, p.site) if seo_title else None)
    return Built(p.document(head, body), render_blocks(s.blocks, None, None), url, s.title, why,
                 [main] + sorted(p.used - {main}), p.clutter)


def infinite(n: int, names: list[str], *, style: str, lang: str = "en", same_markup: bool = True,
             main_index: int = 0, head_mode: str = "first", idmode: str = "og",
             why: str) -> Built:
    """names: the articles in page order; main_index: which one is the case's story.
    head_mode: 'first' (head describes the first article), 'main' (head canonical/og:url updated
    to the main one while <title> still names the first)."""
    p = Page(n, lang, style, "The Daily Courier", "www.dailycourier-news.com")
    srcs = [src(x) for x in names]
    p.used.update(names)
    c = p.st.c
    urls = [p.url_for(s.title) for s in srcs]
    arts = []
    alt = Styler("modules" if style != "modules" else "emotion", random.Random(SEED + n))
    for i, s in enumerate(srcs):
        if not same_markup and i > 0:
            saved, p.st = p.st, alt
        html_, body = p.full_article(s, url=urls[i], bvariant=(n + (0 if same_markup else i)) % 5,
                                     note_share=(i == 0), attrs=f' data-article-index="{i}"',
                                     wrap_p=style in ("sc",))
        if not same_markup and i > 0:
            p.st = saved
        if head_mode == "main" or main_index:
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                             "headline": s.title, "url": urls[i]}, ensure_ascii=False)
            html_ = html_.replace("\n", f'\n<script type="application/ld+json">{ld}</script>\n', 1)
        if i != main_index:
            p.note(body)
        arts.append(html_)
    if same_markup:
        stream = "\n".join(arts)
        content = f'<div{c("stream")}{p.hint("data-infinite-scroll=true")}>\n{stream}\n</div>'
    else:
        nxt = "\n".join(f'<div{c("next")}{p.hint("data-loaded=true")}>\n<div{c("next-label")}>'
                        f'{p.rng.choice(["Next article", "Up next", "Read next"])}</div>\n{a}\n</div>'
                        for a in arts[1:])
        content = (f'<main{c("main")}{p.hint("id=main-content")}>{arts[0]}</main>\n'
                   f'<section{c("nexts")}{p.hint("id=next-articles")}>\n{nxt}\n</section>')
    main = srcs[main_index]
    head_src, head_url = (srcs[0], urls[0]) if head_mode == "first" else (srcs[main_index], urls[main_index])
    head = ident(p, head_src, head_url, idmode)
    if head_mode == "main":  # SPA updated the link tags but <title> still names the first story
        head = re.sub(r"<title>.*?</title>", f"<title>{esc(srcs[0].title)} | {p.site}</title>", head)
    body = p.site_header() + "\n" + content + "\n" + p.site_footer()
    return Built(p.document(head, body), render_blocks(main.blocks, None, None), urls[main_index],
                 main.title, why, [names[main_index]] + [x for x in names if x != names[main_index]],
                 p.clutter)


def inbody(n: int, main: str, *, style: str, lang: str = "en", read_also: int = 0,
           wp_grid: int = 0, taboola: bool = False, ads: int = 0, idmode: str = "og",
           seo_title: bool = False, wrapper: str = "article", hvariant: str = "h",
           excerpt: bool = True, comments: int = 0, site=("The Morning Ledger", "www.morningledger.com"),
           why: str) -> Built:
    p = Page(n, lang, style, *site)
    s = src(main)
    p.used.add(main)
    c = p.st.c
    url = p.url_for(s.title)
    pool = EN_POOL if lang == "en" else [x for x in ("lemonde-1", "liberation-1", "heise", "la-nacion",
                                                     "folha", "yahoo-4") if src(x).lang == lang]
    inserts: dict[int, list[str]] = {}
    ra_sources = p.pick([x for x in pool if x not in p.used], min(read_also, len([x for x in pool if x not in p.used])))
    for pt, rs in zip(insert_points(len(s.blocks), read_also, p.rng), ra_sources):
        inserts.setdefault(pt, []).append(p.read_also(rs, excerpt))
    for pt in insert_points(len(s.blocks), ads, p.rng):
        inserts.setdefault(pt, []).append(p.ad_slot())
    end = []
    if wp_grid:
        end.append(p.wp_related(p.pick(EN_POOL, wp_grid), p.rng.choice(["Related", "Related Posts",
                                                                        "You might also like"])))
    if taboola:
        end.append(p.taboola(p.rng.randint(3, 6)))
    art, _ = p.full_article(s, url=url, wrapper=wrapper, bvariant=p.rng.randint(0, 4),
                            inserts=inserts, hvariant=hvariant, extra_end="\n".join(end),
                            wrap_p=style == "sc")
    after = p.comments(comments) if comments else ""
    body = p.site_header() + f'\n<main{c("main")}>\n{art}\n{after}\n</main>\n' + p.site_footer()
    head = ident(p, s, url, idmode, seo(s.title, p.site) if seo_title else None)
    return Built(p.document(head, body), render_blocks(s.blocks, None, None), url, s.title, why,
                 [main] + sorted(p.used - {main}), p.clutter)


def widgets(n: int, main: str, *, style: str, lang: str = "en", parts: list[str], idmode: str = "og",
            seo_title: bool = False, wrapper: str = "article", hvariant: str = "h",
            site=("Metro Daily Post", "www.metrodailypost.com"), why: str) -> Built:
    """parts: comments, newsletter, share, tags, trending, cookie, paywall, podcast, video,
    bio, popular, newsletter-mid, read-also (foreign)."""
    p = Page(n, lang, style, *site)
    s = src(main)
    p.used.add(main)
    c, r = p.st.c, p.rng
    url = p.url_for(s.title)
    author = p.author()
    inserts: dict[int, list[str]] = {}
    pts = iter(insert_points(len(s.blocks), 3, r))
    if "podcast" in parts:
        inserts.setdefault(next(pts), []).append(p.podcast_promo())
    if "video" in parts:
        other = p.pick(EN_POOL, 1)[0].title if lang == "en" else FOREIGN_STORIES[lang][0][0]
        inserts.setdefault(next(pts), []).append(p.video_promo(other))
    if "newsletter-mid" in parts:
        inserts.setdefault(next(pts), []).append(p.newsletter())
    if "read-also" in parts:
        t, ps = r.choice(FOREIGN_STORIES[lang])
        fake = Source("synthetic", t, lang, [Block("p", html=esc(x)) for x in ps])
        inserts.setdefault(next(pts), []).append(p.read_also(fake))
    end = []
    if "tags" in parts:
        tagw = {"en": ["Politics", "Economy", "World news", "Investigations"],
                "de": ["Passwort-Manager", "macOS", "Sicherheit", "Apps"],
                "fr": ["Politique", "Sécurité", "Assemblée nationale"],
                "es": ["Pueblos originarios", "Patagonia", "Conflicto"],
                "ja": ["セキュリティ", "Wi-Fi", "スマートフォン"],
                "pt": ["Futebol", "Corinthians", "Política"],
                "zh": ["航天", "宇航员", "科普"]}[lang]
        end.append(p.tags(tagw))
    if "bio" in parts:
        end.append(p.author_bio(author) if lang == "en" else "")
    if "newsletter" in parts:
        end.append(p.newsletter())
    if "paywall" in parts:
        end.append(p.paywall())
    art_html, _ = p.full_article(s, url=url, wrapper=wrapper, bvariant=r.randint(0, 4),
                                 inserts=inserts, hvariant=hvariant, share="share" in parts,
                                 extra_end="", wrap_p=style in ("sc", "modules"))
    # trailing widgets go right after the body, inside the article element
    art_html = art_html[: art_html.rindex(f"</{wrapper}>")] + "\n".join(end) + f"\n</{wrapper}>"
    after = p.comments(r.randint(4, 6)) if "comments" in parts else ""
    side = []
    titles = ([x.title for x in p.pick(EN_POOL, 5)] if lang == "en"
              else [t for t, _ in FOREIGN_STORIES[lang]])
    if "trending" in parts:
        side.append(p.ranked(p.t["trending"], titles))
    if "popular" in parts:
        more = [x.title for x in p.pick(EN_POOL, 4)] if lang == "en" else titles[::-1]
        side.append(p.ranked(p.t["popular"], more, numbered=False))
    aside = f'<aside{c("side")}>' + "\n".join(side) + "</aside>" if side else ""
    top = p.cookie_banner() + "\n" if "cookie" in parts else ""
    body = (top + p.site_header() + f'\n<div{c("layout")}>\n<main{c("main")}>\n{art_html}\n{after}\n'
            f"</main>\n{aside}\n</div>\n" + p.site_footer())
    head = ident(p, s, url, idmode, seo(s.title, p.site) if seo_title else None)
    return Built(p.document(head, body), render_blocks(s.blocks, None, None), url, s.title, why,
                 [main] + sorted(p.used - {main}), p.clutter)


# --------------------------------------------------------------------------- the 30 cases

def cases() -> list[tuple[int, callable]]:
    A, I, B, W = aggregator, infinite, inbody, widgets
    return [
        # 1. aggregator feeds of full-text stories
        (1, lambda n: A(n, "nytimes-2", style="modules", cards=4, heading_text="More for you",
                        idmode="jsonld", why="MSN-style aggregator: the story, then a 'More for you' "
                        "feed of four full-text stories with provider logo, name and relative time; "
                        "CSS-module class names, JSON-LD identity.")),
        (2, lambda n: A(n, "bbc-1", style="tailwind", cards=3, heading_text=None, hvariant="role",
                        idmode="og", why="Yahoo-style aggregator with NO feed heading: three full-text "
                        "provider stories follow the article; headings are div role=heading; Tailwind "
                        "utility classes.")),
        (3, lambda n: A(n, "wapo-1", style="none", cards=4, cont=True, paras=3, heading_text=None,
                        idmode="title", as_article=True, why="Aggregator with no class names at all: "
                        "four <article> cards of three paragraphs each with 'Continue reading' links, "
                        "marked up like the main article; only <title> as identity.")),
        (4, lambda n: A(n, "msn", style="sc", cards=3, heading_text="Up next", hvariant="aspan",
                        idmode="og+jsonld", why="Short main story (7 paragraphs) followed by three long "
                        "full-text stories under 'Up next'; styled-components classes; card headlines "
                        "as <a><span>.")),
        (5, lambda n: A(n, "telegraph", style="neutral", cards=5, heading_text="Related", paras=4,
                        seo_title=True, idmode="canonical", side=True, why="Daily8-style aggregator: "
                        "five 4-paragraph related cards plus a trending sidebar; <title> is a shortened "
                        "SEO title that differs from the h1.")),
        (6, lambda n: A(n, "seattletimes-1", style="emotion", cards=4, heading_text="Top stories",
                        hvariant="div", idmode="jsonld-body", as_article=True,
                        why="SmartNews/Flipboard-style: emotion css-xxxx classes; the four full-text "
                        "cards are <article>s with the same article/body classes as the main story, "
                        "card headlines as plain divs; JSON-LD with articleBody.")),
        # 2. infinite scroll
        (7, lambda n: I(n, ["nytimes-4", "ars-1", "webmd-1"], style="tailwind", same_markup=True,
                        why="Infinite scroll: the main article and two appended articles share exactly "
                        "the same markup and utility classes (h1, byline, share bar, body each).")),
        (8, lambda n: I(n, ["herald-sun-1", "cnet", "quanta-1"], style="neutral", same_markup=False,
                        why="Infinite scroll where the main article sits in <main> and two next "
                        "articles are appended in a separate section with different (CSS-module) "
                        "classes and 'Next article' labels.")),
        (9, lambda n: I(n, ["cnn", "guardian-1", "medicalnewstoday", "breitbart"], style="none",
                        same_markup=True, idmode="jsonld", why="Infinite scroll, no classes: a short "
                        "main article followed by three complete, longer articles with identical "
                        "markup.")),
        (10, lambda n: I(n, ["buzzfeed-1", "wapo-2", "theverge"], style="modules", same_markup=True,
                         main_index=1, head_mode="main", idmode="og",
                         why="Infinite scroll after the user scrolled: the case URL is the SECOND "
                         "article's (the SPA updated canonical/og:url, and each article carries its "
                         "own data-url and JSON-LD), but <title> still names the first article; the "
                         "main story is the second one, the article matching the URL.")),
        (11, lambda n: I(n, ["theverge", "ars-1", "salon-1"], style="sc", same_markup=True,
                         main_index=1, head_mode="first", idmode="og",
                         why="Infinite scroll after the user scrolled: the case URL is the SECOND "
                         "article's (found only in that article's data-url and its own JSON-LD; the "
                         "<head> canonical/og:url/<title> are stale and name the first); the main story "
                         "is the second one, the article matching the URL.")),
        # 3. related posts inside the article body container
        (12, lambda n: B(n, "nytimes-3", style="modules", read_also=3, seo_title=True, idmode="og",
                         why="Three 'Read also' inline boxes (linked headline + 1–2 sentence excerpt) "
                         "between paragraphs of the body; SEO <title> shorter than the h1.")),
        (13, lambda n: B(n, "wordpress", style="wp", wp_grid=3, comments=4, idmode="jsonld",
                         site=("WP Dev Weekly", "wpdevweekly.com"),
                         why="WordPress blog: Jetpack-style 'Related' grid (thumbnail, title, date, "
                         "excerpt) at the end of .entry-content, then a comments area; real WP class "
                         "names.")),
        (14, lambda n: B(n, "quanta-1", style="emotion", taboola=True, ads=2, idmode="og",
                         why="Taboola-like 'You May Like' sponsored widget and two ad slots inside the "
                         "article body container.")),
        (15, lambda n: B(n, "salon-1", style="neutral", read_also=2, excerpt=False, taboola=True,
                         wrapper="div", idmode="title", why="Daily Mail-like: inline 'READ MORE' "
                         "headline-only boxes plus an Outbrain-like sponsored block inside a <div> body; "
                         "neutral classes; only <title>.")),
        (16, lambda n: B(n, "medium-2", style="none", read_also=2, wp_grid=4, hvariant="strong",
                         idmode="canonical", site=("Notes on Language", "notesonlanguage.blog"),
                         why="Blog without classes: inline related boxes with excerpts and a 4-item "
                         "related posts grid at the end of the body; subheads as <p><strong>.")),
        (17, lambda n: B(n, "citylab-1", style="sc", read_also=2, taboola=True, hvariant="role",
                         idmode="og+jsonld", why="Next.js/styled-components page: data-testid "
                         "attributes, inline related boxes, sponsored recommendations at the end of the "
                         "body, headings as div role=heading.")),
        # 4. widgets
        (18, lambda n: W(n, "yahoo-3", style="tailwind", parts=["comments", "newsletter", "share", "tags"],
                         idmode="og", why="Widgets: share bar with icons, tag links, newsletter form "
                         "and a comment section with several real-looking comments.")),
        (19, lambda n: W(n, "nytimes-1", style="modules", parts=["paywall", "cookie", "trending", "popular",
                                                                  "share"],
                         seo_title=True, idmode="jsonld", why="Cookie banner, paywall prompt after the "
                         "body, 'Trending now' numbered list and 'Most popular' sidebar; SEO <title> "
                         "differs from the h1.")),
        (20, lambda n: W(n, "medicalnewstoday", style="sc", parts=["podcast", "bio", "share", "newsletter"],
                         idmode="og", why="Podcast promo mid-body, author bio box with photo, share "
                         "bar and newsletter box; styled-components classes.")),
        (21, lambda n: W(n, "breitbart", style="none", parts=["comments", "tags", "share", "trending",
                                                               "video"],
                         wrapper="div", idmode="title", why="No classes, <div> instead of <article>: "
                         "video promo mid-body, tags, share links, comment thread, trending list.")),
        (22, lambda n: W(n, "cnet", style="emotion", parts=["newsletter-mid", "tags", "popular", "bio"],
                         hvariant="role", idmode="og+jsonld", why="Newsletter signup box in the middle "
                         "of the body, tags and author bio after it, 'Most popular' sidebar; headings "
                         "as div role=heading.")),
        (23, lambda n: W(n, "yahoo-1", style="jsx", parts=["comments", "trending", "popular", "share",
                                                             "cookie", "newsletter"],
                         idmode="jsonld-body", why="Many widgets at once (cookie banner, share bar, "
                         "newsletter, comments, trending and most-popular lists); styled-jsx classes.")),
        # 5/6. other languages
        (24, lambda n: A(n, "lemonde-1", lang="fr", style="neutral", cards=3, foreign=2,
                         pool=["liberation-1"], heading_text="", idmode="og",
                         why="French aggregator: Le Monde story followed by three full-text French "
                         "stories (one real Libération article) with agency names and 'Il y a 2 h'.")),
        (25, lambda n: I(n, ["liberation-1", "lemonde-1"], lang="fr", style="modules", same_markup=True,
                         idmode="og", why="French infinite scroll: a short Libération story followed by "
                         "a complete longer appended article with identical markup.")),
        (26, lambda n: W(n, "heise", lang="de", style="tailwind",
                         parts=["read-also", "comments", "tags", "share", "trending"],
                         idmode="jsonld", why="German tech news: 'Lesen Sie auch' box mid-body, "
                         "Schlagwörter, Kommentare, Meistgelesen; German date format.")),
        (27, lambda n: A(n, "la-nacion", lang="es", style="sc", cards=3, foreign=3, pool=[],
                         heading_text="", hvariant="role", side=True, idmode="og+jsonld",
                         why="Spanish aggregator: opinion piece followed by three full-text Spanish "
                         "stories and a 'Lo más leído' list.")),
        (28, lambda n: W(n, "yahoo-4", lang="ja", style="emotion",
                         parts=["read-also", "comments", "trending", "share", "cookie"],
                         seo_title=False, idmode="og",
                         why="Japanese Yahoo!-style news page: あわせて読みたい box, comments, access "
                         "ranking, cookie notice.")),
        (29, lambda n: A(n, "folha", lang="pt", style="none", cards=3, foreign=3, pool=[],
                         heading_text="Veja também", cont=True, idmode="jsonld",
                         why="Portuguese news story followed by three full-text Portuguese stories "
                         "with 'Continuar lendo' links; no classes.")),
        (30, lambda n: W(n, "gmw", lang="zh", style="modules",
                         parts=["read-also", "newsletter", "paywall", "popular", "share"],
                         seo_title=True, idmode="canonical",
                         why="Chinese science page with a 相关阅读 box mid-body, newsletter, paywall "
                         "prompt and 热门文章 list; SEO <title> shortened from the h1.")),
    ]


# --------------------------------------------------------------------------- build / check / score

def build() -> None:
    total = 0
    for n, make in cases():
        b = make(n)
        d = SEEDS / f"{PREFIX}{n}"
        d.mkdir(exist_ok=True)
        (d / "page.html").write_text(b.page, encoding="utf-8")
        (d / "reference.html").write_text(b.reference + "\n", encoding="utf-8")
        case = {"url": b.url, "captured": CAPTURED, "group": "cluttered", "why": b.why,
                "source": "generated by tools/build_holdout.py (held-out set) from Mozilla "
                          f"Readability test-pages/{b.sources[0]} (main story)"
                          + (f" and {', '.join(b.sources[1:])} (clutter)" if len(b.sources) > 1 else "")
                          + "; page layout and widget texts are synthetic",
                "license": "Apache-2.0", "title": b.title, "clutter": b.clutter}
        (d / "case.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
        total += sum(f.stat().st_size for f in d.iterdir())
        print(f"{d.name}: {len(b.page) // 1024} KiB, {len(b.clutter)} clutter items")
    print(f"total {total / 1e6:.2f} MB")


def page_text(page: str) -> str:
    return el_text(lxml.html.document_fromstring(page.encode("utf-8")).find("body"))


def runs8(text: str) -> set:
    w = words(text)
    return {tuple(w[i:i + 8]) for i in range(len(w) - 7)}


def check() -> int:
    errors, total = [], 0
    dirs = sorted(SEEDS.glob(f"{PREFIX}*"), key=lambda d: int(d.name[len(PREFIX):]))
    for d in dirs:
        total += sum(f.stat().st_size for f in d.iterdir())
        try:
            case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{d.name}: case.json: {e}")
            continue
        for key in ("url", "captured", "group", "why", "source", "license", "title", "clutter"):
            if key not in case:
                errors.append(f"{d.name}: case.json lacks {key}")
        page = (d / "page.html").read_text(encoding="utf-8")
        ref = (d / "reference.html").read_text(encoding="utf-8")
        ptext = " " + " ".join(words(page_text(page))) + " "
        rtext = frag_text(ref)
        rwords = " " + " ".join(words(rtext)) + " "
        rruns = runs8(rtext)
        if case.get("title") and " " + " ".join(words(case["title"])) + " " not in ptext:
            errors.append(f"{d.name}: title not in page")
        for item in case.get("clutter", []):
            iw = " " + " ".join(words(item)) + " "
            if iw not in ptext:
                errors.append(f"{d.name}: clutter not in page: {item[:60]}")
            if iw in rwords:
                errors.append(f"{d.name}: clutter in reference: {item[:60]}")
            if runs8(item) & rruns:
                errors.append(f"{d.name}: clutter shares an 8-word run with the reference: {item[:60]}")
        root = lxml.html.fragment_fromstring(ref, create_parent="div")
        blocks = [el for el in root if isinstance(el.tag, str)]
        if not blocks:
            errors.append(f"{d.name}: empty reference")
        for el in blocks:
            t = frag_text(lxml.html.tostring(el, encoding="unicode"))
            if el.tag == "figure":
                img = el.find(".//img")
                if img is not None and esc(img.get("src")) not in page:
                    errors.append(f"{d.name}: reference image not in page: {img.get('src')}")
                if not t:
                    continue
            if " " + " ".join(words(t)) + " " not in ptext:
                errors.append(f"{d.name}: reference block not in page: {t[:60]}")
    if total > MAX_TOTAL_BYTES:
        errors.append(f"total size {total} > {MAX_TOTAL_BYTES}")
    for e in errors:
        print(e)
    print(f"{len(dirs)} cases, {total / 1e6:.2f} MB, {len(errors)} problems")
    return 1 if errors or len(dirs) != 30 else 0


def score() -> int:
    sys.path.insert(0, str(REPO / "server"))
    from collections import Counter

    import clearpage
    from clearpage import seeds

    rows = []
    dirs = sorted(SEEDS.glob(f"{PREFIX}*"), key=lambda d: int(d.name[len(PREFIX):]))
    for d in dirs:
        case = json.loads((d / "case.json").read_text(encoding="utf-8"))
        try:
            art = clearpage.clean((d / "page.html").read_bytes(), url=case["url"])
            out = art.text
        except Exception as e:  # noqa: BLE001
            out = ""
            print(f"{d.name}: error {e!r}")
        ref = seeds.words(" ".join(seeds.block_texts((d / "reference.html").read_text(encoding="utf-8"))))
        o = seeds.words(out)
        common = sum((Counter(o) & Counter(ref)).values())
        p = common / len(o) if o else 0.0
        r = common / len(ref) if ref else 0.0
        f1 = 2 * p * r / (p + r) if common else 0.0
        nout = norm(out)
        strict = [c for c in case["clutter"] if norm(c) in nout]
        fuzzy = seeds.find_leaks(out, tuple(case["clutter"]), " ".join(ref))
        rows.append((d.name, p, r, f1, len(strict), len(fuzzy), len(case["clutter"])))
    print(f"{'case':12} {'P':>5} {'R':>5} {'F1':>5} {'leak':>4} {'leak5g':>6} {'of':>3}")
    for name, p, r, f1, s, f, n in rows:
        print(f"{name:12} {p:5.2f} {r:5.2f} {f1:5.2f} {s:4d} {f:6d} {n:3d}")
    mean = sum(x[3] for x in rows) / len(rows)
    print(f"mean F1 {mean:.3f}; cases with a verbatim leak: {sum(1 for x in rows if x[4])}; "
          f"with any leak (verbatim or >share 5-grams): {sum(1 for x in rows if x[5])}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate the built cases")
    ap.add_argument("--score", action="store_true", help="run clearpage on the cases")
    args = ap.parse_args()
    if args.check:
        return check()
    if args.score:
        return score()
    build()
    return check()


if __name__ == "__main__":
    sys.exit(main())
