namespace ScanService.Digest.Content;

/// <summary>
/// Teams alphabetically (case-insensitive, ordinal so it does not depend on the server's culture), with
/// "(unknown team)" last: it is a data problem to look at after the real teams, not a team.
/// </summary>
internal sealed class TeamNameOrder : IComparer<string>
{
    public static readonly TeamNameOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var xUnknown = x == DigestBuilder.UnknownTeam;
        var yUnknown = y == DigestBuilder.UnknownTeam;
        if (xUnknown != yUnknown)
        {
            return xUnknown ? 1 : -1;
        }

        var result = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return result != 0 ? result : StringComparer.Ordinal.Compare(x, y);
    }
}
