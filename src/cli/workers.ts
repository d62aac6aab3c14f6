/**
 * Linting many files across cores: a pool of worker threads, each building its own linters with
 * `setUpLinter` (cached per configuration, like this thread) and linting the files it is sent.
 *
 * Files go out in small batches, so a slow file does not hold up a whole share; results come
 * back as plain data and are put back in the order of the file list. Starting a worker costs
 * about as much as linting a hundred small files, so fewer files are linted in this thread only
 * (`workerCount`).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FileResult, LintJob, LintSettings } from './types';

import { WORKER_FLAG } from './entry';

/**
 * Each thread should have at least this many files, or a worker is not worth starting. A worker
 * costs about 0.2 s to load the bundle and more while V8 compiles the linter (its first ~50 files
 * run at a third of the speed of later ones), against 5.5 ms per file once warm; and V8's own
 * background threads already keep part of a second core busy. Measured on a 2-core machine with
 * the benchmark's files: a second thread lost 0.35 s on 300 files and won 0.6 s on 1,200.
 */
export const MIN_FILES_PER_THREAD = 250;

type ToWorker = { type: 'jobs'; jobs: LintJob[] };
type FromWorker =
  | { type: 'result'; index: number; result: FileResult }
  | { type: 'idle' }
  | { type: 'fatal'; message: string };

/**
 * How many workers to start for `files` files (0: lint in this thread only). This thread lints
 * too, so `--concurrency N` means N - 1 workers. By default: one thread per core, each with at
 * least MIN_FILES_PER_THREAD files; an explicit --concurrency is taken as it is. The load average
 * is no guide: it still counts the build or test run that finished a minute ago, and on a busy
 * machine the system shares the cores out anyway.
 */
export function workerCount(files: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested - 1, files - 1));
  return Math.max(0, Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD)) - 1);
}

/** The script a worker runs: the bundle itself, or the TypeScript entry under tsx in tests. */
function workerEntry(): { filename: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) {
    const loader = ['tsx', 'cjs'].join('/'); // only when running from source; the bundle never needs it
    return { filename: `${__dirname}/main.ts`, execArgv: ['--require', require.resolve(loader)] };
  }
  return { filename: __filename, execArgv: [] };
}

/**
 * Lints `jobs` with `count` workers, this thread taking batches from the same queue through
 * `local` (its own linters, already warm from finding the files). Each result is handed to
 * `linted` with its job's index, in the order the files finish; this thread lints on when what
 * `linted` returns settles.
 */
export async function lintInWorkers(
  jobs: readonly LintJob[],
  settings: LintSettings,
  count: number,
  local: (job: LintJob) => Promise<FileResult>,
  linted: (index: number, result: FileResult) => Promise<void> | void,
): Promise<void> {
  const { filename, execArgv } = workerEntry();
  const batchSize = Math.max(1, Math.min(16, Math.ceil(jobs.length / (count * 6))));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        reject(error);
      };
      const take = (): LintJob[] => {
        const batch = jobs.slice(next, next + batchSize);
        next += batch.length;
        return batch;
      };
      const send = (worker: Worker): boolean => {
        const batch = take();
        if (batch.length === 0) return false;
        worker.postMessage({ type: 'jobs', jobs: batch } satisfies ToWorker);
        return true;
      };
      // Batches sent and not yet finished; each worker holds two, so it never waits for the next.
      let outstanding = 0;
      for (let i = 0; i < count; i++) {
        const worker = new Worker(filename, { workerData: { [WORKER_FLAG]: true, settings }, execArgv, stdout: false, stderr: false });
        workers.push(worker);
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'result') {
            linted(message.index, message.result);
          } else if (message.type === 'idle') {
            outstanding--;
            if (send(worker)) outstanding++;
            if (outstanding === 0 && !finished) {
              finished = true;
              resolve();
            }
          } else if (message.type === 'fatal') {
            fail(new Error(message.message));
          }
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a lint worker stopped with exit code ${code}`));
        });
        for (let k = 0; k < 2; k++) if (send(worker)) outstanding++;
      }
      // This thread's share: one batch at a time, yielding between files so workers are fed.
      outstanding++;
      void (async () => {
        try {
          for (let batch = take(); batch.length > 0 && !finished; batch = take()) {
            for (const job of batch) {
              // This thread waits when the output is full; the workers' results wait in its queue.
              await linted(job.index, await local(job));
              await new Promise((r) => setImmediate(r));
            }
          }
          outstanding--;
          if (outstanding === 0 && !finished) {
            finished = true;
            resolve();
          }
        } catch (error) {
          fail(error as Error);
        }
      })();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
  }
}

/** The worker thread's side: lint each job it is sent, in order, and say when it is idle. */
export async function runWorker(): Promise<void> {
  if (isMainThread || !parentPort) throw new Error('runWorker runs in a worker thread');
  const port = parentPort;
  const { settings } = workerData as { settings: LintSettings };
  const { createLintContext } = require('./context') as typeof import('./context');
  const { lintJob } = require('./lintFile') as typeof import('./lintFile');
  const context = createLintContext(settings);
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'jobs') return;
    queue = queue.then(async () => {
      try {
        for (const job of message.jobs) {
          port.postMessage({ type: 'result', index: job.index, result: await lintJob(job, context) } satisfies FromWorker);
        }
        port.postMessage({ type: 'idle' } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker);
      }
    });
  });
}
