/**
 * The incident write-up: a plain model of what a workspace knows and its GitHub-flavoured Markdown
 * rendering. Kept free of React and loaded lazily, since only the share menu needs it.
 */
export { writeupModel } from './model';
export { toMarkdown, writeupTree, CLAUSE_COLUMNS } from './markdown';
export { toHtml } from './html';
export { writeupFileName } from './fileName';
export type * from './types';
