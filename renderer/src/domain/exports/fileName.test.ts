import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the file after the title and date, with the extension asked for', () => {
    expect(exportFileName('Grief circle', '2027-01-12', 'md')).toBe('Grief circle 2027-01-12.md');
    expect(exportFileName('حلقة دعم', '2027-01-12', 'csv')).toBe('حلقة دعم 2027-01-12.csv');
  });

  it('leaves out what a file system would refuse, and keeps the name short', () => {
    expect(exportFileName('a/b\\c: "d"?*<>|\u0007\n', '2027-01-12', 'pdf')).toBe(
      'a b c d 2027-01-12.pdf',
    );
    expect(exportFileName('  ', '2027-01-12', 'pdf')).toBe('Circlekeeper 2027-01-12.pdf');
    expect(exportFileName('x'.repeat(300), '2027-01-12', 'pdf').length).toBeLessThanOrEqual(200);
  });
});
