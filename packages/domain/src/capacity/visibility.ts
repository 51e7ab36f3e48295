/**
 * What a viewer sees of one person's allocation to one account (the matrix, a person's page):
 * - `full`: the viewer may read the account — its name links to it;
 * - `name_and_hours`: the person is the viewer or in the viewer's line (their reports, at any depth) but
 *   the account is not the viewer's — a line manager sees where their people work: the account's name,
 *   the role and the hours, nothing else of the account (no economics, contacts, plans or team);
 * - `hidden`: neither — the hours still count in the person's total (capacity is not secret), folded
 *   into "other accounts" without a name.
 */
export type AllocationView = 'full' | 'name_and_hours' | 'hidden';

export function allocationView(facts: { mayReadAccount: boolean; selfOrInLine: boolean }): AllocationView {
  if (facts.mayReadAccount) return 'full';
  return facts.selfOrInLine ? 'name_and_hours' : 'hidden';
}
