/** Template text that a seller must replace before submitting. */
export const placeholderPatterns = [
  // [Your Seller ID], [Date], [X]: brackets that are not a link (links are masked before rules run).
  '\\[(?!\\s*(?:\\d{1,3}|sic|\\.\\.\\.|…|\\^[^\\]]*)\\s*\\])[^\\[\\]\\r\\n]{1,80}\\]',
  '\\bB0[Xx]{8}\\b',
  '\\bX{10}\\b',
  '\\b(?=[\\dX]*X)[\\dX]{3}-[\\dX]{7}-[\\dX]{7}\\b',
  '\\b(?:TBD|TBC|TODO|FIXME)\\b',
  '<(?:insert|enter|add|your|put|fill)\\b[^<>\\r\\n]{0,80}>',
  '\\{\\{[^{}\\r\\n]{0,80}\\}\\}',
  '\\b(?:MM|DD)/(?:DD|MM)/(?:YYYY|YY)\\b',
  '\\bYYYY-MM-DD\\b',
  '\\$X+\\b',
  '\\b(?:X{1,3}|N)\\b(?=\\s*(?:%|(?:percent|hours?|days?|business days?|weeks?|months?|units?|orders?|times|minutes?|people|staff|employees|SKUs?|ASINs?)\\b))',
  '\\blorem ipsum\\b',
];
