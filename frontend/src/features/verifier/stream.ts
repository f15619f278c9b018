// The random stream of ADR 0401 step 3: HMAC-SHA256 in counter mode, keyed with the draw key (/1: the
// seed's UTF-8 bytes; /2: HMAC-SHA256(secret, seed), ADR 0405) and bound to the commitment; below(n)
// rejects the top of the range so every value is equally likely.
import { hmacSha256, utf8Bytes } from './sha256';

const TWO_63 = 1n << 63n;

export class RandomStream {
  private readonly mac: (message: Uint8Array) => Uint8Array;
  private readonly prefix: string;
  private counter = 0;

  constructor(key: Uint8Array, commitment: string, label: string) {
    this.mac = hmacSha256(key);
    this.prefix = `${commitment}:${label}:`;
  }

  /** The next 63-bit value: the first 8 bytes of the block, big-endian, top bit cleared. */
  next(): bigint {
    const block = this.mac(utf8Bytes(this.prefix + this.counter++));
    let x = 0n;
    for (let i = 0; i < 8; i++) x = (x << 8n) | BigInt(block[i]);
    return x & (TWO_63 - 1n);
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`below(${n})`);
    const big = BigInt(n);
    const limit = TWO_63 - (TWO_63 % big);
    for (;;) {
      const x = this.next();
      if (x < limit) return Number(x % big);
    }
  }
}
