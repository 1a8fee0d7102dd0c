// citelint for web pages, as an ES module: createLinter() gives a linter whose
// lint(text, options) is a Promise of the diagnostics, the same objects as
// `citelint check --format json` for the same options (docs/web.md); the check runs in a Web
// Worker, so the page never waits for it. utf16Index(text) turns their byte offsets into
// string indexes.
//
//   import { createLinter } from './citelint.mjs';
//   const linter = createLinter();
//   const diagnostics = await linter.lint('Text.<ref name="a" />', { wiki: 'enwiki' });
import './citelint-core.js'; // a classic script: it sets self.CitelintCore

const core = self.CitelintCore;
const here = new URL('.', import.meta.url);

export function createLinter({ base = here } = {}) {
  return core.createLinter({ base });
}

export const utf16Index = core.utf16Index;
