// Dev only (tests): render CSL-JSON items with citeproc-js, Zotero's engine, as a second, independent
// engine beside citeproc-py. Reads {"style": path.csl, "locales": dir, "lang": "en-US", "items": [...]}
// on stdin; prints a JSON list of each item's bibliography entry as plain text.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const job = JSON.parse(fs.readFileSync(0, "utf8"));
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
const out = job.items.map((item) => {
  engine.updateItems([item.id]);  // one entry at a time, in the order given
  const [, entries] = engine.makeBibliography();
  return entries.join("").trim();
});
process.stdout.write(JSON.stringify(out));
