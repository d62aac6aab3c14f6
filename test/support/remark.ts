/**
 * remark-parse, as the product parses with it (src/core/markdown/mdast.ts): the benchmark's
 * `parseOnlyMs` times this parse, and tests hold the line reader's blocks equal to the blocks read
 * from its tree.
 */
export { parseMarkdown as parseWithRemark, remarkBlocks as blocksViaRemark } from '../../src/core/markdown/mdast';
