import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { formFields, mergeSettings, readSettings, type PoaSettings } from '../common/settings';
import { configFileName, readConfigFile } from '../config/config-file';
import { exportFormField, exportPlainText } from '../engine/export';
import { createLinter, type Finding } from '../engine/linter';
import type { DocumentFormat } from '../engine/model';
import { formatForPath, parsePlanOfAction } from '../engine/parse';
import type { LineIndex } from '../engine/text';
import { rules, ruleDocs, ruleSummary } from '../registry';
import { poaFilePattern, readTextFile, UsageError } from './files';

/** A POA is a few KB; a text this long is a mistake or an attack, and is refused before any work. */
export const maxTextLength = 1_000_000;

const textInput = z
  .string()
  .max(maxTextLength, `the text is longer than ${maxTextLength.toLocaleString('en-US')} characters; a Plan of Action is a few thousand`)
  .describe('The Plan of Action, as the seller wrote it.');
const formatInput = z
  .enum(['md', 'txt'])
  .optional()
  .describe('md: Markdown (the default); txt: plain text as pasted into or from Seller Central.');
const toolFormat = (format: 'md' | 'txt' | undefined): DocumentFormat => (format === 'txt' ? 'plain' : 'markdown');

/** The error a tool returns: one line the model can act on, never a stack. */
class ToolError extends Error {}

function answer(value: unknown) {
  return { content: [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }] };
}

function failure(error: unknown) {
  const message = error instanceof ToolError || error instanceof UsageError ? error.message : `internal error: ${String(error)}`;
  return { isError: true, content: [{ type: 'text' as const, text: message }] };
}

/** 1-based lines and UTF-16 columns, as the CLI's JSON gives them; offsets too, for a client that edits the text. */
function place(lines: LineIndex, start: number, end: number) {
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return { start, end, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

function findingJson(finding: Finding, lines: LineIndex) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...place(lines, finding.start, finding.end),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      ...(fix.preferred && { preferred: true }),
      // A snippet's ${1:…} fields are for the seller to fill, not text to paste as is.
      ...(fix.isSnippet && { snippet: true }),
      ...(fix.select && { select: place(lines, fix.select.start, fix.select.end) }),
      edits: fix.edits.map((edit) => ({ ...place(lines, edit.start, edit.end), newText: edit.newText })),
    })),
  };
}

/**
 * The notice travels as SPEC §6 has the seller paste it: after the plan, a
 * fenced `notification` block in Markdown, quoted lines in plain text;
 * either way it is never the seller's voice.
 */
function withNotice(text: string, notice: string, format: DocumentFormat): string {
  if (format === 'plain') return `${text}\n\n${notice.replace(/\r\n?/g, '\n').replace(/^/gm, '> ')}\n`;
  const longestRun = Math.max(2, ...[...notice.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${text}\n\n${fence}notification\n${notice}\n${fence}\n`;
}

/**
 * A finding as it concerns the plan without the notice after it: one inside
 * the notice is left out, an insertion at the very end moves to the plan's
 * end, and a fix that would change the notice is left out.
 */
function aboutThePlan(finding: Finding, planLength: number, totalLength: number): Finding[] {
  if (planLength === totalLength) return [finding];
  if (finding.end > planLength) return [];
  const fixes = finding.fixes.flatMap((fix) => {
    const edits = fix.edits.map((edit) =>
      edit.start === totalLength && edit.end === totalLength ? { ...edit, start: planLength, end: planLength } : edit,
    );
    const outside = edits.some((edit) => edit.end > planLength) || (fix.select !== undefined && fix.select.end > planLength);
    return outside ? [] : [{ ...fix, edits }];
  });
  return [{ ...finding, fixes }];
}

/** A path the client names, as a file inside the folder the server started in; anything else is refused. */
function fileInside(root: string, path: string): string {
  if (path.includes('\0')) throw new ToolError('the path holds a NUL character');
  if (isAbsolute(path)) throw new ToolError(`"${path}" is absolute: give a path relative to the folder the server runs in`);
  const climbs = (inner: string) => {
    const rel = relative(root, inner);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  const target = resolve(root, path);
  if (climbs(target)) throw new ToolError(`"${path}" is outside the folder the server runs in`);
  if (!poaFilePattern.test(target)) throw new ToolError(`"${path}" is not a plan: only *.poa.md, *.poa.txt and *.poa files are read`);
  if (!existsSync(target)) throw new ToolError(`"${path}": no such file`);
  // A symbolic link inside may point outside: judge where it lands.
  if (climbs(realpathSync(target))) throw new ToolError(`"${path}" leads outside the folder the server runs in`);
  if (statSync(target).size > maxTextLength * 4) throw new ToolError(`"${path}" is too large for a Plan of Action`);
  return target;
}

/** The .poarc.json files from the file's folder up to the root, never above it: the nearest one applies. */
function settingsInside(root: string, file: string): { settings: PoaSettings; problems: string[] } {
  for (let directory = dirname(file); ; directory = dirname(directory)) {
    const candidate = join(directory, configFileName);
    if (existsSync(candidate) && !relative(root, realpathSync(candidate)).startsWith('..')) {
      const config = readConfigFile(
        candidate,
        rules.map((rule) => rule.id),
      );
      const problems = config.problems.map((problem) => problem.replace(root + sep, ''));
      return { settings: mergeSettings(config.settings), problems };
    }
    if (directory === root || dirname(directory) === directory) return { settings: mergeSettings(), problems: [] };
  }
}

/**
 * `poa-lint mcp`: the linter as a Model Context Protocol server over stdio,
 * for an assistant that helps a seller write the plan. It reads no file
 * outside the folder it was started in.
 */
export async function runMcpServer(version: string, root = process.cwd()): Promise<void> {
  const realRoot = realpathSync(root);
  const linter = createLinter({ rules });
  const server = new McpServer({ name: 'poa-lint', version });

  const lintText = (text: string, format: DocumentFormat, settings: PoaSettings, planLength = text.length) => {
    const result = linter.lint(text, { format, settings });
    const findings = result.findings.flatMap((finding) => aboutThePlan(finding, planLength, text.length));
    return { findings: findings.map((finding) => findingJson(finding, result.poa.lines)) };
  };

  server.registerTool(
    'lint',
    {
      title: 'Lint a Plan of Action',
      description:
        "Checks an Amazon seller's Plan of Action as POA Lint does in the editor: missing sections, blame, vague promises, " +
        'actions without dates or numbers, placeholders, and more. Returns the findings, each with its rule, severity, message, ' +
        'position (1-based lines, UTF-16 columns, and offsets) and fixes as text edits.',
      inputSchema: {
        text: textInput,
        format: formatInput,
        notice: z
          .string()
          .max(maxTextLength, 'the notice is too long')
          .optional()
          .describe("Amazon's notification or rejection, as pasted: read as the plan's context, never judged as the seller's words."),
        settings: z
          .record(z.string(), z.unknown())
          .optional()
          .describe('Settings as in a .poarc.json, e.g. {"rules": {"passive-voice": "off"}, "maxWords": 600}.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ text, format, notice, settings }) => {
      try {
        const read = readSettings(
          settings ?? {},
          rules.map((rule) => rule.id),
        );
        if (read.problems.length > 0)
          throw new ToolError(`settings: ${read.problems.map((problem) => `${problem.key}: ${problem.message}`).join('; ')}`);
        const documentFormat = toolFormat(format);
        const full = notice ? withNotice(text, notice, documentFormat) : text;
        return answer(lintText(full, documentFormat, mergeSettings(read.settings), text.length));
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'lint_file',
    {
      title: 'Lint a plan file',
      description:
        'Lints a *.poa.md, *.poa.txt or *.poa file inside the folder this server runs in (a relative path), ' +
        'with the .poarc.json found between the file and that folder. Paths outside the folder are refused.',
      inputSchema: { path: z.string().max(4096).describe('Relative to the folder the server runs in, e.g. "drafts/appeal.poa.md".') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ path }) => {
      try {
        const file = fileInside(realRoot, path);
        const { settings, problems } = settingsInside(realRoot, realpathSync(file));
        const text = readTextFile(file);
        if (text.length > maxTextLength) throw new ToolError(`"${path}" is too large for a Plan of Action`);
        return answer({
          file: path,
          ...lintText(text, formatForPath(file), settings),
          ...(problems.length > 0 && { configProblems: problems }),
        });
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'export',
    {
      title: "Export for Seller Central's form",
      description:
        "The plan as plain text for Seller Central's appeal form (Markdown removed, bullets as •), with its word count; " +
        'with section, one field of the form only, with its character count.',
      inputSchema: {
        text: textInput,
        format: formatInput,
        section: z.enum(formFields).optional().describe('One field of the form: root-cause, actions, prevention or additional.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ text, format, section }) => {
      try {
        const poa = parsePlanOfAction(text, { format: toolFormat(format) });
        if (!section) return answer(exportPlainText(poa));
        const exported = exportFormField(poa, section);
        return answer({ field: section, text: exported.text, words: exported.words, characters: exported.characters });
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List the rules',
      description: 'Every rule POA Lint runs: its id, default severity, whether it has automatic fixes, and what it flags.',
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      answer(
        rules.map((rule) => ({
          id: rule.id,
          defaultSeverity: rule.defaultSeverity,
          fixable: rule.fixable,
          description: rule.description,
          summary: ruleSummary(ruleDocs[rule.id]),
        })),
      ),
  );

  // The process lives while its standard input is open: the client ending it ends the server.
  await server.connect(new StdioServerTransport());
}
