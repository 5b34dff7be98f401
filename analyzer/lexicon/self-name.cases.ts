import type { ConceptCases } from './cases';

export default {
  SELF_NAME: {
    must: [
      'Owlbook Learning, Inc. ("Owlbook," "we," "us") runs the platform',
      'together with its affiliates (collectively, "Meridian," the "Company," "we," "us," or "our")',
      'When this notice says "Stridewise", "we", "us" or "our", it means Stridewise Labs Inc.',
      'Hebden & Wray Tea Merchants Ltd ("Hebden & Wray", "we", "our")',
      'CareNow Telehealth Pty Ltd (“CareNow”, “we”, “us”)',
    ],
    reject: [
      '"Personal Information" means information that identifies you',
      'click the "Do Not Sell My Personal Information" link',
      'the terms "we" and "us" mean the company',
      '("you", "your") means the user, and "we" means us',
    ],
  },
} satisfies ConceptCases;
