// The list table's alignment by display width (src/cli/table.ts), checked against Unicode's own
// East_Asian_Width and category data as Python's unicodedata holds them, over a corpus. No ports.
import { execFileSync } from 'node:child_process';
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

/** Each text's width by Unicode's data: W and F take two columns, combining marks none. */
function unicodeWidths(texts: string[]): number[] {
  const script = [
    'import json, sys, unicodedata',
    'def width(text):',
    "    return sum(0 if unicodedata.category(c) in ('Mn', 'Me') else 2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1 for c in text)",
    'print(json.dumps([width(t) for t in json.load(sys.stdin)]))',
  ].join('\n');
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' }),
  );
}

const stringWidth = (text: string) => unicodeWidths([text])[0];

describe('displayWidth', () => {
  it.each(CORPUS)('%j is as wide as Unicode says', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it('Hangul syllables, CJK ideographs, kana and fullwidth forms: as wide as Unicode says', () => {
    const chars: string[] = [];
    for (const [from, to] of [
      [0xac00, 0xd7a3],
      [0x4e00, 0x9fff],
      [0x3041, 0x3096],
      [0x30a1, 0x30fa],
      [0xff01, 0xff60],
      [0x20, 0x7e],
      [0xa0, 0x24f],
    ] as const) {
      for (let code = from; code <= to; code += 3) chars.push(String.fromCodePoint(code));
    }
    const widths = unicodeWidths(chars);
    expect(chars.filter((char, i) => displayWidth(char) !== widths[i])).toEqual([]);
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
