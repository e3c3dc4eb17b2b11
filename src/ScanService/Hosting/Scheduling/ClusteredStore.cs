using Quartz;
using ScanService.Host.Configuration;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// Quartz's ADO job store in the scan store's own database: the nodes of a cluster share triggers and locks there.
/// Its tables come from schema script V006 (<c>deploy/database/&lt;provider&gt;/</c>), applied with the rest.
/// </summary>
internal static class ClusteredStore
{
    public static void Configure(IPersistentStoreBuilder store, ScanOptions scan, ScheduleOptions options)
    {
        if (scan.Provider == "postgres")
        {
            store.UsePostgres(Npgsql.NpgsqlFactory.Instance, scan.Database);
        }
        else
        {
            store.UseSqlServer(Microsoft.Data.SqlClient.SqlClientFactory.Instance, scan.Database);
        }

        store.UseSystemTextJsonSerializer();
        store.ConfigureStore(ado =>
        {
            // Plain strings in job data: nothing type-specific is serialised into the shared tables.
            ado.StoreJobDataAsStrings = true;
            ado.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds);
        });
        store.UseClustering(cluster =>
        {
            cluster.CheckinInterval = TimeSpan.FromSeconds(options.CheckinIntervalSeconds);
            cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.CheckinIntervalSeconds);
        });
    }
}
