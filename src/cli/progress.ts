/**
 * Progress for long runs on a terminal: one line on stderr, `linting 120/2000 files`, rewritten
 * in place, shown only once a run has taken more than a second and cleared at the end.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly total: number,
    private readonly delayMs = 1000,
  ) {}

  update(done: number): void {
    if (!this.write) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || (now - this.lastDraw < 100 && done < this.total)) return;
    this.lastDraw = now;
    this.shown = true;
    this.write(`\r\u001b[2Klinting ${done}/${this.total} files`);
  }

  finish(): void {
    if (this.shown && this.write) this.write('\r\u001b[2K');
    this.shown = false;
  }
}
