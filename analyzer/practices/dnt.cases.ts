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
  // Wider wording (blind-written policies and probes): other verbs of honouring and ignoring, a reply that says "such a
  // signal", passives, and a signal that switches a tool off.
  {
    text: 'If a teacher visits with Do Not Track switched on, we respect the signal and do not record that visit.',
    verdict: 'honoured',
    note: '"respect" is a response like "honor"',
  },
  {
    text: 'With respect to Do Not Track, our website does not change its practices when it receives the signal.',
    verdict: 'not-honoured',
    note: '"with respect to" is no response: the refusal after it decides',
  },
  {
    text: 'Your browser may send a Do Not Track signal. We currently do not alter our practices when we receive such a signal.',
    verdict: 'not-honoured',
    first: 'We currently do not alter',
    note: 'a reply that refers back with "such a signal"',
  },
  {
    text: 'Browser-based Do Not Track requests are not acted upon by this site.',
    verdict: 'not-honoured',
    note: 'passive "not acted upon"',
  },
  { text: 'Do Not Track signals are ignored by our servers.', verdict: 'not-honoured', claim: 'ignores', note: 'passive "are ignored"' },
  {
    text: "A Do Not Track signal is ignored by some websites, so check each site's policy.",
    verdict: 'not-mentioned',
    note: 'others ignore it: no stance of this site',
  },
  {
    text: 'When we detect a DNT signal, we disable our analytics scripts for your visit.',
    verdict: 'honoured',
    claim: 'turns-off',
    note: 'switching a tool off is honouring',
  },
  {
    text: 'If you want, you can send a Do Not Track signal and disable cookies in your browser.',
    verdict: 'not-mentioned',
    note: 'the user disables cookies: no stance of the site',
  },
  {
    text: 'The Sites are not configured to respond to Do Not Track requests. However, where your browser transmits a Global Privacy Control signal, Acme will process that signal as a valid request to opt out of the sale of personal information.',
    verdict: 'honoured',
    first: 'Acme will process that signal',
    note: 'GPC honoured by a policy that names itself, DNT not: the honouring decides and comes first',
  },
  {
    text: 'Browsers that send the GPC signal will be automatically opted out of targeted advertising on our site.',
    verdict: 'honoured',
    note: 'passive "opted out" by the site',
  },
  {
    text: 'DNT settings in your browser will have no effect on how we collect information.',
    verdict: 'not-honoured',
    claim: 'ignores',
    note: 'the signal has no effect: ignored',
  },
  {
    text: 'Clearing your cookies will have no effect on your Do Not Track setting.',
    verdict: 'not-mentioned',
    note: 'must not catch: something else has no effect on the signal',
  },
  // The site speaking by the name it defined for itself beside "we".
  {
    text: 'Acme Widgets, Inc. ("Acme", "we", "us") operates this website. Acme honors the Global Privacy Control signal.',
    verdict: 'honoured',
    first: 'Acme honors',
    note: 'the site names itself: its own stance',
  },
  {
    text: 'Acme honors the Global Privacy Control signal.',
    verdict: 'not-mentioned',
    note: 'must not catch: a name the policy never defined as itself could be anyone',
  },
  {
    text: 'Acme Widgets, Inc. ("Acme", "we", "us") operates this website. Firefox, Brave and DuckDuckGo support Global Privacy Control.',
    verdict: 'not-mentioned',
    note: 'must not catch: browsers supporting the signal is no stance of the site',
  },
  // Other writers' wording (issue 10): a refusal that says the site behaves the same.
  {
    text: "Our website doesn't change what it does when your browser sends a Do Not Track signal.",
    verdict: 'not-honoured',
    claim: 'ignores',
    note: 'no change in behaviour is a refusal',
  },
  {
    text: 'Some browsers have a "do not track" setting. There is no agreed standard for that setting yet, so this site doesn\'t do anything differently when it is turned on.',
    verdict: 'not-honoured',
    note: 'the reply in the next sentence, "doing nothing differently"',
  },
  {
    text: 'When a browser sends a Global Privacy Control signal, we treat that browser differently: no advertising cookies are set.',
    verdict: 'honoured',
    note: 'treating the browser differently is a response',
  },
  {
    text: 'We respect browser-based Do-Not-Track settings and disable third-party analytics when they are turned on.',
    verdict: 'honoured',
    note: '"third-party analytics" is what the site turns off, not others responding',
  },
  {
    text: 'Third parties may respond differently to Do Not Track signals.',
    verdict: 'not-mentioned',
    note: 'must not catch: others respond, not the site',
  },
  {
    text: 'Some states require businesses to treat Global Privacy Control as an opt-out request.',
    verdict: 'not-mentioned',
    note: 'must not catch: what the law asks of businesses, not this site',
  },
  {
    text: 'Our services work the same way whether or not your browser sends a Do Not Track signal.',
    verdict: 'not-honoured',
    claim: 'ignores',
  },
  {
    text: 'We are unable to honour Do Not Track signals because no common standard has been adopted.',
    verdict: 'not-honoured',
    claim: 'ignores',
    note: 'inability is a refusal',
  },
  {
    text: 'Our sites read the Global Privacy Control header and switch off ad personalisation for that browser.',
    verdict: 'honoured',
  },
  {
    text: 'You can turn off Do Not Track in your browser settings.',
    verdict: 'not-mentioned',
    note: 'must not catch: the user switches the setting, the site says nothing',
  },
  {
    text: "If your browser sends GPC, we'll stop sharing your data for ads.",
    verdict: 'honoured',
    note: 'the promise with a contraction ("we\'ll")',
  },
  // Holdout end: honouring a signal phrased as opting the browser or device out ("we will opt that browser out").
  {
    text: 'When we receive a Global Privacy Control signal, we opt that browser out of targeted advertising.',
    verdict: 'honoured',
    note: '"opt that browser out"',
  },
  {
    text: 'If your browser sends GPC, we will opt the device out of the sale of data.',
    verdict: 'honoured',
    note: '"opt the device out"',
  },
  {
    text: 'Where our site detects an opt-out preference signal, it will opt the associated user out of sharing.',
    verdict: 'honoured',
    note: '"opt the associated user out", the site as subject',
  },
  {
    text: 'Upon receiving a Do Not Track request, we opt your browser and device out of analytics cookies.',
    verdict: 'honoured',
    note: '"opt your browser and device out"',
  },
  {
    text: 'Our website opts any browser sending the Global Privacy Control out of third-party cookies.',
    verdict: 'honoured',
    note: '"opts any browser sending GPC out"',
  },
  {
    text: 'You can opt out of cookies in your browser, but we do not respond to Do Not Track signals.',
    verdict: 'not-honoured',
    note: 'must not catch: the user opts out, the site refuses the signal',
  },
  {
    text: 'We do not opt your browser out when it sends a Do Not Track signal.',
    verdict: 'not-honoured',
    note: 'must not catch: the opting out denied',
  },
  {
    text: 'If your browser sends a Do Not Track signal, our script does not record your visit at all.',
    verdict: 'honoured',
    note: 'the site’s tool as the subject of the denial',
  },
  {
    text: 'For statistics we use Matomo on our own server. Matomo is configured to respect the "Do Not Track" setting of your browser.',
    verdict: 'honoured',
    note: 'a tool the site configured answers for the site',
  },
  {
    text: 'Your browser may be set to send Do Not Track signals.',
    verdict: 'not-mentioned',
    note: 'must not: the browser set to send the signal says nothing of the site',
  },
]);
