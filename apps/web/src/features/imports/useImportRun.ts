import type { ImportProgressLine } from '@vested/contracts';
import { useEffect, useState } from 'react';
import type { Outcome, RunProgress } from './ImportRun';

type Last = Extract<ImportProgressLine, { type: 'done' | 'failed' }>;

/**
 * One import as it runs: its progress from the stream's lines and its outcome. While it runs, leaving
 * the page asks first (closing the tab would cut the upload and with it the import).
 */
export function useImportRun() {
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = progress !== null && outcome === null;

  useEffect(() => {
    if (!running) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [running]);

  const onLine = (line: ImportProgressLine) => {
    // The browser hands over the answer once the file is sent: from `started` on, the server is reading.
    if (line.type === 'started')
      setProgress((p) => (p ? { ...p, phase: 'reading', totalBytes: line.totalBytes ?? p.totalBytes } : p));
    if (line.type === 'progress')
      setProgress((p) => ({
        phase: line.phase,
        rows: line.rows,
        bytes: line.bytes,
        totalBytes: line.totalBytes ?? p?.totalBytes ?? 0,
        errors: line.errors,
      }));
  };

  /** Runs `commit`; true when the file was imported (or had been already). */
  const start = async (file: File, commit: () => Promise<Last>): Promise<boolean> => {
    setOutcome(null);
    setProgress({ phase: 'sending', rows: 0, bytes: 0, totalBytes: file.size, errors: 0 });
    try {
      const last = await commit();
      if (last.import)
        setProgress({
          phase: 'writing',
          rows: last.import.rowCount,
          bytes: last.import.bytes,
          totalBytes: last.import.bytes,
          errors: last.import.errorCount,
        });
      setOutcome(last);
      return last.type === 'done';
    } catch (error) {
      setOutcome({ type: 'refused', error });
      return false;
    }
  };

  const reset = () => {
    setProgress(null);
    setOutcome(null);
  };

  return { progress, outcome, running, onLine, start, reset };
}
