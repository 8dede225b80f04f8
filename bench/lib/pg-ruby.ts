// Runs one of the benchmark's Ruby scripts on a PostgreSQL of its own
// (`script/pg run NAME -- ruby SCRIPT`), prints its lines as they come, and
// resolves with the JSON of its result line (the one starting with PREFIX).
import { spawn } from "node:child_process";

export function runPgRuby<T>(
  pgName: string,
  script: string,
  resultPrefix: string
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn("script/pg", ["run", pgName, "--", "ruby", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let pending = "";
    let result: T | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(resultPrefix)) {
          result = JSON.parse(line.slice(resultPrefix.length)) as T;
        } else {
          console.log(line);
        }
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 && result !== undefined) {
        resolve(result);
      } else {
        reject(new Error(`${script} exited with ${code}`));
      }
    });
  });
}
