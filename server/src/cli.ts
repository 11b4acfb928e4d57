import { readFileSync } from 'node:fs';
import { runCli } from './cli/main';

declare const POA_LINT_VERSION: string | undefined;

const version = typeof POA_LINT_VERSION === 'string' ? POA_LINT_VERSION : '0.0.0';
// Colour on a terminal, as most CLIs decide it: NO_COLOR turns it off, FORCE_COLOR (other than 0) on.
const force = process.env.FORCE_COLOR;
const color =
  force !== undefined && force !== '' ? force !== '0' && force !== 'false' : process.stdout.isTTY === true && !process.env.NO_COLOR;
const io = {
  stdout: (t: string) => process.stdout.write(`${t}\n`),
  stderr: (t: string) => process.stderr.write(`${t}\n`),
  color,
  // Messages wrap to the terminal's width; 80 when the output is not a terminal.
  columns: process.stdout.isTTY === true && process.stdout.columns ? process.stdout.columns : 80,
  readStdin: () => readFileSync(0),
};
const code = runCli(process.argv.slice(2), io, version);
process.exitCode = code;
