import '@xyflow/react/dist/style.css';
import { Group, Paper, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { AccountDetail } from '@vested/contracts';
import {
  Background,
  Controls,
  type Edge,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { type ChartContact, type ContactFlowNode, ContactNode } from './ContactNode';
import { MoodLegend } from './MoodLegend';
import { CARD, layoutTree } from './orgLayout';
import { PERSON, type PersonFlowNode, PersonNode } from './PersonNode';
import { orgChartQuery, refreshContact } from './stakeholderQueries';

const nodeTypes = { contact: ContactNode, person: PersonNode };
type FlowNode = ContactFlowNode | PersonFlowNode;
type Move = { contact: ChartContact; to: ChartContact };

function buildNodes(
  contacts: ChartContact[],
  people: { personId: string; name: string }[],
  showOurs: boolean,
) {
  const placed = layoutTree(
    contacts.map((c) => ({ id: c.id, parentId: c.reportsToId, order: `${5 - c.influence}${c.name}` })),
  );
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const nodes: FlowNode[] = placed.flatMap((p) => {
    const contact = byId.get(p.id);
    return contact
      ? [
          {
            id: p.id,
            type: 'contact' as const,
            position: { x: p.x, y: p.y },
            data: { contact, names, dropTarget: false },
          },
        ]
      : [];
  });
  if (showOurs && people.length > 0) {
    const bottom = placed.reduce((m, p) => Math.max(m, p.y), 0) + CARD.height + CARD.gapY * 1.6;
    const width = placed.reduce((m, p) => Math.max(m, p.x), 0) + CARD.width;
    const step = PERSON.width + 24;
    const start = Math.max(0, (width - people.length * step) / 2);
    people.forEach((person, i) => {
      nodes.push({
        id: `person-${person.personId}`,
        type: 'person',
        position: { x: start + i * step, y: bottom },
        data: { name: person.name },
        draggable: false,
      });
    });
  }
  return nodes;
}

function buildEdges(contacts: ChartContact[], showOurs: boolean): Edge[] {
  const ids = new Set(contacts.map((c) => c.id));
  const edges: Edge[] = contacts
    .filter((c) => c.reportsToId && ids.has(c.reportsToId))
    .map((c) => ({
      id: `reports-${c.id}`,
      source: c.reportsToId as string,
      target: c.id,
      type: 'smoothstep',
      style: { stroke: 'var(--mantine-color-gray-5)', strokeWidth: 1.5 },
    }));
  if (showOurs) {
    for (const c of contacts) {
      if (c.status === 'left') continue;
      for (const o of c.owners) {
        edges.push({
          id: `owner-${c.id}-${o.personId}`,
          source: `person-${o.personId}`,
          target: c.id,
          targetHandle: 'owner',
          style: { stroke: 'var(--mantine-color-indigo-4)', strokeDasharray: '5 4', strokeWidth: 1.2 },
          markerEnd: { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-indigo-4)' },
        });
      }
    }
  }
  return edges;
}

/** Beyond this many cards, the whole chart at a readable size does not fit the frame. */
const BIG_CHART = 30;

/**
 * Where the chart opens: a small one whole; a big one at a readable zoom on its top three levels (who
 * decides), from where people pan and zoom out — fitting a thousand cards would make each a dot.
 */
function openingView(nodes: readonly FlowNode[]) {
  if (nodes.length <= BIG_CHART) return { padding: 0.12, maxZoom: 1, minZoom: 0.2 };
  const topRows = 2 * (CARD.height + CARD.gapY);
  const top = nodes.filter((n) => n.type === 'contact' && n.position.y <= topRows);
  return { padding: 0.12, maxZoom: 1, minZoom: 0.55, nodes: top.map((n) => ({ id: n.id })) };
}

function Chart({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { getIntersectingNodes, fitView } = useReactFlow<FlowNode>();
  const { data, error, isPending } = useQuery(orgChartQuery(account.id));
  const [showOurs, setShowOurs] = useState(false);
  const [move, setMove] = useState<Move | null>(null);
  const canEdit = account.permissions.update;

  const contacts = data?.nodes ?? [];
  const laidOut = useMemo(
    () => buildNodes(data?.nodes ?? [], data?.ourPeople ?? [], showOurs),
    [data, showOurs],
  );
  const edges = useMemo(() => buildEdges(data?.nodes ?? [], showOurs), [data, showOurs]);
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>(laidOut);
  useEffect(() => {
    setNodes(laidOut);
    requestAnimationFrame(() => void fitView(openingView(laidOut)));
  }, [laidOut, setNodes, fitView]);

  const targetOf = (node: FlowNode) =>
    getIntersectingNodes(node).find((n) => n.type === 'contact' && n.id !== node.id) as
      | ContactFlowNode
      | undefined;
  const highlight = (id: string | null) =>
    setNodes((all) =>
      all.map((n) =>
        n.type === 'contact' && n.data.dropTarget !== (n.id === id)
          ? { ...n, data: { ...n.data, dropTarget: n.id === id } }
          : n,
      ),
    );

  const reparent = useMutation({
    mutationFn: ({ contact, to }: Move) =>
      api.patch(`/api/v1/contacts/${contact.id}`, { reportsToId: to.id, version: contact.version }),
    onSuccess: async (_, { contact }) => {
      setMove(null);
      await refreshContact(queryClient, account.id, contact.id);
    },
  });

  if (error) return <ErrorAlert error={error} />;
  if (isPending) return <Loading />;
  const stale = isApiError(reparent.error, 409);
  const height = Math.min(760, Math.max(360, (Math.max(...laidOut.map((n) => n.position.y), 0) + 220) * 0.9));

  return (
    <>
      {stale && (
        <StaleVersionAlert
          onReload={() => {
            setMove(null);
            reparent.reset();
            void refreshContact(queryClient, account.id);
          }}
        />
      )}
      {contacts.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="org-chart-empty">
          {t('contacts.chartEmpty')}
        </Text>
      ) : (
        <div
          style={{
            height,
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 8,
            background: 'var(--mantine-color-gray-0)',
          }}
          data-testid="org-chart"
        >
          <ReactFlow<FlowNode>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            nodesDraggable={canEdit}
            nodesConnectable={false}
            elementsSelectable={false}
            fitView
            fitViewOptions={openingView(laidOut)}
            minZoom={0.1}
            // The page scrolls past the chart; zooming takes Ctrl + scroll (or a pinch) or the buttons,
            // so a reader scrolling down the tab is not caught zooming the chart.
            zoomOnScroll={false}
            preventScrolling={false}
            proOptions={{ hideAttribution: true }}
            onNodeClick={(_, node) => {
              if (node.type === 'contact')
                void navigate({
                  to: '/accounts/$accountId/contacts/$contactId',
                  params: { accountId: account.id, contactId: node.id },
                });
            }}
            onNodeDrag={(_, node) => highlight(targetOf(node)?.id ?? null)}
            onNodeDragStop={(_, node) => {
              const target = targetOf(node);
              setNodes(laidOut);
              const contact = contacts.find((c) => c.id === node.id);
              const to = target && contacts.find((c) => c.id === target.id);
              if (contact && to && contact.reportsToId !== to.id) {
                reparent.reset();
                setMove({ contact, to });
              }
            }}
          >
            <Background gap={24} color="var(--mantine-color-gray-3)" />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
      )}
      <Group justify="space-between" mt="xs" wrap="wrap">
        <MoodLegend />
        <Group gap="md">
          {contacts.length > 1 && (
            <Text size="xs" c="dimmed">
              {t('contacts.zoomHint')}
            </Text>
          )}
          {canEdit && contacts.length > 1 && (
            <Text size="xs" c="dimmed">
              {t('contacts.dragHint')}
            </Text>
          )}
          <Switch
            size="xs"
            label={t('contacts.showOurSide')}
            checked={showOurs}
            onChange={(e) => setShowOurs(e.currentTarget.checked)}
            data-testid="show-our-side"
          />
        </Group>
      </Group>
      <ConfirmModal
        opened={move !== null && !stale}
        onClose={() => setMove(null)}
        title={t('contacts.reparentTitle')}
        confirmLabel={t('contacts.reparentConfirm')}
        loading={reparent.isPending}
        error={reparent.error}
        onConfirm={() => move && reparent.mutate(move)}
      >
        {t('contacts.reparentText', { name: move?.contact.name ?? '', manager: move?.to.name ?? '' })}
      </ConfirmModal>
    </>
  );
}

/** The account's org chart: who reports to whom, how satisfied each is, and who on our side owns them. */
export function OrgChart({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="sm">
        {t('contacts.orgChart')}
      </Title>
      <ReactFlowProvider>
        <Chart account={account} />
      </ReactFlowProvider>
    </Paper>
  );
}
