import { t } from '../utils/i18n';
import { practiceTitle, type CoreAnswer } from '../utils/verdict-answers';
import { ToneIcon } from './icons';
import { toneWord } from './practice-view';

type Props = { answers: CoreAnswer[]; bottomLine: string; unsure: ReadonlySet<string> };

/**
 * The first screen: one sentence to repeat, then the four core answers in plain words, compact
 * enough to fit above the fold of a 400×600 popup. Each row links to its evidence below.
 */
export function AnswerSummary({ answers, bottomLine, unsure }: Props) {
  return (
    <section class="answers" aria-labelledby="answers-title">
      <h2 class="visually-hidden" id="answers-title">
        {t('summary_label')}
      </h2>
      <p class="bottom-line" data-bottom-line>
        {bottomLine}
      </p>
      <ul class="answer-list">
        {answers.map((a) => (
          <li key={a.id} class={`answer tone-${a.tone}`} data-core={a.id} data-verdict={a.verdict} data-tone={a.tone}>
            <a class="answer-link" href={`#badge-${a.id}`}>
              <span class="answer-icon" title={toneWord(a.tone)}>
                <ToneIcon tone={a.tone} size={16} />
                <span class="visually-hidden">{toneWord(a.tone)}: </span>
              </span>
              <span class="answer-title">{practiceTitle(a.practice)}</span>
              <span class="answer-value">
                {a.answer}
                {unsure.has(a.id) && <span class="answer-unsure"> ({t('summary_low_confidence')})</span>}
              </span>
              {a.detail && <span class="answer-detail">{a.detail}</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
