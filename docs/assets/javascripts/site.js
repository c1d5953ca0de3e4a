/* Site behaviour: interactive charts on demand, copy link / citation, a language switch that
   keeps the reader's section. No third-party requests; the chart loader, Plotly, the chart drawing
   code (charts.js) and each chart's figure come from this site only after the page has loaded, as
   chart-loader.js says, so pages paint without them. */
(function () {
  "use strict";


  var here = document.currentScript && document.currentScript.src;
  var scripts = {};

  function loadScript(src) {  /* once per address */
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () { delete scripts[src]; reject(new Error("could not load " + src)); };
        document.head.appendChild(script);
      });
    }
    return scripts[src];
  }
  window.explainerLoadScript = loadScript;  /* chart-loader.js runs Plotly and charts.js with it */

  /* Charts: chart-loader.js says what is fetched and run when. It comes at the reader's first scroll on
     a chart page or first touch of a chart (only the click when the browser asks to save data), never
     at load; the events that arrive before it are handed over once it is there. */
  function setUpCharts() {
    if (!document.querySelector(".ex-chart")) return;
    var loader = null;
    function load() {
      loader = loader || loadScript(new URL("chart-loader.js", here).href).then(function () {
        return window.explainerChartLoader;
      }, function (error) { loader = null; throw error; });
      return loader;
    }
    var connection = navigator.connection || {};
    var savingData = !!connection.saveData || /(^|-)2g$/.test(connection.effectiveType || "");
    if (!savingData) {
      addEventListener("scroll", function () {  /* in idle time: nothing of it runs in a scroll's frames */
        (window.requestIdleCallback || setTimeout)(function () {
          load().then(function (charts) { charts.watch(document); }, function () {});
        }, { timeout: 1000 });
      }, { passive: true, once: true });
    }
    (savingData ? ["click"] : ["pointerdown", "touchstart", "focusin", "click", "pointermove"]).forEach(function (type) {
      document.addEventListener(type, function (event) {
        var figure = event.target.closest && event.target.closest(".ex-chart");
        if (figure && (type !== "pointermove" || event.pointerType === "mouse")) {
          load().then(function (charts) { charts.handle(event, figure); }, function (error) { console.warn(error.message); });
        }
      }, { passive: true });
    });
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
    return Promise.resolve();
  }

  /* A figure's permanent address: the page's canonical address at the figure's id (no ?h= of a search,
     no other #). Derived here rather than written into each of a page's cards. */
  function permalink(element) {
    var canonical = document.querySelector('link[rel="canonical"]');
    return (canonical ? canonical.href : location.href).split(/[?#]/)[0] + "#" + element.id;
  }

  function setUpCopyButtons() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest(".ex-copy");
      if (!button || !button.dataset.copy) return; /* citation buttons: cite.js */
      /* data-text: a given text (a chart page's <iframe> snippet); else the permalink of the place. */
      copy(button.dataset.text || permalink(button.closest("[id]"))).then(function () {
        var label = button.textContent;
        button.textContent = button.dataset.done;
        button.classList.add("ex-copy--done");
        setTimeout(function () { button.textContent = label; button.classList.remove("ex-copy--done"); }, 2000);
      });
    });
  }

  /* The section the reader is at: the URL's hash, else the heading the table of contents marks. */
  function currentHash() {
    if (location.hash) return location.hash;
    var active = document.querySelector(".md-nav--secondary .md-nav__link--active");
    return active ? active.hash : "";
  }

  function setUpLanguageSwitch() {
    function follow(event) {
      var link = event.target.closest && event.target.closest(".md-select a[hreflang]");
      if (link) link.href = link.href.split("#")[0] + currentHash();
    }
    document.addEventListener("click", follow, true);
    document.addEventListener("keydown", function (event) { if (event.key === "Enter") follow(event); }, true);
    document.addEventListener("focusin", follow, true);
  }

  /* Print: open the data tables and write each link's full address after it. */
  function setUpPrinting() {
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll(".ex-chart__data").forEach(function (details) { details.open = true; });
      document.querySelectorAll(".md-content a[href]:not(.headerlink):not(.ex-value)").forEach(function (link) {
        if (!link.hash || link.pathname !== location.pathname) link.dataset.printUrl = link.href;
      });
    });
  }


  /* Citations: cite.js loads on a reader's first touch of a citation control, or at once for a reader
     who has chosen a style (it shows that style). */
  function setUpCitations() {
    if (!document.querySelector(".ex-cite-data")) return;
    function load() { return loadScript(new URL("cite.js", here).href); }
    ["pointerdown", "touchstart", "focusin"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (event.target.closest && event.target.closest(".ex-cite, .ex-figure__actions, .ex-pmenu")) load();
      }, { passive: true });
    });
    try { if (localStorage.getItem("explainer.citation-style")) load(); } catch (e) { /* storage blocked */ }
    document.addEventListener("change", function (event) {
      var select = event.target, style = select.value; /* read now: cite.js, once loaded, shows the stored style */
      if (select.matches(".ex-cite-style")) load().then(function () { window.explainerCite.choose(style); });
    });
    document.addEventListener("click", function (event) {
      var button = event.target.closest(".ex-cite-copy");
      var select = button && button.parentNode.querySelector(".ex-cite-style");
      var style = select && select.value;
      if (button) load().then(function () { window.explainerCite.copyFrom(button, style); });
      var menu = event.target.closest(".ex-pmenu");
      if (menu) load().then(function () { window.explainerCite.menu(menu); });
      var file = event.target.closest(".ex-cite__files a[download]");  /* dated with the reader's today */
      if (file && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        load().then(function () { window.explainerCite.download(file); }, function () { location.href = file.href; });
      }
    });
  }

  setUpCharts();
  setUpCopyButtons();
  setUpLanguageSwitch();
  setUpPrinting();
  setUpCitations();
})();

/* Search: a query that arrives without a key press still searches. Material reads the search box on
   `keyup` only, so a query pasted from a menu, dropped in, or committed in one go by an input method
   (拼音 → 电诈) showed "Type to start searching" until the next key. On `input` (outside an IME
   composition) and on `compositionend`, tell Material with the event it listens for; it ignores a
   value it has already searched. The event does not bubble, so nothing else sees a key. Self-contained. */
(function () {
  "use strict";

  function searchWithoutAKey() {
    function notify(event) {
      var box = event.target;
      if (!box || !box.matches || !box.matches(".md-search__input")) return;
      if (event.type === "input" && event.isComposing) return;  /* wait for the committed text */
      box.dispatchEvent(new Event("keyup"));
    }
    document.addEventListener("input", notify, true);
    document.addEventListener("compositionend", notify, true);
  }

  searchWithoutAKey();
})();

/* Material's drawer and search toggles start closed. Material wrote autocomplete="off" on them so that
   Firefox would not restore them open on reload or back; the attribute is not valid on a checkbox and is
   dropped from the built pages (hooks/explainer/assets/material_html.py), so this does its work. */
["__drawer", "__search"].forEach(function (id) {
  var toggle = document.getElementById(id);
  if (toggle) toggle.checked = false;
});
