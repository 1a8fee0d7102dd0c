// The WebAssembly module against the native program: every page checked by both with the same
// options gives the same diagnostics, the same JSON objects. Run by ctest (web_matches_native):
//   node tests/web_compare.js CITELINT WEB_DIR --sentences SENTENCES_TOOL [--agreement MIN]
//        FILE_OR_FOLDER...
// The claims family reads sentences, which come from ICU natively and from the engine's
// Intl.Segmenter in the module: the sentences of every page are compared too (SENTENCES_TOOL is
// tests/web_native.cpp, the module's entry point built natively). Fails when a diagnostic of
// another family differs, when a claims diagnostic differs on a page whose sentences are the
// same, or when fewer than MIN of the sentences (a fraction, default 0.995) are the same.
// Prints each difference, and with --show the sentences that differ.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [citelint, webDir, ...rest] = process.argv.slice(2);
let minimum = 0.995;
let sentencesTool = null;
let show = false;
const inputs = [];
for (let i = 0; i < rest.length; ++i) {
  if (rest[i] === '--agreement') minimum = Number(rest[++i]);
  else if (rest[i] === '--sentences') sentencesTool = rest[++i];
  else if (rest[i] === '--show') show = true;
  else inputs.push(rest[i]);
}
if (!sentencesTool) {
  console.error('web_compare: --sentences TOOL is required');
  process.exit(2);
}
const files = [];
const walk = (p) => {
  if (fs.statSync(p).isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
  } else if (/\.(wiki|mediawiki|txt)$/.test(p)) {
    files.push(p);
  }
};
inputs.forEach(walk);

const today = '2026-12-06';
const batches = [];
for (let i = 0; i < files.length; i += 200) batches.push(files.slice(i, i + 200));
const run = (program, args) => execFileSync(program, args, { maxBuffer: 1 << 30 }).toString();

// The native diagnostics and sentences, by path.
const native = new Map(files.map((f) => [f, []]));
const nativeSentences = new Map();
for (const batch of batches) {
  const out = run(citelint, ['check', '--format', 'json', '--no-config', '--exit-zero',
    '--today', today, '--', ...batch]);
  for (const d of JSON.parse(out).diagnostics) native.get(d.path).push(d);
  for (const line of run(sentencesTool, [JSON.stringify({ today }), ...batch]).split('\n')) {
    if (!line) continue;
    const page = JSON.parse(line);
    nativeSentences.set(page.path, page.sentences);
  }
}

const core = require(path.resolve(webDir, 'citelint-core.js'));
const factory = require(path.resolve(webDir, 'citelint-wasm.js'));
const key = (d) => JSON.stringify(d);

(async () => {
  // Node's fetch takes no file paths: the module's bytes are handed over.
  const linter = await core.load(factory, {
    wasmBinary: fs.readFileSync(path.join(webDir, 'citelint-wasm.wasm')),
  });
  let identical = 0, failures = 0, explained = 0;
  let sentences = 0, sameSentences = 0, pagesCutAlike = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const web = linter.lint(bytes, { path: file, today });
    const mine = native.get(file);
    const webCut = linter.sentences(bytes, { path: file, today }).map(key);
    const nativeCut = nativeSentences.get(file).map(key);
    const inWeb = new Set(webCut);
    const common = nativeCut.filter((s) => inWeb.has(s)).length;
    sentences += Math.max(nativeCut.length, webCut.length);
    sameSentences += common;
    const cutAlike = common === nativeCut.length && common === webCut.length;
    pagesCutAlike += cutAlike;
    if (!cutAlike && show) {
      const text = bytes.toString('latin1');
      const quote = (s) => Buffer.from(text.slice(...JSON.parse(s)), 'latin1').toString('utf8');
      const inNative = new Set(nativeCut);
      for (const s of nativeCut) if (!inWeb.has(s)) console.log(`  ICU only   ${file}: ${quote(s).slice(0, 160)}`);
      for (const s of webCut) if (!inNative.has(s)) console.log(`  Intl only  ${file}: ${quote(s).slice(0, 160)}`);
    }
    if (key(web) === key(mine)) {
      ++identical;
      continue;
    }
    const part = (list, claims) => list.filter((d) => (d.family === 'claims') === claims).map(key);
    const report = (what, a, b) => {
      console.log(`differs  ${file}: ${what}`);
      const inA = new Set(a), inB = new Set(b);
      for (const d of a) if (!inB.has(d)) console.log(`  native only: ${d.slice(0, 300)}`);
      for (const d of b) if (!inA.has(d)) console.log(`  web only:    ${d.slice(0, 300)}`);
    };
    const [nativeOther, webOther] = [part(mine, false), part(web, false)];
    if (key(nativeOther) !== key(webOther)) {
      ++failures;
      report('references or templates', nativeOther, webOther);
    } else if (cutAlike) {
      ++failures;
      report('claims, on sentences cut alike', part(mine, true), part(web, true));
    } else {
      ++explained;
      console.log(`claims   ${file}: differ where the sentences are cut otherwise`);
    }
  }
  const agreement = sentences ? sameSentences / sentences : 1;
  console.log(`${files.length} pages: ${identical} with identical diagnostics, ${explained} whose` +
    ` claims differ where the segmenters cut sentences otherwise, ${failures} that differ` +
    ` otherwise; sentences: ${sameSentences} of ${sentences} the same` +
    ` (${(100 * agreement).toFixed(2)} %), ${pagesCutAlike} pages cut alike`);
  process.exit(failures === 0 && agreement >= minimum ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
