#!/usr/bin/env node
// `npm test`: every check a change must pass, in order from fastest to slowest.
//   typecheck → lint + import rule → migration drift → domain + feature tests on PGlite
//   → feature tests on PostgreSQL (when TEST_DATABASE_URL is set) → browser journeys in Chromium.
// Ends with one line "N passed, N failed" over all test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = join(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'vested-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) failedSteps.push(title);
  return res.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

function vitest(title, file, env = {}, paths = []) {
  const out = join(reports, file);
  run(
    title,
    'npx',
    ['vitest', 'run', ...paths, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    env,
  );
  countVitest(out);
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint and import rule', 'npm', ['run', '--silent', 'lint']);
run('migration drift', 'node', ['scripts/check-drift.mjs']);
vitest('domain and feature tests (PGlite)', 'vitest-pglite.json', { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  vitest('feature tests (PostgreSQL server)', 'vitest-postgres.json', {}, ['apps/server']);
} else {
  console.log(
    '\n(feature tests on a PostgreSQL server skipped: set TEST_DATABASE_URL to run them there too)',
  );
}

const browser = await findBrowser();
if (!browser) {
  const line =
    'BROWSER JOURNEYS SKIPPED: no Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.';
  console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}`);
  if (process.env.VESTED_REQUIRE_E2E === '1')
    failedSteps.push('browser journeys (required by VESTED_REQUIRE_E2E=1, no browser)');
} else {
  run('build the web app', 'npm', ['run', '--silent', 'build']);
  const out = join(reports, 'playwright.json');
  run('browser journeys (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: browser,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
