import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lint } from '../../support/lint';
import type { DocumentFormat } from '../../../server/src/engine/model';
import type { PoaSettings } from '../../../server/src/common/settings';
import { emptyPlanDiagnostic, toDiagnostics } from '../../../server/src/lsp/diagnostics';
import { TestServer, type TestServerOptions } from '../../support/lsp';

/**
 * How long a version's diagnostics may take before they count as never sent.
 * These properties judge what is published, not how fast: at scale, with
 * other work on the machine, one analysis waited on a loaded core past ten
 * seconds, and the seed replayed alone passed. Speed is `npm run bench`'s.
 */
const neverSentMs = 60_000;

/** The diagnostics published for exactly this version of a document (they may have come already). */
export function publishedFor(server: TestServer, uri: string, version: number, timeoutMs = neverSentMs): Promise<PublishDiagnosticsParams> {
  const last = server.lastFor(uri);
  if (last?.version === version) return Promise.resolve(last);
  return server.diagnostics(uri, (_, published) => published.version === version, timeoutMs);
}

/** A diagnostic as compared: the docs link names the server's own folder, so only its file name is kept. */
export function comparable(diagnostics: Diagnostic[]): unknown[] {
  return JSON.parse(JSON.stringify(diagnostics)).map((d: Diagnostic) => ({
    ...d,
    codeDescription: d.codeDescription?.href.replace(/^.*\//, ''),
  }));
}

/** What the server must publish for a text: a cold analysis of the whole text in this process. */
export function expectedDiagnostics(text: string, format: DocumentFormat, settings?: PoaSettings): unknown[] {
  // The editor shows an empty plan one pointer to the template instead of the missing sections.
  if (!/\S/.test(text)) return comparable([emptyPlanDiagnostic]);
  const result = lint(text, { format, settings });
  return comparable(toDiagnostics(result, (ruleId) => `${ruleId}.md`));
}

/** A server started with extra environment (the product reads none to make rules fail). */
export function serverWithEnvironment(environment: Record<string, string>, options?: TestServerOptions): TestServer {
  const saved = Object.fromEntries(Object.keys(environment).map((key) => [key, process.env[key]]));
  Object.assign(process.env, environment);
  try {
    return new TestServer(options);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export function isAlive(server: TestServer): boolean {
  return server.process.exitCode === null && server.process.signalCode === null;
}
