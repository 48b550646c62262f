import { Button as AriaButton, type ButtonProps } from 'react-aria-components';

export function Button({
  variant = 'secondary',
  className,
  testId,
  ...props
}: ButtonProps & { variant?: 'primary' | 'secondary' | 'danger'; testId?: string }) {
  return (
    <AriaButton
      {...props}
      {...(testId ? { 'data-testid': testId } : {})}
      className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}
