import { Group, Paper, Radio, Stack, Textarea } from '@mantine/core';
import type { ManagerCriterion } from '@vested/domain';
import { useTranslation } from 'react-i18next';

type Props = {
  criterion: ManagerCriterion;
  level: number | null;
  evidence: string;
  levelError?: string;
  evidenceError?: string;
  onLevel: (level: number) => void;
  onEvidence: (evidence: string) => void;
};

/** One criterion: a level 1–5 (radio buttons: arrow keys move between them) and the evidence for it. */
export function CriterionField({
  criterion,
  level,
  evidence,
  levelError,
  evidenceError,
  onLevel,
  onEvidence,
}: Props) {
  const { t } = useTranslation();
  const label = t(`assessments.criteria.${criterion}`);
  return (
    <Paper withBorder p="md" radius="sm" data-testid={`criterion-${criterion}`}>
      <Stack gap="xs">
        <Radio.Group
          label={label}
          description={t(`assessments.criteriaHint.${criterion}`)}
          required
          value={level === null ? null : String(level)}
          onChange={(v) => onLevel(Number(v))}
          error={levelError}
          name={`level-${criterion}`}
        >
          <Group gap="lg" mt={6}>
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio
                key={n}
                value={String(n)}
                label={String(n)}
                aria-label={`${label}: ${t('people.levelOf', { level: n })}`}
                aria-invalid={levelError ? true : undefined}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('assessments.evidence')}
          placeholder={t('assessments.evidencePlaceholder')}
          required
          autosize
          minRows={2}
          value={evidence}
          onChange={(e) => onEvidence(e.currentTarget.value)}
          error={evidenceError}
          aria-label={`${label}: ${t('assessments.evidence')}`}
        />
      </Stack>
    </Paper>
  );
}
