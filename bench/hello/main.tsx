/**
 * The cold-load baseline: the smallest React page built with the app's toolchain. It signals
 * readiness exactly as renderer/src/app/App.tsx does, so both pages are timed to the same mark.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  useEffect(() => {
    document.documentElement.dataset['ready'] = 'true';
    performance.mark('circlekeeper:interactive');
  }, []);
  return <h1>Hello</h1>;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
