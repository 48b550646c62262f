/**
 * The speaking-turn queue: who speaks now, who is waiting, and what each member has had. Three
 * ways of taking turns the facilitator can switch between at any time:
 *
 * - raise hand: first come, first served; hands can be moved and lowered;
 * - round: a go-around in seat order, where anyone may pass or ask to come back at the end, with
 *   newcomers first, last or in their seat;
 * - priority: the raised hands ordered so those who haven't spoken yet come first, then those
 *   who have spoken least; each place says why it is there.
 *
 * A pure reducer over plain data: undo is the previous state, and the state can be stored.
 */

export type QueueMode = 'raise-hand' | 'round' | 'priority';
export type NewcomerOrder = 'first' | 'last' | 'seat';

export interface SpeakerRecord {
  readonly turns: number;
  readonly speakingMs: number;
  readonly passes: number;
}

export interface Turn {
  readonly memberId: string;
  /** Epoch ms the turn began. */
  readonly startedAt: number;
}

export interface QueueState {
  readonly mode: QueueMode;
  /** Everyone present, in the order they sit (rounds go this way). */
  readonly seatOrder: readonly string[];
  readonly newcomers: readonly string[];
  readonly newcomerOrder: NewcomerOrder;
  /** Raised hands, in the order they were raised. */
  readonly hands: readonly string[];
  /** The round's members still to have their turn, in order; null when no round is on. */
  readonly round: readonly string[] | null;
  readonly current: Turn | null;
  readonly records: Readonly<Record<string, SpeakerRecord>>;
}

export type QueueAction =
  | { readonly type: 'set-mode'; readonly mode: QueueMode }
  | {
      readonly type: 'set-seats';
      readonly seatOrder: readonly string[];
      readonly newcomers: readonly string[];
    }
  | { readonly type: 'set-newcomer-order'; readonly order: NewcomerOrder }
  | { readonly type: 'raise'; readonly memberId: string }
  | { readonly type: 'lower'; readonly memberId: string }
  | { readonly type: 'move-hand'; readonly memberId: string; readonly to: number }
  | { readonly type: 'start-round' }
  /** The current turn ends and the next person in the queue begins. */
  | { readonly type: 'next' }
  /** The person whose turn it is passes (no turn counted); the next person begins. */
  | { readonly type: 'pass' }
  /** "Come back to me": the person whose turn it is goes to the end of the round. */
  | { readonly type: 'come-back' }
  /** The current turn ends; no one else begins. */
  | { readonly type: 'stop' };

export const NO_RECORD: SpeakerRecord = { turns: 0, speakingMs: 0, passes: 0 };

export function newQueue(
  seatOrder: readonly string[],
  newcomers: readonly string[] = [],
): QueueState {
  return {
    mode: 'raise-hand',
    seatOrder: [...seatOrder],
    newcomers: [...newcomers],
    newcomerOrder: 'seat',
    hands: [],
    round: null,
    current: null,
    records: {},
  };
}

export function recordOf(state: QueueState, memberId: string): SpeakerRecord {
  return state.records[memberId] ?? NO_RECORD;
}

/** The round's order: seat order, with newcomers moved to the front or the back if asked. */
export function roundOrder(
  state: Pick<QueueState, 'seatOrder' | 'newcomers' | 'newcomerOrder'>,
): string[] {
  const isNew = new Set(state.newcomers);
  const newcomers = state.seatOrder.filter((id) => isNew.has(id));
  const others = state.seatOrder.filter((id) => !isNew.has(id));
  switch (state.newcomerOrder) {
    case 'first':
      return [...newcomers, ...others];
    case 'last':
      return [...others, ...newcomers];
    case 'seat':
      return [...state.seatOrder];
  }
}

/**
 * Why someone is where they are in priority mode: they haven't spoken yet, or they have (and the
 * screen says for how long: less time spoken comes first; equal times go by who raised first).
 */
export type PriorityReason = 'not-yet-spoken' | 'has-spoken';

export interface QueuePlace {
  readonly memberId: string;
  /** Why this person is at this place (priority mode); null in the other modes. */
  readonly reason: PriorityReason | null;
}

/**
 * Who is waiting, in the order they will speak. In priority mode: those who haven't spoken
 * first (in the order they raised their hands), then by least speaking time, then who raised
 * first.
 */
export function waiting(state: QueueState): QueuePlace[] {
  if (state.mode === 'round') {
    return (state.round ?? []).map((memberId) => ({ memberId, reason: null }));
  }
  if (state.mode === 'raise-hand') {
    return state.hands.map((memberId) => ({ memberId, reason: null }));
  }
  const raised = state.hands.map((memberId, order) => ({
    memberId,
    order,
    ...recordOf(state, memberId),
  }));
  raised.sort(
    (a, b) =>
      Number(a.turns > 0) - Number(b.turns > 0) ||
      (a.turns > 0 ? a.speakingMs - b.speakingMs : 0) ||
      a.order - b.order,
  );
  return raised.map((entry) => ({
    memberId: entry.memberId,
    reason: entry.turns === 0 ? 'not-yet-spoken' : 'has-spoken',
  }));
}

/** In a round: who hasn't had their turn yet (the current speaker included). */
export function notYetShared(state: QueueState): string[] {
  if (state.round === null) return [];
  const current = state.current?.memberId;
  return current && !state.round.includes(current) ? [current, ...state.round] : [...state.round];
}

function credit(state: QueueState, now: number, spoke: boolean): QueueState {
  const turn = state.current;
  if (!turn) return state;
  const record = recordOf(state, turn.memberId);
  const next: SpeakerRecord = spoke
    ? {
        ...record,
        turns: record.turns + 1,
        speakingMs: record.speakingMs + Math.max(0, now - turn.startedAt),
      }
    : { ...record, passes: record.passes + 1 };
  return { ...state, current: null, records: { ...state.records, [turn.memberId]: next } };
}

/** The next person in the current mode starts speaking (or no one, when nobody is waiting). */
function beginNext(state: QueueState, now: number): QueueState {
  const [first] = waiting(state);
  if (!first) return state.mode === 'round' ? { ...state, round: null } : state;
  const memberId = first.memberId;
  const turn: Turn = { memberId, startedAt: now };
  if (state.mode === 'round') {
    return { ...state, current: turn, round: (state.round ?? []).filter((id) => id !== memberId) };
  }
  return { ...state, current: turn, hands: state.hands.filter((id) => id !== memberId) };
}

export function queueReducer(state: QueueState, action: QueueAction, now: number): QueueState {
  switch (action.type) {
    case 'set-mode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'set-seats': {
      const present = new Set(action.seatOrder);
      return {
        ...state,
        seatOrder: [...action.seatOrder],
        newcomers: action.newcomers.filter((id) => present.has(id)),
        hands: state.hands.filter((id) => present.has(id)),
        round: state.round?.filter((id) => present.has(id)) ?? null,
      };
    }
    case 'set-newcomer-order':
      return { ...state, newcomerOrder: action.order };
    case 'raise':
      if (state.hands.includes(action.memberId) || state.current?.memberId === action.memberId) {
        return state;
      }
      if (!state.seatOrder.includes(action.memberId)) return state;
      return { ...state, hands: [...state.hands, action.memberId] };
    case 'lower':
      return { ...state, hands: state.hands.filter((id) => id !== action.memberId) };
    case 'move-hand': {
      const from = state.hands.indexOf(action.memberId);
      if (from === -1) return state;
      const hands = state.hands.filter((id) => id !== action.memberId);
      hands.splice(Math.max(0, Math.min(action.to, hands.length)), 0, action.memberId);
      return { ...state, hands };
    }
    case 'start-round': {
      const order = roundOrder(state);
      const ended = credit(state, now, true);
      return beginNext({ ...ended, mode: 'round', round: order }, now);
    }
    case 'next':
      return beginNext(credit(state, now, true), now);
    case 'pass':
      return beginNext(credit(state, now, false), now);
    case 'come-back': {
      const turn = state.current;
      if (!turn || state.mode !== 'round' || state.round === null) return state;
      // Later in the round, without a turn or a pass counted now.
      const later = { ...state, current: null, round: [...state.round, turn.memberId] };
      // Alone in the round, they simply carry on.
      if (state.round.length === 0) return state;
      return beginNext(later, now);
    }
    case 'stop':
      return credit(state, now, true);
  }
}

/** The current speaker's time so far. */
export function currentSpeakingMs(state: QueueState, now: number): number {
  return state.current ? Math.max(0, now - state.current.startedAt) : 0;
}

/** Each member's share of all the speaking time so far (0–1), for the end-of-session summary. */
export function shareOfVoice(state: QueueState): Record<string, number> {
  const total = Object.values(state.records).reduce((sum, r) => sum + r.speakingMs, 0);
  return Object.fromEntries(
    Object.entries(state.records).map(([id, r]) => [id, total === 0 ? 0 : r.speakingMs / total]),
  );
}
