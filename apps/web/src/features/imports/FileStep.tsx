import { Button, FileButton, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileSize } from './labels';

const accept =
  '.csv,.tsv,.txt,.xlsx,.vcf,text/vcard,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = { file: File | null; onFile: (file: File) => void };

/**
 * The file, dropped on the zone or chosen with the picker (the zone is a button too: Enter or Space
 * opens the picker). Which format it is, the bytes decide later, as on the server.
 */
export function FileStep({ file, onFile }: Props) {
  const { t } = useTranslation();
  const size = useFileSize();
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const files = event.dataTransfer.files;
    if (files.length !== 1 || !files[0]) {
      setProblem(t('imports.drop.notAFile'));
      return;
    }
    setProblem(null);
    onFile(files[0]);
  };

  return (
    <FileButton
      onChange={(f) => {
        if (f) onFile(f);
        resetRef.current?.();
      }}
      accept={accept}
      resetRef={resetRef}
    >
      {(props) => (
        <Paper
          withBorder
          radius="md"
          p="xl"
          component="button"
          type="button"
          onClick={props.onClick}
          onDragOver={(e: DragEvent<HTMLElement>) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="import-dropzone"
          style={{
            width: '100%',
            cursor: 'pointer',
            borderStyle: 'dashed',
            borderWidth: 2,
            borderColor: over ? 'var(--mantine-color-teal-6)' : undefined,
            background: over ? 'var(--mantine-color-teal-light)' : undefined,
            color: 'inherit',
            font: 'inherit',
          }}
        >
          <Stack align="center" gap="xs">
            <ThemeIcon size={56} radius="xl" variant="light" color="teal">
              {file ? <IconFileSpreadsheet size={30} /> : <IconUpload size={30} />}
            </ThemeIcon>
            <Text fw={600} size="lg">
              {t('imports.drop.title')}
            </Text>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              {t('imports.drop.hint')}
            </Text>
            {file && (
              <Text size="sm" fw={500} data-testid="import-file-chosen">
                {t('imports.drop.chosen', { name: file.name, size: size(file.size) })}
              </Text>
            )}
            {problem && (
              <Text size="sm" c="red" role="alert">
                {problem}
              </Text>
            )}
            <Group>
              <Button component="span" variant="light" leftSection={<IconUpload size={16} />}>
                {file ? t('imports.drop.another') : t('imports.drop.choose')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </FileButton>
  );
}
