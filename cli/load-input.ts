import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze, type Report } from '../analyzer/index';
import { extractPolicyText } from '../utils/extract-policy-text';

export type LoadedInput = { source: string; text: string; title: string | null; url: string | null };

const MAX_BYTES = 20 * 1024 * 1024;

export function textFromHtml(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  // A tag left open at the end (say `<html lang="en>` with no closing quote) swallows the rest of the file: like a
  // browser, linkedom then has no root element, and there is no readable text.
  if (!document.documentElement) return { text: '', title: null };
  const { text, title } = extractPolicyText(document as unknown as Document);
  return { text, title };
}

function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(body.slice(0, 1000));
}

/** Reads a .txt/.html file or fetches an http(s) URL (the CLI is the only part that may use the network). */
export async function loadInput(input: string): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(20_000), headers: { 'user-agent': 'PolicyLens-CLI' } });
    } catch (err) {
      throw new Error(`could not fetch ${input}: ${(err as Error).message}`);
    }
    if (!res.ok) throw new Error(`could not fetch ${input}: HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (/pdf/i.test(type)) throw new Error(`${input} is a PDF; PolicyLens reads HTML and plain text only`);
    const body = await res.text();
    if (/html|xml/i.test(type) || looksLikeHtml(body)) return { source: input, url: res.url || input, ...textFromHtml(body) };
    return { source: input, url: res.url || input, text: body, title: null };
  }
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new Error(`no such file: ${input}`);
  }
  if (info.isDirectory()) throw new Error(`${input} is a folder, not a file`);
  if (info.size > MAX_BYTES) throw new Error(`${input} is ${Math.round(info.size / 1048576)} MB; the limit is 20 MB`);
  const raw = await readFile(input);
  if (raw.subarray(0, 5).toString('latin1') === '%PDF-') throw new Error(`${input} is a PDF; PolicyLens reads HTML and plain text only`);
  const body = raw.toString('utf8');
  const ext = extname(input).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksLikeHtml(body))) {
    return { source: input, url: null, ...textFromHtml(body) };
  }
  return { source: input, url: null, text: body, title: null };
}

/** One step of a batch tool: load and analyze `path`; a failure is printed as "source: message" and gives null. */
export async function analyzeInputOrWarn(path: string, source: string): Promise<Report | null> {
  try {
    const loaded = await loadInput(path);
    return analyze(loaded.text, { source, title: loaded.title });
  } catch (err) {
    console.error(`${source}: ${(err as Error).message}`);
    return null;
  }
}
