import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };
export type LogFormat = 'json' | 'pretty';

/**
 * JSON logs on stdout, one object per line, as log collectors expect; `pretty` gives coloured,
 * aligned lines for a person at a terminal (`LOG_FORMAT=pretty`, the default at a terminal
 * outside production).
 */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  if (format === 'pretty')
    return pino(
      { name: 'rolegraph', level },
      pretty({ colorize: Boolean(process.stdout.isTTY), translateTime: 'HH:MM:ss.l', sync: true }),
    );
  return pino({ name: 'rolegraph', level });
}
