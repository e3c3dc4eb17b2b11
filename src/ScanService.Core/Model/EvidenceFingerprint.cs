using System.Security.Cryptography;
using System.Text;

namespace ScanService.Model;

/// <summary>
/// What a link's evidence amounts to, as a short hash: the rule, the fields that agreed, and the level each compared
/// field reached (<c>exact</c>, <c>year only</c>, <c>different</c>…). A false-positive disposition holds for later
/// nights only while the fingerprint is unchanged: a field that newly agrees, or agrees more strongly, is new
/// evidence and brings the link back.
/// </summary>
/// <remarks>
/// Weights and totals are left out on purpose: re-weighting a rule is not new evidence about the person. Tokens
/// holding a digit (similarity scores, masked phone endings, postcode districts) are left out too, so that the
/// fingerprint does not flicker with detail that says nothing about whether a field agrees.
/// </remarks>
public static class EvidenceFingerprint
{
    private const string Separator = " · ";
    private const int HashBytes = 16;

    public static string Of(LinkAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Of(alert.RuleId, alert.MatchedOn, alert.Explanation);
    }

    /// <summary>Null parts count as empty: the database, not this hash, decides whether an alert is complete.</summary>
    public static string Of(string? ruleId, string? matchedOn, string? explanation)
    {
        var canonical = new StringBuilder();
        canonical.Append(ruleId).Append('\n').Append(matchedOn).Append('\n');
        foreach (var part in (explanation ?? string.Empty).Split(Separator))
        {
            AppendLevel(canonical, part);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, HashBytes));
    }

    // "date_of_birth: +3.5 (transposed)" → "date_of_birth=transposed"; the closing "total 11.0 ≥ 9.0" has no level.
    private static void AppendLevel(StringBuilder canonical, string part)
    {
        var colon = part.IndexOf(':');
        var open = colon < 0 ? -1 : part.IndexOf('(', colon);
        var close = part.LastIndexOf(')');
        if (colon <= 0 || open < 0 || close < open)
        {
            return;
        }

        canonical.Append(part.AsSpan(0, colon).Trim()).Append('=');
        var words = part[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        canonical.AppendJoin(' ', words.Where(word => !word.Any(char.IsAsciiDigit))).Append('\n');
    }
}
