/**
 * A snippet as the plain text a client without snippet support inserts: each
 * tab stop's placeholder stays (`[date]`, the skeleton's blanks to fill), a
 * choice gives its first option, a bare tab stop repeats (mirrors) its
 * placeholder, a variable gives its default or nothing.
 */
export function snippetToText(snippet: string): string {
  // A mirror may come before the placeholder it repeats: read once for the placeholders, then write.
  const placeholders = new Map<string, string>();
  render(snippet, placeholders);
  return render(snippet, placeholders);
}

function render(snippet: string, placeholders: Map<string, string>): string {
  let out = '';
  let i = 0;
  const readBody = (stopAt: string): string => {
    let text = '';
    while (i < snippet.length && !stopAt.includes(snippet[i])) {
      const ch = snippet[i];
      if (ch === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1])) {
        text += snippet[i + 1];
        i += 2;
      } else if (ch === '$') text += readDollar();
      else {
        text += ch;
        i++;
      }
    }
    return text;
  };
  const readDollar = (): string => {
    const simple = /^\$(\d+|[A-Za-z_]\w*)/.exec(snippet.slice(i));
    if (simple) {
      i += simple[0].length;
      return placeholders.get(simple[1]) ?? '';
    }
    const open = /^\$\{(\d+|[A-Za-z_]\w*)/.exec(snippet.slice(i));
    if (!open) {
      i++;
      return '$';
    }
    i += open[0].length;
    let text = '';
    if (snippet[i] === ':') {
      i++;
      text = readBody('}');
    } else if (snippet[i] === '|') {
      i++;
      text = readBody(',|');
      while (i < snippet.length && snippet[i] !== '|') {
        i++;
        readBody(',|');
      }
      i++;
    } else if (snippet[i] === '/') {
      // A transform: the variable's value, which a plain client does not have.
      while (i < snippet.length && snippet[i] !== '}') i += snippet[i] === '\\' ? 2 : 1;
    }
    if (snippet[i] === '}') {
      i++;
      if (text === '' && placeholders.has(open[1])) text = placeholders.get(open[1])!;
    }
    if (text !== '' && !placeholders.has(open[1])) placeholders.set(open[1], text);
    return text;
  };
  while (i < snippet.length) out += readBody('');
  return out;
}
