/** The first practices are the headline answers; any added later go to "More practices". Its own module: the loading state needs it before the registry loads. */
export const MAIN_BADGES = 4;
