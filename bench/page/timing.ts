// Waiting on the browser's frames, and a GC before timed work when Chromium
// exposes one (bench/browser.ts starts it with --expose-gc), so that the
// garbage of one round is not collected during the next.

declare global {
  interface Window {
    gc?: () => void;
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

export function collectGarbage(): void {
  window.gc?.();
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
export async function quiet(): Promise<void> {
  collectGarbage();
  await settle();
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
}

const QUIET_MS = 50;
