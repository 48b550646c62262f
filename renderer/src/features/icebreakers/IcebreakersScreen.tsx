/**
 * The icebreaker library: original prompts tagged by how much they ask of people, the group
 * kinds they suit, their time and what they touch on; the facilitator's own prompts,
 * favourites and hidden ones; "draw" for a group without repeating its recent prompts; and a
 * way to put a prompt on a plan's agenda item.
 */
import { useEffect, useState } from 'react';
import type { Depth, LibraryPrompt } from '../../domain/icebreakers/prompt';
import type { TextKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { useScreenHeading } from '../../ui/useScreenHeading';
import { LibraryExportButton } from '../exports/LibraryExport';
import { AddToPlanDialog } from './AddToPlanDialog';
import { CustomPromptDialog } from './CustomPromptDialog';
import { DEPTH_LABELS } from './labels';
import { PromptBrowser } from './PromptBrowser';
import { DepthMeter } from './PromptCard';
import './icebreakers.css';

const NO_GROUP = '';

const DEPTH_GUIDE: readonly { depth: Depth; body: TextKey }[] = [
  { depth: 'light', body: 'icebreakers.depthLightBody' },
  { depth: 'moderate', body: 'icebreakers.depthModerateBody' },
  { depth: 'deep', body: 'icebreakers.depthDeepBody' },
];

export function IcebreakersScreen() {
  const { t, language } = useI18n();
  const heading = useScreenHeading();
  const loadGroups = useGroupsStore((s) => s.load);
  const groups = useGroupsStore((s) => s.groups);
  const favourites = useLibraryStore((s) => s.marks.favourites);
  const hidden = useLibraryStore((s) => s.marks.hidden);
  const setFavourite = useLibraryStore((s) => s.setFavourite);
  const setHidden = useLibraryStore((s) => s.setHidden);
  const removeCustom = useLibraryStore((s) => s.removeCustom);
  const status = useLibraryStore((s) => s.status);
  const [groupId, setGroupId] = useState(NO_GROUP);
  const [writing, setWriting] = useState(false);
  const [adding, setAdding] = useState<LibraryPrompt | null>(null);

  useEffect(() => {
    void loadGroups();
  }, [loadGroups]);

  const group = groupId === NO_GROUP ? undefined : groups[groupId];
  const actions = (p: LibraryPrompt) => {
    const favourite = favourites.includes(p.id);
    const isHidden = hidden.includes(p.id);
    return (
      <>
        <Button
          className="link-button"
          aria-pressed={favourite}
          onPress={() => setFavourite(p.id, !favourite)}
          testId="favourite"
        >
          <Icon name="star" size={18} {...(favourite ? { className: 'icon-filled' } : {})} />
          {t('icebreakers.favourite')}
        </Button>
        <Button className="link-button" onPress={() => setAdding(p)} testId="add-to-plan-open">
          <Icon name="plus" size={18} />
          {t('icebreakers.addToPlan')}
        </Button>
        {p.source === 'built-in' ? (
          <Button
            className="link-button"
            onPress={() => setHidden(p.id, !isHidden)}
            testId={isHidden ? 'unhide' : 'hide'}
          >
            <Icon name={isHidden ? 'eye' : 'eyeOff'} size={18} />
            {isHidden ? t('icebreakers.unhide') : t('icebreakers.hide')}
          </Button>
        ) : (
          <Button
            className="link-button"
            onPress={() => {
              removeCustom(p.id);
              // The card and its button are gone: back to the search, not to the page's end.
              document.querySelector<HTMLInputElement>('[data-testid="prompt-search"]')?.focus();
            }}
            testId="delete-own"
          >
            <Icon name="trash" size={18} />
            {t('icebreakers.deleteOwn')}
          </Button>
        )}
      </>
    );
  };

  return (
    <div className="screen icebreakers-screen">
      <PageHeader ref={heading} title={t('icebreakers.title')} lead={t('icebreakers.lead')}>
        <div className="page-actions">
          <Button onPress={() => setWriting(true)} testId="write-own">
            <Icon name="plus" size={18} />
            {t('icebreakers.writeOwn')}
          </Button>
          <LibraryExportButton />
        </div>
      </PageHeader>
      <p className="callout">
        <Icon name="hand" size={22} />
        <span>{t('icebreakers.passNote')}</span>
      </p>
      <details className="depth-guide">
        <summary>{t('icebreakers.depthTitle')}</summary>
        <dl>
          {DEPTH_GUIDE.map(({ depth, body }) => (
            <div key={depth}>
              <dt>
                <DepthMeter depth={depth} />
                {t(DEPTH_LABELS[depth])}
              </dt>
              <dd>{t(body)}</dd>
            </div>
          ))}
        </dl>
      </details>
      {status === 'failed' ? (
        <p className="screen-error" role="alert">
          {t('icebreakers.loadFailed')}
        </p>
      ) : null}
      <Confidential>
        <SelectField
          label={t('icebreakers.forGroup')}
          description={t('icebreakers.forGroupHint')}
          value={groupId}
          options={[
            { value: NO_GROUP, label: t('icebreakers.noGroup') },
            ...Object.values(groups).map((g) => ({ value: g.id, label: g.name })),
          ]}
          onChange={setGroupId}
          testId="draw-group"
          className="for-group"
        />
        <PromptBrowser
          // A new group starts the filters again from its kind.
          key={groupId}
          language={language}
          groupId={group?.id ?? null}
          groupKind={group?.kind ?? null}
          actions={actions}
        />
      </Confidential>
      {writing ? <CustomPromptDialog onClose={() => setWriting(false)} /> : null}
      {adding ? (
        <AddToPlanDialog
          prompt={adding}
          groupId={group?.id ?? null}
          onClose={() => setAdding(null)}
        />
      ) : null}
    </div>
  );
}
