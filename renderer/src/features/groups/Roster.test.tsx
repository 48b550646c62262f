// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Group, Member } from '../../domain/groups/group';
import { createBrowserHost } from '../../platform/browser-host';
import { renderWithProviders, wrapForRerender } from '../../testing/renderWithProviders';
import { Roster } from './Roster';

afterEach(cleanup);

const member = (id: string, name: string): Member => ({
  id,
  name,
  pronouns: '',
  newcomer: false,
  joinedOn: '',
  active: true,
});

const group = (members: Member[]): Group => ({
  id: 'g',
  name: 'Circle',
  kind: 'peer-led',
  meetingDay: null,
  meetingTime: '',
  venue: '',
  purpose: '',
  groundRules: [],
  confidentiality: '',
  members,
  archived: false,
  createdAt: 0,
});

const names = () =>
  screen.getAllByTestId('member-name').map((input) => (input as HTMLInputElement).value);

describe('Roster', () => {
  it('sorts by name when shown and when members come or go, never under a name being typed', () => {
    const host = createBrowserHost(window, 'test');
    const { rerender } = renderWithProviders(
      <Roster group={group([member('z', 'Zoe'), member('a', 'Ana')])} />,
      { host },
    );
    expect(names()).toEqual(['Ana', 'Zoe']);
    // Renaming Zoe to "Aaron" keeps her row where it is while she is being edited.
    rerender(
      wrapForRerender(<Roster group={group([member('z', 'Aaron'), member('a', 'Ana')])} />, host),
    );
    expect(names()).toEqual(['Ana', 'Aaron']);
    // Someone joins: the roster is sorted again.
    rerender(
      wrapForRerender(
        <Roster group={group([member('z', 'Aaron'), member('a', 'Ana'), member('b', 'Bo')])} />,
        host,
      ),
    );
    expect(names()).toEqual(['Aaron', 'Ana', 'Bo']);
  });
});
