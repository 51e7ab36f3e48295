import { Button, Group, Paper, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EconomicsSettings, UpdateEconomicsSettingsBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api, isApiError } from '../../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../../lib/forms';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { CurrencySelect } from '../CurrencySelect';
import { decimalInput, fractionToPercentInput, percentInputToFraction } from '../decimalInput';
import { afterWorkspaceWrite, settingsQuery } from '../economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from '../formErrors';

type Values = {
  baseCurrency: string;
  returnBasis: 'margin' | 'revenue';
  inflation: string;
  keyShare: string;
  firstResultRule: 'follow_on_work' | 'return_above_initial';
  roiTarget: string;
  tolerance: string;
  valueScoreTarget: string;
  nearMiss: string;
};

/** The API's field names → the form's (shares are typed as percents here, fractions there). */
const rename = {
  annualInflation: 'inflation',
  keyAccountShare: 'keyShare',
  'targets.roiTarget': 'roiTarget',
  'targets.preservationTolerance': 'tolerance',
  'targets.valueScoreTarget': 'valueScoreTarget',
  'targets.nearMiss': 'nearMiss',
};

/** The workspace's economics: base currency, return basis, inflation, key share, rules and targets. */
export function GeneralSettingsForm({ settings }: { settings: EconomicsSettings }) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const lang = i18n.language;
  const toValues = (s: EconomicsSettings): Values => ({
    baseCurrency: s.baseCurrency,
    returnBasis: s.returnBasis,
    inflation: fractionToPercentInput(s.annualInflation, lang),
    keyShare: fractionToPercentInput(s.keyAccountShare, lang),
    firstResultRule: s.firstResultRule,
    roiTarget: lang === 'ru' ? s.targets.roiTarget.replace('.', ',') : s.targets.roiTarget,
    tolerance: fractionToPercentInput(s.targets.preservationTolerance, lang),
    valueScoreTarget:
      lang === 'ru' ? s.targets.valueScoreTarget.replace('.', ',') : s.targets.valueScoreTarget,
    nearMiss: fractionToPercentInput(s.targets.nearMiss, lang),
  });
  const [current, setCurrent] = useState(settings);
  const form = useFormState<Values>(toValues(settings));

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.patch('/api/v1/economics/settings', body, { schema: EconomicsSettings }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('economicsSettings.saved') });
      setCurrent(saved);
      form.reset(toValues(saved));
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      await afterWorkspaceWrite(queryClient);
    },
    onError: (error) => applyApiFieldErrors(error, form.setErrors, formRef.current, rename),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    const read = (field: keyof Values, value: string | null) => {
      if (value === null) errors[field] = t('economics.form.notNumber');
      return value ?? undefined;
    };
    const body = {
      version: current.version,
      baseCurrency: v.baseCurrency,
      returnBasis: v.returnBasis,
      annualInflation: read('inflation', percentInputToFraction(v.inflation, lang)),
      keyAccountShare: read('keyShare', percentInputToFraction(v.keyShare, lang)),
      firstResultRule: v.firstResultRule,
      targets: {
        roiTarget: read('roiTarget', decimalInput(v.roiTarget, lang)),
        preservationTolerance: read('tolerance', percentInputToFraction(v.tolerance, lang)),
        valueScoreTarget: read('valueScoreTarget', decimalInput(v.valueScoreTarget, lang)),
        nearMiss: read('nearMiss', percentInputToFraction(v.nearMiss, lang)),
      },
    };
    // The base currency is sent only when it changes: the server refuses a change once rates exist.
    const sent = body.baseCurrency === current.baseCurrency ? { ...body, baseCurrency: undefined } : body;
    const parsed = UpdateEconomicsSettingsBody.safeParse(sent);
    if (!parsed.success) Object.assign(errors, { ...zodFormErrors(parsed.error, rename), ...errors });
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(sent);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...settingsQuery, staleTime: 0 });
    save.reset();
    setCurrent(fresh);
    form.reset(toValues(fresh));
  };

  const stale = isApiError(save.error, 409);
  const text = (field: keyof Values, label: string, description: string, suffix?: string) => (
    <TextInput
      label={label}
      description={description}
      inputMode="decimal"
      value={form.values[field]}
      onChange={(e) => form.set(field, e.currentTarget.value as never)}
      error={message(form.errors[field])}
      rightSection={suffix}
      data-testid={`settings-${field}`}
    />
  );

  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="economics-settings-form">
        <Stack gap="lg">
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <Title order={4}>{t('economicsSettings.money')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <CurrencySelect
              label={t('economicsSettings.baseCurrency')}
              description={t('economicsSettings.baseCurrencyHint')}
              value={form.values.baseCurrency}
              onChange={(c) => form.set('baseCurrency', c)}
              error={message(form.errors.baseCurrency)}
              data-testid="settings-baseCurrency"
            />
            {text('inflation', t('economicsSettings.inflation'), t('economicsSettings.inflationHint'), '%')}
          </SimpleGrid>
          <Radio.Group
            label={t('economicsSettings.returnBasis')}
            value={form.values.returnBasis}
            onChange={(b) => form.set('returnBasis', b === 'revenue' ? 'revenue' : 'margin')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="margin" label={t('economicsSettings.basis.margin')} />
              <Radio value="revenue" label={t('economicsSettings.basis.revenue')} />
            </Stack>
          </Radio.Group>

          <Title order={4}>{t('economicsSettings.keyAccounts')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {text('keyShare', t('economicsSettings.keyShare'), t('economicsSettings.keyShareHint'), '%')}
          </SimpleGrid>
          <Radio.Group
            label={t('economicsSettings.firstResult')}
            value={form.values.firstResultRule}
            onChange={(r) => form.set('firstResultRule', r === 'return_above_initial' ? r : 'follow_on_work')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="follow_on_work" label={t('economics.firstResult.rule.follow_on_work')} />
              <Radio
                value="return_above_initial"
                label={t('economics.firstResult.rule.return_above_initial')}
              />
            </Stack>
          </Radio.Group>

          <Title order={4}>{t('economicsSettings.targets')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {text('roiTarget', t('economicsSettings.roiTarget'), t('economicsSettings.roiTargetHint'), '×')}
            {text('tolerance', t('economicsSettings.tolerance'), t('economicsSettings.toleranceHint'), '%')}
            {text(
              'valueScoreTarget',
              t('economicsSettings.valueScoreTarget'),
              t('economicsSettings.valueScoreTargetHint'),
            )}
            {text('nearMiss', t('economicsSettings.nearMiss'), t('economicsSettings.nearMissHint'), '%')}
          </SimpleGrid>
          {save.error && !stale && !hasApiFieldErrors(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset(toValues(current))}>
              {t('economicsSettings.undo')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="settings-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
