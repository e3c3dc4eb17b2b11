using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScanService.History;
using ScanService.Ingest;
using ScanService.Model;
using ScanService.Pipeline;
using ScanService.Rules;
using ScanService.Store;

namespace ScanService.Host.Bench;

/// <summary>
/// Fills a throwaway store with the history of the nights before the benchmarked one, so that the night is timed as
/// a unit running every night would see it, not as its very first night: pattern and compliance rules read the
/// earlier nights' keys within their windows.
/// </summary>
/// <remarks>
/// Each earlier night is tonight's keys again, as partners sending the same number of new records every day would
/// give them: new record ids (the night's number added), dates moved back by the night's distance, and mostly other
/// people, phones and premises — each of tonight's people and values is, on an earlier night, someone or something
/// else (a hash of it with the night) unless it is one of the about one in twenty that recur. A night keeps tonight's
/// shape (values shared by several records tonight are shared the same way that night), recurring people and places
/// join groups across nights, and a reference follows the record it names. What grows with the number of nights is
/// what the findings read.
/// </remarks>
internal static class EarlierNights
{
    /// <param name="historyDays">The retention the timed night runs with, so that each earlier night keeps what it would.</param>
    public static async Task SeedAsync(
        IScanStore store, RuleFolder rules, string exports, DateOnly night, int count, int? historyDays, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await store.MigrateAsync(cancellationToken);
        var records = new List<PersonRecord>();
        foreach (var result in SourceBatch.IngestAll(new SourceIngester(night, rules.Mappings), new ExportFolder(exports).FindSources(), cancellationToken))
        {
            records.AddRange(result.Records);
        }

        var tonight = RecordKeys.Of(night, records, rules.RuleSet);
        records = null;
        for (var back = count; back >= 1; back--)
        {
            var date = night.AddDays(-back);
            var started = new DateTimeOffset(date.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            // Each earlier night is completed as the service would complete it, with its pattern and compliance
            // alerts under the same rules: the timed night then reads the history as the next night of a running
            // service does (see NightFindingsStage), not as the first night after a rule change.
            var runId = await store.StartRunAsync(date, started, rules.RuleSet.Hash, cancellationToken);
            var found = await NightFindingsStage.AddKeysAsync(
                new RunCompletion(runId, date, started.AddMinutes(1), [], []), store, rules.RuleSet, Moved(tonight, back), historyDays, cancellationToken);
            await store.CompleteRunAsync(found.Completion, cancellationToken);
            // The night's write really waits (on the checkpoint run beside it), so it resumes on a pool thread and
            // everything after it runs inside that resumed frame, which holds this night's keys and alerts until the
            // stack unwinds: without this, the last seeding night (about 0.6 GB at 1,000,000 records) stayed reachable
            // through the timed night and was counted in its peak. A heap dump found the frame; yielding unwinds it.
            await Task.Yield();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  earlier nights: {count} of {tonight.Count:#,0} history keys each written in {clock.Elapsed.TotalSeconds:0.0} s (not timed below)"));
    }

    private static RecordKey[] Moved(IReadOnlyList<RecordKey> tonight, int back)
    {
        var suffix = string.Create(CultureInfo.InvariantCulture, $"~{back}");
        var moved = new RecordKey[tonight.Count];
        for (var i = 0; i < moved.Length; i++)
        {
            var key = tonight[i];
            moved[i] = key with
            {
                Night = key.Night.AddDays(-back),
                RecordId = key.RecordId + suffix,
                RecordDate = key.RecordDate?.AddDays(-back),
            };
            if (key.Kind == RecordKeyKind.Reference)
            {
                // A reference names another record of the same night: it follows that record's new id.
                moved[i] = moved[i] with { Value = key.Value + suffix, Masked = key.Masked + suffix };
            }
            else
            {
                moved[i] = moved[i] with
                {
                    Person = On(key.Person, back),
                    ValueToken = key.Kind == RecordKeyKind.Record ? key.ValueToken : On(key.ValueToken, back),
                };
            }
        }

        return moved;
    }

    /// <summary>Who or what <paramref name="token"/> stands for on the night <paramref name="back"/> nights ago.</summary>
    internal static KeyToken On(KeyToken token, int back)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{token}~{back}")), digest);
        return Recurs(digest) ? token : KeyToken.OfDigest(digest[..16]);
    }

    // About one in twenty (13 of 256).
    private static bool Recurs(ReadOnlySpan<byte> digest) => digest[31] < 13;
}
