'use strict';
// Shared helpers for the Vägvisaren vs NLP.js comparison: reading the data
// files, the accuracy metrics and the latency summary. Both systems are
// scored by exactly this code, so the numbers are comparable.

const fs = require('fs');

const OOS = 'utanfor-omradet';

/** Held-out TSV: header `text<TAB>intent<TAB>persona`, blank lines skipped (as Vägvisaren's own EvalData does). */
function readHeldout(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].split('\t');
  if (header[0] !== 'text' || header[1] !== 'intent') {
    throw new Error(`${file}: expected header "text<TAB>intent<TAB>persona", got "${lines[0]}"`);
  }
  const rows = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i].trim() === '') continue;
    const cols = lines[i].split('\t');
    if (cols.length < 2 || cols[1] === '') throw new Error(`${file}:${i + 1}: no intent column`);
    rows.push({ text: cols[0], intent: cols[1], persona: cols[2] || null });
  }
  return rows;
}

/** Exported training phrases: JSON lines {"text":…,"intent":…}. */
function readPhrases(file) {
  const out = [];
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const o = JSON.parse(line);
    if (typeof o.text !== 'string' || typeof o.intent !== 'string') {
      throw new Error(`${file}:${i + 1}: expected {"text","intent"}`);
    }
    out.push({ text: o.text, intent: o.intent });
  });
  if (out.length === 0) throw new Error(`${file}: no training phrases`);
  return out;
}

/**
 * gold, pred: arrays of intent ids of the same length (pred already mapped so that
 * "out of scope" is OOS).
 * - accuracy: share of exact matches.
 * - oosRecall: of the lines whose expected intent is OOS, the share predicted OOS.
 * - oosPrecision / inScopeAccuracy: extra detail.
 * - macroF1: unweighted mean of per-label F1 = 2TP / (2TP + FP + FN) over every label
 *   that occurs in gold or pred (so OOS counts as one class; a label predicted but
 *   never expected gets F1 0).
 */
function scores(gold, pred) {
  if (gold.length !== pred.length) throw new Error(`gold ${gold.length} vs pred ${pred.length}`);
  const n = gold.length;
  const labels = [...new Set([...gold, ...pred])].sort();
  const tp = {}; const fp = {}; const fn = {}; const support = {};
  labels.forEach((l) => { tp[l] = 0; fp[l] = 0; fn[l] = 0; support[l] = 0; });
  let correct = 0; let oosGold = 0; let oosHit = 0; let oosPred = 0;
  let inGold = 0; let inHit = 0;
  for (let i = 0; i < n; i += 1) {
    const g = gold[i]; const p = pred[i];
    support[g] += 1;
    if (g === p) { correct += 1; tp[g] += 1; } else { fp[p] += 1; fn[g] += 1; }
    if (p === OOS) oosPred += 1;
    if (g === OOS) { oosGold += 1; if (p === OOS) oosHit += 1; } else { inGold += 1; if (g === p) inHit += 1; }
  }
  const perIntent = {};
  let f1sum = 0;
  labels.forEach((l) => {
    const denom = 2 * tp[l] + fp[l] + fn[l];
    const f1 = denom === 0 ? 0 : (2 * tp[l]) / denom;
    f1sum += f1;
    perIntent[l] = { support: support[l], tp: tp[l], fp: fp[l], fn: fn[l], f1: round(f1, 4) };
  });
  return {
    n,
    accuracy: round(correct / n, 4),
    oosRecall: oosGold ? round(oosHit / oosGold, 4) : null,
    oosPrecision: oosPred ? round(oosHit / oosPred, 4) : null,
    inScopeAccuracy: inGold ? round(inHit / inGold, 4) : null,
    oosExpected: oosGold,
    macroF1: round(f1sum / labels.length, 4),
    labels: labels.length,
    perIntent,
  };
}

/** Same index rule as Vägvisaren's BenchCommand: sorted[min(n-1, ceil(0.99 n) - 1)]. */
function p99(sortedAsc) {
  return sortedAsc[Math.min(sortedAsc.length - 1, Math.ceil(sortedAsc.length * 0.99) - 1)];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

module.exports = { OOS, readHeldout, readPhrases, scores, p99, median, round };
