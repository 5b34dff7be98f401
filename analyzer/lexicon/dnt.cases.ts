import type { ConceptCases } from './cases';

export default {
  SIGNAL_RESPONSE: {
    must: [
      'we will opt that browser or device out of cookies',
      'opts any browser sending SIGNAL out',
      'We do not respond to SIGNAL',
      'our site honors SIGNAL',
      'we will opt you out',
      'we do not take any action',
      'we respect the signal',
      'SIGNAL requests are not acted upon by this site',
      'browsers that send SIGNAL will be automatically opted out',
      "Our website doesn't change what it does when your browser sends SIGNAL",
      "this site doesn't do anything differently when it's turned on",
      'we do not treat such browsers differently',
      'Our sites read SIGNAL and switch off ad personalisation for that browser',
    ],
    reject: [
      'SIGNAL is a browser setting',
      'Browsers send SIGNAL to websites',
      'With respect to SIGNAL signals',
      'in respect of SIGNAL',
      'what a website should do when it sees SIGNAL',
      'you can change your browser settings',
    ],
  },
  IGNORES_SIGNAL: {
    must: [
      'regardless of your SIGNAL settings',
      'We ignore SIGNAL',
      'our practices continue to apply even if you send SIGNAL',
      'we take no action',
      'SIGNAL signals are ignored by our servers',
      'SIGNAL requests will be disregarded',
      'SIGNAL settings in your browser will have no effect on how we collect information',
      'Our services work the same way whether or not your browser sends a SIGNAL',
      'We are unable to honour SIGNAL signals',
    ],
    reject: [
      'We honor SIGNAL',
      'If you enable SIGNAL, we stop tracking',
      'SIGNAL is ignored by some websites, but not by ours',
      'Clearing cookies will have no effect on SIGNAL',
    ],
  },
  OTHERS_RESPOND: {
    must: ['third parties may respond to SIGNAL', 'third-party websites may honour it', 'Some browsers offer a SIGNAL setting'],
    reject: ['we disable third-party analytics when SIGNAL is on', 'we honour SIGNAL on this site', 'browser-based SIGNAL settings'],
  },
  DUTY_OF_BUSINESSES: {
    must: ['Some states require businesses to treat SIGNAL as an opt-out', 'the law obliges websites to honour SIGNAL'],
    reject: ['we are required to honour SIGNAL', 'we require partners to respect your choice', 'businesses that honour SIGNAL'],
  },
  DO_NOT_TRACK: {
    must: ['We do not respond to Do Not Track signals', 'browser do-not-track settings', 'DNT'],
    reject: ['we do not trace your calls', 'DNTL records', 'tracking cookies'],
  },
  GLOBAL_PRIVACY_CONTROL: {
    must: ['We honor the Global Privacy Control', 'a GPC signal', 'a universal opt-out preference signal'],
    reject: ['global privacy laws', 'your opt-out preferences'],
  },
  PRIVACY_SIGNAL_NAME: {
    must: ['Do Not Track', 'the GPC', 'an opt-out preference signal', 'global privacy control'],
    reject: ['we do not trace your calls', 'global privacy laws', 'your marketing preferences'],
  },
  CONFIGURED_TO: {
    must: ['Matomo is configured to respect the Do Not Track setting', 'the tool has been set up to honour GPC'],
    reject: ['we configured the tool', 'set your browser to send the signal'],
  },
  SITE_SPEAKS: {
    must: ['we respond to SIGNAL', 'our site honors SIGNAL', 'the website responds to SIGNAL'],
    reject: ['browsers may send SIGNAL', 'some websites respond to SIGNAL'],
  },
  NOT_SO: {
    must: ['We do not do so.', 'We currently do not.', 'We don’t honor them.', 'we cannot respond'],
    reject: ['We do not sell your data.', 'We do so.'],
  },
} satisfies ConceptCases;
