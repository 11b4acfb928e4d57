import { runCli } from './cli/main';

declare const POA_LINT_VERSION: string | undefined;

const version = typeof POA_LINT_VERSION === 'string' ? POA_LINT_VERSION : '0.0.0';
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const code = runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(`${t}\n`), stderr: (t) => process.stderr.write(`${t}\n`), color }, version);
process.exitCode = code;
