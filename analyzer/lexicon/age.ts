import { anyOf, concept, near, opt, seq, stems, words } from './build';
import { tight, wordGap } from './strict';

/**
 * A person's age said with no word of age or childhood: "you confirm you are at least eighteen", "if you have not
 * yet turned 16", "once you reach 13".
 */
export const AGE_OF_A_PERSON = concept(
  'AGE_OF_A_PERSON',
  anyOf(
    tight(words('you are', "you're", 'you re', 'i am', 'they are'), words('at least', 'older than', 'younger than')),
    // "If you are not yet 18."
    tight(
      words('you are', "you're", 'you re'),
      words('not yet'),
      anyOf('\\d{1,2}\\b', words('thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'twenty-one')),
    ),
    tight(
      words('not yet', 'have not', "haven't", 'until you', 'once you'),
      words('turned', 'turn', 'reached', 'reach'),
      anyOf('\\d{1,2}\\b', words('the age', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'twenty-one')),
    ),
  ),
);

/**
 * What a number counts when it is no age, right after it: a share ("13 %", "16 percent"), a length ("8 characters",
 * "5 MB", "12px"), a count ("3 devices", "2 accounts") or a duration ("18 months"). One list for every age pattern:
 * "under 13 days", "must be 8 characters", "18 or more times" set no age.
 */
const COUNTED =
  '[\\s-]*(?:%|percent\\b|(?:character|digit|letter|number|symbol|item|time|day|week|month|hour|minute|device|account)s?\\b|[mgk]b\\b|px\\b)';
export const COUNTED_UNIT = concept('COUNTED_UNIT', `^${COUNTED}`);
/** Not followed by a COUNTED_UNIT: the number may be an age. Built from the same source, not from the compiled
 * pattern, so loading the module compiles nothing. */
export const NOT_COUNTED = `(?!${COUNTED})`;

/**
 * A sentence about age or childhood, where a number may be an age: "children", "minors", "years old", "parents",
 * "COPPA", "old enough", "users must be", "18 or older", "if you are under", "intended for adults". The widest of its
 * twins: CHILD_NAMED and CHILDREN_TOPIC name children only, CHILD_OR_UNDER_AGE children or "under 13" to "under 18".
 */
export const CHILD_CONTEXT = concept(
  'CHILD_CONTEXT',
  anyOf(
    words('child', 'children', 'kid', 'kids', 'minor', 'minors', 'teen', 'teens', 'teenager', 'teenagers', 'age', 'aged'),
    // Spaced only, as before: "a 15-year-old" is read by the age patterns, not as a context.
    tight(words('year', 'years'), words('old')),
    words(
      'parent',
      'parents',
      'guardian',
      'guardians',
      'coppa',
      'young people',
      'juvenile',
      'juveniles',
      'eligible',
      'old enough',
      'adult',
      'adults',
      'birthday',
    ),
    tight(
      words('you', 'user', 'users', 'visitor', 'visitors', 'player', 'players', 'customer', 'customers', 'member', 'members'),
      words('must', 'should', 'need to', 'have to'),
      words('be'),
    ),
    tight(
      words('individual', 'individuals', 'person', 'persons', 'anyone', 'people', 'subscriber', 'subscribers'),
      words('must', 'should', 'need to', 'have to'),
      words('be'),
    ),
    tight(words('or', 'and'), words('older', 'over', 'above', 'up')),
    // "Individuals who are 18 or more": a number, then "or more", is an age only here (not "8 or more characters").
    // Starts at a word boundary like the other parts, so the group tests one boundary per position.
    '\\b\\d{1,2}\\s+or\\s+more\\b' + NOT_COUNTED,
    // "Users in the EU must be at least 16": an age one must be, whoever the subject is.
    tight(
      words('must', 'should', 'need to', 'have to'),
      words('be'),
      words('at least', 'over', 'older than'),
      anyOf('\\d{1,2}\\b', words('thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'twenty-one')),
    ),
    // "under-13s": people named by the age they are under.
    '\\bunder-\\d{1,2}s\\b',
    tight(words('if you are'), words('under', 'below', 'over', 'younger', 'older')),
    tight(words('intended for'), words('users', 'people', 'persons', 'individuals', 'players', 'anyone')),
    AGE_OF_A_PERSON.source,
  ),
);

/**
 * Words that confine a service or its data to an age group, beside the limit verbs of AGE_LIMIT_VERB: "offered
 * exclusively to", "available only to", "open to"; "have reached / attained / turned" an age; confirming one's age
 * ("you represent that you are"); opening an account ("may open a Wavelet account", "create their own accounts");
 * and closing a child's account or deleting a child's data ("we delete any profile that belongs to a child under 13").
 */
export const AGE_GATE = concept(
  'AGE_GATE',
  anyOf(
    seq(
      words('offered', 'available', 'open', 'limited', 'restricted', 'provided', 'sold', 'marketed'),
      opt(words('only', 'solely', 'exclusively', 'just', 'strictly')),
      words('to'),
    ),
    words('reached', 'attained', 'turned', 'represent', 'represents', 'warrant', 'confirm', 'certify', 'let', 'lets'),
    tight(stems('creat', 'open', 'set up', 'hold', 'have', 'offer'), wordGap(3), words('account', 'accounts', 'profile', 'profiles')),
    near(
      words('delete', 'deletes', 'remove', 'removes', 'close', 'closes', 'terminate', 'deactivate', 'disable', 'erase'),
      words('account', 'accounts', 'profile', 'profiles', 'information', 'data'),
      40,
    ),
  ),
);

/**
 * An age that qualifies a right rather than limiting use (CCPA's sale opt-out from 16): "a consumer who is 16 years
 * of age or older may opt out of the sale", "users 13 and over have the right to". It sets no minimum age.
 */
export const AGE_OF_A_RIGHT = concept(
  'AGE_OF_A_RIGHT',
  anyOf(
    near(
      words('or older', 'and older', 'or over', 'and over', 'or above', 'and above', 'or more'),
      anyOf(
        seq(words('may', 'can', 'to'), words('opt out', 'opt-out', 'direct us', 'request', 'ask')),
        seq(words('has', 'have'), words('the right', 'a right')),
        // "for pupils aged 12 or over, the pupil's own agreement as well": the age a child's own say is added.
        words('own agreement', 'own consent'),
      ),
      40,
    ),
    // The age a child may act alone: "A child who is mature enough to understand their rights (generally from around
    // 12 years of age) can make their own request".
    near(
      words('mature enough', 'old enough to understand', 'sufficient maturity'),
      words('own request', 'own requests', 'own rights', 'exercise'),
      120,
    ),
  ),
);

/**
 * Use confined to adults, with no number: "only adults may open an account", "for adults only", "intended solely for
 * grown-ups". An adult is 18 in most places, so it reads as the age of majority. Not "parents or other adults".
 */
export const ADULTS_ONLY = concept(
  'ADULTS_ONLY',
  anyOf(
    tight(words('only', 'solely', 'exclusively'), opt(words('for', 'to', 'by')), words('adults', 'adult users', 'grown-ups')),
    tight(words('adults', 'grown-ups'), words('only')),
    tight(
      words('intended for', 'meant for', 'designed for', 'open to', 'available to', 'restricted to', 'limited to'),
      opt(words('only', 'solely', 'exclusively')),
      words('adults', 'grown-ups'),
    ),
  ),
);

/**
 * A service made for children under an age: "directed to children under 13", "designed for kids under 12", "used by
 * students under 13". Said
 * without a negation it names the audience, the opposite of a minimum age ("not directed to children under 13").
 */
export const MADE_FOR_CHILDREN = concept(
  'MADE_FOR_CHILDREN',
  seq(
    words('directed', 'intended', 'designed', 'aimed', 'targeted', 'made', 'built', 'used'),
    words('to', 'for', 'at', 'towards', 'by'),
    opt(words('young', 'younger')),
    // "services used by students under 13": a school's pupils are the users, the school consents for them.
    words('children', 'kids', 'child', 'students', 'pupils'),
    words('under', 'younger than', 'below', 'aged'),
  ),
);

/**
 * An age that sets a price, not a limit: "children under 6 travel free of charge", "child fares apply to pupils aged 6
 * to 12", "kids under 12 eat free". It says who pays less, never who may use the service.
 */
export const AGE_PRICED = concept(
  'AGE_PRICED',
  anyOf(
    seq(
      words(
        'travel',
        'travels',
        'fly',
        'flies',
        'ride',
        'rides',
        'eat',
        'eats',
        'stay',
        'stays',
        'go',
        'get in',
        'are admitted',
        'is admitted',
      ),
      opt(words('for')),
      words('free', 'free of charge', 'at no charge', 'half price', 'at half price', 'at a discount', 'at a reduced fare'),
    ),
    // "Admission is free for visitors under 18", "a discount for students under 26".
    seq(
      words('free', 'free of charge', 'discounted', 'reduced', 'half price', 'half-price', 'a discount', 'a reduced rate', 'concessions'),
      words('for', 'to'),
      wordGap(2),
      words('under', 'aged', 'younger than', 'below'),
    ),
    words(
      'child fare',
      'child fares',
      'child ticket',
      'child tickets',
      'concession fare',
      'concession fares',
      'child price',
      'child rate',
      'child rates',
      'half fare',
    ),
  ),
);

/**
 * Ages that name a group in a contest or league, not a limit: "age categories (Under-8, Under-10, Under-12)", "our U12
 * team". Hyphenated or abbreviated, they are names.
 */
export const AGE_GROUP_NAME = concept(
  'AGE_GROUP_NAME',
  anyOf(
    // Two in a row ("Under-8, Under-10"), or one naming a team ("the under-16s squad"); not "we don't allow under-13s".
    String.raw`\b(?:under|U)-?\d{1,2}s?,\s*(?:under|U)-?\d{1,2}\b`,
    String.raw`\b(?:under|U)-?\d{1,2}s?\b(?= (?:team|teams|league|leagues|squad|squads|category|categories|division))`,
    words('age categories', 'age category', 'age groups', 'age brackets'),
  ),
);

/**
 * What a law or rule lets people do, with its own age: "French road rules allow a motorised personal transport
 * device to be ridden from the age of 14". Not the site's minimum age ("where the law permits," names no one).
 */
export const LAW_LETS_PEOPLE = concept(
  'LAW_LETS_PEOPLE',
  tight(
    words('law', 'laws', 'rules', 'regulations', 'legislation', 'code'),
    words('allow', 'allows', 'permit', 'permits', 'let', 'lets'),
    words('a', 'an', 'the', 'children', 'people', 'persons', 'riders', 'drivers', 'minors', 'young', 'anyone', 'you'),
  ),
);

/** "The age of majority" names no number; it is 18 in most places, so it reads as 18 with low confidence. */
export const AGE_OF_MAJORITY = concept(
  'AGE_OF_MAJORITY',
  String.raw`\b(?:age of (?:majority|legal (?:adulthood|consent))|legal age (?:of majority|in (?:your|their) (?:country|jurisdiction|state))|legal adults?)\b`,
);

/** "Users must be of legal age", "persons of full age": the age of majority, said as a state. */
export const OF_LEGAL_AGE = concept('OF_LEGAL_AGE', String.raw`\bof (?:legal|full) age\b`);

/** The site aims at or collects from minors itself: then a rule on selling minors' data still sets an age. "Use the service" is aiming; "sell, share or use the personal information of minors" is the sale rule's own verb list. */
export const SITE_AIMS_AT_MINORS = concept(
  'SITE_AIMS_AT_MINORS',
  String.raw`\b(?:(?<!if we )collect|direct|intend|use (?:our|the|this)\b(?! (?:personal|information|data)\b))`,
);

/** Children named as such: "children", "minors", "kids", COPPA. Unlike CHILD_CONTEXT, no teens and no "age"; unlike CHILDREN_TOPIC, whole words only and minors too; unlike CHILD_OR_UNDER_AGE, no "under 13". */
export const CHILD_NAMED = concept('CHILD_NAMED', String.raw`\bchild(?:ren)?\b|\bminors?\b|\bkids?\b|\bcoppa\b`);

/** A limit said of children or under an age is explicit; one said of "users" only is hedged. Looser than CHILD_NAMED: word starts ("childhood", "minority") and "under" too. */
export const CHILD_OR_UNDER = concept('CHILD_OR_UNDER', String.raw`\bchild|\bminor|\bcoppa|\bunder\b`);

/** The term being defined is children or minors: "'Child' means a person under 13". */
export const DEFINES_CHILDREN = concept(
  'DEFINES_CHILDREN',
  String.raw`\b(?:child(?:ren)?|minors?|kids?)\b[^.]{0,40}\b(?:means|refers? to|is defined)\b`,
);

/** Words right before a number (the text ends there) that make it a duration, not an age: "kept for at least [13] months", "within [30] days". */
export const DURATION_BEFORE_NUMBER = concept(
  'DURATION_BEFORE_NUMBER',
  String.raw`\b(?:for (?:at least|over|more than|less than)|within|after|up to|retain|kept|stored|days?|months?)\s*$`,
);
