// TAP-like lines for people, and the closing `e2e: N passed, N failed` for CI.
export class Report {
  passed = 0;
  failed = 0;

  check(name: string, ok: boolean, details = ""): boolean {
    if (ok) {
      this.pass(name);
    } else {
      this.fail(name, details);
    }
    return ok;
  }

  pass(name: string): void {
    this.passed++;
    process.stdout.write(`ok ${this.passed + this.failed} - ${name}\n`);
  }

  fail(name: string, details: string): void {
    this.failed++;
    process.stdout.write(`not ok ${this.passed + this.failed} - ${name}\n`);
    for (const line of details.split("\n")) {
      process.stdout.write(`  ${line}\n`);
    }
  }

  note(text: string): void {
    process.stdout.write(`# ${text}\n`);
  }

  /** Prints the closing line; the process's exit code. */
  close(): number {
    process.stdout.write(`e2e: ${this.passed} passed, ${this.failed} failed\n`);
    return this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}
