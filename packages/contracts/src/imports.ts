import { importKinds } from '@vested/domain';
import { z } from 'zod';
import { ErrorBody, Id, PageQuery, pageOf, sortParam, Timestamp, VersionBody } from './common';

/**
 * Imports: CSV or XLSX files of time entries, monthly returns, exchange rates and cost rates (later:
 * contacts, people). A file is sent as the raw request body (`content-type: text/csv` or the XLSX mime
 * type); what to do with it travels in the query string. See docs/API.md, "Imports".
 */

export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;
export const ImportStatus = z.enum(['committed', 'failed', 'undone']);
export const ImportFormat = z.enum(['csv', 'xlsx', 'vcf']);

/** Field → the file's column headers whose values (joined with a space) give the field. */
export const ImportMapping = z.record(z.string(), z.array(z.string()));
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The mapping as a query parameter: URL-encoded JSON, e.g. {"person":["First Name","Last Name"]}. */
const MappingParam = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'mapping must be JSON: {"field": ["Column", …]}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string(),
      z.union([z.string().transform((c) => [c]), z.array(z.string())], {
        error: 'Each field maps to a column name or a list of them',
      }),
    ),
  );

const Flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

// --- what can be imported ------------------------------------------------------------------------

export const ImportFieldInfo = z.object({
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  hint: z.string(),
});
export const ImportPresetInfo = z.object({
  id: z.string(),
  name: z.string(),
  /** Headers that identify the export (all present ⇒ detected). */
  signature: z.array(z.string()),
});
export const ImportKindInfo = z.object({
  kind: ImportKind,
  label: z.string(),
  /** Whether the signed-in user may import this kind at all (per-account rights are checked per row). */
  allowed: z.boolean(),
  fields: z.array(ImportFieldInfo),
  presets: z.array(ImportPresetInfo),
});
export const ImportKindsResponse = z.object({ items: z.array(ImportKindInfo) });
export type ImportKindsResponse = z.infer<typeof ImportKindsResponse>;

// --- preview -------------------------------------------------------------------------------------

/** POST /api/v1/imports/preview — body: the start of the file (a CSV's first ~64 KB; a whole XLSX). */
export const ImportPreviewQuery = z.object({
  kind: ImportKind,
  /** A preset id; absent: detected from the header row. */
  preset: z.string().optional(),
  mapping: MappingParam.optional(),
  /** Slashed dates are day-first (31/12/2025) instead of month-first. */
  dayFirst: Flag,
  /** The body is a cut prefix of a longer file: its last, incomplete line is dropped. */
  truncated: Flag,
  /** Contacts: the account the contacts belong to. */
  accountId: Id.optional(),
  /** How many rows to validate and return (default 20). */
  rows: z.coerce.number().int().min(1).max(200).default(20),
});

export const RowError = z.object({
  /** Line of the file (CSV: the record's last physical line; XLSX: the row number); the header is 1. */
  line: z.number().int(),
  /** The field whose value is wrong, when one is. */
  field: z.string().nullable(),
  reason: z.string(),
});
export type RowError = z.infer<typeof RowError>;

export const PreviewRow = z.object({
  line: z.number().int(),
  cells: z.array(z.string()),
  ok: z.boolean(),
  /** The row as it would be imported (names resolved), when valid. */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  error: RowError.nullable(),
});
export const ImportPreview = z.object({
  kind: ImportKind,
  format: ImportFormat,
  /** CSV only: the delimiter found in the header line. */
  delimiter: z.string().nullable(),
  header: z.array(z.string()),
  detectedPreset: z.string().nullable(),
  /** The preset applied (the one asked for, else the detected one, else 'generic'). */
  preset: z.string(),
  mapping: ImportMapping,
  /** Field → why the mapping does not work yet (a required field unmapped, a column not in the file). */
  mappingProblems: z.record(z.string(), z.string()),
  rows: z.array(PreviewRow),
  /** True when the body held more rows than were returned. */
  more: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

// --- commit --------------------------------------------------------------------------------------

/**
 * POST /api/v1/imports — body: the whole file. With `accept: application/x-ndjson` the answer streams
 * ImportProgressLine objects, one per line; otherwise one JSON answer at the end (ImportResult, or a 422
 * error carrying the failed import and its row errors).
 */
export const CommitImportQuery = z.object({
  kind: ImportKind,
  fileName: z.string().trim().min(1, { error: 'Give the file name' }).max(255),
  preset: z.string().optional(),
  mapping: MappingParam.optional(),
  dayFirst: Flag,
  /** Contacts: the account the contacts belong to. */
  accountId: Id.optional(),
  /** The file's SHA-256 (hex), when the client knows it: a file already imported is answered at once. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, { error: 'SHA-256 as 64 hex digits' })
    .transform((s) => s.toLowerCase())
    .optional(),
});

export const ImportPerson = z.object({ userId: z.string().nullable(), name: z.string().nullable() });
export const ImportSummary = z.object({
  id: Id,
  kind: z.string(),
  status: ImportStatus,
  fileName: z.string(),
  format: ImportFormat,
  preset: z.string().nullable(),
  contentHash: z.string(),
  bytes: z.number().int(),
  /** Data rows read (header excluded). */
  rowCount: z.number().int(),
  /** Records written: entries, return lines, rates. */
  writtenCount: z.number().int(),
  /** Records left out because they were already stored (same external id, same rate or return line). */
  skippedCount: z.number().int(),
  errorCount: z.number().int(),
  createdBy: ImportPerson,
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  undoneAt: Timestamp.nullable(),
  undoneBy: ImportPerson.nullable(),
  version: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportDetail = ImportSummary.extend({
  mapping: ImportMapping,
  /** The first row errors (at most 1,000); errorCount has them all. */
  errors: z.array(RowError),
});
export type ImportDetail = z.infer<typeof ImportDetail>;

export const ImportResult = z.object({
  /** True when this file (same kind, same bytes) was already imported: nothing was added. */
  noOp: z.boolean(),
  import: ImportDetail,
});
export type ImportResult = z.infer<typeof ImportResult>;

/** The 422 of a commit whose rows had errors: nothing was written; `import` is the failed attempt. */
export const ImportFailure = ErrorBody.extend({ import: ImportDetail });

export const ImportProgressLine = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('started'),
    kind: ImportKind,
    fileName: z.string(),
    totalBytes: z.number().nullable(),
  }),
  z.object({
    type: z.literal('progress'),
    /** reading: rows parsed and checked; writing: the checked rows being stored. */
    phase: z.enum(['reading', 'writing']),
    rows: z.number().int(),
    bytes: z.number().int(),
    totalBytes: z.number().nullable(),
    errors: z.number().int(),
  }),
  z.object({ type: z.literal('done'), noOp: z.boolean(), import: ImportDetail }),
  z.object({
    type: z.literal('failed'),
    /** The error as the JSON answer would give it (code, message, fields). */
    error: ErrorBody.shape.error,
    /** Present when the file was read: the failed attempt with its row errors. */
    import: ImportDetail.nullable(),
  }),
]);
export type ImportProgressLine = z.infer<typeof ImportProgressLine>;

// --- history and undo ----------------------------------------------------------------------------

export const ListImportsQuery = PageQuery.extend({
  kind: z.string().optional(),
  status: ImportStatus.optional(),
  sort: sortParam(['createdAt', 'fileName', 'kind', 'status'] as const, '-createdAt'),
});
export const ImportPage = pageOf(ImportSummary);
export const ImportParams = z.object({ id: Id });
export const UndoImportBody = VersionBody;
