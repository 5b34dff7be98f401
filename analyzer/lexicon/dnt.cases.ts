import type { ConceptCases } from './cases';

export default {
  SIGNAL_RESPONSE: {
    must: ['We do not respond to SIGNAL', 'our site honors SIGNAL', 'we will opt you out', 'we do not take any action'],
    reject: ['SIGNAL is a browser setting', 'Browsers send SIGNAL to websites'],
  },
  IGNORES_SIGNAL: {
    must: [
      'regardless of your SIGNAL settings',
      'We ignore SIGNAL',
      'our practices continue to apply even if you send SIGNAL',
      'we take no action',
    ],
    reject: ['We honor SIGNAL', 'If you enable SIGNAL, we stop tracking'],
  },
} satisfies ConceptCases;
