/** A file in UTF-16, which no ASCII-compatible reading can edit. */
export interface Utf16 {
    encoding: 'UTF-16LE' | 'UTF-16BE';
    bom: boolean;
}
/** `is UTF-16 (little-endian, with a BOM)`-style wording of what was found. */
export declare function describeUtf16(found: Utf16): string;
/** The bytes as text: UTF-8 where they are UTF-8, each other byte as U+DC80+(byte - 0x80). */
export declare function decodeKeepingBytes(bytes: Uint8Array): string;
/** decodeKeepingBytes undone: the same bytes for the same text; new text as UTF-8. */
export declare function encodeKeepingBytes(text: string): Buffer;
/** Whether decoded text holds bytes that are not UTF-8 (Next.js reads them as U+FFFD). */
export declare const hasKeptBytes: (text: string) => boolean;
/**
 * UTF-16, when the bytes certainly are: a UTF-16 BOM (FF FE, FE FF), or, without one, NUL bytes
 * (which no ASCII-compatible text holds) in an even-length file that reads as well-formed UTF-16
 * in one byte order with at least half its units ASCII, no NUL unit, and fewer ASCII units in the
 * other order. Anything less certain is left to the byte-keeping reading.
 */
export declare function detectUtf16(b: Uint8Array): Utf16 | undefined;
/** The text of a UTF-16 file (BOM dropped), or undefined when it is not whole UTF-16. */
export declare function decodeUtf16(b: Uint8Array, found: Utf16): string | undefined;
