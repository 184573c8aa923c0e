/**
 * Where sessions live: one file per session under a per-user data folder (mode 0700), each file
 * 0600, written atomically (temporary file, fsync, rename, fsync of the folder) so that a kill or a
 * power cut at any moment leaves either the old or the new file, never a torn one.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  chmodSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { isSpecialFile } from '../private-file.js';
import { decrypt, encrypt, isEncrypted } from './crypto.js';
import { sessionSchema, type Session } from './session.js';

export function dataDir(env: Record<string, string | undefined>, override?: string): string {
  if (override) return override;
  if (env.TIP_SCREEN_DATA_DIR) return env.TIP_SCREEN_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'tip-screen');
}

/** Writes a file so that readers see the old or the new content, never a mix. */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  if (isSpecialFile(path)) {
    // A device or pipe given as the output (/dev/null, a FIFO): renaming over it would replace it.
    writeFileSync(path, data);
    return;
  }
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Some platforms cannot open folders for fsync; the rename is still atomic there.
  }
}

/** Overwrites a file's bytes before unlinking it, where the file system allows. */
export function shredFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(Math.min(size, 64 * 1024));
    for (let off = 0; off < size; off += chunk.length) {
      randomBytes(chunk.length).copy(chunk);
      writeSync(fd, chunk, 0, Math.min(chunk.length, size - off), off);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
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
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    // mkdir does not change an existing folder's mode; keep it private anyway.
    chmodSync(this.dir, 0o700);
    chmodSync(dirname(this.dir), 0o700);
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
      writeFileAtomic(`${base}.enc`, encrypt(json, passphrase));
      if (existsSync(base)) shredFile(base);
    } else writeFileAtomic(base, json);
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
