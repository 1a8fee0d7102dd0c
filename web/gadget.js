// citelint in MediaWiki's source editor: lints the page as the user types (in a Web Worker),
// lists the diagnostics in a panel under the edit box, marks their spans, selects a span when
// its diagnostic is clicked and applies a rule's fix. Works on the plain textarea (with or
// without WikiEditor's toolbar) and on the CodeMirror editor when the wiki has it. Install:
// docs/web.md (a user's common.js, or a wiki's Gadgets definition).
//
// Where citelint's files are: window.citelintBase when set (a gadget that loads this script
// sets it), else the folder this script was loaded from.
/* global mw, CitelintCore */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = window.citelintBase || (script ? script.src.replace(/[^/]*$/, '') : '');
  var rulesUrl = window.citelintRulesUrl ||
    'https://github.com/citelint/citelint/blob/main/docs/rules/{code}.md';
  var delay = 400; // ms of no typing before the page is linted again

  var action = mw.config.get('wgAction');
  var model = mw.config.get('wgPageContentModel');
  if ((action !== 'edit' && action !== 'submit') || (model && model !== 'wikitext')) return;

  // The wiki's profile: by its database name ("dewiki"), or else by its host name
  // ("de.wikipedia.org"). A wiki citelint knows by neither is checked without a profile, so
  // that no other wiki's templates and names are taken for its own.
  var server = String(mw.config.get('wgServer') || '').replace(/^[a-z]*:?\/\//, '').replace(/[:/].*$/, '');
  var wikiCandidates = [mw.config.get('wgDBname'), server].filter(Boolean);

  var labels = {
    title: 'citelint',
    checking: 'checking…',
    none: 'no problems found',
    fix: 'fix',
    unknownWiki: 'citelint does not know this wiki: the checks that need its templates and names are off.',
    failed: 'citelint could not check this page: ',
    sectionAlone: 'citelint could not read the rest of the page: this section is checked alone, so a ref defined elsewhere is reported as undefined.'
  };

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // --- The editor: a textarea, or CodeMirror (5, as MediaWiki's extension has it) over it.
  function editorOf(textarea) {
    function codeMirror() {
      var wrapper = document.querySelector('.CodeMirror');
      return wrapper && wrapper.CodeMirror ? wrapper.CodeMirror : null;
    }
    return {
      text: function () {
        var cm = codeMirror();
        return cm ? cm.getValue() : textarea.value;
      },
      select: function (start, end) {
        var cm = codeMirror();
        if (cm) {
          cm.focus();
          cm.setSelection(cm.posFromIndex(start), cm.posFromIndex(end), { scroll: true });
          return;
        }
        textarea.focus();
        textarea.setSelectionRange(start, end);
        scrollTo(textarea, start);
      },
      replace: function (edits) { // [{start, end, text}] in UTF-16 indexes, any order
        edits = edits.slice().sort(function (a, b) { return b.start - a.start; });
        var cm = codeMirror();
        if (cm) {
          cm.operation(function () {
            edits.forEach(function (e) {
              cm.replaceRange(e.text, cm.posFromIndex(e.start), cm.posFromIndex(e.end));
            });
          });
          return;
        }
        var value = textarea.value;
        edits.forEach(function (e) {
          value = value.slice(0, e.start) + e.text + value.slice(e.end);
        });
        textarea.value = value;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      },
      mark: function (spans) {
        var cm = codeMirror();
        if (cm) {
          backdrop.hide();
          markCodeMirror(cm, spans);
        } else {
          backdrop.show(spans);
        }
      },
      onChange: function (handler) {
        textarea.addEventListener('input', handler);
        // CodeMirror may come and go (its toolbar button): MediaWiki's extension says so by a
        // hook, and a look every second catches any other. The text is read again then, as
        // what was typed before the editor was noticed went unseen.
        var hooked = null;
        function follow() {
          var cm = codeMirror();
          if (cm === hooked) return;
          if (cm) cm.on('change', handler);
          hooked = cm;
          handler();
        }
        if (mw.hook) mw.hook('ext.CodeMirror.switch').add(function () { setTimeout(follow, 0); });
        setInterval(follow, 1000);
      }
    };
  }

  // Scrolls a textarea so that the character at `index` is in view.
  function scrollTo(textarea, index) {
    var lines = textarea.value.slice(0, index).split('\n').length;
    var height = parseFloat(getComputedStyle(textarea).lineHeight) || 16;
    textarea.scrollTop = Math.max(0, (lines - 3) * height);
  }

  var cmMarks = [];
  function markCodeMirror(cm, spans) {
    cmMarks.forEach(function (m) { m.clear(); });
    cmMarks = spans.map(function (s) {
      return cm.markText(cm.posFromIndex(s.start), cm.posFromIndex(s.end),
        { className: 'citelint-mark citelint-' + s.severity });
    });
  }

  // Marks in a plain textarea: a copy of its text behind it, transparent but for the marks,
  // kept at the same place, size and scroll.
  var backdrop = {
    layer: null,
    show: function (spans) {
      var textarea = this.textarea;
      if (!this.layer) {
        this.layer = element('div', 'citelint-backdrop');
        this.layer.setAttribute('aria-hidden', 'true');
        textarea.parentNode.insertBefore(this.layer, textarea);
        textarea.classList.add('citelint-over-backdrop');
        var self = this;
        textarea.addEventListener('scroll', function () { self.follow(); });
        window.addEventListener('resize', function () { self.follow(); });
      }
      var text = textarea.value;
      var layer = this.layer;
      layer.style.display = '';
      layer.textContent = '';
      var at = 0;
      spans.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (s) {
        if (s.start < at) return; // overlapping: the first is enough to see
        layer.appendChild(document.createTextNode(text.slice(at, s.start)));
        var mark = element('mark', 'citelint-mark citelint-' + s.severity,
          text.slice(s.start, Math.max(s.end, s.start + 1)));
        layer.appendChild(mark);
        at = Math.max(s.end, s.start + 1);
      });
      layer.appendChild(document.createTextNode(text.slice(at) + '\n'));
      this.follow();
    },
    hide: function () {
      if (this.layer) this.layer.style.display = 'none';
    },
    follow: function () {
      var textarea = this.textarea;
      var style = getComputedStyle(textarea);
      ['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'paddingTop', 'paddingRight',
        'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
        'borderLeftWidth', 'boxSizing', 'whiteSpace', 'wordWrap', 'tabSize'].forEach(function (p) {
        this.layer.style[p] = style[p];
      }, this);
      this.layer.style.width = textarea.offsetWidth + 'px';
      this.layer.style.height = textarea.offsetHeight + 'px';
      this.layer.style.top = textarea.offsetTop + 'px';
      this.layer.style.left = textarea.offsetLeft + 'px';
      this.layer.scrollTop = textarea.scrollTop;
    }
  };

  // --- The panel under the edit box.
  function Panel(anchor) {
    this.root = element('div', 'citelint-panel');
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', labels.title);
    this.header = element('div', 'citelint-header', labels.title);
    this.status = element('span', 'citelint-status');
    this.header.appendChild(this.status);
    this.notice = element('div', 'citelint-notice');
    this.list = element('ul', 'citelint-list');
    this.root.appendChild(this.header);
    this.root.appendChild(this.notice);
    this.root.appendChild(this.list);
    anchor.parentNode.insertBefore(this.root, anchor.nextSibling);
  }

  Panel.prototype.show = function (items, onSelect, onFix) {
    this.list.textContent = '';
    this.status.textContent = items.length ? ' · ' + items.length : ' · ' + labels.none;
    var self = this;
    items.forEach(function (item) {
      var d = item.diagnostic;
      var row = element('li', 'citelint-item citelint-' + d.severity);
      row.setAttribute('data-code', d.code);
      row.tabIndex = 0;
      row.appendChild(element('span', 'citelint-severity', d.severity));
      var code = element('a', 'citelint-code', d.code);
      code.href = rulesUrl.replace('{code}', encodeURIComponent(d.code));
      code.target = '_blank';
      code.rel = 'noopener';
      code.title = d.name;
      code.addEventListener('click', function (event) { event.stopPropagation(); });
      row.appendChild(code);
      row.appendChild(element('span', 'citelint-message', d.message));
      row.appendChild(element('span', 'citelint-place', d.start.line + ':' + d.start.column));
      if (d.fix) {
        var fix = element('button', 'citelint-fix', labels.fix);
        fix.type = 'button';
        fix.title = d.fix.title;
        fix.addEventListener('click', function (event) {
          event.stopPropagation();
          onFix(item);
        });
        row.appendChild(fix);
      }
      function select() { onSelect(item); }
      row.addEventListener('click', select);
      row.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') select();
      });
      self.list.appendChild(row);
    });
  };

  function start() {
    var textarea = document.getElementById('wpTextbox1');
    if (!textarea) return;
    backdrop.textarea = textarea;
    var editor = editorOf(textarea);
    var anchor = textarea.closest('.wikiEditor-ui') || textarea;
    var panel = new Panel(anchor);
    var linter = CitelintCore.createLinter({ base: base });
    var wiki = null; // the first of wikiCandidates citelint knows, or 'none'
    var version = 0;
    var timer = null;

    function options() {
      return { wiki: wiki, path: mw.config.get('wgPageName') || 'page' };
    }

    // The first candidate citelint knows; 'none' (and a notice) when it knows none. Any other
    // failure (the module could not be loaded) is said as it is.
    function chooseWiki(index) {
      if (index >= wikiCandidates.length) {
        wiki = 'none';
        panel.notice.textContent = labels.unknownWiki;
        return Promise.resolve();
      }
      wiki = wikiCandidates[index];
      return linter.lint('', options()).catch(function (error) {
        if (/unknown wiki/.test(error.message)) return chooseWiki(index + 1);
        panel.notice.textContent = labels.failed + error.message;
        throw error;
      });
    }

    var context = null; // when a section is edited: the rest of the page (sectionContext)

    function lint() {
      var mine = ++version;
      var text = editor.text();
      panel.status.textContent = ' · ' + labels.checking;
      var page = context ? context.before + text + context.after : text;
      linter.lint(page, options()).then(function (diagnostics) {
        if (mine !== version) return; // the text has changed since
        if (context) diagnostics = inSection(diagnostics, context.beforeBytes, text);
        var shown = performance.now();
        var index = CitelintCore.utf16Index(text);
        var items = diagnostics.map(function (d) {
          return { diagnostic: d, start: index(d.start.offset), end: index(d.end.offset), index: index };
        });
        panel.root.setAttribute('data-milliseconds', String(Math.round(diagnostics.milliseconds || 0)));
        panel.show(items, function (item) {
          editor.select(item.start, item.end);
        }, function (item) {
          editor.replace(item.diagnostic.fix.edits.map(function (e) {
            return { start: item.index(e.start.offset), end: item.index(e.end.offset), text: e.replacement };
          }));
        });
        editor.mark(items.map(function (item) {
          return { start: item.start, end: item.end, severity: item.diagnostic.severity };
        }));
        // What showing the result cost the page (the check itself ran in the worker).
        panel.root.setAttribute('data-shown-in', String(Math.round(performance.now() - shown)));
      }, function (error) {
        if (mine !== version) return;
        panel.status.textContent = '';
        panel.notice.textContent = labels.failed + error.message;
      });
    }

    // Checks follow the text once the wiki and the section's page are known (the first one
    // reads what was typed before).
    Promise.all([chooseWiki(0), sectionContext()]).then(function (found) {
      context = found[1];
      if (context && context.missing) {
        panel.notice.textContent = (panel.notice.textContent + ' ' + labels.sectionAlone).trim();
        context = null;
      }
      editor.onChange(function () {
        clearTimeout(timer);
        timer = setTimeout(lint, delay);
      });
      lint();
    }, function () {}); // the panel says what failed
  }

  // A section edited alone is checked within its page: a ref it reuses may be defined in
  // another section, and the reference list stands at the end. The page as saved (its current
  // revision) is read from the wiki's API, the section is found in it, and the edited text is
  // checked in its place; only what lies in the section is shown. Null when the whole page is
  // edited; {missing: true} when the rest cannot be had (then the section is checked alone, and
  // the panel says so).
  function sectionContext() {
    var field = document.querySelector('#editform input[name="wpSection"]');
    var section = field ? field.value : '';
    if (!section) return Promise.resolve(null);
    var revision = mw.config.get('wgCurRevisionId');
    if (!/^\d+$/.test(section) && section !== 'new') return Promise.resolve({ missing: true });
    if (!revision) return Promise.resolve(section === 'new' ? null : { missing: true });
    return mw.loader.using('mediawiki.api').then(function () {
      var api = new mw.Api();
      var read = function (extra) {
        return api.get(Object.assign({ action: 'query', prop: 'revisions', rvprop: 'content',
          rvslots: 'main', revids: revision, formatversion: 2 }, extra)).then(function (data) {
          return data.query.pages[0].revisions[0].slots.main.content;
        });
      };
      return Promise.all([read({}), section === 'new' ? '' : read({ rvsection: section })]);
    }).then(function (texts) {
      var whole = texts[0];
      var start = section === 'new' ? whole.length : whole.indexOf(texts[1]);
      if (start < 0) return { missing: true };
      var before = whole.slice(0, start) + (section === 'new' ? '\n\n' : '');
      return {
        before: before,
        after: whole.slice(start + texts[1].length),
        beforeBytes: new TextEncoder().encode(before).length
      };
    }, function () {
      return { missing: true };
    });
  }

  // The diagnostics of the whole page that lie in the section, with their places counted from
  // the section's start; a fix that would edit outside it is not offered.
  function inSection(diagnostics, beforeBytes, text) {
    var bytes = new TextEncoder().encode(text);
    var inside = function (at) { return at.offset >= beforeBytes && at.offset <= beforeBytes + bytes.length; };
    var place = function (at) {
      var offset = at.offset - beforeBytes;
      var line = 1;
      var lineStart = 0;
      for (var i = 0; i < offset; ++i) {
        if (bytes[i] === 10) {
          ++line;
          lineStart = i + 1;
        }
      }
      return { line: line, column: offset - lineStart + 1, offset: offset };
    };
    var shown = diagnostics.filter(function (d) { return inside(d.start) && inside(d.end); })
      .map(function (d) {
        var copy = Object.assign({}, d, { start: place(d.start), end: place(d.end) });
        copy.notes = (d.notes || []).filter(function (n) { return inside(n.start) && inside(n.end); })
          .map(function (n) { return Object.assign({}, n, { start: place(n.start), end: place(n.end) }); });
        if (d.fix) {
          var edits = d.fix.edits;
          copy.fix = edits.every(function (e) { return inside(e.start) && inside(e.end); })
            ? Object.assign({}, d.fix, { edits: edits.map(function (e) {
              return Object.assign({}, e, { start: place(e.start), end: place(e.end) });
            }) })
            : null;
        }
        return copy;
      });
    shown.milliseconds = diagnostics.milliseconds;
    return shown;
  }

  // WikiEditor moves the edit box into its own frame: the panel and the marks go in after it.
  function whenEditorReady(then) {
    var state = mw.loader && mw.loader.getState && mw.loader.getState('ext.wikiEditor');
    if (state && state !== 'registered' && mw.hook) {
      var started = false;
      mw.hook('wikiEditor.toolbarReady').add(function () {
        if (!started) {
          started = true;
          then();
        }
      });
    } else {
      then();
    }
  }

  function load() {
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + 'gadget.css';
    document.head.appendChild(style);
    if (window.CitelintCore) return whenEditorReady(start);
    var core = document.createElement('script');
    core.src = base + 'citelint-core.js';
    core.onload = function () { whenEditorReady(start); };
    core.onerror = function () { mw.log.warn('citelint: cannot load ' + core.src); };
    document.head.appendChild(core);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', load);
  else load();
}());
