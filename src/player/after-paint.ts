/**
 * Runs `fn` just after the next frame has been painted: a message posted from an animation frame
 * callback is handled after that frame's rendering. Returns a cancel function.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
