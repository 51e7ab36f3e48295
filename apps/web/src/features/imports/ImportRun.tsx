import { Alert, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCopy } from '@tabler/icons-react';
import type { ErrorBody, ImportDetail } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../lib/api';
import { useErrorMessage } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { missingRateOf, RateProblemAlert } from '../economics/RateProblemAlert';
import { ErrorReport } from './ErrorReport';
import { useFileSize } from './labels';
import { useReason } from './reasons';

export type RunProgress = {
  phase: 'sending' | 'reading' | 'writing';
  rows: number;
  bytes: number;
  totalBytes: number;
  errors: number;
};

export type Outcome =
  | { type: 'done'; noOp: boolean; import: ImportDetail }
  | { type: 'failed'; error: ErrorBody['error']; import: ImportDetail | null }
  /** Refused before the stream began (a mapping that does not fit, no right), or the connection broke. */
  | { type: 'refused'; error: unknown };

/**
 * How far the import is: the share of the file's bytes the server has read and checked, and the rows
 * so far. While the file goes up the bar has no figure: fetch reports no upload progress, and the
 * browser hands over the server's progress lines only once the whole request is sent. Stays on
 * screen, full, once the import is over.
 */
export function ProgressPanel({ progress, finished }: { progress: RunProgress; finished: boolean }) {
  const { t } = useTranslation();
  const size = useFileSize();
  const sending = !finished && progress.phase === 'sending';
  const share = finished
    ? 100
    : Math.min(100, progress.totalBytes > 0 ? (progress.bytes / progress.totalBytes) * 100 : 0);
  const label =
    progress.phase === 'sending'
      ? t('imports.run.sending')
      : progress.phase === 'reading'
        ? t('imports.run.reading')
        : t('imports.run.writing', { rows: progress.rows });

  return (
    <Stack gap={6} data-testid="import-progress" data-phase={progress.phase} data-finished={finished}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" fw={500}>
          {finished ? t('imports.run.rows', { rows: progress.rows }) : label}
        </Text>
        <Text size="sm" c="dimmed" data-testid="import-progress-figures">
          {(sending
            ? [size(progress.totalBytes)]
            : [
                !finished && t('imports.run.rows', { rows: progress.rows }),
                finished
                  ? size(progress.totalBytes)
                  : t('imports.run.bytes', { done: size(progress.bytes), total: size(progress.totalBytes) }),
                `${Math.floor(share)}%`,
              ]
          )
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <Progress
        value={sending ? 100 : share}
        size="lg"
        radius="xl"
        animated={!finished}
        striped={!finished}
        color={finished ? 'teal' : sending ? 'gray' : 'blue'}
        aria-label={label}
        transitionDuration={200}
      />
      {!finished && progress.errors > 0 && (
        <Text size="sm" c="red">
          {t('imports.run.errorsSoFar', { count: progress.errors })}
        </Text>
      )}
      {!finished && (
        <Text size="xs" c="dimmed">
          {t('imports.run.keepOpen')}
        </Text>
      )}
    </Stack>
  );
}

/** What came of the import: rows imported, nothing new, every bad row, or why it did not start. */
export function OutcomePanel({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useReason();
  const errorMessage = useErrorMessage();

  if (outcome.type === 'done' && !outcome.noOp) {
    const d = outcome.import;
    return (
      <Alert
        color="teal"
        icon={<IconCircleCheck size={20} />}
        title={t('imports.result.importedTitle')}
        data-testid="import-result"
        data-outcome="imported"
      >
        <Text size="sm" data-testid="import-result-text">
          {t('imports.result.imported', { count: d.rowCount, file: d.fileName })}
        </Text>
        <List size="sm" mt={4}>
          <List.Item>{t('imports.result.written', { count: d.writtenCount })}</List.Item>
          {d.skippedCount > 0 && (
            <List.Item>{t('imports.result.skipped', { count: d.skippedCount })}</List.Item>
          )}
        </List>
      </Alert>
    );
  }
  if (outcome.type === 'done') {
    const d = outcome.import;
    return (
      <Alert
        color="blue"
        icon={<IconCopy size={20} />}
        title={t('imports.result.noOpTitle')}
        data-testid="import-result"
        data-outcome="noop"
      >
        <Text size="sm" data-testid="import-result-text">
          {t('imports.result.noOp', {
            file: d.fileName,
            when: format.dateTime(d.createdAt),
            who: d.createdBy.name ?? t('imports.history.someone'),
          })}
        </Text>
      </Alert>
    );
  }
  if (outcome.type === 'failed' && outcome.import && outcome.import.errorCount > 0) {
    const d = outcome.import;
    return (
      <Stack gap="sm">
        <Alert
          color="red"
          icon={<IconAlertTriangle size={20} />}
          title={t('imports.result.failedTitle')}
          data-testid="import-result"
          data-outcome="failed"
        >
          <Text size="sm" data-testid="import-result-text">
            {t('imports.result.failed', { count: d.errorCount })}
          </Text>
        </Alert>
        <ErrorReport detail={d} />
      </Stack>
    );
  }
  // Refused or failed without row errors: a missing rate says what to add and where; anything else in words.
  const error =
    outcome.type === 'failed'
      ? new ApiError(
          outcome.error.code === 'validation_failed' ? 400 : 422,
          outcome.error.code,
          outcome.error.message,
          outcome.error.fields,
        )
      : outcome.error;
  if (missingRateOf(error)) return <RateProblemAlert error={error} />;
  const fields = isApiError(error) && error.fields ? Object.entries(error.fields) : [];
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={20} />}
      title={isApiError(error, 0) ? t('errors.title') : t('imports.result.refused')}
      role="alert"
      data-testid="import-result"
      data-outcome="refused"
    >
      <Text size="sm">
        {isApiError(error, 0)
          ? t('imports.result.lost')
          : isApiError(error)
            ? reason(error.message)
            : errorMessage(error)}
      </Text>
      {fields.length > 0 && (
        <List size="sm" mt={4}>
          {fields.map(([k, v]) => (
            <List.Item key={k}>{reason(v)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
