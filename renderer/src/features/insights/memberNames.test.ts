import { describe, expect, it } from 'vitest';
import type { Member } from '../../domain/groups/group';
import { ranSession } from '../../testing/sessionFixtures';
import { activeMemberIds, memberNames } from './memberNames';

const member = (id: string, name: string, active = true): Member => ({
  id,
  name,
  pronouns: '',
  newcomer: false,
  joinedOn: '',
  active,
});

const session = (id: string, startedAt: number, people: [string, string][]) => {
  const ran = ranSession({ id, groupId: 'g', startedAt, items: [['A', 1, 1]], people: [] });
  return {
    ...ran,
    attendees: people.map(([memberId, alias], i) => ({
      id: `${id}-a${String(i)}`,
      memberId,
      alias,
      newcomer: false,
    })),
  };
};

describe('memberNames', () => {
  it("uses the roster's name, and for someone no longer on it the name they last had", () => {
    const names = memberNames({ members: [member('sam', 'Samuel')] }, [
      session('s1', 0, [
        ['sam', 'Sam'],
        ['ari', 'Ari'],
      ]),
      session('s2', 1, [['ari', 'Ari B.']]),
    ]);
    expect(names).toEqual({ sam: 'Samuel', ari: 'Ari B.' });
  });

  it('knows which roster members are still active', () => {
    const ids = activeMemberIds({ members: [member('a', 'A'), member('b', 'B', false)] });
    expect([...ids]).toEqual(['a']);
  });
});
