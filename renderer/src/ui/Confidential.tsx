/**
 * Wraps anything confidential. While the privacy curtain is down it renders a calm placeholder
 * instead, so nothing about a member can be read over the facilitator's shoulder.
 */
import type { ReactNode } from 'react';
import { useCurtainStore } from '../stores/curtain.store';
import { useI18n } from '../i18n/I18nProvider';

export function Confidential({ children }: { children: ReactNode }) {
  const down = useCurtainStore((s) => s.down);
  const { t } = useI18n();
  if (down) {
    return (
      <p className="confidential-hidden" data-confidential="hidden">
        {t('curtain.hidden')}
      </p>
    );
  }
  return <div data-confidential="shown">{children}</div>;
}
