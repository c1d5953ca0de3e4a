/* Interactive charts, loaded with Plotly when a reader first reaches for a chart (site.js).
   The figure was built and validated with plotly at build time from the same layout as the static
   drawing; here it only takes the page's colours (light or dark) and is drawn over the static one,
   at its height. Also: a chart's slide-sized SVG turned into a PNG with the reader's own fonts. */
(function () {
  "use strict";

  /* The chart's own CSS variables, which the static drawing uses too: both drawings match. */
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

  /* A coloured copy of the figure: its annotations and shapes are named by their role. */
  function themed(spec, figure) {
    var c = palette(figure);
    var copy = JSON.parse(JSON.stringify(spec));
    var layout = copy.layout;
    /* The page's own font stack, which differs by edition (TC fonts first for 繁體), as the static drawing. */
    var family = getComputedStyle(figure).fontFamily;
    layout.font = Object.assign({}, layout.font, { color: c.text }, family ? { family: family } : {});
    layout.hoverlabel = Object.assign({}, layout.hoverlabel, {
      bgcolor: c.paper, bordercolor: c.muted, font: Object.assign({}, (layout.hoverlabel || {}).font, { color: c.text })
    });
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

  function draw(figure, spec) {
    var canvas = figure.querySelector(".ex-chart__canvas");
    var holder = document.createElement("div");
    holder.className = "ex-chart__plotly";
    canvas.appendChild(holder);
    figure.exSpec = spec;
    var drawn = themed(spec, figure);
    return window.Plotly.newPlot(holder, drawn.data, drawn.layout, drawn.config).then(function () {
      figure.dataset.drawn = "plotly";
      var button = figure.querySelector(".ex-chart__interactive");
      if (document.activeElement === button) canvas.focus();  /* the button goes: keep the reader's place */
      button.hidden = true;
    }, function (error) {
      holder.remove();
      throw error;
    });
  }

  function retheme() {
    document.querySelectorAll('.ex-chart[data-drawn="plotly"]').forEach(function (figure) {
      var drawn = themed(figure.exSpec, figure);
      window.Plotly.react(figure.querySelector(".ex-chart__plotly"), drawn.data, drawn.layout, drawn.config);
    });
  }

  function png(button) {
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

  new MutationObserver(retheme).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  window.explainerCharts = { draw: draw, png: png };
})();
