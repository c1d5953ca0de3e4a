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

  /* Colours come from the page's palette, so charts follow the light/dark toggle. */
  function palette() {
    var style = getComputedStyle(document.body);
    function v(name, fallback) { return (style.getPropertyValue(name) || fallback).trim(); }
    return {
      text: v("--md-typeset-color", "#222"),
      muted: v("--md-default-fg-color--light", "#666"),
      grid: v("--md-default-fg-color--lightest", "#ddd"),
      bar: v("--ex-chart-bar", "#3f51b5"),
      paper: v("--md-default-bg-color", "#fff")
    };
  }

  function themed(layout, data) {
    var c = palette();
    layout.font = Object.assign({}, layout.font, { color: c.text });
    ["xaxis", "yaxis"].forEach(function (axis) {
      layout[axis] = Object.assign({}, layout[axis], {
        gridcolor: c.grid, zerolinecolor: c.muted, linecolor: c.muted, tickfont: { color: c.text }
      });
    });
    layout.hoverlabel = Object.assign({}, layout.hoverlabel, { bgcolor: c.paper, bordercolor: c.muted, font: { color: c.text } });
    data.forEach(function (trace) {
      trace.marker = Object.assign({}, trace.marker, { color: c.bar });
      if (trace.line) trace.line = Object.assign({}, trace.line, { color: c.bar });
      trace.textfont = { color: c.text };
      if (trace.type === "bar") trace.insidetextfont = { color: c.paper };
    });
  }

  function upgrade(figure) {
    if (figure.dataset.drawn) return;
    figure.dataset.drawn = "loading";
    var canvas = figure.querySelector(".ex-chart__canvas");
    var spec = JSON.parse(figure.querySelector(".ex-chart__spec").textContent);
    loadPlotly().then(function () {
      spec.layout.height = canvas.clientHeight; /* keep the reserved box: no layout shift */
      themed(spec.layout, spec.data);
      canvas.textContent = "";
      return window.Plotly.newPlot(canvas, spec.data, spec.layout, spec.config);
    }).then(function () {
      figure.dataset.drawn = "plotly";
      figure.querySelector(".ex-chart__interactive").hidden = true;
    }).catch(function (error) {
      delete figure.dataset.drawn;
      console.warn(error.message);
    });
  }

  function retheme() {
    document.querySelectorAll('.ex-chart[data-drawn="plotly"] .ex-chart__canvas').forEach(function (canvas) {
      var layout = { xaxis: {}, yaxis: {} };
      var data = canvas.data.map(function (trace) { return { type: trace.type, line: trace.line }; });
      themed(layout, data);
      window.Plotly.update(canvas, {
        "marker.color": data.map(function (t) { return t.marker.color; }),
        "textfont.color": data.map(function (t) { return t.textfont.color; })
      }, layout);
    });
  }

  function setUpCharts() {
    document.querySelectorAll(".ex-chart").forEach(function (figure) {
      var button = figure.querySelector(".ex-chart__interactive");
      var canvas = figure.querySelector(".ex-chart__canvas");
      button.addEventListener("click", function () { upgrade(figure); });
      ["pointerenter", "touchstart"].forEach(function (type) {
        canvas.addEventListener(type, function () { upgrade(figure); }, { once: true, passive: true });
      });
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
