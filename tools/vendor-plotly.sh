#!/usr/bin/env bash
# Refresh the self-hosted plotly.js files in docs/assets/vendor/plotly/ from the npm registry.
# The basic bundle's version must match the plotly.js that the pinned Python plotly bundles
# (tests/test_vendor.py checks it). plotly.js-locales is published separately; its zh-cn
# dictionary is a CommonJS module, wrapped here so the browser can register it with Plotly.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-$(python -c 'import plotly.offline as o; print(o.get_plotlyjs_version())')}
locales=${2:-3.7.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "plotly.js-basic-dist-min@$version" "plotly.js-locales@$locales" >/dev/null
mkdir basic locales
tar xzf plotly.js-basic-dist-min-"$version".tgz -C basic
tar xzf plotly.js-locales-"$locales".tgz -C locales
out="$here/docs/assets/vendor/plotly"
mkdir -p "$out"
cp basic/package/plotly-basic.min.js "$out/plotly-basic.min.js"
cp basic/package/LICENSE "$out/LICENSE.txt"
{
  echo "/* plotly.js-locales@$locales zh-cn (MIT), wrapped for the browser by tools/vendor-plotly.sh */"
  echo "(function () { var module = { exports: {} };"
  cat locales/package/zh-cn.js
  echo "Plotly.register(module.exports); })();"
} > "$out/plotly-locale-zh-cn.js"
echo "vendored plotly.js-basic-dist-min@$version and plotly.js-locales@$locales zh-cn into $out"
