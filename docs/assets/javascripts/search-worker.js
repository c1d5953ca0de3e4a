/* Material's search worker, with the site's analysis of the query (issue 15; ARCHITECTURE.md, "Search").
   This file is what every page loads (a few hundred bytes); the analysis itself, search-analysis.js,
   is imported when Material first sets up the index, i.e. when the reader opens search.
   Loaded instead of Material's worker (overrides/main.html names it in "search"), it loads Material's
   own worker, so the index and the results are Material's, and changes three things in it:
   - a trimmer that knows every script (lunr's strips all that is not ASCII: a whole Chinese word);
   - the query is read as the index was: its Han runs are cut into the index's own words (variants
     folded with the index's config.fold: 台 = 臺, 衞 = 衛); a compound the index holds whole is
     required and brings its parts (so the results highlight them); Latin words are stemmed as lunr's
     stemmer stemmed the index (arbitrations → arbitr), and stop words left out as the index left them;
   - Material's own cut of Han queries (longest index words, which loses the last characters and turns
     法庭 into 法) is switched off: it looks words up with `in`, which now answers "no".
   The vocabulary is the index itself: nothing more is downloaded. */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2;  /* Material's message types */

  /* Registered before Material's worker is imported, so it sees each message first. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message) return;
    if (message.type === SETUP && message.data && message.data.config) {
      if (!self.explainerSearch) importScripts("search-analysis.js");  /* before Material builds the index */
      self.explainerSearch.setUp(message.data.config);
    }
    if (message.type === QUERY && self.explainerSearch && typeof message.data === "string")
      message.data = self.explainerSearch.analyse(message.data);
  });

  var name = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) throw new Error("search-worker.js: no Material worker named");
  importScripts("workers/" + name);
})();
