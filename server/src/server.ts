import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startService } from './lsp/service';

startService(createConnection(ProposedFeatures.all));
