import { Badge, Box, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Quadrant } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { DecisionRoleIcon } from './DecisionRoleIcon';
import { moodOf, moodPaint } from './satisfaction';
import { gridQuery } from './stakeholderQueries';

/** Reading order of the 2×2: high influence on top, high interest on the right. */
const cells: { quadrant: Quadrant; tint: string }[] = [
  { quadrant: 'keep_satisfied', tint: 'var(--mantine-color-blue-0)' },
  { quadrant: 'manage_closely', tint: 'var(--mantine-color-violet-0)' },
  { quadrant: 'monitor', tint: 'var(--mantine-color-gray-0)' },
  { quadrant: 'keep_informed', tint: 'var(--mantine-color-teal-0)' },
];

/** The power/interest grid: every active contact in the quadrant that says how to manage them. */
export function PowerGrid({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, isPending } = useQuery(gridQuery(accountId));

  return (
    <Paper withBorder p="lg" radius="md" h="100%">
      <Title order={4} mb="sm">
        {t('grid.title')}
      </Title>
      {error && <ErrorAlert error={error} />}
      {isPending && <Loading />}
      {data && (
        <Group gap={6} align="stretch" wrap="nowrap">
          <Box style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('grid.influenceAxis')} →
            </Text>
          </Box>
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }} data-testid="power-grid">
              {cells.map(({ quadrant, tint }) => {
                const people = [...(data.quadrants[quadrant] ?? [])].sort(
                  (a, b) => b.influence - a.influence || a.name.localeCompare(b.name),
                );
                return (
                  <Box
                    key={quadrant}
                    p="sm"
                    mih={170}
                    style={{ background: tint, borderRadius: 8 }}
                    data-testid={`quadrant-${quadrant}`}
                  >
                    <Group justify="space-between" mb={2} wrap="nowrap">
                      <Text fw={700} size="sm">
                        {t(`quadrant.${quadrant}`)}
                      </Text>
                      <Badge variant="white" color="dark" size="sm">
                        {people.length}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" mb="xs">
                      {t(`quadrantHint.${quadrant}`)}
                    </Text>
                    <Group gap={6}>
                      {people.map((c) => (
                        <UnstyledButton
                          key={c.id}
                          onClick={() =>
                            void navigate({
                              to: '/accounts/$accountId/contacts/$contactId',
                              params: { accountId, contactId: c.id },
                            })
                          }
                          data-testid="grid-contact"
                          style={{
                            display: 'flex',
                            alignItems: 'center',
                            gap: 6,
                            background: 'var(--mantine-color-body)',
                            borderRadius: 16,
                            padding: '3px 10px 3px 4px',
                            borderLeft: `4px solid ${moodPaint(moodOf(c.latestReading?.score)).solid}`,
                            boxShadow: '0 1px 2px rgba(0,0,0,0.08)',
                          }}
                          title={[
                            c.title,
                            `${t('contacts.fields.influence')} ${c.influence}`,
                            `${t('contacts.fields.interest')} ${c.interest}`,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        >
                          {c.decisionRole ? (
                            <DecisionRoleIcon role={c.decisionRole} size={18} />
                          ) : (
                            <span style={{ width: 4 }} />
                          )}
                          <Text size="xs" fw={600}>
                            {c.name}
                          </Text>
                        </UnstyledButton>
                      ))}
                    </Group>
                  </Box>
                );
              })}
            </div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" ta="center">
              {t('grid.interestAxis')} →
            </Text>
          </Stack>
        </Group>
      )}
    </Paper>
  );
}
