namespace ScanService.Normalise;

internal enum DateReadStatus
{
    Ok,
    NotRecognised,
    MonthOutOfRange,
    DayOutOfRange,
    YearBefore1900,
}
