#!/usr/bin/env bash
# Vägvisaren vs NLP.js, side by side, in one command:
#   bench/compare.sh [--content DIR] [--heldout FILE] [--rounds N] [--warmup N] [--orders N]
# Environment equivalents: VAGVISAREN_CONTENT, VAGVISAREN_HELDOUT, BENCH_ROUNDS, BENCH_WARMUP,
# BENCH_NLPJS_ORDERS (extra NLP.js trainings on shuffled phrase orders; default 5, 0 = off).
# Default content: this repository (intents/ + knowledge/); default held-out file:
# <content>/intents/tests/nlu-test.tsv.
# Installs the npm packages if needed (npm ci), exports the training phrases,
# scores and times both systems, prints a Markdown table and writes it, with the
# date, the machine and the exact commands, to bench/results.md.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench/.." && pwd)"
content="${VAGVISAREN_CONTENT:-$repo}"
heldout="${VAGVISAREN_HELDOUT:-}"
rounds="${BENCH_ROUNDS:-7}"
warmup="${BENCH_WARMUP:-3}"
orders="${BENCH_NLPJS_ORDERS:-5}"

while [ $# -gt 0 ]; do
  case "$1" in
    --content) content="$2"; shift 2 ;;
    --content=*) content="${1#*=}"; shift ;;
    --heldout) heldout="$2"; shift 2 ;;
    --heldout=*) heldout="${1#*=}"; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    --rounds=*) rounds="${1#*=}"; shift ;;
    --warmup) warmup="$2"; shift 2 ;;
    --warmup=*) warmup="${1#*=}"; shift ;;
    --orders) orders="$2"; shift 2 ;;
    --orders=*) orders="${1#*=}"; shift ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
content="$(cd "$content" && pwd)"
heldout="${heldout:-$content/intents/tests/nlu-test.tsv}"
heldout="$(cd "$(dirname "$heldout")" && pwd)/$(basename "$heldout")"
[ -f "$heldout" ] || { echo "compare.sh: held-out file not found: $heldout" >&2; exit 1; }

out="$bench/out"
mkdir -p "$out"
commands=()

# Records the command (as it can be pasted into a shell) and runs it.
# Usage: step DIR [>FILE | >&2] [2>FILE] CMD ARGS...
# (redirections are given as words so that they are recorded too; the progress
# line itself always goes to this script's stderr)
step() {
  local dir="$1"; shift
  local so="" se="" redir=""
  while :; do
    case "$1" in
      '>&2') so="&2"; redir+=" >&2"; shift ;;
      '>'*) so="${1#>}"; redir+=" > $(printf '%q' "$so")"; shift ;;
      '2>'*) se="${1#2>}"; redir+=" 2> $(printf '%q' "$se")"; shift ;;
      *) break ;;
    esac
  done
  local line
  line="$(printf '%q ' "$@")"
  commands+=("(cd $(printf '%q' "$dir") && ${line% }${redir})")
  echo "==> ${line% }${redir}" >&2
  (
    cd "$dir"
    if [ "$so" = "&2" ]; then exec 1>&2; elif [ -n "$so" ]; then exec 1>"$so"; fi
    if [ -n "$se" ]; then exec 2>"$se"; fi
    "$@"
  )
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
load_before="$(loadavg)"

command -v node >/dev/null || { echo "compare.sh: node is not installed" >&2; exit 1; }
command -v java >/dev/null || { echo "compare.sh: java is not installed" >&2; exit 1; }

# 1) npm packages: npm ci when node_modules is missing or older than the lock file.
if [ ! -f "$bench/node_modules/.package-lock.json" ] \
   || [ "$bench/package-lock.json" -nt "$bench/node_modules/.package-lock.json" ] \
   || ! (cd "$bench" && node -e "require.resolve('node-nlp'); require.resolve('@nlpjs/lang-sv')" 2>/dev/null); then
  step "$bench" ">&2" npm ci --no-audit --no-fund
fi

# 2) Training phrases, exported from the same content both systems use.
if ! step "$repo" ">$out/phrases.jsonl" "$repo/vagvisaren" export --format jsonl --content "$content"; then
  echo "compare.sh: 'vagvisaren export' failed for content $content (build or content errors above)." >&2
  echo "            Point at a working content copy with --content DIR or VAGVISAREN_CONTENT=DIR." >&2
  exit 1
fi
echo "    $(wc -l < "$out/phrases.jsonl") training phrases" >&2

# 3) Vägvisaren: accuracy from one classify run, speed from its own bench.
step "$bench" ">$out/vagvisaren.json" node vagvisaren-eval.js --content "$content" --heldout "$heldout" \
  --rounds "$rounds" --warmup "$warmup" --predictions "$out/vagvisaren-predictions.jsonl"

# 4) NLP.js: trained on the same phrases, scored and timed on the same held-out lines.
#    (its warnings, e.g. 'This utterance: "." contains only stop words', go to out/nlpjs.log)
step "$bench" ">$out/nlpjs.json" "2>$out/nlpjs.log" node nlpjs-eval.js --phrases "$out/phrases.jsonl" \
  --heldout "$heldout" --rounds "$rounds" --warmup "$warmup" --orders "$orders" \
  --predictions "$out/nlpjs-predictions.jsonl" || { cat "$out/nlpjs.log" >&2; exit 1; }

# 5) Context and report.
java_version="$(java -version 2>&1)"
cpu="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -1 || true)"
mem="$(free -h 2>/dev/null | awk '/^Mem:/ {print $2}' || true)"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || true)"
dirty=false
if [ -n "$commit" ] && [ -n "$(git -C "$repo" --no-optional-locks status --porcelain -- intents knowledge bot pom.xml 2>/dev/null)" ]; then
  dirty=true
fi
if [ "$content" != "$repo" ]; then commit=""; fi
commands+=("(cd $(printf '%q' "$bench") && node lib/report.js out/vagvisaren.json out/nlpjs.json out/context.json > results.md)")

CTX_DATE="$(date -u '+%Y-%m-%d %H:%M:%S UTC')" CTX_NPROC="$(nproc)" CTX_NODE="$(node -v)" \
CTX_NPM="$(npm -v 2>/dev/null | tail -1)" CTX_JAVA="$java_version" CTX_CPU="$cpu" CTX_MEM="$mem" \
CTX_OS="$(uname -srm)" CTX_LOAD="load average ${load_before} at start, $(loadavg) at end (1/5/15 min)" CTX_CONTENT="$content" CTX_HELDOUT="$heldout" CTX_COMMIT="$commit" CTX_DIRTY="$dirty" \
node -e '
  const e = process.env;
  const commands = process.argv.slice(1);
  process.stdout.write(JSON.stringify({
    date: e.CTX_DATE, content: e.CTX_CONTENT, heldout: e.CTX_HELDOUT,
    repoCommit: e.CTX_COMMIT || null, repoDirty: e.CTX_DIRTY === "true",
    machine: { nproc: e.CTX_NPROC, node: e.CTX_NODE, npm: e.CTX_NPM, java: e.CTX_JAVA,
               cpu: e.CTX_CPU, mem: e.CTX_MEM, os: e.CTX_OS, load: e.CTX_LOAD },
    commands,
  }, null, 2));
' "${commands[@]}" > "$out/context.json"

node "$bench/lib/report.js" "$out/vagvisaren.json" "$out/nlpjs.json" "$out/context.json" > "$bench/results.md"

# Print the table (everything up to the first section heading).
awk '/^## /{exit} {print}' "$bench/results.md"
echo
echo "Written: $bench/results.md (raw JSON and predictions in $out/)"
