/**
 * A button that shows only an icon. Its label is its accessible name and also its tooltip, so
 * a mouse user learns what a screen reader user hears.
 */
import { forwardRef } from 'react';
import { Icon, type IconName } from './Icon';

export interface IconButtonProps {
  readonly icon: IconName;
  readonly label: string;
  readonly onPress: () => void;
  readonly isDisabled?: boolean;
  readonly variant?: 'plain' | 'danger';
  readonly testId?: string;
  /** Names the button within its row, so focus can be put back on it after a move. */
  readonly part?: string;
  readonly 'aria-expanded'?: boolean;
  readonly 'aria-controls'?: string;
  readonly onKeyDown?: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
}

export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { icon, label, onPress, isDisabled, variant = 'plain', testId, part, onKeyDown, ...aria },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      className={`icon-button icon-button-${variant}`}
      aria-label={label}
      title={label}
      disabled={isDisabled}
      onClick={onPress}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-part={part}
      aria-expanded={aria['aria-expanded']}
      aria-controls={aria['aria-controls']}
    >
      <Icon name={icon} size={20} />
    </button>
  );
});
