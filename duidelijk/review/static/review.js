// Review page: selecting words in a paragraph fills the "Welke woorden?" field of that paragraph.
// Without this script the reviewer types the words; everything else works without it.
(function () {
  "use strict";
  function paragraphOf(node) {
    while (node && node.nodeType !== 1) { node = node.parentNode; }
    return node ? node.closest("[data-alinea]") : null;
  }
  function pick() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed) { return; }
    var p = paragraphOf(sel.anchorNode);
    if (!p || p !== paragraphOf(sel.focusNode) || p.tagName === "INPUT") { return; }
    var words = sel.toString().replace(/\s+/g, " ").trim();
    if (!words || words.length > 500) { return; }
    var input = document.getElementById("stuk-" + p.getAttribute("data-alinea"));
    if (!input) { return; }
    input.value = words;
    var details = input.closest("details");
    if (details) { details.open = true; }
  }
  document.addEventListener("mouseup", pick);
  document.addEventListener("touchend", function () { window.setTimeout(pick, 50); });
  document.addEventListener("keyup", function (e) { if (e.shiftKey) { pick(); } });
  // after saving (post/redirect/get): focus on the message next to the form that was sent
  var here = document.getElementById("fout") || document.querySelector("[data-focus]");
  if (here) {
    var details = here.closest("details");
    if (details) { details.open = true; }
    here.focus();
  }
})();
