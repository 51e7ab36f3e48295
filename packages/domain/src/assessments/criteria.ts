/**
 * What a director scores in an account-manager assessment (PRODUCT.md idea 10): the six skills of the
 * article, then knowledge of the company's services and experience. The keys are also the `key` of the
 * matching skills in the workspace catalogue.
 */
export const managerCriteria = [
  'listening',
  'asking_questions',
  'foreseeing_problems',
  'managing_expectations',
  'leading_team',
  'presenting_services',
  'services_knowledge',
  'experience',
] as const;
export type ManagerCriterion = (typeof managerCriteria)[number];

export type CriterionScore = { level: number; evidence: string };
export type AssessmentScores = Record<ManagerCriterion, CriterionScore>;

/** The mean level of the eight criteria, to two decimals (each criterion weighs the same). */
export function averageLevel(scores: AssessmentScores): number {
  const sum = managerCriteria.reduce((s, c) => s + scores[c].level, 0);
  return Math.round((sum / managerCriteria.length) * 100) / 100;
}

/** Criterion by criterion, how the later assessment moved from the earlier one. */
export function levelChanges(
  earlier: AssessmentScores,
  later: AssessmentScores,
): Record<ManagerCriterion, number> {
  return Object.fromEntries(managerCriteria.map((c) => [c, later[c].level - earlier[c].level])) as Record<
    ManagerCriterion,
    number
  >;
}
