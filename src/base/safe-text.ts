/**
 * Text from a file or the command line may carry terminal escape sequences: printed raw, a key
 * or a file name could move the cursor, hide lines or change the window title. Everything such
 * text passes through here before it reaches a terminal.
 */

// C0 controls except none, DEL, C1 controls, and the bidirectional overrides and isolates that
// can make a line read differently from what it contains.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shows control characters as \xNN or \u{NNNN}, so the printed text is inert. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const n = c.codePointAt(0)!;
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/**
 * The embedding, override and isolate controls (the "Trojan Source" characters), which reorder
 * how a line is shown. Input files holding them are refused (src/input-file.ts). The plain
 * direction marks (U+200E, U+200F, U+061C) cannot reorder text and are left to right-to-left
 * translations.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
