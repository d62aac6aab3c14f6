/**
 * The `visionlint` bin: parses the command line, runs, prints and exits with the code `run`
 * returns. The same file is the script of each lint worker thread (see workers.ts), which it
 * recognises by its `workerData`. Required as a module (`require('visionlint')`) it is the
 * package's API (src/api) and runs nothing.
 */
import { isLintWorker, writeAll } from './entry';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Output queued for a pipe beyond which linting waits for the reader (a stream's own limit, 16 KB, would stop it at every file). */
const STDOUT_BACKLOG = 1 << 20;

let draining: Promise<void> | undefined;

/** Writes to stdout; when a slow pipe has left much unwritten, the promise settles once it drains (one wait, however many ask). */
function writeStdout(text: string): Promise<void> | void {
  process.stdout.write(text);
  if (process.stdout.writableLength <= STDOUT_BACKLOG) return;
  return (draining ??= new Promise((resolve) =>
    process.stdout.once('drain', () => {
      draining = undefined;
      resolve();
    }),
  ));
}

async function main(): Promise<void> {
  const { run } = require('./run') as typeof import('./run');
  const result = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    readStdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    writeProgress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
    // On a terminal, output printed while linting would mix with the progress line.
    writeStdout: process.stdout.isTTY ? undefined : writeStdout,
  });
  await writeAll(process.stdout, result.stdout);
  await writeAll(process.stderr, result.stderr);
  process.exitCode = result.exitCode;
}

export * from '../api';
// For dist/remark.mjs (an ES module over this bundle); typed there, not in the CommonJS API.
export { default as remarkVisionlint } from '../remark';

if (isLintWorker()) {
  void (require('./workers') as typeof import('./workers')).runWorker();
} else if (require.main === module) {
  // A closed pipe (visionlint | head) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main().catch((error: unknown) => {
    process.stderr.write(`visionlint: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  });
}
