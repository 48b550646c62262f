/**
 * How the session keeps time: when the warning chime sounds, how loud, a flash with each chime,
 * the gentle cue only the facilitator sees, moving on by itself, and a soft limit per speaker.
 */
import { useId } from 'react';
import { chimePlayer } from '../../app/chimePlayer';
import type { LiveSession } from '../../domain/session/session';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';

const MIN = 60_000;
/** The warning points offered, in minutes (0: none). */
export const WARNING_MINUTES = [0, 1, 2, 3, 5, 10] as const;
const SPEAKER_LIMITS = [0, 1, 2, 3, 4, 5, 8, 10] as const;

export function useMinuteOptions(values: readonly number[], none: string) {
  const { t } = useI18n();
  return values.map((m) => ({
    value: String(m),
    label: m === 0 ? none : t('run.minutesOption', { count: m }),
  }));
}

export function ChimeSettings({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const update = useSessionStore((s) => s.updateSettings);
  const agendaCommand = useSessionStore((s) => s.agenda);
  const s = live.settings;
  const volumeId = useId();
  const warningOptions = useMinuteOptions(WARNING_MINUTES, t('run.warningNone'));
  const limitOptions = useMinuteOptions(SPEAKER_LIMITS, t('run.speakerLimitNone'));

  return (
    <div className="chime-settings">
      <SelectField
        label={t('run.warningAt')}
        description={t('run.warningAtHelp')}
        value={String(Math.round(s.warningMs / MIN))}
        options={warningOptions}
        onChange={(value) => update({ warningMs: Number(value) * MIN })}
        testId="warning-minutes"
      />
      <div className="field">
        <label className="field-label" htmlFor={volumeId}>
          {t('run.volume')}
        </label>
        <div className="volume-row">
          <input
            id={volumeId}
            type="range"
            className="volume"
            min={0}
            max={100}
            step={10}
            value={Math.round(s.volume * 100)}
            aria-valuetext={`${formatNumber(Math.round(s.volume * 100), language)} %`}
            disabled={s.muted || s.gentleCue}
            onChange={(event) => update({ volume: Number(event.target.value) / 100 })}
            data-testid="volume"
          />
          <Button
            onPress={() => chimePlayer.play('warning', s.volume)}
            isDisabled={s.muted || s.gentleCue}
            testId="test-chime"
          >
            {t('run.testChime')}
          </Button>
        </div>
      </div>
      <CheckboxField
        label={t('run.mute')}
        checked={s.muted}
        onChange={(muted) => update({ muted })}
        testId="mute"
      />
      <CheckboxField
        label={t('run.flash')}
        description={t('run.flashHelp')}
        checked={s.flash}
        onChange={(flash) => update({ flash })}
        testId="flash"
      />
      <CheckboxField
        label={t('run.gentleCue')}
        description={t('run.gentleCueHelp')}
        checked={s.gentleCue}
        onChange={(gentleCue) => update({ gentleCue })}
        testId="gentle-cue-mode"
      />
      <CheckboxField
        label={t('run.autoAdvance')}
        description={t('run.autoAdvanceHelp')}
        checked={live.agenda.autoAdvance}
        onChange={(on) => agendaCommand({ type: 'auto-advance', on })}
        testId="auto-advance"
      />
      <SelectField
        label={t('run.speakerLimit')}
        description={t('run.speakerLimitHelp')}
        value={String(Math.round((s.speakerLimitMs ?? 0) / MIN))}
        options={limitOptions}
        onChange={(value) =>
          update({ speakerLimitMs: Number(value) === 0 ? null : Number(value) * MIN })
        }
        testId="speaker-limit"
      />
    </div>
  );
}
