/* Citations, loaded by site.js on a reader's first touch of a citation control (so pages load
   light): one set of templates per page (.ex-cite-data), filled with the link and the reader's local
   date when copied; the chosen style is remembered; clipboard API, else execCommand, else a selected
   field to copy by hand; an aria-live region reports. window.explainerCitation serves other menus. */
(function () {
  "use strict";

  function setUpCitations() {
    var node = document.querySelector(".ex-cite-data");
    if (!node) return;
    var data = JSON.parse(node.textContent), KEY = "explainer.citation-style";
    /* The access date as each style writes it (explainer/cite.py DATE_FORMS), and the page's words. */
    var ISO = { gbt7714: true };
    var WORDS = {
      zh: { copied: "引用已复制", byHand: "请按 Ctrl+C(Mac 上按 ⌘C)复制选中的引用" },
      en: { copied: "Citation copied", byHand: "Press Ctrl+C (⌘C on a Mac) to copy the selected citation" }
    };
    data.words = WORDS[document.documentElement.lang.indexOf("zh") === 0 ? "zh" : "en"];
    var MONTHS = "January February March April May June July August September October November December".split(" ");
    var live = document.createElement("div");
    live.className = "ex-cite-live";
    live.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    document.body.appendChild(live);

    function put(text, fields) {
      Object.keys(fields).forEach(function (key) { text = text.split("{" + key + "}").join(fields[key]); });
      return text;
    }
    function fill(style, kind, url) {
      var d = new Date(), m = d.getMonth() + 1, day = d.getDate();
      var date = ISO[style]
        ? d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day
        : MONTHS[m - 1] + " " + day + ", " + d.getFullYear();
      return put(data.styles[style][kind], { url: url, accessed: date });
    }
    function chosen() {
      var style = null;
      try { style = localStorage.getItem(KEY); } catch (e) { /* storage blocked */ }
      return data.styles[style] ? style : data.default;
    }
    function citation(anchor, lead, style) {
      var reference = fill(style || chosen(), "page", data.page + (anchor ? "#" + anchor : ""));
      return lead ? lead + "\n" + reference : reference;
    }
    function figureLead(figure) {
      function text(sel) { return figure.querySelector(sel).firstChild.textContent.replace(/\s*·\s*$/, "").trim(); }
      return put(data.lead[figure.classList.contains("ex-figure--derived") ? "derived" : "reported"],
                 { label: text(".ex-figure__label"), quantity: text(".ex-figure__value"), period: text(".ex-figure__period") });
    }
    function show(style) {
      document.querySelectorAll(".ex-cite-style").forEach(function (select) { select.value = style; });
      document.querySelectorAll(".ex-cite__text").forEach(function (span) {
        span.textContent = fill(style, span.dataset.cite, data[span.dataset.cite]);
      });
    }
    function announce(text) {
      live.textContent = "";
      setTimeout(function () { live.textContent = text; }, 50);
    }
    function execCopy(text) {
      var area = document.createElement("textarea"), done = false;
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { done = document.execCommand("copy"); } catch (e) { /* not allowed */ }
      area.remove();
      return done;
    }
    function copy(text, button, name) {
      var focus = document.activeElement;
      function copied() {
        if (focus && focus.focus) focus.focus();
        announce(data.words.copied + " (" + name + ")");
      }
      function fallback() {
        if (execCopy(text)) return copied();
        var area = button.parentNode.querySelector(".ex-cite-manual") || document.createElement("textarea");
        area.className = "ex-cite-manual";
        area.style.cssText = "display:block;width:100%;margin-top:0.4em;font:inherit";
        area.readOnly = true;
        area.rows = 4;
        area.setAttribute("aria-label", data.words.byHand);
        area.value = text;
        button.parentNode.appendChild(area);
        area.focus();
        area.select();
        announce(data.words.byHand);
      }
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(copied, fallback);
      else fallback();
    }

    function choose(style) {
      if (!data.styles[style]) return;
      try { localStorage.setItem(KEY, style); } catch (e) { /* applied, not remembered */ }
      show(style);
    }
    /* ``chosen``: the style in the button's own chooser when it was pressed. */
    function copyFrom(button, chosenStyle) {
      var select = button.parentNode.querySelector(".ex-cite-style");
      var style = data.styles[chosenStyle] ? chosenStyle : chosen();
      var kind = button.dataset.cite, figure = button.closest(".ex-figure");
      var text = kind === "figure" ? citation(figure.id, figureLead(figure), style) : fill(style, kind, data[kind]);
      var option = select && select.querySelector('option[value="' + style + '"]');
      copy(text, button, option ? option.textContent : style);
    }
    window.explainerCitation = citation;
    window.explainerCite = { choose: choose, copyFrom: copyFrom };
    show(chosen());
  }
  setUpCitations();
})();

