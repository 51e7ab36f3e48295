import {
  AssessmentParams,
  AssessmentWithResults,
  ComparisonPage,
  ComparisonQuery,
  CreateAssessmentBody,
  ManagerHistory,
  ManagerParams,
  ManagerResults,
  ResultsQuery,
  UpdateAssessmentBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { loadPerson } from '../people/queries';
import {
  assertMayRead,
  createAssessment,
  getAssessment,
  managerHistory,
  updateAssessment,
} from './assessments';
import { compareManagers } from './comparison';
import { resultsOf } from './results';

const tags = ['assessments'];

/** Account managers judged by results (PRODUCT.md idea 10): assessments beside measured results. */
export function assessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/managers/comparison',
    { schema: { tags, querystring: ComparisonQuery, response: { 200: ComparisonPage } } },
    (req) => compareManagers(ctx.db, actorOf(req), req.query, today()),
  );

  r.get(
    '/api/v1/managers/:personId/assessments',
    { schema: { tags, params: ManagerParams, response: { 200: ManagerHistory } } },
    (req) => managerHistory(ctx.db, actorOf(req), req.params.personId, today()),
  );

  r.post(
    '/api/v1/managers/:personId/assessments',
    {
      schema: {
        tags,
        params: ManagerParams,
        body: CreateAssessmentBody,
        response: { 201: AssessmentWithResults },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createAssessment(ctx.db, actorOf(req), req.params.personId, req.body, today())),
  );

  r.get(
    '/api/v1/managers/:personId/results',
    { schema: { tags, params: ManagerParams, querystring: ResultsQuery, response: { 200: ManagerResults } } },
    async (req) => {
      const actor = actorOf(req);
      assertMayRead(actor, req.params.personId);
      await loadPerson(ctx.db, req.params.personId);
      return resultsOf(ctx.db, actor, req.params.personId, req.query, today());
    },
  );

  r.get(
    '/api/v1/assessments/:assessmentId',
    { schema: { tags, params: AssessmentParams, response: { 200: AssessmentWithResults } } },
    (req) => getAssessment(ctx.db, actorOf(req), req.params.assessmentId, today()),
  );

  r.patch(
    '/api/v1/assessments/:assessmentId',
    {
      schema: {
        tags,
        params: AssessmentParams,
        body: UpdateAssessmentBody,
        response: { 200: AssessmentWithResults },
      },
    },
    (req) => updateAssessment(ctx.db, actorOf(req), req.params.assessmentId, req.body, today()),
  );
}
