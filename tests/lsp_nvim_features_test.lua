-- End-to-end test of the language server's editing features with Neovim's own client, headless:
-- a configuration error shown once (window/showMessage), rename of a ref name (Neovim's own
-- vim.lsp.buf.rename, which asks prepareRename first), a refused rename, completion of ref
-- names and short-citation targets (edits applied by Neovim, in UTF-16 columns), and the
-- document's symbols as Neovim lists them.
--   CITELINT=build/release/citelint nvim --headless -u NONE -i NONE -n -c 'luafile tests/lsp_nvim_features_test.lua'
-- Exits 0 when every step passed; prints the failing step and exits 1 otherwise.
local citelint = assert(os.getenv('CITELINT'), 'CITELINT names the binary')
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
-- A configuration with a misspelt key: the server says so once, and uses the defaults.
vim.fn.writefile({ 'selct = ["R001"]' }, dir .. '/.citelint.toml')
local path = dir .. '/page.wiki'
vim.fn.writefile({
  'Lead.<ref name=smith>Smith 2001, p. 4</ref> Again.{{r|smith}}',
  '== History ==',
  'Text.<ref name="smith"/> 😀 Note.<ref group="n" name="smith">A note.</ref>',
  '=== Early ===',
  "Old.<ref name='jones'>Jones 1999.</ref>",
  '== Notes ==',
  '{{reflist|group=n}}',
  '== References ==',
  '<references />',
  '== Sources ==',
  '* {{cite book |last1=Green |last2=White |date=May 1990 |title=Colours}}',
}, path)

local helpers = dofile(debug.getinfo(1, 'S').source:sub(2):gsub('[^/]*$', '') .. 'lsp_nvim_helpers.lua')
local check = helpers.check

local messages = {} -- every window/showMessage, in order
local published = 0
local client_id = vim.lsp.start_client({
  name = 'citelint',
  cmd = { citelint, 'lsp', '--debounce', '50' },
  root_dir = dir,
  handlers = {
    ['window/showMessage'] = function(_, result) table.insert(messages, result) end,
    ['textDocument/publishDiagnostics'] = function() published = published + 1 end,
  },
})
local buf, client = helpers.open_attached(path, client_id)
local caps = client.server_capabilities
check(caps.completionProvider and vim.tbl_contains(caps.completionProvider.triggerCharacters, '='),
  'completion is offered, after "=" too', caps)
check(caps.renameProvider and caps.documentSymbolProvider, 'rename and symbols are offered', caps)

local function wait_published(count)
  return vim.wait(5000, function() return published >= count end, 20)
end

local function request(method, params) return helpers.request(buf, client_id, method, params) end

local function line(n) return vim.api.nvim_buf_get_lines(buf, n, n + 1, false)[1] end

-- 1. The configuration's error, shown once: on open, not again after an edit.
check(wait_published(1), 'diagnostics published on open')
check(#messages == 1 and messages[1].type == 1, 'one error message', messages)
check(messages[1].message:find("did you mean 'select'", 1, true), 'it names the problem', messages)
vim.api.nvim_buf_set_lines(buf, 1, 1, false, { 'More text.' })
check(wait_published(2), 'diagnostics after an edit')
check(#messages == 1, 'the message is not repeated', messages)
vim.api.nvim_buf_set_lines(buf, 1, 2, false, {})
check(wait_published(3), 'diagnostics after the edit is undone')

-- 2. Rename with Neovim's own command, the cursor on the reuse in line 3: every use in the
-- default group, the unquoted one quoted now, the one of group n untouched.
vim.api.nvim_win_set_cursor(0, { 3, 17 })
vim.lsp.buf.rename('Smith J')
check(vim.wait(5000, function() return line(0):find('Smith J', 1, true) end, 20), 'renamed')
check(line(0) == 'Lead.<ref name="Smith J">Smith 2001, p. 4</ref> Again.{{r|Smith J}}',
  'the definition quoted, {{r}} as is', line(0))
check(line(2) == 'Text.<ref name="Smith J"/> 😀 Note.<ref group="n" name="smith">A note.</ref>',
  'the reuse renamed, group n not', line(2))

-- 3. A name the group uses, and a name that is not one: refused, with the reason.
local function rename_error(position, name)
  local r = request('textDocument/rename', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position, newName = name })
  return r.err or r.error
end
local used = rename_error({ line = 4, character = 16 }, 'Smith J')
check(used and used.code == -32803, 'a used name is refused', used)
check(used.message == '"Smith J" already names a ref in the default group', 'the reason', used)
local bad = rename_error({ line = 4, character = 16 }, 'a|b')
check(bad and bad.code == -32803, 'a name with | is refused', bad)
-- In group n (after the emoji: UTF-16 columns), "jones" is free.
local note = request('textDocument/rename', {
  textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = 57 },
  newName = 'jones' })
check(note.result and #note.result.changes[vim.uri_from_bufnr(buf)] == 1, 'one edit in group n', note)

-- 4. Completion of a ref name after name=" (UTF-16 columns after the emoji), applied by Neovim.
local function complete_at_end(row)
  local text = line(row)
  local _, character = vim.str_utfindex(text) -- UTF-16 units
  local r = request('textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = character } })
  check(r.result and r.result.items, 'completion answered', r)
  return r.result.items
end
local function labels(items)
  local out = {}
  for _, item in ipairs(items) do table.insert(out, item.label) end
  return out
end
vim.api.nvim_buf_set_lines(buf, 5, 5, false, { '😀 Once more.<ref name="Sm' })
local names = complete_at_end(5)
check(vim.deep_equal(labels(names), { 'Smith J', 'jones' }), 'the default group\'s names', labels(names))
vim.lsp.util.apply_text_edits({ names[1].textEdit }, buf, client.offset_encoding)
check(line(5) == '😀 Once more.<ref name="Smith J', 'the name completed in place', line(5))
vim.api.nvim_buf_set_lines(buf, 5, 6, false, { 'Aside.{{r|group=n|' })
check(vim.deep_equal(labels(complete_at_end(5)), { 'smith' }), 'group n\'s name in {{r}}')

-- 5. Completion of a short citation's target: names and year of the full citation.
vim.api.nvim_buf_set_lines(buf, 5, 6, false, { 'Claim.{{sfn|' })
local targets = complete_at_end(5)
check(vim.deep_equal(labels(targets), { 'Green White 1990' }), 'the anchor', labels(targets))
vim.lsp.util.apply_text_edits({ targets[1].textEdit }, buf, client.offset_encoding)
check(line(5) == 'Claim.{{sfn|Green|White|1990', 'the target completed', line(5))
vim.api.nvim_buf_set_lines(buf, 5, 6, false, {})

-- 6. The outline: sections nested, lists and named refs in them, as Neovim lists symbols.
local symbols = request('textDocument/documentSymbol',
  { textDocument = { uri = vim.uri_from_bufnr(buf) } }).result
local outline = {}
local function walk(list, depth)
  for _, s in ipairs(list) do
    table.insert(outline, string.rep('  ', depth) .. s.name)
    walk(s.children or {}, depth + 1)
  end
end
walk(symbols, 0)
check(vim.deep_equal(outline, { 'Smith J', 'History', '  smith', '  Early', '    jones', 'Notes',
  '  {{reflist}}', 'References', '  <references />', 'Sources' }), 'the outline', outline)
local items = vim.lsp.util.symbols_to_items(symbols, buf)
check(#items == #outline and items[3].lnum == 3, 'Neovim lists every symbol at its line', items)

-- 7. Shutdown.
local stopped = false
client.stop()
check(vim.wait(5000, function() stopped = client.is_stopped(); return stopped end, 20), 'the server stops')
helpers.passed('lsp features test')
