import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';

// pino-pretty is loaded only when pretty logs are asked for (never in production by default).
const require = createRequire(import.meta.url);

export type { Logger };
export type LogFormat = 'json' | 'pretty';

/**
 * JSON logs on stdout, one object per line, as log collectors expect; `pretty` gives coloured,
 * aligned lines for a person at a terminal (`LOG_FORMAT=pretty`, the default at a terminal
 * outside production).
 */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  if (format === 'pretty') {
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pino(
      { name: 'rolegraph', level },
      pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: 'HH:MM:ss.l', sync: true }),
    );
  }
  return pino({ name: 'rolegraph', level });
}
