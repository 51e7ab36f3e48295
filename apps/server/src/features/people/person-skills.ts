import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { personSkills, skills } from '../../db/schema';
import { ruleBroken } from '../../http/errors';

export type SkillInput = { skillId: string; level: number };

/** A person's skills with their names, highest level first. */
export async function skillsOfPerson(db: Db, personId: string) {
  return db
    .select({ skillId: skills.id, name: skills.name, category: skills.category, level: personSkills.level })
    .from(personSkills)
    .innerJoin(skills, eq(skills.id, personSkills.skillId))
    .where(eq(personSkills.personId, personId))
    .orderBy(asc(skills.category), asc(skills.name));
}

/** Every skill named must be in the catalogue; a field error names the row that is not. */
export async function assertSkillsKnown(tx: Db, input: readonly SkillInput[]): Promise<Map<string, string>> {
  if (input.length === 0) return new Map();
  const rows = await tx
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(
      inArray(
        skills.id,
        input.map((s) => s.skillId),
      ),
    );
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const fields: Record<string, string> = {};
  input.forEach((s, i) => {
    if (!names.has(s.skillId)) fields[`skills.${i}.skillId`] = 'No such skill in the catalogue';
  });
  if (Object.keys(fields).length > 0) throw ruleBroken('Some skills are not in the catalogue', fields);
  return names;
}

/** Skill name → level, sorted by name: how skills read in the audit trail. */
export function skillsForAudit(items: readonly { name: string; level: number }[]): Record<string, number> {
  return Object.fromEntries(
    [...items].sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.name, s.level]),
  );
}

/** Replace the person's skill set; returns the audit change, or null when nothing changed. */
export async function replaceSkills(
  tx: Db,
  personId: string,
  input: readonly SkillInput[],
): Promise<{ before: Record<string, number>; after: Record<string, number> } | null> {
  const names = await assertSkillsKnown(tx, input);
  const current = await skillsOfPerson(tx, personId);
  const before = skillsForAudit(current);
  const after = skillsForAudit(input.map((s) => ({ name: names.get(s.skillId)!, level: s.level })));
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  await tx.delete(personSkills).where(eq(personSkills.personId, personId));
  if (input.length > 0) await tx.insert(personSkills).values(input.map((s) => ({ personId, ...s })));
  return { before, after };
}
