import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 10: concepts are built from named parts in analyzer/lexicon, strengths are named bands, judges name their patterns.
const LONG_REGEX = /^\s*(?:[\w.]+\s*[:=(]\s*)?\/.{160,}\/[gimsuy]*[,;)]?$/m;
const RAW_STRENGTH = /\bstrength:\s*(?:[\w\s?:|&!]*\?\s*)?\d/;

/** Regex literals written inside a `judge` method: each should be a named constant with a comment instead. */
function regexesInJudge(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inJudge: boolean) => {
    const judge = inJudge || ((ts.isMethodDeclaration(node) || ts.isPropertyAssignment(node)) && node.name.getText(tree) === 'judge');
    if (judge && node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(tree));
    ts.forEachChild(node, (child) => visit(child, judge));
  };
  visit(tree, false);
  return found;
}

function check(files: string[]) {
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const long = source.split('\n').filter((line) => LONG_REGEX.test(line));
      expect(long, `regex literals over 160 characters in ${file}`).toEqual([]);
      const raw = source.split('\n').filter((line) => RAW_STRENGTH.test(line));
      expect(raw, `raw strengths in ${file}`).toEqual([]);
      expect(regexesInJudge(file, source), `regex literals inside judge() in ${file}`).toEqual([]);
    });
  }
}

describe('selling, tracking, retention, sharing and trackers: no regex walls, no raw strengths, no regex inside a judge', () => {
  check(['analyzer/practices/selling.ts', 'analyzer/lexicon/sale.ts']);
  check(['analyzer/practices/tracking.ts', 'analyzer/lexicon/cookies.ts', 'analyzer/trackers.ts']);
  check(['analyzer/practices/sharing.ts', 'analyzer/lexicon/disclosure.ts']);
  check(['analyzer/practices/retention.ts', 'analyzer/lexicon/keeping.ts', 'analyzer/lexicon/phrase-parts.ts']);
});
