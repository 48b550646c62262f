import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: [
      'renderer/src/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'build/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
    reporters: ['default'],
  },
});
