/**
 * Prints a streaming format while files are linted: results arrive in any order (from worker
 * threads), text goes out in file order, in chunks large enough that writing costs little.
 */
import type { Report, StreamingFormatter } from './formats/report';
import type { FileResult } from './types';

const CHUNK_CHARS = 1 << 16;

/** Writes text out; a promise says the output is full until it settles (a slow pipe). */
export type Write = (text: string) => Promise<void> | void;

export class OrderedPrinter {
  private next = 0;
  private anyFile = false;
  private pending: string;
  private full: Promise<void> | void = undefined;

  constructor(
    private readonly format: StreamingFormatter,
    /** Filled in by whoever lints, at each file's index; a printed file's goals are let go here. */
    private readonly results: (FileResult | undefined)[],
    private readonly write: Write,
  ) {
    this.pending = format.head();
  }

  /** Settles when the output has taken what was written: linting on regardless would pile the text up in memory. */
  async drained(): Promise<void> {
    await this.full;
  }

  /** Prints each file from the first unprinted one up to the first not yet linted. */
  printReady(): void {
    for (let result = this.results[this.next]; result !== undefined; result = this.results[++this.next]) {
      const text = this.format.file(result, !this.anyFile);
      // Printed goals are read by nothing else (the totals count findings): thousands of files need not hold them all.
      if (result.goals.length > 0) this.results[this.next] = { ...result, goals: [] };
      if (text === '') continue;
      this.anyFile = true;
      this.pending += text;
      if (this.pending.length >= CHUNK_CHARS) {
        this.full = this.write(this.pending);
        this.pending = '';
      }
    }
  }

  finish(report: Report): Promise<void> | void {
    this.printReady();
    this.full = this.write(this.pending + this.format.tail(report, this.anyFile));
    this.pending = '';
    return this.full;
  }
}
