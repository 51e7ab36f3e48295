import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  type DateOrder,
  detectPreset,
  findPreset,
  genericPresetId,
  type ImportKindName,
  type ImportMapping,
  type ImportPreset,
  presetsOf,
  resolveMapping,
  suggestMapping,
} from '@vested/domain';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, HttpError, invalid } from '../../http/errors';
import type { ImportKind } from './kind';
import { importKindsByName } from './kinds';
import { openTable, type Table, UnreadableFile } from './read-file';

/** How a file will be read: its kind, the preset, the mapping and the columns it resolves to. */
export type Plan = {
  kind: ImportKind;
  detected: ImportPreset | null;
  preset: ImportPreset | null;
  presetId: string;
  mapping: ImportMapping;
  dateOrder: DateOrder;
  /** Field → why the mapping does not work yet; empty when it does. */
  problems: Record<string, string>;
  columns: Record<string, number[]>;
};

export function kindFor(actor: SignedIn, name: ImportKindName): ImportKind {
  const kind = importKindsByName[name];
  if (!kind.mayImport(actor)) throw forbidden(`Your role cannot import ${kind.label.toLowerCase()}`);
  return kind;
}

export function planFor(
  kind: ImportKind,
  header: readonly string[],
  q: { preset?: string | undefined; mapping?: ImportMapping | undefined; dayFirst?: boolean | undefined },
): Plan {
  const detected = detectPreset(kind.name, header);
  const problems: Record<string, string> = {};
  let preset = detected;
  if (q.preset && q.preset !== genericPresetId) {
    preset = findPreset(kind.name, q.preset) ?? null;
    if (!preset) {
      const known = [...presetsOf(kind.name).map((p) => p.id), genericPresetId].join(', ');
      problems.preset = `No preset '${q.preset}' for this import (one of ${known})`;
    }
  } else if (q.preset === genericPresetId) preset = null;
  const mapping = q.mapping ?? suggestMapping(kind.name, header, preset);
  const resolved = resolveMapping(kind.name, header, mapping);
  if (!resolved.ok) for (const p of resolved.problems) problems[`mapping.${p.field}`] = p.reason;
  return {
    kind,
    detected,
    preset,
    presetId: preset?.id ?? genericPresetId,
    mapping,
    dateOrder: q.dayFirst ? 'dmy' : 'mdy',
    problems,
    columns: resolved.ok ? resolved.columns : {},
  };
}

/**
 * What makes two imports "the same file": its bytes, and for a kind imported into a chosen account
 * (contacts) that account too — the same .vcf into two accounts is two imports, not a no-op.
 */
export function importKey(sha256: string, accountId: string | undefined): string {
  return accountId ? createHash('sha256').update(`${sha256}:${accountId}`).digest('hex') : sha256;
}

/** Hashes and counts the bytes of the body as they stream past. */
export class Tap {
  private readonly hash = createHash('sha256');
  bytes = 0;
  digest(): string {
    return this.hash.digest('hex');
  }
  async *through(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      this.hash.update(b);
      this.bytes += b.length;
      yield b;
    }
  }
}

/** The request body as a stream of the file, or a 415 when the file was not sent as the body. */
export function fileBody(body: unknown): Readable {
  if (body && typeof (body as Readable)[Symbol.asyncIterator] === 'function') return body as Readable;
  throw new HttpError(
    415,
    'validation_failed',
    'Send the file itself as the request body, with content-type text/csv or the XLSX type',
  );
}

/** Opens the table; a file that cannot be read is a 400 naming why. */
export async function readTable(
  source: AsyncIterable<Buffer>,
  opts: { dropPartialLastLine?: boolean } = {},
): Promise<Table> {
  try {
    return await openTable(source, opts);
  } catch (err) {
    if (err instanceof UnreadableFile) throw invalid(err.message, { file: err.message });
    throw err;
  }
}
