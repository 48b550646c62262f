/** Writing one's own prompt (stored encrypted), tagged like the built-in ones. */
import { useState } from 'react';
import {
  CONTENT_NOTES,
  DEPTHS,
  PROMPT_MINUTES,
  PROMPT_TEXT_MAX,
  type ContentNote,
  type Depth,
  type PromptMinutes,
} from '../../domain/icebreakers/prompt';
import { GROUP_KINDS, type GroupKind } from '../../domain/plans/templates';
import { useI18n } from '../../i18n/I18nProvider';
import { useLibraryStore } from '../../stores/library.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { GROUP_KIND_LABELS } from '../groups/labels';
import { DEPTH_LABELS, NOTE_LABELS } from './labels';

export function CustomPromptDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const addCustom = useLibraryStore((s) => s.addCustom);
  const [text, setText] = useState('');
  const [depth, setDepth] = useState<Depth>('light');
  const [minutes, setMinutes] = useState<PromptMinutes>(10);
  const [kinds, setKinds] = useState<readonly GroupKind[]>(GROUP_KINDS);
  const [notes, setNotes] = useState<readonly ContentNote[]>([]);
  const [problem, setProblem] = useState<'text' | 'kinds' | null>(null);

  const save = () => {
    if (text.trim() === '') return setProblem('text');
    if (kinds.length === 0) return setProblem('kinds');
    addCustom({ text, depth, minutes, groupKinds: kinds, contentNotes: notes });
    onClose();
  };
  const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);

  return (
    <Dialog
      title={t('icebreakers.writeOwn')}
      onClose={onClose}
      testId="custom-prompt"
      className="dialog-wide"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextArea
          label={t('icebreakers.promptText')}
          description={t('icebreakers.promptTextHint')}
          value={text}
          onChange={(value) => {
            setText(value);
            setProblem(null);
          }}
          rows={3}
          maxLength={PROMPT_TEXT_MAX}
          dir="auto"
          autoFocus
          error={problem === 'text' ? t('icebreakers.textNeeded') : null}
          testId="custom-text"
        />
        <div className="form-grid">
          <SelectField
            label={t('icebreakers.depth')}
            value={depth}
            options={DEPTHS.map((d) => ({ value: d, label: t(DEPTH_LABELS[d]) }))}
            onChange={setDepth}
            testId="custom-depth"
          />
          <SelectField
            label={t('icebreakers.time')}
            value={String(minutes)}
            options={PROMPT_MINUTES.map((m) => ({
              value: String(m),
              label: t('icebreakers.minutes', { count: m }),
            }))}
            onChange={(m) => setMinutes(Number(m) as PromptMinutes)}
            testId="custom-minutes"
          />
        </div>
        <fieldset className="filter-set">
          <legend>{t('icebreakers.suits')}</legend>
          {GROUP_KINDS.map((k) => (
            <CheckboxField
              key={k}
              label={t(GROUP_KIND_LABELS[k])}
              checked={kinds.includes(k)}
              onChange={(on) => {
                setKinds(toggle(kinds, k, on));
                setProblem(null);
              }}
            />
          ))}
          {problem === 'kinds' ? (
            <p className="field-error" role="alert">
              {t('icebreakers.kindsNeeded')}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="filter-set">
          <legend>{t('icebreakers.touches')}</legend>
          {CONTENT_NOTES.map((n) => (
            <CheckboxField
              key={n}
              label={t(NOTE_LABELS[n])}
              checked={notes.includes(n)}
              onChange={(on) => setNotes(toggle(notes, n, on))}
              testId={`custom-note-${n}`}
            />
          ))}
        </fieldset>
        <div className="form-actions">
          <Button onPress={onClose}>{t('icebreakers.cancel')}</Button>
          <Button variant="primary" type="submit" testId="custom-save">
            {t('icebreakers.saveOwn')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
