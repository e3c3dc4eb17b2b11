using ScanService.Model;

namespace ScanService.Storage.Rows;

/// <summary>What the database worked out for one alert as it wrote it: its id, first-seen date and status.</summary>
internal readonly record struct WrittenAlert(long AlertId, DateOnly FirstSeenDate, AlertStatus Status);
