import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconHistory, IconPlus, IconUpload, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ImportKind } from '@vested/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { AccountChoice } from './AccountChoice';
import { FileStep } from './FileStep';
import { OutcomePanel, ProgressPanel } from './ImportRun';
import {
  afterImport,
  commitImport,
  type FileFormat,
  formatOf,
  importKindsQuery,
  previewImport,
  sha256Of,
} from './importsApi';
import { KindStep } from './KindStep';
import type { PreviewOptions } from './MappingCard';
import { PreviewStep } from './PreviewStep';
import { useImportRun } from './useImportRun';

const route = getRouteApi('/app/imports/new');

type Chosen = { id: number; file: File; format: FileFormat };
let chosenCount = 0;

/**
 * The import wizard: what kind of data → the file → the columns and the first rows, checked by the
 * server → the import, streaming its progress → what came of it. Nothing is written before the last
 * step, and then all rows or none.
 */
export function ImportWizardPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const queryClient = useQueryClient();
  const kinds = useQuery(importKindsQuery);
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<ImportKind | null>(search.kind ?? null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [options, setOptions] = useState<PreviewOptions>({ dayFirst: false });
  const [accountId, setAccountId] = useState<string | null>(null);
  const forAccount = kind === 'contacts' && accountId ? { accountId } : {};
  const run = useImportRun();
  const contentRef = useRef<HTMLDivElement>(null);

  const kindInfo = kinds.data?.items.find((k) => k.kind === kind && k.allowed);
  const preview = useQuery({
    queryKey: ['imports', 'preview', chosen?.id, kind, options, accountId],
    queryFn: () => {
      if (!chosen || !kind) throw new Error('No file to preview');
      return previewImport(chosen.file, chosen.format, { kind, ...options, ...forAccount }, queryClient);
    },
    enabled: !!chosen && !!kindInfo && active >= 2,
    // While the mapping changes, the rows of the same file stay on screen; another file starts afresh.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === chosen?.id ? previous : undefined,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

  // Each step's content takes the focus, so the keyboard carries on where the eye goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves whenever the step changes
  useEffect(() => {
    contentRef.current?.focus({ preventScroll: true });
  }, [active]);

  const goTo = (step: number) => {
    if (run.running) return;
    if (step < 3) run.reset();
    setActive(step);
  };
  const chooseKind = (next: ImportKind) => {
    if (next !== kind) setOptions({ dayFirst: false });
    setKind(next);
  };
  const chooseFile = async (file: File) => {
    chosenCount += 1;
    setChosen({ id: chosenCount, file, format: await formatOf(file) });
    run.reset();
    setActive(2);
  };
  const startImport = async () => {
    if (!chosen || !kind || !preview.data) return;
    setActive(3);
    const ok = await run.start(chosen.file, async () => {
      const sha256 = await sha256Of(chosen.file);
      return commitImport(
        chosen.file,
        chosen.format,
        {
          kind,
          preset: preview.data.preset,
          mapping: preview.data.mapping,
          dayFirst: options.dayFirst,
          ...forAccount,
          sha256,
        },
        run.onLine,
        queryClient,
      );
    });
    if (ok) {
      setActive(4);
      await afterImport(queryClient);
    }
  };
  const startOver = () => {
    run.reset();
    setChosen(null);
    setActive(1);
  };

  const p = preview.data;
  const canImport =
    !!p && !preview.isFetching && Object.keys(p.mappingProblems).length === 0 && p.rows.length > 0;
  const failed = run.outcome && !(run.outcome.type === 'done');

  const nav = (back: number | null, next: React.ReactNode) => (
    <Group justify="space-between" mt="lg">
      {back === null ? (
        <span />
      ) : (
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => goTo(back)}>
          {t('common.back')}
        </Button>
      )}
      {next}
    </Group>
  );

  return (
    <Stack gap="md">
      <div>
        <PageHeader title={t('imports.newTitle')}>
          <Button
            component={Link}
            to="/imports"
            variant="subtle"
            leftSection={<IconHistory size={16} />}
            data-testid="to-import-history"
          >
            {t('imports.toHistory')}
          </Button>
        </PageHeader>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('imports.newIntro')}
        </Text>
      </div>
      <ErrorAlert error={kinds.error} />
      {kinds.isPending && <Loading />}
      {kinds.data && (
        <Stepper
          active={active}
          onStepClick={goTo}
          allowNextStepsSelect={false}
          size="sm"
          data-testid="import-stepper"
        >
          <Stepper.Step
            label={t('imports.steps.kind')}
            description={t('imports.steps.kindDescription')}
            allowStepSelect={!run.running && active > 0}
          >
            <div ref={active === 0 ? contentRef : undefined} tabIndex={-1} style={{ outline: 'none' }}>
              <KindStep kinds={kinds.data.items} value={kindInfo ? kind : null} onChange={chooseKind} />
              {kind === 'contacts' && kindInfo && <AccountChoice value={accountId} onChange={setAccountId} />}
              {nav(
                null,
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  disabled={!kindInfo || (kind === 'contacts' && !accountId)}
                  onClick={() => setActive(1)}
                  data-testid="import-next"
                >
                  {t('imports.next')}
                </Button>,
              )}
            </div>
          </Stepper.Step>

          <Stepper.Step
            label={t('imports.steps.file')}
            description={t('imports.steps.fileDescription')}
            allowStepSelect={!run.running && active > 1}
          >
            <div ref={active === 1 ? contentRef : undefined} tabIndex={-1} style={{ outline: 'none' }}>
              <FileStep file={chosen?.file ?? null} onFile={(f) => void chooseFile(f)} />
              {nav(
                0,
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  disabled={!chosen}
                  onClick={() => setActive(2)}
                >
                  {t('imports.next')}
                </Button>,
              )}
            </div>
          </Stepper.Step>

          <Stepper.Step
            label={t('imports.steps.columns')}
            description={t('imports.steps.columnsDescription')}
            allowStepSelect={!run.running && active > 2}
          >
            <div ref={active === 2 ? contentRef : undefined} tabIndex={-1} style={{ outline: 'none' }}>
              {kindInfo && (
                <PreviewStep
                  kind={kindInfo}
                  preview={p}
                  error={preview.error}
                  fetching={preview.isFetching}
                  options={options}
                  onOptions={setOptions}
                />
              )}
              {nav(
                1,
                <Button
                  leftSection={<IconUpload size={16} />}
                  disabled={!canImport}
                  onClick={() => void startImport()}
                  data-testid="import-start"
                >
                  {t('imports.run.start', { name: chosen?.file.name ?? '' })}
                </Button>,
              )}
            </div>
          </Stepper.Step>

          <Stepper.Step
            label={t('imports.steps.import')}
            description={t('imports.steps.importDescription')}
            loading={run.running}
            color={failed ? 'red' : undefined}
            icon={failed ? <IconX size={18} /> : undefined}
            allowStepSelect={false}
          >
            <div ref={active === 3 ? contentRef : undefined} tabIndex={-1} style={{ outline: 'none' }}>
              <Stack gap="md">
                {run.progress && run.running && <ProgressPanel progress={run.progress} finished={false} />}
                {run.outcome && <OutcomePanel outcome={run.outcome} />}
                {run.outcome && (
                  <Group>
                    <Button
                      leftSection={<IconUpload size={16} />}
                      onClick={startOver}
                      data-testid="import-choose-fixed"
                    >
                      {t('imports.result.chooseFixed')}
                    </Button>
                    <Button
                      component={Link}
                      to="/imports"
                      variant="default"
                      leftSection={<IconHistory size={16} />}
                      data-testid="open-history"
                    >
                      {t('imports.result.openHistory')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </div>
          </Stepper.Step>

          <Stepper.Completed>
            <div ref={active === 4 ? contentRef : undefined} tabIndex={-1} style={{ outline: 'none' }}>
              <Stack gap="md">
                {/* A file already imported was not read again: no progress to show. */}
                {run.progress && run.outcome?.type === 'done' && !run.outcome.noOp && (
                  <ProgressPanel progress={run.progress} finished />
                )}
                {run.outcome && <OutcomePanel outcome={run.outcome} />}
                <Group>
                  <Button
                    leftSection={<IconPlus size={16} />}
                    onClick={startOver}
                    data-testid="import-another"
                  >
                    {t('imports.result.another')}
                  </Button>
                  <Button
                    component={Link}
                    to="/imports"
                    variant="default"
                    leftSection={<IconHistory size={16} />}
                    data-testid="open-history"
                  >
                    {t('imports.result.openHistory')}
                  </Button>
                </Group>
              </Stack>
            </div>
          </Stepper.Completed>
        </Stepper>
      )}
    </Stack>
  );
}
