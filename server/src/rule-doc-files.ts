import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Each rule's doc as a file: beside the bundle (dist/rules/<id>.md) and beside
 * the source (server/src/rules/<id>.md). Node only: the web worker's server is
 * told where the docs are, and the registry stays free of the file system.
 */
export function ruleDocUrl(ruleId: string): string {
  return pathToFileURL(join(__dirname, 'rules', `${ruleId}.md`)).href;
}
