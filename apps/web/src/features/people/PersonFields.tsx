import { Autocomplete, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import type { FieldErrors } from '../../lib/forms';
import { PersonSelect } from '../../ui/PersonSelect';
import { departmentsQuery } from './peopleQueries';
import type { PersonFormValues } from './personValues';

type Props = {
  values: PersonFormValues;
  errors: FieldErrors;
  set: <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => void;
  personId?: string;
  lineManagerName?: string | null;
};

export function PersonFields({ values, errors, set, personId, lineManagerName }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const departments = useQuery(departmentsQuery);
  return (
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
      <Switch
        label={t('people.fields.active')}
        checked={values.active}
        onChange={(e) => set('active', e.currentTarget.checked)}
        mt="xl"
      />
    </SimpleGrid>
  );
}
