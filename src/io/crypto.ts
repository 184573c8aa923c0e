/**
 * Encryption at rest for sessions and saved reports: a key derived from a passphrase with scrypt,
 * and AES-256-GCM. The whole header is authenticated as associated data, so changing any byte of
 * the file, header included, makes decryption fail.
 *
 * Format 2 ("TSENC2") also carries what the file is: its role (session, report, export), the
 * session id and the session's revision. They are bound into the authenticated data, so a file
 * copied over another session's name, or a report put where a session belongs, is recognised
 * even though its bytes are intact. Format 1 files are still read.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import type { HeaderFault } from '../base/catalogue/errors-io-sessions.js';

const MAGIC1 = Buffer.from('TSENC1\n', 'latin1');
const MAGIC2 = Buffer.from('TSENC2\n', 'latin1');
const MAGIC_LENGTH = 7;
const SALT = 16;
const NONCE = 12;
const TAG = 16;
/** Tag, three scrypt parameter bytes, salt and nonce: the same in both formats. */
const FIXED_HEADER = MAGIC_LENGTH + 3 + SALT + NONCE;
// scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and a fraction of a second per derivation).
const LOG_N = 15;
const R = 8;
const P = 1;
const MAX_MEM = 256 * 1024 * 1024;

export type FileRole = 'session' | 'report' | 'export' | 'data';
const ROLES: readonly FileRole[] = ['session', 'report', 'export', 'data'];

/** What a format 2 file says it is. Format 1 files have no context. */
export interface FileContext {
  role: FileRole;
  id: string;
  revision: number;
}

export function isEncrypted(data: Buffer): boolean {
  const magic = data.subarray(0, MAGIC_LENGTH);
  return magic.equals(MAGIC1) || magic.equals(MAGIC2);
}

/**
 * Whether data was meant to be one of our encrypted files, even if its header is damaged: it
 * starts like one, or it is not text at all. A text file (JSON, Markdown, YAML) is plain.
 */
export function looksEncrypted(data: Buffer): boolean {
  if (data.subarray(0, 5).equals(Buffer.from('TSENC', 'latin1'))) return true;
  if (data.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return false;
  } catch {
    return true;
  }
}

/**
 * The last key derived, kept for this process only. scrypt takes a noticeable fraction of a second
 * and blocks the event loop; an interview saves after every answer, and deriving anew each time
 * would stall the screen between questions (keys pressed while it is stalled are dropped by the
 * next prompt, by design). Reusing one salt per passphrase is safe here because every file gets a
 * fresh random nonce. The key never leaves memory.
 */
let lastKey:
  { passphrase: string; salt: Buffer; logN: number; r: number; p: number; key: Buffer } | undefined;

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  // Parameters outside what this tool writes are a damaged header, never a reason to spend
  // gigabytes of memory or minutes of time.
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 4 || 128 * r * 2 ** logN > MAX_MEM)
    throw headerError('keyRange');
  const k = lastKey;
  if (k && k.passphrase === passphrase && k.salt.equals(salt) && k.logN === logN && k.r === r && k.p === p)
    return k.key;
  let key: Buffer;
  try {
    key = scryptSync(passphrase.normalize('NFC'), salt, 32, { N: 2 ** logN, r, p, maxmem: MAX_MEM });
  } catch {
    throw headerError('keyUnusable');
  }
  lastKey = { passphrase, salt: Buffer.from(salt), logN, r, p, key };
  return key;
}

/** The salt of the key already derived for this passphrase with the current parameters, if any. */
function saltFor(passphrase: string): Buffer {
  const k = lastKey;
  if (k && k.passphrase === passphrase && k.logN === LOG_N && k.r === R && k.p === P) return k.salt;
  return randomBytes(SALT);
}

function encodeContext(c: FileContext): Buffer {
  const role = Buffer.from(c.role, 'latin1');
  const id = Buffer.from(c.id, 'utf8');
  if (id.length > 255 || !Number.isInteger(c.revision) || c.revision < 0 || c.revision > 0xffffffff)
    throw new RangeError('file context out of range');
  const revision = Buffer.alloc(4);
  revision.writeUInt32BE(c.revision);
  return Buffer.concat([Buffer.from([role.length]), role, Buffer.from([id.length]), id, revision]);
}

export function encrypt(
  plain: Buffer,
  passphrase: string,
  context: FileContext = { role: 'data', id: '', revision: 0 },
): Buffer {
  const salt = saltFor(passphrase);
  const nonce = randomBytes(NONCE);
  const header = Buffer.concat([MAGIC2, Buffer.from([LOG_N, R, P]), salt, nonce, encodeContext(context)]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, LOG_N, R, P), nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

interface Header {
  length: number;
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  nonce: Buffer;
  context: FileContext | undefined;
}

/**
 * Reads the header without the passphrase. What it says is not yet authenticated: it is good for
 * listing, and it is checked again by decryption.
 */
export function readHeader(data: Buffer): Header {
  if (!isEncrypted(data)) {
    if (looksEncrypted(data)) throw headerError('unknownFormat');
    throw notEncrypted();
  }
  if (data.length < FIXED_HEADER + TAG) throw headerError('tooShort');
  const [logN, r, p] = [data[MAGIC_LENGTH]!, data[MAGIC_LENGTH + 1]!, data[MAGIC_LENGTH + 2]!];
  const salt = data.subarray(MAGIC_LENGTH + 3, MAGIC_LENGTH + 3 + SALT);
  const nonce = data.subarray(MAGIC_LENGTH + 3 + SALT, FIXED_HEADER);
  if (data.subarray(0, MAGIC_LENGTH).equals(MAGIC1))
    return { length: FIXED_HEADER, logN, r, p, salt, nonce, context: undefined };
  let at = FIXED_HEADER;
  const take = (n: number): Buffer => {
    if (at + n > data.length - TAG) throw headerError('tooShort');
    const b = data.subarray(at, at + n);
    at += n;
    return b;
  };
  const role = take(take(1)[0]!).toString('latin1');
  const idBytes = take(take(1)[0]!);
  const revision = take(4).readUInt32BE(0);
  if (!(ROLES as readonly string[]).includes(role)) throw headerError('unknownRole');
  let id: string;
  try {
    id = new TextDecoder('utf-8', { fatal: true }).decode(idBytes);
  } catch {
    throw headerError('idNotText');
  }
  return { length: at, logN, r, p, salt, nonce, context: { role: role as FileRole, id, revision } };
}

/** Decrypts and authenticates a file; returns its text and, for format 2, what it says it is. */
export function decryptFile(data: Buffer, passphrase: string): { plain: Buffer; context?: FileContext } {
  const h = readHeader(data);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, h.salt, h.logN, h.r, h.p), h.nonce);
  decipher.setAAD(data.subarray(0, h.length));
  decipher.setAuthTag(data.subarray(data.length - TAG));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(data.subarray(h.length, data.length - TAG)), decipher.final()]);
  } catch {
    throw badFile();
  }
  return h.context ? { plain, context: h.context } : { plain };
}

export function decrypt(data: Buffer, passphrase: string): Buffer {
  return decryptFile(data, passphrase).plain;
}

function badFile(): UserError {
  return new UserError('BAD_PASSPHRASE', (lang) => say(lang).ioSessionErrors.BAD_PASSPHRASE.wrong());
}

function headerError(fault: HeaderFault): UserError {
  return new UserError('ENCRYPTED_HEADER', (lang) => say(lang).ioSessionErrors.ENCRYPTED_HEADER(fault));
}

function notEncrypted(): UserError {
  return new UserError('NOT_ENCRYPTED', (lang) => say(lang).ioSessionErrors.NOT_ENCRYPTED());
}
