import type { ConceptCases } from './cases';

export default {
  NEGATOR: {
    must: [
      'we do not sell',
      'we never rent',
      "we don't share",
      'we won’t keep',
      'no cookies are set',
      'without your consent',
      'None of our processors transfers data',
    ],
    reject: ['we notice changes', 'we know', 'nothing here', 'the nonprofit', 'nonetheless we share'],
  },
  SCOPE_BREAK: {
    must: ['we do not share it; we sell it', 'not shared, but sold', 'except as required', 'no ads, and we track'],
    reject: ['we do not sell or rent', 'sold to partners and affiliates'],
  },
  CLOSED_ASIDE: {
    must: ['Coded data (without your name or address) will be shared', '(not including payment data)'],
    reject: ['We do not share it', 'data (without your name'],
  },
  NOT_A_DENIAL: {
    must: ['not only sell', 'no later than 30 days', 'no longer than necessary', "not less than thirty (30) days' notice", 'no fewer than'],
    reject: ['not sell', 'no data', 'not later', 'not less', 'we do not keep it longer'],
  },
  EXCEPTION: {
    must: ['except as described below', 'unless you agree', 'without your consent'],
    reject: ['with your consent', 'we never do it'],
  },
} satisfies ConceptCases;
