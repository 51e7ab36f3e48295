import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Assessment,
  AssessmentWithResults,
  CreateAssessmentBody,
  UpdateAssessmentBody,
} from '@vested/contracts';
import { type ManagerCriterion, managerCriteria } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { assessmentQuery } from './assessmentQueries';
import { CriterionField } from './CriterionField';

type Score = { level: number | null; evidence: string };
type Values = {
  periodFrom: string;
  periodTo: string;
  scores: Record<ManagerCriterion, Score>;
  summary: string;
};

const emptyScores = () =>
  Object.fromEntries(managerCriteria.map((c) => [c, { level: null, evidence: '' }])) as Record<
    ManagerCriterion,
    Score
  >;
const toValues = (a: Assessment): Values => ({
  periodFrom: a.periodFrom,
  periodTo: a.periodTo,
  scores: Object.fromEntries(managerCriteria.map((c) => [c, { ...a.scores[c] }])) as Record<
    ManagerCriterion,
    Score
  >,
  summary: a.summary ?? '',
});

type Props = {
  personId: string;
  /** The assessment being corrected; null for a new one. */
  assessment: Assessment | null;
  initialPeriod?: { from: string; to: string };
  onPeriod?: (period: { from: string; to: string }) => void;
  onSaved: (saved: AssessmentWithResults) => void;
  onCancel: () => void;
};

/**
 * The director's assessment of an account manager: the period it looks back on, then the six skills,
 * knowledge of services and experience — each a level 1–5 with the evidence — and a summary.
 */
export function AssessmentForm({ personId, assessment, initialPeriod, onPeriod, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(assessment?.version ?? 0);
  const form = useFormState<Values>(
    assessment
      ? toValues(assessment)
      : {
          periodFrom: initialPeriod?.from ?? '',
          periodTo: initialPeriod?.to ?? '',
          scores: emptyScores(),
          summary: '',
        },
  );
  const { values, errors } = form;

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      assessment
        ? api.patch(`/api/v1/assessments/${assessment.id}`, body, { schema: AssessmentWithResults })
        : api.post(`/api/v1/managers/${personId}/assessments`, body, { schema: AssessmentWithResults }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['assessments'] });
      onSaved(saved);
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const setScore = (c: ManagerCriterion, patch: Partial<Score>) => {
    form.setValues((prev) => ({ ...prev, scores: { ...prev.scores, [c]: { ...prev.scores[c], ...patch } } }));
    const key = 'level' in patch ? `scores.${c}.level` : `scores.${c}.evidence`;
    form.setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => k !== key)));
  };
  const setPeriod = (key: 'periodFrom' | 'periodTo', value: string) => {
    form.set(key, value);
    const next = {
      from: key === 'periodFrom' ? value : values.periodFrom,
      to: key === 'periodTo' ? value : values.periodTo,
    };
    if (/^\d{4}-\d{2}-\d{2}$/.test(next.from) && /^\d{4}-\d{2}-\d{2}$/.test(next.to) && next.from <= next.to)
      onPeriod?.(next);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      ...(assessment ? { version } : {}),
      periodFrom: values.periodFrom,
      periodTo: values.periodTo,
      // An unset level is sent as 0 so the contract names the criterion that needs one.
      scores: Object.fromEntries(
        managerCriteria.map((c) => [
          c,
          { level: values.scores[c].level ?? 0, evidence: values.scores[c].evidence },
        ]),
      ),
      summary: values.summary,
    };
    const parsed = (assessment ? UpdateAssessmentBody : CreateAssessmentBody).safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    if (!assessment) return;
    const fresh = await queryClient.fetchQuery({ ...assessmentQuery(assessment.id), staleTime: 0 });
    save.reset();
    setVersion(fresh.version);
    form.reset(toValues(fresh));
  };

  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="assessment-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <Title order={4}>{t('assessments.period')}</Title>
          <Group grow align="flex-start">
            <TextInput
              label={t('assessments.periodFrom')}
              type="date"
              required
              value={values.periodFrom}
              onChange={(e) => setPeriod('periodFrom', e.currentTarget.value)}
              error={message(errors.periodFrom)}
              data-autofocus
            />
            <TextInput
              label={t('assessments.periodTo')}
              type="date"
              required
              value={values.periodTo}
              onChange={(e) => setPeriod('periodTo', e.currentTarget.value)}
              error={message(errors.periodTo)}
            />
          </Group>
          <div>
            <Title order={4} mt="sm">
              {t('assessments.criteriaTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('assessments.scale')}
            </Text>
          </div>
          {managerCriteria.map((c) => (
            <CriterionField
              key={c}
              criterion={c}
              level={values.scores[c].level}
              evidence={values.scores[c].evidence}
              levelError={message(errors[`scores.${c}.level`])}
              evidenceError={message(errors[`scores.${c}.evidence`] ?? errors[`scores.${c}`])}
              onLevel={(level) => setScore(c, { level })}
              onEvidence={(evidence) => setScore(c, { evidence })}
            />
          ))}
          <Textarea
            label={t('assessments.summary')}
            autosize
            minRows={3}
            value={values.summary}
            onChange={(e) => form.set('summary', e.currentTarget.value)}
            error={message(errors.summary)}
          />
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="assessment-save">
              {t('assessments.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
