"""Heuristics as data: vocabularies grouped by concept, compiled once, each with why.

Class and id vocabularies come from Mozilla Readability.js (Apache-2.0), the field's
longest-lived set; they are hints that adjust scores, never the only reason to drop text.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

# schema.org types whose JSON-LD describes an article (Readability.js's list).
JSONLD_ARTICLE_TYPES = re.compile(
    r"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$")

# Class/id tokens of elements that carry a byline (Readability.js: byline|author|dateline|writtenby|p-author).
BYLINE_HINTS = re.compile(r"byline|author|dateline|writtenby|p-author", _I)

# --- content scoring (Readability.js vocabularies) ---
# Class/id tokens of page chrome that almost never holds the story; removed before
# scoring unless OK_MAYBE_CANDIDATE also matches (e.g. "main-header-and-content").
UNLIKELY_CANDIDATES = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", _I)
OK_MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|mathjax|shadow", _I)
# ARIA roles of chrome: navigation, dialogs, asides.
UNLIKELY_ROLES = frozenset({"menu", "menubar", "complementary", "navigation", "alert",
                            "alertdialog", "dialog"})
# Class/id weights: +/-CLASS_WEIGHT to an element's score.
POSITIVE_CLASS = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", _I)
NEGATIVE_CLASS = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
    r"media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
    r"shopping|tags|widget", _I)
# Share/social widgets inside the article container.
SHARE_ELEMENTS = re.compile(r"(\b|_)(share|sharedaddy)(\b|_)", _I)
# Embeds kept as video links: the players the reader view links to.
VIDEO_HOSTS = re.compile(
    r"//(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq|bilibili|live\.bilibili)"
    r"\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)", _I)
# A sentence end: short paragraphs that end like this are prose, not labels.
SENTENCE_END = re.compile(r"\.( |$)")

# --- story segmentation ---
# Headings that open a block of other stories. Multilingual because the heading is a
# strong hint where present; structure (repetition, story starts) decides without it.
RELATED_HEADING = re.compile(
    r"^\W*(related( articles?| stories| news| content| posts?| coverage| reading)?|"
    r"more (from|on|about|in|stories|news|articles|to read|like this|(live )?coverage)\b.*|"
    r"(read|up) next|what to read next|more stories|recommended( for you| reading| stories| articles)?|"
    r"you (may|might) (also )?(like|enjoy|be interested in).*|see also|also read|read also|"
    r"further reading|popular( now| stories| articles)?|most (read|popular|viewed|shared)|"
    r"trending( now| stories)?|latest( news| stories| articles)?|top stories|editor'?s picks|"
    r"don'?t miss|in other news|more headlines|other stories|keep reading|related topics|"
    r"lire aussi|à lire aussi|sur le même sujet|voir aussi|"
    r"mehr zum thema|das könnte sie auch interessieren|auch interessant|weitere artikel|lesen sie auch|"
    r"te puede interesar|también te puede interesar|noticias relacionadas|lee también|"
    r"leia também|notícias relacionadas|potrebbe interessarti|leggi anche|articoli correlati|"
    r"gerelateerde artikelen|lees ook|související články|čtěte také|powiązane artykuły|"
    r"czytaj także|relaterade artiklar|relaterte artikler|relaterede artikler|ilgili haberler|"
    r"aiheeseen liittyvät|читайте также|похожие статьи|по теме|"
    r"関連記事|関連ニュース|相关阅读|相关新闻|相關新聞|推荐阅读|관련 ?기사|"
    # "most read" in other languages
    r"lo más (leído|visto)|más leídas?|les plus (lus|populaires)|meistgelesen|am meisten gelesen|"
    r"più (letti|lette)|mais (lidas|lidos)|самое (читаемое|популярное)|nejčtenější|najczęściej czytane|"
    r"meest gelezen|mest lästa|よく読まれている記事|最も読まれた|热门文章|热门新闻|많이 본 뉴스|الأكثر قراءة|"
    r"ذات صلة|مقالات ذات صلة|اقرأ أيضا|קשורים|כתבות נוספות)\W*$", _I)
# Longest text a boundary heading can have (a label, not a sentence).
RELATED_HEADING_MAX_CHARS = 60

# --- metadata ---
# Containers a reader drops whole before it reads bylines (Readability.js removes these
# "unlikely candidates" while walking the page, so a byline inside one is never seen):
# page chrome by class/id, unless the class/id also names the story.
BYLINE_SKIP_CONTAINERS = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", _I)
BYLINE_KEEP_CONTAINERS = re.compile(r"and|article|body|column|content|main|mathjax|shadow", _I)
# ... and by ARIA role: navigation, dialogs, asides.
BYLINE_SKIP_ROLES = frozenset({"menu", "menubar", "complementary", "navigation", "alert",
                               "alertdialog", "dialog"})
# schema.org types that describe the page rather than the story: used only when no
# article type is present in the JSON-LD (their "name" is often "Headline | Site").
JSONLD_PAGE_TYPES = re.compile(r"^(WebPage|ItemPage|CollectionPage|AboutPage|WebSite)$")
# Lines that date or sign a story: the "source / time / byline" line next to a card's or
# a follow-up article's headline. Dates in numeric, ISO and month-name forms (several
# languages), clock times, relative times, and "By Name" bylines.
_MONTHS = (r"jan(uary|vier|uar|eiro)?|feb(ruary|rero)?|févr(ier)?|fév|mar(ch|s|zo|ço)?|märz|"
           r"apr(il)?|avr(il)?|abr(il)?|may|mai|mayo|maio|jun(e|i|io|ho)?|juin|jul(y|i|io|ho)?|"
           r"juil(let)?|aug(ust)?|août|ago(sto)?|sep(t|tember|tembre|tiembre)?|set(embro)?|"
           r"oct(ober|obre|ubre)?|okt(ober)?|out(ubro)?|nov(ember|embre|iembre)?|"
           r"dec(ember)?|déc(embre)?|dez(ember|embro)?|dic(iembre)?")
_TODAY_WORDS = (r"včera|dnes|wczoraj|dzisiaj|ayer|hoy|hier|aujourd'hui|gestern|heute|ieri|oggi|"
                r"gisteren|vandaag|ontem|hoje|вчера|сегодня|昨天|今天|昨日|今日|어제|오늘")
_YESTERDAY_WORDS = r"včera|wczoraj|ayer|hier|gestern|ieri|gisteren|ontem|вчера"
_UNITS = r"sec(ond)?|min(ute)?|h(ou)?r|day|week|month|year"
# Date forms that need no digit: "an hour ago", "yesterday", "Updated". Searched alone when a
# line has no digit at all, which is most lines: the whole DATE_LINE costs ten times more.
_WORD_DATES = (
    rf"\b(an?|one)\s+({_UNITS})s?\s+ago\b|\b(yesterday|today|just now)\b|^({_TODAY_WORDS})$|"
    rf"\s({_YESTERDAY_WORDS})$|\b(updated|published|posted)\b")
DATE_WORDS_LINE = re.compile(_WORD_DATES, _I)
DATE_LINE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|"
    rf"\b({_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+({_MONTHS})\b|"
    rf"\b\d+\s+({_UNITS})s?\s+ago\b|"
    r"\b\d+\s?(s|m|h|d|w|mo|y|mins?|hrs?)\s+ago\b|"
    # compact card times with no "ago": "The Independent · 16h", "USA TODAY 2h"
    r"(^|\s)\d{1,2}\s?(min|h|hr|hrs|d|w)(\s|$)|"
    r"\bil y a \d+|\bvor \d+ (minuten|stunden|tagen)|"
    r"\bhace \d+|\bhá \d+|\bpřed \d+|\b\d+ (minut|godzin|dni) temu\b|\b\d+ \w+ fa\b|"
    r"\b\d+ \w+ geleden\b|\b\d+ \w+ назад|\d+\s*(分|時間|日)前|\d+\s*(分钟|小时|天)前|\d+\s*(분|시간|일)\s*전|"
    + _WORD_DATES, _I)
DIGIT_RE = re.compile(r"\d")


def is_date_line(text: str) -> bool:
    """Does the line date a story (see DATE_LINE)?"""
    pattern = DATE_LINE if DIGIT_RE.search(text) else DATE_WORDS_LINE
    return pattern.search(text) is not None


BYLINE_LINE = re.compile(r"(?i:^(by|von|par|por|di|door|av|af)\s+\S+|^\W*(written|reported) by\b)|"
                         # "Words by Ana Ruiz", "Story by …", "Posted by …": a capitalised name
                         r"(?:^|\s)(?i:by|von|par|por|di|door)\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]+\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+")

# --- boilerplate inside the story container ---
# A run of two or more hashtags up to the end of the line ("#Korea #Nuclear-Test"). The
# quantifiers are possessive (Python 3.11+): a tag gives no character back to the separators
# and the separators stop before the next "#word", so a line splits one way only. With
# "#\w[\w-]*\W*" a run that does not end the line ("#a-" * 30 + " b") was retried in every
# one of its 2^n splits.
HASHTAG_RUN = r"(#\w[\w-]*+(?:[^\w#]|#(?!\w))*+){2,}$"
# Each group is matched against the whole text of a SHORT block (see boilerplate.py), anchored at
# its start, so a story sentence that merely mentions a newsletter or a comment is never hit:
# widgets are labels and calls to action, not sentences.
WIDGET_PATTERNS = {
    # "#Korea #Nuclear", or a "Hashtags"/"Tags" label over such a list. The tag run is
    # possessive (see HASHTAG_RUN).
    "hashtags": re.compile(r"^(hashtags?|tags|topics|schlagwörter|étiquettes|etiquetas|štítky)\W*$|"
                           "^" + HASHTAG_RUN + "|"
                           # "Topics: Science Tech World": the label with its short list
                           r"^(tags?|topics|themen|schlagwörter|thèmes|sujets|mots-clés|étiquettes|temas|"
                           r"etiquetas|argomenti|onderwerpen|tematy|štítky)\s*[:：]\s*\S.{0,120}$", _I),
    # Product promos: AI features, apps, premium.
    "promo": re.compile(r"^(read .{0,40}\bin (the|our) app\b|try it (free|now)|"
                        r"(new: )?ai summary\b|ask (the|our) .{0,30}\b(bot|assistant|ai)\b|"
                        r"follow us on\b|enable (push )?notifications\b|turn on notifications\b|"
                        r"get (the )?(breaking )?news alerts\b|"
                        r"try (our|the|out)\b.{0,40}\b(features?|app|ai|assistant|premium)|"
                        r"explore what .{0,60} can do|download (our|the) app|get the app|"
                        r"(ask|chat with) (our )?ai\b|ai[- ](generated )?summary|"
                        r"unlock (premium|unlimited)|go premium|start your free trial|"
                        # the same AI/app pitches in other languages
                        r"essayez (nos|notre|l['’])\b.{0,40}\b(fonctions?|appli|ia)|"
                        r"(testen|probieren) sie (unsere|die)\b.{0,40}\b(funktionen|app|ki)|"
                        r"prueb[ae] (nuestras?|la)\b.{0,40}\b(funciones|app|ia)|"
                        r"prova (le nostre|la nostra|l['’])\b.{0,40}\b(funzioni|app|ia)|"
                        r"probeer (onze|de)\b.{0,40}\b(functies|app|ai)|"
                        r"téléchargez (notre|l['’])\s*app|laden sie (unsere|die) app|"
                        r"descarga (nuestra|la) app|unsere app\b|pobierz aplikację|"
                        r"scarica (la nostra |l['’])app|download onze app|baixe (o nosso|o) app)", _I),
    "newsletter": re.compile(r"^(newsletter\s*[:|–—-]|sign up (for|to)|subscribe (to|for|now)|get (our|the) .{0,40}"
                             r"(newsletter|in your inbox)|join our (newsletter|mailing list)|"
                             r"enter your e-?mail|newsletter\W*$|abonnez-vous|newsletter abonnieren|"
                             r"suscríbete|přihlaste se k odběru)", _I),
    # Paywall and metering prompts.
    "paywall": re.compile(r"^(subscribe (to|and) (continue|keep) reading|you('ve| have) (read|reached|used) "
                          r"(all |your )|already a subscriber|to continue reading,? (please )?"
                          r"(subscribe|log in|sign in)|this (article|content) is (for|reserved for) "
                          r"subscribers)", _I),
    # Labels announcing a video, audio or gallery promo: "WATCH: …", "VIDEO | …".
    "media-promo": re.compile(r"^(watch|video|listen|podcast|photos|gallery)\s*[:|–—]\s*\S", _I),
    "share": re.compile(r"^\W*((share|tweet|pin|email|e-mail|print|copy( link)?|facebook|twitter|x|"
                        r"linkedin|whatsapp|telegram|reddit|pinterest|messenger|flipboard|threads|"
                        r"bluesky|sdílet|partager|teilen|compartir|condividi|delen|udostępnij|"
                        r"поделиться|分享|シェア|공유|copier le lien|link kopieren|copiar enlace|"
                        r"copia link|link kopiëren)(\W+|$)){2,}$|^share (this|on|via)\b.{0,40}$|"
                        r"^(partager cet article|diesen artikel teilen|artikel teilen|"
                        r"compartir (este|esta) (artículo|noticia)|condividi (questo|l['’]) ?articolo|"
                        r"deel dit artikel|udostępnij artykuł)\W*$", _I),
    "comments": re.compile(r"^((\d+\s+)?comments?(\s*\(\d+\))?\W*$|\d[\d,.]*k?\s+comments?\b|no comments( yet)?|"
                           r"be the first to comment|leave a (comment|reply)|post a comment|"
                           r"add a comment|join the (conversation|discussion)|show comments|"
                           r"view comments|commentaires|kommentare|comentarios|diskuse|"
                           r"zatím žádné komentáře|コメント|评论|댓글)", _I),
    "advertisement": re.compile(r"^(advertisement|advertising|sponsored( content)?|ad|ads|anzeige|"
                                r"werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|"
                                r"広告|광고|sponsorowane|gesponsert|sponsorisé|patrocinado|"
                                r"sponsorizzato|gesponsord|story continues below advertisement|"
                                r"sigue leyendo (después|debajo) del anuncio|la suite après (cette|la) publicité|"
                                r"weiterlesen nach der anzeige|continua a leggere dopo la pubblicità|"
                                r"czytaj dalej pod reklamą|lees verder na de advertentie|"
                                r"artikeln fortsätter (efter|under) annonsen|artikkelen fortsetter under annonsen)"
                                r"(\W*$|\s*[·|•–—-]\s*.{0,60}$)", _I),
    "cookies": re.compile(r"^(this (site|website) uses cookies|we use cookies|we and our partners "
                          r"(store|use)|by continuing to (browse|use)|accept (all )?cookies|"
                          r"cookie (settings|preferences|policy)\W*$)", _I),
    "gallery": re.compile(r"^((image|photo|picture|slide|bild|foto)\s*)?\d+\s*(of|/|von|de|sur|z)\s*\d+$", _I),
    "read-more": re.compile(r"^(read more|continue reading|read the full (story|article)|"
                            r"see more|show more|load more|more)\W*$", _I),
}
# App promos that open with the site's name ("Headwire is better in the app."): searched
# anywhere in a short block (boilerplate._widget_reason).
APP_PROMO = re.compile(r"\b(is|are|reads?) (better|best|faster) (in|on) (the|our) app\b|\bopen in (the )?app\b", _I)
# Store badges: the links that close every app pitch, whatever its wording or language.
APP_STORE_LINK = re.compile(r"^((download|get it|available) on (the )?)?(app store|google play|app gallery)$|"
                            r"//(apps\.apple\.com|itunes\.apple\.com|play\.google\.com)/", _I)
# A pitch that ends on its button label: "… in your inbox every weekday. Sign up". Searched
# only in short blocks that contain one of PITCH_CTAS (the search is unanchored).
PITCH_CTAS = ("sign up", "subscribe")
PITCH_ENDING = re.compile(r"\b(inbox|newsletter|briefing)\b.{0,80}\b(sign up|subscribe)\W*$", _I)
# The "By" word (and what precedes it, e.g. "Words by") that opens a byline line.
BYLINE_PREFIX = re.compile(r"^.{0,20}?\b(by|von|par|por|di|door|av|af)\s+", _I)
# Between the names of a byline with several authors: "Ana Ruiz, Lee Park and Jo Kim".
# Leading spaces are taken only from the start of a run: a match tried at every space of a
# long run would rescan the rest of it each time (quadratic).
NAME_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bi\b|\ben\b)\s*", _I)
# What follows the name on a byline line: " · Updated 12:42 GMT", " | March 3", " — Reuters".
# Anchored at the start of a space run, as NAME_SEPARATOR is.
BYLINE_TAIL = re.compile(r"(?<!\s)\s+[·|•—–]\s.*+$|,\s*(updated|published)\b.*+$", _I)
# The label of an inline link to another story inside the body: "Read more: <a>…</a>".
# Removed only when a link holds most of the line (see boilerplate._related_links).
RELATED_LINK_LABEL = re.compile(
    r"^\W*(read (more|also|next)|also read|related( story| article)?|see also|more( on this)?|"
    r"recommended|don'?t miss|lire aussi|à lire aussi|à lire également|sur le même sujet|"
    r"lesen sie auch|mehr dazu|mehr zum thema|auch interessant|relacionad[oa]s?|lee también|lea también|"
    r"leia também|veja também|leggi anche|correlat[oi]|lees ook|gerelateerd|leer más|lire la suite|"
    r"weiterlesen|czytaj więcej|czytaj także|leggi di più|lees meer|läs också|läs mer|les også|"
    r"læs også|lue myös|관련 ?기사|関連記事|相关阅读|延伸阅读|延伸閱讀|相關新聞|"
    r"czytaj też|читайте также)\s*[:：|]", _I)
# Widgets that close a story and never sit mid-body: a hashtag list, a comment count or
# notice. What follows them is no longer the story (segment._starts_after_story_end).
END_OF_STORY = re.compile("^(" + HASHTAG_RUN + r"|\d[\d,.]*k?\s+comments?\b|no comments( yet)?\b|"
                          r"comments\s*\(\d+\)|be the first to comment|join the (conversation|discussion))", _I)
# Author boxes after the body: "Jane Doe is a reporter covering ...", "Jane Doe covers the
# courts for ...", "Jane Doe has written for The Gazette since 2019": a name, then the job.
_NAME = r"^[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3} "
AUTHOR_BIO = re.compile(
    # the box's own heading, in several languages
    r"^(?i:about the authors?|sobre (el|la|los|las) autor(a|es|as)?|à propos de l['’]auteur|"
    r"über (den|die) autor(in|en)?|o autorze|sull['’]autore|over de auteur)\b|"
    + _NAME + r"(is|was|has been) (a|an|the|our) "
    r".{0,80}\b(reporter|writer|editor|correspondent|journalist|columnist|contributor|author)\b|"
    + _NAME + r"(covers|has covered|writes (about|for)|has written (about|for)|reports on|has reported on) ")
