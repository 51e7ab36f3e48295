import { describe, expect, it } from 'vitest';
import { diffFields } from './audit';

describe('diffFields', () => {
  it('records only the fields that changed, with before and after', () => {
    const before = { name: 'Acme', industry: 'Retail', tags: ['a'], version: 3 };
    expect(diffFields(before, { name: 'Acme Corp', industry: 'Retail', tags: ['a'], version: 4 })).toEqual({
      name: { before: 'Acme', after: 'Acme Corp' },
    });
  });

  it('treats a creation as every field going from null', () => {
    expect(diffFields(null, { name: 'Acme', website: null })).toEqual({
      name: { before: null, after: 'Acme' },
    });
  });

  it('compares arrays by content and ignores undefined (not sent) fields', () => {
    expect(diffFields({ tags: ['a', 'b'], name: 'X' }, { tags: ['a', 'c'], name: undefined })).toEqual({
      tags: { before: ['a', 'b'], after: ['a', 'c'] },
    });
  });
});
