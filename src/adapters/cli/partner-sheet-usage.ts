/** The partner-sheet commands' usage lines, apart so `desk help` does not load exceljs. */
export const PARTNER_SHEET_USAGE = `  knowledge template partners FILE.xlsx|FILE.csv      the partner sheet's empty layout
  knowledge export partners --xlsx FILE | --csv FILE   the current partner records as a sheet
  knowledge import partners FILE [--yes] [--partial] [--as-of YYYY-MM] [--lang ja|en]
                                   show the diff, then write knowledge/partners.yaml when confirmed`;
