import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({
  icon,
  title,
  children,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="empty-state" aria-labelledby={`empty-${icon}`}>
      <div className="empty-state-mark">
        <Icon name={icon} size={36} />
      </div>
      <div>
        <h2 id={`empty-${icon}`}>{title}</h2>
        {children}
      </div>
    </section>
  );
}
