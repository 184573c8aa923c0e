/**
 * Encryption at rest for sessions and saved reports: a key derived from a passphrase with scrypt,
 * and AES-256-GCM. The header (format tag, scrypt parameters, salt, nonce) is authenticated as
 * associated data, so changing any byte of the file, header included, makes decryption fail.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { UserError } from '../errors.js';

const MAGIC = Buffer.from('TSENC1\n', 'latin1');
const SALT = 16;
const NONCE = 12;
const TAG = 16;
// scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and a fraction of a second per derivation).
const LOG_N = 15;
const R = 8;
const P = 1;

export function isEncrypted(data: Buffer): boolean {
  return data.subarray(0, MAGIC.length).equals(MAGIC);
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
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 4) throw badFile();
  const k = lastKey;
  if (k && k.passphrase === passphrase && k.salt.equals(salt) && k.logN === logN && k.r === r && k.p === p)
    return k.key;
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, {
    N: 2 ** logN,
    r,
    p,
    maxmem: 256 * 1024 * 1024,
  });
  lastKey = { passphrase, salt: Buffer.from(salt), logN, r, p, key };
  return key;
}

/** The salt of the key already derived for this passphrase with the current parameters, if any. */
function saltFor(passphrase: string): Buffer {
  const k = lastKey;
  if (k && k.passphrase === passphrase && k.logN === LOG_N && k.r === R && k.p === P) return k.salt;
  return randomBytes(SALT);
}

export function encrypt(plain: Buffer, passphrase: string): Buffer {
  const salt = saltFor(passphrase);
  const nonce = randomBytes(NONCE);
  const header = Buffer.concat([MAGIC, Buffer.from([LOG_N, R, P]), salt, nonce]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, LOG_N, R, P), nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function decrypt(data: Buffer, passphrase: string): Buffer {
  const headerLength = MAGIC.length + 3 + SALT + NONCE;
  if (!isEncrypted(data) || data.length < headerLength + TAG) throw badFile();
  const [logN, r, p] = [data[MAGIC.length]!, data[MAGIC.length + 1]!, data[MAGIC.length + 2]!];
  const salt = data.subarray(MAGIC.length + 3, MAGIC.length + 3 + SALT);
  const nonce = data.subarray(MAGIC.length + 3 + SALT, headerLength);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN, r, p), nonce);
  decipher.setAAD(data.subarray(0, headerLength));
  decipher.setAuthTag(data.subarray(data.length - TAG));
  try {
    return Buffer.concat([decipher.update(data.subarray(headerLength, data.length - TAG)), decipher.final()]);
  } catch {
    throw badFile();
  }
}

function badFile(): UserError {
  return new UserError('BAD_PASSPHRASE', 'The passphrase is wrong, or the file was changed or damaged.', {
    hint: 'Nothing was shown or changed. Try the passphrase again; if it is right, the file cannot be trusted.',
  });
}
