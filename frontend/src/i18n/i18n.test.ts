import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { format } from './index';

describe('messages', () => {
  it('English has every Chinese key, none empty, and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) {
      const english = en[key as keyof typeof zh];
      expect(english.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders', () => {
    expect(format(zh.total, { n: 3 })).toBe('共 3 条');
  });
});
