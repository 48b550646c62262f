/**
 * A text field whose text may not be storable yet ("25:00", an empty title). What is typed is
 * kept as a draft in the store, so leaving the screen loses nothing; each valid text is stored at
 * once. The message shows at the field once focus leaves it, and stays until the text is fixed.
 */
import { useState } from 'react';
import { draftKey, useGroupsStore } from '../../stores/groups.store';
import { TextField, type TextFieldProps } from '../../ui/TextField';

export interface DraftFieldProps extends Omit<TextFieldProps, 'value' | 'onChange' | 'error'> {
  readonly recordId: string;
  readonly field: string;
  /** The stored value, as the field shows it when there is no draft. */
  readonly stored: string;
  /** The message for text that can't be stored, or null when it can. */
  readonly problem: (text: string) => string | null;
  /** Stores valid text. */
  readonly onValid: (text: string) => void;
}

export function DraftField({
  recordId,
  field,
  stored,
  problem,
  onValid,
  ...rest
}: DraftFieldProps) {
  const key = draftKey(recordId, field);
  const draft = useGroupsStore((s) => s.drafts[key]);
  const setDraft = useGroupsStore((s) => s.setDraft);
  const [focused, setFocused] = useState(false);
  const text = draft ?? stored;
  const message = draft === undefined ? null : problem(draft);
  return (
    <div
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        // Valid text goes back to the stored form ("7 pm" → "19:00"); invalid text stays.
        if (draft !== undefined && problem(draft) === null) setDraft(key, null);
      }}
    >
      <TextField
        {...rest}
        value={text}
        onChange={(next) => {
          setDraft(key, next);
          if (problem(next) === null) onValid(next);
        }}
        error={focused ? null : message}
      />
    </div>
  );
}
