import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { accountObjectives, accountStatuses, sizeBands } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { type FieldErrors, fieldError } from '../../lib/forms';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import type { AccountFormValues } from './accountValues';

type Props = {
  values: AccountFormValues;
  errors: FieldErrors;
  set: <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => void;
  managerName?: string | null;
  /** Only a director names the manager; others see who it is. */
  canAssignManager: boolean;
  autoFocus?: boolean;
};

/** The editable fields of an account, shared by the create and the edit form. */
export function AccountFields({ values, errors, set, managerName, canAssignManager, autoFocus }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const err = (field: string) => message(fieldError(errors, field));
  const objectives = useOptions(accountObjectives, 'objective');
  const statuses = useOptions(accountStatuses, 'status');
  const sizes = useOptions(sizeBands, 'sizeBand');

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('accounts.fields.name')}
        required
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={err('name')}
        data-autofocus={autoFocus || undefined}
        name="name"
      />
      <Select
        label={t('accounts.fields.objective')}
        required
        data={objectives}
        value={values.objective}
        onChange={(v) => set('objective', accountObjectives.find((o) => o === v) ?? null)}
        error={err('objective')}
        description={values.objective ? t(`objectiveHint.${values.objective}`) : undefined}
        name="objective"
      />
      <Select
        label={t('accounts.fields.status')}
        data={statuses}
        value={values.status}
        onChange={(v) => set('status', accountStatuses.find((s) => s === v) ?? 'active')}
        allowDeselect={false}
        error={err('status')}
      />
      <PersonSelect
        label={t('accounts.fields.manager')}
        value={values.managerPersonId}
        initialLabel={managerName}
        onChange={(v) => set('managerPersonId', v)}
        error={err('managerPersonId')}
        disabled={!canAssignManager}
      />
      <TextInput
        label={t('accounts.fields.industry')}
        value={values.industry}
        onChange={(e) => set('industry', e.currentTarget.value)}
        error={err('industry')}
      />
      <TextInput
        label={t('accounts.fields.country')}
        description={t('accounts.fields.countryHint')}
        value={values.country}
        maxLength={2}
        onChange={(e) => set('country', e.currentTarget.value.toUpperCase())}
        error={err('country')}
      />
      <TextInput
        label={t('accounts.fields.website')}
        type="url"
        placeholder="https://"
        value={values.website}
        onChange={(e) => set('website', e.currentTarget.value)}
        error={err('website')}
      />
      <Select
        label={t('accounts.fields.sizeBand')}
        data={sizes}
        value={values.sizeBand}
        onChange={(v) => set('sizeBand', sizeBands.find((s) => s === v) ?? null)}
        clearable
        error={err('sizeBand')}
      />
      <TextInput
        label={t('accounts.fields.startedOn')}
        type="date"
        value={values.startedOn}
        onChange={(e) => set('startedOn', e.currentTarget.value)}
        error={err('startedOn')}
      />
      <TagsInput
        label={t('accounts.fields.tags')}
        description={t('accounts.fields.tagsHint')}
        value={values.tags}
        onChange={(v) => set('tags', v)}
        error={err('tags')}
        clearable
      />
    </SimpleGrid>
  );
}
