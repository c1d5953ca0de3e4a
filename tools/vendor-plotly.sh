#!/usr/bin/env bash
# Refresh the self-hosted plotly.js files in docs/assets/vendor/plotly/ from the npm registry.
# The basic bundle's version must match the plotly.js that the pinned Python plotly bundles
# (tests/test_vendor.py checks it). plotly.js-locales is published separately; its zh-cn and zh-tw
# dictionaries (one per Chinese edition, editions.py's plotly_locale) are CommonJS modules, wrapped
# here so the browser can register them with Plotly.
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
for locale in zh-cn zh-tw; do
  {
    echo "/* plotly.js-locales@$locales $locale (MIT), wrapped for the browser by tools/vendor-plotly.sh */"
    echo "(function () { var module = { exports: {} };"
    cat "locales/package/$locale.js"
    echo "Plotly.register(module.exports); })();"
  } > "$out/plotly-locale-$locale.js"
done
echo "vendored plotly.js-basic-dist-min@$version and plotly.js-locales@$locales zh-cn, zh-tw into $out"
