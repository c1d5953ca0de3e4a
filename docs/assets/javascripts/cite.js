/* Citations, loaded by site.js on a reader's first touch of a citation control (so pages load
   light): one set of templates per page (.ex-cite-data), filled with the link and the reader's local
   date when copied; the chosen style is remembered; clipboard API, else execCommand, else a selected
   field to copy by hand; an aria-live region reports. window.explainerCitation serves other menus.
   Also the paragraph menu (the ⋯ after a paragraph's ¶): built here, once, when first opened. */
(function () {
  "use strict";

  function setUpCitations() {
    var node = document.querySelector(".ex-cite-data");
    if (!node) return;
    var data = JSON.parse(node.textContent), KEY = "explainer.citation-style";
    /* The access date as each style writes it (explainer/citations/references.py DATE_FORMS). The words it says come
       with the page's data (data.words), in the page's edition. */
    var ISO = { gbt7714: true };
    var NAMES = { gbt7714: "GB/T 7714", apa: "APA", chicago: "Chicago" };  /* explainer/citations/references.py STYLE_NAMES */
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
    /* The reader's today: [year, month, day], and as YYYY-MM-DD. */
    function today() { var d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; }
    function isoDate(p) { return p[0] + "-" + (p[1] < 10 ? "0" : "") + p[1] + "-" + (p[2] < 10 ? "0" : "") + p[2]; }
    function fill(style, kind, url) {
      var p = today();
      return put(data.styles[style][kind], { url: url, accessed: ISO[style] ? isoDate(p) : MONTHS[p[1] - 1] + " " + p[2] + ", " + p[0] });
    }
    /* A citation file (.bib or CSL-JSON) as the build wrote it, dated with the reader's today: BibTeX
       ``urldate`` after each ``url`` line, CSL ``accessed`` on each item (explainer/cite_files.py). */
    function dated(text, json, p) {
      if (json) {
        var items = JSON.parse(text);
        items.forEach(function (item) { item.accessed = { "date-parts": [p] }; });
        return JSON.stringify(items, null, 2) + "\n";
      }
      return text.replace(/^(  url = \{[^\n]*\}),$/gm, function (line, field) { return field + ",\n  urldate = {" + isoDate(p) + "},"; });
    }
    /* The download buttons: the file, fetched from this site, dated and saved; if that fails, the
       static (undated) file itself. */
    function download(link) {
      var json = /\.json$/.test(link.pathname), name = link.pathname.split("/").pop();
      fetch(link.href).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then(function (text) {
        var blob = new Blob([dated(text, json, today())], { type: json ? "application/json" : "application/x-bibtex" });
        var save = document.createElement("a");
        save.href = URL.createObjectURL(blob);
        save.download = name;
        save.hidden = true;
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () { URL.revokeObjectURL(save.href); }, 10000);
      }).catch(function () { location.href = link.href; });
    }
    function chosen() {
      var style = null;
      try { style = localStorage.getItem(KEY); } catch (e) { /* storage blocked */ }
      return data.styles[style] ? style : data.default;
    }
    function citation(anchor, lead, style, kind) {
      var reference = fill(style || chosen(), kind || "page", data.page + (anchor ? "#" + anchor : ""));
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
    /* In ``where``, beside the button: focus stays inside the control (a menu stays open). */
    function execCopy(text, where) {
      var area = document.createElement("textarea"), done = false;
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      where.appendChild(area);
      area.select();
      try { done = document.execCommand("copy"); } catch (e) { /* not allowed */ }
      area.remove();
      return done;
    }
    /* The citation as HTML, with the part the style sets in italics (data.italic) in <i>:
       explainer/cite.py as_html. */
    function asHtml(text, style, kind) {
      function escape(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
      var part = ((data.italic || {})[style] || {})[kind], at = text.lastIndexOf("\n");
      var ref = escape(text.slice(at + 1));
      if (part) ref = ref.replace(escape(part), function (found) { return "<i>" + found + "</i>"; });
      return (at >= 0 ? escape(text.slice(0, at)) + "<br>" : "") + ref;
    }
    /* ``done``: what to do once copied (else focus goes back where it was). ``html``: the same text
       with its italics, put on the clipboard beside the plain text where the browser can. */
    function copy(text, button, message, done, html) {
      var focus = document.activeElement;
      function copied() {
        if (done) done();
        else if (focus && focus.focus) focus.focus();
        announce(message);
      }
      function fallback() {
        if (execCopy(text, button.parentNode)) return copied();
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
      function plain() { navigator.clipboard.writeText(text).then(copied, fallback); }
      if (navigator.clipboard && window.isSecureContext && html && navigator.clipboard.write && window.ClipboardItem) {
        navigator.clipboard.write([new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" })
        })]).then(copied, plain);
      } else if (navigator.clipboard && window.isSecureContext) plain();
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
      copy(text, button, data.words.copied + " (" + (option ? option.textContent : style) + ")", null,
           asHtml(text, style, kind === "figure" ? "page" : kind));
    }

    /* The paragraph menu: copy the paragraph's link, or its text with its citation in the chosen style
       (the choosers' one remembered style). One menu, built on first use and put right below the
       paragraph whose ⋯ opened it, so it comes next in the tab order; a disclosure: Enter or Space on
       the ⋯ opens it with focus on its first item, ↑ ↓ Home End (and Tab) move, Escape closes it and
       focus returns to the ⋯, as it does after a copy. On a parallel view only the edition's cells have
       a ⋯; the view carries the edition's page's templates, so the text is cited at that page's #id. */
    var menu = null, opener = null;
    /* One rule each: they reach the page through the CSSOM of an empty <style>, which the page's
       Content-Security-Policy allows (explainer/csp.py); a <style> with text in it would be refused. */
    var MENU_CSS = [
      ".md-typeset .ex-pmenu-panel{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;margin:0 0 1em;" +
      "padding:.4rem .5rem;border:1px solid var(--md-default-fg-color--lighter);border-radius:.2rem;" +
      "background:var(--md-default-bg-color);box-shadow:var(--md-shadow-z1)}",
      ".md-typeset .ex-pmenu-panel[hidden]{display:none}",
      ".md-typeset :has(> .ex-pmenu[aria-expanded=true]) > .headerlink{opacity:1}",
      ".md-typeset .ex-pmenu-panel .ex-copy,.md-typeset .ex-pmenu-panel .ex-cite-style{margin:0}",
      ".md-typeset .ex-pmenu-panel .ex-cite-manual{flex-basis:100%}",
      "@media print{.md-typeset .ex-pmenu-panel{display:none}}"];

    function items() { return Array.prototype.slice.call(menu.querySelectorAll("button, select")); }
    function buildMenu() {
      var style = document.createElement("style");
      document.head.appendChild(style);
      MENU_CSS.forEach(function (rule) {
        try { style.sheet.insertRule(rule, style.sheet.cssRules.length); } catch (e) { /* a selector this browser lacks (:has) */ }
      });
      menu = document.createElement("div");
      menu.className = "ex-pmenu-panel";
      menu.id = "ex-pmenu-panel";
      menu.setAttribute("role", "group");
      menu.hidden = true;
      [["link", data.words.link], ["quote", data.words.quote]].forEach(function (item) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "ex-copy";
        button.dataset.act = item[0];
        button.textContent = item[1];
        menu.appendChild(button);
      });
      var select = document.createElement("select");
      select.className = "ex-cite-style";
      select.setAttribute("aria-label", data.words.style);
      Object.keys(data.styles).forEach(function (key) {
        select.appendChild(new Option(NAMES[key] || key, key));
      });
      menu.appendChild(select);
      menu.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-act]");
        if (button) copyFromMenu(button);
      });
      menu.addEventListener("keydown", function (event) {
        var all = items(), at = all.indexOf(document.activeElement), to = -1;
        if (event.key === "Escape") return closeMenu(true);
        if (event.target.tagName === "SELECT" && event.key !== "Home" && event.key !== "End") return;
        if (event.key === "ArrowDown" || event.key === "ArrowRight") to = (at + 1) % all.length;
        else if (event.key === "ArrowUp" || event.key === "ArrowLeft") to = (at - 1 + all.length) % all.length;
        else if (event.key === "Home") to = 0;
        else if (event.key === "End") to = all.length - 1;
        if (to < 0) return;
        event.preventDefault();
        all[to].focus();
      });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && opener && event.target === opener) closeMenu(true);
      });
      /* Focus or a click elsewhere closes it, leaving focus where the reader put it. */
      ["focusin", "click"].forEach(function (type) {
        document.addEventListener(type, function (event) {
          var target = event.target;
          if (opener && !menu.contains(target) && !(target.closest && target.closest(".ex-pmenu"))) closeMenu(false);
        });
      });
    }
    function closeMenu(refocus) {
      if (!opener) return;
      var button = opener;
      opener = null;
      menu.hidden = true;
      button.setAttribute("aria-expanded", "false");
      button.removeAttribute("aria-controls");
      if (refocus) button.focus();
    }
    function openMenu(button) {
      if (!menu) buildMenu();
      if (opener === button) return closeMenu(true);  /* the ⋯ toggles */
      closeMenu(false);
      var manual = menu.querySelector(".ex-cite-manual");
      if (manual) manual.remove();
      opener = button;
      button.parentNode.after(menu);
      menu.setAttribute("aria-label", button.getAttribute("aria-label"));
      menu.querySelector("select").value = chosen();
      menu.hidden = false;
      button.setAttribute("aria-expanded", "true");
      button.setAttribute("aria-controls", menu.id);
      items()[0].focus();
    }

    /* The paragraph's text as the reader sees it: figures as rendered, no ¶, no ⋯, no tooltip. An
       answer's speaker label (a bold "马小秋:" opening the paragraph) comes apart, to stand before the
       quotation marks (explainer/interview_cite.py speaker_lead). */
    function paragraphText(paragraph, withLabel) {
      var clone = paragraph.cloneNode(true), label = "";
      clone.querySelectorAll(".headerlink, .ex-pmenu, .md-tooltip, .md-tooltip2").forEach(function (node) { node.remove(); });
      var first = clone.firstChild;
      while (first && first.nodeType === 3 && !first.textContent.trim()) first = first.nextSibling;
      if (withLabel && first && first.nodeName === "STRONG" && /[:：]\s*$/.test(first.textContent)) {
        label = first.textContent.trim();
        first.remove();
      }
      return { label: label, text: clone.textContent.replace(/\s+/g, " ").trim() };
    }
    /* In the edition's marks (data.quotes: opening, closing, the nested pair; “ ” ‘ ’ unless given,
       「」『』 in 繁體), its own quotation marks nested (double ↔ single; an apostrophe between Latin
       letters stays): explainer/citations/references.py quoted(). */
    function quoted(text) {
      var marks = data.quotes || "“”‘’", swap = {};
      swap[marks[0]] = marks[2]; swap[marks[1]] = marks[3]; swap[marks[2]] = marks[0]; swap[marks[3]] = marks[1];
      return marks[0] + text.replace(/[“”‘’「」『』]/g, function (mark, at) {
        var apostrophe = mark === marks[3] && /[A-Za-z]/.test(text.charAt(at - 1)) && /[A-Za-z]/.test(text.charAt(at + 1));
        return !(mark in swap) || apostrophe ? mark : swap[mark];
      }) + marks[1];
    }
    /* The page's address (its canonical link, without a query such as search's ?h=) at the paragraph. */
    function paragraphLink(link) {
      var canonical = document.querySelector('link[rel="canonical"]');
      return (canonical ? canonical.href : location.href).split(/[?#]/)[0] + link.hash;
    }
    function copyFromMenu(item) {
      var button = opener, paragraph = button.parentNode, link = paragraph.querySelector(".headerlink");
      var close = function () { closeMenu(false); button.focus(); };
      if (item.dataset.act === "link") return copy(paragraphLink(link), item, data.words.linkCopied, close);
      var style = menu.querySelector("select").value;
      /* A paragraph of the interview cites the interview (an answer: with its speaker), else the page. */
      var kind = data.styles[style][button.dataset.quote] ? button.dataset.quote : "page";
      var parts = paragraphText(paragraph, kind === "answer");
      var mark = data.label || { colon: ":", gap: " " };
      var lead = (parts.label ? parts.label.replace(/\s*[:：]\s*$/, "") + mark.colon + mark.gap : "") + quoted(parts.text);
      var text = citation(link.hash.slice(1), lead, style, kind);
      copy(text, item, data.words.copied + " (" + NAMES[style] + ")", close, asHtml(text, style, kind));
    }
    window.explainerCitation = citation;
    window.explainerCite = { choose: choose, copyFrom: copyFrom, menu: openMenu, download: download };
    show(chosen());
  }
  setUpCitations();
})();

