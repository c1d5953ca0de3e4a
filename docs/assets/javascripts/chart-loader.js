/* Chart loader: when plotly.js and a chart's figure are fetched, when they run, when a chart is drawn.
   Never at page load. site.js loads this file on a chart page at the reader's first scroll or first
   touch of a chart, on a chart page and in an embed alike; it runs scripts with site.js's loader.

   - A chart comes within a screen of the view: Plotly, charts.js, the figures and the edition's locale
     are prefetched (<link rel=prefetch>: the lowest priority, into the HTTP cache, nothing run).
   - The reader stops scrolling with a chart in view: once those files are in, they run in idle time.
     Plotly's start-up is one long task, so it never runs while the page is scrolling.
   - First sign of intent on the button (pointer down, touch start, keyboard focus): fetch and run now.
   - A tap or click on the button or the chart, or a mouse moving over it: draw. Not a pointer that
     only crosses a chart while the page scrolls under it (no hover upgrade).
   - A browser asking to save data (Save-Data, 2G): nothing early at all, everything on the tap.

   API: window.explainerChartLoader = { watch(root), handle(event, figure), open(figure) }. */
(function () {
  "use strict";

  var here = document.currentScript.src;
  var vendor = new URL("../vendor/plotly/", here).href;
  var PLOTLY = vendor + "plotly-charts.min.js";  /* core + bar only: tools/build-plotly.sh */
  var CHARTS = new URL("charts.js", here).href;
  var NEAR = "100% 0px";    /* a screen above or below the view */
  var QUIET_MS = 500;       /* no scroll for this long: the reader is reading, Plotly may run */

  function savingData() {
    var connection = navigator.connection || {};
    return !!connection.saveData || /(^|-)2g$/.test(connection.effectiveType || "");
  }

  var run = window.explainerLoadScript;  /* site.js's, once per address; from the HTTP cache when prefetched */

  var prefetched = {};
  function prefetch(href) {  /* resolves when the file is in the cache (or failed: the tap fetches again) */
    if (!prefetched[href]) {
      prefetched[href] = new Promise(function (resolve) {
        var link = document.createElement("link");
        link.rel = "prefetch";
        link.href = href;
        link.onload = link.onerror = resolve;
        document.head.appendChild(link);
      });
    }
    return prefetched[href];
  }

  var figures = {};
  function loadFigures(address, low) {  /* the page language's figures, one file for every chart */
    if (!figures[address]) {
      figures[address] = fetch(new URL(address, location.href), low ? { priority: "low" } : {}).then(function (response) {
        if (!response.ok) throw new Error("could not load " + address);
        return response.json();
      });
      figures[address].catch(function () { delete figures[address]; });
    }
    return figures[address];
  }

  /* The edition's plotly.js locale, named by its figures (editions.py): plotly-locale-zh-tw.js, or none. */
  function localeOf(loaded) {
    for (var id in loaded) {
      var locale = (loaded[id].config && loaded[id].config.locale || "en").toLowerCase();
      return locale === "en" ? null : vendor + "plotly-locale-" + locale + ".js";
    }
    return null;
  }

  /* Bytes only, the locale beside Plotly (not after it). */
  function fetchAll(figure, low) {
    var locale = loadFigures(figure.dataset.spec, low).then(function (loaded) {
      var href = localeOf(loaded);
      return href && prefetch(href);
    });
    return Promise.all(low ? [prefetch(CHARTS), prefetch(PLOTLY), locale] : [locale]);
  }

  /* Run in order: charts.js and Plotly, then the locale, which registers itself with Plotly. */
  function runAll(figure) {
    fetchAll(figure, false);
    return Promise.all([run(CHARTS), run(PLOTLY), loadFigures(figure.dataset.spec)]).then(function (loaded) {
      var href = localeOf(loaded[2]);
      return href ? run(href).then(function () { return loaded[2]; }) : loaded[2];
    });
  }

  function open(figure) {
    if (figure.dataset.drawn) return;
    figure.dataset.drawn = "loading";
    runAll(figure).then(function (loaded) {
      return window.explainerCharts.draw(figure, loaded[figure.id]);
    }).catch(function (error) {
      delete figure.dataset.drawn;
      console.warn(error.message);
    });
  }

  function handle(event, figure) {
    var target = event.target;
    var onButton = !!target.closest(".ex-chart__interactive");
    var onCanvas = !!target.closest(".ex-chart__canvas");
    if (event.type === "click") {
      var png = target.closest(".ex-chart__png");
      if (png) run(CHARTS).then(function () { window.explainerCharts.png(png); });
      if (onButton || onCanvas) open(figure);
    } else if (event.type === "pointermove") {
      /* a mouse that moves over the chart; not the boundary events of a page scrolling under it */
      if (onCanvas && event.pointerType === "mouse" && (event.movementX || event.movementY)) open(figure);
    } else if (onButton && !savingData()) {  /* pointerdown, touchstart, focusin: the tap is coming */
      runAll(figure).catch(function () { /* the tap tries again */ });
    }
  }

  /* Prefetch as a chart nears the view; run in idle time once the reader rests with one in view. */
  function watch(root) {
    if (savingData() || !window.IntersectionObserver || watch.started) return;
    watch.started = true;
    var charts = [].slice.call(root.querySelectorAll(".ex-chart"));
    var fetching = null, ready = false, started = false, timer = null, lastScroll = 0;
    function inView() {
      return charts.some(function (figure) {
        var box = figure.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
    }
    function whenQuiet() {
      clearTimeout(timer);
      if (started || !ready) return;
      timer = setTimeout(function () {
        var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
        idle(function () {  /* a scroll since the timer was set sets a new one */
          if (started || !inView() || performance.now() - lastScroll < QUIET_MS) return;
          started = true;
          removeEventListener("scroll", scrolled);
          runAll(charts[0]).catch(function () { started = false; });
        }, { timeout: 1000 });
      }, QUIET_MS);
    }
    var observer = new IntersectionObserver(function (entries) {
      if (fetching || !entries.some(function (entry) { return entry.isIntersecting; })) return;
      observer.disconnect();
      fetching = fetchAll(charts[0], true).then(function () { ready = true; whenQuiet(); });
    }, { rootMargin: NEAR });
    function scrolled() { lastScroll = performance.now(); whenQuiet(); }
    charts.forEach(function (figure) { observer.observe(figure); });
    addEventListener("scroll", scrolled, { passive: true });
  }

  window.explainerChartLoader = { watch: watch, handle: handle, open: open };
})();
