import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsOptions {
  /** Origins whose browsers may call the API (`*` for any). @default none */
  origins: readonly string[];
}

export interface Cors {
  /** Adds the CORS headers when the request's origin is allowed; says whether it was. */
  allow(req: IncomingMessage, res: ServerResponse): boolean;
  /** Answers a preflight (`OPTIONS`): 204, with the allowed methods and headers when allowed. */
  preflight(req: IncomingMessage, res: ServerResponse): void;
}

/** CORS for the frontends' origins on `/graphql`. */
export function useCors({ origins }: CorsOptions): Cors {
  const allowed = new Set(origins);
  const allow = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (!origin || !(allowed.has('*') || allowed.has(origin))) return false;
    res.setHeader('access-control-allow-origin', allowed.has('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    return true;
  };
  return {
    allow,
    preflight(req, res) {
      if (allow(req, res)) {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'access-control-allow-headers',
          'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-preview, x-request-id, x-csrf-token',
        );
        res.setHeader('access-control-max-age', '600');
      }
      res.writeHead(204);
      res.end();
    },
  };
}
