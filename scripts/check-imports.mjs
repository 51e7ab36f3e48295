#!/usr/bin/env node
// The one architectural rule, checked: imports point inward.
//   web → contracts, domain        server → contracts, domain        contracts → domain
//   domain → nothing of the app, no I/O (no node:, no database, no HTTP)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const rules = [
  {
    dir: 'packages/domain/src',
    forbid: [/^@vested\//, /^node:/, /^(fs|path|http|crypto)$/, /drizzle|fastify|^pg$|pglite|react/],
    why: 'domain is pure: no app code, no I/O',
  },
  {
    dir: 'packages/contracts/src',
    forbid: [/^@vested\/(server|web)/, /^node:/, /drizzle|fastify|react/, /apps\//],
    why: 'contracts depend on zod and domain only',
  },
  {
    dir: 'apps/web/src',
    forbid: [/^@vested\/server/, /apps\/server/, /drizzle|fastify|^pg$|pglite/],
    why: 'the web talks to the server over HTTP only',
  },
  {
    dir: 'apps/server/src',
    forbid: [/^@vested\/web/, /apps\/web/, /react/],
    why: 'the server does not import the web',
  },
];
const importRe =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

let broken = 0;
for (const rule of rules) {
  for (const file of files(join(root, rule.dir))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (rule.forbid.some((re) => re.test(spec))) {
        console.error(`${relative(root, file)} imports '${spec}': ${rule.why}`);
        broken += 1;
      }
    }
  }
}
if (broken > 0) process.exit(1);
console.log('Import rule holds: imports point inward.');
