// A tiny typed event emitter. "Sticky" events (like `ready`) remember their last payload, so a
// listener added after the fact is called at once, as embedding pages expect. Each listener gets its
// own copy of the payload (when a `copy` is given), so one listener's changes never reach another or
// the atlas; a listener that throws is reported and skipped.
type Listener<T> = (payload: T) => void;

export class Emitter<Events extends Record<string, unknown>> {
  private listeners = new Map<keyof Events, Set<Listener<never>>>();
  private fired = new Map<keyof Events, unknown>();

  constructor(
    private readonly sticky: ReadonlyArray<keyof Events> = [],
    private readonly copy: <T>(payload: T) => T = (p) => p,
  ) {}

  on<K extends keyof Events>(event: K, fn: Listener<Events[K]>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(fn as Listener<never>);
    this.listeners.set(event, set);
    if (this.fired.has(event)) this.call(event, fn, this.fired.get(event) as Events[K]);
    return () => void set.delete(fn as Listener<never>);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    if (this.sticky.includes(event)) this.fired.set(event, payload);
    // A copy of the set, so a listener may unsubscribe while we iterate.
    for (const fn of Array.from(this.listeners.get(event) ?? [])) this.call(event, fn as Listener<Events[K]>, payload);
  }

  private call<K extends keyof Events>(event: K, fn: Listener<Events[K]>, payload: Events[K]): void {
    try {
      fn(this.copy(payload));
    } catch (e) {
      // A failing listener of the embedding page must not break the atlas or other listeners.
      console.warn(`gbaAtlas: a "${String(event)}" listener threw`, e);
    }
  }
}
