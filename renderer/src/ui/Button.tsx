import { Button as AriaButton, type ButtonProps } from 'react-aria-components';

export function Button({
  variant = 'secondary',
  className,
  ...props
}: ButtonProps & { variant?: 'primary' | 'secondary' }) {
  return (
    <AriaButton
      {...props}
      className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}
