/** The set and overlay formats as JSON Schema (`indicators schema`); loaded only by that command, with zod. */
import { z } from 'zod';
import { setSchema } from '../../core/schema.js';
import { overlaySchema } from '../../core/overlay-schema.js';

export function jsonSchema(kind: 'set' | 'overlay'): unknown {
  const schema = z.toJSONSchema(kind === 'set' ? setSchema : overlaySchema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    title: kind === 'set' ? 'tip-screen indicator set' : 'tip-screen indicator set overlay',
  };
}
