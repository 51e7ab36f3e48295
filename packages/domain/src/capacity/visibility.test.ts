import { describe, expect, it } from 'vitest';
import { allocationView } from './visibility';

describe('what a viewer sees of an allocation', () => {
  it('the whole account when they may read it, name and hours for their own line, nothing otherwise', () => {
    expect(allocationView({ mayReadAccount: true, selfOrInLine: false })).toBe('full');
    expect(allocationView({ mayReadAccount: true, selfOrInLine: true })).toBe('full');
    expect(allocationView({ mayReadAccount: false, selfOrInLine: true })).toBe('name_and_hours');
    expect(allocationView({ mayReadAccount: false, selfOrInLine: false })).toBe('hidden');
  });
});
