import { describe, expect, it } from 'vitest';
import { countWords } from '../analyzer/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ["We don't sell opt-out data.", 5],
    ["-- ' ’ -", 0],
    ['Größe über 18 años', 4],
    ['中文 and 𝐀𝐁 words', 4],
    ['emoji 😀 is no word', 4],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});
