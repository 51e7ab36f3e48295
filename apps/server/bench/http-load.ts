/**
 * What the HTTP benches share: a server in its own process on a given port, a signed-in cookie, and a
 * load run that keeps every response time (autocannon reports p97.5, not p95) and the CPU the server and
 * PostgreSQL spent per request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { serverNodeFlags } from '../../../scripts/server-node-flags.mjs';
import { processTree, snapshot, spent } from './cpu';
import { BENCH_PASSWORD } from './fixture';

const root = join(import.meta.dirname, '../../..');

export type Result = {
  name: string;
  target: number;
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  kb: number;
  serverCpu: number;
  dbCpu: number;
};

export function httpBench(PORT: number, DURATION: number) {
  async function startServer(env: Record<string, string>): Promise<ChildProcess> {
    const args = [...serverNodeFlags, '--import', 'tsx', join(root, 'apps/server/src/main.ts')];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        VESTED_DEMO: '0',
        VESTED_SIGNIN_RATE: '1000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('server did not start');
  }

  async function cookieFor(email: string): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
    return cookie;
  }

  async function load(
    name: string,
    target: number,
    connections: number,
    cookie: string,
    paths: string[],
    pids: { server: number; db: () => Promise<number[]> },
  ): Promise<Result> {
    let i = 0;
    const serverPids = processTree(pids.server);
    const serverBefore = snapshot(serverPids);
    const dbBefore = snapshot(await pids.db());
    // autocannon reports p97.5, not p95: keep every response time and take the percentiles ourselves.
    const times: number[] = [];
    let bytes = 0;
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${PORT}`,
          connections,
          duration: DURATION,
          headers: { cookie },
          requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('response', (_client, _status, size, responseTime) => {
        times.push(responseTime);
        bytes += size;
      });
    });
    const requests = Math.max(1, r.requests.total);
    times.sort((a, b) => a - b);
    // No answer at all is not a latency of 0: it reads as infinitely slow (and fails any target).
    const at = (q: number) =>
      times.length === 0
        ? Number.POSITIVE_INFINITY
        : Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
    return {
      name,
      target,
      connections,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      rps: r.requests.average,
      errors: r.non2xx + r.errors,
      kb: Math.round(bytes / requests / 1024),
      serverCpu: spent(serverBefore, snapshot(serverPids)) / requests,
      dbCpu: spent(dbBefore, snapshot(await pids.db())) / requests,
    };
  }

  /**
   * The director saving one account every `everyMs` until stopped: each save moves the data
   * generation, so the readers' kept answers go and the next read of each is computed again.
   */
  function keepEditing(accountId: string, everyMs: number): { stop: () => Promise<number> } {
    const base = `http://127.0.0.1:${PORT}/api/v1`;
    let running = true;
    let saves = 0;
    const done = (async () => {
      const cookie = await cookieFor('director@bench.example');
      const { csrfToken } = (await (await fetch(`${base}/auth/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
      while (running) {
        const { version } = (await (await fetch(`${base}/accounts/${accountId}`, { headers })).json()) as {
          version: number;
        };
        const saved = await fetch(`${base}/accounts/${accountId}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ industry: `Logistics ${saves % 2}`, version }),
        });
        if (saved.ok) saves += 1;
        await new Promise((r) => setTimeout(r, everyMs));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await done;
        return saves;
      },
    };
  }

  return { startServer, cookieFor, load, keepEditing };
}
