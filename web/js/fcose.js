// The fCoSE layout extension. Its npm package is UMD only, so index.html loads it as a classic script
// (which sets window.cytoscapeFcose); this module hands it to ES modules without a bundler.
export const fcose = globalThis.cytoscapeFcose;
