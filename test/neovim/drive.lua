-- Drives the built POA language server from Neovim's own LSP client, headless,
-- as a seller's editor would: open a plan, read the diagnostics, apply a SMART
-- rewrite and a missing-section fix, and write what happened to $POA_OUT as JSON.
-- Written for Neovim 0.7 (Debian 12) and later: start_client and buf_attach_client.
local out = {}

local function finish(problem)
  out.error = problem
  local file = assert(io.open(os.getenv('POA_OUT'), 'w'))
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd('qa!')
end

local ok, problem = pcall(function()
  local plan = os.getenv('POA_PLAN')
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  -- The buffer version of the last diagnostics the server published.
  local published = -1
  local client_id = vim.lsp.start_client({
    name = 'poa-lint',
    cmd = { os.getenv('POA_NODE'), os.getenv('POA_CLI'), '--stdio' },
    root_dir = vim.fn.fnamemodify(plan, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        if result.version then published = result.version end
      end,
    },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- Waits for the diagnostics of the buffer as it is now: an event, not a fixed sleep.
  local function settle(what)
    -- The version the client last sent (set once the document is open, then on each change).
    local sent = function() return vim.lsp.util.buf_versions[bufnr] end
    if not vim.wait(20000, function() return sent() ~= nil and published >= sent() end, 20) then
      error('no diagnostics for ' .. what .. ' (version ' .. tostring(sent()) .. ', last published ' .. published .. ')')
    end
  end

  local function codes()
    local found = {}
    for _, d in ipairs(vim.lsp.diagnostic.get(bufnr, client_id)) do
      table.insert(found, string.format('%d %s', d.range.start.line + 1, d.code))
    end
    table.sort(found)
    return found
  end

  local function apply(code, title)
    local diagnostic
    for _, d in ipairs(vim.lsp.diagnostic.get(bufnr, client_id)) do
      if d.code == code and not diagnostic then diagnostic = d end
    end
    if not diagnostic then error('no ' .. code .. ' diagnostic: ' .. table.concat(codes(), ', ')) end
    local client = vim.lsp.get_client_by_id(client_id)
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = diagnostic.range,
      context = { diagnostics = { diagnostic } },
    }
    local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
    if not response or response.err then error('codeAction failed: ' .. vim.inspect(response)) end
    local titles, chosen = {}, nil
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.title == title then chosen = action end
    end
    if not chosen then error("'" .. title .. "' not offered for " .. code .. ': ' .. table.concat(titles, ', ')) end
    if chosen.command then error("'" .. title .. "' needs a command Neovim does not have") end
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
    settle(title)
    return titles
  end

  settle('the plan as opened')
  out.opened = codes()
  out.smartActions = apply('untimed-action', 'Rewrite as a SMART action')
  out.sectionActions = apply('missing-preventive-measures', "Insert a 'Preventive measures' section")
  out.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  out.after = codes()
  vim.lsp.stop_client(client_id)
end)

finish(not ok and tostring(problem) or nil)
