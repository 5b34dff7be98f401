import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { HISTORY_STRINGS } from '../components/history/strings';
import { attemptMessage, LINKED_TEXT } from '../utils/linked-policy-text';
import type { LinkAttempt } from '../utils/worker/linked-policy';
import { setMessageTable } from '../utils/i18n';

const TABLES = { en, de, fr } as unknown as Record<string, Record<string, string>>;

/** Every .ts/.tsx file under the UI's folders. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

// A message key written out in the code: a quoted word whose first part is one the locales use ("history_…",
// "linked_…", "worker_…"). Keys built at run time ("reason_…", "verdict_…") are checked by their own tests.
const prefixes = [...new Set(Object.keys(en).map((k) => k.split('_')[0]!))];
const KEY = new RegExp(`['"]((?:${prefixes.join('|')})_[A-Za-z0-9_]+)['"]`, 'g');
const used = [
  ...new Set(
    ['components', 'entrypoints', 'utils']
      .flatMap(sources)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(KEY)].map((m) => m[1]!)),
  ),
];

describe('every message key the code uses', () => {
  it('is found in the code (the scan works)', () => {
    expect(used).toContain('history_first_visit');
    expect(used).toContain('linked_attempt_pdf');
    expect(used).toContain('legend_clear');
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    it(`exists in ${lang}.json`, () => {
      expect(used.filter((key) => !(key in table))).toEqual([]);
    });
  }
});

describe('history and linked-policy words follow the UI language', () => {
  const attempt = (problem: LinkAttempt['problem'], extra: Partial<LinkAttempt> = {}): LinkAttempt => ({
    link: { text: 'Privacy', href: 'https://example.com/privacy' } as LinkAttempt['link'],
    problem,
    ...extra,
  });
  const problems: LinkAttempt['problem'][] = [
    'not-found',
    'http-error',
    'login',
    'pdf',
    'not-html',
    'timeout',
    'unreachable',
    'empty',
    'not-policy',
    'language',
    'permission',
  ];

  it('in English, as before', () => {
    expect(HISTORY_STRINGS.unchangedSince('Mar 4, 2026')).toBe('Unchanged since you read it on Mar 4, 2026.');
    expect(HISTORY_STRINGS.versions(1)).toBe('1 version');
    expect(HISTORY_STRINGS.versions(3)).toBe('3 versions');
    expect(HISTORY_STRINGS.exported(2, 'CSV')).toBe('Exported 2 policies as CSV.');
    expect(LINKED_TEXT.allow('example.com')).toBe('Allow reading example.com');
    expect(attemptMessage(attempt('not-found', { status: 410 }))).toBe('“Privacy” leads to a missing page (error 410).');
    expect(attemptMessage(attempt('http-error'))).toBe('“Privacy”: the site answered with an error.');
  });

  for (const lang of ['de', 'fr']) {
    it(`in ${lang}: every failed link and every history line has its own words`, () => {
      setMessageTable(TABLES[lang]!);
      try {
        for (const problem of problems) {
          const message = attemptMessage(attempt(problem, { status: 500, language: 'es' }));
          expect(message, problem).toContain('Privacy');
          setMessageTable(null);
          const english = attemptMessage(attempt(problem, { status: 500, language: 'es' }));
          setMessageTable(TABLES[lang]!);
          expect(message, problem).not.toBe(english);
        }
        expect(HISTORY_STRINGS.firstVisit).toBe(TABLES[lang]!.history_first_visit);
        expect(HISTORY_STRINGS.versions(3)).toMatch(/^3 /);
        expect(LINKED_TEXT.openAndHighlight).toBe(TABLES[lang]!.linked_open);
      } finally {
        setMessageTable(null);
      }
    });
  }
});

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! » and after «, so the sign never starts a line', () => {
    const table = fr as unknown as Record<string, string>;
    const loose = Object.entries(table).filter(([, text]) => /[ \u00a0][:;?!»]|«[ \u00a0]/.test(text));
    expect(loose).toEqual([]);
    // The rule is in force: such signs are there, with the narrow space.
    expect(Object.values(table).filter((text) => /\u202f[:;?!]/.test(text)).length).toBeGreaterThan(20);
  });
});
