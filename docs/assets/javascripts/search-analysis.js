/* The site's analysis of search queries, loaded by search-worker.js into Material's search worker
   when the index is first set up (when the reader opens search), not with every page: see the notes
   at the top of search-worker.js. It adjusts Material's lunr and exposes self.explainerSearch. */
(function () {
  "use strict";
  var lunr = self.lunr;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  var fold = {}, separator = /[\s\u200b]+/, words = null, foldedWords = null;

  function folded(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) out += fold[text[i]] || text[i];
    return out;
  }

  function setUp(config) {
    fold = {};
    var pairs = config.fold || "";  /* code points, four hex digits each: a variant, then its form */
    for (var i = 0; i + 8 <= pairs.length; i += 8) {
      fold[String.fromCharCode(parseInt(pairs.slice(i, i + 4), 16))] =
        String.fromCharCode(parseInt(pairs.slice(i + 4, i + 8), 16));
    }
    if (config.separator) separator = new RegExp(config.separator, "g");
  }

  function learn(invertedIndex) {
    words = invertedIndex;
    foldedWords = Object.create(null);
    for (var word in invertedIndex) {
      if (!HAN.test(word)) continue;
      var key = folded(word);
      (foldedWords[key] = foldedWords[key] || []).push(word);
    }
  }

  /* The fewest index words that make up `run` (a character the index lacks counts, at a cost);
     `whole` false leaves out `run` itself, to find its parts. */
  function cut(run, whole) {
    var key = folded(run), n = key.length, best = [[0, []]];
    for (var end = 1; end <= n; end++) {
      for (var start = 0; start < end; start++) {
        if (!best[start] || (!whole && start === 0 && end === n)) continue;
        var piece = key.slice(start, end), known = foldedWords[piece];
        var cost = known ? 1 : (end - start === 1 ? 3 : 0);
        if (!cost) continue;
        var total = best[start][0] + cost;
        if (!best[end] || total < best[end][0])
          best[end] = [total, best[start][1].concat([known || [run.slice(start, end)]])];
      }
    }
    return best[n] ? best[n][1] : [[run]];
  }

  function hanTerms(run) {
    var terms = [];
    cut(run, true).forEach(function (spellings) {
      spellings.forEach(function (word) {
        var parts = [];
        if (word.length > 2 && words[word])
          cut(word, false).forEach(function (spelled) {
            if (spelled[0].length > 1 && words[spelled[0]]) parts.push.apply(parts, spelled);
          });
        /* A compound the index holds whole (a glossary term) is required: the reader typed the term,
           not its parts; its parts are asked for too, so the results highlight them. */
        terms.push(parts.length ? "+" + word : word);
        terms.push.apply(terms, parts);
      });
    });
    return terms;
  }

  /* As lunr's pipeline treats the index's words: a stop word (the, a, of) is dropped, as the index
     dropped it (Material would look it up as a prefix: "a" matches every word that starts with a). */
  function stem(word) {
    var token = new lunr.Token(word.toLowerCase());
    return lunr.stopWordFilter(token) ? lunr.stemmer(token).toString() : "";
  }

  function analyse(query) {
    var terms = [];
    query.split(/\s+/).forEach(function (part) {
      if (!part) return;
      if (/^[+\-]|[:~^*]/.test(part)) { terms.push(part); return; }  /* lunr's own query syntax */
      part.split(separator).forEach(function (piece) {
        piece = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        if (!piece) return;
        piece.split(/([\u3400-\u9fff\uf900-\ufaff]+)/).forEach(function (chunk) {
          if (!chunk) return;
          if (HAN.test(chunk)) terms.push.apply(terms, hanTerms(chunk));
          else terms.push(stem(chunk));
        });
      });
    });
    return terms.filter(function (term, i) { return term && terms.indexOf(term) === i; }).join(" ");
  }

  function trimmer(token) {
    return token.update(function (text) { return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); });
  }
  lunr.Pipeline.registerFunction(trimmer, "trimmerAnyScript");
  lunr.trimmer = trimmer;

  var build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    var index = build.call(this);
    learn(index.invertedIndex);
    index.invertedIndex = new Proxy(index.invertedIndex, { has: function () { return false; } });
    return index;
  };
  self.explainerSearch = {
    setUp: setUp,
    analyse: function (query) { return words ? analyse(query) : query; }
  };
})();
