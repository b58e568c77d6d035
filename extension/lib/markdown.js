// HTML -> Markdown (CommonMark plus GFM tables and strikethrough) for the
// sanitized subset the server sends (see ALLOWED_TAGS in server/clearpage/sanitize.py).
// Works on any DOM-like tree: nodeType, localName, childNodes, getAttribute and
// textContent, so it runs on the reader's live (scrubbed) article and under Node.
// Local conversion keeps saving and copying working offline.

const TEXT = 3;
const ELEMENT = 1;
// A hard line break inside a paragraph, kept apart from ordinary whitespace until the end.
const BR = "\u0001";

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
  "summary", "table", "ul",
]);
const EMPHASIS = { em: "*", i: "*", cite: "*", dfn: "*", var: "*", strong: "**", b: "**", del: "~~", s: "~~" };
const CODE = new Set(["code", "kbd", "samp"]);

const isElement = (n) => n?.nodeType === ELEMENT;
const isBlock = (n) => isElement(n) && BLOCKS.has(n.localName);
const attr = (el, name) => (el.getAttribute ? el.getAttribute(name) ?? "" : "");

function escapeText(text) {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

// Markers around inline content, keeping its outer spaces outside (`a *b* c`, not `a* b *c`).
function wrap(inner, marker) {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : inner;
}

function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

function linkTarget(href) {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

function image(el) {
  const img = el.localName === "img" ? el : findImg(el);
  const src = img ? attr(img, "src") : "";
  if (!src) return "";
  const alt = attr(img, "alt").replace(/[[\]\\]/g, "\\$&").replace(/\s+/g, " ").trim();
  const title = attr(img, "title");
  return `![${alt}](${linkTarget(src)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
}

function findImg(el) {
  for (const child of el.childNodes ?? []) {
    if (!isElement(child)) continue;
    if (child.localName === "img") return child;
    const inner = findImg(child);
    if (inner) return inner;
  }
  return null;
}

function inlineChildren(el) {
  return Array.from(el.childNodes ?? [], inline).join("");
}

function inline(node) {
  if (node.nodeType === TEXT) return escapeText(node.textContent.replace(/\s+/g, " "));
  if (!isElement(node)) return "";
  const name = node.localName;
  if (name === "br") return BR;
  if (name === "img" || name === "picture") return image(node);
  if (CODE.has(name)) return codeSpan(node.textContent.replace(/\s+/g, " "));
  if (name in EMPHASIS) return wrap(inlineChildren(node), EMPHASIS[name]);
  if (name === "q") return `\u201c${inlineChildren(node)}\u201d`;
  if (name === "a") {
    const inner = inlineChildren(node);
    const href = attr(node, "href");
    if (!href || !inner.trim()) return inner;
    return `[${inner.trim()}](${linkTarget(href)})`;
  }
  if (isBlock(node)) return ` ${inlineChildren(node)} `;
  return inlineChildren(node);
}

// One paragraph of inline Markdown: whitespace collapsed, line starts that would read
// as Markdown syntax escaped.
function paragraph(run) {
  return run
    .replace(/[ \t\n]+/g, " ")
    .trim()
    .replace(new RegExp(` ?${BR}+ ?$`), "")
    .replace(new RegExp(`^ ?${BR}+ ?`), "")
    .replace(new RegExp(` ?${BR} ?`, "g"), "  \n")
    .replace(/^(#{1,6}|[>+-]|=+)(?=\s|$)/gm, "\\$1")
    .replace(/^(\d+)([.)])(?=\s|$)/gm, "$1\\$2");
}

// The blocks inside `parent`: block children convert on their own, runs of inline
// children between them become paragraphs.
function blocksOf(parent) {
  const out = [];
  let run = "";
  const flush = () => {
    const text = paragraph(run);
    if (text) out.push(text);
    run = "";
  };
  for (const child of parent.childNodes ?? []) {
    if (isBlock(child)) {
      flush();
      out.push(...block(child));
    } else {
      run += inline(child);
    }
  }
  flush();
  return out;
}

const indent = (text, prefix) => text.split("\n").map((line, i) => (i === 0 || line === "" ? line : prefix + line)).join("\n");
const quote = (text) => text.split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n");

function list(el) {
  const ordered = el.localName === "ol";
  let n = ordered ? Number.parseInt(attr(el, "start"), 10) : 1;
  if (!Number.isFinite(n)) n = 1;
  const items = [];
  for (const li of el.childNodes ?? []) {
    if (!isElement(li)) continue;
    const marker = ordered ? `${n++}. ` : "- ";
    const body = (li.localName === "li" ? blocksOf(li) : block(li)).join("\n\n") || "";
    items.push(marker + indent(body, " ".repeat(marker.length)));
  }
  return items.join("\n");
}

function pre(el) {
  const code = el.textContent.replace(/\n$/, "");
  const classes = [el, ...(el.childNodes ?? [])].filter(isElement).map((n) => attr(n, "class")).join(" ");
  const lang = /(?:^|\s)language-([\w+#.-]+)/.exec(classes)?.[1] ?? "";
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

function rowsOf(el) {
  const rows = [];
  for (const child of el.childNodes ?? []) {
    if (!isElement(child)) continue;
    if (child.localName === "tr") rows.push(child);
    else if (["thead", "tbody", "tfoot"].includes(child.localName)) rows.push(...rowsOf(child));
  }
  return rows;
}

function table(el) {
  const rows = rowsOf(el).map((tr) =>
    Array.from(tr.childNodes ?? []).filter((c) => isElement(c) && (c.localName === "td" || c.localName === "th"))
      .map((cell) => paragraph(inlineChildren(cell)).replace(/ {2}\n/g, " ")));
  if (!rows.length) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  const caption = Array.from(el.childNodes ?? []).find((c) => isElement(c) && c.localName === "caption");
  const out = [line(rows[0]), `| ${Array(width).fill("---").join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
  return caption ? [paragraph(inlineChildren(caption)), out] : [out];
}

function block(el) {
  const name = el.localName;
  if (/^h[1-6]$/.test(name)) {
    const text = paragraph(inlineChildren(el)).replace(/ {2}\n/g, " ").replace(/^\\(?=#)/, "");
    return text ? [`${"#".repeat(Number(name[1]))} ${text}`] : [];
  }
  switch (name) {
    case "hr":
      return ["---"];
    case "pre":
      return [pre(el)];
    case "blockquote": {
      const inner = blocksOf(el).join("\n\n");
      return inner ? [quote(inner)] : [];
    }
    case "ul":
    case "ol": {
      const text = list(el);
      return text ? [text] : [];
    }
    case "table":
      return table(el);
    case "figcaption": {
      const text = paragraph(inlineChildren(el));
      return text ? [wrap(text, "*")] : [];
    }
    case "dt":
    case "summary": {
      const text = paragraph(inlineChildren(el));
      return text ? [wrap(text, "**")] : [];
    }
    default:
      return blocksOf(el);
  }
}

// The Markdown of everything inside `root` (an element or a fragment).
export function toMarkdown(root) {
  return blocksOf(root).join("\n\n").replace(/\n{3,}/g, "\n\n").trim();
}

// A whole article: title, one line of metadata, the dek and lead image when shown,
// the body, and where it came from.
export function markdownDocument({ title = "", meta = [], excerpt = "", leadImage = "", body = "", sourceUrl = "" }) {
  const parts = [];
  if (title) parts.push(`# ${paragraph(escapeText(title))}`);
  const metaLine = meta.filter(Boolean).map((m) => escapeText(m)).join(" · ");
  if (metaLine) parts.push(`*${metaLine}*`);
  if (leadImage) parts.push(`![](${linkTarget(leadImage)})`);
  if (excerpt) parts.push(quote(paragraph(escapeText(excerpt))));
  if (body) parts.push(body);
  if (sourceUrl) parts.push(`---\n\nSource: <${sourceUrl.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return parts.join("\n\n") + "\n";
}
