/** The folder tip-screen keeps its data in (sessions, reports, batch spool files). */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function dataDir(env: Record<string, string | undefined>, override?: string): string {
  if (override) return override;
  if (env.TIP_SCREEN_DATA_DIR) return env.TIP_SCREEN_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'tip-screen');
}
