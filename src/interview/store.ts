/**
 * Where sessions live: one file per session under a per-user data folder (mode 0700), each file
 * 0600, written atomically by private-file.ts (temporary file, fsync, rename, fsync of the folder)
 * so that a kill or a power cut at any moment leaves either the old or the new file, never a torn
 * one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { ensurePrivateFolder, shredFile, sweepStaleTemps, writePrivateFile } from '../private-file.js';
import { decrypt, encrypt, isEncrypted } from './crypto.js';
import { sessionSchema, type Session } from './session.js';

export function dataDir(env: Record<string, string | undefined>, override?: string): string {
  if (override) return override;
  if (env.TIP_SCREEN_DATA_DIR) return env.TIP_SCREEN_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'tip-screen');
}

export interface SessionInfo {
  id: string;
  file: string;
  encrypted: boolean;
}

export class SessionStore {
  readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, 'sessions');
  }

  private ensureDir(): void {
    // The data folder and its sessions folder: created 0700, or refused if they are links, somebody
    // else's or writable by others (their mode is never changed: they may be shared folders).
    ensurePrivateFolder(dirname(this.dir));
    ensurePrivateFolder(this.dir);
    sweepStaleTemps(this.dir);
  }

  list(): SessionInfo[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => /^[a-z0-9-]+\.json(\.enc)?$/.test(f))
      .map((f) => ({
        id: f.replace(/\.json(\.enc)?$/, ''),
        file: join(this.dir, f),
        encrypted: f.endsWith('.enc'),
      }))
      .sort((a, b) => b.id.localeCompare(a.id));
  }

  find(id: string): SessionInfo {
    const hit = this.list().find((s) => s.id === id || s.id.endsWith(id));
    if (!hit)
      throw new UserError('SESSION_NOT_FOUND', `No session "${id}" in ${this.dir}.`, {
        hint: 'List the saved sessions with: tip-screen sessions list',
      });
    return hit;
  }

  save(session: Session, passphrase?: string): void {
    this.ensureDir();
    const json = Buffer.from(JSON.stringify(session));
    const base = join(this.dir, `${session.id}.json`);
    if (passphrase !== undefined) {
      writePrivateFile(`${base}.enc`, encrypt(json, passphrase));
      if (existsSync(base)) shredFile(base);
    } else writePrivateFile(base, json);
  }

  /** Reads a session; encrypted ones need the passphrase and are refused whole if anything is off. */
  load(info: SessionInfo, passphrase?: () => string): Session {
    const raw = readFileSync(info.file);
    let text: Buffer = raw;
    if (isEncrypted(raw)) {
      if (!passphrase)
        throw new UserError('BAD_PASSPHRASE', `Session ${info.id} is encrypted.`, {
          hint: 'Give the passphrase (you will be asked, or set TIP_SCREEN_PASSPHRASE).',
        });
      text = decrypt(raw, passphrase());
    }
    let data: unknown;
    try {
      data = JSON.parse(text.toString('utf8'));
    } catch {
      throw damaged(info.id);
    }
    const parsed = sessionSchema.safeParse(data);
    if (!parsed.success) throw damaged(info.id);
    return parsed.data;
  }

  delete(info: SessionInfo): void {
    shredFile(info.file);
  }
}

function damaged(id: string): UserError {
  return new UserError('SESSION_NOT_FOUND', `Session ${id} is damaged and cannot be read.`, {
    hint: 'The file was changed outside tip-screen. Other sessions are not affected.',
  });
}
