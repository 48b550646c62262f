/**
 * A native <button>: the most accessible control there is, and cheap to render on the first
 * screen. onPress/isDisabled keep the names the rest of the UI uses.
 */
import type { ReactNode } from 'react';

export interface ButtonProps {
  readonly children: ReactNode;
  readonly onPress?: () => void;
  readonly type?: 'button' | 'submit';
  readonly variant?: 'primary' | 'secondary' | 'danger';
  readonly isDisabled?: boolean;
  readonly className?: string;
  readonly testId?: string;
  readonly 'aria-pressed'?: boolean;
}

export function Button({
  children,
  onPress,
  type = 'button',
  variant = 'secondary',
  isDisabled,
  className,
  testId,
  ...aria
}: ButtonProps) {
  return (
    <button
      type={type}
      className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}
      disabled={isDisabled}
      onClick={onPress}
      data-testid={testId}
      aria-pressed={aria['aria-pressed']}
    >
      {children}
    </button>
  );
}
