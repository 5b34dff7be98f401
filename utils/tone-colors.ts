import type { Tone } from '../analyzer/types';

/** Highlight colours per verdict tone; never the only signal: the tooltip names the verdict. */
export const TONE_COLORS: Record<Tone, { solid: string; wash: string }> = {
  bad: { solid: '#c5221f', wash: 'rgba(217, 48, 37, 0.22)' },
  caution: { solid: '#b06000', wash: 'rgba(242, 153, 0, 0.28)' },
  good: { solid: '#137333', wash: 'rgba(30, 142, 62, 0.22)' },
  neutral: { solid: '#3c5a80', wash: 'rgba(66, 133, 244, 0.18)' },
};
