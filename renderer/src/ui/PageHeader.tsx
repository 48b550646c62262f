import { forwardRef, type ReactNode } from 'react';

/**
 * Each screen's title. The heading takes focus after navigation (tabIndex -1) so a screen
 * reader announces where the facilitator has arrived.
 */
export const PageHeader = forwardRef<
  HTMLHeadingElement,
  {
    title: string;
    lead: string;
    children?: ReactNode;
    /** The title's own language and direction, when it is content (a plan's title). */
    lang?: string | undefined;
    dir?: 'ltr' | 'rtl' | undefined;
  }
>(function PageHeader({ title, lead, children, lang, dir }, ref) {
  return (
    <header className="page-header">
      <h1 ref={ref} tabIndex={-1} id="page-title" lang={lang} dir={dir}>
        {title}
      </h1>
      <p className="page-lead">{lead}</p>
      {children}
    </header>
  );
});
