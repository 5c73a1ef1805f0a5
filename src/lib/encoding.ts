/**
 * Turns the bytes of a CSV file into text without asking the maintainer which encoding it has:
 * UTF-8 with or without BOM (what LibreOffice and "CSV UTF-8" in Excel write) or
 * Windows-1252 (what German Excel writes for plain "CSV"). Anything else is refused with a reason.
 */

/** The encodings the reader accepts. */
export type Encoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

/** Decoded text, or the reason (a German sentence) and the 1-based line it concerns. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; line: number; message: string };

const saveAs = 'Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Returns true when the bytes hold NUL bytes or mostly control bytes: not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control > sample.length * 0.05;
}

function refuseBinary(bytes: Uint8Array): Decoded | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      line: 1,
      message: `Die Datei ist als UTF-16 („Unicode-Text“) gespeichert, nicht als CSV. ${saveAs}`,
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, line: 1, message: `Die Datei ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. ${saveAs}` };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      line: 1,
      message: `Die Datei ist keine Textdatei: Sie enthält Nullbytes oder Binärdaten. ${saveAs}`,
    };
  }
  return null;
}

/** Splits bytes at LF, keeping 1-based line numbers. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

/** Returns the first UTF-8 line and the first non-UTF-8 line (1-based), each only if it holds non-ASCII bytes. */
function classifyLines(bytes: Uint8Array): { utf8Line: number | null; otherLine: number | null } {
  let utf8Line: number | null = null;
  let otherLine: number | null = null;
  byteLines(bytes).forEach((line, i) => {
    if (line.every((b) => b < 0x80)) return;
    if (strictUtf8(line) === null) otherLine ??= i + 1;
    else utf8Line ??= i + 1;
  });
  return { utf8Line, otherLine };
}

function refuseMix(utf8Line: number, otherLine: number): Decoded {
  return {
    ok: false,
    line: otherLine,
    message:
      `Die Datei mischt zwei Zeichenkodierungen: Zeile ${utf8Line} ist UTF-8, Zeile ${otherLine} ist Windows-1252. ` +
      'Bitte die Umlaute ab dieser Zeile prüfen und die Datei einheitlich als „CSV UTF-8“ speichern.',
  };
}

/** Returns the text of a CSV file (BOM removed) and its detected encoding, or why it cannot be read. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  const refused = refuseBinary(bytes);
  if (refused) return refused;
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  const { utf8Line, otherLine } = classifyLines(body);
  if (bom || (utf8Line !== null && otherLine !== null)) return refuseMix(utf8Line ?? 1, otherLine ?? 1);
  return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
}
