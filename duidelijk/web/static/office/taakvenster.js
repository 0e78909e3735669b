/* duidelijk's Word task pane (docs/word.md).
 *
 * Reads the body paragraphs through Office.js, sends their text (paragraphs joined by a blank
 * line) to POST /api/v1/check with the writer's token, and lists the findings. A finding's
 * offsets (Unicode code points in the text sent) are turned into a place in one or two Word
 * paragraphs; Word finds the words again with paragraph.search, and the n-th match is the one
 * at that offset (repeated words). Long stretches are found as a start piece and an end piece
 * joined with expandTo (Word searches at most 255 characters).
 *
 * Office.js calls used (and faked by tests/browser/fake_office.js): Office.onReady,
 * Office.context.requirements.isSetSupported, Word.run, context.document.body.paragraphs,
 * paragraphs.load / items, paragraph.search, ranges.load / items, range.expandTo, range.select,
 * range.insertText(text, "Replace"), range.insertComment, context.sync.
 *
 * All texts for the user come from the page (duidelijk/web/office.py, TEXTS).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("gegevens").textContent);
  var T = data.texts;
  var KEY = "duidelijk-sleutel";
  var SEPARATOR = "\n\n";
  var SEARCH_MAX = 200; // Word searches for at most 255 characters
  var CATEGORY_ORDER = data.categories.map(function (c) { return c.category; });
  var CATEGORIES = {};
  data.categories.forEach(function (c) { CATEGORIES[c.category] = c; });
  var RANK = { error: 3, warning: 2, suggestion: 1 };

  var state = { paras: [], items: [], canComment: false, ready: false, memoryToken: null };

  function $(id) { return document.getElementById(id); }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }

  function quoted(text) { return el("q", { text: text }); }

  // --- messages ---------------------------------------------------------------------------

  function say(text) {
    $("fout").hidden = true;
    $("melding").textContent = text || "";
  }

  function fail(text, focus) {
    $("melding").textContent = "";
    $("fout-tekst").textContent = text;
    $("fout").hidden = false;
    if (focus !== false) $("fout").focus();
  }

  // --- the token ----------------------------------------------------------------------------
  // Kept in the browser storage of Word's web view on this computer (not in the document).

  function getToken() {
    try { return window.localStorage.getItem(KEY) || state.memoryToken; } catch (e) { return state.memoryToken; }
  }

  function setToken(value) {
    state.memoryToken = value;
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* storage blocked: keep it for this session */ }
  }

  function showToken(saved) {
    $("sleutel-bewaard").hidden = !saved;
    $("sleutel-form").hidden = saved;
  }

  $("sleutel-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var value = $("sleutel").value.trim();
    if (!value) { fail(T["geen-sleutel"]); $("sleutel").focus(); return; }
    setToken(value);
    $("sleutel").value = "";
    showToken(true);
    say(T["sleutel-bewaard"]);
    if (state.ready) $("controleer").focus();
  });

  $("sleutel-wijzig").addEventListener("click", function () {
    showToken(false);
    $("sleutel").focus();
  });

  // --- offsets --------------------------------------------------------------------------------

  // UTF-16 index of every code point offset in text (offsets from the server are code points)
  function codePointIndex(text) {
    var out = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      out.push(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    out.push(text.length);
    return out;
  }

  // the text to send, and where each Word paragraph starts in it
  function buildText(paras) {
    var parts = [];
    var segments = [];
    var pos = 0;
    paras.forEach(function (p, index) {
      if (!p.trim()) return;
      // line breaks and other control characters inside a paragraph: same length, so offsets hold
      var clean = p.replace(/[\u0000-\u0008\u000b-\u001f]/g, function (c) { return c === "\u000b" || c === "\r" ? "\n" : " "; });
      if (parts.length) { parts.push(SEPARATOR); pos += SEPARATOR.length; }
      segments.push({ index: index, start: pos, end: pos + p.length });
      parts.push(clean);
      pos += p.length;
    });
    return { text: parts.join(""), segments: segments };
  }

  // a finding's place: Word paragraph and UTF-16 offset for its start and its end
  function place(f, segments, cpIndex) {
    var s = cpIndex[Math.min(f.start, cpIndex.length - 1)];
    var e = cpIndex[Math.min(f.end, cpIndex.length - 1)];
    var first = null, last = null;
    for (var i = 0; i < segments.length; i++) {
      var seg = segments[i];
      if (first === null && s < seg.end) first = { seg: seg, at: Math.max(s, seg.start) - seg.start };
      if (e > seg.start) last = { seg: seg, at: Math.min(e, seg.end) - seg.start };
    }
    if (!first || !last || first.seg.start > last.seg.start) return null;
    if (first.seg === last.seg && last.at <= first.at) return null;
    return { ps: first.seg.index, a: first.at, pe: last.seg.index, b: last.at };
  }

  // --- finding words in Word -----------------------------------------------------------------

  // Word's search treats straight and curly quotes as the same character
  function fold(text) {
    return text.replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"');
  }

  // which match (0-based) of needle, counted as Word counts them (left to right, not overlapping),
  // starts at offset at
  function occurrence(haystack, needle, at) {
    var h = fold(haystack), n = fold(needle), k = 0, pos = h.indexOf(n);
    while (pos !== -1 && pos < at) {
      var next = h.indexOf(n, pos + n.length);
      if (next === -1 || next > at) break;
      k++;
      pos = next;
    }
    return k;
  }

  function Changed() { this.code = "veranderd"; }
  function NotFound() { this.code = "niet-gevonden"; }

  function trimPiece(text, a, b) {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // never cut a surrogate pair
    if (a > 0 && /[\udc00-\udfff]/.test(text[a])) a--;
    if (b < text.length && /[\udc00-\udfff]/.test(text[b])) b++;
    return [a, b];
  }

  async function findPiece(context, paragraph, text, a, b) {
    var ab = trimPiece(text, a, b);
    a = ab[0]; b = ab[1];
    if (b <= a) throw new NotFound();
    var needle = text.slice(a, b);
    var k = occurrence(text, needle, a);
    var results = paragraph.search(needle.replace(/\^/g, "^^"), { matchCase: true });
    results.load("items/text");
    await context.sync();
    if (k >= results.items.length) throw new NotFound();
    return results.items[k];
  }

  // the Word range of an item; checks first that its paragraphs did not change
  async function rangeOf(context, item) {
    var paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    var loc = item.loc;
    for (var p = loc.ps; p <= loc.pe; p++) {
      if (!paragraphs.items[p] || paragraphs.items[p].text !== state.paras[p]) throw new Changed();
    }
    var startText = state.paras[loc.ps], endText = state.paras[loc.pe];
    var same = loc.ps === loc.pe;
    if (same && loc.b - loc.a <= SEARCH_MAX) {
      return findPiece(context, paragraphs.items[loc.ps], startText, loc.a, loc.b);
    }
    var first = await findPiece(context, paragraphs.items[loc.ps], startText, loc.a,
      Math.min(loc.a + SEARCH_MAX, same ? loc.b : startText.length));
    var last = await findPiece(context, paragraphs.items[loc.pe], endText,
      Math.max(loc.b - SEARCH_MAX, same ? loc.a : 0), loc.b);
    return first.expandTo(last);
  }

  async function withRange(item, action) {
    if (item.stale) { fail(T.veranderd); return; }
    try {
      await Word.run(async function (context) {
        var range = await rangeOf(context, item);
        await action(context, range);
      });
    } catch (err) {
      if (err instanceof Changed || err instanceof NotFound) fail(T[err.code]);
      else fail(T["word-fout"]);
      return false;
    }
    return true;
  }

  // --- acting on a finding ---------------------------------------------------------------------

  async function select(item) {
    var ok = await withRange(item, async function (context, range) {
      range.select();
      await context.sync();
    });
    if (ok) say(T.gekozen);
  }

  // after a replacement in paragraph p from a to b by a text of length n: move the other findings
  function shift(p, a, b, n, done) {
    var delta = n - (b - a);
    state.items.forEach(function (item) {
      if (item === done || item.stale) return;
      var loc = item.loc;
      var starts = loc.ps === p, ends = loc.pe === p;
      if (!starts && !ends) return;
      var ia = starts ? loc.a : -Infinity, ib = ends ? loc.b : Infinity;
      if (ib <= a) return; // wholly before
      if (ia >= b) { // wholly after
        if (starts) loc.a += delta;
        if (ends) loc.b += delta;
      } else if (ia <= a && ib >= b) { // around the replaced words
        if (ends) loc.b += delta;
      } else {
        item.stale = true; // partly overlapping: its words are gone
      }
    });
  }

  async function replace(item, button) {
    var suggestion = item.f.suggestions[0];
    var ok = await withRange(item, async function (context, range) {
      var inserted = range.insertText(suggestion, "Replace");
      inserted.select();
      await context.sync();
    });
    if (!ok) return;
    var loc = item.loc, p = loc.ps, old = state.paras[p];
    state.paras[p] = old.slice(0, loc.a) + suggestion + old.slice(loc.b);
    shift(p, loc.a, loc.b, suggestion.length, item);
    loc.b = loc.a + suggestion.length;
    button.disabled = true;
    button.textContent = T.gedaan + ": " + fill(T["neem-over"], { s: suggestion });
    item.li.querySelector(".woorden").focus();
    say(T.overgenomen);
  }

  function commentText(f) {
    var text = f.message;
    if (f.suggestions && f.suggestions.length) {
      text += " " + fill(T["opmerking-voorstel"], { s: f.suggestions.map(function (s) { return "'" + s + "'"; }).join(" " + T.of + " ") });
    }
    return text + " (duidelijk, " + f.code + ")";
  }

  async function comment(item, button) {
    var ok = await withRange(item, async function (context, range) {
      range.insertComment(commentText(item.f));
      await context.sync();
    });
    if (!ok) return;
    button.disabled = true;
    button.textContent = T.gedaan + ": " + T["zet-opmerking"];
    item.li.querySelector(".woorden").focus();
    say(T["opmerking-gezet"]);
  }

  // --- the result --------------------------------------------------------------------------------

  function ranked(items) {
    var groups = {};
    items.forEach(function (item) {
      var c = item.f.category;
      (groups[c] = groups[c] || { category: c, weight: 0, items: [] }).items.push(item);
      groups[c].weight += RANK[item.f.severity] || 0;
    });
    var order = function (c) { var i = CATEGORY_ORDER.indexOf(c); return i < 0 ? 99 : i; };
    var list = Object.keys(groups).map(function (c) { return groups[c]; });
    // most important first: the heaviest group (severity times count, as in the summary of the
    // web page), and in a group the most serious finding, then in reading order
    list.sort(function (x, y) { return y.weight - x.weight || order(x.category) - order(y.category); });
    list.forEach(function (g) {
      g.items.sort(function (x, y) {
        return (RANK[y.f.severity] || 0) - (RANK[x.f.severity] || 0) || x.f.start - y.f.start || y.f.end - x.f.end;
      });
    });
    return list;
  }

  function short(text) {
    text = text.replace(/\s+/g, " ").trim();
    return text.length <= 60 ? text : text.slice(0, 57).replace(/\s\S*$/, "") + " …";
  }

  function renderItem(item, n) {
    var f = item.f;
    var li = el("li", { id: "punt-" + n, "data-code": f.code, "data-category": f.category, "data-severity": f.severity,
      "data-start": f.start });
    item.li = li;
    var choose = el("button", { type: "button", className: "woorden" },
      [el("span", { className: "verborgen", text: T.kies + ": " }), quoted(short(f.text))]);
    choose.addEventListener("click", function () { select(item); });
    li.appendChild(choose);
    li.appendChild(el("span", { className: "ernst ernst-" + f.severity, text: data.severities[f.severity] || f.severity }));
    li.appendChild(el("span", { className: "bericht", text: f.message }));
    if (f.suggestions && f.suggestions.length) {
      var v = el("span", { className: "voorstel" }, [T.voorstel + " "]);
      f.suggestions.forEach(function (s, i) {
        if (i) v.appendChild(document.createTextNode(" " + T.of + " "));
        v.appendChild(quoted(s));
      });
      li.appendChild(v);
    }
    var actions = el("div", { className: "punt-acties" });
    if (f.suggestions && f.suggestions.length && data.replaceable.indexOf(f.category) !== -1 &&
        item.loc && item.loc.ps === item.loc.pe) {
      var take = el("button", { type: "button", className: "neem-over", text: fill(T["neem-over"], { s: f.suggestions[0] }) });
      take.addEventListener("click", function () { replace(item, take); });
      actions.appendChild(take);
    }
    if (state.canComment) {
      var note = el("button", { type: "button", className: "opmerking", text: T["zet-opmerking"] });
      note.addEventListener("click", function () { comment(item, note); });
      actions.appendChild(note);
    }
    if (actions.children.length) li.appendChild(actions);
    return li;
  }

  function renderResult(file, items) {
    var m = file.metrics || {}, v = file.verdict || {};
    var notes = $("notities");
    notes.textContent = "";
    (file.notes || []).forEach(function (n) { notes.appendChild(el("p", { className: "melding", text: n })); });
    $("oordeel").className = "oordeel " + (v.b1 ? "oordeel-goed" : "oordeel-slecht");
    $("oordeel-tekst").textContent = v.text || "";
    var reasons = $("redenen");
    reasons.textContent = "";
    (v.reasons || []).forEach(function (r) { reasons.appendChild(el("li", { text: r })); });
    reasons.hidden = !reasons.children.length;
    var level = m.lint_level;
    $("niveau").textContent = level ? fill(T.niveau, { n: level, tekst: data.levels[String(level)] }) : data.no_level;
    var count = { error: 0, warning: 0, suggestion: 0 };
    items.forEach(function (item) { count[item.f.severity] = (count[item.f.severity] || 0) + 1; });
    $("telling").textContent = fill(T.telling, { fout: count.error, waarschuwing: count.warning, tip: count.suggestion });

    var box = $("punten");
    box.textContent = "";
    $("punten-hint").hidden = !items.length;
    var n = 0;
    ranked(items).forEach(function (g) {
      var c = CATEGORIES[g.category] || { label: g.category, icon: "?" };
      var section = el("section", { className: "groep", "data-category": g.category, "aria-labelledby": "groep-" + g.category });
      section.appendChild(el("h3", { id: "groep-" + g.category }, [
        el("span", { className: "icoon cat-" + g.category, "aria-hidden": "true", text: c.icon }),
        " " + c.label + " (" + g.items.length + ")"]));
      var ol = el("ol", { className: "punten" });
      g.items.forEach(function (item) { ol.appendChild(renderItem(item, ++n)); });
      section.appendChild(ol);
      box.appendChild(section);
    });
    $("uitslag").hidden = false;
  }

  // --- checking ------------------------------------------------------------------------------------

  async function readParagraphs() {
    return Word.run(async function (context) {
      var paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map(function (p) { return p.text; });
    });
  }

  async function post(text, token) {
    return fetch(data.api, {
      method: "POST",
      credentials: "omit",
      cache: "no-store",
      headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ tekst: text, naam: "word-document.txt" }),
    });
  }

  function errorFor(status, body) {
    if (status === 401 || status === 403) return "sleutel-fout";
    if (status === 404) return "api-uit";
    if (status === 413) return "te-lang";
    var message = body && body.error && body.error.message;
    if (status === 429) return message ? { text: message } : "te-veel";
    if (status >= 400 && status < 500 && message) return { text: message };
    return "mislukt";
  }

  async function check() {
    var token = getToken();
    if (!token) { showToken(false); fail(T["geen-sleutel"], false); $("sleutel").focus(); return; }
    var button = $("controleer");
    button.disabled = true;
    try {
      say(T.laden);
      var paras;
      try { paras = await readParagraphs(); } catch (e) { fail(T["word-fout"]); return; }
      var built = buildText(paras);
      if (!built.text.trim()) { fail(T.leeg); return; }
      say(T.controleren);
      var resp;
      try { resp = await post(built.text, token); } catch (e) { fail(T["geen-verbinding"]); return; }
      var body = null;
      try { body = await resp.json(); } catch (e) { body = null; }
      if (!resp.ok || !body || !body.files || !body.files.length) {
        var problem = errorFor(resp.ok ? 500 : resp.status, body);
        if (problem === "sleutel-fout") showToken(false);
        fail(typeof problem === "string" ? T[problem] : problem.text);
        return;
      }
      var file = body.files[0];
      if (file.error) { fail(file.error.message || T.mislukt); return; }
      state.paras = paras.slice();
      var cpIndex = codePointIndex(built.text);
      state.items = (file.findings || []).map(function (f) {
        return { f: f, loc: place(f, built.segments, cpIndex), stale: false };
      }).filter(function (item) { return item.loc !== null; });
      renderResult(file, state.items);
      var n = state.items.length;
      say(n === 0 ? T["klaar-geen"] : n === 1 ? T["klaar-een"] : fill(T.klaar, { n: n }));
      $("kop-uitslag").focus();
    } finally {
      button.disabled = false;
    }
  }

  $("controleer").addEventListener("click", check);

  // --- start ----------------------------------------------------------------------------------------

  showToken(Boolean(getToken()));
  if (typeof Office === "undefined" || !Office.onReady) {
    say(T["geen-word"]);
    return;
  }
  Office.onReady(function (info) {
    if (!info || info.host !== Office.HostType.Word) { say(T["geen-word"]); return; }
    state.canComment = Boolean(Office.context.requirements && Office.context.requirements.isSetSupported("WordApi", "1.4"));
    state.ready = true;
    $("controleer").disabled = false;
  });
})();
