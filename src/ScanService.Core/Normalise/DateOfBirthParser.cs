using ScanService.Model;

namespace ScanService.Normalise;

public static class DateOfBirthParser
{
    public static ParseResult<DateOfBirth> Parse(string raw, DateOnly? notAfter = null) => throw new NotImplementedException();
}
