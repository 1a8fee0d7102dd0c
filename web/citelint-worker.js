// The worker that lints, so that typing never waits: messages {id, text, options} in,
// {id, diagnostics, milliseconds} or {id, error} out. web/citelint.mjs starts it.
/* global importScripts, CitelintCore, createCitelintWasm */
'use strict';
// Where the scripts and the module are: beside this one, or where the page's blob worker says
// (web/citelint.mjs, when citelint is served from another origin).
const base = self.citelintBase || '';
importScripts(base + 'citelint-wasm.js', base + 'citelint-core.js');

const linter = CitelintCore.load(createCitelintWasm, {
  locateFile: (file) => (base || self.location.href.replace(/[^/]*$/, '')) + file,
});

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    const ready = await linter;
    const start = performance.now();
    const diagnostics = ready.lint(text, options);
    self.postMessage({ id, diagnostics, milliseconds: performance.now() - start });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
