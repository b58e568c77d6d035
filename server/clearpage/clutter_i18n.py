"""UI strings of the cluttered-page generator (``clutter.py``), one record per language.

Every string here is written for the generator: site chrome, boundary labels and promo texts as
real news sites word them. Labels are the words extractors learn to look for, so each language
has several, and most generated pages carry none at all (``clutter.LABEL_SHARE``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UiStrings:
    """The words of one language's site chrome and widgets."""

    lang: str
    related: tuple[str, ...]        # boundary labels over related cards
    next_story: tuple[str, ...]     # separator before an infinite-scroll follow-up
    teaser: tuple[str, ...]         # kicker over a teaser story
    most_read: tuple[str, ...]
    sections: tuple[str, ...]       # navigation
    footer: tuple[str, ...]
    by: str                         # byline prefix
    months: tuple[str, ...]
    date_format: str                # {d} {month} {y}
    read_time: str                  # {n}
    newsletter: tuple[str, str, str]  # heading, pitch, button
    app: tuple[str, str]            # pitch, button
    ai: tuple[str, str]             # heading, pitch
    share: tuple[str, ...]
    comments: tuple[str, str, str]  # count label ({n}), empty thread, call to action
    advert: str
    gallery: str                    # {i} of {n}
    cookie: tuple[str, str]         # notice, button
    bio: str                        # {name}
    rights: str                     # {site}, {y}
    topics: tuple[str, ...]         # hashtag words
    provided: str                   # syndication line of an aggregator's partner story, {site}


ENGLISH = UiStrings(
    lang="en",
    related=("Related", "Read next", "More from {site}", "Recommended for you", "You may also like",
             "More stories"),
    next_story=("Next article", "Up next", "Continue reading"),
    teaser=("Top story", "Must read", "Trending now"),
    most_read=("Most read", "Popular now", "Trending"),
    sections=("Home", "World", "Politics", "Business", "Tech", "Science", "Sport", "Culture", "Opinion"),
    footer=("About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Cookie settings"),
    by="By",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"),
    date_format="{month} {d}, {y}",
    read_time="{n} min read",
    newsletter=("Breaking news emails", "Get the day's most important stories in your inbox every morning.",
                "Sign up"),
    app=("Read it first in our app, with alerts for the stories you follow.", "Download the app"),
    ai=("Try our AI features", "Ask questions about this article and get a summary in seconds."),
    share=("Share", "Facebook", "X", "LinkedIn", "Email", "Copy link"),
    comments=("Comments ({n})", "No comments yet. Be the first to share your thoughts.",
              "Log in to join the conversation"),
    advert="Advertisement",
    gallery="{i} of {n}",
    cookie=("We use cookies to improve your experience and to show you relevant offers.", "Accept all"),
    bio="{name} is a staff writer who covers local government, transport and housing.",
    rights="© {y} {site}. All rights reserved.",
    topics=("news", "breaking", "analysis", "economy", "weather", "local"),
    provided="© Provided by {site}",
)

FRENCH = UiStrings(
    lang="fr",
    related=("Lire aussi", "À lire aussi", "Sur le même sujet", "Nos autres articles"),
    next_story=("Article suivant", "À suivre"),
    teaser=("À la une", "L'essentiel"),
    most_read=("Les plus lus", "Populaires"),
    sections=("Accueil", "International", "Politique", "Économie", "Société", "Culture", "Sports"),
    footer=("Qui sommes-nous", "Contact", "Publicité", "Mentions légales", "Confidentialité", "Cookies"),
    by="Par",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"),
    date_format="{d} {month} {y}",
    read_time="Lecture {n} min",
    newsletter=("Recevez notre lettre du matin", "L'essentiel de l'actualité chaque jour dans votre boîte mail.",
                "Je m'inscris"),
    app=("Retrouvez toute l'actualité sur notre application mobile.", "Télécharger l'application"),
    ai=("Essayez nos outils d'IA", "Obtenez un résumé de cet article et posez vos questions."),
    share=("Partager", "Facebook", "X", "E-mail", "Copier le lien"),
    comments=("Commentaires ({n})", "Aucun commentaire pour le moment.", "Connectez-vous pour commenter"),
    advert="Publicité",
    gallery="{i} sur {n}",
    cookie=("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter"),
    bio="{name} est journaliste au service politique depuis 2015.",
    rights="© {site} {y}. Tous droits réservés.",
    topics=("actualité", "politique", "économie", "société"),
    provided="© Fourni par {site}",
)

GERMAN = UiStrings(
    lang="de",
    related=("Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Lesen Sie auch"),
    next_story=("Nächster Artikel", "Weiterlesen"),
    teaser=("Topthema", "Empfohlen"),
    most_read=("Meistgelesen", "Beliebt"),
    sections=("Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen"),
    footer=("Impressum", "Datenschutz", "Kontakt", "Werbung", "AGB", "Cookie-Einstellungen"),
    by="Von",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"),
    date_format="{d}. {month} {y}",
    read_time="{n} Min. Lesezeit",
    newsletter=("Unser Newsletter", "Die wichtigsten Nachrichten des Tages, jeden Morgen per E-Mail.",
                "Jetzt abonnieren"),
    app=("Alle Nachrichten in unserer App, mit Eilmeldungen.", "App herunterladen"),
    ai=("Unsere KI-Funktionen", "Lassen Sie sich diesen Artikel zusammenfassen."),
    share=("Teilen", "Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren"),
    comments=("Kommentare ({n})", "Noch keine Kommentare.", "Melden Sie sich an, um zu kommentieren"),
    advert="Anzeige",
    gallery="{i} von {n}",
    cookie=("Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.", "Alle akzeptieren"),
    bio="{name} ist Redakteurin im Ressort Wirtschaft.",
    rights="© {y} {site}. Alle Rechte vorbehalten.",
    topics=("nachrichten", "politik", "wirtschaft", "regional"),
    provided="© Bereitgestellt von {site}",
)

SPANISH = UiStrings(
    lang="es",
    related=("Te puede interesar", "Noticias relacionadas", "Lee también", "Más noticias"),
    next_story=("Siguiente noticia", "Sigue leyendo"),
    teaser=("Destacado", "Lo más importante"),
    most_read=("Lo más leído", "Tendencias"),
    sections=("Portada", "Internacional", "Nacional", "Economía", "Deportes", "Cultura", "Opinión"),
    footer=("Quiénes somos", "Contacto", "Publicidad", "Aviso legal", "Privacidad", "Cookies"),
    by="Por",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"),
    date_format="{d} de {month} de {y}",
    read_time="{n} min de lectura",
    newsletter=("Suscríbete a nuestro boletín", "Las noticias más importantes del día en tu correo.",
                "Suscribirme"),
    app=("Descarga nuestra aplicación y recibe alertas.", "Descargar la app"),
    ai=("Prueba nuestras funciones de IA", "Obtén un resumen de esta noticia al instante."),
    share=("Compartir", "Facebook", "X", "WhatsApp", "Correo", "Copiar enlace"),
    comments=("Comentarios ({n})", "Todavía no hay comentarios.", "Inicia sesión para comentar"),
    advert="Publicidad",
    gallery="{i} de {n}",
    cookie=("Utilizamos cookies para mejorar tu experiencia.", "Aceptar todo"),
    bio="{name} es periodista de la sección de Internacional.",
    rights="© {y} {site}. Todos los derechos reservados.",
    topics=("noticias", "actualidad", "economía", "política"),
    provided="© Proporcionado por {site}",
)

PORTUGUESE = UiStrings(
    lang="pt",
    related=("Leia também", "Veja também", "Mais notícias"),
    next_story=("Próxima notícia", "Continue lendo"),
    teaser=("Destaque", "Em alta"),
    most_read=("Mais lidas", "Em alta"),
    sections=("Início", "Brasil", "Mundo", "Política", "Economia", "Esportes", "Cultura"),
    footer=("Quem somos", "Fale conosco", "Anuncie", "Termos de uso", "Privacidade"),
    by="Por",
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro"),
    date_format="{d} de {month} de {y}",
    read_time="{n} min de leitura",
    newsletter=("Receba nossa newsletter", "As principais notícias do dia no seu e-mail.", "Cadastrar"),
    app=("Baixe o nosso aplicativo e receba alertas.", "Baixar o app"),
    ai=("Experimente nossos recursos de IA", "Peça um resumo desta reportagem."),
    share=("Compartilhar", "Facebook", "X", "WhatsApp", "E-mail", "Copiar link"),
    comments=("Comentários ({n})", "Ainda não há comentários.", "Entre para comentar"),
    advert="Publicidade",
    gallery="{i} de {n}",
    cookie=("Usamos cookies para melhorar a sua experiência.", "Aceitar"),
    bio="{name} é repórter de política em Brasília.",
    rights="© {y} {site}. Todos os direitos reservados.",
    topics=("notícias", "política", "economia", "brasil"),
    provided="© Fornecido por {site}",
)

ITALIAN = UiStrings(
    lang="it",
    related=("Leggi anche", "Potrebbe interessarti", "Articoli correlati"),
    next_story=("Articolo successivo", "Continua a leggere"),
    teaser=("In evidenza", "Primo piano"),
    most_read=("I più letti", "Di tendenza"),
    sections=("Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Cultura"),
    footer=("Chi siamo", "Contatti", "Pubblicità", "Note legali", "Privacy"),
    by="di",
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"),
    date_format="{d} {month} {y}",
    read_time="Lettura {n} min",
    newsletter=("Iscriviti alla newsletter", "Le notizie più importanti ogni mattina nella tua casella.",
                "Iscriviti"),
    app=("Scarica la nostra app per ricevere le notifiche.", "Scarica l'app"),
    ai=("Prova le funzioni di IA", "Chiedi un riassunto di questo articolo."),
    share=("Condividi", "Facebook", "X", "WhatsApp", "Email", "Copia link"),
    comments=("Commenti ({n})", "Nessun commento.", "Accedi per commentare"),
    advert="Pubblicità",
    gallery="{i} di {n}",
    cookie=("Utilizziamo i cookie per migliorare la tua esperienza.", "Accetta tutti"),
    bio="{name} scrive di economia e lavoro dal 2012.",
    rights="© {y} {site}. Tutti i diritti riservati.",
    topics=("notizie", "cronaca", "politica", "economia"),
    provided="© Fornito da {site}",
)

JAPANESE = UiStrings(
    lang="ja",
    related=("関連記事", "あわせて読みたい", "おすすめ記事"),
    next_story=("次の記事", "続きを読む"),
    teaser=("注目", "トップニュース"),
    most_read=("アクセスランキング", "よく読まれている記事"),
    sections=("トップ", "国内", "国際", "経済", "政治", "スポーツ", "エンタメ"),
    footer=("会社概要", "お問い合わせ", "広告掲載", "利用規約", "プライバシーポリシー"),
    by="",
    months=tuple(f"{m}月" for m in range(1, 13)),
    date_format="{y}年{month}{d}日",
    read_time="{n}分で読めます",
    newsletter=("ニュースレター", "毎朝、主要ニュースをメールでお届けします。", "登録する"),
    app=("アプリなら速報をプッシュ通知でお知らせします。", "アプリをダウンロード"),
    ai=("AI機能を試す", "この記事の要約をAIが作成します。"),
    share=("シェア", "Facebook", "X", "LINE", "メール", "リンクをコピー"),
    comments=("コメント（{n}件）", "まだコメントはありません。", "ログインしてコメントする"),
    advert="広告",
    gallery="{i}/{n}",
    cookie=("当サイトではクッキーを使用しています。", "同意する"),
    bio="{name}　経済部記者。金融と産業を担当。",
    rights="© {y} {site} All rights reserved.",
    topics=("ニュース", "経済", "政治", "社会"),
    provided="© {site} 提供",
)

LANGUAGES: tuple[UiStrings, ...] = (ENGLISH, FRENCH, GERMAN, SPANISH, PORTUGUESE, ITALIAN, JAPANESE)
BY_CODE = {ui.lang: ui for ui in LANGUAGES}
