/** Every share and export action, in one chunk loaded the first time the menu is used. */
export { downloadImage, downloadWorkspaceFile, openWorkspaceFile } from './fileActions';
export { downloadMermaid, mermaidContent } from './mermaidActions';
export { downloadWriteup, printWriteup, writeupContent } from './writeupActions';
