import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const extensionId = 'poa-lint.poa-lint';

/** The fixture workspace the editor was opened on. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor was opened without the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Activates POA Lint (from the dev path or the installed .vsix) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed`);
  const installedIn = process.env.POA_E2E_EXTENSIONS_DIR;
  if (installedIn) {
    assert.ok(
      extension.extensionUri.path.startsWith(vscode.Uri.file(installedIn).path + '/'),
      `expected the extension installed from the .vsix, got ${extension.extensionUri.toString()}`,
    );
  }
  await extension.activate();
  return extension;
}

export const codeOf = (d: vscode.Diagnostic): string | undefined => {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
};

export const poaDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'poa');

const describeAll = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)}`)
    .join(', ') || '(none)';

/**
 * Resolves with the document's POA diagnostics once `accept` holds for them,
 * checking now and on every diagnostics change; rejects after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = poaDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; diagnostics: ${describeAll(poaDiagnostics(uri))}`));
    }, timeoutMs);
    function done() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export const hasCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === code);

/** Polls `condition` every 50 ms; rejects after `timeoutMs`. For UI state that has no event. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Asks the runner (run.mjs --screenshots) for a screenshot of the workbench:
 * it watches the log for this line, takes the picture and then writes
 * `<name>.done` into POA_E2E_SCREENSHOT_ACK. Without that variable, no-op.
 */
export async function screenshot(name: string): Promise<void> {
  const ackDir = process.env.POA_E2E_SCREENSHOT_ACK;
  if (!ackDir) return;
  // Let the workbench paint what the last command opened (a picture, not an assertion).
  await new Promise((r) => setTimeout(r, 800));
  console.log(`SCREENSHOT ${name}`);
  const ack = path.join(ackDir, `${name}.done`);
  try {
    await until(() => fs.existsSync(ack), `screenshot ${name}`, 15_000);
  } catch (error) {
    console.warn(String(error));
  }
}

/** Closes every editor without saving: the fixtures on disk stay as they are. */
export async function closeAllWithoutSaving(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export const lateShipmentWithoutPrevention = [
  '# Plan of Action: late shipments',
  '',
  '## Root cause',
  'The delay was caused by the carrier.',
  'On October 2, 2026 our team shipped 40 orders after their promised dates.',
  '',
  '## Actions taken',
  '- On October 5, 2026 we refunded the 40 affected buyers.',
  '- On October 6, 2026 we moved all orders to a second warehouse.',
  '',
].join('\n');
