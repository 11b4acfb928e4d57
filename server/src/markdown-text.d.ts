/** A rule's doc, imported as its text (esbuild's text loader; test/support/markdown-text.cjs under tsx). */
declare module '*.md' {
  const text: string;
  export default text;
}
