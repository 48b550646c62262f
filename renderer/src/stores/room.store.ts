/**
 * What the room gets from a live session, apart from the session itself: whether the room
 * display is open (and where), and whether the screen is being kept awake. Written by the
 * session runner and the room display's controls; read by the run screen.
 */
import { create } from 'zustand';
import type { PresenterPlacement } from '../platform/host';

export type DisplayState = 'closed' | PresenterPlacement;
export type AwakeState = 'off' | 'held' | 'unavailable';

interface RoomState {
  readonly display: DisplayState;
  readonly awake: AwakeState;
}

export const useRoomStore = create<RoomState>()(() => ({ display: 'closed', awake: 'off' }));
