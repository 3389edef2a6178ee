import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // In CI, also a JSON report: .ci/run prints a plain "N passed, N failed" line from it.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    pool: 'forks',
    // Two cores: two files at a time, each on its own database.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // No articles' audio unless a test asks (TTS_PROVIDER): espeak-ng would read aloud every
    // article every test file publishes, and its servers inherit this environment.
    env: {
      NODE_ENV: 'test',
      PAYLOAD_LOG_LEVEL: 'silent',
      NEXT_TELEMETRY_DISABLED: '1',
      TTS_PROVIDER: 'none',
    },
  },
})
