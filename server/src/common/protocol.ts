/**
 * Custom requests, notifications and command ids shared by the client and the
 * server: both import this file, so the names and shapes cannot drift apart.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { FormField } from './settings';

/** Sent by the server after each analysis of a document. */
export interface DocumentStats {
  uri: string;
  version: number;
  /** The seller's own words: Markdown syntax, code, quotes, comments and front matter left out. */
  words: number;
}
export const documentStatsNotification = new NotificationType<DocumentStats>('poa/documentStats');

export interface ExportPlainTextParams {
  uri: string;
}
export interface ExportPlainTextResult {
  /** The plan as plain text for Seller Central's form. */
  text: string;
  /** Words in that text. */
  words: number;
}
export const exportPlainTextRequest = new RequestType<ExportPlainTextParams, ExportPlainTextResult | null, void>('poa/exportPlainText');

/** One field of Seller Central's form as the plan fills it; only fields that some section fills are listed. */
export interface FormFieldText {
  field: FormField;
  /** The field's plain text, as it is pasted into the form. */
  text: string;
  words: number;
  /** As a browser's text box counts them. */
  characters: number;
  /** The seller's budget for the field (poa.form.limits), if set. */
  budget?: number;
}
export interface FormFieldsParams {
  uri: string;
}
export const formFieldsRequest = new RequestType<FormFieldsParams, FormFieldText[] | null, void>('poa/formFields');

/** A rule's doc as Markdown, from the docs bundled in the server (no file system needed); null for an unknown id. */
export interface RuleDocumentationParams {
  ruleId: string;
}
export const ruleDocumentationRequest = new RequestType<RuleDocumentationParams, { markdown: string } | null, void>(
  'poa/ruleDocumentation',
);

/** The version Amazon rejected (`previous:`), when it is a file beside the plan; null otherwise. */
export const previousVersionRequest = new RequestType<{ uri: string }, { uri: string; path: string } | null, void>('poa/previousVersion');
/**
 * Whether a Markdown or text file that is not a *.poa.* file reads like a Plan
 * of Action, so the client can offer to lint it as one. The text travels with
 * the request: the document is not one the server was given.
 */
export interface ReadsLikePlanParams {
  uri: string;
  text: string;
}
export const readsLikePlanRequest = new RequestType<ReadsLikePlanParams, boolean, void>('poa/readsLikePlan');

/**
 * The .poarc.json files of a workspace the server cannot read itself (a
 * virtual workspace, vscode.dev), read by the client through the editor's file
 * system: all of them each time, so a deleted file is dropped.
 */
export interface ConfigFilesParams {
  files: { uri: string; text: string }[];
}
export const configFilesNotification = new NotificationType<ConfigFilesParams>('poa/configFiles');

/** The rules the server runs, for a picker. */
export const ruleListRequest = new RequestType0<{ id: string; description: string }[], void>('poa/ruleList');

/** Command ids, as contributed in package.json. */
export const commands = {
  restartServer: 'poa.restartServer',
  copyAsPlainText: 'poa.copyAsPlainText',
  /** Arguments: CopySectionArgs, in order; without them, the active editor and a picker of the fields. */
  copySection: 'poa.copySection',
  insertTemplate: 'poa.insertTemplate',
  /** Opens an untitled plan holding the SMART POA template. */
  newPlan: 'poa.newPlan',
  /** Argument: a rule id; without one, a picker of the rules. */
  showRuleDocumentation: 'poa.showRuleDocumentation',
  /** Arguments: ApplySnippetFixArgs, in order. */
  applySnippetFix: 'poa.applySnippetFix',
  /** Arguments: SelectRangeArgs, in order. */
  selectRange: 'poa.selectRange',
  /** VS Code's diff of the plan against the version Amazon rejected (`previous:`). */
  compareWithPrevious: 'poa.compareWithPrevious',
} as const;

/**
 * The server's initializationOptions. A client names the client-side commands
 * it runs; the server offers those as commands and gives every other client
 * plain workspace edits (a snippet's tab stops become `[placeholders]`).
 */
export interface PoaInitializationOptions {
  clientCommands?: string[];
  /** The editor shows a diagnostic's message beside its hover: the hover adds only what it lacks. */
  editorShowsMessages?: boolean;
  /**
   * Publish diagnostics even to a client that can pull them: the VS Code
   * client, where poa.run and poa.debounceMs say when a plan is checked and
   * the status bar reads each analysis as it is published.
   */
  pushDiagnostics?: boolean;
  /**
   * The folder of the rule docs (`<extension>/dist/rules`), for a server that
   * cannot tell where it is: a web worker runs from a blob: URL.
   */
  ruleDocsBase?: string;
}

/** What the VS Code client announces: it runs all three. */
export const vscodeClientCommands = [commands.applySnippetFix, commands.selectRange, commands.insertTemplate];

/** A code action's edit cannot carry tab stops, so a snippet fix is a command the client runs. */
export type ApplySnippetFixArgs = [uri: string, range: Range, snippet: string];
export type SelectRangeArgs = [uri: string, range: Range];
export type CopySectionArgs = [uri: string, field: FormField];

/** The snippet in snippets/poa.code-snippets that "Insert SMART POA template" inserts. */
export const templateSnippetPrefix = 'poa-template';
