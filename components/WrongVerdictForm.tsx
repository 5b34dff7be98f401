import { useState } from 'preact/hooks';
import type { PracticeMeta } from '../analyzer/practice-meta';
import { t } from '../utils/i18n';
import { practiceTitle } from '../utils/verdict-answers';
import { wrongVerdictMarkdown } from '../utils/popup/wrong-verdict-report';

type Props = { version: string; practices: readonly PracticeMeta[]; copy: (text: string) => Promise<void> };

/** A form that copies a Markdown report of a wrong verdict for the user to send; nothing is sent by PolicyLens. */
export function WrongVerdictForm({ version, practices, copy }: Props) {
  const [fields, setFields] = useState({ practice: practices[0]?.id ?? '', url: '', verdict: '', expected: '', sentence: '' });
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const set = (key: keyof typeof fields) => (e: Event) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  const practice = practices.find((p) => p.id === fields.practice);
  const markdown = wrongVerdictMarkdown({ ...fields, version, practice: practice ? practiceTitle(practice) : fields.practice });
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await copy(markdown);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section class="wrong-verdict" aria-labelledby="wrong-title">
      <h2 id="wrong-title">{t('report_wrong_title')}</h2>
      <p class="wrong-intro">{t('report_wrong_text')}</p>
      <form class="wrong-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('report_wrong_practice')}
          <select value={fields.practice} onChange={set('practice')}>
            {practices.map((p) => (
              <option key={p.id} value={p.id}>
                {practiceTitle(p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('report_wrong_url')}
          <input type="url" value={fields.url} onInput={set('url')} />
        </label>
        <label>
          {t('report_wrong_verdict')}
          <input type="text" value={fields.verdict} onInput={set('verdict')} />
        </label>
        <label>
          {t('report_wrong_expected')}
          <input type="text" value={fields.expected} onInput={set('expected')} />
        </label>
        <label>
          {t('report_wrong_sentence')}
          <textarea rows={3} value={fields.sentence} onInput={set('sentence')} />
        </label>
        <button type="submit" class="button button-primary">
          {t('report_wrong_copy')}
        </button>
        <p role="status" class="options-status">
          {status === 'copied' ? t('report_wrong_copied') : status === 'failed' ? t('report_wrong_copy_failed') : ''}
        </p>
        {status === 'failed' && <textarea class="wrong-fallback" readOnly rows={8} value={markdown} aria-label={t('report_wrong_title')} />}
      </form>
    </section>
  );
}
