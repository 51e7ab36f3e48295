import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SaveTeamPlanBody, type TeamPlan } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api, isApiError } from '../../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../../lib/forms';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { SkillSelect } from '../../people/SkillSelect';
import { teamPlanQuery, teamRolesQuery, useRoleLabel, useTeamRefresh } from './teamQueries';

type Values = {
  roles: { role: string | null; hoursPerMonth: number | '' }[];
  skills: { skillId: string | null; minLevel: number }[];
};
const toValues = (plan: TeamPlan): Values => ({
  roles: plan.roles.map((r) => ({ role: r.role, hoursPerMonth: r.hoursPerMonth })),
  skills: plan.skills.map((s) => ({ skillId: s.skillId, minLevel: s.minLevel })),
});

/** What the account needs: hours a month per role, and skills at a minimum level. Saved as a whole. */
export function PlanModal({
  accountId,
  plan,
  onClose,
}: {
  accountId: string;
  plan: TeamPlan;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const refresh = useTeamRefresh(accountId);
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(plan.version);
  const form = useFormState<Values>(toValues(plan));
  const roles = useQuery(teamRolesQuery);
  const { roles: roleRows, skills: skillRows } = form.values;

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.put(`/api/v1/accounts/${accountId}/team/plan`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.plan.saved') });
      await refresh();
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      version,
      roles: roleRows.map((r) => ({
        role: r.role ?? '',
        hoursPerMonth: r.hoursPerMonth === '' ? 0 : r.hoursPerMonth,
      })),
      skills: skillRows.map((s) => ({ skillId: s.skillId ?? '', minLevel: s.minLevel })),
    };
    const parsed = SaveTeamPlanBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...teamPlanQuery(accountId), staleTime: 0 });
    save.reset();
    setVersion(fresh.version);
    form.reset(toValues(fresh));
  };

  const chosenRoles = roleRows.map((r) => r.role);
  const roleOptions = (current: string | null) =>
    (roles.data?.items ?? [])
      .filter((r) => r.key === current || !chosenRoles.includes(r.key))
      .map((r) => ({ value: r.key, label: roleLabel(r.key, r.name) }));
  const setRole = (i: number, patch: Partial<Values['roles'][number]>) =>
    form.set(
      'roles',
      roleRows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const setSkill = (i: number, patch: Partial<Values['skills'][number]>) =>
    form.set(
      'skills',
      skillRows.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );
  const err = (key: string) => message(form.errors[key]);
  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';

  return (
    <Modal opened onClose={onClose} title={t('team.plan.title')} centered size="lg">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="team-plan-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <Title order={5}>{t('team.plan.roles')}</Title>
          {roleRows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('team.plan.noRoles')}
            </Text>
          )}
          {roleRows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a new row has no key until its role is chosen
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="plan-role-row">
              <Select
                aria-label={t('team.role')}
                placeholder={t('team.plan.chooseRole')}
                data={roleOptions(r.role)}
                value={r.role}
                onChange={(v) => setRole(i, { role: v })}
                error={err(`roles.${i}.role`) ?? err(`roles.${i}`)}
                searchable
                style={{ flex: 1 }}
              />
              <NumberInput
                aria-label={t('team.hoursPerMonth')}
                placeholder={t('team.hoursPerMonth')}
                min={1}
                max={744}
                allowDecimal={false}
                allowNegative={false}
                suffix={` ${t('people.hoursUnit')}`}
                value={r.hoursPerMonth}
                onChange={(v) => setRole(i, { hoursPerMonth: typeof v === 'number' ? v : '' })}
                error={err(`roles.${i}.hoursPerMonth`)}
                w={130}
              />
              <Tooltip label={t('common.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('common.remove')}
                  onClick={() =>
                    form.set(
                      'roles',
                      roleRows.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.set('roles', [...roleRows, { role: null, hoursPerMonth: '' }])}
              data-testid="plan-add-role"
            >
              {t('team.plan.addRole')}
            </Button>
          </Group>
          <Title order={5}>{t('team.plan.skills')}</Title>
          {skillRows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('team.plan.noSkills')}
            </Text>
          )}
          {skillRows.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a new row has no key until its skill is chosen
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="plan-skill-row">
              <SkillSelect
                aria-label={t('people.skill')}
                placeholder={t('people.chooseSkill')}
                value={s.skillId}
                exclude={skillRows.map((x) => x.skillId ?? '')}
                onChange={(v) => setSkill(i, { skillId: v })}
                error={err(`skills.${i}.skillId`) ?? err(`skills.${i}`)}
                style={{ flex: 1 }}
              />
              <SegmentedControl
                aria-label={t('team.plan.minLevel')}
                data={['1', '2', '3', '4', '5']}
                value={String(s.minLevel)}
                onChange={(v) => setSkill(i, { minLevel: Number(v) })}
              />
              <Tooltip label={t('common.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('common.remove')}
                  onClick={() =>
                    form.set(
                      'skills',
                      skillRows.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.set('skills', [...skillRows, { skillId: null, minLevel: 3 }])}
              data-testid="plan-add-skill"
            >
              {t('team.plan.addSkill')}
            </Button>
          </Group>
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="plan-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
