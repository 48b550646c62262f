/**
 * A list the facilitator can put in order: by dragging a row's handle (pointer events, so mouse,
 * pen and touch all work), by its move buttons, or by Alt+↑/↓ anywhere in the row. Focus stays
 * on the control that made the move, even though the row's DOM node is re-inserted. The caller
 * does the moving (and announces it); rows carry `data-reorder-id`, move buttons `data-part`.
 *
 * Native HTML drag and drop is not used: Chromium cancels it when the page re-renders under it,
 * and it has no keyboard story anyway (the buttons and Alt+arrows are that).
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';

export interface HandleProps {
  readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  readonly onPointerCancel: () => void;
  readonly onLostPointerCapture: () => void;
}

export interface Reorderable {
  /** Moves a row (ignored when out of range), keeping focus where it was. */
  readonly move: (from: number, to: number) => void;
  /** Spread on a row's drag handle. */
  readonly handleProps: (index: number) => HandleProps;
  /** Alt+↑/↓ on a row. Text areas keep Option+↑/↓ (paragraphs on a Mac). */
  readonly onRowKeyDown: (index: number) => (event: KeyboardEvent<HTMLElement>) => void;
  /** 'reorder-dragging', 'reorder-drop-before' or 'reorder-drop-after' while dragging. */
  readonly rowClass: (index: number) => string;
}

export function useReorderable(options: {
  /** The list element, whose children are the rows. */
  readonly list: RefObject<HTMLElement | null>;
  readonly ids: readonly string[];
  readonly onMove: (from: number, to: number) => void;
}): Reorderable {
  const { list: listRef, ids, onMove } = options;
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const dragRef = useRef<{ from: number; to: number } | null>(null);
  const refocus = useRef<{ element: HTMLElement; id: string; part: string | null } | null>(null);

  // A moved row's DOM node is re-inserted, which drops focus: put it back where it was.
  useLayoutEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    refocus.current = null;
    if (document.activeElement === pending.element) return;
    const row = listRef.current?.querySelector<HTMLElement>(
      `[data-reorder-id="${CSS.escape(pending.id)}"]`,
    );
    const same = pending.part
      ? row?.querySelector<HTMLButtonElement>(`[data-part="${pending.part}"]`)
      : null;
    const other = row?.querySelector<HTMLButtonElement>(
      `[data-part="${pending.part === 'up' ? 'down' : 'up'}"]`,
    );
    if (pending.element.isConnected && !(pending.element as HTMLButtonElement).disabled) {
      pending.element.focus();
    } else if (same && !same.disabled) same.focus();
    else if (other && !other.disabled) other.focus();
  });

  const move = (from: number, to: number) => {
    const id = ids[from];
    if (id === undefined || to < 0 || to >= ids.length || from === to) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (active && listRef.current?.contains(active)) {
      refocus.current = { element: active, id, part: active.dataset['part'] ?? null };
    }
    onMove(from, to);
  };

  const rowAt = (clientY: number): number | null => {
    const rows = listRef.current
      ? [...listRef.current.querySelectorAll<HTMLElement>(':scope > [data-reorder-id]')]
      : [];
    if (rows.length === 0) return null;
    const index = rows.findIndex((row) => clientY < row.getBoundingClientRect().bottom);
    return index === -1 ? rows.length - 1 : index;
  };

  const stopDrag = () => {
    dragRef.current = null;
    setDragging(null);
    setOver(null);
  };

  useLayoutEffect(() => {
    if (dragging === null) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') stopDrag();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging]);

  const cancel = () => {
    if (dragRef.current) stopDrag();
  };

  return {
    move,
    handleProps: (index) => ({
      onPointerDown: (event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        dragRef.current = { from: index, to: index };
        setDragging(index);
        setOver(index);
      },
      onPointerMove: (event) => {
        const current = dragRef.current;
        if (!current) return;
        const to = rowAt(event.clientY);
        if (to === null || to === current.to) return;
        dragRef.current = { ...current, to };
        setOver(to);
      },
      onPointerUp: (event) => {
        const current = dragRef.current;
        if (!current) return;
        if (event.currentTarget.hasPointerCapture(event.pointerId)) {
          event.currentTarget.releasePointerCapture(event.pointerId);
        }
        stopDrag();
        move(current.from, current.to);
      },
      onPointerCancel: cancel,
      onLostPointerCapture: cancel,
    }),
    onRowKeyDown: (index) => (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLTextAreaElement) return;
      if (event.key === 'ArrowUp' && index > 0) {
        event.preventDefault();
        move(index, index - 1);
      } else if (event.key === 'ArrowDown' && index < ids.length - 1) {
        event.preventDefault();
        move(index, index + 1);
      }
    },
    rowClass: (index) => {
      if (dragging === null) return '';
      if (dragging === index) return 'reorder-dragging';
      if (over !== index) return '';
      return dragging < index ? 'reorder-drop-after' : 'reorder-drop-before';
    },
  };
}
