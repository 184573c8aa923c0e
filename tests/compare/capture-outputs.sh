#!/usr/bin/env bash
# Captures the tool's observable outputs (stdout, stderr, exit code, written files) for a fixed set
# of inputs, so that two builds can be compared byte for byte:
#   bash tests/compare/capture-outputs.sh /tmp/before   # on the old commit, after npm run build
#   bash tests/compare/capture-outputs.sh /tmp/after    # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
# Inputs: the golden cases (answers part), every example, in three formats and two languages;
# `score --frameworks`; `batch --frameworks` on the research samples with every output; the
# training library (`scenarios check`, list, show) and the indicator listings.
set -u
out=${1:?usage: capture-outputs.sh OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out" && mkdir -p "$out" && out=$(cd "$out" && pwd)
work=$(mktemp -d) && chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
export TIP_SCREEN_DATA_DIR="$work/data" NO_COLOR=1 CI=true LANG=C.UTF-8
unset TIP_SCREEN_LANG TIP_SCREEN_PASSPHRASE TIP_SCREEN_DEBUG
cli() { node "$root/bin/tip-screen.js" "$@"; }

# run NAME ARGS...: stdout, stderr and exit code of one command, with the work folder's path
# replaced so that two runs compare.
run() {
  local name=$1; shift
  (cd "$work" && cli "$@" >"$out/$name.out" 2>"$out/$name.err" </dev/null; echo $? >"$out/$name.rc")
  sed -i "s#$work#WORK#g; s#$root#ROOT#g" "$out/$name.out" "$out/$name.err"
}

mkdir -p "$work/golden"
node --input-type=module -e '
  import { readdirSync, readFileSync, writeFileSync } from "node:fs";
  import { parse, stringify } from "yaml";
  const [from, to] = process.argv.slice(1);
  for (const f of readdirSync(from).filter((f) => f.endsWith(".yaml")))
    writeFileSync(to + "/" + f, stringify(parse(readFileSync(from + "/" + f, "utf8")).answers));
' "$root/tests/golden" "$work/golden"
cp "$root"/indicators/examples/*.yaml "$work/"

for f in "$work"/golden/*.yaml "$work"/*.yaml; do
  base=golden-$(basename "$f" .yaml); [[ $f == "$work"/golden/* ]] || base=example-$(basename "$f" .yaml)
  for fmt in text json markdown; do
    for lang in en ko; do run "score-$base-$fmt-$lang" --lang "$lang" score "$f" --format "$fmt"; done
  done
  run "score-$base-frameworks-json" --lang en score "$f" --frameworks nhrck-2016,kr-2023,palermo --json
  run "score-$base-frameworks-text" --lang ko score "$f" --frameworks nhrck-2016,kr-2023,palermo
done

research=$root/indicators/examples/research
for input in screening-sample.csv screening-sample.jsonl; do
  for lang in en ko; do
    name=batch-$input-$lang; mkdir -p "$out/$name.files"
    run "$name" --lang "$lang" batch "$research/$input" --frameworks nhrck-2016,kr-2023,palermo \
      --out "$out/$name.files/rows.jsonl" --errors "$out/$name.files/errors.jsonl" \
      --summary "$out/$name.files/summary.json" --report "$out/$name.files/report.html" --by sector
    run "$name-stdout-csv" --lang "$lang" batch "$research/$input" --out-format csv --quiet
  done
done
mkdir -p "$out/batch-centre.files"
run batch-centre --lang en batch "$research/centre-export.csv" --map "$research/centre-map.yaml" \
  --frameworks nhrck-2016,kr-2023,palermo --summary "$out/batch-centre.files/summary.json" \
  --out "$out/batch-centre.files/rows.csv"

for lang in en ko; do
  run "scenarios-check-$lang" --lang "$lang" scenarios check
  run "scenarios-check-json-$lang" --lang "$lang" scenarios check --json
  run "scenarios-list-$lang" --lang "$lang" scenarios list
  for s in "$root"/indicators/scenarios/*.yaml; do
    run "scenarios-show-$(basename "$s" .yaml)-$lang" --lang "$lang" scenarios show "$(basename "$s" .yaml)"
  done
  for set in nhrck-2016 kr-2023 palermo; do
    run "indicators-list-$set-$lang" --lang "$lang" indicators list --set "$set"
    run "indicators-list-json-$set-$lang" --lang "$lang" indicators list --set "$set" --json
  done
  run "indicators-crosswalk-$lang" --lang "$lang" indicators crosswalk
  run "indicators-i18n-$lang" --lang "$lang" indicators i18n
  run "indicators-schema-$lang" --lang "$lang" indicators schema
  run "scenarios-schema-$lang" --lang "$lang" scenarios schema
done
# Output files are written beside each other; replace the capture folder's own path too.
find "$out" -type f -exec sed -i "s#$out#OUT#g" {} +
echo "captured $(find "$out" -type f | wc -l) files in $out"
