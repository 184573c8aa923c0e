/**
 * Where sessions live: one file per session under a per-user data folder (mode 0700), each file
 * 0600, written atomically by private-file.ts (temporary file, fsync, rename, fsync of the folder)
 * so that a kill or a power cut at any moment leaves either the old or the new file, never a torn
 * one. Files are never read, written or shredded through a link.
 *
 * A file is only accepted as session X if it says it is session X (its id, and for encrypted
 * files the authenticated header), and not if it is older than the newest revision of X this
 * computer has saved or opened (kept in <data>/revisions/<id>): a copy of another session, or an
 * old copy put back, is refused rather than shown or written into.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { shown } from './file-checks.js';
import {
  checkPrivateFolder,
  ensurePrivateFolder,
  readPrivateFile,
  refuseLink,
  shredFile,
  sweepStaleTemps,
  writePrivateFile,
} from './private-file.js';
import { decryptFile, encrypt, isEncrypted, readHeader, type FileContext } from './crypto.js';
import { sessionSchema, type Session } from './session.js';
import { lockSession, type SessionLock } from './session-lock.js';
import { describeSession } from './session-line.js';
import { damaged, roleMismatch, rollback, swapped } from './session-errors.js';

/**
 * The folder saved reports go to by default: <data>/reports, 0700, never a link. Reports describe
 * a person's situation, so they are not left in whatever folder the command ran in.
 */
export function reportsFolder(root: string): string {
  const dir = join(root, 'reports');
  ensurePrivateFolder(root);
  ensurePrivateFolder(dir);
  return dir;
}

export interface SessionInfo {
  id: string;
  file: string;
  encrypted: boolean;
  /**
   * When the file was last written (ms since 1970). Every save replaces the file, so this is the
   * session's last change, readable without the passphrase.
   */
  changedAt: number;
}

export interface LoadOptions {
  /** Open a copy older than the newest revision seen, knowingly (restored from a backup). */
  acceptOlder?: boolean;
}

const ID_RE = /^[a-z0-9-]+$/;

export class SessionStore {
  readonly root: string;
  readonly dir: string;
  readonly revisionsDir: string;

  constructor(root: string) {
    this.root = root;
    this.dir = join(root, 'sessions');
    this.revisionsDir = join(root, 'revisions');
  }

  private ensureDir(): void {
    // The data folder and its sessions folder: created 0700, or refused if they are links, somebody
    // else's or writable by others (their mode is never changed: they may be shared folders).
    ensurePrivateFolder(dirname(this.dir));
    ensurePrivateFolder(this.dir);
    sweepStaleTemps(this.dir);
  }

  list(): SessionInfo[] {
    // The folders are checked for reading too, as they are for writing: no links, no folders of
    // someone else or writable by others.
    checkPrivateFolder(this.root);
    checkPrivateFolder(this.dir);
    if (!existsSync(this.dir)) return [];
    const byId = new Map<string, SessionInfo>();
    for (const f of readdirSync(this.dir)) {
      if (!/^[a-z0-9-]+\.json(\.enc)?$/.test(f)) continue;
      const file = join(this.dir, f);
      const info = {
        id: f.replace(/\.json(\.enc)?$/, ''),
        file,
        encrypted: f.endsWith('.enc'),
        changedAt: changedAt(file),
      };
      // A plain copy beside an encrypted one is what a save killed half way leaves: the encrypted
      // file is the newer, and the plain one is shredded at the next save or delete.
      if (!byId.get(info.id)?.encrypted) byId.set(info.id, info);
    }
    // Last changed first: the session worked on most recently is the one a screener looks for.
    return [...byId.values()].sort((a, b) => b.changedAt - a.changedAt || b.id.localeCompare(a.id));
  }

  /**
   * The sessions a reference names, last changed first: the session with that id; else those whose
   * id ends with it, and those with it as their case code (encrypted sessions keep their case code
   * inside, so they are found by id only).
   */
  findAll(ref: string): SessionInfo[] {
    const all = this.list();
    if (ref.trim() === '')
      throw new UserError('SESSION_AMBIGUOUS', (lang) => say(lang).ioSessionErrors.SESSION_AMBIGUOUS.empty());
    const exact = all.find((s) => s.id === ref);
    if (exact) return [exact];
    const code = ref.trim().toLowerCase();
    return all.filter(
      (s) =>
        (ID_RE.test(ref) && s.id.endsWith(ref)) ||
        (!s.encrypted && this.caseCodeOf(s)?.toLowerCase() === code),
    );
  }

  /** The one session a reference (id, end of an id, or case code) names; refused when it names several. */
  find(ref: string): SessionInfo {
    const hits = this.findAll(ref);
    if (hits.length > 1)
      throw new UserError(
        'SESSION_AMBIGUOUS',
        (lang) => say(lang).ioSessionErrors.SESSION_AMBIGUOUS.several(shown(ref), hits.length),
        {
          problems: hits.map((s) => {
            const code = this.caseCodeOf(s);
            return { message: describeSession(s, code, 'en'), ko: describeSession(s, code, 'ko') };
          }),
        },
      );
    if (!hits[0])
      throw new UserError('SESSION_NOT_FOUND', (lang) =>
        say(lang).ioSessionErrors.SESSION_NOT_FOUND.noMatch(shown(ref), shown(this.dir)),
      );
    return hits[0];
  }

  /** The case code of a plain session; undefined when it has none or cannot be read. */
  caseCodeOf(info: SessionInfo): string | undefined {
    try {
      const s = this.check(info);
      return typeof s === 'string' ? undefined : s.caseCode;
    } catch {
      return undefined;
    }
  }

  /** Locks a session for writing (see session-lock.ts). */
  lock(id: string): SessionLock {
    this.ensureDir();
    return lockSession(this.dir, id);
  }

  save(session: Session, passphrase?: string): void {
    this.ensureDir();
    session.revision = Math.max(session.revision ?? 0, this.seenRevision(session.id)) + 1;
    const json = Buffer.from(JSON.stringify(session));
    const base = join(this.dir, `${session.id}.json`);
    if (passphrase !== undefined) {
      // A link under the plain name is refused before anything is written, not after.
      refuseLink(base);
      const context: FileContext = { role: 'session', id: session.id, revision: session.revision };
      writePrivateFile(`${base}.enc`, encrypt(json, passphrase, context));
      shredFile(base);
    } else writePrivateFile(base, json);
    // After the session file: a kill in between leaves a record older than the file, never newer.
    this.recordRevision(session.id, session.revision);
  }

  /**
   * Checks what can be checked without the passphrase: the file is ours, readable and, when
   * encrypted, has a sound header naming this session. Throws the reason it cannot be opened.
   */
  check(info: SessionInfo, options: LoadOptions = {}): 'encrypted' | Session {
    const raw = this.read(info);
    if (!info.encrypted && !isEncrypted(raw)) return this.parse(info, raw, undefined, options);
    this.checkHeader(info, readHeader(raw), options);
    return 'encrypted';
  }

  /** Reads a session; encrypted ones need the passphrase and are refused whole if anything is off. */
  load(info: SessionInfo, passphrase?: () => string, options: LoadOptions = {}): Session {
    const raw = this.read(info);
    if (!info.encrypted && !isEncrypted(raw)) return this.parse(info, raw, undefined, options);
    // The header is checked before the passphrase is used: a damaged one is reported as such.
    this.checkHeader(info, readHeader(raw), options);
    if (!passphrase)
      throw new UserError('BAD_PASSPHRASE', (lang) =>
        say(lang).ioSessionErrors.BAD_PASSPHRASE.encrypted(info.id),
      );
    const { plain, context } = decryptFile(raw, passphrase());
    if (context) checkContext(info, context);
    return this.parse(info, plain, context, options);
  }

  /** Shreds the session (and a plain copy beside an encrypted one) and forgets its revision. */
  delete(info: SessionInfo): void {
    const base = join(this.dir, `${info.id}.json`);
    const paths = [base, `${base}.enc`, join(this.revisionsDir, info.id)];
    // Every path is checked first, so a link anywhere means nothing at all is touched.
    for (const p of [this.revisionsDir, ...paths]) refuseLink(p);
    for (const p of paths) shredFile(p);
  }

  /**
   * What the header says, before any passphrase: it is not authenticated yet, but a file that
   * says it is another session, another kind of file or an older copy is refused at once.
   */
  private checkHeader(info: SessionInfo, header: ReturnType<typeof readHeader>, options: LoadOptions): void {
    if (!header.context) return;
    checkContext(info, header.context);
    if (header.context.revision < this.seenRevision(info.id) && !options.acceptOlder) throw rollback(info.id);
  }

  private read(info: SessionInfo): Buffer {
    const raw = readPrivateFile(info.file);
    if (raw === null)
      throw new UserError('SESSION_NOT_FOUND', (lang) =>
        say(lang).ioSessionErrors.SESSION_NOT_FOUND.gone(info.id, shown(this.dir)),
      );
    return raw;
  }

  private parse(
    info: SessionInfo,
    text: Buffer,
    context: FileContext | undefined,
    options: LoadOptions,
  ): Session {
    let data: unknown;
    try {
      data = JSON.parse(text.toString('utf8'));
    } catch {
      throw damaged(info.id);
    }
    const format = (data as { format?: unknown } | null)?.format;
    if (typeof format === 'string' && format !== 'tip-screen-session') throw roleMismatch(info.id);
    const parsed = sessionSchema.safeParse(data);
    if (!parsed.success) throw damaged(info.id);
    const session = parsed.data;
    if (session.id !== info.id) throw swapped(info.id);
    // Both are authenticated; a difference means the file was not written by this tool.
    if (context && context.revision !== (session.revision ?? 0)) throw damaged(info.id);
    const seen = this.seenRevision(info.id);
    const revision = session.revision ?? 0;
    if (revision < seen && !options.acceptOlder) throw rollback(info.id);
    if (revision > seen) {
      try {
        this.recordRevision(info.id, revision);
      } catch {
        // Reading must not fail for want of a place to note what was read (a read-only copy of
        // the data folder); the record is kept up to date by every save anyway.
      }
    }
    return session;
  }

  /** The newest revision of the session this computer has saved or opened (0 when none). */
  private seenRevision(id: string): number {
    refuseLink(this.revisionsDir);
    const raw = readPrivateFile(join(this.revisionsDir, id));
    const text = raw?.toString('utf8').trim() ?? '';
    // An unreadable record protects nothing; it is replaced by the next save.
    return /^\d{1,10}$/.test(text) ? Number(text) : 0;
  }

  private recordRevision(id: string, revision: number): void {
    ensurePrivateFolder(this.revisionsDir);
    sweepStaleTemps(this.revisionsDir);
    writePrivateFile(join(this.revisionsDir, id), `${revision}\n`);
  }
}

function changedAt(file: string): number {
  try {
    return lstatSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function checkContext(info: SessionInfo, context: FileContext): void {
  if (context.role !== 'session') throw roleMismatch(info.id);
  if (context.id !== info.id) throw swapped(info.id);
}
