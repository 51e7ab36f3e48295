import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * A time-entry CSV as a large company's tracker would export it: `rows` entries by the bench's 3,000
 * people (person{i}@bench.example) on its `accounts` accounts ("Account 00042"), over 2024–2025, in
 * quarter hours from 0.25 to 8, with a note and an external id. Written as a stream: a million rows is
 * about 80 MB and never sits in memory. Deterministic (the same file every run).
 */
export async function writeTimeEntriesCsv(path: string, rows: number, accounts: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('Email,Account,Date,Hours,Note,External id\n');
  const start = Date.UTC(2024, 0, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const person = (i * 7919) % 3000;
    const account = (i * 104_729) % accounts;
    const day = new Date(start + ((i * 31) % 730) * 86_400_000).toISOString().slice(0, 10);
    const hours = (((i * 13) % 32) + 1) / 4;
    chunk += `person${person}@bench.example,Account ${String(account).padStart(5, '0')},${day},${hours},"Task ${i % 97}, review",${i + 1}\n`;
    if (chunk.length > 65_536) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return bytes;
}
