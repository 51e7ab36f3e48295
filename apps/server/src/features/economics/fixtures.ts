import type { TestUser, TestWorld } from '../../test/harness';

/** A deterministic generator (mulberry32), so a failing random sequence can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function makeAccount(
  w: TestWorld,
  director: TestUser,
  name: string,
  opts: { objective?: string; managerPersonId?: string | null; startedOn?: string } = {},
): Promise<string> {
  const res = await director.client.post('/api/v1/accounts', {
    name,
    objective: opts.objective ?? 'growth',
    startedOn: opts.startedOn ?? '2025-06-01',
    managerPersonId: opts.managerPersonId ?? null,
  });
  if (res.status !== 201) throw new Error(`account: ${res.status} ${JSON.stringify(res.body)}`);
  void w;
  return res.body.id as string;
}
