import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout (one object per line), as log collectors expect. */
export function createLogger(level: string): Logger {
  return pino({ name: 'rolegraph', level });
}
