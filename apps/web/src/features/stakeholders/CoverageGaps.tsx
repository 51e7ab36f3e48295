import { Alert, List, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconUserPlus } from '@tabler/icons-react';
import type { StakeholderFigures } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { useFormat } from '../../ui/format';

type Gap = StakeholderFigures['gaps'][number];

type Props = { accountId: string; gaps: Gap[]; activeContacts: number };

/**
 * The coverage gaps of the account, each a sentence with a link to the contact it is about. A map with no
 * active contact has no gaps to find: it says so, instead of a reassuring "no gaps".
 */
export function CoverageGaps({ accountId, gaps, activeContacts }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Title order={5} mt="lg" mb="xs">
        {t('gaps.title')}
      </Title>
      {activeContacts === 0 ? (
        <Alert color="gray" icon={<IconUserPlus size={16} />} py="xs" data-testid="gaps-no-contacts">
          {t('gaps.noContacts')}
        </Alert>
      ) : gaps.length === 0 ? (
        <Alert color="teal" icon={<IconCheck size={16} />} py="xs" data-testid="gaps-none">
          {t('gaps.none')}
        </Alert>
      ) : (
        <List
          spacing={6}
          size="sm"
          icon={
            <ThemeIcon color="orange" size={20} radius="xl" variant="light">
              <IconAlertTriangle size={12} />
            </ThemeIcon>
          }
          data-testid="gaps-list"
        >
          {gaps.map((g, i) => (
            <List.Item key={`${g.kind}-${g.contactId ?? g.personId ?? i}`} data-testid={`gap-${g.kind}`}>
              <Text size="sm" span>
                {t(`gaps.${g.days === null ? `${g.kind}_never` : g.kind}`, {
                  person: g.personName ?? '',
                  days: g.days ?? '—',
                  last: format.date(g.lastTouchOn ?? g.lastReadingOn),
                })}
              </Text>
              {g.contactId && (
                <>
                  {' — '}
                  <AnchorLink
                    size="sm"
                    to="/accounts/$accountId/contacts/$contactId"
                    params={{ accountId, contactId: g.contactId }}
                  >
                    {g.contactName}
                  </AnchorLink>
                </>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
