// Build the site's plotly.js from the npm package: its core (which holds scatter) and the trace types
// TRACES, nothing else, with the esbuild options of plotly.js's own esbuild-config.js and, as its own
// builds do (tasks/compress_attributes.js, not in the npm package), without the attributes'
// documentation, which no chart reads. Run by tools/build-plotly.sh after `npm ci` here; writes the
// bundle to the path given and prints, as JSON, what vendor.json records of its inputs and output.
//
//   node tools/plotly-bundle/build.mjs OUT.js
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// What data/metrics.json's charts draw: bar, and scatter for the ranking. Recorded in vendor.json; the MkDocs
// build stops on a chart whose trace type is not in it (charts/plotly_bundle.py), and
// tests/unit/assets/test_plotly_bundle.py checks that it is exactly the types the charts use.
const TRACES = ["bar", "scatter"];
const IN_CORE = ["scatter"];

const here = dirname(fileURLToPath(import.meta.url));
const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const read = (path) => readFileSync(join(here, path));
const plotly = JSON.parse(read("node_modules/plotly.js/package.json"));
const esbuildVersion = JSON.parse(read("node_modules/esbuild/package.json")).version;
const lock = JSON.parse(read("package-lock.json"));

const entry = ["var Plotly = require('plotly.js/lib/core');",
  "Plotly.register([" + TRACES.filter((t) => !IN_CORE.includes(t)).map((t) => `require('plotly.js/lib/${t}')`).join(", ") + "]);",
  "module.exports = Plotly;", ""].join("\n");
const banner = `/*! plotly.js (explainer: core, ${TRACES.join(", ")} - minified) v${plotly.version} | `
  + "Copyright 2012-2026, Plotly, Inc. | MIT license | built by tools/build-plotly.sh */";

// Only map traces require a stylesheet (maplibre's); none of TRACES reaches it: left out, not inlined.
const noStylesheets = {
  name: "no-stylesheets",
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: "no-css" }));
    b.onLoad({ filter: /.*/, namespace: "no-css" }, () => ({ contents: "", loader: "js" }));
  },
};

// The schema's documentation in plotly.js's source: each `description:` and `hrName:` property, whatever its
// value's form (a string, strings joined with +, an array joined, over several lines in 4.x), found by
// scanning to the end of its value: the next comma or closing bracket outside brackets and strings.
function stripDocumentation(text) {
  const key = /([{,]\s*)(?:description|hrName): /g;
  let out = "", last = 0, found;
  while ((found = key.exec(text))) {
    let i = key.lastIndex, depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "'" || c === '"' || c === "`") {
        for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
      } else if (c === "/" && text[i + 1] === "/") {
        i = text.indexOf("\n", i) - 1;
      } else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) { if (depth === 0) break; depth--; }
      else if (c === "," && depth === 0) { i++; break; }
    }
    out += text.slice(last, found.index) + found[1];
    last = i;
    key.lastIndex = i;
  }
  return out + text.slice(last);
}
const withoutDocumentation = {
  name: "without-documentation",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]plotly\.js[\\/]src[\\/].*\.js$/ }, (args) => ({
      contents: stripDocumentation(readFileSync(args.path, "utf8")),
      loader: "js",
    }));
  },
};

const result = await build({
  stdin: { contents: entry, resolveDir: here, sourcefile: "explainer-plotly-entry.js" },
  write: false,
  format: "iife",
  globalName: "Plotly",
  bundle: true,
  minify: true,
  legalComments: "none",
  banner: { js: banner },
  sourcemap: false,
  plugins: [noStylesheets, withoutDocumentation],
  alias: { regl: "@plotly/regl", stream: "stream-browserify" },
  define: { global: "window", "define.amd": "false", "process.env.NODE_DEBUG": "false" },
  target: "es2016",
  logLevel: "warning",
});
const output = result.outputFiles[0].contents;
writeFileSync(process.argv[2], output);
console.log(JSON.stringify({
  traces: TRACES,
  inputs: {
    "plotly.js": { version: plotly.version, integrity: lock.packages["node_modules/plotly.js"].integrity },
    esbuild: { version: esbuildVersion, integrity: lock.packages["node_modules/esbuild"].integrity },
    "tools/plotly-bundle/package-lock.json": { sha256: sha256(read("package-lock.json")) },
    "tools/plotly-bundle/build.mjs": { sha256: sha256(read("build.mjs")) },
  },
  sha256: sha256(output),
}));
