/**
 * Who is in the room: members checked in from the group's roster, walk-ins by alias (never added
 * to the roster), and the seat order go-around rounds follow, set by dragging or by keyboard.
 */
import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import {
  looksLikeFullName,
  MEMBER_NAME_MAX,
  sortedRoster,
  type Member,
} from '../../domain/groups/group';
import {
  checkIn,
  checkOut,
  distinctAliases,
  moveSeat,
  walkIn,
  type Attendee,
} from '../../domain/session/attendance';
import type { LiveSession } from '../../domain/session/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useSessionStore } from '../../stores/session.store';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { TextField } from '../../ui/TextField';
import { DragHandle, MoveButtons } from '../../ui/ReorderControls';
import { useReorderable } from '../../ui/useReorderable';
import { useNameCheck } from '../groups/messages';

const newId = () => crypto.randomUUID();

export function Attendance({ live }: { live: LiveSession }) {
  const { t, language } = useI18n();
  const load = useGroupsStore((s) => s.load);
  const group = useGroupsStore((s) => (live.groupId ? s.groups[live.groupId] : undefined));
  const setAttendees = useSessionStore((s) => s.setAttendees);
  const roster = useMemo(
    () => (group ? sortedRoster(group.members, language).filter((m) => m.active) : []),
    [group, language],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const here = new Set(live.attendees.map((a) => a.memberId));
  const toggle = (member: Member, on: boolean) =>
    setAttendees(
      on
        ? checkIn(live.attendees, member)
        : checkOut(live.attendees, live.attendees.find((a) => a.memberId === member.id)?.id ?? ''),
    );
  const everyone = () =>
    setAttendees(
      roster.reduce<Attendee[]>((all, member) => checkIn(all, member), [...live.attendees]),
    );

  return (
    <div className="attendance">
      <section className="attendance-roster" aria-labelledby="roster-checkin-title">
        <h3 id="roster-checkin-title">{t('attendance.rosterTitle')}</h3>
        {group ? (
          roster.length === 0 ? (
            <p className="muted">{t('attendance.rosterEmpty')}</p>
          ) : (
            <>
              <ul className="checkin-list" data-testid="checkin-list">
                {roster.map((member) => (
                  <li key={member.id}>
                    <CheckboxField
                      label={member.name}
                      description={member.newcomer ? t('members.newcomer') : undefined}
                      checked={here.has(member.id)}
                      onChange={(on) => toggle(member, on)}
                      testId="check-in"
                    />
                  </li>
                ))}
              </ul>
              <Button onPress={everyone} testId="check-in-everyone">
                {t('attendance.everyone')}
              </Button>
            </>
          )
        ) : (
          <p className="muted">{t('attendance.noGroup')}</p>
        )}
        <WalkIn live={live} />
      </section>
      <Seats live={live} />
    </div>
  );
}

function WalkIn({ live }: { live: LiveSession }) {
  const { t } = useI18n();
  const setAttendees = useSessionStore((s) => s.setAttendees);
  const check = useNameCheck(MEMBER_NAME_MAX);
  const [alias, setAlias] = useState('');
  const [newcomer, setNewcomer] = useState(true);
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState('');
  const problem = check(alias);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    setAttendees(walkIn(live.attendees, alias, newcomer, newId));
    setAdded(t('attendance.walkInAdded', { name: alias.trim() }));
    setAlias('');
    setTried(false);
  };

  return (
    <form className="walk-in" noValidate onSubmit={submit} aria-labelledby="walk-in-title">
      <h3 id="walk-in-title">{t('attendance.walkInTitle')}</h3>
      <TextField
        label={t('members.newName')}
        value={alias}
        onChange={(text) => {
          setAlias(text);
          setAdded('');
        }}
        description={
          looksLikeFullName(alias) ? t('members.fullNameHint') : t('attendance.walkInHelp')
        }
        error={tried ? problem : null}
        maxLength={MEMBER_NAME_MAX + 10}
        testId="walk-in-alias"
      />
      <CheckboxField
        label={t('attendance.walkInNewcomer')}
        checked={newcomer}
        onChange={setNewcomer}
        testId="walk-in-newcomer"
      />
      <div className="form-actions">
        <Button type="submit" testId="walk-in-add">
          <Icon name="plus" size={18} />
          {t('attendance.walkInAdd')}
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}

function Seats({ live }: { live: LiveSession }) {
  const { t } = useI18n();
  const setAttendees = useSessionStore((s) => s.setAttendees);
  const aliases = distinctAliases(live.attendees);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const count = live.attendees.length;
  const reorder = useReorderable({
    list,
    ids: live.attendees.map((a) => a.id),
    onMove: (from, to) => {
      const attendee = live.attendees[from];
      if (!attendee) return;
      setAttendees(moveSeat(live.attendees, attendee.id, to));
      setAnnouncement(
        t('attendance.moved', { name: aliases[attendee.id] ?? '', position: to + 1, count }),
      );
    },
  });

  return (
    <section className="seats" aria-labelledby="seats-title">
      <h3 id="seats-title">{t('attendance.seatsTitle', { count })}</h3>
      <p className="field-description" id="seats-help">
        {t('attendance.seatsHelp')}
      </p>
      {count === 0 ? <p className="muted">{t('attendance.nobody')}</p> : null}
      <ol
        ref={list}
        className="seat-list"
        aria-labelledby="seats-title"
        aria-describedby="seats-help"
        data-testid="seat-list"
      >
        {live.attendees.map((attendee, index) => {
          const name = aliases[attendee.id] ?? attendee.alias;
          return (
            <li
              key={attendee.id}
              className={['seat', reorder.rowClass(index)].filter(Boolean).join(' ')}
              data-reorder-id={attendee.id}
              data-testid="seat"
              onKeyDown={reorder.onRowKeyDown(index)}
            >
              <DragHandle reorder={reorder} index={index} />
              <span className="seat-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="seat-name">{name}</span>
              {attendee.newcomer ? (
                <span className="badge badge-newcomer">{t('members.newcomer')}</span>
              ) : null}
              {attendee.memberId === null ? (
                <span className="badge">{t('attendance.walkInBadge')}</span>
              ) : null}
              <span className="seat-actions">
                <MoveButtons
                  reorder={reorder}
                  index={index}
                  count={count}
                  upLabel={t('attendance.moveUp', { name })}
                  downLabel={t('attendance.moveDown', { name })}
                  testIdPrefix="seat"
                />
                <IconButton
                  icon="close"
                  variant="danger"
                  label={t('attendance.checkOut', { name })}
                  onPress={() => {
                    setAttendees(checkOut(live.attendees, attendee.id));
                    setAnnouncement(t('attendance.checkedOut', { name }));
                  }}
                  testId="check-out"
                />
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" data-testid="seat-announcement">
        {announcement}
      </p>
    </section>
  );
}
