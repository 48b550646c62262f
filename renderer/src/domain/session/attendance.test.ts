import { describe, expect, it } from 'vitest';
import { checkIn, checkOut, distinctAliases, moveSeat, walkIn, type Attendee } from './attendance';

function counter() {
  let n = 0;
  return () => `walk-${String((n += 1))}`;
}

const sam = { id: 'm-sam', name: 'Sam', newcomer: false };
const lee = { id: 'm-lee', name: 'Lee', newcomer: true };

describe('attendance', () => {
  it('checks members in once, welcomes walk-ins by alias, and lets people leave', () => {
    const ids = counter();
    let room: Attendee[] = [];
    room = checkIn(room, sam);
    room = checkIn(room, sam);
    room = checkIn(room, lee);
    room = walkIn(room, '  Noor ', true, ids);
    room = walkIn(room, '   ', false, ids);
    expect(room).toEqual([
      { id: 'm-sam', memberId: 'm-sam', alias: 'Sam', newcomer: false },
      { id: 'm-lee', memberId: 'm-lee', alias: 'Lee', newcomer: true },
      { id: 'walk-1', memberId: null, alias: 'Noor', newcomer: true },
    ]);
    expect(checkOut(room, 'm-lee').map((a) => a.alias)).toEqual(['Sam', 'Noor']);
  });

  it('keeps the seat order, moved by keyboard or by drag', () => {
    let room = checkIn(checkIn(checkIn([], sam), lee), {
      id: 'm-ana',
      name: 'Ana',
      newcomer: false,
    });
    room = moveSeat(room, 'm-ana', 0);
    expect(room.map((a) => a.alias)).toEqual(['Ana', 'Sam', 'Lee']);
    room = moveSeat(room, 'm-ana', 9);
    expect(room.map((a) => a.alias)).toEqual(['Sam', 'Lee', 'Ana']);
    expect(moveSeat(room, 'nobody', 0)).toEqual(room);
  });

  it('tells apart two people who use the same alias', () => {
    const ids = counter();
    const room = walkIn(walkIn(checkIn([], sam), 'sam', false, ids), 'Lee', false, ids);
    expect(distinctAliases(room)).toEqual({ 'm-sam': 'Sam', 'walk-1': 'sam 2', 'walk-2': 'Lee' });
  });
});
