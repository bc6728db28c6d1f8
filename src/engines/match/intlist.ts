// A growable Int32 buffer: the network builder appends millions of arc endpoints and a
// plain number[] would cost eight times the memory and a boxed value per element.

export type IntList = { data: Int32Array; length: number };

export function intList(capacity = 1024): IntList {
  return { data: new Int32Array(Math.max(16, capacity)), length: 0 };
}

export function push(list: IntList, value: number): void {
  if (list.length === list.data.length) {
    const grown = new Int32Array(list.data.length * 2);
    grown.set(list.data);
    list.data = grown;
  }
  list.data[list.length++] = value;
}

export function toArray(list: IntList): Int32Array {
  return list.data.subarray(0, list.length);
}

/** First index in the sorted prefix [0, n) of `sorted` whose value is ≥ x. */
export function lowerBound(sorted: ArrayLike<number>, x: number, n = sorted.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
