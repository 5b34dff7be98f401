import type { ComponentChildren } from 'preact';
import type { Tone } from '../analyzer/types';

/** Decorative 20×20 line icon: words always carry the meaning, so icons are hidden from screen readers. */
function Icon({ children, size = 16, class: cls }: { children: ComponentChildren; size?: number; class?: string }) {
  return (
    <svg
      class={cls ? `icon ${cls}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg class="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--brand)" />
      <path d="M8 10h9M8 14h6M8 18h4" stroke="var(--brand-ink)" stroke-width="2" stroke-linecap="round" opacity=".7" />
      <circle cx="18.5" cy="17.5" r="5.5" fill="none" stroke="var(--brand-ink)" stroke-width="2.2" />
      <path d="m22.5 21.5 3.5 3.5" stroke="var(--brand-ink)" stroke-width="2.4" stroke-linecap="round" />
    </svg>
  );
}

export function ToneIcon({ tone, size }: { tone: Tone; size?: number }) {
  switch (tone) {
    case 'good':
      return (
        <Icon size={size}>
          <circle cx="10" cy="10" r="7.5" />
          <path d="m6.8 10.2 2.2 2.2 4.2-4.6" />
        </Icon>
      );
    case 'bad':
      return (
        <Icon size={size}>
          <circle cx="10" cy="10" r="7.5" />
          <path d="M10 6v4.8M10 13.8v.1" />
        </Icon>
      );
    case 'caution':
      return (
        <Icon size={size}>
          <path d="M10 3 18 16.5H2Z" />
          <path d="M10 8.2v3.6M10 14.2v.1" />
        </Icon>
      );
    default:
      return (
        <Icon size={size}>
          <circle cx="10" cy="10" r="7.5" />
          <path d="M6.5 10h7" />
        </Icon>
      );
  }
}

export const ShieldIcon = () => (
  <Icon size={14}>
    <path d="M10 2.5 16 5v4.6c0 3.7-2.6 6.6-6 7.9-3.4-1.3-6-4.2-6-7.9V5Z" />
    <path d="m7.4 10 1.8 1.8 3.4-3.6" />
  </Icon>
);
export const GearIcon = () => (
  <Icon size={18}>
    <circle cx="10" cy="10" r="2.6" />
    <path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4" />
  </Icon>
);
export const DownloadIcon = () => (
  <Icon>
    <path d="M10 3.5v9M6.2 9 10 12.8 13.8 9M4 16h12" />
  </Icon>
);
export const CopyIcon = () => (
  <Icon>
    <rect x="7" y="7" width="9.5" height="9.5" rx="2" />
    <path d="M13 7V5a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 4 5v6.5A1.5 1.5 0 0 0 5.5 13H7" />
  </Icon>
);
export const CheckIcon = () => (
  <Icon>
    <path d="m5 10.5 3.2 3.2L15 6.5" />
  </Icon>
);
export const RefreshIcon = () => (
  <Icon size={14}>
    <path d="M15.5 10a5.5 5.5 0 1 1-1.6-3.9M16 3.5v3.6h-3.6" />
  </Icon>
);
export const ExternalIcon = () => (
  <Icon size={14}>
    <path d="M11.5 4H16v4.5M16 4l-7 7M14 11.5V15a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3.5" />
  </Icon>
);
export const LocateIcon = () => (
  <Icon size={14}>
    <circle cx="10" cy="10" r="5" />
    <path d="M10 2.5v3M10 14.5v3M2.5 10h3M14.5 10h3" />
  </Icon>
);

/** Large icons for the full-popup states. */
export const NotPolicyIcon = () => (
  <Icon size={36} class="state-icon">
    <rect x="4" y="2.5" width="12" height="15" rx="2" />
    <path d="M7 7h6M7 10h3" />
    <path d="m11.5 12.5 3 3M14.5 12.5l-3 3" />
  </Icon>
);
export const UnsupportedIcon = () => (
  <Icon size={36} class="state-icon">
    <circle cx="10" cy="10" r="7.5" />
    <path d="m4.8 4.8 10.4 10.4" />
  </Icon>
);
export const ErrorIcon = () => (
  <Icon size={36} class="state-icon">
    <path d="M10 3 18 16.5H2Z" />
    <path d="M10 8.2v3.6M10 14.2v.1" />
  </Icon>
);
