-- End-to-end test of `citelint lsp` with a real client: Neovim's built-in one, headless.
--   CITELINT=build/release/citelint nvim --headless -u NONE -i NONE -n -c 'luafile tests/lsp_nvim_test.lua'
-- Exits 0 when every step passed; prints the failing step and exits 1 otherwise.
local citelint = assert(os.getenv('CITELINT'), 'CITELINT names the binary')
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
local path = dir .. '/page.wiki'
local lines = {
  'Intro.<ref name="smith">Smith 2001, p. 4</ref> More.<ref name="smiht"/> Again.<ref name="smith"/>',
  '',
  '== References ==',
  '<references />',
}
vim.fn.writefile(lines, path)
local uri = vim.uri_from_fname(path)

local helpers = dofile(debug.getinfo(1, 'S').source:sub(2):gsub('[^/]*$', '') .. 'lsp_nvim_helpers.lua')
local check = helpers.check

local published = {} -- every publishDiagnostics for the page, in order
local exit_code = nil

-- Garbage before the client's first message: a body that is not JSON, then a header with no
-- Content-Length. The server must answer and go on serving the client. The client's messages
-- follow through a FIFO, which is closed when the server exits.
local wrapper = [[
fifo="$1/to-server"; mkfifo "$fifo"
exec 3<&0
{ printf 'Content-Length: 9\r\n\r\n{garbage}X-Nothing: 1\r\n\r\n'; exec cat <&3; } > "$fifo" &
"$0" lsp --debounce 100 < "$fifo"; status=$?
kill $! 2>/dev/null; exit $status
]]
local client_id = vim.lsp.start_client({
  name = 'citelint',
  cmd = { 'sh', '-c', wrapper, citelint, dir },
  root_dir = dir,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result.uri == uri then table.insert(published, result.diagnostics) end
    end,
  },
  on_exit = function(code) exit_code = code end,
})
local buf, client = helpers.open_attached(path, client_id)
check(client.offset_encoding == 'utf-16', 'utf-16, as a client that offers nothing else gets', client.offset_encoding)

local function wait_published(count)
  return vim.wait(5000, function() return #published >= count end, 20)
end

local function request(method, params) return helpers.request(buf, client_id, method, params) end

-- 1. The diagnostic of the misspelt name, on open.
check(wait_published(1), 'diagnostics published on open')
local first = published[#published]
check(#first == 1, 'one diagnostic', first)
local d = first[1]
check(d.code == 'R001' and d.source == 'citelint' and d.severity == 1, 'R001 from citelint', d)
check(d.range.start.line == 0 and d.range.start.character == 63 and d.range['end'].character == 68,
  'the range of the name', d.range)
check(d.codeDescription and d.codeDescription.href, 'a link to the documentation', d)
local page = d.codeDescription.href:match('^file://(.*/docs/rules/R001%.md)$')
check(page and vim.fn.filereadable(page) == 1, "the link is R001's page, and it exists",
  d.codeDescription.href)

-- 2. Go to the definition of a reuse.
local def = request('textDocument/definition',
  { textDocument = { uri = uri }, position = { line = 0, character = 90 } })
check(def.result and #def.result == 1, 'one definition', def)
local range = def.result[1].range
check(range.start.line == 0 and range.start.character == 6 and range['end'].character == 46,
  'the definition of "smith"', range)

-- 3. References and hover.
local refs = request('textDocument/references', {
  textDocument = { uri = uri }, position = { line = 0, character = 90 },
  context = { includeDeclaration = true } })
check(refs.result and #refs.result == 2, 'two uses of "smith"', refs)
local hover = request('textDocument/hover',
  { textDocument = { uri = uri }, position = { line = 0, character = 90 } })
check(hover.result and hover.result.contents.value:find('Smith 2001, p. 4', 1, true),
  'hover shows the citation', hover)

-- 4. Requests the server does not know, and bad parameters: errors, and the server stays up.
-- (Neovim 0.7 names a response's error `error`, later versions `err`.)
local function error_code(response) return (response.err or response.error or {}).code end
local unknown = request('citelint/nothing', {})
check(error_code(unknown) == -32601, 'unknown method is -32601', unknown)
local bad = request('textDocument/definition', { textDocument = 7 })
check(error_code(bad) == -32602, 'bad parameters are -32602', bad)
client.notify('citelint/nothing', { x = 1 })

-- 5. The quick fix, applied by the client as an incremental edit.
local actions = request('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = { start = { line = 0, character = 65 }, ['end'] = { line = 0, character = 65 } },
  context = { diagnostics = first } })
check(actions.result and #actions.result == 1, 'one code action', actions)
local action = actions.result[1]
check(action.title == 'rename to "smith" (unsafe: read it)' and action.isPreferred == false, 'the rename, a likely fix (another spelling)', action)
local count = #published
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
check(vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]:find('name="smith"/>', 1, true),
  'the buffer has the fix')
check(wait_published(count + 1), 'diagnostics after the fix')
check(#published[#published] == 0, 'no diagnostic after the fix', published[#published])

-- 6. An edit with astral and CJK characters before a new problem: UTF-16 columns.
count = #published
vim.api.nvim_buf_set_lines(buf, 1, 1, false, { '😀日本 Late.<ref name="nowhere"/>' })
check(wait_published(count + 1), 'diagnostics after the edit')
local after = published[#published]
check(#after == 1 and after[1].code == 'R001', 'the new undefined name', after)
check(after[1].range.start.line == 1 and after[1].range.start.character == 21,
  'its column in UTF-16 units', after[1].range)

-- 7. A change past the end of the document, sent as is: the server clamps it and goes on.
count = #published
client.notify('textDocument/didChange', {
  textDocument = { uri = uri, version = 1000 },
  contentChanges = { { range = { start = { line = 90, character = 0 }, ['end'] = { line = 99, character = 5 } },
                       text = '' } } })
check(wait_published(count + 1), 'diagnostics after a change past the end')
def = request('textDocument/definition',
  { textDocument = { uri = uri }, position = { line = 0, character = 90 } })
check(def.result and #def.result == 1, 'still serving after bad input', def)

-- 8. Shutdown and exit: exit code 0.
client.stop()
check(vim.wait(5000, function() return exit_code ~= nil end, 20), 'the server exits')
check(exit_code == 0, 'exit code 0 after shutdown and exit', exit_code)
helpers.passed('lsp end-to-end test')
