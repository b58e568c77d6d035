"""The page ``GET /`` answers: what the service is, its version, a form that turns a pasted or
uploaded page into its reader view, and a short reference of the API.

No script anywhere (its policy forbids them); the form posts ``multipart/form-data`` to
``/v1/clean``, which the web layer accepts from this page's own origin.
"""
from __future__ import annotations

import re
from html import escape
from importlib import metadata

from .render import READER_CSS

# Policy of the landing page: the reader page's, except that the form may post to the service.
LANDING_CSP = ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'none'")
# Referrer policy of the landing page. Under "no-referrer" (every other answer's) a browser
# sends `Origin: null` with the form's POST, which the service refuses like any sandboxed page;
# "same-origin" sends the page's own origin to the service and nothing to other sites.
LANDING_REFERRER_POLICY = "same-origin"
# Where the form sends the page, and the names of its fields (the web layer reads the same).
FORM_ACTION = "/v1/clean?format=html"
FORM_HTML_FIELD = "html"
FORM_FILE_FIELD = "file"
FORM_URL_FIELD = "url"
# Where the API reference is served, and the README heading it is cut from (the README is the
# package's long description, so an installed clearpage carries it).
DOCS_PATH = "/docs"
DOCS_SECTION_RE = re.compile(r"^## API\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
DOCS_MISSING = ("The API reference is the \"API\" section of README.md in the clearpage "
                "sources; this installation carries no package description.\n")
# Files the upload offers first: pages saved by a browser ("Web page, HTML only").
UPLOAD_ACCEPT = ".html,.htm,.xhtml,text/html,application/xhtml+xml"

LANDING_CSS = """
form{display:grid;gap:.75rem;margin:1.5rem 0 2.5rem}
label{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:.95rem}
textarea,input[type=url]{width:100%;font:.9rem/1.4 ui-monospace,Menlo,Consolas,monospace;
padding:.5rem;border:1px solid var(--rule);background:var(--bg);color:var(--fg)}
textarea{min-height:12rem}
button{justify-self:start;font:1rem system-ui,sans-serif;padding:.5rem 1.25rem}
dt{font-family:ui-monospace,Menlo,Consolas,monospace;margin-top:.75rem}
dd{margin-left:1.25rem}
"""


def landing_page(version: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"referrer\" content=\"{LANDING_REFERRER_POLICY}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>clearpage {escape(version)}</title>\n"
            f"<style>{READER_CSS}{LANDING_CSS}</style>\n</head>\n<body>\n<main>\n"
            f"{_intro(version)}{_form()}{_reference()}</main>\n</body>\n</html>\n")


def _intro(version: str) -> str:
    return (f"<header>\n<h1>clearpage</h1>\n<p class=\"meta\">version {escape(version)} · "
            "<a href=\"/healthz\">/healthz</a> · <a href=\"#api\">API</a> · "
            f"<a href=\"{DOCS_PATH}\">API reference</a></p>\n</header>\n"
            "<p>A reader view for news pages. Send it the HTML of a page and it answers the "
            "main story alone: headline, byline, date and images, without navigation, ads, "
            "promos, comments or related cards, sanitized with a strict allowlist. The "
            "clearpage browser extension sends it the page you are reading; this form does "
            "the same for a page you paste or saved.</p>\n")


def _form() -> str:
    return (f"<form method=\"post\" action=\"{FORM_ACTION}\" enctype=\"multipart/form-data\">\n"
            f"<label for=\"{FORM_HTML_FIELD}\">Paste the page's HTML</label>\n"
            f"<textarea id=\"{FORM_HTML_FIELD}\" name=\"{FORM_HTML_FIELD}\" "
            "placeholder=\"&lt;!DOCTYPE html&gt;…\"></textarea>\n"
            f"<label for=\"{FORM_FILE_FIELD}\">or upload a saved page (.html)</label>\n"
            f"<input id=\"{FORM_FILE_FIELD}\" name=\"{FORM_FILE_FIELD}\" type=\"file\" "
            f"accept=\"{UPLOAD_ACCEPT}\">\n"
            f"<label for=\"{FORM_URL_FIELD}\">The page's address, to resolve its relative links "
            "(optional)</label>\n"
            f"<input id=\"{FORM_URL_FIELD}\" name=\"{FORM_URL_FIELD}\" type=\"url\" "
            "placeholder=\"https://news.example/story\">\n"
            "<button type=\"submit\">Reader view</button>\n</form>\n")


def _reference() -> str:
    return ("<section id=\"api\">\n<h2>API</h2>\n<dl>\n"
            "<dt>POST /v1/clean</dt><dd>The page as the body (<code>text/html</code>), or "
            "<code>application/json</code> <code>{\"html\": …, \"url\": …}</code>. Query: "
            "<code>url</code>, <code>format</code> (<code>html</code>, <code>json</code>, "
            "<code>text</code>, <code>markdown</code>; or by <code>Accept</code>), "
            "<code>explain=1</code>.</dd>\n"
            "<dt>GET /healthz</dt><dd><code>{\"status\": \"ok\", \"version\": …}</code></dd>\n"
            f"<dt>GET {DOCS_PATH}</dt><dd>the API reference, as text</dd>\n"
            "</dl>\n<p>Every error is JSON, <code>{\"error\": {\"code\": …, \"message\": …}}"
            "</code>, with its status; requests from other web pages are refused "
            f"(<code>403</code>). The full reference: <a href=\"{DOCS_PATH}\">{DOCS_PATH}</a> "
            "(the API section of the README).</p>\n"
            "<pre><code>curl --data-binary @page.html -H 'Content-Type: text/html' \\\n"
            "  'http://127.0.0.1:8077/v1/clean?format=json&amp;url=https://news.example/a'"
            "</code></pre>\n</section>\n")


def api_docs() -> str:
    """The README's API section (markdown, read as text), from the installed package."""
    try:
        readme = metadata.metadata("clearpage").get_payload() or ""
    except metadata.PackageNotFoundError:
        return DOCS_MISSING
    return api_section(readme) or DOCS_MISSING


def api_section(readme: str) -> str:
    """From the ``## API`` heading to the next heading of the same level."""
    match = DOCS_SECTION_RE.search(readme)
    return match.group(0).rstrip() + "\n" if match else ""
