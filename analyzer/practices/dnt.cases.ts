import { defineCases } from '../practice';
import type { DntVerdict } from '../types';

export default defineCases<DntVerdict>([
  { text: 'We honor Do Not Track signals and do not track users who enable them.', verdict: 'honoured' },
  {
    text: 'We treat a Global Privacy Control signal as a valid request to opt out of the sale of your data.',
    verdict: 'honoured',
    note: 'GPC counts as honoured',
  },
  { text: 'Our site responds to DNT browser settings by turning off analytics.', verdict: 'honoured', claim: 'responds' },
  { text: 'We do not currently respond to "Do Not Track" browser signals.', verdict: 'not-honoured', claim: 'ignores' },
  { text: 'Our site is not set up to process or respond to Do-Not-Track signals.', verdict: 'not-honoured' },
  {
    text: 'Our practices continue to apply as described here, regardless of any Do Not Track signal your browser sends.',
    verdict: 'not-honoured',
  },
  { text: 'How we respond to Do Not Track signals', verdict: 'not-mentioned', note: 'a heading' },
  {
    text: 'Some browsers offer a Do Not Track feature that tells websites you do not want to be tracked.',
    verdict: 'not-mentioned',
    note: 'describes the feature, takes no stance',
  },
  { text: 'Do Not Track is a standard that is still under development.', verdict: 'not-mentioned' },
  { text: 'We do not track you across other websites.', verdict: 'not-mentioned', note: 'no signal named' },
  // Frames: the law's question is not the site's answer; the answer may refer back.
  { text: 'California law requires us to tell you how we respond to web browser Do Not Track signals.', verdict: 'not-mentioned' },
  {
    text: 'California law requires that we disclose whether we acknowledge Do Not Track signals. We do not do so.',
    verdict: 'not-honoured',
    claim: 'not-so',
  },
  {
    text: 'Although we do our best to honor the preferences of our visitors, we are not able to respond to Do Not Track signals at this time.',
    verdict: 'not-honoured',
    note: 'the response nearest the signal decides',
  },
  { text: 'With respect to Do Not Track signals, we currently do not take action in response to these signals.', verdict: 'not-honoured' },
  {
    text: 'Residents may also set the Global Privacy Control (GPC) to opt out of the sale of their personal information.',
    verdict: 'honoured',
    note: 'the signal accepted as an opt-out',
  },
  // A reply that refers back is read with the signal before it, and shown with it; a signal that switches a sale off is honoured.
  {
    text: 'There is no commonly accepted response for Do Not Track signals. Therefore, we do not respond to such signals.',
    verdict: 'not-honoured',
    first: 'Therefore, we do not respond',
  },
  {
    text: 'Some browsers offer a Do Not Track setting. We honor these signals by turning off analytics.',
    verdict: 'honoured',
    first: 'We honor these signals',
  },
  {
    text: 'Some browsers offer a Do Not Track setting. Such signals are not yet a common standard.',
    verdict: 'not-mentioned',
    note: 'the next sentence takes no stance either',
  },
  {
    text: 'If you visit our website with a browser transmitting GPC, we will not share for targeted advertising or sell your personal information associated with your visit.',
    verdict: 'honoured',
    confidence: 'high',
  },
]);
