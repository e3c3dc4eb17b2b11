using ScanService.Model;

namespace ScanService.Normalise;

public static class PostcodeNormaliser
{
    public static ParseResult<string> Normalise(ReadOnlySpan<char> raw) => throw new NotImplementedException();
}
