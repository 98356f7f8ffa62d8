// @custom-elements-manifest/analyzer: reads the JSDoc on each element class.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/define.ts'],
  litelement: true,
};
