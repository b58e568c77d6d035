// Turns the server's content_html into nodes for the live reader document
// without running anything from it. The HTML is parsed by DOMParser into an
// inert document (no scripts run, nothing loads), scrubbed, then imported node
// by node. The server sanitizes already; this is the second wall, and the
// extension CSP (script-src 'self') is the third.

import { safeContentUrl } from "./url.js";

const DROP = "script, noscript, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, input, button, select, textarea, template, portal";
const URL_ATTRS = ["href", "src", "poster", "cite", "background", "longdesc", "action", "formaction", "xlink:href", "data"];
const ID_PREFIX = "cp-";

function fixSrcset(value, baseUrl) {
  return value
    .split(",")
    .map((part) => {
      const [url, ...descriptor] = part.trim().split(/\s+/);
      const safe = safeContentUrl(url, baseUrl, { allowMailto: false });
      return safe && !safe.startsWith("#") ? [safe, ...descriptor].join(" ") : null;
    })
    .filter(Boolean)
    .join(", ");
}

export function scrub(root, baseUrl) {
  for (const el of root.querySelectorAll(DROP)) el.remove();
  for (const el of root.querySelectorAll("*")) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "srcdoc" || name === "ping" || name === "target") {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name)) {
        const safe = safeContentUrl(attr.value, baseUrl, { allowMailto: name === "href" });
        if (safe === null) el.removeAttribute(attr.name);
        else if (safe.startsWith("#")) el.setAttribute(attr.name, "#" + ID_PREFIX + safe.slice(1));
        else el.setAttribute(attr.name, safe);
      } else if (name === "srcset") {
        el.setAttribute(attr.name, fixSrcset(attr.value, baseUrl));
      } else if (name === "id" || name === "name") {
        // Keep in-article anchors working without clashing with the page's own ids.
        el.setAttribute(attr.name, ID_PREFIX + attr.value);
      }
    }
    if (el.localName === "a" && el.hasAttribute("href") && !el.getAttribute("href").startsWith("#")) {
      el.setAttribute("target", "_blank");
      el.setAttribute("rel", "noopener noreferrer");
    }
    if (el.localName === "img") {
      el.setAttribute("loading", "lazy");
      el.setAttribute("referrerpolicy", "no-referrer");
    }
  }
  return root;
}

// Returns a DocumentFragment owned by `targetDocument`.
export function contentFragment(html, baseUrl, targetDocument = document) {
  const inert = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  scrub(inert.body, baseUrl);
  const fragment = targetDocument.createDocumentFragment();
  for (const node of Array.from(inert.body.childNodes)) {
    fragment.append(targetDocument.importNode(node, true));
  }
  return fragment;
}
