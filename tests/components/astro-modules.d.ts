// `.astro` files seen from TypeScript (tsc): Astro's compiler gives them types only
// inside `astro check`; the container API renders any component factory.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
