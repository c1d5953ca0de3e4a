/* The embeddable view of a chart (overrides/partials/explainer/embed.html): the reader's light or dark scheme, before the
   page paints (loaded at the top of <body>, so it is there to mark), and again when the reader changes it
   (charts.js re-colours an interactive chart when the attribute changes). Scripts run: the buttons
   that need one are shown (site.css hides them under "no-js"). */
(function () {
  "use strict";
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function apply() {
    document.body.setAttribute("data-md-color-scheme", dark && dark.matches ? "slate" : "default");
  }
  document.documentElement.classList.replace("no-js", "js");
  apply();
  if (dark && dark.addEventListener) dark.addEventListener("change", apply);
})();
