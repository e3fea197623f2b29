import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** What the log says of a response beyond its status: the GraphQL operation, a cache hit. */
export interface ResponseNote {
  operation?: string;
  cache?: 'hit';
}

export interface AccessLogOptions {
  logger: Logger;
  /** Log every request at info (only if the logger's level lets info through). @default true */
  enabled?: boolean;
}

export interface AccessLog {
  /** Logs the request once its response is finished. */
  watch(req: IncomingMessage, res: ServerResponse, requestId: string): void;
  /** Attaches a note to the response (an object: it may be filled in later, as Apollo runs). */
  note<T extends ResponseNote>(res: ServerResponse, note: T): T;
}

/** One line per request: id, method, path (never the query string), status, ms, notes. */
export function useAccessLog({ logger, enabled = true }: AccessLogOptions): AccessLog {
  const on = enabled && logger.isLevelEnabled('info');
  const notes = new WeakMap<ServerResponse, ResponseNote>();
  return {
    note(res, note) {
      // Kept only for the log line: with the log off there is nothing to keep.
      if (on) notes.set(res, note);
      return note;
    },
    watch(req, res, requestId) {
      if (!on) return;
      const started = performance.now();
      res.once('finish', () => {
        const note = notes.get(res);
        logger.info(
          {
            requestId,
            method: req.method,
            // The path only: a query string may carry a preview token.
            path: (req.url ?? '/').split('?')[0],
            status: res.statusCode,
            ms: Math.round((performance.now() - started) * 10) / 10,
            ...(note?.operation && { operation: note.operation }),
            ...(note?.cache && { cache: note.cache }),
          },
          'request',
        );
      });
    },
  };
}
