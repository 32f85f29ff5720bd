/**
 * A download body that is written as it is read: each pull asks the source for its next piece
 * (a page of rows, already formatted), so memory holds one page whatever the export's size,
 * and a client that goes away stops the reading (the source's `finally` runs).
 */
export function textStream(source: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Skip empty pieces so a pull always delivers bytes or ends the stream.
        for (;;) {
          const next = await iterator.next();
          if (next.done) return controller.close();
          if (next.value) return controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Collect a stream's text: for tests and small bodies. */
export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
