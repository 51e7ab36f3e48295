import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconRefresh, IconSparkles } from '@tabler/icons-react';
import type { ImportKindsResponse, ImportMapping, ImportPreview } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from './labels';
import { useReason } from './reasons';

type KindInfo = ImportKindsResponse['items'][number];
export type PreviewOptions = { preset?: string; mapping?: ImportMapping; dayFirst: boolean };

type Props = {
  kind: KindInfo;
  preview: ImportPreview;
  options: PreviewOptions;
  onChange: (options: PreviewOptions) => void;
};

const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Fields that hold dates, for which the day-first switch matters. */
const dateFields = new Set(['date', 'month', 'from']);

/**
 * The file's layout (a recognised export, or "other") and which column holds each field, as the
 * server suggested it; every change is checked again by the server at once. A field the mapping cannot
 * serve yet says why, on the field.
 */
export function MappingCard({ kind, preview, options, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const reason = useReason();
  const columns = [...new Set(preview.header.filter((h) => h.trim() !== ''))];
  const detected = kind.presets.find((p) => p.id === preview.detectedPreset);
  const presetError = preview.mappingProblems.preset;
  const hasDates = kind.fields.some((f) => dateFields.has(f.name));

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={4}>{t('imports.preview.mappingTitle')}</Title>
            <Text size="sm" c="dimmed" maw={640}>
              {t('imports.preview.mappingIntro')}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="light" color="gray" data-testid="preview-format">
              {t('imports.preview.format', {
                format: preview.format.toUpperCase(),
                delimiter: preview.delimiter
                  ? t(`imports.preview.delimiter.${delimiterNames[preview.delimiter] ?? 'other'}`)
                  : preview.format === 'vcf'
                    ? t('imports.preview.vcard')
                    : t('imports.preview.excel'),
              })}
            </Badge>
            {detected ? (
              <Badge
                variant="light"
                color="teal"
                leftSection={<IconSparkles size={12} />}
                data-testid="preview-detected"
              >
                {t('imports.preview.detected', { preset: labels.preset(detected.id, detected.name) })}
              </Badge>
            ) : (
              kind.presets.length > 1 && (
                <Badge variant="light" color="gray" data-testid="preview-detected">
                  {t('imports.preview.notDetected')}
                </Badge>
              )
            )}
          </Group>
        </Group>

        <Group align="flex-end" gap="md" wrap="wrap">
          {kind.presets.length > 1 && (
            <Select
              label={t('imports.preview.preset')}
              description={t('imports.preview.presetHint')}
              data={kind.presets.map((p) => ({ value: p.id, label: labels.preset(p.id, p.name) }))}
              value={preview.preset}
              onChange={(v) => v && onChange({ dayFirst: options.dayFirst, preset: v })}
              allowDeselect={false}
              error={presetError && reason(presetError)}
              w={320}
              data-testid="preview-preset"
            />
          )}
          {hasDates && (
            <Switch
              label={t('imports.preview.dayFirst')}
              description={t('imports.preview.dayFirstHint')}
              checked={options.dayFirst}
              onChange={(e) => onChange({ ...options, dayFirst: e.currentTarget.checked })}
              maw={420}
              data-testid="preview-day-first"
            />
          )}
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {kind.fields.map((f) => {
            const problem = preview.mappingProblems[`mapping.${f.name}`];
            return (
              <MultiSelect
                key={f.name}
                label={labels.field(f.name, f.label)}
                description={labels.hint(kind.kind, f.name, f.hint)}
                withAsterisk={f.required}
                data={columns}
                value={preview.mapping[f.name] ?? []}
                placeholder={
                  (preview.mapping[f.name] ?? []).length > 0
                    ? undefined
                    : f.required
                      ? t('imports.preview.chooseColumn')
                      : t('imports.preview.noColumn')
                }
                onChange={(value) =>
                  onChange({
                    ...options,
                    preset: preview.preset,
                    mapping: { ...preview.mapping, [f.name]: value },
                  })
                }
                error={problem && reason(problem)}
                searchable
                clearable
                data-testid={`mapping-${f.name}`}
              />
            );
          })}
        </SimpleGrid>
        {options.mapping && (
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconRefresh size={14} />}
              onClick={() => onChange({ dayFirst: options.dayFirst, preset: options.preset })}
            >
              {t('imports.preview.resetMapping')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
