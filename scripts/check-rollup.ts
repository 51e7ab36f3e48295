// Recomputes the economics rollup from the raw investments and returns and reports every difference.
//   node --import tsx scripts/check-rollup.ts        (DATABASE_URL, or the PGlite in DATA_DIR)
// Exit code 0: consistent; 1: differences (listed); 2: could not run.
import { readConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/db/client';
import { checkRollup } from '../apps/server/src/features/economics/consistency';

const config = readConfig(process.env);
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? null : config.dataDir,
});
try {
  const differences = await checkRollup(database.db);
  if (differences.length === 0) {
    console.log('rollup consistent with the raw entries');
  } else {
    for (const d of differences.slice(0, 50))
      console.log(
        `${d.accountId} ${d.key}: stored ${JSON.stringify(d.stored)} expected ${JSON.stringify(d.expected)}`,
      );
    console.log(`${differences.length} difference(s)`);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(err);
  process.exitCode = 2;
} finally {
  await database.close();
}
