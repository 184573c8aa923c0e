/**
 * Whether a file stamped with a pid (a temporary file, a session lock) was left by a process that
 * is gone. Pids are reused: a live pid whose process started after the file was written belongs
 * to another process, so the file is stale all the same.
 */
import { readFileSync } from 'node:fs';

export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When process pid started, in ms since the epoch (Linux: from /proc; elsewhere undefined). */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (start time, in clock ticks since boot) follows the command name in parentheses.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // USER_HZ is 100 on every Linux platform Node runs on.
    return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Slack for the one-second resolution of the boot time. */
const START_SLACK_MS = 2000;

/**
 * True when what process pid wrote at writtenMs can no longer be its: the pid is gone, or it now
 * belongs to a process that started later. Where the start time cannot be read, a live pid counts
 * as the writer (never take over what may still be in use).
 */
export function leftByEndedProcess(pid: number, writtenMs: number): boolean {
  if (!isProcessAlive(pid)) return true;
  if (pid === process.pid) return false;
  const start = startedAt(pid);
  return start !== undefined && writtenMs < start - START_SLACK_MS;
}
