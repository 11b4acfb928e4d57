import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../support/lint';
import { type Finding } from '../../server/src/engine/linter';
import type { DocumentFormat } from '../../server/src/engine/model';
import { compatibleEdits } from '../../server/src/lsp/code-actions';
import { toDiagnostic, type DiagnosticData } from '../../server/src/lsp/diagnostics';
import { placeholderPattern } from '../../server/src/rules/placeholder';
import type { Fix } from '../../server/src/engine/rule';
import { parseSnippet, type SnippetNode } from '../support/snippet';
import { anyDocument, seedDocuments } from './support/documents';
import { describeFinding } from './support/invariants';
import { count, runs } from './support/tally';

/**
 * What the seller types where a fix leaves something to fill in (a tab stop,
 * or the bracketed placeholder of an inserted section): a fix is judged on
 * the text the seller ends up with, not on its to-do markers.
 */
const typedBySeller = 'our team lead checked 20 orders on March 3, 2026';

function filled(nodes: readonly SnippetNode[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.value;
        case 'placeholder':
          return typedBySeller;
        case 'tabstop':
          return node.index === 0 ? '' : typedBySeller;
        case 'choice':
          return node.options[0];
        case 'variable':
          return node.children ? filled(node.children) : '';
      }
    })
    .join('');
}

function asTyped(fix: Fix, newText: string): string {
  if (fix.isSnippet) return filled(parseSnippet(newText));
  placeholderPattern.lastIndex = 0;
  return newText.replace(placeholderPattern, typedBySeller);
}

/** Applies offset edits: each range refers to the original text. */
function applyOffsetEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function errorCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * source.fixAll.poa as the server builds it: every compatible preferred text
 * fix, applied the way a client applies a WorkspaceEdit. `typed`: with what
 * the fixes leave to fill in typed over.
 */
function fixAll(text: string, format: DocumentFormat, typed = false): { text: string; skipped: boolean; before: Finding[] } {
  const result = lint(text, { format });
  const fixes = result.findings.flatMap((f) => (toDiagnostic(f, result.poa.lines).data as DiagnosticData).fixes);
  const edits: TextEdit[] = compatibleEdits(fixes);
  const candidates = fixes.filter((fix) => fix.preferred && !fix.isSnippet && fix.edits.length > 0);
  const used = candidates.filter((fix) => fix.edits.every((e) => edits.includes(e)));
  const applied = typed ? edits.map((e) => ({ ...e, newText: asTyped({ title: '', edits: [] }, e.newText) })) : edits;
  return {
    text: TextDocument.applyEdits(TextDocument.create('file:///fix.poa', 'poa', 1, text), applied),
    skipped: used.length < candidates.length,
    before: result.findings,
  };
}

describe('every fix', function () {
  const seeds = seedDocuments();
  const documents = anyDocument(seeds).filter(({ text }) => text.length < 60_000);

  it('applied through its LSP edits, changes only its range and leaves the rest of the document byte-identical', () => {
    fc.assert(
      fc.property(documents, ({ text, format }) => {
        count('documents linted (fixes)');
        const result = lint(text, { format });
        const client = TextDocument.create('file:///fix.poa', 'poa', 1, text);
        for (const finding of result.findings) {
          const diagnostic = toDiagnostic(finding, result.poa.lines);
          const lspFixes = (diagnostic.data as DiagnosticData).fixes;
          for (const [i, fix] of finding.fixes.entries()) {
            if (fix.edits.length === 0) continue;
            count('fixes applied');
            const what = `${describeFinding(text, finding)}: fix '${fix.title}'`;
            const byOffsets = applyOffsetEdits(text, fix.edits);
            const byClient = TextDocument.applyEdits(client, lspFixes[i].edits);
            assert.equal(byClient, byOffsets, `${what}: its LSP edits and its offsets disagree`);
            const first = Math.min(...fix.edits.map((e) => e.start));
            const last = Math.max(...fix.edits.map((e) => e.end));
            const inserted = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
            assert.equal(byClient.slice(0, first), text.slice(0, first), `${what} changed text before its range`);
            assert.equal(byClient.slice(last + inserted), text.slice(last), `${what} changed text after its range`);
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('introduces no new error once the seller types over what it left to fill in', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), ({ text, format }, picks) => {
        const result = lint(text, { format });
        const fixes = result.findings.flatMap((finding) =>
          finding.fixes.filter((fix) => fix.edits.length > 0).map((fix) => ({ finding, fix })),
        );
        if (fixes.length === 0) return;
        const before = errorCounts(result.findings);
        for (const index of new Set(picks.map((p) => p % fixes.length))) {
          const { finding, fix } = fixes[index];
          count('fixes checked for new errors');
          const after = applyOffsetEdits(
            text,
            fix.edits.map((e) => ({ ...e, newText: asTyped(fix, e.newText) })),
          );
          const errors = errorCounts(lint(after, { format }).findings);
          for (const [ruleId, n] of errors) {
            assert.ok(
              n <= (before.get(ruleId) ?? 0),
              `${describeFinding(text, finding)}: fix '${fix.title}' brings ${ruleId} errors from ` +
                `${before.get(ruleId) ?? 0} to ${n}:\n${JSON.stringify(after.slice(0, 2000))}`,
            );
          }
        }
      }),
      { numRuns: runs(250) },
    );
  });

  it('fix-all (fix on save) introduces no new error once the seller types over what it left to fill in', () => {
    fc.assert(
      fc.property(documents, ({ text, format }) => {
        count('fix-all runs');
        const { text: after, before } = fixAll(text, format, true);
        const was = errorCounts(before);
        for (const [ruleId, n] of errorCounts(lint(after, { format }).findings)) {
          assert.ok(
            n <= (was.get(ruleId) ?? 0),
            `fix-all brings ${ruleId} errors from ${was.get(ruleId) ?? 0} to ${n}:\n` +
              `${JSON.stringify(text.slice(0, 1500))}\n→\n${JSON.stringify(after.slice(0, 1500))}`,
          );
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('fix-all is idempotent: applying all preferred fixes twice equals applying them once', () => {
    fc.assert(
      fc.property(documents, ({ text, format }) => {
        count('fix-all runs');
        let once = fixAll(text, format);
        // A fix skipped for clashing with another is applied on a later pass; after that the passes must settle.
        for (let pass = 0; once.skipped && pass < 4; pass++) once = fixAll(once.text, format);
        assert.ok(!once.skipped, 'fix-all still skips clashing fixes after five passes');
        const twice = fixAll(once.text, format);
        assert.equal(
          twice.text,
          once.text,
          `a second fix-all changed the text:\n${JSON.stringify(once.text.slice(0, 1500))}\n→\n` +
            `${JSON.stringify(twice.text.slice(0, 1500))}`,
        );
      }),
      { numRuns: runs(250) },
    );
  });
});
