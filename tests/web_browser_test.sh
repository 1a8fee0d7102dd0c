#!/bin/sh
# The editor gadget in a real MediaWiki, in a real browser. Installs Debian 12's MediaWiki 1.39
# (with its WikiEditor and Gadgets) on SQLite in a temporary folder, serves it with PHP's
# built-in server on 127.0.0.1 together with the WebAssembly build's web folder, installs the
# gadget as a wiki's administrators would (MediaWiki:Gadgets-definition, on by default), and
# drives headless Chromium through tests/web_browser_test.py; then the playground from the
# local folder. Screenshots go to OUT_DIR.
#   sh tests/web_browser_test.sh CITELINT SOURCE_DIR WEB_DIR ARTICLE OUT_DIR \
#     [CORPUS_DIR SENTENCES_TOOL]
# With CORPUS_DIR, its articles are linted in the browser too and compared with the native
# program's diagnostics, and their sentences with ICU's (SENTENCES_TOOL: tests/web_native.cpp).
set -u
citelint=$1
src=$2
web=$3
article=$4
out=$5
corpus=${6:-}
sentences_tool=${7:-}
mw=${MW_INSTALL_PATH:-/usr/share/mediawiki}

fail() {
  echo "web-browser: $*" >&2
  exit 1
}
browser=$(command -v chromium || command -v chromium-browser) ||
  fail "chromium not found: run sh tools/install-deps.sh test"
command -v php >/dev/null 2>&1 && [ -f "$mw/maintenance/install.php" ] &&
  php -r 'exit(extension_loaded("sqlite3") ? 0 : 1);' 2>/dev/null ||
  fail "MediaWiki, php-cli or php-sqlite3 is missing: run sh tools/install-deps.sh test"
/usr/bin/python3 -c 'import websocket' 2>/dev/null ||
  fail "python3-websocket is missing: run sh tools/install-deps.sh test"
[ -f /usr/share/javascript/codemirror/codemirror.js ] ||
  fail "CodeMirror is missing: run sh tools/install-deps.sh test (Debian package libjs-codemirror)"
[ -f "$web/citelint-wasm.js" ] && [ -f "$web/gadget.js" ] ||
  fail "no WebAssembly build in $web: cmake --preset wasm && cmake --build --preset wasm"

work=$(mktemp -d) || fail "mktemp failed"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

mkdir -p "$work/db"
pass=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
php "$mw/maintenance/install.php" --dbtype=sqlite --dbpath="$work/db" --dbname=citelinttest \
  --server="$base" --scriptpath="" --confpath="$work" \
  --extensions=Cite,WikiEditor,Gadgets --skins=Vector \
  --pass="$pass" "citelint test" "Admin" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; fail "install.php failed"; }
cat >>"$work/LocalSettings.php" <<'EOF'
$wgMainCacheType = CACHE_NONE;
$wgResourceLoaderMaxage = [ 'versioned' => 0, 'unversioned' => 0 ];
EOF

# The gadget as a wiki's administrators install it: a definition, on by default, whose page
# loads citelint's script from where its files are served.
edit() { # page, text on stdin
  MW_CONFIG_FILE="$work/LocalSettings.php" php "$mw/maintenance/edit.php" --summary test "$1" \
    >>"$work/edit.log" 2>&1 || { cat "$work/edit.log" >&2; fail "edit.php $1 failed"; }
}
echo '* citelint[ResourceLoader|default|type=general]|citelint.js' | edit "MediaWiki:Gadgets-definition"
printf "window.citelintBase = '%s/citelint/';\nmw.loader.load(window.citelintBase + 'gadget.js');\n" \
  "$base" | edit "MediaWiki:Gadget-citelint.js"

# A page whose second section reuses a ref its lead defines, for editing a section alone.
printf '%s\n' 'Lead.<ref name="alpha">Alpha, B. (2001). A book. Oxford.</ref>' '' '== One ==' \
  'Text.<ref name="alpha" />' '' '== Two ==' 'More.<ref name="beta" />' '' '== References ==' \
  '<references />' | edit "Citelint sections"

# PHP's server: MediaWiki's entry points with this wiki's settings, its files, and citelint's
# web folder under /citelint/.
cat >"$work/router.php" <<'EOF'
<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strncmp($path, '/citelint/', 10) === 0) {
    $file = getenv('CITELINT_WEB') . '/' . basename($path);
    if (!is_file($file)) { http_response_code(404); return true; }
    $types = ['js' => 'text/javascript', 'mjs' => 'text/javascript', 'css' => 'text/css',
              'wasm' => 'application/wasm', 'html' => 'text/html'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
// CodeMirror 5 (Debian's libjs-codemirror), which the test puts over the edit box as MediaWiki's
// CodeMirror extension does.
if (strncmp($path, '/codemirror/', 12) === 0) {
    $file = '/usr/share/javascript/codemirror/' . basename($path);
    if (!is_file($file)) { http_response_code(404); return true; }
    header('Content-Type: ' . (substr($file, -4) === '.css' ? 'text/css' : 'text/javascript'));
    readfile($file);
    return true;
}
if ($path === '/' || preg_match('#^/(index|load|api|rest)\.php#', $path, $m)) {
    define('MW_CONFIG_FILE', getenv('CITELINT_MW_SETTINGS'));
    $entry = $path === '/' ? 'index.php' : $m[1] . '.php';
    $_SERVER['SCRIPT_NAME'] = '/' . $entry;
    chdir(getenv('CITELINT_MW'));
    require getenv('CITELINT_MW') . '/' . $entry;
    return true;
}
return false;
EOF
CITELINT_WEB="$web" CITELINT_MW="$mw" CITELINT_MW_SETTINGS="$work/LocalSettings.php" \
  php -S "127.0.0.1:$port" -t "$mw" "$work/router.php" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "$base/index.php" 2>/dev/null && break
  python3 -c "import urllib.request; urllib.request.urlopen('$base/index.php')" 2>/dev/null && break
  sleep 0.1
done

/usr/bin/python3 "$src/tests/web_browser_test.py" "$browser" "$citelint" \
  "$base/index.php?title=Citelint_test&action=edit" "file://$web/index.html" "$article" "$out" \
  $corpus $sentences_tool
status=$?
[ $status -eq 0 ] || { echo "server log:" >&2; tail -20 "$work/server.log" >&2; }
exit $status
