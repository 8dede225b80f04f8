#!/usr/bin/env node
// Launcher of the TypeScript CLI (cli/main.ts). Node 20 cannot strip types,
// so tsx's loader is registered first. Both imports resolve from this file's
// real location, not the working directory, so `npx discourse-job-board`
// works from anywhere in the repository and through the bin symlink.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
