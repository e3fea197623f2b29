import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.js';
import { parseYaml } from './source-file.js';

const errorsOf = (text: string) => {
  const problems: Problem[] = [];
  parseYaml('specialism.yaml', text, problems);
  return problems.map((p) => ({ line: p.line, column: p.column, message: p.message }));
};

describe('YAML errors in plain words', () => {
  it('a mis-indented list item: one message that names the indentation and the fix, with a caret', () => {
    const errors = errorsOf('slug: a\nrelatedRoles:\n  - a\n - b\nname: x\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(4);
    expect(errors[0]!.message).toContain(
      'this list item is indented 1 space, the items above it 2',
    );
    expect(errors[0]!.message).toContain(
      'Fix: start every item of a list at the same column (2 spaces)',
    );
    expect(errors[0]!.message).toContain('\n     - b\n    ^');
  });

  it('a tab inside a "|" block is named as a tab', () => {
    const errors = errorsOf('slug: a\nintro: |\n  ## H\n\n  - item\n\tmore\nname: x\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 6 });
    expect(errors[0]!.message).toMatch(/^YAML: a tab character in the indentation/);
    expect(errors[0]!.message).toContain('\n    →more\n    ^');
  });

  it('a key indented three spaces among keys at two', () => {
    const [error, ...rest] = errorsOf(
      'slug: a\nwhenToHire:\n  indicators:\n    - a\n   scenarios:\n    - b\n',
    );
    expect(rest).toEqual([]);
    expect(error!.line).toBe(5);
    expect(error!.message).toContain('an indentation of 3 spaces');
    expect(error!.message).toContain('Fix: indent it 2 spaces');
  });

  it('a colon in unquoted text says to quote it', () => {
    const [error] = errorsOf('slug: a\nheadline: Hiring: the hard part\n');
    expect(error!.message).toContain('a colon followed by a space inside unquoted text');
    expect(error!.message).toContain('double quotes');
  });
});
