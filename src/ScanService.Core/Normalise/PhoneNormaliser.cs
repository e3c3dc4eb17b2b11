using ScanService.Model;

namespace ScanService.Normalise;

public sealed record PhoneList(string[] Numbers, string[] Errors);

public static class PhoneNormaliser
{
    public static ParseResult<string> Normalise(ReadOnlySpan<char> raw) => throw new NotImplementedException();

    public static PhoneList NormaliseList(string raw) => throw new NotImplementedException();
}
