import { anyOf, concept, gap, opt, seq, stems, words, near } from './build';
import { notFollowedBy } from './phrase-parts';

/** Putting a named tool to work on the site: "we use Google Analytics", "partners such as Meta set", "through". */
export const TOOL_IN_USE = concept(
  'TOOL_IN_USE',
  anyOf(
    stems(
      'use',
      'employ',
      'partner',
      'work with',
      'embed',
      'integrat',
      'deploy',
      'implement',
      'install',
      'rely on',
      'leverag',
      'utiliz',
      'utilis',
      'place',
      'set',
      'collect',
      'track',
      'allow',
      'enabl',
      'permit',
      'run',
    ),
    words('via', 'through', 'provided by', 'served by', 'such as', 'including', 'like'),
  ),
);

/** A pointer elsewhere, not a practice: "for information on how Google uses data, visit...", "learn more". */
export const LEARN_MORE = concept(
  'LEARN_MORE',
  anyOf(
    seq(
      words('for'),
      opt(words('more', 'further', 'additional')),
      words('information', 'details'),
      words('on', 'about', 'regarding', 'see'),
    ),
    words(
      'learn more',
      'by visiting',
      'by going to',
      'please visit',
      'please see',
      'read more',
      'click here',
      'you can find',
      'can be found',
      'is available at',
    ),
  ),
);

/** The site letting others track: "we allow some third parties, including Facebook, to set cookies". */
export const LETS_OTHERS_TRACK = concept(
  'LETS_OTHERS_TRACK',
  seq(
    words('allow', 'allows', 'permit', 'permits', 'enable', 'enables', 'let', 'lets'),
    gap(3),
    anyOf(
      stems('third-part', 'third part', 'partner', 'advertiser', 'vendor', 'compan'),
      words('facebook', 'google', 'meta', 'others', 'other parties'),
    ),
    gap(5),
    words('to'),
    words('set', 'place', 'use', 'drop', 'collect', 'track', 'read', 'access', 'deploy'),
  ),
);

const HIRED = ['networks', 'network', 'companies', 'vendors', 'providers'];

/**
 * The site hiring ad networks for its own ads: "we engage third-party advertising networks to target our messaging",
 * "we work with ad networks"; or providers to understand its visitors ("we contract with third-party service providers to
 * understand our site visitors"). They follow visitors: third-party tracking, no cookie named.
 */
export const ENGAGES_AD_NETWORKS = concept(
  'ENGAGES_AD_NETWORKS',
  seq(
    words('we'),
    opt(words('may', 'also', 'may also', 'sometimes')),
    words('engage', 'use', 'work with', 'partner with', 'contract with', 'hire', 'retain', 'employ', 'rely on'),
    opt(words('certain', 'various', 'selected', 'several', 'one or more', 'a number of')),
    anyOf(
      seq(opt(words('third-party', 'third party')), words('advertising', 'ad', 'marketing'), words(...HIRED)),
      // "We may contract with third-party service providers to assist us in better understanding our site visitors".
      seq(
        anyOf(seq(words('third-party', 'third party', 'outside', 'analytics'), opt(words('service'))), words('analytics')),
        words(...HIRED),
        gap(6),
        words('understand', 'understanding', 'analyze', 'analyse', 'analyzing', 'measure', 'measuring'),
        gap(4),
        words('visitors', 'visits', 'traffic', 'usage', 'audience', 'audiences'),
      ),
    ),
  ),
);

/**
 * Disclosure for cross-context behavioural advertising (CPRA "sharing"): "we share your browsing data with ad partners
 * for cross-context behavioral advertising". The law's own name for ads chosen by tracking across sites.
 */
export const CROSS_CONTEXT_SHARING = concept(
  'CROSS_CONTEXT_SHARING',
  near(
    words('share', 'shares', 'shared', 'disclose', 'discloses', 'disclosed', 'make available', 'makes available'),
    seq(words('cross-context', 'cross context', 'cross-contextual'), opt(words('behavioral', 'behavioural')), words('advertising', 'ads')),
    200,
  ),
);

/**
 * The site letting third-party trackers in, the trackers named instead of their owners: "we also allow the following
 * third-party cookies", "we permit third-party advertising pixels on our pages".
 */
export const ALLOWS_THIRD_PARTY_TRACKERS = concept(
  'ALLOWS_THIRD_PARTY_TRACKERS',
  seq(
    words('allow', 'allows', 'permit', 'permits', 'accept', 'use', 'uses', 'place', 'places'),
    opt(words('the following', 'these', 'some', 'certain', 'a few', 'selected')),
    words('third-party', 'third party'),
    gap(2),
    stems('cookie', 'tracker', 'pixel', 'tag', 'sdk', 'beacon'),
  ),
);

/** Third parties' trackers, used by the site: "D&B uses first and third-party cookies", "use digital trackers". */
export const USES_THIRD_PARTY_TRACKERS = concept(
  'USES_THIRD_PARTY_TRACKERS',
  seq(
    words('use', 'uses', 'using', 'employ', 'employs', 'deploy', 'deploys'),
    gap(3),
    words('third-party', 'third party'),
    gap(2),
    stems('cookie', 'tracker', 'tracking', 'pixel', 'technolog'),
  ),
);

/** Third-party social widgets embedded on the site: they track visitors who see them. */
export const SOCIAL_WIDGETS = concept(
  'SOCIAL_WIDGETS',
  anyOf(
    seq(
      opt(words('third party', 'third-party')),
      words('social media', 'social network', 'social networking', 'social', 'facebook', 'twitter', 'linkedin', 'sharing'),
      opt(words('like', 'share', 'follow', 'sharing')),
      stems('widget', 'button', 'plug-in', 'plugin', 'feature'),
    ),
    // A network's button named by its act: "the share buttons we embed", "Pin It and Like buttons".
    seq(words('share', 'like', 'follow', 'tweet', 'pin it'), stems('button')),
  ),
);

/** What a site embeds from another service: its players, maps, posts and feeds. */
const EMBEDDABLE = words('video', 'videos', 'content', 'map', 'maps', 'media', 'player', 'players', 'posts', 'feeds', 'widgets');
/** Services whose players, maps or posts sites embed; each sets its own cookies when it loads. */
const EMBED_HOSTS = words('YouTube', 'Vimeo', 'Google Maps', 'SoundCloud', 'Spotify', 'Instagram', 'TikTok', 'Twitch', 'Wistia', 'Mapbox');

/**
 * Another service's content embedded in the site's pages: "embedded YouTube videos", "videos embedded from Vimeo",
 * "we embed maps from Google Maps", "content embedded from other websites". Loading it lets that service set its own
 * cookies. Not what the user embeds elsewhere ("you may embed our videos on your blog"), nor links or images in an
 * e-mail ("links embedded in our newsletters").
 */
export const EMBEDDED_CONTENT = concept(
  'EMBEDDED_CONTENT',
  anyOf(
    seq(words('embedded'), opt(anyOf(EMBED_HOSTS, words('third-party', 'third party', 'social media', 'external'))), EMBEDDABLE),
    seq(EMBEDDABLE, words('embedded'), words('from', 'by')),
    seq(
      words('we', 'our site', 'our website', 'our pages', 'this site'),
      opt(words('may', 'also', 'may also')),
      words('embed', 'embeds'),
      gap(3),
      anyOf(EMBEDDABLE, EMBED_HOSTS),
    ),
    seq(EMBED_HOSTS, words('video', 'videos', 'player', 'players', 'map', 'maps', 'embeds')),
  ),
);

/** Someone else's cookies on this site: "partners may have their own cookies", "set their own cookies". */
export const OWN_COOKIES_OF_OTHERS = concept(
  'OWN_COOKIES_OF_OTHERS',
  seq(
    // The verb "set", not the noun: "a small set of its own cookies" are the site's.
    anyOf(words('place', 'use', 'have', 'deploy', 'drop', 'read', 'view', 'edit'), words('set') + notFollowedBy('\\s+of\\b')),
    gap(2),
    words('their own', 'its own'),
    gap(2),
    stems('cookie', 'pixel', 'tracking', 'tag', 'technolog'),
  ),
);

/**
 * Third parties gathering data on the site: "we allow certain third parties to collect information about you",
 * "partners may receive information about your activities". Tracking, though no cookie is named.
 */
export const OTHERS_COLLECT = concept(
  'OTHERS_COLLECT',
  seq(
    anyOf(stems('third-part', 'third part', 'partner', 'advertiser', 'vendor'), words('companies', 'providers', 'networks', 'firms')),
    gap(5),
    words('collect', 'collects', 'receive', 'receives', 'gather', 'gathers', 'obtain', 'obtains', 'access', 'use'),
    gap(3),
    words('information', 'data', 'identifiers'),
  ),
);

/** What makes a collection online tracking: the browser, the device, online activity, or "this way" after a cookie passage. */
export const ONLINE_ACTIVITY = concept(
  'ONLINE_ACTIVITY',
  anyOf(
    words(
      'browser',
      'browsers',
      'device',
      'devices',
      'online',
      'this way',
      'automatically',
      'visit',
      'visits',
      'browsing',
      'activities',
      'activity',
      'our site',
      'our sites',
      'our website',
      'our websites',
      'our services',
      'interactions',
    ),
  ),
);
