import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateSkillBody, type Skill, skillCategories, UpdateSkillBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import {
  applyServerFieldErrors,
  changedFields,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';

type Category = (typeof skillCategories)[number];
type Values = { name: string; category: Category; active: boolean };
const toValues = (s: Skill): Values => ({ name: s.name, category: s.category, active: s.active });

/** Add a skill to the catalogue, or rename, recategorise or retire one. */
export function SkillModal({ skill, onClose }: { skill: Skill | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: skill?.version ?? 0,
    values: skill ? toValues(skill) : { name: '', category: 'technology' as Category, active: true },
  }));
  const form = useFormState<Values>(base.values);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      skill ? api.patch(`/api/v1/skills/${skill.id}`, body) : api.post('/api/v1/skills', body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      await queryClient.invalidateQueries({ queryKey: ['skills'] });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = skill
      ? { ...changedFields(base.values, form.values), version: base.version }
      : { name: form.values.name, category: form.values.category };
    const parsed = (skill ? UpdateSkillBody : CreateSkillBody).safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    if (!skill) return;
    const fresh = await api.get(`/api/v1/skills`, { query: { q: skill.name, active: 'all', pageSize: 50 } });
    const current = (fresh as { items: Skill[] }).items.find((s) => s.id === skill.id);
    save.reset();
    if (!current) return onClose();
    setBase({ version: current.version, values: toValues(current) });
    form.reset(toValues(current));
  };

  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';
  return (
    <Modal
      opened
      onClose={onClose}
      title={skill ? t('workspaceLists.skills.editTitle') : t('workspaceLists.skills.addTitle')}
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="skill-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <TextInput
            label={t('workspaceLists.name')}
            required
            value={form.values.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            error={message(form.errors.name)}
            data-autofocus
          />
          <Select
            label={t('workspaceLists.skills.category')}
            data={skillCategories.map((c) => ({ value: c, label: t(`people.skillCategory.${c}`) }))}
            value={form.values.category}
            onChange={(v) => form.set('category', skillCategories.find((c) => c === v) ?? 'technology')}
            allowDeselect={false}
            disabled={!!skill?.key}
            error={message(form.errors.category)}
          />
          {skill && (
            <Switch
              label={t('workspaceLists.inUse')}
              description={t('workspaceLists.skills.retireHint')}
              checked={form.values.active}
              disabled={!!skill.key}
              onChange={(e) => form.set('active', e.currentTarget.checked)}
            />
          )}
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
