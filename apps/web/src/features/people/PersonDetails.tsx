import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonDetail } from '@vested/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { useFormat } from '../../ui/format';
import { useMoney } from '../economics/money';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** The person's record as read: who they are, whom they report to, what they can give account work. */
export function PersonDetails({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = useMoney();
  const none = t('common.none');
  const rate = person.costRate;
  return (
    <Paper withBorder p="lg" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
        <Field label={t('people.fields.email')}>{person.email ?? none}</Field>
        <Field label={t('people.fields.title')}>{person.title ?? none}</Field>
        <Field label={t('people.fields.department')}>{person.department ?? none}</Field>
        <Field label={t('people.fields.lineManager')}>
          {person.lineManagerPersonId && person.lineManagerName ? (
            <AnchorLink to="/people/$personId" params={{ personId: person.lineManagerPersonId }}>
              {person.lineManagerName}
            </AnchorLink>
          ) : (
            none
          )}
        </Field>
        <Field label={t('people.fields.capacity')}>
          <span data-testid="person-capacity-value">
            {person.monthlyCapacityHours === null
              ? t('people.capacityNotSet')
              : t('people.hoursPerMonth', { hours: person.monthlyCapacityHours })}
          </span>
        </Field>
        <Field label={t('people.fields.languages')}>
          {person.languages.length === 0 ? (
            none
          ) : (
            <Group gap={4}>
              {person.languages.map((l) => (
                <Badge key={l} variant="light" color="gray" tt="none">
                  {l}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
        <Field label={t('people.fields.location')}>{person.location ?? none}</Field>
        {person.permissions.readCostRates && (
          <Field label={t('people.fields.costRate')}>
            {rate ? (
              <Text size="sm" span>
                {t('people.costRateValue', {
                  amount: money(rate.hourly.amount, rate.hourly.currency),
                  from: format.date(rate.from),
                })}
              </Text>
            ) : (
              <Text size="sm" span c="dimmed">
                {t('people.noOwnRate')}
              </Text>
            )}{' '}
            <AnchorLink
              to="/settings/economics"
              search={{ tab: 'cost', personId: person.id }}
              size="sm"
              data-testid="cost-rates-link"
            >
              {t('people.costRatesLink')}
            </AnchorLink>
          </Field>
        )}
        <Field label={t('people.fields.active')}>{person.active ? t('common.yes') : t('common.no')}</Field>
        <Field label={t('people.fields.user')}>{person.userId ? t('common.yes') : t('common.no')}</Field>
      </SimpleGrid>
    </Paper>
  );
}
