import type { Practice, PracticeId } from './practice';
import { age } from './practices/age';
import { retention } from './practices/retention';
import { selling } from './practices/selling';
import { tracking } from './practices/tracking';

/** Every practice, in the order the popup and exports show them. Adding a practice = one line here. */
export const PRACTICES: { [K in PracticeId]: Practice<K> } = { tracking, selling, retention, age };

export const PRACTICE_LIST: Practice[] = Object.values(PRACTICES) as Practice[];
