import type { ConceptCases } from './cases';

export default {
  SIGNAL_TURNS_OFF: {
    must: [
      'If you visit our website with a browser transmitting SIGNAL, we will not share for targeted advertising or sell your personal information',
      'When we detect a SIGNAL, we stop sharing your data',
    ],
    reject: [
      'If you visit our website using a browser that does not transmit SIGNAL, click the Do Not Sell link',
      'We do not respond to SIGNAL signals, and we will not stop tracking',
      'If you enable SIGNAL, third parties may still track you',
    ],
  },
  REFERS_TO_SIGNAL: {
    must: ['Therefore, we do not respond to such signals', 'we do not honor these browser requests'],
    reject: ['We do not respond.', 'We do not sell your data.'],
  },
} satisfies ConceptCases;
