/**
 * Vitest global setup: builds dist/ from the current sources (npm run build) before any test runs,
 * and again before each rerun in watch mode. Tests that run the built CLI (bin/tip-screen.js) or
 * the compiled worker of `batch --jobs` therefore never run code older than the sources. A build
 * that fails stops the run: the tests would otherwise run what an earlier build left.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));

function build(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(
      `npm run build failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}${r.stderr}`,
    );
}

export default function setup(project: TestProject): void {
  build();
  project.onTestsRerun(() => build());
}
