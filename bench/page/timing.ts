// Waiting on the browser's frames, and a GC before timed work when Chromium
// exposes one (bench/browser.ts starts it with --expose-gc), so that the
// garbage of one round is not collected during the next.

declare global {
  interface Window {
    /** V8's gc(): a full GC, or a scavenge of the young generation with { type: "minor" }. */
    gc?: (options?: { type: "major" | "minor" }) => void;
    /** Set by bench/profile.ts --timed: profile only the timed windows. */
    jobBoardBenchProfile?: boolean;
  }
}

/**
 * Opens a timed window in bench/profile.ts --timed, which collects the
 * console profiles (CDP Profiler.consoleProfileFinished) of every window:
 * no-op otherwise. kind names the measure (components, plain, filter).
 */
export function profileWindow(kind: string): () => void {
  if (!window.jobBoardBenchProfile) {
    return () => {};
  }
  console.profile(kind);
  return () => console.profileEnd(kind);
}

/**
 * Which garbage to collect before a timed round:
 * - "major": everything. For rounds that leave much long-lived garbage,
 *   such as a thousand rows rendered and then torn down, which would
 *   otherwise be collected (and marked incrementally) during the next.
 * - "minor": the young generation, where the garbage of a small change (a
 *   filter change) lives. A full GC before every change is not what a page
 *   sees between two clicks; bench/run.ts prints that case too
 *   (filter_after_full_gc_ms), for comparison.
 */
export type Collection = "major" | "minor";

export function collectGarbage(collection: Collection = "major"): void {
  window.gc?.(collection === "minor" ? { type: "minor" } : undefined);
}

/**
 * Resolves after the next frame has been rendered: requestAnimationFrame
 * runs just before the frame's style, layout and paint, and a message
 * posted from it is handled only once they are done.
 */
export function afterNextPaint(): Promise<number> {
  return nextFrame().then((frame) => frame.painted);
}

export interface Frame {
  /** When the frame began: scripts done, style, layout and paint to come. */
  began: number;
  /** When its style, layout and paint were done. */
  painted: number;
}

export function nextFrame(): Promise<Frame> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const began = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () =>
        resolve({ began, painted: performance.now() });
      channel.port2.postMessage(null);
    });
  });
}

/** Lets pending work (Ember's async destruction, a frame) finish. */
export async function settle(): Promise<void> {
  await afterNextPaint();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The state a page is in when someone acts: the last frame painted and the
 * work left behind by the previous round (Ember's teardown of removed rows,
 * V8's sweeping after the GC) done, as it is between two clicks.
 */
export async function quiet(collection: Collection = "major"): Promise<void> {
  collectGarbage(collection);
  await settle();
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
}

const QUIET_MS = 50;
