-- The Neovim setup of docs/editors.md, run as it stands there (its ```lua block after "**Neovim**"): one
-- server per workspace. Two pages of one folder and a page in a subfolder share one server;
-- a page of another workspace (a folder with .git) gets its own.
--   CITELINT=build/release/citelint CITELINT_EDITORS_DOC=docs/editors.md nvim --headless -u NONE -i NONE -n -c 'luafile tests/lsp_nvim_readme_test.lua'
-- Exits 0 when every step passed; prints the failing step and exits 1 otherwise.
local citelint = assert(os.getenv('CITELINT'), 'CITELINT names the binary')
local doc = assert(os.getenv('CITELINT_EDITORS_DOC'), 'CITELINT_EDITORS_DOC names docs/editors.md')

local helpers = dofile(debug.getinfo(1, 'S').source:sub(2):gsub('[^/]*$', '') .. 'lsp_nvim_helpers.lua')
local check = helpers.check

-- The block, verbatim.
local text = table.concat(vim.fn.readfile(doc), '\n')
local neovim = text:find('\n**Neovim**', 1, true)
check(neovim, 'docs/editors.md has a Neovim section')
local first = text:find('```lua\n', neovim, true)
check(first, 'the Neovim section has a lua block')
local last = text:find('\n```', first + 7, true)
local snippet = text:sub(first + 7, last)
check(snippet:find('vim.lsp.start_client', 1, true), 'the block is the setup', snippet)

-- The snippet runs `citelint` from PATH, as a user's setup would.
vim.env.PATH = vim.fn.fnamemodify(citelint, ':p:h') .. ':' .. vim.env.PATH
local load = loadstring or load
local setup, err = load(snippet, 'docs/editors.md')
check(setup, 'the block is Lua', err)
setup()
vim.o.hidden = true -- pages left stay loaded, and attached
vim.cmd('autocmd BufRead,BufNewFile *.wiki setfiletype mediawiki')

local base = vim.fn.resolve(vim.fn.tempname())
local workspace, other = base .. '/wiki', base .. '/elsewhere'
vim.fn.mkdir(workspace .. '/deep', 'p')
vim.fn.mkdir(other .. '/.git', 'p')
vim.fn.writefile({ 'ignore = []' }, workspace .. '/.citelint.toml')
local page = { 'Text.<ref name="a">A 2001.</ref>', '== References ==', '<references />' }
for _, file in ipairs({ workspace .. '/one.wiki', workspace .. '/two.wiki',
                        workspace .. '/deep/three.wiki', other .. '/four.wiki' }) do
  vim.fn.writefile(page, file)
end

-- The citelint clients that have started (Neovim 0.7 lists a client once it is initialized).
local function citelint_clients()
  local out = {}
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == 'citelint' then table.insert(out, client) end
  end
  return out
end

local function attached(buf)
  local ids = {}
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, client in pairs(list) do
    table.insert(ids, client.id)
  end
  return ids
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  return vim.api.nvim_get_current_buf()
end

-- Two pages of one folder, and one in a subfolder of the workspace: one server.
local one = open(workspace .. '/one.wiki')
check(vim.bo[one].filetype == 'mediawiki', 'the page is mediawiki', vim.bo[one].filetype)
local two = open(workspace .. '/two.wiki')
local three = open(workspace .. '/deep/three.wiki')
local function settled(count)
  vim.wait(5000, function() return #citelint_clients() >= count end, 20)
  vim.wait(300) -- time for any other one to come up
  return citelint_clients()
end
local clients = settled(1)
check(#clients == 1, 'one server for the workspace', #clients)
local client = clients[1]
check(client.config.root_dir == workspace, 'its root is the folder of .citelint.toml',
  client.config.root_dir)
for _, buf in ipairs({ one, two, three }) do
  check(vim.deep_equal(attached(buf), { client.id }), 'each page is attached to it', attached(buf))
end
-- The server answers for each of them.
local responses = vim.lsp.buf_request_sync(two, 'textDocument/documentSymbol',
  { textDocument = { uri = vim.uri_from_bufnr(two) } }, 5000)
check(responses and responses[client.id] and responses[client.id].result, 'it serves the second page',
  responses)

-- Another workspace: a second server.
local four = open(other .. '/four.wiki')
clients = settled(2)
check(#clients == 2, 'a second server for the other workspace', #clients)
local second = attached(four)[1]
check(second and second ~= client.id, 'the other page has its own server', attached(four))
check(vim.lsp.get_client_by_id(second).config.root_dir == other, 'rooted at the .git folder',
  vim.lsp.get_client_by_id(second).config.root_dir)

-- Opening the first page again attaches nothing new.
open(workspace .. '/one.wiki')
check(#settled(2) == 2, 'still two servers', #citelint_clients())

for _, c in ipairs(citelint_clients()) do c.stop() end
check(vim.wait(5000, function() return #citelint_clients() == 0 end, 20), 'the servers stop')
helpers.passed('docs/editors.md Neovim setup, one server per workspace')
