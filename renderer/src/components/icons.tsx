/** Line icons drawn in the text colour; decorative, so hidden from assistive technology. */

const iconProps = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export function OpenIcon() {
  return (
    <svg {...iconProps}>
      <path d="M2 4.5A1.5 1.5 0 0 1 3.5 3h3l1.5 1.5h4.5A1.5 1.5 0 0 1 14 6v5.5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 11.5z" />
    </svg>
  );
}

export function ZoomInIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14M5 7h4M7 5v4" />
    </svg>
  );
}

export function ZoomOutIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14M5 7h4" />
    </svg>
  );
}

export function FitIcon() {
  return (
    <svg {...iconProps}>
      <path d="M2 5.5V3a1 1 0 0 1 1-1h2.5M10.5 2H13a1 1 0 0 1 1 1v2.5M14 10.5V13a1 1 0 0 1-1 1h-2.5M5.5 14H3a1 1 0 0 1-1-1v-2.5" />
      <rect x="5" y="5" width="6" height="6" rx="1" />
    </svg>
  );
}

export function PanelIcon() {
  return (
    <svg {...iconProps}>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M10 2.5v11" />
    </svg>
  );
}

export function LogoMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <rect width="22" height="22" rx="6" fill="#4f46e5" />
      <path
        d="M5 14.5c2.5 0 2.5-7 5-7s2.5 7 5 7"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <circle cx="5" cy="14.5" r="1.4" fill="#fff" />
      <circle cx="17" cy="14.5" r="1.4" fill="#fff" />
    </svg>
  );
}
