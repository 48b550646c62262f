/**
 * After the facilitator moves to another area, the new screen's heading takes focus so screen
 * readers announce it. On first load focus stays where the browser put it.
 */
let pending = false;

export function focusHeadingOnNextScreen(): void {
  pending = true;
}

export function takePendingHeadingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
