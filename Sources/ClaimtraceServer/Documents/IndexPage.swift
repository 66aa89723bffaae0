/// The page served at `GET /`: paste an article, see its entities, claims and sources
/// highlighted. Self-contained (inline style and script, no other origin) so it works offline
/// and under a strict Content-Security-Policy. It asks for UTF-16 offsets, which index
/// JavaScript strings directly.
enum IndexPage {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimtrace</title>
<style>
  :root { --person:#dbeafe; --org:#fde68a; --loc:#d1fae5; --norp:#fce7f3; --misc:#ede9fe; --value:#e5e7eb; --claim:#dc2626; --source:#1d4ed8; }
  * { box-sizing: border-box; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #111827; background: #fafafa; }
  header { padding: 12px 20px; background: #111827; color: #f9fafb; display: flex; align-items: baseline; gap: 12px; }
  header h1 { font-size: 18px; margin: 0; }
  header span { color: #9ca3af; font-size: 13px; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; padding: 16px 20px; }
  textarea { width: 100%; min-height: 180px; font: inherit; padding: 8px; border: 1px solid #d1d5db; border-radius: 6px; }
  .controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 8px 0 16px; }
  input { font: inherit; padding: 4px 6px; border: 1px solid #d1d5db; border-radius: 4px; }
  button { font: inherit; padding: 6px 14px; border: 0; border-radius: 6px; background: #1d4ed8; color: white; cursor: pointer; }
  button:disabled { background: #9ca3af; }
  #article { white-space: pre-wrap; background: white; border: 1px solid #e5e7eb; border-radius: 6px; padding: 14px; min-height: 60px; }
  .ent-PERSON { background: var(--person); } .ent-ORGANIZATION { background: var(--org); } .ent-LOCATION { background: var(--loc); }
  .ent-NORP { background: var(--norp); } .ent-MISC { background: var(--misc); }
  .ent-DATE, .ent-TIME, .ent-MONEY, .ent-PERCENT, .ent-QUANTITY { background: var(--value); }
  .claim { text-decoration: underline 2px var(--claim); text-underline-offset: 3px; }
  .cue { font-style: italic; color: #7c2d12; }
  .srcmention { font-weight: 600; color: var(--source); }
  .hl { outline: 2px solid #f59e0b; }
  aside section { background: white; border: 1px solid #e5e7eb; border-radius: 6px; padding: 10px 12px; margin-bottom: 12px; }
  aside h2 { font-size: 14px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #4b5563; }
  aside ol { margin: 0; padding-left: 22px; }
  aside li { margin: 4px 0; cursor: pointer; }
  aside ol:empty::after { content: "none found"; color: #9ca3af; font-size: 13px; margin-left: -22px; }
  aside { position: sticky; top: 8px; align-self: start; max-height: calc(100vh - 16px); overflow: auto; }
  .tag { font-size: 11px; padding: 0 5px; border-radius: 3px; background: #e5e7eb; margin-left: 4px; }
  .muted { color: #6b7280; font-size: 13px; }
  .error { color: #b91c1c; white-space: pre-wrap; }
  .legend span { padding: 0 4px; margin-right: 6px; border-radius: 3px; font-size: 13px; }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header><h1>claimtrace</h1><span>who said what — entities, claims and their sources</span></header>
<main>
  <div>
    <textarea id="input" placeholder="Paste a news article here"></textarea>
    <div class="controls">
      <label>Published <input id="published" type="date"></label>
      <label>API key <input id="key" type="password" autocomplete="off" placeholder="if configured"></label>
      <button id="run">Analyse</button>
      <span id="status" class="muted"></span>
    </div>
    <div class="legend muted">
      <span class="ent-PERSON">person</span><span class="ent-ORGANIZATION">organization</span><span class="ent-LOCATION">location</span>
      <span class="ent-NORP">group</span><span class="ent-MISC">other name</span><span class="ent-DATE">value</span>
      <span class="claim">claim</span><span class="srcmention">source</span><span class="cue">cue</span>
    </div>
    <p></p>
    <div id="article" class="muted">The article, with its map, appears here.</div>
  </div>
  <aside>
    <section><h2>Claims</h2><ol id="claims"></ol></section>
    <section><h2>Sources</h2><ol id="sources"></ol></section>
    <section><h2>Entities</h2><ol id="entities"></ol></section>
  </aside>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}
// Offsets are requested in UTF-16 units, so JavaScript string slicing matches them exactly.
function render(text, result) {
  const spans = [];
  for (const e of result.entities) for (const m of e.mentions) spans.push({ s: m.start, e: m.end, cls: "ent-" + e.type, key: e.id });
  for (const c of result.claims) {
    for (const p of (c.parts || [{ start: c.start, end: c.end }])) spans.push({ s: p.start, e: p.end, cls: "claim", key: c.id });
    if (c.attribution && c.attribution.cue) spans.push({ s: c.attribution.cue.start, e: c.attribution.cue.end, cls: "cue", key: c.id });
  }
  for (const src of result.sources) for (const m of src.mentions) spans.push({ s: m.start, e: m.end, cls: "srcmention", key: src.id });
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.s); cuts.add(sp.e); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const article = $("article");
  article.className = "";
  article.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter((sp) => sp.s <= a && sp.e >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { article.append(piece); continue; }
    const node = el("span", { class: [...new Set(covering.map((c) => c.cls))].join(" "),
                              "data-keys": covering.map((c) => c.key).join(" "),
                              title: [...new Set(covering.map((c) => c.key))].join(", ") }, piece);
    article.append(node);
  }
}
function highlight(key) {
  for (const n of document.querySelectorAll(".hl")) n.classList.remove("hl");
  let first = null;
  for (const n of document.querySelectorAll("#article span")) {
    if (n.dataset.keys.split(" ").includes(key)) { n.classList.add("hl"); first = first || n; }
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}
function lists(result) {
  const sourcesById = Object.fromEntries(result.sources.map((s) => [s.id, s]));
  $("claims").replaceChildren(...result.claims.map((c) => {
    const who = c.source ? sourcesById[c.source]?.name || c.source : "article";
    return el("li", { "data-key": c.id }, "“" + c.text + "” ", el("span", { class: "tag" }, c.attribution.type),
              el("div", { class: "muted" }, "— " + who + " · check-worthiness " + c.checkworthiness.toFixed(2) +
                 (c.hedged ? " · hedged" : "") + (c.negated ? " · negated" : "")));
  }));
  $("sources").replaceChildren(...result.sources.map((s) => el("li", { "data-key": s.id }, s.name,
      el("span", { class: "tag" }, s.kind), el("span", { class: "muted" }, " " + s.claims.length + " claim(s)"))));
  $("entities").replaceChildren(...result.entities.map((e) => el("li", { "data-key": e.id }, e.name,
      el("span", { class: "tag" }, e.type), el("span", { class: "muted" }, " ×" + e.mentions.length))));
  for (const li of document.querySelectorAll("aside li")) li.addEventListener("click", () => highlight(li.dataset.key));
}
async function run() {
  const text = $("input").value;
  const params = new URLSearchParams({ offsets: "utf16" });
  if ($("published").value) params.set("published", $("published").value);
  const headers = { "Content-Type": "text/plain; charset=utf-8" };
  if ($("key").value) headers["Authorization"] = "Bearer " + $("key").value;
  $("run").disabled = true;
  $("status").textContent = "analysing…";
  try {
    const response = await fetch("/v1/extract?" + params, { method: "POST", headers, body: text });
    const body = await response.json();
    if (!response.ok) {
      $("article").className = "error";
      $("article").textContent = response.status + " " + (body.title || "") + ": " + (body.detail || "");
      $("status").textContent = "";
      return;
    }
    render(text, body);
    lists(body);
    const timing = response.headers.get("Server-Timing") || "";
    const ms = /extract;dur=([0-9.]+)/.exec(timing);
    $("status").textContent = body.entities.length + " entities, " + body.claims.length + " claims, " +
      body.sources.length + " sources" + (ms ? " in " + ms[1] + " ms" : "");
  } catch (error) {
    $("article").className = "error";
    $("article").textContent = String(error);
    $("status").textContent = "";
  } finally {
    $("run").disabled = false;
  }
}
$("run").addEventListener("click", run);
$("input").addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(); });
</script>
</body>
</html>
"""#
}
