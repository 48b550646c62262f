/**
 * What every labelled field shares: its ids, the description and the error shown under it, and
 * the aria-describedby that makes a screen reader read both with the control.
 */
import { useId, type ReactNode } from 'react';

export interface FieldIds {
  readonly id: string;
  readonly descriptionId: string;
  readonly errorId: string;
  readonly describedBy: string | undefined;
}

export function useFieldIds(description: ReactNode, error?: string | null): FieldIds {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;
  return { id, descriptionId, errorId, describedBy };
}

export function FieldNotes(props: {
  readonly ids: FieldIds;
  readonly description?: ReactNode;
  readonly error?: string | null | undefined;
}) {
  return (
    <>
      {props.description ? (
        <p id={props.ids.descriptionId} className="field-description">
          {props.description}
        </p>
      ) : null}
      {props.error ? (
        <p id={props.ids.errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </>
  );
}
