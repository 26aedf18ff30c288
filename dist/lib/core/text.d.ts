/** Placeholder until helper-b's version lands. */
export declare function printable(text: string): string;
