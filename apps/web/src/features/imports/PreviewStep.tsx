import { Alert, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ImportKindsResponse, ImportPreview } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../ui/ErrorAlert';
import { MappingCard, type PreviewOptions } from './MappingCard';
import { PreviewTable } from './PreviewTable';
import { useReason } from './reasons';

type Props = {
  kind: ImportKindsResponse['items'][number];
  preview: ImportPreview | undefined;
  error: unknown;
  fetching: boolean;
  options: PreviewOptions;
  onOptions: (options: PreviewOptions) => void;
};

/** The file as the server reads it: the layout it recognised, the mapping, the first rows checked. */
export function PreviewStep({ kind, preview, error, fetching, options, onOptions }: Props) {
  const { t } = useTranslation();
  const reason = useReason();
  const errorMessage = useErrorMessage();

  if (error && !preview) {
    const fields = isApiError(error) && error.fields ? Object.values(error.fields) : [];
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('errors.title')} role="alert">
        {isApiError(error) && error.status !== 0 && error.status !== 403
          ? reason(fields[0] ?? error.message)
          : errorMessage(error)}
      </Alert>
    );
  }
  if (!preview)
    return (
      <Group gap="sm" py="lg" justify="center">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('imports.preview.reading')}
        </Text>
      </Group>
    );

  const bad = preview.rows.filter((r) => !r.ok).length;
  const mapped = Object.keys(preview.mappingProblems).length === 0;

  return (
    <Stack gap="md" style={{ opacity: fetching ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <MappingCard kind={kind} preview={preview} options={options} onChange={onOptions} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={4}>{t('imports.preview.rowsTitle')}</Title>
            {mapped && preview.rows.length > 0 && (
              <Badge color={bad > 0 ? 'red' : 'teal'} variant="light" data-testid="preview-summary">
                {bad > 0
                  ? t('imports.preview.rowsSummary', { count: bad, total: preview.rows.length })
                  : t('imports.preview.rowsAllGood', { count: preview.rows.length })}
              </Badge>
            )}
          </Group>
          {!mapped && (
            <Alert color="orange" icon={<IconInfoCircle size={18} />} data-testid="preview-fix-mapping">
              {t('imports.preview.fixMapping')}
            </Alert>
          )}
          {preview.rows.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="md" data-testid="preview-no-rows">
              {t('imports.preview.noRows')}
            </Text>
          ) : (
            <PreviewTable preview={preview} fields={kind.fields} />
          )}
          {preview.more && (
            <Text size="sm" c="dimmed">
              {t('imports.preview.more', { count: preview.rows.length })}
            </Text>
          )}
          {mapped && bad > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              data-testid="preview-bad-rows"
            >
              {t('imports.preview.badRowsWarning')}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
