import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  done: Promise<Finished>;
  output: () => string;
}

/** Runs the built program (`npm test` builds first), as `npm start` and `npx rolegraph` do. */
export function rolegraph(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['bin/rolegraph.js', ...args], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done, output: () => stdout + stderr };
}

/** Waits until `output()` matches `pattern`. */
export async function waitFor(
  output: () => string,
  pattern: RegExp,
  ms = 20_000,
): Promise<RegExpExecArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(output());
    if (match) return match;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${pattern}; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts `serve` and resolves with its origin once it listens. */
export async function startServer(
  args: string[],
  env: Record<string, string>,
): Promise<Running & { origin: string }> {
  const server = rolegraph(['serve', ...args], env);
  const [, origin] = await waitFor(
    server.output,
    /rolegraph listening on (http:\/\/localhost:\d+)\/graphql/,
  );
  return { ...server, origin: origin! };
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits until `check` holds, polling every 50 ms; throws after `ms`. */
export async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
