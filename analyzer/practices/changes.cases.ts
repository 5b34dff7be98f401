import { defineCases } from '../practice';
import type { ChangesVerdict } from '../types';

export default defineCases<ChangesVerdict>([
  {
    text: 'If we make material changes to this policy, we will notify you by e-mail before they take effect.',
    verdict: 'notified',
    claim: 'before',
  },
  { text: 'We will ask for your consent before applying changes to this privacy policy to data we already hold.', verdict: 'notified' },
  { text: 'When we update this Privacy Notice we will display a prominent notice on our home page.', verdict: 'notified' },
  { text: 'If we change this policy, we will post a notice on our home page.', verdict: 'notified', claim: 'notice' },
  {
    text: 'We may update this privacy policy from time to time; please check this page periodically.',
    verdict: 'posted-only',
    claim: 'posted',
  },
  { text: 'Your continued use of the site after we post changes to this policy means you accept them.', verdict: 'posted-only' },
  {
    text: 'We may change this Privacy Policy at any time without notice.',
    verdict: 'posted-only',
    note: '"without notice" is not a notice',
  },
  {
    text: 'We will notify you of changes by posting the revised policy on this page.',
    verdict: 'posted-only',
    note: 'a posting, not a notice',
  },
  {
    text: 'You may update your personal information in your account at any time, as this policy explains.',
    verdict: 'not-mentioned',
    note: "the user's data changes, not the policy",
  },
  { text: 'We will not notify you by e-mail about new products.', verdict: 'not-mentioned' },
  { text: 'What happens when this policy changes?', verdict: 'not-mentioned', note: 'a question heading' },
  // Frames: purposes lists and company sales promise nothing; a continuation leans on the sentence before.
  {
    text: '- Notifying you about changes to this Privacy Statement or to our programs',
    verdict: 'not-mentioned',
    note: 'a purpose of processing, listed',
  },
  {
    text: 'Notifying you about changes to this Privacy Statement or to our programs',
    verdict: 'not-mentioned',
    note: 'the same item from a page list, its bullet lost',
  },
  {
    text: 'Communications to notify you of any aspect of our contract with you, such as changes in terms and conditions or privacy policy.',
    verdict: 'not-mentioned',
    note: 'a kind of message listed, no promise',
  },
  {
    text: 'Notifying you of changes to this policy, we will send you an e-mail before they apply.',
    verdict: 'notified',
    note: 'a "we" promises it: a statement, not an item',
  },
  {
    text: 'If such a change happens to our business, the buyer will inform you about how it uses your information under this policy.',
    verdict: 'not-mentioned',
    note: 'a company sale',
  },
  {
    text: 'From time to time, we may change this Privacy Policy. If we do, we will post an amended version on this webpage.',
    verdict: 'posted-only',
  },
  {
    text: 'From time to time, we may change this Privacy Policy. If we do, we will place a notice online before the changes apply.',
    verdict: 'notified',
  },
  { text: 'Any changes will become effective when we post the revised Privacy Policy on our platform.', verdict: 'posted-only' },
  // A notice by editing the page is a posting; a notice the site only may give is no promise.
  {
    text: 'We will let you know when we update the Privacy Statement by changing the date or other appropriate means.',
    verdict: 'posted-only',
    confidence: 'high',
  },
  {
    text: 'We will notify you about any changes to this Policy by updating the "Last updated" date at the top of this Policy.',
    verdict: 'posted-only',
  },
  {
    text: 'We will notify you about any changes to this Policy by updating the date. In some cases, we may also notify you of Policy updates via email.',
    verdict: 'posted-only',
    first: 'by updating the date',
    note: 'a possible e-mail does not outweigh the firm rule',
  },
  {
    text: 'We may notify you of changes to this policy by email.',
    verdict: 'notified',
    confidence: 'low',
    note: 'a possibility alone still says how changes may be announced',
  },
  {
    text: 'Changes to this policy apply to data you gave us before only if we receive your consent to the new policy.',
    verdict: 'notified',
    confidence: 'high',
  },
  // Wider wording (blind-written policies and probes).
  {
    text: 'We will not make a material change to this policy without first notifying schools and parents by email at least thirty days in advance.',
    verdict: 'notified',
    claim: 'before',
    note: 'two negatives, one promise: "not ... without first notifying"',
  },
  {
    text: 'We may change this policy without notice.',
    verdict: 'posted-only',
    note: 'must not catch: "without notice" with no "not" before it is no promise',
  },
  {
    text: 'The revised version of this policy will be effective when it is posted, and the date at the top will change.',
    verdict: 'posted-only',
    claim: 'posted',
    note: 'in force once posted',
  },
  {
    text: 'Updated versions of this policy will be posted here; the date they take effect is shown at the top.',
    verdict: 'posted-only',
    claim: 'posted',
  },
  {
    text: 'Changes to this policy\n\nWe review this policy regularly and may update it from time to time. Any changes will be published on this page, so please check back occasionally.',
    verdict: 'posted-only',
    first: 'Any changes will be published',
    note: 'the site reviewing its policy is no posting rule; the posting sentence comes first',
  },
  {
    text: 'You will be asked to accept the revised privacy policy the next time you sign in.',
    verdict: 'notified',
    claim: 'before',
    note: 'consent asked again',
  },
  {
    text: 'Changes to this policy\n\nYou can change your email preferences at any time in your account.',
    verdict: 'not-mentioned',
    note: 'must not catch: the user changing their own data under a changes heading',
  },
  {
    text: 'Changes to this policy\n\nWhere changes are material, we will email registered users before they take effect.',
    verdict: 'notified',
    claim: 'before',
    note: '"email" as a verb',
  },
  {
    text: 'Changes to this policy\n\nQuestions about changes? You can email us at privacy@example.com.',
    verdict: 'not-mentioned',
    note: 'must not catch: the user e-mails the site',
  },
  {
    text: 'We will give you at least 30 days notice of any material change to this privacy policy.',
    verdict: 'notified',
  },
  { text: 'Changes to this policy\n\nChanges take effect on the date they are posted.', verdict: 'posted-only', claim: 'posted' },
  // Other writers' wording (issue 10): recipients beyond "you", notice as a term, a heading that is only "Changes".
  {
    text: 'Should we revise this notice in a way that materially affects you, you will receive an email at least 30 days before the revision applies.',
    verdict: 'notified',
    claim: 'before',
    note: 'the user receives the notice (passive of "send")',
  },
  {
    text: 'Changes to this policy\n\nIf we change how we handle pupil records, we will e-mail each school administrator before it takes effect.',
    verdict: 'notified',
    claim: 'before',
    note: 'e-mail with a named recipient, and "before it takes effect"',
  },
  {
    text: "Changes to this policy\n\nThe Provider shall give you not less than thirty (30) days' notice of any amendment, whether by post or by e-mail.",
    verdict: 'notified',
    claim: 'before',
    note: '"not less than" limits, it does not deny the notice',
  },
  {
    text: 'Material amendments to this Statement will be communicated to registered users by electronic mail prior to their effective date.',
    verdict: 'notified',
    claim: 'before',
    note: 'communicated to users, by electronic mail',
  },
  {
    text: 'Where a change to this policy would reduce your rights, we will contact you directly in good time before it takes effect.',
    verdict: 'notified',
    claim: 'before',
  },
  {
    text: 'Updates to this privacy policy will be announced with a banner across the top of the app.',
    verdict: 'notified',
    claim: 'notice',
    note: 'a banner is a notice the user sees',
  },
  {
    text: 'Amendments\n\nWe may revise these arrangements from time to time, and any revision takes effect once it is published here.',
    verdict: 'posted-only',
    claim: 'posted',
    note: 'a heading that is only a change word stands for the policy',
  },
  {
    text: "Changes\n\nIf I change anything here, I'll update this page.",
    verdict: 'posted-only',
    claim: 'posted',
    note: 'the page itself is edited: a posting',
  },
  {
    text: 'By continuing to access the Services after the revised policy is published, you agree to be bound by it.',
    verdict: 'posted-only',
  },
  {
    text: 'Changes to this policy become effective as soon as they are uploaded to this website.',
    verdict: 'posted-only',
  },
  {
    text: 'Updates\n\nWe send product updates to subscribers every month.',
    verdict: 'not-mentioned',
    note: 'must not catch: a bare "Updates" heading over news is no policy change (no change word in a policy sense, no notice)',
  },
  {
    text: 'We will email you when your order has shipped or if we need to change your delivery date.',
    verdict: 'not-mentioned',
    note: 'must not catch: an e-mail about an order, not about this policy',
  },
  {
    text: 'Changes to this policy\n\nPlease tell us within 30 days of any change to your contact details.',
    verdict: 'not-mentioned',
    note: 'must not catch: "30 days" and "change" about the user\'s details, no notice promised',
  },
  {
    text: 'Registered members will be emailed a summary of any significant revision to this Policy.',
    verdict: 'notified',
    claim: 'before',
    note: 'the passive of an e-mail sent',
  },
  {
    text: 'If we amend this policy in a way that matters, you will see an in-app notice the next time you open the app.',
    verdict: 'notified',
    claim: 'notice',
  },
  {
    text: 'Significant changes to this policy will be highlighted in a notice on our homepage before they take effect.',
    verdict: 'notified',
  },
  {
    text: 'Your use of the app after changes to this policy are made constitutes your acceptance of them.',
    verdict: 'posted-only',
    claim: 'posted',
  },
  {
    text: 'Changes to this policy\n\nThe current version of this policy will always be available on this page.',
    verdict: 'posted-only',
    claim: 'posted',
  },
  {
    text: 'Changes to this policy\n\nData sent to us by your school is described in this notice.',
    verdict: 'not-mentioned',
    note: 'must not catch: "sent to us" is no notice to users, "in this notice" is the document',
  },
  {
    text: 'Changes to this policy\n\nIf we make material changes, we will email the address on your account at least 14 days beforehand.',
    verdict: 'notified',
    claim: 'before',
    note: 'an e-mail to "the address on your account" is an e-mail to you',
  },
  {
    text: 'Changes to this policy\n\nAny update to this notice will be announced in the app.',
    verdict: 'notified',
    note: 'an announcement is a notice',
  },
  {
    text: 'Changes to this policy\n\nYou will be asked to accept the new terms the next time you log in.',
    verdict: 'notified',
    claim: 'before',
    note: 'consent asked again, with no change word in the sentence (the heading carries it)',
  },
  {
    text: 'Changes to this policy\n\nContinued use after an update means you accept the revised policy.',
    verdict: 'posted-only',
    note: 'continued use as acceptance, said with a verb',
  },
  {
    text: 'Changes to this policy\n\nThe date at the top of this page shows when it was last revised.',
    verdict: 'posted-only',
    note: 'the revision date, said as what the date shows',
  },
  {
    text: 'We accept payment by card, and the new terms of our loyalty programme are on the app.',
    verdict: 'not-mentioned',
    note: '"accept" and "new terms" with no policy change',
  },
  {
    text: 'We announce new products in our newsletter.',
    verdict: 'not-mentioned',
    note: 'an announcement that is not about this policy',
  },
  // Holdout end: changes to the terms named as one topic in a list of service messages promise no notice of changes.
  {
    text: 'We may send you service e-mails, such as order confirmations, security alerts or changes to our terms and policies. Any changes to this policy will be posted on this page.',
    verdict: 'posted-only',
    note: 'a list of the e-mails sent, one topic being changes: the posting rule decides',
  },
  {
    text: 'You will still receive transactional messages from us, like receipts, password resets and updates to our Privacy Policy. We will post any changes to this policy on this page.',
    verdict: 'posted-only',
    note: '"like receipts, ... and updates to our Privacy Policy"',
  },
  {
    text: 'We use your e-mail address to send administrative notices, including billing problems and amendments to our terms of service. Please check this page periodically for changes to this policy.',
    verdict: 'posted-only',
    note: '"including billing problems and amendments to our terms"',
  },
  {
    text: 'Even if you opt out, we may e-mail you important information, e.g. about your orders, safety recalls, or modifications to our terms and this policy. Changes to this policy take effect when they are posted.',
    verdict: 'posted-only',
    note: '"e.g. about your orders, ..., or modifications to our terms"',
  },
  {
    text: 'We may send you notices regarding your account, billing, or changes to our Terms and Privacy Policy.',
    verdict: 'notified',
    claim: 'may-notify',
    confidence: 'low',
    note: 'alone, the list still hints at a notice, but is no promise',
  },
  {
    text: 'If we make material changes to this policy, we will notify you by e-mail, such as to the address on your account. We will also post the changes on this page.',
    verdict: 'notified',
    claim: 'before',
    note: 'must not catch: a promise of e-mail whose example follows, not a list of topics',
  },
  {
    text: 'We will send you a notice, for example by e-mail or an in-app message, before changes to this Privacy Policy take effect.',
    verdict: 'notified',
    claim: 'before',
    note: 'must not catch: "for example" names channels, and the change follows "before"',
  },
  // Holdout end: "we will revise this policy to reflect the changes" says how changes are made: in the document itself.
  {
    text: 'If our practices change, we will update this Privacy Notice to reflect them and change its effective date.',
    verdict: 'posted-only',
    claim: 'posted',
    note: 'the notice rewritten, with its effective date: a posting, not a bare date line',
  },
  {
    text: 'When the law changes, we will amend this policy accordingly and revise the effective date above.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"amend this policy accordingly"',
  },
  {
    text: 'Should we alter how we handle data, we shall revise this statement to reflect the changes and update the last updated date.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"we shall revise this statement to reflect the changes"',
  },
  {
    text: "If we change our data practices, we'll modify this privacy policy to reflect those changes, with a new effective date.",
    verdict: 'posted-only',
    claim: 'posted',
    note: '"we\'ll modify this privacy policy to reflect"',
  },
  {
    text: 'We will update this notice to reflect any change in our practices, and the effective date at the top will change with it.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"update this notice to reflect any change"',
  },
  {
    text: 'We will update this policy to reflect material changes and notify you by e-mail before they apply.',
    verdict: 'notified',
    note: 'must not catch: the rewrite comes with a promise of e-mail',
  },
  {
    text: 'This policy may be updated to reflect changes in the law; see the effective date above.',
    verdict: 'posted-only',
    claim: 'date-only',
    note: 'must not catch: "may be updated" names no rule of how changes are made, the date line is all',
  },
  // Holdout end: "If the changes are significant, we will ..." leans on the sentence before, which names the policy.
  {
    text: 'This statement may be revised from time to time. If the changes are material, we will e-mail you.',
    verdict: 'notified',
    first: 'we will e-mail you',
    note: '"If the changes are material" continues the sentence that names the statement',
  },
  {
    text: 'Our privacy notice is updated now and then. Where such changes affect your rights, we will let you know in advance.',
    verdict: 'notified',
    first: 'let you know',
    note: '"Where such changes" continues',
  },
  {
    text: 'We may amend this policy. Should these changes be significant, we will tell you through the app.',
    verdict: 'notified',
    first: 'tell you',
    note: '"Should these changes" continues',
  },
  {
    text: 'Acme may modify this privacy policy at any time. When the changes are substantial, you will be informed by e-mail.',
    verdict: 'notified',
    first: 'informed by e-mail',
    note: '"When the changes" continues',
  },
  {
    text: 'This policy may change over time. If any such changes are important, we will send you a notice.',
    verdict: 'notified',
    first: 'send you a notice',
    note: '"If any such changes" continues',
  },
  {
    text: 'You can change your password at any time. If the changes are not saved, we will notify you.',
    verdict: 'not-mentioned',
    note: 'must not catch: the sentence before changes the password, not the policy',
  },
  {
    text: 'We may change our prices. If the changes are significant, we will let you know.',
    verdict: 'not-mentioned',
    note: 'must not catch: the changes are of prices',
  },
  // Holdout end: data "acquired" is data collected, not a company bought.
  {
    text: 'If a revision to this policy would let us use information acquired earlier in a new way, we will e-mail you first.',
    verdict: 'notified',
    note: '"information acquired earlier" is no corporate acquisition',
  },
  {
    text: 'Should we change this policy so that data acquired under the old version is used differently, we will give you notice beforehand.',
    verdict: 'notified',
    note: '"data acquired under the old version"',
  },
  {
    text: 'If we update this notice in a way that affects personal details acquired before the update, we will notify you.',
    verdict: 'notified',
    note: '"personal details acquired before"',
  },
  {
    text: 'If we are acquired by another company, the new owner may change this policy and will notify you.',
    verdict: 'not-mentioned',
    note: 'must not catch: the company acquired',
  },
  {
    text: 'If our company is acquired, the buyer will give you notice of any change to this policy.',
    verdict: 'not-mentioned',
    note: 'must not catch: "our company is acquired"',
  },
  // Holdout end: a reservation to change the policy "simply by posting", with a list of change words between.
  {
    text: 'We may add to, change, or update this Policy at any time, simply by posting such change, update, or modification on the Site.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"by posting such change, update, or modification on the Site": commas in the gap',
  },
  {
    text: 'We may revise this policy without any other notice to you.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"without any other notice"',
  },
  {
    text: 'We can amend this notice, and we do so by publishing the revised, updated, and complete text on our website.',
    verdict: 'posted-only',
    claim: 'posted',
    note: '"by publishing the revised, updated, and complete text on our website"',
  },
  {
    text: 'This policy may change, and we will e-mail you a notice of any change, update, or addition before it applies.',
    verdict: 'notified',
    note: 'must not catch: a notice of a change, update, or addition sent by e-mail is a notice',
  },
  {
    text: 'We currently collect and, in the 12 months prior to the Last Updated date of this Privacy Policy, have collected the following categories of Personal Information:\n\n- Identifiers, such as your name and e-mail address.\n- Commercial information, such as your purchases.',
    verdict: 'not-mentioned',
    note: "a disclosure's look-back window names the policy's date; its items read through the lead promise no notice",
  },
  {
    text: 'We may amend this Privacy Code from time to time. The most recent version is always available on our website.',
    verdict: 'posted-only',
    note: 'the document named a code: "this Privacy Code"',
  },
  {
    text: 'We reserve the right to adapt this Data Protection Declaration so that it always complies with current legal requirements.',
    verdict: 'posted-only',
    note: 'the document named a declaration, changed by "adapt"',
  },
  { text: 'We may update our code from time to time to fix bugs.', verdict: 'not-mentioned', note: 'must not: software code' },
  {
    text: 'Changes to this page\n\nWe update this page from time to time. The latest version will always be here.',
    verdict: 'posted-only',
    note: 'the policy called "this page"',
  },
  {
    text: "The Company may revise this policy. Any revisions will be announced on the Company's website.",
    verdict: 'posted-only',
    note: 'announced on the site itself is posting',
  },
  {
    text: '§ 13 Changes to this Data Protection Information\n\nWe will inform you about significant changes with a notice when you next open the app.',
    verdict: 'notified',
    note: 'the document named "data protection information" in its heading',
  },
  {
    text: '10. Changes to this notice\n\nThe current version is always available at example.co.uk/privacy.',
    verdict: 'posted-only',
    note: 'the current version kept at an address',
  },
  {
    text: "Changes to this page\n\nWe'll update the date at the bottom of this page whenever we change it.",
    verdict: 'posted-only',
    note: 'only the date is updated',
  },
  {
    text: "If we change this policy, we'll update it on this page and change the date at the top.",
    verdict: 'posted-only',
    note: 'the policy as "it", edited where it is published',
  },
  {
    text: 'Your alert contacts: you can update them on this page at any time.',
    verdict: 'not-mentioned',
    note: 'the user updating a detail is no change of the policy',
  },
  {
    text: 'We keep this notice under review. If we make significant changes to this notice, we will write to all tenants and include a summary in our newsletter.',
    verdict: 'notified',
    note: 'a letter to every tenant is a notice',
  },
  {
    text: 'If we make a significant change to this statement, we will email everyone who has an upcoming booking with us and post the new statement on our website.',
    verdict: 'notified',
    note: 'e-mail to "everyone who" is a notice',
  },
]);
