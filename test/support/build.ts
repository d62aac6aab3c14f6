/** The shape of esbuild.js's exports, for tests that build a bundle with the options `npm run build` uses. */
import type { BuildOptions } from 'esbuild';

export interface Bundle extends BuildOptions {
  entryPoints: string[];
  outfile: string;
}

export interface BuildScript {
  bundles: Bundle[];
  REMARK_MODULE: { file: string; text: string };
  buildOptions(bundle: Bundle, settings?: { production?: boolean }): BuildOptions;
  /** A rule file's source without its examples, as the extension's production bundles read it. */
  withoutRuleExamples(source: string): string;
}
