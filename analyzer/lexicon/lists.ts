import { anyOf, concept, gap, seq, words } from './build';
import { notFollowedBy } from './phrase-parts';

/**
 * The marker a list item opens with: a bullet glyph ("•", "▪"), a dash or star before a space ("- payment
 * processors"), or a short number or letter with a stop or bracket ("1. ", "(b) ", "iv) "). The one definition of
 * "this line is an item of a list", for the splitter, the frames and the judges alike. A year or a decimal ("2020.",
 * "1.5 million") is no marker: a marker is followed by a space.
 */
export const LIST_ITEM = concept(
  'LIST_ITEM',
  // Sub-clause numbers count ("6.2.1 with courts", "4.1. We"); a decimal ("1.5 million") has one dot and no end dot.
  // Roman numerals with a dash are the items of a Brazilian or Portuguese article: "II – access to the data;".
  `^\\s*${anyOf('[•·▪●◦‣]', '[*\\-–—]+(?=\\s)', '\\(?(?:\\d{1,3}|[ivx]{1,4}|[a-h])[.)](?=\\s)', '[ivx]{1,4}\\s+[-–—](?=\\s)', '\\d{1,2}(?:\\.\\d{1,2}){2,3}\\.?(?=\\s)', '\\d{1,2}\\.\\d{1,2}\\.(?=\\s)')}`,
);

/** Who a lead clause is about: the site, the reader, the data, "this", "examples" (a short noun phrase may follow). */
const LEAD_SUBJECT = anyOf(
  words('we', 'you', 'they', 'it', 'this', 'these', 'those', 'such', 'there', 'examples', 'which', 'that'),
  seq(words('our', 'your', 'the', 'such', 'their', 'any', 'all', 'some', 'personal', 'each'), gap(4)),
  // The people a law entitles: "residents of California and several other states have the right to:".
  seq(words('residents', 'consumers', 'users', 'individuals', 'customers', 'members', 'parents', 'data subjects', 'patients'), gap(5)),
);

/** A finite verb of the clause: modals, be/do/have, and the verbs policies lead their lists with. */
const LEAD_VERB = words(
  ...(
    'may might can could will would shall should must is are was were do does did has have had include includes ' +
    'included mean means cover covers contain contains consist consists share shares sell sells collect collects use ' +
    'uses keep keeps retain retains disclose discloses process processes store stores transfer transfers receive ' +
    'receives rely relies provide provides obtain obtains send sends apply applies need needs require requires allow ' +
    'allows give gives offer offers ask asks'
  ).split(' '),
);

/**
 * The site or a company by its name, then its verb (third person or a modal), with nothing between: "Staylens passes
 * data to:", "Acme Online may share it with:". Not a title: "Information we collect:", "Cookie use:", "Why do we…".
 */
const NAMED_SUBJECT_CLAUSE = seq(
  `${notFollowedBy(words('who', 'what', 'why', 'how', 'when', 'where', 'which', 'whose'))}\\w[\\w&'’.-]*(?: \\w[\\w&'’.-]*)?`,
  words(
    ...(
      'may might can will shall must does has is shares sells collects uses keeps retains discloses processes stores ' +
      'transfers receives provides obtains sends passes hands gives offers'
    ).split(' '),
  ),
);

/**
 * A clause at the start of a line: a subject (after at most one run-in phrase ending in a comma, "In particular,
 * we") and a finite verb soon after it, or "we" alone before a colon. "We do not share…", "Your data may be
 * disclosed…", "This includes…", "If we change this policy, we will…". A noun with a relative clause ("Information
 * we collect") does not start with its subject and is no clause start.
 */
export const CLAUSE_START = concept(
  'CLAUSE_START',
  // The run-in phrase may also be a law or place named without a comma: "Under the GDPR you have the right to"; a
  // stop before a number is an article's ("Under art. 18 of the LGPD, the data subject has the right to obtain:"); a
  // phrase with its own list has up to three commas ("Within the scope of lessons, camps and rentals, Onda Viva collects").
  // A section number may come first: "2. The Company may acquire the following personal information:".
  `^[\\s\\W]*(?:(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}|[ivx]{1,4}|[a-h])[.)]\\s+|\\d{1,2}(?:\\.\\d{1,2}){1,2}\\s+(?=[A-Z]))?(?:(?:(?:[^,:;.?!]|\\.(?=\\s?\\d)){1,60},\\s+){1,3}|${words('under', 'in', 'according to', 'pursuant to')}\\s[^,:;.?!]{1,40}?\\s(?=${words('you', 'we')}))?${anyOf(seq(LEAD_SUBJECT, gap(3), LEAD_VERB), NAMED_SUBJECT_CLAUSE, `${words('we')}(?=\\s*:)`)}`,
);

/**
 * A list item that is a whole sentence of its own: a finite verb within its first few words and a full stop at its
 * end, perhaps after a run-in title ("- Google does not sell your personal information.", "- Marketing partners: We
 * share personal information with them."). It is read alone,
 * not through its lead. "- health information", "- when the law requires it" and "- your account is open" (no
 * stop) lean on their lead.
 */
export const SENTENCE_ITEM = concept(
  'SENTENCE_ITEM',
  `^[\\s\\W]*(?:[^:.;!?]{1,60}:\\s+)?(?:[^\\s.;:!?]+\\s+){0,4}${LEAD_VERB}.*[.!]["')\\]]?\\s*$`,
);

/**
 * A line ending in a colon that is a clause introducing a list, not a title (a CLAUSE_START, then the colon):
 * "We do not share student information with anyone except:", "Your data may be disclosed to:", "This includes:",
 * "Examples include:", "In particular, we:", "If we change this policy, we will:". The lead states a practice itself
 * (its denial or affirmation counts) and its items are read through it.
 *
 * Not a lead, a heading: a title names a topic without a clause ("Your rights:", "Recipients:", "Last updated:",
 * "Contact us:"), a question or wh-title ("What we collect:", "How we use your data:"), and a noun with a relative
 * clause ("Information we collect:", "Cookies we use:"): the subject is not where the line starts.
 *
 * The short ambiguous ones: "This includes:" / "These include:" read as leads: they are clauses that say nothing
 * themselves (judging them finds nothing), and their items are read through them, which adds no claim either.
 * "For example:" / "Such as:" have no verb and stay headings, as before: a title reading changes nothing, and their
 * items are examples read on their own.
 */
export const COLON_LEAD = concept('COLON_LEAD', `${CLAUSE_START.source}[^:]*:\\s*$`);
