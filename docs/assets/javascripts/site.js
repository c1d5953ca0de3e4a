/* Site behaviour: interactive charts on demand, copy link / citation, a language switch that
   keeps the reader's section. No
   third-party requests; Plotly is fetched from this site only when a reader reaches for a chart,
   so pages paint without parsing it. */
(function () {
  "use strict";


  var here = document.currentScript && document.currentScript.src;
  var vendor = here ? new URL("../vendor/plotly/", here).href : "assets/vendor/plotly/";
  var plotlyLoading = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  function loadPlotly() {
    if (!plotlyLoading) {
      var zh = document.documentElement.lang.indexOf("zh") === 0;
      plotlyLoading = loadScript(vendor + "plotly-basic.min.js").then(function () {
        return zh ? loadScript(vendor + "plotly-locale-zh-cn.js") : null;
      });
    }
    return plotlyLoading;
  }

  /* Colours come from the page's palette (the chart's own CSS variables, which the static drawing
     uses too), so both drawings match and follow the light/dark toggle. */
  function palette(figure) {
    var style = getComputedStyle(figure);
    function v(name, fallback) { return (style.getPropertyValue(name) || fallback).trim(); }
    return {
      text: v("--ex-chart-text", "#222"),
      muted: v("--ex-chart-muted", "#666"),
      grid: v("--ex-chart-grid", "#ddd"),
      bar: v("--ex-chart-bar", "#3f51b5"),
      paper: v("--md-default-bg-color", "#fff")
    };
  }

  /* A copy of the build-time figure, coloured: annotations and shapes are named by their role. */
  function themed(spec, figure) {
    var c = palette(figure);
    var copy = JSON.parse(JSON.stringify(spec));
    var layout = copy.layout;
    layout.font = Object.assign({}, layout.font, { color: c.text });
    layout.hoverlabel = Object.assign({}, layout.hoverlabel, { bgcolor: c.paper, bordercolor: c.muted, font: Object.assign({}, (layout.hoverlabel || {}).font, { color: c.text }) });
    (layout.annotations || []).forEach(function (note) {
      var muted = note.name === "tick" || note.name === "axis-title";
      note.font = Object.assign({}, note.font, { color: muted ? c.muted : c.text });
    });
    (layout.shapes || []).forEach(function (shape) {
      shape.line = Object.assign({}, shape.line, { color: shape.name === "baseline" ? c.muted : c.grid });
    });
    copy.data.forEach(function (trace) {
      trace.marker = Object.assign({}, trace.marker, { color: c.bar });
    });
    return copy;
  }

  function upgrade(figure) {
    if (figure.dataset.drawn) return;
    figure.dataset.drawn = "loading";
    var canvas = figure.querySelector(".ex-chart__canvas");
    var spec = JSON.parse(figure.querySelector(".ex-chart__spec").textContent);
    var holder = document.createElement("div");
    holder.className = "ex-chart__plotly";
    loadPlotly().then(function () {
      canvas.appendChild(holder);
      var drawn = themed(spec, figure);
      figure.exSpec = spec;
      return window.Plotly.newPlot(holder, drawn.data, drawn.layout, drawn.config);
    }).then(function () {
      figure.dataset.drawn = "plotly";
      var button = figure.querySelector(".ex-chart__interactive");
      if (document.activeElement === button) canvas.focus();  /* the button goes: keep the reader's place */
      button.hidden = true;
    }).catch(function (error) {
      holder.remove();
      delete figure.dataset.drawn;
      console.warn(error.message);
    });
  }

  function retheme() {
    document.querySelectorAll('.ex-chart[data-drawn="plotly"]').forEach(function (figure) {
      var drawn = themed(figure.exSpec, figure);
      window.Plotly.react(figure.querySelector(".ex-chart__plotly"), drawn.data, drawn.layout, drawn.config);
    });
  }

  /* The slide-sized SVG (built with the site) turned into a PNG with the reader's own fonts. */
  function downloadPng(button) {
    var image = new Image();
    image.onload = function () {
      var scale = 1.5;  /* 1280 × 720 → 1920 × 1080, a full-HD slide */
      var canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth * scale;
      canvas.height = image.naturalHeight * scale;
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = button.dataset.name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      }, "image/png");
    };
    image.onerror = function () { location.href = button.dataset.svg; };
    image.src = new URL(button.dataset.svg, location.href).href;
  }

  function setUpCharts() {
    document.querySelectorAll(".ex-chart").forEach(function (figure) {
      var canvas = figure.querySelector(".ex-chart__canvas");
      figure.querySelector(".ex-chart__interactive").addEventListener("click", function () { upgrade(figure); });
      figure.querySelector(".ex-chart__png").addEventListener("click", function (event) { downloadPng(event.currentTarget); });
      /* A mouse that moves over the chart, or a tap on it; not the boundary events a scroll fires
         when the page moves under a resting pointer, nor a finger that scrolls across it. */
      canvas.addEventListener("pointermove", function (event) {
        if (event.pointerType === "mouse" && (event.movementX || event.movementY)) upgrade(figure);
      }, { passive: true });
      canvas.addEventListener("click", function () { upgrade(figure); });
    });
    new MutationObserver(retheme).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
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

  function setUpCopyButtons() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest(".ex-copy");
      if (!button || !button.dataset.copy) return; /* citation buttons: cite.js */
      var figure = button.closest(".ex-figure");
      copy(figure.dataset[button.dataset.copy]).then(function () {
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
    var loading = null;
    function load() { return loading || (loading = loadScript(new URL("cite.js", here).href)); }
    ["pointerdown", "touchstart", "focusin"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (event.target.closest && event.target.closest(".ex-cite, .ex-figure__actions")) load();
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
