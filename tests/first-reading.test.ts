import { describe, expect, it } from 'vitest';
import { FIRST_READING_MAX_AGE_MS, readFirst } from '../utils/page/first-reading';
import type { PageExtraction } from '../utils/tab-analysis';

/** A page whose readings are numbered, at a URL and a clock the test moves. */
function fakePage() {
  const state = { url: 'https://shop.test/privacy', now: 1000, reads: 0, fail: false };
  const read = (): PageExtraction => {
    state.reads++;
    if (state.fail) throw new Error('unreadable');
    return { text: `reading ${state.reads}`, title: 'Privacy', url: state.url, lang: 'en', method: 'body', policyLink: null };
  };
  return {
    state,
    reading: () =>
      readFirst(
        read,
        () => state.url,
        () => state.now,
      ),
  };
}

describe('the content script’s first reading', () => {
  it('reads as it arrives and gives that reading to the first request', () => {
    const { state, reading } = fakePage();
    const first = reading();
    expect(state.reads).toBe(1);
    state.now += 500;
    expect(first.take().text).toBe('reading 1');
    expect(state.reads).toBe(1);
  });

  it('gives it once: the next request (a retry, "Analyze anyway") reads the page again', () => {
    const { state, reading } = fakePage();
    const first = reading();
    first.take();
    expect(first.take().text).toBe('reading 2');
    expect(state.reads).toBe(2);
  });

  it('reads again after a pushState to another URL', () => {
    const { state, reading } = fakePage();
    const first = reading();
    state.url = 'https://shop.test/terms';
    expect(first.take()).toMatchObject({ text: 'reading 2', url: 'https://shop.test/terms' });
  });

  it('reads again when the kept reading is stale (the worker answered from its cache, a later click asks)', () => {
    const { state, reading } = fakePage();
    const first = reading();
    state.now += FIRST_READING_MAX_AGE_MS;
    expect(first.take().text).toBe('reading 2');
  });

  it('a first reading that failed is read again at the request, whose failure the worker reports', () => {
    const { state, reading } = fakePage();
    state.fail = true;
    const first = reading();
    expect(() => first.take()).toThrow('unreadable');
    state.fail = false;
    expect(first.take().text).toBe('reading 3');
  });
});
