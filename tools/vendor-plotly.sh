#!/usr/bin/env bash
# Refresh, or check, the self-hosted plotly.js files in docs/assets/vendor/plotly/ from the npm registry.
#
#   tools/vendor-plotly.sh                  # refresh to the plotly.js that the pinned Python plotly bundles
#   tools/vendor-plotly.sh 4.1.1 3.7.0      # plotly.js-basic-dist-min and plotly.js-locales versions
#   tools/vendor-plotly.sh --check          # download the recorded versions again; change nothing
#
# Each tarball must match the sha512 `integrity` that the registry publishes for it and, for a version
# already recorded, the integrity in vendor.json (a tarball republished under the same version stops the
# script). vendor.json records, for every file served, the npm package and version it came from and its
# SHA-256; tests/unit/assets/test_vendor.py checks the files on disk against it, and that the basic bundle's
# version is the one the pinned Python plotly bundles. plotly.js-locales is published separately; its zh-cn
# and zh-tw dictionaries (one per Chinese edition, editions.py's plotly_locale) are CommonJS modules,
# wrapped here so the browser can register them with Plotly.
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
  version=$(recorded plotly.js-basic-dist-min)
  locales=$(recorded plotly.js-locales)
else
  version=${1:-$("$python" -c 'import plotly.offline as o; print(o.get_plotlyjs_version())')}
  locales=${2:-$( [ -f "$manifest" ] && recorded plotly.js-locales || echo 3.7.0)}
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for spec in "plotly.js-basic-dist-min@$version" "plotly.js-locales@$locales"; do
  npm pack --silent "$spec" >/dev/null
  published=$(npm view "$spec" dist.integrity)
  tarball="${spec%@*}-${spec##*@}.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
  if [ "$actual" != "$published" ]; then
    echo "tools/vendor-plotly.sh: $tarball is $actual, npm publishes $published" >&2
    exit 1
  fi
  echo "$spec $actual" >> integrity.txt
done
mkdir basic locales stage
tar xzf "plotly.js-basic-dist-min-$version.tgz" -C basic
tar xzf "plotly.js-locales-$locales.tgz" -C locales
cp basic/package/plotly-basic.min.js stage/plotly-basic.min.js
cp basic/package/LICENSE stage/LICENSE.txt
for locale in zh-cn zh-tw; do
  {
    echo "/* plotly.js-locales@$locales $locale (MIT), wrapped for the browser by tools/vendor-plotly.sh */"
    echo "(function () { var module = { exports: {} };"
    cat "locales/package/$locale.js"
    echo "Plotly.register(module.exports); })();"
  } > "stage/plotly-locale-$locale.js"
done

# Write (or, with --check, compare) the manifest; refuse a recorded version whose tarball changed.
"$python" - "$manifest" "$check" "$version" "$locales" <<'EOF'
import hashlib, json, pathlib, shutil, sys

manifest_path, check, version, locales = pathlib.Path(sys.argv[1]), sys.argv[2] == "true", sys.argv[3], sys.argv[4]
integrity = dict(line.split() for line in pathlib.Path("integrity.txt").read_text().splitlines())
packages = {
    "plotly.js-basic-dist-min": {"version": version, "integrity": integrity[f"plotly.js-basic-dist-min@{version}"]},
    "plotly.js-locales": {"version": locales, "integrity": integrity[f"plotly.js-locales@{locales}"]},
}
origin = {
    "LICENSE.txt": ("plotly.js-basic-dist-min", "package/LICENSE"),
    "plotly-basic.min.js": ("plotly.js-basic-dist-min", "package/plotly-basic.min.js"),
    "plotly-locale-zh-cn.js": ("plotly.js-locales", "package/zh-cn.js, wrapped"),
    "plotly-locale-zh-tw.js": ("plotly.js-locales", "package/zh-tw.js, wrapped"),
}
files = {
    name: {"package": package, "from": source,
           "sha256": hashlib.sha256(pathlib.Path("stage", name).read_bytes()).hexdigest()}
    for name, (package, source) in sorted(origin.items())
}
manifest = {
    "about": "The self-hosted plotly.js files: the npm package (version, sha512 integrity of its tarball) each "
             "came from and its SHA-256 as served. Written by tools/vendor-plotly.sh; checked by "
             "tests/unit/assets/test_vendor.py.",
    "packages": packages,
    "files": files,
}
old = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"packages": {}, "files": {}}
for name, package in packages.items():
    before = old["packages"].get(name)
    if before and before["version"] == package["version"] and before["integrity"] != package["integrity"]:
        sys.exit(f"tools/vendor-plotly.sh: npm's {name}@{package['version']} is {package['integrity']}, "
                 f"vendor.json recorded {before['integrity']}")
out = manifest_path.parent
if check:
    problems = [f"{name}: npm gives {entry['sha256']}, vendor.json records "
                f"{old['files'].get(name, {}).get('sha256')}"
                for name, entry in files.items() if old["files"].get(name) != entry]
    problems += [f"{name} on disk is not what vendor.json records"
                 for name, entry in old["files"].items()
                 if not (out / name).is_file()
                 or hashlib.sha256((out / name).read_bytes()).hexdigest() != entry["sha256"]]
    if problems:
        sys.exit("tools/vendor-plotly.sh --check: " + "; ".join(problems))
    print(f"checked plotly.js-basic-dist-min@{version} and plotly.js-locales@{locales}: "
          f"npm's tarballs, vendor.json and the {len(files)} files in {out} agree")
else:
    for name in files:
        shutil.copyfile(pathlib.Path("stage", name), out / name)
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(f"vendored plotly.js-basic-dist-min@{version} and plotly.js-locales@{locales} zh-cn, zh-tw "
          f"into {out}; hashes in vendor.json")
EOF
