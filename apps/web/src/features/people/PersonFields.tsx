import { Autocomplete, NumberInput, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { type FieldErrors, fieldError } from '../../lib/forms';
import { PersonSelect } from '../../ui/PersonSelect';
import { departmentsQuery } from './peopleQueries';
import type { PersonFormValues } from './personValues';
import { SkillsEditor } from './SkillsEditor';

type Props = {
  values: PersonFormValues;
  errors: FieldErrors;
  set: <K extends keyof PersonFormValues & string>(key: K, value: PersonFormValues[K]) => void;
  personId?: string;
  lineManagerName?: string | null;
};

export function PersonFields({ values, errors, set, personId, lineManagerName }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const departments = useQuery(departmentsQuery);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('people.fields.name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={message(errors.name)}
          data-autofocus
        />
        <TextInput
          label={t('people.fields.email')}
          type="email"
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={message(errors.email)}
        />
        <TextInput
          label={t('people.fields.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={message(errors.title)}
        />
        <Autocomplete
          label={t('people.fields.department')}
          data={departments.data?.items ?? []}
          value={values.department}
          onChange={(v) => set('department', v)}
          error={message(errors.department)}
        />
        <PersonSelect
          label={t('people.fields.lineManager')}
          value={values.lineManagerPersonId}
          initialLabel={lineManagerName}
          exclude={personId}
          onChange={(v) => set('lineManagerPersonId', v)}
          error={message(errors.lineManagerPersonId)}
        />
        <NumberInput
          label={t('people.fields.capacity')}
          description={t('people.capacityHint')}
          min={0}
          max={744}
          allowDecimal={false}
          allowNegative={false}
          suffix={` ${t('people.hoursUnit')}`}
          value={values.monthlyCapacityHours}
          onChange={(v) => set('monthlyCapacityHours', typeof v === 'number' ? v : '')}
          error={message(errors.monthlyCapacityHours)}
          data-testid="person-capacity"
        />
        <TagsInput
          label={t('people.fields.languages')}
          description={t('people.languagesHint')}
          value={values.languages}
          onChange={(v) => set('languages', v)}
          error={message(fieldError(errors, 'languages'))}
        />
        <TextInput
          label={t('people.fields.location')}
          value={values.location}
          onChange={(e) => set('location', e.currentTarget.value)}
          error={message(errors.location)}
        />
        <Switch
          label={t('people.fields.active')}
          checked={values.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
          mt="xl"
        />
      </SimpleGrid>
      <SkillsEditor value={values.skills} onChange={(v) => set('skills', v)} errors={errors} />
    </Stack>
  );
}
