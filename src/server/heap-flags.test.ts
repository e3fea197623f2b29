import { describe, expect, it } from 'vitest';
import { SERVE_NODE_FLAGS, withServeNodeFlags } from './heap-flags.js';

describe('the serving V8 flags a worker starts with', () => {
  it('are added to what the primary was started with', () => {
    expect(withServeNodeFlags(['--enable-source-maps'])).toEqual([
      '--enable-source-maps',
      ...SERVE_NODE_FLAGS,
    ]);
  });

  it('leave a flag the operator gave, with its own value, as it is', () => {
    expect(withServeNodeFlags(['--max-semi-space-size=32'])).toEqual(['--max-semi-space-size=32']);
  });
});
