/**
 * The files beside a plan, as a host lends them to the analysis: the CLI and
 * the server read the disk, a web editor or standard input has none. Paths
 * are as the plan names them, relative to the plan's folder.
 */
export interface PlanFiles {
  /** What is at a path: a regular file, nothing, or something else (a folder, a FIFO). */
  kind(path: string): 'file' | 'missing' | 'other';
  /** The text of a regular file of at most 10 MB, or undefined (missing, not a file, binary, not UTF-8/16). */
  readText(path: string): string | undefined;
  /** The names of the regular files in the plan's folder. */
  list(): string[];
  /** Where a file is, as a URI, for a document link. */
  uriOf(path: string): string;
}
