// The language server with some rules made to throw: `node --import tsx faulty-server.ts --stdio <rule-id>,…`.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from '../../server/src/lsp/node-host';
import { startService } from '../../server/src/lsp/service';
import { ruleIds, rules } from '../../server/src/registry';
import { withInjectedFaults } from './faults';

const ids = (process.argv.find((arg) => !arg.startsWith('-') && arg !== process.argv[0] && arg !== process.argv[1]) ?? '')
  .split(',')
  .filter(Boolean);
startService(createConnection(ProposedFeatures.all), { rules: withInjectedFaults(rules, ids), host: nodeHost(ruleIds) });
