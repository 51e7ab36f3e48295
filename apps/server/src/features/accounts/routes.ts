import {
  Account,
  AccountDecisionList,
  AccountDetail,
  AccountPage,
  AuditPage,
  AuditQuery,
  ChangePhaseBody,
  CreateAccountBody,
  DecideTierBody,
  IdParams,
  ListAccountsQuery,
  UpdateAccountBody,
  VersionBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { accountDecisionList, accountHistory } from './account-history';
import { accountPage } from './account-page';
import { setArchived } from './archive-account';
import { createAccount } from './create-account';
import { listAccounts } from './list-accounts';
import { loadAccountFor } from './queries';
import { recordDecision } from './record-decision';
import { updateAccount } from './update-account';

const tags = ['accounts'];

/** Each handler reads: authenticate → (validated by its schema) → authorize + use case → present. */
export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts',
    { schema: { tags, querystring: ListAccountsQuery, response: { 200: AccountPage } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), () =>
        listAccounts(ctx.db, actorOf(req), req.query, day),
      );
      return sendJsonText(reply, body);
    },
  );

  r.post(
    '/api/v1/accounts',
    { schema: { tags, body: CreateAccountBody, response: { 201: Account } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const account = await createAccount(ctx.db, actor, req.body, today());
      return reply.code(201).send(account);
    },
  );

  r.get(
    '/api/v1/accounts/:id',
    { schema: { tags, params: IdParams, response: { 200: AccountDetail } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), () =>
        accountPage(ctx.db, actorOf(req), req.params.id, day),
      );
      return sendJsonText(reply, body);
    },
  );

  r.patch(
    '/api/v1/accounts/:id',
    { schema: { tags, params: IdParams, body: UpdateAccountBody, response: { 200: Account } } },
    (req) => updateAccount(ctx.db, actorOf(req), req.params.id, req.body, today()),
  );

  r.post(
    '/api/v1/accounts/:id/tier',
    { schema: { tags, params: IdParams, body: DecideTierBody, response: { 200: Account } } },
    (req) => {
      const actor = actorOf(req);
      const { tier, reason, version } = req.body;
      return recordDecision(
        ctx.db,
        actor,
        req.params.id,
        { kind: 'tier', to: tier, reason, version },
        today(),
      );
    },
  );

  r.post(
    '/api/v1/accounts/:id/phase',
    { schema: { tags, params: IdParams, body: ChangePhaseBody, response: { 200: Account } } },
    (req) => {
      const actor = actorOf(req);
      const { phase, reason, version } = req.body;
      return recordDecision(
        ctx.db,
        actor,
        req.params.id,
        { kind: 'phase', to: phase, reason, version },
        today(),
      );
    },
  );

  r.get(
    '/api/v1/accounts/:id/decisions',
    { schema: { tags, params: IdParams, response: { 200: AccountDecisionList } } },
    async (req) => {
      const actor = actorOf(req);
      await loadAccountFor(ctx.db, actor, req.params.id, 'read', today());
      return { items: await accountDecisionList(ctx.db, req.params.id) };
    },
  );

  for (const [path, archive] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    r.post(
      `/api/v1/accounts/:id/${path}`,
      { schema: { tags, params: IdParams, body: VersionBody, response: { 200: Account } } },
      (req) => setArchived(ctx.db, actorOf(req), req.params.id, archive, req.body.version, today()),
    );
  }

  r.get(
    '/api/v1/accounts/:id/history',
    { schema: { tags, params: IdParams, querystring: AuditQuery, response: { 200: AuditPage } } },
    async (req) => {
      const actor = actorOf(req);
      await loadAccountFor(ctx.db, actor, req.params.id, 'read', today());
      return accountHistory(ctx.db, req.params.id, req.query.page, req.query.pageSize);
    },
  );
}
