#!/usr/bin/env bash
# Refresh, or check, the self-hosted plotly.js locales in docs/assets/vendor/plotly/ from the npm registry.
# (The plotly.js bundle itself and its licence are built from the npm package by tools/build-plotly.sh.)
#
#   tools/vendor-plotly.sh                  # refresh to the plotly.js-locales version recorded in vendor.json
#   tools/vendor-plotly.sh 3.7.0            # another plotly.js-locales version
#   tools/vendor-plotly.sh --check          # download the recorded version again; change nothing
#
# The tarball must match the sha512 `integrity` that the registry publishes for it and, for a version already
# recorded, the integrity in vendor.json (a tarball republished under the same version stops the script).
# vendor.json records, for every file served, the npm package and version it came from and its SHA-256;
# tests/unit/assets/test_vendor.py checks the files on disk against it. plotly.js-locales is published
# separately; its zh-cn and zh-tw dictionaries (one per Chinese edition, editions.py's plotly_locale) are
# CommonJS modules, wrapped here so the browser can register them with Plotly. The bundle's entries in
# vendor.json are kept as they are.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/docs/assets/vendor/plotly"
manifest="$out/vendor.json"
python=python3
[ -x "$here/.venv/bin/python" ] && python="$here/.venv/bin/python"
recorded() { "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["packages"][sys.argv[2]]["version"])' "$manifest" "$1"; }

check=false
if [ "${1:-}" = --check ]; then
  check=true
  locales=$(recorded plotly.js-locales)
else
  locales=${1:-$(recorded plotly.js-locales)}
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
spec="plotly.js-locales@$locales"
npm pack --silent "$spec" >/dev/null
published=$(npm view "$spec" dist.integrity)
tarball="plotly.js-locales-$locales.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
if [ "$actual" != "$published" ]; then
  echo "tools/vendor-plotly.sh: $tarball is $actual, npm publishes $published" >&2
  exit 1
fi
mkdir locales stage
tar xzf "$tarball" -C locales
for locale in zh-cn zh-tw; do
  {
    echo "/* plotly.js-locales@$locales $locale (MIT), wrapped for the browser by tools/vendor-plotly.sh */"
    echo "(function () { var module = { exports: {} };"
    cat "locales/package/$locale.js"
    echo "Plotly.register(module.exports); })();"
  } > "stage/plotly-locale-$locale.js"
done

# Write (or, with --check, compare) the locales' entries; refuse a recorded version whose tarball changed.
"$python" - "$manifest" "$check" "$locales" "$actual" <<'PY'
import hashlib, json, pathlib, shutil, sys

manifest_path, check, locales, integrity = pathlib.Path(sys.argv[1]), sys.argv[2] == "true", sys.argv[3], sys.argv[4]
package = {"version": locales, "integrity": integrity}
files = {
    name: {"package": "plotly.js-locales", "from": f"package/{name[len('plotly-locale-'):]}, wrapped",
           "sha256": hashlib.sha256(pathlib.Path("stage", name).read_bytes()).hexdigest()}
    for name in ("plotly-locale-zh-cn.js", "plotly-locale-zh-tw.js")
}
manifest = json.loads(manifest_path.read_text())
before = manifest["packages"].get("plotly.js-locales")
if before and before["version"] == locales and before["integrity"] != integrity:
    sys.exit(f"tools/vendor-plotly.sh: npm's plotly.js-locales@{locales} is {integrity}, "
             f"vendor.json recorded {before['integrity']}")
out = manifest_path.parent
if check:
    problems = [f"{name}: npm gives {entry['sha256']}, vendor.json records {manifest['files'].get(name, {}).get('sha256')}"
                for name, entry in files.items() if manifest["files"].get(name) != entry]
    problems += [f"{name} on disk is not what vendor.json records" for name in files
                 if not (out / name).is_file()
                 or hashlib.sha256((out / name).read_bytes()).hexdigest() != manifest["files"][name]["sha256"]]
    if problems:
        sys.exit("tools/vendor-plotly.sh --check: " + "; ".join(problems))
    print(f"checked plotly.js-locales@{locales}: npm's tarball, vendor.json and the locale files in {out} agree")
else:
    for name in files:
        shutil.copyfile(pathlib.Path("stage", name), out / name)
    manifest["packages"]["plotly.js-locales"] = package
    manifest["files"].update(files)
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(f"vendored plotly.js-locales@{locales} zh-cn, zh-tw into {out}; hashes in vendor.json")
PY
