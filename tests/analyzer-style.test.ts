/**
 * The analyzer's style rules of issue 10, checked on the source: a concept is named and built from parts, not a
 * hand-written wall; a judge reads named constants, not inline patterns; a strength is a named band.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
/** Longest regex literal a person should write by hand; longer ones become lexicon concepts. */
const MAX_LITERAL = 160;

type Finding = { file: string; line: number; text: string };

/** The file's syntax tree; `text` stands in for the file's content (the self-test below). */
function sourceOf(file: string, text?: string): ts.SourceFile {
  return ts.createSourceFile(file, text ?? readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function at(source: ts.SourceFile, node: ts.Node, file: string): Finding {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return { file, line: line + 1, text: node.getText(source).slice(0, 80) };
}

/** Regex literals longer than MAX_LITERAL characters. */
function walls(file: string, text?: string): Finding[] {
  const source = sourceOf(file, text);
  const out: Finding[] = [];
  walk(source, (n) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral && n.getText(source).length > MAX_LITERAL) out.push(at(source, n, file));
  });
  return out;
}

/** `strength:` set from a number literal, directly or in a branch of a conditional. */
function rawStrengths(file: string, text?: string): Finding[] {
  const source = sourceOf(file, text);
  const out: Finding[] = [];
  const numeric = (e: ts.Expression): boolean =>
    ts.isNumericLiteral(e) ||
    (ts.isConditionalExpression(e) && (numeric(e.whenTrue) || numeric(e.whenFalse))) ||
    (ts.isParenthesizedExpression(e) && numeric(e.expression));
  walk(source, (n) => {
    if (ts.isPropertyAssignment(n) && n.name.getText(source) === 'strength' && numeric(n.initializer)) out.push(at(source, n, file));
  });
  return out;
}

/** Regex literals inside a practice's `judge` (or a function it is written in): each should be a named constant. */
function inlineInJudge(file: string, text?: string): Finding[] {
  const source = sourceOf(file, text);
  const out: Finding[] = [];
  walk(source, (n) => {
    const isJudge = (ts.isMethodDeclaration(n) || ts.isPropertyAssignment(n)) && n.name.getText(source) === 'judge';
    if (!isJudge) return;
    walk(n, (inner) => {
      if (inner.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(at(source, inner, file));
    });
  });
  return out;
}

/** Every analyzer source file (case tables excluded: their phrases are data). */
const FILES = readdirSync(join(root, 'analyzer'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.cases.ts'))
  .map((f) => `analyzer/${f}`)
  .sort();

describe('analyzer style: every file of analyzer/', () => {
  it('reads the practices, the lexicon and the rest', () => {
    expect(FILES).toContain('analyzer/practices/selling.ts');
    expect(FILES).toContain('analyzer/lexicon/sale.ts');
    expect(FILES).toContain('analyzer/policy-score.ts');
  });
  for (const file of FILES) {
    it(`${file}: no regex literal over ${MAX_LITERAL} characters`, () => expect(walls(file)).toEqual([]));
    it(`${file}: strengths are named bands`, () => expect(rawStrengths(file)).toEqual([]));
    it(`${file}: no inline regex in the judge`, () => expect(inlineInJudge(file)).toEqual([]));
  }

  it('catches a wall, a raw strength and an inline regex in a judge', () => {
    const bad = [
      `const WALL = /${'a|'.repeat(85)}b/i;`,
      'const OK = /short/i;',
      'export const p = { judge(s) { return [{ strength: s ? 0.9 : 0.5, named: /x/.test(s) }]; } };',
      'const good = { strength: BAND.firm };',
    ].join('\n');
    expect(walls('bad.ts', bad).map((f) => f.line)).toEqual([1]);
    expect(rawStrengths('bad.ts', bad).map((f) => f.line)).toEqual([3]);
    expect(inlineInJudge('bad.ts', bad).map((f) => f.text)).toEqual(['/x/']);
  });
});
