/** Which recorded request URLs left the app's own origin (data: and blob: stay inside the page). */
export function requestsLeavingOrigin(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}
