#!/usr/bin/env node
// Fails when apps/server/src/db/schema.ts and the committed migrations disagree: drizzle-kit generates
// into a scratch copy of the migrations folder, and any new file there is drift.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const server = join(import.meta.dirname, '..', 'apps', 'server');
const committed = join(server, 'src', 'db', 'migrations');
const scratch = mkdtempSync(join(tmpdir(), 'vested-drift-'));
try {
  cpSync(committed, scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  // drizzle-kit reads --out relative to the working directory.
  const out = relative(server, scratch);
  const said = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      'src/db/schema.ts',
      '--out',
      out,
      '--name',
      'drift',
    ],
    { cwd: server, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0 || !said.includes('No schema changes')) {
    console.error(
      `Migration drift: schema.ts has changes with no committed migration (would generate ${added.join(', ')}).`,
    );
    console.error('Run `npm run db:generate` and commit the new migration.');
    process.exit(1);
  }
  console.log('Migrations match the schema: no drift.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
