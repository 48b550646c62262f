/**
 * The library's filters, its search, "draw", and the prompts that pass the filters, each with
 * the actions the caller gives it. Used by the Icebreakers screen and by the pickers in the plan
 * editor and the run view. Draw never repeats what the group had in its recent sessions, nor a
 * prompt already drawn this time, while another remains.
 */
import { useMemo, useState, type ReactNode } from 'react';
import {
  drawPrompt,
  filterPrompts,
  NO_FILTER,
  type Draw,
  type PromptFilter,
} from '../../domain/icebreakers/library';
import {
  CONTENT_NOTES,
  DEPTHS,
  PROMPT_MINUTES,
  type LibraryPrompt,
} from '../../domain/icebreakers/prompt';
import { GROUP_KINDS, type GroupKind, type TemplateLanguage } from '../../domain/plans/templates';
import { localIsoDate } from '../../domain/time/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { GROUP_KIND_LABELS } from '../groups/labels';
import { DEPTH_LABELS, NOTE_LABELS } from './labels';
import { PromptCard } from './PromptCard';
import { matchesText, usePrompts } from './usePrompts';

const ANY = '';
/** Cards drawn at once; "Show more" adds as many again. */
const PAGE = 40;

export function PromptBrowser({
  language,
  groupId,
  groupKind,
  actions,
  drawActions,
}: {
  language: TemplateLanguage;
  /** The group draws are for (its recent prompts are not drawn again); null: none. */
  groupId: string | null;
  /** The filter's group kind to begin with. */
  groupKind: GroupKind | null;
  actions: (prompt: LibraryPrompt) => ReactNode;
  /** What a drawn prompt offers (defaults to `actions`). */
  drawActions?: (prompt: LibraryPrompt) => ReactNode;
}) {
  const { t } = useI18n();
  const prompts = usePrompts(language);
  const favourites = useLibraryStore((s) => s.marks.favourites);
  const hidden = useLibraryStore((s) => s.marks.hidden);
  const history = useLibraryStore((s) => (groupId ? s.marks.history[groupId] : undefined));
  const [filter, setFilter] = useState<PromptFilter>({ ...NO_FILTER, groupKind });
  const [drawn, setDrawn] = useState<Draw | null>(null);
  const [drawnNow, setDrawnNow] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const marks = useMemo(
    () => ({ favourites: new Set(favourites), hidden: new Set(hidden) }),
    [favourites, hidden],
  );
  const listed = useMemo(
    () => filterPrompts(prompts, filter, marks, matchesText),
    [prompts, filter, marks],
  );
  const change = (patch: Partial<PromptFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };
  const draw = () => {
    // Hidden prompts are never drawn, even when shown to be brought back.
    const pool = listed.filter((p) => !marks.hidden.has(p.id));
    const next = drawPrompt(pool, history ?? [], drawnNow, Math.random, localIsoDate(Date.now()));
    setDrawn(next);
    if (next) setDrawnNow((seen) => new Set([...seen, next.prompt.id]));
  };

  return (
    <div className="prompt-browser">
      <div className="prompt-filters" role="search">
        <TextField
          label={t('icebreakers.search')}
          value={filter.query}
          onChange={(query) => change({ query })}
          testId="prompt-search"
          dir="auto"
        />
        <SelectField
          label={t('icebreakers.groupKind')}
          value={filter.groupKind ?? ANY}
          options={[
            { value: ANY, label: t('icebreakers.anyGroup') },
            ...GROUP_KINDS.map((k) => ({ value: k, label: t(GROUP_KIND_LABELS[k]) })),
          ]}
          onChange={(kind) => change({ groupKind: kind === ANY ? null : kind })}
          testId="prompt-group-kind"
        />
        <SelectField
          label={t('icebreakers.time')}
          value={filter.maxMinutes === null ? ANY : String(filter.maxMinutes)}
          options={[
            { value: ANY, label: t('icebreakers.anyTime') },
            ...PROMPT_MINUTES.map((m) => ({
              value: String(m),
              label: t('icebreakers.upTo', { count: m }),
            })),
          ]}
          onChange={(m) => change({ maxMinutes: m === ANY ? null : Number(m) })}
          testId="prompt-time"
        />
        <fieldset className="filter-set">
          <legend>{t('icebreakers.depth')}</legend>
          {DEPTHS.map((d) => (
            <CheckboxField
              key={d}
              label={t(DEPTH_LABELS[d])}
              checked={filter.depths.includes(d)}
              onChange={(on) =>
                change({
                  depths: on ? [...filter.depths, d] : filter.depths.filter((x) => x !== d),
                })
              }
              testId={`depth-${d}`}
            />
          ))}
        </fieldset>
        <details className="filter-set notes-exclude">
          <summary>
            {filter.excludeNotes.length === 0
              ? t('icebreakers.exclude')
              : t('icebreakers.excluding', { count: filter.excludeNotes.length })}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t('icebreakers.exclude')}</legend>
            {CONTENT_NOTES.map((n) => (
              <CheckboxField
                key={n}
                label={t(NOTE_LABELS[n])}
                checked={filter.excludeNotes.includes(n)}
                onChange={(on) =>
                  change({
                    excludeNotes: on
                      ? [...filter.excludeNotes, n]
                      : filter.excludeNotes.filter((x) => x !== n),
                  })
                }
                testId={`exclude-${n}`}
              />
            ))}
          </fieldset>
        </details>
        <div className="filter-set">
          <CheckboxField
            label={t('icebreakers.favouritesOnly')}
            checked={filter.favouritesOnly}
            onChange={(favouritesOnly) => change({ favouritesOnly })}
            testId="favourites-only"
          />
          <CheckboxField
            label={t('icebreakers.showHidden')}
            checked={filter.showHidden}
            onChange={(showHidden) => change({ showHidden })}
            testId="show-hidden"
          />
        </div>
      </div>
      <div className="draw-row">
        <Button variant="primary" onPress={draw} isDisabled={listed.length === 0} testId="draw">
          <Icon name="shuffle" size={20} />
          {drawn ? t('icebreakers.drawAgain') : t('icebreakers.draw')}
        </Button>
        <p className="muted">
          {groupId ? t('icebreakers.drawHintGroup') : t('icebreakers.drawHint')}
        </p>
      </div>
      {/* Only the drawn prompt's words are announced, not its buttons. */}
      <p className="visually-hidden" aria-live="polite">
        {drawn ? `${t('icebreakers.drawn')}: ${drawn.prompt.text}` : ''}
      </p>
      <div>
        {drawn ? (
          <div className="drawn" data-testid="drawn">
            {drawn.repeat ? <p className="muted">{t('icebreakers.repeat')}</p> : null}
            <PromptCard prompt={drawn.prompt} language={language} testId="drawn-prompt">
              {(drawActions ?? actions)(drawn.prompt)}
            </PromptCard>
          </div>
        ) : null}
      </div>
      <p className="muted" role="status" data-testid="prompt-count">
        {t('icebreakers.count', { count: listed.length })}
      </p>
      <ul className="prompt-list">
        {listed.slice(0, shown).map((p) => (
          <li key={p.id}>
            <PromptCard prompt={p} language={language} hidden={marks.hidden.has(p.id)}>
              {actions(p)}
            </PromptCard>
          </li>
        ))}
      </ul>
      {listed.length > shown ? (
        <Button onPress={() => setShown((n) => n + PAGE)} testId="prompts-more">
          {t('icebreakers.more')}
        </Button>
      ) : null}
    </div>
  );
}
