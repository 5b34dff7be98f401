import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInput, textFromHtml } from '../cli/load-input';
import { errorToMarkdown, escapeMarkdown } from '../analyzer/markdown';

const SELL = 'We sell your personal information to data brokers for a fee.';

describe('CLI HTML input: documents as a browser builds them', () => {
  it('reads valid HTML5 that leaves out <html>, <head> and <body>', () => {
    for (const html of [
      `<!doctype html><title>Privacy Policy</title><p>${SELL}</p>`,
      `<title>Privacy Policy</title><meta charset="utf-8"><p>${SELL}</p>`,
      `<p>${SELL}</p>`,
      `<html><p>${SELL}</p></html>`,
    ]) {
      const { text } = textFromHtml(html);
      expect(text, html).toContain(SELL);
    }
    expect(textFromHtml(`<!doctype html><title>Privacy Policy</title><p>${SELL}</p>`).title).toBe('Privacy Policy');
  });

  it('gives no text, never a throw, when an unclosed attribute swallows the document', () => {
    for (const html of [
      '<html lang="en><body><p>We sell data.</p></body></html>',
      '<html lang="',
      '<!doctype html><html lang="en><head><title>P</title></head><body><p>We sell.</p>',
      '<body class="x><p>We sell.</p>',
    ]) {
      expect(() => textFromHtml(html), html).not.toThrow();
    }
    expect(textFromHtml('<html lang="en><body><p>We sell data.</p></body></html>').text).toBe('');
  });

  it('reads a 20,000-deep page without overflowing the stack', () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>${SELL}</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(textFromHtml(html).text).toContain(SELL);
    const hidden = `<!doctype html><html><body><p>${SELL}</p><div hidden>${'<span>'.repeat(20_000)}x${'</span>'.repeat(20_000)}</div></body></html>`;
    expect(textFromHtml(hidden).text).toContain(SELL);
  }, 120_000);
});

describe('CLI URL input: bytes read from the network are capped like files (20 MB), decompressed size included', () => {
  let server: Server;
  let base = '';
  const big = Buffer.alloc(21 * 1024 * 1024, 'a ');
  const bomb = gzipSync(Buffer.alloc(60 * 1024 * 1024, ' '), { level: 9 });
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(big);
      } else if (req.url === '/chunked') {
        res.writeHead(200, { 'content-type': 'text/plain' }); // no content-length: counted while reading
        for (let i = 0; i < 21; i++) res.write(Buffer.alloc(1024 * 1024, 'b '));
        res.end();
      } else if (req.url === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length });
        res.end(bomb);
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<title>Privacy Policy</title><p>${SELL}</p>`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a body over 20 MB, declared or not', async () => {
    await expect(loadInput(`${base}/big`)).rejects.toThrow(/limit is 20 MB/);
    await expect(loadInput(`${base}/chunked`)).rejects.toThrow(/limit is 20 MB/);
  });

  it(`refuses a gzip bomb (${Math.round(bomb.length / 1024)} KB that inflates to 60 MB) while inflating it`, async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(loadInput(`${base}/bomb`)).rejects.toThrow(/limit is 20 MB/);
  });

  it('reads a normal page, HTML5 without <body> included', async () => {
    const page = await loadInput(`${base}/privacy`);
    expect(page.text).toContain(SELL);
    expect(page.title).toBe('Privacy Policy');
  });
});

describe('Markdown: page-controlled text stays text', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>.html',
    '[x](javascript:alert(1)).txt',
    'price $x^2$ and $$\\int$$',
    'ask @octocat or mail privacy@acme.example',
    'see https://evil.example/a and www.evil.example',
  ];
  it('escapes the input name and the error of an unreadable input', () => {
    const md = errorToMarkdown(hostile[0]!, `no such file: ${hostile[1]!}`);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    // Brackets are always escaped, so a parenthesis can never end a link: "(1)" stays plain for the reader.
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
  it('leaves no math delimiter, mention, autolink or tag unescaped', () => {
    for (const text of hostile) {
      const out = escapeMarkdown(text);
      expect(out, text).not.toMatch(/(?<!\\)[$<[\]]/);
      expect(out, text).not.toMatch(/(?<!\\)\]\(/);
      expect(out, text).not.toMatch(/@\w/);
      expect(out, text).not.toMatch(/(?<!\\):\/\//);
      expect(out, text).not.toMatch(/www\.(?!\\)/i);
    }
    expect(escapeMarkdown('Dollar $5')).toBe('Dollar \\$5');
    // What a reader sees is unchanged apart from the invisible joiner after "@".
    expect(escapeMarkdown('privacy@acme.example').replace(/\u2060/g, '')).toBe('privacy@acme.example');
  });
});
