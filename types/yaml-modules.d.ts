// The sandbox's Vite build turns a .yml import into its parsed content.
declare module "*.yml" {
  const content: unknown;

  export default content;
}
