namespace ScanService.Normalise;

/// <summary>
/// Digit checks as plain loops: on .NET 10 the generic range helpers (ContainsAnyInRange,
/// ContainsAnyExceptInRange) were measured allocating on each call, and these run for every phone number and
/// date of a night's exports.
/// </summary>
internal static class AsciiDigits
{
    public static bool AreAll(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
