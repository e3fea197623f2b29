import type { LoadProgress } from '../seed/load.js';

/** Loads smaller than this finish before a bar would be worth drawing. */
const LONG_LOAD = 2000;

/**
 * Reports a seed load's progress: a bar redrawn in place on a terminal, plain lines (one per
 * phase) when the output is a file or a pipe. Quiet for short loads.
 */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  minTotal = LONG_LOAD,
  verb = 'loading',
): (p: LoadProgress) => void {
  let lastPhase = '';
  return ({ phase, done, total }) => {
    if (total < minTotal) return;
    if (!stream.isTTY) {
      if (phase !== lastPhase) stream.write(`${verb} ${phase} (${done}/${total})\n`);
      lastPhase = phase;
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    stream.write(
      `\r[${bar}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${phase.padEnd(14)}`,
    );
    if (phase === 'done') stream.write('\n');
  };
}
