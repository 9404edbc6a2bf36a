/**
 * Loads a module of the built package by its specifier at run time (`invoicing-sdk`,
 * `invoicing-sdk/mollie`, or a file URL into dist/), so the benchmarks measure what users install.
 * The caller names the type, from the sources (`typeof import('../src/index.js')`): bench/ then
 * type-checks whether or not dist/ is built, and against the current sources if dist/ is stale.
 */
export async function importBuilt<Module>(specifier: string): Promise<Module> {
  return (await import(specifier)) as Module;
}
