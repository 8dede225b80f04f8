// A plain-text table: fixed columns padded with spaces, long cells cut with
// an ellipsis. Widths count code points, so accented titles line up.

export interface Column {
  header: string;
  /** Cells longer than this are cut. */
  max: number;
  /** Where a long cell loses its characters: the end (default) or the start (paths). */
  cut?: "end" | "start";
}

function width(text: string): number {
  return [...text].length;
}

function fit(text: string, max: number, cut: Column["cut"]): string {
  const chars = [...text.replace(/\s+/g, " ")];
  if (chars.length <= max) {
    return chars.join("");
  }
  return cut === "start"
    ? `…${chars.slice(chars.length - max + 1).join("")}`
    : `${chars.slice(0, max - 1).join("")}…`;
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((row) =>
    columns.map((column, index) =>
      fit(row[index] ?? "", column.max, column.cut)
    )
  );
  const widths = columns.map((column, index) =>
    Math.max(width(column.header), ...cells.map((row) => width(row[index])))
  );
  const line = (row: string[]) =>
    row
      .map((cell, index) =>
        index === row.length - 1
          ? cell
          : cell + " ".repeat(widths[index] - width(cell))
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((size) => "-".repeat(size)).join("  ");
  return [
    line(columns.map((column) => column.header)),
    rule,
    ...cells.map(line),
  ].join("\n");
}
