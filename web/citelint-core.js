// citelint's page check on its WebAssembly module: lint(text, options) gives the diagnostics,
// the same objects as `citelint check --format json`. A classic script, so that a worker can
// importScripts() it, Node can require() it and a page opened from a local folder can load it;
// web/citelint.mjs is the same for pages that import modules.
(function (root) {
  'use strict';

  // Byte offsets (UTF-8, as the diagnostics give them) to UTF-16 indexes into `text` (what a
  // textarea's selection and JavaScript strings count).
  function utf16Index(text) {
    const encoder = new TextEncoder();
    const bytes = encoder.encode(text).length;
    const index = new Uint32Array(bytes + 1);
    let byte = 0;
    for (let i = 0; i < text.length; ) {
      const c = text.codePointAt(i);
      const units = c > 0xffff ? 2 : 1;
      const length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (let k = 0; k < length; ++k) index[byte + k] = i;
      byte += length;
      i += units;
    }
    index[bytes] = text.length;
    return (offset) => index[Math.min(Math.max(offset, 0), bytes)];
  }

  function makeLinter(wasm) {
    const encoder = new TextEncoder();
    const copyIn = (bytes) => {
      const at = wasm._malloc(bytes.length + 1);
      wasm.HEAPU8.set(bytes, at);
      wasm.HEAPU8[at + bytes.length] = 0;
      return at;
    };
    // One call of an export that takes a page and options and gives JSON.
    const call = (name, text, options) => {
      const bytes = text instanceof Uint8Array ? text : encoder.encode(String(text));
      const textAt = copyIn(bytes);
      const optionsAt = copyIn(encoder.encode(JSON.stringify(options)));
      const resultAt = wasm[name](textAt, bytes.length, optionsAt);
      wasm._free(textAt);
      wasm._free(optionsAt);
      if (!resultAt) throw new Error('citelint: out of memory');
      const result = JSON.parse(wasm.UTF8ToString(resultAt));
      wasm._citelint_free(resultAt);
      if (result.error !== undefined) throw new Error('citelint: ' + result.error);
      return result;
    };
    return {
      // `text` is a string, or the page's bytes (a Uint8Array: UTF-8 as a file holds it, ill-formed
      // bytes and all). Throws an Error naming the problem when the options cannot be used.
      lint(text, options = {}) {
        return call('_citelint_lint', text, options).diagnostics;
      },
      // The sentences the claims family reads: [[begin, end], ...] as byte offsets.
      sentences(text, options = {}) {
        return call('_citelint_sentences', text, options).sentences;
      },
    };
  }

  // `factory` is the module's createCitelintWasm; `moduleOptions` go to it (locateFile, ...).
  async function load(factory, moduleOptions) {
    return makeLinter(await factory(moduleOptions || {}));
  }

  // A linter for a web page: the check runs in a Web Worker (web/citelint-worker.js), so the
  // page never waits for it; lint(text, options) gives a Promise of the diagnostics, with the
  // milliseconds the check took as their `milliseconds`. `base` is the folder of citelint's
  // files. Opened from a local folder (file://), where a browser starts no worker from files,
  // the module runs on the page itself, from the script that holds it.
  function createLinter({ base } = {}) {
    const folder = new URL(base || '.', document.baseURI);
    if (folder.protocol === 'file:') return pageLinter(folder);
    const worker = new Worker(workerUrl(folder));
    const waiting = new Map();
    let next = 0;
    worker.onmessage = (event) => {
      const { id, diagnostics, error, milliseconds } = event.data;
      const promise = waiting.get(id);
      if (!promise) return;
      waiting.delete(id);
      if (error !== undefined) promise.reject(new Error(error));
      else promise.resolve(Object.assign(diagnostics, { milliseconds }));
    };
    worker.onerror = (event) => {
      for (const promise of waiting.values())
        promise.reject(new Error('citelint: the worker failed: ' + (event.message || 'unknown')));
      waiting.clear();
    };
    return {
      lint(text, options = {}) {
        const id = next++;
        return new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          worker.postMessage({ id, text, options });
        });
      },
      terminate() {
        worker.terminate();
      },
    };
  }

  // A worker must come from the page's own origin: when citelint is served from another one (a
  // gadget loading it from a tool server), the worker is a small blob of the page's origin that
  // imports the scripts from there.
  function workerUrl(folder) {
    const script = new URL('citelint-worker.js', folder);
    if (script.origin === root.location.origin) return script;
    const source =
      'self.citelintBase = ' + JSON.stringify(folder.href) + ';\n' +
      'importScripts(' + JSON.stringify(script.href) + ');\n';
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  }

  function pageLinter(folder) {
    const ready = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('citelint-wasm-inline.js', folder).href;
      script.onload = () => resolve(load(root.createCitelintWasm));
      script.onerror = () => reject(new Error('citelint: cannot load ' + script.src));
      document.head.appendChild(script);
    });
    return {
      async lint(text, options = {}) {
        const linter = await ready;
        const start = performance.now();
        const diagnostics = linter.lint(text, options);
        return Object.assign(diagnostics, { milliseconds: performance.now() - start });
      },
      terminate() {},
    };
  }

  const api = { load, utf16Index, createLinter };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.CitelintCore = api;
})(typeof self !== 'undefined' ? self : this);
