/**
 * Prints a document made for paper (a run sheet, a plan, a member's notes): on the desktop to a
 * PDF file through the shell, in a browser through its print dialog. The document is mounted in
 * its own element outside the app (#print-root: print styles show nothing else) for the print
 * only, then removed, and the window's title is the document's while it prints (what PDF viewers
 * and file managers show). The component using this renders `portal`.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { err, ok, type HostResult, type PrintOutcome } from '../../platform/host';
import { useHost } from '../../platform/HostProvider';

export type PageSize = 'A4' | 'Letter';

export interface PrintJob {
  readonly content: ReactNode;
  /** The PDF's file name, ".pdf" included. */
  readonly suggestedName: string;
  /** The document's own title. */
  readonly title: string;
  readonly pageSize?: PageSize;
  /** Runs once the document is laid out, just before it prints (to fit it to the page, say). */
  readonly prepare?: (root: HTMLElement) => void;
}

export interface PrintDocument {
  readonly printing: boolean;
  /** Resolves once printed, saved, cancelled or failed; one job at a time. */
  readonly print: (job: PrintJob) => Promise<HostResult<PrintOutcome>>;
  readonly portal: ReactNode;
}

/** Waits until the browser has laid out and painted what was just mounted, fonts included. */
async function painted(): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

interface Running {
  readonly root: HTMLElement;
  readonly job: PrintJob;
  readonly done: (result: HostResult<PrintOutcome>) => void;
}

export function usePrintDocument(): PrintDocument {
  const host = useHost();
  const [running, setRunning] = useState<Running | null>(null);
  const pending = useRef<Running | null>(null);

  // The document lives outside the app's root while printing, and only then.
  useEffect(() => {
    if (!running) return;
    document.body.append(running.root);
    return () => running.root.remove();
  }, [running]);

  useEffect(() => {
    if (!running) return;
    let live = true;
    // A function, so that the compiler doesn't take the value read before an await for after it.
    const isLive = () => live;
    const { root, job, done } = running;
    void (async () => {
      await painted();
      // Unmounted meanwhile (or React's development double run): this run prints nothing.
      if (!isLive()) return;
      job.prepare?.(root);
      const title = document.title;
      document.title = job.title;
      const result = await host
        .printToPdf({
          suggestedName: job.suggestedName,
          ...(job.pageSize ? { pageSize: job.pageSize } : {}),
        })
        .catch(() => err('io', 'The document could not be printed.'))
        .finally(() => {
          document.title = title;
        });
      pending.current = null;
      done(result);
      if (isLive()) setRunning(null);
    })();
    return () => {
      live = false;
    };
  }, [running, host]);

  // Gone before it printed: whoever waits hears that nothing was saved.
  useEffect(
    () => () => {
      pending.current?.done(ok({ saved: false }));
      pending.current = null;
    },
    [],
  );

  return {
    printing: running !== null,
    print: (job) =>
      new Promise((resolve) => {
        if (pending.current) {
          resolve(err('unavailable', 'Another document is printing.'));
          return;
        }
        const root = document.createElement('div');
        root.id = 'print-root';
        const next: Running = { root, job, done: resolve };
        pending.current = next;
        setRunning(next);
      }),
    portal: running ? createPortal(running.job.content, running.root) : null,
  };
}
