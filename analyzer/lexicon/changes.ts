import { anyOf, concept, near, opt, seq, stems, words } from './build';
import { scanAll } from './scan';
import { tight, wordGap } from './strict';

/** A word of changing, in any form: "change", "modifications", "amended", "updating", "revisions", "alter". */
export const CHANGE_WORD = concept(
  'CHANGE_WORD',
  words(
    ...['change', 'changes', 'changed', 'changing', 'modify', 'modifies', 'modified', 'modifying', 'modification', 'modifications'],
    ...['amend', 'amends', 'amended', 'amending', 'amendment', 'amendments', 'update', 'updates', 'updated', 'updating'],
    ...[
      'revise',
      'revises',
      'revised',
      'revising',
      'revision',
      'revisions',
      'alter',
      'alters',
      // "We reserve the right to adapt this Data Protection Declaration".
      'adapt',
      'adapts',
      'adapted',
      'altered',
      'altering',
      'alteration',
      'alterations',
    ],
  ),
);

/** Who a notice of changes is sent to: "you", "users", "account holders", "school administrators", "parents". */
const RECIPIENTS = anyOf(
  words('you', 'everyone', 'everybody', 'anyone', 'those affected'),
  stems('user', 'member', 'customer', 'subscriber', 'account holder', 'administrator', 'parent', 'client', 'school', 'patient'),
  stems('tenant', 'guest', 'donor', 'supporter', 'student', 'resident', 'licensee', 'panelist', 'volunteer', 'player'),
);

/**
 * Notice given ahead of time, as a term: "thirty (30) days' notice", "30 days notice", "reasonable prior notice",
 * "advance notification". Not "without prior notice" (the practice drops a sentence with WITHOUT_NOTICE first).
 */
export const ADVANCE_NOTICE = concept(
  'ADVANCE_NOTICE',
  anyOf(
    tight(stems('days', 'weeks', 'months'), opt(words('prior', 'advance', 'written')), words('notice', 'notification')),
    tight(words('advance', 'prior', 'reasonable', 'written'), words('notice', 'notification')),
  ),
);

/**
 * A notice that reaches the user: "we will notify you", "send you an e-mail", "by a notice", "let you know", "you will
 * be asked to accept the revised policy".
 */
export const NOTICE_TO_USER = concept(
  'NOTICE_TO_USER',
  anyOf(
    words('notify', 'notifies', 'notified', 'notifying', 'notification'),
    tight(
      // "you will receive an e-mail before the revision applies"
      words('send', 'provide', 'give', 'display', 'present', 'show', 'receive'),
      opt(words('you')),
      // "give you at least 30 days notice"
      wordGap(4),
      words(
        'notice',
        'notices',
        'notification',
        'notifications',
        'email',
        'emails',
        'e-mail',
        'e-mails',
        'message',
        'messages',
        'alert',
        'alerts',
      ),
    ),
    tight(
      // "with a banner on our homepage", "by electronic mail"
      words('by', 'via', 'through', 'with'),
      opt(words('a', 'an')),
      words('email', 'e-mail', 'electronic mail', 'message', 'notice', 'notification', 'popup', 'pop-up', 'banner'),
    ),
    `${words('prominent', 'prominently')} (?:\\w+ )?(?:notice|posted|displayed)?`,
    tight(
      words('obtain', 'ask for', 'seek', 'request', 'get', 'receive'),
      opt(words('your')),
      // "ask for the school's agreement"
      opt(words('the')),
      opt("\\w+['’]s\\b"),
      wordGap(1),
      words('consent', 'permission', 'agreement', 'opt-in'),
    ),
    words('let you know'),
    // "the update will be announced in the app", "we will announce material changes on our blog".
    words('announce', 'announced', 'announcing', 'announcement'),
    // "we will email the address on your account", "e-mail the address you gave us".
    tight(words('email', 'e-mail'), opt(words('the')), opt(words('email', 'e-mail')), words('address', 'addresses')),
    // "we will email registered users", "e-mail you"
    tight(
      words('email', 'e-mail'),
      opt(words('all', 'registered', 'our')),
      words('you', 'users', 'members', 'customers', 'subscribers', 'account holders'),
    ),
    // Consent asked again: "you will be asked to accept the revised policy".
    tight(words('asked', 'ask you', 'require you'), words('to'), words('accept', 'agree to', 'consent to', 'approve', 'review and accept')),
  ),
);

/**
 * More ways a notice reaches people, in other writers' words: sent to named recipients ("e-mail each school
 * administrator", "communicated to registered users"), inside a message ("in a notice on our homepage"), inside the
 * product ("an in-app notice", "a push notification"), or in the passive ("members will be emailed", "you will be
 * informed").
 */
export const NOTICE_CHANNEL = concept(
  'NOTICE_CHANNEL',
  anyOf(
    tight(
      anyOf(
        words('email', 'e-mail', 'contact', 'message', 'text'),
        tight(words('communicated', 'sent', 'emailed', 'e-mailed', 'mailed', 'addressed', 'write', 'writing'), words('to')),
      ),
      opt(words('all', 'registered', 'our', 'each', 'every', 'the')),
      wordGap(1),
      RECIPIENTS,
    ),
    tight(words('in'), words('a', 'an'), words('email', 'e-mail', 'notice', 'notification', 'message', 'banner')),
    tight(
      words('in-app', 'in app', 'in-product', 'push'),
      words('notice', 'notices', 'notification', 'notifications', 'message', 'messages', 'banner', 'alert'),
    ),
    tight(words('be', 'being'), words('emailed', 'e-mailed', 'sent', 'informed', 'told', 'alerted', 'contacted', 'written to', 'advised')),
  ),
);

/**
 * An announcement made on the page or site itself: "Any revisions will be announced on the Company's website". Like
 * posting, it is up to the reader to look (not "announced in the app" or "on our blog", which reach the user).
 */
export const ANNOUNCED_ON_SITE = concept(
  'ANNOUNCED_ON_SITE',
  tight(
    words('announce', 'announced', 'published', 'publish'),
    words('on'),
    opt(words('the', 'our', 'this')),
    opt("\\w+['’]s"),
    words('website', 'web site', 'site', 'page', 'webpage', 'web page'),
  ),
);

/** A notice put where users see it, or sent to them: "post a notice on our home page", "inform users", "notice will be sent". */
export const NOTICE_POSTED_FOR_USERS = concept(
  'NOTICE_POSTED_FOR_USERS',
  anyOf(
    tight(
      words('place', 'post', 'put'),
      opt(words('a', 'an')),
      wordGap(1),
      words('notice'),
      anyOf(words('online'), tight(words('on'), words('the', 'our'), words('site', 'website', 'service', 'services'))),
    ),
    tight(
      words('post'),
      opt(words('a', 'an')),
      wordGap(1),
      words('notice'),
      words('on', 'at'),
      words('the', 'our'),
      words('homepage', 'home page', 'front page', 'site', 'website', 'web site'),
    ),
    // "we will contact you directly", "we will write to users"
    tight(words('inform', 'alert', 'tell', 'advise', 'contact', 'write to', 'warn'), words('you', 'users', 'our users', 'members')),
    tight(words('notice'), wordGap(3), words('will be', 'is'), stems('sent', 'provided', 'given', 'displayed')),
  ),
);

/**
 * The words a sentence about policy changes cannot do without, for the practice's cheap filter: change words, notice
 * words ("notify", "announce"), posting rules ("check back", "continued use", "version"), an answer to the sentence
 * before ("if we do"), consent asked again ("asked to accept").
 */
export const CHANGES_TOPIC = concept(
  'CHANGES_TOPIC',
  anyOf(
    stems('chang', 'modif', 'amend', 'updat', 'revis', 'alter', 'adapt', 'notif', 'continu', 'check', 'review', 'version', 'announc'),
    words('if we do', 'when we do', 'if so', 'accept', 'new terms', 'effective'),
  ),
);

/** Any notice of changes, for scanning in order (`.all`): NOTICE_TO_USER, NOTICE_POSTED_FOR_USERS, NOTICE_CHANNEL, ADVANCE_NOTICE. */
export const NOTIFY_ANY = scanAll(NOTICE_TO_USER, NOTICE_POSTED_FOR_USERS, NOTICE_CHANNEL, ADVANCE_NOTICE);

/** A notice that reaches the user before the change: "by e-mail", "ask your consent", "directly", "prior to". */
export const DIRECT_NOTICE = concept(
  'DIRECT_NOTICE',
  anyOf(
    stems('email', 'e-mail', 'electronic mail', 'consent', 'permission'),
    // Hyphenated only: "opt in to receive texts" is a choice, not a notice.
    '\\bopt-in',
    words('directly', 'prior to'),
    // Consent asked again before the change applies to you: "you will be asked to accept the revised policy".
    tight(words('asked', 'ask you', 'require you'), words('to'), words('accept', 'agree to', 'consent to', 'approve', 'review and accept')),
    tight(
      words('before'),
      // "before it takes effect", "before the amendment takes effect"
      anyOf(
        tight(
          words('the', 'any', 'such'),
          words('change', 'changes', 'modification', 'modifications', 'update', 'updates', 'amendment', 'amendments', 'revision'),
        ),
        words('it', 'they'),
      ),
      words('become', 'becomes', 'take', 'takes', 'go', 'goes', 'applies', 'apply'),
    ) + '\\s',
    ADVANCE_NOTICE.source,
  ),
);

/** A date line: "effective date", "last updated date", "revision date". */
export const DATE_LINE = concept(
  'DATE_LINE',
  anyOf(
    tight(anyOf(words('effective', 'revision'), tight(words('last'), words('updated', 'modified', 'revised'))), words('date')),
    // "We'll update the date at the bottom of this page whenever we change it."
    tight(words('update', 'revise'), words('the'), words('date'), words('at the', 'above', 'below')),
    // "The date at the top of this page shows when it was last revised."
    tight(
      words('date'),
      wordGap(6),
      words('shows', 'show', 'indicates', 'tells you', 'reflects'),
      wordGap(3),
      words('last'),
      words('updated', 'modified', 'revised', 'changed'),
    ),
  ),
);

/** "without prior notice", "without notifying you". */
export const WITHOUT_NOTICE = concept(
  'WITHOUT_NOTICE',
  tight(
    words('without'),
    opt(words('prior', 'any', 'further', 'any other', 'other', 'additional')),
    stems('notice', 'notification', 'notifying'),
  ),
);

/**
 * A double negative that promises a notice: "we will not make a material change without first notifying you by
 * e-mail", "we never change this policy without asking your consent".
 */
export const NOT_WITHOUT_NOTICE = concept(
  'NOT_WITHOUT_NOTICE',
  near(
    words('not', 'never', "won't", 'won’t'),
    tight(
      words('without'),
      opt(words('first', 'prior', 'advance', 'giving you', 'providing')),
      anyOf(stems('notice', 'notif', 'inform', 'consent', 'email', 'e-mail', 'telling', 'asking'), words('letting you know')),
    ),
    80,
  ),
);

/**
 * Changes posted on the page only, up to the reader to check back: "we will post the changes on this page",
 * "check back periodically", "your continued use", "without prior notice".
 */
export const POSTED_CHANGES = concept(
  'POSTED_CHANGES',
  anyOf(
    tight(
      words(
        'post',
        'posts',
        'posted',
        'posting',
        'publish',
        'publishes',
        'published',
        'publishing',
        'reflect',
        'reflected',
        'place',
        'placed',
        'places',
        // "we'll put the new version on this page".
        'put',
        'puts',
      ),
      wordGap(6),
      words('on', 'to', 'in', 'at'),
      words('this', 'the', 'our'),
      stems(
        'page',
        'site',
        'website',
        'web site',
        'webpage',
        'web page',
        'policy',
        'privacy policy',
        'homepage',
        'home page',
        'platform',
        'service',
        'app',
      ),
    ),
    tight(words('check'), wordGap(3), stems('back', 'this page', 'periodically', 'regularly', 'frequently', 'often')),
    // The reader's review, not the site's own: "We review this policy regularly" promises nothing about posting.
    tight(
      words('review') + '(?<!\\bwe (?:\\w+ )?review)',
      wordGap(4),
      stems('periodically', 'regularly', 'frequently', 'often', 'from time to time'),
    ),
    // In force once posted: "the revised version will be effective when it is posted", "effective upon posting".
    tight(
      words('effective', 'effect'),
      words('when', 'upon', 'once', 'on', 'as soon as', 'immediately upon', 'from the time'),
      // "take effect on the date they are posted"
      opt(words('the date', 'the day')),
      opt(words('it is', 'they are', 'we', 'the', 'its', 'their')),
      words('posted', 'posting', 'post', 'publication', 'published', 'uploaded'),
    ),
    // "Updated versions of this policy will be posted here".
    tight(words('posted', 'published'), words('here', 'below', 'on this page')),
    // "We may change this policy simply by posting such change, update, or modification on the Site": how it is made.
    tight(words('by', 'simply by'), words('posting', 'publishing', 'placing', 'uploading')),
    tight(
      words('continue', 'continued', 'continuing', 'continuation of'),
      opt(words('your', 'to')),
      words('use', 'using', 'usage', 'access', 'accessing'),
    ),
    WITHOUT_NOTICE.source,
  ),
);

const EDIT = ['chang', 'modif', 'amend', 'updat', 'correct'];

/**
 * The user's own data changed, not the policy: "you may update or correct your personal information", or the user
 * doing the editing ("you can update them on this page").
 */
export const USER_DATA_CHANGE = concept(
  'USER_DATA_CHANGE',
  anyOf(
    tight(
      stems(...EDIT, 'revis') + `(?:,? (?:or |and )?${stems(...EDIT)})*`,
      words('your', 'their', 'his or her', "the user's", 'any'),
      wordGap(1),
      opt(words('personal', 'personally')),
      opt(words('identifiable')),
      words('information', 'data', 'details', 'account', 'preferences', 'profile', 'settings', 'email', 'e-mail'),
    ),
    tight(words('you'), words('can', 'may', 'are able to'), opt(words('also', 'always')), stems(...EDIT, 'edit')),
  ),
);

/**
 * The page is the record of the policy, in other writers' words: the page itself edited ("I'll update this page"),
 * the version kept there ("the latest version will always be on this page"), acceptance by use ("your use of the app
 * after changes are made constitutes your acceptance"), the document itself rewritten to carry the changes ("we will
 * revise this notice to reflect them", "we'll amend this policy accordingly"). A posting, like POSTED_CHANGES.
 */
export const PAGE_VERSION = concept(
  'PAGE_VERSION',
  anyOf(
    tight(
      words('will', 'shall', "we'll", 'we’ll'),
      opt(words('promptly', 'then', 'also')),
      words('update', 'revise', 'amend', 'modify'),
      words('this', 'the', 'our'),
      opt(words('privacy')),
      words('policy', 'notice', 'statement', 'document'),
      words('to reflect', 'accordingly'),
    ),
    tight(
      words('update', 'updating', 'revise', 'revising', 'amend', 'amending', 'change', 'changing'),
      words('this'),
      words('page', 'web page', 'webpage'),
    ),
    // "we'll update it on this page": the policy, as "it", edited where it is published.
    tight(
      words('will', 'shall', "we'll", 'we’ll'),
      words('update', 'revise', 'amend'),
      words('it'),
      words('on', 'at'),
      words('this'),
      words('page', 'web page', 'webpage', 'website', 'site'),
    ),
    tight(
      words('be', 'is', 'are', 'remain', 'remains'),
      opt(words('available', 'posted', 'published', 'displayed', 'kept')),
      words('on this page', 'on this web page', 'at this address', 'at this link'),
    ),
    // "The current version is always available at example.co.uk/privacy".
    tight(
      words('current', 'latest', 'most recent', 'up-to-date'),
      words('version'),
      wordGap(2),
      words('is', 'will be', 'remains'),
      opt(words('always')),
      words('available', 'published', 'posted', 'found'),
      words('at', 'on', 'here'),
    ),
    tight(
      words('constitutes', 'constitute', 'signifies', 'signify', 'indicates', 'means'),
      opt(words('your')),
      words('acceptance', 'agreement', 'consent'),
    ),
    // "Continued use after an update means you accept the revised policy."
    tight(
      words('constitutes', 'signifies', 'indicates', 'means', 'shows'),
      opt(words('that')),
      words('you'),
      opt(words('have')),
      words('accept', 'accepted', 'agree', 'agreed', 'consent', 'consented'),
    ),
  ),
);

/**
 * Changes to the terms named as one topic in a list of the messages a site sends: "service e-mails, such as order
 * confirmations, security alerts or changes to our terms", "transactional messages like receipts and updates to our
 * policy". It says what messages may be about, not that changes will be announced.
 */
export const MESSAGE_TOPICS = concept(
  'MESSAGE_TOPICS',
  near(
    words('messages', 'notifications', 'notices', 'communications', 'emails', 'e-mails', 'alerts', 'announcements', 'information'),
    near(
      words('such as', 'including', 'like', 'for example', 'regarding', 'about', 'with respect to', 'relating to', 'concerning'),
      seq('(?:,|\\b(?:and|or)\\b)', words('changes', 'updates', 'amendments', 'modifications', 'revisions'), words('to', 'of', 'in')),
      100,
    ),
    40,
  ),
);

/**
 * The document itself, not "your information" or "our services": "this Privacy Policy", "our notice", "the terms",
 * "this Data Protection Declaration", "this Privacy Code" (a code only as "this" one or a privacy code: "our code" is software).
 */
export const THIS_POLICY = concept(
  'THIS_POLICY',
  String.raw`\b(?:(?:this|the|our|these|its) (?:\w+ ){0,3}(?:policy|policies|statement|notice|terms|practices|declaration|charter)|(?:this|these) (?:\w+ ){0,2}(?:code|page)|privacy (?:policy|statement|notice|code))\b`,
);

/** A word of change by its stem, for headings: "Changes", "Modifications", "Amendment", "Updates", "Revisions". */
export const CHANGE_STEM = concept('CHANGE_STEM', String.raw`\b(?:chang|modif|amend|updat|revis|adapt)\w*\b`);

/** How a change is made known on the page: "by posting the new policy", "by updating the date", "in this policy". */
export const BY_POSTING = concept(
  'BY_POSTING',
  String.raw`\bby (?:posting|updating|publishing|placing|revising|changing)\b|\bin this (?:\w+ )?(?:policy|statement|notice)\b`,
);

/**
 * A heading about the document, not about "your information": "Changes to this Policy", "Updates to our Notice",
 * "Changes to this Data Protection Information", "Will you tell me if this FAQ changes?".
 */
export const POLICY_HEADING = concept(
  'POLICY_HEADING',
  String.raw`\b(?:polic|statement|notice|terms|declaration|charter|privacy code|this code|(?:data protection|privacy) information|this (?:faq|information|page))`,
);

/** The reader's own ("your"): a heading on "changes to your information" is about the user's data, not the policy. */
export const YOUR = concept('YOUR', String.raw`\byour\b`);

/** A heading that is only a change word ("Changes", "12. AMENDMENT"): in a privacy policy, the policy's own changes. */
export const BARE_CHANGE_HEADING = concept(
  'BARE_CHANGE_HEADING',
  String.raw`^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:changes|amendments?|updates|modifications|revisions)\W*$`,
);

/** "a prominent notice", "notice on our site", "notice of the change": a notice, even when it is posted. */
export const PROMINENT_NOTICE = concept('PROMINENT_NOTICE', String.raw`\bprominent|\bnotice (?:on|of)\b`);

/** A firm future of the site: "we will", "we shall". A promise, not a possibility ("we may"). */
export const WE_WILL = concept('WE_WILL', String.raw`\bwe (?:will|shall)\b`);

/** Words that say how changes are made, beyond a date line: "posted", "check back", "review", "continued use", "without". */
export const HOW_POSTED = concept('HOW_POSTED', String.raw`\bpost|\bput\b|\bcheck|\breview|\bcontinu|\bwithout\b`);

/**
 * A possible or planned change: a modal, then a change verb within four words ("we may update", "reserve the right to
 * modify", "from time to time revise"). It names no subject: the judge also asks for the policy (THIS_POLICY).
 */
export const MAY_CHANGE = concept(
  'MAY_CHANGE',
  String.raw`\b(?:may|might|can|could|will|reserve the right to|from time to time) (?:\w+ ){0,4}(?:chang|modif|amend|updat|revis|alter|adapt)`,
);
