using System.Globalization;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Sources;

/// <summary>When each record was created (the day or two before the run), in the source's own date-time style.</summary>
internal static class RecordDates
{
    public static string Next(RecordDateStyle style, DateOnly runDate, Random random)
    {
        var day = runDate.AddDays(random.Chance(0.7) ? -1 : -2);
        var time = TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(random.Next(86_400)));
        return style switch
        {
            RecordDateStyle.LocalDateTime => $"{day:yyyy-MM-dd}T{time.ToString("HH:mm", CultureInfo.InvariantCulture)}:00",
            RecordDateStyle.UtcDateTime => $"{day:yyyy-MM-dd}T{time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}Z",
            RecordDateStyle.OffsetDateTime => $"{day:yyyy-MM-dd}T{time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}+00:00",
            _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
