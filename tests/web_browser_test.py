"""The gadget in a real MediaWiki in a real browser, and the playground from a local folder.

Run by tests/web_browser_test.sh, which installs the wiki and serves it. Drives Debian's
Chromium over the DevTools protocol (python3-websocket) as a user would: types a page with an
undefined named ref and a duplicated citation into the edit box, reads the panel, clicks a
diagnostic, applies a fix, pastes a 100 KB article and watches the page keep responding.

    python3 tests/web_browser_test.py CHROMIUM CITELINT EDIT_URL PLAYGROUND_URL ARTICLE OUT_DIR \
        [CORPUS_DIR SENTENCES_TOOL]

With CORPUS_DIR, every *.wiki of it is also linted in the browser's worker (from the web folder
served over HTTP) and must give what the native program gives; and its sentences, cut in the
page with Chromium's Intl.Segmenter, are held against ICU's (SENTENCES_TOOL, tests/web_native.cpp):
at least 99.5 % the same.
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

chromium, citelint, edit_url, playground_url, article_path, out_dir = sys.argv[1:7]
corpus = sys.argv[7] if len(sys.argv) > 7 else None
sentences_tool = sys.argv[8] if len(sys.argv) > 8 else None
failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="citelint-chromium-")
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-port=0", "--remote-allow-origins=*",
             "--user-data-dir=" + self.profile,
             "--window-size=1280,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        # Chromium 111 and later refuse a DevTools connection that names an origin it was not
        # told to allow: this one names none.
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60,
                                                  suppress_origin=True)
        self.next_id = 0
        self.console = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        self.socket.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", a.get("description", "")))
                                             for a in message["params"]["args"]))
            if message.get("method") == "Page.javascriptDialogOpening":
                # Leaving the edit page asks whether to drop the changes: yes.
                self.next_id += 1
                self.socket.send(json.dumps({"id": self.next_id,
                                             "method": "Page.handleJavaScriptDialog",
                                             "params": {"accept": True}}))
            if message.get("method") == "Runtime.exceptionThrown":
                self.console.append(json.dumps(message["params"]["exceptionDetails"])[:500])
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        panel = self.evaluate("(document.querySelector('.citelint-panel') || {}).innerText")
        raise TimeoutError(f"waited {seconds} s for {expression}; the panel shows: {panel!r};"
                           f" console: {self.console[-5:]}")

    def open(self, url):
        self.call("Page.navigate", url=url)
        self.wait("document.readyState === 'complete'")

    def click(self, selector):
        box = self.evaluate(f"""(() => {{
            const e = document.querySelector({json.dumps(selector)});
            e.scrollIntoView({{block: 'center'}});
            const r = e.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)

    def type(self, text):
        for character in text:
            if character == "\n":
                self.call("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter",
                          windowsVirtualKeyCode=13, text="\r")
                self.call("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter",
                          windowsVirtualKeyCode=13)
            else:
                self.call("Input.dispatchKeyEvent", type="keyDown", key=character,
                          text=character, unmodifiedText=character)
                self.call("Input.dispatchKeyEvent", type="keyUp", key=character)

    def screenshot(self, name):
        self.evaluate("(document.querySelector('.citelint-panel') || document.body)"
                      ".scrollIntoView({block: 'end'})")
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = os.path.join(out_dir, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        print(f"      screenshot: {path}")

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def native(text, *arguments):
    """citelint's own diagnostics (or fixed text) for `text`, as a file."""
    with tempfile.NamedTemporaryFile("wb", suffix=".wiki", delete=False) as f:
        f.write(text.encode("utf-8"))
    try:
        out = subprocess.run([citelint, "check", "--no-config", "--exit-zero", *arguments, f.name],
                             capture_output=True, check=True).stdout
        if "--fix" in arguments:
            return open(f.name, encoding="utf-8").read()
        return json.loads(out)["diagnostics"]
    finally:
        os.unlink(f.name)


def utf16(text, offset):
    return len(text.encode("utf-8")[:offset].decode("utf-8").encode("utf-16-le")) // 2


PANEL_ITEMS = """Array.from(document.querySelectorAll('.citelint-item')).map(e => ({
    code: e.getAttribute('data-code'),
    place: e.querySelector('.citelint-place').textContent,
    message: e.querySelector('.citelint-message').textContent}))"""

os.makedirs(out_dir, exist_ok=True)
browser = Browser()
try:
    # --- The gadget, on the edit page of a MediaWiki.
    browser.open(edit_url)
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)
    check(browser.evaluate("!!document.querySelector('.wikiEditor-ui .citelint-panel')"
                           " || !!document.querySelector('.wikiEditor-ui + .citelint-panel')"),
          "the panel is under WikiEditor's edit box")
    page = ("Ünïcode first.<ref name=\"gone\" /> Then more.<ref>Smith, J. (2010). History of the "
            "world. Oxford.</ref>\nAgain.<ref>Smith, J. (2010). History of the world. "
            "Oxford.</ref>\n\n== References ==\n<references />\n")
    browser.evaluate("document.getElementById('wpTextbox1').focus()")
    browser.type(page)
    typed = browser.evaluate("document.getElementById('wpTextbox1').value")
    check(typed == page, "the text typed is in the edit box")
    expected = native(page, "--format", "json", "--wiki", "none", "--today", "2026-12-06")
    codes = sorted(d["code"] for d in expected)
    browser.wait(f"(() => {{ const c = {PANEL_ITEMS}.map(i => i.code).sort();"
                 f" return JSON.stringify(c) === {json.dumps(json.dumps(codes, separators=(',', ':')))}; }})()")
    items = browser.evaluate(PANEL_ITEMS)
    check({"R001", "R024"} <= {i["code"] for i in items},
          f"the panel lists R001 and R024: {[i['code'] for i in items]}")
    for d in expected:
        shown = [i for i in items if i["code"] == d["code"]]
        place = f"{d['start']['line']}:{d['start']['column']}"
        check(any(i["place"] == place and i["message"] == d["message"] for i in shown),
              f"{d['code']} is at {place} with citelint's message")
    check(browser.evaluate("document.querySelectorAll('mark.citelint-mark').length") >= 2,
          "the spans are marked behind the edit box")
    browser.screenshot("gadget.png")

    r001 = next(d for d in expected if d["code"] == "R001")
    browser.click(".citelint-item[data-code='R001']")
    selection = browser.evaluate("(() => { const t = document.getElementById('wpTextbox1');"
                                 " return [t.selectionStart, t.selectionEnd]; })()")
    want = [utf16(page, r001["start"]["offset"]), utf16(page, r001["end"]["offset"])]
    check(selection == want, f"clicking R001 selects its span: {selection}, wanted {want}")

    fixed_natively = native(page, "--fix", "--select", "R024")
    browser.click(".citelint-item[data-code='R024'] .citelint-fix")
    fixed = browser.evaluate("document.getElementById('wpTextbox1').value")
    check(fixed == fixed_natively, "applying R024's fix changes the text as `citelint --fix` does")
    browser.wait(f"!{PANEL_ITEMS}.some(i => i.code === 'R024')")
    check(True, "after the fix the panel no longer lists R024")

    # --- The same in CodeMirror (5, as MediaWiki's CodeMirror extension puts it over the box).
    browser.open(edit_url)
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)
    browser.evaluate("""new Promise((resolve, reject) => {
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = '/codemirror/codemirror.css';
        document.head.appendChild(css);
        const script = document.createElement('script');
        script.src = '/codemirror/codemirror.js';
        script.onload = () => {
            window.cmTest = CodeMirror.fromTextArea(document.getElementById('wpTextbox1'),
                                                    {lineWrapping: true});
            window.cmTest.focus();
            resolve(true);
        };
        script.onerror = reject;
        document.head.appendChild(script);
    })""")
    browser.type(page)
    check(browser.evaluate("window.cmTest.getValue()") == page, "the text typed is in CodeMirror")
    browser.wait(f"(() => {{ const c = {PANEL_ITEMS}.map(i => i.code).sort();"
                 f" return JSON.stringify(c) === {json.dumps(json.dumps(codes, separators=(',', ':')))}; }})()")
    check(browser.evaluate("document.querySelectorAll('.CodeMirror .citelint-mark').length") >= 2,
          "CodeMirror marks the spans")
    browser.click(".citelint-item[data-code='R001']")
    selection = browser.evaluate("(() => { const c = window.cmTest;"
                                 " return [c.indexFromPos(c.getCursor('from')),"
                                 " c.indexFromPos(c.getCursor('to'))]; })()")
    check(selection == want, f"clicking R001 selects its span in CodeMirror: {selection}")
    browser.click(".citelint-item[data-code='R024'] .citelint-fix")
    check(browser.evaluate("window.cmTest.getValue()") == fixed_natively,
          "R024's fix in CodeMirror changes the text as `citelint --fix` does")
    browser.screenshot("gadget-codemirror.png")
    browser.open(edit_url)
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)

    # --- A section edited alone is checked within its page.
    sections_url = edit_url.replace("title=Citelint_test", "title=Citelint_sections")
    browser.open(sections_url + "&section=1")
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)
    browser.wait("/no problems found/.test(document.querySelector('.citelint-status').textContent)")
    section_one = native("== One ==\nText.<ref name=\"alpha\" />\n", "--format", "json",
                         "--wiki", "none")
    check("R001" in [d["code"] for d in section_one] and
          browser.evaluate(f"{PANEL_ITEMS}.length") == 0,
          "editing section 1 alone, its reuse of a ref the lead defines is not reported"
          " (checked alone, that text gives R001 and R025)")
    browser.open(sections_url + "&section=2")
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)
    browser.wait(f"{PANEL_ITEMS}.length > 0")
    items = browser.evaluate(PANEL_ITEMS)
    alone = native("== Two ==\nMore.<ref name=\"beta\" />\n", "--format", "json", "--wiki",
                   "none", "--select", "R001")
    want_place = f"{alone[0]['start']['line']}:{alone[0]['start']['column']}"
    check([(i["code"], i["place"]) for i in items] == [("R001", want_place)],
          f"editing section 2 alone, its undefined ref is R001 at the section's {want_place}:"
          f" {items}")
    browser.open(edit_url)
    browser.wait("document.querySelector('.citelint-panel') !== null", 60)

    # --- A 100 KB article: linted in the worker while the page keeps answering.
    article = open(article_path, encoding="utf-8").read()
    browser.evaluate("""(() => {
        window.citelintKeyDelays = [];
        document.getElementById('wpTextbox1').addEventListener('keydown', (e) => {
            window.citelintKeyDelays.push(performance.now() - e.timeStamp);
        });
    })()""")
    times, shown, gaps = [], [], []
    for round_ in range(5):
        # A paste of the article (the page's own cost, whatever checks it), then typing
        # while the worker checks; the longest pause of the page from then on is measured.
        browser.evaluate(f"""(() => {{
            const t = document.getElementById('wpTextbox1');
            t.value = {json.dumps(article)} + ' '.repeat({round_});
            t.dispatchEvent(new Event('input', {{bubbles: true}}));
            t.focus();
            t.setSelectionRange(t.value.length, t.value.length);
            document.querySelector('.citelint-panel').removeAttribute('data-milliseconds');
        }})()""")
        browser.evaluate("""(() => {
            window.citelintGaps = [];
            let last = performance.now();
            clearInterval(window.citelintTicker);
            window.citelintTicker = setInterval(() => {
                const now = performance.now();
                window.citelintGaps.push(now - last);
                last = now;
            }, 5);
        })()""")
        browser.type("abc")
        ms = browser.wait("document.querySelector('.citelint-panel').getAttribute('data-milliseconds')")
        times.append(int(ms))
        shown.append(int(browser.evaluate(
            "document.querySelector('.citelint-panel').getAttribute('data-shown-in')")))
        gaps.append(browser.evaluate("Math.round(Math.max(0, ...window.citelintGaps))"))
    key_delay = browser.evaluate("Math.round(Math.max(0, ...window.citelintKeyDelays))")
    size = len(article.encode("utf-8"))
    best = min(times)
    print(f"      {size} bytes checked in the worker in {times} ms (best {best} ms); showing the"
          f" result took the page {shown} ms; its longest pauses {gaps} ms; the longest key"
          f" delay {key_delay} ms")
    check(best <= 50, f"a {size // 1000} KB article is linted in at most 50 ms ({best} ms)")
    check(key_delay < 100 and min(gaps) < 100,
          "typing stays responsive while the worker lints (key presses handled within 100 ms)")
    browser.screenshot("gadget-article.png")

    # --- The playground, from a local folder.
    browser.open(playground_url)
    browser.wait(f"{PANEL_ITEMS}.length > 0", 60)
    browser.evaluate("""(() => {
        const t = document.getElementById('wpTextbox1');
        t.value = '';
        t.focus();
    })()""")
    browser.type("Pasted.<ref name=\"nowhere\" />\n<references />\n")
    browser.wait(f"JSON.stringify({PANEL_ITEMS}.map(i => i.code)) === '[\"R001\"]'")
    check(True, "the playground from a local folder lists R001 for pasted text")
    browser.screenshot("playground.png")

    # --- The whole corpus in the browser's worker against the native program.
    if corpus:
        files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".wiki"))
        out = subprocess.run([citelint, "check", "--format", "json", "--no-config", "--exit-zero",
                              "--today", "2026-12-06", "--", *files],
                             capture_output=True, check=True).stdout
        by_path = {f: [] for f in files}
        for d in json.loads(out)["diagnostics"]:
            by_path[d["path"]].append(d)
        browser.open(edit_url.split("/index.php")[0] + "/citelint/index.html")
        browser.wait("!!window.CitelintCore")
        browser.evaluate("window.citelintCorpus = CitelintCore.createLinter({base: '/citelint/'}), true")
        # A module on the page itself too, for the sentences.
        browser.evaluate("""new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = '/citelint/citelint-wasm.js';
            script.onload = () => CitelintCore.load(createCitelintWasm, {
                locateFile: (file) => '/citelint/' + file,
            }).then((linter) => { window.citelintPage = linter; resolve(true); });
            script.onerror = reject;
            document.head.appendChild(script);
        })""")
        native_sentences = {}
        if sentences_tool:
            lines = subprocess.run([sentences_tool, json.dumps({"today": "2026-12-06"}), *files],
                                   capture_output=True, check=True).stdout.decode().splitlines()
            native_sentences = {p["path"]: p["sentences"] for p in map(json.loads, lines)}
        differing = []
        total = same = 0
        for f in files:
            data = base64.b64encode(open(f, "rb").read()).decode("ascii")
            result = browser.evaluate(f"""(async () => {{
                const bytes = Uint8Array.from(atob("{data}"), (c) => c.charCodeAt(0));
                const options = {{path: {json.dumps(f)}, today: "2026-12-06"}};
                const d = await window.citelintCorpus.lint(bytes, options);
                return JSON.stringify([Array.from(d), window.citelintPage.sentences(bytes, options)]);
            }})()""")
            web, cut = json.loads(result)
            if web != by_path[f]:
                differing.append(os.path.basename(f))
            if f in native_sentences:
                mine = {tuple(x) for x in native_sentences[f]}
                same += len(mine & {tuple(x) for x in cut})
                total += max(len(mine), len(cut))
        check(not differing, f"the {len(files)} corpus articles linted in Chromium give the"
                             f" native diagnostics (differing: {differing[:10]})")
        if sentences_tool:
            share = same / total if total else 1
            check(share >= 0.995, f"Chromium's Intl.Segmenter and ICU cut {same} of {total}"
                                  f" sentences alike ({100 * share:.2f} %)")
finally:
    if failures or os.environ.get("CITELINT_BROWSER_LOG"):
        print("browser console:", *browser.console[-20:], sep="\n  ")
    browser.close()

sys.exit(1 if failures else 0)
