// One project, one identity (src/core/project/same-path.ts): paths compared as each OS compares them.
// The lower-case drive letter reaching `start` for real is in test/windows/commands.wine.ts. No ports.
import { describe, expect, it } from 'vitest';
import { driveUpper, samePath } from '../src/core/project/same-path.js';

describe('samePath', () => {
  it('Windows: drive letter, case, slashes and a trailing separator do not make another folder', () => {
    const a = 'C:\\Users\\홍길동\\내 프로젝트\\udo-platform';
    for (const b of [
      'c:\\Users\\홍길동\\내 프로젝트\\udo-platform',
      'C:\\users\\홍길동\\내 프로젝트\\UDO-PLATFORM\\',
      'C:/Users/홍길동/내 프로젝트/udo-platform',
      'C:\\Users\\홍길동\\.\\내 프로젝트\\udo-platform',
    ]) {
      expect([b, samePath(a, b, 'win32')]).toEqual([b, true]);
    }
    expect(samePath(a, 'C:\\Users\\홍길동\\내 프로젝트\\udo-platform2', 'win32')).toBe(false);
    expect(samePath('C:\\', 'c:\\', 'win32')).toBe(true);
  });

  it('macOS: case-insensitive by default; Linux: bytes', () => {
    expect(samePath('/Users/me/Project', '/users/me/project/', 'darwin')).toBe(true);
    expect(samePath('/home/me/Project', '/home/me/project', 'linux')).toBe(false);
    expect(samePath('/home/me/project/', '/home/me/project', 'linux')).toBe(true);
    expect(samePath(undefined, '/x', 'linux')).toBe(false);
  });

  it('driveUpper spells the drive as Windows does', () => {
    expect(driveUpper('c:\\Users\\x', 'win32')).toBe('C:\\Users\\x');
    expect(driveUpper('c:/x', 'linux')).toBe('c:/x');
  });
});
