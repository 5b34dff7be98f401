import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../analyzer/types';
import { exportFileName, MIME, toJsonExport, toMarkdownExport, type ExportPage } from '../utils/popup/export-report';
import { t } from '../utils/i18n';
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
        {t('export_label')}
      </span>
      <div class="export-buttons" role="group" aria-labelledby="export-label">
        <button type="button" class="button button-quiet" aria-label={t('export_markdown_label')} onClick={() => save('md')}>
          <DownloadIcon />
          {t('export_markdown')}
        </button>
        <button type="button" class="button button-quiet" aria-label={t('export_json_label')} onClick={() => save('json')}>
          <DownloadIcon />
          {t('export_json')}
        </button>
        <button
          type="button"
          class={`button button-quiet copy-button${copyState === 'copied' ? ' is-done' : ''}`}
          aria-label={copyState === 'copied' ? t('export_copied') : t('export_copy_label')}
          onClick={() => void copyMarkdown()}
        >
          {copyState === 'copied' ? <CheckIcon /> : <CopyIcon />}
          {copyState === 'copied' ? t('export_copied') : t('export_copy')}
        </button>
      </div>
      <span class="visually-hidden" role="status">
        {copyState === 'copied' ? t('export_copied_status') : copyState === 'failed' ? t('export_copy_failed_status') : ''}
      </span>
      {copyState === 'failed' && <p class="export-error">{t('export_copy_failed')}</p>}
    </footer>
  );
}
