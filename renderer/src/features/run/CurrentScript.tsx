/**
 * The current item's read-aloud script and private preparation notes, from the plan, for the
 * facilitator's eyes only (hidden under the privacy curtain, never sent to the room display).
 */
import { useEffect, useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import type { SessionPlan } from '../../domain/plans/plan';
import { currentEntry } from '../../domain/session/agenda';
import type { LiveSession } from '../../domain/session/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Confidential } from '../../ui/Confidential';

export function CurrentScript({ live }: { live: LiveSession }) {
  const { t } = useI18n();
  const loadPlan = useGroupsStore((s) => s.loadPlan);
  const [plan, setPlan] = useState<SessionPlan | null>(null);

  useEffect(() => {
    if (!live.planId) return;
    let current = true;
    void loadPlan(live.planId).then((loaded) => {
      if (current) setPlan(loaded ?? null);
    });
    return () => {
      current = false;
    };
  }, [live.planId, loadPlan]);

  const entry = currentEntry(live.agenda);
  const item = plan?.items.find((i) => i.id === entry?.id);
  if (!item || (item.script.trim() === '' && item.prepNotes.trim() === '')) return null;
  const content = { lang: plan?.language, dir: directionOf(live.language) } as const;
  return (
    <section className="panel-section current-script" aria-labelledby="current-script-title">
      <h2 id="current-script-title">{t('live.scriptTitle')}</h2>
      <Confidential>
        {item.script.trim() !== '' ? (
          <p className="script-text" {...content} data-testid="current-script">
            {item.script}
          </p>
        ) : null}
        {item.prepNotes.trim() !== '' ? (
          <div className="private-field">
            <h3>{t('agenda.prepNotes')}</h3>
            <p className="script-text" {...content}>
              {item.prepNotes}
            </p>
          </div>
        ) : null}
      </Confidential>
    </section>
  );
}
