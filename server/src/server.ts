import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startService } from './lsp/service';
import { rules } from './registry';

startService(createConnection(ProposedFeatures.all), { rules });
