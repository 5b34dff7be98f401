import { defineCases } from '../practice';
import type { TrackingVerdict } from '../types';

export default defineCases<TrackingVerdict>([
  { text: 'We use Google Analytics to understand how visitors use our site.', verdict: 'third-party', trackers: ['Google Analytics'] },
  { text: 'Our advertising partners may place cookies and web beacons on your browser.', verdict: 'third-party' },
  { text: 'Third-party ad networks may use tracking technologies to serve ads based on your interests.', verdict: 'third-party' },
  { text: 'This site uses the Facebook Pixel and DoubleClick for remarketing.', verdict: 'third-party', trackers: ['DoubleClick', 'Facebook Pixel'] },
  { text: 'We use cookies to remember your preferences and keep you signed in.', verdict: 'first-party' },
  { text: 'Our website uses session cookies that are deleted when you close your browser.', verdict: 'first-party' },
  { text: 'We do not use cookies on this website.', verdict: 'none' },
  { text: 'This site does not use cookies or any other tracking technology.', verdict: 'none' },
  { text: 'We are not responsible for the cookies used by websites that you link to from our site.', verdict: 'not-mentioned', note: 'other sites' },
  { text: 'We collect your name and address when you place an order.', verdict: 'not-mentioned' },
  { text: 'When you visit the site you may notice some cookies that are not related to it.', verdict: 'third-party' },
]);
