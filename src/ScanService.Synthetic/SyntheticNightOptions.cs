using System.Globalization;

namespace ScanService.Synthetic;

/// <summary>What to generate. <see cref="Validate"/> lists every problem at once.</summary>
public sealed record SyntheticNightOptions
{
    public static readonly IReadOnlyList<string> DefaultSources =
    [
        "nrm-referrals", "la-safeguarding", "labour-inspections", "police-intelligence", "benefit-claims", "helpline-reports",
    ];

    private static readonly string[] ReservedNames = ["investigations", "subjects", "truth", "decoys"];

    /// <summary>Folder to write into: <c>exports/</c> (what <c>scan run</c> reads) and, beside it, the answer keys.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Partner records in all, across the sources.</summary>
    public int Records { get; init; } = 20_000;

    public int Subjects { get; init; } = 2_000;

    /// <summary>Investigations; by default one per 20 subjects, at least one.</summary>
    public int? Investigations { get; init; }

    public int Seed { get; init; } = 1;

    public IReadOnlyList<string> Sources { get; init; } = DefaultSources;

    public DateOnly RunDate { get; init; } = new(2026, 11, 23);

    /// <summary>Share of records that truly link to a subject of an open investigation.</summary>
    public double LinkRate { get; init; } = 0.08;

    /// <summary>Share of records built to look like a link and not be one (near misses, closed investigations).</summary>
    public double DecoyRate { get; init; } = 0.04;

    /// <summary>Share of records deliberately broken (a junk value, or nothing to match on) to keep ingest honest.</summary>
    public double BadRowRate { get; init; } = 0.001;

    public int EffectiveInvestigations => Investigations ?? Math.Max(1, Subjects / 20);

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            problems.Add("the output directory is empty");
        }

        if (Records < 0)
        {
            problems.Add($"records must be zero or more (got {Records})");
        }

        if (Subjects < 1)
        {
            problems.Add($"subjects must be at least 1 (got {Subjects})");
        }

        if (Investigations is { } k && (k < 1 || k > Subjects))
        {
            problems.Add($"investigations must be between 1 and the number of subjects ({Subjects}) (got {k})");
        }

        CheckRate(problems, "link rate", LinkRate);
        CheckRate(problems, "decoy rate", DecoyRate);
        CheckRate(problems, "bad row rate", BadRowRate);
        if (LinkRate + DecoyRate + BadRowRate > 1)
        {
            problems.Add("link rate + decoy rate + bad row rate must not exceed 1");
        }

        CheckSources(problems);
        return problems;
    }

    private void CheckSources(List<string> problems)
    {
        if (Sources.Count == 0)
        {
            problems.Add("at least one source is needed");
        }

        foreach (var source in Sources)
        {
            if (string.IsNullOrWhiteSpace(source) || !source.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                problems.Add($"source name '{source}' must be letters, digits, '-' or '_' (it names the file)");
            }
            else if (ReservedNames.Contains(source, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"source name '{source}' is reserved for the investigations or the answer keys");
            }
        }

        foreach (var duplicate in Sources.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"source '{duplicate.Key}' is listed {duplicate.Count()} times");
        }
    }

    private static void CheckRate(List<string> problems, string name, double rate)
    {
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and 1 (got {rate})"));
        }
    }
}
