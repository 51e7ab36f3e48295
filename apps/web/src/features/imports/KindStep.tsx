import { Alert, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportKind, ImportKindsResponse } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from './labels';

type Props = {
  kinds: ImportKindsResponse['items'];
  value: ImportKind | null;
  onChange: (kind: ImportKind) => void;
};

/**
 * What the file holds, from the kinds the server registers (a kind added later appears by itself).
 * Only the kinds the user may import are offered; arrow keys move between them.
 */
export function KindStep({ kinds, value, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const allowed = kinds.filter((k) => k.allowed);
  const others = kinds.filter((k) => !k.allowed);

  if (allowed.length === 0) return <Alert color="gray">{t('imports.noKinds')}</Alert>;

  return (
    <Stack gap="sm">
      <Radio.Group
        value={value}
        onChange={(v) => {
          const kind = allowed.find((k) => k.kind === v);
          if (kind) onChange(kind.kind);
        }}
        aria-label={t('imports.steps.kindDescription')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {allowed.map((k) => (
            <Radio.Card key={k.kind} value={k.kind} radius="md" p="md" data-testid={`import-kind-${k.kind}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Text fw={600}>{labels.kind(k.kind, k.label)}</Text>
                  <Text size="sm" c="dimmed">
                    {labels.kindDescription(k.kind)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {others.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('imports.kindNotAllowed', {
            kinds: others.map((k) => labels.kind(k.kind, k.label).toLowerCase()).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
