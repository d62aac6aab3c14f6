/**
 * The core's `ConfigHost` over `node:fs/promises`, remembering every answer: config discovery
 * asks for the same `.visionlintrc*` candidates from every folder of a large tree, and a run
 * never needs to see a config file change under it.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { ConfigHost } from '../core/config/types';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

function isAbsent(error: unknown): boolean {
  return ABSENT.has((error as NodeJS.ErrnoException)?.code ?? '');
}

export function nodeHost(): ConfigHost {
  const files = new Map<string, Promise<string | undefined>>();
  const folders = new Map<string, Promise<string[] | undefined>>();
  return {
    readFile(path) {
      let text = files.get(path);
      if (!text) {
        text = readFile(path, 'utf8').then(
          (t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t),
          (error: unknown) => {
            if (isAbsent(error)) return undefined;
            throw error;
          },
        );
        files.set(path, text);
      }
      return text;
    },
    listDirectory(path) {
      let names = folders.get(path);
      if (!names) {
        names = readdir(path).then(
          (n) => n,
          (error: unknown) => {
            if (isAbsent(error)) return undefined;
            throw error;
          },
        );
        folders.set(path, names);
      }
      return names;
    },
  };
}
