import type { YAMLError } from 'yaml';

/**
 * The YAML parser's errors in plain words. The parser reports one mistake as several messages in
 * its own terms ("A block sequence may not be used as an implicit map key", "Block scalar lines
 * must not be less indented than their first line"); an editor needs one message per place that
 * names the cause (a tab, an indentation of three spaces, a colon in unquoted text), shows the
 * line with a caret, and says the fix.
 */

export interface PlainYamlError {
  line: number;
  column: number;
  message: string;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isItem = (line: string) => /^\s*- /.test(line) || /^\s*-$/.test(line);
const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/** The line, and a caret under `column` (1-based), indented to sit under the report line. */
export function pointAt(text: string, column: number): string {
  const shown = text.replace(/\t/g, '→');
  return `\n    ${shown}\n    ${' '.repeat(Math.max(0, column - 1))}^`;
}

/** The nearest line above `index` of the same kind (list item or key), for its indentation. */
function neighbourAbove(lines: string[], index: number): string | undefined {
  const item = isItem(lines[index]!);
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (isItem(line) === item && indentOf(line) !== indentOf(lines[index]!)) return line;
    if (indentOf(line) === 0) return item ? undefined : line;
  }
  return undefined;
}

function explain(code: string, lines: string[], index: number, original: string): string {
  const text = lines[index] ?? '';
  const lead = /^[ \t]*/.exec(text)![0];
  if (lead.includes('\t') || (code === 'BAD_INDENT' && text.includes('\t'))) {
    return 'a tab character in the indentation: YAML indents with spaces only. Fix: replace the tab with spaces, lining the line up with the lines around it';
  }
  const spaces = indentOf(text);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && isItem(text)) {
    const above = neighbourAbove(lines, index);
    const want = above === undefined ? undefined : indentOf(above);
    return `this list item is indented ${spaces} space${spaces === 1 ? '' : 's'}${want === undefined ? '' : `, the items above it ${want}`}. Fix: start every item of a list at the same column${want === undefined ? '' : ` (${want} spaces)`}`;
  }
  if (code === 'BAD_INDENT' && /mapping items/.test(original)) {
    const above = neighbourAbove(lines, index);
    const want = above === undefined ? undefined : indentOf(above);
    const odd =
      spaces % 2 === 1
        ? ` (an indentation of ${spaces} spaces; these files indent 2 per level)`
        : '';
    return `this key is not lined up with the keys around it${odd}. Fix: indent it ${want === undefined ? 'as its neighbours are' : `${want} spaces, as the key above it`}`;
  }
  if (code === 'BAD_INDENT' && /Block scalar/.test(original)) {
    return `this line is less indented than the first line of the "|" text above it. Fix: indent every line of the text at least as much as its first line`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    if (/:\s/.test(text.slice(text.indexOf(':') + 1)) || /: .*: /.test(text)) {
      return 'a colon followed by a space inside unquoted text starts a new key. Fix: put the text in double quotes, or write it as a "|" block';
    }
    return 'this line does not fit the structure above it (a key without a value, or text that needs a "|" block). Fix: check its indentation, or write multi-line text after "|"';
  }
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:- )?([^:#]+):/.exec(text)?.[1]?.trim();
    return `${key ? `the key "${key}"` : 'this key'} is written twice in the same map. Fix: keep one of them`;
  }
  if (code === 'MISSING_CHAR' && /closing/.test(original)) {
    const quote = /closing (\S)quote/.exec(original)?.[1] ?? '"';
    return `quoted text is not closed. Fix: end it with ${quote} on the same line, or write long text after "|"`;
  }
  if (code === 'TAB_AS_INDENT') {
    return 'a tab character in the indentation: YAML indents with spaces only. Fix: replace the tab with spaces';
  }
  return original;
}

/** Line and column (1-based) of the quote an unclosed quoted text opened with, searching up. */
function openingQuote(lines: string[], from: number, message: string): [number, number] | null {
  const quote = /closing (\S)quote/.exec(message)?.[1];
  if (!quote) return null;
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!;
    const at = line.search(new RegExp(`:\\s+\\${quote}|^\\s*-\\s+\\${quote}`));
    if (at >= 0 && line.split(quote).length % 2 === 0) return [i + 1, line.indexOf(quote, at) + 1];
  }
  return null;
}

/** One plain message per line: the first error the parser reports there, explained. */
export function plainYamlErrors(
  errors: readonly YAMLError[],
  text: string,
  linePos: (offset: number) => { line: number; col: number },
): PlainYamlError[] {
  const lines = text.split(/\r?\n/);
  const seen = new Set<number>();
  const out: PlainYamlError[] = [];
  for (const error of errors) {
    let { line, col } = linePos(error.pos[0]);
    const opened =
      error.code === 'MISSING_CHAR' ? openingQuote(lines, line - 1, error.message) : null;
    // The parser notices an unclosed quote where the file ends; the mistake is where it opened.
    if (opened) [line, col] = opened;
    if (seen.has(line)) continue;
    seen.add(line);
    const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const message = explain(error.code, lines, line - 1, original);
    out.push({
      line,
      column: col,
      message: `YAML: ${message}${pointAt(lines[line - 1] ?? '', col)}`,
    });
  }
  return out;
}
