import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { isApiError } from '../lib/api';

/** The message of a failed request, in the UI language where it has one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const message = useMessage();
  return (error) => {
    if (isApiError(error)) {
      if (error.status === 0) return t('errors.network');
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 429) return t('auth.rateLimited');
      return message(error.message) ?? error.message;
    }
    return error instanceof Error ? error.message : String(error);
  };
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  if (!error) return null;
  const title = isApiError(error, 422) ? t('errors.ruleBroken') : t('errors.title');
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      {toMessage(error)}
    </Alert>
  );
}
