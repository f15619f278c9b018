// Canonical JSON of ADR 0401 step 2: RFC 8785 (JCS) restricted to integers.
import { hex, sha256, utf8Bytes } from './sha256';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function escape(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/** UTF-16 code-unit order, which is what Array.prototype.sort compares without a comparator. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalJson(value: Json): string {
  if (value === null) throw new Error('canonical inputs never hold null (absent values are left out)');
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical inputs hold only integers, not ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const keys = Object.keys(value).sort(compareKeys);
  return '{' + keys.map((k) => escape(k) + ':' + canonicalJson(value[k])).join(',') + '}';
}

export function commitmentOf(inputs: Json): string {
  return hex(sha256(utf8Bytes(canonicalJson(inputs))));
}
