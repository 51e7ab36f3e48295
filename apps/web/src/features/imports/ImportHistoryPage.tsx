import {
  Button,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ImportStatus, type ImportSummary } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { ErrorReport } from './ErrorReport';
import { ImportRow } from './ImportRow';
import {
  afterImport,
  IMPORTS_PAGE_SIZE,
  importKindsQuery,
  importQuery,
  importsQuery,
  undoImport,
} from './importsApi';
import type { ImportsSearch } from './importsSearch';
import { useImportLabels } from './labels';

const route = getRouteApi('/app/imports');

/** The workspace's imports (finance and directors see all; others their own), with undo of a whole one. */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const kinds = useQuery(importKindsQuery);
  const list = useQuery(importsQuery(search));
  const [undoing, setUndoing] = useState<ImportSummary | null>(null);
  const [reportOf, setReportOf] = useState<ImportSummary | null>(null);
  const update = (patch: Partial<ImportsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const filtered = search.kind !== undefined || search.status !== undefined;
  const mayImport = new Set<string>(kinds.data?.items.filter((k) => k.allowed).map((k) => k.kind));
  const kindLabel = (kind: string) =>
    labels.kind(kind, kinds.data?.items.find((k) => k.kind === kind)?.label);

  const undo = useMutation({
    mutationFn: (i: ImportSummary) => undoImport(i.id, i.version),
    onSuccess: async (detail) => {
      notifications.show({ color: 'teal', message: t('imports.undo.done', { file: detail.fileName }) });
      setUndoing(null);
      await afterImport(queryClient);
    },
  });

  const what = (i: ImportSummary) =>
    t(`imports.undo.what.${i.kind}`, {
      count: i.writtenCount,
      defaultValue: t('imports.undo.what.other', { count: i.writtenCount }),
    });

  return (
    <Stack gap="md">
      <div>
        <PageHeader title={t('imports.historyTitle')}>
          <Button
            component={Link}
            to="/imports/new"
            leftSection={<IconUpload size={16} />}
            data-testid="new-import"
          >
            {t('imports.newImport')}
          </Button>
        </PageHeader>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('imports.historyIntro')}
        </Text>
      </div>

      <Group gap="sm" wrap="wrap">
        <Select
          aria-label={t('imports.history.kind')}
          data={[
            { value: '', label: t('imports.history.allKinds') },
            ...(kinds.data?.items ?? []).map((k) => ({ value: k.kind, label: kindLabel(k.kind) })),
          ]}
          value={search.kind ?? ''}
          onChange={(v) => update({ kind: v || undefined })}
          allowDeselect={false}
          w={280}
          data-testid="imports-filter-kind"
        />
        <Select
          aria-label={t('imports.history.status')}
          data={[
            { value: '', label: t('imports.history.allStatuses') },
            ...ImportStatus.options.map((s) => ({ value: s, label: labels.status(s) })),
          ]}
          value={search.status ?? ''}
          onChange={(v) => update({ status: ImportStatus.safeParse(v).data })}
          allowDeselect={false}
          w={200}
          data-testid="imports-filter-status"
        />
      </Group>

      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.data && (
        <Paper withBorder radius="md" style={{ opacity: list.isFetching ? 0.7 : 1 }}>
          <ScrollArea type="auto">
            <Table verticalSpacing="sm" fz="sm" striped highlightOnHover data-testid="imports-table">
              <Table.Thead>
                <Table.Tr>
                  <SortableTh
                    field="createdAt"
                    sort={search.sort ?? '-createdAt'}
                    onSort={(s) => update({ sort: s === '-createdAt' ? undefined : s })}
                  >
                    {t('imports.history.when')}
                  </SortableTh>
                  <Table.Th>{t('imports.history.who')}</Table.Th>
                  <SortableTh
                    field="kind"
                    sort={search.sort ?? '-createdAt'}
                    onSort={(s) => update({ sort: s })}
                  >
                    {t('imports.history.kind')}
                  </SortableTh>
                  <SortableTh
                    field="fileName"
                    sort={search.sort ?? '-createdAt'}
                    onSort={(s) => update({ sort: s })}
                  >
                    {t('imports.history.file')}
                  </SortableTh>
                  <Table.Th ta="right">{t('imports.history.rows')}</Table.Th>
                  <SortableTh
                    field="status"
                    sort={search.sort ?? '-createdAt'}
                    onSort={(s) => update({ sort: s })}
                  >
                    {t('imports.history.status')}
                  </SortableTh>
                  <Table.Th ta="right">{t('imports.history.errors')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.length === 0 && (
                  <EmptyRow columns={8} testId="imports-empty">
                    {filtered ? t('imports.history.emptyFiltered') : t('imports.history.empty')}
                  </EmptyRow>
                )}
                {list.data.items.map((i) => (
                  <ImportRow
                    key={i.id}
                    item={i}
                    kindLabel={kindLabel(i.kind)}
                    mayUndo={i.status === 'committed' && mayImport.has(i.kind)}
                    onReport={() => setReportOf(i)}
                    onUndo={() => {
                      undo.reset();
                      setUndoing(i);
                    }}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {list.data && (
        <Pager
          page={list.data.page}
          pageSize={IMPORTS_PAGE_SIZE}
          total={list.data.total}
          onPage={(p) => update({ page: p })}
        />
      )}

      <ConfirmModal
        opened={undoing !== null}
        title={t('imports.undo.title')}
        confirmLabel={t('imports.undo.confirm')}
        color="orange"
        loading={undo.isPending}
        error={undo.error}
        onConfirm={() => undoing && undo.mutate(undoing)}
        onClose={() => setUndoing(null)}
      >
        {undoing &&
          t('imports.undo.body', {
            what: what(undoing),
            file: undoing.fileName,
            when: format.dateTime(undoing.createdAt),
          })}
      </ConfirmModal>
      {reportOf && <ReportModal summary={reportOf} onClose={() => setReportOf(null)} />}
    </Stack>
  );
}

function ReportModal({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useQuery(importQuery(summary.id));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('imports.history.reportTitle', { file: summary.fileName })}
      size="xl"
    >
      <ErrorAlert error={detail.error} />
      {detail.isPending && <Loading />}
      {detail.data && <ErrorReport detail={detail.data} />}
    </Modal>
  );
}
