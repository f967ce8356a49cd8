-- The events' CSV export is written by the server from the stored documents
-- (event.timeline.EventCsvRecord, with common.SpreadsheetCells for the formula guard), so
-- V140's CSV functions have no caller left. Its other export_* functions stay: the stored
-- documents' triggers (V160, V161) write their days, instants and EDTF with them.
drop function export_csv(text);
drop function export_csv_neutral(text);
drop function export_plain_number(text);
