/**
 * Group commit: items added while a batch is being written go together in the next one, so the rate is bounded
 * by batch size over commit time instead of one commit per item. Each add resolves when its own batch is written.
 */
export class GroupCommit<T> {
  private queue: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private writing = 0;

  constructor(
    private readonly write: (items: readonly T[]) => Promise<void>,
    /** Batches written at once (overlaps one batch's round trip with another's commit). */
    private readonly maxInFlight = 2,
    private readonly maxBatch = 1000,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.writing >= this.maxInFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.writing++;
    this.write(batch.map((b) => b.item))
      .then(
        () => batch.forEach((b) => b.resolve()),
        (err: unknown) => batch.forEach((b) => b.reject(err)),
      )
      .finally(() => {
        this.writing--;
        this.next();
      });
  }
}
