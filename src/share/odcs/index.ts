/**
 * Seam contracts as Open Data Contract Standard (ODCS) v3.1.0 documents, and ODCS documents as
 * clauses. Pure: no React or app state, so the app can load it lazily and tests can run it alone.
 */
export { toOdcs, odcsContractId, ODCS_API_VERSION, CONTRACT_VERSION } from './toOdcs';
export { toOdcsYaml, odcsFileName, odcsFiles, type OdcsFile } from './files';
export { fromOdcs, MAX_CLAUSES, MAX_TEXT_CHARS } from './fromOdcs';
export { placeOnSeam, fitDimension } from './dimensions';
export { validateOdcs } from './validate';
export { describeOdcsError, type OdcsError, type OdcsIssue } from './errors';
export type { OdcsContract, OdcsImport, FromOdcsOptions } from './types';
