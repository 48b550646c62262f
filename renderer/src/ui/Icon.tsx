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
} as const;

export type IconName = keyof typeof PATHS;

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
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
