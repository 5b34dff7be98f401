import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze, type Report } from '../analyzer/index';
import { extractPolicyText } from '../utils/extract-policy-text';

export type LoadedInput = { source: string; text: string; title: string | null; url: string | null };

const MAX_BYTES = 20 * 1024 * 1024;

/** Elements that belong in <head> when a page leaves out its <html>/<head>/<body> tags. */
const HEAD_ONLY = 'title, meta, link, base, style, script';

/**
 * A document from HTML as a browser builds it: HTML5 lets a page leave out <html>, <head> and <body>, but
 * linkedom then makes the first element the root (or gives no body). Such a page is parsed again inside
 * the implied elements. An unclosed tag that swallows the whole file leaves no root at all: no text, as in a browser.
 */
export function parseHtmlDocument(html: string): Document | null {
  const { document } = parseHTML(html);
  const root = document.documentElement as Element | null;
  if (!root) return null;
  const body =
    root.tagName.toUpperCase() === 'HTML' ? Array.from(root.children).find((el) => el.tagName.toUpperCase() === 'BODY') : undefined;
  if (body) {
    keepInOneBody(document as unknown as Document, body as unknown as Element);
    return document as unknown as Document;
  }
  const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, '');
  const { document: implied } = parseHTML(`<!doctype html><html><head></head><body>${inner}</body></html>`);
  const head = implied.querySelector('head')!;
  for (const el of Array.from(implied.body.querySelectorAll(HEAD_ONLY))) if (!el.closest('svg')) head.appendChild(el);
  return implied as unknown as Document;
}

/**
 * A browser never ends a document early: whatever follows a stray `</body>` or `</html>` (an ad iframe's fallback
 * markup often carries both) still goes into the body, and a later `<body>` tag adds no element. linkedom closes
 * everything at such a tag instead, so the rest of the page lands beside <html> or in extra <body> elements, where
 * no reader of the body finds it. Both are put back where a browser has them, in document order.
 */
function keepInOneBody(doc: Document, body: Element): void {
  for (let node = doc.documentElement!.nextSibling; node;) {
    const next = node.nextSibling;
    if (node.nodeType === 1 || node.nodeType === 3) body.appendChild(node);
    node = next;
  }
  for (const extra of Array.from(doc.querySelectorAll('body'))) {
    if (extra !== body) extra.replaceWith(...Array.from(extra.childNodes));
  }
}

export function textFromHtml(html: string): { text: string; title: string | null } {
  const document = parseHtmlDocument(html);
  if (!document) return { text: '', title: null };
  const { text, title } = extractPolicyText(document);
  return { text, title };
}

/**
 * A response body read up to `limit` bytes, counted after decompression (fetch inflates gzip and brotli
 * itself): a small compressed body cannot grow past the limit in memory.
 */
export async function readCapped(res: Response, limit: number, name: string): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = () => new Error(`${name} is over ${Math.round(limit / 1048576)} MB; the limit is ${Math.round(limit / 1048576)} MB`);
  if (declared > limit && !res.headers.get('content-encoding')) {
    await res.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
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
      throw new Error(`could not fetch ${input}: ${(err as Error).message}`, { cause: err });
    }
    if (!res.ok) throw new Error(`could not fetch ${input}: HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (/pdf/i.test(type)) throw new Error(`${input} is a PDF; PolicyLens reads HTML and plain text only`);
    const body = await readCapped(res, MAX_BYTES, input);
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
