// Worker threads start without the parent's tsx loader: load worker.ts through it.
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
