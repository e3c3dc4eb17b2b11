using ScanService.Model;

namespace ScanService.Normalise;

public static class RecordDateParser
{
    public static ParseResult<DateOnly> Parse(string raw) => throw new NotImplementedException();
}
