#!/usr/bin/env bash
# Build, or check, the site's own plotly.js: docs/assets/vendor/plotly/plotly-charts.min.js, the npm
# package plotly.js (the version the pinned Python plotly bundles) with only its core and the trace types
# the charts draw (tools/plotly-bundle/build.mjs), and its licence.
#
#   tools/build-plotly.sh            # npm ci (the lock pins plotly.js, esbuild and every dependency), build, record
#   tools/build-plotly.sh --check    # build again into a temporary folder; fail unless byte-identical to vendor.json's
#
# vendor.json records the inputs (plotly.js and esbuild versions with the lock's sha512 integrity, the SHA-256
# of the lock and of build.mjs), the trace types, and the output's SHA-256; tests/unit/assets/test_vendor.py
# checks the files against it and tests/unit/assets/test_plotly_build.py runs --check. npm ci refuses a
# tarball whose integrity differs from the lock. Needs Node.js 18+ and npm (dev only; readers never load this).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool="$here/tools/plotly-bundle"
out="$here/docs/assets/vendor/plotly"
python=python3
[ -x "$here/.venv/bin/python" ] && python="$here/.venv/bin/python"
check=false
[ "${1:-}" = --check ] && check=true

npm ci --prefix "$tool" --ignore-scripts --no-audit --no-fund --silent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$tool/build.mjs" "$work/plotly-charts.min.js" > "$work/record.json"
cp "$tool/node_modules/plotly.js/LICENSE" "$work/LICENSE.txt"

"$python" - "$out" "$work" "$check" <<'PY'
import hashlib, json, pathlib, shutil, sys

out, work, check = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3] == "true"
record = json.loads((work / "record.json").read_text())
manifest_path = out / "vendor.json"
manifest = json.loads(manifest_path.read_text())
plotly = record["inputs"]["plotly.js"]
sha = lambda path: hashlib.sha256(path.read_bytes()).hexdigest()
files = {
    "plotly-charts.min.js": {"package": "plotly.js", "from": "built by tools/build-plotly.sh: core + "
                             + ", ".join(t for t in record["traces"] if t != "scatter"), "sha256": record["sha256"]},
    "LICENSE.txt": {"package": "plotly.js", "from": "package/LICENSE", "sha256": sha(work / "LICENSE.txt")},
}
bundle = {"traces": record["traces"], "inputs": record["inputs"]}
if check:
    problems = [f"{name}: the build gives {entry['sha256']}, vendor.json records "
                f"{manifest['files'].get(name, {}).get('sha256')}"
                for name, entry in files.items() if manifest["files"].get(name) != entry]
    if manifest.get("bundle") != bundle:
        problems.append("the inputs or trace types differ from vendor.json's bundle record")
    problems += [f"{name} on disk is not what vendor.json records" for name in files
                 if not (out / name).is_file() or sha(out / name) != manifest["files"].get(name, {}).get("sha256")]
    if problems:
        sys.exit("tools/build-plotly.sh --check: " + "; ".join(problems))
    print(f"checked plotly-charts.min.js: plotly.js@{plotly['version']} rebuilt byte-identical ({record['sha256'][:12]}…)")
else:
    for name in files:
        shutil.copyfile(work / name, out / name)
    manifest["packages"]["plotly.js"] = {"version": plotly["version"], "integrity": plotly["integrity"]}
    manifest["files"].update(files)
    manifest["bundle"] = bundle
    manifest["files"] = dict(sorted(manifest["files"].items()))
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(f"built plotly-charts.min.js from plotly.js@{plotly['version']} ({', '.join(record['traces'])}) into {out}")
PY
