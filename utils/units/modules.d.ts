/** Types for the parts of js-quantities and currency-symbol-map (no bundled types) that the units table uses. */
declare module 'js-quantities' {
  interface Qty {
    readonly scalar: number;
    kind(): string;
    to(units: string): Qty;
    isCompatible(other: string | Qty): boolean;
  }
  interface QtyConstructor {
    new (value: number, units: string): Qty;
    parse(text: string): Qty | null;
  }
  const Qty: QtyConstructor;
  export default Qty;
}

/** currency-symbol-map's table: ISO code → symbol. */
declare module 'currency-symbol-map/map' {
  const symbols: Record<string, string>;
  export default symbols;
}
