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

export function NewIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 2h5l3 3v8.5a.5.5 0 0 1-.5.5h-7.5a.5.5 0 0 1-.5-.5V2.5A.5.5 0 0 1 4 2zM9 2v3h3M8 7.5v4M6 9.5h4" />
    </svg>
  );
}

export function UndoIcon() {
  return (
    <svg {...iconProps}>
      <path d="M5.5 3 2.5 6l3 3M2.5 6h7a4 4 0 0 1 0 8H7" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10.5 3l3 3-3 3M13.5 6h-7a4 4 0 0 0 0 8H9" />
    </svg>
  );
}

export function StageIcon() {
  return (
    <svg {...iconProps}>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M6 2.5v11M10 2.5v11" />
    </svg>
  );
}

export function LaneIcon() {
  return (
    <svg {...iconProps}>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M2 6.2h12M2 9.8h12" />
    </svg>
  );
}

/** A card shape with the kind's mark, so the five "Add" buttons differ at a glance. */
export function ItemKindIcon({
  kind,
}: {
  kind: 'touchpoint' | 'friction' | 'magic' | 'opportunity' | 'note';
}) {
  const marks = {
    touchpoint: <circle cx="8" cy="8" r="2.5" />,
    friction: <path d="M8 4.5v4M8 11v.2" />,
    magic: <path d="m8 4 1.1 2.5L11.5 7l-1.9 1.6.5 2.6L8 9.9 5.9 11.2l.5-2.6L4.5 7l2.4-.5z" />,
    opportunity: <path d="M6.5 11.5h3M8 4a2.5 2.5 0 0 0-1.5 4.5v1h3v-1A2.5 2.5 0 0 0 8 4z" />,
    note: <path d="M5 6h6M5 8.5h6M5 11h3.5" />,
  } as const;
  return (
    <svg {...iconProps} className={`kind-icon kind-icon--${kind}`}>
      <rect x="2" y="2" width="12" height="12" rx="2.5" />
      {marks[kind]}
    </svg>
  );
}
