import { useState } from 'preact/hooks';
import type { Tone } from '../analyzer/types';
import { t } from '../utils/i18n';
import type { HighlightRequest } from '../utils/tab-analysis';
import { TONE_COLORS } from '../utils/tone-colors';
import { toneWord } from './practice-view';

const ORDER: Tone[] = ['bad', 'caution', 'neutral', 'good'];

type Props = { requests: HighlightRequest[]; onClear: () => Promise<void> };

/**
 * What the colours on the page mean (colour → the practices drawn in it) and a way to remove them.
 * Only the decisive sentences are drawn in colour; the others are underlined quietly.
 */
export function HighlightLegend({ requests, onClear }: Props) {
  const [cleared, setCleared] = useState(false);
  const decisive = requests.filter((r) => r.decisive !== false);
  if (!decisive.length) return null;
  const rows = ORDER.map((tone) => ({
    tone,
    practices: [...new Set(decisive.filter((r) => r.tone === tone).map((r) => r.practiceTitle))],
  })).filter((r) => r.practices.length);
  const clear = async () => {
    await onClear().catch(() => undefined);
    setCleared(true);
  };
  return (
    <section class="legend" aria-labelledby="legend-title" data-legend>
      <h2 class="section-title" id="legend-title">
        {t('legend_title')}
      </h2>
      <div class="panel">
        {cleared ? (
          <p role="status" data-legend-cleared>
            {t('legend_cleared')}
          </p>
        ) : (
          <>
            <ul class="legend-list">
              {rows.map(({ tone, practices }) => (
                <li key={tone} data-legend-tone={tone}>
                  <span
                    class="legend-swatch"
                    aria-hidden="true"
                    style={{ background: TONE_COLORS[tone].wash, borderBottomColor: TONE_COLORS[tone].solid }}
                  />
                  <span class="legend-tone">{toneWord(tone)}</span>
                  <span class="legend-practices">{practices.join(', ')}</span>
                </li>
              ))}
            </ul>
            <p class="panel-note">{t('legend_keys')}</p>
            <button type="button" class="button button-quiet" data-clear-highlights onClick={() => void clear()}>
              {t('legend_clear')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
