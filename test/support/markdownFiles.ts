import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The Markdown files under `dir` (below 400 KB), in a stable order: Markdown written by other people, to test against. */
export function markdownFilesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name.endsWith('.md') && statSync(path).isFile() && statSync(path).size < 400_000) files.push(path);
      else if (!name.includes('.') && statSync(path).isDirectory()) walk(path);
    }
  };
  walk(dir);
  return files;
}
