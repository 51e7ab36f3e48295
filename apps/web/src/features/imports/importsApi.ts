import { type QueryClient, queryOptions } from '@tanstack/react-query';
import {
  ErrorBody,
  ImportDetail,
  type ImportKind,
  ImportKindsResponse,
  type ImportMapping,
  ImportPage,
  ImportPreview,
  ImportProgressLine,
} from '@vested/contracts';
import { looksLikeVcard } from '@vested/domain';
import { ApiError, api, type Query, toQueryString } from '../../lib/api';
import { meQuery } from '../../lib/me';
import { afterWorkspaceWrite } from '../economics/economicsQueries';
import type { ImportsSearch } from './importsSearch';
import { ndjsonLines } from './ndjson';

export const IMPORTS_PAGE_SIZE = 20;
/** A CSV preview reads the file's start only (the server checks its first rows and drops a cut line). */
export const PREVIEW_BYTES = 65_536;
/** Up to this size the browser hashes the file first, so a file already imported is not sent at all. */
const HASH_LIMIT = 64 * 1024 * 1024;

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importKindsQuery = queryOptions({
  queryKey: ['imports', 'kinds'],
  queryFn: () => api.get('/api/v1/imports/kinds', { schema: ImportKindsResponse }),
  staleTime: 5 * 60_000,
});

export function importsQuery(search: ImportsSearch) {
  return queryOptions({
    queryKey: ['imports', 'list', search],
    queryFn: () =>
      api.get('/api/v1/imports', {
        query: { ...search, page: search.page ?? 1, pageSize: IMPORTS_PAGE_SIZE },
        schema: ImportPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export function importQuery(id: string) {
  return queryOptions({
    queryKey: ['imports', 'one', id],
    queryFn: () => api.get(`/api/v1/imports/${id}`, { schema: ImportDetail }),
  });
}

export const undoImport = (id: string, version: number) =>
  api.post(`/api/v1/imports/${id}/undo`, { version }, { schema: ImportDetail });

/** After an import or its undo: any figure, rate or list may have moved. */
export async function afterImport(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    afterWorkspaceWrite(queryClient),
    queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['imports', 'one'] }),
    queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  ]);
}

export type FileFormat = 'csv' | 'xlsx' | 'vcf';

/** A file as it will be sent, told apart by its bytes as the server does: a zip is XLSX, BEGIN:VCARD a vCard. */
export async function formatOf(file: Blob): Promise<FileFormat> {
  const head = new Uint8Array(await file.slice(0, 256).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  return looksLikeVcard(new TextDecoder().decode(head)) ? 'vcf' : 'csv';
}

/** The file's SHA-256 in hex, when it is small enough to hash here and the browser can (HTTPS or local). */
export async function sha256Of(file: Blob): Promise<string | undefined> {
  if (file.size > HASH_LIMIT || !globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type ImportOptions = {
  kind: ImportKind;
  preset?: string | undefined;
  mapping?: ImportMapping | undefined;
  dayFirst?: boolean | undefined;
  /** Contacts: the account the file's contacts belong to. */
  accountId?: string | undefined;
};

function optionsQuery(o: ImportOptions): Query {
  return {
    kind: o.kind,
    preset: o.preset,
    mapping: o.mapping ? JSON.stringify(o.mapping) : undefined,
    dayFirst: o.dayFirst ? 'true' : undefined,
    accountId: o.accountId,
  };
}

/** A file sent as the raw body (the JSON client of lib/api sends JSON only), with the session's CSRF token. */
async function sendFile(
  path: string,
  query: Query,
  body: Blob,
  format: FileFormat,
  accept: string,
  queryClient: QueryClient,
): Promise<Response> {
  const csrf = queryClient.getQueryData(meQuery.queryKey)?.csrfToken;
  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(query)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept,
        'content-type': format === 'xlsx' ? xlsxType : format === 'vcf' ? 'text/vcard' : 'text/csv',
        ...(csrf && { 'x-csrf-token': csrf }),
      },
      body,
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached');
  }
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(response.status, 'internal', response.statusText || 'Request failed');
  }
  return response;
}

/** The server's first look: a CSV's first 64 KB (its cut last line dropped), or a whole XLSX. */
export async function previewImport(
  file: File,
  format: FileFormat,
  options: ImportOptions,
  queryClient: QueryClient,
): Promise<ImportPreview> {
  // Text files (CSV, vCard) are cut; the server drops the cut line or card.
  const truncated = format !== 'xlsx' && file.size > PREVIEW_BYTES;
  const body = truncated ? file.slice(0, PREVIEW_BYTES) : file;
  const response = await sendFile(
    '/api/v1/imports/preview',
    { ...optionsQuery(options), truncated: truncated ? 'true' : undefined, rows: 20 },
    body,
    format,
    'application/json',
    queryClient,
  );
  return ImportPreview.parse(await response.json());
}

/**
 * The import itself: the whole file goes up and the answer streams its progress as NDJSON lines;
 * `onLine` sees each. Resolves with the last line (`done` or `failed`). A refusal before the stream
 * starts (a mapping that does not fit, no right to import the kind) is thrown as an ApiError.
 */
export async function commitImport(
  file: File,
  format: FileFormat,
  options: ImportOptions & { sha256?: string | undefined },
  onLine: (line: ImportProgressLine) => void,
  queryClient: QueryClient,
): Promise<Extract<ImportProgressLine, { type: 'done' | 'failed' }>> {
  const response = await sendFile(
    '/api/v1/imports',
    { ...optionsQuery(options), fileName: file.name, sha256: options.sha256 },
    file,
    format,
    'application/x-ndjson',
    queryClient,
  );
  if (!response.body) throw new ApiError(0, 'network', 'The server cannot be reached');
  let last: Extract<ImportProgressLine, { type: 'done' | 'failed' }> | null = null;
  try {
    for await (const raw of ndjsonLines(response.body)) {
      const line = ImportProgressLine.parse(raw);
      onLine(line);
      if (line.type === 'done' || line.type === 'failed') last = line;
    }
  } catch (error) {
    // A broken connection mid-stream rejects the read with a TypeError.
    if (error instanceof TypeError) throw new ApiError(0, 'network', 'The server cannot be reached');
    throw error;
  }
  // The stream ended without an outcome: the connection broke. The import may or may not have
  // committed; the history tells.
  if (!last) throw new ApiError(0, 'network', 'The server cannot be reached');
  return last;
}
