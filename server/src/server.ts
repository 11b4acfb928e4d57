import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './lsp/node-host';
import { startService } from './lsp/service';
import { ruleIds, rules } from './registry';

// Run by hand (poa-lint-server) with no transport named: standard input and output, as editors expect.
if (!process.argv.some((arg) => /^--(?:stdio|node-ipc|socket|pipe)\b/.test(arg)) && !process.send) process.argv.push('--stdio');

startService(createConnection(ProposedFeatures.all), { rules, host: nodeHost(ruleIds) });
