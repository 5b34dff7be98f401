import { browser } from 'wxt/browser';
import { extractPolicyText } from '../../utils/extract-policy-text';
import { isFromExtension } from '../../utils/message-guards';
import { onMessage } from '../../utils/messages';

// Parses a watched policy's HTML for the worker. DOMParser documents are inert: no script runs, nothing loads.
onMessage('extractHtml', ({ data, sender }) => {
  if (!isFromExtension(sender, browser.runtime.id)) throw new Error('extractHtml is accepted from PolicyLens only');
  if (typeof data?.html !== 'string') throw new TypeError('expected { html }');
  const doc = new DOMParser().parseFromString(data.html, 'text/html');
  const { text, title } = extractPolicyText(doc);
  return { text, title };
});
