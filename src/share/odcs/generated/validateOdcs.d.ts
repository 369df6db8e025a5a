import type { ErrorObject } from 'ajv';

/** The ODCS v3.1.0 JSON Schema compiled ahead of time; `errors` holds the last call's problems. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
