namespace ScanService.Match.Names;

/// <summary>The sex a diminutives list gives a full name; unknown for short forms and for names on both lists.</summary>
internal enum NameSex : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// One name in the nickname table: the group it heads (as a full name), the groups it belongs to (as a short
/// form), and the groups through which it may match another short form of the same full name.
/// </summary>
internal sealed class NicknameEntry(string name, int headOf, int[] memberOf, int[] siblingGroups, NameSex sex)
{
    private const int MaxShortFormLength = 4;

    public string Name { get; } = name;

    /// <summary>The group whose full name this is, or -1.</summary>
    public int HeadOf { get; } = headOf;

    /// <summary>Sorted ids of the groups listing this name as a short form.</summary>
    public int[] MemberOf { get; } = memberOf;

    /// <summary>
    /// Sorted ids of the groups, headed by a full name, in which this short form may match a fellow short form
    /// (Bill ~ Will through William). Empty for full names: two full names sharing a short form are different
    /// names (Alexander and Alexandra share Alex).
    /// </summary>
    public int[] SiblingGroups { get; } = siblingGroups;

    public NameSex Sex { get; } = sex;

    /// <summary>
    /// Symmetric, and deliberately not transitive: a full name and one of its short forms, or two short forms of
    /// one full name. <c>names.csv</c> also pairs a man's full name with a woman's (Louis/Louise, George/Georgia,
    /// Andrew/Andrea): those are different people, so two full names of different sexes are never equivalent —
    /// unless one is short enough to be a short form of the other (Alex for Alexandra, Max for Maxine).
    /// </summary>
    public static bool AreEquivalent(NicknameEntry a, NicknameEntry b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Sex != NameSex.Unknown && b.Sex != NameSex.Unknown && a.Sex != b.Sex &&
            Math.Min(a.Name.Length, b.Name.Length) > MaxShortFormLength)
        {
            return false;
        }

        return (a.HeadOf >= 0 && b.MemberOf.AsSpan().BinarySearch(a.HeadOf) >= 0)
            || (b.HeadOf >= 0 && a.MemberOf.AsSpan().BinarySearch(b.HeadOf) >= 0)
            || Intersect(a.SiblingGroups, b.SiblingGroups);
    }

    private static bool Intersect(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
