import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorld, testWorld } from '../../test/harness';

let w: TestWorld;
beforeAll(async () => {
  w = await testWorld();
});
afterAll(() => w.close());

describe('health and API description', () => {
  it('reports a reachable database with every migration applied', async () => {
    const res = await w.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { reachable: true },
      migrations: { upToDate: true },
    });
    expect(res.body.migrations.applied).toBe(res.body.migrations.expected);
    expect(res.body.migrations.applied).toBeGreaterThan(0);
  });

  it('serves OpenAPI 3 generated from the contracts, with field-level schemas and bearer auth', async () => {
    const res = await w.anonymous.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/accounts',
        '/api/v1/accounts/{id}',
        '/api/v1/people',
        '/api/v1/admin/tokens',
      ]),
    );
    const create = res.body.paths['/api/v1/accounts'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['name', 'objective']));
    expect(res.body.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('serves the browsable API docs', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers an unknown API route with the one error shape', async () => {
    const res = await w.anonymous.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No route GET /api/nothing-here' } });
  });
});
