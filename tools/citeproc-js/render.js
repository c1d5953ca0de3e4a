// Dev only (tests): render CSL-JSON items with citeproc-js, Zotero's engine, as a second, independent
// engine beside citeproc-py. Reads a JSON list of jobs on stdin, each {"style": path.csl, "locales": dir,
// "lang": "en-US", "items": [...], "format": "text"|"html"}; prints a JSON list with, for each job, the
// list of its items' bibliography entries, in the order given. One Node process serves every job.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

function render(job) {
  const items = Object.fromEntries(job.items.map((item) => [item.id, item]));
  const sys = {
    retrieveLocale: (lang) => {
      const file = path.join(job.locales, `locales-${lang}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
    },
    retrieveItem: (id) => items[id],
  };
  const engine = new CSL.Engine(sys, fs.readFileSync(job.style, "utf8"), job.lang, true);
  engine.setOutputFormat(job.format || "text");
  return job.items.map((item) => {
    engine.updateItems([item.id]);  // one entry at a time
    const [, entries] = engine.makeBibliography();
    return entries.join("").trim();
  });
}

process.stdout.write(JSON.stringify(JSON.parse(fs.readFileSync(0, "utf8")).map(render)));
