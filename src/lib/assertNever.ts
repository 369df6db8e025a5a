/** Exhaustiveness for switches over tagged unions: adding a kind without handling it fails to compile. */
export function assertNever(x: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(x)}`);
}
