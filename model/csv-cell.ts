// One text cell of CSV, safe to open in a spreadsheet. Quoted (RFC 4180) when it holds a comma, a
// quote or a line break; and a cell that Excel, LibreOffice or Google Sheets would read as a formula
// (one starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe instead, so a
// variable named `=HYPERLINK(...)` is shown as text, never run (OWASP, "CSV injection").
// Numbers are not text cells: callers write them as numbers, negative ones included.

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
