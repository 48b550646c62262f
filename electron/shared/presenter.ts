/**
 * What the room's screen may show. This type is the whole of it: the presenter display
 * receives nothing else, so notes, the roster and private scripts cannot reach it by accident.
 */
export interface PresenterState {
  /** 'idle' before a session starts, 'test' for the room-screen check in Settings. */
  readonly mode: 'idle' | 'test' | 'live';
  readonly language: 'en' | 'fr' | 'ar';
  readonly itemTitle: string | null;
  /** Remaining time of the current item in ms; negative when it runs over. */
  readonly remainingMs: number | null;
  readonly sessionElapsedMs: number | null;
  readonly nextItemTitle: string | null;
  /** Only set when the facilitator has chosen to show the next speaker's alias. */
  readonly nextSpeakerAlias: string | null;
  /** The current item's icebreaker prompt, only when the facilitator chose to show it. */
  readonly prompt: string | null;
  /** Epoch ms at which remainingMs/sessionElapsedMs were true, so the display can tick alone. */
  readonly asOf: number;
  readonly running: boolean;
  /**
   * The last chime's visual flash, for deaf members or a silent room (only when the facilitator
   * turned flashes on): the room display flashes once for each new `at`.
   */
  readonly flash: { readonly kind: 'warning' | 'end'; readonly at: number } | null;
}
