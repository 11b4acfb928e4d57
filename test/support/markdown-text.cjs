// Under tsx (tests, the bench) a `.md` import is its text, as esbuild's text loader makes it in the bundles.
const { readFileSync } = require('node:fs');

require.extensions['.md'] = (module, filename) => {
  module.exports = { __esModule: true, default: readFileSync(filename, 'utf8') };
};
