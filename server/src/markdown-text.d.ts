/** A rule's doc, imported as its text (esbuild's text loader; test/support/markdown-text.cjs under tsx). */
declare module '*.md' {
  const text: string;
  export default text;
}

/** The snippets file, imported as its JSON (esbuild's json loader; only the web build imports it). */
declare module '*.code-snippets' {
  const snippets: unknown;
  export default snippets;
}
