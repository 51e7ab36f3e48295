import {
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { attitudes, contactLevels, decisionRoles, locales } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { type FieldErrors, fieldError } from '../../lib/forms';
import { useOptions } from '../../ui/options';
import { ContactSelect } from './ContactSelect';
import type { ContactFormValues } from './contactValues';

type Props = {
  accountId: string;
  values: ContactFormValues;
  errors: FieldErrors;
  set: <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => void;
  contactId?: string;
  reportsToName?: string | null;
};

const scale = ['1', '2', '3', '4', '5'];

function Scale({
  label,
  hint,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  hint: string;
  value: number;
  onChange: (v: number) => void;
  error?: string;
  testId: string;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        aria-label={label}
        fullWidth
        data={scale}
        value={String(value)}
        onChange={(v) => onChange(Number(v))}
        data-testid={testId}
      />
      <Text size="xs" c={error ? 'red' : 'dimmed'}>
        {error ?? hint}
      </Text>
    </Stack>
  );
}

/** The fields of a contact, shared by the new-contact form and the edit form. */
export function ContactFields({ accountId, values, errors, set, contactId, reportsToName }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const levels = useOptions(contactLevels, 'level');
  const roles = useOptions(decisionRoles, 'decisionRole');
  const attitudeOptions = useOptions(attitudes, 'attitude');
  const err = (field: string) => message(fieldError(errors, field));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contacts.fields.name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={err('name')}
          data-autofocus
          data-testid="contact-name"
        />
        <TextInput
          label={t('contacts.fields.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={err('title')}
          data-testid="contact-title"
        />
        <TextInput
          label={t('contacts.fields.businessUnit')}
          value={values.businessUnit}
          onChange={(e) => set('businessUnit', e.currentTarget.value)}
          error={err('businessUnit')}
        />
        <ContactSelect
          accountId={accountId}
          label={t('contacts.fields.reportsTo')}
          value={values.reportsToId}
          initialLabel={reportsToName}
          exclude={contactId}
          onChange={(v) => set('reportsToId', v)}
          error={err('reportsToId')}
          data-testid="contact-reports-to"
        />
        <TextInput
          label={t('contacts.fields.email')}
          type="email"
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={err('email')}
          data-testid="contact-email"
        />
        <TextInput
          label={t('contacts.fields.phone')}
          type="tel"
          value={values.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={err('phone')}
        />
        <Select
          label={t('contacts.fields.language')}
          description={t('contacts.languageHint')}
          data={locales.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
          clearable
          value={values.language}
          onChange={(v) => set('language', locales.find((x) => x === v) ?? null)}
          error={err('language')}
          data-testid="contact-language"
        />
        <Select
          label={t('contacts.fields.level')}
          data={levels}
          clearable
          value={values.level}
          onChange={(v) => set('level', contactLevels.find((x) => x === v) ?? null)}
          error={err('level')}
          data-testid="contact-level"
        />
        <Select
          label={t('contacts.fields.decisionRole')}
          data={roles}
          clearable
          value={values.decisionRole}
          onChange={(v) => set('decisionRole', decisionRoles.find((x) => x === v) ?? null)}
          error={err('decisionRole')}
          data-testid="contact-role"
        />
        <Scale
          label={t('contacts.fields.influence')}
          hint={t('contacts.influenceHint')}
          value={values.influence}
          onChange={(v) => set('influence', v)}
          error={err('influence')}
          testId="contact-influence"
        />
        <Scale
          label={t('contacts.fields.interest')}
          hint={t('contacts.interestHint')}
          value={values.interest}
          onChange={(v) => set('interest', v)}
          error={err('interest')}
          testId="contact-interest"
        />
        <Select
          label={t('contacts.fields.attitude')}
          data={attitudeOptions}
          value={values.attitude}
          allowDeselect={false}
          onChange={(v) => set('attitude', attitudes.find((x) => x === v) ?? 'neutral')}
          error={err('attitude')}
          data-testid="contact-attitude"
        />
      </SimpleGrid>
      <TagsInput
        label={t('contacts.fields.interests')}
        description={t('contacts.interestsHint')}
        value={values.interests}
        onChange={(v) => set('interests', v)}
        error={err('interests')}
        splitChars={[]}
        data-testid="contact-interests"
      />
      <Textarea
        label={t('contacts.fields.notes')}
        autosize
        minRows={2}
        maxRows={8}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={err('notes')}
      />
    </Stack>
  );
}
