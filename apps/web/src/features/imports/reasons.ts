import { useTranslation } from 'react-i18next';
import { importReasonsRu, type ReasonPattern } from '../../i18n/areas/imports';
import { ruMessages } from '../../i18n/messages';

/** A reason through the first pattern that matches it, or as it came. */
export function translateReason(reason: string, patterns: readonly ReasonPattern[]): string {
  for (const [pattern, template] of patterns) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const parts = m.slice(1).map((p) => p ?? '');
    return typeof template === 'function'
      ? template(...parts)
      : template.replace(/\$(\d)/g, (_, i: string) => parts[Number(i) - 1] ?? '');
  }
  return reason;
}

/**
 * Row errors and import messages in the UI language. The server words them in English (the API is
 * read by scripts too); Russian gets them through the patterns of the imports area, or — for a row
 * checked with a contract's own validation (contacts) — the shared table of contract messages.
 */
export function useReason(): (reason: string) => string {
  const { i18n } = useTranslation();
  return (reason) =>
    i18n.language === 'ru' ? (ruMessages[reason] ?? translateReason(reason, importReasonsRu)) : reason;
}
