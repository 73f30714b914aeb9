/**
 * A column index as SharePoint keeps one in its content database: entries ordered by
 * (value, item id), so equality and range filters and ordered reads touch only the rows
 * they return. Null values sort first, as in SQL Server.
 */
export type IndexKey = number | string | null;

export function compareKeys(a: IndexKey, b: IndexKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface KeyRange {
  lower?: { key: IndexKey; inclusive: boolean };
  upper?: { key: IndexKey; inclusive: boolean };
}

export class SortedIndex {
  private keys: IndexKey[] = [];
  private ids: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** Builds the index in one sort: the bulk path for seeding and restore. */
  static build(entries: Array<[IndexKey, number]>): SortedIndex {
    entries.sort((x, y) => compareKeys(x[0], y[0]) || x[1] - y[1]);
    const index = new SortedIndex();
    index.keys = entries.map((e) => e[0]);
    index.ids = entries.map((e) => e[1]);
    return index;
  }

  insert(key: IndexKey, id: number): void {
    const at = this.position(key, id);
    this.keys.splice(at, 0, key);
    this.ids.splice(at, 0, id);
  }

  remove(key: IndexKey, id: number): void {
    const at = this.position(key, id);
    if (this.ids[at] === id && compareKeys(this.keys[at], key) === 0) {
      this.keys.splice(at, 1);
      this.ids.splice(at, 1);
    }
  }

  /** Ids of entries whose key equals `key` (uniqueness checks, equality filters). */
  equal(key: IndexKey): number[] {
    return this.range({ lower: { key, inclusive: true }, upper: { key, inclusive: true } });
  }

  /** Ids in index order whose key lies in the range; nulls only match an explicit null bound. */
  range(range: KeyRange): number[] {
    const [start, end] = this.bounds(range);
    return this.ids.slice(start, end);
  }

  countRange(range: KeyRange): number {
    const [start, end] = this.bounds(range);
    return Math.max(0, end - start);
  }

  /**
   * Walks entries in index order starting strictly after the cursor (key, id), or from the start.
   * `descending` walks from the end. The visitor returns false to stop.
   */
  walk(descending: boolean, after: { key: IndexKey; id: number } | undefined, visit: (id: number) => boolean): void {
    if (!descending) {
      let i = after ? this.position(after.key, after.id + 0.5) : 0;
      for (; i < this.ids.length; i++) if (!visit(this.ids[i])) return;
    } else {
      let i = after ? this.position(after.key, after.id - 0.5) - 1 : this.ids.length - 1;
      for (; i >= 0; i--) if (!visit(this.ids[i])) return;
    }
  }

  /**
   * Walks the entries of a range in index order, strictly after the cursor (key, id) when given:
   * an index seek that is also the query's order stops after the rows it returns.
   */
  walkRange(range: KeyRange, descending: boolean, after: { key: IndexKey; id: number } | undefined, visit: (id: number) => boolean): void {
    const [start, end] = this.bounds(range);
    if (!descending) {
      let i = after ? Math.max(start, this.position(after.key, after.id + 0.5)) : start;
      for (; i < end; i++) if (!visit(this.ids[i])) return;
    } else {
      let i = after ? Math.min(end, this.position(after.key, after.id - 0.5)) - 1 : end - 1;
      for (; i >= start; i--) if (!visit(this.ids[i])) return;
    }
  }

  private bounds(range: KeyRange): [number, number] {
    let start = 0;
    let end = this.ids.length;
    if (range.lower) {
      start = range.lower.inclusive ? this.lowerBound(range.lower.key) : this.upperBound(range.lower.key);
    } else {
      start = this.upperBound(null); // open lower bound: nulls are not "less than" anything
    }
    if (range.upper) {
      end = range.upper.inclusive ? this.upperBound(range.upper.key) : this.lowerBound(range.upper.key);
    }
    return [start, Math.max(start, end)];
  }

  /** First position whose key is >= key. */
  private lowerBound(key: IndexKey): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keys[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose key is > key. */
  private upperBound(key: IndexKey): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(this.keys[mid], key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose (key, id) is >= (key, id). */
  private position(key: IndexKey, id: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKeys(this.keys[mid], key) || this.ids[mid] - id;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
