import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { isForgetMessage } from './http/session-cache';

/** A worker that stops this soon after it started is failing to start: starting another would loop. */
const START_UP_MS = 15_000;

/**
 * `VESTED_WORKERS` server processes sharing one port (node:cluster), so the API uses more than one
 * core. The primary has prepared the database already; it starts the workers, replaces one that dies
 * in service, relays what one worker's session cache must forget to the others, and on SIGTERM or
 * SIGINT asks every worker to finish its requests in flight, then exits once they all have.
 */
export function runWorkers(count: number, port: number, log: Logger): void {
  const startedAt = new Map<number, number>();
  let listening = 0;
  let live = 0;
  let closing = false;
  let exitCode = 0;

  const start = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    live += 1;
  };

  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info({ signal, workers: live }, 'shutting down: workers finish their requests in flight');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };

  cluster.on('exit', (worker, code, signal) => {
    live -= 1;
    if (closing) {
      if (code !== 0 && code !== null) exitCode = code;
      if (live === 0) process.exit(exitCode);
      return;
    }
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < START_UP_MS) {
      log.error({ code, signal }, 'a worker stopped during start-up; stopping');
      exitCode = 1;
      stop('SIGTERM');
      if (live === 0) process.exit(exitCode);
      return;
    }
    log.error({ code, signal }, 'a worker stopped; starting another');
    start();
  });

  cluster.on('listening', () => {
    listening += 1;
    if (listening === count) log.info(`Vested is ready at http://localhost:${port} (${count} workers)`);
  });

  cluster.on('message', (from, message) => {
    if (!isForgetMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from) worker.send(message);
    }
  });

  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < count; i++) start();
}
