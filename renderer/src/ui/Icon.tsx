/** A few line icons drawn for Circlekeeper (24×24, stroke follows currentColor). */
const PATHS = {
  circle:
    'M12 3.5a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2ZM18.6 7.3a1.6 1.6 0 1 1-1.6 2.8 1.6 1.6 0 0 1 1.6-2.8ZM18.6 16.7a1.6 1.6 0 1 1-2.8-1.6 1.6 1.6 0 0 1 2.8 1.6ZM12 17.3a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2ZM5.4 16.7a1.6 1.6 0 1 1 1.6-2.8 1.6 1.6 0 0 1-1.6 2.8ZM5.4 7.3a1.6 1.6 0 1 1 2.8 1.6 1.6 1.6 0 0 1-2.8-1.6Z',
  groups:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2.5 19c.6-3 2.8-5 5.5-5s4.9 2 5.5 5M13.8 15.2c.7-.8 1.5-1.2 2.2-1.2 2.7 0 4.9 2 5.5 5',
  run: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12v4l2.5 2.5M9.5 2.5h5M19 6l1.5-1.5',
  notes: 'M6 3.5h9l3.5 3.5v13.5H6zM14.5 3.5V7.5h4M9 12h6M9 15.5h6M9 8.5h3',
  icebreakers:
    'M12 20.5s-7.5-4.4-7.5-10A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.9c0 5.6-7.5 10-7.5 10Z',
  settings:
    'M4 7h9M17 7h3M4 17h3M11 17h9M15 9.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM9 19.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  lock: 'M6.5 10.5h11v10h-11zM8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5',
  screen: 'M3.5 4.5h17v11h-17zM9 20h6M12 15.5V20',
  shield: 'M12 3 4.5 6v5.5c0 4.6 3.2 8.2 7.5 9.5 4.3-1.3 7.5-4.9 7.5-9.5V6Zm-3 9 2.2 2.2L15.5 10',
  hand: 'M8 12V5.5a1.5 1.5 0 0 1 3 0V11m0-6.5a1.5 1.5 0 0 1 3 0V11m0-5a1.5 1.5 0 0 1 3 0v7.5c0 4-2.7 7-6.5 7-2.4 0-4-1-5.4-3.1L3.8 14a1.5 1.5 0 0 1 2.4-1.8L8 14.5',
  wave: 'M3 12c2 0 2-3 4.5-3S9.5 15 12 15s2.5-6 4.5-6S19 12 21 12',
  eyeOff:
    'M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c5 0 8.5 4.5 9.5 6-.5.8-1.6 2.3-3.2 3.6M6.3 7.6C4.5 8.9 3.2 10.7 2.5 12c1 1.5 4.5 6 9.5 6 1.6 0 3-.4 4.3-1.1M9.9 9.9a3 3 0 0 0 4.2 4.2',
  plus: 'M12 5v14M5 12h14',
  trash: 'M4.5 6.5h15M9.5 6.5V4.5h5v2M6.5 6.5l1 13.5h9l1-13.5M10 10.5v6M14 10.5v6',
  copy: 'M8.5 8.5h11v11h-11zM15.5 8.5v-4h-11v11h4',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  print: 'M7 9V3.5h10V9M7 17.5H4.5V9h15v8.5H17M7 14h10v6.5H7z',
  next: 'M4 12h13M12 6l6 6-6 6M20.5 5v14',
  template: 'M4.5 4.5h15v4h-15zM4.5 11.5h6.5v8h-6.5zM14 11.5h5.5M14 15.5h5.5M14 19.5h5.5',
  undo: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  chevron: 'M9 6l6 6-6 6',
  back: 'M15 6l-6 6 6 6',
  archive: 'M3.5 4.5h17v4h-17zM5 8.5v11h14v-11M10 12.5h4',
  calendar: 'M4.5 6h15v14h-15zM4.5 10h15M8.5 3.5V8M15.5 3.5V8',
  close: 'M6 6l12 12M18 6 6 18',
  alert: 'M12 4 2.8 19.5h18.4ZM12 10v4.5M12 17.2v.1',
  lifebuoy:
    'M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM6 6l3.5 3.5M18 6l-3.5 3.5M6 18l3.5-3.5M18 18l-3.5-3.5',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM15.5 15.5 20 20',
  star: 'M12 3.8l2.5 5.2 5.7.7-4.2 3.9 1.1 5.6L12 16.4l-5.1 2.8 1.1-5.6-4.2-3.9 5.7-.7Z',
  shuffle:
    'M4 7h3.5c4 0 5 10 9 10H20M4 17h3.5c1.6 0 2.7-1.6 3.6-3.5M13 10.5C13.9 8.6 15 7 16.5 7H20M17.5 4.5 20 7l-2.5 2.5M17.5 14.5 20 17l-2.5 2.5',
  eye: 'M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Zm9.5-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  pause: 'M9 5.5v13M15 5.5v13',
  chart: 'M4.5 19.5h15M7.5 16.5v-5M12 16.5v-10M16.5 16.5v-7',
  export: 'M12 14.5V3.5M7.5 8 12 3.5 16.5 8M4.5 13v7h15v-7',
} as const;

export type IconName = keyof typeof PATHS;

/** Icons that point along the line of text: mirrored when it runs right to left. */
const DIRECTIONAL: ReadonlySet<IconName> = new Set(['next', 'back', 'chevron', 'undo']);

export function Icon({
  name,
  size = 24,
  className,
}: {
  name: IconName;
  size?: number;
  className?: string;
}) {
  const filled = name === 'circle';
  return (
    <svg
      className={
        [DIRECTIONAL.has(name) ? 'icon-directional' : '', className].filter(Boolean).join(' ') ||
        undefined
      }
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth={name === 'grip' ? 3 : 1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
