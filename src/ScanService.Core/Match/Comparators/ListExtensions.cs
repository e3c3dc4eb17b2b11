namespace ScanService.Match.Comparators;

internal static class ListExtensions
{
    /// <summary>The position of a level in a comparator's list (strongest first), or -1.</summary>
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
