import { useTranslation } from 'react-i18next';

/**
 * Names of import kinds, fields and presets in the UI language. The server lists them (a kind added
 * later shows up by itself) with English labels; a name the dictionary does not know is shown as the
 * server gave it.
 */
export function useImportLabels() {
  const { t } = useTranslation();
  return {
    kind: (kind: string, label?: string) =>
      t(`imports.kinds.${kind}.label`, { defaultValue: label ?? kind.replace(/_/g, ' ') }),
    kindDescription: (kind: string) => t(`imports.kinds.${kind}.description`, { defaultValue: '' }),
    field: (name: string, label: string) => t(`imports.fields.${name}`, { defaultValue: label }),
    hint: (kind: string, name: string, hint: string) =>
      t(`imports.hints.${kind}.${name}`, { defaultValue: hint }),
    preset: (id: string, name?: string) => t(`imports.presets.${id}`, { defaultValue: name ?? id }),
    status: (status: string) => t(`imports.status.${status}`, { defaultValue: status }),
  };
}

/** A file size people read: 812 B, 64 KB, 12.4 MB. */
export function useFileSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';
  return (bytes) => {
    const [value, unit] =
      bytes < 1024 ? [bytes, 'b'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kb'] : [bytes / 1024 / 1024, 'mb'];
    const n = new Intl.NumberFormat(locale, {
      maximumFractionDigits: value < 10 && unit !== 'b' ? 1 : 0,
    }).format(value);
    return t(`imports.units.${unit}`, { n });
  };
}
