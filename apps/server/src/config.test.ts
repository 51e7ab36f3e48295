import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to the embedded database in ./data with the demo workspace, on port 3000', () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      demo: true,
      admin: undefined,
      trustProxy: 0,
    });
  });

  it('starts a PostgreSQL server database empty unless the demo is asked for', () => {
    const url = 'postgres://vested@db:5432/vested';
    expect(readConfig({ DATABASE_URL: url }).demo).toBe(false);
    expect(readConfig({ DATABASE_URL: url, VESTED_DEMO: '1' }).demo).toBe(true);
    expect(readConfig({ VESTED_DEMO: '0' }).demo).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('refuses bad values with one line naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql://',
    );
    expect(() => readConfig({ VESTED_ADMIN_EMAIL: 'a@b.co' })).toThrow(
      /both VESTED_ADMIN_EMAIL and VESTED_ADMIN_PASSWORD/,
    );
    expect(() => readConfig({ VESTED_ADMIN_EMAIL: 'a@b.co', VESTED_ADMIN_PASSWORD: 'short' })).toThrow(
      /VESTED_ADMIN_PASSWORD must be at least 10 characters/,
    );
  });

  it('runs one server process unless told, and several only on a PostgreSQL server', () => {
    const url = 'postgres://vested@db:5432/vested';
    expect(readConfig({}).workers).toBe(1);
    expect(readConfig({ DATABASE_URL: url, VESTED_WORKERS: '2' }).workers).toBe(2);
    expect(() => readConfig({ VESTED_WORKERS: '2' })).toThrow(
      'Invalid configuration: VESTED_WORKERS above 1 needs DATABASE_URL (the embedded database serves one process)',
    );
    expect(() => readConfig({ DATABASE_URL: url, VESTED_WORKERS: '0' })).toThrow(
      /^Invalid configuration: VESTED_WORKERS /,
    );
  });

  it('reads proxy trust as a hop count or a list of addresses', () => {
    expect(readConfig({ VESTED_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ VESTED_TRUST_PROXY: '10.0.0.5, 10.0.0.6' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.0.0.6',
    ]);
  });
});
