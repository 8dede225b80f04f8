// A plain-text table: fixed columns padded with spaces, long cells cut with
// an ellipsis. Widths count code points, so accented titles line up.

export interface Column {
  header: string;
  /** Cells longer than this are cut. */
  max: number;
}

function width(text: string): number {
  return [...text].length;
}

function fit(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length <= max
    ? chars.join("")
    : `${chars.slice(0, max - 1).join("")}…`;
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((row) =>
    columns.map((column, index) => fit(row[index] ?? "", column.max))
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
