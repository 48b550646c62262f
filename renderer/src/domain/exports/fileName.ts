/** File names for what the app writes out, made from text the facilitator typed. */

export type ExportExtension = 'pdf' | 'md' | 'csv';

/**
 * "<title> <date>.<extension>", with no path separators or characters file systems refuse, and
 * short enough for every file system (and the bridge's 200-character limit).
 */
export function exportFileName(title: string, date: string, extension: ExportExtension): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${safe || 'Circlekeeper'} ${date}.${extension}`;
}
