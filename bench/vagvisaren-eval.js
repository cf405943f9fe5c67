#!/usr/bin/env node
'use strict';
// Scores Vägvisaren on the held-out test file with exactly the metric code used
// for NLP.js (lib/metrics.js), and reads its speed from `vagvisaren bench`.
//
//   node vagvisaren-eval.js [--content DIR] [--heldout FILE] [--launcher PATH]
//                           [--rounds 7] [--warmup 3] [--predictions FILE]
//
// Accuracy: ONE `vagvisaren classify --content DIR` invocation with every held-out
// text piped on stdin (one JVM start + training); its `intent` field is the
// prediction ("utanfor-omradet" when it decides out of scope).
//
// Speed: `vagvisaren bench --content DIR`, run in an empty working directory.
// bench times the lines of DIR/intents/tests/nlu-test.tsv and, if the working
// directory has eval/safety-acute.tsv, those too; running it elsewhere keeps the
// timed set to the held-out lines, the same set NLP.js is timed on. Its
// "intent ranking only" and "classify (...)" lines are parsed.

const path = require('path');
const fs = require('fs');
const os = require('os');
const { spawn } = require('child_process');
const { OOS, readHeldout, scores } = require('./lib/metrics');

const repo = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const a = {
    content: repo,
    heldout: null,
    launcher: path.join(repo, 'vagvisaren'),
    rounds: 7,
    warmup: 3,
    predictions: null,
  };
  for (let i = 2; i < argv.length; i += 1) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--content') { a.content = v; i += 1; }
    else if (k === '--heldout') { a.heldout = v; i += 1; }
    else if (k === '--launcher') { a.launcher = v; i += 1; }
    else if (k === '--rounds') { a.rounds = Number(v); i += 1; }
    else if (k === '--warmup') { a.warmup = Number(v); i += 1; }
    else if (k === '--predictions') { a.predictions = v; i += 1; }
    else throw new Error(`unknown argument ${k}`);
  }
  a.content = path.resolve(a.content);
  if (!a.heldout) a.heldout = path.join(a.content, 'intents', 'tests', 'nlu-test.tsv');
  return a;
}

/** Runs a command, feeding `input` on stdin; resolves {stdout, stderr, ms}, rejects on non-zero exit. */
function run(cmd, args, { input = null, cwd = undefined } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = []; const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) {
        reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr.trim()}`));
      } else {
        resolve({ stdout, stderr, ms });
      }
    });
    child.stdin.on('error', () => {}); // reported through the exit code instead
    if (input !== null) child.stdin.end(input, 'utf8'); else child.stdin.end();
  });
}

// e.g. "intent ranking only      median    44.9 µs  p99  8097.2 µs      4749 msg/s  (medians of 7 rounds)"
const BENCH_LINE = /^(.*?)\s+median\s+([\d.]+)\s*µs\s+p99\s+([\d.]+)\s*µs\s+([\d.]+)\s*msg\/s/;

function parseBench(text) {
  const found = {};
  let messagesPerRound = null;
  let loadMs = null;
  text.split(/\r?\n/).forEach((line) => {
    const m = line.match(BENCH_LINE);
    if (m) {
      found[m[1].trim()] = { medianUs: Number(m[2]), p99Us: Number(m[3]), msgPerS: Number(m[4]) };
      return;
    }
    const n = line.match(/^messages per round:\s*(\d+)/);
    if (n) messagesPerRound = Number(n[1]);
    const l = line.match(/^load \+ validate \+ train:\s*(\d+)\s*ms/);
    if (l) loadMs = Number(l[1]);
  });
  const pick = (prefix) => {
    const key = Object.keys(found).find((k) => k.startsWith(prefix));
    if (!key) throw new Error(`vagvisaren bench: no "${prefix}" line in:\n${text}`);
    return { what: key, ...found[key] };
  };
  return {
    messagesPerRound,
    loadValidateTrainMs: loadMs,
    intentRankingOnly: pick('intent ranking only'),
    classify: pick('classify'),
    raw: text.trim().split(/\r?\n/),
  };
}

async function main() {
  const args = parseArgs(process.argv);
  const heldout = readHeldout(args.heldout);
  const texts = heldout.map((h) => h.text);
  for (const t of texts) {
    if (/[\r\n]/.test(t)) throw new Error(`held-out text contains a line break: ${JSON.stringify(t)}`);
  }

  // 1) accuracy: one classify run over every held-out line
  const cls = await run(args.launcher, ['classify', '--content', args.content], {
    input: `${texts.join('\n')}\n`,
  });
  const lines = cls.stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== texts.length) {
    throw new Error(`classify wrote ${lines.length} lines for ${texts.length} inputs\n${cls.stderr}`);
  }
  const gold = []; const pred = []; const rows = [];
  const decisions = {};
  lines.forEach((line, i) => {
    const o = JSON.parse(line);
    if (o.text !== texts[i]) {
      throw new Error(`classify output ${i + 1} is for ${JSON.stringify(o.text)}, expected ${JSON.stringify(texts[i])}`);
    }
    const p = o.intent ? o.intent : OOS; // no intent at all = not answered in scope
    gold.push(heldout[i].intent);
    pred.push(p);
    if (o.decision !== undefined) decisions[o.decision] = (decisions[o.decision] || 0) + 1;
    rows.push({
      text: o.text, expected: heldout[i].intent, predicted: p, confidence: o.confidence, decision: o.decision,
    });
  });
  if (args.predictions) {
    fs.writeFileSync(args.predictions, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  }

  // 2) speed: vagvisaren bench, in an empty working directory (see header)
  const emptyCwd = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-bench-'));
  let bench;
  try {
    const b = await run(args.launcher, ['bench', '--content', args.content,
      `--rounds=${args.rounds}`, `--warmup=${args.warmup}`], { cwd: emptyCwd });
    bench = parseBench(b.stdout);
  } finally {
    fs.rmSync(emptyCwd, { recursive: true, force: true });
  }
  const warnings = [];
  if (bench.messagesPerRound !== texts.length) {
    warnings.push(`bench timed ${bench.messagesPerRound} messages per round, the held-out file has ${texts.length}`
      + ' (bench always times <content>/intents/tests/nlu-test.tsv)');
  }

  const out = {
    system: 'Vägvisaren',
    content: args.content,
    heldout: path.resolve(args.heldout),
    classifyCliWallMs: Math.round(cls.ms), // includes JVM start-up and training
    decisions,
    metrics: scores(gold, pred),
    throughput: {
      messagesPerRound: bench.messagesPerRound,
      rounds: args.rounds,
      warmup: args.warmup,
      loadValidateTrainMs: bench.loadValidateTrainMs,
      intentRankingOnly: bench.intentRankingOnly,
      classify: bench.classify,
      benchOutput: bench.raw,
    },
    warnings,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((e) => {
  process.stderr.write(`vagvisaren-eval: ${e.stack || e}\n`);
  process.exit(1);
});
