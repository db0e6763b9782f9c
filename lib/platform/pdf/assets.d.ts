/** esbuild's `file` loader (infra/service-function.ts): importing a font answers the path of its copy beside the bundle. */
declare module '*.ttf' {
  const path: string;
  export default path;
}
