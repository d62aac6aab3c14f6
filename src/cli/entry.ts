/**
 * What the two programs built on the CLI (the `visionlint` bin and the GitHub Action) share: each
 * bundle is also the script of its lint worker threads, and each writes its output completely.
 * Small on purpose: the bin loads it before anything else.
 */
import { isMainThread, workerData } from 'node:worker_threads';

/** Set in a lint worker's `workerData` (see workers.ts). */
export const WORKER_FLAG = 'visionlintWorker';

/** Whether this thread was started by `lintInWorkers` to lint files. */
export function isLintWorker(): boolean {
  return !isMainThread && Boolean((workerData as Record<string, unknown> | null)?.[WORKER_FLAG]);
}

/** Writes all of `text` before resolving, so nothing is lost when the process exits (a pipe may be slow). */
export function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return text === '' ? Promise.resolve() : new Promise((resolve) => stream.write(text, () => resolve()));
}
