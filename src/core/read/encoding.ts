/**
 * Turns the bytes of a CSV file into text without asking the maintainer which encoding it has:
 * UTF-8 with or without BOM (what LibreOffice and "CSV UTF-8" in Excel write) or
 * Windows-1252 (what German Excel writes for plain "CSV"). Files from "CSV (Macintosh)"
 * (Mac OS Roman), "CSV (MS-DOS)" (cp850) and ISO-8859-15 are recognised by their umlauts,
 * read correctly and named in a hint. Anything else is refused with a reason.
 */

/** The encodings the reader accepts. */
export type Encoding = 'utf-8-bom' | 'utf-8' | 'windows-1252' | 'macintosh' | 'cp850' | 'iso-8859-15';

/** Decoded text (with a hint when the encoding should be changed), or the reason and the 1-based line. */
export type Decoded =
  | { ok: true; text: string; encoding: Encoding; hint?: { line: number; message: string } }
  | { ok: false; line: number; column?: number; message: string };

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

/** Returns true when the bytes hold the given ASCII text at offset. */
function holdsAscii(bytes: Uint8Array, text: string, offset = 0): boolean {
  return Array.from(text).every((c, i) => bytes[offset + i] === c.charCodeAt(0));
}

/** Returns the position of the first NUL byte when the file is otherwise text (a stray NUL), else null. */
function strayNul(bytes: Uint8Array): { line: number; column: number } | null {
  const first = bytes.indexOf(0);
  if (first === -1) return null;
  let nul = 0;
  for (const b of bytes.subarray(0, 65_536)) if (b === 0) nul++;
  if (nul > 16) return null;
  let [line, column] = [1, 1];
  const end = bytes.indexOf(0x0a);
  const header = end === -1 ? bytes : bytes.subarray(0, end);
  const delimiter = header.includes(0x3b) ? 0x3b : 0x2c;
  for (const b of bytes.subarray(0, first)) {
    if (b === 0x0a) [line, column] = [line + 1, 1];
    else if (b === delimiter) column++;
  }
  return { line, column };
}

function refuseBinary(bytes: Uint8Array): Decoded | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      line: 1,
      message: `Die Datei ist als UTF-16 („Unicode-Text“) gespeichert, nicht als CSV. ${saveAs}`,
    };
  }
  if (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) &&
    holdsAscii(bytes, 'mimetypeapplication/vnd.oasis.opendocument', 30)
  ) {
    return {
      ok: false,
      line: 1,
      message:
        'Die Datei ist eine LibreOffice-Tabelle (.ods), keine CSV-Datei. Bitte in LibreOffice „Datei“ → „Speichern unter“ → ' +
        'Dateityp „Text CSV (.csv)“ wählen, Zeichensatz „Unicode (UTF-8)“, Feldtrenner „;“.',
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, line: 1, message: `Die Datei ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. ${saveAs}` };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return {
      ok: false,
      line: 1,
      message: `Die Datei ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Datei. ${saveAs}`,
    };
  }
  const nul = strayNul(bytes);
  if (nul && !looksBinary(bytes.filter((b) => b !== 0))) {
    return {
      ok: false,
      line: nul.line,
      column: nul.column,
      message:
        'Hier steht ein Nullbyte (das unsichtbare Zeichen U+0000), meist ein Rest aus einem anderen Programm. ' +
        'Bitte die Zelle neu eintippen und die Datei als „CSV UTF-8“ speichern.',
    };
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

/** Bytes 0x80–0xFF of cp850 ("MS-DOS"), which TextDecoder does not know. */
const cp850High =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'macintosh' | 'cp850' | 'iso-8859-15'): string {
  if (encoding !== 'cp850') return new TextDecoder(encoding).decode(bytes);
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += Array.from(bytes.subarray(i, i + 8192), (b) =>
      b < 0x80 ? String.fromCharCode(b) : cp850High[b - 0x80]!,
    ).join('');
  }
  return text;
}

const umlaut = /[äöüß]/;
const upperUmlaut = /[ÄÖÜ]/;
const accented = /[éèêàáâçëïîôûÉ]/;
const punctuation = /[€„“”‚‘’–—…§°«»]/;
const asciiLetter = /[A-Za-z]/;

/**
 * Returns how German a decoded text looks: umlauts inside words score high, punctuation such
 * as „“ and € scores where it stands next to a space or delimiter; "K”ln" or "KÜln" score little.
 */
function germanScore(text: string): number {
  let score = 0;
  const isWordChar = (c: string | undefined) =>
    c !== undefined && (asciiLetter.test(c) || umlaut.test(c) || upperUmlaut.test(c) || accented.test(c));
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c < '\u0080') continue;
    const [before, after] = [text[i - 1], text[i + 1]];
    const neighbours = Number(isWordChar(before)) + Number(isWordChar(after));
    if (umlaut.test(c)) score += 2 * neighbours;
    else if (upperUmlaut.test(c)) score += before !== undefined && /[a-zäöüß]/.test(before) ? 0.5 : 2 * neighbours;
    else if (accented.test(c)) score += neighbours;
    else if (punctuation.test(c) && neighbours < 2) score += 1;
  }
  return score;
}

const settingName: Record<'macintosh' | 'cp850' | 'iso-8859-15', string> = {
  macintosh: '„CSV (Macintosh)“ (Zeichensatz Mac OS Roman)',
  cp850: '„CSV (MS-DOS)“ (Zeichensatz cp850)',
  'iso-8859-15': 'ISO-8859-15 (Latin-9)',
};

/** Returns the single-byte encoding whose reading gives the most German letters (Windows-1252 on a tie). */
function guessSingleByte(bytes: Uint8Array): 'windows-1252' | 'macintosh' | 'cp850' | 'iso-8859-15' {
  const high = bytes.filter((b) => b >= 0x80);
  const score = (e: 'windows-1252' | 'macintosh' | 'cp850') => germanScore(decodeSingleByte(bytes, e));
  const [win, mac, dos] = [score('windows-1252'), score('macintosh'), score('cp850')];
  if (mac > win && mac >= dos) return 'macintosh';
  if (dos > win) return 'cp850';
  // ISO-8859-15 differs from Windows-1252 where it matters by € at 0xA4 (¤ in Windows-1252) and no 0x80–0x9F.
  if (high.includes(0xa4) && !high.some((b) => b < 0xa0)) return 'iso-8859-15';
  return 'windows-1252';
}

/** Returns the 1-based line of the first byte at or above 0x80. */
function firstHighLine(bytes: Uint8Array): number {
  const at = bytes.findIndex((b) => b >= 0x80);
  return bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
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
  const encoding = guessSingleByte(body);
  const text = decodeSingleByte(body, encoding);
  if (encoding === 'windows-1252') return { ok: true, text, encoding };
  const message =
    `Die Datei ist als ${settingName[encoding]} gespeichert und wurde so gelesen. ` +
    'Bitte künftig „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen oder „npm run data:format“ ausführen, das die Datei in UTF-8 umschreibt.';
  return { ok: true, text, encoding, hint: { line: firstHighLine(body), message } };
}
