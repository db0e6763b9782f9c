/**
 * Documentation of a request schema (`id` for an OpenAPI component, description, example, extra JSON
 * Schema keywords): zod/mini's counterpart of classic zod's `.meta()`, as `.apply(meta({ ... }))`.
 * Like classic, it registers a copy in the global registry, so a shared schema (`localDay`) keeps no
 * one use's text. (`.check(z.meta())` would also do, but every later copy of the schema, e.g. by a
 * `.check()`, would register the same `id` again.)
 *
 * The schema modules build each exported schema that calls more than zod's constructors inside an
 * arrow called at once and marked `/* @__PURE__ *\/`: esbuild knows zod's constructors have no side
 * effects, but not `.check()`, `.apply()`, this registration or a module's own helpers (the registry
 * only feeds the OpenAPI document, built at build time), so without the mark every function bundled
 * every such schema of each schema module it imports.
 */
import * as z from 'zod/mini';

export function meta(data: z.core.GlobalMeta) {
  return <S extends z.ZodMiniType>(schema: S): S => {
    const copy = schema.clone();
    z.globalRegistry.add(copy as z.core.$ZodType, data);
    return copy;
  };
}
