namespace ScanService.Evaluation;

/// <summary>
/// The kinds of link a truth file may name (<c>person</c>, <c>phone</c>, <c>premises</c>, or any other word).
/// A truth file that has a <c>rule_id</c> column instead of <c>link_kind</c> (such as the bundled
/// <c>samples/expected-links.csv</c>) is read by mapping the shipped rule ids: <c>same-person</c> → person,
/// <c>same-phone</c> → phone, <c>same-premises</c> → premises; any other <c>same-X</c> → X, and any other
/// rule id is taken as the kind itself.
/// </summary>
public static class LinkKinds
{
    public const string Person = "person";
    public const string Phone = "phone";
    public const string Premises = "premises";

    /// <summary>The kind of a truth row that does not say which kind of link it is.</summary>
    public const string Unspecified = "unspecified";

    private const string RulePrefix = "same-";

    private static readonly string[] Known = [Person, Phone, Premises];

    public static string Normalise(string kind)
    {
        var trimmed = kind.Trim().ToLowerInvariant();
        return trimmed.Length == 0 ? Unspecified : trimmed;
    }

    public static string FromRuleId(string ruleId)
    {
        var kind = Normalise(ruleId);
        return kind.StartsWith(RulePrefix, StringComparison.Ordinal) && kind.Length > RulePrefix.Length
            ? kind[RulePrefix.Length..]
            : kind;
    }

    /// <summary>Report order: the shipped kinds first (person leads: it is the target figure), then the rest by name.</summary>
    public static int Compare(string a, string b)
    {
        var (ra, rb) = (Rank(a), Rank(b));
        return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
    }

    private static int Rank(string kind)
    {
        var index = Array.IndexOf(Known, kind);
        if (index >= 0)
        {
            return index;
        }

        return kind == Unspecified ? Known.Length + 1 : Known.Length;
    }
}
