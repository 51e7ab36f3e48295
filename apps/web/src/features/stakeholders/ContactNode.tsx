import { Avatar, Badge, Group, Text, Tooltip } from '@mantine/core';
import type { OrgChart } from '@vested/contracts';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { DecisionRoleIcon } from './DecisionRoleIcon';
import { InfluenceDots } from './InfluenceDots';
import { CARD } from './orgLayout';
import { moodColor, moodOf, moodPaint } from './satisfaction';

export type ChartContact = OrgChart['nodes'][number];
/** `names`: our people by id, from the chart's `ourPeople` (an owner on a card carries only the id). */
export type ContactNodeData = {
  contact: ChartContact;
  names: ReadonlyMap<string, string>;
  dropTarget: boolean;
};
export type ContactFlowNode = Node<ContactNodeData, 'contact'>;

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');

const handleStyle = { opacity: 0, pointerEvents: 'none' as const };

/** One contact on the org chart: coloured by the latest satisfaction, greyed out once they have left. */
export function ContactNode({ data }: NodeProps<ContactFlowNode>) {
  const { t } = useTranslation();
  const { contact, names, dropTarget } = data;
  const left = contact.status === 'left';
  const score = contact.latestScore ?? undefined;
  const mood = left ? 'unknown' : moodOf(score);
  const paint = moodPaint(mood);
  return (
    <div
      data-testid="org-node"
      data-contact-id={contact.id}
      style={{
        width: CARD.width,
        height: CARD.height,
        boxSizing: 'border-box',
        background: left ? 'var(--mantine-color-gray-1)' : 'var(--mantine-color-body)',
        border: `1px solid ${dropTarget ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-3)'}`,
        borderTop: `5px solid ${paint.solid}`,
        borderRadius: 10,
        boxShadow: dropTarget
          ? '0 0 0 3px var(--mantine-color-blue-2)'
          : '0 1px 3px rgba(0,0,0,0.08), 0 4px 12px rgba(0,0,0,0.04)',
        padding: '8px 10px',
        opacity: left ? 0.6 : 1,
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        cursor: 'grab',
      }}
    >
      <Handle type="target" position={Position.Top} style={handleStyle} />
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text fw={700} size="sm" truncate="end" td={left ? 'line-through' : undefined}>
          {contact.name}
        </Text>
        {left ? (
          <Badge size="xs" color="gray" variant="filled">
            {t('contacts.left')}
          </Badge>
        ) : (
          <Tooltip label={t('contacts.latestScore')} withinPortal>
            <Badge
              size="md"
              circle={score !== undefined}
              variant={score === undefined ? 'outline' : 'filled'}
              color={moodColor[mood]}
              data-testid="org-node-score"
            >
              {score ?? '?'}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed" truncate="end" mt={-4}>
        {[contact.title, contact.businessUnit].filter(Boolean).join(' · ') || '\u00a0'}
      </Text>
      <Group justify="space-between" wrap="nowrap" gap={6} mt="auto">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <DecisionRoleIcon role={contact.decisionRole} size={20} />
          <InfluenceDots value={contact.influence} />
        </Group>
        <Tooltip.Group>
          <Avatar.Group spacing={6}>
            {contact.owners.slice(0, 3).map((o) => {
              const name = names.get(o.personId) ?? '';
              return (
                <Tooltip key={o.personId} withinPortal label={`${name} · ${t(`depth.${o.depthNow}`)}`}>
                  <Avatar size={22} radius="xl" color="indigo" variant="filled">
                    <span style={{ fontSize: 9 }}>{initials(name)}</span>
                  </Avatar>
                </Tooltip>
              );
            })}
            {contact.owners.length > 3 && (
              <Avatar size={22} radius="xl">
                <span style={{ fontSize: 9 }}>+{contact.owners.length - 3}</span>
              </Avatar>
            )}
            {contact.owners.length === 0 && !left && (
              <Tooltip withinPortal label={t('contacts.noOwner')}>
                <Badge size="xs" color="red" variant="light">
                  {t('contacts.noOwnerShort')}
                </Badge>
              </Tooltip>
            )}
          </Avatar.Group>
        </Tooltip.Group>
      </Group>
      <Handle type="source" position={Position.Bottom} style={handleStyle} />
      <Handle type="target" id="owner" position={Position.Bottom} style={handleStyle} />
    </div>
  );
}
