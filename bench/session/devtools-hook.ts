/**
 * React's DevTools global hook, for the session-tick bench: installed before React loads (main.ts
 * imports the rest of the page only afterwards), and only in the page's profiling build
 * (`__SESSION_BENCH_PROFILING__`, set by bench/lib/session-page.mjs, which also aliases
 * react-dom/client to react-dom/profiling and keeps function names).
 *
 * On every commit React calls `onCommitFiberRoot` with the root whose `current` tree has just
 * been committed. The components that rendered in that commit are found the way React DevTools'
 * profiler finds them: walk the new tree beside the previous one (each fiber's `alternate`),
 * going down only where a fiber's child list changed (a subtree that bailed out keeps the very
 * same child fibers, whose flags are left over from an earlier commit), and count a component
 * fiber as rendered when React marked it PerformedWork in this render (a fiber cloned for this
 * render starts with that flag cleared, and keeps it only if its function or render method ran).
 * Fibers with no alternate were mounted in this commit.
 */

/** Fiber tags whose own function runs when they render (react-reconciler's WorkTags). */
const FUNCTION_COMPONENT = 0;
const CLASS_COMPONENT = 1;
const FORWARD_REF = 11;
const SIMPLE_MEMO_COMPONENT = 15;
const COMPONENT_TAGS: ReadonlySet<number> = new Set([
  FUNCTION_COMPONENT,
  CLASS_COMPONENT,
  FORWARD_REF,
  SIMPLE_MEMO_COMPONENT,
]);
/** react-reconciler's PerformedWork flag: set on a fiber whose component rendered. */
const PERFORMED_WORK = 0b1;

/** The few fiber fields read here (React's internals, stable across 18 and 19). */
interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly flags: number;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
}

interface FiberRoot {
  readonly current: Fiber;
}

export interface CommitRecord {
  /** Date.now() when React reported the commit (the clock the app's tick uses). */
  readonly at: number;
  readonly perfAt: number;
  /** Components that rendered again in this commit (an update), by name, in tree order. */
  readonly rendered: readonly string[];
  /** Components mounted in this commit. */
  readonly mounted: readonly string[];
}

const commits: CommitRecord[] = [];
let renderers = 0;

function nameOf(fiber: Fiber): string {
  const type = fiber.type;
  if (typeof type === 'function') {
    const { displayName } = type as { displayName?: string };
    return displayName ?? (type.name === '' ? 'Anonymous' : type.name);
  }
  if (typeof type === 'object' && type !== null) {
    // forwardRef: { render }.
    const { displayName, render } = type as {
      displayName?: string;
      render?: { name?: string; displayName?: string };
    };
    return displayName ?? render?.displayName ?? (render?.name ? render.name : 'Anonymous');
  }
  return 'Anonymous';
}

const isComponent = (fiber: Fiber): boolean => COMPONENT_TAGS.has(fiber.tag);

function collectMounted(fiber: Fiber, mounted: string[]): void {
  if (isComponent(fiber)) mounted.push(nameOf(fiber));
  for (let child = fiber.child; child !== null; child = child.sibling)
    collectMounted(child, mounted);
}

function collect(next: Fiber, previous: Fiber | null, rendered: string[], mounted: string[]): void {
  if (previous === null) {
    collectMounted(next, mounted);
    return;
  }
  if (isComponent(next) && (next.flags & PERFORMED_WORK) !== 0) rendered.push(nameOf(next));
  // Same child list: the subtree bailed out, nothing below rendered in this commit.
  if (next.child === previous.child) return;
  for (let child = next.child; child !== null; child = child.sibling)
    collect(child, child.alternate, rendered, mounted);
}

/** Installs the hook when this is the profiling build; a no-op otherwise. */
export function installDevtoolsHook(): void {
  if (!__SESSION_BENCH_PROFILING__) return;
  const hook = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map<number, unknown>(),
    inject(internals: unknown): number {
      renderers += 1;
      hook.renderers.set(renderers, internals);
      return renderers;
    },
    checkDCE(): void {},
    onCommitFiberRoot(_rendererId: number, root: FiberRoot): void {
      const rendered: string[] = [];
      const mounted: string[] = [];
      collect(root.current, root.current.alternate, rendered, mounted);
      commits.push({ at: Date.now(), perfAt: performance.now(), rendered, mounted });
    },
    onPostCommitFiberRoot(): void {},
    onCommitFiberUnmount(): void {},
    setStrictMode(): void {},
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: hook,
    configurable: true,
  });
}

export const devtools = {
  /** Every commit since the page loaded. */
  commits: commits as readonly CommitRecord[],
  /** How many renderers (react-dom) attached to the hook: 1 once React has loaded. */
  renderers: (): number => renderers,
};
