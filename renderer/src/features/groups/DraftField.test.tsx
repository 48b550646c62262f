// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../platform/browser-host';
import { useGroupsStore } from '../../stores/groups.store';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { DraftField } from './DraftField';
import { runSheetFileName } from './RunSheetDialog';

afterEach(() => {
  cleanup();
  useGroupsStore.setState({ drafts: {} });
});

const problem = (text: string) => (/^\d{2}:\d{2}$/.test(text) ? null : 'Enter a time of day.');

function field(onValid: (text: string) => void, stored = '18:30') {
  return renderWithProviders(
    <DraftField
      recordId="plan-1"
      field="startTime"
      label="Start time"
      stored={stored}
      problem={problem}
      onValid={onValid}
    />,
    { host: createBrowserHost(window, 'test') },
  );
}

describe('DraftField', () => {
  it('stores valid text at once, and keeps invalid text as a draft with its message at the field', () => {
    const onValid = vi.fn();
    field(onValid);
    const input = screen.getByLabelText('Start time');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '19:45' } });
    expect(onValid).toHaveBeenCalledWith('19:45');

    fireEvent.change(input, { target: { value: '25h' } });
    expect(onValid).toHaveBeenCalledTimes(1);
    // No message while typing; one as soon as focus leaves.
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Enter a time of day.')).toBeTruthy();
  });

  it('finds the draft again after the screen was left and came back', () => {
    const first = field(vi.fn());
    const input = screen.getByLabelText('Start time');
    fireEvent.change(input, { target: { value: 'later' } });
    fireEvent.blur(input);
    first.unmount();

    field(vi.fn());
    const again = screen.getByLabelText<HTMLInputElement>('Start time');
    expect(again.value).toBe('later');
    expect(again.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the stored form again once valid text is left (the draft is dropped)', () => {
    field(vi.fn());
    const input = screen.getByLabelText<HTMLInputElement>('Start time');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '07:05' } });
    fireEvent.blur(input);
    expect(useGroupsStore.getState().drafts).toEqual({});
    expect(input.value).toBe('18:30');
  });
});

describe('runSheetFileName', () => {
  it('names the PDF after the plan and its date, without characters file systems refuse', () => {
    expect(runSheetFileName('Grief circle', '2027-01-12')).toBe('Grief circle 2027-01-12.pdf');
    expect(runSheetFileName('a/b\\c: "d"?*<>|\u0007', '2027-01-12')).toBe('a b c d 2027-01-12.pdf');
    expect(runSheetFileName('   ', '2027-01-12')).toBe('Circlekeeper 2027-01-12.pdf');
    expect(runSheetFileName('حلقة دعم', '2027-01-12')).toBe('حلقة دعم 2027-01-12.pdf');
    expect(runSheetFileName('x'.repeat(300), '2027-01-12').length).toBeLessThanOrEqual(200);
  });
});
