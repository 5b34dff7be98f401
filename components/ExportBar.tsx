import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../analyzer/types';
import { exportFileName, MIME, toJsonExport, toMarkdownExport, type ExportPage } from '../utils/export-report';
import { CheckIcon, CopyIcon, DownloadIcon } from './icons';

type Props = {
  report: Report;
  page: ExportPage;
  download: (fileName: string, text: string, mime: string) => void;
  copy: (text: string) => Promise<void>;
  now?: () => Date;
};

/** Download the summary as Markdown or JSON, or copy the Markdown. */
export function ExportBar({ report, page, download, copy, now = () => new Date() }: Props) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = setTimeout(() => setCopyState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const save = (format: 'md' | 'json') => {
    const date = now();
    const text = format === 'md' ? toMarkdownExport(report, page, date) : toJsonExport(report, page, date);
    download(exportFileName(page.url ?? report.url, format, date), text, MIME[format]);
  };
  const copyMarkdown = async () => {
    try {
      await copy(toMarkdownExport(report, page, now()));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <footer class="export-bar">
      <span class="export-label" id="export-label">
        Export
      </span>
      <div class="export-buttons" role="group" aria-labelledby="export-label">
        <button type="button" class="button button-quiet" aria-label="Download Markdown" onClick={() => save('md')}>
          <DownloadIcon />
          Markdown
        </button>
        <button type="button" class="button button-quiet" aria-label="Download JSON" onClick={() => save('json')}>
          <DownloadIcon />
          JSON
        </button>
        <button type="button" class={`button button-quiet${copyState === 'copied' ? ' is-done' : ''}`} aria-label={copyState === 'copied' ? 'Copied' : 'Copy Markdown'} onClick={() => void copyMarkdown()}>
          {copyState === 'copied' ? <CheckIcon /> : <CopyIcon />}
          {copyState === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <span class="visually-hidden" role="status">
        {copyState === 'copied' ? 'Markdown summary copied to the clipboard' : copyState === 'failed' ? 'Could not copy to the clipboard' : ''}
      </span>
      {copyState === 'failed' && <p class="export-error">Could not copy: the browser blocked the clipboard.</p>}
    </footer>
  );
}
