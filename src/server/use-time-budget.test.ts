import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../errors/index.js';
import { Deadline, useTimeBudget } from './use-time-budget.js';

const after = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('the time budget', () => {
  it('answers work that ends in time with its own result or error', async () => {
    const within = useTimeBudget({ ms: 200 });
    await expect(within(after(10, 'done'))).resolves.toBe('done');
    await expect(within(Promise.reject(new Error('own error')))).rejects.toThrow('own error');
  });

  it('drops a read past the budget with TIMEOUT, and fires its deadline', async () => {
    const within = useTimeBudget({ ms: 50 });
    const deadline = new Deadline();
    const signal = deadline.signal;
    const started = performance.now();
    const answer = within(after(400, 'too late'), deadline, { cacheable: false });
    await expect(answer).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(350);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(TimeoutError);
  });

  it('does not answer a mutation past the budget: its deadline fires and it ends on its own', async () => {
    const within = useTimeBudget({ ms: 30 });
    const deadline = new Deadline();
    await expect(
      within(after(150, 'rolled back'), deadline, { cacheable: false, mutation: true }),
    ).resolves.toBe('rolled back');
    expect(deadline.expired).toBe(true);
    // Asked for after the budget ran out, the signal has already fired.
    expect(deadline.signal.aborted).toBe(true);
  });

  it('gives every request its own full budget, however many ran before it', async () => {
    const within = useTimeBudget({ ms: 80 });
    const first = new Deadline();
    await within(after(5, 1), first);
    // The second starts 60 ms later: still in its budget when the first's would have ended.
    await after(60, null);
    const second = new Deadline();
    const third = new Deadline();
    const late = within(after(300, 3), third);
    await expect(within(after(50, 2), second)).resolves.toBe(2);
    await expect(late).rejects.toBeInstanceOf(TimeoutError);
    expect([first.expired, second.expired, third.expired]).toEqual([false, false, true]);
  });
});
