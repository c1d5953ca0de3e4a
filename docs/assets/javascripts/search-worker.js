/* Material's search worker, with the site's analysis of the query (issues 15 and 21; ARCHITECTURE.md, "Search").
   This file is what every page loads (a few hundred bytes); Material's worker and the analysis,
   search-analysis.js, are imported when Material first sets up the index, i.e. when the reader opens search.
   Loaded instead of Material's worker (overrides/main.html names it in "search"), it loads Material's
   own worker, so the index and the results are Material's, and search-analysis.js changes in it:
   - lunr's pipeline: a trimmer that knows every script (lunr's strips all that is not ASCII: a whole
     Chinese word), a stop-word filter for Chinese and English question and function words (the build
     writes them into search-analysis.js);
   - the query, read as the index was: Han runs cut into the index's own words (variants folded with the
     variant pairs the build writes into search-analysis.js: 台 = 臺), unknown runs as their pairs, Latin
     words stemmed, stop words left out,
     everyday synonyms (config.synonyms) and typos of five letters or more;
   - the search: every word of the query required, then one given up at a time when nothing has them all;
   - Material's own cut of Han queries (longest index words, which loses the last characters and turns
     法庭 into 法) is switched off: it looks words up with `in`, which now answers "no".
   The vocabulary is the index itself; the two other files beside it are fetched the first time a query
   needs them (search-analysis.js): search_pinyin.json for pinyin no index word spells or a Chinese typo
   (readPinyin, homophones), search_definitions.json for a word in the other language's script. */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2;  /* Material's message types */

  var name = new URLSearchParams(self.location.search).get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) throw new Error("search-worker.js: no Material worker named");
  var replay = null;  /* the first message, dispatched again once Material's worker is in */

  /* Material's worker (10 KB gzip) is imported on the first message, i.e. when the reader opens search and
     Material sends the index (overrides/partials/explainer/defer-search-index.html), not on every page
     view; the message is then dispatched again, for the listener Material's worker has just added. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message || event === replay) return;
    var first = !replay;
    if (first) {
      importScripts("workers/" + name);  /* lunr and Material's listener, before search-analysis.js patches lunr */
      replay = new MessageEvent("message", {data: message});
    }
    if (message.type === SETUP && message.data && message.data.config) {
      if (!self.explainerSearch) importScripts("search-analysis.js");  /* before Material builds the index */
      self.explainerSearch.setUp(message.data.config);
    }
    if (message.type === QUERY && self.explainerSearch && typeof message.data === "string")
      message.data = self.explainerSearch.analyse(message.data);
    if (first) self.dispatchEvent(replay);
  });
})();
