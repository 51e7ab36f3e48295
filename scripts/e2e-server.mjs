#!/usr/bin/env node
// The server the browser journeys run against: the built web app, the demo workspace, a fresh
// embedded database in a temporary folder that is removed when the server stops.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverNodeFlags } from './server-node-flags.mjs';

const root = join(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'vested-e2e-'));
const server = spawn(
  process.execPath,
  [...serverNodeFlags, '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: dataDir, VESTED_DEMO: '1', DATABASE_URL: '' },
  },
);
const stop = (signal) => server.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
