/**
 * Profiling build only: a parent and five children of the page's own, mounted beside the app, to
 * check the render counting (devtools-hook.ts) against a commit whose renders are known.
 */
import { useEffect, useState } from 'react';

export const PROBE_CHILDREN = 5;

export const probe: { bump: ((value: number) => void) | null; value: number } = {
  bump: null,
  value: 0,
};

function ProbeLeaf({ value }: { value: number }) {
  return <span>{value}</span>;
}

export function Probe() {
  const [value, setValue] = useState(0);
  useEffect(() => {
    probe.bump = (next) => {
      probe.value = next;
      setValue(next);
    };
    return () => {
      probe.bump = null;
    };
  }, []);
  return (
    <div hidden>
      {Array.from({ length: PROBE_CHILDREN }, (_, i) => (
        <ProbeLeaf key={i} value={value} />
      ))}
    </div>
  );
}

/** React's own count of commits under the app's frame (<Profiler onRender>). */
export const profiled: { commits: number; actualMs: number } = { commits: 0, actualMs: 0 };
