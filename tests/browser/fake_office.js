/* A small fake of exactly the Office.js calls the task pane uses (duidelijk/web/static/office/
 * taakvenster.js), for the browser test: served instead of Microsoft's office.js.
 *
 * The document is window.__fakeWord.paragraphs (strings). Like the real Office.js, commands
 * are queued and run at context.sync(); a collection's items and a range's text can only be
 * read after load() and sync(). Everything Word is asked to do is logged in window.__fakeWord:
 * searches, selections, replacements and comments, each with its paragraph and offsets.
 */
(function () {
  "use strict";
  var word = window.__fakeWord = window.__fakeWord || {};
  word.paragraphs = word.paragraphs || [];
  word.searches = [];
  word.selections = [];
  word.replacements = [];
  word.comments = [];
  word.errors = [];
  var apiVersion = word.apiVersion || "1.4";

  function fail(message) { word.errors.push(message); throw new Error(message); }

  function fold(text) {
    return text.replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"');
  }

  function Context() {
    this.queue = [];
    this.document = { body: { paragraphs: new ParagraphCollection(this) } };
  }
  Context.prototype.sync = function () {
    var queue = this.queue;
    this.queue = [];
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try { queue.forEach(function (op) { op(); }); resolve(); } catch (e) { reject(e); }
      }, 0);
    });
  };

  function loaded(obj, name) {
    if (!obj._loaded) fail("PropertyNotLoaded: " + name + " read before load() and sync()");
  }

  function ParagraphCollection(context) {
    this._context = context;
    this._loaded = false;
    this._items = [];
  }
  ParagraphCollection.prototype.load = function (what) {
    var self = this;
    if (what !== "items/text" && what !== "items" && what !== "text") fail("unexpected load: " + what);
    this._context.queue.push(function () {
      self._items = word.paragraphs.map(function (t, i) { return new Paragraph(self._context, i, t); });
      self._loaded = true;
    });
    return this;
  };
  Object.defineProperty(ParagraphCollection.prototype, "items", {
    get: function () { loaded(this, "paragraphs.items"); return this._items; },
  });

  function Paragraph(context, index, text) {
    this._context = context;
    this._index = index;
    this.text = text;
  }
  Paragraph.prototype.search = function (needle, options) {
    var index = this._index;
    var results = new RangeCollection(this._context);
    var matchCase = Boolean(options && options.matchCase);
    if (needle.length > 255) fail("search text longer than 255 characters");
    if (/\^(?!\^)/.test(needle.replace(/\^\^/g, ""))) fail("unescaped ^ in search text");
    var plain = needle.replace(/\^\^/g, "^");
    this._context.queue.push(function () {
      var text = word.paragraphs[index];
      var h = fold(text), n = fold(plain);
      if (!matchCase) { h = h.toLowerCase(); n = n.toLowerCase(); }
      var found = [];
      var pos = h.indexOf(n);
      while (n && pos !== -1) {  // left to right, not overlapping, as Word's Find
        found.push(new Range(results._context, index, pos, index, pos + n.length));
        pos = h.indexOf(n, pos + n.length);
      }
      word.searches.push({ paragraph: index, text: plain, matchCase: matchCase, found: found.length });
      results._items = found;
    });
    return results;
  };

  function RangeCollection(context) {
    this._context = context;
    this._loaded = false;
    this._items = [];
  }
  RangeCollection.prototype.load = function () {
    var self = this;
    this._context.queue.push(function () {
      self._items.forEach(function (r) { r._loaded = true; });
      self._loaded = true;
    });
    return this;
  };
  Object.defineProperty(RangeCollection.prototype, "items", {
    get: function () { loaded(this, "ranges.items"); return this._items; },
  });

  function Range(context, p1, a, p2, b) {
    this._context = context;
    this.p1 = p1; this.a = a; this.p2 = p2; this.b = b;
    this._loaded = false;
  }
  function rangeText(r) {
    if (r.p1 === r.p2) return word.paragraphs[r.p1].slice(r.a, r.b);
    var parts = [word.paragraphs[r.p1].slice(r.a)];
    for (var p = r.p1 + 1; p < r.p2; p++) parts.push(word.paragraphs[p]);
    parts.push(word.paragraphs[r.p2].slice(0, r.b));
    return parts.join("\r");
  }
  function where(r) { return { p1: r.p1, a: r.a, p2: r.p2, b: r.b, text: rangeText(r) }; }
  Object.defineProperty(Range.prototype, "text", {
    get: function () { loaded(this, "range.text"); return rangeText(this); },
  });
  Range.prototype.expandTo = function (other) {
    if (!(other instanceof Range)) fail("expandTo needs a range");
    var r = new Range(this._context, this.p1, this.a, other.p2, other.b);
    if (other.p1 < this.p1 || (other.p1 === this.p1 && other.a < this.a)) fail("expandTo: the end lies before the start");
    return r;
  };
  Range.prototype.select = function () {
    var self = this;
    this._context.queue.push(function () { word.selections.push(where(self)); });
  };
  Range.prototype.insertText = function (text, location) {
    if (location !== "Replace") fail("insertText only with 'Replace' in this fake, got " + location);
    var self = this;
    var result = new Range(this._context, 0, 0, 0, 0);
    this._context.queue.push(function () {
      var before = where(self);
      if (self.p1 !== self.p2) fail("replacing across paragraphs");
      var t = word.paragraphs[self.p1];
      word.paragraphs[self.p1] = t.slice(0, self.a) + text + t.slice(self.b);
      result.p1 = result.p2 = self.p1;
      result.a = self.a;
      result.b = self.a + text.length;
      word.replacements.push({ p1: before.p1, a: before.a, p2: before.p2, b: before.b, old: before.text, text: text });
    });
    return result;
  };
  Range.prototype.insertComment = function (text) {
    if (apiVersion < "1.4") fail("insertComment needs WordApi 1.4");
    var self = this;
    this._context.queue.push(function () {
      var w = where(self);
      w.comment = text;
      word.comments.push(w);
    });
    return {};
  };

  window.Word = {
    run: function (batch) {
      var context = new Context();
      return Promise.resolve().then(function () { return batch(context); });
    },
  };
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return name === "WordApi" && String(version) <= apiVersion;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: word.host === undefined ? "Word" : word.host, platform: "PC" };
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
      });
    },
  };
})();
