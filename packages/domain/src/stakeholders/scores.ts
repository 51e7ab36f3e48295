/** Round half away from zero: 12.5 → 13 and −12.5 → −13 (Math.round would give −12). */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export type Nps = {
  answers: number;
  promoters: number; // 9–10
  passives: number; // 7–8
  detractors: number; // 0–6
  /** % promoters − % detractors, −100..100, rounded half away from zero to an integer; null without answers. */
  score: number | null;
};

/** Net Promoter Score of "how likely are you to recommend us" answers on 0–10. */
export function nps(answers: readonly number[]): Nps {
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    if (a >= 9) promoters += 1;
    else if (a <= 6) detractors += 1;
  }
  const n = answers.length;
  return {
    answers: n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    score: n === 0 ? null : roundHalfAway(((promoters - detractors) * 100) / n),
  };
}

export type Csat = {
  answers: number;
  satisfied: number; // 4–5
  /** Share of 4–5 answers on the 1–5 scale, 0..1; null without answers. */
  share: number | null;
};

/** Customer satisfaction: the share of "satisfied" (4) and "very satisfied" (5) answers. */
export function csat(answers: readonly number[]): Csat {
  const satisfied = answers.filter((a) => a >= 4).length;
  return {
    answers: answers.length,
    satisfied,
    share: answers.length === 0 ? null : satisfied / answers.length,
  };
}
