/**
 * The safety card and the incident note it opens, above whatever screen is showing (the Shell
 * renders this), so a live session's timer, chimes and room display carry on underneath.
 */
import { useState } from 'react';
import { useSessionStore } from '../../stores/session.store';
import { useSafetyStore } from '../../stores/safety.store';
import { QuickNoteDialog } from '../notes/QuickNoteDialog';
import { quickNoteContext } from '../notes/quickNoteContext';
import { SafetyCard } from './SafetyCard';
import './safety.css';

export function SafetyLayer() {
  const showing = useSafetyStore((s) => s.showing);
  const groupId = useSessionStore((s) => s.live?.groupId ?? null);
  if (showing === 'card') return <SafetyCard groupId={groupId} />;
  if (showing === 'incident-note') return <IncidentNote />;
  return null;
}

function IncidentNote() {
  const hide = useSafetyStore((s) => s.hide);
  // Stamped when it was opened, with the item under way then.
  const [context] = useState(() =>
    quickNoteContext(useSessionStore.getState().live, Date.now(), true),
  );
  return <QuickNoteDialog context={context} onClose={hide} />;
}
