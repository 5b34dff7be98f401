import { findDurations } from '../numbers';
import { isNegated } from '../negation';
import { confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { RetentionVerdict } from '../types';

const KEEP = /\b(?:retain\w*|retention|keep|keeps|kept|keeping|store|stores|stored|storing|storage|preserve[sd]?|maintain(?:s|ed)?|hold|holds|held|archive[sd]?|log(?:s|ged)?)\b/i;
const REMOVE = /\b(?:delete[sd]?|deleting|deletion|erase[sd]?|purge[sd]?|destroy(?:s|ed)?|remove[sd]?|anonymi[sz]e[sd]?|de-?identif(?:y|ied)|discard(?:s|ed)?|expire[sd]?|overwritten)\b/i;
const INDEFINITE = /\b(?:indefinitely|permanently|forever|in perpetuity|for an unlimited|no (?:set )?(?:expiration|time limit)|unlimited (?:period|time))\b/i;
const UNTIL_DELETION = /\b(?:as long as (?:your|the|you)\b[^.]*?\b(?:account|membership|subscription|registration|profile|active|customer|member|user)|(?:while|for as long as) (?:your account|you (?:are|remain) a|you have an account|you use)|until (?:you|your account|such time as you)\b[^.]*?\b(?:delete|close|cancel|terminate|deactivate|request|ask|unsubscribe|opt[- ]out|withdraw)|(?:for )?the (?:life|duration) of your (?:account|membership|subscription|relationship))/i;
const VAGUE = /\b(?:(?:length|period|amount) of time (?:that is |which is )?(?:needed|necessary|required|reasonabl[ey])|as long as (?:is |it is |we deem |reasonably )?(?:necessary|needed|required|appropriate|reasonabl[ey]|permitted)|as long as we (?:need|have a|deem)|for (?:as long as|the (?:period|time)) (?:is |that is )?(?:necessary|needed|required|reasonabl[ey])|(?:as|where) (?:required|permitted) by (?:applicable )?law|(?:for|during) a (?:reasonable|limited|certain|period of) (?:period|time|amount of time)|retention (?:policies|policy|schedules?|periods?|requirements)|no longer (?:than )?(?:necessary|needed|required)|legal (?:obligations|requirements)|only for (?:as long as|the time))/i;
/** Deadlines for answering people are not retention. */
const RESPONSE = /\b(?:respond|response|reply|answer|process (?:your|the|such) request|notify|notice|notification|business days|take effect|to (?:honor|comply with) your|opt[- ]out requests?|unsubscribe requests?|of (?:the )?(?:date|receipt)|after (?:receiving|receipt)|return (?:policy|period)|trial|refund|free)\b/i;
const DATA = /\b(?:information|data|records?|logs?|files?|details|content|messages?|history|address(?:es)?|accounts?|backups?|copies)\b/i;
/** A user's own deletion right implies the data stays until it is used. */
const USER_DELETES = /\b(?:you|parents?|guardians?|users?) (?:can|may|have the right to)\b[^.]{0,60}?\b(?:delete|remove|erase)\b[^.]{0,40}?\b(?:information|data|account)|\brequest (?:that we |to have (?:your |the )?(?:information|data)? ?)?(?:delete|deleted|deletion|erase|erasure)\b/i;
const COOKIE_LIFE = /\bcookies?\b/i;

export const retention: Practice<'retention'> = {
  id: 'retention',
  title: 'Data retention',
  question: 'How long do they keep your data?',
  verdicts: {
    period: { label: 'Fixed period', tone: 'good' },
    'until-deletion': { label: 'Until you delete it', tone: 'caution' },
    indefinite: { label: 'Kept indefinitely', tone: 'bad' },
    vague: { label: 'No clear period', tone: 'caution' },
    'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
  },
  candidate: /\b(?:retain|retention|keep|kept|stor|preserv|maintain|hold|held|archiv|log|delet|eras|purg|destroy|remov|anonymi|de-?identif|discard|expire|overwritten|indefinite|permanent|forever|as long as)/i,
  judge(sentence) {
    const text = sentence.text;
    const keepAt = text.search(KEEP);
    const removeAt = text.search(REMOVE);
    const retainWord = keepAt >= 0 || removeAt >= 0;
    if (!retainWord) return [];
    const about = DATA.test(text) || /retention|how long/i.test(sentence.heading);
    if (!about) return [];
    const hits: Hit<RetentionVerdict>[] = [];
    const cookieOnly = COOKIE_LIFE.test(text) && !/\b(?:information|data|records?|logs?)\b/i.test(text.replace(/cookie data/gi, ''));
    const negatedKeep = keepAt >= 0 && isNegated(text, keepAt);
    const indef = INDEFINITE.exec(text);
    if (indef && keepAt >= 0 && !isNegated(text, indef.index) && !negatedKeep && !cookieOnly) {
      hits.push({ verdict: 'indefinite', sentence, strength: 0.85, reason: 'Says data may be kept indefinitely or permanently.' });
    }
    if (!RESPONSE.test(text) && !cookieOnly) {
      const durations = findDurations(text).filter((d) => !/\b(?:age|old)\b/i.test(text.slice(d.index + d.text.length, d.index + d.text.length + 12)));
      if (durations.length) {
        const days = Math.max(...durations.map((d) => d.days));
        const deleted = removeAt >= 0 ? 'deleted' : 'kept';
        hits.push({ verdict: 'period', sentence, strength: 0.85, days, reason: `States a retention period: data is ${deleted} after ${durations.map((d) => d.text).join(', ')}.` });
      }
    }
    if (UNTIL_DELETION.test(text)) {
      hits.push({ verdict: 'until-deletion', sentence, strength: 0.8, reason: 'Data is kept while the account is active or until you ask for deletion.' });
    } else if (USER_DELETES.test(text)) {
      hits.push({ verdict: 'until-deletion', sentence, strength: 0.4, reason: 'You can have your data deleted, which implies it is kept until then.' });
    } else if (VAGUE.test(text) && keepAt >= 0 && !negatedKeep) {
      hits.push({ verdict: 'vague', sentence, strength: 0.7, reason: 'Keeps data “as long as necessary” or as the law requires, with no period.' });
    }
    return hits;
  },
  combine(hits) {
    const order: RetentionVerdict[] = ['indefinite', 'period', 'until-deletion', 'vague'];
    for (const verdict of order) {
      const found = strongest(hits, verdict);
      if (!found.length) continue;
      const days = verdict === 'period' ? Math.max(...found.map((h) => h.days ?? 0)) : null;
      const summary = {
        indefinite: 'The policy says some data may be kept indefinitely.',
        period: `The policy states how long data is kept: up to ${days} day${days === 1 ? '' : 's'}.`,
        'until-deletion': 'Data is kept while your account is active or until you ask for it to be deleted.',
        vague: 'The policy says data is kept as long as necessary, without a concrete period.',
        'not-mentioned': '',
      }[verdict];
      return { verdict, confidence: confidenceOf(found), summary, evidence: toEvidence(found), days };
    }
    return { verdict: 'not-mentioned', confidence: 0.5, summary: 'The policy does not say how long data is kept.', evidence: [], days: null };
  },
};
