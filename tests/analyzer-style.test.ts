import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 10: concepts are built from named parts in analyzer/lexicon, strengths are named bands.
const LONG_REGEX = /^\s*(?:[\w.]+\s*[:=(]\s*)?\/.{160,}\/[gimsuy]*[,;)]?$/m;
const RAW_STRENGTH = /\bstrength:\s*(?:[\w\s?:|&!]*\?\s*)?\d/;

function check(files: string[]) {
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const long = source.split('\n').filter((line) => LONG_REGEX.test(line));
      expect(long, `regex literals over 160 characters in ${file}`).toEqual([]);
      const raw = source.split('\n').filter((line) => RAW_STRENGTH.test(line));
      expect(raw, `raw strengths in ${file}`).toEqual([]);
    });
  }
}

describe('selling, tracking, retention, sharing and trackers: no regex walls, no raw strengths', () => {
  check(['analyzer/practices/selling.ts', 'analyzer/lexicon/sale.ts']);
  check(['analyzer/practices/tracking.ts', 'analyzer/lexicon/cookies.ts', 'analyzer/trackers.ts']);
  check(['analyzer/practices/sharing.ts', 'analyzer/lexicon/disclosure.ts']);
  check(['analyzer/practices/retention.ts', 'analyzer/lexicon/keeping.ts', 'analyzer/lexicon/phrase-parts.ts']);
});
