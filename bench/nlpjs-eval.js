#!/usr/bin/env node
'use strict';
// Trains NLP.js (node-nlp NlpManager, Swedish) on the phrases exported from
// Vägvisaren and scores it on the held-out test file; then times it.
//
//   node nlpjs-eval.js --phrases out/phrases.jsonl [--heldout FILE] [--rounds 7] [--warmup 3]
//                      [--predictions out/nlpjs-predictions.jsonl] [--orders N]
//
// Prints one JSON object on stdout. Prediction rule: NLP.js answers 'None' (or a
// score below its own threshold, settings.threshold = 0.5 by default) -> utanfor-omradet.
//
// Timing mirrors `vagvisaren bench`: `warmup` untimed passes over all held-out
// lines, then `rounds` timed passes, one message at a time (each awaited before
// the next); per round the median and p99 per-message latency and the
// messages/s of the whole pass; the median of each over the rounds is reported.
//
// The phrases are added in a canonical order (sorted by intent, then text), since
// the export order changes between runs and NLP.js's result depends on it.
// --orders N additionally retrains on N seeded shuffles of the same phrases and
// reports the min/median/max of the metrics (order sensitivity).

const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const { NlpManager } = require('node-nlp');
const { LangSv } = require('@nlpjs/lang-sv');
const { OOS, readHeldout, readPhrases, scores, p99, median, round } = require('./lib/metrics');

function parseArgs(argv) {
  const a = {
    phrases: null,
    heldout: path.resolve(__dirname, '..', 'intents', 'tests', 'nlu-test.tsv'),
    rounds: 7,
    warmup: 3,
    predictions: null,
    orders: 0,
  };
  for (let i = 2; i < argv.length; i += 1) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--phrases') { a.phrases = v; i += 1; }
    else if (k === '--heldout') { a.heldout = v; i += 1; }
    else if (k === '--rounds') { a.rounds = Number(v); i += 1; }
    else if (k === '--warmup') { a.warmup = Number(v); i += 1; }
    else if (k === '--predictions') { a.predictions = v; i += 1; }
    else if (k === '--orders') { a.orders = Number(v); i += 1; }
    else throw new Error(`unknown argument ${k}`);
  }
  if (!a.phrases) throw new Error('--phrases FILE (exported JSON lines) is required');
  if (!(a.rounds >= 1) || !(a.warmup >= 0) || !(a.orders >= 0)) throw new Error('--rounds must be >= 1, --warmup >= 0, --orders >= 0');
  return a;
}

function cmp(a, b) {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

async function timeRounds(texts, fn, rounds, warmup) {
  for (let w = 0; w < warmup; w += 1) {
    for (const t of texts) await fn(t); // eslint-disable-line no-await-in-loop
  }
  const medians = []; const p99s = []; const rates = [];
  const each = new Array(texts.length);
  for (let r = 0; r < rounds; r += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < texts.length; i += 1) {
      const a = process.hrtime.bigint();
      await fn(texts[i]); // eslint-disable-line no-await-in-loop
      each[i] = Number(process.hrtime.bigint() - a) / 1000; // µs
    }
    const totalS = Number(process.hrtime.bigint() - start) / 1e9;
    const sorted = [...each].sort((x, y) => x - y);
    medians.push(sorted[Math.floor(sorted.length / 2)]);
    p99s.push(p99(sorted));
    rates.push(texts.length / totalS);
  }
  return {
    messagesPerRound: texts.length,
    rounds,
    warmup,
    medianUs: round(median(medians), 1),
    p99Us: round(median(p99s), 1),
    msgPerS: Math.round(median(rates)),
  };
}

/** A fresh NlpManager as the brief prescribes, Swedish only. */
function newManager() {
  const manager = new NlpManager({
    languages: ['sv'],
    forceNER: false,
    nlu: { log: false },
    autoSave: false, // do not write model.nlp into the working directory
    autoLoad: false,
  });
  // node-nlp already loads every language through @nlpjs/lang-all; registering the
  // Swedish package explicitly makes the dependency visible and fails loudly if absent.
  manager.container.use(LangSv);
  if (!manager.container.get('stemmer-sv')) throw new Error('Swedish stemmer (stemmer-sv) not registered');
  return manager;
}

/** Trains on `phrases` in the given order, classifies every held-out line, scores. */
async function trainAndScore(phrases, heldout) {
  const manager = newManager();
  for (const p of phrases) manager.addDocument('sv', p.text, p.intent);
  const t0 = process.hrtime.bigint();
  await manager.train();
  const trainMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const { threshold } = manager.nlp.settings;
  const gold = []; const pred = []; const rows = [];
  for (const h of heldout) {
    const r = await manager.process('sv', h.text); // eslint-disable-line no-await-in-loop
    const none = r.intent === 'None' || r.intent === undefined || !(r.score >= threshold);
    const p = none ? OOS : r.intent;
    gold.push(h.intent);
    pred.push(p);
    rows.push({ text: h.text, expected: h.intent, predicted: p, nlpjsIntent: r.intent, score: r.score });
  }
  return { manager, trainMs, threshold, metrics: scores(gold, pred), rows };
}

/** Deterministic PRNG (mulberry32) for the seeded shuffles. */
function mulberry32(seed) {
  let a = seed >>> 0; // eslint-disable-line no-bitwise
  return () => {
    /* eslint-disable no-bitwise */
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    /* eslint-enable no-bitwise */
  };
}

function shuffled(arr, seed) {
  const rnd = mulberry32(seed);
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function main() {
  const args = parseArgs(process.argv);
  // `vagvisaren export` lists the intents in a different order on every run, and
  // NLP.js's result depends on the order documents are added, so put them in one
  // canonical order (intent, then text; plain code-unit comparison) first.
  const phrases = readPhrases(args.phrases).sort((a, b) => cmp(a.intent, b.intent) || cmp(a.text, b.text));
  const phrasesSha256 = crypto.createHash('sha256')
    .update(phrases.map((p) => `${p.intent}\t${p.text}\n`).join('')).digest('hex');
  const heldout = readHeldout(args.heldout);

  const main = await trainAndScore(phrases, heldout);
  const { manager, trainMs, threshold, rows } = main;
  if (args.predictions) {
    fs.writeFileSync(args.predictions, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  }

  // Optional: how much the result moves with the training order alone
  // (same phrases, seeded shuffles 1..N).
  let orderSensitivity = null;
  if (args.orders > 0) {
    const runs = [];
    for (let seed = 1; seed <= args.orders; seed += 1) {
      const r = await trainAndScore(shuffled(phrases, seed), heldout); // eslint-disable-line no-await-in-loop
      runs.push({ seed, accuracy: r.metrics.accuracy, oosRecall: r.metrics.oosRecall, macroF1: r.metrics.macroF1 });
    }
    const range = (k) => {
      const v = runs.map((r) => r[k]);
      return { min: Math.min(...v), median: median(v), max: Math.max(...v) };
    };
    orderSensitivity = {
      what: 'same phrases, trained in seeded random orders (mulberry32 seeds 1..N)',
      orders: args.orders,
      accuracy: range('accuracy'),
      oosRecall: range('oosRecall'),
      macroF1: range('macroF1'),
      runs,
    };
  }

  const texts = heldout.map((h) => h.text);
  const full = await timeRounds(texts, (t) => manager.process('sv', t), args.rounds, args.warmup);
  const nluOnly = await timeRounds(texts, (t) => manager.nlp.nluManager.process('sv', t), args.rounds, args.warmup);

  const pkg = (name) => require(`${name}/package.json`).version; // eslint-disable-line global-require, import/no-dynamic-require
  const out = {
    system: 'NLP.js',
    versions: { 'node-nlp': pkg('node-nlp'), '@nlpjs/lang-sv': pkg('@nlpjs/lang-sv'), node: process.version },
    trainingPhrases: phrases.length,
    trainingIntents: new Set(phrases.map((p) => p.intent)).size,
    trainingPhrasesSha256: phrasesSha256, // of the sorted "intent<TAB>text" lines
    heldout: path.resolve(args.heldout),
    threshold,
    trainMs: Math.round(trainMs),
    metrics: main.metrics,
    orderSensitivity,
    throughput: {
      process: { what: 'NlpManager.process(\'sv\', text): full pipeline (NLU + threshold + sentiment)', ...full },
      nluOnly: { what: 'nlp.nluManager.process(\'sv\', text): intent ranking only', ...nluOnly },
    },
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((e) => {
  process.stderr.write(`nlpjs-eval: ${e.stack || e}\n`);
  process.exit(1);
});
