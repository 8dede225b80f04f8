// The measuring process starts without the parent's tsx loader: load growth.ts through it.
import { tsImport } from "tsx/esm/api";

await tsImport("./growth.ts", import.meta.url);
