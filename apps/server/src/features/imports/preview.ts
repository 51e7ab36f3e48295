import type { ImportPreview, ImportPreviewQuery } from '@vested/contracts';
import { isoDate, pickFields } from '@vested/domain';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { SignedIn } from '../../http/authenticate';
import { fileBody, kindFor, planFor, readTable } from './plan';

/**
 * The wizard's first look at a file: its header, the preset found, the mapping proposed (or the one
 * sent, checked), and the first rows checked exactly as the import will check them. Reads only as far
 * as those rows; writes nothing.
 */
export async function previewImport(
  ctx: AppContext,
  actor: SignedIn,
  body: unknown,
  query: z.output<typeof ImportPreviewQuery>,
): Promise<ImportPreview> {
  const kind = kindFor(actor, query.kind);
  const table = await readTable(fileBody(body), { dropPartialLastLine: query.truncated ?? false });
  const plan = planFor(kind, table.header, query);
  const mapped = Object.keys(plan.problems).length === 0;
  const check = mapped
    ? await kind.prepare(ctx.db, actor, {
        dateOrder: plan.dateOrder,
        preset: plan.preset,
        today: isoDate(ctx.clock()),
        accountId: query.accountId ?? null,
      })
    : null;
  const rows: ImportPreview['rows'] = [];
  let more = false;
  reading: for await (const batch of table.rows)
    for (const row of batch) {
      if (rows.length === query.rows) {
        more = true;
        break reading;
      }
      const checked = check?.(pickFields(row.cells, plan.columns), true);
      rows.push({
        line: row.line,
        cells: row.cells,
        ok: checked?.ok ?? false,
        values: checked?.ok ? (checked.shown ?? null) : null,
        error: !checked
          ? { line: row.line, field: null, reason: 'Choose the columns first' }
          : checked.ok
            ? null
            : { line: row.line, field: checked.field, reason: checked.reason },
      });
    }
  return {
    kind: kind.name,
    format: table.format,
    delimiter: table.delimiter,
    header: table.header,
    detectedPreset: plan.detected?.id ?? null,
    preset: plan.presetId,
    mapping: plan.mapping,
    mappingProblems: plan.problems,
    rows,
    more,
  };
}
