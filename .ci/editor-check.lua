-- Headless Neovim (0.7 or newer) as a real LSP client of `pypto-direction server`:
-- opens $EDITOR_CHECK_FILE in the project $EDITOR_CHECK_ROOT, waits for the server's
-- diagnostics, applies the first code action of each `fix` diagnostic (one at a time,
-- waiting for fresh diagnostics in between), writes the buffer and quits.
-- Exit code 0 on success, 1 on any failure; progress lines go to stdout.
local file = assert(os.getenv('EDITOR_CHECK_FILE'), 'EDITOR_CHECK_FILE is not set')
local root = assert(os.getenv('EDITOR_CHECK_ROOT'), 'EDITOR_CHECK_ROOT is not set')
local bin = assert(os.getenv('EDITOR_CHECK_BIN'), 'EDITOR_CHECK_BIN is not set')
local want = tonumber(os.getenv('EDITOR_CHECK_FIXES') or '1')
local wait_ms = tonumber(os.getenv('EDITOR_CHECK_WAIT_MS') or '60000')

local function say(msg)
  io.stdout:write('editor-check: ' .. msg .. '\n')
end

local function fail(msg)
  say('FAIL ' .. msg)
  vim.cmd('cquit 1')
end

local function elapsed_ms(since)
  return math.floor((vim.loop.hrtime() - since) / 1e6)
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local function fixes()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'fix' then table.insert(out, d) end
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum end)
  return out
end

local started = vim.loop.hrtime()
local client_id = vim.lsp.start_client({
  name = 'pypto-direction',
  cmd = { 'node', bin, 'server', '--stdio' },
  root_dir = root,
  flags = { debounce_text_changes = 50 },
})
if not client_id then return fail('the server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(wait_ms, function() return #fixes() >= want end, 20) then
  return fail(string.format('%d fix diagnostics after %d ms, wanted %d', #fixes(), elapsed_ms(started), want))
end
say(string.format('%d fix diagnostics %d ms after open', #fixes(), elapsed_ms(started)))
for _, d in ipairs(fixes()) do say(string.format('  %d:%d %s', d.lnum + 1, d.col + 1, d.message)) end

local client = vim.lsp.get_client_by_id(client_id)
for round = 1, want do
  local d = fixes()[1]
  if not d then break end
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local action
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do
      if not action and a.edit then action = a end
    end
  end
  if not action then return fail('no code action for line ' .. (d.lnum + 1)) end
  say(string.format('apply "%s"', action.title))
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local left = want - round
  if not vim.wait(wait_ms, function() return #fixes() == left end, 20) then
    return fail(string.format('%d fix diagnostics after applying %d, wanted %d', #fixes(), round, left))
  end
end

vim.cmd("silent write")
say('wrote ' .. file)
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qall!')
