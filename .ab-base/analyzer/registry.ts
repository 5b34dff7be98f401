import type { Practice, PracticeId } from './practice';
import { age } from './practices/age';
import { changes } from './practices/changes';
import { contact } from './practices/contact';
import { dnt } from './practices/dnt';
import { rights } from './practices/rights';
import { retention } from './practices/retention';
import { security } from './practices/security';
import { selling } from './practices/selling';
import { sensitive } from './practices/sensitive';
import { sharing } from './practices/sharing';
import { tracking } from './practices/tracking';
import { transfers } from './practices/transfers';

/** Every practice, in the order the popup and exports show them. Adding a practice = one line here. */
export const PRACTICES: { [K in PracticeId]: Practice<K> } = {
  tracking,
  selling,
  retention,
  age,
  // "More practices": shown after the four main badges.
  sharing,
  rights,
  security,
  changes,
  dnt,
  transfers,
  sensitive,
  contact,
};

export const PRACTICE_LIST: Practice[] = Object.values(PRACTICES) as Practice[];
