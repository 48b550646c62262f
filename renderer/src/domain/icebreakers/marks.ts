/** The facilitator's marks on the library: favourites, hidden prompts, and what each group had. */
import { recordUse, type PromptUse } from './library';

export const LIBRARY_ID = 'library';

export interface LibraryState {
  readonly id: typeof LIBRARY_ID;
  readonly favourites: readonly string[];
  readonly hidden: readonly string[];
  /** By group id. */
  readonly history: Readonly<Record<string, readonly PromptUse[]>>;
}

export const EMPTY_LIBRARY: LibraryState = {
  id: LIBRARY_ID,
  favourites: [],
  hidden: [],
  history: {},
};

function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

export function setFavourite(state: LibraryState, id: string, on: boolean): LibraryState {
  return { ...state, favourites: toggled(state.favourites, id, on) };
}

export function setHidden(state: LibraryState, id: string, on: boolean): LibraryState {
  return { ...state, hidden: toggled(state.hidden, id, on) };
}

export function withUse(state: LibraryState, groupId: string, use: PromptUse): LibraryState {
  return {
    ...state,
    history: { ...state.history, [groupId]: recordUse(state.history[groupId] ?? [], use) },
  };
}
