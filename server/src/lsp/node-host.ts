import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigResolver } from '../config/config-file';
import { planFilesBeside } from '../config/plan-files';
import { ruleDocUrl } from '../rule-doc-files';
import { templateFromSnippets } from './completion';
import type { ServiceHost } from './service';

/** The full template from snippets/poa.code-snippets, beside dist/ in the extension. */
export function readTemplateSnippet(path = join(__dirname, '..', 'snippets', 'poa.code-snippets')): string | undefined {
  try {
    return templateFromSnippets(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/** The desktop's host: rule docs as files beside the bundle, .poarc.json found upward, the template read once. */
export function nodeHost(ruleIds: readonly string[]): ServiceHost {
  const configFiles = new ConfigResolver(ruleIds);
  let template: string | null | undefined;
  return {
    ruleDocUrl,
    configFile(uri) {
      if (!uri.startsWith('file:')) return undefined;
      return configFiles.forDirectory(dirname(fileURLToPath(uri)));
    },
    forgetConfigFiles: () => configFiles.clear(),
    template: () => (template ??= readTemplateSnippet() ?? null) ?? undefined,
    sources(uri) {
      if (!uri.startsWith('file:')) return {};
      const path = fileURLToPath(uri);
      return { path, files: planFilesBeside(path) };
    },
  };
}
