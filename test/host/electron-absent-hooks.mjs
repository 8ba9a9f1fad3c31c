// Node module hooks for the browser test host: `electron` resolves to an empty module, as it
// does under vitest (see vitest.config.ts), because the binary is not installed everywhere.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') {
    return {
      url: new URL('../support/electron-absent.mjs', import.meta.url).href,
      shortCircuit: true,
    };
  }
  return nextResolve(specifier, context);
}
