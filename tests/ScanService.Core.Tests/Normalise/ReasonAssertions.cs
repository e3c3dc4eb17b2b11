namespace ScanService.Core.Tests.Normalise;

/// <summary>Checks that a refusal says why without repeating the personal data it refused.</summary>
internal static class ReasonAssertions
{
    public static void ShouldBeAReasonThatDoesNotLeak(this string? reason, string raw)
    {
        reason.ShouldNotBeNullOrWhiteSpace();
        string trimmed = raw.Trim();
        if (trimmed.Length >= 3)
        {
            reason.ShouldNotContain(trimmed, Case.Insensitive);
        }

        string digits = new(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 5)
        {
            reason.ShouldNotContain(digits);
        }
    }
}
