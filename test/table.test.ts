// The list table's alignment by display width (src/cli/table.ts), checked against string-width,
// the library terminals' tools use, over a corpus. No ports.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../src/cli/table.js';

const CORPUS = [
  'plain ascii',
  'C:\\Users\\홍길동\\내 프로젝트\\udo-platform',
  '백엔드서버.exe',
  'ｆｕｌｌｗｉｄｔｈ',
  'カタカナ and 漢字',
  'é combining e\u0301',
  'emoji 🚀✅',
  'Ä Ö Ü ß',
  'ㄱㄴㄷ jamo',
  '',
];

describe('displayWidth', () => {
  it.each(CORPUS)('%j is as wide as string-width says', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it('every Hangul syllable and CJK ideograph takes two columns, as string-width says', () => {
    for (const [from, to] of [
      [0xac00, 0xd7a3],
      [0x4e00, 0x9fff],
      [0x3041, 0x30ff],
      [0xff01, 0xff60],
    ] as const) {
      for (let code = from; code <= to; code += 7) {
        const char = String.fromCodePoint(code);
        expect([char, displayWidth(char)]).toEqual([char, stringWidth(char)]);
      }
    }
  });
});

describe('formatTable', () => {
  it('aligns a Hangul folder with ASCII ones, column by column', () => {
    const lines = formatTable([
      ['PORT', 'FOLDER', 'SINCE'],
      ['8001', 'C:\\Users\\홍길동\\내 프로젝트', '10:00'],
      ['8002', 'C:\\work\\other', '10:01'],
    ]);
    const columns = lines.map((line) => {
      const at = line.lastIndexOf('10:0');
      return at === -1
        ? displayWidth(line.slice(0, line.indexOf('SINCE')))
        : displayWidth(line.slice(0, at));
    });
    expect(new Set(columns).size).toBe(1);
  });
});
