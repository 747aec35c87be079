/** A one-line progress bar on stderr (stdout stays clean for the final JSON line). */
export class ProgressBar {
  private done = 0;
  private lastDrawMs = 0;
  private drawnDone = -1;
  private readonly startMs = Date.now();
  private readonly widthChars = 30;
  /** Redirected to a file, a line per tick would flood it: redraw rarely. */
  private readonly redrawEveryMs = process.stderr.isTTY ? 200 : 5000;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (now - this.lastDrawMs >= this.redrawEveryMs || this.done >= this.total) {
      this.lastDrawMs = now;
      this.draw(now);
    }
  }

  finish(): void {
    // A non-TTY stream already holds the final line if the last tick drew it; a TTY line still needs its newline.
    if (this.drawnDone !== this.done) this.draw(Date.now());
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private draw(nowMs: number): void {
    this.drawnDone = this.done;
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const filled = Math.round(fraction * this.widthChars);
    const elapsedS = (nowMs - this.startMs) / 1000;
    const etaS = fraction > 0 ? elapsedS / fraction - elapsedS : 0;
    const bar = '#'.repeat(filled) + '-'.repeat(this.widthChars - filled);
    const line = `${this.label} [${bar}] ${this.done}/${this.total} ${elapsedS.toFixed(0)}s eta ${etaS.toFixed(0)}s`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }
}
