// The web suite's entry, loaded by @vscode/test-web into the browser's extension host (vscode.dev's).
import 'mocha/mocha';
import { webTests } from './web.test';

declare const mocha: {
  setup(options: { ui: string; reporter?: unknown; timeout: number }): void;
  run(done: (failures: number) => void): void;
};

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30_000 });
    // mocha's describe() and it() are globals once it is set up.
    webTests();
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}
