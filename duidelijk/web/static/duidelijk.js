/* duidelijk: explanations at the marks, jumping from the list to a mark, and the filters.
   Without this script the page still shows the text, the marks and the list. */
(function () {
  "use strict";

  function markFor(el) {
    var mark = el.closest("mark.mark");
    if (!mark) return null;
    var id = mark.getAttribute("data-for");
    return id ? document.getElementById(id) : mark;
  }

  function panelOf(mark) {
    var button = mark.querySelector(":scope > .knop");
    if (!button) return null;
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function open(mark, focusPanel) {
    var button = mark.querySelector(":scope > .knop");
    var panel = panelOf(mark);
    if (!button || !panel) return;
    button.setAttribute("aria-expanded", "true");
    panel.hidden = false;
    if (focusPanel) panel.focus();
  }

  function close(mark, focusButton) {
    var button = mark.querySelector(":scope > .knop");
    var panel = panelOf(mark);
    if (!button || !panel) return;
    button.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    if (focusButton) button.focus();
  }

  function toggle(mark) {
    var button = mark.querySelector(":scope > .knop");
    if (button && button.getAttribute("aria-expanded") === "true") close(mark, true);
    else open(mark, true);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var button = target.closest(".knop");
    if (button) {
      event.preventDefault();
      toggle(button.parentElement);
      return;
    }
    var shut = target.closest(".sluit");
    if (shut) {
      var m = document.getElementById(shut.getAttribute("data-for"));
      if (m) close(m, true);
      return;
    }
    var jump = target.closest("a.naar-mark");
    if (jump) {
      var mark = document.getElementById(jump.getAttribute("data-mark"));
      if (mark) {
        event.preventDefault();
        mark.classList.remove("uit");
        mark.scrollIntoView({ block: "center" });
        var b = mark.querySelector(":scope > .knop");
        if (b) b.focus({ preventScroll: true });
        if (history.replaceState) history.replaceState(null, "", "#" + mark.id);
      }
      return;
    }
    if (target.closest("a, button, input, label, .uitleg")) return;
    var clicked = markFor(target);
    if (clicked && !clicked.classList.contains("uit")) toggle(clicked);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var panel = event.target instanceof Element ? event.target.closest(".uitleg") : null;
    if (panel) {
      var shut = panel.querySelector(".sluit");
      var m = shut && document.getElementById(shut.getAttribute("data-for"));
      if (m) close(m, true);
    }
  });

  function applyFilters(box) {
    var cats = {}, sevs = {};
    box.querySelectorAll("input[name=categorie]").forEach(function (i) { cats[i.value] = i.checked; });
    box.querySelectorAll("input[name=ernst]").forEach(function (i) { sevs[i.value] = i.checked; });
    document.querySelectorAll("mark.mark, li[data-category][data-severity]").forEach(function (el) {
      var off = cats[el.getAttribute("data-category")] === false || sevs[el.getAttribute("data-severity")] === false;
      el.classList.toggle("uit", off);
      if (off && el.matches("mark[id]")) close(el, false);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-filters]");
    if (box) {
      box.addEventListener("change", function () { applyFilters(box); });
      applyFilters(box);
    }
    var focus = document.getElementById("fout");
    if (focus) { focus.setAttribute("tabindex", "-1"); focus.focus(); }
  });
})();
