import { PassThrough } from 'node:stream';
import {
  CommitImportQuery,
  ErrorBody,
  ImportDetail,
  ImportFailure,
  ImportKindsResponse,
  ImportPage,
  ImportParams,
  ImportPreview,
  ImportPreviewQuery,
  type ImportProgressLine,
  ImportResult,
  ListImportsQuery,
  UndoImportBody,
} from '@vested/contracts';
import { importFields, presetsOf } from '@vested/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { HttpError } from '../../http/errors';
import { ImportRejected, openImport, runImport } from './commit';
import { getImport, listImports } from './history';
import { importKindsByName } from './kinds';
import { previewImport } from './preview';
import { undoImport } from './undo';

const tags = ['imports'];

/** Content types a file may arrive with (browsers label CSV files inconsistently); the bytes decide. */
const fileTypes = [
  'text/csv',
  'application/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  // vCard files (contacts); older address books say text/x-vcard or text/directory.
  'text/vcard',
  'text/x-vcard',
  'text/directory',
];

const fileBodyDoc = {
  consumes: fileTypes,
  description:
    'The file is the raw request body (CSV or XLSX, told apart by its bytes); options are query parameters.',
};

function failure(err: unknown, req: FastifyRequest): Extract<ImportProgressLine, { type: 'failed' }> {
  if (err instanceof ImportRejected)
    return { type: 'failed', error: { code: 'rule_broken', message: err.message }, import: err.detail };
  if (err instanceof HttpError)
    return {
      type: 'failed',
      error: { code: err.code, message: err.message, ...(err.fields && { fields: err.fields }) },
      import: null,
    };
  req.log.error({ err }, 'import failed');
  return {
    type: 'failed',
    error: { code: 'internal', message: 'Something went wrong on our side. It has been logged.' },
    import: null,
  };
}

/**
 * Imports (shared by every kind): what can be imported, a preview with a suggested mapping, the commit
 * (streaming its progress as NDJSON when asked), the history, and undo.
 */
export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  // A scope of its own, so the raw-file body parser applies to these routes only.
  app.register(async (scope) => {
    scope.addContentTypeParser(fileTypes, (_req, payload, done) => done(null, payload));
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get('/api/v1/imports/kinds', { schema: { tags, response: { 200: ImportKindsResponse } } }, (req) => {
      const actor = actorOf(req);
      return {
        items: Object.values(importKindsByName).map((k) => ({
          kind: k.name,
          label: k.label,
          allowed: k.mayImport(actor),
          fields: importFields[k.name].map(({ name, label, required, hint }) => ({
            name,
            label,
            required,
            hint,
          })),
          presets: [
            ...presetsOf(k.name).map((p) => ({ id: p.id, name: p.name, signature: [...p.signature] })),
            { id: 'generic', name: 'Other (map the columns)', signature: [] },
          ],
        })),
      };
    });

    r.post(
      '/api/v1/imports/preview',
      { schema: { tags, ...fileBodyDoc, querystring: ImportPreviewQuery, response: { 200: ImportPreview } } },
      (req) => previewImport(ctx, actorOf(req), req.body, req.query),
    );

    r.post(
      '/api/v1/imports',
      {
        schema: {
          tags,
          ...fileBodyDoc,
          description: `${fileBodyDoc.description} With accept: application/x-ndjson the answer streams progress lines (see ImportProgressLine in the API docs).`,
          querystring: CommitImportQuery,
          response: { 200: ImportResult, 201: ImportResult, 422: ImportFailure },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const length = Number(req.headers['content-length']);
        const opened = await openImport(
          ctx,
          actor,
          req.body,
          req.query,
          Number.isFinite(length) ? length : null,
        );
        const streaming = (req.headers.accept ?? '').includes('application/x-ndjson');
        if ('noOp' in opened) {
          const result = opened.noOp;
          if (!streaming) return reply.code(200).send(result);
          return streamImport(reply, req, async () => result, {
            kind: req.query.kind,
            fileName: req.query.fileName,
            totalBytes: null,
          });
        }
        if (!streaming) {
          try {
            const result = await runImport(ctx, actor, opened, () => undefined);
            return reply.code(result.noOp ? 200 : 201).send(result);
          } catch (err) {
            if (!(err instanceof ImportRejected)) throw err;
            return reply
              .code(422)
              .send({ error: { code: 'rule_broken', message: err.message }, import: err.detail });
          }
        }
        return streamImport(reply, req, (emit) => runImport(ctx, actor, opened, emit), {
          kind: opened.plan.kind.name,
          fileName: opened.query.fileName,
          totalBytes: opened.totalBytes,
        });
      },
    );

    r.get(
      '/api/v1/imports',
      { schema: { tags, querystring: ListImportsQuery, response: { 200: ImportPage } } },
      (req) => listImports(ctx.db, actorOf(req), req.query),
    );
    r.get(
      '/api/v1/imports/:id',
      { schema: { tags, params: ImportParams, response: { 200: ImportDetail } } },
      (req) => getImport(ctx.db, actorOf(req), req.params.id),
    );
    r.post(
      '/api/v1/imports/:id/undo',
      {
        schema: {
          tags,
          params: ImportParams,
          body: UndoImportBody,
          response: { 200: ImportDetail, 409: ErrorBody },
        },
      },
      (req) => undoImport(ctx, actorOf(req), req.params.id, req.body.version),
    );
  });
}

/**
 * The commit's answer as NDJSON: `started`, `progress` lines while rows are read and written, then one
 * `done` or `failed`. Nothing about the job lives in the server between requests — the request is the
 * job — so any app server behind a load balancer can serve it.
 */
function streamImport(
  reply: FastifyReply,
  req: FastifyRequest,
  run: (emit: (line: ImportProgressLine) => void) => Promise<ImportResult>,
  start: {
    kind: Extract<ImportProgressLine, { type: 'started' }>['kind'];
    fileName: string;
    totalBytes: number | null;
  },
): FastifyReply {
  const out = new PassThrough();
  const emit = (line: ImportProgressLine) => out.write(`${JSON.stringify(line)}\n`);
  emit({ type: 'started', ...start });
  void (async () => {
    try {
      const result = await run(emit);
      emit({ type: 'done', ...result });
    } catch (err) {
      emit(failure(err, req));
    } finally {
      out.end();
    }
  })();
  return reply.code(200).type('application/x-ndjson').send(out);
}
