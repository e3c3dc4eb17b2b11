using System.Net.Mail;

namespace ScanService.Digest;

/// <summary>Who the morning digest goes to and where it is written. Bound from the <c>Digest</c> section.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Enough for a very busy night; beyond this a body becomes too long to read or to render in Outlook.</summary>
    public const int DefaultMaxLinksInBody = 500;

    /// <summary>Sender address, e.g. <c>scanservice@unit.example</c>.</summary>
    public string From { get; set; } = "";

    /// <summary>One or more recipient addresses.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Folder the pickup publisher writes <c>.eml</c> files to; relative paths resolve against the working directory.</summary>
    public string OutboxDirectory { get; set; } = "outbox";

    /// <summary>New links listed in the body; the rest are counted and left to <c>scan alerts export</c>.</summary>
    public int MaxLinksInBody { get; set; } = DefaultMaxLinksInBody;

    /// <summary><c>pickup</c> (default): write <c>.eml</c> files to <see cref="OutboxDirectory"/>; <c>smtp</c>: send through <see cref="Smtp"/>.</summary>
    public string Delivery { get; set; } = PickupDelivery;

    public const string PickupDelivery = "pickup";
    public const string SmtpDelivery = "smtp";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Team name (as in <c>investigations.csv</c>) → addresses. Each team is sent a digest of its own investigations'
    /// alerts only; <see cref="To"/> (the coordinators) get the full digest.
    /// </summary>
    public Dictionary<string, List<string>> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Who is told when a run fails or an expected export is missing (a short notice, no personal data).</summary>
    public List<string> Operators { get; set; } = [];

    public bool SendsBySmtp => string.Equals(Delivery, SmtpDelivery, StringComparison.OrdinalIgnoreCase);

    /// <summary>Everyone a digest of the night goes to: coordinators and every team.</summary>
    public IReadOnlyList<string> AllRecipients => [.. To.Concat(Teams.Values.SelectMany(a => a)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The digest options are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems), "options");
        }
    }

    /// <summary>Every problem at once, so an operator fixes the configuration in one pass. Empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();

        if (string.IsNullOrWhiteSpace(From))
        {
            problems.Add($"{SectionName}:From is required (the sender address, e.g. scanservice@unit.example).");
        }
        else if (!MailAddress.TryCreate(From, out _))
        {
            problems.Add($"{SectionName}:From '{From}' is not a valid email address.");
        }

        if (To is null || To.Count == 0)
        {
            problems.Add($"{SectionName}:To needs at least one recipient address.");
        }
        else
        {
            for (var i = 0; i < To.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(To[i]))
                {
                    problems.Add($"{SectionName}:To:{i} is empty.");
                }
                else if (!MailAddress.TryCreate(To[i], out _))
                {
                    problems.Add($"{SectionName}:To:{i} '{To[i]}' is not a valid email address.");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(OutboxDirectory))
        {
            problems.Add($"{SectionName}:OutboxDirectory is required (the folder digests are written to).");
        }
        else if (OutboxDirectory.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problems.Add($"{SectionName}:OutboxDirectory '{OutboxDirectory}' contains characters not allowed in a path.");
        }

        if (MaxLinksInBody < 1)
        {
            problems.Add($"{SectionName}:MaxLinksInBody must be at least 1 (was {MaxLinksInBody}).");
        }

        if (!SendsBySmtp && !string.Equals(Delivery, PickupDelivery, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{SectionName}:Delivery '{Delivery}' is not supported (supported: {PickupDelivery}, {SmtpDelivery}).");
        }
        else if (SendsBySmtp)
        {
            problems.AddRange((Smtp ?? new SmtpOptions()).Validate(SectionName + ":Smtp").Select(p => p + "."));
        }

        foreach (var (team, addresses) in Teams ?? [])
        {
            problems.AddRange(AddressProblems($"{SectionName}:Teams:{team}", addresses, required: true));
        }

        problems.AddRange(AddressProblems($"{SectionName}:Operators", Operators, required: false));

        return problems;
    }

    private static IEnumerable<string> AddressProblems(string setting, List<string>? addresses, bool required)
    {
        if (addresses is null || addresses.Count == 0)
        {
            if (required)
            {
                yield return $"{setting} needs at least one address.";
            }

            yield break;
        }

        for (var i = 0; i < addresses.Count; i++)
        {
            if (!MailAddress.TryCreate(addresses[i], out _))
            {
                yield return $"{setting}:{i} '{addresses[i]}' is not a valid email address.";
            }
        }
    }
}
