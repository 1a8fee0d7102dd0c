-- What the Neovim end-to-end tests of the language server share: failing and checking a step,
-- asking the server, and saying that all passed. Loaded by each test from its own folder.
local M = {}

function M.fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

function M.check(condition, message, detail)
  if not condition then M.fail(message .. (detail and (': ' .. vim.inspect(detail)) or '')) end
end

-- Opens a file and attaches the client to its buffer; returns the buffer and the client, once
-- it is initialized.
function M.open_attached(path, client_id)
  M.check(client_id, 'the client starts the server')
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  M.check(vim.wait(5000, function() return client.initialized end, 20), 'initialize')
  return buf, client
end

-- The response of one client to a request about a buffer (its `result`, or its error, which
-- Neovim 0.7 names `error` and later versions `err`).
function M.request(buf, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 5000)
  M.check(responses and responses[client_id], method .. ' answered', err)
  return responses[client_id]
end

function M.passed(what)
  local v = vim.version()
  io.stdout:write(what .. ' with Neovim ' .. v.major .. '.' .. v.minor .. ': passed\n')
  vim.cmd('qall!')
end

return M
