/**
 * Runs at most one task per key at a time and folds concurrent requests for the same key together: while a
 * task runs, every new request for its key shares ONE follow-up run that starts when it ends (it must not share
 * the running one: that may have read the vendor's state before the event the new request reports).
 * 200 concurrent duplicate notifications of one order therefore cost at most two fetches and two writes.
 *
 * @example
 * const coalesce = createCoalescer<number>();
 * await Promise.all([coalesce("yopoint:VI1", fetchAndStore), coalesce("yopoint:VI1", fetchAndStore)]);
 */
export function createCoalescer<T>(): (key: string, task: () => Promise<T>) => Promise<T> {
  const slots = new Map<string, { running: Promise<T>; next?: Promise<T> }>();

  function launch(key: string, task: () => Promise<T>): Promise<T> {
    const running = task();
    const slot: { running: Promise<T>; next?: Promise<T> } = { running };
    slots.set(key, slot);
    const settle = () => {
      if (slots.get(key) === slot && !slot.next) slots.delete(key);
    };
    running.then(settle, settle);
    return running;
  }

  return (key, task) => {
    const slot = slots.get(key);
    if (!slot) return launch(key, task);
    if (slot.next) return slot.next;
    const ignore = () => undefined;
    slot.next = slot.running.then(ignore, ignore).then(() => launch(key, task));
    return slot.next;
  };
}
