/** A concept's table: phrases it must match and phrases it must reject (tested in tests/lexicon.test.ts). */
export type ConceptCases = Record<string, { must: string[]; reject: string[] }>;
