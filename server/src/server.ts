import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startService } from './service';

startService(createConnection(ProposedFeatures.all));
