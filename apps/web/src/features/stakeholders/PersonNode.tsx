import { Avatar, Group, Text } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { initials } from './ContactNode';

export type PersonNodeData = { name: string };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;
export const PERSON = { width: 180, height: 40 };

/** One of our people who owns a relationship, in the "our side" row under the org chart. */
export function PersonNode({ data }: NodeProps<PersonFlowNode>) {
  return (
    <div
      data-testid="org-person"
      style={{
        width: PERSON.width,
        height: PERSON.height,
        boxSizing: 'border-box',
        borderRadius: 20,
        background: 'var(--mantine-color-indigo-0)',
        border: '1px solid var(--mantine-color-indigo-3)',
        padding: '0 10px 0 5px',
        display: 'flex',
        alignItems: 'center',
      }}
    >
      <Handle type="source" position={Position.Top} style={{ opacity: 0 }} />
      <Group gap={6} wrap="nowrap">
        <Avatar size={28} radius="xl" color="indigo" variant="filled">
          <span style={{ fontSize: 11 }}>{initials(data.name)}</span>
        </Avatar>
        <Text size="xs" fw={600} truncate="end" maw={130}>
          {data.name}
        </Text>
      </Group>
    </div>
  );
}
