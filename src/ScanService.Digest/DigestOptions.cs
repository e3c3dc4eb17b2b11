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

        return problems;
    }
}
