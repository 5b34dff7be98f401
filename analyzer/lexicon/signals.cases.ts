import type { ConceptCases } from './cases';

export default {
  SIGNAL_TURNS_OFF: {
    must: [
      'If you visit our website with a browser transmitting SIGNAL, we will not share for targeted advertising or sell your personal information',
      'When we detect a SIGNAL, we stop sharing your data',
      "If your browser sends SIGNAL, we'll stop sharing your data for ads",
      'When we detect a SIGNAL signal, we disable our analytics scripts for your visit',
      'If your browser sends SIGNAL, we will not record that visit',
      'If your browser sends a SIGNAL signal, our script does not record your visit at all',
      'If your browser sends SIGNAL, we do not track you',
      'Where SIGNAL is switched on, we automatically switch off advertising tags',
    ],
    reject: [
      'If you visit our website using a browser that does not transmit SIGNAL, click the Do Not Sell link',
      'We do not respond to SIGNAL signals, and we will not stop tracking',
      'If you enable SIGNAL, third parties may still track you',
      'If you enable SIGNAL, you can disable cookies in your browser too',
      'We disable tracking when you ask us to, whatever SIGNAL says',
    ],
  },
  REFERS_TO_SIGNAL: {
    must: [
      'Therefore, we do not respond to such signals',
      'we do not honor these browser requests',
      'We currently do not alter our practices when we receive such a signal',
      'we cannot act on that setting',
    ],
    reject: ['We do not respond.', 'We do not sell your data.', 'Such an approach is not feasible', 'a request to delete your data'],
  },
} satisfies ConceptCases;
