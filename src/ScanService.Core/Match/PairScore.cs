using System.Globalization;
using System.Text;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>One field's contribution to a pair's score.</summary>
public readonly record struct FieldEvidence(string Field, string Level, double Weight, string? Detail);

/// <summary>A record/subject pair scored by one rule, with the evidence an analyst needs to judge it.</summary>
public sealed record PairScore(LinkRule Rule, IReadOnlyList<FieldEvidence> Evidence, double Total)
{
    public bool IsLink => Total >= Rule.Threshold;

    /// <summary>The fields that counted in favour, e.g. <c>name+date_of_birth</c>.</summary>
    public string MatchedOn => string.Join('+', Evidence.Where(e => e.Weight > 0).Select(e => e.Field));

    /// <summary><c>name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0</c></summary>
    public string Explain()
    {
        var text = new StringBuilder();
        foreach (var evidence in Evidence)
        {
            text.Append(evidence.Field).Append(": ")
                .Append(evidence.Weight.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture))
                .Append(" (").Append(evidence.Level.Replace('_', ' '));
            if (evidence.Detail is not null)
            {
                text.Append(' ').Append(evidence.Detail);
            }

            text.Append(") · ");
        }

        text.Append("total ").Append(Total.ToString("0.0", CultureInfo.InvariantCulture))
            .Append(IsLink ? " ≥ " : " < ")
            .Append(Rule.Threshold.ToString("0.0", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
