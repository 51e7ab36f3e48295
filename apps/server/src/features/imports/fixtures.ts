import type { Client, Response } from '../../test/harness';

export const csvType = 'text/csv';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The query string of an import request; `mapping` objects are sent as JSON, as the API asks. */
export function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined) q.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  return q.toString();
}

/**
 * Sends a file as the raw request body, signed in as `client`'s user (its cookie and CSRF token), and
 * reads the answer as JSON or, for NDJSON, as the list of its lines.
 */
export async function upload(
  client: Client,
  path: string,
  params: Record<string, unknown>,
  file: string | Buffer,
  opts: { type?: string; ndjson?: boolean; headers?: Record<string, string> } = {},
): Promise<Response & { lines: unknown[] }> {
  // The harness keeps the session private to its JSON helpers; a raw body needs the same credentials.
  const auth = (client as unknown as { auth: { cookie?: string; csrf?: string } }).auth;
  const res = await client.app.inject({
    method: 'POST',
    url: `${path}?${query(params)}`,
    headers: {
      'content-type': opts.type ?? csvType,
      ...(auth.cookie && { cookie: `vested_session=${auth.cookie}` }),
      ...(auth.csrf && { 'x-csrf-token': auth.csrf }),
      ...(opts.ndjson && { accept: 'application/x-ndjson' }),
      ...opts.headers,
    },
    payload: file,
  });
  const lines = opts.ndjson
    ? res.body
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as unknown)
    : [];
  let body: unknown = res.body;
  try {
    body = res.json();
  } catch {}
  return { status: res.statusCode, body, headers: res.headers, lines };
}

export const importFile = (
  client: Client,
  params: Record<string, unknown>,
  file: string | Buffer,
  opts: { type?: string; ndjson?: boolean; headers?: Record<string, string> } = {},
) => upload(client, '/api/v1/imports', params, file, opts);

export const previewFile = (
  client: Client,
  params: Record<string, unknown>,
  file: string | Buffer,
  opts: { type?: string } = {},
) => upload(client, '/api/v1/imports/preview', params, file, opts);

/** CSV text from rows of cells (quoted where needed), lines ending in \n. */
export function csv(rows: (string | number)[][]): string {
  return `${rows
    .map((r) =>
      r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','),
    )
    .join('\n')}\n`;
}
