import type { ConceptCases } from './cases';

export default {
  ENDS_IN_QUESTION: {
    must: ['How do we respond to Do Not Track?', 'Will this policy change? '],
    reject: ['We answer every question.', 'Questions? Contact us at privacy@example.com.'],
  },
  HOW_LINE: {
    must: ['How we respond to Do Not Track', '• How we use cookies'],
    reject: ['We explain how we respond to Do Not Track.', 'However, we do not respond'],
  },
  HOW_CONTENTS_ITEM: {
    must: ['3. How we protect your information', 'How to contact us', 'How do we keep data safe'],
    reject: ['We explain how we protect your information.', 'However, we use encryption', 'How long we keep data'],
  },
} satisfies ConceptCases;
