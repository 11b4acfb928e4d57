import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintResult } from '../../../server/src/engine/linter';
import { ruleIds } from '../../../server/src/registry';

const severities = new Set(['error', 'warning', 'info', 'hint']);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Why an offset is not a place a range may start or end, if it is not. */
export function badOffset(text: string, offset: number): string | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length)
    return `offset ${offset} is outside the document (length ${text.length})`;
  if (offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
    return `offset ${offset} splits a surrogate pair`;
  if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') return `offset ${offset} splits a \\r\\n`;
  return undefined;
}

function assertSpan(text: string, start: number, end: number, what: string): void {
  for (const offset of [start, end]) {
    const problem = badOffset(text, offset);
    assert.equal(problem, undefined, `${what}: ${problem}`);
  }
  assert.ok(start <= end, `${what}: starts at ${start} after it ends at ${end}`);
}

/** A finding in a message: enough to find it in the document. */
export function describeFinding(text: string, f: Finding): string {
  return `${f.ruleId} ${f.start}-${f.end} ${JSON.stringify(text.slice(Math.max(0, f.start - 10), f.end + 10).slice(0, 120))}`;
}

/**
 * What every analysis of every text must satisfy: no rule failed; each
 * finding, fix edit and selection lies inside the document and splits neither
 * a surrogate pair nor a \r\n; each LSP range is what an LSP client computes
 * from the offsets (vscode-languageserver-textdocument, not our LineIndex);
 * a fix deletes nothing outside its finding's range, unless it moves the
 * lines that hold it elsewhere.
 */
export function assertWellFormed(text: string, result: LintResult): void {
  assert.deepEqual(
    result.failures.map((f) => `${f.ruleId}: ${f.error instanceof Error ? f.error.stack : String(f.error)}`),
    [],
    'a rule failed',
  );
  const client = TextDocument.create('file:///check.poa', 'poa', 1, text);
  for (const finding of result.findings) {
    const what = describeFinding(text, finding);
    assert.ok(ruleIds.includes(finding.ruleId), `${what}: unknown rule id`);
    assert.ok(severities.has(finding.severity), `${what}: severity ${finding.severity}`);
    assert.ok(typeof finding.message === 'string' && finding.message.trim() !== '', `${what}: empty message`);
    assertSpan(text, finding.start, finding.end, what);
    assert.deepEqual(
      finding.range,
      { start: client.positionAt(finding.start), end: client.positionAt(finding.end) },
      `${what}: LSP range does not match the offsets`,
    );
    for (const fix of finding.fixes) {
      const fixWhat = `${what}: fix '${fix.title}'`;
      assert.ok(fix.title.trim() !== '', `${fixWhat} has no title`);
      if (fix.select) assertSpan(text, fix.select.start, fix.select.end, `${fixWhat} selection`);
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const [i, edit] of edits.entries()) {
        assertSpan(text, edit.start, edit.end, `${fixWhat} edit`);
        assert.equal(typeof edit.newText, 'string', `${fixWhat}: edit text`);
        if (i > 0) assert.ok(edits[i - 1].end <= edit.start, `${fixWhat}: its edits overlap`);
        // SPEC §4: no fix ever deletes text that the diagnostic did not cover, except to move it: a fix
        // that takes whole lines holding its finding to another place inserts those very lines there.
        const moved = text.slice(edit.start, edit.end).replace(/(?:\r\n|\r|\n)$/, '');
        const isMove =
          edit.newText === '' &&
          edit.start <= finding.start &&
          finding.end <= edit.end &&
          edits.some((other) => other !== edit && other.start === other.end && other.newText.replace(/^(?:\r\n|\r|\n)/, '') === moved);
        if (edit.end > edit.start && !isMove)
          assert.ok(
            finding.start <= edit.start && edit.end <= finding.end,
            `${fixWhat} deletes ${edit.start}-${edit.end}, outside its finding`,
          );
      }
    }
  }
}

/** Findings as plain data, to compare two analyses. */
export function findingsKey(result: LintResult): string {
  return JSON.stringify(result.findings);
}
