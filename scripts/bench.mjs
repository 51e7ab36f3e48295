#!/usr/bin/env node
// `npm run bench`: figures, not tests. See apps/server/bench/run.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(import.meta.dirname, '../apps/server/bench/run.ts')],
  {
    stdio: 'inherit',
  },
);
process.exit(res.status ?? 1);
